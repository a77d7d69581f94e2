import { Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const matrix = Presets.national.quadrant

// The nine cells of PermenPAN-RB 6/2022, written out independently of the preset's layout.
const cells: ReadonlyArray<readonly [Quadrant.Rating, Quadrant.Rating, Quadrant.Predikat]> = [
  ["Diatas Ekspektasi", "Diatas Ekspektasi", "Sangat Baik"],
  ["Diatas Ekspektasi", "Sesuai Ekspektasi", "Baik"],
  ["Diatas Ekspektasi", "Dibawah Ekspektasi", "Kurang/Misconduct"],
  ["Sesuai Ekspektasi", "Diatas Ekspektasi", "Baik"],
  ["Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"],
  ["Sesuai Ekspektasi", "Dibawah Ekspektasi", "Kurang/Misconduct"],
  ["Dibawah Ekspektasi", "Diatas Ekspektasi", "Butuh Perbaikan"],
  ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan"],
  ["Dibawah Ekspektasi", "Dibawah Ekspektasi", "Sangat Kurang"]
]

describe("Quadrant.classify (national kuadran)", () => {
  it.each(cells)("hasil %s × perilaku %s → %s", (hasilKerja, perilakuKerja, expected) => {
    const result = Quadrant.classify(matrix, { hasilKerja, perilakuKerja })
    expect(result.predikat).toBe(expected)
    expect(result.trace.cell).toEqual([hasilKerja, perilakuKerja])
    expect(result.trace.legalBasis[0]?.regulation).toBe("PermenPAN-RB 6/2022")
  })

  it("is not symmetric (the cell peers get wrong)", () => {
    const a = Quadrant.classify(matrix, { hasilKerja: "Diatas Ekspektasi", perilakuKerja: "Dibawah Ekspektasi" })
    const b = Quadrant.classify(matrix, { hasilKerja: "Dibawah Ekspektasi", perilakuKerja: "Diatas Ekspektasi" })
    expect(a.predikat).toBe("Kurang/Misconduct")
    expect(b.predikat).toBe("Butuh Perbaikan")
  })

  it("is dual (data-last reads the same)", () => {
    const ratings = { hasilKerja: "Sesuai Ekspektasi", perilakuKerja: "Diatas Ekspektasi" } as const
    expect(Quadrant.classify(ratings)(matrix)).toEqual(Quadrant.classify(matrix, ratings))
  })
})

describe("Quadrant.evaluate (untrusted input)", () => {
  it("decodes valid ratings", () => {
    const r = Quadrant.evaluate(matrix, { hasilKerja: "Diatas Ekspektasi", perilakuKerja: "Diatas Ekspektasi" })
    expect(Result.isSuccess(r) && r.success.predikat).toBe("Sangat Baik")
  })

  it("fails with UnknownRating naming the field", () => {
    const r = Quadrant.evaluate(matrix, { hasilKerja: "Istimewa", perilakuKerja: "Sesuai Ekspektasi" })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure._tag).toBe("UnknownRating")
      if (r.failure._tag === "UnknownRating") {
        expect(r.failure.field).toBe("hasilKerja")
        expect(r.failure.value).toBe("Istimewa")
      }
    }
  })

  it("reports every missing field with its path", () => {
    const r = Quadrant.evaluate(matrix, {})
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r) && r.failure._tag === "InvalidInput") {
      expect(r.failure.problems.map((p) => p.path)).toEqual([["hasilKerja"], ["perilakuKerja"]])
    } else {
      expect.fail("expected InvalidInput")
    }
  })

  it.each([null, undefined, 42, "Baik", []])("never throws on %s", (input) => {
    expect(Result.isFailure(Quadrant.evaluate(matrix, input))).toBe(true)
  })
})

describe("Quadrant.decodeMatrix", () => {
  it("accepts the national preset", () => {
    expect(Result.isSuccess(Quadrant.decodeMatrix(matrix))).toBe(true)
  })

  it("reports a missing cell with its path", () => {
    const { "Sesuai Ekspektasi": _dropped, ...row } = matrix.cells["Diatas Ekspektasi"]
    const broken = { ...matrix, cells: { ...matrix.cells, "Diatas Ekspektasi": row } }
    const r = Quadrant.decodeMatrix(broken)
    expect(Result.isFailure(r) && r.failure.problems.map((p) => p.path)).toEqual([
      ["cells", "Diatas Ekspektasi", "Sesuai Ekspektasi"]
    ])
  })
})
