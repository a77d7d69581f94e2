/**
 * Complaints from an SP4N-LAPOR! export (the national public complaint system, *Sistem Pengelolaan Pengaduan
 * Pelayanan Publik Nasional – Layanan Aspirasi dan Pengaduan Online Rakyat*) into the `pengaduan` channel of
 * `Citizen`: each row of the export (already parsed from CSV into records of column → cell text) becomes a complaint
 * of the unit it was disposed to, or a typed row error.
 *
 * Steps per row (0-based index in the rows):
 *
 * 1. **Read.** The tracking number, the date (ISO, `DD/MM/YYYY` or a long date, as `Elearning.parseDate`), the
 *    agency and the status must be present and readable, the status one of the configured words (compared after
 *    {@link normaliseName}), the reporter's rating (when the cell is not empty) a number on the configured scale;
 *    otherwise the row is a {@link MalformedRow} with a `[row, column]` path per problem.
 * 2. **Skip.** A row whose status is one of `skip` (by default rejected complaints) is a {@link SkippedRow}; a
 *    tracking number seen in an earlier row is a {@link DuplicateRow} (the first is kept).
 * 3. **Match.** The agency cell is matched to one of the region's units: first through `agencies` (the export's
 *    agency text → unit id), then by the unit's id or name, all compared after {@link normaliseName}. No unit is an
 *    {@link UnmatchedRow} (`none`), several an {@link UnmatchedRow} (`ambiguous`).
 * 4. **Complaint.** Every other row is a complaint with its normalised status. Only a **rated** complaint becomes a
 *    `Citizen.Submission` (`id` `lapor-<tracking>`, channel `pengaduan`, score = the rating on the configured scale,
 *    `ticket` = the tracking number so `Citizen` counts one complaint once, `text` = title and body): an unrated
 *    complaint is not a score. The share of complaints resolved (`selesai`) is reported, rounded once (2 places,
 *    half-up).
 *
 * The column names and status words are **UNCONFIRMED**: no LAPOR! export file was seen. They are configuration
 * ({@link Config}), and {@link defaults} is a starting point marked `confirmed: false` that a region checks against
 * its own export before use.
 *
 * @since 0.5.0
 */
import { Schema } from "effect"
import type * as Citizen from "./Citizen.js"
import { parseDate } from "./Elearning.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The export's column names. `rating`, `title`, `body`, `category` and `reporter` may be absent from a region's
 * export.
 *
 * @category models
 * @since 0.5.0
 */
export const Columns = Schema.Struct({
  tracking: Schema.NonEmptyString,
  date: Schema.NonEmptyString,
  agency: Schema.NonEmptyString,
  status: Schema.NonEmptyString,
  rating: Schema.optionalKey(Schema.NonEmptyString),
  title: Schema.optionalKey(Schema.NonEmptyString),
  body: Schema.optionalKey(Schema.NonEmptyString),
  category: Schema.optionalKey(Schema.NonEmptyString),
  reporter: Schema.optionalKey(Schema.NonEmptyString)
})

/**
 * @category models
 * @since 0.5.0
 */
export type Columns = typeof Columns.Type

/**
 * A complaint's normalised status.
 *
 * @category models
 * @since 0.5.0
 */
export const Status = Schema.Literals(["selesai", "diproses", "belum-diproses", "ditutup"])

/**
 * @category models
 * @since 0.5.0
 */
export type Status = typeof Status.Type

/**
 * An import configuration: the columns; the status words (cell text → normalised status, keys compared after
 * {@link normaliseName}); the status words whose rows are skipped; the reporter's rating scale; the export's agency
 * texts mapped to unit ids; whether the column set was confirmed against a real export; the legal basis.
 *
 * @category models
 * @since 0.5.0
 */
