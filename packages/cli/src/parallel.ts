/**
 * Scoring a large file on every core. NDJSON ({@link scoreNdjson}): the main thread only cuts the bytes into pieces
 * of whole lines and transfers them to worker threads, which decode, split, parse, score and serialise them and
 * send the output text back. CSV ({@link scoreParallel}): the main thread reads records with the one CSV reader
 * (so a quoted line break is read identically) and sends them in batches. Either way the main thread writes the
 * results **in input order**, and at most `2 × workers` pieces or batches are in flight, so memory stays bounded
 * whatever the file size.
 *
 * @since 0.1.0
 */
import { Worker } from "node:worker_threads"
import type { Batch, PieceMessage } from "./batch.js"
import {
  encodingProblem,
  type Piece,
  type PieceOutcome,
  pieceDecoder,
  pieceScorer,
  pieces,
  tooLongProblem
} from "./pieces.js"
import type { Item, RawLine, ReadOptions } from "./records.js"
import type { RecordProblem } from "./score.js"
import type { Done, PieceDone, Setup } from "./worker.js"

// 200 CSV records per batch: the batch stays below V8's large-object size when cloned.
const BATCH = 200

/**
 * The bytes of NDJSON per piece: 128 kB pieces keep a piece's decoded text and its output below V8's large-object
 * size in most cases and cost one message each way per ~200 records (measured in docs/performance.md).
 *
 * @since 0.3.0
 */
export const PIECE_BYTES = 64 * 1024

/**
 * The result of a parallel run.
 *
 * @since 0.1.0
 */
export interface ParallelResult {
  readonly records: number
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
}

const fromSource = import.meta.url.endsWith(".ts")
const workerUrl = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url)

/** A larger young generation: scoring allocates many short-lived objects, and scavenges dominated with the default. */
const resourceLimits = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 64 }

/** Starts one worker. From source (`pnpm pembinaan` runs TypeScript through tsx) it registers tsx in the thread first. */
const startWorker = (setup: Setup): Worker =>
  fromSource
    ? new Worker(
        `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}) })`,
        { eval: true, workerData: setup, resourceLimits }
      )
    : new Worker(workerUrl, { workerData: setup, resourceLimits })

/**
 * A pool of workers answering messages by their `seq`, in order: `send` posts a message and returns its reply's
 * promise; `next` awaits the oldest reply. A worker's failure rejects every reply still awaited.
 */
const pool = <R extends { readonly seq: number }>(setup: Setup, workers: number) => {
  const threads = Array.from({ length: workers }, () => startWorker(setup))
  // Each reply's promise settles from its worker's message, or rejects when a worker fails. (Racing every reply
  // against one long-lived "failure" promise would leak: each race leaves a reaction on that promise.)
  const waiting = new Map<number, { resolve: (done: R) => void; reject: (e: unknown) => void }>()
  for (const w of threads) {
    w.on("message", (done: R) => {
      const entry = waiting.get(done.seq)
      waiting.delete(done.seq)
      entry?.resolve(done)
    })
    w.on("error", (e) => {
      for (const entry of waiting.values()) entry.reject(e)
      waiting.clear()
    })
  }
  const inFlight: Array<Promise<R>> = []
  return {
    size: threads.length,
    inFlight,
    send: (seq: number, message: unknown, transfer: ReadonlyArray<ArrayBuffer>) => {
      const reply = new Promise<R>((resolve, reject) => waiting.set(seq, { resolve, reject }))
      reply.catch(() => {}) // observed through inFlight; this only keeps an early rejection from being "unhandled"
      inFlight.push(reply)
      ;(threads[seq % threads.length] as Worker).postMessage(message, transfer as Array<ArrayBuffer>)
    },
    next: () => inFlight.shift() as Promise<R>,
    close: () => Promise.all(threads.map((w) => w.terminate()))
  }
}

/**
 * Scores a stream of CSV (or JSON) items with `workers` threads, writing each batch's output through `write` in
 * input order.
 *
 * @since 0.1.0
 */
export const scoreParallel = async (options: {
  readonly items: AsyncIterable<Item | RawLine>
  readonly setup: Setup
  readonly workers: number
  readonly write: (body: string) => Promise<void> | void
  readonly progress: (records: number) => void
  readonly progressEvery: number
  readonly maxProblems: number
}): Promise<ParallelResult> => {
  const threads = pool<Done>(options.setup, options.workers)
  const problems: Array<RecordProblem> = []
  let problemCount = 0
  let records = 0
  let seq = 0
  const drainOne = async () => {
    const done = await threads.next()
    problemCount += done.problemCount
    for (const p of done.problems) if (problems.length < options.maxProblems) problems.push(p)
    if (done.body.length > 0) await options.write(done.body)
  }
  try {
    const dispatch = async (items: ReadonlyArray<Item | RawLine>) => {
      const message: Batch = { seq: seq++, items }
      threads.send(message.seq, message, [])
      if (threads.inFlight.length >= threads.size * 2) await drainOne()
    }
    let batch: Array<Item | RawLine> = []
    for await (const item of options.items) {
      batch.push(item)
      records++
      if (records % options.progressEvery === 0) options.progress(records)
      if (batch.length >= BATCH) {
        const items = batch
        batch = []
        await dispatch(items)
      }
    }
    if (batch.length > 0) await dispatch(batch)
    while (threads.inFlight.length > 0) await drainOne()
  } finally {
    await threads.close()
  }
  return { records, problems, problemCount }
}

/** How many pieces a worker thread holds at most (being scored or waiting in its queue). */
const PER_WORKER = 4

/** One piece's place in the output order: its outcome once known, and a promise settled then (or on failure). */
interface Slot {
  readonly at: number
  outcome: PieceOutcome | undefined
  readonly settled: Promise<void>
  readonly settle: () => void
}

