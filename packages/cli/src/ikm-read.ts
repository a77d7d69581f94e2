/**
 * The reader of `pembinaan ikm`: survey answers (CSV with one column per unsur, or JSON/NDJSON objects keyed the same
 * way) read with the readers `score` uses ({@link Records.csvRows} for CSV, {@link Records.rawItems} otherwise) and
 * validated column by column: what each column is (an unsur, the ticket, a column the template does not know, a
 * second column of one unsur) is decided once per header (per key set for JSON), not per cell; each answer cell is
 * then a one-character check, and answers are counted straight into the tally (no object per response unless
 * `--dedupe ticket` must keep the last answer per ticket).
 *
 * @since 0.3.0
 */
import { type Survey, Ticket } from "@pembinaan/core"
import { Result } from "effect"
import type { Lang } from "./io.js"
import * as Records from "./records.js"

/**
 * A problem of the survey file, with its path (`[record number, column]`).
 *
 * @since 0.3.0
 */
export interface SurveyProblem {
  path: Array<string | number>
  message: string
  code: string
}

/**
 * How the reader treats blanks, unknown columns and tickets.
 *
 * @since 0.3.0
 */
export interface SurveyReadOptions {
  readonly blanks: Survey.Blanks
  readonly ignoreExtra: boolean
  readonly lang: Lang
  /** `--dedupe ticket`: the ticket column names; `seen` is set to the column found. */
  readonly tickets?: { readonly columns: ReadonlyArray<string>; seen: string | undefined }
}

/** A header as compared with unsur ids and names: lower case, letters and digits only (`u1`, `Biaya/Tarif`). */
const headerKey = (h: string): string =>
  h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")

/**
 * The columns a template knows: each unsur by its id (any case: `U1`, `u1`) and by its Indonesian or English name
 * (`Persyaratan`, `Biaya/Tarif`).
 *
 * @since 0.3.0
 */
export const surveyColumns = (template: Survey.Template): ReadonlyMap<string, string> => {
  const map = new Map<string, string>()
  for (const e of template.elements) {
    for (const name of [e.id, e.label.id, e.label.en]) {
      const key = headerKey(name)
      if (!map.has(key)) map.set(key, e.id)
    }
  }
  return map
}

/** What one column of a header is. */
type Column =
  | { readonly kind: "unsur"; readonly name: string; readonly index: number }
  | { readonly kind: "ticket"; readonly name: string }
  | { readonly kind: "extra"; readonly name: string }
  | { readonly kind: "duplicate"; readonly name: string; readonly other: string; readonly id: string }
  | { readonly kind: "duplicate-ticket"; readonly name: string; readonly other: string }

/** A header's plan: its columns in order and the template's unsur that no column gives. */
interface Plan {
  readonly columns: ReadonlyArray<Column>
  readonly missing: ReadonlyArray<number>
}

/**
 * The result of reading: the tally of valid responses (undefined when none), and, with tickets, the last response
 * per ticket and the count of ticketless ones (those are in the tally already).
 *
 * @since 0.3.0
 */
export interface SurveyRead {
  readonly tally: Survey.Tally | undefined
  readonly byTicket: ReadonlyMap<string, Survey.Response>
  readonly ticketed: number
  readonly ticketless: number
}

/**
 * Reads a survey file and tallies it. Problems are collected with their paths and the same messages, in the same
 * order, as a reader that looked at every cell: a column the template does not know is a problem (reported once)
 * unless `ignoreExtra` (then a warning); a template unsur with no column is reported once as "no column"; a blank
 * answer is left out of that unsur's count (`blanks: "per-unsur"`) or a problem (`"refuse"`); an answer other than
 * 1–4 is a problem. A record with no answer at all is not a respondent. Once a problem is found, later responses are
 * still checked but no longer counted.
 *
 * @since 0.3.0
 */
