/**
 * Fuzzing the CLI's inputs (issue 10, item 2): the streaming readers (CSV, NDJSON, JSON array) and `main` itself,
 * in process, with an in-memory Io. Text is generated and mutated (valid files with characters dropped, inserted and
 * swapped; quotes, separators, BOMs, CRs; deep nesting; prototype keys; huge numbers), and split into chunks at random
 * places, because the readers carry state across chunk boundaries.
 *
 * The property: the readers never throw and number their items in order; `main` always resolves to 0, 1 or 2, never
 * rejects, and when it exits 1 every line of stderr is a JSON error document.
 */
import { Readable } from "node:stream"
import { type Io, main, Records } from "@pembinaan/cli"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const RUNS = Number(process.env.FUZZ_RUNS ?? 200)
const SLOW_MS = 5_000

// ---------------------------------------------------------------------------------------------------------------
// Text generators
// ---------------------------------------------------------------------------------------------------------------

const coreValues = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const record = (employee: string, factor: number, rating: string) => ({
  employee,
  period: "2026-Q2",
  scorecard: "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 100, realisasi: 100 * factor },
    { indicator: "mutu-dokumen", target: 100, realisasi: 100 * factor },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: Math.min(60, 60 * factor) },
    { indicator: "keluhan-masyarakat", target: 10, realisasi: 10 * (2 - factor) }
  ],
  berakhlak: Object.fromEntries(coreValues.map((v) => [v, rating]))
})
const records = [
  record("199001012020011001", 1.2, "Diatas Ekspektasi"),
  record("199001012020011002", 0.6, "Sesuai Ekspektasi"),
  record("199001012020011003", 1, "Dibawah Ekspektasi")
]
const ndjsonText = `${records.map((r) => JSON.stringify(r)).join("\n")}\n`
const jsonText = JSON.stringify(records, null, 1)
const ikmHeader = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
const ikmCsv = `${ikmHeader.join(",")}\n${Array.from({ length: 12 }, (_, i) => ikmHeader.map((_, j) => ((i + j) % 4) + 1).join(",")).join("\n")}\n`
const ikmNdjson = `${Array.from({ length: 6 }, (_, i) => JSON.stringify(Object.fromEntries(ikmHeader.map((u, j) => [u, ((i * j) % 4) + 1])))).join("\n")}\n`
const quotedCsv = '\uFEFFid,name,U1\r\n1,"Siti, S.Pd",4\n2,"line\nbreak ""q""",3\n'

