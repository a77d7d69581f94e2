/**
 * The predikat distribution of a unit (kurva) against the guidance for the organisation's own predikat.
 *
 * PermenPAN-RB 6/2022 (Lampiran pp.94–97) gives the pattern qualitatively: an organisation rated "Baik" should have
 * most of its employees "Baik", and so on. The numeric caps that regions use (≤ 70 %, ≥ 60 %, ≤ 10 %) come from a
 * 2023 circular whose number is UNCONFIRMED, so they are policy data here ({@link Policy}) and a breach is a
 * **warning**, never an error: the Pejabat Penilai may deviate ("tidak menutup kemungkinan").
 *
 * Shares are compared exactly (`count × 100` against `percent × total`), never as rounded floats.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { dual } from "effect/Function"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The predikat of an organisation (capaian kinerja organisasi), PermenPAN-RB 6/2022 Lampiran p.92.
 *
 * @category models
 * @since 0.1.0
 */
export const organisationPredikats = ["Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"] as const

/**
 * @category models
 * @since 0.1.0
 */
export const OrganisationPredikat = Schema.Literals(organisationPredikats)

/**
 * @category models
 * @since 0.1.0
 */
export type OrganisationPredikat = typeof OrganisationPredikat.Type

/**
 * One guideline: the combined share of `predikat` (one or more, read "and/or") must be `at-most` or `at-least`
 * `percent` of the unit; `present` means at least one employee.
 *
 * @category models
 * @since 0.1.0
 */
export const Guideline = Schema.Struct({
  predikat: Schema.Array(Quadrant.Predikat).pipe(Schema.check(Schema.isMinLength(1))),
  op: Schema.Literals(["at-most", "at-least", "present"]),
  percent: Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 }))),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Guideline = typeof Guideline.Type

/**
 * The distribution part of a policy: the guidelines for each organisation predikat, and the smallest unit for
 * which shares are judged at all (a unit of 3 cannot hold 10 %).
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  minimumUnitSize: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
  guidelines: Schema.Struct({
    Istimewa: Schema.Array(Guideline),
    Baik: Schema.Array(Guideline),
    "Butuh Perbaikan": Schema.Array(Guideline),
    Kurang: Schema.Array(Guideline),
    "Sangat Kurang": Schema.Array(Guideline)
  })
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * A guideline the unit does not meet.
 *
 * @category models
 * @since 0.1.0
 */
export interface Warning {
  readonly _tag: "GuidelineNotMet"
  readonly guideline: Guideline
  readonly count: number
  readonly total: number
  /** The actual share in percent, rounded half-up to 2 places for display. */
  readonly actualPercent: string
}

/**
 * The result of a check: counts and shares per predikat, warnings, and whether the unit was too small to judge.
 *
 * @category models
 * @since 0.1.0
 */
export interface Report {
  readonly organisation: OrganisationPredikat
  readonly total: number
  readonly counts: { readonly [K in Quadrant.Predikat]: number }
  readonly percents: { readonly [K in Quadrant.Predikat]: string }
  readonly warnings: ReadonlyArray<Warning>
  readonly tooSmallToJudge: boolean
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const display: Exact.Rounding = { scale: 2, mode: "half-up" }

/**
 * Counts a unit's predikat.
 *
 * @example
 * ```ts
 * import { Distribution } from "@pembinaan/core"
 * Distribution.count(["Baik", "Baik", "Sangat Baik"])["Baik"] // => 2
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const count = (predikat: Iterable<Quadrant.Predikat>): { [K in Quadrant.Predikat]: number } => {
  const counts = Object.fromEntries(Quadrant.predikats.map((p) => [p, 0])) as { [K in Quadrant.Predikat]: number }
  for (const p of predikat) counts[p]++
  return counts
}

/**
 * Checks a unit's predikat counts against the guidelines for the organisation's predikat. Never fails: a breach is
 * a {@link Warning}; a unit smaller than `minimumUnitSize` is reported as `tooSmallToJudge` with no warnings.
 *
 * @example
 * ```ts
 * import { Distribution, Presets } from "@pembinaan/core"
 * const counts = Distribution.count([...Array(8).fill("Baik"), "Sangat Baik", "Butuh Perbaikan"])
 * Distribution.check(Presets.distribution.circular2023, { organisation: "Baik", counts }).warnings.length
 * // => 1 (Baik is 80 %, above the 70 % cap)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const check: {
  (input: CheckInput): (policy: Policy) => Report
  (policy: Policy, input: CheckInput): Report
} = dual(2, (policy: Policy, input: CheckInput): Report => {
  const total = Quadrant.predikats.reduce((n, p) => n + input.counts[p], 0)
  const percents = Object.fromEntries(
    Quadrant.predikats.map((p) => [
      p,
      total === 0 ? "0.00" : Exact.round(Exact.fraction(input.counts[p] * 100, total), display).text
    ])
  ) as { [K in Quadrant.Predikat]: string }
  const tooSmallToJudge = total < policy.minimumUnitSize
  const warnings: Array<Warning> = []
  if (!tooSmallToJudge) {
    for (const guideline of policy.guidelines[input.organisation]) {
      const n = guideline.predikat.reduce((acc, p) => acc + input.counts[p], 0)
      // n / total vs percent / 100, compared exactly as n × 100 vs percent × total
      const actual = Exact.int(n * 100)
      const limit = Exact.multiply(Exact.fromFinite(guideline.percent), Exact.int(total))
      const met =
        guideline.op === "present"
          ? n > 0
          : guideline.op === "at-most"
            ? Exact.compare(actual, limit) <= 0
            : Exact.compare(actual, limit) >= 0
      if (!met) {
        warnings.push({
          _tag: "GuidelineNotMet",
          guideline,
          count: n,
          total,
          actualPercent: Exact.round(Exact.fraction(n * 100, total), display).text
        })
      }
    }
  }
  return { organisation: input.organisation, total, counts: input.counts, percents, warnings, tooSmallToJudge }
})

/**
 * Input of {@link check}.
 *
 * @category models
 * @since 0.1.0
 */
export interface CheckInput {
  readonly organisation: OrganisationPredikat
  readonly counts: { readonly [K in Quadrant.Predikat]: number }
}

/**
 * Decodes a distribution policy, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = Input.decode(Policy, "DistributionPolicy")

const Count = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/**
 * Decodes untrusted check input: counts must be non-negative integers for all five predikat.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeInput = Input.decode(
  Schema.Struct({
    organisation: OrganisationPredikat,
    // spelt out (in `Quadrant.predikats` order) rather than built with `Object.fromEntries(predikats.map(...))`: a
    // bundler cannot drop that call when nothing decodes, so it kept effect's Schema runtime in every browser bundle
    // that imports this module
    counts: Schema.Struct({
      "Sangat Baik": Count,
      Baik: Count,
      "Butuh Perbaikan": Count,
      "Kurang/Misconduct": Count,
      "Sangat Kurang": Count
    } satisfies { [K in Quadrant.Predikat]: typeof Count })
  }),
  "DistributionInput"
)
