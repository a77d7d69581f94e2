import { Band, Exact, Jpm, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const { jpmBrin, jpmMemenuhiSyarat, jpmKkpJpt, jpmKkpOther } = Presets.competency
const legalBasis = [{ regulation: "Test", confirmed: true }]

const standardOf = (levels: ReadonlyArray<number>) => ({
  position: "Analis",
  requirements: levels.map((level, i) => ({ competency: `k${i}`, level })),
  legalBasis
})
const scoresOf = (levels: ReadonlyArray<Jpm.Score>) => Object.fromEntries(levels.map((l, i) => [`k${i}`, l]))

const ok = (r: Result.Result<Jpm.Match, Jpm.JpmError>): Jpm.Match => {
  if (Result.isFailure(r)) return expect.fail(`unexpected failure ${r.failure._tag}`)
  return r.success
}
const complete = (m: Jpm.Match) => {
  if (m.total.status === "incomplete") return expect.fail("expected a total")
  return m.total
}
const problems = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) return expect.fail("expected failure")
  const f = r.failure as {
    _tag: string
    problems?: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>
  }
  expect(f._tag).toBe("InvalidInput")
  return (f.problems ?? []).map((p) => [p.path, p.code] as const)
}

describe("Presets: every JPM policy decodes and passes its own checks", () => {
  it.each([
    ["jpmBrin", jpmBrin],
    ["jpmMemenuhiSyarat", jpmMemenuhiSyarat],
    ["jpmKkpJpt", jpmKkpJpt],
    ["jpmKkpOther", jpmKkpOther]
  ] as const)("%s", (_name, policy) => {
    expect(Result.isSuccess(Jpm.decodePolicy(policy))).toBe(true)
    expect(Jpm.policyProblems(policy)).toEqual([])
  })

  it("the BRIN 90/78 bands are marked unconfirmed as national", () => {
    expect(jpmBrin.bands.legalBasis[0]?.confirmed).toBe(false)
  })

  it("decodePolicy reports a broken band table under bands", () => {
    const broken = { ...jpmBrin, cap: "maybe", bands: { ...jpmBrin.bands, bands: [{ label: "A", lower: 10 }] } }
    expect(problems(Jpm.decodePolicy(broken)).map(([p]) => p[0])).toContain("cap")
    const semantic = { ...jpmBrin, bands: { ...jpmBrin.bands, bands: [{ label: "A", lower: 10 }] } }
    expect(problems(Jpm.decodePolicy(semantic))).toEqual([[["bands", "bands", 0, "lower"], "not-covering"]])
  })
})

describe("Jpm.match: the formula (REFERENCE.md §2.3)", () => {
  it("Σ individu / Σ standar × 100 with gap per competency", () => {
    const m = ok(Jpm.match(jpmBrin, { standard: standardOf([3, 3]), scores: scoresOf([3, 2]) }))
    const total = complete(m)
    expect(total.sumIndividual).toBe("5")
    expect(total.sumRequired).toBe("6")
    expect(total.exact).toBe("250/3 ≈ 83.333333")
    expect(total.category.score.text).toBe("83.33")
    expect(total.category.label).toBe("Cukup Optimal")
    expect(m.rows.map((r) => [r.competency, r.gap, r.direction, r.jpm?.text])).toEqual([
      ["k0", "0", "meets", "100.00"],
      ["k1", "-1", "below", "66.67"]
    ])
  })

  it("138.89% uncapped is Optimal (seen in practice); capped at 100 with the flag", () => {
    const input = { standard: standardOf([3, 3, 3, 3, 3, 3]), scores: scoresOf([5, 4, 4, 4, 4, 4]) }
    const uncapped = complete(ok(Jpm.match(jpmBrin, input)))
    expect(uncapped.category.score.text).toBe("138.89")
    expect(uncapped.category.label).toBe("Optimal")
    expect(uncapped.capped).toBe(false)
    const capped = complete(ok(Jpm.match({ ...jpmBrin, cap: "total" }, input)))
    expect(capped.category.score.text).toBe("100.00")
    expect(capped.exact).toBe("100")
    expect(capped.capped).toBe(true)
  })

  it("cap per competency: a surplus cannot hide a deficit", () => {
    const input = { standard: standardOf([3, 3]), scores: scoresOf([5, 1]) }
    expect(complete(ok(Jpm.match(jpmBrin, input))).category.score.text).toBe("100.00")
    const per = ok(Jpm.match({ ...jpmBrin, cap: "per-competency" }, input))
    expect(complete(per).category.score.text).toBe("66.67")
    expect(complete(per).capped).toBe(true)
    expect(per.rows.map((r) => [r.capped, r.jpm?.text, r.gap])).toEqual([
      [true, "100.00", "2"],
      [false, "33.33", "-2"]
    ])
  })

  it("the trace is JSON-serialisable and carries formula, cap, rounding and legal basis", () => {
    const m = ok(Jpm.match(jpmBrin, { standard: standardOf([2]), scores: scoresOf([2]) }))
    const json = JSON.parse(JSON.stringify(m))
    expect(json.trace).toMatchObject({ rule: "jpm", cap: "none", rounding: { scale: 2, mode: "half-up" } })
    expect(json.trace.legalBasis.map((c: { regulation: string }) => c.regulation)).toContain("Peraturan BRIN 3/2023")
  })

  it("is dual", () => {
    const a = { standard: standardOf([3]), scores: scoresOf([2]) }
    expect(Jpm.match(a)(jpmBrin)).toEqual(Jpm.match(jpmBrin, a))
  })
})

