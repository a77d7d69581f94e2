/**
 * Activity reports (laporan kegiatan, Bukittinggi's supervision): an employee reports a realisasi against one of the
 * period's indicators with evidence files, the direct superior reviews it (accept, possibly with a corrected value;
 * return for revision; reject), and the accepted reports are counted into the period's indicator measurements.
 *
 * A fold of events like `Training`: each event names who (NIP, role), when and why, and leaves a before → after
 * change. Only the superior named in the report may review it; only the employee may revise it.
 *
 * Counting ({@link measurements}) is exact and per indicator by the policy's aggregation: `sum` (quantity: reports
 * add up), `mean` (quality: the average of accepted values, rounded once with the policy's rounding) or `latest`
 * (the value of the latest accepted report by activity date). Pending, returned and rejected reports never count.
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as ProgrammeEvent from "./ProgrammeEvent.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

const Evidence = Schema.Struct({ kind: Schema.NonEmptyString, reference: Schema.NonEmptyString })

/**
 * A period (a quarter, a month, a year) with inclusive dates.
 *
 * @category models
 * @since 0.2.0
 */
export const Period = Schema.Struct({ id: Schema.NonEmptyString, from: Calendar.IsoDate, to: Calendar.IsoDate })

/**
 * @category models
 * @since 0.2.0
 */
export type Period = typeof Period.Type

/**
 * Policy: the periods, the indicators reports may count towards (with their aggregation and optional minimum
 * number of evidence files), the rounding of means, and the legal basis.
 *
 * @category models
 * @since 0.2.0
 */
export const Policy = Schema.Struct({
  periods: Schema.Array(Period),
  indicators: Schema.Array(
    Schema.Struct({
      id: Schema.NonEmptyString,
      label: Schema.NonEmptyString,
      aggregate: Schema.Literals(["sum", "mean", "latest"]),
      minEvidence: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
    })
  ),
  rounding: Exact.Rounding,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type Policy = typeof Policy.Type

/**
 * What the employee submits.
 *
 * @category models
 * @since 0.2.0
 */
export const Submission = Schema.Struct({
  id: Schema.NonEmptyString,
  employee: Schema.NonEmptyString,
  superior: Schema.NonEmptyString,
  period: Schema.NonEmptyString,
  indicator: Schema.NonEmptyString,
  on: Calendar.IsoDate,
  activity: Schema.NonEmptyString,
  realisasi: Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  evidence: Schema.Array(Evidence)
})

/**
 * @category models
 * @since 0.2.0
 */
export type Submission = typeof Submission.Type

/**
 * A report and its review state.
 *
 * @category models
 * @since 0.2.0
 */
export interface Report extends Submission {
  readonly status: "submitted" | "returned" | "accepted" | "rejected"
  /** The value that counts: the superior's corrected value, else the reported one (`null` until accepted). */
  readonly accepted: number | null
  readonly reviews: ReadonlyArray<{
    readonly on: string
    readonly by: string
    readonly decision: "accept" | "return" | "reject"
    readonly note: string | null
  }>
}

/**
 * The activity report record.
 *
 * @category models
 * @since 0.2.0
 */
export interface State {
  readonly reports: Readonly<Record<string, Report>>
  readonly log: ReadonlyArray<ProgrammeEvent.Change>
}

/**
 * The empty record.
 *
 * @category constructors
 * @since 0.2.0
 */
export const empty: State = { reports: {}, log: [] }

/**
 * What an event does.
 *
 * @category models
 * @since 0.2.0
 */
export const Command = Schema.Union([
  Schema.Struct({ _tag: Schema.Literal("Submit"), report: Submission }),
  Schema.Struct({
    _tag: Schema.Literal("Revise"),
    report: Schema.NonEmptyString,
    realisasi: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))),
    evidence: Schema.optionalKey(Schema.Array(Evidence)),
    activity: Schema.optionalKey(Schema.NonEmptyString)
  }),
  Schema.Struct({
    _tag: Schema.Literal("Review"),
    report: Schema.NonEmptyString,
    on: Calendar.IsoDate,
    decision: Schema.Literals(["accept", "return", "reject"]),
    corrected: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))),
    note: Schema.optionalKey(Schema.String)
  })
])

/**
 * @category models
 * @since 0.2.0
 */
export type Command = typeof Command.Type

/**
 * An activity report event: the envelope around a {@link Command}.
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
 * The actor may not do this step: a review by someone other than the report's superior, a revision by someone
 * other than the employee, or a superior who is the employee.
 *
 * @category errors
 * @since 0.2.0
 */
export class NotAllowed extends Data.TaggedError("NotAllowed")<{
  readonly event: string
  readonly report: string
  readonly actor: string
  readonly expected: string
}> {}

/**
 * Fewer evidence files than the indicator requires.
 *
 * @category errors
 * @since 0.2.0
 */
