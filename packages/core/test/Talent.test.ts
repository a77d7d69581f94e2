import { Exact, Presets, type Quadrant, Talent } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const { policy, axis8060, axis9078 } = Presets.talent

// PermenPAN-RB 3/2020 grid "4 7 9 / 2 5 8 / 1 3 6", written out independently of the preset's layout:
// [kinerja, potensial, box]
const grid: ReadonlyArray<readonly [Talent.KinerjaLevel, Talent.PotensialLevel, number]> = [
  ["Di Atas Ekspektasi", "Rendah", 4],
  ["Di Atas Ekspektasi", "Menengah", 7],
  ["Di Atas Ekspektasi", "Tinggi", 9],
  ["Sesuai Ekspektasi", "Rendah", 2],
  ["Sesuai Ekspektasi", "Menengah", 5],
  ["Sesuai Ekspektasi", "Tinggi", 8],
  ["Di Bawah Ekspektasi", "Rendah", 1],
  ["Di Bawah Ekspektasi", "Menengah", 3],
  ["Di Bawah Ekspektasi", "Tinggi", 6]
]
const columnOfBox = (box: number) => grid.find(([, , b]) => b === box)?.[1]

const problems = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) return expect.fail("expected failure")
  const f = r.failure as {
    _tag: string
    problems?: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>
  }
  expect(f._tag).toBe("InvalidInput")
  return (f.problems ?? []).map((p) => [p.path, p.code] as const)
}
const place = (p: Talent.Policy, predikat: Quadrant.Predikat, potensial: number) => {
  const r = Talent.place(p, { predikat, potensial })
  if (Result.isFailure(r)) return expect.fail(r.failure._tag)
  return r.success
}
const level = (axis: Talent.Axis, value: string) => {
  const r = Talent.potensialLevel(axis, Result.getOrThrow(Exact.fromString(value)))
  return Result.isSuccess(r) ? r.success.level : r.failure._tag
}

describe("Presets.talent", () => {
  it("the policy decodes and passes its own checks", () => {
    expect(Result.isSuccess(Talent.decodePolicy(policy))).toBe(true)
    expect(Talent.policyProblems(policy)).toEqual([])
  })

  it.each([
    ["axis8060", axis8060],
    ["axis9078", axis9078]
  ] as const)("%s decodes inside a policy and is marked unconfirmed", (_name, axis) => {
    expect(Result.isSuccess(Talent.decodePolicy({ ...policy, potensial: axis }))).toBe(true)
    expect(axis.legalBasis.every((c) => c.confirmed === false)).toBe(true)
  })

  it.each(grid)("box numbering: kinerja %s × potensial %s → box %i", (kinerja, potensial, box) => {
    expect(Talent.boxOf(policy, kinerja, potensial)).toBe(box)
  })

  it.each([
    ["Sangat Baik", "Di Atas Ekspektasi"],
    ["Baik", "Sesuai Ekspektasi"],
    ["Butuh Perbaikan", "Di Bawah Ekspektasi"],
    ["Kurang/Misconduct", "Di Bawah Ekspektasi"],
    ["Sangat Kurang", "Di Bawah Ekspektasi"]
  ] as const)("kinerja mapping (unconfirmed): %s → %s", (predikat, kinerja) => {
    expect(place(policy, predikat, 50).kinerja).toBe(kinerja)
    expect(policy.kinerja.legalBasis[0]?.confirmed).toBe(false)
  })

  it.each([
    [9, "Penghargaan"],
    [8, "Bimbingan kinerja"],
    [7, "Tugas belajar"],
    [6, "Konseling kinerja"],
    [5, "Pengembangan kompetensi"],
    [4, "Rotasi"],
    [3, "Konseling kinerja"],
    [2, "Penempatan yang sesuai"],
    [1, "Diproses sesuai ketentuan peraturan perundang-undangan"]
  ])("box %i recommends %s", (box, action) => {
    expect(policy.actions.find((a) => a.box === box)?.actions).toContain(action)
  })
})

