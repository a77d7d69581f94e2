/**
 * Evaluation periods: the periodic (bulanan or triwulanan) evaluations and the annual one (PermenPAN-RB 6/2022
 * Pasal 23–25).
 *
 * The national rule sets the annual predikat from the **annual** ratings through the kuadran; it prescribes no
 * averaging of periodic results. Regions that do derive the year from its periods choose one strategy explicitly in
 * their policy ({@link Strategy}); there is no default. Each strategy returns the annual result with a trace that
 * names the strategy and the periods it used.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * How often periodic evaluations happen: `bulanan` (monthly, ids `YYYY-MM`) or `triwulanan` (quarterly, ids
 * `YYYY-Qn`).
 *
 * @category models
 * @since 0.1.0
 */
export const Cadence = Schema.Literals(["bulanan", "triwulanan"])

/**
 * @category models
 * @since 0.1.0
 */
export type Cadence = typeof Cadence.Type

/**
 * How the annual result is obtained. Every choice is explicit policy:
 *
 * - `annual-only`: the national rule. The annual evaluation stands alone; periodic results are not aggregated.
 * - `last`: the last period of the year.
 * - `worst`: the period with the worst predikat (ties: the lower score, then the later period).
 * - `mean`: the exact mean of the periodic scores; the caller classifies it with the policy's bands.
 * - `trend`: a recency-weighted mean (weights 1, 2, …, k from the first to the last period) with the least-squares
 *   slope in the trace.
 *
 * `missing` says what happens when fewer periods than the cadence has (12 or 4) were evaluated: `reject` fails with
 * {@link MissingPeriods}; `use-available` aggregates what there is, but at least `minPeriods`.
 *
 * @category models
 * @since 0.1.0
 */
export const Strategy = Schema.Union([
  Schema.Struct({ strategy: Schema.Literal("annual-only") }),
  Schema.Struct({
    strategy: Schema.Literals(["last", "worst", "mean", "trend"]),
    missing: Schema.Literals(["reject", "use-available"]),
    minPeriods: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 12 })))
  })
])

/**
 * @category models
 * @since 0.1.0
 */
export type Strategy = typeof Strategy.Type

/**
 * The period part of a policy.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  cadence: Cadence,
  annual: Strategy,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * One evaluated period of one employee: its id, its score on the policy's scale and its predikat.
 *
 * @category models
 * @since 0.1.0
 */
export const Periodic = Schema.Struct({
  period: Schema.String,
  score: Schema.Finite,
  predikat: Quadrant.Predikat
})

/**
 * @category models
 * @since 0.1.0
 */
export type Periodic = typeof Periodic.Type

/**
 * The annual evaluation, when there is one.
 *
 * @category models
 * @since 0.1.0
 */
export const Annual = Schema.Struct({
  year: Schema.Int,
  score: Schema.optionalKey(Schema.Finite),
  predikat: Quadrant.Predikat
})

/**
 * @category models
 * @since 0.1.0
 */
export type Annual = typeof Annual.Type

/**
 * The annual result. `predikat` is set when the strategy picks an evaluated result (`annual-only`, `last`,
 * `worst`); `mean` and `trend` give a `score` that the caller classifies with the policy's bands.
 *
 * @category models
 * @since 0.1.0
 */
