import { readdirSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { LegalBasis, Policy, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const regional = [
  ["bukittinggi", Presets.bukittinggi.policy, ["kuantitas", "kualitas", "disiplin", "interaksi-dengan-masyarakat"]],
  ["muaratebo", Presets.muaratebo.policy, ["kuantitas", "kualitas", "waktu", "pengembangan-kompetensi"]],
  ["sawahlunto", Presets.sawahlunto.policy, ["kuantitas", "waktu", "interaksi-dengan-masyarakat"]]
] as const

describe("regional presets (illustrative)", () => {
  it.each(regional)(
    "%s is a valid, quarterly, indicator-based policy with the seed's categories",
    (_, policy, categories) => {
      expect(Result.isSuccess(Policy.decode(policy))).toBe(true)
      expect(policy.period.cadence).toBe("triwulanan")
      expect(policy.hasilKerja.source).toBe("indicators")
      expect([...new Set(policy.indicators.map((i) => i.category))].sort()).toEqual([...categories].sort())
    }
  )

  it.each(regional)(
    "%s is marked illustrative, with an unconfirmed citation saying it is not the region's regulation",
    (_, policy) => {
      expect(policy.illustrative).toBe(true)
      const unconfirmed = policy.legalBasis.filter((c) => !c.confirmed)
      expect(unconfirmed.length).toBeGreaterThan(0)
      expect(unconfirmed[0]?.regulation).toMatch(/^Ilustrasi \(bukan /)
    }
  )

  it.each(regional)("%s names its annual strategy explicitly", (_, policy) => {
    expect(policy.period.annual.strategy).toBeTruthy()
  })

  it("use the national kuadran", () => {
    for (const [, policy] of regional) expect(policy.quadrant).toEqual(Presets.national.quadrant)
  })
})

describe("national policy preset", () => {
  const p = Presets.nationalPolicy
  it("is the PermenPAN-RB 6/2022 regime: ratings, the kuadran, no averaging of periods", () => {
    expect(Result.isSuccess(Policy.decode(p.policy))).toBe(true)
    expect(p.policy.illustrative).toBe(false)
    expect(p.policy.hasilKerja.source).toBe("rating")
    expect(p.policy.perilakuKerja.source).toBe("rating")
    expect(p.policy.period.annual).toEqual({ strategy: "annual-only" })
    expect(p.policy.quadrant).toEqual(Presets.national.quadrant)
  })

  it("marks the UNCONFIRMED PP 30/2019 Kurang/Sangat Kurang bands and the distribution circular as confirmed: false", () => {
    expect(p.pp30.table.legalBasis.some((c) => !c.confirmed && /Kurang/.test(LegalBasis.noteText(c, "en") ?? ""))).toBe(
      true
    )
    expect(p.pp30.uses360).toBe(false)
    expect(p.pp46.efisiensiAbove24).toBe("reject")
    const guideline = p.policy.distribution.guidelines.Istimewa[0]
    expect(guideline?.legalBasis.every((c) => !c.confirmed)).toBe(true)
  })
})

describe("presets are data only", () => {
  it("no core module imports a preset", () => {
    const src = fileURLToPath(new URL("../src/", import.meta.url))
    const offenders = readdirSync(src)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => f !== "index.ts")
      .filter((f) => /from "\.\/presets\//.test(readFileSync(`${src}${f}`, "utf8")))
    expect(offenders).toEqual([])
  })
})

describe("legal-basis notes are bilingual data, Indonesian first", () => {
  const citations = (x: unknown, out: Array<LegalBasis.Citation> = []): Array<LegalBasis.Citation> => {
    if (Array.isArray(x)) for (const y of x) citations(y, out)
    else if (typeof x === "object" && x !== null) {
      if ("regulation" in x && "confirmed" in x) out.push(x as LegalBasis.Citation)
      else for (const y of Object.values(x)) citations(y, out)
    }
    return out
  }
  const all = citations(Object.entries(Presets).filter(([name]) => name !== "skm"))

  it("every note of every preset (SKM aside) is { id, en } with id first", () => {
    const notes = all.filter((c) => c.note !== undefined)
    expect(notes.length).toBeGreaterThan(40)
    for (const c of notes) {
      expect(typeof c.note).toBe("object")
      expect(Object.keys(c.note as object)).toEqual(["id", "en"])
    }
  })

  it("noteText picks the language; a plain string note is still read", () => {
    const c = all.find((x) => typeof x.note === "object") as LegalBasis.Citation
    const note = c.note as LegalBasis.Note
    expect([LegalBasis.noteText(c, "id"), LegalBasis.noteText(c, "en")]).toEqual([note.id, note.en])
    expect(LegalBasis.noteText({ regulation: "x", note: "satu bahasa", confirmed: true }, "en")).toBe("satu bahasa")
    expect(LegalBasis.noteText({ regulation: "x", confirmed: true }, "id")).toBeUndefined()
  })
})

describe("regional presets are policy documents (JSON files a region copies and edits)", () => {
  const dir = fileURLToPath(new URL("../src/presets/policies/", import.meta.url))
  const files = {
    national: Presets.nationalPolicy.policy,
    bukittinggi: Presets.bukittinggi.policy,
    muaratebo: Presets.muaratebo.policy,
    sawahlunto: Presets.sawahlunto.policy
  }

  it.each(Object.entries(files))(
    "policies/%s.json decodes with Policy.decode to exactly the exported constant (the build-time check)",
    (name, preset) => {
      const json: unknown = JSON.parse(readFileSync(`${dir}${name}.json`, "utf8"))
      const decoded = Policy.decode(json)
      // the preset is the JSON as a typed constant, not decoded when loaded: decoding must neither refuse nor change it
      expect(Result.isSuccess(decoded) && decoded.success).toStrictEqual(preset)
      // the file is the encoded policy, legal basis inside
      expect(json).toEqual(JSON.parse(JSON.stringify(Policy.encode(preset))))
      expect((json as { legalBasis: ReadonlyArray<unknown> }).legalBasis.length).toBeGreaterThan(0)
    }
  )

  it("the files are the only source: the preset modules hold no policy data of their own", () => {
    const src = fileURLToPath(new URL("../src/presets/", import.meta.url))
    for (const f of ["bukittinggi.ts", "muaratebo.ts", "sawahlunto.ts", "nationalPolicy.ts"]) {
      const text = readFileSync(`${src}${f}`, "utf8")
      expect(text).toMatch(/from "\.\/policies\/\w+\.json" with \{ type: "json" \}/)
      expect(text).not.toMatch(/scorecards:|hasilKerja:\s*\{/)
    }
  })

  it("a broken copy is refused with paths, never thrown", () => {
    const json = JSON.parse(readFileSync(`${dir}bukittinggi.json`, "utf8"))
    json.scorecards[0].weights[0].weight = 97
    const r = Policy.decode(json)
    expect(Result.isFailure(r) && r.failure.problems.some((p) => p.path[0] === "scorecards")).toBe(true)
  })
})

describe("competency names", () => {
  it("competencyNames is exactly the names of the national and example catalogues, by id", () => {
    const all = [...Presets.competency.national.competencies, ...Presets.competency.teknisExample.competencies]
    expect(Object.fromEntries(all.map((c) => [c.id, c.name]))).toEqual(Presets.competency.competencyNames)
  })
})
