import { Band, Exact, Presets, ProfessionalismIndex } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const policy = Presets.competency.ipAsn

const problems = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) return expect.fail("expected failure")
  const f = r.failure as {
    _tag: string
    problems?: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>
  }
  expect(f._tag).toBe("InvalidInput")
  return (f.problems ?? []).map((p) => [p.path, p.code] as const)
}
const compute = (input: unknown, p: ProfessionalismIndex.Policy = policy) => {
  const r = ProfessionalismIndex.compute(p, input)
  if (Result.isFailure(r)) return expect.fail(r.failure._tag)
  return r.success
}

describe("Presets.competency.ipAsn", () => {
  it("decodes and passes its own checks", () => {
    expect(Result.isSuccess(ProfessionalismIndex.decodePolicy(policy))).toBe(true)
    expect(ProfessionalismIndex.policyProblems(policy)).toEqual([])
  })

  it("weighs kualifikasi 25, kompetensi 40, kinerja 30, disiplin 5 (exactly 100)", () => {
    expect(policy.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ["kualifikasi", 25],
      ["kompetensi", 40],
      ["kinerja", 30],
      ["disiplin", 5]
    ])
  })

  it("marks every point value except S3, S2 and the 15-point trainings as unconfirmed", () => {
    const confirmed = policy.dimensions.flatMap((d) => d.items.filter((i) => i.confirmed).map((i) => `${d.id}:${i.id}`))
    expect(confirmed).toEqual([
      "kualifikasi:s3",
      "kualifikasi:s2",
      "kompetensi:diklat-kepemimpinan",
      "kompetensi:diklat-fungsional",
      "kompetensi:diklat-teknis"
    ])
  })
})

describe("ProfessionalismIndex.policyProblems", () => {
  it("reports weights that do not sum to exactly 100, points above a weight and a missing dimension", () => {
    const [kualifikasi, kompetensi, kinerja] = policy.dimensions
    if (!kualifikasi || !kompetensi || !kinerja) return expect.fail("preset shape")
    const broken = {
      ...policy,
      dimensions: [
        { ...kualifikasi, items: [...kualifikasi.items, { id: "s4", label: "S4", points: 26, confirmed: false }] },
        kompetensi,
        kinerja
      ]
    }
    expect(ProfessionalismIndex.policyProblems(broken).map((p) => [p.path, p.code])).toEqual([
      [["dimensions", 0, "items", 6, "points"], "above-weight"],
      [["dimensions"], "missing"],
      [["dimensions"], "weights-sum"]
    ])
  })

  it("weights that read 99.99999 because of floats are caught exactly", () => {
    const dims = policy.dimensions.map((d) => (d.id === "disiplin" ? { ...d, weight: 4.99999 } : d))
    expect(ProfessionalismIndex.policyProblems({ ...policy, dimensions: dims }).map((p) => p.code)).toContain(
      "weights-sum"
    )
  })

  it("decodePolicy lists shape problems with paths", () => {
    const r = ProfessionalismIndex.decodePolicy({
      ...policy,
      dimensions: [{ id: "x", weight: 0, mode: "all", items: [] }]
    })
    expect(problems(r).map(([p]) => p.join("."))).toEqual(
      expect.arrayContaining(["dimensions.0.id", "dimensions.0.weight", "dimensions.0.mode", "dimensions.0.items"])
    )
  })
})