export const readSurvey = async (
  format: Records.Format,
  chunks: AsyncIterable<Uint8Array | string>,
  readOptions: Records.ReadOptions,
  template: Survey.Template,
  options: SurveyReadOptions,
  problems: Array<SurveyProblem>,
  warnings: Set<string>
): Promise<SurveyRead> => {
  const en = options.lang === "en"
  const known = surveyColumns(template)
  const ids = template.elements.map((e) => e.id)
  const k = ids.length
  const ref = { id: template.id, version: template.version }
  const ticketKeys = new Set((options.tickets?.columns ?? []).map(headerKey))
  const counts = new Float64Array(k * 4)
  let respondents = 0
  const byTicket = new Map<string, Survey.Response>()
  let ticketed = 0
  let ticketless = 0
  const reported = new Set<string>()
  const once = (key: string, problem: SurveyProblem) => {
    if (reported.has(key)) return
    reported.add(key)
    problems.push(problem)
  }
  /** The plan of a header: every column resolved once (the ticket column remembered across headers, as before). */
  const planOf = (names: ReadonlyArray<string>): Plan => {
    const columns: Array<Column> = []
    const seen = new Map<string, string>()
    let ticket: string | undefined = options.tickets?.seen
    for (const name of names) {
      if (options.tickets && ticketKeys.has(headerKey(name))) {
        if (ticket !== undefined && ticket !== name) columns.push({ kind: "duplicate-ticket", name, other: ticket })
        else {
          ticket = name
          columns.push({ kind: "ticket", name })
        }
        continue
      }
      const id = known.get(headerKey(name))
      if (id === undefined) {
        columns.push({ kind: "extra", name })
        continue
      }
      const other = seen.get(id)
      if (other !== undefined) {
        columns.push({ kind: "duplicate", name, other, id })
        continue
      }
      seen.set(id, name)
      columns.push({ kind: "unsur", name, index: ids.indexOf(id) })
    }
    const missing: Array<number> = []
    ids.forEach((id, e) => {
      if (!seen.has(id)) missing.push(e)
    })
    return { columns, missing }
  }
  const answers = new Int8Array(k)
  /** One record, its cells by column position (`cells[i]` is column i of the plan). */
  const record = (at: number, plan: Plan, cells: ReadonlyArray<unknown>): void => {
    answers.fill(0)
    let ok = true
    let any = false
    let ticket: string | undefined
    const columns = plan.columns
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i] as Column
      const raw = cells[i]
      if (c.kind === "unsur") {
        // the common case first: one character, 1–4
        if (typeof raw === "string" && raw.length === 1) {
          const v = raw.charCodeAt(0) - 48
          if (v >= 1 && v <= 4) {
            answers[c.index] = v
            any = true
            continue
          }
        }
        const text = typeof raw === "string" ? raw.trim() : raw
        if (text === "" || text === null || text === undefined) {
          if (options.blanks === "refuse") {
            ok = false
            problems.push({
              path: [at, c.name],
              message: en ? `unsur ${ids[c.index]} is not answered` : `unsur ${ids[c.index]} tidak dijawab`,
              code: "missing"
            })
          }
          continue
        }
        const value = typeof text === "string" ? (/^[1-4]$/.test(text) ? Number(text) : Number.NaN) : text
        if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 4) {
          ok = false
          problems.push({
            path: [at, c.name],
            message: en
              ? `expected an answer 1–4, got ${JSON.stringify(raw)}`
              : `jawaban harus 1–4, bukan ${JSON.stringify(raw)}`,
            code: "invalid"
          })
          continue
        }
        answers[c.index] = value
        any = true
        continue
      }
      if (c.kind === "ticket") {
        if (options.tickets) options.tickets.seen = c.name
        const text = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : raw
        if (text === "" || text === null || text === undefined) continue
        const normal = typeof text === "string" ? Ticket.normalise(text) : undefined
        if (normal === undefined || Result.isFailure(normal)) {
          ok = false
          problems.push({
            path: [at, c.name],
            message:
              normal === undefined
                ? en
                  ? `expected a ticket (text), got ${JSON.stringify(raw)}`
                  : `tiket harus berupa teks, bukan ${JSON.stringify(raw)}`
                : en
                  ? "the ticket is empty once zero-width characters and separators are removed"
                  : "tiket kosong setelah karakter tak terlihat dan pemisah dibuang",
            code: normal === undefined ? "invalid" : "empty-ticket"
          })
          continue
        }
        ticket = normal.success
        continue
      }
      if (c.kind === "duplicate-ticket") {
        ok = false
        once(`dup-ticket:${c.name}`, {
          path: [at, c.name],
          message: en
            ? `columns "${c.other}" and "${c.name}" are both the ticket column (give --ticket-column)`
            : `kolom "${c.other}" dan "${c.name}" sama-sama kolom tiket (berikan --ticket-column)`,
          code: "duplicate-column"
        })
        continue
      }
      if (c.kind === "extra") {
        if (options.ignoreExtra) warnings.add(c.name)
        else {
          ok = false
          once(`extra:${c.name}`, {
            path: [at, c.name],
            message: en
              ? `column "${c.name}" is not an unsur of template ${template.id} (give --template, or --ignore-extra)`
              : `kolom "${c.name}" bukan unsur templat ${template.id} (berikan --template, atau --ignore-extra)`,
            code: "unknown-column"
          })
        }
        continue
      }
      ok = false
      once(`dup:${c.id}`, {
        path: [at, c.name],
        message: en
          ? `columns "${c.other}" and "${c.name}" are both unsur ${c.id}`
          : `kolom "${c.other}" dan "${c.name}" sama-sama unsur ${c.id}`,
        code: "duplicate-column"
      })
    }
    for (const e of plan.missing) {
      ok = false
      const element = template.elements[e] as Survey.Element
      once(`missing:${element.id}`, {
        path: [at, element.id],
        message: en
          ? `no column ${element.id} (${element.label.id}) in the file`
          : `tidak ada kolom ${element.id} (${element.label.id}) dalam berkas`,
        code: "no-column"
      })
    }
    if (!ok || !any || problems.length > 0) return
    if (ticket !== undefined) {
      const given: Record<string, number> = {}
      for (let e = 0; e < k; e++) if (answers[e] !== 0) given[ids[e] as string] = answers[e] as number
      ticketed++
      byTicket.set(ticket, { template: ref, answers: given, ticket })
      return
    }
    if (options.tickets) ticketless++
    respondents++
    for (let e = 0; e < k; e++) {
      const a = answers[e] as number
      if (a !== 0) {
        const at4 = e * 4 + a - 1
        counts[at4] = (counts[at4] as number) + 1
      }
    }
  }
  let unsurOf: ReadonlyArray<number> = []
  let delimiterCode = 44
  /**
   * A line `a,b,c,…` of one-character answers 1–4 under a header of unsur columns only: counted as one respondent
   * (what `record` does for it, without the cells); false, counting nothing, for any other line.
   */
  const answeredAll = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (i % 2 === 1 ? c !== delimiterCode : c < 49 || c > 52) return false
    }
    respondents++
    if (options.tickets) ticketless++
    for (let i = 0; i < unsurOf.length; i++) {
      const at4 = (unsurOf[i] as number) * 4 + text.charCodeAt(2 * i) - 49
      counts[at4] = (counts[at4] as number) + 1
    }
    return true
  }
  if (format === "csv") {
    let plan: Plan | undefined
    let delimiter = ","
    // With a header of unsur columns only, a line of one-character answers 1–4 is counted without splitting it.
    let direct = false
    let width = 0
    for await (const events of Records.csvRows(Records.decode(chunks, readOptions.encoding), readOptions)) {
      for (const event of events) {
        if (event._tag === "Line") {
          if (!plan) continue
          const text = event.text
          if (direct && text.length === width && problems.length === 0 && answeredAll(text)) continue
          record(event.at, plan, text.split(delimiter))
        } else if (event._tag === "Row") {
          if (plan) record(event.at, plan, event.cells)
        } else if (event._tag === "Header") {
          plan = planOf(event.columns)
          delimiter = event.delimiter
          direct = delimiter.length === 1 && plan.missing.length === 0 && plan.columns.every((c) => c.kind === "unsur")
          width = 2 * plan.columns.length - 1
          unsurOf = plan.columns.map((c) => (c.kind === "unsur" ? c.index : -1))
          delimiterCode = delimiter.charCodeAt(0)
        } else problems.push({ path: [event.at], message: event.message, code: "syntax" })
      }
    }
  } else {
    // JSON objects: a plan per key set (records of one file almost always share one).
    const plans = new Map<string, Plan>()
    for await (const raw of Records.rawItems(format, chunks, readOptions)) {
      const item = raw._tag === "Line" ? Records.ndjsonItem(raw.text, raw.at) : raw
      if (item._tag === "SyntaxProblem") {
        problems.push({ path: [item.at], message: item.message, code: "syntax" })
        continue
      }
      const v = item.value
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        problems.push({
          path: [item.at],
          message: en ? "expected an object of answers per unsur" : "diharapkan objek berisi jawaban per unsur",
          code: "type"
        })
        continue
      }
      const value = v as Record<string, unknown>
      const keys = Object.keys(value)
      // the ticket column found so far is part of the key: it decides which ticket-named column is a second one
      const shape = `${options.tickets?.seen ?? ""}\u0001${keys.join("\u0000")}`
      let plan = plans.get(shape)
      if (!plan) {
        plan = planOf(keys)
        if (plans.size < 256) plans.set(shape, plan)
      }
      record(item.at, plan, Object.values(value))
    }
  }
  const tallied: Record<string, readonly [number, number, number, number]> = {}
  ids.forEach((id, e) => {
    tallied[id] = [counts[e * 4] ?? 0, counts[e * 4 + 1] ?? 0, counts[e * 4 + 2] ?? 0, counts[e * 4 + 3] ?? 0]
  })
  return {
    tally: respondents > 0 ? { template: ref, respondents, counts: tallied } : undefined,
    byTicket,
    ticketed,
    ticketless
  }
}
