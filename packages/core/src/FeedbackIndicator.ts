/**
 * Feedback as part of the performance evaluation: a citizen result (`Citizen`), a unit's IKM (`Survey`) or a 360
 * result (`Feedback`) becomes an indicator value on the policy's scale — for example Bukittinggi's "interaksi dengan
 * masyarakat" — or evidence for a hasil or perilaku kerja rating, with its trace. An insufficient result never
 * becomes 0: it fails with {@link IndicatorUnavailable} so the evaluation leaves the indicator out or records it as
 * missing.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"
import { ratio, readWeight } from "./Survey.js"

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * An indicator was asked of an insufficient result: the evaluation should leave the indicator out (and renormalise)
 * or record it as missing, never use 0.
 *
 * @category errors
 * @since 0.1.0
 */
export class IndicatorUnavailable extends Data.TaggedError("IndicatorUnavailable")<{
  readonly indicator: string
  readonly source: string
  readonly reasons: ReadonlyArray<unknown>
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type FeedbackIndicatorError = Input.InvalidInput | IndicatorUnavailable | Band.ScoreOutOfRange

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * How a feedback result becomes an indicator of the performance evaluation (for example Bukittinggi's
 * "interaksi dengan masyarakat"): the indicator id, the method, the target scale and the rounding.
 *
 * - `linear`: `to.min + (x − from.min) / (from.max − from.min) × (to.max − to.min)`, where `from` is the source's
 *   own scale (0–100 citizen, 25–100 IKM, the 360 policy scale);
 * - `percent-of-max`: `x / from.max × to.max` (the common "nilai / maksimum × 100"; an IKM of 91.48 stays 91.48).
 *
 * @category models
 * @since 0.1.0
 */
export const IndicatorPolicy = Schema.Struct({
  indicator: Schema.NonEmptyString,
  method: Schema.Literals(["linear", "percent-of-max"]),
  to: Schema.Struct({ min: Schema.Finite, max: Schema.Finite }),
  rounding: Exact.Rounding,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type IndicatorPolicy = typeof IndicatorPolicy.Type

/**
 * Any result this package can turn into an indicator: citizen, IKM (`Survey.Score`) or 360 (`Feedback.Result360`).
 *
 * @category models
 * @since 0.1.0
 */
export type IndicatorSource =
  | {
      readonly kind: string
      readonly status: "sufficient"
      readonly exact: string
      readonly scale: { readonly min: number; readonly max: number }
      readonly trace: unknown
    }
  | {
      readonly kind: string
      readonly status: "insufficient"
      readonly reasons: ReadonlyArray<unknown>
      readonly scale: { readonly min: number; readonly max: number }
      readonly trace: unknown
    }

/**
 * An indicator value with its trace. `measurement` has the shape of an indicator measurement
 * (`{ indicator, target, realisasi }` with the target the scale's maximum), for an evaluation that weighs it
 * like any other indicator.
 *
 * @category models
 * @since 0.1.0
 */
export interface IndicatorValue {
  readonly indicator: string
  readonly value: Exact.Rounded
  readonly exact: string
  readonly scale: { readonly min: number; readonly max: number }
  readonly measurement: { readonly indicator: string; readonly target: number; readonly realisasi: number }
  readonly trace: {
    readonly rule: "feedback-indicator"
    readonly method: "linear" | "percent-of-max"
    readonly source: { readonly kind: string; readonly exact: string; readonly scale: { min: number; max: number } }
    readonly sourceTrace: unknown
    readonly legalBasis: LegalBasis
  }
}

/**
 * Turns a sufficient citizen, IKM or 360 result into an indicator value on the policy's scale, exactly, rounded
 * once with the policy's rounding. An insufficient result fails with {@link IndicatorUnavailable} (leave the
 * indicator out and renormalise; never score it 0); an empty scale is an {@link Input.InvalidInput}.
 *
 * @example
 * ```ts
 * import { FeedbackIndicator } from "@pembinaan/core"
 * const policy = { indicator: "interaksi-dengan-masyarakat", method: "linear", to: { min: 0, max: 100 },
 *   rounding: { scale: 2, mode: "half-up" }, legalBasis }
 * FeedbackIndicator.toIndicator(policy, feedback360) // 360 overall 4.2 on 1–5 => Result.succeed({ value: { text: "80.00" } … })
 * ```
 *
 * @category indicator
 * @since 0.1.0
 */
export const toIndicator: {
  (source: IndicatorSource): (policy: IndicatorPolicy) => Result.Result<IndicatorValue, FeedbackIndicatorError>
  (policy: IndicatorPolicy, source: IndicatorSource): Result.Result<IndicatorValue, FeedbackIndicatorError>
} = dual(
  2,
  (policy: IndicatorPolicy, source: IndicatorSource): Result.Result<IndicatorValue, FeedbackIndicatorError> => {
    const problems: Array<Input.Problem> = []
    if (!(policy.to.min < policy.to.max))
      problems.push({ path: ["to"], code: "empty-range", message: "to.min < to.max" })
    if (!(source.scale.min < source.scale.max)) {
      problems.push({ path: ["source", "scale"], code: "empty-range", message: "source scale is empty" })
    }
    if (policy.method === "percent-of-max" && !(source.scale.max > 0)) {
      problems.push({ path: ["source", "scale", "max"], code: "non-positive", message: "percent-of-max needs max > 0" })
    }
    if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "IndicatorPolicy", problems }))
    if (source.status === "insufficient") {
      return Result.fail(
        new IndicatorUnavailable({ indicator: policy.indicator, source: source.kind, reasons: source.reasons })
      )
    }
    const x = readWeight(source.exact)
    if (Result.isFailure(x)) {
      return Result.fail(
        new Input.InvalidInput({
          subject: "IndicatorSource",
          problems: [{ path: ["source", "exact"], code: "invalid", message: "not an exact value" }]
        })
      )
    }
    const fromMin = Exact.fromFinite(source.scale.min)
    const fromMax = Exact.fromFinite(source.scale.max)
    const toMin = Exact.fromFinite(policy.to.min)
    const toMax = Exact.fromFinite(policy.to.max)
    const value =
      policy.method === "linear"
        ? Exact.add(
            toMin,
            Exact.multiply(
              Result.getOrThrow(Exact.divide(Exact.subtract(x.success, fromMin), Exact.subtract(fromMax, fromMin))),
              Exact.subtract(toMax, toMin)
            )
          )
        : Exact.multiply(Result.getOrThrow(Exact.divide(x.success, fromMax)), toMax)
    const rounded = Exact.round(value, policy.rounding)
    return Result.succeed({
      indicator: policy.indicator,
      value: rounded,
      exact: ratio(value),
      scale: { min: policy.to.min, max: policy.to.max },
      measurement: { indicator: policy.indicator, target: policy.to.max, realisasi: rounded.value },
      trace: {
        rule: "feedback-indicator",
        method: policy.method,
        source: { kind: source.kind, exact: source.exact, scale: { min: source.scale.min, max: source.scale.max } },
        sourceTrace: source.trace,
        legalBasis: policy.legalBasis
      }
    })
  }
)

