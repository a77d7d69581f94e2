import { Exact, Policy, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const base = Presets.bukittinggi.policy

const problemsOf = (doc: unknown): ReadonlyArray<readonly [string, string]> => {
  const r = Policy.decode(doc)
  if (Result.isSuccess(r)) return []
  return r.failure.problems.map((p) => [p.path.join("."), p.code] as const)
}

const json = (p: unknown): unknown => JSON.parse(JSON.stringify(p))

describe("Policy.decode: the presets", () => {
  it.each([
    ["national", Presets.nationalPolicy.policy],
    ["bukittinggi", Presets.bukittinggi.policy],
    ["muaratebo", Presets.muaratebo.policy],
    ["sawahlunto", Presets.sawahlunto.policy]
  ])("%s decodes after a JSON round trip and equals the preset", (_, policy) => {
    const r = Policy.decode(json(Policy.encode(policy)))
    expect(Result.getOrThrow(r)).toEqual(policy)
  })
})

describe("Policy.decode: every problem with its path", () => {
  it("weights that do not sum to exactly 100 (97, and 99.99 from three thirds)", () => {
    const card = base.scorecards[0] as Policy.Scorecard
    const doc = {
      ...base,
      scorecards: [
        { ...card, weights: card.weights.map((w, i) => (i === 0 ? { ...w, weight: 32 } : w)) },
        {
          id: "thirds",
          label: "Thirds",
          weights: [
            { indicator: "dokumen-selesai", weight: 33.33 },
            { indicator: "mutu-dokumen", weight: 33.33 },
            { indicator: "kehadiran-tepat-waktu", weight: 33.33 }
          ]
        }
      ]
    }
    expect(problemsOf(doc)).toEqual([
      ["scorecards.0.weights", "weights-do-not-sum"],
      ["scorecards.1.weights", "weights-do-not-sum"]
    ])
    const r = Policy.decode(doc)
    if (Result.isFailure(r)) {
      expect(r.failure.problems[0]?.message).toContain("97")
      expect(r.failure.problems[1]?.message).toContain("99.99")
    }
  })

  it("0.1 + 0.2 + 99.7 is exactly 100 (no float drift)", () => {
    const doc = {
      ...base,
      scorecards: [
        {
          id: "drift",
          label: "Drift",
          weights: [
            { indicator: "dokumen-selesai", weight: 0.1 },
            { indicator: "mutu-dokumen", weight: 0.2 },
            { indicator: "kehadiran-tepat-waktu", weight: 99.7 }
          ]
        }
      ]
    }
    expect(problemsOf(doc)).toEqual([])
  })

  it("unknown and duplicate indicator references, duplicate ids, non-positive weights", () => {
    const doc = {
      ...base,
      indicators: [...base.indicators, base.indicators[0]],
      scorecards: [
        {
          id: "x",
          label: "X",
          weights: [
            { indicator: "dokumen-selesai", weight: 50 },
            { indicator: "tidak-ada", weight: 50 },
            { indicator: "dokumen-selesai", weight: 0 }
          ]
        },
        { id: "x", label: "Y", weights: [{ indicator: "mutu-dokumen", weight: 100 }] }
      ]
    }
    expect(problemsOf(doc)).toEqual([
      ["indicators.5.id", "duplicate-id"],
      ["scorecards.0.weights.1.indicator", "unknown-indicator"],
      ["scorecards.0.weights.2.indicator", "duplicate-reference"],
      ["scorecards.0.weights.2.weight", "non-positive-weight"],
      ["scorecards.1.id", "duplicate-id"]
    ])
  })

  it("band gaps, overlaps and coverage in the score bands and the rating mapping", () => {
    if (base.hasilKerja.source !== "indicators") throw new Error("fixture")
    const hk = base.hasilKerja
    const doc = {
      ...base,
      hasilKerja: {
        ...hk,
        bands: {
          ...hk.bands,
          bands: [
            { label: "A", lower: 5 },
            { label: "B", lower: 60, upper: 70 },
            { label: "C", lower: 80 },
            { label: "D", lower: 80 }
          ]
        },
        mapping: {
          ...hk.mapping,
          bands: [
            { label: "Dibawah Ekspektasi", lower: 0 },
            { label: "Diatas Ekspektasi", lower: 90 },
            { label: "Sesuai Ekspektasi", lower: 110 }
          ]
        }
      }
    }
    expect(problemsOf(doc)).toEqual([
      ["hasilKerja.bands.bands.0.lower", "not-covering"],
      ["hasilKerja.bands.bands.1.upper", "gap"],
      ["hasilKerja.bands.bands.3.lower", "overlap"],
      ["hasilKerja.mapping.bands.2.label", "rating-order"]
    ])
  })

  it("tables that round differently from the policy scale, or cover another range", () => {
    if (base.hasilKerja.source !== "indicators") throw new Error("fixture")
    const hk = base.hasilKerja
    const doc = {
      ...base,
      hasilKerja: {
        ...hk,
        bands: { ...hk.bands, rounding: { scale: 0, mode: "half-even" } },
        mapping: { ...hk.mapping, range: { min: 0, max: 100 }, bands: hk.mapping.bands.map(({ upper: _, ...b }) => b) }
      }
    }
    expect(problemsOf(doc)).toEqual([
      ["hasilKerja.bands.rounding", "rounding-mismatch"],
      ["hasilKerja.mapping.bands.2.lower", "outside-range"],
      ["hasilKerja.mapping.range", "scale-mismatch"]
    ])
  })

  it("a matrix missing a cell, a wrong type and an unknown key are schema problems with paths", () => {
    const { "Sesuai Ekspektasi": _, ...row } = base.quadrant.cells["Diatas Ekspektasi"]
    const doc = {
      ...base,
      version: 1,
      extra: true,
      quadrant: { ...base.quadrant, cells: { ...base.quadrant.cells, "Diatas Ekspektasi": row } }
    }
    const paths = problemsOf(doc).map(([p]) => p)
    expect(paths).toEqual(
      expect.arrayContaining(["version", "extra", "quadrant.cells.Diatas Ekspektasi.Sesuai Ekspektasi"])
    )
  })

  it("an IKI scheme inside the policy is validated at its path", () => {
    const p = Presets.muaratebo.policy
    if (p.hasilKerja.source !== "indicators" || p.hasilKerja.scoring.method !== "iki-8-2021") throw new Error("fixture")
    const { Baik: _, ...segments } = p.hasilKerja.scoring.iki.segments
    const doc = {
      ...p,
      hasilKerja: {
        ...p.hasilKerja,
        scoring: { ...p.hasilKerja.scoring, iki: { ...p.hasilKerja.scoring.iki, segments } }
      }
    }
    expect(problemsOf(doc)).toEqual([["hasilKerja.scoring.iki.segments.Baik", "missing-segment"]])
  })

  it("an indicator-based policy without a scorecard, and an inverted effective period", () => {
    const doc = { ...base, scorecards: [], effectivePeriod: { from: "2026-12-31", to: "2026-01-01" } }
    expect(problemsOf(doc)).toEqual([
      ["scorecards", "no-scorecard"],
      ["effectivePeriod.to", "inverted-period"]
    ])
  })

  it("never throws on junk", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        expect(Result.isFailure(Policy.decode(u))).toBe(true)
      }),
      { numRuns: 200 }
    )
  })
})

