/**
 * The browser policy guard (src/internal/policy-guard.ts) against core's `Policy.decode`: on every preset, on
 * generated valid documents (presets with their optional parts dropped or varied) and on mutated ones (a leaf or
 * subtree replaced, a key removed, an unknown key added, twice over), both accept and refuse the same values with
 * problems at the same paths, and report the same first problem path.
 */
import { Policy, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodePolicy } from "../src/internal/policy-guard.js"
import { type Path, paths, REMOVE, setAt } from "./mutate.js"

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    8,
    13,
    Number.NaN,
    "",
    "x",
    "Baik",
    "1.2.3",
    "2024-02-30",
    "a-b",
    "Sesuai Ekspektasi",
    "half-up",
    "rating",
    "indicators",
    "iki-8-2021",
    "annual-only",
    "mean",
    [],
    {},
    [1],
    { a: 1 }
  ),
  fc.string(),
  fc.integer(),
  fc.double()
)
const mutation = (valid: unknown): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.constantFrom(...paths(valid)), fc.integer({ min: 0, max: 2 }), junk)
    .map(([path, kind, value]) =>
      kind === 0
        ? setAt(valid, path, () => value)
        : kind === 1
          ? path.length === 0
            ? valid
            : setAt(valid, path, () => REMOVE)
          : setAt(valid, path, (old) =>
              typeof old === "object" && old !== null && !Array.isArray(old) ? { ...old, extra: value } : old
            )
    )

const key = (p: Path) => JSON.stringify(p.map(String))
const compare = (value: unknown) => {
  const core = Policy.decode(value)
  const browser = decodePolicy(value)
  const coreProblems = Result.isSuccess(core) ? [] : core.failure.problems
  const browserProblems = browser.ok ? [] : browser.problems
  return {
    coreOk: Result.isSuccess(core),
    browserOk: browser.ok,
    corePaths: [...new Set(coreProblems.map((p) => key(p.path)))].sort(),
    browserPaths: [...new Set(browserProblems.map((p) => key(p.path)))].sort(),
    coreFirst: coreProblems[0] && key(coreProblems[0].path),
    browserFirst: browserProblems[0] && key(browserProblems[0].path)
  }
}
const agreeOn = (value: unknown) => {
  const r = compare(value)
  expect(r.browserOk, JSON.stringify(value)).toBe(r.coreOk)
  expect(r.browserPaths, JSON.stringify(value)).toEqual(r.corePaths)
  expect(r.browserFirst, JSON.stringify(value)).toEqual(r.coreFirst)
}

const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(Policy.encode(v as Policy.Policy)))
const presets = [
  Presets.nationalPolicy.policy,
  Presets.bukittinggi.policy,
  Presets.muaratebo.policy,
  Presets.sawahlunto.policy
].map(plain)

/** Valid documents: a preset with optional keys dropped, its lists shortened, locale and version varied. */
const valid: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(...presets),
    fc.constantFrom(undefined, "id", "en"),
    fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99)),
    fc.boolean(),
    fc.boolean()
  )
  .map(([doc, locale, [a, b, c], dropDescriptions, illustrative]) => {
    const d: Record<string, unknown> = { ...(doc as Record<string, unknown>), version: `${a}.${b}.${c}`, illustrative }
    if (locale === undefined) delete d.locale
    else d.locale = locale
    if (dropDescriptions && Array.isArray(d.scorecards))
      d.scorecards = d.scorecards.map((s: Record<string, unknown>) => {
        const { description: _, ...rest } = s
        return rest
      })
    return d
  })

describe("decodePolicy agrees with core's Policy.decode", () => {
  it("accepts every preset", () => {
    for (const p of presets) expect(compare(p)).toMatchObject({ coreOk: true, browserOk: true })
  })
  it("accepts generated valid documents", () => {
    fc.assert(
      fc.property(valid, (doc) => {
        expect(compare(doc)).toMatchObject({ coreOk: true, browserOk: true })
      }),
      { numRuns: 100 }
    )
  })
  it("refuses what core refuses, at the same paths, on mutated documents", () => {
    fc.assert(
      fc.property(
        valid.chain((doc) => fc.oneof(mutation(doc), mutation(doc).chain(mutation))),
        agreeOn
      ),
      { numRuns: 600 }
    )
  })
  it("edge rows: not an object, an unknown tag, a bad version, too deep", () => {
    const p = presets[0] as Record<string, unknown>
    for (const v of [null, [], "x", {}, { ...p, hasilKerja: { source: "nope" } }, { ...p, version: "1.2" }]) agreeOn(v)
    let deep: unknown = 1
    for (let i = 0; i < 40; i++) deep = [deep]
    agreeOn({ ...p, title: deep })
    expect(compare({ ...p, version: "1.2" })).toMatchObject({ coreOk: false, browserFirst: key(["version"]) })
  })
})
