/**
 * Import profiles: the exports people have (e-Kinerja / SIASN, Excel in an Indonesian locale, Moodle), each a
 * documented column mapping into the project's JSON, shared by `pembinaan import --profile` and the server's import
 * endpoint. A profile is data: the columns it reads (with the names an export may use, compared case- and
 * punctuation-insensitively), how each cell is read, and whether the column name is confirmed (UNCONFIRMED names are
 * flagged `confirmed: false`). See docs/handbook/input-formats.md.
 *
 * A cell that cannot be read exactly is a problem with its column, never a guess: an Excel-mangled NIP
 * (`1.98E+17`) is refused with `Nip.decode`'s reason, a number whose reading depends on the locale (`1.250`) with
 * both readings (`Input.readNumber`).
 *
 * @since 0.4.0
 */
import { Result } from "effect"
import * as Behaviour from "./Behaviour.js"
import * as Input from "./Input.js"
import * as Nip from "./Nip.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * How a cell is read: `text`; `nip` (checked by `Nip.decode`, an Excel-mangled NIP refused with the reason);
 * `rating` (a national rating: Diatas / Sesuai / Dibawah Ekspektasi, any case); `period` (`2026`, `2026-Q1`,
 * `2026-03`; a bare year also from `Tahun`); `date` (`YYYY-MM-DD`, or `DD/MM/YYYY` as Indonesian exports write it,
 * or Moodle's `Monday, 3 March 2026, 10:15 AM`); `completed` (a date or a yes/no word: completed when not empty and
 * not `Not completed`/`Belum`); `number` (`Input.readNumber` under the profile's locale).
 *
 * @category models
 * @since 0.4.0
 */
export type CellKind = "text" | "nip" | "rating" | "period" | "date" | "completed" | "number"

/**
 * One column of a profile.
 *
 * @category models
 * @since 0.4.0
 */
export interface Column {
  /** The names an export may give the column; the first is the documented one. */
  readonly from: ReadonlyArray<string>
  /** The field of the output record. */
  readonly to: string
  readonly kind: CellKind
  readonly required: boolean
  /** Whether the column name is confirmed from a real export; UNCONFIRMED names are flagged `false`. */
  readonly confirmed: boolean
}

/**
 * An import profile.
 *
 * @category models
 * @since 0.4.0
 */
export interface Profile {
  readonly name: string
  readonly description: { readonly id: string; readonly en: string }
  /** What the output records are. */
  readonly output: "evaluation" | "employee" | "training"
  readonly locale?: Input.NumberLocale
  readonly delimiter?: string
  /** For `evaluation` from a spreadsheet in the project's CSV convention: the columns are read by the convention reader. */
  readonly convention?: boolean
  readonly columns: ReadonlyArray<Column>
  readonly note: string
}

/**
 * A problem of one row: the column (`path`), a message in the asked language, a code, and for a number whose reading
 * depends on the locale both readings.
 *
 * @category models
 * @since 0.4.0
 */
export interface Problem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
  readonly code: string
  readonly readings?: { readonly id: number; readonly en: number }
}

/**
 * A reader of the project's evaluation CSV convention (the `excel-id` profile), such as {@link readConvention}.
 *
 * @category models
 * @since 0.4.0
 */
export type ConventionReader = (
  row: Readonly<Record<string, string>>,
  options?: { readonly locale?: Input.NumberLocale | undefined; readonly lang?: "id" | "en" | undefined }
) => {
  readonly record: Record<string, unknown>
  readonly extra: Record<string, string>
  readonly problems: ReadonlyArray<Problem>
}

// ---------------------------------------------------------------------------------------------------------------
// profiles
// ---------------------------------------------------------------------------------------------------------------

const col = (to: string, kind: CellKind, from: ReadonlyArray<string>, required = true, confirmed = false): Column => ({
  from,
  to,
  kind,
  required,
  confirmed
})

