import { Competency, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const { national, teknisExample, commonMapping } = Presets.competency
const legalBasis = [{ regulation: "Test", confirmed: true }]

const problemsOf = <A>(r: Result.Result<A, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) return expect.fail("expected a failure")
  const f = r.failure as {
    _tag: string
    problems?: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>
  }
  expect(f._tag).toBe("InvalidInput")
  return (f.problems ?? []).map((p) => [p.path, p.code] as const)
}

describe("Presets.competency.national", () => {
  it("decodes and passes its own checks", () => {
    expect(Result.isSuccess(Competency.decodeCatalogue(national))).toBe(true)
    expect(Competency.catalogueProblems(national)).toEqual([])
  })

  it("has the 8 manajerial competencies and Perekat Bangsa, in the regulation's order", () => {
    expect(national.competencies.map((c) => [c.id, c.group])).toEqual([
      ["integritas", "manajerial"],
      ["kerjasama", "manajerial"],
      ["komunikasi", "manajerial"],
      ["orientasi-pada-hasil", "manajerial"],
      ["pelayanan-publik", "manajerial"],
      ["pengembangan-diri-dan-orang-lain", "manajerial"],
      ["mengelola-perubahan", "manajerial"],
      ["pengambilan-keputusan", "manajerial"],
      ["perekat-bangsa", "sosial-kultural"]
    ])
  })

  it("describes levels 1–5 of every competency in Indonesian", () => {
    for (const c of national.competencies) {
      expect(c.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5])
      for (const l of c.levels) expect(l.description.length).toBeGreaterThan(10)
    }
    expect(Result.getOrThrow(Competency.describe(national, "integritas", 1))).toBe(
      "Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi"
    )
    expect(Result.getOrThrow(Competency.describe(national, "perekat-bangsa", 1))).toBe(
      "Peka memahami dan menerima kemajemukan"
    )
  })

  it("marks the kamus wording as unconfirmed (level-5 wording not verified)", () => {
    expect(national.legalBasis[0]?.confirmed).toBe(false)
    expect(national.legalBasis[0]?.regulation).toBe("PermenPAN-RB 38/2017")
  })
})

describe("Competency catalogues", () => {
  it("the teknis example decodes, names its instansi and combines with the national catalogue", () => {
    expect(Result.isSuccess(Competency.decodeCatalogue(teknisExample))).toBe(true)
    const all = Result.getOrThrow(Competency.combine("Kota Bukittinggi", [national, teknisExample]))
    expect(all.competencies).toHaveLength(11)
    expect(all.legalBasis).toHaveLength(national.legalBasis.length + teknisExample.legalBasis.length)
  })

  it("combine reports every duplicate id with its path", () => {
    const r = Competency.combine("dup", [national, national])
    const problems = problemsOf(r)
    expect(problems).toHaveLength(9)
    expect(problems[0]).toEqual([["competencies", 9, "id"], "duplicate"])
  })

  it("combine of nothing is an error, not a throw", () => {
    expect(problemsOf(Competency.combine("none", []))).toEqual([[[], "empty"]])
  })

  it("reports wrong level lists and a teknis competency without instansi", () => {
    const [first] = national.competencies
    if (!first) return expect.fail("no competency")
    const broken = {
      ...national,
      competencies: [
        { ...first, levels: first.levels.slice(0, 4) },
        { ...first, id: "x", group: "teknis" as const, levels: [...first.levels].reverse() }
      ]
    }
    expect(Competency.catalogueProblems(broken).map((p) => [p.path, p.code])).toEqual([
      [["competencies", 0, "levels"], "levels"],
      [["competencies", 1, "levels"], "levels"],
      [["competencies", 1, "instansi"], "missing"]
    ])
  })

  it("decodeCatalogue lists every shape problem with its path", () => {
    const r = Competency.decodeCatalogue({
      name: "",
      competencies: [{ id: "Bad Id", name: "X", group: "lain", levels: [{ level: 6, description: "d" }] }],
      legalBasis: []
    })
    const paths = problemsOf(r).map(([p]) => p.join("."))
    expect(paths).toEqual(
      expect.arrayContaining([
        "name",
        "competencies.0.id",
        "competencies.0.group",
        "competencies.0.levels.0.level",
        "legalBasis"
      ])
    )
  })

  it.each([null, 42, "x", []])("decodeCatalogue never throws on %s", (input) => {
    expect(Result.isFailure(Competency.decodeCatalogue(input))).toBe(true)
  })

  it("get fails with UnknownCompetency, never throws", () => {
    const r = Competency.get(national, "kepemimpinan")
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnknownCompetency")
    expect(Result.isSuccess(Competency.get("integritas")(national))).toBe(true)
  })
})

