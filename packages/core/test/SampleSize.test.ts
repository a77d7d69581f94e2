import { Presets, SampleSize } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const km = Presets.skm.krejcieMorgan

const sample = (n: number): number => {
  const r = SampleSize.required(km, n)
  if (Result.isFailure(r)) throw new Error(`unexpected failure for ${n}`)
  return r.success.sample
}

// REFERENCE.md §4.3 (sindopos.com rows of the published table).
const referenceRows: ReadonlyArray<readonly [number, number]> = [
  [10, 10],
  [15, 14],
  [20, 19],
  [25, 24],
  [30, 28],
  [35, 32],
  [40, 36],
  [45, 40],
  [50, 44],
  [55, 48],
  [60, 52],
  [220, 140],
  [230, 144],
  [240, 148],
  [250, 152],
  [260, 155],
  [270, 159],
  [280, 162],
  [290, 165],
  [300, 169],
  [320, 175],
  [340, 181],
  [1200, 291],
  [1300, 297],
  [1400, 302],
  [1500, 306],
  [1600, 310],
  [1700, 313],
  [1800, 317],
  [1900, 320],
  [2000, 322],
  [2200, 327]
]

// The remaining rows of Krejcie & Morgan (1970), Table 1.
const publishedRows: ReadonlyArray<readonly [number, number]> = [
  [65, 56],
  [70, 59],
  [75, 63],
  [80, 66],
  [85, 70],
  [90, 73],
  [95, 76],
  [100, 80],
  [110, 86],
  [120, 92],
  [130, 97],
  [140, 103],
  [150, 108],
  [160, 113],
  [170, 118],
  [180, 123],
  [190, 127],
  [200, 132],
  [210, 136],
  [360, 186],
  [380, 191],
  [400, 196],
  [420, 201],
  [440, 205],
  [460, 210],
  [480, 214],
  [500, 217],
  [550, 226],
  [600, 234],
  [650, 242],
  [700, 248],
  [750, 254],
  [800, 260],
  [850, 265],
  [900, 269],
  [950, 274],
  [1000, 278],
  [1100, 285],
  [2400, 331],
  [2600, 335],
  [2800, 338],
  [3000, 341],
  [3500, 346],
  [4000, 351],
  [4500, 354],
  [5000, 357],
  [6000, 361],
  [7000, 364],
  [8000, 367],
  [9000, 368],
  [10000, 370],
  [15000, 375],
  [20000, 377],
  [30000, 379],
  [40000, 380],
  [50000, 381],
  [75000, 382],
  [1000000, 384]
]

describe("SampleSize.required (Krejcie–Morgan)", () => {
  it.each(referenceRows)("REFERENCE row N = %i → S = %i", (n, s) => expect(sample(n)).toBe(s))
  it.each(publishedRows)("published row N = %i → S = %i", (n, s) => expect(sample(n)).toBe(s))

  it("rounds to nearest, not up: N = 15 gives 14.47 → 14 and N = 2000 gives 322.35 → 322", () => {
    const r15 = Result.getOrThrow(SampleSize.required(km, 15))
    expect(r15.trace.rounded.before.startsWith("14.47") || r15.trace.rounded.before.includes("≈ 14.47")).toBe(true)
    expect(r15.sample).toBe(14)
    const ceil = SampleSize.required({ ...km, rounding: { scale: 0, mode: "ceiling" } }, 15)
    expect(Result.getOrThrow(ceil).sample).toBe(15)
  })

  it("N = 100 → 79.5… → 80; N ≤ 10 equals N (10 → 9.77 → 10)", () => {
    expect(sample(100)).toBe(80)
    for (let n = 1; n <= 10; n++) expect(sample(n)).toBe(n)
  })

  it("the trace is JSON and carries the formula, the exact value and the legal basis", () => {
    const r = Result.getOrThrow(SampleSize.required(km, 2000))
    const json = JSON.parse(JSON.stringify(r))
    expect(json.trace.rule).toBe("krejcie-morgan")
    expect(json.trace.exact).toMatch(/^\d+\/\d+$/)
    expect(json.trace.rounded.text).toBe("322")
    expect(json.trace.legalBasis[0].regulation).toBe("PermenPAN-RB 14/2017")
  })

  it.each([0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "100", null])("rejects population %s with a path", (n) => {
    const r = SampleSize.required(km, n)
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) expect(r.failure.problems[0]?.path).toEqual(["population"])
  })

  it("property: total, never above N, never above 384, monotone in N", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), (n) => {
        const s = sample(n)
        const t = sample(n + 1)
        return s >= 1 && s <= n && s <= 384 && t >= s
      })
    )
  })

  it("is dual", () => {
    expect(SampleSize.required(500)(km)).toEqual(SampleSize.required(km, 500))
  })
})