/**
 * The profiles `pembinaan import --profile` and the server's import endpoint know.
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * Object.keys(ImportProfile.profiles) // => ["ekinerja-skp", "siasn-pegawai", "excel-id", "moodle-completion"]
 * ```
 *
 * @category profiles
 * @since 0.4.0
 */
export const profiles: Readonly<Record<string, Profile>> = {
  "ekinerja-skp": {
    name: "ekinerja-skp",
    description: {
      id: "Ekspor hasil SKP e-Kinerja BKN / SIASN: rating hasil dan perilaku kerja per pegawai dan periode",
      en: "BKN e-Kinerja / SIASN SKP result export: hasil and perilaku kerja ratings per employee and period"
    },
    output: "evaluation",
    columns: [
      col("employee", "nip", ["NIP", "NIP Baru", "nip_baru"]),
      col("nama", "text", ["Nama", "Nama Pegawai", "nama_pegawai"], false),
      col("period", "period", ["Periode", "Periode Penilaian", "Tahun", "tahun"]),
      col("hasilKerja", "rating", ["Rating Hasil Kerja", "Hasil Kerja", "rating_hasil_kerja"]),
      col("perilakuKerja", "rating", ["Rating Perilaku Kerja", "Perilaku Kerja", "rating_perilaku_kerja"]),
      col("predikatTercatat", "text", ["Predikat Kinerja", "Predikat", "predikat_kinerja"], false),
      col("unit", "text", ["Unit Kerja", "Unor", "unor_nama"], false)
    ],
    note: "Column names as publicly described in BKN's e-Kinerja guides and SIASN downloads; every name is UNCONFIRMED against a real export (flagged confirmed: false). The export's own predikat is kept as predikatTercatat, and pembinaan score recomputes it from the two ratings."
  },
  "siasn-pegawai": {
    name: "siasn-pegawai",
    description: {
      id: "Daftar pegawai SIASN: NIP, nama, jabatan, unit kerja, golongan",
      en: "SIASN employee list: NIP, name, position, unit, rank"
    },
    output: "employee",
    columns: [
      col("nip", "nip", ["NIP", "NIP Baru", "nip_baru"]),
      col("name", "text", ["Nama", "Nama Pegawai", "nama"]),
      col("jabatan", "text", ["Jabatan", "Nama Jabatan", "jabatan_nama"], false),
      col("unit", "text", ["Unit Kerja", "Unor", "unor_nama", "Satuan Kerja"], false),
      col("golongan", "text", ["Golongan", "Gol/Ruang", "golongan_nama"], false)
    ],
    note: "Column names as SIASN list downloads are described publicly; UNCONFIRMED (confirmed: false)."
  },
  "excel-id": {
    name: "excel-id",
    description: {
      id: "Lembar Excel berlokal Indonesia disimpan sebagai CSV: pemisah ;, angka 1.250,5, konvensi evaluasi proyek",
      en: "An Excel sheet in an Indonesian locale saved as CSV: ; delimiter, numbers 1.250,5, the project's evaluation convention"
    },
    output: "evaluation",
    locale: "id",
    delimiter: ";",
    convention: true,
    columns: [],
    note: 'The columns are the project\'s evaluation CSV convention (this page, above); numbers are read in locale id. Save as "CSV UTF-8", or give --encoding windows-1252 for Excel\'s plain "CSV".'
  },
  "moodle-completion": {
    name: "moodle-completion",
    description: {
      id: "Ekspor penyelesaian kursus Moodle (laporan Course completion): siapa menyelesaikan kursus dan kapan",
      en: "Moodle course completion export (Course completion report): who completed the course and when"
    },
    output: "training",
    columns: [
      col("employee", "text", ["ID number", "Nomor ID", "idnumber", "Username", "Nama pengguna"]),
      col("firstName", "text", ["First name", "Nama depan", "firstname"], false),
      col("lastName", "text", ["Last name", "Surname", "Nama belakang", "lastname"], false),
      col("email", "text", ["Email address", "Alamat email", "email"], false),
      col("completed", "completed", ["Course complete", "Kursus selesai", "Completed", "timecompleted"])
    ],
    note: "Moodle's report column names (English and Indonesian language packs) are UNCONFIRMED across Moodle versions; regions usually store the NIP in the user's ID number field. The course is given with --course."
  }
}

