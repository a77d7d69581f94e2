/**
 * Indikator kinerja: indicator definitions, target and realisasi, achievement (capaian) and weighted aggregation.
 *
 * An indicator is policy data ({@link Definition}): an id, a label, a category (the four aspects of PP 46/2011 and
 * PermenPAN-RB 8/2021, `kuantitas`, `kualitas`, `waktu`, `biaya`, or a region's own such as `disiplin` or
 * `interaksi-dengan-masyarakat`), a direction and an optional cap. An employee's {@link Measurement} gives the target
 * and the realisasi for one period. {@link capaian} computes the achievement **in percent, exactly**, following the
 * PermenPAN-RB 8/2021 formulas:
 *
 * - `higher-is-better`: `c = realisasi / target × 100`;
 * - `lower-is-better` (*kondisi khusus*, e.g. cost or time): `c = (2 − realisasi / target) × 100`, **clamped at 0**
 *   (the regulation gives no lower limit, so a realisasi beyond twice the target gives 0, never a negative value);
 * - `range`: inside `[lower, upper]` the capaian is 100; above the upper bound the upper bound is the target, below
 *   the lower bound the lower bound is the target.
 *
 * A definition's `cap` (in percent) then limits the capaian. Nothing is rounded here: rounding happens once, at the
 * decision point of the policy that uses the value.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Exact from "./Exact.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The four aspects named by the regulations (PP 46/2011 Pasal 5; PermenPAN-RB 8/2021). Policies may use other
 * categories too (see {@link Category}).
 *
 * @category models
 * @since 0.1.0
 */
export const standardCategories = ["kuantitas", "kualitas", "waktu", "biaya"] as const

/**
 * An indicator category: one of {@link standardCategories} or a region's own in kebab-case, such as `disiplin` or
 * `interaksi-dengan-masyarakat`.
 *
 * @category models
 * @since 0.1.0
 */
export const Category = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, { message: "expected a kebab-case category id" }))
)

/**
 * @category models
 * @since 0.1.0
 */
export type Category = typeof Category.Type

/**
 * How realisasi is compared with the target.
 *
 * @category models
 * @since 0.1.0
 */
export const Direction = Schema.Literals(["higher-is-better", "lower-is-better", "range"])

/**
 * @category models
 * @since 0.1.0
 */
export type Direction = typeof Direction.Type

/**
 * An id of an indicator, a scorecard or a policy: kebab-case.
 *
 * @category models
 * @since 0.1.0
 */
export const Id = Schema.String.pipe(
  Schema.check(Schema.isPattern(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: "expected a kebab-case id" }))
)

/**
 * An indicator definition (policy data). `cap` is the largest capaian in percent that counts (for example 100 or
 * 120); without it the capaian is not limited from above.
 *
 * @category models
 * @since 0.1.0
 */
export const Definition = Schema.Struct({
  id: Id,
  label: Schema.NonEmptyString,
  category: Category,
  direction: Direction,
  unit: Schema.optionalKey(Schema.String),
  cap: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0)))),
  description: Schema.optionalKey(Schema.String),
  legalBasis: Schema.optionalKey(LegalBasis)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Definition = typeof Definition.Type

/**
 * A range target, inclusive at both ends.
 *
 * @category models
 * @since 0.1.0
 */
export const RangeTarget = Schema.Struct({
  lower: Schema.Finite,
  upper: Schema.Finite
})

/**
 * @category models
 * @since 0.1.0
 */
export type RangeTarget = typeof RangeTarget.Type

/**
 * One employee's target and realisasi for one indicator in one period. `target` is a number for
 * `higher-is-better` and `lower-is-better` indicators and a {@link RangeTarget} for `range` indicators.
 * `targetMaksimal` marks a target that was already the maximum attainable (PermenPAN-RB 8/2021: a capaian of
 * exactly 100% then has the IKI nilai 120); it does not change the capaian itself.
 *
 * @category models
 * @since 0.1.0
 */
