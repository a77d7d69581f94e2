/**
 * Manajemen talenta: the 9-box (kotak manajemen talenta) of PermenPAN-RB 3/2020.
 *
 * The **kinerja** axis comes from the predikat kinerja through a policy mapping (typically Sangat Baik → Di Atas
 * Ekspektasi, Baik → Sesuai, lower → Di Bawah; a local convention, unconfirmed as national). The **potensial** axis
 * is a score with two configurable cut-offs and a stated inclusivity:
 * - `inclusive: "lower"`: a cut-off belongs to the higher level (`x ≥ 72` is Tinggi);
 * - `inclusive: "upper"`: a cut-off belongs to the lower level (`x ≤ 72` is Menengah, `x > 72` Tinggi).
 *
 * The score is rounded **once** at the axis's scale and mode, then compared exactly. There is **one** comparison:
 * {@link potensialLevel} yields the level, and the box is looked up from that level, so the label and the box can
 * never disagree (a peer app labelled 72 "high" with `≥` but boxed it in the middle column with `>`). The upper
 * inclusivity is implemented as a Band table whose edge is one unit of the axis's scale above the cut-off, which is
 * exact on rounded values.
 *
 * Box numbering is **not** row-major; it is the explicit table of PermenPAN-RB 3/2020 (policy data):
 *
 * | Kinerja \ Potensial | Rendah | Menengah | Tinggi |
 * |---|---|---|---|
 * | Di Atas Ekspektasi | 4 | 7 | 9 |
 * | Sesuai Ekspektasi | 2 | 5 | 8 |
 * | Di Bawah Ekspektasi | 1 | 3 | 6 |
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The kinerja levels of the 9-box, lowest first.
 *
 * @category models
 * @since 0.1.0
 */
export const kinerjaLevels = ["Di Bawah Ekspektasi", "Sesuai Ekspektasi", "Di Atas Ekspektasi"] as const

/**
 * A kinerja level.
 *
 * @category models
 * @since 0.1.0
 */
export const KinerjaLevel = Schema.Literals(kinerjaLevels)

/**
 * @category models
 * @since 0.1.0
 */
export type KinerjaLevel = typeof KinerjaLevel.Type

/**
 * The potensial levels of the 9-box, lowest first.
 *
 * @category models
 * @since 0.1.0
 */
export const potensialLevels = ["Rendah", "Menengah", "Tinggi"] as const

/**
 * A potensial level.
 *
 * @category models
 * @since 0.1.0
 */
export const PotensialLevel = Schema.Literals(potensialLevels)

/**
 * @category models
 * @since 0.1.0
 */
export type PotensialLevel = typeof PotensialLevel.Type

/**
 * A box number, 1 to 9.
 *
 * @category models
 * @since 0.1.0
 */
export const BoxNumber = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 9 })))

/**
 * @category models
 * @since 0.1.0
 */
export type BoxNumber = typeof BoxNumber.Type

/**
 * The potensial axis: range, rounding, the two cut-offs (`menengah` starts the middle level, `tinggi` the top) and
 * which side a cut-off belongs to.
 *
 * @category models
 * @since 0.1.0
 */
