/**
 * The full annual evaluation of one employee, decoded and scored: four quarterly indicator evaluations (4
 * indicators, 7 BerAKHLAK ratings each), 360 feedback (1 atasan, 5 peers, 5 subordinates × 7 values) and the
 * region's reward/remediation rules over the year's history — beside a plain hand-written loop that computes the same
 * decisions with floats and no decoding, no trace and no validation, in the same run.
 */
import { Behaviour, Evaluation, Feedback, Presets, Quadrant, Rule } from "@pembinaan/core"
import { Result } from "effect"
import { bench, describe } from "vitest"

const N = 5_000
const policy = Presets.bukittinggi.policy
const rules = Presets.regionRules.bukittinggi
const values = Behaviour.coreValues
const ratingNames = Quadrant.ratings
const feedbackPolicy: Feedback.Policy = {
  scale: { min: 1, max: 5 },
  weights: { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2, "diri-sendiri": 0, "pihak-lain": 0 },
  quorum: [{ group: "rekan-kerja", onShortfall: "insufficient" }],
  required: ["atasan"],
  anonymity: { minimumGroupSize: 5, identified: ["atasan", "diri-sendiri"] },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis: [{ regulation: "PermenPAN-RB 6/2022", article: "Pasal 18–19", confirmed: true }]
}

// deterministic synthetic employees
const quarter = (i: number, q: number) => ({
  employee: `e${i}`,
  period: `2026-Q${q}`,
  scorecard: "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 100, realisasi: 60 + ((i * 7 + q * 3) % 70) },
    { indicator: "mutu-dokumen", target: 100, realisasi: 60 + ((i * 13 + q) % 70) },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 40 + ((i + q) % 21) },
    { indicator: "keluhan-masyarakat", target: 5, realisasi: (i + q) % 9 }
  ],
  berakhlak: Object.fromEntries(values.map((v, k) => [v, ratingNames[(i + k + q) % 7 === 0 ? 0 : ((i >> k) & 1) + 1]]))
})
const feedback = (i: number) => [
  { rater: `a${i}`, group: "atasan", scores: Object.fromEntries(values.map((v, k) => [v, 1 + ((i + k) % 5)])) },
  ...Array.from({ length: 5 }, (_, r) => ({
    rater: `p${i}-${r}`,
    group: "rekan-kerja",
    scores: Object.fromEntries(values.map((v, k) => [v, 1 + ((i + k + r) % 5)]))
  })),
  ...Array.from({ length: 5 }, (_, r) => ({
    rater: `b${i}-${r}`,
    group: "bawahan",
    scores: Object.fromEntries(values.map((v, k) => [v, 1 + ((i * 3 + k + r) % 5)]))
  }))
]
const employees = Array.from({ length: N }, (_, i) => ({
  quarters: [1, 2, 3, 4].map((q) => quarter(i, q)),
  feedback: feedback(i)
}))
// JSON round-trip: what arrives from a file or a portal is plain untyped data
const raw: ReadonlyArray<{ quarters: unknown[]; feedback: unknown[] }> = JSON.parse(JSON.stringify(employees))

export let sink = 0

const library = () => {
  let n = 0
  for (const e of raw) {
    const history: Array<Rule.PeriodFact> = []
    for (const q of e.quarters) {
      const r = Evaluation.evaluate(policy, q)
      if (Result.isFailure(r)) continue
      history.push({
        period: r.success.period,
        predikat: r.success.predikat,
        ...(r.success.score ? { score: r.success.score.value } : {})
      })
    }
    const f = Feedback.evaluate(feedbackPolicy, e.feedback)
    const decided = Rule.decide(rules, { asOf: "2026-12-31", history })
    if (Result.isSuccess(decided)) n += decided.success.outcomes.length
    if (Result.isSuccess(f) && f.success.status === "sufficient") n++
  }
  sink = n
}

// The plain baseline: the same decisions, hand-written with floats.
const weights = [35, 25, 20, 20]
const caps = [120, 120, 100, 120]
const band = (s: number) => (s >= 110 ? "Diatas Ekspektasi" : s >= 90 ? "Sesuai Ekspektasi" : "Dibawah Ekspektasi")
const cells = Presets.national.quadrant.cells
const plain = () => {
  let n = 0
  for (const e of raw as ReadonlyArray<{
    quarters: Array<{ measurements: Array<{ target: number; realisasi: number }>; berakhlak: Record<string, string> }>
    feedback: Array<{ group: string; scores: Record<string, number> }>
  }>) {
    const predikats: Array<string> = []
    for (const q of e.quarters) {
      let score = 0
      q.measurements.forEach((m, k) => {
        const c = k === 3 ? Math.max(0, (2 - m.realisasi / m.target) * 100) : (m.realisasi / m.target) * 100
        score += ((weights[k] as number) / 100) * Math.min(c, caps[k] as number)
      })
      score = Math.round(score * 100) / 100
      const ratings = Object.values(q.berakhlak)
      const perilaku = ratings.includes("Dibawah Ekspektasi")
        ? "Dibawah Ekspektasi"
        : ratings.filter((r) => r === "Diatas Ekspektasi").length >= 4
          ? "Diatas Ekspektasi"
          : "Sesuai Ekspektasi"
      predikats.push(cells[band(score)][perilaku])
    }
    const sums: Record<string, [number, number]> = {}
    for (const r of e.feedback) {
      const mean = Object.values(r.scores).reduce((a, b) => a + b, 0) / 7
      const s = sums[r.group] ?? [0, 0]
      s[0] += mean
      s[1]++
      sums[r.group] = s
    }
    const w: Record<string, number> = { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2 }
    let total = 0
    let wsum = 0
    for (const [g, [s, c]] of Object.entries(sums)) {
      total += (w[g] ?? 0) * (s / c)
      wsum += w[g] ?? 0
    }
    if (wsum > 0 && total / wsum > 0) n++
    const last = predikats[predikats.length - 1]
    if (last === "Sangat Baik") n += 2
    if (last === "Sangat Kurang" || last === "Kurang/Misconduct") n += 2
    if (predikats.slice(-2).every((p) => p === "Butuh Perbaikan")) n++
  }
  sink = n
}

describe(`annual evaluation: ${N.toLocaleString("en")} employees (4 quarters, 360 feedback, rules)`, () => {
  bench("plain baseline (floats, no decode, no trace)", plain)
  bench("library (decode + exact score + 360 + rules, with trace)", library)
})