/** A column name as compared: lower case, letters and digits only. */
const key = (h: string): string =>
  h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")

const ratingByKey = new Map(Quadrant.ratings.map((r) => [key(r), r]))

const MONTHS: Record<string, number> = {
  january: 1,
  januari: 1,
  february: 2,
  februari: 2,
  march: 3,
  maret: 3,
  april: 4,
  may: 5,
  mei: 5,
  june: 6,
  juni: 6,
  july: 7,
  juli: 7,
  august: 8,
  agustus: 8,
  september: 9,
  october: 10,
  oktober: 10,
  november: 11,
  december: 12,
  desember: 12
}

const isoDate = (y: number, m: number, d: number): string | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? date.toISOString().slice(0, 10)
    : undefined
}

/**
 * Reads a date as exports write it: ISO, DD/MM/YYYY, or Moodle's "Monday, 3 March 2026, 10:15 AM".
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.readDate("03/02/2026") // => "2026-02-03"
 * ImportProfile.readDate("31/02/2026") // => undefined
 * ```
 *
 * @category conversions
 * @since 0.4.0
 */
export const readDate = (text: string): string | undefined => {
  const t = text.trim()
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t)
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})/.exec(t)
  const month = m ? MONTHS[(m[2] as string).toLowerCase()] : undefined
  if (m && month) return isoDate(Number(m[3]), month, Number(m[1]))
  return undefined
}

const readCell = (
  kind: CellKind,
  raw: string,
  locale: Input.NumberLocale | undefined,
  lang: "id" | "en"
):
  | { ok: true; value: unknown }
  | { ok: false; code: string; message: string; readings?: { readonly id: number; readonly en: number } } => {
  const text = raw.trim()
  const en = lang === "en"
  switch (kind) {
    case "text":
      return { ok: true, value: text }
    case "nip": {
      const n = Nip.decode(text)
      return Result.isSuccess(n)
        ? { ok: true, value: n.success.nip }
        : { ok: false, code: n.failure.reason, message: n.failure.messages[lang] }
    }
    case "rating": {
      const r = ratingByKey.get(key(text))
      return r
        ? { ok: true, value: r }
        : {
            ok: false,
            code: "rating",
            message: en
              ? `"${text}" is not a rating (${Quadrant.ratings.join(", ")})`
              : `"${text}" bukan rating (${Quadrant.ratings.join(", ")})`
          }
    }
    case "period":
      return /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/.test(text)
        ? { ok: true, value: text }
        : {
            ok: false,
            code: "period",
            message: en
              ? `"${text}" is not a period (2026, 2026-Q1, 2026-03)`
              : `"${text}" bukan periode (2026, 2026-Q1, 2026-03)`
          }
    case "date": {
      const d = readDate(text)
      return d
        ? { ok: true, value: d }
        : { ok: false, code: "date", message: en ? `"${text}" is not a date` : `"${text}" bukan tanggal` }
    }
    case "completed": {
      if (text === "" || /^(not completed|belum|tidak|no|0|-)$/i.test(text))
        return { ok: true, value: { completed: false } }
      const d = readDate(text)
      return { ok: true, value: d ? { completed: true, completedOn: d } : { completed: true } }
    }
    case "number": {
      const n = Input.readNumber(text, { locale })
      return Result.isSuccess(n)
        ? { ok: true, value: n.success }
        : {
            ok: false,
            code: n.failure.reason,
            message: n.failure.messages[lang],
            ...(n.failure.readings ? { readings: n.failure.readings } : {})
          }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// the evaluation CSV convention
// ---------------------------------------------------------------------------------------------------------------

/**
 * The columns of the evaluation CSV convention that are read as they are; every other column (`nama`, `unit`, …)
 * is kept and returned beside the record. BerAKHLAK value columns and `target:<id>` / `realisasi:<id>` are read too
 * (see {@link isConventionColumn}).
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.conventionColumns // => ["employee", "period", "scorecard", "hasilKerja", "perilakuKerja"]
 * ```
 *
 * @category convention
 * @since 0.4.0
 */
export const conventionColumns: ReadonlyArray<string> = [
  "employee",
  "period",
  "scorecard",
  "hasilKerja",
  "perilakuKerja"
]

const berakhlakColumns: ReadonlyArray<string> = Behaviour.coreValues

/**
 * Whether a CSV column is one the convention reads (so not kept as an extra column).
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.isConventionColumn("realisasi:ikm") // => true
 * ImportProfile.isConventionColumn("nama") // => false
 * ```
 *
 * @category convention
 * @since 0.4.0
 */
export const isConventionColumn = (column: string): boolean =>
  conventionColumns.includes(column) || berakhlakColumns.includes(column) || /^(target|realisasi):./.test(column)

/** An id cell that a spreadsheet may have stored as a number: digits, separators, an exponent. */
const NUMERIC_ID = /^[\d\s.,]+(e[+-]?\d+)?$/i

/**
 * An employee id that is (or was) an NIP: 18 digits (spaces allowed), scientific notation (`1,98705E+17`), or 15+
 * digits with a decimal separator (`199001012020011001.0`), which is how a spreadsheet shows an NIP it stored as a
 * number. Other ids (`BKT-0001`, a 6-digit staff number) are taken as they are.
 */
const looksLikeNip = (value: string): boolean => {
  const compact = value.replace(/\s/g, "")
  if (!NUMERIC_ID.test(compact)) return false
  if (/e/i.test(compact) || /^\d{18}$/.test(compact)) return true
  return /[.,]/.test(compact) && compact.replace(/\D/g, "").length >= 15
}

/** Whether a text has a control character (tab allowed). */
const hasControl = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 9) continue
    if (c < 32 || c === 127) return true
  }
  return false
}

