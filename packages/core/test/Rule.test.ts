import { Presets, Quadrant, Rule } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const national = Presets.rules.national
const lb = [{ regulation: "Test", confirmed: false }] as const

const run = (ruleSet: Rule.RuleSet, facts: unknown) => {
  const r = Rule.evaluate(ruleSet, facts)
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure.problems))
  return r.success
}
const ids = (e: Rule.Evaluation) => e.outcomes.map((o) => o.id)
const decision = (e: Rule.Evaluation, rule: string) => e.decisions.find((d) => d.rule === rule)
const history = (...predikat: ReadonlyArray<Quadrant.Predikat>) =>
  predikat.map((p, i) => ({ period: `2026-Q${i + 1}`, predikat: p }))

describe("presets pass the static checks", () => {
  it.each([
    ["national", national],
    ["bukittinggi", Presets.regionRules.bukittinggi],
    ["sawahlunto", Presets.regionRules.sawahlunto],
    ["muaratebo", Presets.regionRules.muaratebo]
  ] as const)("%s", (_, ruleSet) => {
    expect(Rule.check(ruleSet)).toEqual([])
    expect(Result.isSuccess(Rule.decodeRuleSet(ruleSet))).toBe(true)
  })
})

describe("national rules (PermenPAN-RB 6/2022 Pasal 20, 31; BKN 3/2020; 9-box)", () => {
  it("Butuh Perbaikan → bimbingan kinerja, with the condition and the data it saw", () => {
    const e = run(national, { asOf: "2026-12-31", history: history("Butuh Perbaikan") })
    expect(ids(e)).toContain("bimbingan-kinerja")
    expect(ids(e)).not.toContain("konseling-kinerja")
    const d = decision(e, "bimbingan-kinerja")
    expect(d?.status).toBe("fired")
    expect(d?.condition.saw).toEqual({ period: "2026-Q1", predikat: "Butuh Perbaikan" })
    expect(d?.legalBasis[0]?.regulation).toBe("PermenPAN-RB 6/2022")
  })

  it("Sangat Kurang → bimbingan, konseling and the 6-month improvement path (unconfirmed basis)", () => {
    const e = run(national, { asOf: "2026-12-31", history: history("Sangat Kurang") })
    expect(ids(e)).toEqual(["kesempatan-perbaikan", "konseling-kinerja", "bimbingan-kinerja"])
    expect(Rule.harshest(e, "remediation")).toBe(3)
    expect(e.outcomes[0]?.legalBasis[0]?.confirmed).toBe(false)
  })

  it("Sangat Baik → Pasal 31 priorities; progress → Pasal 20 apresiasi", () => {
    const e = run(national, {
      asOf: "2026-12-31",
      history: [
        { period: "2026-Q3", predikat: "Baik", score: 95 },
        { period: "2026-Q4", predikat: "Sangat Baik", score: 112 }
      ]
    })
    expect(ids(e)).toEqual(["apresiasi", "prioritas-suksesi", "penugasan-baru", "prioritas-pengembangan"])
    expect(decision(e, "pasal-20-kemajuan")?.condition.children?.[1]?.saw).toEqual({
      scores: ["95", "112"],
      change: "17"
    })
  })

  it("a running sedang sanction suspends rewards (exclusive), not remediation", () => {
    const e = run(national, {
      asOf: "2026-06-30",
      history: history("Sangat Baik"),
      talentBox: 9,
      discipline: [{ kind: "potong-tunjangan-6-bulan", effective: "2026-03" }]
    })
    expect(ids(e)).toContain("tunda-penghargaan")
    expect(ids(e)).toContain("dipertahankan")
    expect(ids(e)).not.toContain("prioritas-suksesi")
    expect(decision(e, "pasal-31-sangat-baik")).toMatchObject({
      status: "suppressed",
      suppressedBy: "hukdis-menunda-penghargaan"
    })
    expect(decision(e, "talenta-9-penghargaan")?.status).toBe("suppressed")
    expect(e.conflicts).toEqual([])
  })

  it.each([
    [9, ["dipertahankan", "dipromosikan", "krs-nasional", "penghargaan"]],
    [1, ["proses-sesuai-ketentuan"]],
    [3, ["konseling-kinerja", "bimbingan-kinerja", "penempatan-sesuai", "pengembangan-kompetensi"]]
  ] as const)("talent box %i", (talentBox, expected) => {
    const e = run(national, { asOf: "2026-12-31", history: history("Baik"), talentBox })
    expect([...ids(e)].sort()).toEqual([...expected].sort())
  })

  it("an absent fact makes a condition unknown, never false", () => {
    const e = run(national, { asOf: "2026-12-31", history: history("Baik") })
    expect(decision(e, "pasal-20-kemajuan")?.status).toBe("unknown")
    expect(decision(e, "hukdis-menunda-penghargaan")?.status).toBe("unknown")
    expect(e.missing).toEqual(["discipline", "history.score", "talentBox"])
  })

  it("returns every rule, ordered by priority then id, and a JSON-serialisable result", () => {
    const e = run(national, { asOf: "2026-12-31", history: history("Baik") })
    expect(e.decisions).toHaveLength(national.rules.length)
    const keys = e.decisions.map((d) => [-d.priority, d.rule] as const)
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)))
    expect(JSON.parse(JSON.stringify(e))).toEqual(e)
  })
})

