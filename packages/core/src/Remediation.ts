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
 * Two procedures of PermenPAN-RB 6/2022 Lampiran Bab III have their own steps. **Bimbingan kinerja** ends with an
 * Evaluasi Kompetensi (Format B.1.9: per competency, 1 Sangat Kurang … 5 Istimewa from the indicators met and the
 * behaviour; {@link evaluasiKompetensi}), recorded with `RecordEvaluasiKompetensi`. **Konseling kinerja** starts only
 * after the HR unit (BKPSDM) designates a konselor (`DesignateKonselor`) and closes on the konselor's report
 * (`ReportKonseling`), which is filed as the `laporan-konseling` evidence. The procedure of a plan type is its
 * `procedure` field, or, when absent, read from the national type ids `bimbingan-kinerja` and `konseling-kinerja`.
 *
 * Every event must be dated on or after the last event of the plan. An event that the current state does not
 * allow fails with {@link InvalidTransition}, naming the state and the events it allows.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
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
  /** The Bab III procedure this plan follows, if any (see the module header for the fallback on type ids). */
  procedure: Schema.optionalKey(Schema.Literals(["bimbingan", "konseling"])),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type PlanType = typeof PlanType.Type

/**
 * The five levels of the Evaluasi Kompetensi after bimbingan kinerja (Format B.1.9).
 *
 * @category models
 * @since 0.2.0
 */
export const kompetensiLevels = [
  { score: 1, label: "Sangat Kurang", meaning: "jauh di bawah standar; 0 indikator terpenuhi" },
  { score: 2, label: "Kurang memadai", meaning: "di bawah standar; 1–2 indikator terpenuhi" },
  { score: 3, label: "Memadai", meaning: "sesuai standar; 3 indikator terpenuhi" },
  { score: 4, label: "Diatas Memadai", meaning: "3 indikator terpenuhi dan perilaku di atas level" },
  { score: 5, label: "Istimewa", meaning: "3 indikator terpenuhi dan perilaku jauh di atas level" }
] as const

/**
 * The observation for one competency: how many of its 3 indicators were met, and (when all 3) how the behaviour
 * compares with the level.
 *
 * @category models
 * @since 0.2.0
 */
export const KompetensiObservation = Schema.Struct({
  competency: Schema.NonEmptyString,
  indicatorsMet: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 3 }))),
  behaviour: Schema.optionalKey(Schema.Literals(["sesuai-level", "di-atas-level", "jauh-di-atas-level"]))
})

/**
 * @category models
 * @since 0.2.0
 */
export type KompetensiObservation = typeof KompetensiObservation.Type

/**
 * A scored competency.
 *
 * @category models
 * @since 0.2.0
 */
export const KompetensiScore = Schema.Struct({
  competency: Schema.String,
  indicatorsMet: Schema.Int,
  score: Schema.Int,
  label: Schema.String
})

/**
 * @category models
 * @since 0.2.0
 */
export type KompetensiScore = typeof KompetensiScore.Type

/**
 * The counselling report of the konselor.
 *
 * @category models
 * @since 0.2.0
 */
export const KonselingReport = Schema.Struct({
  /** The behaviour problem the pejabat penilai identified and reported (Format B.1.10). */
  problem: Schema.NonEmptyString,
  sessions: Schema.Array(Schema.Struct({ on: Calendar.IsoDate, summary: Schema.NonEmptyString })).pipe(
    Schema.check(Schema.isMinLength(1))
  ),
  result: Schema.Literals(["berubah", "belum-berubah"]),
  recommendation: Schema.NonEmptyString
})

/**
 * @category models
 * @since 0.2.0
 */
