/**
 * A scoring worker: receives batches of raw records (NDJSON lines or CSV records), scores them with the same
 * `scoreRecord` as the single-threaded path, and returns the serialised output with the problems found.
 *
 * @since 0.1.0
 */
import { parentPort, workerData } from "node:worker_threads"
import { Result } from "effect"
import { type Format, splitCsv } from "./records.js"
import { fromCsvRow, type RecordProblem, type Scorer, scoreRecord, serialise } from "./score.js"

/** What the main thread sends once, in `workerData`. */
export interface Setup {
  readonly scorer: Scorer
  readonly input: Exclude<Format, "json">
  readonly output: "json" | "ndjson" | "csv"
  readonly header: ReadonlyArray<string> | undefined
  readonly delimiter: string
}

/**
 * One batch: consecutive records with their 1-based positions (CSV), or a block of whole NDJSON lines starting at a
 * 1-based line number (the worker splits it, so the main thread only finds the last line break of each chunk).
 */
export type Batch =
  | { readonly seq: number; readonly at: ReadonlyArray<number>; readonly texts: ReadonlyArray<string> }
  | { readonly seq: number; readonly startLine: number; readonly block: string | Uint8Array }

/** What a worker sends back for a batch. */
export interface Done {
  readonly seq: number
  readonly outputs: ReadonlyArray<string>
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
}

/** Splits one complete CSV record (RFC 4180 quoting) into fields. */
export const splitCsvRecord = (text: string, delimiter: string): Array<string> => splitCsv(text, delimiter) ?? [text]

const MAX_PROBLEMS_PER_BATCH = 1000
const utf8 = new TextDecoder("utf-8")

/** Scores one batch. Exported so that it is testable without a thread. */
export const scoreBatch = (setup: Setup, batch: Batch): Done => {
  const outputs: Array<string> = []
  const problems: Array<RecordProblem> = []
  let problemCount = 0
  const fail = (p: RecordProblem) => {
    problemCount++
    if (problems.length < MAX_PROBLEMS_PER_BATCH) problems.push(p)
  }
  const each = (text: string, at: number) => {
    let record: unknown
    if (setup.input === "ndjson") {
      try {
        record = JSON.parse(text)
      } catch (e) {
        fail({ path: [at], message: (e as Error).message, code: "syntax" })
        return
      }
    } else {
      const header = setup.header ?? []
      const fields = splitCsvRecord(text, setup.delimiter)
      if (fields.length !== header.length) {
        fail({ path: [at], message: `expected ${header.length} fields, found ${fields.length}`, code: "syntax" })
        return
      }
      record = fromCsvRow(Object.fromEntries(header.map((h, i) => [h, fields[i] ?? ""])))
    }
    const scored = scoreRecord(setup.scorer, record)
    if (Result.isFailure(scored)) {
      for (const p of scored.failure) fail({ ...p, path: [at, ...p.path] })
      return
    }
    outputs.push(serialise(setup.output, scored.success))
  }
  if ("block" in batch) {
    let line = batch.startLine
    let start = 0
    const block = typeof batch.block === "string" ? batch.block : utf8.decode(batch.block)
    while (start < block.length) {
      let end = block.indexOf("\n", start)
      if (end < 0) end = block.length
      const text = block.charCodeAt(end - 1) === 13 ? block.slice(start, end - 1) : block.slice(start, end)
      if (text.trim() !== "") each(text, line)
      line++
      start = end + 1
    }
  } else {
    batch.texts.forEach((text, k) => {
      each(text, batch.at[k] as number)
    })
  }
  return { seq: batch.seq, outputs, problems, problemCount }
}

if (parentPort && workerData) {
  const setup = workerData as Setup
  const port = parentPort
  port.on("message", (batch: Batch) => port.postMessage(scoreBatch(setup, batch)))
}
