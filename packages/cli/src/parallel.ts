/**
 * Scoring a large NDJSON or CSV file on every core: the main thread reads the file with the same readers as the
 * single-threaded path (so a stray quote or a long line is read identically), cuts the items into batches, worker
 * threads parse NDJSON lines, score and serialise them, and the main thread writes the results back **in input
 * order**. At most `2 × workers` batches are in flight, so memory stays bounded whatever the file size.
 *
 * @since 0.1.0
 */
import { Worker } from "node:worker_threads"
import { type Batch, pack } from "./batch.js"
import type { Item, RawLine } from "./records.js"
import type { RecordProblem } from "./score.js"
import type { Done, Setup } from "./worker.js"

// 200 NDJSON lines (~120 kB) per batch: the packed text stays below V8's large-object size, so batches are not mapped
// and unmapped one by one (1000-line batches cost 15 % more CPU, mostly system time).
const BATCH = 200

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
 * Scores a stream of items with `workers` threads, writing each batch's output through `write` in input order.
 *
 * @since 0.1.0
 */
export const scoreParallel = async (options: {
  readonly items: AsyncIterable<Item | RawLine>
  readonly setup: Setup
  readonly workers: number
  readonly write: (outputs: ReadonlyArray<string>) => Promise<void> | void
  readonly progress: (records: number) => void
  readonly progressEvery: number
  readonly maxProblems: number
}): Promise<ParallelResult> => {
  const pool = Array.from({ length: options.workers }, () => startWorker(options.setup))
  // Each batch's promise settles from its worker's reply, or rejects when a worker fails. (Racing every batch against
  // one long-lived "failure" promise would leak: each race leaves a reaction, holding its batch, on that promise.)
  const waiting = new Map<number, { resolve: (done: Done) => void; reject: (e: unknown) => void }>()
  for (const w of pool) {
    w.on("message", (done: Done) => {
      const entry = waiting.get(done.seq)
      waiting.delete(done.seq)
      entry?.resolve(done)
    })
    w.on("error", (e) => {
      for (const entry of waiting.values()) entry.reject(e)
      waiting.clear()
    })
  }
  const inFlight: Array<Promise<Done>> = []
  const problems: Array<RecordProblem> = []
  let problemCount = 0
  let records = 0
  let seq = 0
  const drainOne = async () => {
    const done = await (inFlight.shift() as Promise<Done>)
    problemCount += done.problemCount
    for (const p of done.problems) if (problems.length < options.maxProblems) problems.push(p)
    if (done.outputs.length > 0) await options.write(done.outputs)
  }
  try {
    const dispatch = async (message: Batch) => {
      const worker = pool[message.seq % pool.length] as Worker
      const reply = new Promise<Done>((resolve, reject) => waiting.set(message.seq, { resolve, reject }))
      reply.catch(() => {}) // observed by drainOne; this only keeps an early rejection from being "unhandled"
      inFlight.push(reply)
      worker.postMessage(message, "ats" in message ? [message.ats.buffer] : [])
      if (inFlight.length >= pool.length * 2) await drainOne()
    }
    let batch: Array<Item | RawLine> = []
    for await (const item of options.items) {
      batch.push(item)
      records++
      if (records % options.progressEvery === 0) options.progress(records)
      if (batch.length >= BATCH) {
        const items = batch
        batch = []
        await dispatch(pack(seq++, items))
      }
    }
    if (batch.length > 0) await dispatch(pack(seq++, batch))
    while (inFlight.length > 0) await drainOne()
  } finally {
    await Promise.all(pool.map((w) => w.terminate()))
  }
  return { records, problems, problemCount }
}