export class MissingEvidence extends Data.TaggedError("MissingEvidence")<{
  readonly event: string
  readonly report: string
  readonly have: number
  readonly required: number
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.2.0
 */
export type ActivityReportError =
  | NotAllowed
  | MissingEvidence
  | ProgrammeEvent.DuplicateId
  | ProgrammeEvent.UnknownReference
  | ProgrammeEvent.InvalidStep
  | ProgrammeEvent.DateOutOfRange
  | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// the fold
// ---------------------------------------------------------------------------------------------------------------

const day = (iso: string): number => Calendar.dayNumber(iso) ?? Number.NaN

type Step = Result.Result<State, ActivityReportError>

/**
 * Decodes an activity report policy: period and indicator ids unique, periods with `from ≤ to`.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "ActivityReportPolicy")(input), (p) => {
    const problems: Array<Input.Problem> = []
    const unique = (ids: ReadonlyArray<string>, path: string) =>
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) problems.push({ path: [path, i, "id"], code: "duplicate", message: `"${id}" twice` })
      })
    unique(
      p.periods.map((x) => x.id),
      "periods"
    )
    unique(
      p.indicators.map((x) => x.id),
      "indicators"
    )
    p.periods.forEach((x, i) => {
      if (day(x.from) > day(x.to))
        problems.push({ path: ["periods", i, "to"], code: "empty-range", message: "to < from" })
    })
    return problems.length === 0
      ? Result.succeed(p)
      : Result.fail(new Input.InvalidInput({ subject: "ActivityReportPolicy", problems }))
  })

const checkEvidence = (policy: Policy, e: Event, r: Submission): Result.Result<void, ActivityReportError> => {
  const indicator = policy.indicators.find((i) => i.id === r.indicator)
  if (indicator === undefined) {
    return Result.fail(new ProgrammeEvent.UnknownReference({ event: e.id, kind: "indicator", id: r.indicator }))
  }
  return r.evidence.length < indicator.minEvidence
    ? Result.fail(
        new MissingEvidence({ event: e.id, report: r.id, have: r.evidence.length, required: indicator.minEvidence })
      )
    : Result.void
}

/**
 * Applies one typed event. Submit: a new id, by the employee, a superior who is not the employee, a known period
 * and indicator, the activity date inside the period, at least the indicator's `minEvidence` files. Revise: by the
 * employee, only when returned (back to submitted). Review: by the report's superior, only when submitted, dated on
 * or after the activity; `accept` counts `corrected` if given, else the reported realisasi.
 *
 * @category combinators
 * @since 0.2.0
 */
export const apply = (policy: Policy, state: State, e: Event): Result.Result<State, ActivityReportError> => {
  const c = e.command
  const write = (id: string, before: Report | undefined, after: Report): Step =>
    Result.succeed({
      reports: { ...state.reports, [id]: after },
      log: [...state.log, ProgrammeEvent.change(e, c._tag, `activity-report:${id}`, before, after)]
    })
  if (c._tag === "Submit") {
    const r = c.report
    if (state.reports[r.id] !== undefined) {
      return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "report", id: r.id }))
    }
    if (e.by.nip !== r.employee) {
      return Result.fail(new NotAllowed({ event: e.id, report: r.id, actor: e.by.nip, expected: r.employee }))
    }
    if (r.superior === r.employee) {
      return Result.fail(new NotAllowed({ event: e.id, report: r.id, actor: r.superior, expected: "another superior" }))
    }
    const period = policy.periods.find((p) => p.id === r.period)
    if (period === undefined)
      return Result.fail(new ProgrammeEvent.UnknownReference({ event: e.id, kind: "period", id: r.period }))
    if (day(r.on) < day(period.from) || day(r.on) > day(period.to)) {
      return Result.fail(
        new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "on", on: r.on, from: period.from, to: period.to })
      )
    }
    const evidence = checkEvidence(policy, e, r)
    if (Result.isFailure(evidence)) return Result.fail(evidence.failure)
    return write(r.id, undefined, { ...r, status: "submitted", accepted: null, reviews: [] })
  }
  const before = state.reports[c.report]
  if (before === undefined) {
    return Result.fail(new ProgrammeEvent.UnknownReference({ event: e.id, kind: "report", id: c.report }))
  }
  const invalid = (reason: string) =>
    Result.fail(
      new ProgrammeEvent.InvalidStep({ event: e.id, subject: before.id, status: before.status, step: c._tag, reason })
    )
  if (c._tag === "Revise") {
    if (e.by.nip !== before.employee) {
      return Result.fail(new NotAllowed({ event: e.id, report: before.id, actor: e.by.nip, expected: before.employee }))
    }
    if (before.status !== "returned") return invalid("only a returned report can be revised")
    const revised: Report = {
      ...before,
      status: "submitted",
      ...(c.realisasi === undefined ? {} : { realisasi: c.realisasi }),
      ...(c.evidence === undefined ? {} : { evidence: c.evidence }),
      ...(c.activity === undefined ? {} : { activity: c.activity })
    }
    const evidence = checkEvidence(policy, e, revised)
    if (Result.isFailure(evidence)) return Result.fail(evidence.failure)
    return write(before.id, before, revised)
  }
  if (e.by.nip !== before.superior) {
    return Result.fail(new NotAllowed({ event: e.id, report: before.id, actor: e.by.nip, expected: before.superior }))
  }
  if (before.status !== "submitted") return invalid("only a submitted report can be reviewed")
  if (day(c.on) < day(before.on)) {
    return Result.fail(
      new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "on", on: c.on, from: before.on, to: "…" })
    )
  }
  const review = { on: c.on, by: e.by.nip, decision: c.decision, note: c.note ?? null }
  return write(before.id, before, {
    ...before,
    status: c.decision === "accept" ? "accepted" : c.decision === "return" ? "returned" : "rejected",
    accepted: c.decision === "accept" ? (c.corrected ?? before.realisasi) : null,
    reviews: [...before.reviews, review]
  })
}

