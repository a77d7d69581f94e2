/**
 * Everything that follows from a result, in one call: rewards and awards, remediation plans, TPP effects, Satyalancana
 * eligibility and development recommendations, each with its trace.
 *
 * Steps of {@link follow}:
 * 1. the region's rule set (`Rule.evaluate`) runs over the employee's facts (the year's or a period's predikat history,
 *    with whatever else the caller knows: JPM, JP, discipline, 9-box, unit IKM, flags, measures); its outcomes are
 *    split by kind: `reward`, `development`, `remediation`, `sanction` and `restriction`;
 * 2. every remediation outcome whose id is a plan type of the remediation policy becomes an **assigned plan**
 *    (`Remediation.assign`, dated `asOf`, id `<employee>-<type>-<asOf>`); an outcome without a plan type stays an
 *    outcome (for example "penyesuaian ekspektasi");
 * 3. the TPP effect: the kinerja percent the allowance policy pays for the current predikat (for a policy paid by
 *    predikat), and, when a month is given, the whole payment (`Allowance.compute`);
 * 4. Satyalancana Karya Satya eligibility (`Award.satyalancana`) when a service record is given;
 * 5. development recommendations (`Development.recommend`) when a JPM match is given.
 * A step whose policy or input is absent is reported as `skipped` with the reason, never silently empty.
 *
 * @since 0.2.0
 */
import { Result } from "effect"
import * as Allowance from "./Allowance.js"
import * as Award from "./Award.js"
import type * as Competency from "./Competency.js"
import type * as Cycle from "./Cycle.js"
import * as Development from "./Development.js"
import type * as Input from "./Input.js"
import type * as Jpm from "./Jpm.js"
import type * as Quadrant from "./Quadrant.js"
import * as Remediation from "./Remediation.js"
import * as Rule from "./Rule.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The policies consequences are read from; only `rules` and `plans` are required.
 *
 * @category models
 * @since 0.2.0
 */
export interface Policies {
  readonly rules: Rule.RuleSet
  readonly plans: Remediation.Policy
  readonly allowance?: Allowance.Policy
  readonly satyalancana?: Award.SatyalancanaPolicy
  readonly development?: Development.Policy
}

/**
 * What is known about the employee.
 *
 * @category models
 * @since 0.2.0
 */
export interface Subject {
  readonly employee: string
  /** The facts for the rule set (`asOf`, the predikat history oldest first, and any optional parts); decoded. */
  readonly facts: Rule.Facts
  /** A month to compute the TPP for (`Allowance.MonthInput` without `predikat`, which comes from the facts). */
  readonly month?: Omit<Allowance.MonthInput, "predikat">
  /** The service record for the Satyalancana Karya Satya. */
  readonly service?: unknown
  /** The competency match and profile for development recommendations. */
  readonly development?: {
    readonly catalogue: Competency.Catalogue
    readonly match: Jpm.Match
    readonly profile: Development.Profile
  }
}

/**
 * A step that did not run, and why.
 *
 * @category models
 * @since 0.2.0
 */
export interface Skipped {
  readonly status: "skipped"
  readonly reason: { readonly id: string; readonly en: string }
}

/**
 * A step that failed on its input, with the error.
 *
 * @category models
 * @since 0.2.0
 */
export interface Failed {
  readonly status: "failed"
  readonly error: unknown
}

/**
 * Everything that follows.
 *
 * @category models
 * @since 0.2.0
 */
export interface Consequences {
  readonly employee: string
  readonly asOf: string
  readonly predikat: Quadrant.Predikat | undefined
  readonly rewards: ReadonlyArray<Rule.Given>
  readonly development: ReadonlyArray<Rule.Given>
  readonly remediation: {
    readonly outcomes: ReadonlyArray<Rule.Given>
    /** Plans assigned for the outcomes that are plan types. */
    readonly plans: ReadonlyArray<Remediation.Plan>
  }
  readonly sanctions: ReadonlyArray<Rule.Given>
  readonly restrictions: ReadonlyArray<Rule.Given>
  readonly tpp:
    | {
        readonly status: "computed"
        /** The kinerja percent the policy pays for the predikat (policies paid by predikat). */
        readonly kinerjaPercent: number | undefined
        readonly payment: Allowance.Payment | undefined
      }
    | Skipped
    | Failed
  readonly satyalancana: { readonly status: "computed"; readonly result: Award.SatyalancanaResult } | Skipped | Failed
  readonly recommendations:
    | { readonly status: "computed"; readonly result: Development.Recommendations }
    | Skipped
    | Failed
  readonly trace: {
    readonly rule: "consequences"
    readonly evaluation: Rule.Evaluation
    /** Facts the rules needed but were not given (their conditions were unknown). */
    readonly missing: ReadonlyArray<string>
  }
}

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