describe("Policy.locale: the number locale of the region's files", () => {
  it.each(["id", "en"] as const)("locale %s decodes, encodes and round-trips", (locale) => {
    const doc = json({ ...Policy.encode(base), locale })
    const decoded = Result.getOrThrow(Policy.decode(doc))
    expect(decoded.locale).toBe(locale)
    expect(json(Policy.encode(decoded))).toEqual(doc)
  })

  it("is optional (the presets have none), and any other value is a problem at its path", () => {
    expect(base.locale).toBeUndefined()
    expect(problemsOf({ ...(json(Policy.encode(base)) as object), locale: "de" })).toEqual([["locale", "type"]])
    expect(problemsOf({ ...(json(Policy.encode(base)) as object), locale: 1 }).map(([p]) => p)).toEqual(["locale"])
  })
})

describe("Policy.encode / decode round trip", () => {
  it("property: any valid weight split and any band shift round-trip losslessly through JSON", () => {
    fc.assert(
      fc.property(
        // every quota stays at least one unit, so no weight rounds to 0
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 59 }),
        (ratios, scale, shift) => {
          const weights = Result.getOrThrow(Policy.distributeWeights(ratios, { scale }))
          if (base.hasilKerja.source !== "indicators") throw new Error("fixture")
          const hk = base.hasilKerja
          const policy: Policy.Policy = {
            ...base,
            scorecards: [
              {
                id: "gen",
                label: "Generated",
                weights: weights.map((weight, i) => ({
                  indicator: (base.indicators[i] as { id: string }).id,
                  weight
                }))
              }
            ],
            hasilKerja: {
              ...hk,
              bands: {
                ...hk.bands,
                bands: hk.bands.bands.map((b, i) => (i === 1 ? { ...b, lower: shift } : b))
              }
            }
          }
          const decoded = Result.getOrThrow(Policy.decode(json(Policy.encode(policy))))
          expect(decoded).toEqual(policy)
        }
      )
    )
  })
})

