/**
 * Job Person Match (JPM) and competency gap analysis.
 *
 * An assessment gives each competency of a {@link Competency.Standard} an individual level, or the explicit status
 * `"not-assessed"`. A **missing** score is an error with its path, never filled in (a peer app fills it with 3).
 * For each assessed competency: `gap = individu − standar` (negative means a development need) and
 * `JPM_i = individu / standar × 100`. In total: `JPM = Σ individu / Σ standar × 100` over the competencies counted.
 *
 * Policy ({@link Policy}) decides:
 * - `cap`: `"none"` (138.89% stays 138.89%), `"total"` (the total is capped at 100) or `"per-competency"` (each
 *   competency contributes at most its standard, so a surplus on one cannot hide a deficit on another);
 * - `notAssessed`: `"incomplete"` (no total while any competency is not assessed) or `"exclude"` (the total is
 *   computed over the assessed competencies only and marked `partial`, listing what was excluded);
 * - `bands`: the category table (Optimal ≥ 90, Cukup Optimal 78 ≤ x < 90, Kurang Optimal < 78 by default).
 *
 * All arithmetic is exact; the total is rounded once, by the band table's rounding, when it is classified.
 * A sum of standards of zero is guarded (`NothingToMatch`), never a division by zero.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Competency from "./Competency.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * A JPM policy: cap rule, treatment of not-assessed competencies, category bands and legal basis.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  cap: Schema.Literals(["none", "total", "per-competency"]),
  notAssessed: Schema.Literals(["incomplete", "exclude"]),
  bands: Band.Table,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * The explicit status of a competency that was not assessed.
 *
 * @category models
 * @since 0.1.0
 */
export const NotAssessed = Schema.Literal("not-assessed")

/**
 * One score: an individual level from 1 to 5 (decimals allowed, as some assessment reports give 2.5) or
 * `"not-assessed"`.
 *
 * @category models
 * @since 0.1.0
 */
export const Score = Schema.Union([
  Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 5 }))),
  NotAssessed
])

/**
 * @category models
 * @since 0.1.0
 */
export type Score = typeof Score.Type

/**
 * An assessment against a standard: `scores[competencyId]` for every required competency.
 *
 * @category models
 * @since 0.1.0
 */
