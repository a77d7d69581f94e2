/**
 * The policy document: a region's whole performance-evaluation rule set as versioned, validated data.
 *
 * A policy names its id, region, version and effective period, and carries every rule with its legal basis:
 *
 * - `indicators`: the indicator catalogue ({@link Indicator.Definition}), with categories such as `kuantitas`,
 *   `kualitas`, `waktu`, `biaya` or a region's own (`disiplin`, `interaksi-dengan-masyarakat`);
 * - `scorecards`: weighted selections of those indicators (for example one per jabatan group); the weights of each
 *   scorecard are percentages that must sum to **exactly** 100 (checked with {@link Exact}, so 33.33 × 3 fails);
 * - `hasilKerja`: either rated directly by the Pejabat Penilai (`source: "rating"`, the national rule) or computed
 *   from indicators (`source: "indicators"`): the score's `scale` (range and the one rounding point), the per-indicator
 *   value (`capaian` or the 8/2021 IKI nilai), a band table for the score and the **mapping** from the score to the
 *   national hasil kerja rating, so indicator-based regions meet the national quadrant;
 * - `perilakuKerja`: a rating given directly, or derived from the seven BerAKHLAK ratings by counts;
 * - `quadrant`: the 3×3 matrix to the predikat; `period`: the cadence and the explicit annual strategy;
 *   `distribution`: the kurva guidance;
 * - `locale` (optional, since 0.4.0): the number locale (`id` or `en`) of the region's files, used by the tools
 *   that read them when none is given explicitly.
 *
 * {@link decode} reports every problem with its path: schema problems first (a matrix missing a cell, a wrong type,
 * an unknown key), then, for a document of the right shape, every semantic problem (weights that do not sum to 100,
 * band gaps, overlaps and coverage, unknown or duplicate indicator references, a mapping whose ratings are out of
 * order, tables whose scale or rounding differ from the policy's). {@link encode} gives plain JSON that decodes back
 * to an equal policy.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import * as Band from "./Band.js"
import * as Distribution from "./Distribution.js"
import * as Exact from "./Exact.js"
import * as Indicator from "./Indicator.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Limits from "./Limits.js"
import * as Period from "./Period.js"
import * as Quadrant from "./Quadrant.js"
import * as Skp from "./Skp.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * A calendar date `YYYY-MM-DD`.
 *
 * @category models
 * @since 0.1.0
 */
export const DateString = Schema.String.pipe(
  Schema.check(
    Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: "expected a date YYYY-MM-DD" })
  )
)

/**
 * The period in which the policy applies; `to: null` means open-ended. Both ends are inclusive.
 *
 * @category models
 * @since 0.1.0
 */
export const EffectivePeriod = Schema.Struct({ from: DateString, to: Schema.NullOr(DateString) })

/**
 * One weighted indicator of a scorecard; `weight` is a percentage.
 *
 * @category models
 * @since 0.1.0
 */
export const Weight = Schema.Struct({ indicator: Schema.String, weight: Schema.Finite })

/**
 * @category models
 * @since 0.1.0
 */
export type Weight = typeof Weight.Type

/**
 * A scorecard: the indicators an employee group is scored on, with weights summing to exactly 100.
 *
 * @category models
 * @since 0.1.0
 */
