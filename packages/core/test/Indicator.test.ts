import { Exact, Indicator } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const def = (direction: Indicator.Direction, extra: Partial<Indicator.Definition> = {}): Indicator.Definition => ({
  id: "laporan",
  label: "Laporan",
  category: "kuantitas",
  direction,
  ...extra
})

const percent = (d: Indicator.Definition, target: Indicator.Measurement["target"], realisasi: number): string => {
  const r = Indicator.capaian(d, { indicator: d.id, target, realisasi })
  if (Result.isFailure(r)) throw new Error(`unexpected failure ${r.failure._tag}`)
  return Exact.format(r.success.percent)
}

const failure = (d: Indicator.Definition, target: Indicator.Measurement["target"], realisasi: number) => {
  const r = Indicator.capaian(d, { indicator: d.id, target, realisasi })
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

describe("Indicator.capaian: higher-is-better (8/2021: realisasi / target × 100)", () => {
  it.each([
    [12, 9, "75"],
    [12, 12, "100"],
    [12, 13, "325/3 ≈ 108.333333"],
    [10, 0, "0"],
    [3, 1, "100/3 ≈ 33.333333"],
    [0.3, 0.1, "100/3 ≈ 33.333333"]
  ])("target %s, realisasi %s → %s percent", (target, realisasi, expected) => {
    expect(percent(def("higher-is-better"), target, realisasi)).toBe(expected)
  })

  it("reads a float input by its shortest decimal (0.1 / 0.3 is exactly one third)", () => {
    const r = Result.getOrThrow(
      Indicator.capaian(def("higher-is-better"), { indicator: "laporan", target: 0.3, realisasi: 0.1 })
    )
    expect(r.percent).toEqual(Exact.fraction(100, 3))
  })

  it("is dual", () => {
    const m = { indicator: "laporan", target: 4, realisasi: 3 }
    expect(Indicator.capaian(m)(def("higher-is-better"))).toEqual(Indicator.capaian(def("higher-is-better"), m))
  })

  it("fails with InvalidTarget for a zero or negative target, never Infinity", () => {
    for (const target of [0, -5]) {
      const f = failure(def("higher-is-better"), target, 3)
      expect(f._tag).toBe("InvalidTarget")
      if (f._tag === "InvalidTarget") expect(f.reason).toBe("not-positive")
    }
  })

  it("fails with NegativeRealisasi", () => {
    const f = failure(def("higher-is-better"), 10, -1)
    expect(f._tag).toBe("NegativeRealisasi")
  })

  it("rejects a range target for a number direction, and the reverse", () => {
    const a = failure(def("higher-is-better"), { lower: 1, upper: 2 }, 1)
    const b = failure(def("range"), 5, 1)
    expect(a._tag === "InvalidTarget" && a.reason).toBe("number-expected")
    expect(b._tag === "InvalidTarget" && b.reason).toBe("range-expected")
  })
})

describe("Indicator.capaian: lower-is-better (8/2021 kondisi khusus: (2 − r/t) × 100, clamped at 0)", () => {
  it.each([
    [100, 90, "110", false],
    [100, 100, "100", false],
    [100, 0, "200", false],
    [100, 199, "1", false],
    [100, 200, "0", false],
    [100, 201, "0", true],
    [100, 350, "0", true]
  ])("target %s, realisasi %s → %s percent (clamped %s)", (target, realisasi, expected, clamped) => {
    const r = Result.getOrThrow(Indicator.capaian(def("lower-is-better"), { indicator: "laporan", target, realisasi }))
    expect(Exact.format(r.percent)).toBe(expected)
    expect(r.trace.clampedAtZero).toBe(clamped)
  })

  it("keeps the negative raw value in the trace when it clamps", () => {
    const r = Result.getOrThrow(
      Indicator.capaian(def("lower-is-better"), { indicator: "laporan", target: 100, realisasi: 350 })
    )
    expect(r.trace.raw).toBe("-150")
    expect(r.trace.percent).toBe("0")
  })
})

describe("Indicator.capaian: range targets (the crossed bound is the target)", () => {
  const range = { lower: 80, upper: 100 }
  it.each([
    [40, "50", "80"],
    [79, "98.75", "80"],
    [80, "100", undefined],
    [90, "100", undefined],
    [100, "100", undefined],
    [101, "101", "100"],
    [120, "120", "100"]
  ])("realisasi %s → %s percent (effective target %s)", (realisasi, expected, effective) => {
    const r = Result.getOrThrow(Indicator.capaian(def("range"), { indicator: "laporan", target: range, realisasi }))
    expect(Exact.format(r.percent)).toBe(expected)
    expect(r.trace.effectiveTarget).toBe(effective)
  })

  it("rejects an inverted range and a non-positive lower bound", () => {
    const a = failure(def("range"), { lower: 10, upper: 5 }, 7)
    const b = failure(def("range"), { lower: 0, upper: 5 }, 7)
    expect(a._tag === "InvalidTarget" && a.reason).toBe("range-inverted")
    expect(b._tag === "InvalidTarget" && b.reason).toBe("not-positive")
  })

  it("a degenerate range equal at both ends behaves as an exact target", () => {
    expect(percent(def("range"), { lower: 50, upper: 50 }, 50)).toBe("100")
    expect(percent(def("range"), { lower: 50, upper: 50 }, 25)).toBe("50")
  })
})

describe("Indicator.capaian: caps", () => {
  it.each([
    [119, "119", false],
    [120, "120", false],
    [121, "120", true],
    [300, "120", true]
  ])("realisasi %s of 100 with cap 120 → %s (capped %s)", (realisasi, expected, capped) => {
    const r = Result.getOrThrow(
      Indicator.capaian(def("higher-is-better", { cap: 120 }), { indicator: "laporan", target: 100, realisasi })
    )
    expect(Exact.format(r.percent)).toBe(expected)
    expect(r.trace.capped).toBe(capped)
  })

  it("the trace is JSON-serialisable and complete", () => {
    const r = Result.getOrThrow(
      Indicator.capaian(def("higher-is-better", { cap: 100 }), { indicator: "laporan", target: 8, realisasi: 10 })
    )
    const json = JSON.parse(JSON.stringify(r.trace))
    expect(json).toEqual({
      rule: "capaian",
      direction: "higher-is-better",
      formula: "realisasi / target × 100",
      target: "8",
      realisasi: "10",
      effectiveTarget: "8",
      raw: "125",
      clampedAtZero: false,
      cap: "100",
      capped: true,
      percent: "100"
    })
  })
})

describe("Indicator.aggregate (weights in percent, exactly 100)", () => {
  it("60% × 110 + 40% × 90 = 102", () => {
    const r = Indicator.aggregate([
      { weight: Exact.int(60), value: Exact.int(110) },
      { weight: Exact.int(40), value: Exact.int(90) }
    ])
    expect(Exact.format(Result.getOrThrow(r))).toBe("102")
  })

  it("33.33 × 3 is 99.99, not 100: WeightsDoNotSum with the exact total", () => {
    const w = Exact.fromFinite(33.33)
    const r = Indicator.aggregate([
      { weight: w, value: Exact.int(100) },
      { weight: w, value: Exact.int(100) },
      { weight: w, value: Exact.int(100) }
    ])
    expect(Result.isFailure(r) && r.failure._tag).toBe("WeightsDoNotSum")
    if (Result.isFailure(r)) expect(r.failure.total).toBe("99.99")
  })

  it("three weights of 100/3 sum exactly to 100", () => {
    const w = Exact.fraction(100, 3)
    const r = Indicator.aggregate([
      { weight: w, value: Exact.int(90) },
      { weight: w, value: Exact.int(100) },
      { weight: w, value: Exact.int(110) }
    ])
    expect(Exact.format(Result.getOrThrow(r))).toBe("100")
  })

  it("property: the order of the items does not change the aggregate", () => {
    const item = fc.record({ weight: fc.integer({ min: 1, max: 50 }), value: fc.integer({ min: 0, max: 12000 }) })
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), fc.integer(), (raw, seed) => {
        const total = raw.reduce((s, x) => s + x.weight, 0)
        // scale weights so they sum to exactly 100 as fractions
        const items = raw.map((x) => ({
          weight: Exact.fraction(x.weight * 100, total),
          value: Exact.fraction(x.value, 100)
        }))
        const reversed = [...items].reverse()
        const rotated = items.map((_, i) => items[(i + Math.abs(seed)) % items.length] as Indicator.Weighted)
        const a = Result.getOrThrow(Indicator.aggregate(items))
        expect(Result.getOrThrow(Indicator.aggregate(reversed))).toEqual(a)
        expect(Result.getOrThrow(Indicator.aggregate(rotated))).toEqual(a)
      })
    )
  })
})