/**
 * Checks an id cell of the convention: no control characters, and an `employee` id that looks like an NIP must be
 * a valid one (`1,98705E+17` or an NIP ending in `000` is refused with `Nip.decode`'s reason: Excel changed it).
 * Other ids (`BKT-0001`) pass as they are.
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.idProblem("employee", "1,98705E+17")?.path // => ["employee"]
 * ImportProfile.idProblem("employee", "BKT-0001") // => undefined
 * ```
 *
 * @category convention
 * @since 0.4.0
 */
export const idProblem = (column: string, value: string, lang: "id" | "en" = "en"): Problem | undefined => {
  if (hasControl(value)) {
    return {
      path: [column],
      message: lang === "en" ? "an id must not contain control characters" : "id tidak boleh memuat karakter kendali",
      code: "control"
    }
  }
  if (column === "employee" && looksLikeNip(value)) {
    const nip = Nip.decode(value)
    if (Result.isFailure(nip)) return { path: [column], message: nip.failure.messages[lang], code: nip.failure.reason }
  }
  return undefined
}

/**
 * Turns a CSV row into an evaluation record, following the one CSV convention of the project
 * (docs/handbook/input-formats.md); the reader of the `excel-id` profile and of `pembinaan score` on CSV. Columns:
 * `employee`, `period`, `scorecard`, `hasilKerja`, `perilakuKerja`, one column per BerAKHLAK value id, and per
 * indicator `target:<id>` and `realisasi:<id>` (a range target as `80..120`). Numbers are read by
 * `Input.readNumber` under `options.locale`: a cell whose value depends on the locale (`1.250`) is a problem naming
 * the column and both readings. Empty cells are absent. Other columns are returned in `extra`. Ids are not checked
 * here (see {@link idProblem}).
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.readConvention({ employee: "BKT-1", "realisasi:ikm": "82,5", nama: "Siti" }, { locale: "id" })
 * // => { record: { employee: "BKT-1", measurements: [{ indicator: "ikm", realisasi: 82.5 }] }, extra: { nama: "Siti" }, problems: [] }
 * ```
 *
 * @category convention
 * @since 0.4.0
 */
