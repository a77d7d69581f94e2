import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { pembinaan } from "./run.js"

const dir = mkdtempSync(join(tmpdir(), "pembinaan-score-"))
const berakhlak = (rating: string, first = rating) => ({
  "berorientasi-pelayanan": first,
  akuntabel: rating,
  kompeten: rating,
  harmonis: rating,
  loyal: rating,
  adaptif: rating,
  kolaboratif: rating
})
const record = (employee: string, factor: number, rating: string) => ({
  employee,
  period: "2026-Q2",
  scorecard: "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 100, realisasi: 100 * factor },
    { indicator: "mutu-dokumen", target: 100, realisasi: 100 * factor },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: Math.min(60, 60 * factor) },
    { indicator: "keluhan-masyarakat", target: 10, realisasi: 10 * (2 - factor) }
  ],
  berakhlak: berakhlak(rating)
})
const good = record("199001012020011001", 1.2, "Diatas Ekspektasi")
const weak = record("199001012020011002", 0.6, "Sesuai Ekspektasi")
const ndjson = join(dir, "evaluations.ndjson")
writeFileSync(ndjson, `${JSON.stringify(good)}\n${JSON.stringify(weak)}\n`)

describe("pembinaan score", () => {
  it("scores NDJSON under a preset and gives decisions from its rules (json output)", async () => {
    const r = await pembinaan(["score", ndjson, "--policy", "bukittinggi"])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out).toHaveLength(2)
    expect(out[0]).toMatchObject({ employee: good.employee, predikat: "Sangat Baik", hasilKerja: "Diatas Ekspektasi" })
    expect(out[0].decisions.map((d: { id: string }) => d.id)).toContain("prioritas-suksesi")
    expect(out[1].predikat).toBe("Butuh Perbaikan")
    expect(out[1].decisions.map((d: { kind: string }) => d.kind)).toContain("remediation")
    expect(out[0].trace.evaluation.legalBasis.length).toBeGreaterThan(0)
    expect(out[0].trace.rules.fired.length).toBeGreaterThan(0)
  })

  it("reads CSV columns target:<id> / realisasi:<id> and writes CSV", async () => {
    const ids = ["dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat"]
    const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
    const header = [
      "employee",
      "period",
      "scorecard",
      ...ids.flatMap((i) => [`target:${i}`, `realisasi:${i}`]),
      ...values
    ]
    const row = (r: typeof good) => [
      r.employee,
      r.period,
      r.scorecard,
      ...r.measurements.flatMap((m) => [m.target, String(m.realisasi).replace(".", ",")]),
      ...values.map((v) => r.berakhlak[v as keyof typeof r.berakhlak])
    ]
    const file = join(dir, "evaluations.csv")
    writeFileSync(file, [header, row(good), row(weak)].map((r) => r.join(";")).join("\n"))
    const r = await pembinaan(["score", file, "--policy", "bukittinggi", "--format", "csv"])
    expect(r.code).toBe(0)
    const lines = r.stdout.trim().split("\n")
    expect(lines[0]).toBe("employee,period,score,band,hasilKerja,perilakuKerja,predikat,decisions")
    expect(lines[1]).toMatch(
      /^199001012020011001,2026-Q2,[\d.]+,Sangat Baik,Diatas Ekspektasi,Diatas Ekspektasi,Sangat Baik,/
    )
  })

  it("lists every bad record with its position and path, still scores the good ones, exit 1", async () => {
    const file = join(dir, "mixed.ndjson")
    const bad = { ...good, employee: "", measurements: [{ indicator: "tidak-ada", target: 0, realisasi: "x" }] }
    writeFileSync(file, `${JSON.stringify(good)}\n{oops\n${JSON.stringify(bad)}\n`)
    const r = await pembinaan(["score", file, "--policy", "bukittinggi", "--format", "ndjson"])
    expect(r.code).toBe(1)
    expect(r.stdout.trim().split("\n")).toHaveLength(1)
    const err = JSON.parse(r.stderr)
    expect(err).toMatchObject({ error: "InvalidInput", records: 3 })
    const paths = err.problems.map((p: { path: unknown[] }) => p.path)
    expect(paths[0]).toEqual([2])
    expect(paths.slice(1).every((p: unknown[]) => p[0] === 3)).toBe(true)
    expect(paths).toContainEqual([3, "employee"])
  })

  it("reads from standard input and uses a policy file", async () => {
    const file = join(dir, "national-copy.json")
    const national = await pembinaan(
      ["score", "-", "--policy", "national", "--format", "ndjson"],
      JSON.stringify({
        employee: "x",
        period: "2026",
        hasilKerja: "Diatas Ekspektasi",
        perilakuKerja: "Dibawah Ekspektasi"
      })
    )
    expect([national.code, JSON.parse(national.stdout).predikat]).toEqual([0, "Kurang/Misconduct"])
    writeFileSync(file, "{not json")
    const r = await pembinaan(["score", ndjson, "--policy", file])
    expect([r.code, JSON.parse(r.stderr).error]).toEqual([1, "JsonSyntax"])
  })

  it.each([
    [["score", ndjson]],
    [["score", "--policy", "bukittinggi"]],
    [["score", ndjson, "--policy", "bukittinggi", "--format", "xml"]],
    [["score", ndjson, "--policy", "bukittinggi", "--as-of", "2026-02-30"]]
  ])("wrong usage %j exits 2", async (args) => {
    expect((await pembinaan(args)).code).toBe(2)
  })
})