/**
 * Uses an indicator value as evidence for a hasil or perilaku rating: classifies its exact value with a policy
 * Band table whose labels are the three {@link Quadrant.ratings}.
 *
 * @example
 * ```ts
 * import { FeedbackIndicator } from "@pembinaan/core"
 * FeedbackIndicator.toRating(table, indicator) // => Result.succeed({ rating: "Sesuai Ekspektasi", … }) for 81.25 with Sesuai from 65
 * ```
 *
 * @category indicator
 * @since 0.1.0
 */
export const toRating: {
  (
    indicator: IndicatorValue
  ): (
    table: Band.Table
  ) => Result.Result<
    { readonly rating: Quadrant.Rating; readonly classification: Band.Classification },
    FeedbackIndicatorError
  >
  (
    table: Band.Table,
    indicator: IndicatorValue
  ): Result.Result<
    { readonly rating: Quadrant.Rating; readonly classification: Band.Classification },
    FeedbackIndicatorError
  >
} = dual(2, (table: Band.Table, indicator: IndicatorValue) => {
  const problems = [
    ...Band.problems(table),
    ...table.bands.flatMap((b, i) =>
      Quadrant.isRating(b.label)
        ? []
        : [{ path: ["bands", i, "label"], code: "unknown-rating", message: `"${b.label}" is not a Quadrant rating` }]
    )
  ]
  if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "RatingTable", problems }))
  const x = readWeight(indicator.exact)
  if (Result.isFailure(x)) {
    return Result.fail(
      new Input.InvalidInput({
        subject: "IndicatorValue",
        problems: [{ path: ["exact"], code: "invalid", message: "not an exact value" }]
      })
    )
  }
  return Result.map(Band.classify(table, x.success), (classification) => ({
    rating: classification.label as Quadrant.Rating,
    classification
  }))
})
