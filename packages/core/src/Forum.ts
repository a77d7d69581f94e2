/**
 * Citizen forums and public dialogue (forum konsultasi publik, dialog publik, forum diskusi) as a fold of events:
 * minutes with date, place, participants, issues raised and commitments (each with an owner NIP and a due date),
 * then the follow-up of each commitment. From the record:
 *
 * - the **"masukan ditindaklanjuti"** share ({@link followUp}): commitments done by a date over the commitments due
 *   by then (or done early), as an `FeedbackIndicator.IndicatorSource` ({@link indicatorSource}) that
 *   `FeedbackIndicator.toIndicator` turns into an indicator value;
 * - the **forum channel** of `Citizen`: participants' ratings as `Citizen.Submission`s ({@link submissions});
 *
 * The complaint channel (an SP4N-LAPOR! export) is the `Lapor` module's.
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"
import type * as Citizen from "./Citizen.js"
import * as Exact from "./Exact.js"
import type { IndicatorSource } from "./FeedbackIndicator.js"
import * as Input from "./Input.js"
import * as ProgrammeEvent from "./ProgrammeEvent.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The kinds of forum the seeds name.
 *
 * @category models
 * @since 0.2.0
 */
export const ForumKind = Schema.Literals(["forum-konsultasi-publik", "dialog-publik", "forum-diskusi"])

/**
 * Minutes of one forum.
 *
 * @category models
 * @since 0.2.0
 */
export const Minutes = Schema.Struct({
  id: Schema.NonEmptyString,
  kind: ForumKind,
  unit: Schema.NonEmptyString,
  date: Calendar.IsoDate,
  place: Schema.NonEmptyString,
  participants: Schema.Array(
    Schema.Struct({
      name: Schema.NonEmptyString,
      from: Schema.optionalKey(Schema.String),
      nip: Schema.optionalKey(Schema.NonEmptyString)
    })
  ),
  issues: Schema.Array(Schema.Struct({ id: Schema.NonEmptyString, text: Schema.NonEmptyString })),
  commitments: Schema.Array(
    Schema.Struct({
      id: Schema.NonEmptyString,
      issue: Schema.NonEmptyString,
      text: Schema.NonEmptyString,
      owner: Schema.NonEmptyString,
      due: Calendar.IsoDate
    })
  ),
  ratings: Schema.optionalKey(
    Schema.Array(Schema.Struct({ score: Schema.Finite, respondent: Schema.optionalKey(Schema.String) }))
  )
})

/**
 * @category models
 * @since 0.2.0
 */
export type Minutes = typeof Minutes.Type

/**
 * A commitment's follow-up status.
 *
 * @category models
 * @since 0.2.0
 */
export const FollowUpStatus = Schema.Literals(["open", "in-progress", "done", "dropped"])

/**
 * @category models
 * @since 0.2.0
 */
export type FollowUpStatus = typeof FollowUpStatus.Type

/**
 * A commitment with its follow-up history.
 *
 * @category models
 * @since 0.2.0
 */
export interface Commitment {
  readonly forum: string
  readonly id: string
  readonly issue: string
  readonly text: string
  readonly owner: string
  readonly due: string
  readonly status: FollowUpStatus
  readonly doneOn: string | null
  readonly updates: ReadonlyArray<{
    readonly on: string
    readonly status: FollowUpStatus
    readonly by: string
    readonly evidence: string | null
    readonly note: string | null
  }>
}

/**
 * The forum record.
 *
 * @category models
 * @since 0.2.0
 */
export interface State {
  readonly forums: Readonly<Record<string, Minutes>>
  /** Keyed `forum|commitment`. */
  readonly commitments: Readonly<Record<string, Commitment>>
  readonly log: ReadonlyArray<ProgrammeEvent.Change>
}

/**
 * The empty record.
 *
 * @category constructors
 * @since 0.2.0
 */
export const empty: State = { forums: {}, commitments: {}, log: [] }

/**
 * What an event does.
 *
 * @category models
 * @since 0.2.0
 */
export const Command = Schema.Union([
  Schema.Struct({ _tag: Schema.Literal("RecordMinutes"), minutes: Minutes }),
  Schema.Struct({
    _tag: Schema.Literal("UpdateCommitment"),
    forum: Schema.NonEmptyString,
    commitment: Schema.NonEmptyString,
    status: Schema.Literals(["in-progress", "done", "dropped"]),
    on: Calendar.IsoDate,
    evidence: Schema.optionalKey(Schema.NonEmptyString),
    note: Schema.optionalKey(Schema.String)
  })
])

/**
 * @category models
 * @since 0.2.0
 */
export type Command = typeof Command.Type

