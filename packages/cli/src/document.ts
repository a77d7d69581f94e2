/**
 * `pembinaan document`: the SKP and the Dokumen Evaluasi Kinerja Pegawai from a cycle file, as print-ready HTML or
 * as PDF. Core builds the document model (`Document.skp`, `Document.evaluasi`); this module only lays the same model
 * out as PDF with pdfmake, with the Roboto fonts embedded (docs/decisions/0011-pdf.md).
 *
 * A cycle file is JSON: `{ instansi, place, directory, events, tree?, policy?, organisation?, asOf? }`. Without a
 * `policy` the national one is used: the kuadran of PermenPAN-RB 6/2022, the national period policy (triwulanan,
 * annual-only) and `Cycle.nationalDeadlines`.
 *
 * @since 0.2.0
 */
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { Cycle, Document, Employee, Input, Presets, Unit } from "@pembinaan/core"
import { Result, Schema } from "effect"
import type { Command } from "./commands.js"
import { ExitCode, type Io, type Lang } from "./io.js"

// ---------------------------------------------------------------------------------------------------------------
// the cycle file
// ---------------------------------------------------------------------------------------------------------------

const CycleFile = Schema.Struct({
  instansi: Schema.NonEmptyString,
  place: Schema.NonEmptyString,
  directory: Schema.Unknown,
  events: Schema.Array(Schema.Unknown),
  tree: Schema.optionalKey(Schema.Unknown),
  policy: Schema.optionalKey(Cycle.Policy),
  organisation: Schema.optionalKey(
    Schema.Struct({ capaian: Schema.optionalKey(Schema.String), pola: Schema.optionalKey(Schema.String) })
  ),
  asOf: Schema.optionalKey(Schema.String)
})

/**
 * The national cycle policy used when a cycle file has none.
 *
 * @since 0.2.0
 */
export const nationalCyclePolicy: Cycle.Policy = {
  name: "Siklus SKP nasional",
  quadrant: Presets.national.quadrant,
  period: Presets.nationalPolicy.policy.period,
  deadlines: Cycle.nationalDeadlines,
  legalBasis: [
    { regulation: "PermenPAN-RB 6/2022", article: "Pasal 5–33", confirmed: true },
    { regulation: "PP 30/2019", article: "Pasal 59", confirmed: true }
  ]
}

type Failure = { readonly _tag: string }

/**
 * Reads a cycle file (already parsed JSON) into the document context, or the first typed error: the file's shape,
 * the directory, the unit tree, or the event that the cycle refuses (with its index).
 *
 * @since 0.2.0
 */
export const contextOf = (json: unknown): Result.Result<Document.Context, Failure> => {
  const file = Input.decode(CycleFile, "CycleFile")(json)
  if (Result.isFailure(file)) return Result.fail(file.failure)
  const f = file.success
  const directory = Employee.decodeDirectory(f.directory)
  if (Result.isFailure(directory)) return Result.fail(directory.failure)
  let tree: Unit.Tree | undefined
  if (f.tree !== undefined) {
    const t = Unit.decode(f.tree)
    if (Result.isFailure(t)) return Result.fail(t.failure)
    tree = t.success
  }
  const policy = f.policy ?? nationalCyclePolicy
  const state = Cycle.replay(policy, f.events)
  if (Result.isFailure(state)) {
    const { index, error } = state.failure
    return Result.fail({ _tag: "EventRefused", index, refused: error } as Failure)
  }
  return Result.succeed({
    policy,
    state: state.success,
    directory: directory.success,
    instansi: f.instansi,
    place: f.place,
    ...(tree === undefined ? {} : { tree }),
    ...(f.organisation === undefined ? {} : { organisation: f.organisation }),
    ...(f.asOf === undefined ? {} : { asOf: f.asOf })
  })
}

// ---------------------------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------------------------

interface PdfMake {
  setFonts(fonts: unknown): void
  setUrlAccessPolicy(policy: (url: string) => boolean): void
  setLocalAccessPolicy(policy: (path: string) => boolean): void
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> }
}

