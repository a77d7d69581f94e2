/**
 * The documents people sign and file, built from a cycle's data: the **SKP** (planning document) and the **Dokumen
 * Evaluasi Kinerja Pegawai**, in Indonesian.
 *
 * Each is first a neutral, JSON-serialisable {@link Doc} (title, identity blocks, tables, notes, signature blocks):
 * {@link toHtml} lays it out as print-ready HTML (A4, print CSS, tables that do not split rows across pages), and the
 * CLI renders the same model to PDF, so both outputs always say the same thing.
 *
 * The layout follows the Lampiran of PermenPAN-RB 6/2022 **as best known**: the annex's forms were not available as
 * primary text, so the column set and headings are reconstructed from secondary copies and e-Kinerja printouts.
 * Fields this library does not hold (pangkat/golongan, capaian kinerja organisasi and pola distribusi when not given)
 * print as "-" and are listed in the document's notes; nothing is invented.
 *
 * @since 0.2.0
 */
import * as Behaviour from "./Behaviour.js"
import * as Calendar from "./Calendar.js"
import * as Cycle from "./Cycle.js"
import * as Employee from "./Employee.js"
import * as Nip from "./Nip.js"
import * as Unit from "./Unit.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * A table: column headings, rows of cells (text), relative column widths, and an optional group row before some rows
 * (`groups[i]` is printed as a full-width row before row `i`).
 *
 * @category models
 * @since 0.2.0
 */
export interface Table {
  readonly columns: ReadonlyArray<string>
  readonly widths: ReadonlyArray<number>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly groups?: { readonly [row: number]: string }
}

/**
 * A block of the document.
 *
 * @category models
 * @since 0.2.0
 */
export type Block =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "fields"; readonly rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { readonly kind: "parties"; readonly parties: ReadonlyArray<Party> }
  | { readonly kind: "table"; readonly table: Table }
  | { readonly kind: "paragraph"; readonly text: string }

/**
 * One person's identity block.
 *
 * @category models
 * @since 0.2.0
 */
export interface Party {
  readonly title: string
  readonly rows: ReadonlyArray<readonly [label: string, value: string]>
}

/**
 * A signature block: the role, the place and date line, the name and NIP.
 *
 * @category models
 * @since 0.2.0
 */
export interface Signature {
  readonly role: string
  readonly placeDate: string
  readonly name: string
  readonly nip: string
}

/**
 * A document, ready to lay out.
 *
 * @category models
 * @since 0.2.0
 */
export interface Doc {
  readonly kind: "skp" | "evaluasi"
  readonly title: ReadonlyArray<string>
  readonly blocks: ReadonlyArray<Block>
  readonly signatures: ReadonlyArray<Signature>
  /** Notes printed under the document: unconfirmed layout, fields not held, keberatan. */
  readonly notes: ReadonlyArray<string>
  /** File-name stem, for example `skp-2026-199001012020011001`. */
  readonly name: string
}

/**
 * What the documents are built from.
 *
 * @category models
 * @since 0.2.0
 */
export interface Context {
  readonly policy: Cycle.Policy
  readonly state: Cycle.State
  readonly directory: Employee.Directory
  readonly tree?: Unit.Tree
  /** The instansi, for example "Pemerintah Kabupaten Contoh". */
  readonly instansi: string
  /** Where the documents are signed, for example "Contoh". */
  readonly place: string
  /** The organisation's capaian kinerja and pola distribusi, when known. */
  readonly organisation?: { readonly capaian?: string; readonly pola?: string }
  /** The date the evaluation document is read as of (defaults to the last event's date). */
  readonly asOf?: string
}

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

/**
 * An ISO date in Indonesian long form.
 *
 * @example
 * ```ts
 * import { Document } from "@pembinaan/core"
 * Document.tanggal("2027-01-27") // => "27 Januari 2027"
 * ```
 *
 * @category helpers
 * @since 0.2.0
 */
export const tanggal = (iso: string): string => Calendar.longDate(iso)

const NOT_HELD = "-"

const identity = (ctx: Context, nip: string, on: string, title: string): Party => {
  const e = Employee.find(ctx.directory, nip)
  const p = e && Employee.placementOn(e, on)
  const unit = p && ctx.tree ? (Unit.get(ctx.tree, p.unit)?.name ?? p.unit) : (p?.unit ?? NOT_HELD)
  const pd = p && ctx.tree ? Unit.perangkatDaerahOf(ctx.tree, p.unit)?.name : undefined
  return {
    title,
    rows: [
      ["Nama", e?.name ?? NOT_HELD],
      ["NIP", Nip.is(nip) ? Nip.format(nip) : nip],
      ["Pangkat/Gol. Ruang", NOT_HELD],
      ["Jabatan", p ? `${p.jabatan.name}${p.jabatan.jenjang ? ` (${p.jabatan.jenjang})` : ""}` : NOT_HELD],
      ["Unit Kerja", pd && pd !== unit ? `${unit}, ${pd}` : unit]
    ]
  }
}

