import { Behaviour, Exact, Feedback, Presets, Survey } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

// The BKPSDM example of REFERENCE §10 (UNCONFIRMED as national rule): atasan 50, rekan 30, bawahan 20; one group
// threshold k = 5 (the peers' quorum and the anonymity minimum).
const policy: Feedback.Policy = {
  scale: { min: 1, max: 5 },
  weights: { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2, "diri-sendiri": 0, "pihak-lain": 0 },
  quorum: [{ group: "rekan-kerja", onShortfall: "insufficient" }],
  required: ["atasan"],
  anonymity: { minimumGroupSize: 5, identified: ["atasan", "diri-sendiri"] },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis: [{ regulation: "PermenPAN-RB 6/2022", article: "Pasal 18–19", confirmed: true }]
}

const all = (x: number) => Object.fromEntries(Behaviour.coreValues.map((v) => [v, x])) as Feedback.Rating["scores"]
let seq = 0
const rate = (
  group: Feedback.RaterGroup,
  x: number | Feedback.Rating["scores"],
  rater = `r${seq++}`
): Feedback.Rating => ({
  rater,
  group,
  scores: typeof x === "number" ? all(x) : x
})
const many = (group: Feedback.RaterGroup, xs: ReadonlyArray<number>) => xs.map((x) => rate(group, x))