/**
 * Decodes and applies (untrusted) events from a state (default {@link empty}), stopping at the first problem.
 *
 * @category combinators
 * @since 0.2.0
 */
export const fold = (policy: Policy, events: unknown, from: State = empty): Result.Result<State, ActivityReportError> =>
  Result.flatMap(Input.decode(Schema.Array(Event), "ActivityReportEvents")(events), (list) => {
    const seen = new Set(from.log.map((c) => c.event))
    let state = from
    for (const e of list) {
      if (seen.has(e.id)) return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "event", id: e.id }))
      seen.add(e.id)
      const next = apply(policy, state, e)
      if (Result.isFailure(next)) return next
      state = next.success
    }
    return Result.succeed(state)
  })

// ---------------------------------------------------------------------------------------------------------------
// counting
// ---------------------------------------------------------------------------------------------------------------

/**
 * One indicator's count for an employee and a period.
 *
 * @category models
 * @since 0.2.0
 */
export interface Measurement {
  readonly indicator: string
  readonly label: string
  readonly aggregate: "sum" | "mean" | "latest"
  /** The counted value (`null` when no report is accepted: not 0, the indicator is missing). */
  readonly realisasi: Exact.Rounded | null
  readonly exact: string | null
  readonly accepted: number
  readonly pending: number
  readonly returned: number
  readonly rejected: number
  readonly reports: ReadonlyArray<string>
}

/**
 * The period's indicator measurements of one employee from the accepted reports, one per policy indicator, in the
 * policy's order. A `sum` adds the accepted values; a `mean` averages them; `latest` takes the accepted report with
 * the latest activity date (ties: the later id). All exact, rounded once with the policy's rounding. An indicator
 * with no accepted report has `realisasi: null` (missing, never 0).
 *
 * @category combinators
 * @since 0.2.0
 */
export const measurements = (
  policy: Policy,
  state: State,
  input: { readonly employee: string; readonly period: string }
): ReadonlyArray<Measurement> => {
  const mine = Object.values(state.reports).filter((r) => r.employee === input.employee && r.period === input.period)
  return policy.indicators.map((ind) => {
    const reports = mine.filter((r) => r.indicator === ind.id)
    const accepted = reports
      .filter((r) => r.status === "accepted" && r.accepted !== null)
      .sort((a, b) => day(a.on) - day(b.on) || (a.id < b.id ? -1 : 1))
    const values = accepted.map((r) => Exact.fromFinite(r.accepted as number))
    let exact: Exact.Exact | null = null
    if (values.length > 0) {
      if (ind.aggregate === "sum") exact = Exact.sum(values)
      else if (ind.aggregate === "mean") exact = Exact.multiply(Exact.sum(values), Exact.fraction(1, values.length))
      else exact = values[values.length - 1] as Exact.Exact
    }
    return {
      indicator: ind.id,
      label: ind.label,
      aggregate: ind.aggregate,
      realisasi: exact === null ? null : Exact.round(exact, policy.rounding),
      exact: exact === null ? null : Exact.format(exact),
      accepted: accepted.length,
      pending: reports.filter((r) => r.status === "submitted").length,
      returned: reports.filter((r) => r.status === "returned").length,
      rejected: reports.filter((r) => r.status === "rejected").length,
      reports: accepted.map((r) => r.id)
    }
  })
}

/**
 * The reports waiting for a superior's review, oldest activity first.
 *
 * @category getters
 * @since 0.2.0
 */
export const awaitingReview = (state: State, superior: string): ReadonlyArray<Report> =>
  Object.values(state.reports)
    .filter((r) => r.superior === superior && r.status === "submitted")
    .sort((a, b) => day(a.on) - day(b.on) || (a.id < b.id ? -1 : 1))