const signature = (ctx: Context, role: string, nip: string, date: string): Signature => ({
  role,
  placeDate: `${ctx.place}, ${tanggal(date)}`,
  name: Employee.find(ctx.directory, nip)?.name ?? NOT_HELD,
  nip: Nip.is(nip) ? Nip.format(nip) : nip
})

const LAYOUT_NOTE =
  "Tata letak mengikuti Lampiran PermenPAN-RB 6/2022 sejauh diketahui (belum dikonfirmasi terhadap format resmi)."
const PANGKAT_NOTE = "Pangkat/golongan ruang tidak disimpan oleh sistem ini dan dicetak sebagai tanda -."

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

/**
 * The SKP (planning document) of the plan in force, or of the pending proposal before agreement (marked as a draft).
 *
 * @example
 * ```ts
 * import { Document } from "@pembinaan/core"
 * // Document.skp({ policy, state, directory, tree, instansi: "Pemerintah Kabupaten Contoh", place: "Contoh" })
 * // => { kind: "skp", title: ["SASARAN KINERJA PEGAWAI", …], blocks: […], signatures: [pegawai, pejabat penilai] }
 * ```
 *
 * @category constructors
 * @since 0.2.0
 */
export const skp = (ctx: Context): Doc => {
  const s = ctx.state
  const version = s.versions[s.versions.length - 1]
  const plan = version?.plan ?? s.proposal?.plan
  const on = version?.agreedAt ?? s.proposal?.at ?? s.openedAt
  const notes = [LAYOUT_NOTE, PANGKAT_NOTE]
  if (!version) notes.unshift("DRAF: SKP ini belum disepakati pegawai dan pejabat penilai.")
  else if (version.version > 1) {
    notes.unshift(
      `Versi ${version.version}, disepakati ${tanggal(version.agreedAt)}${version.reason ? `; alasan perubahan: ${version.reason}` : ""}.`
    )
  }
  const rows: Array<Array<string>> = []
  const groups: Record<number, string> = {}
  let n = 0
  for (const kind of ["utama", "tambahan"] as const) {
    const list = (plan?.rhk ?? []).filter((r) => r.kind === kind)
    groups[rows.length] = kind === "utama" ? "A. UTAMA" : "B. TAMBAHAN"
    if (list.length === 0) rows.push(["", "", "-", "", "", ""])
    for (const r of list) {
      n++
      r.indicators.forEach((ind, i) => {
        rows.push([
          i === 0 ? String(n) : "",
          i === 0 ? (r.intervensi ?? "-") : "",
          i === 0 ? r.text : "",
          ind.aspek ? ind.aspek[0]?.toUpperCase() + ind.aspek.slice(1) : "-",
          ind.text,
          `${ind.target}${ind.satuan ? ` ${ind.satuan}` : ""}`
        ])
      })
    }
  }
  const perilaku = Behaviour.coreValues.map((v, i) => [
    String(i + 1),
    Behaviour.labels[v].id,
    plan?.ekspektasi.find((e) => e.value === v)?.text ?? "-"
  ])
  return {
    kind: "skp",
    name: `skp-${s.year}-${s.parties.pegawai}`,
    title: [
      "SASARAN KINERJA PEGAWAI",
      "PENDEKATAN HASIL KERJA KUALITATIF",
      ctx.instansi.toUpperCase(),
      `PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN ${s.year}`
    ],
    blocks: [
      {
        kind: "parties",
        parties: [
          identity(ctx, s.parties.pegawai, on, "PEGAWAI YANG DINILAI"),
          identity(ctx, s.parties.pejabatPenilai, on, "PEJABAT PENILAI KINERJA")
        ]
      },
      { kind: "heading", text: "HASIL KERJA" },
      {
        kind: "table",
        table: {
          columns: [
            "No",
            "Rencana Hasil Kerja Pimpinan yang Diintervensi",
            "Rencana Hasil Kerja",
            "Aspek",
            "Indikator Kinerja Individu",
            "Target"
          ],
          widths: [4, 18, 26, 10, 28, 14],
          rows,
          groups
        }
      },
      { kind: "heading", text: "PERILAKU KERJA" },
      {
        kind: "table",
        table: {
          columns: ["No", "Perilaku Kerja (BerAKHLAK)", "Ekspektasi Khusus Pimpinan"],
          widths: [5, 30, 65],
          rows: perilaku
        }
      }
    ],
    signatures: [
      signature(ctx, "Pegawai yang Dinilai", s.parties.pegawai, on),
      signature(ctx, "Pejabat Penilai Kinerja", s.parties.pejabatPenilai, on)
    ],
    notes
  }
}