export const readConvention: ConventionReader = (row, options = {}) => {
  const lang = options.lang ?? "en"
  const record: Record<string, unknown> = {}
  const extra: Record<string, string> = {}
  const problems: Array<Problem> = []
  const measurements = new Map<string, Record<string, unknown>>()
  const berakhlak: Record<string, string> = {}
  const number = (column: string, text: string): number | undefined => {
    const n = Input.readNumber(text, { locale: options.locale })
    if (Result.isSuccess(n)) return n.success
    problems.push({
      path: [column],
      message: n.failure.messages[lang],
      code: n.failure.reason,
      ...(n.failure.readings ? { readings: n.failure.readings } : {})
    })
    return undefined
  }
  for (const [key, raw] of Object.entries(row)) {
    const value = raw.trim()
    const m = /^(target|realisasi):(.+)$/.exec(key)
    if (m) {
      if (value === "") continue
      const id = m[2] as string
      const entry = measurements.get(id) ?? { indicator: id }
      if (m[1] === "target" && value.includes("..")) {
        const [lower = "", upper = ""] = value.split("..")
        entry.target = { lower: number(key, lower), upper: number(key, upper) }
      } else entry[m[1] as string] = number(key, value)
      measurements.set(id, entry)
    } else if (berakhlakColumns.includes(key)) {
      if (value !== "") berakhlak[key] = value
    } else if (conventionColumns.includes(key)) {
      if (value === "") continue
      record[key] = value
    } else extra[key] = raw
  }
  if (measurements.size > 0) record.measurements = [...measurements.values()]
  if (Object.keys(berakhlak).length > 0) record.berakhlak = berakhlak
  return { record, extra, problems }
}

/**
 * Maps one CSV row through a profile: the output record and the problems (paths `[column]`). Columns the profile
 * does not know are kept under `columns`. A `convention` profile (`excel-id`) is read by {@link readConvention}
 * (or `options.convention`).
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.apply(ImportProfile.profiles["siasn-pegawai"], { NIP: "1.98E+17", Nama: "Siti" }).problems[0]?.path
 * // => ["NIP"]
 * ```
 *
 * @category combinators
 * @since 0.4.0
 */
export const apply = (
  profile: Profile,
  row: Readonly<Record<string, string>>,
  options: {
    readonly lang?: "id" | "en"
    readonly course?: string
    readonly locale?: Input.NumberLocale
    readonly convention?: ConventionReader
  } = {}
): { readonly record: Record<string, unknown>; readonly problems: ReadonlyArray<Problem> } => {
  const lang = options.lang ?? "en"
  const locale = options.locale ?? profile.locale
  if (profile.convention) {
    const r = (options.convention ?? readConvention)(row, { locale, lang })
    const record = Object.keys(r.extra).length > 0 ? { ...r.record, columns: r.extra } : r.record
    return { record, problems: r.problems }
  }
  const record: Record<string, unknown> = {}
  const problems: Array<Problem> = []
  const used = new Set<string>()
  const byKey = new Map(Object.keys(row).map((h) => [key(h), h]))
  for (const c of profile.columns) {
    const header = c.from.map((f) => byKey.get(key(f))).find((h) => h !== undefined)
    if (header === undefined) {
      if (c.required)
        problems.push({
          path: [c.from[0] as string],
          message:
            lang === "en"
              ? `no column ${c.from.map((f) => `"${f}"`).join(" / ")}`
              : `tidak ada kolom ${c.from.map((f) => `"${f}"`).join(" / ")}`,
          code: "no-column"
        })
      continue
    }
    used.add(header)
    const raw = row[header] ?? ""
    if (raw.trim() === "" && c.kind !== "completed") {
      if (c.required) problems.push({ path: [header], message: lang === "en" ? "empty" : "kosong", code: "missing" })
      continue
    }
    const cell = readCell(c.kind, raw, locale, lang)
    if (!cell.ok) {
      problems.push({
        path: [header],
        message: cell.message,
        code: cell.code,
        ...(cell.readings ? { readings: cell.readings } : {})
      })
      continue
    }
    if (c.kind === "completed") Object.assign(record, cell.value)
    else record[c.to] = cell.value
  }
  if (profile.output === "training" && options.course !== undefined) record.course = options.course
  const extra = Object.fromEntries(Object.entries(row).filter(([h]) => !used.has(h)))
  if (Object.keys(extra).length > 0) record.columns = extra
  return { record, problems }
}

