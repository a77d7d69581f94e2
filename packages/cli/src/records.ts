/**
 * Streaming readers for the files the CLI scores: CSV (with a header row), NDJSON, and a JSON array. All three
 * yield one record at a time, so memory stays bounded whatever the file size.
 *
 * @since 0.1.0
 */
import { createReadStream } from "node:fs"
import { pipeline, Readable } from "node:stream"
import { parse } from "csv-parse"

/**
 * The format of a records file.
 *
 * @since 0.1.0
 */
export type Format = "csv" | "ndjson" | "json"

/**
 * One record with its 1-based position (row for CSV and NDJSON, element for JSON), or a syntax problem at that
 * position.
 *
 * @since 0.1.0
 */
export type Item =
  | { readonly _tag: "Record"; readonly at: number; readonly value: unknown }
  | { readonly _tag: "SyntaxProblem"; readonly at: number; readonly message: string }

/**
 * Guesses a file's format from its name: `.csv`, `.ndjson`/`.jsonl`, otherwise JSON.
 *
 * @since 0.1.0
 */
export const formatOf = (path: string): Format =>
  /\.csv$/i.test(path) ? "csv" : /\.(ndjson|jsonl)$/i.test(path) ? "ndjson" : "json"

/**
 * The text encoding of an input file: UTF-8 (the default; invalid bytes are an error naming the line) or
 * Windows-1252 (what Excel on Windows writes for "CSV" in many locales).
 *
 * @since 0.2.0
 */
export type Encoding = "utf-8" | "windows-1252"

/**
 * Options of the readers.
 *
 * @since 0.2.0
 */
export interface ReadOptions {
  /** The text encoding (default `utf-8`). */
  readonly encoding?: Encoding | undefined
  /** The CSV delimiter; detected from the header line when absent. */
  readonly delimiter?: string | undefined
  /** The longest line (CSV: record) read, in characters; a longer one is an error naming its line. */
  readonly maxLine?: number | undefined
  /** The language of problem messages (default `en`; the CLI passes its `--lang`). */
  readonly lang?: "id" | "en" | undefined
}

/** A message in the reader's language. */
const say = (options: ReadOptions, id: string, en: string): string => (options.lang === "id" ? id : en)

/**
 * The longest line (in characters) the readers accept unless told otherwise: 8 Mi characters. A longer line is an
 * error naming the line, found in time linear in the input.
 *
 * @since 0.2.0
 */
export const DEFAULT_MAX_LINE = 8 * 1024 * 1024

/**
 * Opens a file (or `-` for standard input) as a stream of byte chunks (strings pass through, for tests).
 *
 * @since 0.1.0
 */
export const open = (path: string, stdin: Readable = process.stdin): AsyncIterable<Uint8Array | string> =>
  (path === "-" ? stdin : createReadStream(path, { highWaterMark: 1 << 20 })) as AsyncIterable<Uint8Array | string>

/**
 * The input is not valid in its encoding. `line` is the 1-based line of the first invalid byte.
 *
 * @since 0.2.0
 */
export class EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly offset: number
  ) {
    super(`invalid UTF-8 at line ${line} (byte ${offset}); give --encoding windows-1252 if the file is not UTF-8`)
  }

  /** The message in a language. */
  text(lang: "id" | "en" | undefined): string {
    return lang === "id"
      ? `UTF-8 tidak valid di baris ${this.line} (byte ${this.offset}); berikan --encoding windows-1252 bila berkas bukan UTF-8`
      : this.message
  }
}

/** The index of the first byte that does not start a valid UTF-8 sequence, or -1. */
export const firstInvalidUtf8 = (b: Uint8Array): number => {
  let i = 0
  while (i < b.length) {
    const c = b[i] as number
    if (c < 0x80) {
      i++
      continue
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0
    if (n === 0 || i + n >= b.length + (n > 0 ? 0 : 1)) return i
    const second = b[i + 1] as number
    if (c === 0xe0 && second < 0xa0) return i
    if (c === 0xed && second >= 0xa0) return i
    if (c === 0xf0 && second < 0x90) return i
    if (c === 0xf4 && second >= 0x90) return i
    for (let k = 1; k <= n; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i
    i += n + 1
  }
  return -1
}

/** Where an incomplete UTF-8 sequence at the end of `b` starts (or `b.length`). */
const completeUpTo = (b: Uint8Array): number => {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k] as number
    if ((c & 0xc0) === 0x80) continue
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2
      if (need > k) return b.length - k
    }
    return b.length
  }
  return b.length
}

