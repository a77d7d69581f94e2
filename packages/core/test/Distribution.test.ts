import { Distribution, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const policy = Presets.distribution.circular2023
const unit = (spec: Partial<Record<string, number>>) =>
  Distribution.count(Object.entries(spec).flatMap(([p, n]) => Array(n).fill(p)))

describe("Distribution.check", () => {
  it.each([
    // Baik at most 70 %: 7 of 10 is at the edge, 8 of 10 is over
    [{ Baik: 7, "Sangat Baik": 2, "Butuh Perbaikan": 1 }, 0],
    [{ Baik: 8, "Sangat Baik": 1, "Butuh Perbaikan": 1 }, 1]
  ])("org Baik: %o gives %i warnings", (spec, n) => {
    expect(Distribution.check(policy, { organisation: "Baik", counts: unit(spec) }).warnings).toHaveLength(n)
  })

  it("org Baik requires some Butuh Perbaikan or Kurang/Misconduct", () => {
    const report = Distribution.check(policy, { organisation: "Baik", counts: unit({ Baik: 7, "Sangat Baik": 3 }) })
    expect(report.warnings.map((w) => [w.guideline.op, w.count])).toEqual([["present", 0]])
  })

  it("compares shares exactly: 70 of 100 is at most 70 %, 701 of 1000 is not", () => {
    const at = Distribution.check(policy, {
      organisation: "Istimewa",
      counts: unit({ "Sangat Baik": 70, Baik: 30 })
    })
    expect(at.warnings).toEqual([])
    const over = Distribution.check(policy, {
      organisation: "Istimewa",
      counts: unit({ "Sangat Baik": 701, Baik: 299 })
    })
    expect(over.warnings.map((w) => w.actualPercent)).toEqual(["70.10"])
  })

  it("org Butuh Perbaikan: at least 60 % Butuh Perbaikan and at most 10 % Sangat Baik", () => {
    const r = Distribution.check(policy, {
      organisation: "Butuh Perbaikan",
      counts: unit({ "Butuh Perbaikan": 5, Baik: 3, "Sangat Baik": 2 })
    })
    expect(r.warnings.map((w) => [w.guideline.predikat, w.actualPercent])).toEqual([
      [["Butuh Perbaikan"], "50.00"],
      [["Sangat Baik"], "20.00"]
    ])
  })

  it("org Sangat Kurang allows no Sangat Baik at all", () => {
    const r = Distribution.check(policy, {
      organisation: "Sangat Kurang",
      counts: unit({ "Sangat Kurang": 8, "Kurang/Misconduct": 1, "Sangat Baik": 1 })
    })
    expect(r.warnings.map((w) => w.guideline.op)).toEqual(["at-most"])
  })

  it("does not judge a unit smaller than the minimum", () => {
    const r = Distribution.check(policy, { organisation: "Baik", counts: unit({ Baik: 3 }) })
    expect([r.tooSmallToJudge, r.warnings]).toEqual([true, []])
    expect(r.percents.Baik).toBe("100.00")
  })

  it("the preset decodes and cites an unconfirmed source", () => {
    expect(Result.isSuccess(Distribution.decodePolicy(policy))).toBe(true)
    expect(policy.guidelines.Baik[0]?.legalBasis[0]?.confirmed).toBe(false)
  })

  it("decodes counts with paths", () => {
    const r = Distribution.decodeInput({ organisation: "Bagus", counts: { Baik: -1 } })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => p.path.join("."))).toEqual(
      expect.arrayContaining(["organisation", "counts.Baik", "counts.Sangat Baik"])
    )
  })
})
