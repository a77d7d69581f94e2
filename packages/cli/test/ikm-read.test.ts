import { Presets, Survey, Ticket } from "@pembinaan/core"
import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { readSurvey } from "../src/ikm-read.js"
import * as Records from "../src/records.js"

// The column-wise reader of `pembinaan ikm` against the cell-by-cell reader it replaced (kept below as the
// reference, unchanged but for returning its results): generated CSV and NDJSON survey files with blanks, bad answers,
// padded and quoted cells, unknown and duplicate columns, tickets and ragged rows give the same problems (same order,
// paths and messages), warnings, tally and ticket counts.

type Lang = "id" | "en"
const BATCH = 10_000

// ---- the reference: the reader as it was before the column-wise one (commands.ts, issue 18)
type SurveyProblem = { path: Array<string | number>; message: string; code: string }

/** A header as compared with unsur ids and names: lower case, letters and digits only (`u1`, `Biaya/Tarif`). */
const headerKey = (h: string): string =>
  h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "")

/**
 * The columns a template knows: each unsur by its id (any case: `U1`, `u1`) and by its Indonesian or English name
 * (`Persyaratan`, `Biaya/Tarif`).
 *
 * @since 0.2.0
 */
const surveyColumns = (template: Survey.Template): ReadonlyMap<string, string> => {
  const map = new Map<string, string>()
  for (const e of template.elements) {
    for (const name of [e.id, e.label.id, e.label.en]) {
      const key = headerKey(name)
      if (!map.has(key)) map.set(key, e.id)
    }
  }
  return map
}

/**
 * Reads survey answers (CSV with one column per unsur, or JSON/NDJSON objects keyed the same way) into batches of
 * responses, collecting problems with their paths (`[record number, column]`). A column the template does not know
 * is a problem (reported once) unless `ignoreExtra`; a template unsur with no column is reported once as "no column";
 * a blank answer is left out of that unsur's count (`blanks: "per-unsur"`) or a problem (`"refuse"`).
 *
 * With `tickets` (`--dedupe ticket`), the ticket column (by default `ticket` or `tiket`, any case) is read too: each
 * response carries its ticket in `Ticket.normalise` form, a blank cell is a response without a ticket, and a ticket
 * that is empty once normalised (zero-width characters or separators only) is a problem. `tickets.seen` tells
 * whether any record had the column.
 */
