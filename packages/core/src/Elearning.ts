/**
 * E-learning completions from outside: rows of a Moodle course-completion export (already parsed from CSV into
 * records) and xAPI statements (the JSON an LRS returns from `GET /statements`), matched to employees by NIP or
 * e-mail, with a report of every row that did not become a completion: malformed (with field paths), unmatched (no
 * or more than one employee), not completed, duplicate. Completions become `Development` activities, so their JP
 * goes through the same credit rules as classroom training.
 *
 * Remote units: {@link recommend} passes a unit's `remote` flag to `Development.recommend`, whose priority rules
 * (the presets' `unit-terpencil`) put online forms first; `Training.offerings` then lists online courses first.
 *
 * The Moodle column names are those of a default English-language site and are **UNCONFIRMED** for any given
 * region's Moodle (sites rename identity fields and translate headers): they are configuration
 * ({@link MoodleColumns}), with {@link moodleColumns} as a starting point marked `confirmed: false`.
 *
 * @since 0.2.0
 */
import { type Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"
import type * as Competency from "./Competency.js"
import * as Development from "./Development.js"
import * as Employee from "./Employee.js"
import type * as Input from "./Input.js"
import type * as Jpm from "./Jpm.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * One employee as the import sees them: NIP, optionally e-mail and unit id.
 *
 * @category models
 * @since 0.2.0
 */
export interface Person {
  readonly nip: string
  readonly email?: string
  readonly unit?: string
}

/**
 * A unit as the recommendation sees it: its id and whether it is remote (terpencil). `Unit.Unit` of the unit data
 * fits this shape.
 *
 * @category models
 * @since 0.2.0
 */
export interface Unit {
  readonly id: string
  readonly remote: boolean
}

/**
 * The e-learning course a set of rows or statements belongs to: its id, title, the `Development` form that credits
 * it and the credit (minutes or units); without a credit, an xAPI statement's `result.duration` gives the minutes.
 *
 * @category models
 * @since 0.2.0
 */
export interface CourseRef {
  readonly id: string
  readonly title: string
  readonly form: string
  readonly minutes?: number
  readonly units?: number
}

/**
 * The column names of a Moodle course-completion export. `completedValues` are the cell texts that mean complete
 * (compared trimmed, case-insensitive); `completedOn` may hold an ISO date (time ignored), `DD/MM/YYYY` or a Moodle
 * long date (`Monday, 2 March 2026, 10:15 AM`, English or Indonesian month names).
 *
 * @category models
 * @since 0.2.0
 */
export const MoodleColumns = Schema.Struct({
  nip: Schema.NonEmptyString,
  email: Schema.NonEmptyString,
  completion: Schema.NonEmptyString,
  completedOn: Schema.NonEmptyString,
  completedValues: Schema.Array(Schema.NonEmptyString),
  confirmed: Schema.Boolean
})

/**
 * @category models
 * @since 0.2.0
 */
export type MoodleColumns = typeof MoodleColumns.Type

/**
 * Default column names (an English Moodle site with the NIP in the user's "ID number" field). UNCONFIRMED.
 *
 * @category models
 * @since 0.2.0
 */
export const moodleColumns: MoodleColumns = {
  nip: "ID number",
  email: "Email address",
  completion: "Course complete",
  completedOn: "Time completed",
  completedValues: ["Completed", "Complete", "Yes", "Selesai", "Ya"],
  confirmed: false
}

/**
 * One completion found in an import.
 *
 * @category models
 * @since 0.2.0
 */
export interface Completion {
  readonly source: "moodle" | "xapi"
  /** Index of the row or statement in the input (0-based). */
  readonly row: number
  readonly employee: string
  readonly matchedBy: "nip" | "email"
  readonly course: string
  readonly on: string
  readonly minutes: number | null
  readonly units: number | null
  /** 0–100 when the source gives a score. */
  readonly score: number | null
}

/**
 * A row that did not become a completion, and why.
 *
 * @category models
 * @since 0.2.0
 */
export type Rejected =
  | { readonly row: number; readonly reason: "malformed"; readonly problems: ReadonlyArray<Input.Problem> }
  | {
      readonly row: number
      readonly reason: "unmatched" | "ambiguous"
      readonly nip: string | null
      readonly email: string | null
    }
  | { readonly row: number; readonly reason: "not-completed" | "duplicate" | "unknown-course"; readonly detail: string }

/**
 * The import report: completions, the rejected rows, and the counts.
 *
 * @category models
 * @since 0.2.0
 */
export interface Report {
  readonly completions: ReadonlyArray<Completion>
  readonly malformed: ReadonlyArray<Extract<Rejected, { reason: "malformed" }>>
  readonly unmatched: ReadonlyArray<Extract<Rejected, { reason: "unmatched" | "ambiguous" }>>
  readonly skipped: ReadonlyArray<Extract<Rejected, { reason: "not-completed" | "duplicate" | "unknown-course" }>>
  readonly counts: {
    readonly rows: number
    readonly completions: number
    readonly malformed: number
    readonly unmatched: number
    readonly skipped: number
  }
}

// ---------------------------------------------------------------------------------------------------------------
// matching and parsing
// ---------------------------------------------------------------------------------------------------------------

const normaliseNip = (s: string): string => s.replace(/[\s.-]/g, "")
const normaliseEmail = (s: string): string => s.trim().toLowerCase()

/**
 * The import directory from the `Employee` master data: every employee with a placement on `on` (NIP and unit),
 * with the e-mail addresses the caller knows (`emails` by NIP; the master data has none).
 *
 * @category matching
 * @since 0.2.0
 */
export const directoryOf = (
  employees: Employee.Directory,
  on: string,
  emails: Readonly<Record<string, string>> = {}
): ReadonlyArray<Person> =>
  employees.flatMap((e) => {
    const placement = Employee.placementOn(e, on)
    if (placement === undefined) return []
    const email = emails[e.nip]
    return [{ nip: e.nip, unit: placement.unit, ...(email === undefined ? {} : { email }) }]
  })

/**
 * Finds the employee a NIP or e-mail names: NIP first (spaces, dots and dashes ignored), else e-mail
 * (case-insensitive). Two employees with the same e-mail make the match ambiguous.
 *
 * @category matching
 * @since 0.2.0
 */
export const match = (
  directory: ReadonlyArray<Person>,
  key: { readonly nip: string | null; readonly email: string | null }
):
  | { readonly _tag: "found"; readonly nip: string; readonly by: "nip" | "email" }
  | { readonly _tag: "none" | "ambiguous" } => {
  if (key.nip !== null && key.nip.trim() !== "") {
    const wanted = normaliseNip(key.nip)
    const found = directory.filter((p) => normaliseNip(p.nip) === wanted)
    if (found.length === 1) return { _tag: "found", nip: (found[0] as Person).nip, by: "nip" }
    if (found.length > 1) return { _tag: "ambiguous" }
  }
  if (key.email !== null && key.email.trim() !== "") {
    const wanted = normaliseEmail(key.email)
    const found = directory.filter((p) => p.email !== undefined && normaliseEmail(p.email) === wanted)
    if (found.length === 1) return { _tag: "found", nip: (found[0] as Person).nip, by: "email" }
    if (found.length > 1) return { _tag: "ambiguous" }
  }
  return { _tag: "none" }
}

// biome-ignore format: a table of month names
const months: Readonly<Record<string, number>> = {
  january: 1, januari: 1, jan: 1,
  february: 2, februari: 2, feb: 2, pebruari: 2,
  march: 3, maret: 3, mar: 3,
  april: 4, apr: 4,
  may: 5, mei: 5,
  june: 6, juni: 6, jun: 6,
  july: 7, juli: 7, jul: 7,
  august: 8, agustus: 8, aug: 8, agu: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oktober: 10, oct: 10, okt: 10,
  november: 11, nov: 11, nopember: 11,
  december: 12, desember: 12, dec: 12, des: 12
}

const iso = (y: number, m: number, d: number): string | null => {
  const s = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
  return Calendar.dayNumber(s) === undefined ? null : s
}

/**
 * Reads a completion date: ISO (`2026-03-02`, `2026-03-02T10:15:00Z`, `2026-03-02 10:15`; the date part is
 * taken as written), `DD/MM/YYYY` (Indonesian order) or a long date (`Monday, 2 March 2026, 10:15 AM`,
 * `2 Maret 2026`). `null` when it is none of these or not a real date.
 *
 * @category parsing
 * @since 0.2.0
 */
export const parseDate = (raw: string): string | null => {
  const s = raw.trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,].*)?$/.exec(s)
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /^(?:[A-Za-z]+,\s*)?(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})(?:[ ,].*)?$/.exec(s)
  if (m) {
    const month = months[(m[2] ?? "").toLowerCase()]
    return month === undefined ? null : iso(Number(m[3]), month, Number(m[1]))
  }
  return null
}

