import { Exact, Period } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const legalBasis = [{ regulation: "Test", confirmed: false }]
const policy = (annual: Period.Strategy, cadence: Period.Cadence = "triwulanan"): Period.Policy => ({
  cadence,
  annual,
  legalBasis
})
const quarters: Period.Periodic[] = [
  { period: "2026-Q3", score: 100, predikat: "Baik" },
  { period: "2026-Q1", score: 80, predikat: "Butuh Perbaikan" },
  { period: "2026-Q2", score: 90, predikat: "Baik" },
  { period: "2026-Q4", score: 95, predikat: "Baik" }
]

const run = (p: Period.Policy, input: Period.AggregateInput) => Period.aggregate(p, input)

describe("Period.aggregate", () => {
  it("annual-only uses the annual evaluation and ignores periods (the national rule)", () => {
    const r = run(policy({ strategy: "annual-only" }), {
      year: 2026,
      periodic: quarters,
      annual: { year: 2026, predikat: "Sangat Baik" }
    })
    expect(Result.isSuccess(r) && [r.success.predikat, r.success.trace.periodsUsed]).toEqual(["Sangat Baik", []])
  })

  it("annual-only without an annual evaluation is a typed error", () => {
    const r = run(policy({ strategy: "annual-only" }), { year: 2026, periodic: quarters })
    expect(Result.isFailure(r) && r.failure._tag).toBe("AnnualEvaluationMissing")
  })

  it("last takes the last period by id, not by input order", () => {
    const r = run(policy({ strategy: "last", missing: "reject", minPeriods: 4 }), { year: 2026, periodic: quarters })
    expect(Result.isSuccess(r) && r.success.trace.periodsUsed).toEqual(["2026-Q4"])
  })

  it("worst takes the worst predikat", () => {
    const r = run(policy({ strategy: "worst", missing: "reject", minPeriods: 4 }), { year: 2026, periodic: quarters })
    expect(Result.isSuccess(r) && [r.success.predikat, r.success.trace.periodsUsed]).toEqual([
      "Butuh Perbaikan",
      ["2026-Q1"]
    ])
  })

  it("mean is the exact mean of the scores", () => {
    const r = run(policy({ strategy: "mean", missing: "reject", minPeriods: 4 }), { year: 2026, periodic: quarters })
    expect(Result.isSuccess(r) && r.success.score?.text).toBe("91.25")
    expect(Result.isSuccess(r) && r.success.predikat).toBeUndefined()
  })

  it("trend weights later periods more and reports the slope", () => {
    const r = run(policy({ strategy: "trend", missing: "reject", minPeriods: 4 }), { year: 2026, periodic: quarters })
    // (80·1 + 90·2 + 100·3 + 95·4) / 10 = 94
    expect(Result.isSuccess(r) && r.success.score?.text).toBe("94")
    expect(Result.isSuccess(r) && r.success.trace.slopePerPeriod).toBe("5.5")
    expect(Result.isSuccess(r) && r.success.trace.weights).toEqual(["0.1", "0.2", "0.3", "0.4"])
  })

  it("rejects missing periods, or uses what there is when the policy allows", () => {
    const three = quarters.slice(0, 3)
    const reject = run(policy({ strategy: "mean", missing: "reject", minPeriods: 1 }), { year: 2026, periodic: three })
    expect(Result.isFailure(reject) && reject.failure._tag === "MissingPeriods" && reject.failure.missing).toEqual([
      "2026-Q4"
    ])
    const available = run(policy({ strategy: "mean", missing: "use-available", minPeriods: 3 }), {
      year: 2026,
      periodic: three
    })
    expect(Result.isSuccess(available) && available.success.score?.text).toBe("90")
    const tooFew = run(policy({ strategy: "mean", missing: "use-available", minPeriods: 4 }), {
      year: 2026,
      periodic: three
    })
    expect(Result.isFailure(tooFew)).toBe(true)
  })

  it.each([
    ["2026-Q5", "format"],
    ["2026-03", "format"],
    ["2025-Q1", "other-year"]
  ])("rejects period %s (%s)", (period, reason) => {
    const r = run(policy({ strategy: "last", missing: "use-available", minPeriods: 1 }), {
      year: 2026,
      periodic: [{ period, score: 90, predikat: "Baik" }]
    })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidPeriod" && r.failure.reason).toBe(reason)
  })

  it("rejects a duplicated period", () => {
    const r = run(policy({ strategy: "last", missing: "use-available", minPeriods: 1 }), {
      year: 2026,
      periodic: [quarters[0], quarters[0]] as Period.Periodic[]
    })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidPeriod" && r.failure.reason).toBe("duplicate")
  })

  it("monthly cadence has twelve periods", () => {
    expect(Period.periodsOf("bulanan", 2026)).toHaveLength(12)
    expect(Period.parse("bulanan", "2026-12")).toEqual({ year: 2026, index: 12 })
    expect(Period.parse("bulanan", "2026-13")).toBeUndefined()
  })

  it("mean is order-independent and between min and max (property)", () => {
    const scores = fc.array(fc.integer({ min: 0, max: 12000 }), { minLength: 4, maxLength: 4 })
    fc.assert(
      fc.property(scores, fc.integer({ min: 0, max: 3 }), (s, shift) => {
        const periodic = s.map((v, i) => ({ period: `2026-Q${i + 1}`, score: v / 100, predikat: "Baik" as const }))
        const rotated = [...periodic.slice(shift), ...periodic.slice(0, shift)]
        const p = policy({ strategy: "mean", missing: "reject", minPeriods: 4 })
        const a = run(p, { year: 2026, periodic })
        const b = run(p, { year: 2026, periodic: rotated })
        if (Result.isFailure(a) || Result.isFailure(b)) throw new Error("unexpected failure")
        expect(a.success.trace.score).toBe(b.success.trace.score)
        const mean = a.success.score ? Period.exactOf(a.success.score) : Exact.zero
        expect(Exact.compare(mean, Exact.fraction(Math.min(...s), 100))).toBeGreaterThanOrEqual(0)
        expect(Exact.compare(mean, Exact.fraction(Math.max(...s), 100))).toBeLessThanOrEqual(0)
      })
    )
  })

  it("decodes policies and inputs with paths", () => {
    const bad = Period.decodePolicy({ cadence: "harian", annual: { strategy: "median" }, legalBasis: [] })
    expect(Result.isFailure(bad) && bad.failure.problems.map((p) => p.path[0])).toEqual(
      expect.arrayContaining(["cadence", "annual", "legalBasis"])
    )
    const input = Period.decodeInput({
      year: 2026,
      periodic: [{ period: "2026-Q1", score: Number.NaN, predikat: "Baik" }]
    })
    expect(Result.isFailure(input) && input.failure.problems[0]?.path).toEqual(["periodic", 0, "score"])
  })
})
