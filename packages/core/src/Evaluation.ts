/**
 * Scoring one employee for one period under a {@link Policy.Policy}, with a trace a policy team can read.
 *
 * The steps, each recorded in the trace:
 *
 * 1. **Decode** the input ({@link decodeInput}): the period id must match the policy's cadence; under an
 *    indicator-based policy every indicator of the named scorecard must be measured exactly once (a missing
 *    indicator is an error, never a silent 0 or a default), with a target of the right kind; the perilaku input must
 *    be what the policy asks for (one rating, or the seven BerAKHLAK ratings). Every problem is reported with its
 *    path.
 * 2. **Capaian** per indicator ({@link Indicator.capaian}: higher-is-better, lower-is-better clamped at 0, range,
 *    the definition's cap), exact.
 * 3. **Value** per indicator: the capaian itself, or its PermenPAN-RB 8/2021 IKI nilai ({@link Skp.nilaiIki}).
 * 4. **Weighted score** `Σ weight / 100 × value`, exact, on the policy's scale.
 * 5. **Rounding once**, at the policy's `hasilKerja.scale.rounding` (scale and mode): the band table and the rating
 *    mapping both read that one rounded value with inclusive lower edges (the policy is validated so that both
 *    tables round exactly as the scale does).
 * 6. **Hasil kerja rating** from the mapping; **perilaku kerja rating** from the input (directly or by the BerAKHLAK
 *    counts); **predikat** from the quadrant.
 *
 * The result order never depends on the order of the measurements in the input: the trace lists the indicators in
 * the scorecard's order.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Behaviour from "./Behaviour.js"
import * as Exact from "./Exact.js"
import * as Indicator from "./Indicator.js"
import * as Input from "./Input.js"
import type { LegalBasis } from "./LegalBasis.js"
import * as Period from "./Period.js"
import type * as Policy from "./Policy.js"
import * as Quadrant from "./Quadrant.js"
import * as Skp from "./Skp.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

// A pure thunk, so that a bundle using none of the Schemas below drops it (and Schema with it): the `.map` call of a
// bare module-level expression counts as a possible side effect and kept `Quadrant.Rating` in the browser bundles.
const berakhlakFields = /* @__PURE__ */ (() =>
  Object.fromEntries(Behaviour.coreValues.map((v) => [v, Quadrant.Rating])))() as {
  readonly [K in Behaviour.CoreValue]: typeof Quadrant.Rating
}

/**
 * The seven BerAKHLAK ratings of one employee, each Dibawah / Sesuai / Diatas Ekspektasi.
 *
 * @category models
 * @since 0.1.0
 */
export const Berakhlak = Schema.Struct(berakhlakFields)

/**
 * @category models
 * @since 0.1.0
 */
export type Berakhlak = typeof Berakhlak.Type

/**
 * One employee's evaluation input for one period. Under an indicator-based policy give `scorecard` and
 * `measurements`; under a rating policy give `hasilKerja`. Give `perilakuKerja` or `berakhlak`, as the policy's
 * `perilakuKerja.source` says.
 *
 * @category models
 * @since 0.1.0
 */
export const EvaluationInput = Schema.Struct({
  employee: Schema.NonEmptyString,
  period: Schema.String,
  scorecard: Schema.optionalKey(Schema.String),
  measurements: Schema.optionalKey(Schema.Array(Indicator.Measurement)),
  hasilKerja: Schema.optionalKey(Quadrant.Rating),
  perilakuKerja: Schema.optionalKey(Quadrant.Rating),
  berakhlak: Schema.optionalKey(Berakhlak)
})

/**
 * @category models
 * @since 0.1.0
 */
export type EvaluationInput = typeof EvaluationInput.Type

/**
 * The explanation of one indicator's contribution.
 *
 * @category models
 * @since 0.1.0
 */
export interface IndicatorTrace {
  readonly indicator: string
  readonly label: string
  readonly category: string
  readonly weight: string
  readonly capaian: Indicator.CapaianTrace
  readonly iki: Skp.IkiValue["trace"] | undefined
  /** The value that is weighted: the capaian (percent) or the IKI nilai. */
  readonly value: string
  /** `weight / 100 × value`. */
  readonly weighted: string
  readonly legalBasis: LegalBasis | undefined
}

/**
 * How the hasil kerja rating was obtained.
 *
 * @category models
 * @since 0.1.0
 */
export type HasilKerjaTrace =
  | { readonly source: "rating"; readonly rating: Quadrant.Rating; readonly legalBasis: LegalBasis }
  | {
      readonly source: "indicators"
      readonly scorecard: string
      readonly scoring: "capaian" | "iki-8-2021"
      readonly indicators: ReadonlyArray<IndicatorTrace>
      readonly weightsTotal: string
      readonly formula: string
      /** The exact weighted score before rounding. */
      readonly score: string
      readonly rounding: Exact.Rounding
      readonly rounded: Exact.Rounded
      readonly band: Band.Classification
      readonly mapping: Band.Classification
      readonly rating: Quadrant.Rating
      readonly legalBasis: LegalBasis
      /**
       * Present when rounding moved a value across an edge that decided something: the weighted score across a band
       * or rating edge (89.995 → 90.00 → Baik), or an indicator's capaian across an IKI kategori edge (99.995 % →
       * 100.00 % → 109 instead of about 89). Each note says which value, which edge and the band without rounding.
       */
      readonly edges?: ReadonlyArray<{ readonly at: string } & Band.EdgeNote>
    }

/**
 * How the perilaku kerja rating was obtained.
 *
 * @category models
 * @since 0.1.0
 */
export type PerilakuKerjaTrace =
  | { readonly source: "rating"; readonly rating: Quadrant.Rating; readonly legalBasis: LegalBasis }
  | {
      readonly source: "berakhlak"
      readonly ratings: Berakhlak
      readonly counts: { readonly [K in Quadrant.Rating]: number }
      readonly thresholds: { readonly dibawahIfAtLeast: number; readonly diatasIfAtLeast: number }
      readonly fired: "dibawah-count" | "diatas-count" | "otherwise-sesuai"
      readonly rating: Quadrant.Rating
      readonly legalBasis: LegalBasis
    }