/**
 * A forum event: the envelope around a {@link Command}.
 *
 * @category models
 * @since 0.2.0
 */
export const Event = ProgrammeEvent.envelope(Command)

/**
 * @category models
 * @since 0.2.0
 */
export type Event = typeof Event.Type

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A commitment marked done without evidence, or dropped without a reason.
 *
 * @category errors
 * @since 0.2.0
 */
export class MissingJustification extends Data.TaggedError("MissingJustification")<{
  readonly event: string
  readonly commitment: string
  readonly needs: "evidence" | "reason"
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.2.0
 */
export type ForumError =
  | MissingJustification
  | ProgrammeEvent.DuplicateId
  | ProgrammeEvent.UnknownReference
  | ProgrammeEvent.InvalidStep
  | ProgrammeEvent.DateOutOfRange
  | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// the fold
// ---------------------------------------------------------------------------------------------------------------

const day = (iso: string): number => Calendar.dayNumber(iso) ?? Number.NaN

/**
 * The key of a commitment in {@link State.commitments}.
 *
 * @category getters
 * @since 0.2.0
 */
export const key = (forum: string, commitment: string): string => `${forum}|${commitment}`

/**
 * Applies one typed event. Minutes: a new forum id; issue and commitment ids unique within the minutes; every
 * commitment names an issue of the minutes and is due on or after the forum's date. Updates: a known commitment,
 * not already done or dropped, dated on or after the forum and the previous update; `done` needs `evidence`,
 * `dropped` needs the event's `reason`.
 *
 * @category combinators
 * @since 0.2.0
 */
export const apply = (state: State, e: Event): Result.Result<State, ForumError> => {
  const c = e.command
  if (c._tag === "RecordMinutes") {
    const m = c.minutes
    if (state.forums[m.id] !== undefined) {
      return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "forum", id: m.id }))
    }
    const issues = new Set<string>()
    for (const i of m.issues) {
      if (issues.has(i.id)) return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "issue", id: i.id }))
      issues.add(i.id)
    }
    const commitments: Record<string, Commitment> = {}
    for (const k of m.commitments) {
      if (commitments[key(m.id, k.id)] !== undefined) {
        return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "commitment", id: k.id }))
      }
      if (!issues.has(k.issue)) {
        return Result.fail(new ProgrammeEvent.UnknownReference({ event: e.id, kind: "issue", id: k.issue }))
      }
      if (day(k.due) < day(m.date)) {
        return Result.fail(
          new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "due", on: k.due, from: m.date, to: "…" })
        )
      }
      commitments[key(m.id, k.id)] = { ...k, forum: m.id, status: "open", doneOn: null, updates: [] }
    }
    return Result.succeed({
      forums: { ...state.forums, [m.id]: m },
      commitments: { ...state.commitments, ...commitments },
      log: [...state.log, ProgrammeEvent.change(e, c._tag, `forum:${m.id}`, null, m)]
    })
  }
  const k = key(c.forum, c.commitment)
  const before = state.commitments[k]
  if (before === undefined)
    return Result.fail(new ProgrammeEvent.UnknownReference({ event: e.id, kind: "commitment", id: k }))
  if (before.status === "done" || before.status === "dropped") {
    return Result.fail(
      new ProgrammeEvent.InvalidStep({
        event: e.id,
        subject: k,
        status: before.status,
        step: c.status,
        reason: `the commitment is already ${before.status}`
      })
    )
  }
  const last = before.updates[before.updates.length - 1]?.on ?? (state.forums[c.forum] as Minutes).date
  if (day(c.on) < day(last)) {
    return Result.fail(new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "on", on: c.on, from: last, to: "…" }))
  }
  if (c.status === "done" && c.evidence === undefined) {
    return Result.fail(new MissingJustification({ event: e.id, commitment: k, needs: "evidence" }))
  }
  if (c.status === "dropped" && (e.reason === undefined || e.reason.trim() === "")) {
    return Result.fail(new MissingJustification({ event: e.id, commitment: k, needs: "reason" }))
  }
  const after: Commitment = {
    ...before,
    status: c.status,
    doneOn: c.status === "done" ? c.on : null,
    updates: [
      ...before.updates,
      { on: c.on, status: c.status, by: e.by.nip, evidence: c.evidence ?? null, note: c.note ?? e.reason ?? null }
    ]
  }
  return Result.succeed({
    ...state,
    commitments: { ...state.commitments, [k]: after },
    log: [...state.log, ProgrammeEvent.change(e, c._tag, `commitment:${k}`, before, after)]
  })
}

/**
 * Decodes and applies (untrusted) events from a state (default {@link empty}), stopping at the first problem.
 *
 * @category combinators
 * @since 0.2.0
 */