export const Axis = Schema.Struct({
  rounding: Exact.Rounding,
  range: Schema.Struct({ min: Schema.Finite, max: Schema.Finite }),
  outOfRange: Schema.Literals(["reject", "clamp"]),
  cutoffs: Schema.Struct({ menengah: Schema.Finite, tinggi: Schema.Finite }),
  inclusive: Schema.Literals(["lower", "upper"]),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Axis = typeof Axis.Type

const PotensialRow = Schema.Struct({ Rendah: BoxNumber, Menengah: BoxNumber, Tinggi: BoxNumber })

/**
 * A 9-box policy: predikat → kinerja mapping, potensial axis, the box numbering and the recommended action per box.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  kinerja: Schema.Struct({
    mapping: Schema.Struct({
      "Sangat Baik": KinerjaLevel,
      Baik: KinerjaLevel,
      "Butuh Perbaikan": KinerjaLevel,
      "Kurang/Misconduct": KinerjaLevel,
      "Sangat Kurang": KinerjaLevel
    }),
    legalBasis: LegalBasis
  }),
  potensial: Axis,
  boxes: Schema.Struct({
    "Di Atas Ekspektasi": PotensialRow,
    "Sesuai Ekspektasi": PotensialRow,
    "Di Bawah Ekspektasi": PotensialRow
  }),
  actions: Schema.Array(Schema.Struct({ box: BoxNumber, actions: Schema.Array(Schema.NonEmptyString) })),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * One employee's talent input: the predikat kinerja and the potensial score.
 *
 * @category models
 * @since 0.1.0
 */
export const Candidate = Schema.Struct({
  employee: Schema.optionalKey(Schema.NonEmptyString),
  predikat: Quadrant.Predikat,
  potensial: Schema.Finite
})

/**
 * @category models
 * @since 0.1.0
 */
export type Candidate = typeof Candidate.Type

/**
 * The potensial level of a score, with the rounded score and the band trace.
 *
 * @category models
 * @since 0.1.0
 */
export interface PotensialOutcome {
  readonly level: PotensialLevel
  readonly classification: Band.Classification
  readonly inclusive: Axis["inclusive"]
}

/**
 * A placement in the 9-box.
 *
 * @category models
 * @since 0.1.0
 */
export interface Placement {
  readonly box: BoxNumber
  readonly kinerja: KinerjaLevel
  readonly potensial: PotensialOutcome
  /** "Kinerja di atas ekspektasi dan potensial tinggi". */
  readonly description: string
  readonly actions: ReadonlyArray<string>
  readonly trace: {
    readonly rule: "9-box"
    readonly inputs: Candidate
    readonly cell: readonly [kinerja: KinerjaLevel, potensial: PotensialLevel]
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type TalentError = Input.InvalidInput | Band.ScoreOutOfRange

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

const unitOf = (axis: Axis): Exact.Exact => Exact.fraction(1, 10n ** BigInt(axis.rounding.scale))

/**
 * The Band table that implements an axis: lower edges at the cut-offs (`inclusive: "lower"`) or one unit of the
 * axis's scale above them (`inclusive: "upper"`, so at scale 0 "> 72" is "≥ 73" on the rounded score). Each band
 * carries its printed upper edge.
 *
 * @example
 * ```ts
 * import { Talent, Presets } from "@pembinaan/core"
 * Talent.potensialTable({ ...Presets.talent.axis8060, inclusive: "upper" }).bands.map((b) => b.lower)
 * // => [0, 60.01, 80.01]
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const potensialTable = (axis: Axis): Band.Table => {
  const unit = unitOf(axis)
  const edge = (cut: number): Exact.Exact =>
    axis.inclusive === "lower" ? Exact.fromFinite(cut) : Exact.add(Exact.fromFinite(cut), unit)
  const menengah = edge(axis.cutoffs.menengah)
  const tinggi = edge(axis.cutoffs.tinggi)
  // Edges are decimals at the axis's scale (≤ 12 places), so their shortest JS number is exact.
  const n = (x: Exact.Exact) => Number(Exact.format(x))
  return {
    rounding: axis.rounding,
    range: axis.range,
    outOfRange: axis.outOfRange,
    bands: [
      { label: "Rendah", lower: axis.range.min, upper: n(Exact.subtract(menengah, unit)) },
      { label: "Menengah", lower: n(menengah), upper: n(Exact.subtract(tinggi, unit)) },
      { label: "Tinggi", lower: n(tinggi), upper: axis.range.max }
    ],
    legalBasis: axis.legalBasis
  }
}

/**
 * Every problem of a policy with its path: cut-offs not ascending or outside the range, cut-offs finer than the
 * axis's scale, box numbers that are not each of 1–9 exactly once (a reuse and the unused number are both reported), boxes
 * without an action or with two.
 *
 * @example
 * ```ts
 * import { Talent, Presets } from "@pembinaan/core"
 * Talent.policyProblems(Presets.talent.policy) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const policyProblems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const { cutoffs, range } = policy.potensial
  if (!(range.min < cutoffs.menengah && cutoffs.menengah < cutoffs.tinggi && cutoffs.tinggi < range.max)) {
    out.push({
      path: ["potensial", "cutoffs"],
      code: "order",
      message: `cut-offs must satisfy range.min < menengah < tinggi < range.max; got ${range.min} < ${cutoffs.menengah} < ${cutoffs.tinggi} < ${range.max}`
    })
  } else {
    for (const p of Band.problems(potensialTable(policy.potensial), ["potensial"])) {
      if (p.code !== "gap" && p.code !== "overlap") out.push(p)
    }
  }
  const seen = new Map<number, string>()
  for (const k of kinerjaLevels) {
    for (const p of potensialLevels) {
      const box = policy.boxes[k][p]
      const other = seen.get(box)
      if (other !== undefined) {
        out.push({ path: ["boxes", k, p], code: "duplicate", message: `box ${box} is already used at ${other}` })
      }
      seen.set(box, `${k} / ${p}`)
    }
  }
  for (let box = 1; box <= 9; box++) {
    if (!seen.has(box)) out.push({ path: ["boxes"], code: "missing", message: `box ${box} is not placed in the grid` })
  }
  const actioned = new Set<number>()
  policy.actions.forEach((a, i) => {
    if (actioned.has(a.box)) {
      out.push({ path: ["actions", i, "box"], code: "duplicate", message: `box ${a.box} has two action rows` })
    }
    actioned.add(a.box)
  })
  for (let box = 1; box <= 9; box++) {
    if (!actioned.has(box)) out.push({ path: ["actions"], code: "missing", message: `box ${box} has no action row` })
  }
  return out
}

/**
 * Decodes and validates a 9-box policy document.
 *
 * @example
 * ```ts
 * import { Talent, Presets } from "@pembinaan/core"
 * Talent.decodePolicy(Presets.talent.policy) // => Result.succeed(policy)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "TalentPolicy")(input), (p) => {
    const found = policyProblems(p)
    return found.length === 0
      ? Result.succeed(p)
      : Result.fail(new Input.InvalidInput({ subject: "TalentPolicy", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * The potensial level of an exact score: the single comparison rule of this module. Rounds once at the axis's
 * scale and mode, then reads the band of {@link potensialTable}.
 *
 * @example
 * ```ts
 * import { Exact, Talent } from "@pembinaan/core"
 * const axis = { ...peerAxis, cutoffs: { menengah: 46, tinggi: 72 } }
 * Talent.potensialLevel({ ...axis, inclusive: "lower" }, Exact.int(72)) // => Result.succeed({ level: "Tinggi", … })
 * Talent.potensialLevel({ ...axis, inclusive: "upper" }, Exact.int(72)) // => Result.succeed({ level: "Menengah", … })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const potensialLevel: {
  (score: Exact.Exact): (axis: Axis) => Result.Result<PotensialOutcome, Band.ScoreOutOfRange>
  (axis: Axis, score: Exact.Exact): Result.Result<PotensialOutcome, Band.ScoreOutOfRange>
} = dual(
  2,
  (axis: Axis, score: Exact.Exact): Result.Result<PotensialOutcome, Band.ScoreOutOfRange> =>
    Result.map(Band.classify(potensialTable(axis), score), (classification) => ({
      level: potensialLevels[classification.index] ?? "Rendah",
      classification,
      inclusive: axis.inclusive
    }))
)

const lower = (s: string) => s.toLowerCase()

/**
 * The box of a kinerja level and a potensial level, read from the policy's explicit numbering. Total.
 *
 * @example
 * ```ts
 * import { Talent, Presets } from "@pembinaan/core"
 * Talent.boxOf(Presets.talent.policy, "Sesuai Ekspektasi", "Tinggi") // => 8
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const boxOf = (policy: Policy, kinerja: KinerjaLevel, potensial: PotensialLevel): BoxNumber =>
  policy.boxes[kinerja][potensial]

/**
 * Places a typed candidate in the 9-box: kinerja level from the predikat mapping, potensial level from
 * {@link potensialLevel}, box from the explicit numbering of that same level, description and recommended actions.
 *
 * @example
 * ```ts
 * import { Talent, Presets } from "@pembinaan/core"
 * Talent.place(Presets.talent.policy, { predikat: "Sangat Baik", potensial: 85 })
 * // => Result.succeed({ box: 9, description: "Kinerja di atas ekspektasi dan potensial tinggi", actions: ["Dipromosikan dan dipertahankan", …] })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const place: {
  (candidate: Candidate): (policy: Policy) => Result.Result<Placement, TalentError>
  (policy: Policy, candidate: Candidate): Result.Result<Placement, TalentError>
} = dual(2, (policy: Policy, candidate: Candidate): Result.Result<Placement, TalentError> => {
  const score = Exact.fromNumber(candidate.potensial)
  if (Result.isFailure(score)) {
    return Result.fail(
      new Input.InvalidInput({
        subject: "TalentCandidate",
        problems: [{ path: ["potensial"], code: "type", message: "potensial must be a finite number" }]
      })
    )
  }
  const kinerja = policy.kinerja.mapping[candidate.predikat]
  return Result.map(potensialLevel(policy.potensial, score.success), (potensial) => {
    const box = boxOf(policy, kinerja, potensial.level)
    return {
      box,
      kinerja,
      potensial,
      description: `Kinerja ${lower(kinerja)} dan potensial ${lower(potensial.level)}`,
      actions: policy.actions.find((a) => a.box === box)?.actions ?? [],
      trace: {
        rule: "9-box" as const,
        inputs: candidate,
        cell: [kinerja, potensial.level] as const,
        legalBasis: [...policy.legalBasis, ...policy.kinerja.legalBasis, ...policy.potensial.legalBasis]
      }
    }
  })
})

/**
 * Decodes an untrusted candidate (`{ predikat, potensial, employee? }`) and places it; every problem is reported
 * with its path, and a potensial outside the axis's range is `ScoreOutOfRange` (or clamped, per the axis).
 *
 * @example
 * ```ts
 * import { Talent, Presets } from "@pembinaan/core"
 * Talent.evaluate(Presets.talent.policy, { predikat: "Istimewa", potensial: "x" })
 * // => Result.fail(InvalidInput { problems: [{ path: ["predikat"] }, { path: ["potensial"] }] })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const evaluate: {
  (input: unknown): (policy: Policy) => Result.Result<Placement, TalentError>
  (policy: Policy, input: unknown): Result.Result<Placement, TalentError>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<Placement, TalentError> =>
    Result.flatMap(Input.decode(Candidate, "TalentCandidate")(input), (c) => place(policy, c))
)
