/**
 * NDJSON read in pieces of whole lines, for `pembinaan score`: the main thread only cuts the input bytes at line
 * breaks ({@link pieces}); decoding, splitting, parsing and scoring a piece ({@link scorePiece}) happen where it is
 * scored, in a worker thread or not, and the output comes back as one text (or its UTF-8 bytes). No per-line
 * objects cross threads, and no async generator runs per line.
 *
 * The reading is {@link Records.ndjsonLines} over {@link Records.decode}'s: UTF-8 checked strictly (the first
 * invalid byte ends the reading with a problem naming its line and byte), a byte-order mark skipped on line 1, CRLF
 * read as LF, blank lines skipped, a line longer than `maxLine` characters (UTF-16 code units, its CR included)
 * reported and skipped, a last line without a line break read. Lines before an invalid byte are scored.
 *
 * @since 0.3.0
 */
import {
  DEFAULT_MAX_LINE,
  type Encoding,
  EncodingError,
  firstInvalidUtf8,
  type ReadOptions,
  tooLongMessage
} from "./records.js"
import { joinRecords, lineScorer, newSink, type OutputFormat, type RecordProblem, type Scorer } from "./score.js"

/**
 * A piece of the input: whole lines (each ending with a line break, except at the end of the input) as bytes (a view
 * into the chunk read, valid as long as the chunk is kept; copy it to hand it to a worker), or one line skipped
 * because its bytes alone prove it longer than the limit. `offset` is the byte offset of the piece's first byte in the input.
 *
 * @since 0.3.0
 */
export type Piece =
  | { readonly _tag: "Text"; readonly bytes: Uint8Array; readonly offset: number }
  | { readonly _tag: "TooLong"; readonly offset: number }

/**
 * How many bytes a line of `maxLine` characters can take at most: a UTF-16 code unit is at most 3 UTF-8 bytes (a
 * 4-byte sequence is 2 units), a windows-1252 character 1 byte. A longer unfinished line is over the limit for sure
 * and is skipped without being kept in memory.
 */
const maxBytes = (maxLine: number, encoding: Encoding): number => (encoding === "utf-8" ? 3 * maxLine : maxLine)

const joined = (parts: ReadonlyArray<Uint8Array>, length: number): Uint8Array => {
  const out = new Uint8Array(length)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * Cuts byte chunks into pieces of whole lines of about `size` bytes (a longer line makes a longer piece).
 *
 * @since 0.3.0
 */
export async function* pieces(
  chunks: AsyncIterable<Uint8Array | string>,
  options: { readonly maxLine?: number | undefined; readonly encoding?: Encoding | undefined; readonly size: number }
): AsyncGenerator<Piece> {
  const bound = maxBytes(options.maxLine ?? DEFAULT_MAX_LINE, options.encoding ?? "utf-8")
  const size = Math.max(1, options.size)
  // the unfinished line carried from the chunks before (starting at byte `carryAt`), or a line being skipped
  let carry: Array<Uint8Array> = []
  let carried = 0
  let carryAt = 0
  let skipping = false
  let base = 0 // the byte offset of the current chunk
  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? new TextEncoder().encode(raw) : raw
    let start = 0
    if (skipping) {
      const nl = chunk.indexOf(10)
      if (nl < 0) {
        base += chunk.length
        continue
      }
      yield { _tag: "TooLong", offset: carryAt }
      skipping = false
      start = nl + 1
    }
    const last = chunk.lastIndexOf(10)
    if (last < start) {
      const rest = chunk.subarray(start)
      if (carried === 0) carryAt = base + start
      if (carried + rest.length > bound) {
        skipping = true
        carry = []
        carried = 0
      } else if (rest.length > 0) {
        carry.push(rest)
        carried += rest.length
      }
      base += chunk.length
      continue
    }
    let pos = start
    while (pos <= last) {
      let end = pos + Math.max(1, size - carried)
      if (end > last + 1) end = last + 1
      else {
        const cut = chunk.lastIndexOf(10, end - 1)
        end = cut >= pos ? cut + 1 : chunk.indexOf(10, end) + 1
      }
      const body = chunk.subarray(pos, end)
      const offset = carried > 0 ? carryAt : base + pos
      const bytes = carried > 0 ? joined([...carry, body], carried + body.length) : body
      yield { _tag: "Text", bytes, offset }
      carry = []
      carried = 0
      pos = end
    }
    const rest = chunk.subarray(last + 1)
    carryAt = base + last + 1
    if (rest.length > bound) skipping = true
    else if (rest.length > 0) {
      carry = [rest]
      carried = rest.length
    }
    base += chunk.length
  }
  if (skipping) yield { _tag: "TooLong", offset: carryAt }
  else if (carried > 0) yield { _tag: "Text", bytes: joined(carry, carried), offset: carryAt }
}

