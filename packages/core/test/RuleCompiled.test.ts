import { Presets, Quadrant, Rule } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const lb = [{ regulation: "Test", confirmed: false }] as const

/** What `Rule.decide` gives, projected on what a compiled rule set gives. */
const traced = (ruleSet: Rule.RuleSet, facts: Rule.Facts) => {
  const r = Rule.decide(ruleSet, facts)
  if (Result.isFailure(r)) return { failure: r.failure.problems }
  const e = r.success
  return {
    fired: e.decisions.filter((d) => d.status === "fired").map((d) => d.rule),
    outcomes: e.outcomes,
    conflicts: e.conflicts,
    missing: e.missing
  }
}
const compiled = (ruleSet: Rule.RuleSet, facts: Rule.Facts) => {
  const r = Rule.compile(ruleSet).decide(facts)
  return Result.isFailure(r) ? { failure: r.failure.problems } : r.success
}

const predikat = fc.constantFrom(...Quadrant.predikats)
const op = fc.constantFrom("at-least", "above", "at-most", "below", "equal") as fc.Arbitrary<Rule.Op>
// Numbers that meet on equal values and half-steps often (edges), and odd decimals sometimes.
const number = fc.oneof(
  { arbitrary: fc.constantFrom(0, 60, 89.99, 90, 90.5, 110, 120), weight: 4 },
  fc.integer({ min: 0, max: 120 }),
  fc.integer({ min: 0, max: 2400 }).map((n) => n / 20),
  fc.double({ min: -10, max: 130, noNaN: true, noDefaultInfinity: true })
)
const flagNames = ["mentor", "cuti"]
const measureNames = ["jam", "kasus"]

const condition: fc.Arbitrary<Rule.Condition> = fc.letrec<{ c: Rule.Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ kind: fc.constant("predikat" as const), in: fc.uniqueArray(predikat, { minLength: 1 }) }),
    fc.record(
      {
        kind: fc.constant("predikat-last" as const),
        last: fc.integer({ min: 1, max: 4 }),
        in: fc.uniqueArray(predikat, { minLength: 1 }),
        atLeast: fc.integer({ min: 1, max: 4 })
      },
      { requiredKeys: ["kind", "last", "in"] }
    ),
    fc.record({
      kind: fc.constant("consecutive" as const),
      in: fc.uniqueArray(predikat, { minLength: 1 }),
      atLeast: fc.integer({ min: 1, max: 4 })
    }),
    fc.record({ kind: fc.constant("score" as const), op, value: number }),
    fc.record({
      kind: fc.constant("trend" as const),
      last: fc.integer({ min: 2, max: 4 }),
      measure: fc.constantFrom("change", "slope") as fc.Arbitrary<"change" | "slope">,
      op,
      value: fc.integer({ min: -20, max: 20 })
    }),
    fc.record({
      kind: fc.constant("jpm" as const),
      in: fc.uniqueArray(fc.constantFrom("optimal", "cukup"), { minLength: 1 })
    }),
    fc.record({ kind: fc.constant("jp" as const), compliant: fc.boolean() }),
    fc.record({
      kind: fc.constant("discipline" as const),
      levels: fc.uniqueArray(
        fc.constantFrom("ringan", "sedang", "berat") as fc.Arbitrary<"ringan" | "sedang" | "berat">,
        {
          minLength: 1
        }
      ),
      scope: fc.constantFrom("ever", "year", "active") as fc.Arbitrary<"ever" | "year" | "active">,
      present: fc.boolean()
    }),
    fc.record({
      kind: fc.constant("talent-box" as const),
      in: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { minLength: 1 })
    }),
    fc.record({ kind: fc.constant("unit-ikm" as const), op, value: number }),
    fc.record({
      kind: fc.constant("unit-mutu" as const),
      in: fc.uniqueArray(fc.constantFrom("A", "B", "C", "D") as fc.Arbitrary<Rule.Mutu>, { minLength: 1 })
    }),
    fc.record({ kind: fc.constant("flag" as const), name: fc.constantFrom(...flagNames), is: fc.boolean() }),
    fc.record({ kind: fc.constant("measure" as const), name: fc.constantFrom(...measureNames), op, value: number }),
    fc.record({ kind: fc.constant("all" as const), of: fc.array(tie("c"), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant("any" as const), of: fc.array(tie("c"), { maxLength: 3 }) }),
    fc.record({ kind: fc.constant("not" as const), of: tie("c") })
  )
})).c

