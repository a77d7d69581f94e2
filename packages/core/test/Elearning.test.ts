import { readFileSync } from "node:fs"
import { Development, Elearning, Employee, Jpm, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { readCsv } from "./fixtures/csv.js"

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")

const RINA = "199001012015031001"
const ANDI = "199105052016041005"
const directory: ReadonlyArray<Elearning.Person> = [
  { nip: RINA, email: "rina.putri@tebokab.go.id", unit: "kec-tebo-ulu" },
  { nip: ANDI, email: "andi.saputra@tebokab.go.id", unit: "kec-tebo-ulu" },
  { nip: "199303032020122003", email: "dewi@tebokab.go.id" },
  { nip: "199404042021042004", email: "sari@tebokab.go.id" },
  { nip: "199505052022031001", email: "bersama@tebokab.go.id" },
  { nip: "199606062023031002", email: "bersama@tebokab.go.id" }
]

describe("Elearning.parseDate / parseDuration", () => {
  it.each([
    ["2026-03-02", "2026-03-02"],
    ["2026-03-02T23:59:59+07:00", "2026-03-02"],
    ["02/03/2026", "2026-03-02"],
    ["Monday, 2 March 2026, 10:15 AM", "2026-03-02"],
    ["2 Maret 2026", "2026-03-02"],
    ["29/02/2028", "2028-02-29"],
    ["29/02/2026", null],
    ["2026-13-01", null],
    ["2 Marz 2026", null],
    ["", null]
  ])("%s → %s", (raw, expected) => {
    expect(Elearning.parseDate(raw)).toBe(expected)
  })

  it.each([
    ["PT1H30M", 90],
    ["PT45M30S", 45.5],
    ["P1DT2H", 1560],
    ["PT0S", 0],
    ["P", null],
    ["PT", null],
    ["P1M", null],
    ["4 jam", null]
  ])("%s → %s minutes", (raw, expected) => {
    expect(Elearning.parseDuration(raw)).toBe(expected)
  })
})

describe("Elearning.importMoodle (sample export with unmatched and malformed rows)", () => {
  const course = { id: "el-pelayanan", title: "Pelayanan prima daring", form: "e-learning", minutes: 270 }
  const report = Elearning.importMoodle({
    rows: readCsv(fixture("moodle-completion.csv")),
    columns: Elearning.moodleColumns,
    course,
    directory
  })

  it("counts every row once", () => {
    expect(report.counts).toEqual({ rows: 8, completions: 2, malformed: 2, unmatched: 2, skipped: 2 })
    const c = report.counts
    expect(c.completions + c.malformed + c.unmatched + c.skipped).toBe(c.rows)
  })

  it("matches by NIP, else by e-mail, and reads Moodle's long and DD/MM dates", () => {
    expect(report.completions.map((c) => [c.row, c.employee, c.matchedBy, c.on])).toEqual([
      [0, RINA, "nip", "2026-03-02"],
      [1, ANDI, "email", "2026-03-05"]
    ])
  })

  it("reports malformed rows with paths, unmatched and ambiguous keys, not-completed and duplicates", () => {
    expect(report.malformed.map((r) => [r.row, r.problems.map((p) => [p.path, p.code])])).toEqual([
      [4, [[[4, "Time completed"], "invalid"]]],
      [5, [[[5, "ID number"], "missing"]]]
    ])
    expect(report.unmatched).toEqual([
      { row: 3, reason: "unmatched", nip: "198812122010011009", email: "budi.s@contoh.id" },
      { row: 7, reason: "ambiguous", nip: null, email: "bersama@tebokab.go.id" }
    ])
    expect(report.skipped.map((r) => [r.row, r.reason])).toEqual([
      [2, "not-completed"],
      [6, "duplicate"]
    ])
  })

  it("credits the completions through Development: 270 / 45 = 6 JP each", () => {
    const { activities, uncredited } = Elearning.activities(report, [course])
    expect(uncredited).toEqual([])
    expect(Result.getOrThrow(Development.totalJp(Presets.competency.development, activities))).toBe("12")
  })
})

describe("Elearning.importXapi (sample LRS response with unmatched and malformed statements)", () => {
  const courses = [{ id: "https://lms.tebokab.go.id/course/12", title: "Manajemen waktu daring", form: "e-learning" }]
  const report = Elearning.importXapi({ statements: JSON.parse(fixture("xapi-statements.json")), courses, directory })

  it("counts every statement once", () => {
    expect(report.counts).toEqual({ rows: 9, completions: 2, malformed: 3, unmatched: 1, skipped: 3 })
  })

  it("matches account.name as NIP and mailto case-insensitively; minutes from duration; scores on 0–100", () => {
    expect(report.completions.map((c) => [c.employee, c.matchedBy, c.on, c.minutes, c.score])).toEqual([
      [RINA, "nip", "2026-03-09", 270, 86],
      [ANDI, "email", "2026-03-10", 180, 84]
    ])
  })

  it("lists malformed statements with paths and the other rejections with reasons", () => {
    expect(report.malformed.map((r) => [r.row, r.problems.map((p) => p.path.join("."))])).toEqual([
      [4, ["4.timestamp", "4.result.duration"]],
      [5, ["5.actor"]],
      [8, ["8"]]
    ])
    expect(report.unmatched.map((r) => [r.row, r.reason, r.email])).toEqual([[3, "unmatched", "tamu@contoh.id"]])
    expect(report.skipped.map((r) => [r.row, r.reason])).toEqual([
      [2, "not-completed"],
      [6, "duplicate"],
      [7, "unknown-course"]
    ])
  })

  it("a completion without credit or duration is uncredited, not 0 JP", () => {
    const r = Elearning.importXapi({
      statements: [
        {
          actor: { mbox: "mailto:dewi@tebokab.go.id" },
          verb: { id: "http://adlnet.gov/expapi/verbs/completed" },
          object: { id: "c" },
          timestamp: "2026-03-01T00:00:00Z"
        }
      ],
      courses: [{ id: "c", title: "C", form: "e-learning" }],
      directory
    })
    expect(Elearning.activities(r, [{ id: "c", title: "C", form: "e-learning" }]).uncredited).toHaveLength(1)
  })

  it("every statement lands in exactly one bucket (property)", () => {
    const statement = fc.record({
      actor: fc.oneof(
        fc.record({ mbox: fc.constantFrom("mailto:dewi@tebokab.go.id", "mailto:x@y.z", "dewi") }),
        fc.record({ account: fc.record({ name: fc.constantFrom(RINA, "1", "") }) }),
        fc.constant(undefined)
      ),
      verb: fc.record({
        id: fc.constantFrom(...Elearning.completionVerbs, "http://adlnet.gov/expapi/verbs/attempted")
      }),
      object: fc.record({ id: fc.constantFrom("c", "d") }),
      timestamp: fc.constantFrom("2026-03-01T00:00:00Z", "2026-02-30T00:00:00Z", "x")
    })
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 15 }), (statements) => {
        const r = Elearning.importXapi({
          statements,
          courses: [{ id: "c", title: "C", form: "e-learning", minutes: 45 }],
          directory
        })
        const c = r.counts
        expect(c.completions + c.malformed + c.unmatched + c.skipped).toBe(statements.length)
        const keys = r.completions.map((x) => `${x.course}|${x.employee}`)
        expect(new Set(keys).size).toBe(keys.length)
      })
    )
  })
})