export const Scorecard = Schema.Struct({
  id: Indicator.Id,
  label: Schema.NonEmptyString,
  description: Schema.optionalKey(Schema.String),
  weights: Schema.Array(Weight).pipe(Schema.check(Schema.isMinLength(1)))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Scorecard = typeof Scorecard.Type

/**
 * The numeric scale of the hasil kerja score: its range and the **one** rounding point (scale and mode) at which the
 * exact score is rounded before the band and the rating mapping read it.
 *
 * @category models
 * @since 0.1.0
 */
export const Scale = Schema.Struct({ min: Schema.Finite, max: Schema.Finite, rounding: Exact.Rounding })

/**
 * @category models
 * @since 0.1.0
 */
export type Scale = typeof Scale.Type

/**
 * What each indicator contributes before weighting: its capaian in percent (`capaian`, after the definition's cap)
 * or its PermenPAN-RB 8/2021 IKI nilai (`iki-8-2021`, 0–120).
 *
 * @category models
 * @since 0.1.0
 */
export const Scoring = Schema.Union([
  Schema.Struct({ method: Schema.Literal("capaian"), legalBasis: LegalBasis }),
  Schema.Struct({ method: Schema.Literal("iki-8-2021"), iki: Skp.IkiScheme, legalBasis: LegalBasis })
])

/**
 * @category models
 * @since 0.1.0
 */
export type Scoring = typeof Scoring.Type

/**
 * A band table whose labels are the national hasil kerja ratings, in ascending order: the mapping from a numeric
 * indicator score to Dibawah / Sesuai / Diatas Ekspektasi.
 *
 * @category models
 * @since 0.1.0
 */
export const RatingTable = Schema.Struct({
  ...Band.Table.fields,
  bands: Schema.Array(
    Schema.Struct({
      label: Quadrant.Rating,
      lower: Schema.Finite,
      upper: Schema.optionalKey(Schema.Finite),
      description: Schema.optionalKey(Schema.String)
    })
  ).pipe(Schema.check(Schema.isMinLength(1)))
})

/**
 * @category models
 * @since 0.1.0
 */
export type RatingTable = typeof RatingTable.Type

/**
 * How the hasil kerja rating is obtained: given by the Pejabat Penilai (`rating`) or computed from indicators.
 *
 * @category models
 * @since 0.1.0
 */
export const HasilKerja = Schema.Union([
  Schema.Struct({ source: Schema.Literal("rating"), legalBasis: LegalBasis }),
  Schema.Struct({
    source: Schema.Literal("indicators"),
    scale: Scale,
    scoring: Scoring,
    bands: Band.Table,
    mapping: RatingTable,
    legalBasis: LegalBasis
  })
])

/**
 * @category models
 * @since 0.1.0
 */
export type HasilKerja = typeof HasilKerja.Type

/**
 * How the perilaku kerja rating is obtained: given directly (`rating`) or from the seven BerAKHLAK ratings
 * (`berakhlak`): **Dibawah** when at least `dibawahIfAtLeast` values are rated Dibawah Ekspektasi, otherwise
 * **Diatas** when at least `diatasIfAtLeast` are rated Diatas Ekspektasi, otherwise **Sesuai**. The regulation's
 * guidance is qualitative; the counts are the policy's choice and its legal basis says so.
 *
 * @category models
 * @since 0.1.0
 */
export const PerilakuKerja = Schema.Union([
  Schema.Struct({ source: Schema.Literal("rating"), legalBasis: LegalBasis }),
  Schema.Struct({
    source: Schema.Literal("berakhlak"),
    dibawahIfAtLeast: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 7 }))),
    diatasIfAtLeast: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 7 }))),
    legalBasis: LegalBasis
  })
])

/**
 * @category models
 * @since 0.1.0
 */
export type PerilakuKerja = typeof PerilakuKerja.Type

/**
 * A policy document.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  id: Indicator.Id,
  region: Schema.NonEmptyString,
  version: Schema.String.pipe(
    Schema.check(Schema.isPattern(/^\d+\.\d+\.\d+$/, { message: "expected a version MAJOR.MINOR.PATCH" }))
  ),
  title: Schema.NonEmptyString,
  /** `true` for an example built from public texts, not a region's official regulation. */
  illustrative: Schema.Boolean,
  effectivePeriod: EffectivePeriod,
  indicators: Schema.Array(Indicator.Definition),
  scorecards: Schema.Array(Scorecard),
  hasilKerja: HasilKerja,
  perilakuKerja: PerilakuKerja,
  quadrant: Quadrant.Matrix,
  period: Period.Policy,
  distribution: Distribution.Policy,
  legalBasis: LegalBasis,
  /**
   * The number locale of the region's files (since 0.4.0): `id` (`1.250,5`) or `en` (`1,250.5`). Tools that read
   * this policy's evaluation files use it when no locale is given explicitly (`pembinaan score` without
   * `--locale`); without it a number with two readings (`1.250`) is refused. See `Input.readNumber`.
   */
  locale: Schema.optionalKey(Input.NumberLocale)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * The JSON form of a {@link Policy} (plain data; equal in shape to the policy itself).
 *
 * @category models
 * @since 0.1.0
 */
