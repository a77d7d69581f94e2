import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Behaviour, Evaluation, Exact, Policy, PolicySql, Presets, Quadrant, Rule } from "../src/index.js"
import { load, type Row, sqlEngines } from "./sql-engines.js"

// Differential tests of the rule sets compiled to SQL: for preset and generated rule sets, on rows whose scores sit
// on every band edge, half a unit either side and on the rules' own thresholds, with every fact group present, absent
// or invalid, the fired rules and the outcomes of the SQL (DuckDB and PostgreSQL via PGlite) equal Rule.evaluate's,
// record by record.

const engines = sqlEngines()

// ---------------------------------------------------------------------------------------------------------------
// the policy: Bukittinggi plus a one-indicator "tie" scorecard (target 100: the score is the realisasi, rounded)
// ---------------------------------------------------------------------------------------------------------------

const base = Presets.bukittinggi.policy
const policy: Policy.Policy = {
  ...base,
  indicators: [
    ...base.indicators,
    {
      id: "tie",
      label: "Tie",
      category: "kuantitas",
      direction: "higher-is-better"
    } as Policy.Policy["indicators"][number]
  ],
  scorecards: [...base.scorecards, { id: "tie", label: "Tie", weights: [{ indicator: "tie", weight: 100 }] }]
}
const hk = policy.hasilKerja as Extract<Policy.Policy["hasilKerja"], { source: "indicators" }>
const scale = hk.scale.rounding.scale
const unit = Exact.fraction(1, 10n ** BigInt(scale))
const half = Exact.fraction(1, 2n * 10n ** BigInt(scale))

/** Band and mapping edges and the range ends, then each ± a unit and ± half a unit. */
const edges = [...hk.bands.bands, ...hk.mapping.bands].map((b) => Exact.fromFinite(b.lower))
const scoreValues = [
  ...new Set(
    edges.flatMap((e) =>
      [Exact.zero, unit, Exact.negate(unit), half, Exact.negate(half)]
        .map((d) => Exact.add(e, d))
        .filter((v) => v.n >= 0n && Exact.compare(v, Exact.fromFinite(hk.scale.max)) <= 0)
        .map(Exact.format)
    )
  )
]
/** Thresholds for the rules' score atoms: the edges and the values a unit away (what a rounded score can equal). */
const thresholds = [...new Set(scoreValues.map(Number))]
const ikmValues = [0, 50, 76.6, 76.61, 76.62, 88.31, 100]
const measureValues = [-1.5, 0, 69.99, 70, 85, 85.000001, 1000]

// ---------------------------------------------------------------------------------------------------------------
// rows and their facts
// ---------------------------------------------------------------------------------------------------------------

interface RowFacts {
  readonly unit?: { readonly ikm?: string; readonly mutu?: string }
  readonly talentBox?: string
  readonly jpm?: string
  readonly development?: { readonly jp: string; readonly jpRequired: string }
  readonly flags?: Readonly<Record<string, boolean>>
  readonly measures?: Readonly<Record<string, string>>
}

let serial = 0
const makeRow = (
  realisasi: string,
  berakhlak: ReadonlyArray<number>,
  facts: RowFacts,
  vocabulary: Rule.RuleSet["vocabulary"]
): Row => {
  const row: Row = {
    employee: `e${++serial}`,
    period: "2026-Q1",
    scorecard: "tie",
    "target:tie": "100",
    "realisasi:tie": realisasi
  }
  Behaviour.coreValues.forEach((v, i) => {
    row[v] = Quadrant.ratings[berakhlak[i] ?? 1] as string
  })
  row.unit_ikm = facts.unit?.ikm ?? null
  row.unit_mutu = facts.unit?.mutu ?? null
  row.talent_box = facts.talentBox ?? null
  row.jpm_category = facts.jpm ?? null
  row.jp = facts.development?.jp ?? null
  row.jp_required = facts.development?.jpRequired ?? null
  for (const f of vocabulary.flags) row[`flag:${f}`] = facts.flags?.[f] ?? null
  for (const m of vocabulary.measures) row[`measure:${m}`] = facts.measures?.[m] ?? null
  return row
}