const countBreaks = (b: Uint8Array, end: number): number => {
  let n = 0
  for (let i = b.indexOf(10); i >= 0 && i < end; i = b.indexOf(10, i + 1)) n++
  return n
}

/**
 * Decodes byte chunks as text. UTF-8 is checked strictly: the first invalid byte throws an {@link EncodingError}
 * naming its line (never a silent U+FFFD). A byte-order mark is kept (the readers skip it).
 *
 * @since 0.2.0
 */
export async function* decode(
  chunks: AsyncIterable<Uint8Array | string>,
  encoding: Encoding = "utf-8"
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: true })
  let carry: Uint8Array = new Uint8Array(0)
  let line = 1
  let offset = 0
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      yield chunk
      continue
    }
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
    const cut = encoding === "utf-8" ? completeUpTo(bytes) : bytes.length
    const body = bytes.subarray(0, cut)
    carry = bytes.slice(cut)
    let text: string
    try {
      text = decoder.decode(body)
    } catch {
      const bad = Math.max(0, firstInvalidUtf8(body))
      throw new EncodingError(line + countBreaks(body, bad), offset + bad)
    }
    line += countBreaks(body, body.length)
    offset += body.length
    if (text !== "") yield text
  }
  if (carry.length > 0) throw new EncodingError(line + countBreaks(carry, 0), offset)
}

/** A line longer than the limit. */
const TOO_LONG: unique symbol = Symbol("too long")

/**
 * Splits chunks into lines without re-copying the unread rest for every line; an unfinished line is kept as a list
 * of parts, so a very long line costs linear time. A line longer than `maxLine` characters is skipped and yields
 * {@link TOO_LONG} instead.
 *
 * @since 0.1.0
 */
export async function* lines(
  chunks: AsyncIterable<string>,
  maxLine: number = DEFAULT_MAX_LINE
): AsyncGenerator<string | typeof TOO_LONG> {
  let parts: Array<string> = []
  let length = 0
  let tooLong = false
  const take = (tail: string): string | typeof TOO_LONG => {
    const whole = tooLong ? TOO_LONG : parts.length === 0 ? tail : parts.join("") + tail
    parts = []
    length = 0
    tooLong = false
    if (whole === TOO_LONG) return whole
    return whole.charCodeAt(whole.length - 1) === 13 ? whole.slice(0, -1) : whole
  }
  for await (const chunk of chunks) {
    let start = 0
    let i = chunk.indexOf("\n")
    while (i >= 0) {
      if (length + (i - start) > maxLine) tooLong = true
      yield take(chunk.slice(start, i))
      start = i + 1
      i = chunk.indexOf("\n", start)
    }
    const rest = chunk.length - start
    if (rest > 0) {
      length += rest
      if (length > maxLine) {
        tooLong = true
        parts = []
      } else parts.push(start === 0 ? chunk : chunk.slice(start))
    }
  }
  if (length > 0 || tooLong) yield take("")
}

/**
 * The message of a line (CSV: record) longer than the limit, in the reader's language.
 *
 * @since 0.3.0
 */
export const tooLongMessage = (maxLine: number, options: ReadOptions = {}): string =>
  say(
    options,
    `baris lebih panjang dari ${maxLine} karakter (batasnya; lihat --max-line)`,
    `line longer than ${maxLine} characters (the limit; see --max-line)`
  )

/**
 * Parses one NDJSON line (1-based line `at`) into an item; shared by the single- and multi-threaded paths so both
 * read every line the same way.
 *
 * @since 0.2.0
 */
