import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { pembinaan } from "./run.js"

const policies = fileURLToPath(new URL("../../core/src/presets/policies/", import.meta.url))
const dir = mkdtempSync(join(tmpdir(), "pembinaan-preset-files-"))

// A region copies a preset file, edits it, validates it and scores with it.
describe("preset policy files with the command line", () => {
  it.each([
    ["national", "nasional-permenpan-rb-6-2022"],
    ["bukittinggi", "bukittinggi-ilustrasi"],
    ["muaratebo", "muaratebo-ilustrasi"],
    ["sawahlunto", "sawahlunto-ilustrasi"]
  ])("policy validate policies/%s.json: valid (%s)", async (name, id) => {
    const r = await pembinaan(["policy", "validate", join(policies, `${name}.json`)])
    expect([r.code, JSON.parse(r.stdout).id]).toEqual([0, id])
  })

  it("a copied and edited file validates and scores like the preset it came from", async () => {
    const copy = join(dir, "kota-contoh.json")
    copyFileSync(join(policies, "bukittinggi.json"), copy)
    const doc = JSON.parse(readFileSync(copy, "utf8"))
    doc.id = "kota-contoh"
    doc.region = "Kota Contoh"
    writeFileSync(copy, JSON.stringify(doc, null, 2))
    const valid = await pembinaan(["policy", "validate", copy])
    expect([valid.code, JSON.parse(valid.stdout).region]).toEqual([0, "Kota Contoh"])
    const record = JSON.stringify({
      employee: "1",
      period: "2026-Q1",
      scorecard: doc.scorecards[0].id,
      measurements: doc.scorecards[0].weights.map((w: { indicator: string }) => ({
        indicator: w.indicator,
        target: 100,
        realisasi: 100
      })),
      berakhlak: Object.fromEntries(
        ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"].map((v) => [
          v,
          "Sesuai Ekspektasi"
        ])
      )
    })
    const fromFile = await pembinaan(["score", "-", "--policy", copy, "--format", "ndjson"], record)
    const fromPreset = await pembinaan(["score", "-", "--policy", "bukittinggi", "--format", "ndjson"], record)
    expect(fromFile.code).toBe(0)
    expect(JSON.parse(fromFile.stdout).predikat).toBe(JSON.parse(fromPreset.stdout).predikat)
    expect(JSON.parse(fromFile.stdout).score).toEqual(JSON.parse(fromPreset.stdout).score)
  })
})

describe("documents past the size and depth limits are refused with a message, never a stack trace", () => {
  it("policy validate: a policy with 1,000,000 bands exits 1 with too-long and its path", async () => {
    const doc = JSON.parse(readFileSync(join(policies, "bukittinggi.json"), "utf8"))
    doc.hasilKerja.bands.bands = Array.from({ length: 1_000_000 }, (_, i) => ({ label: "x", lower: i }))
    const file = join(dir, "huge.json")
    writeFileSync(file, JSON.stringify(doc))
    const r = await pembinaan(["policy", "validate", file])
    expect(r.code).toBe(1)
    expect(r.stderr).not.toMatch(/RangeError|at .*\.ts:\d+/)
    const problem = JSON.parse(r.stderr).problems[0]
    expect([problem.code, problem.path]).toEqual(["too-long", ["hasilKerja", "bands", "bands"]])
  })

  it("score --rules: conditions nested 800 levels exit 1 with too-deep", async () => {
    const { Presets } = await import("@pembinaan/core")
    let when: unknown = { kind: "score", op: "at-least", value: 1 }
    for (let i = 0; i < 800; i++) when = { kind: "not", of: when }
    const rules = JSON.parse(JSON.stringify(Presets.rules.national))
    rules.rules[0].when = when
    const file = join(dir, "deep-rules.json")
    writeFileSync(file, JSON.stringify(rules))
    const r = await pembinaan(["score", "-", "--policy", "national", "--rules", file], "")
    expect(r.code).toBe(1)
    expect(r.stderr).not.toContain("Result adapter")
    expect(JSON.parse(r.stderr).problems[0].code).toBe("too-deep")
  })
})