const deepJson = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`
const hostile = [
  "",
  "\n",
  "\r\n\r\n",
  "\uFEFF",
  '"',
  '"""',
  ",,,\n,,,",
  ";;\n;",
  "[",
  "]",
  "[]",
  "{}",
  "null",
  '[null, 1, "x", true]',
  `[${deepJson(100_000)}]`,
  `${deepJson(100_000)}\n`,
  '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}\n',
  '[{"__proto__": {"polluted": "yes"}}]',
  "__proto__,constructor\n1,2\n",
  '{"employee": "x", "period": "2026-Q1", "measurements": [{"indicator": "dokumen-selesai", "target": 1e999, "realisasi": -1e999}]}\n',
  '{"employee": "x", "period": "2026-Q1", "measurements": [{"indicator": "dokumen-selesai", "target": 0, "realisasi": 0}]}\n',
  `${"x".repeat(200_000)}\n`,
  "U1,U2\n9999999999999999999999,-0\n",
  "U1,U2,U3,U4,U5,U6,U7,U8,U9\n1e400,NaN,Infinity,-1,0,0x10, 4 ,4.0,\n"
]

const valid = [ndjsonText, jsonText, ikmCsv, ikmNdjson, quotedCsv]
const alphabet = [...'ab1,;"\n\r{}[]: .-e\\', "\uFEFF", "\u0000", "é", "😀"]

/** A valid text with characters dropped, inserted, swapped and replaced at random places. */
const mutatedText = fc
  .record({
    base: fc.constantFrom(...valid, ...hostile.slice(0, 14)),
    edits: fc.array(
      fc.tuple(
        fc.nat({ max: 3 }),
        fc.nat(),
        fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom(...hostile.slice(0, 14)))
      ),
      { minLength: 1, maxLength: 8 }
    )
  })
  .map(({ base, edits }) =>
    edits.reduce((text, [kind, at, insert]) => {
      const i = text.length === 0 ? 0 : at % text.length
      switch (kind) {
        case 0:
          return text.slice(0, i) + text.slice(i + 1)
        case 1:
          return text.slice(0, i) + insert + text.slice(i)
        case 2:
          return text.slice(0, i) + insert + text.slice(i + 1)
        default:
          return text.slice(i) + text.slice(0, i)
      }
    }, base)
  )

const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...valid) },
  { weight: 6, arbitrary: mutatedText },
  { weight: 2, arbitrary: fc.constantFrom(...hostile) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }).map((cs) => cs.join("")) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
          fc.string()
        ),
        { maxLength: 10 }
      )
      .map((ls) => ls.join("\n"))
  }
)

/** Cuts a text into chunks at the given places (readers must carry state across chunk boundaries). */
const chunked = fc.tuple(text, fc.array(fc.nat(), { maxLength: 6 })).map(([t, cuts]) => {
  const at = [...new Set(cuts.map((c) => (t.length === 0 ? 0 : c % t.length)))].sort((a, b) => a - b)
  const chunks: Array<string> = []
  let start = 0
  for (const c of at) {
    chunks.push(t.slice(start, c))
    start = c
  }
  chunks.push(t.slice(start))
  return chunks
})

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join()
const checkPrototype = () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeKeys)
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
}

const withDeadline = <A>(what: string, p: Promise<A>): Promise<A> =>
  Promise.race([
    p,
    new Promise<A>((_, reject) => setTimeout(() => reject(new Error(`${what} took over ${SLOW_MS} ms`)), SLOW_MS))
  ])

// ---------------------------------------------------------------------------------------------------------------
// Readers
// ---------------------------------------------------------------------------------------------------------------

describe("Records readers under random and mutated text", () => {
  it.each(["csv", "ndjson", "json"] as const)(
    "%s: never throws, items numbered in order, terminates",
    async (format) => {
      await fc.assert(
        fc.asyncProperty(chunked, async (chunks) => {
          const items: Array<Records.Item> = []
          await withDeadline(
            format,
            (async () => {
              for await (const item of Records.read(format, Readable.from(chunks))) items.push(item)
            })()
          )
          let last = 0
          for (const item of items) {
            expect(["Record", "SyntaxProblem"]).toContain(item._tag)
            // 0 is the document itself (for example "expected a JSON array")
            expect(Number.isSafeInteger(item.at) && item.at >= 0).toBe(true)
            expect(item.at).toBeGreaterThanOrEqual(last)
            last = item.at
            if (item._tag === "SyntaxProblem") expect(typeof item.message).toBe("string")
          }
          checkPrototype()
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261123) }
      )
    }
  )

  it("reads the valid texts whole, whatever the chunking", async () => {
    const read = async (format: Records.Format, chunks: ReadonlyArray<string>) => {
      const out: Array<Records.Item> = []
      for await (const item of Records.read(format, Readable.from(chunks))) out.push(item)
      return out
    }
    const whole = await read("ndjson", [ndjsonText])
    expect(whole.filter((i) => i._tag === "Record")).toHaveLength(3)
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: ndjsonText.length }), { maxLength: 8 }), async (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b)
        const chunks = [0, ...at].map((c, i) => ndjsonText.slice(c, at[i] ?? ndjsonText.length))
        expect(await read("ndjson", chunks)).toEqual(whole)
      }),
      { numRuns: 50 }
    )
  })
})

// ---------------------------------------------------------------------------------------------------------------
// main, in process
// ---------------------------------------------------------------------------------------------------------------

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const run = async (argv: ReadonlyArray<string>, chunks: ReadonlyArray<string>): Promise<Run> => {
  let stdout = ""
  let stderr = ""
  const io: Io = {
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    stdin: Readable.from(chunks),
    env: { LANG: "C" }
  }
  const code = await withDeadline(argv.join(" "), main(argv, io))
  return { code, stdout, stderr }
}

const checkRun = (argv: ReadonlyArray<string>, r: Run) => {
  const where = `pembinaan ${argv.join(" ")}`
  if (![0, 1, 2].includes(r.code)) throw new Error(`${where}: exit ${r.code}`)
  if (r.code === 1) {
    const lines = r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("pembinaan score:"))
    if (lines.length === 0) throw new Error(`${where}: exit 1 without an error document`)
    for (const line of lines) {
      let parsed: unknown
      try {
        parsed = JSON.parse(line)
      } catch {
        throw new Error(`${where}: stderr is not JSON: ${line.slice(0, 300)}`)
      }
      if (typeof parsed !== "object" || parsed === null || !("error" in parsed || "stats" in parsed)) {
        throw new Error(`${where}: stderr JSON without "error": ${line.slice(0, 300)}`)
      }
    }
  }
  checkPrototype()
}

const anyArg = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "-",
    "--",
    "-h",
    "--help",
    "--lang",
    "en",
    "id",
    "xx",
    "--format",
    "--input",
    "--policy",
    "--population",
    "--weighting",
    "exact",
    "printed",
    "csv",
    "json",
    "ndjson",
    "bukittinggi",
    "national",
    "nope",
    "missing-file.ndjson",
    "0",
    "-1",
    "1e9",
    "NaN",
    "Infinity",
    "4700000",
    "9".repeat(400),
    "__proto__",
    "constructor"
  )
)

const value = (choices: ReadonlyArray<string>) => fc.oneof(fc.constantFrom(...choices), anyArg)

/** Argument lists for a command: its options with plausible and hostile values, in any order, sometimes junk. */
const argsFor = (
  head: ReadonlyArray<string>,
  options: Record<string, ReadonlyArray<string>>,
  positional: fc.Arbitrary<string>
) =>
  fc
    .tuple(
      fc.subarray(Object.keys(options)),
      fc.dictionary(fc.constantFrom(...Object.keys(options)), fc.constant(null)),
      positional,
      fc.array(anyArg, { maxLength: 2 }),
      fc.boolean(),
      fc.nat()
    )
    .chain(([keys, , pos, junk, withJunk, seed]) =>
      fc.tuple(...keys.map((k) => value(options[k] ?? []).map((v) => [`--${k}`, v]))).map((pairs) => {
        const args = [pos, ...pairs.flat(), ...(withJunk ? junk : [])]
        // rotate to vary the order of positionals and options
        const r = args.length === 0 ? 0 : seed % args.length
        return [...head, ...args.slice(r), ...args.slice(0, r)]
      })
    )

const cases: ReadonlyArray<readonly [string, fc.Arbitrary<ReadonlyArray<string>>]> = [
  [
    "ikm -",
    argsFor(
      ["ikm"],
      {
        population: ["100", "0", "-5", "1.5", "4700000", "1e400"],
        weighting: ["exact", "printed"],
        format: ["csv", "json", "ndjson"],
        lang: ["en", "id"]
      },
      fc.constantFrom("-", "-", "-", "missing-file.csv")
    )
  ],
  [
    "score - --policy bukittinggi",
    argsFor(
      ["score"],
      {
        policy: ["bukittinggi", "muaratebo", "sawahlunto", "national", "nope"],
        format: ["json", "ndjson", "csv"],
        input: ["json", "ndjson", "csv"],
        "as-of": ["2026-12-31", "2026-02-30", "x"],
        trace: ["full", "none"],
        rules: ["national", "nope"],
        lang: ["en", "id"]
      },
      fc.constantFrom("-", "-", "-", "missing-file.ndjson")
    )
  ],
  [
    "predikat",
    argsFor(
      ["predikat"],
      {
        hasil: ["Diatas Ekspektasi", "Sesuai Ekspektasi", "Dibawah Ekspektasi", "Istimewa", ""],
        perilaku: ["Diatas Ekspektasi", "Sesuai Ekspektasi", "Dibawah Ekspektasi", "", "__proto__"],
        lang: ["en", "id"]
      },
      fc.constantFrom("", "x")
    ).map((args) => args.filter((a) => a !== ""))
  ],
  [
    "sample-size",
    argsFor(
      ["sample-size"],
      { lang: ["en", "id"] },
      fc.oneof(anyArg, fc.double().map(String), fc.integer().map(String))
    )
  ],
  ["anything", fc.array(anyArg, { maxLength: 6 })]
]

describe("main (in process) under random arguments and input", () => {
  it.each(cases)("%s: exit 0, 1 or 2; never rejects; stderr is JSON on exit 1", async (_, argv) => {
    await fc.assert(
      fc.asyncProperty(argv, chunked, async (args, chunks) => {
        checkRun(args, await run(args, chunks))
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261123) }
    )
  })

  it("scores the valid NDJSON file (the fuzzing reaches real scoring)", async () => {
    const r = await run(["score", "-", "--policy", "bukittinggi", "--format", "ndjson"], [ndjsonText])
    expect(r.code).toBe(0)
    expect(r.stdout.trim().split("\n")).toHaveLength(3)
    const ikm = await run(["ikm", "-", "--format", "csv"], [ikmCsv])
    expect(ikm.code).toBe(0)
  })
})