let loaded: PdfMake | undefined
const pdfmake = (): PdfMake => {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const p = require("pdfmake") as PdfMake
  const fontsFile = require.resolve("pdfmake/fonts/Roboto.js")
  const fontsDir = dirname(fontsFile)
  p.setFonts(require(fontsFile))
  p.setUrlAccessPolicy(() => false)
  p.setLocalAccessPolicy((path) => path.startsWith(fontsDir))
  loaded = p
  return p
}

type Node = Record<string, unknown> | string

const fieldsTable = (rows: ReadonlyArray<readonly [string, string]>): Node => ({
  table: { widths: ["38%", "*"], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
  margin: [0, 2, 0, 4]
})

const tableNode = (t: Document.Table): Node => {
  const total = t.widths.reduce((a, b) => a + b, 0) || 1
  const body: Array<Array<Node>> = [t.columns.map((c) => ({ text: c, bold: true, fillColor: "#eeeeee" }))]
  t.rows.forEach((row, i) => {
    const group = t.groups?.[i]
    if (group !== undefined) {
      body.push([
        { text: group, bold: true, colSpan: t.columns.length, fillColor: "#f6f6f6" },
        ...t.columns.slice(1).map(() => "")
      ])
    }
    body.push([...row])
  })
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: t.widths.map((w) => `${((w / total) * 100).toFixed(2)}%`),
      body
    },
    fontSize: 8.5,
    margin: [0, 2, 0, 6]
  }
}

/**
 * The PDF definition of a document (pdfmake's document model), A4 portrait, Indonesian.
 *
 * @since 0.2.0
 */
export const pdfDefinition = (doc: Document.Doc): Record<string, unknown> => {
  const [first, ...rest] = doc.title
  const content: Array<Node> = [
    { text: first ?? "", bold: true, fontSize: 13, alignment: "center" },
    ...rest.map((t) => ({ text: t, alignment: "center", fontSize: 10 })),
    { text: " ", margin: [0, 4] }
  ]
  for (const b of doc.blocks) {
    switch (b.kind) {
      case "heading":
        content.push({ text: b.text, bold: true, margin: [0, 8, 0, 2] })
        break
      case "paragraph":
        content.push({ text: b.text, margin: [0, 2] })
        break
      case "fields":
        content.push(fieldsTable(b.rows))
        break
      case "table":
        content.push(tableNode(b.table))
        break
      case "parties": {
        const stacks = b.parties.map((p) => ({
          stack: [{ text: p.title, bold: true, margin: [0, 4, 0, 2] }, fieldsTable(p.rows)]
        }))
        if (stacks.length <= 2) content.push({ columns: stacks, columnGap: 10, fontSize: 9 })
        else content.push(...stacks.map((s) => ({ ...s, fontSize: 9 })))
        break
      }
    }
  }
  content.push({
    columns: doc.signatures.map((s) => ({
      stack: [
        s.placeDate,
        s.role,
        { text: " ", margin: [0, 22] },
        { text: s.name, bold: true, decoration: "underline" },
        `NIP ${s.nip}`
      ],
      alignment: "center"
    })),
    margin: [0, 18, 0, 0],
    unbreakable: true
  })
  if (doc.notes.length > 0) {
    content.push({ text: "Catatan:", bold: true, fontSize: 8, margin: [0, 14, 0, 2] })
    content.push({ ol: [...doc.notes], fontSize: 8 })
  }
  return {
    pageSize: "A4",
    pageOrientation: "portrait",
    pageMargins: [42, 48, 42, 48],
    info: { title: doc.title.join(" — "), creator: "pembinaan" },
    defaultStyle: { font: "Roboto", fontSize: 10, lineHeight: 1.15 },
    footer: (page: number, pages: number) => ({
      text: `Halaman ${page} dari ${pages}`,
      alignment: "center",
      fontSize: 8,
      margin: [0, 16, 0, 0]
    }),
    content
  }
}

/**
 * Renders a document as PDF bytes, with its fonts embedded.
 *
 * @since 0.2.0
 */
