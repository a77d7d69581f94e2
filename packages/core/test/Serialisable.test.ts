// Every public result of core is plain data: JSON.stringify never throws on it (no bigint), and what it gives back
// parses to the same structure (issue 13: Period.aggregate returned a bigint fraction).
import { Evaluation, Input, Nip, Period, Presets, Quadrant, Rule, SampleSize, Survey } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const hasBigint = (value: unknown, seen = new Set<unknown>()): boolean => {
  if (typeof value === "bigint") return true
  if (typeof value !== "object" || value === null || seen.has(value)) return false
  seen.add(value)
  return Object.values(value).some((v) => hasBigint(v, seen))
}

const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const evaluation = (period: string, factor: number) => ({
  employee: "199001012020011001",
  period,
  scorecard: "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 100, realisasi: 100 * factor },
    { indicator: "mutu-dokumen", target: 100, realisasi: 100 * factor },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
    { indicator: "keluhan-masyarakat", target: 10, realisasi: 10 }
  ],
  berakhlak: Object.fromEntries(values.map((v) => [v, "Sesuai Ekspektasi"]))
})

const quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
const evaluated = quarters.map((q, i) =>
  Result.getOrThrow(Evaluation.evaluate(Presets.bukittinggi.policy, evaluation(q, 0.9 + i / 10)))
)
const periodic = evaluated.map((e) => ({
  period: e.period,
  score: e.score?.value ?? 0,
  predikat: e.predikat,
  perilakuKerja: e.perilakuKerja
}))

const results: ReadonlyArray<readonly [string, unknown]> = [
  ["Evaluation.evaluate", evaluated[0]],
  ["Period.aggregate (mean)", Period.aggregate(Presets.bukittinggi.policy.period, { year: 2026, periodic })],
  [
    "Period.aggregate (worst)",
    Period.aggregate(
      { ...Presets.bukittinggi.policy.period, annual: { strategy: "worst", missing: "reject", minPeriods: 4 } },
      { year: 2026, periodic }
    )
  ],
  ["Period.annual", Period.annual(Presets.bukittinggi.policy, { year: 2026, periodic })],
  [
    "Quadrant.evaluate",
    Quadrant.evaluate(Presets.national.quadrant, {
      hasilKerja: "Diatas Ekspektasi",
      perilakuKerja: "Sesuai Ekspektasi"
    })
  ],
  [
    "Rule.decide",
    Rule.decide(Presets.rules.national, { asOf: "2026-06-30", history: [{ period: "2026-Q2", predikat: "Baik" }] })
  ],
  ["SampleSize.required", SampleSize.required(Presets.skm.krejcieMorgan, 1000)],
  [
    "Survey.score",
    Survey.score(Presets.skm.policy, {
      template: Presets.skm.national2017,
      responses: [
        {
          template: { id: Presets.skm.national2017.id, version: Presets.skm.national2017.version },
          answers: Object.fromEntries(Presets.skm.national2017.elements.map((e) => [e.id, 3]))
        }
      ]
    })
  ],
  ["Input.readNumber (failure)", Input.readNumber("1.250")],
  ["Nip.decode", Nip.decode("199001012020011001")]
]

describe("every public result type is JSON-serialisable", () => {
  it.each(results)("%s", (_, result) => {
    const value = Result.isResult(result) ? (Result.isSuccess(result) ? result.success : result.failure) : result
    expect(() => JSON.stringify(value)).not.toThrow()
    expect(hasBigint(value)).toBe(false)
  })
})

describe("Period.annual: the annual evaluation with its predikat", () => {
  it("mean: the exact mean, rounded once, classified by the policy's bands; perilaku the worst of the periods", () => {
    const r = Result.getOrThrow(Period.annual(Presets.bukittinggi.policy, { year: 2026, periodic }))
    const mean = periodic.reduce((a, p) => a + p.score, 0) / 4
    expect(r.strategy).toBe("mean")
    expect(r.rounded).toBeCloseTo(mean, 2)
    expect(r.predikat).toBe(
      Presets.bukittinggi.policy.quadrant.cells[r.hasilKerja as Quadrant.Rating]["Sesuai Ekspektasi"]
    )
    expect(r.trace).toMatchObject({ predikatFrom: "quadrant", perilakuRule: "worst-of-periods", periodsUsed: quarters })
    const worse = periodic.map((p, i) => (i === 2 ? { ...p, perilakuKerja: "Dibawah Ekspektasi" as const } : p))
    const w = Result.getOrThrow(Period.annual(Presets.bukittinggi.policy, { year: 2026, periodic: worse }))
    expect(w.perilakuKerja).toBe("Dibawah Ekspektasi")
  })

  it("last: the last period's predikat; annual-only: the annual evaluation's", () => {
    const last = Result.getOrThrow(
      Period.annual(Presets.muaratebo.policy, { year: 2026, periodic: periodic.map((p) => ({ ...p })) })
    )
    expect([last.predikat, last.trace.periodsUsed]).toEqual([periodic[3]?.predikat, ["2026-Q4"]])
    const only = Period.annual(Presets.nationalPolicy.policy, {
      year: 2026,
      periodic: [],
      annual: { year: 2026, predikat: "Baik" }
    })
    expect(Result.isSuccess(only) && only.success).toMatchObject({
      predikat: "Baik",
      trace: { predikatFrom: "annual-evaluation" }
    })
  })

  it("mean without perilaku ratings, or a missing quarter, is an error naming the periods", () => {
    const bare = periodic.map(({ perilakuKerja: _, ...p }) => p)
    const r = Period.annual(Presets.bukittinggi.policy, { year: 2026, periodic: bare })
    expect(Result.isFailure(r) && r.failure).toMatchObject({
      _tag: "AnnualPredikatUnavailable",
      reason: "perilaku-missing"
    })
    const three = Period.annual(Presets.bukittinggi.policy, { year: 2026, periodic: periodic.slice(0, 3) })
    expect(Result.isFailure(three) && three.failure._tag).toBe("MissingPeriods")
  })
})