/**
 * What scoring one piece gives: the records joined by {@link joinRecords}, how many lines the piece held and how
 * many were items (non-blank), the problems with their line **relative to the piece** (line 1 is its first line),
 * and where reading must stop because of an invalid byte (its relative line and byte).
 *
 * @since 0.3.0
 */
export interface PieceOutcome {
  readonly body: string
  readonly lines: number
  readonly items: number
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
  readonly invalid?: { readonly line: number; readonly byte: number } | undefined
}

/**
 * The problem of a line over the limit, as {@link Records.ndjsonLines} gives it.
 *
 * @since 0.3.0
 */
export const tooLongProblem = (at: number, options: ReadOptions): RecordProblem => ({
  path: [at],
  message: tooLongMessage(options.maxLine ?? DEFAULT_MAX_LINE, options),
  code: "syntax"
})

/**
 * The problem of an invalid byte at a line and byte offset of the whole input, as {@link Records.rawItems} gives it.
 *
 * @since 0.3.0
 */
export const encodingProblem = (line: number, offset: number, options: ReadOptions): RecordProblem => ({
  path: [line],
  message: new EncodingError(line, offset).text(options.lang),
  code: "syntax"
})

const countBreaks = (b: Uint8Array, end: number): number => {
  let n = 0
  for (let i = b.indexOf(10); i >= 0 && i < end; i = b.indexOf(10, i + 1)) n++
  return n
}

const isBlank = (line: string): boolean => {
  const c = line.charCodeAt(0)
  return c !== 123 && line.trim() === ""
}

/**
 * A piece decoded: its text up to the end, or up to the start of the line holding the first invalid byte (then
 * `invalid` names that line, relative to the piece, and the byte's offset in the piece).
 *
 * @since 0.3.0
 */
export interface DecodedPiece {
  readonly text: string
  readonly invalid?: { readonly line: number; readonly byte: number } | undefined
}

/**
 * A decoder of pieces in the reading's encoding (UTF-8 checked strictly).
 *
 * @since 0.3.0
 */
export const pieceDecoder = (options: ReadOptions): ((bytes: Uint8Array) => DecodedPiece) => {
  const encoding = options.encoding ?? "utf-8"
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: true })
  return (bytes) => {
    try {
      return { text: decoder.decode(bytes) }
    } catch {
      const byte = Math.max(0, firstInvalidUtf8(bytes))
      const lineStart = byte === 0 ? 0 : bytes.lastIndexOf(10, byte - 1) + 1
      return {
        text: decoder.decode(bytes.subarray(0, lineStart)),
        invalid: { line: countBreaks(bytes, byte) + 1, byte }
      }
    }
  }
}

/**
 * A scorer of decoded pieces (one per thread: the prepared scorer and its fast path are made once). `first` says
 * the piece starts the input (line 1, where a byte-order mark is skipped).
 *
 * @since 0.3.0
 */
export const pieceScorer = (
  scorer: Scorer,
  output: OutputFormat,
  options: ReadOptions
): ((piece: DecodedPiece, first: boolean) => PieceOutcome) => {
  const maxLine = options.maxLine ?? DEFAULT_MAX_LINE
  const score = lineScorer(scorer, output)
  return ({ text, invalid }, first) => {
    const sink = newSink()
    let lines = 0
    let items = 0
    let start = 0
    while (start < text.length) {
      const nl = text.indexOf("\n", start)
      const end = nl < 0 ? text.length : nl
      lines++
      if (end - start > maxLine) {
        items++
        const p = tooLongProblem(lines, options)
        sink.problemCount++
        if (sink.problems.length < 1000) sink.problems.push(p)
      } else {
        let line = text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end)
        if (first && lines === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1)
        if (!isBlank(line)) {
          items++
          score(line, lines, sink)
        }
      }
      start = end + 1
    }
    return {
      body: sink.outputs.length === 0 ? "" : joinRecords(output, sink.outputs),
      lines,
      items,
      problems: sink.problems,
      problemCount: sink.problemCount,
      ...(invalid ? { invalid } : {})
    }
  }
}