const readSurveyReference = async function* (
  items: AsyncIterable<Records.Item>,
  template: Survey.Template,
  options: {
    readonly blanks: Survey.Blanks
    readonly ignoreExtra: boolean
    readonly lang: Lang
    readonly tickets?: { readonly columns: ReadonlyArray<string>; seen: string | undefined }
  },
  problems: Array<SurveyProblem>,
  warnings: Set<string>
): AsyncGenerator<Array<Survey.Response>> {
  const en = options.lang === "en"
  const columns = surveyColumns(template)
  const ticketKeys = new Set((options.tickets?.columns ?? []).map(headerKey))
  const reported = new Set<string>()
  const once = (key: string, problem: SurveyProblem) => {
    if (reported.has(key)) return
    reported.add(key)
    problems.push(problem)
  }
  let batch: Array<Survey.Response> = []
  for await (const item of items) {
    if (item._tag === "SyntaxProblem") {
      problems.push({ path: [item.at], message: item.message, code: "syntax" })
      continue
    }
    const record = item.value
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      problems.push({
        path: [item.at],
        message: en ? "expected an object of answers per unsur" : "diharapkan objek berisi jawaban per unsur",
        code: "type"
      })
      continue
    }
    const answers: Record<string, number> = {}
    const seen = new Map<string, string>()
    let ticket: string | undefined
    let ok = true
    for (const [column, raw] of Object.entries(record as Record<string, unknown>)) {
      if (options.tickets && ticketKeys.has(headerKey(column))) {
        const previous = options.tickets.seen
        if (previous !== undefined && previous !== column) {
          ok = false
          once(`dup-ticket:${column}`, {
            path: [item.at, column],
            message: en
              ? `columns "${previous}" and "${column}" are both the ticket column (give --ticket-column)`
              : `kolom "${previous}" dan "${column}" sama-sama kolom tiket (berikan --ticket-column)`,
            code: "duplicate-column"
          })
          continue
        }
        options.tickets.seen = column
        const text = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : raw
        if (text === "" || text === null || text === undefined) continue
        const normal = typeof text === "string" ? Ticket.normalise(text) : undefined
        if (normal === undefined || Result.isFailure(normal)) {
          ok = false
          problems.push({
            path: [item.at, column],
            message:
              normal === undefined
                ? en
                  ? `expected a ticket (text), got ${JSON.stringify(raw)}`
                  : `tiket harus berupa teks, bukan ${JSON.stringify(raw)}`
                : en
                  ? "the ticket is empty once zero-width characters and separators are removed"
                  : "tiket kosong setelah karakter tak terlihat dan pemisah dibuang",
            code: normal === undefined ? "invalid" : "empty-ticket"
          })
          continue
        }
        ticket = normal.success
        continue
      }
      const id = columns.get(headerKey(column))
      if (id === undefined) {
        if (options.ignoreExtra) warnings.add(column)
        else {
          ok = false
          once(`extra:${column}`, {
            path: [item.at, column],
            message: en
              ? `column "${column}" is not an unsur of template ${template.id} (give --template, or --ignore-extra)`
              : `kolom "${column}" bukan unsur templat ${template.id} (berikan --template, atau --ignore-extra)`,
            code: "unknown-column"
          })
        }
        continue
      }
      const other = seen.get(id)
      if (other !== undefined) {
        ok = false
        once(`dup:${id}`, {
          path: [item.at, column],
          message: en
            ? `columns "${other}" and "${column}" are both unsur ${id}`
            : `kolom "${other}" dan "${column}" sama-sama unsur ${id}`,
          code: "duplicate-column"
        })
        continue
      }
      seen.set(id, column)
      const text = typeof raw === "string" ? raw.trim() : raw
      if (text === "" || text === null || text === undefined) {
        if (options.blanks === "refuse") {
          ok = false
          problems.push({
            path: [item.at, column],
            message: en ? `unsur ${id} is not answered` : `unsur ${id} tidak dijawab`,
            code: "missing"
          })
        }
        continue
      }
      const value = typeof text === "string" ? (/^[1-4]$/.test(text) ? Number(text) : Number.NaN) : text
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 4) {
        ok = false
        problems.push({
          path: [item.at, column],
          message: en
            ? `expected an answer 1–4, got ${JSON.stringify(raw)}`
            : `jawaban harus 1–4, bukan ${JSON.stringify(raw)}`,
          code: "invalid"
        })
        continue
      }
      answers[id] = value
    }
    for (const e of template.elements) {
      if (!seen.has(e.id)) {
        ok = false
        once(`missing:${e.id}`, {
          path: [item.at, e.id],
          message: en
            ? `no column ${e.id} (${e.label.id}) in the file`
            : `tidak ada kolom ${e.id} (${e.label.id}) dalam berkas`,
          code: "no-column"
        })
      }
    }
    if (!ok) continue
    if (Object.keys(answers).length === 0) continue
    batch.push({
      template: { id: template.id, version: template.version },
      answers,
      ...(ticket === undefined ? {} : { ticket })
    })
    if (batch.length >= BATCH) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

const reference = async (
  format: Records.Format,
  text: string,
  template: Survey.Template,
  options: Parameters<typeof readSurvey>[4]
) => {
  const problems: Array<SurveyProblem> = []
  const warnings = new Set<string>()
  let tally: Survey.Tally | undefined
  const byTicket = new Map<string, Survey.Response>()
  let ticketed = 0
  let ticketless = 0
  const add = (batch: ReadonlyArray<Survey.Response>) => {
    const t = Result.getOrThrow(Survey.tally(template, batch, { blanks: options.blanks }))
    tally = tally ? Result.getOrThrow(Survey.combineTallies(tally, t)) : t
  }
  const items = Records.read(
    format,
    (async function* () {
      yield text
    })(),
    { lang: options.lang }
  )
  for await (const batch of readSurveyReference(items, template, options, problems, warnings)) {
    if (problems.length > 0) continue
    if (!options.tickets) {
      add(batch)
      continue
    }
    const none: Array<Survey.Response> = []
    for (const r of batch) {
      if (r.ticket === undefined) none.push(r)
      else {
        ticketed++
        byTicket.set(r.ticket, r)
      }
    }
    ticketless += none.length
    if (none.length > 0) add(none)
  }
  return { problems, warnings: [...warnings], tally, byTicket: [...byTicket.entries()], ticketed, ticketless }
}

