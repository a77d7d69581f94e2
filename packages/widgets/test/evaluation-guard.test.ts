/**
 * The browser evaluation guard (src/internal/evaluation-guard.ts) against core's `Evaluation.decodeInput`: on
 * generated valid inputs under every preset policy, on mutated ones (a leaf or subtree replaced, a key removed, an
 * unknown key added, twice over) and on edge rows, both accept and refuse the same values, return the same decoded
 * value, and report the same problems: the same paths with the same codes, in the same order.
 */
import { Behaviour, Evaluation, type Policy, Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodeEvaluationInput } from "../src/internal/evaluation-guard.js"
import { type Path, paths, REMOVE, setAt } from "./mutate.js"

const policies: ReadonlyArray<Policy.Policy> = [
  Presets.nationalPolicy.policy,
  Presets.bukittinggi.policy,
  Presets.muaratebo.policy,
  Presets.sawahlunto.policy
]

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    -0,
    -1,
    1.5,
    100,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    "",
    " ",
    "x",
    "2026",
    "2026-Q1",
    "2026-Q5",
    "2026-01",
    "Baik",
    "Sesuai Ekspektasi",
    "Diatas Ekspektasi",
    "pelaksana",
    "umum",
    "pelayanan",
    [],
    {},
    [1],
    { a: 1 },
    { lower: 1, upper: 2 },
    { lower: 2, upper: 1 },
    { lower: 1 },
    { lower: "1", upper: 2 },
    { indicator: "x", target: 1, realisasi: 1 }
  ),
  fc.string(),
  fc.integer(),
  fc.double()
)