export const ndjsonItem = (text: string, at: number): Item => {
  try {
    return { _tag: "Record", at, value: JSON.parse(text) }
  } catch (e) {
    return { _tag: "SyntaxProblem", at, message: (e as Error).message }
  }
}

/**
 * One NDJSON line before parsing: its text, or a problem (a line over the limit).
 *
 * @since 0.2.0
 */
export type RawLine =
  | { readonly _tag: "Line"; readonly at: number; readonly text: string }
  | { readonly _tag: "SyntaxProblem"; readonly at: number; readonly message: string }

/**
 * The non-empty lines of an NDJSON text, unparsed.
 *
 * @since 0.2.0
 */
export async function* ndjsonLines(chunks: AsyncIterable<string>, options: ReadOptions = {}): AsyncGenerator<RawLine> {
  const maxLine = options.maxLine ?? DEFAULT_MAX_LINE
  let at = 0
  for await (const line of lines(chunks, maxLine)) {
    at++
    if (line === TOO_LONG) {
      yield { _tag: "SyntaxProblem", at, message: tooLongMessage(maxLine, options) }
      continue
    }
    const text = at === 1 ? line.replace(/^\uFEFF/, "") : line
    if (text.trim() === "") continue
    yield { _tag: "Line", at, text }
  }
}

/**
 * Reads NDJSON: one JSON value per non-empty line.
 *
 * @since 0.1.0
 */
export async function* ndjson(chunks: AsyncIterable<string>, options: ReadOptions = {}): AsyncGenerator<Item> {
  for await (const line of ndjsonLines(chunks, options))
    yield line._tag === "Line" ? ndjsonItem(line.text, line.at) : line
}

/**
 * Counts the delimiter candidates `;`, `,` and tab outside quotes in a header line and picks the most frequent
 * (`;` on a tie with `,`, as Indonesian-locale spreadsheets write it). A comma inside a header cell
 * (`U1;U2;Saran, Masukan`) is outnumbered; a quoted one is not counted at all.
 *
 * @since 0.2.0
 */
export const detectDelimiter = (header: string): string => {
  const counts = new Map<string, number>([
    [";", 0],
    [",", 0],
    ["\t", 0]
  ])
  let quoted = false
  for (const c of header) {
    if (c === '"') quoted = !quoted
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1)
  }
  const semicolons = counts.get(";") as number
  const commas = counts.get(",") as number
  const tabs = counts.get("\t") as number
  if (tabs > semicolons && tabs > commas) return "\t"
  if (semicolons > 0 && semicolons >= commas) return ";"
  return ","
}

/**
 * Whether a text holds a control character other than tab, CR and LF (NUL, escape, DEL, …).
 *
 * @since 0.2.0
 */
export const hasControl = (text: string, allowLineBreaks = true): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 9 || (allowLineBreaks && (c === 10 || c === 13))) continue
    if (c < 32 || c === 127) return true
  }
  return false
}

/**
 * Reads CSV with a header row into objects keyed by the header (values stay strings; decoding converts them), with
 * csv-parse (see docs/decisions/0009-csv-parser.md): RFC 4180 quoting (delimiters and line breaks inside quotes),
 * a byte-order mark before a quoted header, CRLF, and a stray quote inside an unquoted cell (`O"Brien`) kept as
 * text. The delimiter is `options.delimiter`, else detected from the header line ({@link detectDelimiter}).
 * Empty rows and rows of empty cells (Excel's trailing `;;;;`) are skipped. A duplicate or empty column name, a
 * record longer than `maxLine`, an unterminated quote and invalid UTF-8 end the file with a problem naming the line.
 *
 * @since 0.1.0
 */
export async function* csv(chunks: AsyncIterable<string>, options: ReadOptions = {}): AsyncGenerator<Item> {
  // One reader: the rows of {@link csvRows}, each made an object keyed by the header.
  let header: ReadonlyArray<string> = []
  let delimiter = ","
  const record = (at: number, cells: ReadonlyArray<string>): Item => ({
    _tag: "Record",
    at,
    value: Object.fromEntries(header.map((h, k) => [h, cells[k] ?? ""]))
  })
  for await (const events of csvRows(chunks, options)) {
    for (const e of events) {
      if (e._tag === "Header") {
        header = e.columns
        delimiter = e.delimiter
      } else if (e._tag === "Line") yield record(e.at, e.text.split(delimiter))
      else if (e._tag === "Row") yield record(e.at, e.cells)
      else yield e
    }
  }
}