/** The library's facts for a row (with the row's own fact columns only when the compiled query reads them). */
const factsOf = (row: Row, declared: boolean, vocabulary: Rule.RuleSet["vocabulary"]): Record<string, unknown> => {
  if (!declared) return {}
  const facts: Record<string, unknown> = {}
  const unitFacts: Record<string, unknown> = {}
  if (row.unit_ikm !== null) unitFacts.ikm = Number(row.unit_ikm)
  if (row.unit_mutu !== null) unitFacts.mutu = row.unit_mutu
  if (Object.keys(unitFacts).length > 0) facts.unit = unitFacts
  if (row.talent_box !== null) facts.talentBox = Number(row.talent_box)
  if (row.jpm_category !== null) facts.jpm = { category: row.jpm_category }
  if (row.jp !== null || row.jp_required !== null) {
    facts.development = {
      ...(row.jp === null ? {} : { jp: Number(row.jp) }),
      ...(row.jp_required === null ? {} : { jpRequired: Number(row.jp_required) })
    }
  }
  const flags = Object.fromEntries(
    vocabulary.flags.flatMap((f) => (row[`flag:${f}`] === null ? [] : [[f, row[`flag:${f}`]]]))
  )
  if (Object.keys(flags).length > 0) facts.flags = flags
  const measures = Object.fromEntries(
    vocabulary.measures.flatMap((m) => (row[`measure:${m}`] === null ? [] : [[m, Number(row[`measure:${m}`])]]))
  )
  if (Object.keys(measures).length > 0) facts.measures = measures
  return facts
}

/** What the CLI's scoring does: evaluate, then decide the rules on the current period (and the row's facts). */
const expected = (ruleSet: Rule.RuleSet, row: Row, declared: boolean) => {
  const input = {
    employee: row.employee,
    period: row.period,
    scorecard: row.scorecard,
    measurements: [{ indicator: "tie", target: 100, realisasi: Number(row["realisasi:tie"]) }],
    berakhlak: Object.fromEntries(Behaviour.coreValues.map((v) => [v, row[v]]))
  }
  const r = Evaluation.evaluate(policy, input)
  if (Result.isFailure(r)) return { problem: r.failure._tag }
  const e = r.success
  const current = { period: e.period, predikat: e.predikat, ...(e.score ? { score: e.score.value } : {}) }
  const decided = Rule.evaluate(ruleSet, {
    ...factsOf(row, declared, ruleSet.vocabulary),
    asOf: "2026-03-31",
    history: [current]
  })
  if (Result.isFailure(decided)) return { problem: "invalid-facts" }
  return {
    problem: null,
    fired: decided.success.decisions.filter((d) => d.status === "fired").map((d) => d.rule),
    outcomes: decided.success.outcomes.map((o) => o.id),
    bits: decided.success.outcomes.map((o) => o.id)
  }
}

const listOf = (v: unknown): ReadonlyArray<string> =>
  Array.isArray(v) ? v.map(String) : typeof v === "string" ? JSON.parse(v.replace(/^\{/, "[").replace(/\}$/, "]")) : []

const ALL_FACTS: ReadonlyArray<PolicySql.Fact> = ["unit", "talent-box", "jpm", "development", "flags", "measures"]

