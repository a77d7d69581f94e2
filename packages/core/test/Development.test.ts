import { Competency, Development, Exact, Jpm, Presets, Programme } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const policy = Presets.competency.development
const catalogue = Result.getOrThrow(
  Competency.combine("all", [Presets.competency.national, Presets.competency.teknisExample])
)
const legalBasis = [{ regulation: "Test", confirmed: true }]

const problems = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) return expect.fail("expected failure")
  const f = r.failure as {
    _tag: string
    problems?: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>
  }
  expect(f._tag).toBe("InvalidInput")
  return (f.problems ?? []).map((p) => [p.path, p.code] as const)
}
const exact = (text: string): Exact.Exact => {
  const head = text.split(" ")[0] ?? ""
  const [n, d] = head.split("/")
  return d === undefined ? Result.getOrThrow(Exact.fromString(head)) : Exact.fraction(BigInt(n ?? "0"), BigInt(d))
}

describe("Presets.competency.development", () => {
  it("decodes and passes its own checks", () => {
    expect(Result.isSuccess(Development.decodePolicy(policy))).toBe(true)
    expect(Development.policyProblems(policy)).toEqual([])
  })

  it("names the klasikal and nonklasikal forms of the seeds", () => {
    const ids = policy.forms.map((f) => f.id)
    for (const id of ["pelatihan", "seminar", "workshop", "kursus", "coaching", "mentoring", "e-learning", "magang"]) {
      expect(ids).toContain(id)
    }
    expect(policy.forms.filter((f) => f.kind === "nonklasikal").every((f) => f.confirmed === false)).toBe(true)
  })

  it("marks 1 JP = 45 minutes as unconfirmed", () => {
    expect(policy.minutesPerJp).toBe(45)
    expect(policy.legalBasis.find((c) => c.regulation === "Peraturan LAN 5/2018")?.confirmed).toBe(false)
  })

  it("decodePolicy reports unknown forms, duplicates and inverted scales with paths", () => {
    const [first] = policy.forms
    if (!first) return expect.fail("no form")
    const broken = {
      ...policy,
      forms: [...policy.forms, first],
      recommendation: {
        ...policy.recommendation,
        byGroup: { ...policy.recommendation.byGroup, teknis: ["webinar"] },
        priorities: [{ id: "p", when: { newAsn: true }, forms: ["retret"], boost: 1, reason: "r" }]
      },
      effectiveness: { ...policy.effectiveness, reactionScale: { min: 4, max: 1 } }
    }
    expect(problems(Development.decodePolicy(broken))).toEqual([
      [["forms", policy.forms.length, "id"], "duplicate"],
      [["recommendation", "byGroup", "teknis", 0], "unknown"],
      [["recommendation", "priorities", 0, "forms", 0], "unknown"],
      [["effectiveness", "reactionScale"], "empty-range"]
    ])
  })

  it("decodePolicy reports shape problems with every path", () => {
    const r = Development.decodePolicy({ ...policy, minutesPerJp: 0, yearlyMinimumJp: -1 })
    expect(problems(r).map(([p]) => p)).toEqual([["minutesPerJp"], ["yearlyMinimumJp"]])
  })
})

describe("Development.credit (1 JP = 45 minutes by default)", () => {
  const credit = (minutes: number, form = "seminar") =>
    Development.credit(policy, { employee: "a", form, year: 2026, minutes })

  it.each([
    [45, "1"],
    [90, "2"],
    [180, "4"],
    [50, "10/9 ≈ 1.111111"],
    [0, "0"],
    [900, "20"]
  ])("%i minutes → %s JP", (minutes, jp) => {
    const r = credit(minutes)
    expect(Result.isSuccess(r) && r.success.jp).toBe(jp)
  })

  it("explains the rule in the trace", () => {
    const r = Result.getOrThrow(credit(180))
    expect(r.trace).toEqual({
      rule: "duration",
      formula: "180 menit / 45 menit per JP",
      capped: false,
      confirmed: true
    })
  })

  it("a region may credit per unit and cap an activity", () => {
    const regional: Development.Policy = {
      ...policy,
      forms: [
        ...policy.forms.filter((f) => f.id !== "magang"),
        {
          id: "magang",
          name: "Magang",
          kind: "nonklasikal",
          credit: { basis: "per-unit", unit: "hari", jpPerUnit: 2.5 },
          maxJpPerActivity: 20,
          confirmed: false
        }
      ]
    }
    const five = Result.getOrThrow(
      Development.credit(regional, { employee: "a", form: "magang", year: 2026, units: 5 })
    )
    expect(five.jp).toBe("12.5")
    const ten = Result.getOrThrow(
      Development.credit(regional, { employee: "a", form: "magang", year: 2026, units: 10 })
    )
    expect(ten.jp).toBe("20")
    expect(ten.trace.capped).toBe(true)
    expect(problems(Development.credit(regional, { employee: "a", form: "magang", year: 2026, minutes: 60 }))).toEqual([
      [["units"], "missing"]
    ])
  })

  it("reports an unknown form and a missing duration with their paths", () => {
    expect(problems(credit(60, "webinar"))).toEqual([[["form"], "unknown"]])
    expect(problems(Development.credit(policy, { employee: "a", form: "seminar", year: 2026 }))).toEqual([
      [["minutes"], "missing"]
    ])
  })

  it.each([
    null,
    {},
    { employee: "a", form: "seminar", year: 2026, minutes: -5 },
    { employee: "a", form: "seminar", year: 2026, minutes: Number.NaN }
  ])("never throws on %s", (input) => {
    expect(Result.isFailure(Development.credit(policy, input))).toBe(true)
  })
})