export const Assessment = Schema.Struct({
  standard: Competency.Standard,
  scores: Schema.Record(Schema.String, Score)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Assessment = typeof Assessment.Type

/**
 * The result for one competency. Numbers are exact decimals as text (`gap`, `ratio`) plus display values.
 *
 * @category models
 * @since 0.1.0
 */
export interface Row {
  readonly competency: string
  readonly required: number
  readonly status: "assessed" | "not-assessed"
  readonly individual: number | null
  /** `individu − standar`, exact text; `null` when not assessed. */
  readonly gap: string | null
  /** The sign of the gap: `below` (a development need), `meets` or `above`. */
  readonly direction: "below" | "meets" | "above" | null
  /** `individu / standar × 100`, rounded for display with the band table's rounding (capped per policy). */
  readonly jpm: Exact.Rounded | null
  readonly capped: boolean
}

/**
 * The total JPM: either computed (`complete`, or `partial` when the policy excluded not-assessed competencies) or
 * `incomplete` with the competencies that block it.
 *
 * @category models
 * @since 0.1.0
 */
export type Total =
  | {
      readonly status: "complete" | "partial"
      readonly sumIndividual: string
      readonly sumRequired: string
      /** The exact JPM after the cap, before rounding. */
      readonly exact: string
      readonly capped: boolean
      readonly excluded: ReadonlyArray<string>
      readonly category: Band.Classification
    }
  | { readonly status: "incomplete"; readonly notAssessed: ReadonlyArray<string> }

/**
 * A match of one person against one standard, with its trace.
 *
 * @category models
 * @since 0.1.0
 */
export interface Match {
  readonly position: string
  readonly rows: ReadonlyArray<Row>
  readonly total: Total
  readonly trace: {
    readonly rule: "jpm"
    readonly formula: "JPM = Σ individu / Σ standar × 100; gap = individu − standar"
    readonly cap: Policy["cap"]
    readonly notAssessed: Policy["notAssessed"]
    readonly rounding: Exact.Rounding
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * The standard requires nothing (the sum of required levels is zero), so no JPM can be computed.
 *
 * @category errors
 * @since 0.1.0
 */
export class NothingToMatch extends Data.TaggedError("NothingToMatch")<{
  readonly position: string
}> {}

/**
 * Errors of this module. `InvalidInput` lists every missing score (`["scores", id]`), every score for a
 * competency the standard does not require, and every shape problem; `ScoreOutOfRange` comes from the band table
 * when an uncapped JPM exceeds its range.
 *
 * @category errors
 * @since 0.1.0
 */
export type JpmError = NothingToMatch | Input.InvalidInput | Band.ScoreOutOfRange

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every semantic problem of an assessment, with paths: a required competency with no score at all (a missing score
 * is never filled in: mark it `"not-assessed"` explicitly), a score for a competency the standard does not require,
 * a competency required twice.
 *
 * @example
 * ```ts
 * import { Jpm } from "@pembinaan/core"
 * Jpm.assessmentProblems({ standard, scores: {} })
 * // => [{ path: ["scores", "integritas"], code: "missing", ... }, ...]
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const assessmentProblems = (assessment: Assessment): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const required = new Set<string>()
  assessment.standard.requirements.forEach((r, i) => {
    if (required.has(r.competency)) {
      out.push({
        path: ["standard", "requirements", i, "competency"],
        code: "duplicate",
        message: `competency "${r.competency}" is required more than once`
      })
    }
    required.add(r.competency)
    if (!Object.hasOwn(assessment.scores, r.competency)) {
      out.push({
        path: ["scores", r.competency],
        code: "missing",
        message: `no score for "${r.competency}": give a level or mark it "not-assessed"; a missing score is never filled in`
      })
    }
  })
  for (const key of Object.keys(assessment.scores)) {
    if (!required.has(key)) {
      out.push({
        path: ["scores", key],
        code: "unexpected",
        message: `"${key}" is not required by the standard for "${assessment.standard.position}"`
      })
    }
  }
  return out
}

/**
 * Validates a policy: its band table's problems under `["bands"]`.
 *
 * @example
 * ```ts
 * import { Jpm, Presets } from "@pembinaan/core"
 * Jpm.policyProblems(Presets.competency.jpmBrin) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const policyProblems = (policy: Policy): ReadonlyArray<Input.Problem> => Band.problems(policy.bands, ["bands"])

/**
 * Decodes and validates a JPM policy document.
 *
 * @example
 * ```ts
 * import { Jpm, Presets } from "@pembinaan/core"
 * Jpm.decodePolicy(Presets.competency.jpmBrin) // => Result.succeed(policy)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "JpmPolicy")(input), (p) => {
    const found = policyProblems(p)
    return found.length === 0
      ? Result.succeed(p)
      : Result.fail(new Input.InvalidInput({ subject: "JpmPolicy", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const HUNDRED = Exact.int(100)

const directionOf = (gap: Exact.Exact): Row["direction"] => {
  const c = Exact.compare(gap, Exact.zero)
  return c < 0 ? "below" : c === 0 ? "meets" : "above"
}

/**
 * Matches a typed assessment against its standard. See the module summary for the formula and policy.
 *
 * Rounding: nothing is rounded before the total is classified; the total is rounded once by `policy.bands.rounding`
 * (2 decimals, half-up in the presets), so 89.995 is 90.00 and Optimal. Per-competency `jpm` values are rounded the
 * same way for display only. Edges: `≥ 90` Optimal, `78 ≤ x < 90` Cukup Optimal, `< 78` Kurang Optimal (presets).
 *
 * @example
 * ```ts
 * import { Jpm, Presets } from "@pembinaan/core"
 * const standard = { position: "Analis", requirements: [{ competency: "integritas", level: 3 }, { competency: "kerjasama", level: 3 }], legalBasis }
 * const m = Jpm.match(Presets.competency.jpmBrin, { standard, scores: { integritas: 3, kerjasama: 2 } })
 * // Σ individu 5 / Σ standar 6 × 100 = 83.33 → "Cukup Optimal"; kerjasama gap "-1" (below)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const match: {
  (assessment: Assessment): (policy: Policy) => Result.Result<Match, JpmError>
  (policy: Policy, assessment: Assessment): Result.Result<Match, JpmError>
} = dual(2, (policy: Policy, assessment: Assessment): Result.Result<Match, JpmError> => {
  const found = assessmentProblems(assessment)
  if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "JpmAssessment", problems: found }))
  const { standard } = assessment
  const rounding = policy.bands.rounding
  const rows: Array<Row> = []
  const notAssessed: Array<string> = []
  let sumIndividual = Exact.zero
  let sumRequired = Exact.zero
  let sumAllRequired = Exact.zero
  for (const r of standard.requirements) {
    const score = assessment.scores[r.competency]
    const required = Exact.int(r.level)
    sumAllRequired = Exact.add(sumAllRequired, required)
    if (score === undefined || score === "not-assessed") {
      notAssessed.push(r.competency)
      rows.push({
        competency: r.competency,
        required: r.level,
        status: "not-assessed",
        individual: null,
        gap: null,
        direction: null,
        jpm: null,
        capped: false
      })
      continue
    }
    const individual = Exact.fromFinite(score)
    const gap = Exact.subtract(individual, required)
    const counted = policy.cap === "per-competency" ? Exact.min(individual, required) : individual
    const capped = policy.cap === "per-competency" && Exact.lessThan(required, individual)
    sumIndividual = Exact.add(sumIndividual, counted)
    sumRequired = Exact.add(sumRequired, required)
    // required ≥ 1 by the schema, so the division is safe; the ratio is for display.
    const ratio = Exact.multiply(Exact.divide(counted, required).pipe(Result.getOrElse(() => Exact.zero)), HUNDRED)
    rows.push({
      competency: r.competency,
      required: r.level,
      status: "assessed",
      individual: score,
      gap: Exact.format(gap),
      direction: directionOf(gap),
      jpm: Exact.round(ratio, rounding),
      capped
    })
  }
  const trace: Match["trace"] = {
    rule: "jpm",
    formula: "JPM = Σ individu / Σ standar × 100; gap = individu − standar",
    cap: policy.cap,
    notAssessed: policy.notAssessed,
    rounding,
    legalBasis: [...standard.legalBasis, ...policy.legalBasis, ...policy.bands.legalBasis]
  }
  if (Exact.equals(sumAllRequired, Exact.zero)) return Result.fail(new NothingToMatch({ position: standard.position }))
  if (notAssessed.length > 0 && (policy.notAssessed === "incomplete" || notAssessed.length === rows.length)) {
    return Result.succeed({ position: standard.position, rows, total: { status: "incomplete", notAssessed }, trace })
  }
  const divided = Exact.divide(sumIndividual, sumRequired)
  if (Result.isFailure(divided)) return Result.fail(new NothingToMatch({ position: standard.position }))
  let jpm = Exact.multiply(divided.success, HUNDRED)
  let capped = rows.some((r) => r.capped)
  if (policy.cap === "total" && Exact.lessThan(HUNDRED, jpm)) {
    jpm = HUNDRED
    capped = true
  }
  return Result.map(Band.classify(policy.bands, jpm), (category) => ({
    position: standard.position,
    rows,
    total: {
      status: notAssessed.length > 0 ? ("partial" as const) : ("complete" as const),
      sumIndividual: Exact.format(sumIndividual),
      sumRequired: Exact.format(sumRequired),
      exact: Exact.format(jpm),
      capped,
      excluded: notAssessed,
      category
    },
    trace
  }))
})

/**
 * Decodes an untrusted assessment (`{ standard, scores }`) and matches it. Every problem is reported with its path:
 * shape problems, scores outside 1–5, missing scores (never filled in), unexpected competencies.
 *
 * @example
 * ```ts
 * import { Jpm, Presets } from "@pembinaan/core"
 * Jpm.evaluate(Presets.competency.jpmBrin, { standard, scores: { integritas: 7 } })
 * // => Result.fail(InvalidInput { problems: [{ path: ["scores", "integritas"], ... }] })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const evaluate: {
  (input: unknown): (policy: Policy) => Result.Result<Match, JpmError>
  (policy: Policy, input: unknown): Result.Result<Match, JpmError>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<Match, JpmError> =>
    Result.flatMap(Input.decode(Assessment, "JpmAssessment")(input), (a) => match(policy, a))
)

/**
 * The rows with a development need (negative gap), most negative first; ties keep the standard's order.
 *
 * @example
 * ```ts
 * import { Jpm } from "@pembinaan/core"
 * Jpm.needs(m).map((r) => [r.competency, r.gap]) // => [["kerjasama", "-1"]]
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const needs = (m: Match): ReadonlyArray<Row> =>
  m.rows
    .map((row, i) => ({ row, i }))
    .filter(({ row }) => row.direction === "below")
    .sort((a, b) => {
      const c = Exact.compare(gapOf(a.row), gapOf(b.row))
      return c !== 0 ? c : a.i - b.i
    })
    .map(({ row }) => row)

const gapOf = (row: Row): Exact.Exact =>
  row.gap === null ? Exact.zero : Result.getOrElse(Exact.fromString(row.gap), () => Exact.zero)
