/**
 * Mentoring for new ASN and coaching / counselling plans, as a fold of events.
 *
 * - **Mentoring pairs**: a mentor is assigned to a new ASN (a CPNS during probation, or a PNS in the first year
 *   after appointment), sessions are recorded with topic, date, outcome and optionally minutes (credited as the
 *   `mentoring` development form), and the pair ends with an assessment on the policy's scale, passed at the
 *   policy's threshold (inclusive), after at least the policy's number of sessions.
 * - **Coaching and counselling plans** run on the `Remediation` machine: this module assigns the plan, applies its
 *   events (start, evidence, re-evaluation, close, escalate) and keeps who did each step; the plan types listed in
 *   the policy's `counsellingTypes` name the **konselor** designated by BKPSDM (required, and never the employee).
 *
 * Each event names who did it (NIP and role), when and why (`ProgrammeEvent.envelope`) and leaves a before → after
 * {@link ProgrammeEvent.Change}.
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"
import type * as Development from "./Development.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as ProgrammeEvent from "./ProgrammeEvent.js"
import * as Remediation from "./Remediation.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The mentee's status: `cpns` (in probation) or `pns-tahun-pertama` (first year after appointment as PNS).
 *
 * @category models
 * @since 0.2.0
 */
export const MenteeStatus = Schema.Literals(["cpns", "pns-tahun-pertama"])

/**
 * @category models
 * @since 0.2.0
 */
export type MenteeStatus = typeof MenteeStatus.Type

/**
 * Mentoring policy: how many months after the mentee's appointment (TMT) a pair may start (`windowMonths`, for
 * example 12 for probation and the first year), the fewest sessions before the end assessment, the assessment scale
 * and pass mark (`score ≥ passAt`), the `Remediation` plan types that are counselling (konseling) and need a
 * konselor, and the legal basis.
 *
 * @category models
 * @since 0.2.0
 */
export const Policy = Schema.Struct({
  windowMonths: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  minSessions: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  assessment: Schema.Struct({
    min: Schema.Finite,
    max: Schema.Finite,
    passAt: Schema.Finite
  }),
  counsellingTypes: Schema.Array(Schema.NonEmptyString),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type Policy = typeof Policy.Type

/**
 * One mentoring session.
 *
 * @category models
 * @since 0.2.0
 */
export interface Session {
  readonly on: string
  readonly topic: string
  readonly outcome: string
  readonly minutes: number | null
  readonly mentor: string
}

/**
 * A mentoring pair and its history.
 *
 * @category models
 * @since 0.2.0
 */
export interface Pair {
  readonly id: string
  readonly mentee: string
  readonly menteeStatus: MenteeStatus
  readonly appointedOn: string
  readonly mentor: string
  readonly mentors: ReadonlyArray<{ readonly nip: string; readonly from: string }>
  readonly from: string
  readonly until: string
  readonly status: "active" | "completed" | "cancelled"
  readonly sessions: ReadonlyArray<Session>
  readonly assessment: {
    readonly on: string
    readonly by: string
    readonly score: number
    readonly passed: boolean
    readonly note: string | null
  } | null
}

/**
 * A coaching or counselling plan: the `Remediation` plan, its konselor (for counselling types) and who did each
 * step.
 *
 * @category models
 * @since 0.2.0
 */
export interface ManagedPlan {
  readonly plan: Remediation.Plan
  readonly konselor: string | null
  readonly steps: ReadonlyArray<{
    readonly event: string
    readonly by: string
    readonly role: string
    readonly what: string
  }>
}

/**
 * The mentoring and plan record.
 *
 * @category models
 * @since 0.2.0
 */
export interface State {
  readonly pairs: Readonly<Record<string, Pair>>
  readonly plans: Readonly<Record<string, ManagedPlan>>
  readonly log: ReadonlyArray<ProgrammeEvent.Change>
}

/**
 * The empty record.
 *
 * @category constructors
 * @since 0.2.0
 */
export const empty: State = { pairs: {}, plans: {}, log: [] }

/**
 * What an event does.
 *
 * @category models
 * @since 0.2.0
 */
export const Command = Schema.Union([
  Schema.Struct({
    _tag: Schema.Literal("AssignMentor"),
    pair: Schema.NonEmptyString,
    mentee: Schema.NonEmptyString,
    menteeStatus: MenteeStatus,
    appointedOn: Calendar.IsoDate,
    mentor: Schema.NonEmptyString,
    from: Calendar.IsoDate,
    until: Calendar.IsoDate
  }),
  Schema.Struct({
    _tag: Schema.Literal("ChangeMentor"),
    pair: Schema.NonEmptyString,
    mentor: Schema.NonEmptyString,
    on: Calendar.IsoDate
  }),
  Schema.Struct({
    _tag: Schema.Literal("RecordSession"),
    pair: Schema.NonEmptyString,
    on: Calendar.IsoDate,
    topic: Schema.NonEmptyString,
    outcome: Schema.NonEmptyString,
    minutes: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0))))
  }),
  Schema.Struct({
    _tag: Schema.Literal("AssessMentee"),
    pair: Schema.NonEmptyString,
    on: Calendar.IsoDate,
    score: Schema.Finite,
    note: Schema.optionalKey(Schema.String)
  }),
  Schema.Struct({ _tag: Schema.Literal("CancelPair"), pair: Schema.NonEmptyString, on: Calendar.IsoDate }),
  Schema.Struct({
    _tag: Schema.Literal("AssignPlan"),
    plan: Schema.NonEmptyString,
    employee: Schema.NonEmptyString,
    type: Schema.NonEmptyString,
    on: Calendar.IsoDate,
    basedOn: Schema.optionalKey(Schema.String),
    konselor: Schema.optionalKey(Schema.NonEmptyString)
  }),
  Schema.Struct({
    _tag: Schema.Literal("PlanStep"),
    plan: Schema.NonEmptyString,
    step: Remediation.Event,
    konselor: Schema.optionalKey(Schema.NonEmptyString)
  })
])