describe("pembinaan policy", () => {
  it("validate: a preset's document is valid; a broken one lists every problem with its path", async () => {
    const docs = await pembinaan(["policy", "docs", "bukittinggi", "--out", dir])
    expect(docs.code).toBe(0)
    const { Presets, Policy } = await import("@pembinaan/core")
    const file = join(dir, "policy.json")
    writeFileSync(file, JSON.stringify(Policy.encode(Presets.bukittinggi.policy)))
    const ok = await pembinaan(["policy", "validate", file])
    expect([ok.code, JSON.parse(ok.stdout)]).toEqual([
      0,
      { valid: true, id: "bukittinggi-ilustrasi", region: "Kota Bukittinggi", version: "0.1.0" }
    ])
    const broken = JSON.parse(readFileSync(file, "utf8"))
    broken.scorecards[0].weights[0].weight += 1
    broken.hasilKerja.bands.bands[2].lower = 50
    writeFileSync(file, JSON.stringify(broken))
    const bad = await pembinaan(["policy", "validate", file])
    expect(bad.code).toBe(1)
    const paths = JSON.parse(bad.stderr).problems.map((p: { path: unknown[] }) => p.path.join("."))
    expect(paths).toEqual(expect.arrayContaining(["scorecards.0.weights", "hasilKerja.bands.bands.2.lower"]))
  })

  it("docs: writes the handbook in the chosen language", async () => {
    const r = await pembinaan(["policy", "docs", "muaratebo", "--out", dir, "--lang", "en"])
    expect(r.code).toBe(0)
    const { written } = JSON.parse(r.stdout)
    const text = readFileSync(written, "utf8")
    expect(text).toMatch(/^# Policy handbook: /)
    expect(text).toContain("## Worked examples")
    expect((await pembinaan(["policy", "docs", "muaratebo"])).code).toBe(2)
  })
})

describe("pembinaan score on every core (--workers)", () => {
  const many = Array.from({ length: 2500 }, (_, i) =>
    record(
      // valid NIPs: born 1990-01-01, TMT CPNS 2020-01..03, laki-laki, sequence 001..999
      `199001012020${String(1 + Math.floor(i / 999)).padStart(2, "0")}1${String(1 + (i % 999)).padStart(3, "0")}`,
      0.5 + (i % 9) / 10,
      ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"][i % 3] as string
    )
  )
  const file = join(dir, "many.ndjson")
  // a bad record in the middle: reported with its line number, the others still scored in order
  writeFileSync(
    file,
    [
      ...many.slice(0, 1200).map((r) => JSON.stringify(r)),
      "{bad",
      ...many.slice(1200).map((r) => JSON.stringify(r))
    ].join("\n")
  )

  it.each(["ndjson", "json", "csv"])("gives the same %s output, in input order, as one thread", async (format) => {
    const one = await pembinaan(["score", file, "--policy", "bukittinggi", "--format", format, "--workers", "1"])
    const two = await pembinaan(["score", file, "--policy", "bukittinggi", "--format", format, "--workers", "2"])
    expect([one.code, two.code]).toEqual([1, 1])
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(two.stderr).problems.map((p: { path: unknown[] }) => p.path)).toEqual([[1201]])
    expect(two.stdout.length).toBeGreaterThan(100_000)
  })

  it("reads CSV records with quoted line breaks across batches", async () => {
    const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
    const ids = ["dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat"]
    const header = [
      "employee",
      "period",
      "scorecard",
      ...ids.flatMap((i) => [`target:${i}`, `realisasi:${i}`]),
      ...values,
      "nama"
    ]
    // every 100th row's extra column `nama` holds a quoted line break and quotes (kept through to the output)
    const rows = many
      .slice(0, 1500)
      .map((r, i) => [
        r.employee,
        r.period,
        r.scorecard,
        ...r.measurements.flatMap((m) => [m.target, m.realisasi]),
        ...values.map((v) => r.berakhlak[v as keyof typeof r.berakhlak]),
        i % 100 === 0 ? `"Siti\nbaris ""dua"""` : "Siti"
      ])
    const csv = join(dir, "many.csv")
    writeFileSync(csv, [header, ...rows].map((r) => r.join(",")).join("\n"))
    const one = await pembinaan([
      "score",
      csv,
      "--policy",
      "bukittinggi",
      "--format",
      "ndjson",
      "--workers",
      "1",
      "--rules",
      "none"
    ])
    const two = await pembinaan([
      "score",
      csv,
      "--policy",
      "bukittinggi",
      "--format",
      "ndjson",
      "--workers",
      "2",
      "--rules",
      "none"
    ])
    expect([one.code, two.code]).toEqual([0, 0])
    expect(two.stdout).toBe(one.stdout)
    const out = two.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(out).toHaveLength(1500)
    expect(out[100].columns).toEqual({ nama: 'Siti\nbaris "dua"' })
  })
})