describe("Talent.place", () => {
  it("box 9: kinerja di atas ekspektasi dan potensial tinggi", () => {
    const p = place(policy, "Sangat Baik", 85)
    expect(p.box).toBe(9)
    expect(p.description).toBe("Kinerja di atas ekspektasi dan potensial tinggi")
    expect(p.actions[0]).toBe("Dipromosikan dan dipertahankan")
    expect(JSON.parse(JSON.stringify(p.trace))).toMatchObject({
      rule: "9-box",
      cell: ["Di Atas Ekspektasi", "Tinggi"]
    })
  })

  it("box 1: kinerja di bawah ekspektasi dan potensial rendah", () => {
    const p = place(policy, "Sangat Kurang", 10)
    expect(p.box).toBe(1)
    expect(p.description).toBe("Kinerja di bawah ekspektasi dan potensial rendah")
  })

  it("is dual", () => {
    const c = { predikat: "Baik", potensial: 70 } as const
    expect(Talent.place(c)(policy)).toEqual(Talent.place(policy, c))
  })
})

describe("The peer bug (72 labelled high but boxed in the middle column) is impossible", () => {
  const peerAxis: Talent.Axis = {
    rounding: { scale: 0, mode: "half-up" },
    range: { min: 0, max: 100 },
    outOfRange: "reject",
    cutoffs: { menengah: 46, tinggi: 72 },
    inclusive: "lower",
    legalBasis: [{ regulation: "Test", confirmed: false }]
  }

  it("lower-inclusive: 72 is Tinggi and sits in the Tinggi column", () => {
    const p = place({ ...policy, potensial: peerAxis }, "Sangat Baik", 72)
    expect(p.potensial.level).toBe("Tinggi")
    expect(p.box).toBe(9)
  })

  it("upper-inclusive: 72 is Menengah and sits in the Menengah column", () => {
    const p = place({ ...policy, potensial: { ...peerAxis, inclusive: "upper" } }, "Sangat Baik", 72)
    expect(p.potensial.level).toBe("Menengah")
    expect(p.box).toBe(7)
  })

  it("label and box column always agree (property, both inclusivities, all predikat)", () => {
    const predikat = fc.constantFrom<Quadrant.Predikat>(
      "Sangat Baik",
      "Baik",
      "Butuh Perbaikan",
      "Kurang/Misconduct",
      "Sangat Kurang"
    )
    const score = fc.oneof(
      fc.constantFrom(45, 45.5, 46, 71, 71.5, 72, 72.4, 72.5, 73),
      fc.double({ min: 0, max: 100, noNaN: true })
    )
    fc.assert(
      fc.property(predikat, score, fc.constantFrom("lower" as const, "upper" as const), (pk, x, inclusive) => {
        const p = place({ ...policy, potensial: { ...peerAxis, inclusive } }, pk, x)
        expect(columnOfBox(p.box)).toBe(p.potensial.level)
      })
    )
  })
})

