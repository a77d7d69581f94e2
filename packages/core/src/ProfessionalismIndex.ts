/**
 * Indeks Profesionalitas ASN (IP ASN) of PermenPAN-RB 38/2018 and Peraturan BKN 8/2019.
 *
 * Four dimensions, each scored in points out of its weight: **kualifikasi** 25, **kompetensi** 40, **kinerja** 30,
 * **disiplin** 5. `IP = Σ dimension points` (out of 100). The point tables are policy data ({@link Policy}):
 * a dimension either takes the points of **one** item (`one-of`: the highest education, the predikat, the
 * discipline record) or the **sum** of the items that apply, capped at the dimension's weight (`sum-capped`: the
 * training history). Most point values are UNCONFIRMED (only S3 = 25, S2 = 20 and the 15-point training items
 * were read) and each item says so with `confirmed`.
 *
 * Categories (Band table, lower-inclusive): `≥ 91` Sangat Tinggi, `≥ 81` Tinggi, `≥ 71` Sedang, `≥ 61` Rendah,
 * else Sangat Rendah. The presets round **down** (floor, 2 decimals) before banding, so a fractional 90.995 stays
 * Tinggi: the printed bands are integer-labelled ("81–90") and "≥ 91" must not be reached by rounding up.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The four dimensions in their regulation order.
 *
 * @category models
 * @since 0.1.0
 */
export const dimensions = ["kualifikasi", "kompetensi", "kinerja", "disiplin"] as const

/**
 * A dimension id.
 *
 * @category models
 * @since 0.1.0
 */
export const DimensionId = Schema.Literals(dimensions)

/**
 * @category models
 * @since 0.1.0
 */
export type DimensionId = typeof DimensionId.Type

/**
 * One row of a point table.
 *
 * @category models
 * @since 0.1.0
 */
export const Item = Schema.Struct({
  id: Schema.NonEmptyString,
  label: Schema.NonEmptyString,
  points: Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  confirmed: Schema.Boolean
})

/**
 * @category models
 * @since 0.1.0
 */
export type Item = typeof Item.Type

/**
 * One dimension: its weight (maximum points), how items combine, and its point table.
 *
 * @category models
 * @since 0.1.0
 */
export const Dimension = Schema.Struct({
  id: DimensionId,
  weight: Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0))),
  mode: Schema.Literals(["one-of", "sum-capped"]),
  items: Schema.Array(Item).pipe(Schema.check(Schema.isMinLength(1))),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Dimension = typeof Dimension.Type

/**
 * An IP ASN policy: the four dimensions (weights must sum to exactly 100) and the category table.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  dimensions: Schema.Array(Dimension),
  categories: Band.Table,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * One employee's record: for a `one-of` dimension the item id, for a `sum-capped` dimension the list of item ids
 * that apply (possibly empty).
 *
 * @category models
 * @since 0.1.0
 */
export const Entry = Schema.Struct({
  kualifikasi: Schema.Union([Schema.String, Schema.Array(Schema.String)]),
  kompetensi: Schema.Union([Schema.String, Schema.Array(Schema.String)]),
  kinerja: Schema.Union([Schema.String, Schema.Array(Schema.String)]),
  disiplin: Schema.Union([Schema.String, Schema.Array(Schema.String)])
})

/**
 * @category models
 * @since 0.1.0
 */
export type Entry = typeof Entry.Type

/**
 * The points of one dimension, with what was selected.
 *
 * @category models
 * @since 0.1.0
 */
export interface DimensionScore {
  readonly id: DimensionId
  readonly weight: number
  readonly selected: ReadonlyArray<string>
  /** Exact points (after the cap). */
  readonly points: string
  /** The uncapped sum, when the cap applied. */
  readonly uncapped: string | null
  readonly confirmed: boolean
}

/**
 * The index: total, category and per-dimension points with the trace.
 *
 * @category models
 * @since 0.1.0
 */
export interface Index {
  readonly total: string
  readonly category: Band.Classification
  readonly dimensions: ReadonlyArray<DimensionScore>
  /** False when any point value used is unconfirmed. */
  readonly confirmed: boolean
  readonly trace: {
    readonly rule: "ip-asn"
    readonly formula: "IP = kualifikasi + kompetensi + kinerja + disiplin"
    readonly weights: { readonly [K in DimensionId]: number }
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every problem of a policy with its path: each of the four dimensions exactly once, weights summing exactly to
 * 100, item points above the dimension's weight, duplicate item ids, a category table not spanning 0–100, and the
 * band table's own problems.
 *
 * @example
 * ```ts
 * import { ProfessionalismIndex, Presets } from "@pembinaan/core"
 * ProfessionalismIndex.policyProblems(Presets.competency.ipAsn) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const policyProblems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const seen = new Map<string, number>()
  policy.dimensions.forEach((d, i) => {
    if (seen.has(d.id)) out.push({ path: ["dimensions", i, "id"], code: "duplicate", message: `"${d.id}" twice` })
    seen.set(d.id, i)
    const ids = new Set<string>()
    d.items.forEach((item, k) => {
      if (ids.has(item.id)) {
        out.push({ path: ["dimensions", i, "items", k, "id"], code: "duplicate", message: `item "${item.id}" twice` })
      }
      ids.add(item.id)
      if (item.points > d.weight) {
        out.push({
          path: ["dimensions", i, "items", k, "points"],
          code: "above-weight",
          message: `${item.points} points exceed the dimension's weight ${d.weight}`
        })
      }
    })
  })
  for (const id of dimensions) {
    if (!seen.has(id)) out.push({ path: ["dimensions"], code: "missing", message: `dimension "${id}" is missing` })
  }
  const total = Exact.sum(policy.dimensions.map((d) => Exact.fromFinite(d.weight)))
  if (!Exact.equals(total, Exact.int(100))) {
    out.push({
      path: ["dimensions"],
      code: "weights-sum",
      message: `the weights sum to ${Exact.format(total)}, not exactly 100`
    })
  }
  if (policy.categories.range.min !== 0 || policy.categories.range.max !== 100) {
    out.push({ path: ["categories", "range"], code: "range", message: "the category table must span 0–100" })
  }
  out.push(...Band.problems(policy.categories, ["categories"]))
  return out
}