describe("SampleSize.sufficiency", () => {
  it("says how many more respondents are needed", () => {
    const r = Result.getOrThrow(SampleSize.sufficiency(km, { population: 100, respondents: 72 }))
    expect(r).toMatchObject({ sufficient: false, required: 80, respondents: 72, shortfall: 8 })
  })
  it("is sufficient at exactly the required sample and above", () => {
    expect(Result.getOrThrow(SampleSize.sufficiency(km, { population: 100, respondents: 80 })).shortfall).toBe(0)
    expect(Result.getOrThrow(SampleSize.sufficiency(km, { population: 100, respondents: 81 })).sufficient).toBe(true)
    expect(Result.getOrThrow(SampleSize.sufficiency(km, { population: 100, respondents: 79 })).shortfall).toBe(1)
  })
  it("rejects more respondents than the population, and lists every bad field", () => {
    const over = SampleSize.sufficiency(km, { population: 10, respondents: 11 })
    expect(Result.isFailure(over) && over.failure.problems.map((p) => p.path)).toEqual([["respondents"]])
    const bad = SampleSize.sufficiency(km, { population: "x", respondents: -1 })
    expect(Result.isFailure(bad) && bad.failure.problems.map((p) => p.path)).toEqual([["population"], ["respondents"]])
  })
  it("property: shortfall + respondents ≥ required, and shortfall is 0 iff sufficient", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), (population, k) => {
        const respondents = k % (population + 1)
        const r = Result.getOrThrow(SampleSize.sufficiency(km, { population, respondents }))
        return r.shortfall + r.respondents >= r.required && (r.shortfall === 0) === r.sufficient
      })
    )
  })
})

describe("SampleSize.sufficiencyOf (checked values, no decoding)", () => {
  it("refuses more respondents than the population at the same path (population − 1, population, population + 1)", () => {
    expect(Result.isSuccess(SampleSize.sufficiencyOf(km, { population: 10, respondents: 9 }))).toBe(true)
    expect(Result.isSuccess(SampleSize.sufficiencyOf(km, { population: 10, respondents: 10 }))).toBe(true)
    const over = SampleSize.sufficiencyOf(km, { population: 10, respondents: 11 })
    expect(Result.isFailure(over) && over.failure.problems.map((p) => p.path)).toEqual([["respondents"]])
    expect(SampleSize.sufficiencyOf({ population: 10, respondents: 11 })(km)).toEqual(over)
  })
  it("property: equals sufficiency on every valid input", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat({ max: 200_000 }), (population, respondents) => {
        expect(SampleSize.sufficiencyOf(km, { population, respondents })).toEqual(
          SampleSize.sufficiency(km, { population, respondents })
        )
      })
    )
  })
})

describe("SampleSize.decodeParameters", () => {
  it("accepts the preset and reports bad parameters with paths", () => {
    expect(Result.isSuccess(SampleSize.decodeParameters(km))).toBe(true)
    const r = SampleSize.decodeParameters({ ...km, proportion: 1, margin: 0 })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => p.path)).toEqual([["proportion"], ["margin"]])
  })
})
