/**
 * Sample size of a community satisfaction survey: Krejcie & Morgan (1970), as PermenPAN-RB 14/2017 recommends.
 *
 * `S = χ²·N·P·Q / (d²·(N − 1) + χ²·P·Q)` with the published table's parameters `χ² = 3.841` (df 1, α 5 %),
 * `P = Q = 0.5` and `d = 0.05`. The formula is evaluated exactly and rounded **once**, to the nearest integer with
 * ties up (`scale 0, half-up`): that is the rounding that reproduces every row of the published table (N = 15 →
 * 14.47 → 14; N = 2000 → 322.35 → 322). Rounding up (`ceil`) does not (it gives 15 and 323). The sample never exceeds
 * the population and approaches 384 as N grows. The parameters are policy data ({@link Parameters}); the published
 * set is `Presets.skm.krejcieMorgan`.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

const Positive = Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0)))
const Proportion = Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0)), Schema.check(Schema.isLessThan(1)))

/**
 * The parameters of the Krejcie–Morgan formula and the rounding of its result.
 *
 * @category models
 * @since 0.1.0
 */
export const Parameters = Schema.Struct({
  /** χ² for one degree of freedom at the confidence level (3.841 at 95 %). */
  chiSquare: Positive,
  /** The population proportion P (0.5 gives the largest sample); Q = 1 − P. */
  proportion: Proportion,
  /** The margin of error d (0.05). */
  margin: Proportion,
  rounding: Exact.Rounding,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Parameters = typeof Parameters.Type

/**
 * The population and the respondents collected so far.
 *
 * @category models
 * @since 0.1.0
 */
export const Collected = Schema.Struct({
  population: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
  respondents: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Collected = typeof Collected.Type

/**
 * The required sample with its trace. `exact` is the formula's exact value as a fraction text (`"n/d"`).
 *
 * @category models
 * @since 0.1.0
 */
export interface Requirement {
  readonly population: number
  readonly sample: number
  readonly trace: {
    readonly rule: "krejcie-morgan"
    readonly formula: "S = χ²·N·P·(1−P) / (d²·(N−1) + χ²·P·(1−P))"
    readonly inputs: { readonly chiSquare: string; readonly proportion: string; readonly margin: string }
    readonly exact: string
    readonly rounded: Exact.Rounded
    readonly cappedAtPopulation: boolean
    readonly legalBasis: LegalBasis
  }
}

/**
 * Whether the respondents collected are enough, and how many more are needed.
 *
 * @category models
 * @since 0.1.0
 */
export interface Sufficiency {
  readonly sufficient: boolean
  readonly required: number
  readonly respondents: number
  /** Respondents still needed: `max(0, required − respondents)`. */
  readonly shortfall: number
  readonly requirement: Requirement
}

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

const ratio = (x: Exact.Exact): string => (x.d === 1n ? `${x.n}` : `${x.n}/${x.d}`)

const compute = (parameters: Parameters, population: number): Requirement => {
  const chi = Exact.fromFinite(parameters.chiSquare)
  const p = Exact.fromFinite(parameters.proportion)
  const pq = Exact.multiply(p, Exact.subtract(Exact.one, p))
  const d = Exact.fromFinite(parameters.margin)
  const n = Exact.int(population)
  const numerator = Exact.multiply(Exact.multiply(chi, n), pq)
  const denominator = Exact.add(
    Exact.multiply(Exact.multiply(d, d), Exact.int(population - 1)),
    Exact.multiply(chi, pq)
  )
  // denominator > 0: χ²·P·Q > 0 and N ≥ 1
  const exact = Result.getOrThrow(Exact.divide(numerator, denominator))
  const rounded = Exact.round(exact, parameters.rounding)
  const roundedExact = Exact.roundExact(exact, parameters.rounding)
  const capped = Exact.lessThan(n, roundedExact)
  const sample = capped
    ? population
    : Number(Exact.format(Exact.roundExact(roundedExact, { scale: 0, mode: "ceiling" })))
  return {
    population,
    sample,
    trace: {
      rule: "krejcie-morgan",
      formula: "S = χ²·N·P·(1−P) / (d²·(N−1) + χ²·P·(1−P))",
      inputs: {
        chiSquare: Exact.format(chi),
        proportion: Exact.format(p),
        margin: Exact.format(d)
      },
      exact: ratio(exact),
      rounded,
      cappedAtPopulation: capped,
      legalBasis: parameters.legalBasis
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * The Krejcie–Morgan sample for a population `N` (an integer ≥ 1), rounded once with the parameters' rounding
 * (nearest, ties up, in the published set) and never above `N`. A population that is not a positive integer fails
 * with {@link Input.InvalidInput} (path `["population"]`).
 *
 * @example
 * ```ts
 * import { Presets, SampleSize } from "@pembinaan/core"
 * SampleSize.required(Presets.skm.krejcieMorgan, 2000) // => Result.succeed({ sample: 322, … })
 * SampleSize.required(Presets.skm.krejcieMorgan, 10) // => Result.succeed({ sample: 10, … }) (9.77 → 10)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const required: {
  (population: unknown): (parameters: Parameters) => Result.Result<Requirement, Input.InvalidInput>
  (parameters: Parameters, population: unknown): Result.Result<Requirement, Input.InvalidInput>
} = dual(
  2,
  (parameters: Parameters, population: unknown): Result.Result<Requirement, Input.InvalidInput> =>
    Result.map(decodeCollected({ population, respondents: 0 }), (c) => compute(parameters, c.population))
)

/**
 * Checks whether the respondents collected meet the Krejcie–Morgan sample for the population, and says how many
 * more are needed. More respondents than the population is a problem at path `["respondents"]`.
 *
 * @example
 * ```ts
 * import { Presets, SampleSize } from "@pembinaan/core"
 * SampleSize.sufficiency(Presets.skm.krejcieMorgan, { population: 100, respondents: 72 })
 * // => Result.succeed({ sufficient: false, required: 80, shortfall: 8, … })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const sufficiency: {
  (collected: unknown): (parameters: Parameters) => Result.Result<Sufficiency, Input.InvalidInput>
  (parameters: Parameters, collected: unknown): Result.Result<Sufficiency, Input.InvalidInput>
} = dual(
  2,
  (parameters: Parameters, collected: unknown): Result.Result<Sufficiency, Input.InvalidInput> =>
    Result.flatMap(decodeCollected(collected), (c) => sufficiencyOf(parameters, c))
)

/**
 * {@link sufficiency} for values already known to be a {@link Collected} (integers, population ≥ 1, respondents ≥
 * 0), for example checked by a caller's own guard: the same result, without decoding. More respondents than the
 * population still fails at path `["respondents"]`.
 *
 * @example
 * ```ts
 * import { Presets, SampleSize } from "@pembinaan/core"
 * SampleSize.sufficiencyOf(Presets.skm.krejcieMorgan, { population: 100, respondents: 72 })
 * // => Result.succeed({ sufficient: false, required: 80, shortfall: 8, … })
 * ```
 *
 * @category combinators
 * @since 0.4.0
 */
export const sufficiencyOf: {
  (collected: Collected): (parameters: Parameters) => Result.Result<Sufficiency, Input.InvalidInput>
  (parameters: Parameters, collected: Collected): Result.Result<Sufficiency, Input.InvalidInput>
} = dual(2, (parameters: Parameters, c: Collected): Result.Result<Sufficiency, Input.InvalidInput> => {
  if (c.respondents > c.population) {
    return Result.fail(
      new Input.InvalidInput({
        subject: "SampleSize",
        problems: [
          {
            path: ["respondents"],
            code: "exceeds-population",
            message: `${c.respondents} respondents exceed the population of ${c.population}`
          }
        ]
      })
    )
  }
  const requirement = compute(parameters, c.population)
  const shortfall = Math.max(0, requirement.sample - c.respondents)
  return Result.succeed({
    sufficient: shortfall === 0,
    required: requirement.sample,
    respondents: c.respondents,
    shortfall,
    requirement
  })
})

// ---------------------------------------------------------------------------------------------------------------
// decoding
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes `{ population, respondents }`, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeCollected = Input.decode(Collected, "SampleSize")

/**
 * Decodes a parameters document (policy data), reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeParameters = Input.decode(Parameters, "SampleSizeParameters")
