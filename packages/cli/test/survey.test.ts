import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { pembinaan } from "./run.js"

// The GASPUL worked example: 29 respondents, per element the number of answers 4, 3 and 2.
const gaspul: Record<string, readonly [number, number, number]> = {
  U1: [18, 11, 0],
  U2: [14, 15, 0],
  U3: [15, 12, 2],
  U4: [29, 0, 0],
  U5: [15, 14, 0],
  U6: [18, 11, 0],
  U7: [19, 10, 0],
  U8: [18, 11, 0],
  U9: [28, 1, 0]
}
const ids = Object.keys(gaspul)
const rows = Array.from({ length: 29 }, (_, r) =>
  ids.map((id) => {
    const [fours, threes] = gaspul[id] as readonly [number, number, number]
    return r < fours ? 4 : r < fours + threes ? 3 : 2
  })
)
const dir = mkdtempSync(join(tmpdir(), "pembinaan-cli-"))
const csvFile = join(dir, "gaspul.csv")
writeFileSync(csvFile, `${ids.join(",")}\n${rows.map((r) => r.join(",")).join("\n")}\n`)
const ndjsonFile = join(dir, "gaspul.ndjson")
writeFileSync(
  ndjsonFile,
  rows.map((r) => JSON.stringify(Object.fromEntries(ids.map((id, k) => [id, r[k]])))).join("\n")
)

describe("pembinaan sample-size", () => {
  it.each([
    [10, 10],
    [100, 80],
    [1000, 278],
    [100000, 383],
    [1000000, 384]
  ])("N = %i → %i (the published table)", async (n, s) => {
    const r = await pembinaan(["sample-size", String(n)])
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, { population: n, sampleSize: s }])
  })

  it("rejects a population that is not a whole number (exit 1) and a missing one (exit 2)", async () => {
    const bad = await pembinaan(["sample-size", "abc"])
    expect([bad.code, JSON.parse(bad.stderr).problems[0].path]).toEqual([1, ["population"]])
    expect((await pembinaan(["sample-size"])).code).toBe(2)
  })
})

describe("pembinaan ikm", () => {
  it("reproduces the worked example from CSV: 91.48 with exact 1/9 weights", async () => {
    const r = await pembinaan(["ikm", csvFile])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toMatchObject({ respondents: 29, nilai: 91.48, mutu: "A", kinerja: "Sangat Baik", weighting: "exact" })
    expect(out.nrr.U4).toBe(4)
    expect(out.nrr.U3).toBe(3.4483)
  })

  it("gives 90.56 with the printed 0.11 weights, from NDJSON on standard input", async () => {
    const text = rows.map((r) => JSON.stringify(Object.fromEntries(ids.map((id, k) => [id, r[k]])))).join("\n")
    const r = await pembinaan(["ikm", "-", "--format", "ndjson", "--weighting", "printed"], text)
    expect([r.code, JSON.parse(r.stdout).nilai]).toEqual([0, 90.56])
  })

  it("reports sample sufficiency with --population", async () => {
    const r = await pembinaan(["ikm", ndjsonFile, "--population", "100"])
    expect(JSON.parse(r.stdout).sample).toEqual({ population: 100, required: 80, sufficient: false, shortfall: 51 })
  })

  it("lists every bad answer with its row and column, exit 1", async () => {
    const file = join(dir, "bad.csv")
    writeFileSync(file, `${ids.join(",")}\n4,4,4,4,4,4,4,4,5\n4,4,,4,4,4,4,4,4\n4,4\n`)
    // a blank answer is a problem only with --blank refuse (the default counts it out of that unsur alone)
    const r = await pembinaan(["ikm", file, "--blank", "refuse"])
    expect(r.code).toBe(1)
    const err = JSON.parse(r.stderr)
    expect(err.problems.map((p: { path: unknown }) => p.path)).toEqual([[2, "U9"], [3, "U3"], [4]])
    expect(r.stdout).toBe("")
    const perUnsur = await pembinaan(["ikm", file])
    expect(JSON.parse(perUnsur.stderr).problems.map((p: { path: unknown }) => p.path)).toEqual([[2, "U9"], [4]])
  })

  it("exit 2 for wrong usage, exit 1 for a missing file", async () => {
    expect((await pembinaan(["ikm"])).code).toBe(2)
    expect((await pembinaan(["ikm", csvFile, "--weighting", "fancy"])).code).toBe(2)
    const missing = await pembinaan(["ikm", join(dir, "nope.csv")])
    expect([missing.code, JSON.parse(missing.stderr).error]).toEqual([1, "FileUnreadable"])
  })
})