describe("conditions (three-valued)", () => {
  const ruleSet = (when: Rule.Condition): Rule.RuleSet => ({
    name: "t",
    vocabulary: { jpmCategories: ["Optimal", "Kurang Optimal"], flags: ["f"], measures: ["m"] },
    outcomes: [{ id: "o", kind: "reward", label: "o", severity: 0, legalBasis: lb }],
    rules: [{ id: "r", description: "", group: "g", priority: 0, exclusive: false, when, give: ["o"], legalBasis: lb }],
    legalBasis: lb
  })
  const status = (when: Rule.Condition, facts: object) =>
    decision(run(ruleSet(when), { asOf: "2026-12-31", history: [], ...facts }), "r")?.status

  it.each([
    // predikat-last: 2 of the last 3 Sangat Baik
    [history("Sangat Baik", "Baik", "Sangat Baik"), "fired"],
    [history("Baik", "Baik", "Sangat Baik"), "not-met"],
    [history("Sangat Baik"), "unknown"], // 1 of 3 known; 2 may still come
    [history("Baik", "Baik"), "not-met"] // even the missing one cannot make 2
  ] as const)("predikat-last %#", (h, expected) => {
    expect(status({ kind: "predikat-last", last: 3, atLeast: 2, in: ["Sangat Baik"] }, { history: h })).toBe(expected)
  })

  it.each([
    [history("Baik", "Kurang/Misconduct", "Sangat Kurang"), "fired"],
    [history("Kurang/Misconduct", "Baik", "Sangat Kurang"), "not-met"],
    [history("Sangat Kurang"), "unknown"],
    [[], "unknown"]
  ] as const)("consecutive %#", (h, expected) => {
    expect(
      status({ kind: "consecutive", atLeast: 2, in: ["Kurang/Misconduct", "Sangat Kurang"] }, { history: h })
    ).toBe(expected)
  })

  it.each([
    ["at-least", 90, "fired"],
    ["above", 90, "not-met"],
    ["at-most", 90, "fired"],
    ["below", 90, "not-met"],
    ["equal", 90, "fired"],
    ["below", 90.0000001, "fired"]
  ] as const)("score 90 %s %d → %s (exact)", (op, value, expected) => {
    expect(status({ kind: "score", op, value }, { history: [{ period: "p", predikat: "Baik", score: 90 }] })).toBe(
      expected
    )
  })

  it("trend slope is exact least squares", () => {
    const h = [80, 85, 95].map((score, i) => ({ period: `p${i}`, predikat: "Baik" as const, score }))
    const e = run(ruleSet({ kind: "trend", last: 3, measure: "slope", op: "equal", value: 7.5 }), {
      asOf: "2026-12-31",
      history: h
    })
    expect(decision(e, "r")?.status).toBe("fired")
    expect(decision(e, "r")?.condition.saw).toEqual({ scores: ["80", "85", "95"], slope: "7.5" })
  })

  it("all / any / not follow Kleene logic", () => {
    const unknown: Rule.Condition = { kind: "talent-box", in: [9] }
    const yes: Rule.Condition = { kind: "jp", compliant: true }
    const no: Rule.Condition = { kind: "jp", compliant: false }
    const facts = { development: { jp: 20, jpRequired: 20 } }
    expect(status({ kind: "all", of: [unknown, no] }, facts)).toBe("not-met")
    expect(status({ kind: "all", of: [unknown, yes] }, facts)).toBe("unknown")
    expect(status({ kind: "any", of: [unknown, yes] }, facts)).toBe("fired")
    expect(status({ kind: "any", of: [unknown, no] }, facts)).toBe("unknown")
    expect(status({ kind: "not", of: unknown }, facts)).toBe("unknown")
    expect(status({ kind: "not", of: no }, facts)).toBe("fired")
    expect(status({ kind: "all", of: [] }, facts)).toBe("fired")
    expect(status({ kind: "any", of: [] }, facts)).toBe("not-met")
  })

  it("reads JPM, JP, 9-box, unit IKM and mutu, flags and measures", () => {
    const facts = {
      jpm: { category: "Kurang Optimal" },
      development: { jp: 19.5, jpRequired: 20 },
      talentBox: 6,
      unit: { ikm: 76.61, mutu: "B" },
      flags: { f: true },
      measures: { m: 69.99 }
    }
    expect(status({ kind: "jpm", in: ["Kurang Optimal"] }, facts)).toBe("fired")
    expect(status({ kind: "jp", compliant: false }, facts)).toBe("fired")
    expect(status({ kind: "talent-box", in: [6] }, facts)).toBe("fired")
    expect(status({ kind: "unit-ikm", op: "at-least", value: 76.61 }, facts)).toBe("fired")
    expect(status({ kind: "unit-ikm", op: "above", value: 76.61 }, facts)).toBe("not-met")
    expect(status({ kind: "unit-mutu", in: ["A"] }, facts)).toBe("not-met")
    expect(status({ kind: "flag", name: "f", is: true }, facts)).toBe("fired")
    expect(status({ kind: "measure", name: "m", op: "below", value: 70 }, facts)).toBe("fired")
  })

  it("development hours are JP: the old clock-hours-looking key is refused", () => {
    const r = Rule.evaluate(ruleSet({ kind: "jp", compliant: true }), {
      asOf: "2026-12-31",
      history: history("Baik"),
      development: { jpHours: 20, jpRequired: 20 }
    })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => p.path.join("."))).toEqual(
      expect.arrayContaining(["development.jpHours"])
    )
  })

  it("rejects facts the rule set does not know, with paths", () => {
    const r = Rule.evaluate(ruleSet({ kind: "all", of: [] }), {
      asOf: "2026-12-31",
      history: [...history("Baik"), ...history("Baik")],
      jpm: { category: "Optimall" },
      flags: { g: true },
      measures: { m: 1, n: 2 }
    })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => [p.path, p.code])).toEqual([
      [["history", 1, "period"], "duplicate"],
      [["jpm", "category"], "unknown-fact"],
      [["flags", "g"], "unknown-fact"],
      [["measures", "n"], "unknown-fact"]
    ])
  })

  it.each([
    null,
    {},
    { asOf: "2026-02-30", history: [] },
    { asOf: "2026-12-31", history: [{ period: "p", predikat: "Cukup" }] }
  ])("never throws on bad facts %j", (facts) => {
    expect(Result.isFailure(Rule.evaluate(national, facts))).toBe(true)
  })
})

