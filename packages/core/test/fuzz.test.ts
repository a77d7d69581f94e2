/**
 * Fuzzing every public decoder of core (issue 10, item 2).
 *
 * Each target is fed three kinds of input: values generated from its schema (effect's `Arbitrary.schema`, sampled
 * once into a pool), mutations of valid documents (presets and worked examples: a key dropped, a type changed,
 * NaN / ±Infinity / -0 / huge numbers, empty and very long strings, deep nesting, `__proto__` / `constructor` keys,
 * arrays for objects, …) and arbitrary JavaScript values. Where a module has both a policy decoder and an evaluator,
 * the evaluator is also run on every policy the decoder accepted, so a decoded policy is never a trap.
 *
 * The property: never a throw, never a slow call, no NaN or ±Infinity anywhere in a result (success or failure),
 * a failure is one of core's tagged errors, and nothing leaks onto `Object.prototype`.
 */

import { appendFileSync, writeFileSync } from "node:fs"
import { inspect } from "node:util"
import {
  Allowance,
  Award,
  Band,
  Citizen,
  Competency,
  Development,
  Discipline,
  Distribution,
  Evaluation,
  Exact,
  Feedback,
  Indicator,
  Input,
  Jpm,
  Period,
  Policy,
  Presets,
  ProfessionalismIndex,
  Programme,
  Quadrant,
  Remediation,
  Rule,
  SampleSize,
  Skp,
  Survey,
  Talent
} from "@pembinaan/core"
import { Arbitrary, Effect, Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const SLOW_MS = 1_000

// ---------------------------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------------------------

const modules = {
  Allowance,
  Award,
  Band,
  Citizen,
  Competency,
  Development,
  Discipline,
  Distribution,
  Evaluation,
  Exact,
  Feedback,
  Indicator,
  Input,
  Jpm,
  Period,
  Policy,
  ProfessionalismIndex,
  Quadrant,
  Remediation,
  Rule,
  SampleSize,
  Skp,
  Survey,
  Talent
}

/** Every error class core exports: its tag is its name. */
const errorTags = new Set(
  Object.values(modules).flatMap((ns) =>
    Object.entries(ns)
      .filter(([, v]) => typeof v === "function" && (v as { prototype?: unknown }).prototype instanceof Error)
      .map(([k]) => k)
  )
)

/** The path of the first NaN or ±Infinity inside `value`, or `undefined`. */
const nonFinite = (
  value: unknown,
  path: ReadonlyArray<string | number> = [],
  seen = new Set<object>()
): string | undefined => {
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path.join(".")} = ${value}`
  if (typeof value !== "object" || value === null || seen.has(value)) return undefined
  seen.add(value)
  const entries: Array<[string | number, unknown]> =
    value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v]) : Object.entries(value)
  for (const [k, v] of entries) {
    const found = nonFinite(v, [...path, k], seen)
    if (found !== undefined) return found
  }
  return undefined
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join()

/** Fails the property with a readable message (fast-check reports the input). */
const checkResult = (name: string, r: unknown): void => {
  if (!Result.isResult(r)) throw new Error(`${name}: not a Result: ${String(r)}`)
  if (Result.isSuccess(r)) {
    const bad = nonFinite(r.success)
    if (bad !== undefined) throw new Error(`${name}: non-finite number in success at ${bad}`)
    return
  }
  const failure = r.failure as { readonly _tag?: unknown }
  if (!(failure instanceof Error) || typeof failure._tag !== "string" || !errorTags.has(failure._tag)) {
    throw new Error(`${name}: untyped failure ${String(failure)}`)
  }
  const bad = nonFinite({ ...failure })
  if (bad !== undefined) throw new Error(`${name}: non-finite number in ${failure._tag} at ${bad}`)
}

const checkCall = (name: string, call: () => ReadonlyArray<unknown>): void => {
  const start = performance.now()
  let results: ReadonlyArray<unknown>
  try {
    results = call()
  } catch (e) {
    throw new Error(`${name} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`)
  }
  const ms = performance.now() - start
  if (ms > SLOW_MS) throw new Error(`${name} took ${Math.round(ms)} ms`)
  for (const r of results) checkResult(name, r)
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys) {
    throw new Error(`${name} polluted Object.prototype`)
  }
  if (({} as { polluted?: unknown }).polluted !== undefined) throw new Error(`${name} polluted Object.prototype`)
}

// ---------------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------------

const deep = (depth: number, leaf: unknown): unknown => {
  let v = leaf
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v }
  return v
}
const withOwnKey = (key: string, value: unknown): Record<string, unknown> => {
  const o: Record<string, unknown> = {}
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true })
  return o
}

/** Values that have broken parsers before. */
const nasties: ReadonlyArray<unknown> = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  0.1,
  1.5,
  1e-7,
  5e-324,
  1e21,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  -(2 ** 31),
  "",
  " ",
  "x".repeat(100_000),
  "9".repeat(500),
  "NaN",
  "Infinity",
  "1e400",
  "0x10",
  "-0",
  "2026-02-30",
  "9999-99-99",
  "2026-13",
  "\u0000",
  "\ud800",
  null,
  undefined,
  true,
  false,
  10n,
  [],
  {},
  [null],
  Object.create(null),
  deep(2_000, 1),
  deep(200, "x"),
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  { constructor: { prototype: { polluted: "yes" } } },
  withOwnKey("__proto__", { polluted: "yes" }),
  Array.from({ length: 2_000 }, (_, i) => i)
]

const keyNasties = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "", "x", "0"]

type Node = { readonly parent: Record<string, unknown> | Array<unknown>; readonly key: string | number }

const nodesOf = (root: unknown): Array<Node> => {
  const out: Array<Node> = []
  const walk = (v: unknown, depth: number) => {
    if (typeof v !== "object" || v === null || depth > 12) return
    const entries: Array<[string | number, unknown]> = Array.isArray(v)
      ? v.map((x, i) => [i, x])
      : Object.entries(v as Record<string, unknown>)
    for (const [k, x] of entries) {
      out.push({ parent: v as Record<string, unknown>, key: k })
      walk(x, depth + 1)
    }
  }
  walk(root, 0)
  return out
}

const objectsOf = (root: unknown): Array<Record<string, unknown> | Array<unknown>> => {
  const out: Array<Record<string, unknown> | Array<unknown>> = []
  const walk = (v: unknown, depth: number) => {
    if (typeof v !== "object" || v === null || depth > 12) return
    out.push(v as Record<string, unknown>)
    for (const x of Object.values(v)) walk(x, depth + 1)
  }
  walk(root, 0)
  return out
}

const set = (node: Node, value: unknown) => {
  Object.defineProperty(node.parent, node.key, { value, enumerable: true, writable: true, configurable: true })
}
const get = (node: Node): unknown => (node.parent as Record<string | number, unknown>)[node.key]

type Op = readonly [kind: number, at: number, pick: number]
const OPS = 9

/** Applies one mutation to `root` (already a private copy) and returns the (possibly new) root. */
const mutate = (root: unknown, [kind, at, pick]: Op): unknown => {
  const nodes = nodesOf(root)
  const nasty = nasties[pick % nasties.length]
  if (nodes.length === 0) return nasty
  const node = nodes[at % nodes.length] as Node
  const value = get(node)
  switch (kind % OPS) {
    case 0: // change a value to a hostile one
      set(node, nasty)
      return root
    case 1: // drop a key / an element
      if (Array.isArray(node.parent)) node.parent.splice(node.key as number, 1)
      else delete node.parent[node.key as string]
      return root
    case 2: {
      // add an unexpected or dangerous key
      const objects = objectsOf(root)
      const target = objects[at % objects.length]
      if (target !== undefined && !Array.isArray(target)) {
        Object.defineProperty(target, keyNasties[pick % keyNasties.length] as string, {
          value: nasty,
          enumerable: true,
          writable: true,
          configurable: true
        })
      }
      return root
    }
    case 3: // an array for an object, an object for an array
      set(node, Array.isArray(value) ? { ...value } : [value])
      return root
    case 4: // a number as a string and a string as a number
      set(node, typeof value === "number" ? String(value) : typeof value === "string" ? Number(value) : value)
      return root
    case 5: {
      // type confusion: another node's value here
      const other = nodes[pick % nodes.length] as Node
      set(node, structuredClone(get(other)))
      return root
    }
    case 6: // grow an array (bounded: only small arrays, so repeated growth cannot multiply into millions)
      if (Array.isArray(value) && value.length > 0 && nodesOf(value).length <= 40) {
        set(
          node,
          Array.from({ length: Math.min(500, value.length * 50) }, (_, i) => structuredClone(value[i % value.length]))
        )
      } else set(node, nasty)
      return root
    case 7: // numbers at and around the edges
      if (typeof value === "number") {
        const edges = [value + 1e-9, value - 1e-9, -value, value * 1e300, value / 1e300, Math.round(value) + 0.5]
        set(node, edges[pick % edges.length])
      } else set(node, nasty)
      return root
    default: // the whole document replaced by its part, or wrapped
      return pick % 2 === 0 ? structuredClone(value) : [root]
  }
}

const clone = (u: unknown): unknown => {
  try {
    return structuredClone(u)
  } catch {
    return u
  }
}

const sample = (schema: Schema.Top | undefined, seed: number): ReadonlyArray<unknown> => {
  if (schema === undefined) return []
  try {
    return Effect.runSync(
      Arbitrary.sampleEffect(Arbitrary.schema(schema as Schema.Codec<unknown>), {
        count: 40,
        size: 8,
        seed,
        maxDiscards: 2_000
      })
    )
  } catch {
    // effect's Arbitrary cannot generate every schema (e.g. dates with a checked calendar): seeds only.
    return []
  }
}

/** An input side: valid documents to mutate, and a schema to generate from. */
interface Side {
  readonly seeds: ReadonlyArray<unknown>
  readonly schema?: Schema.Top
}

let seedCounter = 1
const arbitraryOf = (side: Side): fc.Arbitrary<unknown> => {
  const seeds = side.seeds.length > 0 ? side.seeds : [{}]
  const generated = sample(side.schema, seedCounter++)
  const pool = [...seeds, ...generated]
  const op = fc.tuple(fc.nat(), fc.nat(), fc.nat())
  const mutatedBy = (bases: ReadonlyArray<unknown>, ops: fc.Arbitrary<ReadonlyArray<Op>>) =>
    fc
      .record({ base: fc.nat({ max: bases.length - 1 }), ops })
      .map(({ base, ops }) => ops.reduce<unknown>((doc, o) => mutate(doc, o), clone(bases[base])))
  // Valid documents are common, so a pipeline (policy decoder, then evaluator) often reaches its evaluator.
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...seeds).map(clone) },
    {
      weight: 4,
      arbitrary: mutatedBy(
        seeds,
        op.map((o) => [o])
      )
    },
    { weight: 2, arbitrary: fc.constantFrom(...pool).map(clone) },
    { weight: 2, arbitrary: mutatedBy(pool, fc.array(op, { minLength: 1, maxLength: 5 })) },
    { weight: 1, arbitrary: fc.constantFrom(...nasties) },
    {
      weight: 1,
      arbitrary: fc.anything({
        maxDepth: 3,
        maxKeys: 5,
        withBigInt: true,
        withNullPrototype: true,
        withSparseArray: true,
        withBoxedValues: true,
        withObjectString: true,
        key: fc.oneof(fc.string(), fc.constantFrom(...keyNasties))
      })
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }
  )
}

// ---------------------------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------------------------

type Results = ReadonlyArray<unknown>

/** Runs `f` on the success of `r`; returns every Result seen. */
const then = <A>(r: Result.Result<A, unknown>, f: (a: A) => unknown): Results =>
  Result.isSuccess(r) ? [r, f(r.success)] : [r]

const fuzz = (name: string, sides: ReadonlyArray<Side>, run: (...xs: Array<unknown>) => Results) => {
  it(name, { timeout: 120_000 }, () => {
    if (process.env.FUZZ_TRACE) appendFileSync(process.env.FUZZ_TRACE, `start ${name}\n`)
    const arbs = sides.map(arbitraryOf)
    // How often each result position succeeded: the fuzzing must reach the evaluators, not only the decoders.
    const successes: Array<number> = []
    fc.assert(
      fc.property(fc.tuple(...arbs), (xs) => {
        if (process.env.FUZZ_LAST)
          writeFileSync(process.env.FUZZ_LAST, inspect(xs, { depth: 6, maxArrayLength: 4, maxStringLength: 40 }))
        checkCall(name, () => {
          const results = run(...xs)
          results.forEach((r, i) => {
            successes[i] = (successes[i] ?? 0) + (Result.isResult(r) && Result.isSuccess(r) ? 1 : 0)
          })
          return results
        })
      }),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261123) }
    )
    if (process.env.FUZZ_STATS) console.log(`${name}: successes per result ${successes.join(" / ")} of ${RUNS}`)
    expect(successes.some((n) => n > 0)).toBe(true)
  })
}

const legalBasis = [{ regulation: "Test", confirmed: false }]
const coreValues = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const berakhlak = Object.fromEntries(coreValues.map((id) => [id, "Sesuai Ekspektasi"]))
const all = (x: number) => Object.fromEntries(coreValues.map((v) => [v, x]))

const pelaksana = {
  employee: "198705122010011001",
  period: "2026-Q1",
  scorecard: "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 120, realisasi: 126 },
    { indicator: "mutu-dokumen", target: 90, realisasi: 90 },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
    { indicator: "keluhan-masyarakat", target: 4, realisasi: 2 }
  ],
  berakhlak
}

const policies = [Presets.bukittinggi.policy, Presets.muaratebo.policy, Presets.sawahlunto.policy]
const policySide: Side = { seeds: policies, schema: Policy.Policy }

/** A valid input for every scorecard of a policy, with realisations below, at and above target. */
const inputsFor = (policy: Policy.Policy) =>
  policy.scorecards.flatMap((card, c) =>
    [80, 100, 125].map((realisasi, r) => ({
      employee: `e${c}${r}`,
      period: "2026-Q1",
      scorecard: card.id,
      measurements: card.weights.map((w) => {
        const range = policy.indicators.find((d) => d.id === w.indicator)?.direction === "range"
        return { indicator: w.indicator, target: range ? { lower: 90, upper: 110 } : 100, realisasi }
      }),
      ...(r === 1
        ? { perilakuKerja: "Sesuai Ekspektasi" }
        : { berakhlak: { ...berakhlak, loyal: r === 2 ? "Diatas Ekspektasi" : "Sesuai Ekspektasi" } })
    }))
  )
const evaluationSide: Side = {
  seeds: [pelaksana, ...policies.flatMap(inputsFor)],
  schema: Evaluation.EvaluationInput
}

const feedbackPolicy = {
  scale: { min: 1, max: 5 },
  weights: { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2, "diri-sendiri": 0, "pihak-lain": 0 },
  quorum: [{ group: "rekan-kerja", onShortfall: "insufficient" }],
  required: ["atasan"],
  anonymity: { minimumGroupSize: 5, identified: ["atasan", "diri-sendiri"] },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis
}
const ratings = [
  { rater: "a", group: "atasan", scores: all(4) },
  { rater: "b", group: "rekan-kerja", scores: all(3) },
  { rater: "c", group: "rekan-kerja", scores: all(5) },
  { rater: "d", group: "rekan-kerja", scores: all(2) },
  { rater: "e", group: "bawahan", scores: all(4) }
]

const citizenPolicy = {
  channels: {
    survey: { weight: 0.5, scale: { min: 1, max: 4 }, minimumObservations: 1 },
    "forum-dialog-publik": { weight: 0.2, scale: { min: 1, max: 5 }, minimumObservations: 1 },
    "platform-digital": { weight: 0.2, scale: { min: 1, max: 5 }, minimumObservations: 1 },
    pengaduan: { weight: 0.1, scale: { min: 0, max: 1 }, minimumObservations: 1 }
  },
  aggregation: { method: "mean" },
  duplicates: { keep: "latest", minimumTextLength: 20 },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis
}
const citizenBatch = {
  asOf: "2024-12-31",
  submissions: [
    { id: "a", channel: "survey", score: 3, submittedAt: "2024-12-01" },
    { id: "b", channel: "forum-dialog-publik", score: 4, submittedAt: "2024-11-01" },
    { id: "c", channel: "platform-digital", score: 5, submittedAt: "2024-10-01" },
    { id: "d", channel: "pengaduan", score: 1, submittedAt: "2024-09-01" }
  ]
}

const template = Presets.skm.national2017
const ref = { id: template.id, version: template.version }
const skmResponses = [1, 2, 3, 4].map((x) => ({
  template: ref,
  answers: Object.fromEntries(template.elements.map((e, i) => [e.id, ((x + i) % 4) + 1]))
}))

const periodPolicy = {
  cadence: "triwulanan",
  annual: { strategy: "worst", missing: "use-available", minPeriods: 2 },
  legalBasis
}
const periodInput = {
  year: 2026,
  periodic: [
    { period: "2026-Q1", score: 100, predikat: "Baik" },
    { period: "2026-Q2", score: 110.5, predikat: "Sangat Baik" },
    { period: "2026-Q3", score: 80, predikat: "Butuh Perbaikan" }
  ]
}

const sb4 = ["Q1", "Q2", "Q3", "Q4"].map((q) => ({ period: `2026-${q}`, predikat: "Sangat Baik" }))
const candidate = (id: string, score: number) => ({
  id,
  history: sb4,
  citizen: { score, responses: 40 },
  discipline: []
})

const standard = {
  position: "Analis",
  requirements: Presets.competency.national.competencies.slice(0, 3).map((c) => ({ competency: c.id, level: 3 })),
  legalBasis
}

const days = Array.from({ length: 20 }, (_, i) => ({
  date: `2026-03-${String(i + 2).padStart(2, "0")}`,
  status: i % 7 === 3 ? "tanpa-keterangan" : "hadir"
}))

const facts = {
  asOf: "2026-12-31",
  history: [
    { period: "2026-Q3", predikat: "Sangat Kurang", score: 40 },
    { period: "2026-Q4", predikat: "Sangat Kurang", score: 45 }
  ]
}

const plan = Result.getOrThrow(
  Remediation.assign(Presets.rules.nationalPlans, {
    id: "p1",
    employee: "e1",
    type: Presets.rules.nationalPlans.plans[0]?.type ?? "x",
    on: "2026-01-05"
  })
)

describe("core decoders under generated and mutated input: no throw, no hang, no NaN, only typed errors", () => {
  fuzz("Policy.decode → Evaluation.evaluate", [policySide, evaluationSide], (p, i) =>
    then(Policy.decode(p), (policy) => [
      Evaluation.evaluate(policy, i),
      ...inputsFor(policy)
        .slice(0, 3)
        .map((x) => Evaluation.evaluate(policy, x))
    ]).flat()
  )
  for (const policy of policies) {
    fuzz(`Evaluation.evaluate / decodeInput (${policy.region})`, [evaluationSide], (i) => [
      Evaluation.evaluate(policy, i),
      Evaluation.decodeInput(policy, i)
    ])
  }
  fuzz("Policy.decode → encode round trip", [policySide], (p) =>
    then(Policy.decode(p), (policy) => Policy.decode(Policy.encode(policy)))
  )

  fuzz(
    "Quadrant.decodeMatrix → evaluate; decodeRatings",
    [
      { seeds: [Presets.national.quadrant], schema: Quadrant.Matrix },
      { seeds: [{ hasilKerja: "Diatas Ekspektasi", perilakuKerja: "Sesuai Ekspektasi" }], schema: Quadrant.Ratings }
    ],
    (m, r) => [...then(Quadrant.decodeMatrix(m), (matrix) => Quadrant.evaluate(matrix, r)), Quadrant.decodeRatings(r)]
  )

  fuzz("Band.decodeTable", [{ seeds: [Presets.skm.mutu, Presets.skm.kinerja], schema: Band.Table }], (t) => [
    Band.decodeTable(t)
  ])

  fuzz(
    "Period.decodePolicy / decodeInput → aggregate",
    [
      {
        seeds: [
          periodPolicy,
          { ...periodPolicy, annual: { strategy: "mean", missing: "use-available", minPeriods: 1 } }
        ],
        schema: Period.Policy
      },
      { seeds: [periodInput] }
    ],
    (p, i) => {
      const policy = Period.decodePolicy(p)
      const input = Period.decodeInput(i)
      return Result.isSuccess(policy) && Result.isSuccess(input)
        ? [policy, input, Period.aggregate(policy.success, input.success)]
        : [policy, input]
    }
  )

  fuzz(
    "Distribution.decodePolicy / decodeInput → check",
    [
      { seeds: [Presets.distribution.circular2023], schema: Distribution.Policy },
      {
        seeds: [
          {
            organisation: "Baik",
            counts: { "Sangat Baik": 3, Baik: 20, "Butuh Perbaikan": 4, "Kurang/Misconduct": 1, "Sangat Kurang": 0 }
          }
        ]
      }
    ],
    (p, i) => {
      const policy = Distribution.decodePolicy(p)
      const input = Distribution.decodeInput(i)
      return Result.isSuccess(policy) && Result.isSuccess(input)
        ? [policy, input, Result.succeed(Distribution.check(policy.success, input.success))]
        : [policy, input]
    }
  )

  fuzz(
    "Survey.decodePolicy / decodeTemplate / decodeResponse → evaluate",
    [
      { seeds: [Presets.skm.policy], schema: Survey.Policy },
      { seeds: [{ templates: [template], responses: skmResponses }] }
    ],
    (p, i) => [
      ...then(Survey.decodePolicy(p), (policy) => Survey.evaluate(policy, i)),
      Survey.evaluate(Presets.skm.policy, i)
    ]
  )
  fuzz(
    "Survey.decodeTemplate / decodeResponse",
    [
      { seeds: [template], schema: Survey.Template },
      { seeds: skmResponses, schema: Survey.Response }
    ],
    (t, r) => [Survey.decodeTemplate(t), Survey.decodeResponse(r)]
  )

  fuzz(
    "SampleSize.decodeParameters → required / sufficiency",
    [
      { seeds: [Presets.skm.krejcieMorgan], schema: SampleSize.Parameters },
      {
        seeds: [
          { population: 100, respondents: 72 },
          { population: 4_700_000, respondents: 400 }
        ],
        schema: SampleSize.Collected
      }
    ],
    (p, c) => {
      const population = typeof c === "object" && c !== null ? (c as { population?: unknown }).population : c
      return [
        ...then(SampleSize.decodeParameters(p), (parameters) => SampleSize.sufficiency(parameters, c)),
        ...then(SampleSize.decodeParameters(p), (parameters) => SampleSize.required(parameters, population)),
        SampleSize.required(Presets.skm.krejcieMorgan, population),
        SampleSize.sufficiency(Presets.skm.krejcieMorgan, c)
      ]
    }
  )

  fuzz(
    "Feedback.decodePolicy → evaluate",
    [
      { seeds: [feedbackPolicy], schema: Feedback.Policy },
      { seeds: [ratings], schema: Schema.Array(Feedback.Rating) }
    ],
    (p, r) => [...then(Feedback.decodePolicy(p), (policy) => Feedback.evaluate(policy, r)), Feedback.decodeRatings(r)]
  )

  fuzz(
    "Citizen.decodePolicy → evaluate; decodeBatch",
    [
      { seeds: [citizenPolicy], schema: Citizen.Policy },
      { seeds: [citizenBatch], schema: Citizen.Batch }
    ],
    (p, b) => [...then(Citizen.decodePolicy(p), (policy) => Citizen.evaluate(policy, b)), Citizen.decodeBatch(b)]
  )

  fuzz(
    "Competency.decodeCatalogue / decodeMapping / decodeStandard",
    [
      { seeds: [Presets.competency.national, Presets.competency.teknisExample], schema: Competency.Catalogue },
      { seeds: [Presets.competency.commonMapping], schema: Competency.LevelMapping },
      { seeds: [standard], schema: Competency.Standard }
    ],
    (c, m, s) => [
      Competency.decodeCatalogue(c),
      Competency.decodeMapping(m),
      ...then(Competency.decodeCatalogue(c), (catalogue) => Competency.decodeStandard(catalogue)(s))
    ]
  )

  fuzz(
    "Jpm.decodePolicy → evaluate",
    [
      {
        seeds: [
          Presets.competency.jpmBrin,
          Presets.competency.jpmMemenuhiSyarat,
          Presets.competency.jpmKkpJpt,
          Presets.competency.jpmKkpOther
        ],
        schema: Jpm.Policy
      },
      {
        seeds: [
          {
            standard,
            scores: Object.fromEntries(standard.requirements.map((r, i) => [r.competency, [2, 3, 4][i % 3]]))
          }
        ],
        schema: Jpm.Assessment
      }
    ],
    (p, a) => [
      ...then(Jpm.decodePolicy(p), (policy) => Jpm.evaluate(policy, a)),
      Jpm.evaluate(Presets.competency.jpmBrin, a)
    ]
  )

  const development = Presets.competency.development
  fuzz(
    "Development.decodePolicy → credit / totalJp / yearly / effectiveness",
    [
      { seeds: [development], schema: Development.Policy },
      {
        seeds: [
          { employee: "a", form: "pelatihan", year: 2026, minutes: 180 },
          [
            { employee: "a", form: "pelatihan", year: 2026, minutes: 180 },
            { employee: "b", form: "seminar", year: 2026, minutes: 45 }
          ],
          {
            year: 2026,
            employees: ["a", "b"],
            activities: [{ employee: "a", form: "pelatihan", year: 2026, minutes: 900 }]
          },
          {
            id: "p1",
            name: "Pelayanan Prima",
            participants: [
              { id: "a", preTest: 60, postTest: 80 },
              { id: "b", preTest: 70, postTest: 75 }
            ]
          }
        ],
        schema: Development.Activity
      }
    ],
    (p, x) => {
      const all4 = (policy: Development.Policy) => [
        Development.credit(policy, x),
        Development.totalJp(policy, x),
        Development.yearly(policy, x),
        Programme.effectiveness(policy, x)
      ]
      const decoded = Development.decodePolicy(p)
      return [decoded, ...(Result.isSuccess(decoded) ? all4(decoded.success) : []), ...all4(development)]
    }
  )

  fuzz(
    "ProfessionalismIndex.decodePolicy → compute",
    [
      { seeds: [Presets.competency.ipAsn], schema: ProfessionalismIndex.Policy },
      {
        seeds: [{ kualifikasi: "s2", kompetensi: [], kinerja: "baik", disiplin: "ringan" }],
        schema: ProfessionalismIndex.Entry
      }
    ],
    (p, e) => [
      ...then(ProfessionalismIndex.decodePolicy(p), (policy) => ProfessionalismIndex.compute(policy, e)),
      ProfessionalismIndex.compute(Presets.competency.ipAsn, e)
    ]
  )

  fuzz(
    "Talent.decodePolicy → evaluate",
    [
      { seeds: [Presets.talent.policy], schema: Talent.Policy },
      { seeds: [{ employee: "199001", predikat: "Baik", potensial: 60 }], schema: Talent.Candidate }
    ],
    (p, c) => [
      ...then(Talent.decodePolicy(p), (policy) => Talent.evaluate(policy, c)),
      Talent.evaluate(Presets.talent.policy, c)
    ]
  )

  fuzz(
    "Rule.decodeRuleSet → evaluate",
    [
      {
        seeds: [
          Presets.rules.national,
          Presets.regionRules.bukittinggi,
          Presets.regionRules.sawahlunto,
          Presets.regionRules.muaratebo
        ],
        schema: Rule.RuleSet
      },
      { seeds: [facts], schema: Rule.Facts }
    ],
    (s, f) => [
      ...then(Rule.decodeRuleSet(s), (ruleSet) => Rule.evaluate(ruleSet, f)),
      Rule.evaluate(Presets.rules.national, f)
    ]
  )

  fuzz(
    "Remediation.decodePolicy / decodePlan / decodeEvent → assign / apply",
    [
      { seeds: [Presets.rules.nationalPlans, Presets.regionRules.bukittinggiPlans], schema: Remediation.Policy },
      { seeds: [plan], schema: Remediation.Plan },
      {
        seeds: [
          { _tag: "Start", on: "2026-01-10" },
          { _tag: "AddEvidence", on: "2026-02-01", kind: "laporan", reference: "doc-1" },
          { _tag: "ReEvaluate", on: "2026-06-01", result: "improved", predikat: "Baik" },
          { id: "p2", employee: "e2", type: Presets.rules.nationalPlans.plans[0]?.type ?? "x", on: "2026-01-05" }
        ],
        schema: Remediation.Event
      }
    ],
    (p, pl, ev) => {
      const policy = Remediation.decodePolicy(p)
      const decodedPlan = Remediation.decodePlan(pl)
      const out: Array<unknown> = [policy, decodedPlan, Remediation.decodeEvent(ev)]
      if (Result.isSuccess(policy)) out.push(Remediation.assign(policy.success, ev))
      if (Result.isSuccess(policy) && Result.isSuccess(decodedPlan)) {
        out.push(Remediation.apply(policy.success, decodedPlan.success, ev))
      }
      if (Result.isSuccess(decodedPlan))
        out.push(Remediation.apply(Presets.rules.nationalPlans, decodedPlan.success, ev))
      return out
    }
  )

  fuzz(
    "Discipline.decodeLadder / decodeHistory → assess",
    [
      { seeds: [Presets.rules.absenceLadder], schema: Discipline.Ladder },
      { seeds: [{ year: 2026, workingDays: days }], schema: Discipline.Attendance },
      { seeds: [[{ kind: "teguran-lisan", imposed: "2026-01-01" }]], schema: Discipline.History }
    ],
    (l, a, h) => [
      ...then(Discipline.decodeLadder(l), (ladder) => Discipline.assess(ladder, a)),
      Discipline.assess(Presets.rules.absenceLadder, a),
      Discipline.decodeHistory(h)
    ]
  )

  const monthInput = { month: "2026-03", ceiling: 1_000_000, predikat: "Baik", days }
  fuzz(
    "Allowance.decodePolicy → compute",
    [
      { seeds: [Presets.allowance.manado, Presets.allowance.tuba], schema: Allowance.Policy },
      {
        seeds: [
          monthInput,
          { ...monthInput, conditions: ["lhkpn-terlambat"] },
          {
            ...monthInput,
            kinerjaPercent: 87.5,
            discipline: [{ kind: "pemberhentian-dengan-hormat", effective: "2026-02" }]
          }
        ],
        schema: Allowance.MonthInput
      }
    ],
    (p, m) => [
      ...then(Allowance.decodePolicy(p), (policy) => Allowance.compute(policy, m)),
      Allowance.compute(Presets.allowance.manado, m),
      Allowance.compute(Presets.allowance.tuba, m)
    ]
  )

  fuzz(
    "Award.satyalancana / nominate",
    [
      {
        seeds: [
          { tmtCpns: "2016-03-01", asOf: "2026-03-01", discipline: [] },
          {
            tmtCpns: "2010-01-01",
            asOf: "2026-01-01",
            cltn: [{ from: "2014-01-01", to: "2014-12-31" }],
            discipline: []
          }
        ],
        schema: Award.ServiceRecord
      },
      {
        seeds: [{ asOf: "2026-12-31", candidates: [candidate("A", 90), candidate("B", 95), candidate("C", 70)] }]
      }
    ],
    (r, n) => [
      Award.satyalancana(Presets.rules.satyalancana, r),
      Award.satyalancana({ ...Presets.rules.satyalancana, cltn: "subtract" }, r),
      Award.nominate(Presets.regionRules.bukittinggiAward, n)
    ]
  )

  fuzz(
    "Skp.decodeIkiScheme / decodePp30Scheme / decodePp46Scheme → pp30 / pp46",
    [
      { seeds: [Presets.nationalPolicy.iki, Presets.nationalPolicy.pp30, Presets.nationalPolicy.pp46] },
      {
        seeds: [
          { nilaiSkp: 85.5, nilaiPerilaku: 90, menciptakanIdeBaru: false },
          { nilaiSkp: 110, nilaiPerilaku: 100, menciptakanIdeBaru: true },
          {
            kegiatan: [
              {
                kuantitas: { target: 10, realisasi: 12 },
                kualitas: { target: 100, realisasi: 90 },
                waktu: { target: 12, realisasi: 10 }
              }
            ],
            nilaiPerilaku: 88
          }
        ]
      }
    ],
    (s, i) => [
      Skp.decodeIkiScheme(s),
      ...then(Skp.decodePp30Scheme(s), (scheme) => Skp.pp30(scheme, i)),
      ...then(Skp.decodePp46Scheme(s), (scheme) => Skp.pp46(scheme, i)),
      Skp.pp30(Presets.nationalPolicy.pp30, i),
      Skp.pp46(Presets.nationalPolicy.pp46, i)
    ]
  )

  it("Exact.fromString / fromNumber on any string and any number", () => {
    const numeric = fc.stringMatching(/^[+-]?\d{0,40}(\.\d{0,40})?([eE][+-]?\d{1,12})?$/)
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), numeric, fc.constantFrom("1e400", "1e-400", "1e9999999999", "-0", " 1 ")),
        (s) => checkCall("Exact.fromString", () => [Exact.fromString(s)])
      ),
      { numRuns: RUNS * 3 }
    )
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.constantFrom(...nasties.filter((n) => typeof n === "number"))),
        (n) => checkCall("Exact.fromNumber", () => [Exact.fromNumber(n as number)])
      ),
      { numRuns: RUNS * 3 }
    )
  })

  it("the checker itself finds NaN and untyped failures", () => {
    expect(nonFinite({ a: [1, { b: Number.NaN }] })).toBe("a.1.b = NaN")
    expect(() => checkResult("x", Result.fail(new Error("boom")))).toThrow(/untyped/)
    expect(() => checkResult("x", Result.succeed({ n: Number.POSITIVE_INFINITY }))).toThrow(/non-finite/)
    expect(errorTags.has("InvalidInput")).toBe(true)
  })
})
