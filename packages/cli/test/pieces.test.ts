/**
 * NDJSON read in pieces (`src/pieces.ts`, `scoreNdjson` in `src/parallel.ts`): for generated inputs with every
 * reading edge (byte-order mark, CRLF, blank lines, broken JSON, lines over the limit, multi-byte characters, an
 * invalid UTF-8 byte, no final line break), cut into chunks and pieces at every kind of place (inside a multi-byte
 * character, between CR and LF), the output, the problems and the record count equal the line-by-line reader's
 * (`Records.rawItems` + `scoreItems`), on this thread and on worker threads.
 */
import { Presets } from "@pembinaan/core"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { scoreNdjson } from "../src/parallel.js"
import { pieces } from "../src/pieces.js"
import * as Records from "../src/records.js"
import { joinRecords, type OutputFormat, type RecordProblem, type Scorer, scoreItems } from "../src/score.js"

const policy = Presets.bukittinggi.policy
const MAX_LINE = 1500

const scorerFor = (rules: boolean, compact: boolean): Scorer => ({
  policy,
  rules: rules ? Presets.regionRules.bukittinggi : undefined,
  asOf: undefined,
  trace: false,
  cells: { lang: "en" },
  extraColumns: [],
  ...(compact ? { compact: true } : {})
})

const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"] as const
const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]

/** A valid record (some scores on band edges), or one with a problem the scorer reports. */
const record = fc
  .record({
    seq: fc.integer({ min: 1, max: 999 }),
    realisasi: fc.constantFrom(0, 60, 89.99, 90, 100, 109.99, 110, 120, 150),
    rating: fc.constantFrom(...ratings),
    broken: fc.constantFrom("none", "none", "none", "nip", "indicator", "multibyte")
  })
  .map((r) =>
    JSON.stringify({
      employee: r.broken === "nip" ? "19900101202001100X" : `199001012020011${String(r.seq).padStart(3, "0")}`,
      period: "2026-Q2",
      scorecard: "pelaksana",
      ...(r.broken === "multibyte" ? { nama: "Siti Ñurhaliza — 日本 😀" } : {}),
      measurements: [
        { indicator: r.broken === "indicator" ? "tidak-ada" : "dokumen-selesai", target: 100, realisasi: r.realisasi },
        { indicator: "mutu-dokumen", target: 100, realisasi: r.realisasi },
        { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 40 },
        { indicator: "keluhan-masyarakat", target: 5, realisasi: 1 }
      ],
      berakhlak: Object.fromEntries(values.map((v) => [v, r.rating]))
    })
  )

/** One line of input (without its line break). */
const line = fc.oneof(
  { weight: 8, arbitrary: record },
  { weight: 1, arbitrary: fc.constantFrom("", "   ", "\t") },
  { weight: 1, arbitrary: fc.constantFrom("{bad", "[1,2", "nul", '{"employee":') },
  // over the limit: in ASCII; in 2-byte characters, so the byte count alone does not tell (found once decoded);
  // in 3-byte characters past 3 bytes per unit of the limit (found from the bytes, never held whole)
  {
    weight: 1,
    arbitrary: fc.constantFrom(`"${"x".repeat(MAX_LINE)}"`, `"${"é".repeat(MAX_LINE - 1)}"`, `"${"日".repeat(1600)}"`)
  },
  // just under the limit with multi-byte characters: read and reported as a record problem, not as too long
  { weight: 1, arbitrary: fc.constant(`{"nama":"${"é".repeat(MAX_LINE - 20)}"}`) }
)

const input = fc.record({
  lines: fc.array(line, { minLength: 0, maxLength: 40 }),
  crlf: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  bom: fc.boolean(),
  finalBreak: fc.boolean(),
  // an invalid byte somewhere (index into the lines), or none
  invalidAt: fc.option(fc.nat(), { nil: undefined }),
  invalid: fc.constantFrom([0xff], [0xc3], [0xe6, 0x97], [0xed, 0xa0, 0x80], [0xc0, 0xaf]),
  cuts: fc.array(fc.nat(), { maxLength: 12 }),
  pieceBytes: fc.integer({ min: 1, max: 3000 }),
  rules: fc.boolean(),
  compact: fc.boolean(),
  output: fc.constantFrom<OutputFormat>("ndjson", "json", "csv")
})

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never

/** The input's bytes, as a list of lines (each with its line break) so the line-by-line reader can be fed by line. */
const bytesOf = (i: Input): Array<Uint8Array> => {
  const encoder = new TextEncoder()
  const out = i.lines.map((text, k) => {
    const last = k === i.lines.length - 1
    const end = last && !i.finalBreak ? "" : i.crlf[k] ? "\r\n" : "\n"
    let bytes = encoder.encode(text + end)
    // (not into a line whose bytes alone prove it over the limit: that line is skipped unread, see below)
    if (i.invalidAt !== undefined && i.invalidAt % Math.max(1, i.lines.length) === k && bytes.length < 4000) {
      const at = Math.floor(bytes.length / 2)
      bytes = Uint8Array.from([...bytes.subarray(0, at), ...i.invalid, ...bytes.subarray(at)])
    }
    return bytes
  })
  if (i.bom && out.length > 0) out[0] = Uint8Array.from([0xef, 0xbb, 0xbf, ...(out[0] as Uint8Array)])
  return out
}

const concat = (parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    all.set(p, at)
    at += p.length
  }
  return all
}

/** The bytes cut into chunks at the given places (inside characters and CRLF pairs too). */
const chunked = (all: Uint8Array, cuts: ReadonlyArray<number>): Array<Uint8Array> => {
  const at = [...new Set(cuts.map((c) => (all.length === 0 ? 0 : c % all.length)))].sort((a, b) => a - b)
  const out: Array<Uint8Array> = []
  let start = 0
  for (const c of at) {
    if (c > start) out.push(all.slice(start, c))
    start = Math.max(start, c)
  }
  if (start < all.length) out.push(all.slice(start))
  return out
}