describe("static checks", () => {
  const outcome = (
    id: string,
    kind: Rule.OutcomeKind = "reward",
    conflictsWith?: ReadonlyArray<string>
  ): Rule.Outcome => ({
    id,
    kind,
    label: id,
    severity: kind === "remediation" ? 1 : 0,
    legalBasis: lb,
    ...(conflictsWith ? { conflictsWith } : {})
  })
  const rule = (
    id: string,
    when: Rule.Condition,
    give: ReadonlyArray<string>,
    extra: Partial<Rule.Rule> = {}
  ): Rule.Rule => ({
    id,
    description: id,
    group: "g",
    priority: 0,
    exclusive: false,
    when,
    give,
    legalBasis: lb,
    ...extra
  })
  const set = (outcomes: ReadonlyArray<Rule.Outcome>, rules: ReadonlyArray<Rule.Rule>): Rule.RuleSet => ({
    name: "t",
    vocabulary: { jpmCategories: ["Optimal"], flags: [], measures: [] },
    outcomes,
    rules,
    legalBasis: lb
  })
  const sb: Rule.Condition = { kind: "predikat", in: ["Sangat Baik"] }
  const good: Rule.Condition = { kind: "predikat", in: ["Sangat Baik", "Baik"] }
  const poor: Rule.Condition = { kind: "predikat", in: ["Sangat Kurang"] }

  it("a rule implied by a higher exclusive rule of its group never fires", () => {
    const found = Rule.check(
      set(
        [outcome("a"), outcome("b")],
        [
          rule("wide", good, ["a"], { priority: 10, exclusive: true }),
          rule("narrow", { kind: "all", of: [sb, { kind: "talent-box", in: [9] }] }, ["b"], { priority: 5 })
        ]
      )
    )
    expect(found.map((p) => [p.path, p.code])).toEqual([[["rules", 1], "never-fires"]])
    expect(found[0]?.message).toContain('"wide"')
  })

  it("is not shadowed when the exclusive rule is lower, equal, in another group or not implied", () => {
    for (const extra of [{ priority: 1 }, { priority: 5 }, { group: "h" }] as const) {
      expect(
        Rule.check(
          set(
            [outcome("a"), outcome("b")],
            [
              rule("wide", good, ["a"], { priority: 10, exclusive: true, ...extra }),
              rule("n", sb, ["b"], { priority: 5 })
            ]
          )
        )
      ).toEqual([])
    }
    expect(
      Rule.check(
        set(
          [outcome("a"), outcome("b")],
          [rule("x", sb, ["a"], { priority: 10, exclusive: true }), rule("n", good, ["b"])]
        )
      )
    ).toEqual([])
  })

  it("a contradictory condition never fires", () => {
    const found = Rule.check(set([outcome("a")], [rule("r", { kind: "all", of: [sb, poor] }, ["a"])]))
    expect(found.map((p) => [p.path, p.code])).toEqual([[["rules", 0, "when"], "never-fires"]])
  })

  it("conflicting outcomes that may be given together are reported; priority+exclusive or disjoint conditions resolve them", () => {
    const outcomes = [outcome("reward"), outcome("sanksi", "remediation", ["reward"])]
    const overlapping = Rule.check(
      set(outcomes, [rule("r1", good, ["reward"]), rule("r2", { kind: "talent-box", in: [1] }, ["sanksi"])])
    )
    expect(overlapping.map((p) => [p.path, p.code])).toEqual([[["rules", 1, "give"], "conflicting-outcomes"]])
    expect(Rule.check(set(outcomes, [rule("r1", good, ["reward"]), rule("r2", poor, ["sanksi"])]))).toEqual([])
    expect(
      Rule.check(
        set(outcomes, [
          rule("r1", good, ["reward"]),
          rule("r2", { kind: "talent-box", in: [1] }, ["sanksi"], { priority: 9, exclusive: true })
        ])
      )
    ).toEqual([])
    const self = Rule.check(set(outcomes, [rule("both", good, ["reward", "sanksi"])]))
    expect(self.map((p) => p.code)).toEqual(["conflicting-outcomes"])
  })

  it("reports unknown outcomes and unknown facts with paths", () => {
    const found = Rule.check({
      ...set(
        [outcome("a", "reward", ["zz"]), outcome("a")],
        [
          rule(
            "r",
            {
              kind: "any",
              of: [
                { kind: "jpm", in: ["Optimal", "Super"] },
                { kind: "flag", name: "x", is: true }
              ]
            },
            ["a", "b"]
          ),
          rule("r", { kind: "not", of: { kind: "measure", name: "m", op: "below", value: 1 } }, ["a"]),
          rule("s", { kind: "predikat-last", last: 2, atLeast: 3, in: ["Baik"] }, ["a"])
        ]
      )
    })
    expect(found.map((p) => [p.path, p.code])).toEqual([
      [["outcomes", 1, "id"], "duplicate"],
      [["outcomes", 0, "conflictsWith", 0], "unknown-outcome"],
      [["rules", 0, "give", 1], "unknown-outcome"],
      [["rules", 0, "when", "of", 0, "in", 1], "unknown-fact"],
      [["rules", 0, "when", "of", 1, "name"], "unknown-fact"],
      [["rules", 1, "id"], "duplicate"],
      [["rules", 1, "when", "of", "name"], "unknown-fact"],
      [["rules", 2, "when", "atLeast"], "impossible"]
    ])
    expect(Result.isFailure(Rule.decodeRuleSet(set([outcome("a")], [rule("r", sb, ["b"])])))).toBe(true)
  })

  it("decodeRuleSet reports shape problems with paths and never throws", () => {
    const r = Rule.decodeRuleSet({
      ...national,
      rules: [{ ...national.rules[0], when: { kind: "predikat", in: ["Cukup"] } }]
    })
    expect(Result.isFailure(r) && r.failure.problems[0]?.path).toEqual(["rules", 0, "when", "in", 0])
    for (const bad of [null, 1, {}, { ...national, rules: "x" }])
      expect(Result.isFailure(Rule.decodeRuleSet(bad))).toBe(true)
  })

  it("implies and disjoint", () => {
    expect(Rule.implies(poor, { kind: "predikat", in: ["Kurang/Misconduct", "Sangat Kurang"] })).toBe(true)
    expect(Rule.implies(good, sb)).toBe(false)
    expect(Rule.implies({ kind: "consecutive", in: ["Sangat Baik"], atLeast: 3 }, sb)).toBe(true)
    expect(Rule.implies({ kind: "score", op: "above", value: 90 }, { kind: "score", op: "at-least", value: 90 })).toBe(
      true
    )
    expect(Rule.implies({ kind: "score", op: "at-least", value: 90 }, { kind: "score", op: "above", value: 90 })).toBe(
      false
    )
    expect(Rule.disjoint({ kind: "score", op: "below", value: 90 }, { kind: "score", op: "at-least", value: 90 })).toBe(
      true
    )
    expect(
      Rule.disjoint({ kind: "score", op: "at-most", value: 90 }, { kind: "score", op: "at-least", value: 90 })
    ).toBe(false)
    expect(Rule.disjoint(sb, { kind: "not", of: good })).toBe(true)
  })
})

