import { Band, Exact } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const legalBasis = [{ regulation: "Test", confirmed: true }]
// PP 30/2019-like table at scale 2: Kurang 50, Cukup 70, Baik 90 (Sangat Kurang below 50)
const table: Band.Table = {
  rounding: { scale: 2, mode: "half-up" },
  range: { min: 0, max: 120 },
  outOfRange: "reject",
  bands: [
    { label: "Sangat Kurang", lower: 0 },
    { label: "Kurang", lower: 50 },
    { label: "Cukup", lower: 70 },
    { label: "Baik", lower: 90 }
  ],
  legalBasis
}

const classify = (value: string) => {
  const r = Band.classify(table, Result.getOrThrow(Exact.fromString(value)))
  return Result.isSuccess(r) ? r.success.label : r.failure._tag
}

describe("Band.classify", () => {
  it.each([
    ["0", "Sangat Kurang"],
    ["49.99", "Sangat Kurang"],
    ["49.994", "Sangat Kurang"],
    ["49.995", "Kurang"], // the half-way point rounds up to 50.00
    ["50", "Kurang"],
    ["50.01", "Kurang"],
    ["69.99", "Kurang"],
    ["69.995", "Cukup"],
    ["70", "Cukup"],
    ["89.99", "Cukup"],
    ["89.994999", "Cukup"],
    ["89.995", "Baik"],
    ["90", "Baik"],
    ["90.01", "Baik"],
    ["120", "Baik"],
    ["120.004", "Baik"],
    ["120.005", "ScoreOutOfRange"],
    ["-0.01", "ScoreOutOfRange"]
  ])("%s → %s", (value, expected) => {
    expect(classify(value)).toBe(expected)
  })

  it("a float sum that lands just below an edge still classifies by its exact value", () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; 89.7 + 0.3 exact is 90
    const exact = Exact.add(Exact.fromFinite(89.7), Exact.fromFinite(0.3))
    const r = Band.classify(table, exact)
    expect(Result.isSuccess(r) && r.success.label).toBe("Baik")
  })

  it("clamps when the table says so, and says it did", () => {
    const r = Band.classify({ ...table, outOfRange: "clamp" }, Exact.int(130))
    expect(Result.isSuccess(r) && [r.success.label, r.success.score.text, r.success.trace.clamped]).toEqual([
      "Baik",
      "120.00",
      true
    ])
  })

  it("traces the rounding and the edges", () => {
    const r = Band.classify(table, Exact.fraction(179991, 2000)) // 89.9955
    expect(Result.isSuccess(r) && r.success.score).toMatchObject({ text: "90.00", before: "89.9955", mode: "half-up" })
    expect(Result.isSuccess(r) && r.success.trace).toMatchObject({ lower: 90, upper: 120, legalBasis })
  })

  it("is monotonic: a higher score never gets a lower band (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_200_000 }), fc.integer({ min: 0, max: 1_200_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const x = Band.classify(table, Exact.fraction(lo, 10_000))
        const y = Band.classify(table, Exact.fraction(hi, 10_000))
        expect(Result.isSuccess(x) && Result.isSuccess(y) && x.success.index <= y.success.index).toBe(true)
      })
    )
  })

  it("is total over the range (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_200_000 }), (a) => {
        expect(Result.isSuccess(Band.classify(table, Exact.fraction(a, 10_000)))).toBe(true)
      })
    )
  })
})

describe("Band.problems / decodeTable", () => {
  it("accepts a valid table", () => {
    expect(Band.problems(table)).toEqual([])
    expect(Result.isSuccess(Band.decodeTable(table))).toBe(true)
  })

  it("reports a table that does not start at the range minimum", () => {
    const found = Band.problems({ ...table, bands: table.bands.slice(1) })
    expect(found.map((p) => [p.path, p.code])).toEqual([[["bands", 0, "lower"], "not-covering"]])
  })

  it("reports overlapping (non-ascending) edges", () => {
    const bands = [table.bands[0], table.bands[2], table.bands[1], table.bands[3]] as Band.Band[]
    const codes = Band.problems({ ...table, bands }).map((p) => [p.path.join("."), p.code])
    expect(codes).toContainEqual(["bands.2.lower", "overlap"])
  })

  it("accepts printed upper edges one unit below the next band, and reports a gap otherwise", () => {
    const printed = {
      ...table,
      rounding: { scale: 0, mode: "half-up" as const },
      bands: [
        { label: "Sangat Kurang", lower: 0, upper: 49 },
        { label: "Kurang", lower: 50, upper: 69 },
        { label: "Cukup", lower: 70, upper: 89 },
        { label: "Baik", lower: 90, upper: 120 }
      ]
    }
    expect(Band.problems(printed)).toEqual([])
    // at scale 2, 89.01..89.99 would fall in no printed band
    const found = Band.problems({ ...printed, rounding: { scale: 2, mode: "half-up" } })
    expect(found.map((p) => [p.path.join("."), p.code])).toEqual([
      ["bands.0.upper", "gap"],
      ["bands.1.upper", "gap"],
      ["bands.2.upper", "gap"]
    ])
  })

  it("reports an overlapping printed upper edge and a last band not reaching the maximum", () => {
    const bands = [
      { label: "A", lower: 0, upper: 60 },
      { label: "B", lower: 50, upper: 100 }
    ]
    const found = Band.problems({ ...table, rounding: { scale: 0, mode: "half-up" }, bands })
    expect(found.map((p) => [p.path.join("."), p.code])).toEqual([
      ["bands.0.upper", "overlap"],
      ["bands.1.upper", "not-covering"]
    ])
  })

  it("reports edges finer than the scale, and every problem at once with paths", () => {
    const r = Band.decodeTable({
      ...table,
      rounding: { scale: 1, mode: "half-up" },
      bands: [
        { label: "A", lower: 0 },
        { label: "B", lower: 2.5996 }
      ]
    })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => p.code)).toEqual(["finer-than-scale"])
    const bad = Band.decodeTable({ rounding: { scale: -1, mode: "sideways" }, range: {}, bands: [] })
    expect(Result.isFailure(bad) && bad.failure.problems.length).toBeGreaterThanOrEqual(5)
  })
})