/**
 * Reads a JSON array element by element without loading the whole file: a small scanner tracks strings and nesting
 * and parses each top-level element on its own.
 *
 * @since 0.1.0
 */
export async function* jsonArray(chunks: AsyncIterable<string>): AsyncGenerator<Item> {
  let depth = 0
  let inString = false
  let escaped = false
  let started = false
  let ended = false
  let element = ""
  let at = 0
  const flush = function* (): Generator<Item> {
    const text = element.trim()
    element = ""
    if (text === "") return
    at++
    try {
      yield { _tag: "Record", at, value: JSON.parse(text) }
    } catch (e) {
      yield { _tag: "SyntaxProblem", at, message: (e as Error).message }
    }
  }
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string
      if (!started) {
        if (c === "[") started = true
        else if (!/\s|\uFEFF/.test(c)) {
          yield { _tag: "SyntaxProblem", at: 0, message: "expected a JSON array" }
          return
        }
        continue
      }
      if (ended) {
        if (!/\s/.test(c)) {
          yield { _tag: "SyntaxProblem", at: at + 1, message: "unexpected text after the array" }
          return
        }
        continue
      }
      if (inString) {
        element += c
        if (escaped) escaped = false
        else if (c === "\\") escaped = true
        else if (c === '"') inString = false
        continue
      }
      if (c === '"') inString = true
      else if (c === "{" || c === "[") depth++
      else if (c === "}" || c === "]") {
        if (depth === 0 && c === "]") {
          yield* flush()
          ended = true
          continue
        }
        depth--
      } else if (c === "," && depth === 0) {
        yield* flush()
        continue
      }
      element += c
    }
  }
  if (!started || !ended) yield { _tag: "SyntaxProblem", at: at + 1, message: "unterminated JSON array" }
}

/**
 * Reads records in the given format.
 *
 * @since 0.1.0
 */
export async function* read(
  format: Format,
  chunks: AsyncIterable<Uint8Array | string>,
  options: ReadOptions = {}
): AsyncGenerator<Item> {
  const text = decode(chunks, options.encoding)
  try {
    yield* format === "csv" ? csv(text, options) : format === "ndjson" ? ndjson(text, options) : jsonArray(text)
  } catch (e) {
    if (e instanceof EncodingError) yield { _tag: "SyntaxProblem", at: e.line, message: e.text(options.lang) }
    else throw e
  }
}

/**
 * The items both scoring paths consume: NDJSON as raw lines (parsed later by {@link ndjsonItem}, in a worker or
 * not), CSV and JSON as read items. Decoding errors become a problem naming the line.
 *
 * @since 0.2.0
 */
export async function* rawItems(
  format: Format,
  chunks: AsyncIterable<Uint8Array | string>,
  options: ReadOptions = {}
): AsyncGenerator<Item | RawLine> {
  if (format !== "ndjson") {
    yield* read(format, chunks, options)
    return
  }
  try {
    yield* ndjsonLines(decode(chunks, options.encoding), options)
  } catch (e) {
    if (e instanceof EncodingError) yield { _tag: "SyntaxProblem", at: e.line, message: e.text(options.lang) }
    else throw e
  }
}

/**
 * One event of {@link csvRows}: the header (trimmed column names, checked as {@link csv} checks them), a data row
 * as its cells (at least as many as the header; trailing empty cells past it are kept), or a problem.
 *
 * @since 0.3.0
 */
export type CsvEvent =
  | {
      readonly _tag: "Header"
      readonly at: number
      readonly columns: ReadonlyArray<string>
      /** The delimiter the rows are split at (given, or detected from the header line). */
      readonly delimiter: string
    }
  | { readonly _tag: "Row"; readonly at: number; readonly cells: ReadonlyArray<string> }
  /** A plain data line (no quote or carriage return) with exactly as many cells as the header, not yet split. */
  | { readonly _tag: "Line"; readonly at: number; readonly text: string }
  | { readonly _tag: "SyntaxProblem"; readonly at: number; readonly message: string }