export const Config = Schema.Struct({
  columns: Columns,
  statuses: Schema.Record(Schema.String, Status),
  skip: Schema.Array(Schema.String),
  ratingScale: Schema.Struct({ min: Schema.Finite, max: Schema.Finite }),
  agencies: Schema.Record(Schema.String, Schema.NonEmptyString),
  confirmed: Schema.Boolean,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.5.0
 */
export type Config = typeof Config.Type

/**
 * The default configuration. **UNCONFIRMED** (`confirmed: false`): the column names follow the fields the LAPOR!
 * site shows on a report (tracking number, date, destination agency, status, the reporter's rating 1–5, title,
 * content, category, reporter); rejected complaints are skipped.
 *
 * @category models
 * @since 0.5.0
 */
export const defaults: Config = {
  columns: {
    tracking: "Nomor Tracking",
    date: "Tanggal Laporan",
    agency: "Instansi Tujuan",
    status: "Status",
    rating: "Penilaian",
    title: "Judul Laporan",
    body: "Isi Laporan",
    category: "Kategori",
    reporter: "Nama Pelapor"
  },
  statuses: {
    selesai: "selesai",
    "telah ditindaklanjuti": "selesai",
    "sedang diproses": "diproses",
    diproses: "diproses",
    didisposisikan: "diproses",
    "belum diverifikasi": "belum-diproses",
    "belum diproses": "belum-diproses",
    "menunggu disposisi": "belum-diproses",
    diarsipkan: "ditutup",
    ditutup: "ditutup"
  },
  skip: ["ditolak"],
  ratingScale: { min: 1, max: 5 },
  agencies: {},
  confirmed: false,
  legalBasis: [
    {
      regulation: "Perpres 76/2013",
      note: {
        id: "Pengelolaan pengaduan pelayanan publik (SP4N-LAPOR!); susunan kolom ekspor dan kata status belum dikonfirmasi",
        en: "Public service complaint handling (SP4N-LAPOR!); the export's columns and status words are unconfirmed"
      },
      confirmed: false
    }
  ]
}

/**
 * A unit the complaints can be disposed to.
 *
 * @category models
 * @since 0.5.0
 */
export interface Unit {
  readonly id: string
  readonly name: string
}

/**
 * A row with unreadable or missing cells; each problem's path is `[row, column]`.
 *
 * @category errors
 * @since 0.5.0
 */
export const MalformedRow = Schema.TaggedStruct("MalformedRow", {
  row: Schema.Int,
  problems: Schema.Array(Input.Problem)
})

/**
 * @category errors
 * @since 0.5.0
 */
export type MalformedRow = typeof MalformedRow.Type

/**
 * A row whose agency names no unit (`none`) or several (`ambiguous`).
 *
 * @category errors
 * @since 0.5.0
 */
export const UnmatchedRow = Schema.TaggedStruct("UnmatchedRow", {
  row: Schema.Int,
  tracking: Schema.String,
  agency: Schema.String,
  match: Schema.Literals(["none", "ambiguous"])
})

/**
 * @category errors
 * @since 0.5.0
 */
export type UnmatchedRow = typeof UnmatchedRow.Type

/**
 * A row skipped by its status (rejected, by configuration).
 *
 * @category errors
 * @since 0.5.0
 */
export const SkippedRow = Schema.TaggedStruct("SkippedRow", {
  row: Schema.Int,
  tracking: Schema.String,
  status: Schema.String
})

/**
 * @category errors
 * @since 0.5.0
 */
export type SkippedRow = typeof SkippedRow.Type

/**
 * A row repeating a tracking number seen in an earlier row (`first`).
 *
 * @category errors
 * @since 0.5.0
 */
export const DuplicateRow = Schema.TaggedStruct("DuplicateRow", {
  row: Schema.Int,
  tracking: Schema.String,
  first: Schema.Int
})

/**
 * @category errors
 * @since 0.5.0
 */
export type DuplicateRow = typeof DuplicateRow.Type

/**
 * Any row error.
 *
 * @category errors
 * @since 0.5.0
 */
export type RowError = MalformedRow | UnmatchedRow | SkippedRow | DuplicateRow

/**
 * One complaint: its row, tracking number, date, unit, normalised status, the reporter's rating (or `null`) and,
 * when rated, its `pengaduan` submission.
 *
 * @category models
 * @since 0.5.0
 */
export interface Complaint {
  readonly row: number
  readonly tracking: string
  readonly date: string
  readonly unit: string
  readonly title: string | null
  readonly category: string | null
  readonly status: Status
  readonly rating: number | null
  readonly submission: Citizen.Submission | null
}

/**
 * The import report: the complaints, the row errors by kind, the rated complaints as submissions, the share
 * resolved, and the counts (every row counted once).
 *
 * @category models
 * @since 0.5.0
 */
export interface Report {
  readonly complaints: ReadonlyArray<Complaint>
  readonly malformed: ReadonlyArray<MalformedRow>
  readonly unmatched: ReadonlyArray<UnmatchedRow>
  readonly skipped: ReadonlyArray<SkippedRow | DuplicateRow>
  readonly submissions: ReadonlyArray<Citizen.Submission>
  readonly resolved: Resolved
  readonly counts: {
    readonly rows: number
    readonly complaints: number
    readonly malformed: number
    readonly unmatched: number
    readonly skipped: number
  }
  readonly confirmed: boolean
}

/**
 * The share of complaints resolved: `selesai / total × 100`, rounded once to 2 places half-up; `null` without
 * complaints.
 *
 * @category models
 * @since 0.5.0
 */
export interface Resolved {
  readonly total: number
  readonly selesai: number
  readonly percent: string | null
}

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes a configuration (all problems, with field paths).
 *
 * @category constructors
 * @since 0.5.0
 */
export const decodeConfig = Input.decode(Config, "LaporConfig")

// ---------------------------------------------------------------------------------------------------------------
// matching
// ---------------------------------------------------------------------------------------------------------------

/**
 * A name as compared: lower case, punctuation as spaces, runs of spaces as one, trimmed.
 *
 * @example
 * ```ts
 * import { Lapor } from "@pembinaan/core"
 *
 * Lapor.normaliseName("  Dinas  Kependudukan & Pencatatan-Sipil ") // => "dinas kependudukan pencatatan sipil"
 * ```
 *
 * @category matching
 * @since 0.5.0
 */
export const normaliseName = (raw: string): string =>
  raw
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

/**
 * The unit an agency text names: the configured alias first, then a unit whose id or name equals it (normalised).
 *
 * @category matching
 * @since 0.5.0
 */
export const matchUnit = (
  units: ReadonlyArray<Unit>,
  agencies: Readonly<Record<string, string>>,
  agency: string
): { readonly _tag: "found"; readonly unit: string } | { readonly _tag: "none" | "ambiguous" } => {
  const wanted = normaliseName(agency)
  const alias = Object.entries(agencies).find(([text]) => normaliseName(text) === wanted)?.[1]
  if (alias !== undefined) return units.some((u) => u.id === alias) ? { _tag: "found", unit: alias } : { _tag: "none" }
  const found = units.filter((u) => normaliseName(u.id) === wanted || normaliseName(u.name) === wanted)
  if (found.length === 1) return { _tag: "found", unit: (found[0] as Unit).id }
  return { _tag: found.length === 0 ? "none" : "ambiguous" }
}

// ---------------------------------------------------------------------------------------------------------------
// import
// ---------------------------------------------------------------------------------------------------------------

/**
 * Imports the rows of a LAPOR! export (see the module header for the steps). Every row ends in exactly one of
 * `complaints`, `malformed`, `unmatched` or `skipped`.
 *
 * @example
 * ```ts
 * import { Lapor } from "@pembinaan/core"
 *
 * const r = Lapor.importRows({
 *   rows: [{ "Nomor Tracking": "4821907", "Tanggal Laporan": "02/03/2026", "Instansi Tujuan": "Dinas Kesehatan",
 *     Status: "Selesai", Penilaian: "4", "Judul Laporan": "Antrean panjang" }],
 *   config: Lapor.defaults,
 *   units: [{ id: "dinkes", name: "Dinas Kesehatan" }]
 * })
 * r.complaints[0]?.submission?.score // => 4
 * r.counts.rows // => 1
 * ```
 *
 * @category imports
 * @since 0.5.0
 */
export const importRows = (input: {
  readonly rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>
  readonly config: Config
  readonly units: ReadonlyArray<Unit>
}): Report => {
  const { columns, ratingScale } = input.config
  const statuses = new Map(Object.entries(input.config.statuses).map(([k, v]) => [normaliseName(k), v]))
  const skip = new Set(input.config.skip.map(normaliseName))
  const complaints: Array<Complaint> = []
  const malformed: Array<MalformedRow> = []
  const unmatched: Array<UnmatchedRow> = []
  const skipped: Array<SkippedRow | DuplicateRow> = []
  const seen = new Map<string, number>()
  for (const [row, record] of input.rows.entries()) {
    const cell = (name: string | undefined): string | null => {
      if (name === undefined) return null
      const v = record[name]
      return v === undefined || v.trim() === "" ? null : v.trim()
    }
    const problems: Array<Input.Problem> = []
    const need = (column: string): string | null => {
      const v = cell(column)
      if (v === null) problems.push({ path: [row, column], code: "missing", message: `"${column}" is empty` })
      return v
    }
    const tracking = need(columns.tracking)
    const rawDate = need(columns.date)
    const date = rawDate === null ? null : parseDate(rawDate)
    if (rawDate !== null && date === null)
      problems.push({ path: [row, columns.date], code: "invalid", message: `"${rawDate}" is not a date` })
    const agency = need(columns.agency)
    const rawStatus = need(columns.status)
    const statusKey = rawStatus === null ? "" : normaliseName(rawStatus)
    const status = statuses.get(statusKey)
    if (rawStatus !== null && status === undefined && !skip.has(statusKey))
      problems.push({
        path: [row, columns.status],
        code: "unknown-value",
        message: `status "${rawStatus}" is not configured`
      })
    const rawRating = cell(columns.rating)
    const rating = rawRating === null ? null : Number(rawRating.replace(",", "."))
    if (
      columns.rating !== undefined &&
      rating !== null &&
      (!Number.isFinite(rating) || rating < ratingScale.min || rating > ratingScale.max)
    )
      problems.push({
        path: [row, columns.rating],
        code: "out-of-range",
        message: `rating "${rawRating}" is not within ${ratingScale.min}–${ratingScale.max}`
      })
    if (problems.length > 0 || tracking === null || date === null || agency === null || rawStatus === null) {
      malformed.push({ _tag: "MalformedRow", row, problems })
      continue
    }
    if (skip.has(statusKey)) {
      skipped.push({ _tag: "SkippedRow", row, tracking, status: rawStatus })
      continue
    }
    const first = seen.get(tracking)
    if (first !== undefined) {
      skipped.push({ _tag: "DuplicateRow", row, tracking, first })
      continue
    }
    seen.set(tracking, row)
    const unit = matchUnit(input.units, input.config.agencies, agency)
    if (unit._tag !== "found") {
      unmatched.push({ _tag: "UnmatchedRow", row, tracking, agency, match: unit._tag })
      continue
    }
    const title = cell(columns.title)
    const reporter = cell(columns.reporter)
    const text = [title, cell(columns.body)].filter((t): t is string => t !== null).join("\n")
    complaints.push({
      row,
      tracking,
      date,
      unit: unit.unit,
      title,
      category: cell(columns.category),
      status: status as Status,
      rating,
      submission:
        rating === null
          ? null
          : {
              id: `lapor-${tracking}`,
              channel: "pengaduan",
              score: rating,
              submittedAt: date,
              ticket: tracking,
              ...(reporter === null ? {} : { respondent: reporter }),
              ...(text === "" ? {} : { text })
            }
    })
  }
  return {
    complaints,
    malformed,
    unmatched,
    skipped,
    submissions: complaints.flatMap((c) => (c.submission === null ? [] : [c.submission])),
    resolved: resolved(complaints),
    counts: {
      rows: input.rows.length,
      complaints: complaints.length,
      malformed: malformed.length,
      unmatched: unmatched.length,
      skipped: skipped.length
    },
    confirmed: input.config.confirmed
  }
}

/**
 * The share of complaints resolved (see {@link Resolved}).
 *
 * @example
 * ```ts
 * import { Lapor } from "@pembinaan/core"
 *
 * Lapor.resolved([{ status: "selesai" }, { status: "diproses" }, { status: "selesai" }])
 * // => { total: 3, selesai: 2, percent: "66.67" }
 * ```
 *
 * @category combinators
 * @since 0.5.0
 */
export const resolved = (complaints: ReadonlyArray<{ readonly status: Status }>): Resolved => {
  const selesai = complaints.filter((c) => c.status === "selesai").length
  return {
    total: complaints.length,
    selesai,
    percent:
      complaints.length === 0
        ? null
        : Exact.round(Exact.fraction(selesai * 100, complaints.length), { scale: 2, mode: "half-up" }).text
  }
}

/**
 * The rated complaints as `Citizen` submissions per unit id (in row order), ready to be merged into each unit's
 * `Citizen.Batch`.
 *
 * @example
 * ```ts
 * import { Lapor } from "@pembinaan/core"
 *
 * const r = Lapor.importRows({ rows: [], config: Lapor.defaults, units: [] })
 * Lapor.submissionsByUnit(r) // => {}
 * ```
 *
 * @category combinators
 * @since 0.5.0
 */
export const submissionsByUnit = (report: Report): Readonly<Record<string, ReadonlyArray<Citizen.Submission>>> => {
  const out: Record<string, Array<Citizen.Submission>> = {}
  for (const c of report.complaints) {
    if (c.submission === null) continue
    const list = out[c.unit] ?? []
    list.push(c.submission)
    out[c.unit] = list
  }
  return out
}