/**
 * @category models
 * @since 0.2.0
 */
export type Command = typeof Command.Type

/**
 * A mentoring event: the envelope around a {@link Command}.
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
 * The mentee is outside the window: the pair starts more than `windowMonths` after the appointment, or before it.
 *
 * @category errors
 * @since 0.2.0
 */
export class NotEligible extends Data.TaggedError("NotEligible")<{
  readonly event: string
  readonly mentee: string
  readonly appointedOn: string
  readonly from: string
  readonly latest: string
}> {}

/**
 * The same person on both sides (mentor of themself, konselor of their own plan).
 *
 * @category errors
 * @since 0.2.0
 */
export class SamePerson extends Data.TaggedError("SamePerson")<{
  readonly event: string
  readonly nip: string
  readonly roles: string
}> {}

/**
 * A counselling plan assigned without the konselor designated by BKPSDM.
 *
 * @category errors
 * @since 0.2.0
 */
export class MissingKonselor extends Data.TaggedError("MissingKonselor")<{
  readonly event: string
  readonly plan: string
  readonly type: string
}> {}

/**
 * The end assessment before the policy's fewest sessions.
 *
 * @category errors
 * @since 0.2.0
 */
export class TooFewSessions extends Data.TaggedError("TooFewSessions")<{
  readonly event: string
  readonly pair: string
  readonly sessions: number
  readonly required: number
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.2.0
 */
export type MentoringError =
  | NotEligible
  | SamePerson
  | MissingKonselor
  | TooFewSessions
  | ProgrammeEvent.DuplicateId
  | ProgrammeEvent.UnknownReference
  | ProgrammeEvent.InvalidStep
  | ProgrammeEvent.DateOutOfRange
  | ProgrammeEvent.ScoreOutOfScale
  | Remediation.RemediationError
  | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// decoding
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes a mentoring policy: the scale must not be empty and the pass mark must lie on it.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "MentoringPolicy")(input), (p) => {
    const { min, max, passAt } = p.assessment
    const problems: Array<Input.Problem> = []
    if (!(min < max)) problems.push({ path: ["assessment"], code: "empty-range", message: "min must be below max" })
    if (passAt < min || passAt > max) {
      problems.push({ path: ["assessment", "passAt"], code: "out-of-range", message: "passAt must be on the scale" })
    }
    return problems.length === 0
      ? Result.succeed(p)
      : Result.fail(new Input.InvalidInput({ subject: "MentoringPolicy", problems }))
  })