export const Measurement = Schema.Struct({
  indicator: Schema.String,
  target: Schema.Union([Schema.Finite, RangeTarget]),
  realisasi: Schema.Finite,
  targetMaksimal: Schema.optionalKey(Schema.Boolean)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Measurement = typeof Measurement.Type

/**
 * A capaian with its explanation. `percent` is exact; the trace shows every value as {@link Exact.format} text. The
 * trace is built on first access (and by `JSON.stringify`), so batch scoring does not format text nobody reads.
 *
 * @category models
 * @since 0.1.0
 */
export interface Capaian {
  readonly indicator: string
  readonly percent: Exact.Exact
  readonly trace: CapaianTrace
}

/**
 * The JSON-serialisable explanation of a capaian.
 *
 * @category models
 * @since 0.1.0
 */
export interface CapaianTrace {
  readonly rule: "capaian"
  readonly direction: Direction
  readonly formula: string
  readonly target: string
  readonly realisasi: string
  /** The target actually divided by (for range targets, the bound that was crossed). */
  readonly effectiveTarget: string | undefined
  /** The capaian before the zero floor and the cap. */
  readonly raw: string
  readonly clampedAtZero: boolean
  readonly cap: string | undefined
  readonly capped: boolean
  readonly percent: string
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A target that cannot be divided by: zero or negative for `higher-is-better`/`lower-is-better`, or a range whose
 * bound that would be divided by is not positive.
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidTarget extends Data.TaggedError("InvalidTarget")<{
  readonly indicator: string
  readonly reason: "not-positive" | "range-expected" | "number-expected" | "range-inverted"
  readonly target: string
}> {}

/**
 * A negative realisasi.
 *
 * @category errors
 * @since 0.1.0
 */
export class NegativeRealisasi extends Data.TaggedError("NegativeRealisasi")<{
  readonly indicator: string
  readonly realisasi: number
}> {}

/**
 * Weights that do not sum to exactly 100 (percent).
 *
 * @category errors
 * @since 0.1.0
 */
export class WeightsDoNotSum extends Data.TaggedError("WeightsDoNotSum")<{
  readonly total: string
  readonly expected: string
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type IndicatorError = InvalidTarget | NegativeRealisasi | WeightsDoNotSum

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Checks a measurement against its definition without computing: the kind of target matches the direction, targets
 * that are divided by are positive, a range is not inverted and realisasi is not negative. Returns the first problem
 * as a typed error, or `undefined` when the measurement can be scored.
 *
 * @example
 * ```ts
 * import { Indicator } from "@pembinaan/core"
 * Indicator.check(definition, { indicator: "laporan", target: 0, realisasi: 3 })?._tag // => "InvalidTarget"
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const check = (definition: Definition, m: Measurement): InvalidTarget | NegativeRealisasi | undefined => {
  const indicator = definition.id
  if (m.realisasi < 0) return new NegativeRealisasi({ indicator, realisasi: m.realisasi })
  if (definition.direction === "range") {
    if (typeof m.target === "number") {
      return new InvalidTarget({ indicator, reason: "range-expected", target: String(m.target) })
    }
    const text = `${m.target.lower}–${m.target.upper}`
    if (m.target.lower > m.target.upper) return new InvalidTarget({ indicator, reason: "range-inverted", target: text })
    if (!(m.target.lower > 0)) return new InvalidTarget({ indicator, reason: "not-positive", target: text })
    return undefined
  }
  if (typeof m.target !== "number") {
    return new InvalidTarget({
      indicator,
      reason: "number-expected",
      target: `${m.target.lower}–${m.target.upper}`
    })
  }
  if (!(m.target > 0)) return new InvalidTarget({ indicator, reason: "not-positive", target: String(m.target) })
  return undefined
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const HUNDRED = Exact.int(100)
const TWO_HUNDRED = Exact.int(200)

/** r / t × 100 for t > 0 (checked by the caller). */
const ratio = (r: Exact.Exact, t: Exact.Exact): Exact.Exact => Exact.fraction(r.n * t.d * 100n, r.d * t.n)

/**
 * The capaian of one measurement, in percent, exactly. See the module description for the formulas; a
 * `lower-is-better` capaian is clamped at 0 and any capaian above the definition's `cap` is the cap.
 *
 * Fails with {@link InvalidTarget} (target zero, negative, of the wrong kind, or an inverted range) or
 * {@link NegativeRealisasi}; never returns NaN or Infinity.
 *
 * @example
 * ```ts
 * import { Exact, Indicator } from "@pembinaan/core"
 * const laporan = { id: "laporan", label: "Laporan", category: "kuantitas", direction: "higher-is-better" } as const
 * const r = Indicator.capaian(laporan, { indicator: "laporan", target: 12, realisasi: 9 })
 * Exact.format(Result.getOrThrow(r).percent) // => "75"
 *
 * const biaya = { ...laporan, id: "biaya", category: "biaya", direction: "lower-is-better" } as const
 * Exact.format(Result.getOrThrow(Indicator.capaian(biaya, { indicator: "biaya", target: 100, realisasi: 90 })).percent)
 * // => "110"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const capaian: {
  (measurement: Measurement): (definition: Definition) => Result.Result<Capaian, InvalidTarget | NegativeRealisasi>
  (definition: Definition, measurement: Measurement): Result.Result<Capaian, InvalidTarget | NegativeRealisasi>
} = dual(2, (definition: Definition, m: Measurement): Result.Result<Capaian, InvalidTarget | NegativeRealisasi> => {
  const problem = check(definition, m)
  if (problem) return Result.fail(problem)
  return Result.succeed(capaianUnchecked(definition, m))
})

/**
 * {@link capaian} for a measurement already validated with {@link check} (the evaluation hot path). Computing it for
 * a measurement that {@link check} rejects is a programming error.
 *
 * @example
 * ```ts
 * import { Exact, Indicator } from "@pembinaan/core"
 * const m = { indicator: "laporan", target: 12, realisasi: 9 }
 * if (Indicator.check(laporan, m) === undefined) Exact.format(Indicator.capaianUnchecked(laporan, m).percent) // => "75"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const capaianUnchecked = (definition: Definition, m: Measurement): Capaian => {
  const r = Exact.fromFinite(m.realisasi)
  let raw: Exact.Exact
  let effective: Exact.Exact | undefined
  let rule: 0 | 1 | 2 | 3 | 4
  switch (definition.direction) {
    case "higher-is-better": {
      effective = Exact.fromFinite(m.target as number)
      raw = ratio(r, effective)
      rule = 0
      break
    }
    case "lower-is-better": {
      effective = Exact.fromFinite(m.target as number)
      raw = Exact.subtract(TWO_HUNDRED, ratio(r, effective))
      rule = 1
      break
    }
    case "range": {
      const range = m.target as RangeTarget
      const lo = Exact.fromFinite(range.lower)
      const hi = Exact.fromFinite(range.upper)
      if (Exact.lessThan(r, lo)) {
        effective = lo
        raw = ratio(r, lo)
        rule = 2
      } else if (Exact.lessThan(hi, r)) {
        effective = hi
        raw = ratio(r, hi)
        rule = 3
      } else {
        effective = undefined
        raw = HUNDRED
        rule = 4
      }
      break
    }
  }
  let percent = raw
  const clampedAtZero = raw.n < 0n
  if (clampedAtZero) percent = Exact.zero
  const cap = definition.cap === undefined ? undefined : Exact.fromFinite(definition.cap)
  const capped = cap !== undefined && Exact.lessThan(cap, percent)
  if (capped) percent = cap
  return new CapaianResult(definition, m, r, raw, effective, rule, clampedAtZero, cap, capped, percent)
}

/** A {@link Capaian} whose trace text is formatted on first access (a prototype getter keeps creation cheap). */
class CapaianResult implements Capaian {
  readonly indicator: string
  readonly percent: Exact.Exact
  #trace: CapaianTrace | undefined
  readonly #definition: Definition
  readonly #m: Measurement
  readonly #r: Exact.Exact
  readonly #raw: Exact.Exact
  readonly #effective: Exact.Exact | undefined
  readonly #rule: 0 | 1 | 2 | 3 | 4
  readonly #clampedAtZero: boolean
  readonly #cap: Exact.Exact | undefined
  readonly #capped: boolean
  constructor(
    definition: Definition,
    m: Measurement,
    r: Exact.Exact,
    raw: Exact.Exact,
    effective: Exact.Exact | undefined,
    rule: 0 | 1 | 2 | 3 | 4,
    clampedAtZero: boolean,
    cap: Exact.Exact | undefined,
    capped: boolean,
    percent: Exact.Exact
  ) {
    this.indicator = definition.id
    this.percent = percent
    this.#definition = definition
    this.#m = m
    this.#r = r
    this.#raw = raw
    this.#effective = effective
    this.#rule = rule
    this.#clampedAtZero = clampedAtZero
    this.#cap = cap
    this.#capped = capped
  }
  get trace(): CapaianTrace {
    const m = this.#m
    this.#trace ??= {
      rule: "capaian",
      direction: this.#definition.direction,
      formula: FORMULAS[this.#rule],
      target:
        typeof m.target === "number"
          ? Exact.format(Exact.fromFinite(m.target))
          : `${Exact.format(Exact.fromFinite(m.target.lower))}–${Exact.format(Exact.fromFinite(m.target.upper))}`,
      realisasi: Exact.format(this.#r),
      effectiveTarget: this.#effective === undefined ? undefined : Exact.format(this.#effective),
      raw: Exact.format(this.#raw),
      clampedAtZero: this.#clampedAtZero,
      cap: this.#cap === undefined ? undefined : Exact.format(this.#cap),
      capped: this.#capped,
      percent: Exact.format(this.percent)
    }
    return this.#trace
  }
  toJSON(): { indicator: string; percent: string; trace: CapaianTrace } {
    return { indicator: this.indicator, percent: Exact.format(this.percent), trace: this.trace }
  }
}

const FORMULAS = [
  "realisasi / target × 100",
  "(2 − realisasi / target) × 100, at least 0",
  "below the range: realisasi / lower bound × 100",
  "above the range: realisasi / upper bound × 100",
  "within the range: 100"
] as const

/**
 * One weighted value: a weight in percent and a value (a capaian or a nilai).
 *
 * @category models
 * @since 0.1.0
 */
export interface Weighted {
  readonly weight: Exact.Exact
  readonly value: Exact.Exact
}

/**
 * The weighted aggregate `Σ weightᵢ / 100 × valueᵢ`, exactly. The weights are percentages and must sum to exactly
 * 100 (no float tolerance: 33.33 + 33.33 + 33.33 fails; use `Policy.distributeWeights`). The result is on the same
 * scale as the values; it is not rounded. The order of the items does not matter.
 *
 * @example
 * ```ts
 * import { Exact, Indicator } from "@pembinaan/core"
 * const r = Indicator.aggregate([
 *   { weight: Exact.int(60), value: Exact.int(110) },
 *   { weight: Exact.int(40), value: Exact.int(90) }
 * ])
 * Exact.format(Result.getOrThrow(r)) // => "102"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const aggregate = (items: ReadonlyArray<Weighted>): Result.Result<Exact.Exact, WeightsDoNotSum> => {
  let total = Exact.zero
  let acc = Exact.zero
  for (const item of items) {
    total = Exact.add(total, item.weight)
    acc = Exact.add(acc, Exact.multiply(item.weight, item.value))
  }
  if (!Exact.equals(total, HUNDRED)) {
    return Result.fail(new WeightsDoNotSum({ total: Exact.format(total), expected: "100" }))
  }
  return Result.succeed(Exact.fraction(acc.n, acc.d * 100n))
}