const check = async (ruleSet: Rule.RuleSet, rows: ReadonlyArray<Row>, facts: ReadonlyArray<PolicySql.Fact>) => {
  const bad: Array<unknown> = []
  for (const [name, engine] of [
    ["duckdb", engines.duck],
    ["postgres", engines.pg]
  ] as const) {
    const compiled = Result.getOrThrow(PolicySql.compile(policy, { dialect: name, rules: ruleSet, facts }))
    expect(compiled.outputs.slice(-3)).toEqual(["fired_rules", "outcomes", "outcome_bits"])
    await engine.run(load(compiled, rows))
    const out = await engine.run(compiled.sql)
    expect(out.length).toBe(rows.length)
    const byEmployee = new Map(out.map((o) => [String(o.employee), o]))
    for (const row of rows) {
      const o = byEmployee.get(String(row.employee)) as Record<string, unknown>
      const want = expected(ruleSet, row, facts.length > 0)
      const got =
        o.problem === null
          ? {
              problem: null,
              fired: listOf(o.fired_rules),
              outcomes: listOf(o.outcomes),
              bits: (compiled.outcomeOrder ?? []).filter(
                (_, k) => ((BigInt(String(o.outcome_bits)) >> BigInt(k)) & 1n) === 1n
              )
            }
          : {
              problem:
                o.problem === "invalid-facts"
                  ? "invalid-facts"
                  : o.problem === "score-out-of-range"
                    ? "ScoreOutOfRange"
                    : "InvalidInput"
            }
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ engine: name, row, got, want })
    }
  }
  expect(bad.slice(0, 3)).toEqual([])
}

// ---------------------------------------------------------------------------------------------------------------
// generated rule sets and rows
// ---------------------------------------------------------------------------------------------------------------

const vocabulary = { jpmCategories: ["Optimal", "Kurang Optimal"], flags: ["f1", "f2"], measures: ["m1"] }
const predikats = fc.uniqueArray(fc.constantFrom(...Quadrant.predikats), { minLength: 1, maxLength: 3 })
const op = fc.constantFrom(...Rule.Op.literals)

const atomArb: fc.Arbitrary<Rule.Condition> = fc.oneof(
  fc.record({ kind: fc.constant("predikat" as const), in: predikats }),
  fc.record(
    {
      kind: fc.constant("predikat-last" as const),
      last: fc.integer({ min: 1, max: 3 }),
      in: predikats,
      atLeast: fc.integer({ min: 1, max: 3 })
    },
    { requiredKeys: ["kind", "last", "in"] }
  ),
  fc.record({ kind: fc.constant("consecutive" as const), in: predikats, atLeast: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("score" as const), op, value: fc.constantFrom(...thresholds) }),
  fc.record({
    kind: fc.constant("trend" as const),
    last: fc.integer({ min: 2, max: 3 }),
    measure: fc.constantFrom("change" as const, "slope" as const),
    op,
    value: fc.constantFrom(0, 1)
  }),
  fc.record({
    kind: fc.constant("jpm" as const),
    in: fc.uniqueArray(fc.constantFrom(...vocabulary.jpmCategories), { minLength: 1 })
  }),
  fc.record({ kind: fc.constant("jp" as const), compliant: fc.boolean() }),
  fc.record({
    kind: fc.constant("discipline" as const),
    levels: fc.constant(["berat" as const]),
    scope: fc.constantFrom("ever" as const, "active" as const),
    present: fc.boolean()
  }),
  fc.record({
    kind: fc.constant("talent-box" as const),
    in: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 })
  }),
  fc.record({ kind: fc.constant("unit-ikm" as const), op, value: fc.constantFrom(...ikmValues) }),
  fc.record({
    kind: fc.constant("unit-mutu" as const),
    in: fc.uniqueArray(fc.constantFrom(...Rule.Mutu.literals), { minLength: 1, maxLength: 2 })
  }),
  fc.record({ kind: fc.constant("flag" as const), name: fc.constantFrom(...vocabulary.flags), is: fc.boolean() }),
  fc.record({
    kind: fc.constant("measure" as const),
    name: fc.constant("m1"),
    op,
    value: fc.constantFrom(...measureValues)
  })
)

const conditionArb: fc.Arbitrary<Rule.Condition> = fc.letrec<{ c: Rule.Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atomArb,
    fc.record({ kind: fc.constantFrom("all" as const, "any" as const), of: fc.array(tie("c"), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant("not" as const), of: tie("c") })
  )
})).c

