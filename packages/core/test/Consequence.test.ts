import { type Competency, Consequence, Cycle, Jpm, Presets, Rule } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { policy as cyclePolicy, year } from "./fixtures-cycle.js"
import { STAFF } from "./fixtures-org.js"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const base = { rules: Presets.rules.national, plans: Presets.rules.nationalPlans }
const history = (...ps: ReadonlyArray<string>) =>
  ps.map((predikat, i) => ({ period: String(2020 + i), predikat })) as unknown as ReadonlyArray<Rule.PeriodFact>
const follow = (predikats: ReadonlyArray<string>, extra: Partial<Consequence.Subject> = {}, policies = {}) =>
  ok(
    Consequence.follow(
      { ...base, ...policies },
      { employee: STAFF, facts: { asOf: "2027-01-31", history: history(...predikats) } as Rule.Facts, ...extra }
    )
  )

describe("Consequence.follow", () => {
  it("agrees with the rule set, split by kind", () => {
    for (const p of ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"]) {
      const c = follow([p])
      const e = ok(Rule.evaluate(Presets.rules.national, { asOf: "2027-01-31", history: history(p) }))
      const ids = (kind: Rule.OutcomeKind) => e.outcomes.filter((o) => o.kind === kind).map((o) => o.id)
      expect(
        c.rewards.map((o) => o.id),
        p
      ).toEqual(ids("reward"))
      expect(
        c.development.map((o) => o.id),
        p
      ).toEqual(ids("development"))
      expect(
        c.remediation.outcomes.map((o) => o.id),
        p
      ).toEqual(ids("remediation"))
      expect(
        c.sanctions.map((o) => o.id),
        p
      ).toEqual(ids("sanction"))
      expect(c.trace.evaluation).toEqual(e)
      expect(c.predikat).toBe(p)
    }
  })

  it("Sangat Baik: rewards (Pasal 31 priorities), no plan", () => {
    const c = follow(["Sangat Baik"])
    expect(c.rewards.length).toBeGreaterThan(0)
    expect(c.remediation.plans).toEqual([])
  })

  it("remediation outcomes that are plan types become assigned plans dated asOf; others stay outcomes", () => {
    const c = follow(["Butuh Perbaikan"])
    const types = Presets.rules.nationalPlans.plans.map((p) => p.type)
    const expected = c.remediation.outcomes.filter((o) => types.includes(o.id)).map((o) => o.id)
    expect(expected.length).toBeGreaterThan(0)
    expect(c.remediation.plans.map((p) => p.type)).toEqual(expected)
    for (const plan of c.remediation.plans) {
      expect(plan).toMatchObject({ status: "assigned", assignedOn: "2027-01-31", employee: STAFF })
      expect(plan.id).toBe(`${STAFF}-${plan.type}-2027-01-31`)
      expect(plan.basedOn).toMatch(/^rules: /)
    }
  })

  it("reports skipped steps with their reason, never as empty results", () => {
    const c = follow(["Baik"])
    expect(c.tpp).toEqual({
      status: "skipped",
      reason: { id: "Tidak ada kebijakan TPP.", en: "No TPP policy was given." }
    })
    expect(c.satyalancana.status).toBe("skipped")
    expect(c.recommendations.status).toBe("skipped")
  })

  it("TPP: the kinerja percent for the predikat, and the month's payment", () => {
    const tuba = { allowance: Presets.allowance.tuba }
    const c = follow(["Butuh Perbaikan"], {}, tuba)
    expect(c.tpp).toEqual({ status: "computed", kinerjaPercent: 80, payment: undefined })
    const m = follow(["Butuh Perbaikan"], { month: { month: "2027-01", ceiling: 1_000_000, days: [] } }, tuba)
    expect(m.tpp.status === "computed" && m.tpp.payment?.amount.text).toBe("880000")
    const bad = follow(["Baik"], { month: { month: "2027-01", ceiling: 1_000_000, days: [], conditions: ["x"] } }, tuba)
    expect(bad.tpp.status).toBe("failed")
  })

  it("Satyalancana: computed from the service record, failed on a bad one", () => {
    const policies = { satyalancana: Presets.rules.satyalancana }
    const c = follow(["Baik"], { service: { tmtCpns: "2016-03-01", asOf: "2026-03-01", discipline: [] } }, policies)
    expect(c.satyalancana.status === "computed" && c.satyalancana.result.eligible).toBe(true)
    const f = follow(["Baik"], { service: { tmtCpns: "2016-03-01" } }, policies)
    expect(f.satyalancana.status).toBe("failed")
  })

  it("development recommendations from a competency match", () => {
    const catalogue = Presets.competency.national as Competency.Catalogue
    const standard = {
      position: "Analis",
      requirements: [
        { competency: "integritas", level: 3 },
        { competency: "kerjasama", level: 3 }
      ],
      legalBasis: [{ regulation: "Test", confirmed: true }]
    }
    const match = ok(Jpm.match(Presets.competency.jpmBrin, { standard, scores: { integritas: 3, kerjasama: 2 } }))
    const c = follow(
      ["Baik"],
      { development: { catalogue, match, profile: { newAsn: false, remote: true } } },
      {
        development: Presets.competency.development
      }
    )
    expect(c.recommendations.status === "computed" && c.recommendations.result.items.map((i) => i.competency)).toEqual([
      "kerjasama"
    ])
  })

  it("fails only when the facts do not fit the rule set", () => {
    const r = Consequence.follow(base, { employee: STAFF, facts: { asOf: "2027-13-01", history: [] } as Rule.Facts })
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
  })
})

describe("Consequence.factsOfYear from the cycle", () => {
  it("appends the year's predikat, or nothing when there is none", () => {
    const state = ok(Cycle.replay(cyclePolicy, year))
    const y = Cycle.yearResult(cyclePolicy, state, "2027-02-01")
    expect(Consequence.factsOfYear(y, history("Baik"))).toEqual({
      asOf: "2027-01-31",
      history: [
        { period: "2020", predikat: "Baik" },
        { period: "2026", predikat: "Baik" }
      ]
    })
    const pending = Cycle.yearResult(cyclePolicy, ok(Cycle.replay(cyclePolicy, year.slice(0, 3))), "2026-02-01")
    expect(Consequence.factsOfYear(pending, [], "2026-02-01")).toEqual({ asOf: "2026-02-01", history: [] })
  })
})