describe("ProfessionalismIndex.compute", () => {
  it("worked example: S2 + dikpim + diklat teknis + Baik + no hukdis = 20 + 30 + 25 + 5 = 80 → Sedang", () => {
    const ip = compute({
      kualifikasi: "s2",
      kompetensi: ["diklat-kepemimpinan", "diklat-teknis"],
      kinerja: "baik",
      disiplin: "tidak-pernah"
    })
    expect(ip.total).toBe("80")
    expect(ip.category.label).toBe("Sedang")
    expect(ip.dimensions.map((d) => [d.id, d.points])).toEqual([
      ["kualifikasi", "20"],
      ["kompetensi", "30"],
      ["kinerja", "25"],
      ["disiplin", "5"]
    ])
    expect(ip.confirmed).toBe(false)
    expect(JSON.parse(JSON.stringify(ip.trace))).toMatchObject({ rule: "ip-asn", weights: { kompetensi: 40 } })
  })

  it("caps kompetensi at its weight and shows the uncapped sum", () => {
    const ip = compute({
      kualifikasi: "s3",
      kompetensi: ["diklat-kepemimpinan", "diklat-fungsional", "diklat-teknis", "seminar-workshop"],
      kinerja: "sangat-baik",
      disiplin: "tidak-pernah"
    })
    expect(ip.total).toBe("100")
    expect(ip.category.label).toBe("Sangat Tinggi")
    expect(ip.dimensions[1]).toMatchObject({ points: "40", uncapped: "55" })
  })

  it("an empty training history scores 0, not a default", () => {
    const ip = compute({ kualifikasi: "d3", kompetensi: [], kinerja: "baik", disiplin: "ringan" })
    expect(ip.total).toBe("38")
    expect(ip.category.label).toBe("Sangat Rendah")
  })

  // Lower-inclusive thresholds with floor rounding: a fractional total never reaches a band by rounding up.
  it.each([
    ["60.99", "Sangat Rendah"],
    ["60.995", "Sangat Rendah"],
    ["61", "Rendah"],
    ["61.01", "Rendah"],
    ["70.99", "Rendah"],
    ["70.995", "Rendah"],
    ["71", "Sedang"],
    ["80.99", "Sedang"],
    ["80.999", "Sedang"],
    ["81", "Tinggi"],
    ["90.99", "Tinggi"],
    ["90.995", "Tinggi"],
    ["91", "Sangat Tinggi"],
    ["91.01", "Sangat Tinggi"],
    ["0", "Sangat Rendah"],
    ["100", "Sangat Tinggi"],
    ["100.01", "ScoreOutOfRange"],
    ["-0.01", "ScoreOutOfRange"]
  ])("category edge %s → %s", (value, label) => {
    const r = Band.classify(policy.categories, Result.getOrThrow(Exact.fromString(value)))
    expect(Result.isSuccess(r) ? r.success.label : r.failure._tag).toBe(label)
  })

  it.each([
    [25.995, "90.995", "Tinggi"],
    [26, "91", "Sangat Tinggi"]
  ])("through compute: kinerja %s points → total %s → %s", (points, total, label) => {
    const custom = {
      ...policy,
      dimensions: policy.dimensions.map((d) =>
        d.id === "kinerja" ? { ...d, items: [{ id: "x", label: "x", points, confirmed: false }] } : d
      )
    }
    expect(ProfessionalismIndex.policyProblems(custom)).toEqual([])
    const ip = compute(
      {
        kualifikasi: "s2",
        kompetensi: ["diklat-kepemimpinan", "diklat-teknis", "seminar-workshop"],
        kinerja: "x",
        disiplin: "tidak-pernah"
      },
      custom
    )
    expect(ip.total).toBe(total)
    expect(ip.category.label).toBe(label)
  })

  it("lists every semantic problem with its path", () => {
    const r = ProfessionalismIndex.compute(policy, {
      kualifikasi: ["s2"],
      kompetensi: "diklat-teknis",
      kinerja: "istimewa",
      disiplin: "tidak-pernah"
    })
    expect(problems(r)).toEqual([
      [["kualifikasi"], "type"],
      [["kompetensi"], "type"],
      [["kinerja"], "unknown"]
    ])
    const dup = ProfessionalismIndex.compute(policy, {
      kualifikasi: "s2",
      kompetensi: ["diklat-teknis", "diklat-teknis", "webinar"],
      kinerja: "baik",
      disiplin: "tidak-pernah"
    })
    expect(problems(dup)).toEqual([
      [["kompetensi", 1], "duplicate"],
      [["kompetensi", 2], "unknown"]
    ])
  })

  it("a missing dimension is a decode problem, never a default", () => {
    const r = ProfessionalismIndex.compute(policy, { kualifikasi: "s2", kompetensi: [], kinerja: "baik" })
    expect(problems(r)).toEqual([[["disiplin"], "missing"]])
  })

  it.each([null, 1, "s2", []])("never throws on %s", (input) => {
    expect(Result.isFailure(ProfessionalismIndex.compute(policy, input))).toBe(true)
  })

  it("is dual", () => {
    const input = { kualifikasi: "s1-d4", kompetensi: [], kinerja: "baik", disiplin: "tidak-pernah" }
    expect(ProfessionalismIndex.compute(input)(policy)).toEqual(ProfessionalismIndex.compute(policy, input))
  })
})

describe("ProfessionalismIndex properties", () => {
  const pick = (id: ProfessionalismIndex.DimensionId) => {
    const d = policy.dimensions.find((x) => x.id === id)
    return fc.constantFrom(...(d?.items.map((i) => i.id) ?? []))
  }
  const kompetensi = fc.subarray(policy.dimensions[1]?.items.map((i) => i.id) ?? [])
  const entry = fc.record({
    kualifikasi: pick("kualifikasi"),
    kompetensi,
    kinerja: pick("kinerja"),
    disiplin: pick("disiplin")
  })

  it("is total and bounded: 0 ≤ IP ≤ 100 with a category", () => {
    fc.assert(
      fc.property(entry, (e) => {
        const ip = compute(e)
        const total = Result.getOrThrow(Exact.fromString(ip.total))
        expect(Exact.compare(total, Exact.zero)).toBeGreaterThanOrEqual(0)
        expect(Exact.compare(total, Exact.int(100))).toBeLessThanOrEqual(0)
      })
    )
  })

  it("adding a training never lowers the index, and the total is the sum of the dimensions", () => {
    fc.assert(
      fc.property(entry, pick("kompetensi"), (e, extra) => {
        const before = compute(e)
        const after = compute({
          ...e,
          kompetensi: e.kompetensi.includes(extra) ? e.kompetensi : [...e.kompetensi, extra]
        })
        const t = (ip: ProfessionalismIndex.Index) => Result.getOrThrow(Exact.fromString(ip.total))
        expect(Exact.compare(t(after), t(before))).toBeGreaterThanOrEqual(0)
        const sum = Exact.sum(after.dimensions.map((d) => Result.getOrThrow(Exact.fromString(d.points))))
        expect(Exact.equals(sum, t(after))).toBe(true)
      })
    )
  })

  it("does not depend on the order of the training list", () => {
    fc.assert(
      fc.property(entry, (e) => {
        expect(compute({ ...e, kompetensi: [...e.kompetensi].reverse() }).total).toBe(compute(e).total)
      })
    )
  })
})