export interface AnnualResult {
  readonly year: number
  readonly score: Exact.Exact | undefined
  readonly predikat: Quadrant.Predikat | undefined
  readonly trace: {
    readonly rule: "annual-aggregation"
    readonly strategy: Strategy["strategy"]
    readonly periodsUsed: ReadonlyArray<string>
    readonly periodsExpected: number
    readonly weights: ReadonlyArray<string>
    readonly score: string | undefined
    readonly slopePerPeriod: string | undefined
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A period id that does not match the cadence (`YYYY-MM` for bulanan, `YYYY-Qn` for triwulanan), a period of
 * another year, or a period given twice.
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidPeriod extends Schema.TaggedError<InvalidPeriod>()("InvalidPeriod", {
  index: Schema.Number,
  period: Schema.String,
  reason: Schema.Literals(["format", "other-year", "duplicate"])
}) {}

/**
 * Fewer evaluated periods than the strategy needs.
 *
 * @category errors
 * @since 0.1.0
 */
export class MissingPeriods extends Schema.TaggedError<MissingPeriods>()("MissingPeriods", {
  year: Schema.Number,
  found: Schema.Array(Schema.String),
  missing: Schema.Array(Schema.String),
  required: Schema.Number
}) {}

/**
 * The `annual-only` strategy was chosen but no annual evaluation was given.
 *
 * @category errors
 * @since 0.1.0
 */
export class AnnualEvaluationMissing extends Schema.TaggedError<AnnualEvaluationMissing>()("AnnualEvaluationMissing", {
  year: Schema.Number
}) {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type PeriodError = InvalidPeriod | MissingPeriods | AnnualEvaluationMissing | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

/**
 * The period ids of a year for a cadence, in order.
 *
 * @example
 * ```ts
 * import { Period } from "@pembinaan/core"
 * Period.periodsOf("triwulanan", 2026) // => ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const periodsOf = (cadence: Cadence, year: number): ReadonlyArray<string> =>
  cadence === "triwulanan"
    ? [1, 2, 3, 4].map((q) => `${year}-Q${q}`)
    : Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, "0")}`)

const PATTERN: Record<Cadence, RegExp> = {
  bulanan: /^(\d{4})-(0[1-9]|1[0-2])$/,
  triwulanan: /^(\d{4})-Q([1-4])$/
}

/**
 * Parses a period id for a cadence: the year and the position within the year (1-based), or `undefined`.
 *
 * @example
 * ```ts
 * import { Period } from "@pembinaan/core"
 * Period.parse("triwulanan", "2026-Q3") // => { year: 2026, index: 3 }
 * Period.parse("bulanan", "2026-Q3") // => undefined
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const parse = (
  cadence: Cadence,
  period: string
): { readonly year: number; readonly index: number } | undefined => {
  const m = PATTERN[cadence].exec(period)
  return m ? { year: Number(m[1]), index: Number(m[2]) } : undefined
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const predikatRank = (p: Quadrant.Predikat): number => Quadrant.predikats.indexOf(p)

/**
 * Derives the annual result of one employee from the year's periodic results (and the annual evaluation, if any)
 * with the policy's explicit strategy. Periods are validated (format, year, duplicates) and ordered by their id.
 *
 * @example
 * ```ts
 * import { Period } from "@pembinaan/core"
 * const policy = { cadence: "triwulanan", annual: { strategy: "mean", missing: "reject", minPeriods: 4 }, legalBasis }
 * const periodic = [
 *   { period: "2026-Q1", score: 80, predikat: "Baik" },
 *   { period: "2026-Q2", score: 90, predikat: "Baik" },
 *   { period: "2026-Q3", score: 100, predikat: "Baik" },
 *   { period: "2026-Q4", score: 95, predikat: "Baik" }
 * ]
 * Period.aggregate(policy, { year: 2026, periodic }) // => score 91.25 (exact), predikat undefined
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const aggregate: {
  (input: AggregateInput): (policy: Policy) => Result.Result<AnnualResult, PeriodError>
  (policy: Policy, input: AggregateInput): Result.Result<AnnualResult, PeriodError>
} = dual(2, (policy: Policy, input: AggregateInput): Result.Result<AnnualResult, PeriodError> => {
  const { year } = input
  const expected = periodsOf(policy.cadence, year)
  const seen = new Set<string>()
  const rows: Array<{ readonly row: Periodic; readonly index: number }> = []
  for (const [i, row] of input.periodic.entries()) {
    const parsed = parse(policy.cadence, row.period)
    if (!parsed) return Result.fail(new InvalidPeriod({ index: i, period: row.period, reason: "format" }))
    if (parsed.year !== year)
      return Result.fail(new InvalidPeriod({ index: i, period: row.period, reason: "other-year" }))
    if (seen.has(row.period))
      return Result.fail(new InvalidPeriod({ index: i, period: row.period, reason: "duplicate" }))
    seen.add(row.period)
    rows.push({ row, index: parsed.index })
  }
  rows.sort((a, b) => a.index - b.index)
  const base = {
    rule: "annual-aggregation" as const,
    strategy: policy.annual.strategy,
    periodsExpected: expected.length,
    legalBasis: policy.legalBasis
  }
  const annual = policy.annual
  if (annual.strategy === "annual-only") {
    if (!input.annual || input.annual.year !== year) return Result.fail(new AnnualEvaluationMissing({ year }))
    const score = input.annual.score === undefined ? undefined : Exact.fromFinite(input.annual.score)
    return Result.succeed({
      year,
      score,
      predikat: input.annual.predikat,
      trace: {
        ...base,
        periodsUsed: [],
        weights: [],
        score: score && Exact.format(score),
        slopePerPeriod: undefined
      }
    })
  }
  const missing = expected.filter((p) => !seen.has(p))
  const required = annual.missing === "reject" ? expected.length : annual.minPeriods
  if (rows.length < required || (annual.missing === "reject" && missing.length > 0)) {
    return Result.fail(new MissingPeriods({ year, found: rows.map((r) => r.row.period), missing, required }))
  }
  const used = rows.map((r) => r.row.period)
  const scores = rows.map((r) => Exact.fromFinite(r.row.score))
  const pick = (k: number): Result.Result<AnnualResult, PeriodError> => {
    const chosen = rows[k] as { row: Periodic }
    const score = scores[k] as Exact.Exact
    return Result.succeed({
      year,
      score,
      predikat: chosen.row.predikat,
      trace: {
        ...base,
        periodsUsed: [chosen.row.period],
        weights: [],
        score: Exact.format(score),
        slopePerPeriod: undefined
      }
    })
  }
  switch (annual.strategy) {
    case "last":
      return pick(rows.length - 1)
    case "worst": {
      let worst = 0
      rows.forEach((r, k) => {
        const w = rows[worst] as { row: Periodic }
        const byPredikat = predikatRank(r.row.predikat) - predikatRank(w.row.predikat)
        const byScore = Exact.compare(scores[k] as Exact.Exact, scores[worst] as Exact.Exact)
        if (byPredikat > 0 || (byPredikat === 0 && byScore <= 0)) worst = k
      })
      return pick(worst)
    }
    case "mean":
    case "trend": {
      const weights = scores.map((_, k) => (annual.strategy === "mean" ? Exact.one : Exact.int(k + 1)))
      const total = Exact.sum(weights)
      const weighted = Exact.sum(scores.map((s, k) => Exact.multiply(s, weights[k] as Exact.Exact)))
      const score = Exact.multiply(weighted, { n: total.d, d: total.n })
      return Result.succeed({
        year,
        score,
        predikat: undefined,
        trace: {
          ...base,
          periodsUsed: used,
          weights: weights.map((w) => Exact.format(Exact.multiply(w, { n: total.d, d: total.n }))),
          score: Exact.format(score),
          slopePerPeriod:
            annual.strategy === "trend"
              ? Exact.format(
                  slope(
                    rows.map((r) => r.index),
                    scores
                  )
                )
              : undefined
        }
      })
    }
  }
})

/**
 * Input of {@link aggregate}: the year, its periodic results and, for `annual-only`, the annual evaluation.
 *
 * @category models
 * @since 0.1.0
 */
export interface AggregateInput {
  readonly year: number
  readonly periodic: ReadonlyArray<Periodic>
  readonly annual?: Annual
}

/** Least-squares slope of scores against their position in the year; zero for fewer than two points. */
const slope = (xs: ReadonlyArray<number>, ys: ReadonlyArray<Exact.Exact>): Exact.Exact => {
  const n = xs.length
  if (n < 2) return Exact.zero
  const x = xs.map((v) => Exact.int(v))
  const mx = Exact.multiply(Exact.sum(x), Exact.fraction(1, n))
  const my = Exact.multiply(Exact.sum(ys), Exact.fraction(1, n))
  let num = Exact.zero
  let den = Exact.zero
  x.forEach((xi, k) => {
    const dx = Exact.subtract(xi, mx)
    num = Exact.add(num, Exact.multiply(dx, Exact.subtract(ys[k] as Exact.Exact, my)))
    den = Exact.add(den, Exact.multiply(dx, dx))
  })
  return den.n === 0n ? Exact.zero : Exact.multiply(num, { n: den.d, d: den.n })
}

/**
 * Decodes a period policy, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = Input.decode(Policy, "PeriodPolicy")

/**
 * Decodes untrusted aggregation input (year, periodic results, optional annual evaluation).
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeInput = Input.decode(
  Schema.Struct({ year: Schema.Int, periodic: Schema.Array(Periodic), annual: Schema.optionalKey(Annual) }),
  "PeriodInput"
)