// ---------------------------------------------------------------------------------------------------------------
// the fold
// ---------------------------------------------------------------------------------------------------------------

/**
 * What a fold needs: the mentoring policy and the `Remediation` policy of the region.
 *
 * @category models
 * @since 0.2.0
 */
export interface Context {
  readonly policy: Policy
  readonly remediation: Remediation.Policy
}

const day = (iso: string): number => Calendar.dayNumber(iso) ?? Number.NaN

type Step = Result.Result<State, MentoringError>

const pairStep = (context: Context, state: State, e: Event, c: Command): Step => {
  if (c._tag === "AssignPlan" || c._tag === "PlanStep") return planStep(context, state, e, c)
  const write = (id: string, before: Pair | undefined, after: Pair): Step =>
    Result.succeed({
      ...state,
      pairs: { ...state.pairs, [id]: after },
      log: [...state.log, ProgrammeEvent.change(e, c._tag, `mentoring:${id}`, before, after)]
    })
  if (c._tag === "AssignMentor") {
    if (state.pairs[c.pair] !== undefined) {
      return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "pair", id: c.pair }))
    }
    if (c.mentor === c.mentee) {
      return Result.fail(new SamePerson({ event: e.id, nip: c.mentee, roles: "mentor, mentee" }))
    }
    const latest = Calendar.addPeriod(c.appointedOn, { months: context.policy.windowMonths, days: 0 })
    if (day(c.from) < day(c.appointedOn) || day(c.from) > day(latest)) {
      return Result.fail(
        new NotEligible({ event: e.id, mentee: c.mentee, appointedOn: c.appointedOn, from: c.from, latest })
      )
    }
    if (day(c.until) < day(c.from)) {
      return Result.fail(
        new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "until", on: c.until, from: c.from, to: "…" })
      )
    }
    const open = Object.values(state.pairs).find((p) => p.mentee === c.mentee && p.status === "active")
    if (open !== undefined) {
      return Result.fail(
        new ProgrammeEvent.InvalidStep({
          event: e.id,
          subject: open.id,
          status: open.status,
          step: c._tag,
          reason: "the mentee already has an active mentor"
        })
      )
    }
    return write(c.pair, undefined, {
      id: c.pair,
      mentee: c.mentee,
      menteeStatus: c.menteeStatus,
      appointedOn: c.appointedOn,
      mentor: c.mentor,
      mentors: [{ nip: c.mentor, from: c.from }],
      from: c.from,
      until: c.until,
      status: "active",
      sessions: [],
      assessment: null
    })
  }
  const pair = state.pairs[c.pair]
  if (pair === undefined)
    return Result.fail(new ProgrammeEvent.UnknownReference({ event: e.id, kind: "pair", id: c.pair }))
  if (pair.status !== "active") {
    return Result.fail(
      new ProgrammeEvent.InvalidStep({
        event: e.id,
        subject: pair.id,
        status: pair.status,
        step: c._tag,
        reason: "the pair has ended"
      })
    )
  }
  const lastDate = pair.sessions.length === 0 ? pair.from : (pair.sessions[pair.sessions.length - 1] as Session).on
  switch (c._tag) {
    case "ChangeMentor":
      if (c.mentor === pair.mentee)
        return Result.fail(new SamePerson({ event: e.id, nip: c.mentor, roles: "mentor, mentee" }))
      if (day(c.on) < day(lastDate) || day(c.on) > day(pair.until)) {
        return Result.fail(
          new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "on", on: c.on, from: lastDate, to: pair.until })
        )
      }
      return write(pair.id, pair, {
        ...pair,
        mentor: c.mentor,
        mentors: [...pair.mentors, { nip: c.mentor, from: c.on }]
      })
    case "RecordSession":
      if (day(c.on) < day(pair.from) || day(c.on) > day(pair.until)) {
        return Result.fail(
          new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "on", on: c.on, from: pair.from, to: pair.until })
        )
      }
      return write(pair.id, pair, {
        ...pair,
        sessions: [
          ...pair.sessions,
          { on: c.on, topic: c.topic, outcome: c.outcome, minutes: c.minutes ?? null, mentor: pair.mentor }
        ].sort((a, b) => day(a.on) - day(b.on))
      })
    case "AssessMentee": {
      const { min, max, passAt } = context.policy.assessment
      if (c.score < min || c.score > max) {
        return Result.fail(
          new ProgrammeEvent.ScoreOutOfScale({ event: e.id, field: "score", score: c.score, min, max })
        )
      }
      if (pair.sessions.length < context.policy.minSessions) {
        return Result.fail(
          new TooFewSessions({
            event: e.id,
            pair: pair.id,
            sessions: pair.sessions.length,
            required: context.policy.minSessions
          })
        )
      }
      if (day(c.on) < day(lastDate)) {
        return Result.fail(
          new ProgrammeEvent.DateOutOfRange({ event: e.id, field: "on", on: c.on, from: lastDate, to: "…" })
        )
      }
      return write(pair.id, pair, {
        ...pair,
        status: "completed",
        assessment: { on: c.on, by: e.by.nip, score: c.score, passed: c.score >= passAt, note: c.note ?? null }
      })
    }
    case "CancelPair":
      return write(pair.id, pair, { ...pair, status: "cancelled" })
  }
}