const legalBasis = Presets.regionRules.bukittinggi.legalBasis
const ruleSetArb: fc.Arbitrary<Rule.RuleSet> = fc
  .record({
    outcomes: fc.array(
      fc.record({ kind: fc.constantFrom(...Rule.OutcomeKind.literals), severity: fc.integer({ min: 0, max: 3 }) }),
      { minLength: 1, maxLength: 6 }
    ),
    rules: fc.array(
      fc.record({
        group: fc.constantFrom("a", "b"),
        priority: fc.integer({ min: 0, max: 3 }),
        exclusive: fc.boolean(),
        when: conditionArb,
        give: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 })
      }),
      { minLength: 1, maxLength: 8 }
    )
  })
  .map(({ outcomes, rules }) => ({
    name: "generated",
    vocabulary,
    outcomes: outcomes.map((o, i) => ({ id: `o${i}`, label: `Outcome ${i}`, ...o, legalBasis })),
    rules: rules.map((r, i) => ({
      id: `r${(i * 7) % 10}${i}`,
      description: "",
      ...r,
      give: [...new Set(r.give.map((g) => `o${g % outcomes.length}`))],
      legalBasis
    })),
    legalBasis
  }))

const pick = <A>(values: ReadonlyArray<A>, k: number): A => values[k % values.length] as A
const factsArb: fc.Arbitrary<RowFacts> = fc.record(
  {
    unit: fc.record(
      { ikm: fc.constantFrom(...ikmValues.map(String), "100.5", "-1"), mutu: fc.constantFrom("A", "B", "C", "D", "E") },
      { requiredKeys: [] }
    ),
    talentBox: fc.constantFrom("1", "5", "9", "10"),
    jpm: fc.constantFrom("Optimal", "Kurang Optimal", "Cukup Optimal"),
    development: fc.record({ jp: fc.constantFrom("0", "19.5", "20", "-1"), jpRequired: fc.constantFrom("20", "0") }),
    flags: fc.record({ f1: fc.boolean(), f2: fc.boolean() }, { requiredKeys: [] }),
    measures: fc.record({ m1: fc.constantFrom(...measureValues.map(String)) })
  },
  { requiredKeys: [] }
)

const rowsArb = fc.array(
  fc.record({
    score: fc.nat(),
    berakhlak: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 7, maxLength: 7 }),
    facts: factsArb
  }),
  { minLength: 20, maxLength: 40 }
)

// Every score value on the tie scorecard once, with generated facts, plus the rows drawn.
const rowsFor = (draws: ReadonlyArray<{ score: number; berakhlak: ReadonlyArray<number>; facts: RowFacts }>) => [
  ...scoreValues.map((v, i) => makeRow(v, pick(draws, i).berakhlak, pick(draws, i).facts, vocabulary)),
  ...draws.map((d) => makeRow(pick(scoreValues, d.score), d.berakhlak, d.facts, vocabulary))
]

// ---------------------------------------------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------------------------------------------