describe("Potensial cut-off edges", () => {
  it.each([
    // axis 80/60, lower-inclusive, 2 decimals half-up
    [axis8060, "59.99", "Rendah"],
    [axis8060, "59.994", "Rendah"],
    [axis8060, "59.995", "Menengah"], // half-way rounds up to 60.00
    [axis8060, "60", "Menengah"],
    [axis8060, "60.01", "Menengah"],
    [axis8060, "79.99", "Menengah"],
    [axis8060, "79.995", "Tinggi"],
    [axis8060, "80", "Tinggi"],
    [axis8060, "80.01", "Tinggi"],
    [axis8060, "0", "Rendah"],
    [axis8060, "100", "Tinggi"],
    [axis8060, "100.01", "ScoreOutOfRange"],
    [axis8060, "-0.01", "ScoreOutOfRange"],
    // axis 90/78, lower-inclusive
    [axis9078, "77.99", "Rendah"],
    [axis9078, "77.995", "Menengah"],
    [axis9078, "78", "Menengah"],
    [axis9078, "78.01", "Menengah"],
    [axis9078, "89.99", "Menengah"],
    [axis9078, "89.995", "Tinggi"],
    [axis9078, "90", "Tinggi"],
    [axis9078, "90.01", "Tinggi"],
    // axis 80/60, upper-inclusive: the cut-off belongs to the lower level
    [{ ...axis8060, inclusive: "upper" as const }, "60", "Rendah"],
    [{ ...axis8060, inclusive: "upper" as const }, "60.004", "Rendah"],
    [{ ...axis8060, inclusive: "upper" as const }, "60.005", "Menengah"], // rounds to 60.01
    [{ ...axis8060, inclusive: "upper" as const }, "60.01", "Menengah"],
    [{ ...axis8060, inclusive: "upper" as const }, "80", "Menengah"],
    [{ ...axis8060, inclusive: "upper" as const }, "80.01", "Tinggi"]
  ])("%#: %s → %s", (axis, value, expected) => {
    expect(level(axis, value)).toBe(expected)
  })

  it("the derived band table states the edges", () => {
    expect(Talent.potensialTable(axis8060).bands.map((b) => [b.label, b.lower, b.upper])).toEqual([
      ["Rendah", 0, 59.99],
      ["Menengah", 60, 79.99],
      ["Tinggi", 80, 100]
    ])
    expect(Talent.potensialTable({ ...axis8060, inclusive: "upper" }).bands.map((b) => b.lower)).toEqual([
      0, 60.01, 80.01
    ])
  })

  it("a clamping axis places out-of-range scores at the end", () => {
    const p = place({ ...policy, potensial: { ...axis8060, outOfRange: "clamp" } }, "Baik", 120)
    expect(p.potensial.level).toBe("Tinggi")
    expect(p.potensial.classification.trace.clamped).toBe(true)
  })

  it("the potensial level is monotonic in the score", () => {
    const rank = (l: string) => Talent.potensialLevels.indexOf(l as Talent.PotensialLevel)
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(axis8060, axis9078, { ...axis8060, inclusive: "upper" as const }),
        (a, b, axis) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const at = (x: number) => rank(level(axis, Exact.format(Exact.fromFinite(x))))
          expect(at(lo)).toBeLessThanOrEqual(at(hi))
        }
      )
    )
  })
})

describe("Talent validation", () => {
  it("reports reversed cut-offs, a reused box number and missing actions with paths", () => {
    const broken = {
      ...policy,
      potensial: { ...axis8060, cutoffs: { menengah: 80, tinggi: 60 } },
      boxes: { ...policy.boxes, "Di Bawah Ekspektasi": { Rendah: 9, Menengah: 3, Tinggi: 6 } },
      actions: policy.actions.filter((a) => a.box !== 1)
    }
    expect(Talent.policyProblems(broken).map((p) => [p.path, p.code])).toEqual([
      [["potensial", "cutoffs"], "order"],
      [["boxes", "Di Atas Ekspektasi", "Tinggi"], "duplicate"],
      [["boxes"], "missing"],
      [["actions"], "missing"]
    ])
  })

  it("reports cut-offs finer than the axis's scale", () => {
    const broken = { ...policy, potensial: { ...axis8060, cutoffs: { menengah: 60.005, tinggi: 80 } } }
    expect(Talent.policyProblems(broken).map((p) => p.code)).toContain("finer-than-scale")
  })

  it("decodePolicy lists shape problems with every path", () => {
    const r = Talent.decodePolicy({
      ...policy,
      boxes: { ...policy.boxes, "Sesuai Ekspektasi": { Rendah: 0, Menengah: 5 } }
    })
    expect(problems(r).map(([p]) => p.join("."))).toEqual([
      "boxes.Sesuai Ekspektasi.Rendah",
      "boxes.Sesuai Ekspektasi.Tinggi"
    ])
  })

  it("evaluate lists every problem of an untrusted candidate", () => {
    const r = Talent.evaluate(policy, { predikat: "Istimewa", potensial: "x" })
    expect(problems(r).map(([p]) => p)).toEqual([["predikat"], ["potensial"]])
  })

  it.each([null, undefined, 5, { predikat: "Baik" }, { predikat: "Baik", potensial: Number.NaN }])(
    "evaluate never throws on %s",
    (input) => {
      expect(Result.isFailure(Talent.evaluate(policy, input))).toBe(true)
    }
  )

  it("evaluate places a valid candidate", () => {
    const r = Talent.evaluate(policy, { employee: "199001", predikat: "Baik", potensial: 60 })
    expect(Result.isSuccess(r) && r.success.box).toBe(5)
  })
})
