/**
 * The fast path of `pembinaan score` (no trace) against the general path, record by record: for generated records
 * (valid ones, broken ones, records with history or facts, odd ids) the output text and the problems equal what
 * `scoreRecord` + `serialise` give for each record on its own; and one and two workers give the same bytes.
 */
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Behaviour, Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type * as Records from "../src/records.js"
import {
  idProblem,
  isCanonicalNip,
  type OutputFormat,
  type RecordProblem,
  type Scorer,
  scoreItems,
  scoreRecord,
  serialise
} from "../src/score.js"
import { pembinaan } from "./run.js"

const policy = Presets.bukittinggi.policy

/** The general path for one item, as `scoreItems` did before the fast path (and still does for the rest). */
const general = (scorer: Scorer, output: OutputFormat, item: Records.RawLine | Records.Item) => {
  if (item._tag === "SyntaxProblem") return { problems: [{ path: [item.at], message: item.message, code: "syntax" }] }
  let value: unknown
  if (item._tag === "Line") {
    try {
      value = JSON.parse(item.text)
    } catch (e) {
      return { problems: [{ path: [item.at], message: (e as Error).message, code: "syntax" }] }
    }
  } else value = item.value
  const scored = scoreRecord(scorer, value)
  if (Result.isFailure(scored)) {
    return { problems: scored.failure.map((p): RecordProblem => ({ ...p, path: [item.at, ...p.path] })) }
  }
  return { output: serialise(output, scored.success, scorer.extraColumns, scorer.compact) }
}

// ---------------------------------------------------------------------------------------------------------------
// NIPs
// ---------------------------------------------------------------------------------------------------------------

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""))
const pad = (n: number, width: number) => String(n).padStart(width, "0")
/** NIP-like 18-digit texts: mostly plausible parts (valid or just past an edge), sometimes any digits. */
const nipLike = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: 1890, max: 2010 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      tmtYear: fc.integer({ min: 1890, max: 2030 }),
      tmtMonth: fc.integer({ min: 0, max: 13 }),
      gender: fc.integer({ min: 0, max: 3 }),
      sequence: fc.integer({ min: 0, max: 999 })
    })
    .map(
      (p) =>
        `${pad(p.year, 4)}${pad(p.month, 2)}${pad(p.day, 2)}${pad(p.tmtYear, 4)}${pad(p.tmtMonth, 2)}${p.gender}${pad(p.sequence, 3)}`
    ),
  digits(18)
)

/** Valid NIPs (born 1950–1999, TMT CPNS 2000–2025). */
const validNip = fc
  .record({
    year: fc.integer({ min: 1950, max: 1999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    tmtYear: fc.integer({ min: 2000, max: 2025 }),
    tmtMonth: fc.integer({ min: 1, max: 12 }),
    gender: fc.integer({ min: 1, max: 2 }),
    sequence: fc.integer({ min: 1, max: 999 })
  })
  .map(
    (p) =>
      `${p.year}${pad(p.month, 2)}${pad(p.day, 2)}${p.tmtYear}${pad(p.tmtMonth, 2)}${p.gender}${pad(p.sequence, 3)}`
  )

describe("isCanonicalNip", () => {
  it("says yes exactly when idProblem finds nothing, for 18-digit ids", () => {
    fc.assert(
      fc.property(nipLike, (s) => {
        expect(isCanonicalNip(s)).toBe(idProblem("employee", s) === undefined)
      }),
      { numRuns: 5000 }
    )
  })

  it("says yes to every valid NIP", () => {
    fc.assert(
      fc.property(validNip, (s) => {
        expect(isCanonicalNip(s)).toBe(true)
      })
    )
  })

  it("never says yes to an id with a problem", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          nipLike.map((s) => ` ${s}`),
          nipLike.map((s) => s.slice(1))
        ),
        (s) => {
          if (isCanonicalNip(s)) expect(idProblem("employee", s)).toBeUndefined()
        }
      )
    )
    expect(isCanonicalNip("199002292020011001")).toBe(false) // 1990 is no leap year
    expect(isCanonicalNip("199202292020011001")).toBe(true)
    expect(isCanonicalNip("199001012020011000")).toBe(false) // sequence 000: Excel
    expect(isCanonicalNip("199005012020011001".replace("2020", "1990").replace("01 1", "05 1"))).toBe(false)
    expect(isCanonicalNip("１99001012020011001")).toBe(false) // a full-width digit
  })
})

// ---------------------------------------------------------------------------------------------------------------
// records
// ---------------------------------------------------------------------------------------------------------------