describe("PolicySql rules", () => {
  it("compiles the preset rule sets and decides as Rule.evaluate on the current period", async () => {
    for (const ruleSet of [
      Presets.rules.national,
      Presets.regionRules.bukittinggi,
      Presets.regionRules.sawahlunto,
      Presets.regionRules.muaratebo
    ]) {
      const v = ruleSet.vocabulary
      const rows = scoreValues.map((s, i) =>
        makeRow(
          s,
          [i % 3, (i + 1) % 3, 1, 1, 2, (i * 5) % 3, 1],
          i % 2 === 0
            ? {}
            : {
                unit: { ikm: pick(ikmValues, i).toString(), mutu: pick(["A", "B", "C", "D"], i) },
                talentBox: String(1 + (i % 9)),
                ...(v.jpmCategories.length > 0 ? { jpm: pick(v.jpmCategories, i) } : {}),
                development: { jp: pick(["0", "19.5", "20", "40"], i), jpRequired: "20" },
                flags: Object.fromEntries(v.flags.map((f, k) => [f, (i + k) % 2 === 0])),
                measures: Object.fromEntries(v.measures.map((m, k) => [m, pick(measureValues, i + k).toString()]))
              },
          v
        )
      )
      await check(ruleSet, rows, ALL_FACTS)
      await check(ruleSet, rows, [])
    }
  }, 60_000)

  it("equals Rule.evaluate on generated rule sets, facts and scores on every edge and tie", async () => {
    await fc.assert(
      fc.asyncProperty(ruleSetArb, rowsArb, fc.boolean(), async (ruleSet, draws, withFacts) => {
        fc.pre(Rule.check(ruleSet).length === 0)
        await check(ruleSet, rowsFor(draws), withFacts ? ALL_FACTS : [])
      }),
      { numRuns: 40, seed: 1804, endOnFailure: true }
    )
  }, 120_000)

  it("refuses rules over history or discipline when the source declares them, naming the rule and the construct", () => {
    const history = PolicySql.compile(policy, { dialect: "duckdb", rules: Presets.rules.national, facts: ["history"] })
    expect(Result.isFailure(history) && history.failure.reason).toBe("rule-not-compiled")
    if (Result.isFailure(history)) {
      expect(history.failure.detail).toMatch(/^"[a-z0-9-]+" \((predikat-last|consecutive|trend): earlier periods\)$/)
      expect(PolicySql.message(history.failure, "en")).toContain("is not compiled to SQL")
      expect(PolicySql.message(history.failure)).toContain("tidak dikompilasi ke SQL")
      const rule = Presets.rules.national.rules[history.failure.path[1] as number] as Rule.Rule
      expect(history.failure.detail).toContain(rule.id)
    }
    const discipline = PolicySql.compile(policy, {
      dialect: "postgres",
      rules: Presets.rules.national,
      facts: ["discipline"]
    })
    expect(Result.isFailure(discipline) && discipline.failure.detail).toBe(
      '"hukdis-menunda-penghargaan" (discipline: sanctions)'
    )
  })

  it("refuses a rule set that does not pass Rule.check, and a score atom past 2^53 units", () => {
    const rs = Presets.regionRules.bukittinggi
    const broken = { ...rs, rules: [...rs.rules, { ...(rs.rules[0] as Rule.Rule), id: "x", give: ["tidak-ada"] }] }
    const r = PolicySql.compile(policy, { dialect: "duckdb", rules: broken })
    expect(Result.isFailure(r) && r.failure.reason).toBe("invalid-rules")
    const wide = {
      ...policy,
      hasilKerja: {
        ...hk,
        scale: { ...hk.scale, rounding: { ...hk.scale.rounding, scale: 14 } },
        bands: { ...hk.bands, rounding: { ...hk.bands.rounding, scale: 14 } },
        mapping: { ...hk.mapping, rounding: { ...hk.mapping.rounding, scale: 14 } }
      }
    } as Policy.Policy
    const scoreRule = {
      ...rs,
      rules: [
        ...rs.rules,
        { ...(rs.rules[0] as Rule.Rule), id: "y", when: { kind: "score" as const, op: "above" as const, value: 1 } }
      ]
    }
    expect(Policy.problems(wide)).toEqual([])
    const w = PolicySql.compile(wide, { dialect: "postgres", rules: scoreRule })
    expect(Result.isFailure(w) && w.failure.detail).toBe('"y" (score past 2^53 units)')
  })

  it("prints the rule steps in the query and lists the fact columns it reads", () => {
    const c = Result.getOrThrow(
      PolicySql.compile(policy, { dialect: "duckdb", rules: Presets.regionRules.bukittinggi, facts: ["unit"] })
    )
    expect(c.sql).toContain("rule_conditions AS (")
    expect(c.sql).toContain(
      "-- Rules: Kota Bukittinggi (ilustrasi), decided on the current period only; facts read: unit"
    )
    expect(c.inputs.map((i) => i.name).slice(-2)).toEqual(["unit_ikm", "unit_mutu"])
    expect(PolicySql.factColumns(Presets.regionRules.muaratebo, ["flags", "measures"]).map((x) => x.name)).toEqual([
      "flag:mengikutiPelatihan",
      "measure:evaluasiPascaPelatihan"
    ])
  })
})