/**
 * Records the konselor in the `Remediation` plan itself (its `DesignateKonselor` event) when the plan type follows
 * the konseling procedure (`Remediation.procedureOf`), so the plan can start; other plan types keep the konselor
 * only in the managed plan.
 */
const designate = (
  context: Context,
  plan: Remediation.Plan,
  konselor: string | null,
  on: string,
  by: string
): Result.Result<Remediation.Plan, MentoringError> => {
  const type = context.remediation.plans.find((t) => t.type === plan.type)
  if (konselor === null || type === undefined || Remediation.procedureOf(type) !== "konseling") {
    return Result.succeed(plan)
  }
  return Result.map(
    Remediation.apply(context.remediation, plan, { _tag: "DesignateKonselor", on, konselor, designatedBy: by }),
    (t) => t.plan
  )
}

const planStep = (
  context: Context,
  state: State,
  e: Event,
  c: Extract<Command, { _tag: "AssignPlan" | "PlanStep" }>
): Step => {
  const stepOf = { event: e.id, by: e.by.nip, role: e.by.role, what: c._tag }
  if (c._tag === "AssignPlan") {
    if (state.plans[c.plan] !== undefined) {
      return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "plan", id: c.plan }))
    }
    if (context.policy.counsellingTypes.includes(c.type) && c.konselor === undefined) {
      return Result.fail(new MissingKonselor({ event: e.id, plan: c.plan, type: c.type }))
    }
    if (c.konselor !== undefined && c.konselor === c.employee) {
      return Result.fail(new SamePerson({ event: e.id, nip: c.employee, roles: "konselor, pegawai" }))
    }
    const assigned = Remediation.assign(context.remediation, {
      id: c.plan,
      employee: c.employee,
      type: c.type,
      on: c.on,
      ...(c.basedOn === undefined ? {} : { basedOn: c.basedOn })
    })
    if (Result.isFailure(assigned)) return Result.fail(assigned.failure)
    const designated = designate(context, assigned.success, c.konselor ?? null, c.on, e.by.nip)
    if (Result.isFailure(designated)) return Result.fail(designated.failure)
    const managed: ManagedPlan = { plan: designated.success, konselor: c.konselor ?? null, steps: [stepOf] }
    return Result.succeed({
      ...state,
      plans: { ...state.plans, [c.plan]: managed },
      log: [...state.log, ProgrammeEvent.change(e, c._tag, `plan:${c.plan}`, null, managed)]
    })
  }
  const before = state.plans[c.plan]
  if (before === undefined)
    return Result.fail(new ProgrammeEvent.UnknownReference({ event: e.id, kind: "plan", id: c.plan }))
  const moved = Remediation.apply(context.remediation, before.plan, c.step)
  if (Result.isFailure(moved)) return Result.fail(moved.failure)
  const after: ManagedPlan = {
    ...before,
    plan: moved.success.plan,
    steps: [...before.steps, { ...stepOf, what: c.step._tag }]
  }
  let plans: Record<string, ManagedPlan> = { ...state.plans, [c.plan]: after }
  const log = [...state.log, ProgrammeEvent.change(e, c.step._tag, `plan:${c.plan}`, before, after)]
  const next = moved.success.next
  if (next !== undefined) {
    if (plans[next.id] !== undefined)
      return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "plan", id: next.id }))
    const konselor = context.policy.counsellingTypes.includes(next.type) ? (c.konselor ?? before.konselor) : null
    if (konselor !== null && konselor === next.employee) {
      return Result.fail(new SamePerson({ event: e.id, nip: konselor, roles: "konselor, pegawai" }))
    }
    if (context.policy.counsellingTypes.includes(next.type) && konselor === null) {
      return Result.fail(new MissingKonselor({ event: e.id, plan: next.id, type: next.type }))
    }
    const designated = designate(context, next, konselor, next.assignedOn, e.by.nip)
    if (Result.isFailure(designated)) return Result.fail(designated.failure)
    const created: ManagedPlan = { plan: designated.success, konselor, steps: [{ ...stepOf, what: "Assign" }] }
    plans = { ...plans, [next.id]: created }
    log.push(ProgrammeEvent.change(e, "Assign", `plan:${next.id}`, null, created))
  }
  return Result.succeed({ ...state, plans, log })
}

