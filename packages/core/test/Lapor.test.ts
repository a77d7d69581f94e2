import { readFileSync } from "node:fs"
import { Citizen, Lapor } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { readCsv } from "./fixtures/csv.js"

const sample = readCsv(readFileSync(new URL("./fixtures/lapor-complaints.csv", import.meta.url), "utf8"))

const units: ReadonlyArray<Lapor.Unit> = [
  { id: "bkpsdm", name: "Badan Kepegawaian dan Pengembangan SDM" },
  { id: "dukcapil", name: "Dinas Kependudukan dan Pencatatan Sipil" },
  { id: "dpmptsp", name: "Dinas Penanaman Modal dan PTSP" },
  { id: "dinkes", name: "Dinas Kesehatan" }
]
const config: Lapor.Config = { ...Lapor.defaults, agencies: { "Disdukcapil Kota Bukittinggi": "dukcapil" } }

describe("Lapor.importRows (the sample export with unmatched and malformed rows, UNCONFIRMED columns)", () => {
  const report = Lapor.importRows({ rows: sample, config, units })

  it("puts every row in exactly one outcome", () => {
    expect(report.counts).toEqual({ rows: 11, complaints: 4, malformed: 4, unmatched: 1, skipped: 2 })
    const rows = [
      ...report.complaints.map((c) => c.row),
      ...report.malformed.map((r) => r.row),
      ...report.unmatched.map((r) => r.row),
      ...report.skipped.map((r) => r.row)
    ].sort((a, b) => a - b)
    expect(rows).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(report.confirmed).toBe(false)
  })

  it("reads complaints with their unit, date, normalised status and rating", () => {
    expect(report.complaints.map((c) => [c.row, c.tracking, c.unit, c.date, c.status, c.rating])).toEqual([
      [0, "4821907", "dukcapil", "2026-02-03", "selesai", 4],
      [1, "4821955", "dinkes", "2026-02-05", "diproses", null],
      [2, "4821960", "dukcapil", "2026-02-12", "selesai", 5],
      [9, "4822188", "dpmptsp", "2026-02-18", "selesai", 5]
    ])
  })

  it("rated complaints become pengaduan submissions; an unrated one is not a score", () => {
    expect(report.submissions.map((s) => [s.channel, s.ticket, s.score])).toEqual([
      ["pengaduan", "4821907", 4],
      ["pengaduan", "4821960", 5],
      ["pengaduan", "4822188", 5]
    ])
    expect(report.complaints[1]?.submission).toBeNull()
    expect(report.submissions[0]).toMatchObject({ id: "lapor-4821907", respondent: "Rina Chaniago" })
    expect(report.submissions[0]?.text).toContain("Antrean KTP-el terlalu lama\nAntrean di loket")
    // An anonymous report has no respondent; quoted commas stay inside the text.
    expect(report.submissions[1]?.respondent).toBeUndefined()
    expect(report.submissions[2]?.text).toBe(
      "NIB, izin lokasi, dan PBG\nPengurusan NIB, izin lokasi dan PBG selesai dalam 3 hari; terima kasih"
    )
    expect(Result.isSuccess(Citizen.decodeBatch({ asOf: "2026-03-01", submissions: report.submissions }))).toBe(true)
    expect(report.resolved).toEqual({ total: 4, selesai: 3, percent: "75.00" })
  })

  it("reports malformed rows with [row, column] paths and codes", () => {
    expect(report.malformed.map((m) => [m.row, m.problems.map((p) => [p.path, p.code])])).toEqual([
      [3, [[[3, "Tanggal Laporan"], "invalid"]]],
      [5, [[[5, "Nomor Tracking"], "missing"]]],
      [8, [[[8, "Status"], "unknown-value"]]],
      [10, [[[10, "Penilaian"], "out-of-range"]]]
    ])
    expect(report.malformed.every((m) => m._tag === "MalformedRow")).toBe(true)
  })

  it("reports the unmatched agency, the duplicate tracking number and the rejected status", () => {
    expect(report.unmatched).toEqual([
      { _tag: "UnmatchedRow", row: 4, tracking: "4822030", agency: "Dinas Pariwisata", match: "none" }
    ])
    expect(report.skipped).toEqual([
      { _tag: "DuplicateRow", row: 6, tracking: "4821907", first: 0 },
      { _tag: "SkippedRow", row: 7, tracking: "4822101", status: "Ditolak" }
    ])
  })

  it("groups the rated complaints per unit, and Citizen aggregates them as the pengaduan channel", () => {
    const byUnit = Lapor.submissionsByUnit(report)
    expect(Object.keys(byUnit).sort()).toEqual(["dpmptsp", "dukcapil"])
    const policy: Citizen.Policy = {
      channels: { pengaduan: { weight: 1, scale: config.ratingScale, minimumObservations: 1 } },
      aggregation: { method: "mean" },
      duplicates: { keep: "first", minimumTextLength: 200 },
      rounding: { scale: 2, mode: "half-up" },
      legalBasis: Lapor.defaults.legalBasis
    }
    const scored = Result.getOrThrow(
      Citizen.aggregate(policy, { asOf: "2026-03-01", submissions: byUnit.dukcapil ?? [] })
    )
    // Ratings 4 and 5 on 1–5: 75 and 100 on 0–100.
    expect(scored.status === "sufficient" && scored.score.text).toBe("87.50")
  })
})