export const fold = (events: unknown, from: State = empty): Result.Result<State, ForumError> =>
  Result.flatMap(Input.decode(Schema.Array(Event), "ForumEvents")(events), (list) => {
    const seen = new Set(from.log.map((c) => c.event))
    let state = from
    for (const e of list) {
      if (seen.has(e.id)) return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "event", id: e.id }))
      seen.add(e.id)
      const next = apply(state, e)
      if (Result.isFailure(next)) return next
      state = next.success
    }
    return Result.succeed(state)
  })

// ---------------------------------------------------------------------------------------------------------------
// the follow-up indicator
// ---------------------------------------------------------------------------------------------------------------

/**
 * The follow-up of commitments on a date.
 *
 * @category models
 * @since 0.2.0
 */
export interface FollowUp {
  readonly asOf: string
  /** Commitments due by `asOf` or done by then: the denominator. */
  readonly considered: number
  /** Done on or before `asOf`: the numerator. */
  readonly done: number
  readonly dropped: number
  /** Due before `asOf`, neither done nor dropped. */
  readonly overdue: ReadonlyArray<string>
  /** Not yet due and not done: not counted. */
  readonly notYetDue: number
  /** `done / considered × 100`, exact; `null` when nothing is considered. */
  readonly percent: Exact.Exact | null
}

/**
 * The "masukan ditindaklanjuti" share of a record (optionally of one unit) on a date: commitments done on or before
 * `asOf` over the commitments due on or before `asOf` plus those done early. A dropped commitment counts as not
 * followed up (it stays in the denominator); a commitment not yet due and not done is left out, never counted as a
 * failure. Overdue: due strictly before `asOf` and still open or in progress.
 *
 * @category indicator
 * @since 0.2.0
 */
export const followUp = (state: State, input: { readonly asOf: string; readonly unit?: string }): FollowUp => {
  const asOf = day(input.asOf)
  let considered = 0
  let done = 0
  let dropped = 0
  let notYetDue = 0
  const overdue: Array<string> = []
  for (const k of Object.keys(state.commitments).sort()) {
    const c = state.commitments[k] as Commitment
    if (input.unit !== undefined && state.forums[c.forum]?.unit !== input.unit) continue
    const doneBy = c.doneOn !== null && day(c.doneOn) <= asOf
    const due = day(c.due) <= asOf
    if (!due && !doneBy) {
      notYetDue++
      continue
    }
    considered++
    if (doneBy) done++
    if (c.status === "dropped") dropped++
    if (!doneBy && c.status !== "dropped" && day(c.due) < asOf) overdue.push(k)
  }
  return {
    asOf: input.asOf,
    considered,
    done,
    dropped,
    overdue,
    notYetDue,
    percent: considered === 0 ? null : Exact.fraction(done * 100, considered)
  }
}

/**
 * The follow-up share as a source for `FeedbackIndicator.toIndicator` (kind `"forum-tindak-lanjut"`, scale
 * 0–100): sufficient when at least `minCommitments` commitments are considered, else insufficient with the reason,
 * so the indicator is left out rather than scored 0.
 *
 * @category indicator
 * @since 0.2.0
 */
export const indicatorSource = (
  state: State,
  input: { readonly asOf: string; readonly unit?: string; readonly minCommitments: number }
): IndicatorSource => {
  const f = followUp(state, input)
  const scale = { min: 0, max: 100 }
  if (f.percent === null || f.considered < input.minCommitments) {
    return {
      kind: "forum-tindak-lanjut",
      status: "insufficient",
      reasons: [{ code: "too-few-commitments", considered: f.considered, minimum: input.minCommitments }],
      scale,
      trace: f
    }
  }
  return {
    kind: "forum-tindak-lanjut",
    status: "sufficient",
    exact: f.percent.d === 1n ? `${f.percent.n}` : `${f.percent.n}/${f.percent.d}`,
    scale,
    trace: { ...f, percent: Exact.format(f.percent) }
  }
}

/**
 * The forum channel of `Citizen`: every rating in the minutes as a submission (`id` `forum#i`, channel
 * `forum-dialog-publik`, dated on the forum's date), for `Citizen.aggregate`.
 *
 * @category conversions
 * @since 0.2.0
 */
export const submissions = (state: State): ReadonlyArray<Citizen.Submission> =>
  Object.keys(state.forums)
    .sort()
    .flatMap((id) =>
      ((state.forums[id] as Minutes).ratings ?? []).map((r, i) => ({
        id: `${id}#${i}`,
        channel: "forum-dialog-publik" as const,
        score: r.score,
        submittedAt: (state.forums[id] as Minutes).date,
        ...(r.respondent === undefined ? {} : { respondent: r.respondent })
      }))
    )