export type KonselingReport = typeof KonselingReport.Type

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
  Schema.Struct({
    _tag: Schema.Literal("DesignateKonselor"),
    on: Calendar.IsoDate,
    konselor: Schema.NonEmptyString,
    designatedBy: Schema.NonEmptyString,
    reference: Schema.optionalKey(Schema.String)
  }),
  Schema.Struct({
    _tag: Schema.Literal("ReportKonseling"),
    on: Calendar.IsoDate,
    report: KonselingReport,
    reference: Schema.NonEmptyString
  }),
  Schema.Struct({
    _tag: Schema.Literal("RecordEvaluasiKompetensi"),
    on: Calendar.IsoDate,
    observations: Schema.Array(KompetensiObservation).pipe(Schema.check(Schema.isMinLength(1))),
    reference: Schema.NonEmptyString
  }),
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
  /** Konseling: the konselor the HR unit designated. */
  konselor: Schema.optionalKey(
    Schema.Struct({
      nip: Schema.String,
      designatedBy: Schema.String,
      on: Calendar.IsoDate,
      reference: Schema.optionalKey(Schema.String)
    })
  ),
  /** Konseling: the konselor's report. */
  konseling: Schema.optionalKey(Schema.Struct({ on: Calendar.IsoDate, report: KonselingReport })),
  /** Bimbingan: the Evaluasi Kompetensi that follows it. */
  kompetensi: Schema.optionalKey(Schema.Struct({ on: Calendar.IsoDate, scores: Schema.Array(KompetensiScore) })),
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
export class InvalidTransition extends Data.TaggedError("InvalidTransition")<{
  readonly plan: string
  readonly from: typeof Status.Type
  readonly event: string
  readonly allowed: ReadonlyArray<string>
  readonly reason: string
}> {}

/**
 * The plan cannot close: required evidence is missing.
 *
 * @category errors
 * @since 0.1.0
 */
export class MissingEvidence extends Data.TaggedError("MissingEvidence")<{
  readonly plan: string
  readonly missing: ReadonlyArray<string>
}> {}

/**
 * An event dated before the plan's last event.
 *
 * @category errors
 * @since 0.1.0
 */
export class DateOutOfOrder extends Data.TaggedError("DateOutOfOrder")<{
  readonly plan: string
  readonly on: string
  readonly last: string
}> {}

/**
 * A plan type the policy does not define (at assignment or as an escalation target).
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownPlanType extends Data.TaggedError("UnknownPlanType")<{
  readonly type: string
  readonly known: ReadonlyArray<string>
}> {}

/**
 * Escalation of a plan type that escalates to nothing (the end of a path).
 *
 * @category errors
 * @since 0.1.0
 */
export class NoEscalation extends Data.TaggedError("NoEscalation")<{
  readonly plan: string
  readonly type: string
}> {}

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

/**
 * The Bab III procedure of a plan type: its `procedure` field, else `bimbingan` for `bimbingan-kinerja` and
 * `konseling` for `konseling-kinerja`, else none.
 *
 * @category getters
 * @since 0.2.0
 */
export const procedureOf = (t: PlanType): "bimbingan" | "konseling" | undefined =>
  t.procedure ??
  (t.type === "bimbingan-kinerja" ? "bimbingan" : t.type === "konseling-kinerja" ? "konseling" : undefined)

