/**
 * A scoring worker: receives batches of items read by the main thread (CSV records already split by the one CSV
 * reader, or raw NDJSON lines), scores them with {@link scoreItems}, the same function as the single-threaded path,
 * and returns the serialised output with the problems found. Both paths therefore give byte-identical output.
 *
 * @since 0.1.0
 */
import { parentPort, workerData } from "node:worker_threads"
import type { Format, Item, RawLine } from "./records.js"
import { type OutputFormat, type RecordProblem, type Scorer, scoreItems } from "./score.js"

/** What the main thread sends once, in `workerData`. */
export interface Setup {
  readonly scorer: Scorer
  readonly input: Format
  readonly output: OutputFormat
}

/** One batch: consecutive items in input order. */
export interface Batch {
  readonly seq: number
  readonly items: ReadonlyArray<Item | RawLine>
}

/** What a worker sends back for a batch. */
export interface Done {
  readonly seq: number
  readonly outputs: ReadonlyArray<string>
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
}

/** Scores one batch. Exported so that it is testable without a thread. */
export const scoreBatch = (setup: Setup, batch: Batch): Done => ({
  seq: batch.seq,
  ...scoreItems(setup.scorer, setup.input, setup.output, batch.items)
})

if (parentPort && workerData) {
  const setup = workerData as Setup
  const port = parentPort
  port.on("message", (batch: Batch) => port.postMessage(scoreBatch(setup, batch)))
}