describe("Policy.distributeWeights (largest remainder)", () => {
  it.each([
    [3, 0, [34, 33, 33]],
    [3, 2, [33.34, 33.33, 33.33]],
    [6, 0, [17, 17, 17, 17, 16, 16]],
    [7, 1, [14.3, 14.3, 14.3, 14.3, 14.3, 14.3, 14.2]],
    [1, 0, [100]]
  ])("%s parts at scale %s → %j", (parts, scale, expected) => {
    expect(Result.getOrThrow(Policy.distributeWeights(parts, { scale }))).toEqual(expected)
  })

  it("proportional to ratios, the largest remainders first", () => {
    expect(Result.getOrThrow(Policy.distributeWeights([2, 1, 1]))).toEqual([50, 25, 25])
    // quotas 14.2857, 28.5714, 57.1429: floors 14, 28, 57 (99), the largest remainder (.5714) gets the unit
    expect(Result.getOrThrow(Policy.distributeWeights([1, 2, 4]))).toEqual([14, 29, 57])
  })

  it("fails on no parts or a non-positive ratio, never NaN", () => {
    expect(Result.isFailure(Policy.distributeWeights(0))).toBe(true)
    const r = Policy.distributeWeights([1, 0, 2])
    expect(Result.isFailure(r) && r.failure.index).toBe(1)
    expect(Result.isFailure(Policy.distributeWeights([1, Number.NaN]))).toBe(true)
  })

  it("property: the weights sum to exactly the total, each within one unit of its exact quota", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (ratios, scale) => {
          const ws = Result.getOrThrow(Policy.distributeWeights(ratios, { scale }))
          const sum = Exact.sum(ws.map((w) => Exact.fromFinite(w)))
          expect(Exact.format(sum)).toBe("100")
          const total = ratios.reduce((a, b) => a + b, 0)
          const unit = Exact.fraction(1, 10 ** scale)
          ws.forEach((w, i) => {
            const quota = Exact.fraction(100 * (ratios[i] as number), total)
            const diff = Exact.subtract(Exact.fromFinite(w), quota)
            expect(Exact.compare(diff, Exact.negate(unit))).toBeGreaterThan(0)
            expect(Exact.compare(diff, unit)).toBeLessThan(0)
          })
        }
      )
    )
  })
})

describe("Policy.isEffectiveOn", () => {
  it.each([
    ["2025-12-31", false],
    ["2026-01-01", true],
    ["2026-12-31", true],
    ["2027-01-01", false]
  ])("%s → %s (both ends inclusive)", (date, expected) => {
    expect(Policy.isEffectiveOn(base, date)).toBe(expected)
  })

  it("an open-ended policy applies after its start", () => {
    expect(Policy.isEffectiveOn(Presets.nationalPolicy.policy, "2040-06-30")).toBe(true)
  })
})
