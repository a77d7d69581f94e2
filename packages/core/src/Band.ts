/**
 * Band tables: classifying an exact score into a labelled band, as policy data.
 *
 * A table names its scale and rounding ({@link Exact.Rounding}), the range of valid scores and its bands in ascending
 * order, each with an **inclusive lower edge**; a band ends where the next begins. Classification rounds the exact
 * score **once** at the table's scale and mode, then compares the rounded value with the edges exactly. No float
 * comparison ever decides a band, so 89.995 with scale 2 half-up is 90.00 and falls in the band that starts at 90.
 *
 * Printed regulations give bands as closed ranges ("80–99", "2.60–3.064"). A band may carry the printed `upper` edge
 * for the record; validation accepts it when it meets the next band's lower edge or stops exactly one unit of the
 * table's scale before it (the printed gap at that precision), and reports every other gap or overlap with its path.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * One band: a label and its inclusive lower edge. `upper` is the printed upper edge, for validation and docs only.
 *
 * @category models
 * @since 0.1.0
 */
export const Band = Schema.Struct({
  label: Schema.NonEmptyString,
  lower: Schema.Finite,
  upper: Schema.optionalKey(Schema.Finite),
  description: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Band = typeof Band.Type

/**
 * A band table. `range` is the valid score range (inclusive at both ends); `outOfRange` says whether a score outside
 * it is an error (`reject`) or clamped into it (`clamp`).
 *
 * @category models
 * @since 0.1.0
 */
export const Table = Schema.Struct({
  rounding: Exact.Rounding,
  range: Schema.Struct({ min: Schema.Finite, max: Schema.Finite }),
  outOfRange: Schema.Literals(["reject", "clamp"]),
  bands: Schema.Array(Band).pipe(Schema.check(Schema.isMinLength(1))),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Table = typeof Table.Type

/**
 * A note that rounding moved a score across a band edge: the exact score lies in band `withoutRounding`, the
 * rounded one (which decides) in the band found. For example 89.995 rounded half-up to 2 decimals is 90.00, Baik,
 * although 89.995 is below the edge 90 (Cukup). Tables that round by `floor` at the edges' precision never produce
 * it (see {@link roundsAcrossEdges}).
 *
 * @category models
 * @since 0.4.0
 */
export interface EdgeNote {
  readonly note: "rounding-crossed-edge"
  readonly exact: string
  readonly rounded: string
  /** The edge that was crossed. */
  readonly edge: number
  /** The band of the exact, unrounded score. */
  readonly withoutRounding: string
  readonly message: { readonly id: string; readonly en: string }
}

/**
 * The band a score fell into, with everything needed to explain it. `trace.edge` is present only when rounding
 * moved the score across an edge ({@link EdgeNote}).
 *
 * @category models
 * @since 0.1.0
 */
export interface Classification {
  readonly label: string
  readonly index: number
  readonly score: Exact.Rounded
  readonly trace: {
    readonly rule: "band"
    /** The inclusive lower edge of the band that matched. */
    readonly lower: number
    /** The next band's lower edge (exclusive), or the range's maximum (inclusive) for the last band. */
    readonly upper: number
    readonly clamped: boolean
    readonly legalBasis: LegalBasis
    readonly edge?: EdgeNote
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A score outside the table's range when the table rejects such scores.
 *
 * @category errors
 * @since 0.1.0
 */
export class ScoreOutOfRange extends Data.TaggedError("ScoreOutOfRange")<{
  readonly score: string
  readonly min: number
  readonly max: number
}> {}

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

const ex = (n: number): Exact.Exact => Exact.fromFinite(n)

/**
 * Checks a decoded table for structural problems and returns every one with its path (empty when valid):
 * edges not strictly ascending (overlap), a first edge that is not the range minimum (not covering the scale), an
 * edge outside the range, a printed `upper` edge that leaves a gap or overlaps the next band, edges finer than the
 * table's scale.
 *
 * @example
 * ```ts
 * import { Band } from "@pembinaan/core"
 * Band.problems({ ...table, bands: [{ label: "A", lower: 10 }] })
 * // => [{ path: ["bands", 0, "lower"], code: "not-covering", ... }]
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const problems = (table: Table, at: ReadonlyArray<string | number> = []): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const push = (path: ReadonlyArray<string | number>, code: string, message: string) =>
    out.push({ path: [...at, ...path], code, message })
  const { min, max } = table.range
  const unit = Exact.fraction(1, 10n ** BigInt(table.rounding.scale))
  if (!(min < max)) push(["range"], "empty-range", `range.min (${min}) must be below range.max (${max})`)
  const first = table.bands[0]
  if (first && first.lower !== min) {
    push(["bands", 0, "lower"], "not-covering", `the first band must start at range.min (${min}), not ${first.lower}`)
  }
  table.bands.forEach((band, i) => {
    const lower = ex(band.lower)
    if (!Exact.equals(Exact.roundExact(lower, { scale: table.rounding.scale, mode: "down" }), lower)) {
      push(
        ["bands", i, "lower"],
        "finer-than-scale",
        `edge ${band.lower} has more decimals than the table's scale (${table.rounding.scale}); no rounded score can meet it`
      )
    }
    if (band.lower < min || band.lower > max) {
      push(["bands", i, "lower"], "outside-range", `edge ${band.lower} is outside the range [${min}, ${max}]`)
    }
    const next = table.bands[i + 1]
    if (next && !(next.lower > band.lower)) {
      push(
        ["bands", i + 1, "lower"],
        "overlap",
        `band "${next.label}" starts at ${next.lower}, not above the previous band's start ${band.lower}`
      )
    }
    if (band.upper !== undefined) {
      const upper = ex(band.upper)
      const end = next ? ex(next.lower) : ex(max)
      if (next) {
        const meets = Exact.equals(upper, end) || Exact.equals(Exact.add(upper, unit), end)
        if (!meets) {
          const kind = Exact.lessThan(upper, end) ? "gap" : "overlap"
          push(
            ["bands", i, "upper"],
            kind,
            kind === "gap"
              ? `values between ${band.upper} and ${next.lower} belong to no band at scale ${table.rounding.scale}`
              : `band "${band.label}" ends at ${band.upper}, past the next band's start ${next.lower}`
          )
        }
      } else if (!Exact.equals(upper, end)) {
        push(["bands", i, "upper"], "not-covering", `the last band must end at range.max (${max}), not ${band.upper}`)
      }
    }
  })
  return out
}

/**
 * Decodes a table document and validates it, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeTable = (input: unknown): Result.Result<Table, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Table, "BandTable")(input), (table) => {
    const found = problems(table)
    return found.length === 0
      ? Result.succeed(table)
      : Result.fail(new Input.InvalidInput({ subject: "BandTable", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * Classifies an exact score: rounds once at the table's scale and mode, clamps or rejects outside the range, then
 * finds the last band whose inclusive lower edge is at or below the rounded value.
 *
 * @example
 * ```ts
 * import { Band, Exact } from "@pembinaan/core"
 * // Cukup starts at 70, Baik at 90 (scale 2, half-up)
 * Band.classify(table, Exact.fraction(89995, 1000)) // => Result.succeed({ label: "Baik", score: { text: "90.00" } … })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const classify: {
  (score: Exact.Exact): (table: Table) => Result.Result<Classification, ScoreOutOfRange>
  (table: Table, score: Exact.Exact): Result.Result<Classification, ScoreOutOfRange>
} = dual(2, (table: Table, score: Exact.Exact): Result.Result<Classification, ScoreOutOfRange> => {
  const min = ex(table.range.min)
  const max = ex(table.range.max)
  let value = Exact.roundExact(score, table.rounding)
  let clamped = false
  if (Exact.lessThan(value, min) || Exact.lessThan(max, value)) {
    if (table.outOfRange === "reject") {
      return Result.fail(
        new ScoreOutOfRange({ score: Exact.format(score), min: table.range.min, max: table.range.max })
      )
    }
    value = Exact.clamp(value, min, max)
    clamped = true
  }
  let index = 0
  for (let i = table.bands.length - 1; i >= 0; i--) {
    const band = table.bands[i]
    if (band && Exact.greaterThanOrEqualTo(value, ex(band.lower))) {
      index = i
      break
    }
  }
  const band = table.bands[index] as Band
  const rounded = Exact.round(value, table.rounding)
  const edge = clamped ? undefined : edgeNote(table, score, index, rounded.text)
  return Result.succeed({
    label: band.label,
    index,
    score: { ...rounded, before: Exact.format(score) },
    trace: {
      rule: "band",
      lower: band.lower,
      upper: table.bands[index + 1]?.lower ?? table.range.max,
      clamped,
      legalBasis: table.legalBasis,
      ...(edge ? { edge } : {})
    }
  })
})

/** The band index of an exact score (no rounding), or -1 outside the range. */
const exactIndex = (table: Table, score: Exact.Exact): number => {
  if (Exact.lessThan(score, ex(table.range.min)) || Exact.lessThan(ex(table.range.max), score)) return -1
  for (let i = table.bands.length - 1; i >= 0; i--) {
    const band = table.bands[i]
    if (band && Exact.greaterThanOrEqualTo(score, ex(band.lower))) return i
  }
  return 0
}

const edgeNote = (table: Table, score: Exact.Exact, index: number, rounded: string): EdgeNote | undefined => {
  const i = exactIndex(table, score)
  if (i < 0 || i === index) return undefined
  const edge = (table.bands[Math.max(i, index)] as Band).lower
  const without = (table.bands[i] as Band).label
  const label = (table.bands[index] as Band).label
  const exact = Exact.format(score)
  return {
    note: "rounding-crossed-edge",
    exact,
    rounded,
    edge,
    withoutRounding: without,
    message: {
      id: `Pembulatan ${exact} menjadi ${rounded} melewati batas ${edge}: ${label}, padahal nilai tanpa pembulatan termasuk ${without}.`,
      en: `Rounding ${exact} to ${rounded} crossed the edge ${edge}: ${label}, although the unrounded value is ${without}.`
    }
  }
}

/**
 * Whether rounding before banding can move a score across one of the table's edges. It cannot when the table
 * rounds by `floor` (or `down` on a non-negative range) at a scale that holds every edge exactly: then
 * `x ≥ edge ⟺ round(x) ≥ edge`, which is banding the exact value, the literal reading of "70 ≤ x < 90". Every
 * other rounding can (89.995 half-up → 90.00), and {@link classify} then notes the crossing in `trace.edge`.
 *
 * @example
 * ```ts
 * import { Band } from "@pembinaan/core"
 * Band.roundsAcrossEdges({ ...table, rounding: { scale: 2, mode: "half-up" } }) // => true
 * Band.roundsAcrossEdges({ ...table, rounding: { scale: 2, mode: "floor" } }) // => false
 * ```
 *
 * @category combinators
 * @since 0.4.0
 */
export const roundsAcrossEdges = (table: Table): boolean => {
  const { mode, scale } = table.rounding
  const truncates = mode === "floor" || (mode === "down" && table.range.min >= 0)
  if (!truncates) return true
  return !table.bands.every((b) => Exact.equals(Exact.roundExact(ex(b.lower), { scale, mode: "floor" }), ex(b.lower)))
}