describe("Lapor.matchUnit", () => {
  it.each([
    ["Dinas Kesehatan", { _tag: "found", unit: "dinkes" }],
    ["  dinas   KESEHATAN ", { _tag: "found", unit: "dinkes" }],
    ["dinkes", { _tag: "found", unit: "dinkes" }],
    ["Disdukcapil Kota Bukittinggi", { _tag: "found", unit: "dukcapil" }],
    ["Dinas Pariwisata", { _tag: "none" }]
  ])("%s", (agency, expected) => {
    expect(Lapor.matchUnit(units, config.agencies, agency)).toEqual(expected)
  })

  it("an alias to a unit the region does not have matches nothing; two units of one name are ambiguous", () => {
    expect(Lapor.matchUnit(units, { "Dinas X": "hilang" }, "Dinas X")).toEqual({ _tag: "none" })
    const twice = [...units, { id: "dinkes-2", name: "Dinas Kesehatan" }]
    expect(Lapor.matchUnit(twice, {}, "Dinas Kesehatan")).toEqual({ _tag: "ambiguous" })
  })
})

describe("Lapor configuration", () => {
  it("the default is marked unconfirmed and decodes", () => {
    expect(Lapor.defaults.confirmed).toBe(false)
    expect(Lapor.defaults.legalBasis.every((c) => c.confirmed === false)).toBe(true)
    expect(Result.isSuccess(Lapor.decodeConfig(Lapor.defaults))).toBe(true)
  })

  it("refuses an unknown status kind and an empty column name, with paths", () => {
    const bad = { ...Lapor.defaults, statuses: { selesai: "tuntas" }, columns: { ...Lapor.defaults.columns, date: "" } }
    const decoded = Lapor.decodeConfig(bad)
    expect(Result.isFailure(decoded)).toBe(true)
    if (Result.isFailure(decoded))
      expect(decoded.failure.problems.map((p) => p.path.join(".")).sort()).toEqual(["columns.date", "statuses.selesai"])
  })

  it("reads renamed columns from the configuration; without a rating column nothing is a score", () => {
    const renamed: Lapor.Config = {
      ...Lapor.defaults,
      columns: { tracking: "No", date: "Tgl", agency: "Instansi", status: "Status Laporan" }
    }
    const r = Lapor.importRows({
      rows: [
        { No: "A-1", Tgl: "2026-03-01", Instansi: "Dinas Kesehatan", "Status Laporan": "SELESAI", Penilaian: "9" }
      ],
      config: renamed,
      units
    })
    expect(r.complaints.map((c) => [c.tracking, c.unit, c.status, c.rating])).toEqual([
      ["A-1", "dinkes", "selesai", null]
    ])
    expect(r.submissions).toEqual([])
  })

  it("rating edges: the scale's ends are inside, just outside is malformed, a decimal comma is read", () => {
    const at = (rating: string) =>
      Lapor.importRows({
        rows: [
          {
            "Nomor Tracking": "1",
            "Tanggal Laporan": "2026-03-01",
            "Instansi Tujuan": "dinkes",
            Status: "Selesai",
            Penilaian: rating
          }
        ],
        config: Lapor.defaults,
        units
      })
    expect(at("1").submissions[0]?.score).toBe(1)
    expect(at("5").submissions[0]?.score).toBe(5)
    expect(at("4,5").submissions[0]?.score).toBe(4.5)
    expect(at("0.99").counts.malformed).toBe(1)
    expect(at("5.01").counts.malformed).toBe(1)
    expect(at("lima").counts.malformed).toBe(1)
  })

  it("resolved: none without complaints", () => {
    expect(Lapor.resolved([])).toEqual({ total: 0, selesai: 0, percent: null })
  })
})

describe("Lapor properties", () => {
  const cellArb = fc.oneof(
    fc.constantFrom("", " ", "Selesai", "Ditolak", "Diproses", "xyz", "Dinas Kesehatan", "02/03/2026", "2026-13-01"),
    fc.string({ maxLength: 8 })
  )
  const rowArb = fc.record({
    "Nomor Tracking": fc.oneof(fc.constantFrom("", "T-1", "T-2", "T-3"), fc.string({ maxLength: 4 })),
    "Tanggal Laporan": cellArb,
    "Instansi Tujuan": cellArb,
    Status: cellArb,
    Penilaian: fc.oneof(fc.constantFrom("", "1", "3", "5", "6", "x"), fc.string({ maxLength: 3 }))
  })

  it("totality: every row lands in exactly one outcome, and counts add up", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 20 }), (rows) => {
        const r = Lapor.importRows({ rows, config: Lapor.defaults, units })
        const c = r.counts
        expect(c.complaints + c.malformed + c.unmatched + c.skipped).toBe(rows.length)
        const seen = new Set([
          ...r.complaints.map((x) => x.row),
          ...r.malformed.map((x) => x.row),
          ...r.unmatched.map((x) => x.row),
          ...r.skipped.map((x) => x.row)
        ])
        expect(seen.size).toBe(rows.length)
      })
    )
  })

  it("no two complaints share a tracking number, and every score is on the scale", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 20 }), (rows) => {
        const r = Lapor.importRows({ rows, config: Lapor.defaults, units })
        const tickets = r.complaints.map((x) => x.tracking)
        expect(new Set(tickets).size).toBe(tickets.length)
        for (const x of r.submissions) expect(x.score >= 1 && x.score <= 5).toBe(true)
      })
    )
  })
})
