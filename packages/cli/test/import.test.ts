// pembinaan import --profile: each profile's sample file (test/profiles/*.csv, shown in
// docs/handbook/input-formats.md) gives the project's JSON; what it gives for evaluations scores as it is.
import { readFileSync } from "node:fs"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { type Io, main, Profiles } from "@pembinaan/cli"
import { describe, expect, it } from "vitest"

const sample = (name: string) => fileURLToPath(new URL(`./profiles/${name}.csv`, import.meta.url))

const run = async (argv: ReadonlyArray<string>, stdin = "") => {
  let stdout = ""
  let stderr = ""
  const io: Io = {
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    stdin: Readable.from([stdin]),
    env: { LANG: "C" }
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

describe("pembinaan import --profile", () => {
  it("ekinerja-skp: ratings in any case, BOM and quoted header, trailing ;;; row; the output scores under the national policy", async () => {
    const r = await run(["import", "--profile", "ekinerja-skp", sample("ekinerja-skp"), "--format", "ndjson"])
    expect([r.code, r.stderr]).toEqual([0, ""])
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
    expect(records).toEqual([
      {
        employee: "199001012020011001",
        period: "2026",
        hasilKerja: "Diatas Ekspektasi",
        perilakuKerja: "Sesuai Ekspektasi"
      },
      {
        employee: "199203152019032002",
        period: "2026",
        hasilKerja: "Sesuai Ekspektasi",
        perilakuKerja: "Dibawah Ekspektasi"
      }
    ])
    const scored = await run(["score", "-", "--input", "ndjson", "--policy", "national", "--trace", "none"], r.stdout)
    expect(scored.code).toBe(0)
    expect(JSON.parse(scored.stdout).map((s: { predikat: string }) => s.predikat)).toEqual([
      "Baik",
      "Kurang/Misconduct"
    ])
    const kept = await run(["import", "--profile", "ekinerja-skp", sample("ekinerja-skp"), "--keep-columns"])
    expect(JSON.parse(kept.stdout)[0]).toMatchObject({
      nama: "Rina Chaniago",
      unit: "Dinas Pendidikan",
      predikatTercatat: "Baik"
    })
  })

  it("siasn-pegawai: the employee list", async () => {
    const r = await run(["import", "--profile", "siasn-pegawai", sample("siasn-pegawai")])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)[1]).toEqual({
      nip: "199203152019032002",
      name: "Siti Aminah",
      jabatan: "Perawat Ahli Pertama",
      unit: "Dinas Kesehatan",
      golongan: "III/a"
    })
  })

  it("excel-id: ; and locale id (1.250 is 1250, 1.180,5 is 1180.5), the project's CSV convention", async () => {
    const r = await run(["import", "--profile", "excel-id", sample("excel-id")])
    expect(r.code).toBe(0)
    const [first] = JSON.parse(r.stdout)
    expect(first.measurements[0]).toEqual({ indicator: "dokumen-selesai", target: 1250, realisasi: 1180.5 })
    const scored = await run(["score", "-", "--input", "json", "--policy", "bukittinggi", "--trace", "none"], r.stdout)
    expect(scored.code).toBe(0)
  })

  it("moodle-completion: completion and its date, the course from --course", async () => {
    const r = await run([
      "import",
      "--profile",
      "moodle-completion",
      sample("moodle-completion"),
      "--course",
      "Orientasi PPPK"
    ])
    expect(JSON.parse(r.stdout)).toEqual([
      {
        employee: "199001012020011001",
        firstName: "Rina",
        lastName: "Chaniago",
        email: "rina@example.go.id",
        completed: true,
        completedOn: "2026-03-03",
        course: "Orientasi PPPK"
      },
      {
        employee: "199203152019032002",
        firstName: "Siti",
        lastName: "Aminah",
        email: "siti@example.go.id",
        completed: false,
        course: "Orientasi PPPK"
      }
    ])
  })

  it("a missing column, an Excel-mangled NIP and an unknown rating are problems with line and column", async () => {
    const text = "NIP;Nama;Periode;Rating Hasil Kerja\n1,99001E+17;A;2026;Baik sekali\n"
    const r = await run(["import", "--profile", "ekinerja-skp", "-"], text)
    expect(r.code).toBe(1)
    const problems = JSON.parse(r.stderr).problems
    expect(problems.map((p: { path: unknown; code: string }) => [p.path, p.code])).toEqual([
      [[2, "NIP"], "excel-mangled"],
      [[2, "Rating Hasil Kerja"], "rating"],
      [[2, "Rating Perilaku Kerja"], "no-column"]
    ])
  })

  it("every profile flags its column names' confirmation and is documented with its sample", () => {
    const docs = readFileSync(
      fileURLToPath(new URL("../../../docs/handbook/input-formats.md", import.meta.url)),
      "utf8"
    )
    for (const p of Object.values(Profiles.profiles)) {
      expect(docs).toContain(`\`${p.name}\``)
      for (const c of p.columns) expect(c.confirmed).toBe(false)
      if (p.columns.length > 0) expect(p.note).toMatch(/UNCONFIRMED/)
    }
    expect(Profiles.readDate("Monday, 3 March 2026, 10:15 AM")).toBe("2026-03-03")
    expect(Profiles.readDate("31/02/2026")).toBeUndefined()
  })
})

describe("an e-Kinerja export to the national annual result", () => {
  it("import → score --annual: annual-only takes each employee's annual evaluation with its ratings", async () => {
    const imported = await run(["import", "--profile", "ekinerja-skp", sample("ekinerja-skp"), "--format", "ndjson"])
    const r = await run(
      ["score", "-", "--input", "ndjson", "--policy", "national", "--annual", "--trace", "none"],
      imported.stdout
    )
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)[0]).toMatchObject({
      employee: "199001012020011001",
      year: 2026,
      hasilKerja: "Diatas Ekspektasi",
      perilakuKerja: "Sesuai Ekspektasi",
      predikat: "Baik",
      strategy: "annual-only"
    })
  })
})