/**
 * The record an `evaluation` profile gives, without the kept columns and the recorded predikat: the evaluation input
 * core scores.
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.forScoring({ employee: "1", period: "2026", nama: "Siti", predikatTercatat: "Baik" })
 * // => { employee: "1", period: "2026" }
 * ```
 *
 * @category conversions
 * @since 0.4.0
 */
export const forScoring = (record: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const { columns: _, nama: __, unit: ___, predikatTercatat: ____, ...input } = record
  return input
}

// ---------------------------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------------------------

/**
 * The delimiter of a CSV header line: `;` (Excel in an Indonesian locale), tab, or `,`, whichever occurs most
 * outside quotes (`,` when none does).
 *
 * @category CSV
 * @since 0.4.0
 */
export const delimiterOf = (header: string): string => {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0]
  ])
  let quoted = false
  for (const ch of header) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  let best = ","
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d
  return best
}

/**
 * Parses a whole CSV text (RFC 4180: quoted fields with doubled quotes and line breaks; CRLF or LF; a UTF-8 byte
 * order mark dropped) into rows keyed by the header. A row with more cells than the header is a problem; blank lines
 * and rows of empty cells only (the `;;;;` rows Excel writes below a table) are skipped. `line` is the 1-based line
 * the row starts on.
 *
 * @example
 * ```ts
 * import { ImportProfile } from "@pembinaan/core"
 * ImportProfile.parseCsv('NIP;Nama\n"199001012020121001";"Siti; S.E."\n').rows
 * // => [{ line: 2, cells: { NIP: "199001012020121001", Nama: "Siti; S.E." } }]
 * ```
 *
 * @category CSV
 * @since 0.4.0
 */
export const parseCsv = (
  text: string,
  delimiter?: string
): {
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<{ readonly line: number; readonly cells: Record<string, string> }>
  readonly problems: ReadonlyArray<Problem & { readonly line: number }>
} => {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const d = delimiter ?? delimiterOf(source.slice(0, source.search(/\r?\n|$/)))
  const records: Array<{ line: number; fields: Array<string> }> = []
  let fields: Array<string> = []
  let field = ""
  let quoted = false
  let line = 1
  let start = 1
  let touched = false
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (ch === "\n") line++
        field += ch
      }
    } else if (ch === '"') {
      quoted = true
      touched = true
    } else if (ch === d) {
      fields.push(field)
      field = ""
      touched = true
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++
      if (touched || field !== "") records.push({ line: start, fields: [...fields, field] })
      fields = []
      field = ""
      touched = false
      line++
      start = line
    } else {
      field += ch
      touched = true
    }
  }
  if (touched || field !== "") records.push({ line: start, fields: [...fields, field] })
  const [head, ...body] = records
  const header = (head?.fields ?? []).map((h) => h.trim())
  const problems: Array<Problem & { line: number }> = []
  const rows = body.flatMap((r) => {
    if (r.fields.every((f) => f.trim() === "")) return []
    if (r.fields.length > header.length) {
      problems.push({
        line: r.line,
        path: [],
        code: "columns",
        message: `${r.fields.length} cells, header has ${header.length}`
      })
      return []
    }
    return [{ line: r.line, cells: Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ""])) }]
  })
  return { header, rows, problems }
}