const outcomeIds = ["a", "b", "c", "d", "e"]
const ruleSet: fc.Arbitrary<Rule.RuleSet> = fc
  .record({
    outcomes: fc.tuple(
      ...outcomeIds.map(() =>
        fc.record({
          kind: fc.constantFrom(...Rule.OutcomeKind.literals),
          severity: fc.integer({ min: 0, max: 3 }),
          conflictsWith: fc.subarray(outcomeIds)
        })
      )
    ),
    rules: fc.array(
      fc.record({
        group: fc.constantFrom("g1", "g2"),
        priority: fc.integer({ min: 0, max: 3 }),
        exclusive: fc.boolean(),
        when: condition,
        // "zz" is given by no declared outcome: skipped, as by `decide`
        give: fc.subarray([...outcomeIds, "zz"], { minLength: 1 })
      }),
      { maxLength: 8 }
    )
  })
  .map(({ outcomes, rules }) => ({
    name: "generated",
    vocabulary: { jpmCategories: ["optimal", "cukup"], flags: flagNames, measures: measureNames },
    outcomes: outcomes.map((o, i) => ({
      id: outcomeIds[i] as string,
      kind: o.kind,
      label: `label ${i}`,
      severity: o.severity,
      ...(o.conflictsWith.length > 0 ? { conflictsWith: o.conflictsWith } : {}),
      legalBasis: lb
    })),
    rules: rules.map((r, i) => ({ id: `r${i}`, description: "", legalBasis: lb, ...r })),
    legalBasis: lb
  }))

const facts: fc.Arbitrary<Rule.Facts> = fc
  .record(
    {
      history: fc.array(fc.record({ predikat, score: fc.option(number, { nil: undefined }) }), { maxLength: 5 }),
      duplicatePeriod: fc.boolean(),
      jpm: fc.record({ category: fc.constantFrom("optimal", "cukup", "unknown-category") }),
      development: fc.record({ jp: fc.integer({ min: 0, max: 40 }), jpRequired: fc.integer({ min: 0, max: 40 }) }),
      discipline: fc.array(
        fc.record({
          kind: fc.constantFrom("teguran-lisan", "potong-tunjangan-6-bulan", "penurunan-jabatan-12-bulan"),
          effective: fc.constantFrom("2025-06", "2026-06", "2026-11")
        }),
        { maxLength: 2 }
      ),
      talentBox: fc.integer({ min: 1, max: 9 }),
      unit: fc.record(
        { ikm: number.filter((x) => x >= 0 && x <= 100), mutu: fc.constantFrom("A", "B", "C", "D") },
        {
          requiredKeys: []
        }
      ),
      flags: fc.dictionary(fc.constantFrom(...flagNames, "undeclared"), fc.boolean()),
      measures: fc.dictionary(fc.constantFrom(...measureNames), number)
    },
    { requiredKeys: ["history", "duplicatePeriod"] }
  )
  .map(({ history, duplicatePeriod, ...rest }) => ({
    asOf: "2026-12-31",
    history: history.map((h, i) => ({
      period: duplicatePeriod && i === 1 ? "P0" : `P${i}`,
      predikat: h.predikat,
      ...(h.score === undefined ? {} : { score: h.score })
    })),
    ...rest
  })) as fc.Arbitrary<Rule.Facts>

describe("Rule.compile", () => {
  it("decides the preset rule sets as Rule.decide does, for one period with or without a score", () => {
    for (const rs of [Presets.rules.national, Presets.regionRules.bukittinggi, Presets.regionRules.sawahlunto]) {
      for (const p of Quadrant.predikats) {
        for (const score of [undefined, 0, 59.99, 60, 89.99, 90, 110, 120]) {
          const f: Rule.Facts = {
            asOf: "2026-12-31",
            history: [{ period: "2026-Q4", predikat: p, ...(score === undefined ? {} : { score }) }]
          }
          expect(compiled(rs, f)).toEqual(traced(rs, f))
        }
      }
    }
  })

  it("gives the same fired rules, outcomes, conflicts and missing facts as Rule.decide (generated)", () => {
    fc.assert(
      fc.property(ruleSet, fc.array(facts, { minLength: 1, maxLength: 6 }), (rs, many) => {
        // several facts through one compiled set: its reused state and its memo must not leak between calls
        for (const f of many) expect(compiled(rs, f)).toEqual(traced(rs, f))
      }),
      { numRuns: 400 }
    )
  })

  it("fails on the same facts with the same problems (undeclared flag, unknown JPM category, duplicate period)", () => {
    const rs = Presets.rules.national
    const f = {
      asOf: "2026-12-31",
      history: [
        { period: "P", predikat: "Baik" },
        { period: "P", predikat: "Baik" }
      ],
      jpm: { category: "nope" },
      flags: { nope: true }
    } as const
    const c = compiled(rs, f)
    expect(c).toEqual(traced(rs, f))
    expect("failure" in c && c.failure.map((p) => p.code)).toEqual(["duplicate", "unknown-fact", "unknown-fact"])
  })

  it("is prepared once per rule-set object", () => {
    expect(Rule.compile(Presets.rules.national)).toBe(Rule.compile(Presets.rules.national))
  })
})
