/**
 * Real core results for the display widgets' tests: every number here is produced by @pembinaan/core.
 */
import {
  Behaviour,
  Competency,
  Development,
  Evaluation,
  Feedback,
  Jpm,
  Presets,
  type Quadrant,
  Remediation,
  Rule,
  SampleSize,
  Survey,
  Talent
} from "@pembinaan/core"
import { Result } from "effect"

export const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${JSON.stringify(r.failure)}`)
  return r.success
}

// ------------------------------------------------------------------------------------------------------------
// Evaluation (Bukittinggi illustrative preset, indicator-based) and the national policy (ratings)
// ------------------------------------------------------------------------------------------------------------

export const berakhlak = (diatas: number, dibawah = 0) =>
  Object.fromEntries(
    Behaviour.coreValues.map((id, i) => [
      id,
      i < dibawah ? "Dibawah Ekspektasi" : i < dibawah + diatas ? "Diatas Ekspektasi" : "Sesuai Ekspektasi"
    ])
  )

export const bukittinggiInput = {
  employee: "198705122010011001",
  period: "2026-Q1",
  scorecard: "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 120, realisasi: 126 },
    { indicator: "mutu-dokumen", target: 90, realisasi: 90 },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
    { indicator: "keluhan-masyarakat", target: 4, realisasi: 2 }
  ],
  berakhlak: berakhlak(4)
}

/** 105.75 → Baik / Sesuai; perilaku Diatas → predikat Baik. */
export const evaluated = () => ok(Evaluation.evaluate(Presets.bukittinggi.policy, bukittinggiInput))

const ratingsFor = (i: number): readonly [Quadrant.Rating, Quadrant.Rating] => {
  const r = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"] as const
  // a spread that puts most people at Baik, some Sangat Baik, a few lower
  const h = i % 10 === 0 ? r[0] : i % 4 === 0 ? r[2] : r[1]
  const p = i % 13 === 0 ? r[0] : i % 6 === 0 ? r[2] : r[1]
  return [h, p]
}

/** A national-policy evaluation (ratings rated directly) for employee i in a quarter. */
export const nationalEvaluation = (i: number, period: string) => {
  const [hasilKerja, perilakuKerja] = ratingsFor(i + period.length + Number(period.slice(-1)))
  return ok(
    Evaluation.evaluate(Presets.nationalPolicy.policy, {
      employee: `emp-${String(i).padStart(5, "0")}`,
      period,
      hasilKerja,
      perilakuKerja
    })
  )
}

// ------------------------------------------------------------------------------------------------------------
// Feedback 360 (policy data of the BKPSDM example; no national weights exist)
// ------------------------------------------------------------------------------------------------------------

export const feedbackPolicy: Feedback.Policy = {
  scale: { min: 1, max: 5 },
  weights: { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2, "diri-sendiri": 0, "pihak-lain": 0 },
  quorum: [{ group: "rekan-kerja", onShortfall: "insufficient" }],
  required: ["atasan"],
  anonymity: { minimumGroupSize: 5, identified: ["atasan", "diri-sendiri"] },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis: [{ regulation: "PermenPAN-RB 6/2022", article: "Pasal 18–19", confirmed: true }]
}

const all = (x: number) => Object.fromEntries(Behaviour.coreValues.map((v) => [v, x])) as Feedback.Rating["scores"]

/** The raw ratings (each names its rater): never to be shown by a widget. */
export const rawRatings: ReadonlyArray<Feedback.Rating> = [
  { rater: "Budi Atasan", group: "atasan", scores: all(4) },
  ...[5, 4, 4, 5, 4].map((x, i) => ({ rater: `Rekan ${i}`, group: "rekan-kerja" as const, scores: all(x) })),
  ...[2, 3].map((x, i) => ({ rater: `Bawahan ${i}`, group: "bawahan" as const, scores: all(x) }))
]

/** Sufficient: atasan (identified) and rekan-kerja disclosed, bawahan (2 raters) suppressed. */
export const feedback = () => ok(Feedback.aggregate(feedbackPolicy, rawRatings))

// ------------------------------------------------------------------------------------------------------------
// Competency (JPM)
// ------------------------------------------------------------------------------------------------------------

export const standard = () =>
  ok(
    Competency.standardFor(Presets.competency.national, Presets.competency.commonMapping, {
      position: "Analis Kebijakan Ahli Muda",
      jabatanLevel: "JF Ahli Muda"
    })
  )

export const jpm = (scores: ReadonlyArray<number | "not-assessed">) => {
  const s = standard()
  return ok(
    Jpm.match(Presets.competency.jpmBrin, {
      standard: s,
      scores: Object.fromEntries(s.requirements.map((r, i) => [r.competency, scores[i % scores.length] ?? 3]))
    })
  )
}

// ------------------------------------------------------------------------------------------------------------
// Development (JP)
// ------------------------------------------------------------------------------------------------------------

export const jpYear = (employees: ReadonlyArray<string>, minutes: (i: number) => number) =>
  ok(
    Development.yearly(Presets.competency.development, {
      year: 2026,
      employees,
      activities: employees.map((employee, i) => ({ employee, form: "pelatihan", year: 2026, minutes: minutes(i) }))
    })
  )

// ------------------------------------------------------------------------------------------------------------
// Rules and remediation
// ------------------------------------------------------------------------------------------------------------

export const decisions = (history: ReadonlyArray<{ period: string; predikat: Quadrant.Predikat; score?: number }>) =>
  ok(Rule.evaluate(Presets.rules.national, { asOf: "2026-12-31", history }))

export const plan = (employee: string, type?: string) => {
  const policy = Presets.rules.nationalPlans
  const planType = type ?? policy.plans[0]?.type ?? ""
  const assigned = ok(
    Remediation.assign(policy, { id: `plan-${employee}`, employee, type: planType, on: "2026-04-01" })
  )
  return ok(Remediation.apply(policy, assigned, { _tag: "Start", on: "2026-04-02" })).plan
}

// ------------------------------------------------------------------------------------------------------------
// Talent
// ------------------------------------------------------------------------------------------------------------

export const placement = (employee: string, predikat: Quadrant.Predikat, potensial: number) =>
  ok(Talent.place(Presets.talent.policy, { employee, predikat, potensial }))

// ------------------------------------------------------------------------------------------------------------
// SKM / IKM
// ------------------------------------------------------------------------------------------------------------

const template = Presets.skm.national2017

const ANSWERS = [2, 3, 3, 4, 4, 3, 2, 4, 1, 3, 4] as const

/** `n` deterministic, varied responses (a different mix per seed). */
export const responses = (n: number, seed = 0): ReadonlyArray<Survey.Response> =>
  Array.from({ length: n }, (_, r) => ({
    template: { id: template.id, version: template.version },
    answers: Object.fromEntries(
      template.elements.map((e, i) => [e.id, ANSWERS[(r * 7 + i * 3 + seed * 5 + ((r * i) % 5)) % ANSWERS.length] ?? 3])
    )
  }))

export const ikm = (n: number, seed = 0) =>
  ok(Survey.score(Presets.skm.policy, { template, responses: responses(n, seed) }))

export const sample = (population: number, respondents: number) =>
  ok(SampleSize.sufficiency(Presets.skm.krejcieMorgan, { population, respondents }))

// ------------------------------------------------------------------------------------------------------------
// Dashboard records (built with the widgets' toRecord from real core results)
// ------------------------------------------------------------------------------------------------------------

import { type DashboardRecord, toRecord } from "../src/components/unit-dashboard/unit-dashboard.model.js"

export const units = ["Dinas Kesehatan", "Dinas Pendidikan", "Disdukcapil"] as const
export const jabatans = ["Pelaksana", "Pengawas", "Administrator"] as const

/** `n` employees × the periods, evaluated under the national policy; JP, rules and plans for the first `rich`. */
export const dashboardRecords = (
  n: number,
  periods: ReadonlyArray<string> = ["2026-Q1", "2026-Q2", "2026-Q3"],
  rich = 40
): ReadonlyArray<DashboardRecord> => {
  const ids = Array.from({ length: Math.min(n, rich) }, (_, i) => `emp-${String(i).padStart(5, "0")}`)
  const development = jpYear(ids, (i) => (i % 3 === 0 ? 600 : 1200))
  const out: Array<DashboardRecord> = []
  for (const period of periods) {
    for (let i = 0; i < n; i++) {
      const evaluation = nationalEvaluation(i, period)
      const richOne = i < rich
      const record = toRecord({
        evaluation,
        unit: units[i % units.length] ?? "",
        jabatan: jabatans[i % jabatans.length] ?? "",
        name: `Pegawai ${i}`,
        ...(richOne ? { development } : {}),
        ...(richOne && (evaluation.predikat === "Sangat Baik" || evaluation.predikat === "Butuh Perbaikan")
          ? { decisions: decisions([{ period, predikat: evaluation.predikat }]) }
          : {}),
        ...(richOne && evaluation.predikat === "Butuh Perbaikan" ? { plan: plan(evaluation.employee) } : {})
      })
      out.push(record)
    }
  }
  return out
}
