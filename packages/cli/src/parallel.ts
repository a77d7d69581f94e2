/**
 * Scoring a large NDJSON or CSV file on every core: the main thread cuts the stream into blocks of whole lines
 * (NDJSON) or batches of raw records (CSV), worker threads split, parse, score and serialise them, and the main thread writes the results back **in input
 * order**. At most `2 × workers` batches are in flight, so memory stays bounded whatever the file size.
 *
 * @since 0.1.0
 */
import { Worker } from "node:worker_threads"
import type { Io } from "./io.js"
import { lines } from "./records.js"
import type { RecordProblem } from "./score.js"
import type { Batch, Done, Setup } from "./worker.js"

const BATCH = 1000
const BLOCK = 256 * 1024

/** Splits a CSV text stream into records whose quoted fields may span lines. */
async function* csvRecords(
  chunks: AsyncIterable<string>
): AsyncGenerator<{ readonly at: number; readonly text: string }> {
  let line = 0
  let pending = ""
  let pendingAt = 0
  for await (const text of lines(chunks)) {
    line++
    const joined = pending === "" ? text : `${pending}\n${text}`
    if (pending === "") pendingAt = line
    // an odd number of quotes means a quoted field continues on the next line
    if ((joined.split('"').length - 1) % 2 === 1) pending = joined
    else {
      pending = ""
      if (joined.trim() !== "") yield { at: pendingAt, text: joined }
    }
  }
  if (pending !== "") yield { at: pendingAt, text: pending }
}

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
 * Scores a stream with `workers` threads, writing each batch's output through `write` in input order.
 *
 * @since 0.1.0
 */
export const scoreParallel = async (options: {
  /** The text of the input, opened only when it is read. */
  readonly chunks: () => AsyncIterable<string>
  /** For NDJSON from a file: the raw bytes, cut at line breaks and handed to the threads without decoding or copying. */
  readonly bytes?: AsyncIterable<Uint8Array>
  readonly setup: Omit<Setup, "header" | "delimiter">
  readonly workers: number
  readonly write: (outputs: ReadonlyArray<string>) => Promise<void> | void
  readonly io: Io
  readonly progress: (records: number) => void
}): Promise<ParallelResult> => {
  const csv = options.setup.input === "csv"
  const source = csvRecords(csv ? options.chunks() : (async function* () {})())[Symbol.asyncIterator]()
  let header: Array<string> | undefined
  let delimiter = ","
  if (csv) {
    const first = await source.next()
    if (!first.done) {
      const text = first.value.text.replace(/^\uFEFF/, "")
      if (!text.includes(",") && text.includes(";")) delimiter = ";"
      const { splitCsvRecord } = await import("./worker.js")
      header = splitCsvRecord(text, delimiter).map((h) => h.trim())
    }
  }
  const setup: Setup = { ...options.setup, header, delimiter }
  const pool = Array.from({ length: options.workers }, () => startWorker(setup))
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
    for (const p of done.problems) if (problems.length < 1000) problems.push(p)
    if (done.outputs.length > 0) await options.write(done.outputs)
  }
  try {
    const dispatch = async (message: Batch, transfer: ReadonlyArray<ArrayBuffer> = []) => {
      const worker = pool[message.seq % pool.length] as Worker
      const reply = new Promise<Done>((resolve, reject) => waiting.set(message.seq, { resolve, reject }))
      reply.catch(() => {}) // observed by drainOne; this only keeps an early rejection from being "unhandled"
      inFlight.push(reply)
      worker.postMessage(message, transfer as Array<ArrayBuffer>)
      if (inFlight.length >= pool.length * 2) await drainOne()
    }
    if (csv) {
      let batch: { at: Array<number>; texts: Array<string> } = { at: [], texts: [] }
      for (let next = await source.next(); !next.done; next = await source.next()) {
        batch.at.push(next.value.at)
        batch.texts.push(next.value.text)
        records++
        if (records % 100_000 === 0) options.progress(records)
        if (batch.texts.length >= BATCH) {
          const message: Batch = { seq: seq++, at: batch.at, texts: batch.texts }
          batch = { at: [], texts: [] }
          await dispatch(message)
        }
      }
      if (batch.texts.length > 0) await dispatch({ seq: seq++, at: batch.at, texts: batch.texts })
    } else {
      // NDJSON: send blocks of whole lines; the workers split them.
      let line = 1
      let reported = 0
      const counted = (breaks: number) => {
        const startLine = line
        line += breaks
        records += breaks
        if (records - reported >= 100_000) {
          reported = records - (records % 100_000)
          options.progress(reported)
        }
        return startLine
      }
      if (options.bytes) {
        // Bytes: the main thread only finds line breaks; the block's memory moves to the worker (transfer, no copy).
        let carry: Uint8Array = new Uint8Array(0)
        const sendBytes = async (block: Uint8Array) => {
          let breaks = 0
          for (let i = block.indexOf(10); i >= 0; i = block.indexOf(10, i + 1)) breaks++
          const own = block.byteOffset === 0 && block.byteLength === block.buffer.byteLength ? block : block.slice()
          await dispatch({ seq: seq++, startLine: counted(breaks), block: own }, [own.buffer as ArrayBuffer])
        }
        for await (const chunk of options.bytes) {
          const last = chunk.lastIndexOf(10)
          if (last < 0) {
            carry = Buffer.concat([carry, chunk])
            continue
          }
          const block = Buffer.concat([carry, chunk.subarray(0, last + 1)])
          carry = chunk.slice(last + 1)
          if (block.byteLength >= BLOCK) await sendBytes(block)
          else carry = Buffer.concat([block, carry])
        }
        if (carry.byteLength > 0) {
          await sendBytes(carry[carry.byteLength - 1] === 10 ? carry : Buffer.concat([carry, Buffer.from("\n")]))
        }
      } else {
        let carry = ""
        const send = async (block: string) => {
          let breaks = 0
          for (let i = block.indexOf("\n"); i >= 0; i = block.indexOf("\n", i + 1)) breaks++
          await dispatch({ seq: seq++, startLine: counted(breaks), block })
        }
        for await (const chunk of options.chunks()) {
          const last = chunk.lastIndexOf("\n")
          if (last < 0) {
            carry += chunk
            continue
          }
          const block = carry + chunk.slice(0, last + 1)
          carry = chunk.slice(last + 1)
          if (block.length >= BLOCK) await send(block)
          else carry = block + carry
        }
        if (carry !== "") await send(carry.endsWith("\n") ? carry : `${carry}\n`)
      }
    }
    while (inFlight.length > 0) await drainOne()
  } finally {
    await Promise.all(pool.map((w) => w.terminate()))
  }
  return { records, problems, problemCount }
}