const newSlot = (at: number): Slot => {
  let settle = () => {}
  const settled = new Promise<void>((resolve) => {
    settle = resolve
  })
  return { at, outcome: undefined, settled, settle }
}

/**
 * Scores NDJSON bytes: in this thread when `workers` is 1, else on worker threads, piece by piece (see
 * `pieces.ts`); each piece's output goes through `write` in input order. An invalid
 * byte ends the reading: the lines before it are scored, the problem names its line and byte.
 *
 * @since 0.3.0
 */
export const scoreNdjson = async (options: {
  readonly chunks: AsyncIterable<Uint8Array | string>
  readonly setup: Setup
  readonly read: ReadOptions
  readonly workers: number
  readonly write: (body: string) => Promise<void> | void
  readonly progress: (records: number) => void
  readonly progressEvery: number
  readonly maxProblems: number
  /** Bytes per piece (default {@link PIECE_BYTES}; tests make it small to put piece edges everywhere). */
  readonly pieceBytes?: number | undefined
}): Promise<ParallelResult> => {
  const problems: Array<RecordProblem> = []
  let problemCount = 0
  let records = 0
  let lines = 0
  let nextProgress = options.progressEvery
  let stopped = false
  const problem = (p: RecordProblem) => {
    problemCount++
    if (problems.length < options.maxProblems) problems.push(p)
  }
  /** Takes one piece's outcome, in input order: its problems moved to their lines in the whole input. */
  const take = async (outcome: PieceOutcome, at: number) => {
    if (stopped) return
    const before = lines
    problemCount += outcome.problemCount
    for (const p of outcome.problems) {
      if (problems.length >= options.maxProblems) break
      problems.push({ ...p, path: [before + (p.path[0] as number), ...p.path.slice(1)] })
    }
    records += outcome.items
    lines += outcome.lines
    if (outcome.body.length > 0) await options.write(outcome.body)
    if (outcome.invalid) {
      records++
      problem(encodingProblem(before + outcome.invalid.line, at + outcome.invalid.byte, options.read))
      stopped = true
    }
    while (records >= nextProgress) {
      options.progress(nextProgress)
      nextProgress += options.progressEvery
    }
  }
  const tooLong = { body: "", lines: 1, items: 1, problems: [tooLongProblem(1, options.read)], problemCount: 1 }
  const input = pieces(options.chunks, {
    maxLine: options.read.maxLine,
    encoding: options.read.encoding,
    size: options.pieceBytes ?? PIECE_BYTES
  })
  const scorePiece = pieceScorer(options.setup.scorer, options.setup.output, options.read)
  const decode = pieceDecoder(options.read)
  const here = (piece: Piece): PieceOutcome =>
    piece._tag === "Text" ? scorePiece(decode(piece.bytes), piece.offset === 0) : tooLong
  if (options.workers <= 1) {
    for await (const piece of input) {
      await take(here(piece), piece.offset)
      if (stopped) break
    }
    return { records, problems, problemCount }
  }
  // `workers` scoring threads: this one and `workers - 1` worker threads. A piece goes to the worker with the fewest
  // pieces in hand while it has fewer than PER_WORKER; otherwise this thread scores it. So the workers are kept busy,
  // this thread (which would otherwise wait) takes the rest, and one thread fewer starts, loads and warms up.
  const threads = Array.from({ length: options.workers - 1 }, () =>
    startWorker({ ...options.setup, read: options.read })
  )
  const inHand = threads.map(() => 0)
  const waiting = new Map<number, Slot>()
  let failure: unknown
  for (const [k, w] of threads.entries()) {
    w.on("message", (done: PieceDone) => {
      inHand[k] = (inHand[k] as number) - 1
      const slot = waiting.get(done.seq)
      waiting.delete(done.seq)
      if (slot) {
        slot.outcome = done
        slot.settle()
      }
    })
    w.on("error", (e) => {
      failure ??= e
      for (const slot of waiting.values()) slot.settle()
      waiting.clear()
    })
  }
  const queue: Array<Slot> = []
  const takeSettled = async () => {
    while (queue.length > 0 && (queue[0] as Slot).outcome !== undefined) {
      const slot = queue.shift() as Slot
      await take(slot.outcome as PieceOutcome, slot.at)
    }
  }
  const takeOne = async () => {
    const head = queue[0] as Slot
    if (head.outcome === undefined) await head.settled
    if (failure !== undefined) throw failure
    await takeSettled()
  }
  try {
    let seq = 0
    for await (const piece of input) {
      if (failure !== undefined) throw failure
      const s = seq++
      let k = 0
      for (let t = 1; t < threads.length; t++) if ((inHand[t] as number) < (inHand[k] as number)) k = t
      const slot = newSlot(piece.offset)
      queue.push(slot)
      if (piece._tag === "Text" && (inHand[k] as number) < PER_WORKER) {
        inHand[k] = (inHand[k] as number) + 1
        waiting.set(s, slot)
        // a copy of its own, transferred (the piece is a view into the chunk read)
        const bytes = new Uint8Array(piece.bytes)
        const message: PieceMessage = { seq: s, bytes, first: piece.offset === 0 }
        ;(threads[k] as Worker).postMessage(message, [bytes.buffer])
      } else {
        slot.outcome = here(piece)
        // let the workers' replies in (they arrive as events, not microtasks) before the next piece is placed
        await new Promise((resolve) => setImmediate(resolve))
      }
      await takeSettled()
      if (queue.length >= options.workers * PER_WORKER * 2) await takeOne()
      if (stopped) break
    }
    while (queue.length > 0 && !stopped) await takeOne()
  } finally {
    await Promise.all(threads.map((w) => w.terminate()))
  }
  return { records, problems, problemCount }
}
