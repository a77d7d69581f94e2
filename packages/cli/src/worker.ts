/**
 * A scoring worker: receives batches of items read by the main thread (CSV records already split by the one CSV
 * reader, or raw NDJSON lines), scores them with {@link scoreItems}, the same function as the single-threaded path,
 * and returns the serialised output with the problems found. Both paths therefore give byte-identical output.
 *
 * @since 0.1.0
 */
import { parentPort, workerData } from "node:worker_threads"
import { type Batch, itemsOf } from "./batch.js"
import type { Format } from "./records.js"
import { type OutputFormat, type RecordProblem, type Scorer, scoreItems } from "./score.js"

export type { Batch } from "./batch.js"

/** What the main thread sends once, in `workerData`. */
export interface Setup {
  readonly scorer: Scorer
  readonly input: Format
  readonly output: OutputFormat
}

/** What a worker sends back for a batch. */
export interface Done {
  readonly seq: number
  readonly outputs: ReadonlyArray<string>
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
}

/** The separator `ScoredOutput.write` puts between records of a format. */
const separator = (output: OutputFormat): string => (output === "csv" ? "" : output === "ndjson" ? "\n" : ",\n")

/**
 * Scores one batch. Exported so that it is testable without a thread. The outputs come back as one text, joined as
 * `ScoredOutput.write` joins them (one string crosses the thread boundary, not a thousand), so the bytes written
 * are the same.
 */
export const scoreBatch = (setup: Setup, batch: Batch): Done => {
  const outcome = scoreItems(setup.scorer, setup.input, setup.output, itemsOf(batch))
  return {
    seq: batch.seq,
    ...outcome,
    outputs: outcome.outputs.length <= 1 ? outcome.outputs : [outcome.outputs.join(separator(setup.output))]
  }
}

if (parentPort && workerData) {
  const setup = workerData as Setup
  const port = parentPort
  port.on("message", (batch: Batch) => port.postMessage(scoreBatch(setup, batch)))
}
