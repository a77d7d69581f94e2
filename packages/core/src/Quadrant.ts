/**
 * The national performance quadrant (kuadran kinerja pegawai) of PermenPAN-RB 6/2022.
 *
 * The Pejabat Penilai rates *hasil kerja* (results) and *perilaku kerja* (behaviour) as one of three ratings;
 * the predikat kinerja is read from a 3×3 matrix. The matrix is **not symmetric**: high results with poor
 * behaviour is `Kurang/Misconduct`, poor results with high behaviour is `Butuh Perbaikan`. The matrix is policy
 * data ({@link Matrix}); the national one is `Presets.national.quadrant`.
 *
 * @since 0.1.0
 */

import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The three ratings of PermenPAN-RB 6/2022, ordered from lowest to highest.
 *
 * @category models
 * @since 0.1.0
 */
export const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"] as const

/**
 * A rating of hasil kerja or perilaku kerja.
 *
 * @category models
 * @since 0.1.0
 */
export const Rating = Schema.Literals(ratings)

/**
 * @category models
 * @since 0.1.0
 */
export type Rating = typeof Rating.Type

/**
 * The five predikat kinerja, ordered from best to worst.
 *
 * @category models
 * @since 0.1.0
 */
export const predikats = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"] as const

/**
 * A predikat kinerja pegawai.
 *
 * @category models
 * @since 0.1.0
 */
export const Predikat = Schema.Literals(predikats)

/**
 * @category models
 * @since 0.1.0
 */
export type Predikat = typeof Predikat.Type

/** One row of the matrix: the predikat for each perilaku rating. */
const Row = Schema.Struct({
  "Dibawah Ekspektasi": Predikat,
  "Sesuai Ekspektasi": Predikat,
  "Diatas Ekspektasi": Predikat
})

/**
 * A quadrant matrix as policy data: `cells[hasilKerja][perilakuKerja]` is the predikat. Every one of the nine
 * cells must be present; a missing cell is a decode problem with its path.
 *
 * @category models
 * @since 0.1.0
 */
export const Matrix = Schema.Struct({
  cells: Schema.Struct({
    "Dibawah Ekspektasi": Row,
    "Sesuai Ekspektasi": Row,
    "Diatas Ekspektasi": Row
  }),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Matrix = typeof Matrix.Type

/**
 * The two ratings of one employee for one period.
 *
 * @category models
 * @since 0.1.0
 */
export const Ratings = Schema.Struct({
  hasilKerja: Rating,
  perilakuKerja: Rating
})

/**
 * @category models
 * @since 0.1.0
 */
export type Ratings = typeof Ratings.Type

/**
 * The predikat with its explanation: the ratings it came from, the cell that was read and the legal basis.
 *
 * @category models
 * @since 0.1.0
 */
export interface Outcome {
  readonly predikat: Predikat
  readonly trace: {
    readonly rule: "kuadran"
    readonly inputs: Ratings
    readonly cell: readonly [hasilKerja: Rating, perilakuKerja: Rating]
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A rating was not one of the three ratings the regulation names. `field` says which one.
 *
 * `value` echoes what was received when it is a string, a finite number, a boolean or `null`; anything else (NaN,
 * ±Infinity, a bigint, an object, an array, a symbol) is echoed as a short description such as `"NaN"` or
 * `"[object Object]"`, so the error is always safe to display and to serialise as JSON.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownRating extends Data.TaggedError("UnknownRating")<{
  readonly field: "hasilKerja" | "perilakuKerja"
  readonly value: unknown
  readonly expected: ReadonlyArray<string>
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type QuadrantError = UnknownRating | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// guards
// ---------------------------------------------------------------------------------------------------------------

/**
 * Whether a value is one of the three ratings.
 *
 * @example
 * ```ts
 * import { Quadrant } from "@pembinaan/core"
 * Quadrant.isRating("Sesuai Ekspektasi") // => true
 * Quadrant.isRating("Baik") // => false
 * ```
 *
 * @category guards
 * @since 0.1.0
 */
export const isRating = (u: unknown): u is Rating =>
  typeof u === "string" && (ratings as ReadonlyArray<string>).includes(u)

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * Reads the predikat for two decoded ratings from a matrix. Total: every pair of ratings has a cell.
 *
 * @example
 * ```ts
 * import { Presets, Quadrant } from "@pembinaan/core"
 *
 * Quadrant.classify(Presets.national.quadrant, {
 *   hasilKerja: "Diatas Ekspektasi",
 *   perilakuKerja: "Dibawah Ekspektasi"
 * }).predikat // => "Kurang/Misconduct"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const classify: {
  (ratings: Ratings): (matrix: Matrix) => Outcome
  (matrix: Matrix, ratings: Ratings): Outcome
} = dual(
  2,
  (matrix: Matrix, input: Ratings): Outcome => ({
    predikat: matrix.cells[input.hasilKerja][input.perilakuKerja],
    trace: {
      rule: "kuadran",
      inputs: { hasilKerja: input.hasilKerja, perilakuKerja: input.perilakuKerja },
      cell: [input.hasilKerja, input.perilakuKerja],
      legalBasis: matrix.legalBasis
    }
  })
)

/** A received value as it may be shown and serialised: primitives as they are, anything else described. */
const echo = (value: unknown): unknown =>
  typeof value === "string" || typeof value === "boolean" || value === null || Number.isFinite(value)
    ? value
    : typeof value === "number" || typeof value === "bigint"
      ? String(value)
      : Object.prototype.toString.call(value)

/**
 * Decodes untrusted ratings (for example from a form) and reads the predikat. A value that is not one of the
 * three ratings fails with {@link UnknownRating} naming the field; any other shape problem fails with
 * {@link Input.InvalidInput} listing every path.
 *
 * @example
 * ```ts
 * import { Presets, Quadrant } from "@pembinaan/core"
 *
 * const r = Quadrant.evaluate(Presets.national.quadrant, { hasilKerja: "Istimewa", perilakuKerja: "Sesuai Ekspektasi" })
 * // r._tag === "Failure"; r.failure._tag => "UnknownRating"; r.failure.field => "hasilKerja"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const evaluate: {
  (input: unknown): (matrix: Matrix) => Result.Result<Outcome, QuadrantError>
  (matrix: Matrix, input: unknown): Result.Result<Outcome, QuadrantError>
} = dual(2, (matrix: Matrix, input: unknown): Result.Result<Outcome, QuadrantError> => {
  if (typeof input === "object" && input !== null) {
    for (const field of ["hasilKerja", "perilakuKerja"] as const) {
      const value = (input as Record<string, unknown>)[field]
      if (value !== undefined && !isRating(value)) {
        return Result.fail(new UnknownRating({ field, value: echo(value), expected: [...ratings] }))
      }
    }
  }
  return Result.map(decodeRatings(input), (r) => classify(matrix, r))
})

/**
 * Decodes untrusted ratings, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeRatings = Input.decode(Ratings, "Ratings")

/**
 * Decodes a matrix document (policy data), reporting every missing or invalid cell with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeMatrix = Input.decode(Matrix, "QuadrantMatrix")
