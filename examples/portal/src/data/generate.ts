/**
 * The deterministic sample dataset of a region: units, a roster of ASN, four quarters of 2026 evaluation inputs,
 * SKM survey responses per service unit, 360° feedback, development activities (JP) and competency assessments.
 * Pure: the same region and seed always give the same data (a seeded PRNG, no clock, no I/O). Scoring happens in
 * `model.ts` with `@pembinaan/core`; this module only draws inputs.
 */
import {
  Behaviour,
  type Development,
  type Evaluation,
  type Feedback,
  type Jpm,
  Presets,
  type Quadrant,
  type Survey
} from "@pembinaan/core"
import { type Random, seeded } from "./random.js"
import { firstNames, type Jabatan, type Region, type RegionId, regions, type TargetSpec } from "./regions.js"

/** The year of the sample. */
export const YEAR = 2026

/** The four periods of the sample. */
export const quarters = [`${YEAR}-Q1`, `${YEAR}-Q2`, `${YEAR}-Q3`, `${YEAR}-Q4`] as const

/** One generated employee. `id` is a pseudonymous code, not a NIP. */
export interface Employee {
  readonly id: string
  readonly name: string
  readonly unit: string
  readonly jabatan: Jabatan
  readonly scorecard: string
}

/** A unit of the sample (id, name, service, population). */
export interface Unit {
  readonly id: string
  readonly name: string
  readonly service: string | null
  readonly population: number
}

/** One SKM response of a service unit. */
export interface UnitResponse {
  readonly unit: string
  readonly response: Survey.Response
}

/** One 360° rating of an employee in a period. */
export interface FeedbackEntry {
  readonly subject: string
  readonly period: string
  readonly rating: Feedback.Rating
}

/** One employee's competency assessment against their position's standard. */
export interface CompetencyEntry {
  readonly employee: string
  readonly assessment: Jpm.Assessment
}

/** The whole sample of one region. */
export interface Dataset {
  readonly region: RegionId
  readonly seed: string
  readonly year: number
  readonly units: ReadonlyArray<Unit>
  readonly employees: ReadonlyArray<Employee>
  readonly evaluations: ReadonlyArray<Evaluation.EvaluationInput>
  readonly surveys: ReadonlyArray<UnitResponse>
  readonly feedback: ReadonlyArray<FeedbackEntry>
  readonly training: ReadonlyArray<Development.Activity>
  readonly competency: ReadonlyArray<CompetencyEntry>
  /** Potensial score (0–100) per employee id, for the talent map. */
  readonly potensial: { readonly [employee: string]: number }
}

/** The competencies assessed in the sample (the national manajerial and sosial-kultural dictionary). */
export const competencyIds = [
  "integritas",
  "kerjasama",
  "komunikasi",
  "orientasi-pada-hasil",
  "pelayanan-publik",
  "pengembangan-diri-dan-orang-lain",
  "mengelola-perubahan",
  "pengambilan-keputusan",
  "perekat-bangsa"
] as const

/** Required level per jabatan (an illustrative standard kompetensi jabatan; configure from the instansi's own). */
export const requiredLevel: { readonly [K in Jabatan]: number } = {
  Administrator: 3,
  Pengawas: 2,
  "JF Ahli Pertama": 2,
  Pelaksana: 1
}

const trainingForms = ["pelatihan", "seminar", "workshop", "e-learning", "coaching", "kursus"] as const

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x))
const round1 = (x: number): number => Math.round(x * 10) / 10

const jabatanOf = (index: number, size: number): Jabatan => {
  if (index === 0) return "Administrator"
  if (index <= Math.max(2, Math.floor(size / 8))) return "Pengawas"
  return index % 3 === 0 ? "JF Ahli Pertama" : "Pelaksana"
}

/** The target of one indicator for one employee (fixed for the year). */
const drawTarget = (rng: Random, spec: TargetSpec): number | { lower: number; upper: number } =>
  spec.kind === "range" ? { lower: spec.lower, upper: spec.upper } : rng.int(spec.min, spec.max)

const realisasiOf = (
  rng: Random,
  direction: "higher-is-better" | "lower-is-better" | "range",
  target: number | { lower: number; upper: number },
  performance: number
): number => {
  if (typeof target !== "number") {
    // a range target: good performers land inside, others fall short by one or two
    const inside = performance >= 0.97
    return inside ? rng.int(target.lower, target.upper) : Math.max(0, target.lower - rng.int(1, 2))
  }
  if (direction === "lower-is-better") {
    // capaian = (2 − realisasi / target) × 100, so realisasi = target × (2 − performance)
    const r = target * (2 - performance)
    return clamp(target >= 10 ? Math.round(r) : round1(r), 0, target * 2)
  }
  return Math.max(0, Math.round(target * performance))
}

const berakhlakOf = (rng: Random, ability: number): Evaluation.Berakhlak => {
  const entries = Behaviour.coreValues.map((v): [string, Quadrant.Rating] => {
    const r = ability + rng.normal(0, 0.45)
    return [v, r > 0.45 ? "Diatas Ekspektasi" : r < -1.3 ? "Dibawah Ekspektasi" : "Sesuai Ekspektasi"]
  })
  return Object.fromEntries(entries) as Evaluation.Berakhlak
}

const perilakuOf = (rng: Random, ability: number): Quadrant.Rating => {
  const r = ability + rng.normal(0, 0.35)
  return r > 0.55 ? "Diatas Ekspektasi" : r < -0.8 ? "Dibawah Ekspektasi" : "Sesuai Ekspektasi"
}

/**
 * Generates the sample of a region. `seed` defaults to the region id, so `generate("bukittinggi")` is the same on
 * every call.
 */
