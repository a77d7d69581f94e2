/**
 * Numeric SKP schemes: the PermenPAN-RB 8/2021 IKI value formula, the PP 30/2019 combination of SKP and perilaku
 * kerja (70/30 or 60/40) with its predikat bands, and the legacy PP 46/2011 prestasi kerja scheme.
 *
 * Each scheme is policy data (a Schema-typed document whose tables are {@link Band.Table}s); the concrete tables are
 * in `Presets.nationalPolicy`. All arithmetic is {@link Exact}; every scheme names the one point where it rounds:
 *
 * - IKI (8/2021): the capaian is rounded once at the kategori table's scale and mode; that rounded capaian picks the
 *   kategori **and** is the `c` of the interpolation, so the trace reads the same number that decided. The nilai is
 *   not rounded (it is summed into the nilai akhir SKP, which is rounded where it is banded).
 * - PP 30/2019 and PP 46/2011: the combined score is rounded once at the band table's scale and mode, then the
 *   inclusive lower edges decide.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models: PermenPAN-RB 8/2021 IKI
// ---------------------------------------------------------------------------------------------------------------

const Point = Schema.Struct({ capaian: Schema.Finite, nilai: Schema.Finite })

/**
 * The linear nilai of one kategori: from `(from.capaian, from.nilai)` to `(to.capaian, to.nilai)`. When the two
 * capaian are equal the nilai is the constant `from.nilai` (Baik: 109 at exactly 100%).
 *
 * @category models
 * @since 0.1.0
 */
export const Segment = Schema.Struct({ from: Point, to: Point })

/**
 * @category models
 * @since 0.1.0
 */
export type Segment = typeof Segment.Type

/**
 * The IKI value scheme of PermenPAN-RB 8/2021. `kategori` classifies the capaian (percent) into Sangat Baik … Sangat
 * Kurang; its rounding is the capaian decision point. `segments[label]` is that kategori's interpolation; `maxNilai`
 * caps the nilai (120: so `c > 110` gives 120); `targetMaksimal` is the nilai when the capaian is exactly 100% and
 * the target was already the maximum attainable.
 *
 * @category models
 * @since 0.1.0
 */
