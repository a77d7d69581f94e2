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
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import type * as PolicyModule from "./Policy.js"
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
  /** The annual score, JSON-serialisable: the nearest number, its text and the exact fraction as decimal strings. */
  readonly score: AnnualScore | undefined
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

/**
 * A score in a public result: JSON-serialisable (no bigint). `value` is the nearest number (for display and
 * charts), `text` the exact value as `Exact.format` shows it, and `numerator`/`denominator` the exact fraction as
 * decimal strings (`Exact.fraction(BigInt(numerator), BigInt(denominator))` restores it).
 *
 * @category models
 * @since 0.2.0
 */
export interface AnnualScore {
  readonly value: number
  readonly text: string
  readonly numerator: string
  readonly denominator: string
}

/**
 * The JSON-serialisable form of an exact score.
 *
 * @category conversions
 * @since 0.2.0
 */
export const annualScore = (x: Exact.Exact): AnnualScore => ({
  value: Exact.toNumber(x),
  text: Exact.format(x),
  numerator: x.n.toString(),
  denominator: x.d.toString()
})

/**
 * The exact value of an {@link AnnualScore}.
 *
 * @category conversions
 * @since 0.2.0
 */
export const exactOf = (score: AnnualScore): Exact.Exact =>
  Exact.fraction(BigInt(score.numerator), BigInt(score.denominator))

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
export class InvalidPeriod extends Data.TaggedError("InvalidPeriod")<{
  readonly index: number
  readonly period: string
  readonly reason: "format" | "other-year" | "duplicate"
}> {}

/**
 * Fewer evaluated periods than the strategy needs.
 *
 * @category errors
 * @since 0.1.0
 */
export class MissingPeriods extends Data.TaggedError("MissingPeriods")<{
  readonly year: number
  readonly found: ReadonlyArray<string>
  readonly missing: ReadonlyArray<string>
  readonly required: number
}> {}

/**
 * The `annual-only` strategy was chosen but no annual evaluation was given.
 *
 * @category errors
 * @since 0.1.0
 */
export class AnnualEvaluationMissing extends Data.TaggedError("AnnualEvaluationMissing")<{
  readonly year: number
}> {}

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
      score: score && annualScore(score),
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
      score: annualScore(score),
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
        score: annualScore(score),
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

// ---------------------------------------------------------------------------------------------------------------
// the annual evaluation
// ---------------------------------------------------------------------------------------------------------------

/**
 * One evaluated period for {@link annual}: a {@link Periodic} with, optionally, its perilaku kerja rating (needed
 * when the strategy is `mean` or `trend`, whose annual predikat comes from the quadrant).
 *
 * @category models
 * @since 0.2.0
 */
export interface AnnualPeriodic extends Periodic {
  readonly perilakuKerja?: Quadrant.Rating | undefined
}

/**
 * The annual evaluation of one employee: score (JSON-serialisable), band, ratings and **predikat**, with the trace
 * of the policy's explicit annual strategy. Every field is plain data: `JSON.stringify` never throws on it.
 *
 * - `annual-only`: the annual evaluation's own predikat (and score, if given).
 * - `last`, `worst`: the chosen period's predikat and score.
 * - `mean`, `trend`: the aggregated score, rounded once at the policy's scale rounding, gives the band and the hasil
 *   kerja rating (the policy's tables); the perilaku kerja rating is the **worst** of the periods used (stated in
 *   the trace as `perilakuRule: "worst-of-periods"`); the quadrant gives the predikat.
 *
 * @category models
 * @since 0.2.0
 */
export interface AnnualEvaluation {
  readonly year: number
  readonly strategy: Strategy["strategy"]
  readonly score: AnnualScore | undefined
  /** The score rounded at the policy's scale rounding (the value the band table reads), when there is a score. */
  readonly rounded: number | undefined
  readonly band: string | undefined
  readonly hasilKerja: Quadrant.Rating | undefined
  readonly perilakuKerja: Quadrant.Rating | undefined
  readonly predikat: Quadrant.Predikat
  readonly trace: AnnualResult["trace"] & {
    readonly predikatFrom: "annual-evaluation" | "period" | "quadrant"
    readonly perilakuRule: "worst-of-periods" | undefined
  }
}