/**
 * The Dokumen Evaluasi Kinerja Pegawai for the year: the three parties, the organisation's capaian and pola
 * distribusi (when given), the periodic evaluations, the annual ratings and predikat from the kuadran, the keberatan
 * and its decision, and the year's result with its notes (late, missing, disputed periods).
 *
 * @category constructors
 * @since 0.2.0
 */
export const evaluasi = (ctx: Context): Doc => {
  const s = ctx.state
  const asOf = ctx.asOf ?? s.lastAt
  const result = Cycle.yearResult(ctx.policy, s, asOf)
  const on = s.annual?.at ?? asOf
  const periodic = result.periods.map((p, i) => [
    String(i + 1),
    p.period,
    p.predikat ?? "-",
    { evaluated: "Tepat waktu", late: "Terlambat", missing: "Tidak dievaluasi", open: "Belum jatuh tempo" }[p.state],
    tanggal(p.due)
  ])
  const notes = [LAYOUT_NOTE, PANGKAT_NOTE]
  if (!ctx.organisation?.capaian || !ctx.organisation?.pola) {
    notes.push("Capaian kinerja organisasi dan/atau pola distribusi tidak diberikan dan dicetak sebagai tanda -.")
  }
  notes.push(...result.notes.map((n) => n.id))
  if (result.status !== "final") {
    notes.unshift(
      result.status === "pending"
        ? "BELUM ADA EVALUASI TAHUNAN: dokumen ini bukan hasil akhir."
        : "HASIL SEMENTARA: belum final."
    )
  }
  const k = s.keberatan
  const keberatanBlocks: Array<Block> = k
    ? [
        { kind: "heading", text: "KEBERATAN" },
        {
          kind: "fields",
          rows: [
            ["Diajukan tanggal", tanggal(k.filedAt)],
            ["Alasan", k.reason],
            ["Diputus tanggal", k.decision ? tanggal(k.decision.at) : "belum diputus"],
            [
              "Keputusan atasan pejabat penilai",
              k.decision
                ? k.decision.outcome === "ditolak"
                  ? "Ditolak; hasil evaluasi tetap"
                  : `Diterima; predikat ditetapkan ${k.decision.predikat}`
                : "-"
            ],
            ["Pertimbangan", k.decision?.reason ?? "-"]
          ]
        }
      ]
    : []
  const ratings = result.ratings ?? s.annual?.ratings
  const signer =
    s.annual?.party === "atasan-pejabat-penilai" ? s.parties.atasanPejabatPenilai : s.parties.pejabatPenilai
  return {
    kind: "evaluasi",
    name: `evaluasi-${s.year}-${s.parties.pegawai}`,
    title: [
      "DOKUMEN EVALUASI KINERJA PEGAWAI",
      "PERIODE: TAHUNAN",
      ctx.instansi.toUpperCase(),
      `PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN ${s.year}`
    ],
    blocks: [
      {
        kind: "parties",
        parties: [
          identity(ctx, s.parties.pegawai, on, "PEGAWAI YANG DINILAI"),
          identity(ctx, s.parties.pejabatPenilai, on, "PEJABAT PENILAI KINERJA"),
          identity(ctx, s.parties.atasanPejabatPenilai, on, "ATASAN PEJABAT PENILAI KINERJA")
        ]
      },
      { kind: "heading", text: "EVALUASI KINERJA" },
      {
        kind: "fields",
        rows: [
          ["Capaian Kinerja Organisasi", ctx.organisation?.capaian ?? NOT_HELD],
          ["Pola Distribusi", ctx.organisation?.pola ?? NOT_HELD],
          ["Rating Hasil Kerja", ratings?.hasilKerja ?? "-"],
          ["Rating Perilaku Kerja", ratings?.perilakuKerja ?? "-"],
          ["Predikat Kinerja Pegawai", result.predikat ?? "-"],
          [
            "Status",
            result.status === "final"
              ? `Final (${{ "evaluasi-tahunan": "evaluasi tahunan", "evaluasi-atasan": "evaluasi oleh atasan pejabat penilai", "keputusan-keberatan": "keputusan keberatan", "agregasi-periodik": "agregasi periodik" }[result.source ?? "evaluasi-tahunan"]})`
              : result.disputed
                ? "Dalam proses keberatan"
                : result.status === "provisional"
                  ? "Sementara"
                  : "Belum dievaluasi"
          ]
        ]
      },
      { kind: "heading", text: "EVALUASI PERIODIK" },
      {
        kind: "table",
        table: {
          columns: ["No", "Periode", "Predikat", "Keterangan", "Tenggat"],
          widths: [6, 18, 26, 26, 24],
          rows: periodic
        }
      },
      ...keberatanBlocks
    ],
    signatures: [
      signature(ctx, "Pegawai yang Dinilai", s.parties.pegawai, s.acknowledgement?.at ?? on),
      signature(
        ctx,
        signer === s.parties.pejabatPenilai ? "Pejabat Penilai Kinerja" : "Atasan Pejabat Penilai Kinerja",
        signer,
        on
      )
    ],
    notes
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------------------------

/**
 * Escapes text for HTML content and attribute values.
 *
 * @category helpers
 * @since 0.2.0
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c)

const CSS = `
@page { size: A4 portrait; margin: 18mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; color: #000; margin: 0; }
main { max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 13pt; text-align: center; margin: 0; line-height: 1.35; }
h1 span { display: block; font-weight: normal; font-size: 11pt; }
h2 { font-size: 11pt; margin: 6mm 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 2mm 0; }
th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; font-weight: bold; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
td.group { font-weight: bold; background: #f6f6f6; }
.parties { display: grid; grid-template-columns: repeat(auto-fit, minmax(55mm, 1fr)); gap: 3mm; margin-top: 5mm; }
.parties table td:first-child { width: 38%; }
.signatures { display: grid; grid-template-columns: repeat(2, 1fr); gap: 10mm; margin-top: 10mm; break-inside: avoid; }
.signature { text-align: center; }
.signature .space { height: 20mm; }
.signature .name { font-weight: bold; text-decoration: underline; }
.notes { margin-top: 8mm; font-size: 9pt; }
@media screen { body { background: #ddd; } main { background: #fff; padding: 15mm; margin: 10mm auto; } }
@media print { main { padding: 0; } }
`

const cells = (row: ReadonlyArray<string>, tag: "td" | "th") =>
  row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join("")

const tableHtml = (t: Table): string => {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1
  const cols = t.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join("")
  const body = t.rows
    .map((row, i) => {
      const group = t.groups?.[i]
      const g =
        group === undefined ? "" : `<tr><td class="group" colspan="${t.columns.length}">${escapeHtml(group)}</td></tr>`
      return `${g}<tr>${cells(row, "td")}</tr>`
    })
    .join("")
  return `<table><colgroup>${cols}</colgroup><thead><tr>${cells(t.columns, "th")}</tr></thead><tbody>${body}</tbody></table>`
}

const fieldsHtml = (rows: ReadonlyArray<readonly [string, string]>): string =>
  `<table><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</tbody></table>`

/**
 * A document as a complete, print-ready HTML page (`lang="id"`, A4 print CSS, no scripts, no external resources).
 *
 * @example
 * ```ts
 * import { Document } from "@pembinaan/core"
 * // Document.toHtml(Document.evaluasi(ctx)) // => "<!doctype html><html lang=\"id\">…"
 * ```
 *
 * @category conversions
 * @since 0.2.0
 */
export const toHtml = (doc: Doc): string => {
  const [first, ...rest] = doc.title
  const blocks = doc.blocks
    .map((b) => {
      switch (b.kind) {
        case "heading":
          return `<h2>${escapeHtml(b.text)}</h2>`
        case "paragraph":
          return `<p>${escapeHtml(b.text)}</p>`
        case "fields":
          return fieldsHtml(b.rows)
        case "table":
          return tableHtml(b.table)
        default:
          return `<div class="parties">${b.parties
            .map((p) => `<section><h2>${escapeHtml(p.title)}</h2>${fieldsHtml(p.rows)}</section>`)
            .join("")}</div>`
      }
    })
    .join("\n")
  const signatures = doc.signatures
    .map(
      (s) =>
        `<div class="signature"><div>${escapeHtml(s.placeDate)}</div><div>${escapeHtml(s.role)}</div><div class="space"></div><div class="name">${escapeHtml(s.name)}</div><div>NIP ${escapeHtml(s.nip)}</div></div>`
    )
    .join("")
  const notes = doc.notes.length
    ? `<section class="notes"><strong>Catatan:</strong><ol>${doc.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ol></section>`
    : ""
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title.join(" — "))}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(first ?? "")}${rest.map((t) => `<span>${escapeHtml(t)}</span>`).join("")}</h1>
${blocks}
<div class="signatures">${signatures}</div>
${notes}
</main>
</body>
</html>
`
}
