/**
 * Streaming readers for the files the CLI scores: CSV (with a header row), NDJSON, and a JSON array. All three
 * yield one record at a time, so memory stays bounded whatever the file size.
 *
 * @since 0.1.0
 */
import { createReadStream } from "node:fs"
import type { Readable } from "node:stream"

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
 * Opens a file (or `-` for standard input) as a stream of text chunks.
 *
 * @since 0.1.0
 */
export const open = (path: string, stdin: Readable = process.stdin): AsyncIterable<string> => {
  const stream = path === "-" ? stdin : createReadStream(path, { highWaterMark: 1 << 20 })
  stream.setEncoding("utf8")
  return stream as AsyncIterable<string>
}

/**
 * Splits chunks into lines without re-copying the unread rest for every line (a cursor walks each chunk; only the
 * last, unfinished line is carried over).
 *
 * @since 0.1.0
 */
export async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let carry = ""
  for await (const chunk of chunks) {
    let start = 0
    let i = chunk.indexOf("\n")
    while (i >= 0) {
      let line = start === 0 && carry !== "" ? carry + chunk.slice(0, i) : chunk.slice(start, i)
      if (start === 0) carry = ""
      if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1)
      yield line
      start = i + 1
      i = chunk.indexOf("\n", start)
    }
    carry = start === 0 ? carry + chunk : chunk.slice(start)
  }
  if (carry.length > 0) yield carry.charCodeAt(carry.length - 1) === 13 ? carry.slice(0, -1) : carry
}

/**
 * Reads NDJSON: one JSON value per non-empty line.
 *
 * @since 0.1.0
 */
export async function* ndjson(chunks: AsyncIterable<string>): AsyncGenerator<Item> {
  let at = 0
  for await (const line of lines(chunks)) {
    at++
    if (line.trim() === "") continue
    try {
      yield { _tag: "Record", at, value: JSON.parse(line) }
    } catch (e) {
      yield { _tag: "SyntaxProblem", at, message: (e as Error).message }
    }
  }
}

/**
 * Splits one CSV record into fields (RFC 4180 quoting). Returns `undefined` while a quoted field spans lines.
 *
 * @since 0.1.0
 */
export const splitCsv = (text: string, delimiter: string): Array<string> | undefined => {
  const fields: Array<string> = []
  let field = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"' && field === "") quoted = true
    else if (c === delimiter) {
      fields.push(field)
      field = ""
    } else field += c
  }
  if (quoted) return undefined
  fields.push(field)
  return fields
}

/**
 * Reads CSV with a header row into objects keyed by the header (values stay strings; decoding converts them).
 * The delimiter is `,` unless the header contains `;` and no `,` (spreadsheets in Indonesian locale export `;`).
 *
 * @since 0.1.0
 */
export async function* csv(chunks: AsyncIterable<string>): AsyncGenerator<Item> {
  let header: Array<string> | undefined
  let delimiter = ","
  let pending = ""
  let at = 0
  let startAt = 0
  for await (const line of lines(chunks)) {
    at++
    const text = pending === "" ? line : `${pending}\n${line}`
    if (pending === "") startAt = at
    const fields = splitCsv(text, delimiter)
    if (fields === undefined) {
      pending = text
      continue
    }
    pending = ""
    if (!header) {
      if (!line.includes(",") && line.includes(";")) delimiter = ";"
      header = (splitCsv(text, delimiter) ?? []).map((h) => h.trim().replace(/^\uFEFF/, ""))
      continue
    }
    if (text.trim() === "") continue
    if (fields.length !== header.length) {
      yield {
        _tag: "SyntaxProblem",
        at: startAt,
        message: `expected ${header.length} fields, found ${fields.length}`
      }
      continue
    }
    const record: Record<string, string> = {}
    header.forEach((h, k) => {
      record[h] = fields[k] ?? ""
    })
    yield { _tag: "Record", at: startAt, value: record }
  }
  if (pending !== "") yield { _tag: "SyntaxProblem", at: startAt, message: "unterminated quoted field" }
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
export const read = (format: Format, chunks: AsyncIterable<string>): AsyncGenerator<Item> =>
  format === "csv" ? csv(chunks) : format === "ndjson" ? ndjson(chunks) : jsonArray(chunks)