/**
 * The rule facts of a year: the cycle's year result appended to the earlier years' predikat (oldest first). A year
 * without a predikat (pending, or an aggregation that failed) adds nothing, so a rule over "this year" stays unknown
 * instead of reading an old year.
 *
 * @example
 * ```ts
 * import { Consequence, Cycle } from "@pembinaan/core"
 * // Consequence.factsOfYear(Cycle.yearResult(policy, state, "2027-02-01"), [{ period: "2025", predikat: "Baik" }])
 * // => { asOf: "2027-02-01", history: [{ period: "2025", … }, { period: "2026", predikat: "Baik" }] }
 * ```
 *
 * @category constructors
 * @since 0.2.0
 */
export const factsOfYear = (
  year: Cycle.YearResult,
  earlier: ReadonlyArray<Rule.PeriodFact> = [],
  asOf?: string
): Rule.Facts => ({
  asOf: asOf ?? `${year.year + 1}-01-31`,
  history: year.predikat === null ? [...earlier] : [...earlier, { period: String(year.year), predikat: year.predikat }]
})

const skipped = (id: string, en: string): Skipped => ({ status: "skipped", reason: { id, en } })

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * Everything that follows for one employee from their results (see the module header for the steps). Fails only
 * when the facts do not fit the rule set (`Rule.evaluate`'s error); every other step reports its own failure in its
 * field, so one missing record never hides the rest.
 *
 * @example
 * ```ts
 * import { Consequence, Presets } from "@pembinaan/core"
 * const c = Consequence.follow(
 *   { rules: Presets.rules.national, plans: Presets.rules.nationalPlans },
 *   { employee: "199001012020011001", facts: { asOf: "2027-01-31", history: [{ period: "2026", predikat: "Butuh Perbaikan" }] } }
 * )
 * // c.success.remediation.plans[0].type => "bimbingan-kinerja"
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const follow = (policies: Policies, subject: Subject): Result.Result<Consequences, Input.InvalidInput> =>
  Result.map(Rule.evaluate(policies.rules, subject.facts), (evaluation) => {
    const asOf = subject.facts.asOf
    const of = (kind: Rule.OutcomeKind) => evaluation.outcomes.filter((o) => o.kind === kind)
    const remediation = of("remediation")
    const plans: Array<Remediation.Plan> = []
    for (const o of remediation) {
      if (!policies.plans.plans.some((p) => p.type === o.id)) continue
      const r = Remediation.assign(policies.plans, {
        id: `${subject.employee}-${o.id}-${asOf}`,
        employee: subject.employee,
        type: o.id,
        on: asOf,
        basedOn: `rules: ${o.rules.join(", ")}`
      })
      if (Result.isSuccess(r)) plans.push(r.success)
    }
    const predikat = subject.facts.history[subject.facts.history.length - 1]?.predikat

    let tpp: Consequences["tpp"]
    const allowance = policies.allowance
    if (allowance === undefined) tpp = skipped("Tidak ada kebijakan TPP.", "No TPP policy was given.")
    else {
      const kinerjaPercent =
        allowance.kinerja.by === "predikat" && predikat !== undefined ? allowance.kinerja.percent[predikat] : undefined
      if (subject.month === undefined) tpp = { status: "computed", kinerjaPercent, payment: undefined }
      else {
        const paid = Allowance.compute(
          allowance,
          predikat === undefined ? subject.month : { ...subject.month, predikat }
        )
        tpp = Result.isSuccess(paid)
          ? { status: "computed", kinerjaPercent, payment: paid.success }
          : { status: "failed", error: paid.failure }
      }
    }

    let satyalancana: Consequences["satyalancana"]
    if (policies.satyalancana === undefined || subject.service === undefined) {
      satyalancana = skipped(
        "Kebijakan atau riwayat masa kerja untuk Satyalancana tidak diberikan.",
        "No Satyalancana policy or service record was given."
      )
    } else {
      const r = Award.satyalancana(policies.satyalancana, subject.service)
      satyalancana = Result.isSuccess(r)
        ? { status: "computed", result: r.success }
        : { status: "failed", error: r.failure }
    }

    let recommendations: Consequences["recommendations"]
    if (policies.development === undefined || subject.development === undefined) {
      recommendations = skipped(
        "Kebijakan pengembangan atau hasil pemetaan kompetensi (JPM) tidak diberikan.",
        "No development policy or competency match (JPM) was given."
      )
    } else {
      const r = Development.recommend(policies.development, subject.development)
      recommendations = Result.isSuccess(r)
        ? { status: "computed", result: r.success }
        : { status: "failed", error: r.failure }
    }

    return {
      employee: subject.employee,
      asOf,
      predikat,
      rewards: of("reward"),
      development: of("development"),
      remediation: { outcomes: remediation, plans },
      sanctions: of("sanction"),
      restrictions: of("restriction"),
      tpp,
      satyalancana,
      recommendations,
      trace: { rule: "consequences", evaluation, missing: evaluation.missing }
    }
  })