/**
 * The annual predikat cannot be derived: the strategy aggregates scores (`mean`, `trend`) but the policy rates
 * hasil kerja directly (no band table), or a period used has no perilaku kerja rating.
 *
 * @category errors
 * @since 0.2.0
 */
export class AnnualPredikatUnavailable extends Data.TaggedError("AnnualPredikatUnavailable")<{
  readonly year: number
  readonly reason: "rating-policy" | "perilaku-missing"
  readonly periods: ReadonlyArray<string>
}> {}

/**
 * The annual evaluation with its predikat under the policy's explicit annual strategy (see {@link AnnualEvaluation}),
 * from the year's periodic results and, for `annual-only`, the annual evaluation. JSON-serialisable.
 *
 * @example
 * ```ts
 * import { Period, Presets } from "@pembinaan/core"
 * const periodic = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"].map((period) => ({
 *   period, score: 100, predikat: "Baik" as const, perilakuKerja: "Sesuai Ekspektasi" as const
 * }))
 * Period.annual(Presets.bukittinggi.policy, { year: 2026, periodic }) // => Result.succeed({ predikat: … })
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const annual = (
  policy: PolicyModule.Policy,
  input: { readonly year: number; readonly periodic: ReadonlyArray<AnnualPeriodic>; readonly annual?: Annual }
): Result.Result<AnnualEvaluation, PeriodError | AnnualPredikatUnavailable | Band.ScoreOutOfRange> => {
  const aggregated = aggregate(policy.period, input)
  if (Result.isFailure(aggregated)) return Result.fail(aggregated.failure)
  const a = aggregated.success
  const hk = policy.hasilKerja
  const classify = (score: AnnualScore | undefined) => {
    if (score === undefined || hk.source !== "indicators") return Result.succeed(undefined)
    const exact = exactOf(score)
    return Result.flatMap(Band.classify(hk.bands, exact), (band) =>
      Result.map(Band.classify(hk.mapping, exact), (rating) => ({
        band: band.label,
        rounded: band.score.value,
        hasilKerja: rating.label as Quadrant.Rating
      }))
    )
  }
  const classified = classify(a.score)
  if (Result.isFailure(classified)) {
    // a picked period's or an annual evaluation's score outside the scale still has its predikat
    if (a.predikat === undefined) return Result.fail(classified.failure)
  }
  const c = Result.isSuccess(classified) ? classified.success : undefined
  if (a.predikat !== undefined) {
    const picked = a.trace.periodsUsed[0]
    const row = input.periodic.find((p) => p.period === picked)
    return Result.succeed({
      year: a.year,
      strategy: a.trace.strategy,
      score: a.score,
      rounded: c?.rounded,
      band: c?.band,
      hasilKerja: c?.hasilKerja,
      perilakuKerja: row?.perilakuKerja,
      predikat: a.predikat,
      trace: {
        ...a.trace,
        predikatFrom: a.trace.strategy === "annual-only" ? "annual-evaluation" : "period",
        perilakuRule: undefined
      }
    })
  }
  if (c === undefined) {
    return Result.fail(
      new AnnualPredikatUnavailable({ year: a.year, reason: "rating-policy", periods: a.trace.periodsUsed })
    )
  }
  const used = input.periodic.filter((p) => a.trace.periodsUsed.includes(p.period))
  const without = used.filter((p) => p.perilakuKerja === undefined).map((p) => p.period)
  if (without.length > 0) {
    return Result.fail(new AnnualPredikatUnavailable({ year: a.year, reason: "perilaku-missing", periods: without }))
  }
  const perilaku = used
    .map((p) => p.perilakuKerja as Quadrant.Rating)
    .reduce((worst, r) => (Quadrant.ratings.indexOf(r) < Quadrant.ratings.indexOf(worst) ? r : worst))
  return Result.succeed({
    year: a.year,
    strategy: a.trace.strategy,
    score: a.score,
    rounded: c.rounded,
    band: c.band,
    hasilKerja: c.hasilKerja,
    perilakuKerja: perilaku,
    predikat: policy.quadrant.cells[c.hasilKerja][perilaku],
    trace: { ...a.trace, predikatFrom: "quadrant", perilakuRule: "worst-of-periods" }
  })
}