async function* stream(chunks: ReadonlyArray<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield c
}

interface Result {
  readonly output: string
  readonly records: number
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
}

/**
 * The line-by-line reader (`Records.rawItems` over `Records.decode`, one item per line, as `pembinaan score` read
 * before pieces), fed one line per chunk so that an invalid byte stops it exactly after the lines before it.
 */
const byLine = async (i: Input): Promise<Result> => {
  const scorer = scorerFor(i.rules, i.compact)
  const items: Array<Records.Item | Records.RawLine> = []
  for await (const item of Records.rawItems("ndjson", stream(bytesOf(i)), { maxLine: MAX_LINE, lang: "en" }))
    items.push(item)
  const outcome = scoreItems(scorer, "ndjson", i.output, items)
  return {
    output: outcome.outputs.length === 0 ? "" : joinRecords(i.output, outcome.outputs),
    records: items.length,
    problems: outcome.problems,
    problemCount: outcome.problemCount
  }
}

const inPieces = async (i: Input, workers: number): Promise<Result> => {
  const bodies: Array<string> = []
  const result = await scoreNdjson({
    chunks: stream(chunked(concat(bytesOf(i)), i.cuts)),
    setup: { scorer: scorerFor(i.rules, i.compact), input: "ndjson", output: i.output },
    read: { maxLine: MAX_LINE, lang: "en" },
    workers,
    write: (body) => {
      bodies.push(body)
    },
    progress: () => {},
    progressEvery: 1_000_000,
    maxProblems: 10_000,
    pieceBytes: i.pieceBytes
  })
  // the framing between bodies is ScoredOutput's: NDJSON and CSV bodies end their lines, JSON bodies are joined
  return { output: bodies.join(i.output === "json" ? ",\n" : ""), ...result }
}

describe("NDJSON in pieces", () => {
  it("reads, scores and reports like the line-by-line reader, in this thread", async () => {
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        expect(await inPieces(i, 1)).toEqual(await byLine(i))
      }),
      { numRuns: 300, seed: 1828 }
    )
  })

  it("gives the same with worker threads (2 and 3 scoring threads)", async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(2, 3), async (i, workers) => {
        expect(await inPieces(i, workers)).toEqual(await byLine(i))
      }),
      { numRuns: 12, seed: 1829 }
    )
  }, 120_000)

  it("names the line and byte of an invalid byte and scores the lines before it", async () => {
    const text = `${'{"a":1}\n'.repeat(3)}{"b":"\xff"}\n{"c":2}\n`
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0))
    const result = await scoreNdjson({
      chunks: stream([bytes]),
      setup: { scorer: scorerFor(false, false), input: "ndjson", output: "ndjson" },
      read: { lang: "en" },
      workers: 1,
      write: () => {},
      progress: () => {},
      progressEvery: 1_000_000,
      maxProblems: 100,
      pieceBytes: 5
    })
    expect(result.records).toBe(4)
    expect(result.problems.at(-1)).toEqual({
      path: [4],
      message: "invalid UTF-8 at line 4 (byte 30); give --encoding windows-1252 if the file is not UTF-8",
      code: "syntax"
    })
  })

  it("skips a line whose bytes prove it over the limit without keeping it, and reads on", async () => {
    // line 2: 6,000 bytes of 3-byte characters, with an invalid byte in it (unread: reported as too long)
    const e = new TextEncoder()
    const bytes = concat([
      e.encode(`{"a":1}\n{"nama":"${"日".repeat(1000)}`),
      Uint8Array.from([0xff]),
      e.encode(`${"日".repeat(1000)}"}\r\n{"c":2}`)
    ])
    const result = await scoreNdjson({
      chunks: stream(chunked(bytes, [3, 700, 701, 5000])),
      setup: { scorer: scorerFor(false, false), input: "ndjson", output: "ndjson" },
      read: { maxLine: MAX_LINE, lang: "id" },
      workers: 1,
      write: () => {},
      progress: () => {},
      progressEvery: 1_000_000,
      maxProblems: 100
    })
    expect(result.records).toBe(3)
    const lines = result.problems.map((p) => p.path[0])
    expect(lines).toContain(2)
    expect(lines).toContain(3)
    expect(result.problems.find((p) => p.path[0] === 2)).toEqual({
      path: [2],
      message: `baris lebih panjang dari ${MAX_LINE} karakter (batasnya; lihat --max-line)`,
      code: "syntax"
    })
  })

  it("cuts pieces only after line breaks, never keeps a line over the limit whole, and loses no byte", async () => {
    await fc.assert(
      fc.asyncProperty(input, async (i) => {
        const all = concat(bytesOf(i))
        const got: Array<Uint8Array> = []
        let skipped = 0
        for await (const p of pieces(stream(chunked(all, i.cuts)), { maxLine: MAX_LINE, size: i.pieceBytes })) {
          if (p._tag === "TooLong") {
            skipped++
            continue
          }
          expect(p.bytes.length).toBeGreaterThan(0)
          const endsLine = p.bytes[p.bytes.length - 1] === 10
          // only the input's last piece may end without a line break, and it is where the input ends
          if (!endsLine) expect(p.offset + p.bytes.length).toBe(all.length)
          expect(p.bytes).toEqual(all.subarray(p.offset, p.offset + p.bytes.length))
          got.push(p.bytes)
        }
        // without skipped lines, the pieces are the input, in order
        if (skipped === 0) expect(concat(got)).toEqual(all)
      }),
      { numRuns: 300, seed: 1830 }
    )
  })
})