export const toPdf = (doc: Document.Doc): Promise<Uint8Array> => pdfmake().createPdf(pdfDefinition(doc)).getBuffer()

// ---------------------------------------------------------------------------------------------------------------
// the command
// ---------------------------------------------------------------------------------------------------------------

const fail = (io: Io, error: Failure): number => {
  const { _tag, ...fields } = error as unknown as Record<string, unknown>
  const plain = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== "stack" && k !== "message"))
  io.stderr(`${JSON.stringify({ error: _tag, ...plain })}\n`)
  return ExitCode.invalidInput
}

const usage = (io: Io, lang: Lang, message: string): number => {
  io.stderr(`${message}\n\n${document.help[lang]}`)
  return ExitCode.usage
}

/**
 * `pembinaan document <cycle.json> --kind skp|evaluasi [--format html|pdf] --out <dir>`.
 *
 * @since 0.2.0
 */
export const document: Command = {
  path: ["document"],
  usage: "document <cycle.json> --kind skp|evaluasi [--format html|pdf] --out <dir>",
  summary: {
    id: "membuat SKP atau Dokumen Evaluasi Kinerja Pegawai (HTML/PDF) dari berkas siklus",
    en: "make the SKP or the Dokumen Evaluasi Kinerja Pegawai (HTML/PDF) from a cycle file"
  },
  help: {
    id: `Pemakaian: pembinaan document <siklus.json> --kind skp|evaluasi [--format html|pdf] --out <folder>

Membaca berkas siklus SKP (instansi, tempat, direktori pegawai, peristiwa siklus; opsional pohon unit, kebijakan,
capaian organisasi) dan menulis <folder>/<skp|evaluasi>-<tahun>-<NIP>.<html|pdf>: SKP (perencanaan) atau Dokumen
Evaluasi Kinerja Pegawai, dalam bahasa Indonesia, siap cetak. Format bawaan: pdf (huruf tertanam).
`,
    en: `Usage: pembinaan document <cycle.json> --kind skp|evaluasi [--format html|pdf] --out <dir>

Reads an SKP cycle file (instansi, place, employee directory, cycle events; optionally the unit tree, the policy,
the organisation's capaian) and writes <dir>/<skp|evaluasi>-<year>-<NIP>.<html|pdf>: the SKP (planning) or the
Dokumen Evaluasi Kinerja Pegawai, in Indonesian, ready to print. Default format: pdf (fonts embedded).
`
  },
  options: { kind: { type: "string" }, format: { type: "string" }, out: { type: "string" } },
  run: async (args, io, lang) => {
    const [file, ...extra] = args.positionals
    const { kind, format = "pdf", out } = args.values
    if (!file || extra.length > 0 || typeof out !== "string") {
      return usage(io, lang, lang === "en" ? "give one cycle file and --out" : "berikan satu berkas siklus dan --out")
    }
    if (kind !== "skp" && kind !== "evaluasi") {
      return usage(io, lang, lang === "en" ? "--kind is skp or evaluasi" : "--kind adalah skp atau evaluasi")
    }
    if (format !== "html" && format !== "pdf") {
      return usage(io, lang, lang === "en" ? "--format is html or pdf" : "--format adalah html atau pdf")
    }
    let json: unknown
    try {
      json = JSON.parse(await readFile(file, "utf8"))
    } catch (e) {
      const error = (e as NodeJS.ErrnoException).code ? "FileUnreadable" : "JsonSyntax"
      io.stderr(`${JSON.stringify({ error, file, message: (e as Error).message })}\n`)
      return ExitCode.invalidInput
    }
    const ctx = contextOf(json)
    if (Result.isFailure(ctx)) return fail(io, ctx.failure)
    const doc = kind === "skp" ? Document.skp(ctx.success) : Document.evaluasi(ctx.success)
    const path = join(out, `${doc.name}.${format}`)
    await mkdir(out, { recursive: true })
    await writeFile(path, format === "html" ? Document.toHtml(doc) : await toPdf(doc))
    await io.stdout(`${JSON.stringify({ written: path, kind, format })}\n`)
    return ExitCode.ok
  }
}
