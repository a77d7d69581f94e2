/**
 * The browser guards (src/internal/guards.ts) against core's Schemas as core decodes with them (`Input.decode`:
 * every problem, unknown keys refused): for values generated around valid data (a leaf replaced by a wrong value, a
 * key removed, an unknown key added), the guard and the Schema must accept and refuse the same values and report
 * problems at the same paths.
 */
import { Distribution, Exact, Input, LegalBasis, Presets, Quadrant, SampleSize, Talent } from "@pembinaan/core"
import type { Schema } from "effect"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { exactOf } from "../src/internal/exact.js"
import { check, type Guard } from "../src/internal/guard.js"
import * as guards from "../src/internal/guards.js"
import { evaluated, jpm } from "./fixtures.js"

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [k: string]: Json }

/** Every path to a value inside `v` (the root included). */
const paths = (v: unknown, at: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> => [
  at,
  ...(Array.isArray(v)
    ? v.flatMap((x, i) => paths(x, [...at, i]))
    : typeof v === "object" && v !== null
      ? Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))
      : [])
]

const setAt = (v: unknown, path: ReadonlyArray<string | number>, f: (old: unknown) => unknown): unknown => {
  if (path.length === 0) return f(v)
  const [head, ...rest] = path as [string | number, ...Array<string | number>]
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? setAt(x, rest, f) : x))
  const o = v as Record<string, unknown>
  return { ...o, [head]: setAt(o[head], rest, f) }
}

const REMOVE = Symbol("remove")
const strip = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.filter((x) => x !== REMOVE).map(strip)
    : typeof v === "object" && v !== null
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => x !== REMOVE)
            .map(([k, x]) => [k, strip(x)])
        )
      : v

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    101,
    Number.NaN,
    "",
    "x",
    "Baik",
    "Sesuai Ekspektasi",
    "at-most",
    [],
    {},
    [1],
    { a: 1 }
  ),
  fc.string(),
  fc.integer()
)

/** One change to a valid value: a leaf or subtree replaced, a key or element removed, or an unknown key added. */
const mutation = (valid: unknown): fc.Arbitrary<unknown> => {
  const all = paths(valid)
  return fc
    .tuple(fc.constantFrom(...all), fc.integer({ min: 0, max: 2 }), junk)
    .map(([path, kind, value]) =>
      strip(
        kind === 0
          ? setAt(valid, path, () => value)
          : kind === 1
            ? setAt(valid, path, () => REMOVE)
            : setAt(valid, path, (old) =>
                typeof old === "object" && old !== null && !Array.isArray(old) ? { ...old, extra: value } : old
              )
      )
    )
}

const key = (p: ReadonlyArray<string | number>) => JSON.stringify(p.map(String))

const compare = (schema: Schema.ConstraintDecoder<unknown>, g: Guard<unknown>, value: unknown) => {
  const core = Input.decode(schema)(value)
  const browser = check(g, value)
  const corePaths = Result.isSuccess(core) ? [] : [...new Set(core.failure.problems.map((p) => key(p.path)))].sort()
  const browserPaths = browser.ok ? [] : [...new Set(browser.problems.map((p) => key(p.path)))].sort()
  return { coreOk: Result.isSuccess(core), browserOk: browser.ok, corePaths, browserPaths }
}

const agree = (schema: Schema.ConstraintDecoder<unknown>, g: Guard<unknown>, valid: Json) => {
  expect(compare(schema, g, valid)).toMatchObject({ coreOk: true, browserOk: true })
  fc.assert(
    fc.property(fc.oneof(mutation(valid), mutation(valid).chain(mutation)), (value) => {
      const r = compare(schema, g, value)
      expect(r.browserOk, JSON.stringify(value)).toBe(r.coreOk)
      expect(r.browserPaths, JSON.stringify(value)).toEqual(r.corePaths)
    }),
    { numRuns: 400 }
  )
}

const plain = (v: unknown): Json => JSON.parse(JSON.stringify(v))

describe("browser guards agree with core's Schemas", () => {
  it("LegalBasis", () => agree(LegalBasis.LegalBasis, guards.legalBasis, plain(Presets.national.quadrant.legalBasis)))
  it("Quadrant.Ratings", () =>
    agree(Quadrant.Ratings, guards.ratings, { hasilKerja: "Sesuai Ekspektasi", perilakuKerja: "Diatas Ekspektasi" }))
  it("Quadrant.Matrix", () => agree(Quadrant.Matrix, guards.matrix, plain(Presets.national.quadrant)))
  it("Distribution.Policy", () =>
    agree(Distribution.Policy, guards.distributionPolicy, plain(Presets.distribution.circular2023)))
  it("Exact.Rounding", () => agree(Exact.Rounding, guards.rounding, { scale: 2, mode: "half-up" }))
  it("Talent.Policy", () => agree(Talent.Policy, guards.talentPolicy, plain(Presets.talent.policy)))
  it("Talent.Candidate", () => {
    agree(Talent.Candidate, guards.talentCandidate, { employee: "e1", predikat: "Baik", potensial: 72.5 })
    agree(Talent.Candidate, guards.talentCandidate, { predikat: "Sangat Kurang", potensial: 0 })
  })
  it("SampleSize.Collected", () => {
    agree(SampleSize.Collected, guards.sampleCollected, { population: 100, respondents: 72 })
    // the edges of both bounds, each side
    for (const [population, respondents] of [
      [1, 0],
      [0, 0],
      [1, -1],
      [2.5, 1],
      [1, 0.5]
    ] as const) {
      const ok = population >= 1 && respondents >= 0 && Number.isInteger(population) && Number.isInteger(respondents)
      expect(compare(SampleSize.Collected, guards.sampleCollected, { population, respondents })).toMatchObject({
        coreOk: ok,
        browserOk: ok
      })
    }
  })
})

describe("guards of core's results check every enum", () => {
  it("accept core's own results", () => {
    expect(check(guards.evaluated, plain(evaluated())).ok).toBe(true)
    expect(check(guards.jpmMatch, plain(jpm([1, 3, "not-assessed", 2]))).ok).toBe(true)
    expect(check(guards.jpmMatch, plain(jpm([1, 3, 4, 2]))).ok).toBe(true)
  })
  it("refuses an unknown JPM total status with its path", () => {
    const r = check(guards.jpmMatch, { position: "p", rows: [], total: { status: "weird" }, trace: {} }, ["match"])
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual([["match", "total", "status"]])
  })
  it("refuses an unknown row direction and an unknown predikat", () => {
    const row = { competency: "c", required: 3, status: "assessed", individual: 2, direction: "sideways", jpm: null }
    const r = check(guards.jpmMatch, {
      position: "p",
      rows: [row],
      total: { status: "incomplete", notAssessed: [] },
      trace: {}
    })
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual([["rows", 0, "direction"]])
    const e = check(guards.predikat, "Istimewa", ["evaluation", "predikat"])
    expect(e.ok ? [] : e.problems.map((p) => p.path)).toEqual([["evaluation", "predikat"]])
  })
})

describe("exactOf", () => {
  it("reads every finite number as core's Exact.fromFinite does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.integer(),
          fc.constantFrom(2.5, 0.1, 1e-7, -3.75, 1e21)
        ),
        (x) => {
          expect(Exact.equals(exactOf(x), Exact.fromFinite(x)), String(x)).toBe(true)
        }
      ),
      { numRuns: 2000 }
    )
  })
})