/**
 * Scores the Evaluasi Kompetensi after bimbingan kinerja (PermenPAN-RB 6/2022 Lampiran Format B.1.9), per
 * competency: 0 indicators met → 1 Sangat Kurang; 1–2 → 2 Kurang memadai; all 3 → 3 Memadai, 4 Diatas Memadai or
 * 5 Istimewa by the behaviour (`sesuai-level`, `di-atas-level`, `jauh-di-atas-level`). With all 3 indicators met the
 * behaviour must be given (never assumed); with fewer it must not be (it cannot lift a score below the standard).
 *
 * @example
 * ```ts
 * import { Remediation } from "@pembinaan/core"
 * Remediation.evaluasiKompetensi([
 *   { competency: "integritas", indicatorsMet: 2 },
 *   { competency: "kerja-sama", indicatorsMet: 3, behaviour: "di-atas-level" }
 * ]) // => scores 2 "Kurang memadai" and 4 "Diatas Memadai"
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const evaluasiKompetensi = (input: unknown): Result.Result<ReadonlyArray<KompetensiScore>, Input.InvalidInput> =>
  Result.flatMap(
    Input.decode(Schema.Array(KompetensiObservation), "EvaluasiKompetensi")(input),
    (observations): Result.Result<ReadonlyArray<KompetensiScore>, Input.InvalidInput> => {
      const found: Array<Input.Problem> = []
      const seen = new Set<string>()
      const scores = observations.map((o, i) => {
        if (seen.has(o.competency)) {
          found.push({ path: [i, "competency"], code: "duplicate", message: `${o.competency} is scored twice` })
        }
        seen.add(o.competency)
        if (o.indicatorsMet === 3 && o.behaviour === undefined) {
          found.push({
            path: [i, "behaviour"],
            code: "missing",
            message: "with 3 indicators met, say how the behaviour compares"
          })
        }
        if (o.indicatorsMet < 3 && o.behaviour !== undefined) {
          found.push({
            path: [i, "behaviour"],
            code: "not-applicable",
            message: `the behaviour counts only with 3 indicators met, not ${o.indicatorsMet}`
          })
        }
        const score =
          o.indicatorsMet === 0
            ? 1
            : o.indicatorsMet < 3
              ? 2
              : o.behaviour === "jauh-di-atas-level"
                ? 5
                : o.behaviour === "di-atas-level"
                  ? 4
                  : 3
        return {
          competency: o.competency,
          indicatorsMet: o.indicatorsMet,
          score,
          label: kompetensiLevels[score - 1]?.label ?? ""
        }
      })
      return found.length > 0
        ? Result.fail(new Input.InvalidInput({ subject: "EvaluasiKompetensi", problems: found }))
        : Result.succeed(scores)
    }
  )

const allowedIn = (plan: Plan): ReadonlyArray<Event["_tag"]> => {
  switch (plan.status) {
    case "assigned":
      return ["Start", "DesignateKonselor"]
    case "in-progress":
      return [
        "AddEvidence",
        "ReEvaluate",
        "Escalate",
        "DesignateKonselor",
        "ReportKonseling",
        "RecordEvaluasiKompetensi"
      ]
    case "re-evaluated":
      return plan.reEvaluation?.result === "improved"
        ? ["AddEvidence", "Close", "ReportKonseling", "RecordEvaluasiKompetensi"]
        : ["AddEvidence", "Escalate", "ReportKonseling", "RecordEvaluasiKompetensi"]
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
  const procedure = Result.map(typeOf(policy, plan.type), procedureOf)
  if (Result.isFailure(procedure)) return Result.fail(procedure.failure)
  const needs = (p: "bimbingan" | "konseling") =>
    procedure.success === p ? undefined : refuse(`"${event._tag}" belongs to the ${p} procedure, not to ${plan.type}`)
  switch (event._tag) {
    case "Start":
      if (procedure.success === "konseling" && plan.konselor === undefined) {
        return refuse("a konseling plan starts once the HR unit (BKPSDM) has designated a konselor")
      }
      return Result.succeed({ plan: move("in-progress"), next: undefined })
    case "DesignateKonselor": {
      const wrong = needs("konseling")
      if (wrong) return wrong
      const konselor = {
        nip: event.konselor,
        designatedBy: event.designatedBy,
        on: event.on,
        ...(event.reference === undefined ? {} : { reference: event.reference })
      }
      return Result.succeed({ plan: move(plan.status, { konselor }), next: undefined })
    }
    case "ReportKonseling": {
      const wrong = needs("konseling")
      if (wrong) return wrong
      if (plan.konselor === undefined) return refuse("no konselor has been designated")
      return Result.succeed({
        plan: move(plan.status, {
          konseling: { on: event.on, report: event.report },
          evidence: [...plan.evidence, { on: event.on, kind: "laporan-konseling", reference: event.reference }]
        }),
        next: undefined
      })
    }
    case "RecordEvaluasiKompetensi": {
      const wrong = needs("bimbingan")
      if (wrong) return wrong
      const scored = evaluasiKompetensi(event.observations)
      if (Result.isFailure(scored)) return Result.fail(scored.failure)
      return Result.succeed({
        plan: move(plan.status, {
          kompetensi: { on: event.on, scores: scored.success },
          evidence: [...plan.evidence, { on: event.on, kind: "evaluasi-kompetensi", reference: event.reference }]
        }),
        next: undefined
      })
    }
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
