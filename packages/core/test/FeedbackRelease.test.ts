import { Behaviour, Exact, Feedback, FeedbackRelease, Presets, Survey } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

// atasan 50, rekan 30, bawahan 20; anonymity minimum k = 5; atasan and diri-sendiri are identified.
const policy: Feedback.Policy = {
  scale: { min: 1, max: 5 },
  weights: { atasan: 0.5, "rekan-kerja": 0.3, bawahan: 0.2, "diri-sendiri": 0, "pihak-lain": 0 },
  quorum: [],
  required: ["atasan"],
  anonymity: { minimumGroupSize: 5, identified: ["atasan", "diri-sendiri"] },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis: [{ regulation: "PermenPAN-RB 6/2022", article: "Pasal 18–19", confirmed: true }]
}

const values = Behaviour.coreValues
type Scores = Feedback.Rating["scores"]
/** Seven different scores per rater, so that a recovered rater is recovered value by value. */
const scoresOf = (seed: number): Scores =>
  Object.fromEntries(values.map((v, i) => [v, 1 + ((seed * 3 + i * 2) % 5)])) as Scores
const rater = (id: string, group: Feedback.RaterGroup, seed: number): Feedback.Rating => ({
  rater: id,
  group,
  scores: scoresOf(seed)
})

const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${JSON.stringify(r.failure)}`)
  return r.success
}

// ---------------------------------------------------------------------------------------------------------------
// The attacker: sees reports (as shown, 2 decimals), knows the policy and who rated in which group, and that every
// score is an integer 1..5. For each value it enumerates every assignment of the anonymous raters' scores and keeps
// those that reproduce every displayed number. A rater is recovered on a value when one score remains.
// ---------------------------------------------------------------------------------------------------------------

interface Seen {
  readonly report: Feedback.Result360
  readonly members: ReadonlyArray<{ readonly rater: string; readonly group: Feedback.RaterGroup }>
}

const shareOf = (weight: string | null): Exact.Exact =>
  weight === null ? Exact.zero : ok(Survey.readWeight((weight.split(" ≈ ")[0] ?? "").trim()))

/** For each anonymous rater and value: the scores still possible. */
const attack = (
  seen: ReadonlyArray<Seen>,
  known: ReadonlyMap<string, Scores>
): Map<string, Map<string, Set<number>>> => {
  const unknown = [...new Set(seen.flatMap((s) => s.members.map((m) => m.rater)))].filter((r) => !known.has(r))
  const out = new Map(unknown.map((r) => [r, new Map(values.map((v) => [v as string, new Set<number>()]))]))
  const display = (x: Exact.Exact) => Exact.round(x, policy.rounding).text
  // per report: its groups, each with the indices of its unknown raters and its known raters
  const shapes = seen.map((s) =>
    Feedback.raterGroups
      .map((g) => ({
        group: g,
        unknown: s.members.filter((m) => m.group === g && !known.has(m.rater)).map((m) => unknown.indexOf(m.rater)),
        known: s.members.filter((m) => m.group === g && known.has(m.rater)).map((m) => m.rater)
      }))
      .filter((g) => g.unknown.length + g.known.length > 0)
  )
  for (const v of values) {
    // observed numbers per report: the total, then each disclosed group
    const observed = seen.map((s) => {
      if (s.report.status !== "sufficient") return ""
      const r = s.report
      return [
        r.values[v].score.text,
        ...r.groups.map((g) => (g.status === "disclosed" ? `${g.group}=${g.values[v].score.text}` : ""))
      ].join("|")
    })
    const memo = seen.map(() => new Map<string, string>())
    const assignment = new Int8Array(unknown.length)
    const predict = (j: number): string => {
      const s = seen[j] as Seen
      if (s.report.status !== "sufficient") return ""
      const r = s.report
      const shape = shapes[j] as (typeof shapes)[number]
      const sums = shape.map(
        (g) =>
          g.unknown.reduce((n, i) => n + (assignment[i] as number), 0) +
          g.known.reduce((n, k) => n + (known.get(k)?.[v] ?? 0), 0)
      )
      const key = sums.join(",")
      const hit = memo[j]?.get(key)
      if (hit !== undefined) return hit
      const mean = (group: Feedback.RaterGroup) => {
        const i = shape.findIndex((g) => g.group === group)
        const g = shape[i]
        return g ? Exact.fraction(sums[i] as number, g.unknown.length + g.known.length) : Exact.zero
      }
      const total = Exact.sum(
        r.groups.filter((g) => g.contributes).map((g) => Exact.multiply(shareOf(g.weight), mean(g.group)))
      )
      const text = [
        display(total),
        ...r.groups.map((g) => (g.status === "disclosed" ? `${g.group}=${display(mean(g.group))}` : ""))
      ].join("|")
      memo[j]?.set(key, text)
      return text
    }
    const walk = (i: number): void => {
      if (i === unknown.length) {
        if (seen.every((_, j) => predict(j) === observed[j]))
          unknown.forEach((r, k) => {
            out
              .get(r)
              ?.get(v)
              ?.add(assignment[k] as number)
          })
        return
      }
      for (let x = 1; x <= 5; x++) {
        assignment[i] = x
        walk(i + 1)
      }
    }
    walk(0)
  }
  return out
}

/** The anonymous raters and values the attacker pins down to one score. */
const recovered = (seen: ReadonlyArray<Seen>, known: ReadonlyMap<string, Scores>) =>
  [...attack(seen, known)].flatMap(([r, byValue]) =>
    [...byValue].filter(([, xs]) => xs.size === 1).map(([v]) => `${r}:${v}`)
  )

const seenOf = (ratings: ReadonlyArray<Feedback.Rating>): Seen => ({
  report: ok(Feedback.aggregate(policy, ratings)),
  members: ratings.map((r) => ({ rater: r.rater, group: r.group }))
})

const boss = rater("boss", "atasan", 0)
const peers = [1, 2, 3, 4, 5].map((i) => rater(`p${i}`, "rekan-kerja", i))
const known = new Map([[boss.rater, boss.scores]])

/** Releases reports in order; returns what the attacker gets to see (released reports only) and the answers. */
const releaseAll = (
  p: Feedback.Policy,
  steps: ReadonlyArray<{ cycle: string; ratings: ReadonlyArray<Feedback.Rating> }>
) => {
  const history: Array<FeedbackRelease.ReleaseRecord> = []
  const seen: Array<Seen> = []
  const answers = steps.map((s) => {
    const r = ok(FeedbackRelease.release(p, { subject: "E1", cycle: s.cycle, ratings: s.ratings, history }))
    if (r.status === "released") {
      history.push(r.record)
      seen.push({ report: r.report, members: s.ratings.map((x) => ({ rater: x.rater, group: x.group })) })
    }
    return r
  })
  return { history, seen, answers }
}

describe("FeedbackRelease: differencing attacks recover nothing", () => {
  const first = [boss, ...peers]

  it("supervisor + 5 peers, then + 1 subordinate: unprotected, the subordinate's 7 scores follow", () => {
    const sub = rater("s1", "bawahan", 7)
    const second = [...first, sub]
    const got = recovered([seenOf(first), seenOf(second)], known)
    expect(got.filter((x) => x.startsWith("s1:")).length).toBe(7)
  })

  it.each([
    ["the same cycle", "2026", "already-released"],
    ["a later cycle", "2027", "too-close"]
  ] as const)(
    "supervisor + 5 peers, then + 1 subordinate in %s: withheld (%s), nothing recovered",
    (_, cycle, reason) => {
      const sub = rater("s1", "bawahan", 7)
      const { seen, answers, history } = releaseAll(policy, [
        { cycle: "2026", ratings: first },
        { cycle, ratings: [...first, sub] }
      ])
      expect(answers[0]?.status).toBe("released")
      expect(answers[1]?.status === "withheld" && answers[1].reasons.map((r) => r.reason)).toContain(reason)
      expect(recovered(seen, known)).toEqual([])
      expect(FeedbackRelease.determinedRaters(policy, history)).toEqual([])
    }
  )

  it("a 6th peer joining a disclosed group: unprotected it is recovered; released, withheld and nothing recovered", () => {
    const sixth = rater("p6", "rekan-kerja", 9)
    const second = [...first, sixth]
    expect(recovered([seenOf(first), seenOf(second)], known).filter((x) => x.startsWith("p6:")).length).toBe(7)
    const { seen, answers } = releaseAll(policy, [
      { cycle: "2026", ratings: first },
      { cycle: "2027", ratings: second }
    ])
    expect(answers[1]).toEqual({
      status: "withheld",
      reasons: [
        { reason: "too-close", cycle: "2026", changed: 1, minimum: 5 },
        { reason: "determinable", raters: 1 }
      ]
    })
    expect(recovered(seen, known)).toEqual([])
  })

  it("one rater swapped between overlapping groups (k = 3): unprotected recovered; released, nothing recovered", () => {
    const k3: Feedback.Policy = { ...policy, anonymity: { ...policy.anonymity, minimumGroupSize: 3 } }
    const ps = [1, 2, 3].map((i) => rater(`q${i}`, "rekan-kerja", i))
    const bs = [4, 5, 6].map((i) => rater(`b${i}`, "bawahan", i))
    const x = { ...rater("x", "rekan-kerja", 8) }
    const a = [boss, ...ps, x, ...bs]
    const b = [boss, ...ps, ...bs, { ...x, group: "bawahan" as const }]
    const seenK3 = (rs: ReadonlyArray<Feedback.Rating>): Seen => ({
      report: ok(Feedback.aggregate(k3, rs)),
      members: rs.map((r) => ({ rater: r.rater, group: r.group }))
    })
    // the attacker's model uses policy.rounding only, which k3 shares
    expect(recovered([seenK3(a), seenK3(b)], known).filter((r) => r.startsWith("x:")).length).toBe(7)
    const { seen, answers } = releaseAll(k3, [
      { cycle: "2026", ratings: a },
      { cycle: "2027", ratings: b }
    ])
    expect(answers[1]?.status === "withheld" && answers[1].reasons[0]).toEqual({
      reason: "too-close",
      cycle: "2026",
      changed: 2,
      minimum: 3
    })
    expect(recovered(seen, known)).toEqual([])
  }, 60_000)

  it("a change of k or more raters is released, and the pair still determines nobody", () => {
    const subs = [1, 2, 3, 4, 5].map((i) => rater(`s${i}`, "bawahan", i + 2))
    const { seen, answers, history } = releaseAll(policy, [
      { cycle: "2026", ratings: first },
      { cycle: "2027", ratings: [...first, ...subs] }
    ])
    expect(answers.map((a) => a.status)).toEqual(["released", "released"])
    expect(FeedbackRelease.determinedRaters(policy, history)).toEqual([])
    expect(seen.length).toBe(2)
  })

  it("determinedRaters finds the rater two unprotected records give away", () => {
    const a = ok(FeedbackRelease.release(policy, { subject: "E1", cycle: "1", ratings: first, history: [] }))
    const b = ok(
      FeedbackRelease.release(policy, {
        subject: "E1",
        cycle: "1",
        ratings: [...first, rater("s1", "bawahan", 7)],
        history: []
      })
    )
    if (a.status !== "released" || b.status !== "released") throw new Error("expected releases")
    expect(FeedbackRelease.determinedRaters(policy, [a.record, b.record])).toEqual(["s1"])
  })

  it("records of another subject are ignored; an insufficient result does not freeze the cycle", () => {
    const other = ok(FeedbackRelease.release(policy, { subject: "E2", cycle: "2026", ratings: first, history: [] }))
    if (other.status !== "released") throw new Error("expected a release")
    const few = ok(
      FeedbackRelease.release(policy, {
        subject: "E1",
        cycle: "2026",
        ratings: [boss, ...peers.slice(0, 3)],
        history: [other.record]
      })
    )
    expect(few.status).toBe("insufficient")
    const full = ok(
      FeedbackRelease.release(policy, { subject: "E1", cycle: "2026", ratings: first, history: [other.record] })
    )
    expect(full.status).toBe("released")
  })

  it("group lines carry no exact fraction and no value before rounding", () => {
    const thirds = [1, 2, 3, 4, 5, 6].map((i) => rater(`t${i}`, "rekan-kerja", i))
    const r = ok(Feedback.aggregate(policy, [boss, ...thirds]))
    if (r.status !== "sufficient") throw new Error("expected sufficient")
    for (const g of r.groups) {
      if (g.status !== "disclosed") continue
      const text = JSON.stringify(g)
      expect(text).not.toContain('"before"')
      expect(text).not.toContain('"exact"')
      expect(text).not.toMatch(/\d\/\d/)
    }
  })

  it("the history decodes from stored JSON with paths for problems", () => {
    const a = ok(FeedbackRelease.release(policy, { subject: "E1", cycle: "1", ratings: first, history: [] }))
    if (a.status !== "released") throw new Error("expected a release")
    expect(ok(FeedbackRelease.decodeHistory(JSON.parse(JSON.stringify([a.record]))))).toEqual([a.record])
    const bad = FeedbackRelease.decodeHistory([{ ...a.record, cycle: "" }])
    expect(Result.isFailure(bad) && bad.failure.problems[0]?.path).toEqual([0, "cycle"])
  })

  it("property: over any sequence of memberships, released records never determine a rater", () => {
    const pool = Array.from({ length: 12 }, (_, i) =>
      rater(`r${i}`, i < 6 ? "rekan-kerja" : i < 10 ? "bawahan" : "pihak-lain", i)
    )
    fc.assert(
      fc.property(
        fc.array(fc.subarray(pool, { minLength: 0 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 2, max: 5 }),
        (memberships, k) => {
          const p: Feedback.Policy = { ...policy, anonymity: { ...policy.anonymity, minimumGroupSize: k } }
          const { history } = releaseAll(
            p,
            memberships.map((m, i) => ({ cycle: `c${i}`, ratings: [boss, ...m] }))
          )
          expect(FeedbackRelease.determinedRaters(p, history)).toEqual([])
          const identified = new Set<string>(p.anonymity.identified)
          for (let i = 0; i < history.length; i++)
            for (let j = 0; j < i; j++) {
              const set = (r: FeedbackRelease.ReleaseRecord) =>
                new Set(r.members.filter((m) => !identified.has(m.group)).map((m) => `${m.group}/${m.rater}`))
              const x = set(history[i] as FeedbackRelease.ReleaseRecord)
              const y = set(history[j] as FeedbackRelease.ReleaseRecord)
              const changed = [...x].filter((e) => !y.has(e)).length + [...y].filter((e) => !x.has(e)).length
              expect(changed === 0 || changed >= k).toBe(true)
            }
        }
      ),
      { numRuns: 150 }
    )
  })
})

describe("FeedbackRelease and Feedback share one threshold k (the preset: quorum and anonymity both 5)", () => {
  const preset = Presets.feedback.bkpsdm
  const k = preset.anonymity.minimumGroupSize
  const peers = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => rater(`peer${from + i}`, "rekan-kerja", from + i))
  const boss = rater("boss", "atasan", 1)
  const request = (
    ratings: ReadonlyArray<Feedback.Rating>,
    history: ReadonlyArray<FeedbackRelease.ReleaseRecord> = []
  ) => ok(FeedbackRelease.release(preset, { subject: "e1", cycle: "2026", ratings, history }))

  it("k − 1 peers: nothing released, one reason with k; k and k + 1: released with the peers shown", () => {
    expect(k).toBe(5)
    expect(preset.quorum.every((q) => q.minimum === undefined || q.minimum === k)).toBe(true)
    const below = request([boss, ...peers(k - 1)])
    expect(below.status).toBe("insufficient")
    expect(below.status === "insufficient" && below.report.status === "insufficient" && below.report.reasons).toEqual([
      { reason: "below-quorum", group: "rekan-kerja", raters: k - 1, minimum: k }
    ])
    for (const n of [k, k + 1]) {
      const r = request([boss, ...peers(n)])
      expect(r.status).toBe("released")
      if (r.status === "released" && r.report.status === "sufficient")
        expect(r.report.groups.find((g) => g.group === "rekan-kerja")).toMatchObject({ raters: n, status: "disclosed" })
    }
  })

  it("a later report is too close below k changed raters and not at k, with the same k as the reasons above", () => {
    const first = request([boss, ...peers(k)])
    if (first.status !== "released") throw new Error("expected a release")
    const next = (extra: number) =>
      ok(
        FeedbackRelease.release(preset, {
          subject: "e1",
          cycle: "2027",
          ratings: [boss, ...peers(k), ...peers(extra, 100)],
          history: [first.record]
        })
      )
    const close = next(k - 1)
    expect(close.status === "withheld" && close.reasons[0]).toEqual({
      reason: "too-close",
      cycle: "2026",
      changed: k - 1,
      minimum: k
    })
    expect(next(k).status).toBe("released")
  })
})
