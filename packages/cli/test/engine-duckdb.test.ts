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

  it("decides the rule sets in SQL exactly as the default engine (every preset, outputs compared byte for byte)", async () => {
    const file = join(dir, "rules.ndjson")
    writeFileSync(file, `${Array.from({ length: 400 }, (_, i) => JSON.stringify(bukittinggi(i))).join("\n")}\n`)
    for (const rules of ["bukittinggi", "national", "sawahlunto", "muaratebo"]) {
      for (const format of ["ndjson", "csv"]) {
        const common = [file, "--policy", "bukittinggi", "--rules", rules, "--trace", "none", "--format", format]
        const js = await run(["score", ...common])
        const duck = await run(["score", ...common, "--engine", "duckdb"])
        expect(js.code).toBe(0)
        expect(duck.stderr).toBe("")
        expect(duck.code).toBe(0)
        expect(duck.stdout).toBe(js.stdout)
      }
    }
    // The preset's own rules give decisions on this file: the comparison is not between empty lists.
    const duck = await run([
      "score",
      file,
      "--policy",
      "bukittinggi",
      "--trace",
      "none",
      "--format",
      "ndjson",
      "--engine",
      "duckdb"
    ])
    const decided = duck.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).decisions.length)
    expect(decided.filter((n) => n > 0).length).toBeGreaterThan(50)
  }, 120_000)

  it("writes the decisions of a rule set with more than 62 outcomes (no outcome_bits) as the default engine", async () => {
    const file = join(dir, "many.ndjson")
    writeFileSync(file, `${Array.from({ length: 60 }, (_, i) => JSON.stringify(bukittinggi(i))).join("\n")}\n`)
    const { Presets } = await import("@pembinaan/core")
    const rs = Presets.regionRules.bukittinggi
    const extra = Array.from({ length: 63 }, (_, k) => ({
      id: `tambahan-${String(k).padStart(2, "0")}`,
      kind: (["reward", "development", "remediation"] as const)[k % 3],
      label: `Tambahan ${k}`,
      severity: k % 4,
      legalBasis: rs.legalBasis
    }))
    const predikats = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]
    const rulesFile = join(dir, "many-rules.json")
    writeFileSync(
      rulesFile,
      JSON.stringify({
        ...rs,
        outcomes: [...rs.outcomes, ...extra],
        rules: [
          ...rs.rules,
          ...extra.map((o, k) => ({
            id: `aturan-${o.id}`,
            description: "",
            group: `g${k % 5}`,
            priority: k % 7,
            exclusive: false,
            when: { kind: "predikat", in: [predikats[k % 5], predikats[(k * 3) % 5]] },
            give: [o.id],
            legalBasis: rs.legalBasis
          }))
        ]
      })
    )
    const common = [file, "--policy", "bukittinggi", "--rules", rulesFile, "--trace", "none", "--format", "ndjson"]
    const js = await run(["score", ...common])
    const duck = await run(["score", ...common, "--engine", "duckdb"])
    expect(js.code).toBe(0)
    expect(duck.stderr).toBe("")
    expect(duck.stdout).toBe(js.stdout)
    expect(js.stdout).toContain("tambahan-62")
  }, 60_000)

  it("flags records that carry history or facts, and refuses the trace, which is not compiled", async () => {
    const file = join(dir, "r.ndjson")
    const withHistory = { ...(bukittinggi(2) as object), history: [{ period: "2026-Q3", predikat: "Baik" }] }
    const withFacts = { ...(bukittinggi(3) as object), facts: { unit: { ikm: 80 } } }
    const empty = { ...(bukittinggi(4) as object), history: [], facts: {} }
    writeFileSync(file, `${[bukittinggi(1), withHistory, withFacts, empty].map((r) => JSON.stringify(r)).join("\n")}\n`)
    const common = [file, "--policy", "bukittinggi", "--trace", "none", "--format", "ndjson"]
    const js = await run(["score", ...common])
    const duck = await run(["score", ...common, "--engine", "duckdb", "--lang", "en"])
    expect(js.code).toBe(0)
    expect(duck.code).toBe(1)
    const lines = duck.stdout.trim().split("\n")
    expect(lines).toEqual(
      js.stdout
        .trim()
        .split("\n")
        .filter((_, i) => i === 0 || i === 3)
    )
    expect(JSON.parse(duck.stderr).problems).toEqual([
      { path: [2], code: "facts-not-compiled", message: expect.stringContaining("--engine js") },
      { path: [3], code: "facts-not-compiled", message: expect.stringContaining("--engine js") }
    ])
    const withTrace = await run(["score", file, "--policy", "bukittinggi", "--rules", "none", "--engine", "duckdb"])
    expect(withTrace.code).toBe(2)
    expect(withTrace.stderr).toContain("--trace none")
  }, 60_000)

  it("refuses a rule set that does not compile, with the rule and the construct named", async () => {
    const file = join(dir, "w.ndjson")
    writeFileSync(file, `${JSON.stringify(bukittinggi(1))}\n`)
    const policyFile = join(dir, "wide-policy.json")
    const { Presets } = await import("@pembinaan/core")
    const p = Presets.bukittinggi.policy
    const hk = p.hasilKerja as Extract<typeof p.hasilKerja, { source: "indicators" }>
    const r12 = { ...hk.scale.rounding, scale: 12 }
    // The last band ends at the new range's end.
    const upTo = <B extends { upper?: number }>(bands: ReadonlyArray<B>) =>
      bands.map((b, i) => (i === bands.length - 1 ? { ...b, upper: 100_000 } : b))
    writeFileSync(
      policyFile,
      JSON.stringify({
        ...p,
        id: "wide",
        hasilKerja: {
          ...hk,
          scale: { ...hk.scale, max: 100_000, rounding: r12 },
          bands: {
            ...hk.bands,
            range: { ...hk.bands.range, max: 100_000 },
            rounding: r12,
            bands: upTo(hk.bands.bands)
          },
          mapping: {
            ...hk.mapping,
            range: { ...hk.mapping.range, max: 100_000 },
            rounding: r12,
            bands: upTo(hk.mapping.bands)
          }
        }
      })
    )
    const rulesFile = join(dir, "score-rules.json")
    const rs = Presets.regionRules.bukittinggi
    writeFileSync(
      rulesFile,
      JSON.stringify({
        ...rs,
        rules: [
          ...rs.rules,
          {
            ...rs.rules[1],
            id: "nilai-tinggi",
            priority: 1,
            group: "penghargaan",
            when: { kind: "score", op: "above", value: 119 }
          }
        ]
      })
    )
    const duck = await run([
      "score",
      file,
      "--policy",
      policyFile,
      "--rules",
      rulesFile,
      "--trace",
      "none",
      "--engine",
      "duckdb",
      "--lang",
      "en"
    ])
    expect(duck.stdout).toBe("")
    expect(duck.code).toBe(2)
    expect(JSON.parse(duck.stderr)).toMatchObject({ error: "EngineUnsupported", engine: "duckdb" })
    expect(duck.stderr).toContain('rule \\"nilai-tinggi\\" (score past 2^53 units)')
  }, 60_000)

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
    const rules = await run([
      "policy",
      "sql",
      "bukittinggi",
      "--dialect",
      "duckdb",
      "--rules",
      "bukittinggi",
      "--facts",
      "unit"
    ])
    expect(rules.code).toBe(0)
    expect(rules.stdout).toContain("--   unit_ikm (decimal)")
    expect(rules.stdout).toContain("AS fired_rules")
    const history = await run([
      "policy",
      "sql",
      "bukittinggi",
      "--dialect",
      "duckdb",
      "--rules",
      "bukittinggi",
      "--facts",
      "history",
      "--lang",
      "en"
    ])
    expect(history.code).toBe(1)
    expect(JSON.parse(history.stderr)).toMatchObject({ reason: "rule-not-compiled" })
    expect((await run(["policy", "sql", "bukittinggi", "--dialect", "duckdb", "--facts", "unit"])).code).toBe(2)
  })
})