/**
 * CSV as rows of cells instead of one object per record: the same records, positions and problems as {@link csv}
 * (which builds an object per row from the same header), for readers that validate column by column. A plain line
 * with as many cells as the header and something other than blanks comes as a `Line` (its text, split at the
 * header's delimiter by the reader when it needs the cells); every other row as a `Row` of cells. Lines without
 * a quote or a carriage return inside are split directly; from the first line that has one, the rest of the input
 * goes through the same parser as {@link csv}, so quoted cells, embedded line breaks and every error read the same.
 *
 * @since 0.3.0
 */
export async function* csvRows(
  chunks: AsyncIterable<string>,
  options: ReadOptions = {}
): AsyncGenerator<ReadonlyArray<CsvEvent>> {
  const maxLine = options.maxLine ?? DEFAULT_MAX_LINE
  const it = chunks[Symbol.asyncIterator]()
  let header: Array<string> | undefined
  let delimiter = options.delimiter
  let lastLine = 0
  let stopped = false
  /** The checks of {@link csv} on one parsed record ending at line `end`; undefined when the record is skipped. */
  const take = (record: Array<string>, end: number): CsvEvent | undefined => {
    const at = lastLine + 1
    lastLine = end
    if (!header) {
      header = record.map((h, k) => (k === 0 ? h.replace(/^\uFEFF/, "") : h).trim())
      const seen = new Set<string>()
      for (const [k, h] of header.entries()) {
        const problem =
          h === "" && header.length > 1
            ? say(options, `kolom ${k + 1} tidak bernama`, `column ${k + 1} has no name`)
            : seen.has(h)
              ? say(options, `kolom "${h}" muncul dua kali`, `column "${h}" appears twice`)
              : hasControl(h, false)
                ? say(
                    options,
                    `nama kolom ${k + 1} memuat karakter kendali`,
                    `column ${k + 1} has a control character in its name`
                  )
                : undefined
        if (problem) {
          stopped = true
          return { _tag: "SyntaxProblem", at, message: problem }
        }
        seen.add(h)
      }
      return { _tag: "Header", at, columns: header, delimiter: delimiter as string }
    }
    let blank = true
    for (const f of record) {
      if (f.trim() !== "") {
        blank = false
        break
      }
    }
    if (blank) return undefined
    if (record.length !== header.length) {
      const extra = record.slice(header.length)
      if (record.length < header.length || extra.some((f) => f.trim() !== "")) {
        return {
          _tag: "SyntaxProblem",
          at,
          message: say(
            options,
            `diharapkan ${header.length} sel, ditemukan ${record.length}`,
            `expected ${header.length} fields, found ${record.length}`
          )
        }
      }
    }
    return { _tag: "Row", at, cells: record }
  }
  /**
   * A plain line (no quote, no carriage return) as a `Line` event when it has as many cells as the header and a
   * character that is neither blank nor the delimiter (so it is not a blank row); undefined otherwise (the caller
   * splits it and checks it as every row).
   */
  const plainLine = (body: string, d: string, end: number): CsvEvent | undefined => {
    if (!header || d.length !== 1) return undefined
    const dc = d.charCodeAt(0)
    let cells = 1
    let seen = false
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i)
      if (c === dc) cells++
      // printable ASCII other than space: not something String.prototype.trim removes
      else if (c > 32 && c < 127) seen = true
    }
    if (cells !== header.length || !seen) return undefined
    const at = lastLine + 1
    lastLine = end
    return { _tag: "Line", at, text: body }
  }
  // ---- fast path: whole lines without quotes or carriage returns inside
  let carry = ""
  let line = 0
  let rest: string | undefined
  let batch: Array<CsvEvent> = []
  try {
    outer: for (;;) {
      const next = await it.next()
      const text = carry === "" ? (next.done ? "" : next.value) : next.done ? carry : carry + next.value
      const cut = next.done ? text.length : text.lastIndexOf("\n")
      if (cut < 0) {
        carry = text
        continue
      }
      carry = next.done ? "" : text.slice(cut + 1)
      // Every line of `complete` ends with a line break, except at the end of the input (its last line, if any).
      const complete = text.slice(0, cut)
      const terminated = !next.done
      if (!terminated && complete === "") break
      let start = 0
      for (;;) {
        // Once past the header, the rest of a chunk of plain lines (no quote, no carriage return) is split line by
        // line without further checks; a line over the limit hands the rest to the parser.
        if (line > 0 && complete.indexOf('"', start) < 0 && complete.indexOf("\r", start) < 0) {
          const d = delimiter as string
          for (;;) {
            const nl = complete.indexOf("\n", start)
            const end = nl < 0 ? complete.length : nl
            if (end - start > maxLine) {
              rest = text.slice(start)
              break outer
            }
            line++
            const body = complete.slice(start, end)
            const event = plainLine(body, d, line) ?? take(body.split(d), line)
            if (event) batch.push(event)
            // small batches: the rows die young instead of being promoted with a whole chunk's worth
            if (batch.length >= 512) {
              yield batch
              batch = []
            }
            if (nl < 0) break
            start = nl + 1
          }
          break
        }
        // One line the careful way; the first that needs the parser hands it the rest.
        const nl = complete.indexOf("\n", start)
        const end = nl < 0 ? complete.length : nl
        let body = complete.slice(start, end)
        if (terminated && body.charCodeAt(body.length - 1) === 13) body = body.slice(0, -1)
        if (body.length > maxLine || body.includes('"') || body.includes("\r")) {
          rest = text.slice(start)
          break outer
        }
        if (line === 0) {
          body = body.replace(/^\uFEFF/, "")
          delimiter ??= detectDelimiter(body)
        }
        line++
        const event = take(body.split(delimiter as string), line)
        if (event) batch.push(event)
        if (stopped) {
          yield batch
          return
        }
        if (nl < 0) break
        start = nl + 1
      }
      if (batch.length > 0) yield batch
      batch = []
      if (next.done) break
    }
  } catch (e) {
    if (e instanceof EncodingError) {
      batch.push({ _tag: "SyntaxProblem", at: e.line, message: e.text(options.lang) })
      yield batch
      return
    }
    throw e
  }
  if (batch.length > 0) yield batch
  batch = []
  if (rest === undefined) return
  // ---- the rest through csv-parse, as csv() reads it
  const offset = line
  if (delimiter === undefined) {
    const nl = rest.indexOf("\n")
    const firstLine = nl < 0 ? rest : rest.slice(0, nl)
    delimiter = detectDelimiter(firstLine.replace(/^\uFEFF/, ""))
  }
  const remaining = rest
  const source = async function* () {
    yield remaining
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value
  }
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    info: true,
    max_record_size: maxLine,
    record_delimiter: ["\r\n", "\n"]
  })
  pipeline(Readable.from(source()), parser, () => {})
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Array<string>; info: { lines: number } }>) {
      const event = take(record, offset + info.lines)
      if (event) yield [event]
      if (stopped) return
    }
  } catch (e) {
    const error = e as Error & { code?: string; lines?: number }
    if (error instanceof EncodingError) {
      yield [{ _tag: "SyntaxProblem", at: error.line, message: error.text(options.lang) }]
      return
    }
    const message =
      error.code === "CSV_MAX_RECORD_SIZE"
        ? tooLongMessage(maxLine, options)
        : error.code === "CSV_QUOTE_NOT_CLOSED"
          ? say(
              options,
              `tanda kutip yang dibuka di baris ${lastLine + 1} tidak pernah ditutup`,
              `a quote opened at line ${lastLine + 1} is never closed`
            )
          : error.message
    const at =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? lastLine + 1
        : error.lines === undefined
          ? lastLine + 1
          : offset + error.lines
    yield [{ _tag: "SyntaxProblem", at, message }]
  }
}
