import { Award, Calendar, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const policy = Presets.rules.satyalancana
const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}

describe("Calendar.completedYears", () => {
  it.each([
    ["2016-03-01", "2026-02-28", 9],
    ["2016-03-01", "2026-03-01", 10],
    ["2016-03-01", "2026-03-02", 10],
    ["2016-02-29", "2026-02-28", 9],
    ["2016-02-29", "2026-03-01", 10],
    ["2026-03-01", "2016-03-01", 0]
  ] as const)("%s → %s: %i", (from, to, years) => {
    expect(Calendar.completedYears(from, to)).toBe(years)
  })
})

describe("Award.satyalancana", () => {
  const sl = (record: object) => ok(Award.satyalancana(policy, { discipline: [], ...record }))

  it.each([
    ["2026-02-28", false, undefined],
    ["2026-03-01", true, "X"],
    ["2036-02-29", true, "X"],
    ["2036-03-01", true, "XX"],
    ["2046-03-01", true, "XXX"]
  ] as const)("TMT 2016-03-01, as of %s: eligible %s, class %s", (asOf, eligible, klass) => {
    const r = sl({ tmtCpns: "2016-03-01", asOf })
    expect([r.eligible, r.class]).toEqual([eligible, klass])
  })

  it("one hukuman disiplin sedang, however old, disqualifies permanently; ringan does not", () => {
    const sedang = sl({
      tmtCpns: "1996-01-01",
      asOf: "2026-06-01",
      discipline: [{ kind: "potong-tunjangan-6-bulan", effective: "1999-04" }]
    })
    expect(sedang.eligible).toBe(false)
    expect(sedang.trace.classesReached).toEqual(["X", "XX", "XXX"])
    expect(sedang.trace.disqualifiedBy[0]).toContain("sedang")
    const ringan = sl({
      tmtCpns: "1996-01-01",
      asOf: "2026-06-01",
      discipline: [{ kind: "teguran-lisan", effective: "1999-04" }]
    })
    expect([ringan.eligible, ringan.class]).toEqual([true, "XXX"])
    expect(sl({ tmtCpns: "1996-01-01", asOf: "2026-06-01", dishonourablyDischarged: true }).eligible).toBe(false)
  })

  it("CLTN breaks continuity (restart) or is subtracted, by policy", () => {
    const record = { tmtCpns: "2010-01-01", asOf: "2026-01-01", cltn: [{ from: "2014-01-01", to: "2014-12-31" }] }
    const restart = sl(record)
    expect([restart.trace.countedFrom, restart.trace.continuousYears, restart.eligible]).toEqual([
      "2015-01-01",
      11,
      true
    ])
    const later = sl({ ...record, asOf: "2024-12-31" })
    expect([later.trace.continuousYears, later.eligible]).toEqual([9, false])
    const subtract = ok(Award.satyalancana({ ...policy, cltn: "subtract" }, { ...record, discipline: [] }))
    expect([subtract.trace.cltnDays, subtract.trace.countedFrom, subtract.trace.continuousYears]).toEqual([
      365,
      "2011-01-01",
      15
    ])
  })

  it("reports bad records with paths", () => {
    const r = Award.satyalancana(policy, {
      tmtCpns: "2010-01-01",
      asOf: "2026-01-01",
      discipline: [],
      cltn: [
        { from: "2015-02-01", to: "2015-01-01" },
        { from: "2009-01-01", to: "2009-06-01" }
      ]
    })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => [p.path, p.code])).toEqual([
      [["cltn", 0, "to"], "invalid"],
      [["cltn", 1], "outside-service"]
    ])
    for (const bad of [null, {}, { tmtCpns: "2010-02-30", asOf: "2026-01-01", discipline: [] }]) {
      expect(Result.isFailure(Award.satyalancana(policy, bad))).toBe(true)
    }
  })
})

describe("Award.nominate (regional award: best ASN by predikat and citizen feedback)", () => {
  const award = Presets.regionRules.bukittinggiAward
  const sb4 = ["Q1", "Q2", "Q3", "Q4"].map((q) => ({ period: `2026-${q}`, predikat: "Sangat Baik" as const }))
  const candidate = (id: string, score: number, responses = 40, extra: object = {}) => ({
    id,
    history: sb4,
    citizen: { score, responses },
    discipline: [],
    ...extra
  })

  it("screens and ranks, with reasons", () => {
    const r = ok(
      Award.nominate(award, {
        asOf: "2026-12-31",
        candidates: [
          candidate("A", 90),
          candidate("B", 95),
          candidate("C", 99, 10),
          candidate("D", 97, 40, { history: [...sb4.slice(0, 3), { period: "2026-Q4", predikat: "Baik" }] }),
          candidate("E", 98, 40, { discipline: [{ kind: "potong-tunjangan-6-bulan", effective: "2019-01" }] }),
          candidate("F", 88.3),
          candidate("G", 96, 40, { history: sb4.slice(1) })
        ]
      })
    )
    expect(r.nominated).toEqual(["B"])
    expect(r.standings.map((s) => [s.id, s.eligible, s.rank])).toEqual([
      ["A", true, 2],
      ["B", true, 1],
      ["C", false, undefined],
      ["D", false, undefined],
      ["E", false, undefined],
      ["F", false, undefined],
      ["G", false, undefined]
    ])
    expect(r.standings.find((s) => s.id === "F")?.reasons).toEqual(["citizen score 88.3 below 88.31"])
    expect(r.standings.find((s) => s.id === "G")?.reasons[0]).toContain("3 of the 4")
  })

  it("a tie at the last slot nominates everyone tied", () => {
    const r = ok(
      Award.nominate(award, {
        asOf: "2026-12-31",
        candidates: [candidate("A", 95), candidate("B", 95), candidate("C", 90)]
      })
    )
    expect(r.nominated).toEqual(["A", "B"])
    expect(r.tieAtCutoff).toBe(true)
  })

  it("rejects duplicate ids with a path", () => {
    const r = Award.nominate(award, { asOf: "2026-12-31", candidates: [candidate("A", 95), candidate("A", 90)] })
    expect(Result.isFailure(r) && r.failure.problems[0]?.path).toEqual(["candidates", 1, "id"])
  })

  it("property: the result does not depend on the order of candidates", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), score: fc.integer({ min: 80, max: 100 }) }),
          {
            selector: (c) => c.id,
            maxLength: 8
          }
        ),
        (rows) => {
          const candidates = rows.map((c) => candidate(c.id, c.score))
          const a = ok(Award.nominate(award, { asOf: "2026-12-31", candidates }))
          const b = ok(Award.nominate(award, { asOf: "2026-12-31", candidates: [...candidates].reverse() }))
          expect(b).toEqual(a)
        }
      )
    )
  })
})
