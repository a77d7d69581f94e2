/**
 * The CSV reader as it was before `Records.csv` became a view of `Records.csvRows`: every text through csv-parse,
 * one object per record. Kept here as the reference both readers are property-tested against
 * (`records-rows.test.ts`).
 */
import { pipeline, Readable } from "node:stream"
import { parse } from "csv-parse"
import * as Records from "../src/records.js"

type ReadOptions = Records.ReadOptions
const say = (options: ReadOptions, id: string, en: string): string => (options.lang === "id" ? id : en)
const { DEFAULT_MAX_LINE, detectDelimiter, EncodingError, hasControl, tooLongMessage } = Records
type Item = Records.Item

export async function* referenceCsv(chunks: AsyncIterable<string>, options: ReadOptions = {}): AsyncGenerator<Item> {
  const maxLine = options.maxLine ?? DEFAULT_MAX_LINE
  const it = chunks[Symbol.asyncIterator]()
  const peeked: Array<string> = []
  // Peek up to the end of the header line (each chunk is searched once, so a very long first line stays linear).
  let headLength = 0
  let lineEnd = -1
  while (lineEnd < 0 && headLength <= maxLine) {
    const next = await it.next()
    if (next.done) break
    peeked.push(next.value)
    const at = next.value.indexOf("\n")
    if (at >= 0) lineEnd = headLength + at
    headLength += next.value.length
  }
  const headerLine = lineEnd >= 0 ? peeked.join("").slice(0, lineEnd) : peeked.join("").slice(0, maxLine)
  const delimiter = options.delimiter ?? detectDelimiter(headerLine.replace(/^\uFEFF/, ""))
  const source = async function* () {
    yield* peeked
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
  let header: Array<string> | undefined
  let lastLine = 0
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Array<string>; info: { lines: number } }>) {
      const at = lastLine + 1
      lastLine = info.lines
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
            yield { _tag: "SyntaxProblem", at, message: problem }
            return
          }
          seen.add(h)
        }
        continue
      }
      if (record.every((f) => f.trim() === "")) continue
      if (record.length !== header.length) {
        // trailing empty cells past the header (`1;2;;;`) are what spreadsheets add; anything else is a problem
        const extra = record.slice(header.length)
        if (record.length < header.length || extra.some((f) => f.trim() !== "")) {
          yield {
            _tag: "SyntaxProblem",
            at,
            message: say(
              options,
              `diharapkan ${header.length} sel, ditemukan ${record.length}`,
              `expected ${header.length} fields, found ${record.length}`
            )
          }
          continue
        }
      }
      const cols = header
      yield { _tag: "Record", at, value: Object.fromEntries(cols.map((h, k) => [h, record[k] ?? ""])) }
    }
  } catch (e) {
    const error = e as Error & { code?: string; lines?: number }
    if (error instanceof EncodingError) {
      yield { _tag: "SyntaxProblem", at: error.line, message: error.text(options.lang) }
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
    const at = error.code === "CSV_QUOTE_NOT_CLOSED" ? lastLine + 1 : (error.lines ?? lastLine + 1)
    yield { _tag: "SyntaxProblem", at, message }
  }
}