describe("properties", () => {
  const predikat = fc.constantFrom(...Quadrant.predikats)
  const facts = fc.record({
    predikats: fc.array(predikat, { minLength: 1, maxLength: 5 }),
    scores: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 5, maxLength: 5 }),
    withScores: fc.boolean(),
    talentBox: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }),
    sanction: fc.option(fc.constantFrom("teguran-lisan", "potong-tunjangan-6-bulan", "penurunan-jabatan-12-bulan"), {
      nil: undefined
    })
  })
  const toFacts = (f: {
    predikats: ReadonlyArray<Quadrant.Predikat>
    scores: ReadonlyArray<number>
    withScores: boolean
    talentBox: number | undefined
    sanction: string | undefined
  }) => ({
    asOf: "2026-12-31",
    history: f.predikats.map((p, i) => ({
      period: `P${i}`,
      predikat: p,
      ...(f.withScores ? { score: f.scores[i] } : {})
    })),
    ...(f.talentBox === undefined ? {} : { talentBox: f.talentBox }),
    discipline: f.sanction === undefined ? [] : [{ kind: f.sanction, effective: "2026-06" }]
  })

  it("the result does not depend on the order of the rules", () => {
    fc.assert(
      fc.property(facts, fc.infiniteStream(fc.nat()), (f, seeds) => {
        const it = seeds[Symbol.iterator]()
        const shuffled = [...national.rules]
          .map((r) => [it.next().value as number, r] as const)
          .sort((a, b) => a[0] - b[0])
          .map(([, r]) => r)
        expect(run({ ...national, rules: shuffled }, toFacts(f))).toEqual(run(national, toFacts(f)))
      })
    )
  })

  it("a strictly better record never earns a harsher remediation under the national rules", () => {
    fc.assert(
      fc.property(facts, fc.array(fc.nat({ max: 4 }), { minLength: 5, maxLength: 5 }), (worse, steps) => {
        // better: every period's predikat moves up by 0–4 places (and at least one moves), all else equal
        const better = worse.predikats.map(
          (p, i) =>
            Quadrant.predikats[Math.max(0, Quadrant.predikats.indexOf(p) - (steps[i] ?? 0))] as Quadrant.Predikat
        )
        fc.pre(better.some((p, i) => p !== worse.predikats[i]))
        const harshWorse = Rule.harshest(run(national, toFacts(worse)), "remediation")
        const harshBetter = Rule.harshest(run(national, toFacts({ ...worse, predikats: better })), "remediation")
        expect(harshBetter).toBeLessThanOrEqual(harshWorse)
      })
    )
  })

  it("evaluation is total over generated facts and rule sets keep no conflicts", () => {
    fc.assert(
      fc.property(facts, (f) => {
        for (const ruleSet of [national, Presets.regionRules.bukittinggi, Presets.regionRules.sawahlunto]) {
          const e = run(ruleSet, toFacts(f))
          expect(e.decisions).toHaveLength(ruleSet.rules.length)
          expect(e.conflicts).toEqual([])
        }
      })
    )
  })
})

describe("Rule.decide (typed facts)", () => {
  it("gives the same evaluation as Rule.evaluate for valid facts", () => {
    const facts = {
      asOf: "2026-12-31",
      history: [
        { period: "2026-Q3", predikat: "Sangat Kurang" as const, score: 40 },
        { period: "2026-Q4", predikat: "Sangat Kurang" as const, score: 45 }
      ]
    }
    const a = Rule.decide(Presets.rules.national, facts)
    const b = Rule.evaluate(Presets.rules.national, facts)
    expect(Result.isSuccess(a) && Result.isSuccess(b)).toBe(true)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it("still reports content problems with paths", () => {
    const r = Rule.decide(Presets.rules.national, {
      asOf: "2026-12-31",
      history: [
        { period: "2026", predikat: "Baik" },
        { period: "2026", predikat: "Baik" }
      ]
    })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => p.path)).toEqual([["history", 1, "period"]])
  })
})