export const generate = (regionId: RegionId, seed: string = regionId): Dataset => {
  const region: Region = regions[regionId]
  const rng = seeded(`${seed}:${YEAR}`)
  const policy = region.policy
  const units: Array<Unit> = region.units.map(({ id, name, service, population }) => ({
    id,
    name,
    service,
    population
  }))
  const employees: Array<Employee> = []
  const ability = new Map<string, number>()
  let n = 0
  for (const unit of region.units) {
    for (let i = 0; i < unit.size; i++) {
      n++
      const jabatan = jabatanOf(i, unit.size)
      const id = `${region.code}-${String(n).padStart(4, "0")}`
      const name = `${rng.pick(firstNames)} ${rng.pick(region.lastNames)}`
      employees.push({ id, name, unit: unit.id, jabatan, scorecard: region.scorecard(jabatan) })
      ability.set(id, clamp(rng.normal(0.05, 0.5), -1.3, 1.3))
    }
  }

  const evaluations: Array<Evaluation.EvaluationInput> = []
  for (const e of employees) {
    const a = ability.get(e.id) ?? 0
    const card = policy.scorecards.find((s) => s.id === e.scorecard)
    if (!card) throw new Error(`no scorecard ${e.scorecard} in ${policy.id}`)
    const targets = card.weights.map((w) => {
      const spec = region.targets[w.indicator]
      if (!spec) throw new Error(`no target spec for ${w.indicator}`)
      return [w.indicator, drawTarget(rng, spec)] as const
    })
    quarters.forEach((period, q) => {
      const trend = (q - 1.5) * 0.01
      const measurements = targets.map(([indicator, target]) => {
        const definition = policy.indicators.find((d) => d.id === indicator)
        const direction = definition?.direction ?? "higher-is-better"
        const performance = clamp(1 + 0.11 * a + trend + rng.normal(0, 0.05), 0.55, 1.3)
        return { indicator, target, realisasi: realisasiOf(rng, direction, target, performance) }
      })
      const base = { employee: e.id, period, scorecard: e.scorecard, measurements }
      evaluations.push(
        policy.perilakuKerja.source === "berakhlak"
          ? { ...base, berakhlak: berakhlakOf(rng, a) }
          : { ...base, perilakuKerja: perilakuOf(rng, a) }
      )
    })
  }

  const template = { id: Presets.skm.national2017.id, version: Presets.skm.national2017.version }
  const elementIds = Presets.skm.national2017.elements.map((el) => el.id)
  const surveys: Array<UnitResponse> = []
  for (const unit of units) {
    if (unit.service === null) continue
    const quality = rng.normal(3.05, 0.22)
    const bias = elementIds.map(() => rng.normal(0, 0.15))
    const count = rng.int(Math.round(unit.population * 0.45), Math.round(unit.population * 0.75))
    for (let r = 0; r < count; r++) {
      const answers = Object.fromEntries(
        elementIds.map((id, i) => [id, clamp(Math.round(rng.normal(quality + (bias[i] ?? 0), 0.55)), 1, 4)])
      )
      surveys.push({ unit: unit.id, response: { template, answers } })
    }
  }

  const feedback: Array<FeedbackEntry> = []
  const period = quarters[3]
  let rater = 0
  const score = (a: number): number => clamp(Math.round(rng.normal(3.6 + 0.7 * a, 0.6)), 1, 5)
  const ratingOf = (group: Feedback.RaterGroup, a: number): Feedback.Rating => {
    rater++
    const scores = Object.fromEntries(Behaviour.coreValues.map((v) => [v, score(a)])) as Feedback.Rating["scores"]
    return { rater: `r${rater}`, group, scores }
  }
  employees.forEach((e, i) => {
    const structural = e.jabatan === "Administrator" || e.jabatan === "Pengawas"
    if (!structural && i % 4 !== 1) return
    const a = ability.get(e.id) ?? 0
    const add = (group: Feedback.RaterGroup, count: number) => {
      for (let k = 0; k < count; k++) feedback.push({ subject: e.id, period, rating: ratingOf(group, a) })
    }
    add("atasan", 1)
    add("rekan-kerja", rng.int(3, 6))
    if (structural) add("bawahan", rng.int(2, 6))
    add("diri-sendiri", 1)
  })

  const training: Array<Development.Activity> = []
  for (const e of employees) {
    const count = rng.int(1, 5)
    for (let k = 0; k < count; k++) {
      training.push({ employee: e.id, form: rng.pick(trainingForms), year: YEAR, minutes: rng.int(2, 16) * 45 })
    }
  }

  const legalBasis = [
    { regulation: "PermenPAN-RB 38/2017", note: "contoh standar kompetensi jabatan (ilustrasi)", confirmed: false }
  ]
  const competency: Array<CompetencyEntry> = employees.map((e) => {
    const a = ability.get(e.id) ?? 0
    const level = requiredLevel[e.jabatan]
    const scores = Object.fromEntries(
      competencyIds.map((c): [string, Jpm.Score] => [
        c,
        rng.chance(0.03) ? "not-assessed" : clamp(Math.round(level + rng.normal(-0.1 + 0.6 * a, 0.6)), 1, 5)
      ])
    )
    return {
      employee: e.id,
      assessment: {
        standard: {
          position: e.jabatan,
          jabatanLevel: e.jabatan,
          requirements: competencyIds.map((c) => ({ competency: c, level })),
          legalBasis
        },
        scores
      }
    }
  })

  const potensial = Object.fromEntries(
    employees.map((e) => [e.id, round1(clamp(62 + 20 * (ability.get(e.id) ?? 0) + rng.normal(0, 9), 20, 99))])
  )

  return {
    region: regionId,
    seed,
    year: YEAR,
    units,
    employees,
    evaluations,
    surveys,
    feedback,
    training,
    competency,
    potensial
  }
}