const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${JSON.stringify(r.failure)}`)
  return r.success
}
const sufficient = (r: Feedback.Result360) => {
  if (r.status !== "sufficient") throw new Error(`insufficient: ${JSON.stringify(r.reasons)}`)
  return r
}

describe("Feedback renormalisation (a missing group never counts as 0)", () => {
  it("two present groups scoring 5 give 5 (bawahan missing)", () => {
    const r = sufficient(ok(Feedback.aggregate(policy, [rate("atasan", 5), ...many("rekan-kerja", [5, 5, 5, 5, 5])])))
    expect(r.overall.score.text).toBe("5.00")
    expect(r.exact).toBe("5")
    expect(r.trace.contributing).toEqual(["atasan", "rekan-kerja"])
    expect(r.trace.renormalisedBy).toBe("0.8")
  })

  it("renormalised weights: atasan 4, peers 2 → (0.5·4 + 0.3·2) / 0.8 = 3.25", () => {
    const r = sufficient(ok(Feedback.aggregate(policy, [rate("atasan", 4), ...many("rekan-kerja", [2, 2, 2, 2, 2])])))
    expect(r.exact).toBe("13/4")
    expect(r.groups.find((g) => g.group === "atasan")?.weight).toBe("0.625")
  })

  it("all three groups: 0.5·4 + 0.3·3 + 0.2·5 = 3.9 and per-value totals", () => {
    const r = sufficient(
      ok(
        Feedback.aggregate(policy, [
          rate("atasan", 4),
          ...many("rekan-kerja", [3, 3, 3, 3, 3]),
          ...many("bawahan", [5, 5, 5, 5, 5])
        ])
      )
    )
    expect(r.overall.score.text).toBe("3.90")
    for (const v of Behaviour.coreValues) expect(r.values[v].exact).toBe("39/10")
  })

  it("results per BerAKHLAK value differ when raters differ per value", () => {
    const scores = { ...all(4), kolaboratif: 2 }
    const r = sufficient(
      ok(Feedback.aggregate(policy, [rate("atasan", scores), ...many("rekan-kerja", [4, 4, 4, 4, 4])]))
    )
    expect(r.values.kolaboratif.exact).toBe("11/4")
    expect(r.values.akuntabel.exact).toBe("4")
  })

  it("a group with weight 0 (diri-sendiri) is shown but does not move the total", () => {
    const base = sufficient(
      ok(Feedback.aggregate(policy, [rate("atasan", 4), ...many("rekan-kerja", [4, 4, 4, 4, 4])]))
    )
    const withSelf = sufficient(
      ok(
        Feedback.aggregate(policy, [
          rate("atasan", 4),
          ...many("rekan-kerja", [4, 4, 4, 4, 4]),
          rate("diri-sendiri", 1)
        ])
      )
    )
    expect(withSelf.exact).toBe(base.exact)
    const self = withSelf.groups.find((g) => g.group === "diri-sendiri")
    expect(self?.status === "disclosed" && self.overall.score.text).toBe("1.00")
    expect(self?.contributes).toBe(false)
  })
})

describe("Feedback quorum and required groups", () => {
  // The one threshold lowered to 3.
  const small: Feedback.Policy = { ...policy, anonymity: { ...policy.anonymity, minimumGroupSize: 3 } }

  it("2 peers < 3 is insufficient with the reason", () => {
    const r = ok(
      Feedback.aggregate(small, [rate("atasan", 4), ...many("rekan-kerja", [4, 4]), ...many("bawahan", [4, 4, 4])])
    )
    expect(r.status).toBe("insufficient")
    if (r.status === "insufficient") {
      expect(r.reasons).toEqual([{ reason: "below-quorum", group: "rekan-kerja", raters: 2, minimum: 3 }])
      expect("overall" in r).toBe(false)
    }
  })

  it("exactly 3 peers meets the quorum", () => {
    expect(ok(Feedback.aggregate(small, [rate("atasan", 4), ...many("rekan-kerja", [4, 4, 4])])).status).toBe(
      "sufficient"
    )
  })

  it("one threshold k: peers k − 1 insufficient (one reason, minimum k), k and k + 1 counted and shown", () => {
    for (const k of [3, 5, 7]) {
      const p: Feedback.Policy = { ...policy, anonymity: { ...policy.anonymity, minimumGroupSize: k } }
      const peers = (n: number) =>
        ok(Feedback.aggregate(p, [rate("atasan", 4), ...many("rekan-kerja", Array(n).fill(4))]))
      // k − 1: the quorum says why, and it is the only reason (not a second "anonymity" one with the same number)
      const below = peers(k - 1)
      expect(below.status === "insufficient" && below.reasons).toEqual([
        { reason: "below-quorum", group: "rekan-kerja", raters: k - 1, minimum: k }
      ])
      for (const n of [k, k + 1]) {
        const r = sufficient(peers(n))
        expect(r.groups.find((g) => g.group === "rekan-kerja")).toMatchObject({ raters: n, status: "disclosed" })
        expect(r.suppressed).toEqual([])
        expect(r.trace.minimumGroupSize).toBe(k)
      }
    }
  })

  it("an anonymous group without a quorum rule: k − 1 counted but hidden (below-minimum), k and k + 1 shown", () => {
    // atasan identified, 5 peers shown, bawahan k − 1 / k / k + 1 (k = 5)
    const with_ = (n: number) =>
      ok(
        Feedback.aggregate(policy, [
          rate("atasan", 4),
          ...many("rekan-kerja", [4, 4, 4, 4, 4, 4]),
          ...many("bawahan", Array(n).fill(2))
        ])
      )
    const hidden = sufficient(with_(4))
    expect(hidden.groups.find((g) => g.group === "bawahan")).toMatchObject({
      status: "suppressed",
      reason: "below-minimum"
    })
    expect(hidden.trace.contributing).toContain("bawahan")
    for (const n of [5, 6]) expect(sufficient(with_(n)).suppressed).toEqual([])
  })

  it("refuses a quorum minimum other than the one threshold (two numbers), and accepts one equal to it", () => {
    const two: Feedback.Policy = {
      ...policy,
      quorum: [{ group: "rekan-kerja", minimum: 3, onShortfall: "insufficient" }]
    }
    expect(Feedback.policyProblems(two)).toEqual([
      expect.objectContaining({ path: ["quorum", 0, "minimum"], code: "threshold" })
    ])
    const r = Feedback.aggregate(two, [rate("atasan", 4)])
    expect(Result.isFailure(r)).toBe(true)
    expect(Result.isFailure(Feedback.decodePolicy(two))).toBe(true)
    const same: Feedback.Policy = {
      ...policy,
      quorum: [{ group: "rekan-kerja", minimum: 5, onShortfall: "insufficient" }]
    }
    expect(Feedback.policyProblems(same)).toEqual([])
    expect(Result.isSuccess(Feedback.decodePolicy(policy))).toBe(true)
  })

  it("a missing atasan (required) is insufficient", () => {
    const r = ok(Feedback.aggregate(policy, many("rekan-kerja", [4, 4, 4, 4, 4])))
    expect(r.status === "insufficient" && r.reasons).toEqual([{ reason: "required-group-missing", group: "atasan" }])
  })

  it("exclude on shortfall leaves the group out and renormalises", () => {
    const lenient: Feedback.Policy = {
      ...policy,
      quorum: [{ group: "rekan-kerja", onShortfall: "exclude" }]
    }
    const r = sufficient(ok(Feedback.aggregate(lenient, [rate("atasan", 5), ...many("rekan-kerja", [1, 1])])))
    expect(r.exact).toBe("5")
    expect(r.excluded).toEqual([{ group: "rekan-kerja", raters: 2, minimum: 5 }])
  })

  it("no contributing group at all is insufficient", () => {
    const r = ok(Feedback.aggregate({ ...policy, required: [] }, []))
    expect(r.status === "insufficient" && r.reasons).toEqual([{ reason: "no-contributing-group" }])
  })
})

describe("Feedback anonymity", () => {
  it("never contains a rater id or one rater's score", () => {
    const ratings = [
      rate("atasan", 4, "boss-nip-1971"),
      ...many("rekan-kerja", [1, 2, 3, 4, 5]),
      ...many("bawahan", [2, 3, 4])
    ]
    const r = ok(Feedback.aggregate(policy, ratings))
    const json = JSON.stringify(r)
    for (const x of ratings) expect(json).not.toContain(x.rater)
  })

  it("suppresses a group below 5 and, complementarily, the smallest disclosed group", () => {
    // atasan identified (1), peers 6, bawahan 3 → bawahan primary; total − atasan − peers would reveal bawahan,
    // so peers are suppressed too: the residual blends 9 raters.
    const r = sufficient(
      ok(
        Feedback.aggregate(policy, [
          rate("atasan", 4),
          ...many("rekan-kerja", [3, 3, 3, 4, 4, 4]),
          ...many("bawahan", [2, 5, 5])
        ])
      )
    )
    expect(r.suppressed).toEqual([
      { group: "bawahan", reason: "below-minimum" },
      { group: "rekan-kerja", reason: "complementary" }
    ])
    expect(r.groups.find((g) => g.group === "atasan")?.status).toBe("disclosed")
    expect(r.groups.find((g) => g.group === "bawahan")).toMatchObject({ status: "suppressed", raters: 3 })
    expect("overall" in (r.groups.find((g) => g.group === "rekan-kerja") ?? {})).toBe(false)
  })

  it("when all anonymous raters together are fewer than 5, no total can be shown: insufficient (anonymity)", () => {
    const r = ok(
      Feedback.aggregate(policy, [rate("atasan", 4), ...many("rekan-kerja", [3, 3, 3, 3, 3]), ...many("bawahan", [5])])
    )
    // peers (5) shown would reveal the one bawahan; hiding them too leaves 6 ≥ 5, so this one is sufficient
    expect(sufficient(r).suppressed.map((s) => s.reason)).toEqual(["below-minimum", "complementary"])
    const none = ok(Feedback.aggregate({ ...policy, quorum: [] }, [rate("atasan", 4), ...many("bawahan", [5, 4, 3])]))
    expect(none.status === "insufficient" && none.reasons).toEqual([
      { reason: "anonymity", anonymousRaters: 3, minimum: 5 }
    ])
  })

  it("groups at the minimum (5) are disclosed; at 4 suppressed", () => {
    const r5 = sufficient(ok(Feedback.aggregate(policy, [rate("atasan", 4), ...many("rekan-kerja", [3, 3, 3, 3, 3])])))
    expect(r5.groups.find((g) => g.group === "rekan-kerja")?.status).toBe("disclosed")
    const r4 = ok(Feedback.aggregate(policy, [rate("atasan", 4), ...many("rekan-kerja", [3, 3, 3, 3])]))
    expect(r4.status).toBe("insufficient")
  })

  // Non-recoverability: for any result with suppressed groups, a different data set gives exactly the same
  // disclosed output (counts, disclosed breakdowns, totals per value) while every suppressed group's mean differs.
  // So no computation on the output (differencing included) can recover a suppressed group, let alone a rater.
  it("property: suppressed groups cannot be recovered by differencing the total and the other groups", () => {
    const tenths = fc.integer({ min: 0, max: 10 })
    const groupArb = fc.record({
      atasan: fc.integer({ min: 1, max: 2 }),
      "rekan-kerja": fc.integer({ min: 0, max: 8 }),
      bawahan: fc.integer({ min: 0, max: 8 }),
      "pihak-lain": fc.integer({ min: 0, max: 8 })
    })
    fc.assert(
      fc.property(groupArb, tenths, tenths, tenths, fc.integer({ min: 40, max: 60 }), (sizes, a, b, c, base) => {
        const total = a + b + c
        if (total === 0) return true
        // weights in tenths summing to 1 over atasan and the three anonymous groups
        const w = { atasan: 0, "rekan-kerja": a, bawahan: b, "pihak-lain": c }
        const rest = 10 - Math.min(10, total)
        const scaled = total > 10 ? null : { ...w, atasan: rest }
        if (!scaled) return true
        const p: Feedback.Policy = {
          ...policy,
          scale: { min: 0, max: 100 },
          quorum: [],
          weights: {
            atasan: scaled.atasan / 10,
            "rekan-kerja": scaled["rekan-kerja"] / 10,
            bawahan: scaled.bawahan / 10,
            "diri-sendiri": 0,
            "pihak-lain": scaled["pihak-lain"] / 10
          }
        }
        const groups = ["atasan", "rekan-kerja", "bawahan", "pihak-lain"] as const
        const build = (shift: Partial<Record<Feedback.RaterGroup, number>>) =>
          groups.flatMap((g) =>
            Array.from({ length: sizes[g] }, (_, i) => rate(g, base + ((i * 7) % 11) + (shift[g] ?? 0), `${g}-${i}`))
          )
        const first = ok(Feedback.aggregate(p, build({})))
        if (first.status !== "sufficient") return true
        const hidden = first.suppressed.map((s) => s.group).filter((g) => first.trace.contributing.includes(g))
        if (hidden.length === 0) return true
        expect(hidden.length).toBeGreaterThanOrEqual(2)
        // shift hidden group g1 by +W2·t and g2 by −W1·t (and nothing else): Σ w·mean is unchanged
        const [g1, g2] = hidden as [Feedback.RaterGroup, Feedback.RaterGroup]
        const w1 = Math.round((p.weights[g1] as number) * 10)
        const w2 = Math.round((p.weights[g2] as number) * 10)
        const second = ok(Feedback.aggregate(p, build({ [g1]: w2, [g2]: -w1 })))
        if (second.status !== "sufficient") return false
        const disclosed = (r: typeof first) => ({
          exact: r.exact,
          values: r.values,
          groups: r.groups.map((g) =>
            g.status === "disclosed" ? g : { group: g.group, raters: g.raters, status: g.status }
          )
        })
        expect(disclosed(second)).toEqual(disclosed(first))
        return w1 + w2 > 0
      }),
      { numRuns: 300 }
    )
  })

  it("property: every suppressed contributing residual has at least the minimum raters", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (peers, subs, k) => {
          const p = { ...policy, quorum: [], anonymity: { ...policy.anonymity, minimumGroupSize: k } }
          const r = ok(
            Feedback.aggregate(p, [
              rate("atasan", 3),
              ...many("rekan-kerja", Array(peers).fill(3)),
              ...many("bawahan", Array(subs).fill(4))
            ])
          )
          if (r.status === "insufficient") return r.reasons.some((x) => x.reason === "anonymity")
          const residual = r.groups
            .filter((g) => g.status === "suppressed" && g.contributes)
            .reduce((n, g) => n + g.raters, 0)
          const visibleSmall = r.groups.some((g) => g.status === "disclosed" && g.group !== "atasan" && g.raters < k)
          return (residual === 0 || residual >= k) && !visibleSmall
        }
      )
    )
  })
})

describe("Feedback input and policy validation", () => {
  it("reports every bad score and a repeated rater with paths", () => {
    const r = Feedback.aggregate(policy, [
      rate("atasan", { ...all(4), loyal: 6, adaptif: 0 }),
      rate("rekan-kerja", 3, "same"),
      rate("rekan-kerja", 3, "same")
    ])
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((p) => p.path)).toEqual([
      [0, "scores", "loyal"],
      [0, "scores", "adaptif"],
      [2, "rater"]
    ])
  })

  it("evaluate decodes untrusted ratings: unknown group, missing value, NaN", () => {
    const r = Feedback.evaluate(policy, [
      { rater: "a", group: "boss", scores: all(3) },
      { rater: "b", group: "atasan", scores: { ...all(3), kompeten: undefined } },
      { rater: "c", group: "atasan", scores: { ...all(3), loyal: Number.NaN } }
    ])
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((p) => p.path)).toEqual([
      [0, "group"],
      [1, "scores", "kompeten"],
      [2, "scores", "loyal"]
    ])
  })

  it("weights must sum to exactly 1 (0.5 + 0.3 + 0.2 does, in exact arithmetic)", () => {
    expect(Result.isSuccess(Feedback.decodePolicy(policy))).toBe(true)
    const r = Feedback.decodePolicy({ ...policy, weights: { ...policy.weights, bawahan: 0.1 } })
    expect(Result.isFailure(r) && r.failure._tag === "WeightsDoNotSum" && r.failure.sum).toBe("0.9")
    const bad = Feedback.decodePolicy({ ...policy, weights: { ...policy.weights, bawahan: "x", atasan: -0.5 } })
    expect(
      Result.isFailure(bad) && bad.failure._tag === "InvalidInput" && bad.failure.problems.map((p) => p.path)
    ).toEqual([
      ["weights", "atasan"],
      ["weights", "bawahan"]
    ])
  })

  it.each([null, 1, "x", [{}]])("evaluate never throws on %s", (x) => {
    expect(Result.isFailure(Feedback.evaluate(policy, x))).toBe(true)
  })
})

describe("Feedback properties", () => {
  const ratingsArb = fc.record({
    atasan: fc.integer({ min: 1, max: 5 }),
    peers: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 8 }),
    subs: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 0, maxLength: 8 })
  })
  const build = (x: { atasan: number; peers: number[]; subs: number[] }) => [
    rate("atasan", x.atasan),
    ...many("rekan-kerja", x.peers),
    ...many("bawahan", x.subs)
  ]

  it("the total stays within the scale and is order independent", () => {
    fc.assert(
      fc.property(ratingsArb, (x) => {
        const rs = build(x)
        const a = ok(Feedback.aggregate(policy, rs))
        const b = ok(Feedback.aggregate(policy, [...rs].reverse()))
        if (a.status !== "sufficient" || b.status !== "sufficient") return a.status === b.status
        const v = ok(Exact.fromString(a.overall.score.text))
        return a.exact === b.exact && !Exact.lessThan(v, Exact.int(1)) && !Exact.lessThan(Exact.int(5), v)
      })
    )
  })

  it("is monotone: raising one peer's scores never lowers the total", () => {
    fc.assert(
      fc.property(ratingsArb, fc.nat(), (x, i) => {
        const j = i % x.peers.length
        if (x.peers[j] === 5) return true
        const a = ok(Feedback.aggregate(policy, build(x)))
        const b = ok(Feedback.aggregate(policy, build({ ...x, peers: x.peers.map((p, k) => (k === j ? p + 1 : p)) })))
        if (a.status !== "sufficient" || b.status !== "sufficient") return a.status === b.status
        return Exact.lessThan(ok(Survey.readWeight(a.exact)), ok(Survey.readWeight(b.exact)))
      })
    )
  })
})

const table = {
  rounding: { scale: 2, mode: "half-up" as const },
  range: { min: 1, max: 5 },
  outOfRange: "reject" as const,
  bands: [
    { label: "Dibawah Ekspektasi", lower: 1 },
    { label: "Sesuai Ekspektasi", lower: 3 },
    { label: "Diatas Ekspektasi", lower: 4.25 }
  ],
  legalBasis: [{ regulation: "Kebijakan daerah (contoh)", confirmed: false }]
}

describe("Feedback.toRating (perilaku kerja evidence)", () => {
  const result = (atasan: number, peer: number) =>
    ok(Feedback.aggregate(policy, [rate("atasan", atasan), ...many("rekan-kerja", [peer, peer, peer, peer, peer])]))

  // overall = 0.625·atasan + 0.375·peers (bawahan missing, renormalised)
  it.each([
    [3, 2, "2.625", "Dibawah Ekspektasi"],
    [3, 3, "3", "Sesuai Ekspektasi"],
    [4, 4, "4", "Sesuai Ekspektasi"],
    [5, 3, "4.25", "Diatas Ekspektasi"],
    [4, 5, "4.375", "Diatas Ekspektasi"]
  ] as const)("atasan %i, peers %i → %s → %s", (a, p, exact, expected) => {
    const res = sufficient(result(a, p))
    expect(Exact.format(ok(Survey.readWeight(res.exact)))).toBe(exact)
    const r = ok(Feedback.toRating(table, res))
    expect(r.rating).toBe(expected)
    expect(r.trace.source.legalBasis[0]?.regulation).toBe("PermenPAN-RB 6/2022")
  })

  it("edges: just below 4.25 (4.245 rounds up), at, just above", () => {
    const at = (x: string) => ok(Feedback.toRating(table, { ...sufficient(result(4, 4)), exact: x })).rating
    expect(at("4.244")).toBe("Sesuai Ekspektasi")
    expect(at("4.245")).toBe("Diatas Ekspektasi")
    expect(at("4.25")).toBe("Diatas Ekspektasi")
    expect(at("2.99")).toBe("Dibawah Ekspektasi")
    expect(at("3")).toBe("Sesuai Ekspektasi")
  })

  it("an insufficient result cannot be rated", () => {
    const r = Feedback.toRating(
      table,
      ok(Feedback.aggregate(policy, [rate("atasan", 5), ...many("rekan-kerja", [5, 5])]))
    )
    expect(Result.isFailure(r) && r.failure._tag).toBe("InsufficientFeedback")
  })

  it("a table with labels other than the three ratings is rejected", () => {
    const bad = { ...table, bands: [{ label: "Baik", lower: 1 }] }
    const r = Feedback.toRating(bad, result(4, 4))
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems[0]?.path).toEqual([
      "bands",
      0,
      "label"
    ])
  })
})

describe("Presets.feedback.bkpsdm", () => {
  it("decodes, its weights sum to 1, and it cites its unconfirmed source", () => {
    expect(Result.isSuccess(Feedback.decodePolicy(Presets.feedback.bkpsdm))).toBe(true)
    expect(Presets.feedback.bkpsdm.legalBasis.some((c) => !c.confirmed)).toBe(true)
  })

  it("an atasan and five peers scoring 4 give 4; three peers only are too few to show any group", () => {
    const r = ok(
      Feedback.aggregate(Presets.feedback.bkpsdm, [rate("atasan", 4), ...many("rekan-kerja", [4, 4, 4, 4, 4])])
    )
    expect(sufficient(r).overall.score.text).toBe("4.00")
    const few = ok(Feedback.aggregate(Presets.feedback.bkpsdm, [rate("atasan", 4), ...many("rekan-kerja", [4, 4, 4])]))
    expect(few.status).toBe("insufficient")
  })
})