/**
 * Reads an ISO 8601 duration (`PT1H30M`, `P1DT2H`, `PT45M30S`) as minutes (a day is 24 hours; seconds kept as a
 * fraction). `null` when malformed or when it has years, months or weeks (their length is ambiguous).
 *
 * @category parsing
 * @since 0.2.0
 */
export const parseDuration = (raw: string): number | null => {
  const m = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(raw)
  if (m === null || raw === "P" || raw.endsWith("T")) return null
  const [d, h, min, sec] = [m[1], m[2], m[3], m[4]].map((x) => (x === undefined ? 0 : Number(x))) as [
    number,
    number,
    number,
    number
  ]
  return d * 1440 + h * 60 + min + sec / 60
}

const report = (rows: number, rejected: ReadonlyArray<Rejected>, completions: ReadonlyArray<Completion>): Report => {
  const malformed = rejected.filter((r): r is Extract<Rejected, { reason: "malformed" }> => r.reason === "malformed")
  const unmatched = rejected.filter(
    (r): r is Extract<Rejected, { reason: "unmatched" | "ambiguous" }> =>
      r.reason === "unmatched" || r.reason === "ambiguous"
  )
  const skipped = rejected.filter(
    (r): r is Extract<Rejected, { reason: "not-completed" | "duplicate" | "unknown-course" }> =>
      r.reason === "not-completed" || r.reason === "duplicate" || r.reason === "unknown-course"
  )
  return {
    completions,
    malformed,
    unmatched,
    skipped,
    counts: {
      rows,
      completions: completions.length,
      malformed: malformed.length,
      unmatched: unmatched.length,
      skipped: skipped.length
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Moodle
// ---------------------------------------------------------------------------------------------------------------

/**
 * Imports the rows of one course's Moodle completion export (each row a record of column → cell text, as a CSV
 * reader gives it). A row is **malformed** when it has neither a NIP nor an e-mail cell, when it is complete with a
 * missing or unreadable date; **not-completed** when its completion cell is not one of `completedValues`;
 * **unmatched** or **ambiguous** when no or several employees match; **duplicate** when the employee already has a
 * completion of the course earlier in the rows (the first is kept). Every other row is a completion with the
 * course's credit.
 *
 * @example
 * ```ts
 * import { Elearning } from "@pembinaan/core"

 * Elearning.importMoodle({
 *   rows: ["ID number": "199001012015031001", "Email address": "a@x.go.id", "Course complete": "Completed",
 *     "Time completed": "2 March 2026" ],
 *   columns: Elearning.moodleColumns,
 *   course: id: "el-pelayanan", title: "Pelayanan prima daring", form: "e-learning", minutes: 270 ,
 *   directory: [nip: "199001012015031001" ]
 * }).counts // => { rows: 1, completions: 1, malformed: 0, unmatched: 0, skipped: 0 }
 * ```
 *
 * @category imports
 * @since 0.2.0
 */
export const importMoodle = (input: {
  readonly rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>
  readonly columns: MoodleColumns
  readonly course: CourseRef
  readonly directory: ReadonlyArray<Person>
}): Report => {
  const { columns, course } = input
  const done = new Set(columns.completedValues.map((v) => v.trim().toLowerCase()))
  const rejected: Array<Rejected> = []
  const completions: Array<Completion> = []
  const seen = new Set<string>()
  for (const [i, row] of input.rows.entries()) {
    const cell = (name: string): string | null => {
      const v = row[name]
      return v === undefined || v.trim() === "" ? null : v.trim()
    }
    const nip = cell(columns.nip)
    const email = cell(columns.email)
    const problems: Array<Input.Problem> = []
    if (nip === null && email === null) {
      problems.push({ path: [i, columns.nip], code: "missing", message: "neither a NIP nor an e-mail" })
    }
    const status = cell(columns.completion)
    const complete = status !== null && done.has(status.toLowerCase())
    let on: string | null = null
    if (complete) {
      const rawDate = cell(columns.completedOn)
      on = rawDate === null ? null : parseDate(rawDate)
      if (on === null) {
        problems.push({
          path: [i, columns.completedOn],
          code: rawDate === null ? "missing" : "invalid",
          message: rawDate === null ? "a completed row needs its date" : `"${rawDate}" is not a date`
        })
      }
    }
    if (problems.length > 0) {
      rejected.push({ row: i, reason: "malformed", problems })
      continue
    }
    if (!complete || on === null) {
      rejected.push({ row: i, reason: "not-completed", detail: status ?? "" })
      continue
    }
    const found = match(input.directory, { nip, email })
    if (found._tag !== "found") {
      rejected.push({ row: i, reason: found._tag === "none" ? "unmatched" : "ambiguous", nip, email })
      continue
    }
    if (seen.has(found.nip)) {
      rejected.push({ row: i, reason: "duplicate", detail: found.nip })
      continue
    }
    seen.add(found.nip)
    completions.push({
      source: "moodle",
      row: i,
      employee: found.nip,
      matchedBy: found.by,
      course: course.id,
      on,
      minutes: course.minutes ?? null,
      units: course.units ?? null,
      score: null
    })
  }
  return report(input.rows.length, rejected, completions)
}

// ---------------------------------------------------------------------------------------------------------------
// xAPI
// ---------------------------------------------------------------------------------------------------------------

/**
 * The verbs counted as completion by default (ADL vocabulary).
 *
 * @category models
 * @since 0.2.0
 */
export const completionVerbs: ReadonlyArray<string> = [
  "http://adlnet.gov/expapi/verbs/completed",
  "http://adlnet.gov/expapi/verbs/passed"
]

const isObject = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/**
 * Imports xAPI statements: an LRS response (`{ statements: [...], more }`) or a plain array. For each statement:
 * the actor is an Agent identified by `account.name` (read as a NIP) or `mbox` (`mailto:` e-mail); the verb must be
 * one of `verbs` (default {@link completionVerbs}) and `result.completion` must not be `false`, else the statement
 * is **not-completed**; `object.id` must name one of `courses` (else **unknown-course**); the date is the
 * `timestamp`'s date. Minutes come from the course's credit, else from `result.duration`. The score is
 * `result.score.scaled × 100`, else `raw` rescaled from `min`–`max` (0–100 when absent). Voided statements and
 * statements that are not objects, or lack an actor, verb id, object id or a valid timestamp, are **malformed**
 * with paths. One completion per employee and course (the earliest timestamp; later ones are **duplicate**).
 *
 * @category imports
 * @since 0.2.0
 */
export const importXapi = (input: {
  readonly statements: unknown
  readonly courses: ReadonlyArray<CourseRef>
  readonly directory: ReadonlyArray<Person>
  readonly verbs?: ReadonlyArray<string>
}): Report => {
  const list: ReadonlyArray<unknown> = Array.isArray(input.statements)
    ? input.statements
    : isObject(input.statements) && Array.isArray(input.statements.statements)
      ? input.statements.statements
      : []
  const verbs = new Set(input.verbs ?? completionVerbs)
  const rejected: Array<Rejected> = []
  const candidates: Array<Completion & { readonly at: string }> = []
  for (const [i, s] of list.entries()) {
    const problems: Array<Input.Problem> = []
    const bad = (path: ReadonlyArray<string>, message: string, code = "invalid") =>
      problems.push({ path: [i, ...path], code, message })
    if (!isObject(s)) {
      rejected.push({
        row: i,
        reason: "malformed",
        problems: [{ path: [i], code: "type", message: "a statement is an object" }]
      })
      continue
    }
    const actor = isObject(s.actor) ? s.actor : null
    const account = actor !== null && isObject(actor.account) ? actor.account : null
    const nip = account !== null && typeof account.name === "string" ? account.name : null
    const mbox = actor !== null && typeof actor.mbox === "string" ? actor.mbox : null
    const email = mbox?.toLowerCase().startsWith("mailto:") ? mbox.slice(7) : null
    if (actor === null) bad(["actor"], "missing actor", "missing")
    else if (nip === null && email === null) bad(["actor"], "an Agent with account.name or a mailto: mbox")
    const verb = isObject(s.verb) && typeof s.verb.id === "string" ? s.verb.id : null
    if (verb === null) bad(["verb", "id"], "missing verb id", "missing")
    else if (verb === "http://adlnet.gov/expapi/verbs/voided")
      bad(["verb", "id"], "a voiding statement is not a result")
    const object = isObject(s.object) && typeof s.object.id === "string" ? s.object.id : null
    if (object === null) bad(["object", "id"], "missing object id", "missing")
    const timestamp = typeof s.timestamp === "string" ? s.timestamp : null
    const on = timestamp === null ? null : parseDate(timestamp)
    if (on === null || timestamp === null || !/^\d{4}-\d{2}-\d{2}T/.test(timestamp)) {
      bad(["timestamp"], timestamp === null ? "missing timestamp" : `"${timestamp}" is not an ISO timestamp`)
    }
    const result = isObject(s.result) ? s.result : null
    const duration = result !== null && typeof result.duration === "string" ? parseDuration(result.duration) : null
    if (result !== null && typeof result.duration === "string" && duration === null) {
      bad(["result", "duration"], `"${result.duration}" is not an ISO 8601 duration`)
    }
    let score: number | null = null
    const sc = result !== null && isObject(result.score) ? result.score : null
    if (sc !== null) {
      if (typeof sc.scaled === "number" && sc.scaled >= -1 && sc.scaled <= 1) score = sc.scaled * 100
      else if (typeof sc.raw === "number") {
        const min = typeof sc.min === "number" ? sc.min : 0
        const max = typeof sc.max === "number" ? sc.max : 100
        if (max > min && sc.raw >= min && sc.raw <= max) score = ((sc.raw - min) / (max - min)) * 100
        else bad(["result", "score", "raw"], `raw ${sc.raw} is outside ${min}–${max}`)
      } else if (sc.scaled !== undefined) bad(["result", "score", "scaled"], "scaled must be in −1…1")
    }
    if (problems.length > 0) {
      rejected.push({ row: i, reason: "malformed", problems })
      continue
    }
    if (!verbs.has(verb as string) || (result !== null && result.completion === false)) {
      rejected.push({ row: i, reason: "not-completed", detail: verb as string })
      continue
    }
    const course = input.courses.find((c) => c.id === object)
    if (course === undefined) {
      rejected.push({ row: i, reason: "unknown-course", detail: object as string })
      continue
    }
    const found = match(input.directory, { nip, email })
    if (found._tag !== "found") {
      rejected.push({ row: i, reason: found._tag === "none" ? "unmatched" : "ambiguous", nip, email })
      continue
    }
    const minutes = course.minutes ?? (course.units === undefined ? duration : null)
    candidates.push({
      source: "xapi",
      row: i,
      employee: found.nip,
      matchedBy: found.by,
      course: course.id,
      on: on as string,
      minutes,
      units: course.units ?? null,
      score,
      at: timestamp as string
    })
  }
  const completions: Array<Completion> = []
  const first = new Map<string, Completion & { readonly at: string }>()
  for (const c of [...candidates].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.row - b.row))) {
    const k = `${c.course}|${c.employee}`
    if (first.has(k)) rejected.push({ row: c.row, reason: "duplicate", detail: k })
    else first.set(k, c)
  }
  for (const c of candidates) {
    if (first.get(`${c.course}|${c.employee}`) === c) {
      const { at: _at, ...rest } = c
      completions.push(rest)
    }
  }
  rejected.sort((a, b) => a.row - b.row)
  return report(list.length, rejected, completions)
}

// ---------------------------------------------------------------------------------------------------------------
// into development
// ---------------------------------------------------------------------------------------------------------------

/**
 * The `Development` activities of a report's completions (one per completion, with the course's form, the
 * completion's year and minutes or units). A completion with neither minutes nor units (an xAPI statement without
 * duration for a course without credit) cannot be credited and is listed in `uncredited`.
 *
 * @category conversions
 * @since 0.2.0
 */
export const activities = (
  report: Report,
  courses: ReadonlyArray<CourseRef>
): { readonly activities: ReadonlyArray<Development.Activity>; readonly uncredited: ReadonlyArray<Completion> } => {
  const out: Array<Development.Activity> = []
  const uncredited: Array<Completion> = []
  for (const c of report.completions) {
    const course = courses.find((x) => x.id === c.course)
    if (course === undefined || (c.minutes === null && c.units === null)) {
      uncredited.push(c)
      continue
    }
    out.push({
      employee: c.employee,
      form: course.form,
      year: Number(c.on.slice(0, 4)),
      title: course.title,
      ...(c.minutes === null ? {} : { minutes: c.minutes }),
      ...(c.units === null ? {} : { units: c.units })
    })
  }
  return { activities: out, uncredited }
}

/**
 * Recommendations for one employee with the unit's remote flag: `Development.recommend` with
 * `profile.remote = unit.remote` (so online forms rank first by the policy's priority rules) and `newAsn` as
 * given. The flag is an input: the unit data (its `remote` field) decides, not this function.
 *
 * @category combinators
 * @since 0.2.0
 */
export const recommend = (
  policy: Development.Policy,
  input: {
    readonly catalogue: Competency.Catalogue
    readonly match: Jpm.Match
    readonly unit: Unit
    readonly newAsn: boolean
  }
): Result.Result<Development.Recommendations, Development.DevelopmentError> =>
  Development.recommend(policy, {
    catalogue: input.catalogue,
    match: input.match,
    profile: { newAsn: input.newAsn, remote: input.unit.remote }
  })