describe("Presets.competency.commonMapping (unconfirmed default)", () => {
  // REFERENCE.md §2.2, written out independently of the preset.
  it.each([
    ["JPT Utama", 5],
    ["JPT Madya", 5],
    ["JPT Pratama", 4],
    ["Administrator", 3],
    ["Pengawas", 2],
    ["Pelaksana", 1],
    ["JF Ahli Utama", 4],
    ["JF Ahli Madya", 3],
    ["JF Ahli Muda", 2],
    ["JF Ahli Pertama", 1],
    ["JF Terampil", 1]
  ] as const)("%s → level %i for every manajerial and sosial-kultural competency", (jabatanLevel, level) => {
    const s = Result.getOrThrow(Competency.standardFor(national, commonMapping, { position: "P", jabatanLevel }))
    expect(s.requirements).toHaveLength(9)
    expect(new Set(s.requirements.map((r) => r.level))).toEqual(new Set([level]))
  })

  it("decodes, passes its checks and is marked unconfirmed", () => {
    expect(Result.isSuccess(Competency.decodeMapping(commonMapping))).toBe(true)
    expect(commonMapping.legalBasis.every((c) => c.confirmed === false)).toBe(true)
    expect(commonMapping.entries.map((e) => e.jabatanLevel)).toEqual([...Competency.jabatanLevels])
  })

  it("a standard built from it carries the unconfirmed legal basis", () => {
    const s = Result.getOrThrow(
      Competency.standardFor(national, commonMapping, { position: "Kepala Subbagian Umum", jabatanLevel: "Pengawas" })
    )
    expect(s.legalBasis).toEqual(commonMapping.legalBasis)
  })

  it("reports a duplicated jabatan level", () => {
    const broken = { ...commonMapping, entries: [...commonMapping.entries, { jabatanLevel: "Pelaksana", level: 2 }] }
    expect(problemsOf(Competency.decodeMapping(broken))).toEqual([[["entries", 11, "jabatanLevel"], "duplicate"]])
  })
})

describe("Competency.standardFor / decodeStandard", () => {
  const all = Result.getOrThrow(Competency.combine("all", [national, teknisExample]))

  it("appends teknis requirements after the generic ones", () => {
    const s = Result.getOrThrow(
      Competency.standardFor(all, commonMapping, {
        position: "Analis Perizinan",
        jabatanLevel: "JF Ahli Muda",
        teknis: [{ competency: "pelayanan-perizinan", level: 3 }]
      })
    )
    expect(s.requirements.at(-1)).toEqual({ competency: "pelayanan-perizinan", level: 3 })
    expect(s.requirements).toHaveLength(10)
  })

  it("fails with UnknownJabatanLevel naming the known levels", () => {
    const r = Competency.standardFor(national, commonMapping, { position: "P", jabatanLevel: "Eselon II" })
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnknownJabatanLevel")
  })

  it("reports an unknown teknis competency with its path", () => {
    const r = Competency.standardFor(national, commonMapping, {
      position: "P",
      jabatanLevel: "Pelaksana",
      teknis: [{ competency: "pelayanan-perizinan", level: 2 }]
    })
    expect(problemsOf(r)).toEqual([[["requirements", 9, "competency"], "unknown"]])
  })

  it("decodeStandard lists unknown, duplicate and out-of-range requirements", () => {
    const decode = Competency.decodeStandard(national)
    const bad = decode({
      position: "P",
      requirements: [
        { competency: "integritas", level: 2 },
        { competency: "integritas", level: 3 },
        { competency: "kepemimpinan", level: 1 }
      ],
      legalBasis
    })
    expect(problemsOf(bad)).toEqual([
      [["requirements", 1, "competency"], "duplicate"],
      [["requirements", 2, "competency"], "unknown"]
    ])
    const shape = decode({ position: "P", requirements: [{ competency: "integritas", level: 0 }], legalBasis })
    expect(problemsOf(shape).map(([p]) => p)).toEqual([["requirements", 0, "level"]])
    const empty = decode({ position: "P", requirements: [], legalBasis })
    expect(problemsOf(empty).map(([p]) => p)).toEqual([["requirements"]])
  })

  it("standardProblems is dual", () => {
    const s = { position: "P", requirements: [{ competency: "x", level: 1 }], legalBasis }
    expect(Competency.standardProblems(s)(national)).toEqual(Competency.standardProblems(national, s))
  })
})

describe("Competency.describe", () => {
  it("fails instead of returning an empty description for an undescribed level", () => {
    const [first] = national.competencies
    if (!first) return expect.fail("no competency")
    const partial = { ...national, competencies: [{ ...first, levels: first.levels.slice(0, 2) }] }
    const r = Competency.describe(partial, first.id, 4)
    expect(Result.isFailure(r) && r.failure._tag).toBe("UndescribedLevel")
  })
})
