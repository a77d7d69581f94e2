/**
 * Batches of read items (CSV records, already split by the one CSV reader) as the main thread sends them to the
 * scoring workers. NDJSON crosses threads as pieces of bytes instead (`pieces.ts`).
 *
 * @since 0.3.0
 */
import type { Item, RawLine } from "./records.js"

/**
 * One batch: consecutive items in input order.
 *
 * @since 0.3.0
 */
export interface Batch {
  readonly seq: number
  readonly items: ReadonlyArray<Item | RawLine>
}

/**
 * One piece of NDJSON: whole lines as bytes (transferred, not copied), and whether it starts the input (line 1,
 * where a byte-order mark is skipped).
 *
 * @since 0.3.0
 */
export interface PieceMessage {
  readonly seq: number
  readonly bytes: Uint8Array<ArrayBuffer>
  readonly first: boolean
}