describe("Indicator.capaian properties", () => {
  const target = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100)
  const realisasi = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100)

  it("higher-is-better: monotonic non-decreasing in realisasi", () => {
    fc.assert(
      fc.property(target, realisasi, realisasi, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const d = def("higher-is-better")
        const x = Result.getOrThrow(Indicator.capaian(d, { indicator: "laporan", target: t, realisasi: lo }))
        const y = Result.getOrThrow(Indicator.capaian(d, { indicator: "laporan", target: t, realisasi: hi }))
        expect(Exact.compare(x.percent, y.percent)).toBeLessThanOrEqual(0)
      })
    )
  })

  it("lower-is-better: monotonic non-increasing in realisasi and never negative", () => {
    fc.assert(
      fc.property(target, realisasi, realisasi, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const d = def("lower-is-better")
        const x = Result.getOrThrow(Indicator.capaian(d, { indicator: "laporan", target: t, realisasi: lo }))
        const y = Result.getOrThrow(Indicator.capaian(d, { indicator: "laporan", target: t, realisasi: hi }))
        expect(Exact.compare(x.percent, y.percent)).toBeGreaterThanOrEqual(0)
        expect(Exact.compare(y.percent, Exact.zero)).toBeGreaterThanOrEqual(0)
      })
    )
  })

  it("range: monotonic non-decreasing in realisasi", () => {
    fc.assert(
      fc.property(target, target, realisasi, realisasi, (p, q, a, b) => {
        const range = { lower: Math.min(p, q), upper: Math.max(p, q) }
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const d = def("range")
        const x = Result.getOrThrow(Indicator.capaian(d, { indicator: "laporan", target: range, realisasi: lo }))
        const y = Result.getOrThrow(Indicator.capaian(d, { indicator: "laporan", target: range, realisasi: hi }))
        expect(Exact.compare(x.percent, y.percent)).toBeLessThanOrEqual(0)
      })
    )
  })

  it("totality: any finite numbers give a capaian within [0, cap] or a typed error, never a throw", () => {
    const direction = fc.constantFrom<Indicator.Direction>("higher-is-better", "lower-is-better", "range")
    const num = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
    fc.assert(
      fc.property(direction, num, num, num, (dir, t1, t2, r) => {
        const d = def(dir, { cap: 150 })
        const tgt = dir === "range" ? { lower: t1, upper: t2 } : t1
        const out = Indicator.capaian(d, { indicator: "laporan", target: tgt, realisasi: r })
        if (Result.isSuccess(out)) {
          expect(Exact.compare(out.success.percent, Exact.zero)).toBeGreaterThanOrEqual(0)
          expect(Exact.compare(out.success.percent, Exact.int(150))).toBeLessThanOrEqual(0)
        } else {
          expect(["InvalidTarget", "NegativeRealisasi"]).toContain(out.failure._tag)
        }
      })
    )
  })
})