describe("Jpm category edges (BRIN: Optimal ≥ 90, Cukup Optimal 78 ≤ x < 90, Kurang Optimal < 78)", () => {
  // one competency at standard 5: JPM = individu × 20
  it.each([
    ["3.8995", "77.99", "Kurang Optimal"],
    ["3.89972", "77.99", "Kurang Optimal"], // 77.9944 rounds down
    ["3.89975", "78.00", "Cukup Optimal"], // the half-way point 77.995 rounds up
    ["3.9", "78.00", "Cukup Optimal"],
    ["3.9005", "78.01", "Cukup Optimal"],
    ["4.4995", "89.99", "Cukup Optimal"],
    ["4.49975", "90.00", "Optimal"], // 89.995
    ["4.5", "90.00", "Optimal"],
    ["4.5005", "90.01", "Optimal"]
  ])("individu %s → JPM %s → %s", (individual, text, label) => {
    const total = complete(
      ok(Jpm.match(jpmBrin, { standard: standardOf([5]), scores: scoresOf([Number(individual)]) }))
    )
    expect(total.category.score.text).toBe(text)
    expect(total.category.label).toBe(label)
  })

  it.each([
    [jpmMemenuhiSyarat, "67.99", "Kurang Memenuhi Syarat"],
    [jpmMemenuhiSyarat, "67.995", "Masih Memenuhi Syarat"],
    [jpmMemenuhiSyarat, "68", "Masih Memenuhi Syarat"],
    [jpmMemenuhiSyarat, "79.99", "Masih Memenuhi Syarat"],
    [jpmMemenuhiSyarat, "80", "Memenuhi Syarat"],
    [jpmKkpJpt, "84.99", "Kurang"],
    [jpmKkpJpt, "85", "Baik"],
    [jpmKkpJpt, "90.99", "Baik"],
    [jpmKkpJpt, "90.995", "Sangat Baik"],
    [jpmKkpJpt, "91", "Sangat Baik"],
    [jpmKkpOther, "74.99", "Kurang"],
    [jpmKkpOther, "75", "Baik"],
    [jpmKkpOther, "84.99", "Baik"],
    [jpmKkpOther, "85", "Sangat Baik"]
  ] as const)("other schemes: %#: %s → %s", (policy, value, label) => {
    const r = Band.classify(policy.bands, Result.getOrThrow(Exact.fromString(value)))
    expect(Result.isSuccess(r) && r.success.label).toBe(label)
  })
})

