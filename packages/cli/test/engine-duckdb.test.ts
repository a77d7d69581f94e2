import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Io, main } from "@pembinaan/cli"
import { describe, expect, it } from "vitest"

const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"]

/** Records under the Bukittinggi preset with non-integer realisasi, a half-cent tie region and a few bad records. */
const bukittinggi = (i: number): unknown => ({
  employee: `198705202010011${String(i + 1).padStart(3, "0")}`,
  period: i % 17 === 0 ? "2026" : "2026-Q4",
  scorecard: i % 5 === 0 ? "struktural" : "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 100 + (i % 3), realisasi: 60 + ((i * 7) % 70) + (i % 8) / 8 },
    { indicator: "mutu-dokumen", target: 100, realisasi: 60 + ((i * 13) % 70) },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 40 + (i % 21) },
    { indicator: "keluhan-masyarakat", target: 5, realisasi: i % 9 },
    ...(i % 5 === 0 ? [{ indicator: "dialog-publik", target: { lower: 2, upper: 4 }, realisasi: i % 6 }] : [])
  ],
  berakhlak: Object.fromEntries(values.map((v, k) => [v, ratings[(i + k) % 11 === 0 ? 0 : ((i >> k) & 1) + 1]]))
})

const run = async (argv: ReadonlyArray<string>) => {
  let stdout = ""
  let stderr = ""
  const io = {
    stdout: (t: string) => {
      stdout += t
    },
    stderr: (t: string) => {
      stderr += t
    },
    stdin: undefined as never,
    env: {}
  } satisfies Io
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const dir = mkdtempSync(join(tmpdir(), "pembinaan-duckdb-"))

describe("score --engine duckdb", () => {
  it("prints exactly what the default engine prints (ndjson, json, csv)", async () => {
    const file = join(dir, "b.ndjson")
    writeFileSync(file, `${Array.from({ length: 400 }, (_, i) => JSON.stringify(bukittinggi(i))).join("\n")}\n`)
    for (const format of ["ndjson", "json", "csv"]) {
      const common = [file, "--policy", "bukittinggi", "--rules", "none", "--trace", "none", "--format", format]
      const js = await run(["score", ...common])
      const duck = await run(["score", ...common, "--engine", "duckdb"])
      expect(js.code).toBe(0)
      expect(duck.stderr).toBe("")
      expect(duck.code).toBe(0)
      expect(duck.stdout).toBe(js.stdout)
    }
  }, 60_000)

  it("scores an IKI policy from a JSON array, and reports the records the default engine rejects", async () => {
    const file = join(dir, "m.json")
    const records = Array.from({ length: 60 }, (_, i) => ({
      employee: `e${i}`,
      period: "2026-Q2",
      scorecard: "umum",
      measurements: [
        { indicator: "kegiatan-terlaksana", target: 12, realisasi: (i % 15) + 0.5 },
        { indicator: "kualitas-layanan", target: 200, realisasi: 150 + i, targetMaksimal: i % 2 === 0 },
        { indicator: "waktu-laporan", target: 10, realisasi: i % 25 },
        ...(i === 7 ? [] : [{ indicator: "penerapan-hasil-pelatihan", target: 80, realisasi: 60 + (i % 30) }])
      ],
      berakhlak: Object.fromEntries(values.map((v, k) => [v, ratings[(i + k) % 3]]))
    }))
    writeFileSync(file, JSON.stringify(records))
    const policy = await run(["policy", "sql", "muaratebo", "--dialect", "duckdb"])
    expect(policy.code).toBe(0)
    const common = [file, "--policy", "muaratebo", "--rules", "none", "--trace", "none", "--format", "ndjson"]
    const js = await run(["score", ...common])
    const duck = await run(["score", ...common, "--engine", "duckdb"])
    expect(js.code).toBe(1)
    expect(js.stdout.trim().split("\n")).toHaveLength(59)
    expect(duck.code).toBe(js.code)
    expect(duck.stdout).toBe(js.stdout)
  }, 60_000)

  it("refuses a duplicate or unknown measurement as the default engine does, never scoring the first one", async () => {
    const file = join(dir, "d.ndjson")
    const twice = bukittinggi(3) as { measurements: Array<Record<string, unknown>> }
    twice.measurements.push({ indicator: "dokumen-selesai", target: 100, realisasi: 5 })
    const unknown = bukittinggi(4) as { measurements: Array<Record<string, unknown>> }
    unknown.measurements.push({ indicator: "tidak-ada", target: 100, realisasi: 5 })
    writeFileSync(file, `${[bukittinggi(1), twice, unknown].map((r) => JSON.stringify(r)).join("\n")}\n`)
    const common = [file, "--policy", "bukittinggi", "--rules", "none", "--trace", "none", "--format", "ndjson"]
    const js = await run(["score", ...common])
    const duck = await run(["score", ...common, "--engine", "duckdb"])
    expect(js.code).toBe(1)
    expect(duck.code).toBe(1)
    expect(duck.stdout).toBe(js.stdout)
    expect(duck.stdout.trim().split("\n")).toHaveLength(1)
    expect(JSON.parse(duck.stderr).problems.map((p: { code: string }) => p.code)).toEqual([
      "duplicate-measurement",
      "unknown-indicator"
    ])
  })

  it("refuses rules and the trace, which are not compiled", async () => {
    const file = join(dir, "r.ndjson")
    writeFileSync(file, `${JSON.stringify(bukittinggi(1))}\n`)
    const withRules = await run(["score", file, "--policy", "bukittinggi", "--trace", "none", "--engine", "duckdb"])
    expect(withRules.code).toBe(2)
    expect(withRules.stderr).toContain("--rules none")
    const withTrace = await run(["score", file, "--policy", "bukittinggi", "--rules", "none", "--engine", "duckdb"])
    expect(withTrace.code).toBe(2)
    expect(withTrace.stderr).toContain("--trace none")
  })

  it("flags records whose numbers cannot be read exactly, with the default engine's exit code", async () => {
    const file = join(dir, "p.ndjson")
    const bad = bukittinggi(2) as { measurements: Array<{ realisasi: number }> }
    ;(bad.measurements[0] as { realisasi: number }).realisasi = 60.1234567
    writeFileSync(file, `${JSON.stringify(bukittinggi(1))}\n${JSON.stringify(bad)}\n`)
    const duck = await run([
      "score",
      file,
      "--policy",
      "bukittinggi",
      "--rules",
      "none",
      "--trace",
      "none",
      "--engine",
      "duckdb",
      "--format",
      "ndjson"
    ])
    expect(duck.code).toBe(1)
    expect(duck.stdout.trim().split("\n")).toHaveLength(1)
    expect(JSON.parse(duck.stderr).problems).toEqual([
      { path: [2], code: "input-scale", message: expect.stringContaining("desimal") }
    ])
  })
})

describe("policy sql", () => {
  it("prints the input columns and the query for both dialects, and refuses a bad dialect", async () => {
    const pg = await run(["policy", "sql", "bukittinggi", "--dialect", "postgres"])
    expect(pg.code).toBe(0)
    expect(pg.stdout).toContain("--   realisasi:dokumen-selesai (decimal)")
    expect(pg.stdout).toContain("AS MATERIALIZED")
    const bad = await run(["policy", "sql", "bukittinggi", "--dialect", "sqlite"])
    expect(bad.code).toBe(2)
  })
})