const rating = fc.constantFrom(...Quadrant.ratings)
const amount = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 150 }), weight: 4 },
  fc.integer({ min: 0, max: 15000 }).map((u) => u / 100),
  fc.constantFrom(-1, 0, 89.995)
)
const recordArb = fc
  .record({
    employee: fc.oneof(
      { arbitrary: validNip, weight: 12 },
      { arbitrary: nipLike, weight: 3 },
      fc.constantFrom("BKT-0001", "1,98705E+17", "199001012020011001.0", "a\u0001b", "", "1990 0101 2020 01 1 001")
    ),
    period: fc.oneof(
      { arbitrary: fc.constantFrom("2026-Q4", "2026-Q2", "2026"), weight: 6 },
      fc.constantFrom("2026-Q5", "2026-13", "Q\u0007", "2026-06")
    ),
    realisasi: fc.array(amount, { minLength: 4, maxLength: 4 }),
    targets: fc.array(fc.oneof({ arbitrary: fc.constantFrom(100, 60, 5), weight: 5 }, amount), {
      minLength: 4,
      maxLength: 4
    }),
    berakhlak: fc.array(rating, { minLength: 7, maxLength: 7 }),
    extra: fc.oneof(
      { arbitrary: fc.constant("none"), weight: 6 },
      fc.constantFrom("history", "facts", "unknown-key", "drop-berakhlak", "array", "number-employee", "bad-facts")
    ),
    previous: fc.constantFrom(...Quadrant.predikats)
  })
  .map((g): unknown => {
    const ids = ["dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat"]
    const r: Record<string, unknown> = {
      employee: g.employee,
      period: g.period,
      scorecard: "pelaksana",
      measurements: ids.map((indicator, i) => ({ indicator, target: g.targets[i], realisasi: g.realisasi[i] })),
      berakhlak: Object.fromEntries(Behaviour.coreValues.map((v, i) => [v, g.berakhlak[i]]))
    }
    switch (g.extra) {
      case "history":
        r.history = [{ period: "2026-Q1", predikat: g.previous, score: 80 }]
        break
      case "facts":
        r.facts = { talentBox: 5, unit: { ikm: 80, mutu: "B" } }
        break
      case "bad-facts":
        r.facts = { flags: { undeclared: true } }
        break
      case "unknown-key":
        r.nama = "Siti"
        break
      case "drop-berakhlak":
        delete r.berakhlak
        break
      case "array":
        return [r]
      case "number-employee":
        r.employee = 199001012020011000 // a NIP read as a number (it lost its last digits)
        break
    }
    return r
  })

const scorerArb = fc
  .record({
    rules: fc.constantFrom("bukittinggi", "national", "none"),
    asOf: fc.constantFrom(undefined, "2026-12-31"),
    compact: fc.boolean(),
    lang: fc.constantFrom("id", "en") as fc.Arbitrary<"id" | "en">
  })
  .map(
    (s): Scorer => ({
      policy,
      rules:
        s.rules === "none"
          ? undefined
          : s.rules === "national"
            ? Presets.rules.national
            : Presets.regionRules.bukittinggi,
      asOf: s.asOf,
      trace: false,
      cells: { lang: s.lang },
      extraColumns: [],
      ...(s.compact ? { compact: true } : {})
    })
  )

describe("the fast path of score (no trace)", () => {
  it("gives the general path's output and problems, record by record (NDJSON lines and parsed JSON)", () => {
    fc.assert(
      fc.property(
        scorerArb,
        fc.constantFrom("ndjson", "json", "csv") as fc.Arbitrary<OutputFormat>,
        fc.array(fc.oneof({ arbitrary: recordArb, weight: 9 }, fc.constant("{not json")), {
          minLength: 1,
          maxLength: 20
        }),
        fc.boolean(),
        (scorer, output, records, asLines) => {
          const items: Array<Records.RawLine | Records.Item> = records.map((r, i) =>
            r === "{not json"
              ? asLines
                ? { _tag: "Line", at: i + 1, text: r }
                : { _tag: "SyntaxProblem", at: i + 1, message: "bad" }
              : asLines
                ? { _tag: "Line", at: i + 1, text: JSON.stringify(r) }
                : { _tag: "Record", at: i + 1, value: r }
          )
          const batch = scoreItems(scorer, asLines ? "ndjson" : "json", output, items)
          const each = items.map((item) => general(scorer, output, item))
          expect(batch.outputs).toEqual(each.flatMap((e) => (e.output === undefined ? [] : [e.output])))
          expect(batch.problems).toEqual(each.flatMap((e) => e.problems ?? []))
        }
      ),
      { numRuns: 300 }
    )
  })

  it("writes decisions as outcome ids with --compact", () => {
    const scorer: Scorer = {
      policy,
      rules: Presets.regionRules.bukittinggi,
      asOf: undefined,
      trace: false,
      compact: true
    }
    const line = JSON.stringify({
      employee: "199001012020011001",
      period: "2026-Q4",
      scorecard: "pelaksana",
      measurements: [
        { indicator: "dokumen-selesai", target: 100, realisasi: 50 },
        { indicator: "mutu-dokumen", target: 100, realisasi: 50 },
        { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 30 },
        { indicator: "keluhan-masyarakat", target: 5, realisasi: 9 }
      ],
      berakhlak: Object.fromEntries(Behaviour.coreValues.map((v) => [v, "Dibawah Ekspektasi"]))
    })
    const [out] = scoreItems(scorer, "ndjson", "ndjson", [{ _tag: "Line", at: 1, text: line }]).outputs
    const parsed = JSON.parse(out as string)
    expect(parsed.predikat).toBe("Sangat Kurang")
    expect(parsed.decisions.length).toBeGreaterThan(0)
    expect(parsed.decisions.every((d: unknown) => typeof d === "string")).toBe(true)
  })
})

describe("pembinaan score --trace none on every core", () => {
  const dir = mkdtempSync(join(tmpdir(), "pembinaan-fast-"))
  const lines = fc.sample(recordArb, { numRuns: 2300, seed: 18 }).map((r) => JSON.stringify(r))
  const file = join(dir, "mixed.ndjson")
  writeFileSync(file, `${lines.join("\n")}\n`)

  it.each([
    ["ndjson", []],
    ["json", ["--compact"]],
    ["csv", ["--rules", "none"]]
  ] as const)("gives the same %s output with one and two workers %j", async (format, extra) => {
    const args = ["score", file, "--policy", "bukittinggi", "--format", format, "--trace", "none", ...extra]
    const one = await pembinaan([...args, "--workers", "1"])
    const two = await pembinaan([...args, "--workers", "2"])
    expect(one.code).toBe(1) // some generated records have problems
    expect(two.code).toBe(one.code)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr.split("\n").filter((l) => l.startsWith("{"))).toEqual(
      one.stderr.split("\n").filter((l) => l.startsWith("{"))
    )
    expect(one.stdout.split("\n").length).toBeGreaterThan(800)
  })
})