/**
 * Decodes and validates an IP ASN policy document.
 *
 * @example
 * ```ts
 * import { ProfessionalismIndex, Presets } from "@pembinaan/core"
 * ProfessionalismIndex.decodePolicy(Presets.competency.ipAsn) // => Result.succeed(policy)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "IpAsnPolicy")(input), (p) => {
    const found = policyProblems(p)
    return found.length === 0
      ? Result.succeed(p)
      : Result.fail(new Input.InvalidInput({ subject: "IpAsnPolicy", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * Computes the IP ASN of an (untrusted) record. Every problem is reported with its path: a missing dimension, a
 * list given for a `one-of` dimension or a single id for a `sum-capped` one, an unknown item id, an item listed
 * twice. Points are exact; the total is rounded once by the category table (floor, 2 decimals in the presets).
 *
 * @example
 * ```ts
 * import { ProfessionalismIndex, Presets } from "@pembinaan/core"
 * const ip = ProfessionalismIndex.compute(Presets.competency.ipAsn, {
 *   kualifikasi: "s2", kompetensi: ["diklat-kepemimpinan", "diklat-teknis"], kinerja: "baik", disiplin: "tidak-pernah"
 * })
 * // 20 + 30 + 25 + 5 = 80 → category "Sedang"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const compute: {
  (input: unknown): (policy: Policy) => Result.Result<Index, Input.InvalidInput | Band.ScoreOutOfRange>
  (policy: Policy, input: unknown): Result.Result<Index, Input.InvalidInput | Band.ScoreOutOfRange>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<Index, Input.InvalidInput | Band.ScoreOutOfRange> =>
    Result.flatMap(
      Input.decode(Entry, "IpAsnEntry")(input),
      (record): Result.Result<Index, Input.InvalidInput | Band.ScoreOutOfRange> => {
        const problems: Array<Input.Problem> = []
        const scores: Array<DimensionScore> = []
        let total = Exact.zero
        for (const d of policy.dimensions) {
          const value = record[d.id]
          const byId = new Map(d.items.map((item) => [item.id, item]))
          let selected: ReadonlyArray<string>
          if (d.mode === "one-of") {
            if (typeof value !== "string") {
              problems.push({ path: [d.id], code: "type", message: `"${d.id}" takes one item id, not a list` })
              continue
            }
            selected = [value]
          } else {
            if (typeof value === "string") {
              problems.push({ path: [d.id], code: "type", message: `"${d.id}" takes a list of item ids` })
              continue
            }
            selected = value
          }
          let sum = Exact.zero
          let confirmed = true
          const used = new Set<string>()
          selected.forEach((id, k) => {
            const path = d.mode === "one-of" ? [d.id] : [d.id, k]
            const item = byId.get(id)
            if (item === undefined) {
              problems.push({
                path,
                code: "unknown",
                message: `"${id}" is not an item of ${d.id}: ${[...byId.keys()].join(", ")}`
              })
              return
            }
            if (used.has(id)) {
              problems.push({ path, code: "duplicate", message: `"${id}" is listed twice` })
              return
            }
            used.add(id)
            sum = Exact.add(sum, Exact.fromFinite(item.points))
            confirmed = confirmed && item.confirmed
          })
          const weight = Exact.fromFinite(d.weight)
          const points = Exact.min(sum, weight)
          total = Exact.add(total, points)
          scores.push({
            id: d.id,
            weight: d.weight,
            selected,
            points: Exact.format(points),
            uncapped: Exact.lessThan(weight, sum) ? Exact.format(sum) : null,
            confirmed
          })
        }
        if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "IpAsnEntry", problems }))
        const weights = Object.fromEntries(policy.dimensions.map((d) => [d.id, d.weight])) as {
          readonly [K in DimensionId]: number
        }
        return Result.map(Band.classify(policy.categories, total), (category) => ({
          total: Exact.format(total),
          category,
          dimensions: scores,
          confirmed: scores.every((s) => s.confirmed),
          trace: {
            rule: "ip-asn" as const,
            formula: "IP = kualifikasi + kompetensi + kinerja + disiplin" as const,
            weights,
            legalBasis: policy.legalBasis
          }
        }))
      }
    )
)