const columnWise = async (
  format: Records.Format,
  text: string,
  template: Survey.Template,
  options: Parameters<typeof readSurvey>[4]
) => {
  const problems: Array<SurveyProblem> = []
  const warnings = new Set<string>()
  const r = await readSurvey(
    format,
    (async function* () {
      yield text
    })(),
    { lang: options.lang },
    template,
    options,
    problems,
    warnings
  )
  return {
    problems,
    warnings: [...warnings],
    tally: r.tally,
    byTicket: [...r.byTicket.entries()],
    ticketed: r.ticketed,
    ticketless: r.ticketless
  }
}

const template = Presets.skm.national2017
const columnNames = [
  "U1",
  "u2",
  "Waktu Penyelesaian",
  "U4",
  "U5",
  "U6",
  "U7",
  "U8",
  "U9",
  "Saran",
  "U1",
  "ticket",
  "tiket"
]
const cellArb = fc.constantFrom("1", "2", "3", "4", "4", "3", " 2 ", "", "5", "x", "0", '"3"', '"1,2"', "1.0")

const fileArb = fc
  .record({
    drop: fc.uniqueArray(fc.nat({ max: columnNames.length - 1 }), { maxLength: 3 }),
    extra: fc.boolean(),
    // rows of any cells, and rows of plain answers only (what a clean export is, and what is counted unsplit)
    rows: fc.array(
      fc.oneof(
        fc.array(cellArb, { minLength: 14, maxLength: 14 }),
        fc.array(fc.constantFrom("1", "2", "3", "4"), { minLength: 14, maxLength: 14 }),
        // one-character cells, one of them not an answer
        fc
          .tuple(
            fc.array(fc.constantFrom("1", "2", "3", "4"), { minLength: 14, maxLength: 14 }),
            fc.nat({ max: 8 }),
            fc.constantFrom("5", "0", " ", ";")
          )
          .map(([cells, at, c]) => cells.map((x, k) => (k === at ? c : x)))
      ),
      { minLength: 1, maxLength: 25 }
    ),
    ragged: fc.option(fc.nat({ max: 24 }), { nil: undefined }),
    tickets: fc.boolean(),
    ignoreExtra: fc.boolean(),
    refuse: fc.boolean(),
    ndjson: fc.boolean(),
    // the nine unsur columns and nothing else: the header a clean export has
    clean: fc.boolean()
  })
  .map((f) => {
    const picked = columnNames
      .map((name, k) => ({ name, k }))
      .filter(
        ({ name, k }) => !f.drop.includes(k) && (f.extra || (name !== "Saran" && k !== 10)) && (!f.clean || k < 9)
      )
    // A CSV header cannot repeat a name: a second U1 is written "u1" (the same unsur, another column).
    const names = picked.map(({ name, k }) => (k === 10 ? "u1" : name))
    const rows = f.rows.map((r, i) => {
      const cells = picked.map(({ k }) => r[k] as string)
      return f.ragged === i ? cells.slice(0, -1) : cells
    })
    return { ...f, names, rows }
  })

describe("ikm reader", () => {
  it("reads generated survey files as the cell-by-cell reader did", async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.constantFrom<Lang>("id", "en"), async (f, lang) => {
        const options = {
          blanks: (f.refuse ? "refuse" : "per-unsur") as Survey.Blanks,
          ignoreExtra: f.ignoreExtra,
          lang,
          ...(f.tickets ? { tickets: { columns: ["ticket", "tiket"], seen: undefined } } : {})
        }
        const text = f.ndjson
          ? f.rows
              .map((r) =>
                JSON.stringify(Object.fromEntries(f.names.map((n, k) => [n, (r[k] ?? "").replace(/"/g, "")])))
              )
              .join("\n")
          : `${f.names.join(",")}\n${f.rows.map((r) => r.join(",")).join("\n")}\n`
        const format = f.ndjson ? "ndjson" : "csv"
        const fresh = () =>
          f.tickets ? { ...options, tickets: { columns: ["ticket", "tiket"], seen: undefined } } : options
        // With a problem the command prints the problems only: what was tallied before it is not compared.
        const shown = (r: Awaited<ReturnType<typeof reference>>) =>
          r.problems.length > 0 ? { problems: r.problems, warnings: r.warnings } : r
        expect(shown(await columnWise(format, text, template, fresh()))).toEqual(
          shown(await reference(format, text, template, fresh()))
        )
      }),
      { numRuns: 300, seed: 1818 }
    )
  })
})