describe("Elearning.recommend (remote units prefer online programmes)", () => {
  const catalogue = Presets.competency.national
  const match = Result.getOrThrow(
    Jpm.match(Presets.competency.jpmBrin, {
      standard: {
        position: "Pengadministrasi",
        requirements: [{ competency: "komunikasi", level: 3 }],
        legalBasis: [{ regulation: "Test", confirmed: true }]
      },
      scores: { komunikasi: 2 }
    })
  )

  it("puts e-learning first for a remote unit and not for a central one", () => {
    const first = (remote: boolean) =>
      Result.getOrThrow(
        Elearning.recommend(Presets.competency.development, {
          catalogue,
          match,
          unit: { id: "u", remote },
          newAsn: false
        })
      ).items[0]?.suggestions[0]?.form
    expect(first(true)).toBe("e-learning")
    expect(first(false)).not.toBe("e-learning")
  })
})

describe("Elearning.directoryOf (Employee master data)", () => {
  it("lists employees placed on the date with their unit and known e-mail", () => {
    const jabatan = { kind: "pelaksana", name: "Pengadministrasi Umum", kelas: 5 }
    const employees = Result.getOrThrow(
      Employee.decodeDirectory([
        {
          nip: RINA,
          name: "Rina Putri",
          status: "PNS",
          placements: [{ from: "2015-03-01", unit: "kec-tebo-ulu", jabatan }]
        },
        {
          nip: ANDI,
          name: "Andi Saputra",
          status: "PNS",
          placements: [{ from: "2016-04-01", until: "2025-12-31", unit: "dinas-a", jabatan }]
        }
      ])
    )
    expect(Elearning.directoryOf(employees, "2026-03-01", { [RINA]: "rina.putri@tebokab.go.id" })).toEqual([
      { nip: RINA, unit: "kec-tebo-ulu", email: "rina.putri@tebokab.go.id" }
    ])
  })
})
