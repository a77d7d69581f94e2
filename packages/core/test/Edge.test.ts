import { Band, Exact, Presets, Skp } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const table: Band.Table = {
  rounding: { scale: 2, mode: "half-up" },
  range: { min: 0, max: 120 },
  outOfRange: "reject",
  bands: [
    { label: "Cukup", lower: 70 },
    { label: "Kurang", lower: 0 },
    { label: "Baik", lower: 90 }
  ].sort((a, b) => a.lower - b.lower),
  legalBasis: [{ regulation: "contoh", confirmed: false }]
}
const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${JSON.stringify(r.failure)}`)
  return r.success
}
const x = (s: string) => ok(Exact.fromString(s))

describe("Band edge notes: rounding before banding made visible", () => {
  it("89.995 half-up → 90.00 → Baik, with a note that the unrounded value is Cukup", () => {
    const c = ok(Band.classify(table, x("89.995")))
    expect(c.label).toBe("Baik")
    expect(c.trace.edge).toEqual({
      note: "rounding-crossed-edge",
      exact: "89.995",
      rounded: "90.00",
      edge: 90,
      withoutRounding: "Cukup",
      message: {
        id: "Pembulatan 89.995 menjadi 90.00 melewati batas 90: Baik, padahal nilai tanpa pembulatan termasuk Cukup.",
        en: "Rounding 89.995 to 90.00 crossed the edge 90: Baik, although the unrounded value is Cukup."
      }
    })
  })

  it.each(["89.994", "90", "90.004", "69.99", "70"])("%s: no note (rounding keeps the band)", (s) => {
    expect(ok(Band.classify(table, x(s))).trace.edge).toBeUndefined()
  })

  it("a table that rounds by floor at the edges' precision never crosses an edge", () => {
    const floor: Band.Table = { ...table, rounding: { scale: 2, mode: "floor" } }
    expect(Band.roundsAcrossEdges(table)).toBe(true)
    expect(Band.roundsAcrossEdges(floor)).toBe(false)
    expect(
      Band.roundsAcrossEdges({
        ...floor,
        bands: [
          { label: "a", lower: 0 },
          { label: "b", lower: 90.005 }
        ]
      })
    ).toBe(true)
    const c = ok(Band.classify(floor, x("89.995")))
    expect([c.label, c.score.text, c.trace.edge]).toEqual(["Cukup", "89.99", undefined])
  })

  it("property: the note is present exactly when the exact value's band differs from the decided one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12_000_000 }), (n) => {
        const v = Exact.fraction(n, 100_000)
        const c = ok(Band.classify(table, v))
        const exactBand = [...table.bands]
          .reverse()
          .find((b) => Exact.greaterThanOrEqualTo(v, Exact.fromFinite(b.lower)))
        return (c.trace.edge !== undefined) === (exactBand?.label !== c.label)
      }),
      { numRuns: 2000 }
    )
  })

  it("IKI 8/2021: 99.995 % → 100.00 % → Baik, nilai 109, with an edge note (instead of about 89, Cukup)", () => {
    const v = ok(Skp.nilaiIki(Presets.nationalPolicy.iki, x("99.995")))
    expect([v.kategori, Exact.format(v.nilai)]).toEqual(["Baik", "109"])
    expect(v.trace.edge).toMatchObject({ exact: "99.995", rounded: "100.00", edge: 100, withoutRounding: "Cukup" })
    expect(ok(Skp.nilaiIki(Presets.nationalPolicy.iki, x("99.99"))).trace.edge).toBeUndefined()
  })

  it("PP 30/2019 follows the literal text: it does not round before banding (89.995 is Cukup)", () => {
    expect(Band.roundsAcrossEdges(Presets.nationalPolicy.pp30.table)).toBe(false)
    const r = ok(
      Skp.pp30(Presets.nationalPolicy.pp30, { nilaiSkp: 89.995, nilaiPerilaku: 89.995, menciptakanIdeBaru: false })
    )
    expect(r.predikat).toBe("Cukup")
  })
})
