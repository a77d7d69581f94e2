/**
 * Batches of items as the main thread sends them to the scoring workers ({@link pack}) and as the workers read them
 * ({@link itemsOf}).
 *
 * @since 0.3.0
 */
import type { Item, RawLine } from "./records.js"

/**
 * One batch: consecutive items in input order; or, when every item is an NDJSON line, the lines joined by line
 * breaks with their line numbers (one string and one typed array clone far faster than a thousand small objects).
 *
 * @since 0.3.0
 */
export type Batch =
  | { readonly seq: number; readonly items: ReadonlyArray<Item | RawLine> }
  | { readonly seq: number; readonly lines: string; readonly ats: Int32Array<ArrayBuffer> }

/**
 * The items of a batch (packed lines unpacked: a line never holds a line break, so splitting restores them).
 *
 * @since 0.3.0
 */
export const itemsOf = (batch: Batch): ReadonlyArray<Item | RawLine> => {
  if ("items" in batch) return batch.items
  const texts = batch.lines.split("\n")
  return texts.map((text, i): RawLine => ({ _tag: "Line", at: batch.ats[i] as number, text }))
}

/**
 * Packs a batch of NDJSON lines (see {@link Batch}); other batches are sent as they are.
 *
 * @since 0.3.0
 */
export const pack = (seq: number, items: ReadonlyArray<Item | RawLine>): Batch => {
  const ats = new Int32Array(new ArrayBuffer(items.length * 4))
  const texts: Array<string> = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item | RawLine
    if (item._tag !== "Line" || item.at > 2_147_483_647) return { seq, items }
    ats[i] = item.at
    texts.push(item.text)
  }
  return { seq, lines: texts.join("\n"), ats }
}