export const IkiScheme = Schema.Struct({
  kategori: Band.Table,
  segments: Schema.Record(Schema.String, Segment),
  maxNilai: Schema.Finite,
  targetMaksimal: Schema.Struct({ capaian: Schema.Finite, nilai: Schema.Finite }),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type IkiScheme = typeof IkiScheme.Type

/**
 * The nilai of one IKI with its explanation.
 *
 * @category models
 * @since 0.1.0
 */
export interface IkiValue {
  readonly kategori: string
  readonly nilai: Exact.Exact
  readonly trace: {
    readonly rule: "iki-8-2021"
    readonly capaian: Exact.Rounded
    readonly kategori: string
    readonly formula: string
    readonly nilaiBeforeCap: string
    readonly capped: boolean
    readonly targetMaksimal: boolean
    readonly nilai: string
    readonly legalBasis: LegalBasis
    /** Present when rounding the capaian moved it across a kategori edge (99.995 % → 100.00 %, Baik, 109). */
    readonly edge?: Band.EdgeNote
  }
}

// ---------------------------------------------------------------------------------------------------------------
// models: PP 30/2019
// ---------------------------------------------------------------------------------------------------------------

/**
 * A split of the combined score in percent: SKP and perilaku kerja; the two must sum to exactly 100.
 *
 * @category models
 * @since 0.1.0
 */
export const Split = Schema.Struct({ skp: Schema.Finite, perilaku: Schema.Finite })

/**
 * @category models
 * @since 0.1.0
 */
export type Split = typeof Split.Type

/**
 * PP 30/2019 Pasal 41: nilai kinerja = SKP × w + perilaku × (1 − w). `uses360` is a **per-instansi** flag: an instansi
 * that takes input from rekan kerja setingkat and bawahan langsung uses `dengan360` (60/40), otherwise `tanpa360`
 * (70/30). `table` bands the combined score (range 0–120); `sangatBaik` is the overlapping top predikat: a score of
 * at least `lower` in the band `within` is `label` only when the PNS created a new idea or method.
 *
 * @category models
 * @since 0.1.0
 */
export const Pp30Scheme = Schema.Struct({
  uses360: Schema.Boolean,
  weights: Schema.Struct({ tanpa360: Split, dengan360: Split }),
  table: Band.Table,
  sangatBaik: Schema.Struct({
    label: Schema.NonEmptyString,
    lower: Schema.Finite,
    within: Schema.NonEmptyString,
    legalBasis: LegalBasis
  }),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Pp30Scheme = typeof Pp30Scheme.Type

/**
 * One employee's inputs to {@link pp30}. `menciptakanIdeBaru`: the PNS created a new idea and/or method that benefits
 * the organisation or the state (Pasal 41(5)(a)).
 *
 * @category models
 * @since 0.1.0
 */
export const Pp30Input = Schema.Struct({
  nilaiSkp: Schema.Finite,
  nilaiPerilaku: Schema.Finite,
  menciptakanIdeBaru: Schema.Boolean
})

/**
 * @category models
 * @since 0.1.0
 */
export type Pp30Input = typeof Pp30Input.Type

/**
 * A combined score with its predikat and explanation (PP 30/2019 or PP 46/2011).
 *
 * @category models
 * @since 0.1.0
 */
export interface Combined {
  readonly predikat: string
  readonly score: Exact.Rounded
  readonly trace: {
    readonly rule: "pp30-2019" | "pp46-2011"
    readonly inputs: { readonly nilaiSkp: string; readonly nilaiPerilaku: string }
    readonly weights: { readonly skp: string; readonly perilaku: string }
    readonly weightsChosenBy: string
    readonly weightedSkp: string
    readonly weightedPerilaku: string
    readonly combined: string
    readonly band: Band.Classification
    readonly fired: "band" | "sangat-baik-ide-baru" | "ide-baru-absent"
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// models: PP 46/2011
// ---------------------------------------------------------------------------------------------------------------

/**
 * The aspects of one kegiatan under PP 46/2011.
 *
 * @category models
 * @since 0.1.0
 */
export const Aspek = Schema.Literals(["kuantitas", "kualitas", "waktu", "biaya"])

/**
 * @category models
 * @since 0.1.0
 */
export type Aspek = typeof Aspek.Type

/**
 * PP 46/2011: prestasi kerja = SKP × 60% + perilaku × 40% (`weights`), banded by `table` (0–100). `efisiensiAbove`
 * says what to do when the time or cost efficiency exceeds 24%: the formula quoted for that case is UNCONFIRMED, so
 * `reject` fails with {@link UnconfirmedFormula} and `unconfirmed-formula` applies the quoted formula (and marks it in
 * the trace).
 *
 * @category models
 * @since 0.1.0
 */
export const Pp46Scheme = Schema.Struct({
  weights: Split,
  efisiensiAbove24: Schema.Literals(["reject", "unconfirmed-formula"]),
  table: Band.Table,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Pp46Scheme = typeof Pp46Scheme.Type

const Positive = Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0)))
const NonNegative = Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

/**
 * One kegiatan of a PP 46/2011 SKP: target and realisasi per applicable aspect (kuantitas is required; the others
 * only when the kegiatan has them).
 *
 * @category models
 * @since 0.1.0
 */
export const Pp46Kegiatan = Schema.Struct({
  kuantitas: Schema.Struct({ target: Positive, realisasi: NonNegative }),
  kualitas: Schema.optionalKey(Schema.Struct({ target: Positive, realisasi: NonNegative })),
  waktu: Schema.optionalKey(Schema.Struct({ target: Positive, realisasi: NonNegative })),
  biaya: Schema.optionalKey(Schema.Struct({ target: Positive, realisasi: NonNegative }))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Pp46Kegiatan = typeof Pp46Kegiatan.Type

/**
 * The inputs of {@link pp46}: the kegiatan of the SKP and the nilai perilaku kerja (0–100).
 *
 * @category models
 * @since 0.1.0
 */
export const Pp46Input = Schema.Struct({
  kegiatan: Schema.Array(Pp46Kegiatan).pipe(Schema.check(Schema.isMinLength(1))),
  nilaiPerilaku: Schema.Finite
})

/**
 * @category models
 * @since 0.1.0
 */
export type Pp46Input = typeof Pp46Input.Type

/**
 * The nilai of one aspect of one kegiatan under PP 46/2011.
 *
 * @category models
 * @since 0.1.0
 */
export interface AspekValue {
  readonly aspek: Aspek
  readonly nilai: Exact.Exact
  readonly trace: {
    readonly formula: string
    readonly target: string
    readonly realisasi: string
    readonly efisiensi: string | undefined
    readonly unconfirmed: boolean
    readonly nilai: string
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A computation would need a formula the domain reference lists as UNCONFIRMED, and the policy chose to reject it.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnconfirmedFormula extends Data.TaggedError("UnconfirmedFormula")<{
  readonly rule: string
  readonly path: ReadonlyArray<string | number>
  readonly value: string
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type SkpError = UnconfirmedFormula | Band.ScoreOutOfRange | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

const ex = Exact.fromFinite
const HUNDRED = Exact.int(100)

const splitProblems = (split: Split, at: ReadonlyArray<string | number>): Array<Input.Problem> => {
  const total = Exact.add(ex(split.skp), ex(split.perilaku))
  const out: Array<Input.Problem> = []
  if (!Exact.equals(total, HUNDRED)) {
    out.push({
      path: [...at],
      code: "weights-do-not-sum",
      message: `skp + perilaku must be exactly 100, not ${Exact.format(total)}`
    })
  }
  for (const key of ["skp", "perilaku"] as const) {
    if (split[key] < 0)
      out.push({ path: [...at, key], code: "negative-weight", message: "a weight must not be negative" })
  }
  return out
}

/**
 * Every problem of an IKI scheme, with paths: the kategori table's problems, a kategori without a segment, a segment
 * for no kategori, a segment whose `to.capaian` is below its `from.capaian`.
 *
 * @example
 * ```ts
 * import { Presets, Skp } from "@pembinaan/core"
 * Skp.ikiProblems(Presets.nationalPolicy.iki) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const ikiProblems = (scheme: IkiScheme, at: ReadonlyArray<string | number> = []): Array<Input.Problem> => {
  const out: Array<Input.Problem> = [...Band.problems(scheme.kategori, [...at, "kategori"])]
  const labels = new Set(scheme.kategori.bands.map((b) => b.label))
  scheme.kategori.bands.forEach((band, i) => {
    if (!(band.label in scheme.segments)) {
      out.push({
        path: [...at, "segments", band.label],
        code: "missing-segment",
        message: `kategori "${band.label}" (kategori.bands[${i}]) has no nilai segment`
      })
    }
  })
  for (const [label, segment] of Object.entries(scheme.segments)) {
    if (!labels.has(label)) {
      out.push({
        path: [...at, "segments", label],
        code: "unknown-kategori",
        message: `no kategori band is labelled "${label}"`
      })
    }
    if (segment.to.capaian < segment.from.capaian) {
      out.push({
        path: [...at, "segments", label, "to", "capaian"],
        code: "inverted-segment",
        message: "to.capaian must not be below from.capaian"
      })
    }
  }
  return out
}

/**
 * Every problem of a PP 30/2019 scheme, with paths: the band table's problems, splits that do not sum to exactly 100,
 * and a `sangatBaik.within` that names no band.
 *
 * @example
 * ```ts
 * import { Presets, Skp } from "@pembinaan/core"
 * Skp.pp30Problems(Presets.nationalPolicy.pp30) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const pp30Problems = (scheme: Pp30Scheme, at: ReadonlyArray<string | number> = []): Array<Input.Problem> => {
  const out: Array<Input.Problem> = [
    ...Band.problems(scheme.table, [...at, "table"]),
    ...splitProblems(scheme.weights.tanpa360, [...at, "weights", "tanpa360"]),
    ...splitProblems(scheme.weights.dengan360, [...at, "weights", "dengan360"])
  ]
  if (!scheme.table.bands.some((b) => b.label === scheme.sangatBaik.within)) {
    out.push({
      path: [...at, "sangatBaik", "within"],
      code: "unknown-band",
      message: `no band is labelled "${scheme.sangatBaik.within}"`
    })
  }
  return out
}

/**
 * Every problem of a PP 46/2011 scheme, with paths.
 *
 * @example
 * ```ts
 * import { Presets, Skp } from "@pembinaan/core"
 * Skp.pp46Problems(Presets.nationalPolicy.pp46) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const pp46Problems = (scheme: Pp46Scheme, at: ReadonlyArray<string | number> = []): Array<Input.Problem> => [
  ...Band.problems(scheme.table, [...at, "table"]),
  ...splitProblems(scheme.weights, [...at, "weights"])
]

const validate = <A>(
  decoded: Result.Result<A, Input.InvalidInput>,
  subject: string,
  problems: (a: A) => ReadonlyArray<Input.Problem>
): Result.Result<A, Input.InvalidInput> =>
  Result.flatMap(decoded, (a) => {
    const found = problems(a)
    return found.length === 0 ? Result.succeed(a) : Result.fail(new Input.InvalidInput({ subject, problems: found }))
  })

/**
 * Decodes and validates an IKI scheme document, reporting every problem with its path.
 *
 * @example
 * ```ts
 * import { Skp } from "@pembinaan/core"
 * Skp.decodeIkiScheme(JSON.parse(json)) // => Result.succeed(scheme) or Result.fail(InvalidInput { problems })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeIkiScheme = (input: unknown): Result.Result<IkiScheme, Input.InvalidInput> =>
  validate(Input.decode(IkiScheme, "IkiScheme")(input), "IkiScheme", (s) => ikiProblems(s))

/**
 * Decodes and validates a PP 30/2019 scheme document, reporting every problem with its path.
 *
 * @example
 * ```ts
 * import { Skp } from "@pembinaan/core"
 * Skp.decodePp30Scheme({ ...scheme, weights: { ...scheme.weights, tanpa360: { skp: 70, perilaku: 20 } } })
 * // => Result.fail(InvalidInput { problems: [{ path: ["weights", "tanpa360"], code: "weights-do-not-sum" }] })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePp30Scheme = (input: unknown): Result.Result<Pp30Scheme, Input.InvalidInput> =>
  validate(Input.decode(Pp30Scheme, "Pp30Scheme")(input), "Pp30Scheme", (s) => pp30Problems(s))

/**
 * Decodes and validates a PP 46/2011 scheme document, reporting every problem with its path.
 *
 * @example
 * ```ts
 * import { Skp } from "@pembinaan/core"
 * Skp.decodePp46Scheme(JSON.parse(json)) // => Result.succeed(scheme) or Result.fail(InvalidInput { problems })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePp46Scheme = (input: unknown): Result.Result<Pp46Scheme, Input.InvalidInput> =>
  validate(Input.decode(Pp46Scheme, "Pp46Scheme")(input), "Pp46Scheme", (s) => pp46Problems(s))

// ---------------------------------------------------------------------------------------------------------------
// combinators: IKI
// ---------------------------------------------------------------------------------------------------------------

const interpolate = (segment: Segment, c: Exact.Exact): { nilai: Exact.Exact; formula: string } => {
  const c0 = ex(segment.from.capaian)
  const c1 = ex(segment.to.capaian)
  const v0 = ex(segment.from.nilai)
  const v1 = ex(segment.to.nilai)
  if (Exact.equals(c0, c1)) return { nilai: v0, formula: `${Exact.format(v0)}` }
  const slope = Exact.fraction((v1.n * v0.d - v0.n * v1.d) * c1.d * c0.d, v1.d * v0.d * (c1.n * c0.d - c0.n * c1.d))
  return {
    nilai: Exact.add(v0, Exact.multiply(slope, Exact.subtract(c, c0))),
    formula: `${Exact.format(v0)} + ((${Exact.format(v1)} − ${Exact.format(v0)}) / (${Exact.format(c1)} − ${Exact.format(c0)})) × (${Exact.format(c)} − ${Exact.format(c0)})`
  }
}

/**
 * The nilai of one IKI from its capaian (percent) under PermenPAN-RB 8/2021.
 *
 * The capaian is rounded **once** at the kategori table's scale and mode; the rounded value picks the kategori
 * (inclusive lower edges, so with scale 2 a capaian of 99.5 is Cukup and 99.995 rounds to 100.00, Baik) and is the
 * `c` of the kategori's interpolation. The nilai is capped at `maxNilai` (so `c > 110` gives 120) and floored at 0.
 * With `targetMaksimal` and a rounded capaian equal to `scheme.targetMaksimal.capaian` (100) the nilai is
 * `scheme.targetMaksimal.nilai` (120). A capaian outside the kategori range is clamped or rejected as the table says.
 *
 * @example
 * ```ts
 * import { Exact, Presets, Skp } from "@pembinaan/core"
 * const iki = Presets.nationalPolicy.iki
 * Exact.format(Result.getOrThrow(Skp.nilaiIki(iki, Exact.int(100))).nilai) // => "109"
 * Exact.format(Result.getOrThrow(Skp.nilaiIki(iki, Exact.int(101))).nilai) // => "110"
 * Exact.format(Result.getOrThrow(Skp.nilaiIki(iki, Exact.int(90))).nilai) // => "80"
 * Exact.format(Result.getOrThrow(Skp.nilaiIki(iki, Exact.int(115))).nilai) // => "120"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const nilaiIki = (
  scheme: IkiScheme,
  capaian: Exact.Exact,
  options: { readonly targetMaksimal?: boolean } = {}
): Result.Result<IkiValue, Band.ScoreOutOfRange> =>
  Result.map(Band.classify(scheme.kategori, capaian), (k) => {
    const c = Exact.clamp(
      Exact.roundExact(capaian, scheme.kategori.rounding),
      ex(scheme.kategori.range.min),
      ex(scheme.kategori.range.max)
    )
    const segment = scheme.segments[k.label]
    const maksimal =
      options.targetMaksimal === true && Exact.equals(c, ex(scheme.targetMaksimal.capaian))
        ? ex(scheme.targetMaksimal.nilai)
        : undefined
    const { nilai: raw, formula } =
      maksimal !== undefined
        ? { nilai: maksimal, formula: `target maksimal: ${Exact.format(maksimal)}` }
        : segment
          ? interpolate(segment, c)
          : { nilai: Exact.zero, formula: "no segment" }
    const max = ex(scheme.maxNilai)
    const nilai = Exact.clamp(raw, Exact.zero, max)
    return {
      kategori: k.label,
      nilai,
      trace: {
        rule: "iki-8-2021",
        capaian: k.score,
        kategori: k.label,
        formula,
        nilaiBeforeCap: Exact.format(raw),
        capped: !Exact.equals(raw, nilai),
        targetMaksimal: maksimal !== undefined,
        nilai: Exact.format(nilai),
        legalBasis: scheme.legalBasis,
        ...(k.trace.edge ? { edge: k.trace.edge } : {})
      }
    }
  })

// ---------------------------------------------------------------------------------------------------------------
// combinators: PP 30/2019 and PP 46/2011
// ---------------------------------------------------------------------------------------------------------------

const combine = (
  rule: "pp30-2019" | "pp46-2011",
  table: Band.Table,
  split: Split,
  weightsChosenBy: string,
  skp: Exact.Exact,
  perilaku: Exact.Exact,
  legalBasis: LegalBasis,
  sangatBaik:
    | ((k: Band.Classification, rounded: Exact.Exact) => { predikat: string; fired: Combined["trace"]["fired"] })
    | undefined
): Result.Result<Combined, Band.ScoreOutOfRange> => {
  const ws = Exact.fraction(ex(split.skp).n, ex(split.skp).d * 100n)
  const wp = Exact.fraction(ex(split.perilaku).n, ex(split.perilaku).d * 100n)
  const a = Exact.multiply(ws, skp)
  const b = Exact.multiply(wp, perilaku)
  const combined = Exact.add(a, b)
  return Result.map(Band.classify(table, combined), (band) => {
    const rounded = Exact.clamp(Exact.roundExact(combined, table.rounding), ex(table.range.min), ex(table.range.max))
    const top = sangatBaik ? sangatBaik(band, rounded) : { predikat: band.label, fired: "band" as const }
    return {
      predikat: top.predikat,
      score: band.score,
      trace: {
        rule,
        inputs: { nilaiSkp: Exact.format(skp), nilaiPerilaku: Exact.format(perilaku) },
        weights: { skp: Exact.format(ex(split.skp)), perilaku: Exact.format(ex(split.perilaku)) },
        weightsChosenBy,
        weightedSkp: Exact.format(a),
        weightedPerilaku: Exact.format(b),
        combined: Exact.format(combined),
        band,
        fired: top.fired,
        legalBasis
      }
    }
  })
}

const rangeProblems = (
  values: ReadonlyArray<readonly [string, number]>,
  table: Band.Table
): ReadonlyArray<Input.Problem> =>
  values
    .filter(([, v]) => v < table.range.min || v > table.range.max)
    .map(([key, v]) => ({
      path: [key],
      code: "out-of-range",
      message: `${v} is outside [${table.range.min}, ${table.range.max}]`
    }))

/**
 * The PP 30/2019 nilai kinerja and predikat of one PNS from untrusted input.
 *
 * `nilaiKinerja = w × nilaiSkp + (1 − w) × nilaiPerilaku` with the split the instansi's `uses360` flag selects (70/30
 * without peer and subordinate input, 60/40 with it), computed exactly and rounded **once** at the band table's scale
 * and mode. The rounded score is banded with inclusive lower edges (preset: Cukup 70 ≤ x < 90, Baik 90 ≤ x ≤ 120, and
 * the UNCONFIRMED Kurang 50 ≤ x < 70 and Sangat Kurang x < 50). A score of at least `sangatBaik.lower` (110) in the
 * Baik band is Sangat Baik **only** when `menciptakanIdeBaru` is true; otherwise it stays Baik and the trace says
 * `ide-baru-absent`. Inputs outside the table's range (0–120) are problems with their paths.
 *
 * @example
 * ```ts
 * import { Presets, Skp } from "@pembinaan/core"
 * const scheme = Presets.nationalPolicy.pp30
 * Result.getOrThrow(Skp.pp30(scheme, { nilaiSkp: 115, nilaiPerilaku: 110, menciptakanIdeBaru: true })).predikat
 * // => "Sangat Baik" (0.7 × 115 + 0.3 × 110 = 113.5)
 * Result.getOrThrow(Skp.pp30(scheme, { nilaiSkp: 115, nilaiPerilaku: 110, menciptakanIdeBaru: false })).predikat
 * // => "Baik"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const pp30: {
  (input: unknown): (scheme: Pp30Scheme) => Result.Result<Combined, SkpError>
  (scheme: Pp30Scheme, input: unknown): Result.Result<Combined, SkpError>
} = dual(2, (scheme: Pp30Scheme, input: unknown): Result.Result<Combined, SkpError> => {
  const decoded = Input.decode(Pp30Input, "Pp30Input")(input)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const i = decoded.success
  const bad = rangeProblems(
    [
      ["nilaiSkp", i.nilaiSkp],
      ["nilaiPerilaku", i.nilaiPerilaku]
    ],
    scheme.table
  )
  if (bad.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Pp30Input", problems: bad }))
  const split = scheme.uses360 ? scheme.weights.dengan360 : scheme.weights.tanpa360
  const lower = ex(scheme.sangatBaik.lower)
  return combine(
    "pp30-2019",
    scheme.table,
    split,
    scheme.uses360
      ? "uses360: the instansi uses input from rekan kerja setingkat and bawahan langsung (Pasal 41(4))"
      : "uses360 false: no input from rekan kerja setingkat and bawahan langsung (Pasal 41(3))",
    ex(i.nilaiSkp),
    ex(i.nilaiPerilaku),
    scheme.legalBasis,
    (band, rounded) => {
      const qualifies = band.label === scheme.sangatBaik.within && Exact.greaterThanOrEqualTo(rounded, lower)
      if (!qualifies) return { predikat: band.label, fired: "band" }
      return i.menciptakanIdeBaru
        ? { predikat: scheme.sangatBaik.label, fired: "sangat-baik-ide-baru" }
        : { predikat: band.label, fired: "ide-baru-absent" }
    }
  )
})

/**
 * The nilai of one aspect of a PP 46/2011 kegiatan.
 *
 * - kuantitas, kualitas: `realisasi / target × 100`;
 * - waktu, biaya: `efisiensi = 100 − realisasi / target × 100`; when `efisiensi ≤ 24`,
 *   `nilai = (1.76 × target − realisasi) / target × 100` (76 at realisasi = target, 100 at realisasi = 0.76 × target),
 *   floored at 0. Above 24% the quoted formula `76 − ((1.76 × target − realisasi) / target × 100 − 100)` is
 *   UNCONFIRMED: the scheme's `efisiensiAbove24` rejects it or applies it, marked in the trace.
 *
 * Not rounded.
 *
 * @example
 * ```ts
 * import { Exact, Presets, Skp } from "@pembinaan/core"
 * const s = Presets.nationalPolicy.pp46
 * Exact.format(Result.getOrThrow(Skp.pp46Aspek(s, "waktu", { target: 12, realisasi: 12 })).nilai) // => "76"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const pp46Aspek = (
  scheme: Pp46Scheme,
  aspek: Aspek,
  m: { readonly target: number; readonly realisasi: number },
  path: ReadonlyArray<string | number> = []
): Result.Result<AspekValue, UnconfirmedFormula> => {
  const t = ex(m.target)
  const r = ex(m.realisasi)
  const pct = Exact.fraction(r.n * t.d * 100n, r.d * t.n)
  const base = { target: Exact.format(t), realisasi: Exact.format(r) }
  if (aspek === "kuantitas" || aspek === "kualitas") {
    return Result.succeed({
      aspek,
      nilai: pct,
      trace: {
        ...base,
        formula: "realisasi / target × 100",
        efisiensi: undefined,
        unconfirmed: false,
        nilai: Exact.format(pct)
      }
    })
  }
  const efisiensi = Exact.subtract(HUNDRED, pct)
  const main = Exact.subtract(Exact.fraction(176, 1), pct) // (1.76 t − r) / t × 100
  if (Exact.compare(efisiensi, Exact.int(24)) <= 0) {
    const nilai = Exact.max(main, Exact.zero)
    return Result.succeed({
      aspek,
      nilai,
      trace: {
        ...base,
        formula: "(1.76 × target − realisasi) / target × 100, at least 0 (efisiensi ≤ 24%)",
        efisiensi: Exact.format(efisiensi),
        unconfirmed: false,
        nilai: Exact.format(nilai)
      }
    })
  }
  if (scheme.efisiensiAbove24 === "reject") {
    return Result.fail(
      new UnconfirmedFormula({ rule: "pp46-2011 efisiensi > 24%", path: [...path], value: Exact.format(efisiensi) })
    )
  }
  const nilai = Exact.max(Exact.subtract(Exact.int(76), Exact.subtract(main, HUNDRED)), Exact.zero)
  return Result.succeed({
    aspek,
    nilai,
    trace: {
      ...base,
      formula: "76 − ((1.76 × target − realisasi) / target × 100 − 100), at least 0 (efisiensi > 24%, UNCONFIRMED)",
      efisiensi: Exact.format(efisiensi),
      unconfirmed: true,
      nilai: Exact.format(nilai)
    }
  })
}

/**
 * The result of {@link pp46}: the combined prestasi kerja with the SKP breakdown.
 *
 * @category models
 * @since 0.1.0
 */
export interface Pp46Result extends Combined {
  readonly kegiatan: ReadonlyArray<{
    readonly nilai: string
    readonly dilaksanakan: boolean
    readonly aspek: ReadonlyArray<AspekValue["trace"] & { readonly aspek: Aspek }>
  }>
  readonly nilaiSkp: string
}

/**
 * PP 46/2011 prestasi kerja from untrusted input: each kegiatan's nilai is the mean of its applicable aspects (a
 * kegiatan whose kuantitas realisasi is 0 was not executed: its nilai is 0 and it still counts); nilai SKP is the
 * mean of the kegiatan; prestasi kerja = SKP × 60% + perilaku × 40%, rounded once at the table's scale and banded
 * (preset: Sangat Baik ≥ 91, Baik ≥ 76, Cukup ≥ 61, Kurang ≥ 51, Buruk below).
 *
 * @example
 * ```ts
 * import { Presets, Skp } from "@pembinaan/core"
 * const kegiatan = [{
 *   kuantitas: { target: 10, realisasi: 10 }, kualitas: { target: 100, realisasi: 90 },
 *   waktu: { target: 12, realisasi: 12 }, biaya: { target: 1000, realisasi: 1000 }
 * }]
 * Result.getOrThrow(Skp.pp46(Presets.nationalPolicy.pp46, { kegiatan, nilaiPerilaku: 80 })).nilaiSkp // => "85.5"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const pp46: {
  (input: unknown): (scheme: Pp46Scheme) => Result.Result<Pp46Result, SkpError>
  (scheme: Pp46Scheme, input: unknown): Result.Result<Pp46Result, SkpError>
} = dual(2, (scheme: Pp46Scheme, input: unknown): Result.Result<Pp46Result, SkpError> => {
  const decoded = Input.decode(Pp46Input, "Pp46Input")(input)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const i = decoded.success
  const bad = rangeProblems([["nilaiPerilaku", i.nilaiPerilaku]], scheme.table)
  if (bad.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Pp46Input", problems: bad }))
  const kegiatan: Array<Pp46Result["kegiatan"][number]> = []
  let sum = Exact.zero
  for (const [k, keg] of i.kegiatan.entries()) {
    const dilaksanakan = keg.kuantitas.realisasi !== 0
    const aspek: Array<AspekValue["trace"] & { aspek: Aspek }> = []
    let total = Exact.zero
    for (const name of ["kuantitas", "kualitas", "waktu", "biaya"] as const) {
      const m = keg[name]
      if (m === undefined) continue
      const v = pp46Aspek(scheme, name, m, ["kegiatan", k, name])
      if (Result.isFailure(v)) return Result.fail(v.failure)
      aspek.push({ aspek: name, ...v.success.trace })
      total = Exact.add(total, v.success.nilai)
    }
    const nilai = dilaksanakan ? Exact.fraction(total.n, total.d * BigInt(aspek.length)) : Exact.zero
    sum = Exact.add(sum, nilai)
    kegiatan.push({ nilai: Exact.format(nilai), dilaksanakan, aspek })
  }
  const skp = Exact.fraction(sum.n, sum.d * BigInt(i.kegiatan.length))
  return Result.map(
    combine(
      "pp46-2011",
      scheme.table,
      scheme.weights,
      "PP 46/2011 Pasal 5: SKP 60%, perilaku kerja 40%",
      skp,
      ex(i.nilaiPerilaku),
      scheme.legalBasis,
      undefined
    ),
    (c) => ({ ...c, kegiatan, nilaiSkp: Exact.format(skp) })
  )
})