describe("Jpm: missing and not-assessed scores are never filled in", () => {
  const standard = standardOf([3, 3, 3])

  it("a missing score is an InvalidInput with its path (the peer app fills 3)", () => {
    const r = Jpm.match(jpmBrin, { standard, scores: { k0: 3 } })
    expect(problems(r)).toEqual([
      [["scores", "k1"], "missing"],
      [["scores", "k2"], "missing"]
    ])
  })

  it("'not-assessed' leaves the total incomplete under the default policy", () => {
    const m = ok(Jpm.match(jpmBrin, { standard, scores: { k0: 3, k1: "not-assessed", k2: 2 } }))
    expect(m.total).toEqual({ status: "incomplete", notAssessed: ["k1"] })
    expect(m.rows[1]).toMatchObject({ status: "not-assessed", individual: null, gap: null, jpm: null })
  })

  it("'exclude' computes over the assessed competencies and says so", () => {
    const m = ok(
      Jpm.match({ ...jpmBrin, notAssessed: "exclude" }, { standard, scores: { k0: 3, k1: "not-assessed", k2: 2 } })
    )
    const total = complete(m)
    expect(total.status).toBe("partial")
    expect(total.excluded).toEqual(["k1"])
    expect(total.sumRequired).toBe("6")
    expect(total.category.score.text).toBe("83.33")
  })

  it("nothing assessed gives no number even when excluding", () => {
    const m = ok(
      Jpm.match(
        { ...jpmBrin, notAssessed: "exclude" },
        { standard, scores: { k0: "not-assessed", k1: "not-assessed", k2: "not-assessed" } }
      )
    )
    expect(m.total.status).toBe("incomplete")
  })

  it("guards the division when a typed standard requires nothing", () => {
    const r = Jpm.match(jpmBrin, { standard: { position: "Kosong", requirements: [], legalBasis }, scores: {} })
    expect(Result.isFailure(r) && r.failure._tag).toBe("NothingToMatch")
  })
})

describe("Jpm.evaluate (untrusted input)", () => {
  it("lists every problem with its path", () => {
    const r = Jpm.evaluate(jpmBrin, {
      standard: standardOf([3, 3, 3]),
      scores: { k0: 0, k1: 6, k2: "3", k9: 2 }
    })
    const paths = problems(r).map(([p]) => p.join("."))
    expect(paths).toEqual(expect.arrayContaining(["scores.k0", "scores.k1", "scores.k2"]))
  })

  it("reports unexpected competencies after decoding", () => {
    const r = Jpm.evaluate(jpmBrin, { standard: standardOf([3]), scores: { k0: 3, k9: 2 } })
    expect(problems(r)).toEqual([[["scores", "k9"], "unexpected"]])
  })

  it.each([null, undefined, 1, "x", { standard: null }, { scores: {} }])("never throws on %s", (input) => {
    expect(Result.isFailure(Jpm.evaluate(jpmBrin, input))).toBe(true)
  })

  it("rejects NaN and Infinity", () => {
    expect(Result.isFailure(Jpm.evaluate(jpmBrin, { standard: standardOf([3]), scores: { k0: Number.NaN } }))).toBe(
      true
    )
    expect(Result.isFailure(Jpm.evaluate(jpmBrin, { standard: standardOf([3]), scores: { k0: Infinity } }))).toBe(true)
  })
})

describe("Jpm.needs", () => {
  it("lists negative gaps only, most negative first, ties in standard order", () => {
    const m = ok(Jpm.match(jpmBrin, { standard: standardOf([3, 4, 3, 5, 2]), scores: scoresOf([2, 2, 3, 3, 3]) }))
    expect(Jpm.needs(m).map((r) => [r.competency, r.gap])).toEqual([
      ["k1", "-2"],
      ["k3", "-2"],
      ["k0", "-1"]
    ])
  })
})