/**
 * The full JSON-serialisable explanation of an evaluation.
 *
 * @category models
 * @since 0.1.0
 */
export interface Trace {
  readonly rule: "evaluation"
  readonly policy: { readonly id: string; readonly version: string; readonly region: string }
  readonly employee: string
  readonly period: string
  readonly hasilKerja: HasilKerjaTrace
  readonly perilakuKerja: PerilakuKerjaTrace
  readonly quadrant: Quadrant.Outcome["trace"]
  readonly predikat: Quadrant.Predikat
  readonly legalBasis: LegalBasis
}

/**
 * The evaluation of one employee for one period. `score` and `band` are present under an indicator-based policy.
 *
 * @category models
 * @since 0.1.0
 */
export interface Evaluated {
  readonly employee: string
  readonly period: string
  readonly score: Exact.Rounded | undefined
  readonly band: string | undefined
  readonly hasilKerja: Quadrant.Rating
  readonly perilakuKerja: Quadrant.Rating
  readonly predikat: Quadrant.Predikat
  readonly trace: Trace
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Errors of this module: input that does not decode (every problem with its path) or a weighted score outside the
 * policy's scale when the policy's tables reject such scores.
 *
 * @category errors
 * @since 0.1.0
 */
export type EvaluationError = Input.InvalidInput | Band.ScoreOutOfRange

// ---------------------------------------------------------------------------------------------------------------
// preparation (cached per policy object)
// ---------------------------------------------------------------------------------------------------------------

interface PreparedCard {
  readonly card: Policy.Scorecard
  readonly items: ReadonlyArray<{
    readonly definition: Indicator.Definition
    readonly weight: Exact.Exact
    readonly weightText: string
  }>
  readonly index: ReadonlyMap<string, number>
}

/** A band table with its edges and range as exact values, computed once per policy. */
interface PreparedTable {
  readonly table: Band.Table
  readonly min: Exact.Exact
  readonly max: Exact.Exact
  readonly edges: ReadonlyArray<Exact.Exact>
}

interface Prepared {
  readonly definitions: ReadonlyMap<string, Indicator.Definition>
  readonly cards: ReadonlyMap<string, PreparedCard>
  readonly bands: PreparedTable | undefined
  readonly mapping: PreparedTable | undefined
}

const cache = new WeakMap<Policy.Policy, Prepared>()

const prepareTable = (table: Band.Table): PreparedTable => ({
  table,
  min: Exact.fromFinite(table.range.min),
  max: Exact.fromFinite(table.range.max),
  edges: table.bands.map((b) => Exact.fromFinite(b.lower))
})

const prepare = (policy: Policy.Policy): Prepared => {
  const hit = cache.get(policy)
  if (hit) return hit
  const definitions = new Map(policy.indicators.map((d) => [d.id, d]))
  const cards = new Map<string, PreparedCard>()
  for (const card of policy.scorecards) {
    const items: Array<PreparedCard["items"][number]> = []
    for (const w of card.weights) {
      const definition = definitions.get(w.indicator)
      if (!definition) continue
      const weight = Exact.fromFinite(w.weight)
      items.push({ definition, weight, weightText: Exact.format(weight) })
    }
    cards.set(card.id, { card, items, index: new Map(items.map((it, i) => [it.definition.id, i])) })
  }
  const hk = policy.hasilKerja
  const prepared: Prepared = {
    definitions,
    cards,
    bands: hk.source === "indicators" ? prepareTable(hk.bands) : undefined,
    mapping: hk.source === "indicators" ? prepareTable(hk.mapping) : undefined
  }
  cache.set(policy, prepared)
  return prepared
}

/**
 * The band index of an already rounded score, with {@link Band.classify}'s semantics (range check on the rounded
 * value, then the last inclusive lower edge at or below it). `-1` means out of range under `reject`.
 */
const bandIndex = (t: PreparedTable, rounded: Exact.Exact): { index: number; value: Exact.Exact } => {
  let value = rounded
  if (Exact.lessThan(value, t.min) || Exact.lessThan(t.max, value)) {
    if (t.table.outOfRange === "reject") return { index: -1, value }
    value = Exact.clamp(value, t.min, t.max)
  }
  for (let i = t.edges.length - 1; i > 0; i--) {
    if (Exact.greaterThanOrEqualTo(value, t.edges[i] as Exact.Exact)) return { index: i, value }
  }
  return { index: 0, value }
}

// ---------------------------------------------------------------------------------------------------------------
// decoding
// ---------------------------------------------------------------------------------------------------------------

const decodeShape = Input.decode(EvaluationInput, "EvaluationInput")

// A fast path for well-formed input: accepts only what the schema accepts (plain objects, exactly the known keys,
// finite numbers, the three ratings) and returns the same value; anything else falls back to the schema, which
// reports every problem with its path. `test/Evaluation.test.ts` checks the two agree on generated inputs.
const INPUT_KEYS = new Set([
  "employee",
  "period",
  "scorecard",
  "measurements",
  "hasilKerja",
  "perilakuKerja",
  "berakhlak"
])
const isPlain = (u: unknown): u is Record<string, unknown> => {
  if (typeof u !== "object" || u === null) return false
  const proto = Object.getPrototypeOf(u)
  return proto === Object.prototype || proto === null
}
const isFiniteNumber = (u: unknown): u is number => typeof u === "number" && Number.isFinite(u)
const fastMeasurement = (u: unknown): Indicator.Measurement | undefined => {
  if (!isPlain(u)) return undefined
  let keys = 0
  for (const k of Object.keys(u)) {
    if (k !== "indicator" && k !== "target" && k !== "realisasi" && k !== "targetMaksimal") return undefined
    keys++
  }
  const { indicator, target, realisasi, targetMaksimal } = u
  if (typeof indicator !== "string" || !isFiniteNumber(realisasi)) return undefined
  if (targetMaksimal !== undefined && typeof targetMaksimal !== "boolean") return undefined
  if ("targetMaksimal" in u && targetMaksimal === undefined) return undefined
  if (keys !== (targetMaksimal === undefined ? 3 : 4)) return undefined
  let t: Indicator.Measurement["target"]
  if (isFiniteNumber(target)) t = target
  else {
    if (!isPlain(target)) return undefined
    const tk = Object.keys(target)
    if (tk.length !== 2 || !isFiniteNumber(target.lower) || !isFiniteNumber(target.upper)) return undefined
    t = { lower: target.lower, upper: target.upper }
  }
  return targetMaksimal === undefined
    ? { indicator, target: t, realisasi }
    : { indicator, target: t, realisasi, targetMaksimal }
}
const fastShape = (u: unknown): EvaluationInput | undefined => {
  if (!isPlain(u)) return undefined
  for (const k of Object.keys(u)) {
    if (!INPUT_KEYS.has(k) || u[k] === undefined) return undefined
  }
  const { employee, period, scorecard, measurements, hasilKerja, perilakuKerja, berakhlak } = u
  if (typeof employee !== "string" || employee.length === 0 || typeof period !== "string") return undefined
  const out: { -readonly [K in keyof EvaluationInput]: EvaluationInput[K] } = { employee, period }
  if (scorecard !== undefined) {
    if (typeof scorecard !== "string") return undefined
    out.scorecard = scorecard
  }
  if (measurements !== undefined) {
    if (!Array.isArray(measurements)) return undefined
    const ms: Array<Indicator.Measurement> = []
    for (const m of measurements) {
      const x = fastMeasurement(m)
      if (x === undefined) return undefined
      ms.push(x)
    }
    out.measurements = ms
  }
  if (hasilKerja !== undefined) {
    if (!Quadrant.isRating(hasilKerja)) return undefined
    out.hasilKerja = hasilKerja
  }
  if (perilakuKerja !== undefined) {
    if (!Quadrant.isRating(perilakuKerja)) return undefined
    out.perilakuKerja = perilakuKerja
  }
  if (berakhlak !== undefined) {
    if (!isPlain(berakhlak) || Object.keys(berakhlak).length !== Behaviour.coreValues.length) return undefined
    const b: Partial<Record<Behaviour.CoreValue, Quadrant.Rating>> = {}
    for (const v of Behaviour.coreValues) {
      const r = berakhlak[v]
      if (!Quadrant.isRating(r)) return undefined
      b[v] = r
    }
    out.berakhlak = b as Berakhlak
  }
  return out
}

const ANNUAL = /^\d{4}$/

/**
 * Every semantic problem of a decoded input under a policy, with paths (empty when the input can be scored).
 *
 * @example
 * ```ts
 * import { Evaluation, Presets } from "@pembinaan/core"
 * Evaluation.problems(Presets.bukittinggi.policy, { employee: "199001", period: "2026-Q5", perilakuKerja: "Baik" })
 * // => [{ path: ["period"], code: "period-format", … }, { path: ["scorecard"], code: "missing", … }, …]
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const problems = (policy: Policy.Policy, input: EvaluationInput): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const push = (path: ReadonlyArray<string | number>, code: string, message: string) =>
    out.push({ path: [...path], code, message })
  const { cadence } = policy.period
  if (!ANNUAL.test(input.period) && Period.parse(cadence, input.period) === undefined) {
    push(
      ["period"],
      "period-format",
      `expected a ${cadence} period (${cadence === "bulanan" ? "YYYY-MM" : "YYYY-Qn"}) or a year (YYYY), not "${input.period}"`
    )
  }
  if (policy.hasilKerja.source === "indicators") {
    if (input.hasilKerja !== undefined) {
      push(["hasilKerja"], "unexpected", "this policy computes hasil kerja from indicators; do not give a rating")
    }
    const prepared = prepare(policy)
    if (input.scorecard === undefined) push(["scorecard"], "missing", "name the scorecard the employee is scored on")
    const card = input.scorecard === undefined ? undefined : prepared.cards.get(input.scorecard)
    if (input.scorecard !== undefined && !card) {
      push(["scorecard"], "unknown-scorecard", `no scorecard "${input.scorecard}" in policy ${policy.id}`)
    }
    if (input.measurements === undefined) {
      push(["measurements"], "missing", "give a measurement for each indicator of the scorecard")
    } else if (card) {
      const seen = new Set<string>()
      input.measurements.forEach((m, i) => {
        const at = card.index.get(m.indicator)
        if (at === undefined) {
          push(
            ["measurements", i, "indicator"],
            "not-in-scorecard",
            `indicator "${m.indicator}" is not on scorecard "${card.card.id}"`
          )
          return
        }
        if (seen.has(m.indicator)) {
          push(["measurements", i, "indicator"], "duplicate", `indicator "${m.indicator}" is measured twice`)
          return
        }
        seen.add(m.indicator)
        const bad = Indicator.check((card.items[at] as PreparedCard["items"][number]).definition, m)
        if (bad?._tag === "NegativeRealisasi") {
          push(["measurements", i, "realisasi"], "negative", `realisasi must not be negative, not ${m.realisasi}`)
        } else if (bad) {
          push(["measurements", i, "target"], bad.reason, `invalid target ${bad.target} (${bad.reason})`)
        }
      })
      for (const item of card.items) {
        if (!seen.has(item.definition.id)) {
          push(
            ["measurements"],
            "missing-indicator",
            `indicator "${item.definition.id}" of scorecard "${card.card.id}" has no measurement (it is never filled in)`
          )
        }
      }
    }
  } else {
    if (input.hasilKerja === undefined) push(["hasilKerja"], "missing", "this policy needs the hasil kerja rating")
    if (input.scorecard !== undefined) push(["scorecard"], "unexpected", "this policy rates hasil kerja directly")
    if (input.measurements !== undefined) {
      push(["measurements"], "unexpected", "this policy rates hasil kerja directly")
    }
  }
  if (policy.perilakuKerja.source === "berakhlak") {
    if (input.berakhlak === undefined) push(["berakhlak"], "missing", "this policy needs the seven BerAKHLAK ratings")
    if (input.perilakuKerja !== undefined) {
      push(["perilakuKerja"], "unexpected", "this policy derives perilaku kerja from the BerAKHLAK ratings")
    }
  } else {
    if (input.perilakuKerja === undefined) push(["perilakuKerja"], "missing", "this policy needs the perilaku rating")
    if (input.berakhlak !== undefined) {
      push(["berakhlak"], "unexpected", "this policy takes the perilaku kerja rating directly")
    }
  }
  return out
}

/**
 * Decodes an untrusted evaluation input under a policy: the shape (every schema problem with its path), then the
 * semantic checks of {@link problems}.
 *
 * @example
 * ```ts
 * import { Evaluation, Presets } from "@pembinaan/core"
 * Evaluation.decodeInput(Presets.bukittinggi.policy, { employee: "x" })
 * // => Result.fail(InvalidInput { problems: [{ path: ["period"], code: "missing" }] })
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeInput: {
  (input: unknown): (policy: Policy.Policy) => Result.Result<EvaluationInput, Input.InvalidInput>
  (policy: Policy.Policy, input: unknown): Result.Result<EvaluationInput, Input.InvalidInput>
} = dual(2, (policy: Policy.Policy, input: unknown): Result.Result<EvaluationInput, Input.InvalidInput> => {
  const fast = fastShape(input)
  const decoded = fast === undefined ? decodeShape(input) : Result.succeed(fast)
  if (Result.isFailure(decoded)) return decoded
  const found = problems(policy, decoded.success)
  return found.length === 0
    ? decoded
    : Result.fail(new Input.InvalidInput({ subject: "EvaluationInput", problems: found }))
})

// ---------------------------------------------------------------------------------------------------------------
// scoring
// ---------------------------------------------------------------------------------------------------------------

const perilakuOf = (policy: Policy.Policy, input: EvaluationInput): PerilakuKerjaTrace => {
  // Cheap (seven string comparisons, no number formatting): computed eagerly and shared with the trace.
  const rule = policy.perilakuKerja
  if (rule.source === "rating") {
    return { source: "rating", rating: input.perilakuKerja as Quadrant.Rating, legalBasis: rule.legalBasis }
  }
  const ratings = input.berakhlak as Berakhlak
  const counts = { "Dibawah Ekspektasi": 0, "Sesuai Ekspektasi": 0, "Diatas Ekspektasi": 0 }
  for (const v of Behaviour.coreValues) counts[ratings[v]]++
  const fired =
    counts["Dibawah Ekspektasi"] >= rule.dibawahIfAtLeast
      ? "dibawah-count"
      : counts["Diatas Ekspektasi"] >= rule.diatasIfAtLeast
        ? "diatas-count"
        : "otherwise-sesuai"
  const rating: Quadrant.Rating =
    fired === "dibawah-count"
      ? "Dibawah Ekspektasi"
      : fired === "diatas-count"
        ? "Diatas Ekspektasi"
        : "Sesuai Ekspektasi"
  return {
    source: "berakhlak",
    ratings: { ...ratings },
    counts,
    thresholds: { dibawahIfAtLeast: rule.dibawahIfAtLeast, diatasIfAtLeast: rule.diatasIfAtLeast },
    fired,
    rating,
    legalBasis: rule.legalBasis
  }
}

interface Hasil {
  readonly rating: Quadrant.Rating
  readonly score: (() => Exact.Rounded) | undefined
  readonly band: string | undefined
  readonly trace: () => HasilKerjaTrace
}

const hasilOf = (policy: Policy.Policy, input: EvaluationInput): Result.Result<Hasil, Band.ScoreOutOfRange> => {
  const hk = policy.hasilKerja
  if (hk.source === "rating") {
    const rating = input.hasilKerja as Quadrant.Rating
    return Result.succeed({
      rating,
      score: undefined,
      band: undefined,
      trace: () => ({ source: "rating", rating, legalBasis: hk.legalBasis })
    })
  }
  const prepared = prepare(policy)
  const card = prepared.cards.get(input.scorecard as string) as PreparedCard
  const measurements = input.measurements ?? []
  const capaian: Array<Indicator.Capaian> = []
  const values: Array<{ nilai: Exact.Exact; iki: Skp.IkiValue | undefined }> = []
  // Σ weight × value, accumulated unreduced over a common denominator; divided by 100 and reduced once at the end.
  let n = 0n
  let d = 1n
  for (const item of card.items) {
    let m: Indicator.Measurement | undefined
    for (const x of measurements) {
      if (x.indicator === item.definition.id) {
        m = x
        break
      }
    }
    const c = Indicator.capaianUnchecked(item.definition, m as Indicator.Measurement)
    capaian.push(c)
    let value = c.percent
    let iki: Skp.IkiValue | undefined
    if (hk.scoring.method === "iki-8-2021") {
      const v = Skp.nilaiIki(
        hk.scoring.iki,
        c.percent,
        m?.targetMaksimal === undefined ? {} : { targetMaksimal: m.targetMaksimal }
      )
      if (Result.isFailure(v)) return Result.fail(v.failure)
      iki = v.success
      value = iki.nilai
    }
    values.push({ nilai: value, iki })
    const wn = item.weight.n * value.n
    const wd = item.weight.d * value.d
    n = n * wd + wn * d
    d = d * wd
  }
  const acc = Exact.fraction(n, d * 100n)
  const rounded = Exact.roundExact(acc, hk.scale.rounding)
  const bands = prepared.bands as PreparedTable
  const mapping = prepared.mapping as PreparedTable
  const b = bandIndex(bands, rounded)
  const r = bandIndex(mapping, rounded)
  if (b.index < 0 || r.index < 0) {
    return Result.fail(new Band.ScoreOutOfRange({ score: Exact.format(acc), min: hk.scale.min, max: hk.scale.max }))
  }
  const rating = (hk.mapping.bands[r.index] as Policy.RatingTable["bands"][number]).label
  const band = (hk.bands.bands[b.index] as Band.Band).label
  let score: Exact.Rounded | undefined
  return Result.succeed({
    rating,
    band,
    score: () => {
      score ??= { ...Exact.round(b.value, hk.scale.rounding), before: Exact.format(acc) }
      return score
    },
    trace: (): HasilKerjaTrace => {
      // Band.classify gives the same decision as the precomputed edges above (both round once at the policy's
      // scale); it is called here only to produce the table's own explanation.
      const bandTrace = Result.getOrThrow(Band.classify(hk.bands, acc))
      const mappingTrace = Result.getOrThrow(Band.classify(hk.mapping, acc))
      let total = Exact.zero
      const indicators = card.items.map((item, i): IndicatorTrace => {
        const v = values[i] as { nilai: Exact.Exact; iki: Skp.IkiValue | undefined }
        total = Exact.add(total, item.weight)
        return {
          indicator: item.definition.id,
          label: item.definition.label,
          category: item.definition.category,
          weight: item.weightText,
          capaian: (capaian[i] as Indicator.Capaian).trace,
          iki: v.iki?.trace,
          value: Exact.format(v.nilai),
          weighted: Exact.format(Exact.fraction(item.weight.n * v.nilai.n, item.weight.d * v.nilai.d * 100n)),
          legalBasis: item.definition.legalBasis
        }
      })
      const edges = [
        ...indicators.flatMap((t) =>
          t.iki?.edge ? [{ at: `indicator ${t.indicator}: kategori`, ...t.iki.edge }] : []
        ),
        ...(bandTrace.trace.edge ? [{ at: "band", ...bandTrace.trace.edge }] : []),
        ...(mappingTrace.trace.edge ? [{ at: "rating", ...mappingTrace.trace.edge }] : [])
      ]
      return {
        ...(edges.length > 0 ? { edges } : {}),
        source: "indicators",
        scorecard: card.card.id,
        scoring: hk.scoring.method,
        indicators,
        weightsTotal: Exact.format(total),
        formula: "Σ weight / 100 × value",
        score: Exact.format(acc),
        rounding: hk.scale.rounding,
        rounded: bandTrace.score,
        band: bandTrace,
        mapping: mappingTrace,
        rating,
        legalBasis: hk.legalBasis
      }
    }
  })
}

/**
 * Scores an input already decoded by {@link decodeInput} (for example data decoded once and scored under several
 * policy versions). See the module description for the steps. Fails only with {@link Band.ScoreOutOfRange} when the
 * weighted score leaves the policy's scale and the policy rejects such scores.
 *
 * The decision is computed eagerly with the policy's edges prepared once (cached per policy object); the rounded
 * `score` and the `trace` are getters built on first access (`JSON.stringify` includes both through `toJSON`), so a
 * batch that reads only the predikat does not format text it never shows.
 *
 * @example
 * ```ts
 * import { Evaluation, Presets } from "@pembinaan/core"
 * const input = Result.getOrThrow(Evaluation.decodeInput(Presets.bukittinggi.policy, raw))
 * Result.getOrThrow(Evaluation.score(Presets.bukittinggi.policy, input)).predikat // => "Baik"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const score: {
  (input: EvaluationInput): (policy: Policy.Policy) => Result.Result<Evaluated, Band.ScoreOutOfRange>
  (policy: Policy.Policy, input: EvaluationInput): Result.Result<Evaluated, Band.ScoreOutOfRange>
} = dual(2, (policy: Policy.Policy, input: EvaluationInput): Result.Result<Evaluated, Band.ScoreOutOfRange> => {
  const hasil = hasilOf(policy, input)
  if (Result.isFailure(hasil)) return Result.fail(hasil.failure)
  const h = hasil.success
  const perilaku = perilakuOf(policy, input)
  return Result.succeed(new Scored(policy, input, h, perilaku))
})

/** An {@link Evaluated} whose score text and trace are built on first access (prototype getters keep it cheap). */
class Scored implements Evaluated {
  readonly employee: string
  readonly period: string
  readonly band: string | undefined
  readonly hasilKerja: Quadrant.Rating
  readonly perilakuKerja: Quadrant.Rating
  readonly predikat: Quadrant.Predikat
  readonly #policy: Policy.Policy
  readonly #hasil: Hasil
  readonly #perilaku: PerilakuKerjaTrace
  #score: Exact.Rounded | undefined
  #trace: Trace | undefined
  constructor(policy: Policy.Policy, input: EvaluationInput, hasil: Hasil, perilaku: PerilakuKerjaTrace) {
    this.employee = input.employee
    this.period = input.period
    this.band = hasil.band
    this.hasilKerja = hasil.rating
    this.perilakuKerja = perilaku.rating
    this.predikat = policy.quadrant.cells[hasil.rating][perilaku.rating]
    this.#policy = policy
    this.#hasil = hasil
    this.#perilaku = perilaku
  }
  get score(): Exact.Rounded | undefined {
    if (this.#hasil.score === undefined) return undefined
    this.#score ??= this.#hasil.score()
    return this.#score
  }
  get trace(): Trace {
    const policy = this.#policy
    this.#trace ??= {
      rule: "evaluation",
      policy: { id: policy.id, version: policy.version, region: policy.region },
      employee: this.employee,
      period: this.period,
      hasilKerja: this.#hasil.trace(),
      perilakuKerja: this.#perilaku,
      quadrant: Quadrant.classify(policy.quadrant, { hasilKerja: this.hasilKerja, perilakuKerja: this.perilakuKerja })
        .trace,
      predikat: this.predikat,
      legalBasis: policy.legalBasis
    }
    return this.#trace
  }
  toJSON(): Omit<Evaluated, "trace" | "score"> & { score: Exact.Rounded | undefined; trace: Trace } {
    return {
      employee: this.employee,
      period: this.period,
      score: this.score,
      band: this.band,
      hasilKerja: this.hasilKerja,
      perilakuKerja: this.perilakuKerja,
      predikat: this.predikat,
      trace: this.trace
    }
  }
}

/**
 * Decodes an untrusted input and scores it: {@link decodeInput} then {@link score}. Never throws; bad input gives
 * {@link Input.InvalidInput} with every problem's path.
 *
 * @example
 * ```ts
 * import { Evaluation, Presets } from "@pembinaan/core"
 * const r = Evaluation.evaluate(Presets.bukittinggi.policy, {
 *   employee: "198705122010011001",
 *   period: "2026-Q1",
 *   scorecard: "pelaksana",
 *   measurements: [
 *     { indicator: "dokumen-selesai", target: 120, realisasi: 126 },
 *     { indicator: "mutu-dokumen", target: 90, realisasi: 90 },
 *     { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
 *     { indicator: "keluhan-masyarakat", target: 4, realisasi: 2 }
 *   ],
 *   berakhlak: { … seven ratings … }
 * })
 * // r.success.score.text => "105.75" (36.75 + 25 + 20 + 24); r.success.hasilKerja => "Sesuai Ekspektasi"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const evaluate: {
  (input: unknown): (policy: Policy.Policy) => Result.Result<Evaluated, EvaluationError>
  (policy: Policy.Policy, input: unknown): Result.Result<Evaluated, EvaluationError>
} = dual(2, (policy: Policy.Policy, input: unknown): Result.Result<Evaluated, EvaluationError> => {
  const decoded = decodeInput(policy, input)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  return score(policy, decoded.success)
})

// ---------------------------------------------------------------------------------------------------------------
// summaries (batch scoring without the explanation)
// ---------------------------------------------------------------------------------------------------------------

/**
 * The decision of an evaluation without its explanation: what a batch writes when it does not write the trace.
 *
 * @category models
 * @since 0.3.0
 */
export interface Summary {
  readonly employee: string
  readonly period: string
  /** The rounded score as a number (`Evaluated.score.value`), under an indicator-based policy. */
  readonly score: number | undefined
  readonly band: string | undefined
  readonly hasilKerja: Quadrant.Rating
  readonly perilakuKerja: Quadrant.Rating
  readonly predikat: Quadrant.Predikat
}

/** At most this many period ids are remembered per summariser as valid or not. */
const MAX_PERIODS = 1024

// Exact arithmetic on safe integers (the summariser's common case): every product and sum is checked to stay within
// ±(2^53 − 1), where doubles hold integers exactly; anything larger (or any decimal `Exact.fromFinite` would read
// with more than 8 places) makes the summariser use the bigint arithmetic instead. Same values either way.
const SAFE = Number.MAX_SAFE_INTEGER
let ratN = 0
let ratD = 1
/** Reads a finite double as `ratN / ratD` the way `Exact.fromFinite` does (integers, then up to 8 decimals). */
const rational = (x: number): boolean => {
  if (Number.isSafeInteger(x)) {
    ratN = x
    ratD = 1
    return true
  }
  if (!(Math.abs(x) < 1e7)) return false
  for (let k = 1, p = 10; k <= 8; k++, p *= 10) {
    const units = Math.round(x * p)
    if (units / p === x) {
      ratN = units
      ratD = p
      return true
    }
  }
  return false
}
/** `a × b` when it is a safe integer, else NaN (which fails every later check). */
const mul = (a: number, b: number): number => {
  const r = a * b
  return r <= SAFE && r >= -SAFE ? r : Number.NaN
}
const gcdOf = (a: number, b: number): number => {
  let x = Math.abs(a)
  let y = Math.abs(b)
  while (y !== 0) {
    const t = x % y
    x = y
    y = t
  }
  return x
}
/** A prepared band table with its range and edges as safe-integer fractions (undefined: not representable). */
interface NumberTable {
  readonly min: readonly [number, number]
  readonly max: readonly [number, number]
  readonly edges: ReadonlyArray<readonly [number, number]>
  readonly clamp: boolean
}
const numberPair = (x: Exact.Exact): readonly [number, number] | undefined =>
  x.n <= BigInt(SAFE) && x.n >= -BigInt(SAFE) && x.d <= BigInt(SAFE) ? [Number(x.n), Number(x.d)] : undefined
const numberTable = (t: PreparedTable): NumberTable | undefined => {
  const min = numberPair(t.min)
  const max = numberPair(t.max)
  const edges = t.edges.map(numberPair)
  if (!min || !max || edges.some((e) => e === undefined)) return undefined
  return { min, max, edges: edges as Array<readonly [number, number]>, clamp: t.table.outOfRange !== "reject" }
}
/** `u / p` against `[n, d]`: −1, 0, 1, or NaN when a product is not safe. */
const compareUnits = (u: number, p: number, e: readonly [number, number]): number => {
  const l = mul(u, e[1])
  const r = mul(e[0], p)
  return Number.isNaN(l) || Number.isNaN(r) ? Number.NaN : l < r ? -1 : l > r ? 1 : 0
}
/** The band index of `u / p` (bandIndex's semantics); −1 out of range under reject; −2: not decidable here. */
const bandOfUnits = (t: NumberTable, u: number, p: number): number => {
  const lo = compareUnits(u, p, t.min)
  const hi = compareUnits(u, p, t.max)
  if (Number.isNaN(lo) || Number.isNaN(hi)) return -2
  if (lo < 0 || hi > 0) return t.clamp ? -2 : -1
  for (let i = t.edges.length - 1; i > 0; i--) {
    const c = compareUnits(u, p, t.edges[i] as readonly [number, number])
    if (Number.isNaN(c)) return -2
    if (c >= 0) return i
  }
  return 0
}

const MEASUREMENT_KEYS = new Set(["indicator", "target", "realisasi", "targetMaksimal"])

/** A measurement exactly as `fastMeasurement` accepts it, read in place (no copy). */
const isWellFormedMeasurement = (u: unknown): u is Indicator.Measurement => {
  if (!isPlain(u)) return false
  let keys = 0
  for (const k in u) {
    if (!MEASUREMENT_KEYS.has(k)) return false
    keys++
  }
  const { indicator, target, realisasi, targetMaksimal } = u
  if (typeof indicator !== "string" || !isFiniteNumber(realisasi)) return false
  if (targetMaksimal !== undefined && typeof targetMaksimal !== "boolean") return false
  if ("targetMaksimal" in u && targetMaksimal === undefined) return false
  if (keys !== (targetMaksimal === undefined ? 3 : 4)) return false
  if (isFiniteNumber(target)) return true
  if (!isPlain(target)) return false
  let tk = 0
  for (const _ in target) tk++
  return tk === 2 && isFiniteNumber(target.lower) && isFiniteNumber(target.upper)
}

/** The safe-integer path's answer for a score outside a rejecting table's range. */
const REJECTED: unique symbol = Symbol("rejected")

const summarisers = new WeakMap<Policy.Policy, (input: unknown) => Summary | undefined>()

/**
 * A prepared scorer for batches that do not write the explanation: `summariser(policy)(input)` decodes an untrusted
 * input in place (no Schema, no copies), checks it and scores it exactly as {@link evaluate} does, and returns the
 * decision only (rounded score, band, ratings, predikat). It returns `undefined` for any input that
 * {@link evaluate} would not score (or that it cannot read in place): call {@link evaluate} then for the problems
 * with their paths. For every input it scores, the result equals `evaluate`'s (`test/EvaluationSummary.test.ts`
 * checks this on generated policies and inputs). Prepared once per policy object.
 *
 * @example
 * ```ts
 * import { Evaluation, Presets } from "@pembinaan/core"
 * const summarise = Evaluation.summariser(Presets.bukittinggi.policy)
 * summarise(record)?.predikat // => "Baik"; undefined: Evaluation.evaluate(policy, record) says why
 * ```
 *
 * @category combinators
 * @since 0.3.0
 */
export const summariser = (policy: Policy.Policy): ((input: unknown) => Summary | undefined) => {
  const hit = summarisers.get(policy)
  if (hit) return hit
  const prepared = prepare(policy)
  const hk = policy.hasilKerja
  const pk = policy.perilakuKerja
  const cells = policy.quadrant.cells
  const cadence = policy.period.cadence
  const periods = new Map<string, boolean>()
  const periodOk = (period: string): boolean => {
    let ok = periods.get(period)
    if (ok === undefined) {
      ok = ANNUAL.test(period) || Period.parse(cadence, period) !== undefined
      if (periods.size < MAX_PERIODS) periods.set(period, ok)
    }
    return ok
  }
  // One slot per indicator of the largest scorecard: the measurement found for it (reset for every input).
  const slots: Array<Indicator.Measurement | undefined> = []
  // The safe-integer path: weights, caps, band and rating tables as number fractions, when they all are.
  const scale = hk.source === "indicators" ? hk.scale.rounding.scale : 0
  const mode = hk.source === "indicators" ? hk.scale.rounding.mode : "half-up"
  const pow = 10 ** scale
  const bandsN = prepared.bands && scale <= 8 ? numberTable(prepared.bands) : undefined
  const mappingN = prepared.mapping && scale <= 8 ? numberTable(prepared.mapping) : undefined
  const usable = hk.source === "indicators" && hk.scoring.method === "capaian" && bandsN && mappingN
  // per scorecard item: one indicator may weigh differently on two scorecards
  const weightsN = new Map<PreparedCard["items"][number], readonly [number, number] | undefined>()
  const capsN = new Map<Indicator.Definition, readonly [number, number] | undefined>()
  for (const card of prepared.cards.values()) {
    for (const item of card.items) {
      weightsN.set(item, numberPair(item.weight))
      const cap = item.definition.cap
      capsN.set(item.definition, cap === undefined ? undefined : numberPair(Exact.fromFinite(cap)))
    }
  }
  const hasilByNumbers = (
    items: PreparedCard["items"]
  ): { rating: Quadrant.Rating; band: string; score: number } | typeof REJECTED | undefined => {
    if (!usable || hk.source !== "indicators") return undefined
    let sn = 0
    let sd = 1
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as PreparedCard["items"][number]
      const def = item.definition
      const m = slots[i] as Indicator.Measurement
      const w = weightsN.get(item)
      if (w === undefined || !rational(m.realisasi)) return undefined
      const rn = ratN
      const rd = ratD
      // raw capaian pn / pd (pd > 0: targets are positive, checked above)
      let pn: number
      let pd: number
      if (def.direction === "range") {
        const range = m.target as Indicator.RangeTarget
        if (!rational(range.lower)) return undefined
        const ln = ratN
        const ld = ratD
        if (!rational(range.upper)) return undefined
        const un = ratN
        const ud = ratD
        const belowL = mul(rn, ld)
        const belowR = mul(ln, rd)
        const aboveL = mul(un, rd)
        const aboveR = mul(rn, ud)
        if (Number.isNaN(belowL) || Number.isNaN(belowR) || Number.isNaN(aboveL) || Number.isNaN(aboveR)) {
          return undefined
        }
        if (belowL < belowR) {
          pn = mul(mul(rn, ld), 100)
          pd = mul(rd, ln)
        } else if (aboveL < aboveR) {
          pn = mul(mul(rn, ud), 100)
          pd = mul(rd, un)
        } else {
          pn = 100
          pd = 1
        }
      } else {
        if (!rational(m.target as number)) return undefined
        pn = mul(mul(rn, ratD), 100)
        pd = mul(rd, ratN)
        if (def.direction === "lower-is-better") pn = mul(200, pd) - pn
      }
      if (Number.isNaN(pn) || Number.isNaN(pd) || Math.abs(pn) > SAFE) return undefined
      if (pn < 0) {
        pn = 0
        pd = 1
      }
      const cap = capsN.get(def)
      if (def.cap !== undefined) {
        if (cap === undefined) return undefined
        const l = mul(cap[0], pd)
        const r = mul(pn, cap[1])
        if (Number.isNaN(l) || Number.isNaN(r)) return undefined
        if (l < r) {
          pn = cap[0]
          pd = cap[1]
        }
      }
      // sn / sd += (w × p): over the least common denominator
      const tn = mul(w[0], pn)
      const td = mul(w[1], pd)
      if (Number.isNaN(tn) || Number.isNaN(td)) return undefined
      const g = gcdOf(sd, td)
      const l = mul(sd / g, td)
      const sum = mul(sn, l / sd) + mul(tn, l / td)
      if (Number.isNaN(l) || !(Math.abs(sum) <= SAFE)) return undefined
      sn = sum
      sd = l
    }
    // rounding once: units of 10^-scale of sn / (sd × 100), the policy's mode (non-negative sums only)
    const num = mul(sn, pow)
    const den = mul(sd, 100)
    if (Number.isNaN(num) || Number.isNaN(den) || num < 0) return undefined
    let q = Math.floor(num / den)
    let r = num - mul(q, den)
    if (Number.isNaN(r)) return undefined
    while (r < 0) {
      q--
      r += den
    }
    while (r >= den) {
      q++
      r -= den
    }
    let units = q
    if (r !== 0) {
      const twice = 2 * r
      switch (mode) {
        case "up":
        case "ceiling":
          units = q + 1
          break
        case "down":
        case "floor":
          break
        case "half-up":
          if (twice >= den) units = q + 1
          break
        case "half-down":
          if (twice > den) units = q + 1
          break
        case "half-even":
          if (twice > den || (twice === den && q % 2 !== 0)) units = q + 1
          break
      }
    }
    const b = bandOfUnits(bandsN as NumberTable, units, pow)
    const k = bandOfUnits(mappingN as NumberTable, units, pow)
    if (b === -2 || k === -2) return undefined
    if (b === -1 || k === -1) return REJECTED
    return {
      rating: (hk.mapping.bands[k] as Policy.RatingTable["bands"][number]).label,
      band: (hk.bands.bands[b] as Band.Band).label,
      score: units / pow
    }
  }
  const hasil = (
    input: Record<string, unknown>
  ): { rating: Quadrant.Rating; band: string | undefined; score: number | undefined } | undefined => {
    if (hk.source === "rating") {
      const rating = input.hasilKerja
      if (!Quadrant.isRating(rating) || input.scorecard !== undefined || input.measurements !== undefined) {
        return undefined
      }
      return { rating, band: undefined, score: undefined }
    }
    if (input.hasilKerja !== undefined || typeof input.scorecard !== "string") return undefined
    const card = prepared.cards.get(input.scorecard)
    const measurements = input.measurements
    if (card === undefined || !Array.isArray(measurements)) return undefined
    const items = card.items
    slots.length = items.length
    slots.fill(undefined)
    let found = 0
    for (const m of measurements) {
      if (!isWellFormedMeasurement(m)) return undefined
      const at = card.index.get(m.indicator)
      if (at === undefined || slots[at] !== undefined) return undefined
      if (Indicator.check((items[at] as PreparedCard["items"][number]).definition, m) !== undefined) return undefined
      slots[at] = m
      found++
    }
    if (found !== items.length) return undefined
    const viaNumbers = hasilByNumbers(items)
    if (viaNumbers === REJECTED) return undefined
    if (viaNumbers !== undefined) return viaNumbers
    // The arithmetic of `hasilOf`, without the trace's values.
    let n = 0n
    let d = 1n
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as PreparedCard["items"][number]
      const m = slots[i] as Indicator.Measurement
      let value = Indicator.capaianUnchecked(item.definition, m).percent
      if (hk.scoring.method === "iki-8-2021") {
        const v = Skp.nilaiIki(
          hk.scoring.iki,
          value,
          m.targetMaksimal === undefined ? {} : { targetMaksimal: m.targetMaksimal }
        )
        if (Result.isFailure(v)) return undefined
        value = v.success.nilai
      }
      const wn = item.weight.n * value.n
      const wd = item.weight.d * value.d
      n = n * wd + wn * d
      d = d * wd
    }
    const rounded = Exact.roundExact(Exact.fraction(n, d * 100n), hk.scale.rounding)
    const b = bandIndex(prepared.bands as PreparedTable, rounded)
    const r = bandIndex(prepared.mapping as PreparedTable, rounded)
    if (b.index < 0 || r.index < 0) return undefined
    // `Scored.score.value` is `Exact.round(b.value).value`: the nearest double to the value rounded at the scale
    // (`b.value` is `rounded` unless the band table clamped it, and rounding a rounded value changes nothing).
    const score = Exact.toNumber(b.value === rounded ? rounded : Exact.roundExact(b.value, hk.scale.rounding))
    return {
      rating: (hk.mapping.bands[r.index] as Policy.RatingTable["bands"][number]).label,
      band: (hk.bands.bands[b.index] as Band.Band).label,
      score
    }
  }
  const perilaku = (input: Record<string, unknown>): Quadrant.Rating | undefined => {
    if (pk.source === "rating") {
      const rating = input.perilakuKerja
      return Quadrant.isRating(rating) && input.berakhlak === undefined ? rating : undefined
    }
    const ratings = input.berakhlak
    if (input.perilakuKerja !== undefined || !isPlain(ratings)) return undefined
    let keys = 0
    for (const _ in ratings) keys++
    if (keys !== Behaviour.coreValues.length) return undefined
    let dibawah = 0
    let diatas = 0
    for (const v of Behaviour.coreValues) {
      const r = ratings[v]
      if (!Quadrant.isRating(r)) return undefined
      if (r === "Dibawah Ekspektasi") dibawah++
      else if (r === "Diatas Ekspektasi") diatas++
    }
    return dibawah >= pk.dibawahIfAtLeast
      ? "Dibawah Ekspektasi"
      : diatas >= pk.diatasIfAtLeast
        ? "Diatas Ekspektasi"
        : "Sesuai Ekspektasi"
  }
  const summarise = (input: unknown): Summary | undefined => {
    if (!isPlain(input)) return undefined
    for (const k in input) {
      if (!INPUT_KEYS.has(k) || input[k] === undefined) return undefined
    }
    const { employee, period } = input
    if (typeof employee !== "string" || employee.length === 0 || typeof period !== "string") return undefined
    if (!periodOk(period)) return undefined
    const h = hasil(input)
    if (h === undefined) return undefined
    const p = perilaku(input)
    if (p === undefined) return undefined
    return {
      employee,
      period,
      score: h.score,
      band: h.band,
      hasilKerja: h.rating,
      perilakuKerja: p,
      predikat: cells[h.rating][p]
    }
  }
  summarisers.set(policy, summarise)
  return summarise
}