describe("Development.yearly: 20 JP minimum and who is behind", () => {
  const run = (minutes: ReadonlyArray<readonly [string, number]>, employees = ["a", "b", "c"]) =>
    Development.yearly(policy, {
      year: 2026,
      employees,
      activities: minutes.map(([employee, m]) => ({ employee, form: "pelatihan", year: 2026, minutes: m }))
    })
  const row = (r: ReturnType<typeof run>, employee: string) => {
    const report = Result.getOrThrow(r)
    const found = report.employees.find((e) => e.employee === employee)
    if (!found) return expect.fail(`no row for ${employee}`)
    return found
  }

  // edges of the minimum, rounded with floor at 2 decimals
  it.each([
    [899, "19.97", false], // just below
    [899.775, "19.99", false], // 19.995 JP: the half-way point stays below with floor (half-up would give 20.00)
    [900, "20.00", true], // at: exactly 20 JP meets 20
    [900.45, "20.01", true] // just above
  ])("%s minutes → %s JP, meets %s", (m, text, meets) => {
    const r = row(run([["a", m]]), "a")
    expect(r.total.text).toBe(text)
    expect(r.meets).toBe(meets)
  })

  it("reports everyone on the roster, the shortfall, and who is behind (largest shortfall first)", () => {
    const r = Result.getOrThrow(
      run(
        [
          ["a", 450],
          ["a", 450],
          ["b", 720],
          ["c", 900]
        ],
        ["a", "b", "c", "d"]
      )
    )
    expect(r.employees.map((e) => [e.employee, e.exact, e.meets, e.shortfall])).toEqual([
      ["a", "20", true, "0"],
      ["b", "16", false, "4"],
      ["c", "20", true, "0"],
      ["d", "0", false, "20"]
    ])
    expect(r.behind).toEqual(["d", "b"])
    expect(JSON.parse(JSON.stringify(r.trace))).toMatchObject({ rule: "jp-minimum", minutesPerJp: 45 })
  })

  it("ignores activities of other years and counts them in the trace", () => {
    const r = Result.getOrThrow(
      Development.yearly(policy, {
        year: 2026,
        employees: ["a"],
        activities: [{ employee: "a", form: "seminar", year: 2025, minutes: 900 }]
      })
    )
    expect(r.behind).toEqual(["a"])
    expect(r.trace.otherYears).toBe(1)
  })

  it("lists every problem with its path", () => {
    const r = Development.yearly(policy, {
      year: 2026,
      employees: ["a", "a"],
      activities: [
        { employee: "z", form: "seminar", year: 2026, minutes: 90 },
        { employee: "a", form: "webinar", year: 2026, minutes: 90 },
        { employee: "a", form: "seminar", year: 2026 }
      ]
    })
    expect(problems(r)).toEqual([
      [["employees", 1], "duplicate"],
      [["activities", 0, "employee"], "unknown"],
      [["activities", 1, "form"], "unknown"],
      [["activities", 2, "minutes"], "missing"]
    ])
  })

  it("JP totals are additive (exact, no per-activity rounding)", () => {
    const activity = fc.record({
      employee: fc.constant("a"),
      form: fc.constantFrom(...policy.forms.map((f) => f.id)),
      year: fc.constant(2026),
      minutes: fc.integer({ min: 0, max: 2000 })
    })
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 12 }), fc.array(activity, { maxLength: 12 }), (xs, ys) => {
        const a = exact(Result.getOrThrow(Development.totalJp(policy, xs)))
        const b = exact(Result.getOrThrow(Development.totalJp(policy, ys)))
        const ab = exact(Result.getOrThrow(Development.totalJp(policy, [...xs, ...ys])))
        expect(Exact.equals(ab, Exact.add(a, b))).toBe(true)
        const yearly = Result.getOrThrow(
          Development.yearly(policy, { year: 2026, employees: ["a"], activities: [...xs, ...ys] })
        )
        expect(yearly.employees[0]?.exact).toBe(Exact.format(ab))
      })
    )
  })
})

