/**
 * A scoring worker. It receives either batches of items read by the main thread (CSV records split by the one CSV
 * reader), scored with {@link scoreItems}, or pieces of NDJSON bytes, decoded, split and scored with
 * {@link pieceScorer}: the same functions as the single-threaded path, so both paths give byte-identical output.
 * The pieces arrive as bytes (transferred, not copied); outputs go back as one text per batch or piece.
 *
 * @since 0.1.0
 */
import { parentPort, workerData } from "node:worker_threads"
import type { Batch, PieceMessage } from "./batch.js"
import { type PieceOutcome, pieceDecoder, pieceScorer } from "./pieces.js"
import type { Format, ReadOptions } from "./records.js"
import { joinRecords, type OutputFormat, type RecordProblem, type Scorer, scoreItems } from "./score.js"

export type { Batch } from "./batch.js"

/** What the main thread sends once, in `workerData`. */
export interface Setup {
  readonly scorer: Scorer
  readonly input: Format
  readonly output: OutputFormat
  /** How NDJSON pieces are read (encoding, line limit, message language). */
  readonly read?: ReadOptions | undefined
}

/** What a worker sends back for a batch: the records joined by `joinRecords`, and the problems found. */
export interface Done {
  readonly seq: number
  readonly body: string
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
}

/** What a worker sends back for a piece: its outcome. */
export interface PieceDone extends PieceOutcome {
  readonly seq: number
}

/** Scores one batch. Exported so that it is testable without a thread. */
export const scoreBatch = (setup: Setup, batch: Batch): Done => {
  const outcome = scoreItems(setup.scorer, setup.input, setup.output, batch.items)
  return {
    seq: batch.seq,
    body: outcome.outputs.length === 0 ? "" : joinRecords(setup.output, outcome.outputs),
    problems: outcome.problems,
    problemCount: outcome.problemCount
  }
}

if (parentPort && workerData) {
  const setup = workerData as Setup
  const port = parentPort
  let scorePiece: ReturnType<typeof pieceScorer> | undefined
  let decode: ReturnType<typeof pieceDecoder> | undefined
  port.on("message", (message: Batch | PieceMessage) => {
    if ("items" in message) return port.postMessage(scoreBatch(setup, message))
    scorePiece ??= pieceScorer(setup.scorer, setup.output, setup.read ?? {})
    decode ??= pieceDecoder(setup.read ?? {})
    // the output goes back as text: encoding it and transferring the bytes cost more (each transferred buffer is
    // external memory that drives V8's garbage collection; measured in docs/performance.md)
    const done: PieceDone = { ...scorePiece(decode(message.bytes), message.first), seq: message.seq }
    port.postMessage(done)
  })
}
