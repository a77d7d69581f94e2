import { execFile } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { Presets } from "@pembinaan/core"
import { describe, expect, it } from "vitest"
import { main, scoreCsv, toInputs } from "../score.js"

const run = promisify(execFile)
const repo = fileURLToPath(new URL("../../..", import.meta.url))
const script = fileURLToPath(new URL("../score.ts", import.meta.url))
const sample = fileURLToPath(new URL("../data/evaluations.csv", import.meta.url))
const tsx = join(repo, "node_modules", ".bin", "tsx")

/** Runs the script as a data officer would (tsx with the source condition); resolves with code and output. */
const score = async (...args: Array<string>) => {
  try {
    const { stdout, stderr } = await run(tsx, ["--conditions=@pembinaan/source", script, ...args], { cwd: repo })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string }
    return { code: x.code, stdout: x.stdout, stderr: x.stderr }
  }
}

describe("toInputs (the CLI's CSV reader and convention)", () => {
  it("reads quotes, CRLF, a BOM and skips blank lines; nama is kept", async () => {
    const rows = await toInputs('\uFEFFemployee,nama,period\r\nA-1,"Siti, S.Pd",2026-Q1\r\n\r\n')
    expect(rows).toEqual([{ line: 2, name: "Siti, S.Pd", input: { employee: "A-1", period: "2026-Q1" }, problems: [] }])
  })
})

const report = await scoreCsv(Presets.bukittinggi.policy, readFileSync(sample, "utf8"))

describe("scoreCsv (in process)", () => {
  it("scores every sample row; the first is the library's documented example (105.75 → Baik)", () => {
    expect(report.problems).toEqual([])
    expect(report.summary).toMatchObject({ rows: 16, scored: 16, refused: 0, employees: 4 })
    expect(report.results[0]).toMatchObject({
      employee: "BKT-0001",
      period: "2026-Q1",
      score: "105.75",
      band: "Baik",
      hasilKerja: "Sesuai Ekspektasi",
      perilakuKerja: "Diatas Ekspektasi",
      predikat: "Baik"
    })
  })

  it("a range target (dialog-publik 2..4) and the struktural scorecard work", () => {
    const q4 = report.results.find((r) => r.employee === "BKT-0003" && r.period === "2026-Q4")
    expect(q4).toMatchObject({ score: "112.42", band: "Sangat Baik", predikat: "Sangat Baik" })
  })

  it("counts add up to the scored rows", () => {
    const total = Object.values(report.summary.counts).reduce((a, b) => a + b, 0)
    expect(total).toBe(report.summary.scored)
  })
})

describe("score.ts as a process", () => {
  it("prints per-employee results and a summary for the sample (exit 0)", async () => {
    const r = await score()
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Kebijakan: Kota Bukittinggi (bukittinggi-ilustrasi 0.1.0)")
    expect(r.stdout).toMatch(/BKT-0001\s+Rina Chaniago\s+2026-Q1\s+105\.75\s+Baik/)
    expect(r.stdout).toContain("baris: 16, dinilai: 16, ditolak: 0, pegawai: 4")
  })

  it("--json gives the same report as the library", async () => {
    const r = await score(sample, "--json")
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(JSON.stringify(await scoreCsv(Presets.bukittinggi.policy, readFileSync(sample, "utf8"))))
    )
  })

  it("refuses bad rows with their line and path (exit 1) and still scores the good ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pembinaan-node-"))
    const file = join(dir, "bad.csv")
    const lines = readFileSync(sample, "utf8").trim().split("\n")
    const broken = (lines[1] ?? "").replace("126", "banyak")
    writeFileSync(file, [lines[0], broken, lines[2]].join("\n"))
    const r = await score(file)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("baris: 2, dinilai: 1, ditolak: 1")
    expect(r.stdout).toMatch(/baris 2, realisasi:dokumen-selesai: "banyak" is not a number/)
  })

  it("wrong usage exits 2; --help exits 0", async () => {
    expect((await score("--policy", "jakarta")).code).toBe(2)
    const help = await score("--help")
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("Usage:")
  })
})

describe("main (in process)", () => {
  const sink = () => {
    const chunks: Array<string> = []
    return { chunks, stream: { write: (s: string) => chunks.push(s) } }
  }
  it("exits 2 for an unknown option or an unreadable file, with the usage on stderr", async () => {
    for (const args of [["--nope"], ["/no/such/file.csv"]]) {
      const out = sink()
      const err = sink()
      expect(await main(args, out.stream, err.stream)).toBe(2)
      expect(out.chunks).toEqual([])
      expect(err.chunks.join("").length).toBeGreaterThan(0)
    }
  })

  it("scores the sample under another policy and reports every row it cannot use", async () => {
    const out = sink()
    expect(await main([sample, "--policy", "muaratebo", "--json"], out.stream, sink().stream)).toBe(1)
    const report = JSON.parse(out.chunks.join(""))
    expect(report.policy.id).toBe("muaratebo-ilustrasi")
    expect(report.summary.refused).toBe(16)
  })
})