describe("Development.recommend", () => {
  const standard = {
    position: "Analis Perizinan",
    requirements: [
      { competency: "integritas", level: 3 },
      { competency: "kerjasama", level: 3 },
      { competency: "perekat-bangsa", level: 3 },
      { competency: "pelayanan-perizinan", level: 3 }
    ],
    legalBasis
  }
  const matchOf = (scores: Record<string, Jpm.Score>) => {
    const r = Jpm.match(Presets.competency.jpmBrin, { standard, scores })
    if (Result.isFailure(r)) return expect.fail(r.failure._tag)
    return r.success
  }
  const recommend = (match: Jpm.Match, profile: Development.Profile) =>
    Result.getOrThrow(Development.recommend(policy, { catalogue, match, profile }))

  const match = matchOf({ integritas: 3, kerjasama: 2, "perekat-bangsa": 4, "pelayanan-perizinan": 1 })

  it("covers only negative gaps, the largest need first", () => {
    const r = recommend(match, { newAsn: false, remote: false })
    expect(r.items.map((i) => [i.competency, i.group, i.gap])).toEqual([
      ["pelayanan-perizinan", "teknis", "-2"],
      ["kerjasama", "manajerial", "-1"]
    ])
    expect(r.items[0]?.suggestions.map((s) => s.form)).toEqual(["pelatihan", "magang", "kursus"])
  })

  it("puts mentoring and coaching first for a new ASN (seed 004)", () => {
    const r = recommend(match, { newAsn: true, remote: false })
    expect(r.items[1]?.suggestions.map((s) => s.form)).toEqual(["coaching", "mentoring", "pelatihan"])
    expect(r.items[1]?.suggestions[1]?.reasons).toEqual(["ASN baru: mentoring dan coaching oleh atasan/pegawai senior"])
    expect(r.trace.priorities).toEqual(["asn-baru"])
  })

  it("puts e-learning first for a remote unit (seed 004)", () => {
    const r = recommend(match, { newAsn: false, remote: true })
    expect(r.items[0]?.suggestions[0]?.form).toBe("e-learning")
    expect(r.items[1]?.suggestions[0]?.form).toBe("e-learning")
  })

  it("recommends nothing when every gap is zero or positive, or not assessed", () => {
    const none = matchOf({ integritas: 3, kerjasama: 3, "perekat-bangsa": 5, "pelayanan-perizinan": "not-assessed" })
    expect(recommend(none, { newAsn: true, remote: true }).items).toEqual([])
  })

  it("fails with UnknownCompetency when the catalogue does not know a competency", () => {
    const r = Development.recommend(policy, {
      catalogue: Presets.competency.national,
      match,
      profile: { newAsn: false, remote: false }
    })
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnknownCompetency")
  })

  it("recommendations exist exactly for negative gaps, ordered by gap (property)", () => {
    const level = fc.integer({ min: 1, max: 5 })
    fc.assert(
      fc.property(fc.tuple(level, level, level, level), fc.boolean(), fc.boolean(), (ls, newAsn, remote) => {
        const ids = standard.requirements.map((r) => r.competency)
        const m = matchOf(Object.fromEntries(ids.map((id, k) => [id, ls[k] ?? 3])))
        const r = recommend(m, { newAsn, remote })
        const negative = standard.requirements.filter((req, k) => (ls[k] ?? 3) < req.level).map((req) => req.competency)
        expect(new Set(r.items.map((i) => i.competency))).toEqual(new Set(negative))
        const gaps = r.items.map((i) => Number(i.gap))
        expect(gaps).toEqual([...gaps].sort((a, b) => a - b))
        for (const item of r.items) {
          expect(Number(item.gap)).toBeLessThan(0)
          expect(item.suggestions.length).toBeGreaterThan(0)
          expect(item.suggestions.length).toBeLessThanOrEqual(policy.recommendation.maxPerCompetency)
        }
      })
    )
  })
})

