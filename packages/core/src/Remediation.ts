/**
 * Remediation plans (rencana pembinaan): a pure state machine from assignment to closing or escalation.
 *
 * ```
 * assigned ──Start──▶ in-progress ──ReEvaluate──▶ re-evaluated ──Close (improved + evidence)──▶ closed
 *                          │                             └──Escalate (not improved)──▶ escalated ──▶ next plan
 *                          └──Escalate (after the deadline)──▶ escalated
 * ```
 *
 * Every plan type is policy data ({@link PlanType}): how long the plan runs (its **deadline**, counted from the date
 * of assignment in calendar months, then days; a day past the end of a shorter month is clamped to its last day, so
 * 31 January + 1 month is 28 February), when the **follow-up evaluation** is due (days after the deadline), the
 * **evidence** that must be attached before it can close, and the plan type it **escalates to** (for example the
 * below-target path: 6 months to improve → uji kompetensi → placement for at most 1 year → discharge).
 *
 * Every event must be dated on or after the last event of the plan. An event that the current state does not
 * allow fails with {@link InvalidTransition}, naming the state and the events it allows.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * A kind of plan as policy data.
 *
 * @category models
 * @since 0.1.0
 */
export const PlanType = Schema.Struct({
  type: Schema.NonEmptyString,
  label: Schema.NonEmptyString,
  duration: Schema.Struct({
    months: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
    days: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
  }),
  followUpDays: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  evidence: Schema.Array(Schema.NonEmptyString),
  escalatesTo: Schema.optionalKey(Schema.NonEmptyString),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type PlanType = typeof PlanType.Type

/**
 * The plan types of a region.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  name: Schema.NonEmptyString,
  plans: Schema.Array(PlanType),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * The states of a plan. `closed` and `escalated` are final.
 *
 * @category models
 * @since 0.1.0
 */
export const Status = Schema.Literals(["assigned", "in-progress", "re-evaluated", "closed", "escalated"])

/**
 * @category models
 * @since 0.1.0
 */
export type Status = typeof Status.Type

/**
 * An event that moves a plan.
 *
 * @category models
 * @since 0.1.0
 */
export const Event = Schema.Union([
  Schema.Struct({ _tag: Schema.Literal("Start"), on: Calendar.IsoDate }),
  Schema.Struct({
    _tag: Schema.Literal("AddEvidence"),
    on: Calendar.IsoDate,
    kind: Schema.NonEmptyString,
    reference: Schema.NonEmptyString
  }),
  Schema.Struct({
    _tag: Schema.Literal("ReEvaluate"),
    on: Calendar.IsoDate,
    result: Schema.Literals(["improved", "not-improved"]),
    predikat: Schema.optionalKey(Quadrant.Predikat),
    note: Schema.optionalKey(Schema.String)
  }),
  Schema.Struct({ _tag: Schema.Literal("Close"), on: Calendar.IsoDate }),
  Schema.Struct({ _tag: Schema.Literal("Escalate"), on: Calendar.IsoDate, nextId: Schema.NonEmptyString })
])

/**
 * @category models
 * @since 0.1.0
 */
export type Event = typeof Event.Type

/**
 * A plan: who, which type, where it stands, its dates, its re-evaluation, its evidence and its log.
 *
 * @category models
 * @since 0.1.0
 */
export const Plan = Schema.Struct({
  id: Schema.NonEmptyString,
  employee: Schema.NonEmptyString,
  type: Schema.NonEmptyString,
  status: Status,
  assignedOn: Calendar.IsoDate,
  deadline: Calendar.IsoDate,
  followUpOn: Calendar.IsoDate,
  basedOn: Schema.optionalKey(Schema.String),
  reEvaluation: Schema.optionalKey(
    Schema.Struct({
      on: Calendar.IsoDate,
      result: Schema.Literals(["improved", "not-improved"]),
      predikat: Schema.optionalKey(Quadrant.Predikat),
      note: Schema.optionalKey(Schema.String)
    })
  ),
  evidence: Schema.Array(Schema.Struct({ on: Calendar.IsoDate, kind: Schema.String, reference: Schema.String })),
  closedOn: Schema.optionalKey(Calendar.IsoDate),
  escalatedOn: Schema.optionalKey(Calendar.IsoDate),
  escalatedTo: Schema.optionalKey(Schema.String),
  log: Schema.Array(
    Schema.Struct({ on: Calendar.IsoDate, event: Schema.String, from: Schema.optionalKey(Status), to: Status })
  ),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Plan = typeof Plan.Type

/**
 * The result of an event: the updated plan and, after an escalation, the next plan (assigned on the same day).
 *
 * @category models
 * @since 0.1.0
 */
export interface Transition {
  readonly plan: Plan
  readonly next: Plan | undefined
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * The event is not allowed in the plan's state (or by its re-evaluation result).
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidTransition extends Schema.TaggedError<InvalidTransition>()("InvalidTransition", {
  plan: Schema.String,
  from: Status,
  event: Schema.String,
  allowed: Schema.Array(Schema.String),
  reason: Schema.String
}) {}

/**
 * The plan cannot close: required evidence is missing.
 *
 * @category errors
 * @since 0.1.0
 */
export class MissingEvidence extends Schema.TaggedError<MissingEvidence>()("MissingEvidence", {
  plan: Schema.String,
  missing: Schema.Array(Schema.String)
}) {}

/**
 * An event dated before the plan's last event.
 *
 * @category errors
 * @since 0.1.0
 */
export class DateOutOfOrder extends Schema.TaggedError<DateOutOfOrder>()("DateOutOfOrder", {
  plan: Schema.String,
  on: Schema.String,
  last: Schema.String
}) {}

/**
 * A plan type the policy does not define (at assignment or as an escalation target).
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownPlanType extends Schema.TaggedError<UnknownPlanType>()("UnknownPlanType", {
  type: Schema.String,
  known: Schema.Array(Schema.String)
}) {}

/**
 * Escalation of a plan type that escalates to nothing (the end of a path).
 *
 * @category errors
 * @since 0.1.0
 */
export class NoEscalation extends Schema.TaggedError<NoEscalation>()("NoEscalation", {
  plan: Schema.String,
  type: Schema.String
}) {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type RemediationError =
  | InvalidTransition
  | MissingEvidence
  | DateOutOfOrder
  | UnknownPlanType
  | NoEscalation
  | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Checks a decoded policy: plan types given twice, escalation to an undefined type, and escalation cycles; every
 * problem with its path.
 *
 * @example
 * ```ts
 * import { Presets, Remediation } from "@pembinaan/core"
 * Remediation.problems(Presets.rules.nationalPlans) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const problems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const types = new Map<string, PlanType>()
  policy.plans.forEach((p, i) => {
    if (types.has(p.type)) {
      out.push({ path: ["plans", i, "type"], code: "duplicate", message: `plan type "${p.type}" is defined twice` })
    }
    types.set(p.type, p)
  })
  policy.plans.forEach((p, i) => {
    if (p.escalatesTo !== undefined && !types.has(p.escalatesTo)) {
      out.push({
        path: ["plans", i, "escalatesTo"],
        code: "unknown-plan",
        message: `no plan type "${p.escalatesTo}"`
      })
    }
    const seen = new Set([p.type])
    let next = p.escalatesTo
    while (next !== undefined) {
      if (seen.has(next)) {
        out.push({ path: ["plans", i, "escalatesTo"], code: "cycle", message: `escalation from "${p.type}" loops` })
        break
      }
      seen.add(next)
      next = types.get(next)?.escalatesTo
    }
  })
  return out
}

/**
 * Decodes and validates a plan policy.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "RemediationPolicy")(input), (policy) => {
    const found = problems(policy)
    return found.length === 0
      ? Result.succeed(policy)
      : Result.fail(new Input.InvalidInput({ subject: "RemediationPolicy", problems: found }))
  })

/**
 * Decodes a stored plan.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePlan = Input.decode(Plan, "Plan")

/**
 * Decodes an event (for example from a form).
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeEvent = Input.decode(Event, "RemediationEvent")

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const typeOf = (policy: Policy, type: string): Result.Result<PlanType, UnknownPlanType> => {
  const found = policy.plans.find((p) => p.type === type)
  return found
    ? Result.succeed(found)
    : Result.fail(new UnknownPlanType({ type, known: policy.plans.map((p) => p.type) }))
}

/**
 * What to assign.
 *
 * @category models
 * @since 0.1.0
 */
export const Assignment = Schema.Struct({
  id: Schema.NonEmptyString,
  employee: Schema.NonEmptyString,
  type: Schema.NonEmptyString,
  on: Calendar.IsoDate,
  basedOn: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Assignment = typeof Assignment.Type

/**
 * Assigns a plan (untrusted input is decoded): the deadline is `on` plus the type's duration and the follow-up
 * evaluation is due `followUpDays` after the deadline.
 *
 * @example
 * ```ts
 * import { Presets, Remediation } from "@pembinaan/core"
 * const r = Remediation.assign(Presets.rules.nationalPlans, {
 *   id: "p-1", employee: "199001012020011001", type: "kesempatan-perbaikan", on: "2026-01-31"
 * })
 * // r.success.deadline => "2026-07-31"; r.success.status => "assigned"
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const assign = (policy: Policy, input: unknown): Result.Result<Plan, RemediationError> =>
  Result.flatMap(Input.decode(Assignment, "Assignment")(input), (a) =>
    Result.map(typeOf(policy, a.type), (t) => create(t, a))
  )

const create = (t: PlanType, a: Assignment): Plan => {
  const deadline = Calendar.addPeriod(a.on, t.duration)
  const plan: Plan = {
    id: a.id,
    employee: a.employee,
    type: t.type,
    status: "assigned",
    assignedOn: a.on,
    deadline,
    followUpOn: Calendar.addPeriod(deadline, { months: 0, days: t.followUpDays }),
    evidence: [],
    log: [{ on: a.on, event: "Assign", to: "assigned" }],
    legalBasis: t.legalBasis
  }
  return a.basedOn === undefined ? plan : { ...plan, basedOn: a.basedOn }
}

const allowedIn = (plan: Plan): ReadonlyArray<Event["_tag"]> => {
  switch (plan.status) {
    case "assigned":
      return ["Start"]
    case "in-progress":
      return ["AddEvidence", "ReEvaluate", "Escalate"]
    case "re-evaluated":
      return plan.reEvaluation?.result === "improved" ? ["AddEvidence", "Close"] : ["AddEvidence", "Escalate"]
    case "closed":
    case "escalated":
      return []
  }
}

/**
 * Applies one event to a plan. Allowed events per state:
 *
 * - `assigned`: `Start`;
 * - `in-progress`: `AddEvidence`, `ReEvaluate`, and `Escalate` only **after the deadline** (no improvement in time);
 * - `re-evaluated` as improved: `AddEvidence`, `Close` (once every required evidence kind is attached);
 * - `re-evaluated` as not improved: `AddEvidence`, `Escalate` (creates the next plan of the type's `escalatesTo`);
 * - `closed`, `escalated`: nothing.
 *
 * The event (untrusted) is decoded; its date must not precede the plan's last logged date.
 *
 * @example
 * ```ts
 * import { Presets, Remediation } from "@pembinaan/core"
 * Remediation.apply(Presets.rules.nationalPlans, assignedPlan, { _tag: "Close", on: "2026-02-01" })
 * // => Result.fail(InvalidTransition { from: "assigned", event: "Close", allowed: ["Start"] })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const apply = (policy: Policy, plan: Plan, input: unknown): Result.Result<Transition, RemediationError> => {
  const decoded = decodeEvent(input)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const event = decoded.success
  const last = plan.log[plan.log.length - 1]?.on ?? plan.assignedOn
  if (event.on < last) return Result.fail(new DateOutOfOrder({ plan: plan.id, on: event.on, last }))
  const allowed = allowedIn(plan)
  const refuse = (reason: string) =>
    Result.fail(new InvalidTransition({ plan: plan.id, from: plan.status, event: event._tag, allowed, reason }))
  if (!allowed.includes(event._tag)) {
    return refuse(
      plan.status === "closed" || plan.status === "escalated"
        ? `the plan is ${plan.status}`
        : `"${event._tag}" is not allowed while ${plan.status}`
    )
  }
  const move = (to: Status, extra: Partial<Plan> = {}): Plan => ({
    ...plan,
    ...extra,
    status: to,
    log: [...plan.log, { on: event.on, event: event._tag, from: plan.status, to }]
  })
  switch (event._tag) {
    case "Start":
      return Result.succeed({ plan: move("in-progress"), next: undefined })
    case "AddEvidence":
      return Result.succeed({
        plan: move(plan.status, {
          evidence: [...plan.evidence, { on: event.on, kind: event.kind, reference: event.reference }]
        }),
        next: undefined
      })
    case "ReEvaluate": {
      const { _tag, ...reEvaluation } = event
      return Result.succeed({ plan: move("re-evaluated", { reEvaluation }), next: undefined })
    }
    case "Close":
      return Result.flatMap(typeOf(policy, plan.type), (t): Result.Result<Transition, RemediationError> => {
        const have = new Set(plan.evidence.map((e) => e.kind))
        const missing = t.evidence.filter((k) => !have.has(k))
        return missing.length > 0
          ? Result.fail(new MissingEvidence({ plan: plan.id, missing }))
          : Result.succeed({ plan: move("closed", { closedOn: event.on }), next: undefined })
      })
    case "Escalate": {
      if (plan.status === "in-progress" && !(event.on > plan.deadline)) {
        return refuse(`escalation before re-evaluation is allowed only after the deadline ${plan.deadline}`)
      }
      return Result.flatMap(typeOf(policy, plan.type), (t): Result.Result<Transition, RemediationError> => {
        if (t.escalatesTo === undefined) return Result.fail(new NoEscalation({ plan: plan.id, type: plan.type }))
        return Result.map(typeOf(policy, t.escalatesTo), (nextType) => ({
          plan: move("escalated", { escalatedOn: event.on, escalatedTo: event.nextId }),
          next: create(nextType, {
            id: event.nextId,
            employee: plan.employee,
            type: nextType.type,
            on: event.on,
            basedOn: `escalation of ${plan.id}`
          })
        }))
      })
    }
  }
}

/**
 * Whether a plan that is still open has passed its deadline on a date.
 *
 * @example
 * ```ts
 * import { Remediation } from "@pembinaan/core"
 * Remediation.isOverdue({ ...plan, status: "in-progress", deadline: "2026-07-31" }, "2026-08-01") // => true
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const isOverdue = (plan: Plan, on: string): boolean =>
  (plan.status === "assigned" || plan.status === "in-progress") && on > plan.deadline