const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 100, 120, -1, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
)
const rating = fc.constantFrom(...Quadrant.ratings)
const period = fc.oneof(
  fc.constantFrom("2026", "2026-Q1", "2026-Q4", "2026-01", "2026-12"),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`)
)

/** A well-formed input under a policy: its scorecard's measurements (shuffled, some dropped), ratings as it asks. */
const inputFor = (policy: Policy.Policy): fc.Arbitrary<Record<string, unknown>> => {
  const byId = new Map(policy.indicators.map((d) => [d.id, d]))
  const card =
    policy.scorecards.length === 0
      ? fc.constant(undefined)
      : fc.constantFrom(...policy.scorecards).map((c) => c as Policy.Policy["scorecards"][number] | undefined)
  return fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 18 }),
      period,
      card,
      fc.array(fc.tuple(number, number, number, fc.option(fc.boolean(), { nil: undefined })), {
        minLength: 8,
        maxLength: 8
      }),
      fc.integer({ min: 0, max: 8 }),
      rating,
      fc.array(rating, { minLength: Behaviour.coreValues.length, maxLength: Behaviour.coreValues.length })
    )
    .map(([employee, period, card, numbers, keep, r, rs]) => {
      const input: Record<string, unknown> = { employee, period }
      if (card) {
        input.scorecard = card.id
        input.measurements = card.weights.slice(0, keep).map((w, i) => {
          const [a, b, c, max] = numbers[i] as [number, number, number, boolean | undefined]
          const range = byId.get(w.indicator)?.direction === "range"
          const m: Record<string, unknown> = {
            indicator: w.indicator,
            target: range ? { lower: Math.min(a, b), upper: Math.max(a, b) } : Math.abs(a),
            realisasi: Math.abs(c)
          }
          if (max !== undefined) m.targetMaksimal = max
          return m
        })
      } else input.hasilKerja = r
      if (policy.perilakuKerja.source === "berakhlak") {
        input.berakhlak = Object.fromEntries(Behaviour.coreValues.map((v, i) => [v, rs[i]]))
      } else input.perilakuKerja = r
      return input
    })
}

const mutation = (valid: unknown): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.constantFrom(...paths(valid)), fc.integer({ min: 0, max: 2 }), junk, fc.constantFrom("extra", "target"))
    .map(([path, kind, value, name]) =>
      kind === 0
        ? setAt(valid, path, () => value)
        : kind === 1
          ? path.length === 0
            ? valid
            : setAt(valid, path, () => REMOVE)
          : setAt(valid, path, (old) =>
              typeof old === "object" && old !== null && !Array.isArray(old) ? { ...old, [name]: value } : old
            )
    )

const key = (p: Path) => JSON.stringify(p.map(String))
const compare = (policy: Policy.Policy, value: unknown) => {
  const core = Evaluation.decodeInput(policy, value)
  const browser = decodeEvaluationInput(policy, value)
  const coreProblems = Result.isSuccess(core) ? [] : core.failure.problems
  const browserProblems = browser.ok ? [] : browser.problems
  return {
    coreOk: Result.isSuccess(core),
    browserOk: browser.ok,
    coreValue: Result.isSuccess(core) ? JSON.stringify(core.success) : undefined,
    browserValue: browser.ok ? JSON.stringify(browser.input) : undefined,
    core: coreProblems.map((p) => `${key(p.path)} ${p.code}`),
    browser: browserProblems.map((p) => `${key(p.path)} ${p.code}`),
    // the semantic problems come from the same core function: their messages agree too
    coreMessages: coreProblems.filter((p) => p.code !== "type").map((p) => p.message),
    browserMessages: browserProblems.filter((p) => p.code !== "type").map((p) => p.message)
  }
}
const agreeOn = (policy: Policy.Policy, value: unknown) => {
  const r = compare(policy, value)
  const label = `${policy.id} ${JSON.stringify(value)}`
  expect(r.browserOk, label).toBe(r.coreOk)
  expect(r.browser, label).toEqual(r.core)
  expect(r.browserValue, label).toEqual(r.coreValue)
  if (r.core.every((c) => !c.endsWith(" missing") && !c.endsWith(" unexpected"))) {
    expect(r.browserMessages, label).toEqual(r.coreMessages)
  }
  return r
}

const policy = fc.constantFrom(...policies)

describe("decodeEvaluationInput agrees with core's Evaluation.decodeInput", () => {
  it("accepts generated valid inputs (the ones core accepts) and returns the same value", () => {
    let accepted = 0
    fc.assert(
      fc.property(
        policy.chain((p) => inputFor(p).map((i) => [p, i] as const)),
        ([p, input]) => {
          if (agreeOn(p, input).coreOk) accepted++
        }
      ),
      { numRuns: 300 }
    )
    // the generator reaches the accepting side, not only refusals
    expect(accepted).toBeGreaterThan(30)
  })
  it("refuses what core refuses, with the same problems in the same order, on mutated inputs", () => {
    fc.assert(
      fc.property(
        policy.chain((p) =>
          inputFor(p)
            .chain((i) => fc.oneof(mutation(i), mutation(i).chain(mutation)))
            .map((i) => [p, i] as const)
        ),
        ([p, input]) => {
          agreeOn(p, input)
        }
      ),
      { numRuns: 800 }
    )
  })
  it("agrees on arbitrary JSON-like values", () => {
    fc.assert(
      fc.property(policy, fc.anything({ maxDepth: 3 }), (p, v) => {
        agreeOn(p, v)
      }),
      { numRuns: 200 }
    )
  })

  const bukittinggi = Presets.bukittinggi.policy
  const berakhlak = Object.fromEntries(Behaviour.coreValues.map((v) => [v, "Sesuai Ekspektasi"]))
  const base = {
    employee: "198705122010011001",
    period: "2026-Q1",
    scorecard: "pelaksana",
    measurements: (bukittinggi.scorecards[0] as Policy.Policy["scorecards"][number]).weights.map((w) => ({
      indicator: w.indicator,
      target: 100,
      realisasi: 90
    })),
    berakhlak
  }
  const m0 = { indicator: base.measurements[0]?.indicator, target: 100, realisasi: 90 }
  const rows: ReadonlyArray<readonly [string, unknown, ReadonlyArray<string> | "ok"]> = [
    ["not an object", null, [`[] type`]],
    ["an array", [], [`[] type`]],
    ["a string", "x", [`[] type`]],
    ["empty object", {}, [`["employee"] missing`, `["period"] missing`]],
    ["empty employee", { ...base, employee: "" }, [`["employee"] type`]],
    ["employee not a string", { ...base, employee: 1 }, [`["employee"] type`]],
    ["an optional key set to undefined", { ...base, scorecard: undefined }, [`["scorecard"] type`]],
    ["an unknown key", { ...base, extra: 1 }, [`["extra"] type`]],
    [
      "NaN realisasi",
      { ...base, measurements: [{ ...m0, realisasi: Number.NaN }] },
      [`["measurements","0","realisasi"] type`]
    ],
    [
      "infinite target",
      { ...base, measurements: [{ ...m0, target: Number.POSITIVE_INFINITY }] },
      [`["measurements","0","target"] type`]
    ],
    ["a string target", { ...base, measurements: [{ ...m0, target: "100" }] }, [`["measurements","0","target"] type`]],
    [
      "a range target missing a bound",
      { ...base, measurements: [{ ...m0, target: { lower: 1 } }] },
      [`["measurements","0","target","upper"] missing`]
    ],
    [
      "targetMaksimal not a boolean",
      { ...base, measurements: [{ ...m0, targetMaksimal: 1 }] },
      [`["measurements","0","targetMaksimal"] type`]
    ],
    ["a wrong rating", { ...base, berakhlak: { ...berakhlak, akuntabel: "Baik" } }, [`["berakhlak","akuntabel"] type`]],
    [
      "the largest finite numbers",
      {
        ...base,
        measurements: base.measurements.map((m) => ({ ...m, target: Number.MAX_VALUE, realisasi: Number.MAX_VALUE }))
      },
      "ok"
    ],
    [
      "zero target (semantic)",
      { ...base, measurements: [{ ...m0, target: 0 }, ...base.measurements.slice(1)] },
      [`["measurements","0","target"] not-positive`]
    ],
    ["a year as period", { ...base, period: "2026" }, "ok"],
    ["a bad period (semantic)", { ...base, period: "2026-Q5" }, [`["period"] period-format`]],
    [
      "negative realisasi (semantic)",
      { ...base, measurements: [{ ...m0, realisasi: -1 }, ...base.measurements.slice(1)] },
      [`["measurements","0","realisasi"] negative`]
    ],
    [
      "a missing measurement (semantic)",
      { ...base, measurements: base.measurements.slice(1) },
      [`["measurements"] missing-indicator`]
    ],
    [
      "a rating under an indicator policy (semantic)",
      { ...base, hasilKerja: "Sesuai Ekspektasi" },
      [`["hasilKerja"] unexpected`]
    ],
    ["a valid input", base, "ok"]
  ]
  it.each(rows)("edge row: %s", (_, value, expected) => {
    const r = agreeOn(bukittinggi, value)
    if (expected === "ok") expect(r.browserOk).toBe(true)
    else expect(r.browser).toEqual(expected)
  })
  it("edge rows: no own prototype, a class instance, a sparse array, a getter, a symbol key", () => {
    const bare = Object.assign(Object.create(null), base)
    class Box {
      employee = base.employee
      period = base.period
    }
    const getter = { ...base }
    Object.defineProperty(getter, "employee", { get: () => "x", enumerable: true })
    // biome-ignore lint/suspicious/noSparseArray: a hole is an edge row
    const sparse = { ...base, measurements: [, ...base.measurements] }
    const symbol = { ...base, [Symbol("s")]: 1 }
    for (const v of [bare, new Box(), getter, sparse, symbol, new Date(0), () => 1]) agreeOn(bukittinggi, v)
  })
})