/**
 * Applies one typed event (see the module header for the rules): a pair starts on or after the mentee's
 * appointment and at most `windowMonths` after it (inclusive), a mentee has one active pair, sessions fall inside
 * the pair's dates, a mentor change is dated on or after the last session, the end assessment needs `minSessions`
 * sessions and is dated on or after the last one; plan events go through `Remediation.assign` / `Remediation.apply`
 * and fail with their errors; counselling plans (and counselling plans they escalate to, with the escalation's `konselor` or the current one) need a konselor.
 *
 * @category combinators
 * @since 0.2.0
 */
export const apply = (context: Context, state: State, e: Event): Result.Result<State, MentoringError> =>
  pairStep(context, state, e, e.command)

/**
 * Decodes and applies (untrusted) events from a state (default {@link empty}), stopping at the first problem.
 *
 * @category combinators
 * @since 0.2.0
 */
export const fold = (context: Context, events: unknown, from: State = empty): Result.Result<State, MentoringError> =>
  Result.flatMap(Input.decode(Schema.Array(Event), "MentoringEvents")(events), (list) => {
    const seen = new Set(from.log.map((c) => c.event))
    let state = from
    for (const e of list) {
      if (seen.has(e.id)) return Result.fail(new ProgrammeEvent.DuplicateId({ event: e.id, kind: "event", id: e.id }))
      seen.add(e.id)
      const next = apply(context, state, e)
      if (Result.isFailure(next)) return next
      state = next.success
    }
    return Result.succeed(state)
  })

// ---------------------------------------------------------------------------------------------------------------
// getters
// ---------------------------------------------------------------------------------------------------------------

/**
 * The mentee's JP from mentoring: one `Development` activity (form `form`, default `"mentoring"`) per session
 * with minutes, in the session's year.
 *
 * @category getters
 * @since 0.2.0
 */
export const activities = (state: State, form = "mentoring"): ReadonlyArray<Development.Activity> =>
  Object.keys(state.pairs)
    .sort()
    .flatMap((id) => {
      const pair = state.pairs[id] as Pair
      return pair.sessions.flatMap((s) =>
        s.minutes === null
          ? []
          : [{ employee: pair.mentee, form, year: Number(s.on.slice(0, 4)), minutes: s.minutes, title: s.topic }]
      )
    })

/**
 * What needs attention on a date: active pairs past their end date without an assessment, and open plans past
 * their deadline (`Remediation.isOverdue`).
 *
 * @category getters
 * @since 0.2.0
 */
export const overdue = (
  state: State,
  on: string
): { readonly pairs: ReadonlyArray<string>; readonly plans: ReadonlyArray<string> } => ({
  pairs: Object.values(state.pairs)
    .filter((p) => p.status === "active" && day(p.until) < day(on))
    .map((p) => p.id)
    .sort(),
  plans: Object.values(state.plans)
    .filter((p) => Remediation.isOverdue(p.plan, on))
    .map((p) => p.plan.id)
    .sort()
})