export type Encoded = typeof Policy.Encoded

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

type Path = ReadonlyArray<string | number>

const HUNDRED = Exact.int(100)

const tableScaleProblems = (table: Band.Table, scale: Scale, at: Path): Array<Input.Problem> => {
  const out: Array<Input.Problem> = []
  if (table.range.min !== scale.min || table.range.max !== scale.max) {
    out.push({
      path: [...at, "range"],
      code: "scale-mismatch",
      message: `the table's range [${table.range.min}, ${table.range.max}] must equal the policy scale [${scale.min}, ${scale.max}]`
    })
  }
  if (table.rounding.scale !== scale.rounding.scale || table.rounding.mode !== scale.rounding.mode) {
    out.push({
      path: [...at, "rounding"],
      code: "rounding-mismatch",
      message: `the table must round as the policy scale does (${scale.rounding.scale} places, ${scale.rounding.mode}): the score is rounded once`
    })
  }
  return out
}

/**
 * Every semantic problem of a decoded policy, with paths (empty when valid). See the module description for the
 * checks.
 *
 * @example
 * ```ts
 * import { Policy, Presets } from "@pembinaan/core"
 * Policy.problems(Presets.nationalPolicy.policy) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const problems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const ids = new Map<string, number>()
  policy.indicators.forEach((d, i) => {
    const first = ids.get(d.id)
    if (first !== undefined) {
      out.push({
        path: ["indicators", i, "id"],
        code: "duplicate-id",
        message: `indicator "${d.id}" is already defined at indicators[${first}]`
      })
    } else ids.set(d.id, i)
  })
  const cards = new Map<string, number>()
  policy.scorecards.forEach((card, s) => {
    const first = cards.get(card.id)
    if (first !== undefined) {
      out.push({
        path: ["scorecards", s, "id"],
        code: "duplicate-id",
        message: `scorecard "${card.id}" is already defined at scorecards[${first}]`
      })
    } else cards.set(card.id, s)
    const seen = new Set<string>()
    let total = Exact.zero
    card.weights.forEach((w, j) => {
      if (!ids.has(w.indicator)) {
        out.push({
          path: ["scorecards", s, "weights", j, "indicator"],
          code: "unknown-indicator",
          message: `no indicator "${w.indicator}" is defined in indicators`
        })
      }
      if (seen.has(w.indicator)) {
        out.push({
          path: ["scorecards", s, "weights", j, "indicator"],
          code: "duplicate-reference",
          message: `indicator "${w.indicator}" is weighted twice in this scorecard`
        })
      }
      seen.add(w.indicator)
      if (!(w.weight > 0)) {
        out.push({
          path: ["scorecards", s, "weights", j, "weight"],
          code: "non-positive-weight",
          message: `a weight must be above 0, not ${w.weight}`
        })
      }
      total = Exact.add(total, Exact.fromFinite(w.weight))
    })
    if (!Exact.equals(total, HUNDRED)) {
      out.push({
        path: ["scorecards", s, "weights"],
        code: "weights-do-not-sum",
        message: `the weights sum to ${Exact.format(total)}, not exactly 100`
      })
    }
  })
  const hk = policy.hasilKerja
  if (hk.source === "indicators") {
    if (policy.scorecards.length === 0) {
      out.push({
        path: ["scorecards"],
        code: "no-scorecard",
        message: "hasil kerja computed from indicators needs at least one scorecard"
      })
    }
    if (!(hk.scale.min < hk.scale.max)) {
      out.push({ path: ["hasilKerja", "scale"], code: "empty-range", message: "scale.min must be below scale.max" })
    }
    out.push(...Band.problems(hk.bands, ["hasilKerja", "bands"]))
    out.push(...tableScaleProblems(hk.bands, hk.scale, ["hasilKerja", "bands"]))
    out.push(...Band.problems(hk.mapping, ["hasilKerja", "mapping"]))
    out.push(...tableScaleProblems(hk.mapping, hk.scale, ["hasilKerja", "mapping"]))
    hk.mapping.bands.forEach((band, i) => {
      const prev = hk.mapping.bands[i - 1]
      if (prev && Quadrant.ratings.indexOf(band.label) <= Quadrant.ratings.indexOf(prev.label)) {
        out.push({
          path: ["hasilKerja", "mapping", "bands", i, "label"],
          code: "rating-order",
          message: `"${band.label}" must be a higher rating than the band below it ("${prev.label}")`
        })
      }
    })
    if (hk.scoring.method === "iki-8-2021") {
      out.push(...Skp.ikiProblems(hk.scoring.iki, ["hasilKerja", "scoring", "iki"]))
    }
  }
  const { from, to } = policy.effectivePeriod
  if (to !== null && to < from) {
    out.push({
      path: ["effectivePeriod", "to"],
      code: "inverted-period",
      message: `the policy ends (${to}) before it starts (${from})`
    })
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// decoding and encoding
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes and validates a policy document (for example parsed JSON). Fails with {@link Input.InvalidInput} listing
 * every problem with its path; never throws.
 *
 * Size limits (since 0.4.0), checked first in linear time without recursion ({@link Limits.policy}): nesting at
 * most 32 levels (`too-deep`), at most 10,000 items in any array — bands, indicators, scorecards, weights
 * (`too-long`, with the array's path) — and at most 1,000,000 values in all (`too-large`). A policy with a
 * million bands is refused at once with `{ path: ["hasilKerja", "bands", "bands"], code: "too-long" }`.
 *
 * @example
 * ```ts
 * import { Policy, Presets } from "@pembinaan/core"
 * const json = JSON.stringify(Policy.encode(Presets.bukittinggi.policy))
 * Policy.decode(JSON.parse(json)) // => Result.succeed(policy equal to the preset)
 *
 * Policy.decode({ ...doc, scorecards: [{ ...card, weights: [{ indicator: "x", weight: 97 }] }] })
 * // => Result.fail(InvalidInput { problems: [
 * //      { path: ["scorecards", 0, "weights", 0, "indicator"], code: "unknown-indicator" },
 * //      { path: ["scorecards", 0, "weights"], code: "weights-do-not-sum" } ] })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decode = (input: unknown): Result.Result<Policy, Input.InvalidInput> => {
  const tooBig = Limits.problems(input, Limits.policy)
  if (tooBig.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Policy", problems: tooBig }))
  try {
    return Result.flatMap(Input.decode(Policy, "Policy")(input), (policy) => {
      const found = problems(policy)
      return found.length === 0
        ? Result.succeed(policy)
        : Result.fail(new Input.InvalidInput({ subject: "Policy", problems: found }))
    })
  } catch (e) {
    // a last line of defence: the limits above keep decoding and checking within the stack
    return Result.fail(
      new Input.InvalidInput({
        subject: "Policy",
        problems: [{ path: [], code: "unreadable", message: e instanceof Error ? e.message : String(e) }]
      })
    )
  }
}

/**
 * Encodes a policy as plain JSON-ready data. `JSON.parse(JSON.stringify(encode(p)))` decodes back to a policy equal
 * to `p`.
 *
 * @example
 * ```ts
 * import { Policy, Presets } from "@pembinaan/core"
 * typeof JSON.stringify(Policy.encode(Presets.nationalPolicy.policy)) // => "string"
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const encode = (policy: Policy): Encoded => {
  const r = Schema.encodeResult(Policy)(policy)
  // The schema has no transformations: encoding a typed policy cannot fail; fall back to the value itself.
  return Result.isSuccess(r) ? r.success : policy
}

// ---------------------------------------------------------------------------------------------------------------
// getters and helpers
// ---------------------------------------------------------------------------------------------------------------

/**
 * Whether the policy applies on a date (`YYYY-MM-DD`, both ends inclusive).
 *
 * @example
 * ```ts
 * import { Policy, Presets } from "@pembinaan/core"
 * Policy.isEffectiveOn(Presets.nationalPolicy.policy, "2026-03-31") // => true
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const isEffectiveOn = (policy: Policy, date: string): boolean =>
  date >= policy.effectivePeriod.from && (policy.effectivePeriod.to === null || date <= policy.effectivePeriod.to)

/**
 * A number of weights, or ratios, that cannot be distributed.
 *
 * @category errors
 * @since 0.1.0
 */
