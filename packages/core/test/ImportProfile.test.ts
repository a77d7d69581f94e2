import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as ImportProfile from "../src/ImportProfile.js"

const siasn = ImportProfile.profiles["siasn-pegawai"] as ImportProfile.Profile
const ekinerja = ImportProfile.profiles["ekinerja-skp"] as ImportProfile.Profile

describe("ImportProfile.apply", () => {
  it("maps a SIASN row by its column names, whatever their case and punctuation", () => {
    const r = ImportProfile.apply(siasn, {
      "nip baru": "199001012020121001",
      NAMA: "Siti Rahma",
      "Unit Kerja": "Dinas Kesehatan",
      Agama: "Islam"
    })
    expect(r.problems).toEqual([])
    expect(r.record).toEqual({
      nip: "199001012020121001",
      name: "Siti Rahma",
      unit: "Dinas Kesehatan",
      columns: { Agama: "Islam" }
    })
  })

  it("refuses an Excel-mangled NIP with its column and Nip's reason, never repairing it", () => {
    for (const mangled of ["1.99001E+17", "199001012020121001.0"]) {
      const r = ImportProfile.apply(siasn, { NIP: mangled, Nama: "Siti" }, { lang: "id" })
      expect(r.problems).toEqual([expect.objectContaining({ path: ["NIP"], code: "excel-mangled" })])
      expect(r.record.nip).toBeUndefined()
    }
  })

  it("refuses a number whose reading depends on the locale, with both readings", () => {
    const profile: ImportProfile.Profile = {
      ...siasn,
      columns: [...siasn.columns, { from: ["Nilai"], to: "nilai", kind: "number", required: true, confirmed: false }]
    }
    const r = ImportProfile.apply(profile, { NIP: "199001012020121001", Nama: "Siti", Nilai: "1.250" })
    expect(r.problems).toEqual([
      expect.objectContaining({ path: ["Nilai"], code: "ambiguous", readings: { id: 1250, en: 1.25 } })
    ])
    const id = ImportProfile.apply(
      profile,
      { NIP: "199001012020121001", Nama: "Siti", Nilai: "1.250" },
      { locale: "id" }
    )
    expect(id.record.nilai).toBe(1250)
  })

  it("names every missing required column and every bad rating", () => {
    const r = ImportProfile.apply(ekinerja, { NIP: "199001012020121001", "Hasil Kerja": "Luar Biasa" })
    expect(r.problems.map((p) => [p.path[0], p.code])).toEqual([
      ["Periode", "no-column"],
      ["Hasil Kerja", "rating"],
      ["Rating Perilaku Kerja", "no-column"]
    ])
  })

  it("a convention profile is read by readConvention in the profile's locale (1.250 is 1250 in id)", () => {
    const r = ImportProfile.apply(ImportProfile.profiles["excel-id"] as ImportProfile.Profile, {
      employee: "BKT-1",
      "target:a": "1.250",
      "realisasi:a": "1.180,5",
      nama: "Siti"
    })
    expect(r.problems).toEqual([])
    expect(r.record).toEqual({
      employee: "BKT-1",
      measurements: [{ indicator: "a", target: 1250, realisasi: 1180.5 }],
      columns: { nama: "Siti" }
    })
  })

  it("readConvention without a locale refuses 1.250 at its column with both readings", () => {
    const r = ImportProfile.readConvention({ "target:a": "1.250" })
    expect(r.problems).toEqual([
      expect.objectContaining({ path: ["target:a"], code: "ambiguous", readings: { id: 1250, en: 1.25 } })
    ])
  })

  it("idProblem refuses an Excel-mangled NIP and a control character, and passes other ids", () => {
    expect(ImportProfile.idProblem("employee", "1,98705E+17")?.path).toEqual(["employee"])
    expect(ImportProfile.idProblem("period", "2026\n")?.code).toBe("control")
    expect(ImportProfile.idProblem("employee", "BKT-0001")).toBeUndefined()
    expect(ImportProfile.idProblem("employee", "199001012020011001")).toBeUndefined()
  })

  it("every profile flags every column name's confirmation (all UNCONFIRMED today)", () => {
    for (const p of Object.values(ImportProfile.profiles))
      for (const c of p.columns) expect(c.confirmed, `${p.name} ${c.to}`).toBe(false)
  })
})

describe("ImportProfile.parseCsv", () => {
  it("reads quoted cells with delimiters, doubled quotes and line breaks; CRLF; a BOM; blank lines", () => {
    const text =
      '\uFEFFNIP;Nama;Catatan\r\n"199001012020121001";"Siti; S.E.";"kata ""baik""\nbaris dua"\r\n\r\n2;Budi;\n;;\n'
    const r = ImportProfile.parseCsv(text)
    expect(r.header).toEqual(["NIP", "Nama", "Catatan"])
    expect(r.rows).toEqual([
      { line: 2, cells: { NIP: "199001012020121001", Nama: "Siti; S.E.", Catatan: 'kata "baik"\nbaris dua' } },
      { line: 5, cells: { NIP: "2", Nama: "Budi", Catatan: "" } }
    ])
    expect(r.problems).toEqual([])
  })

  it("detects , ; and tab, and refuses a row with more cells than the header", () => {
    expect(ImportProfile.delimiterOf("a,b,c")).toBe(",")
    expect(ImportProfile.delimiterOf('"a,1";b;c')).toBe(";")
    expect(ImportProfile.delimiterOf("a\tb")).toBe("\t")
    const r = ImportProfile.parseCsv("a,b\n1,2,3\n4,5\n")
    expect(r.rows).toEqual([{ line: 3, cells: { a: "4", b: "5" } }])
    expect(r.problems).toEqual([expect.objectContaining({ line: 2, code: "columns" })])
  })

  it("gives back any table it is given, written with quotes (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "b", ";", ",", '"', "\n", " ", "é") })
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 4 })
          .chain((n) =>
            fc.tuple(
              fc.uniqueArray(fc.stringMatching(/^[A-Za-z]{1,6}$/), { minLength: n, maxLength: n }),
              fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 5 })
            )
          ),
        ([header, rows]) => {
          const quote = (s: string) => `"${s.replaceAll('"', '""')}"`
          const text = [header, ...rows].map((r) => r.map(quote).join(";")).join("\r\n")
          const parsed = ImportProfile.parseCsv(text, ";")
          expect(parsed.header).toEqual(header)
          // Rows of empty cells only are skipped, as Excel's trailing `;;;;` rows are.
          expect(parsed.rows.map((r) => header.map((h) => r.cells[h]))).toEqual(
            rows.filter((r) => r.some((c) => c.trim() !== ""))
          )
        }
      )
    )
  })
})