describe("Programme.effectiveness (Kirkpatrick)", () => {
  const participants = (n: number) =>
    Array.from({ length: n }, (_, k) => ({
      id: `p${k}`,
      group: k % 2 === 0 ? "Dinas A" : "Dinas B",
      reaction: 3,
      preTest: 60,
      postTest: 70 + (k % 3),
      behaviour: 4,
      performanceBefore: 80,
      performanceAfter: 80
    }))

  it("worked example: two participants' learning gain, with the too-few caveat", () => {
    const r = Result.getOrThrow(
      Programme.effectiveness(policy, {
        id: "p1",
        name: "Pelayanan Prima",
        participants: [
          { id: "a", preTest: 60, postTest: 80 },
          { id: "b", preTest: 70, postTest: 75 }
        ]
      })
    )
    const learning = r.overall.levels[1]
    expect(learning).toMatchObject({
      name: "pembelajaran",
      n: 2,
      missing: 0,
      improved: 2,
      direction: "improved",
      conclusive: false
    })
    expect(learning.before?.text).toBe("65.00")
    expect(learning.after?.text).toBe("77.50")
    expect(learning.change?.text).toBe("12.50")
    expect(learning.caveat).toContain("n = 2 < 10")
    expect(r.overall.levels[0]).toMatchObject({ name: "reaksi", n: 0, missing: 2, mean: null })
  })

  it.each([
    [9, false],
    [10, true],
    [11, true]
  ])("%i participants → conclusive %s (minimum 10)", (n, conclusive) => {
    const r = Result.getOrThrow(Programme.effectiveness(policy, { id: "p", name: "P", participants: participants(n) }))
    for (const level of r.overall.levels) {
      expect(level.conclusive).toBe(conclusive)
      expect(level.caveat === null).toBe(conclusive)
    }
  })

  it("reports per group, results unchanged, and never fills a missing measure", () => {
    const ps = [...participants(10), { id: "x", reaction: 4 }]
    const r = Result.getOrThrow(Programme.effectiveness(policy, { id: "p", name: "P", participants: ps }))
    expect(Object.keys(r.groups)).toEqual(["Dinas A", "Dinas B"])
    expect(r.groups["Dinas A"]?.participants).toBe(5)
    expect(r.groups["Dinas A"]?.levels[1].conclusive).toBe(false)
    expect(r.ungrouped).toBe(1)
    expect(r.overall.levels[3]).toMatchObject({ n: 10, missing: 1, direction: "unchanged", improved: 0 })
    expect(r.overall.levels[0].mean?.text).toBe("3.09") // 34 / 11
    expect(r.overall.levels[1].n).toBe(10)
  })

  it("a decline is reported as such", () => {
    const r = Result.getOrThrow(
      Programme.effectiveness(policy, {
        id: "p",
        name: "P",
        participants: [{ id: "a", performanceBefore: 90, performanceAfter: 85 }]
      })
    )
    expect(r.overall.levels[3]).toMatchObject({ direction: "declined", improved: 0 })
    expect(r.overall.levels[3].change?.text).toBe("-5.00")
  })

  it("lists every problem with its path", () => {
    const r = Programme.effectiveness(policy, {
      id: "p",
      name: "P",
      participants: [
        { id: "a", reaction: 5 },
        { id: "a", behaviour: 0 },
        { id: "c", preTest: "x" }
      ]
    })
    expect(problems(r).map(([p]) => p)).toEqual([["participants", 2, "preTest"]])
    const semantic = Programme.effectiveness(policy, {
      id: "p",
      name: "P",
      participants: [
        { id: "a", reaction: 5 },
        { id: "a", behaviour: 0 }
      ]
    })
    expect(problems(semantic)).toEqual([
      [["participants", 0, "reaction"], "out-of-range"],
      [["participants", 1, "id"], "duplicate"],
      [["participants", 1, "behaviour"], "out-of-range"]
    ])
  })
})

describe("Development guards", () => {
  it("a typed policy with minutesPerJp 0 gives a problem, not Infinity or a silent 0", () => {
    const r = Development.credit(
      { ...policy, minutesPerJp: 0 },
      { employee: "a", form: "seminar", year: 2026, minutes: 90 }
    )
    expect(problems(r)).toEqual([[["minutes"], "division-by-zero"]])
  })
})