describe("Jpm properties", () => {
  const level = fc.integer({ min: 1, max: 5 })
  const profile = fc
    .array(fc.tuple(level, level), { minLength: 1, maxLength: 9 })
    .map((pairs) => ({ required: pairs.map(([r]) => r), individual: pairs.map(([, i]) => i) }))
  const caps = fc.constantFrom("none" as const, "total" as const, "per-competency" as const)
  const exactTotal = (m: Jpm.Match) => Result.getOrThrow(Exact.fromString(complete(m).exact.split(" ")[0] ?? ""))
  const jpmOf = (cap: Jpm.Policy["cap"], required: ReadonlyArray<number>, individual: ReadonlyArray<number>) => {
    const m = ok(Jpm.match({ ...jpmBrin, cap }, { standard: standardOf(required), scores: scoresOf(individual) }))
    const t = complete(m)
    const [n, d] = t.exact.split(" ")[0]?.split("/") ?? []
    return d === undefined ? exactTotal(m) : Exact.fraction(BigInt(n ?? "0"), BigInt(d))
  }

  it("is total: any levels 1–5 give a classified result", () => {
    fc.assert(
      fc.property(profile, caps, ({ required, individual }, cap) => {
        const m = ok(Jpm.match({ ...jpmBrin, cap }, { standard: standardOf(required), scores: scoresOf(individual) }))
        expect(["Optimal", "Cukup Optimal", "Kurang Optimal"]).toContain(complete(m).category.label)
      })
    )
  })

  it("JPM is monotonic in every individual level", () => {
    fc.assert(
      fc.property(profile, caps, fc.nat(), ({ required, individual }, cap, pick) => {
        const i = pick % individual.length
        const current = individual[i] ?? 1
        if (current === 5) return
        const raised = individual.map((l, k) => (k === i ? l + 1 : l))
        expect(Exact.compare(jpmOf(cap, required, raised), jpmOf(cap, required, individual))).toBeGreaterThanOrEqual(0)
      })
    )
  })

  // Not for "per-competency": raising a requirement that the person already exceeds lets more of their surplus
  // count ([2, 1] vs [1, 2] is 66.67; [2, 2] vs [1, 2] is 75).
  it("JPM is antitonic in every required level (no cap, total cap)", () => {
    fc.assert(
      fc.property(
        profile,
        fc.constantFrom("none" as const, "total" as const),
        fc.nat(),
        ({ required, individual }, cap, pick) => {
          const i = pick % required.length
          if ((required[i] ?? 5) === 5) return
          const raised = required.map((l, k) => (k === i ? l + 1 : l))
          expect(Exact.compare(jpmOf(cap, raised, individual), jpmOf(cap, required, individual))).toBeLessThanOrEqual(0)
        }
      )
    )
  })

  it("gap = individu − standar, and its sign gives the direction", () => {
    fc.assert(
      fc.property(profile, ({ required, individual }) => {
        const m = ok(Jpm.match(jpmBrin, { standard: standardOf(required), scores: scoresOf(individual) }))
        m.rows.forEach((row, k) => {
          const diff = (individual[k] ?? 0) - (required[k] ?? 0)
          expect(row.gap).toBe(String(diff))
          expect(row.direction).toBe(diff < 0 ? "below" : diff === 0 ? "meets" : "above")
        })
      })
    )
  })

  it("the total does not depend on the order of competencies", () => {
    fc.assert(
      fc.property(profile, caps, ({ required, individual }, cap) => {
        const reversedStandard = {
          ...standardOf(required),
          requirements: [...standardOf(required).requirements].reverse()
        }
        const a = ok(Jpm.match({ ...jpmBrin, cap }, { standard: standardOf(required), scores: scoresOf(individual) }))
        const b = ok(Jpm.match({ ...jpmBrin, cap }, { standard: reversedStandard, scores: scoresOf(individual) }))
        expect(complete(b).exact).toBe(complete(a).exact)
      })
    )
  })

  it("capped totals never exceed 100 and equal the uncapped total when it is below 100", () => {
    fc.assert(
      fc.property(profile, ({ required, individual }) => {
        const none = jpmOf("none", required, individual)
        const total = jpmOf("total", required, individual)
        expect(Exact.compare(total, Exact.int(100))).toBeLessThanOrEqual(0)
        if (Exact.lessThan(none, Exact.int(100))) expect(Exact.equals(total, none)).toBe(true)
      })
    )
  })
})