export class CannotDistribute extends Data.TaggedError("CannotDistribute")<{
  readonly reason: "no-parts" | "non-positive-ratio" | "invalid-total"
  readonly index?: number
}> {}

/**
 * Distributes `total` (default 100) over `parts` equal parts, or in proportion to `ratios`, at `scale` decimal
 * places (default 0) by the **largest remainder** method: each part gets its exact quota rounded down to the scale,
 * and the units left over go one each to the parts with the largest remainders (ties: the earlier part). The result
 * sums to exactly `total`, so it passes the policy's sum check; a part whose quota is below one unit may get 0, which
 * the policy rejects as a non-positive weight (use a finer `scale`).
 *
 * @example
 * ```ts
 * import { Policy } from "@pembinaan/core"
 * Policy.distributeWeights(3) // => Result.succeed([34, 33, 33])
 * Policy.distributeWeights(3, { scale: 2 }) // => Result.succeed([33.34, 33.33, 33.33])
 * Policy.distributeWeights([2, 1, 1]) // => Result.succeed([50, 25, 25])
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const distributeWeights = (
  parts: number | ReadonlyArray<number>,
  options: { readonly total?: number; readonly scale?: number } = {}
): Result.Result<ReadonlyArray<number>, CannotDistribute> => {
  const ratios = typeof parts === "number" ? Array.from({ length: Math.max(0, parts | 0) }, () => 1) : parts
  if (ratios.length === 0) return Result.fail(new CannotDistribute({ reason: "no-parts" }))
  const scale = Math.max(0, Math.min(12, options.scale ?? 0) | 0)
  const totalNumber = options.total ?? 100
  const total = Exact.fromNumber(totalNumber)
  if (Result.isFailure(total) || totalNumber < 0) return Result.fail(new CannotDistribute({ reason: "invalid-total" }))
  const rs: Array<Exact.Exact> = []
  for (const [index, r] of ratios.entries()) {
    const e = Exact.fromNumber(r)
    if (Result.isFailure(e) || !(r > 0))
      return Result.fail(new CannotDistribute({ reason: "non-positive-ratio", index }))
    rs.push(e.success)
  }
  const unit = 10n ** BigInt(scale)
  const sum = Exact.sum(rs)
  // units of 10^-scale: quota_i = total × r_i / Σr × 10^scale
  const totalUnits = Exact.multiply(total.success, Exact.int(unit))
  if (totalUnits.d !== 1n) return Result.fail(new CannotDistribute({ reason: "invalid-total" }))
  const quotas = rs.map((r) => Exact.fraction(totalUnits.n * r.n * sum.d, r.d * sum.n))
  const floors = quotas.map((q) => q.n / q.d)
  let left = totalUnits.n - floors.reduce((a, b) => a + b, 0n)
  const order = quotas
    .map((q, i) => ({ i, rest: Exact.subtract(q, Exact.int(floors[i] as bigint)) }))
    .sort((a, b) => Exact.compare(b.rest, a.rest) || a.i - b.i)
  for (const { i } of order) {
    if (left <= 0n) break
    floors[i] = (floors[i] as bigint) + 1n
    left -= 1n
  }
  return Result.succeed(floors.map((u) => Exact.toNumber(Exact.fraction(u, unit))))
}
