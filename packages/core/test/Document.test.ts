import { Cycle, Document } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { policy, year } from "./fixtures-cycle.js"
import { directory, tree } from "./fixtures-org.js"

const state = (n = year.length) => {
  const r = Cycle.replay(policy, year.slice(0, n))
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const ctx = (n?: number): Document.Context => ({
  policy,
  state: state(n),
  directory,
  tree,
  instansi: "Pemerintah Kabupaten Contoh",
  place: "Contoh"
})
const fields = (doc: Document.Doc) => Object.fromEntries(doc.blocks.flatMap((b) => (b.kind === "fields" ? b.rows : [])))

describe("Document.tanggal", () => {
  it.each([
    ["2027-01-27", "27 Januari 2027"],
    ["2026-12-01", "1 Desember 2026"],
    ["2026-02-30", "2026-02-30"]
  ])("%s → %s", (iso, text) => expect(Document.tanggal(iso)).toBe(text))
})

describe("Document.skp", () => {
  it("lays out the plan in force with both parties and signatures", () => {
    const doc = Document.skp(ctx())
    expect(doc.title[0]).toBe("SASARAN KINERJA PEGAWAI")
    expect(doc.name).toBe("skp-2026-199001012020011001")
    const parties = doc.blocks.find((b) => b.kind === "parties")
    expect(
      parties?.kind === "parties" && parties.parties.map((p) => [p.title, p.rows[0]?.[1], p.rows[1]?.[1]])
    ).toEqual([
      ["PEGAWAI YANG DINILAI", "Budi Pegawai", "19900101 202001 1 001"],
      ["PEJABAT PENILAI KINERJA", "Kepala Bidang", "19800315 200501 2 002"]
    ])
    const [hasil, perilaku] = doc.blocks.filter((b) => b.kind === "table")
    expect(hasil?.kind === "table" && hasil.table.rows).toEqual([
      [
        "1",
        "kabid-rhk-2",
        "Terlaksananya pelayanan rujukan pasien yang tepat waktu",
        "Waktu",
        "Persentase rujukan diproses ≤ 1 jam",
        "90 %"
      ],
      ["", "", "", "Kuantitas", "Jumlah laporan rujukan bulanan", "12 laporan"],
      ["2", "-", "Terselenggaranya edukasi kesehatan di puskesmas mitra", "-", "Sesi edukasi", "6 sesi"]
    ])
    expect(hasil?.kind === "table" && hasil.table.groups).toEqual({ 0: "A. UTAMA", 2: "B. TAMBAHAN" })
    expect(perilaku?.kind === "table" && perilaku.table.rows.length).toBe(7)
    expect(perilaku?.kind === "table" && perilaku.table.rows[0]).toEqual([
      "1",
      "Berorientasi Pelayanan",
      "Menanggapi permintaan rujukan pada hari yang sama"
    ])
    expect(doc.signatures.map((s) => [s.role, s.placeDate])).toEqual([
      ["Pegawai yang Dinilai", "Contoh, 6 Mei 2026"],
      ["Pejabat Penilai Kinerja", "Contoh, 6 Mei 2026"]
    ])
    expect(doc.notes[0]).toBe("Versi 2, disepakati 6 Mei 2026; alasan perubahan: Tambahan puskesmas mitra sejak Mei.")
  })

  it("marks a proposal that is not yet agreed as a draft", () => {
    expect(Document.skp(ctx(2)).notes[0]).toBe("DRAF: SKP ini belum disepakati pegawai dan pejabat penilai.")
  })
})

describe("Document.evaluasi", () => {
  it("shows the final predikat set by the keberatan decision, the periods and the keberatan", () => {
    const doc = Document.evaluasi(ctx())
    const f = fields(doc)
    expect(f["Predikat Kinerja Pegawai"]).toBe("Baik")
    expect(f.Status).toBe("Final (keputusan keberatan)")
    expect(f["Keputusan atasan pejabat penilai"]).toBe("Diterima; predikat ditetapkan Baik")
    expect(f["Capaian Kinerja Organisasi"]).toBe("-")
    const table = doc.blocks.find((b) => b.kind === "table")
    expect(table?.kind === "table" && table.table.rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ["2026-Q1", "Baik", "Tepat waktu"],
      ["2026-Q2", "Butuh Perbaikan", "Terlambat"],
      ["2026-Q3", "Baik", "Tepat waktu"],
      ["2026-Q4", "Baik", "Tepat waktu"]
    ])
    expect(doc.signatures.map((s) => s.role)).toEqual(["Pegawai yang Dinilai", "Pejabat Penilai Kinerja"])
    expect(doc.notes).toContain(
      "Capaian kinerja organisasi dan/atau pola distribusi tidak diberikan dan dicetak sebagai tanda -."
    )
  })

  it("says when the result is not final", () => {
    expect(Document.evaluasi(ctx(15)).notes[0]).toBe("HASIL SEMENTARA: belum final.")
    expect(fields(Document.evaluasi(ctx(15))).Status).toBe("Dalam proses keberatan")
    expect(Document.evaluasi(ctx(3)).notes[0]).toBe("BELUM ADA EVALUASI TAHUNAN: dokumen ini bukan hasil akhir.")
  })
})

describe("Document.toHtml", () => {
  it("is a print-ready Indonesian page with everything escaped", () => {
    const html = Document.toHtml(Document.evaluasi({ ...ctx(), instansi: 'Pemerintah <Kota> & "Contoh"' }))
    expect(html.startsWith('<!doctype html>\n<html lang="id">')).toBe(true)
    expect(html).toContain("@page { size: A4 portrait")
    expect(html).toContain("PEMERINTAH &lt;KOTA&gt; &amp; &quot;CONTOH&quot;")
    expect(html).not.toContain("<Kota>")
    expect(html).not.toContain("<script")
    expect(html).toContain('<th scope="row">Predikat Kinerja Pegawai</th><td>Baik</td>')
    expect(html).toContain("Contoh, 8 Januari 2027")
  })

  it("prints group rows across the table", () => {
    const html = Document.toHtml(Document.skp(ctx()))
    expect(html).toContain('<td class="group" colspan="6">A. UTAMA</td>')
    expect(Document.escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  })
})
