import { Behaviour, Citizen, Exact, Feedback, FeedbackIndicator, Presets, Survey } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const legalBasis = [{ regulation: "Perwako Bukittinggi (contoh kebijakan)", confirmed: false }]
const policy: Citizen.Policy = {
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

let seq = 0
const sub = (channel: Citizen.Channel, score: number, extra: Partial<Citizen.Submission> = {}): Citizen.Submission => ({
  id: `s${seq++}`,
  channel,
  score,
  submittedAt: "2024-12-01",
  ...extra
})
const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${JSON.stringify(r.failure)}`)
  return r.success
}
const run = (p: Citizen.Policy, submissions: ReadonlyArray<Citizen.Submission>, asOf = "2024-12-31") =>
  ok(Citizen.aggregate(p, { asOf, submissions }))
const exactOf = (r: Citizen.CitizenResult) => {
  if (r.status !== "sufficient") throw new Error("insufficient")
  return ok(Survey.readWeight(r.exact))
}

describe("Citizen channels and weights", () => {
  it("normalises each channel to 0–100 and combines with channel weights", () => {
    // survey 4 → 100, forum 3 → 50, platform 5 → 100, pengaduan 0 → 0: 50 + 10 + 20 + 0 = 80
    const r = run(policy, [
      sub("survey", 4),
      sub("forum-dialog-publik", 3),
      sub("platform-digital", 5),
      sub("pengaduan", 0)
    ])
    expect(r.status === "sufficient" && r.score.text).toBe("80.00")
  })

  it("a missing channel is renormalised away, never counted as 0 (two channels at 100 give 100)", () => {
    const r = run(policy, [sub("survey", 4), sub("forum-dialog-publik", 5)])
    expect(r.status === "sufficient" && r.exact).toBe("100")
    expect(r.channels.find((c) => c.channel === "survey")?.share).toBe("5/7 ≈ 0.714286")
    expect(r.channels.find((c) => c.channel === "pengaduan")?.status).toBe("below-minimum")
  })

  it("no channel present is an explicit insufficient status", () => {
    const r = run(policy, [])
    expect(r.status === "insufficient" && r.reasons).toEqual([{ reason: "no-channel-present" }])
  })

  it("a channel below its minimum observations does not count", () => {
    const strict = {
      ...policy,
      channels: {
        ...policy.channels,
        survey: { ...(policy.channels.survey as Citizen.ChannelPolicy), minimumObservations: 3 }
      }
    }
    const r = run(strict, [sub("survey", 1), sub("survey", 1), sub("forum-dialog-publik", 5)])
    expect(r.status === "sufficient" && r.exact).toBe("100")
  })

  it("channel weights must sum to exactly 1", () => {
    const r = Citizen.decodePolicy({
      ...policy,
      channels: {
        ...policy.channels,
        pengaduan: { ...(policy.channels.pengaduan as Citizen.ChannelPolicy), weight: 0.2 }
      }
    })
    expect(Result.isFailure(r) && r.failure._tag === "WeightsDoNotSum" && r.failure.sum).toBe("1.1")
    expect(Result.isSuccess(Citizen.decodePolicy(policy))).toBe(true)
  })

  it("reports every bad submission with its path", () => {
    const p = {
      ...policy,
      channels: {
        survey: policy.channels.survey as Citizen.ChannelPolicy,
        "forum-dialog-publik": { ...(policy.channels["forum-dialog-publik"] as Citizen.ChannelPolicy), weight: 0.5 }
      }
    }
    const r = Citizen.aggregate(p, {
      asOf: "2024-12-31",
      submissions: [
        { id: "a", channel: "survey", score: 5, submittedAt: "2024-12-01" },
        { id: "a", channel: "pengaduan", score: 1, submittedAt: "2025-01-02" },
        { id: "b", channel: "survey", score: 2, submittedAt: "2024-02-30" }
      ]
    })
    expect(
      Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((x) => [x.path, x.code])
    ).toEqual([
      [["submissions", 0, "score"], "out-of-range"],
      [["submissions", 1, "id"], "duplicate"],
      [["submissions", 1, "channel"], "unknown-channel"],
      [["submissions", 1, "submittedAt"], "after-as-of"],
      [["submissions", 2, "submittedAt"], "invalid-date"]
    ])
  })

  it("evaluate decodes untrusted batches (NaN, bad channel, bad date) with paths, never throws", () => {
    const r = Citizen.evaluate(policy, {
      asOf: "31-12-2024",
      submissions: [{ id: "x", channel: "email", score: Number.NaN, submittedAt: "2024-12-01" }]
    })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((x) => x.path)).toEqual([
      ["asOf"],
      ["submissions", 0, "channel"],
      ["submissions", 0, "score"]
    ])
    for (const x of [null, 1, "x", { asOf: "2024-01-01" }])
      expect(Result.isFailure(Citizen.evaluate(policy, x))).toBe(true)
  })
})

describe("Citizen duplicates and near-duplicates", () => {
  it("the same ticket counts once (the latest), and the drop is reported", () => {
    const r = run(policy, [
      sub("survey", 1, { id: "t1", ticket: "TKT/2024/001", submittedAt: "2024-12-01" }),
      sub("survey", 4, { id: "t2", ticket: "tkt-2024-001", submittedAt: "2024-12-02" })
    ])
    expect(r.status === "sufficient" && r.exact).toBe("100")
    expect(r.duplicates).toEqual([{ kept: "t2", dropped: ["t1"], reasons: ["same-ticket"] }])
  })

  it("the same respondent written differently (+62 / 0, spaces, case) counts once; keep: first", () => {
    const first = { ...policy, duplicates: { ...policy.duplicates, keep: "first" as const } }
    const r = run(first, [
      sub("platform-digital", 1, { id: "p1", respondent: "+62 812-3456-789", submittedAt: "2024-12-01" }),
      sub("platform-digital", 5, { id: "p2", respondent: "08123456789", submittedAt: "2024-12-05" })
    ])
    expect(r.status === "sufficient" && r.exact).toBe("0")
    expect(r.duplicates[0]).toEqual({ kept: "p1", dropped: ["p2"], reasons: ["same-respondent"] })
  })

  it("copy-pasted texts from different accounts are one cluster; short texts are not", () => {
    const text = "Pelayanan di kantor ini SANGAT lambat sekali!!!"
    const r = run(policy, [
      sub("forum-dialog-publik", 1, { id: "f1", respondent: "a", text }),
      sub("forum-dialog-publik", 1, {
        id: "f2",
        respondent: "b",
        text: "pelayanan di kantor ini sangat   lambat sekali"
      }),
      sub("forum-dialog-publik", 5, { id: "f3", respondent: "c", text: "Bagus" }),
      sub("forum-dialog-publik", 5, { id: "f4", respondent: "d", text: "bagus" })
    ])
    const forum = r.channels.find((c) => c.channel === "forum-dialog-publik")
    expect(forum?.kept).toBe(3)
    expect(r.duplicates.map((d) => d.reasons)).toEqual([["same-text"]])
  })

  it("clusters are transitive across ticket, respondent and text", () => {
    const r = run(policy, [
      sub("pengaduan", 0, { id: "a", ticket: "T1", respondent: "x" }),
      sub("pengaduan", 0, { id: "b", respondent: "x", text: "jalan rusak belum diperbaiki juga" }),
      sub("pengaduan", 1, { id: "c", respondent: "y", text: "Jalan rusak, belum diperbaiki juga." })
    ])
    expect(r.channels.find((c) => c.channel === "pengaduan")?.kept).toBe(1)
  })

  it("normalisers", () => {
    expect(Citizen.normaliseIdentity("+62 812-3456-789")).toBe("08123456789")
    expect(Citizen.normaliseIdentity("6281234567")).toBe("081234567")
    expect(Citizen.normaliseIdentity("Budi.Santoso@Mail.com")).toBe("budisantoso@mailcom")
    expect(Citizen.normaliseText("  Pelayanan LAMBAT!!  ")).toBe("pelayanan lambat")
  })
})

describe("Citizen recency", () => {
  it("weights halve every half-life, exactly and deterministically", () => {
    expect(Exact.format(Citizen.recencyWeight(0, 30))).toBe("1")
    expect(Exact.format(Citizen.recencyWeight(30, 30))).toBe("0.5")
    expect(Exact.format(Citizen.recencyWeight(60, 30))).toBe("0.25")
    expect(Exact.format(Citizen.recencyWeight(15, 30))).toBe("0.707106781186")
    expect(Exact.format(Citizen.recencyWeight(1, 1))).toBe("0.5")
  })

  it("property: recency weight is within (0, 1], decreasing in age", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 120 }), (age, h) => {
        const a = Citizen.recencyWeight(age, h)
        const b = Citizen.recencyWeight(age + 1, h)
        // weights are truncated to 12 decimals, so they reach 0 once 2^-(age/h) < 10^-12, i.e. after ~39.86 half-lives
        return !Exact.lessThan(Exact.one, a) && !Exact.lessThan(a, b) && (age >= 39.86 * h || a.n > 0n)
      })
    )
  })

  it("a fresh 5 and a 30-day-old 1 with half-life 30: (1·100 + 0.5·0) / 1.5 = 66.67", () => {
    const p = { ...policy, recency: { halfLifeDays: 30 } }
    const r = run(p, [
      sub("platform-digital", 5, { submittedAt: "2024-12-31" }),
      sub("platform-digital", 1, { submittedAt: "2024-12-01" })
    ])
    expect(r.status === "sufficient" && r.score.text).toBe("66.67")
    expect(r.trace.recency).toEqual({ halfLifeDays: 30, maxAgeDays: null })
  })

  it("maxAgeDays drops stale submissions and reports them", () => {
    const p = { ...policy, recency: { halfLifeDays: 30, maxAgeDays: 90 } }
    const r = run(p, [sub("survey", 4, { submittedAt: "2024-12-31" }), sub("survey", 1, { submittedAt: "2024-01-01" })])
    expect(r.channels.find((c) => c.channel === "survey")?.stale).toBe(1)
    expect(r.status === "sufficient" && r.exact).toBe("100")
  })
})

describe("Citizen robust aggregation", () => {
  const scores = [1, 5, 5, 5, 5, 4, 5, 5, 5, 1]
  const batch = scores.map((s) => sub("platform-digital", s))
  const channel = (p: Citizen.Policy) => run(p, batch).channels.find((c) => c.channel === "platform-digital")

  it("mean, trimmed mean (10 % each end) and median differ as expected", () => {
    // 0–100: 0, 100×7, 75, 0 → mean 77.5; trim one from each end → (0 + 75 + 600)/8 = 84.375; median 100
    expect(channel(policy)?.exact).toBe("155/2")
    expect(channel({ ...policy, aggregation: { method: "trimmed-mean", trim: 0.1 } })?.exact).toBe("675/8")
    expect(channel({ ...policy, aggregation: { method: "median" } })?.exact).toBe("100")
  })

  it("median of an even count averages the middle two; trimmed mean cuts fractionally", () => {
    const two = [sub("survey", 1), sub("survey", 4)]
    expect(run({ ...policy, aggregation: { method: "median" } }, two).channels[0]?.exact).toBe("50")
    // trim 0.25 of 3 observations (0, 50, 100 on 0–100 after 1, 2.5, 4): cut 0.75 from each end → 50
    const three = [sub("survey", 1), sub("survey", 2.5), sub("survey", 4)]
    expect(run({ ...policy, aggregation: { method: "trimmed-mean", trim: 0.25 } }, three).channels[0]?.exact).toBe("50")
  })

  it("property: every method is order independent and within 0–100", () => {
    const methods: ReadonlyArray<Citizen.Aggregation> = [
      { method: "mean" },
      { method: "median" },
      { method: "trimmed-mean", trim: 0.2 }
    ]
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(...methods),
        (xs, m) => {
          const p = { ...policy, aggregation: m }
          const subs = xs.map((x, i) => sub("platform-digital", x, { id: `o${i}` }))
          const a = exactOf(run(p, subs))
          const b = exactOf(run(p, [...subs].reverse()))
          return Exact.equals(a, b) && !Exact.lessThan(a, Exact.zero) && !Exact.lessThan(Exact.int(100), a)
        }
      )
    )
  })
})

describe("Citizen flood bound", () => {
  const methods: ReadonlyArray<Citizen.Aggregation> = [
    { method: "mean" },
    { method: "trimmed-mean", trim: 0.1 },
    { method: "trimmed-mean", trim: 0.3 },
    { method: "median" }
  ]
  const honest = fc.array(
    fc.record({
      channel: fc.constantFrom(...Citizen.channels),
      score: fc.integer({ min: 0, max: 4 }),
      age: fc.integer({ min: 0, max: 200 })
    }),
    { minLength: 0, maxLength: 25 }
  )
  const flood = fc.record({
    channel: fc.constantFrom(...Citizen.channels),
    scores: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 }),
    age: fc.integer({ min: 0, max: 200 })
  })
  const date = (age: number) => new Date(Date.UTC(2024, 11, 31) - age * 86_400_000).toISOString().slice(0, 10)
  const scaled = (c: Citizen.Channel, k: number) =>
    c === "pengaduan" ? (k >= 2 ? 1 : 0) : c === "survey" ? 1 + (k % 4) : 1 + k

  it("property: a flood from one source moves the unit score by at most the reported bound", () => {
    fc.assert(
      fc.property(honest, flood, fc.constantFrom(...methods), fc.boolean(), (h, f, aggregation, recency) => {
        const p: Citizen.Policy = { ...policy, aggregation, ...(recency ? { recency: { halfLifeDays: 30 } } : {}) }
        const base = h.map((x, i) =>
          sub(x.channel, scaled(x.channel, x.score), {
            id: `h${i}`,
            respondent: `warga-${i}`,
            submittedAt: date(x.age)
          })
        )
        const attack = f.scores.map((k, i) =>
          sub(f.channel, scaled(f.channel, k), {
            id: `f${i}`,
            // the same person under many spellings, same ticket, and copy-pasted text
            respondent: i % 2 === 0 ? "+62 811 0000 1111" : "0811-0000-1111",
            submittedAt: date(Math.max(0, f.age - i)),
            text: "Saya sangat kecewa dengan pelayanan unit ini sekali"
          })
        )
        const without = run(p, base)
        const withFlood = run(p, [...base, ...attack])
        if (withFlood.status !== "sufficient") return false
        const fl = withFlood.channels.find((c) => c.channel === f.channel)
        expect(fl?.kept).toBe(base.filter((b) => b.channel === f.channel).length + 1)
        const bound = ok(Exact.fromString(withFlood.floodBound.text))
        const before = without.status === "sufficient" ? exactOf(without) : null
        if (before === null) return true // no result to move
        const moved = Exact.subtract(exactOf(withFlood), before)
        const abs = moved.n < 0n ? Exact.negate(moved) : moved
        return !Exact.lessThan(bound, abs)
      }),
      { numRuns: 400 }
    )
  })

  it("the bound for the mean: one source among 9 others in a 50 % channel moves at most 5 points", () => {
    const base = Array.from({ length: 9 }, (_, i) => sub("survey", 4, { respondent: `w${i}` }))
    const r = run(policy, [
      ...base,
      sub("forum-dialog-publik", 5),
      ...Array.from({ length: 100 }, () => sub("survey", 1, { respondent: "bot" }))
    ])
    // tickets not verified: the bot could as well have used 100 phone numbers, so the honest bound is share × 100
    expect(r.status === "sufficient" && r.channels.find((c) => c.channel === "survey")?.floodBound).toBe(
      "500/7 ≈ 71.428571"
    )
    // the flood from one phone number still counts once: survey = (9×100 + 0)/10 = 90
    expect(r.channels.find((c) => c.channel === "survey")?.exact).toBe("90")
  })

  it("verified tickets: 9 ticket holders and 100 ticketless bot answers; the bucket weighs 1, bound 2/10 of 5/7", () => {
    const verified: Citizen.Policy = { ...policy, tickets: { verified: true } }
    const base = Array.from({ length: 9 }, (_, i) => sub("survey", 4, { ticket: `TKT-${i}` }))
    const r = run(verified, [
      ...base,
      sub("forum-dialog-publik", 5),
      ...Array.from({ length: 100 }, (_, i) => sub("survey", 1, { respondent: `bot-${i}` }))
    ])
    const survey = r.channels.find((c) => c.channel === "survey")
    // the 100 ticketless answers share a weight of 1: survey = (9×100 + 1×0)/10 = 90
    expect(survey?.exact).toBe("90")
    expect(survey?.totalWeight).toBe("10")
    // one verified ticket (weight 1) plus the bucket (1) of 10: 5/7 × 100 × 2/10
    expect(survey?.floodBound).toBe("100/7 ≈ 14.285714")
  })
})

describe("Citizen tickets: zero-width, empty, absent, numbered and look-alike tickets stay within floodBound", () => {
  it("an empty ticket (after removing zero-width characters and separators) is refused with its path", () => {
    const r = Citizen.aggregate(policy, {
      asOf: "2024-12-31",
      submissions: [sub("survey", 4, { ticket: "\u200b \u200d-" }), sub("survey", 4, { ticket: "" })]
    })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((p) => p.path)).toEqual([
      ["submissions", 0, "ticket"],
      ["submissions", 1, "ticket"]
    ])
  })

  it("zero-width, control, full-width and look-alike spellings of one ticket are one cluster", () => {
    const spellings = ["TKT-001", "T\u200bKT-001", "TKT\u0000-001", "ＴＫＴ－００１", "ТКТ-001" /* Cyrillic Т, К */]
    const r = run({ ...policy, tickets: { verified: true } }, [
      ...spellings.map((t, i) => sub("survey", 1, { ticket: t, id: `z${i}` })),
      sub("survey", 4, { ticket: "OTHER" })
    ])
    expect(r.duplicates).toEqual([{ kept: "z4", dropped: ["z0", "z1", "z2", "z3"], reasons: ["same-ticket"] }])
    expect(r.channels.find((c) => c.channel === "survey")?.kept).toBe(2)
  })

  it("look-alike letters do not split a copy-pasted text", () => {
    expect(Citizen.normaliseText("Pelayanan sangat lambat sekali")).toBe(
      Citizen.normaliseText("Pеlayanan sangat lambat\u200b sеkali")
    )
  })

  const attackKind = fc.constantFrom(
    "zero-width",
    "look-alike",
    "absent",
    "numbered",
    "respondents",
    "same",
    "copy-text",
    "copy-respondent"
  )
  const zw = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]

  it("property: every attack moves the unit score by at most the reported floodBound", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 1, max: 4 }), ticketed: fc.boolean() }), {
          minLength: 1,
          maxLength: 25
        }),
        fc.array(fc.record({ kind: attackKind, score: fc.integer({ min: 1, max: 4 }), n: fc.nat(999) }), {
          minLength: 1,
          maxLength: 60
        }),
        fc.boolean(),
        fc.constantFrom<Citizen.Aggregation>(
          { method: "mean" },
          { method: "trimmed-mean", trim: 0.1 },
          { method: "median" }
        ),
        fc.integer({ min: 0, max: 3 }),
        (honest, attack, verified, aggregation, cap) => {
          const p: Citizen.Policy = {
            ...policy,
            aggregation,
            tickets: { verified, ticketlessWeight: cap / 2 }
          }
          const base = [
            ...honest.map((h, i) =>
              sub("survey", h.score, {
                id: `h${i}`,
                respondent: `warga-${i}`,
                text: `Pelayanan loket nomor ${i} berjalan dengan cukup baik`,
                submittedAt: "2024-11-01",
                ...(h.ticketed ? { ticket: `LAYANAN-${i}` } : {})
              })
            ),
            sub("forum-dialog-publik", 3, { id: "forum" })
          ]
          // the attacker holds one genuine ticket (ATK-1); numbered tickets are forgeries, possible only unverified
          const forged = attack.map((a, i): Citizen.Submission => {
            const at = { id: `a${i}`, respondent: `bot-${a.n}` }
            switch (a.kind) {
              case "zero-width":
                return sub("survey", a.score, { ...at, ticket: `ATK${zw[a.n % zw.length]}-1` })
              case "look-alike":
                return sub("survey", a.score, { ...at, ticket: a.n % 2 === 0 ? "АТК-1" : "ΑΤΚ-1" })
              case "absent":
                return sub("survey", a.score, at)
              case "numbered":
                return sub("survey", a.score, verified ? at : { ...at, ticket: `ATK-${a.n + 2}` })
              case "respondents":
                return sub("survey", a.score, { id: at.id, respondent: `+62 811 ${a.n}` })
              case "copy-text":
                // a later copy of an honest resident's text tries to take their place
                return sub("survey", a.score, {
                  id: at.id,
                  text: `Pelayanan loket nomor ${a.n % honest.length} berjalan dengan cukup baik`
                })
              case "copy-respondent":
                return sub("survey", a.score, { id: at.id, respondent: `warga-${a.n % honest.length}` })
              default:
                return sub("survey", a.score, { ...at, ticket: "atk 1" })
            }
          })
          const without = run(p, base)
          const withFlood = run(p, [...base, ...forged])
          if (without.status !== "sufficient" || withFlood.status !== "sufficient") return false
          const bound = ok(Exact.fromString(withFlood.floodBound.text))
          const moved = Exact.subtract(exactOf(withFlood), exactOf(without))
          const abs = moved.n < 0n ? Exact.negate(moved) : moved
          return !Exact.lessThan(bound, abs)
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe("FeedbackIndicator.toIndicator (point 7: feedback as an indicator or rating evidence)", () => {
  const indicator: FeedbackIndicator.IndicatorPolicy = {
    indicator: "interaksi-dengan-masyarakat",
    method: "linear",
    to: { min: 0, max: 100 },
    rounding: { scale: 2, mode: "half-up" },
    legalBasis
  }

  it("citizen result (0–100) maps to itself, with a measurement and the source trace", () => {
    const r = run(policy, [sub("survey", 4), sub("survey", 3)])
    const v = ok(FeedbackIndicator.toIndicator(indicator, r))
    expect(v.value.text).toBe("83.33")
    expect(v.measurement).toEqual({ indicator: "interaksi-dengan-masyarakat", target: 100, realisasi: 83.33 })
    expect(JSON.parse(JSON.stringify(v)).trace.sourceTrace.rule).toBe("citizen-feedback")
  })

  it("IKM: percent-of-max keeps 91.48; linear from 25–100 stretches it to 88.63", () => {
    const t = Presets.skm.national2017
    const responses = Array.from({ length: 4 }, (_, i) => ({
      template: { id: t.id, version: t.version },
      answers: Object.fromEntries(t.elements.map((e) => [e.id, i === 0 ? 3 : 4]))
    }))
    const ikm = ok(Survey.score(Presets.skm.policy, { template: t, responses })) // 3.75 → 93.75
    expect(ok(FeedbackIndicator.toIndicator({ ...indicator, method: "percent-of-max" }, ikm)).value.text).toBe("93.75")
    expect(ok(FeedbackIndicator.toIndicator(indicator, ikm)).value.text).toBe("91.67")
  })

  it("360 overall 4.2 on 1–5 → 80 (linear) or 84 (percent-of-max)", () => {
    const fb: Feedback.Policy = {
      scale: { min: 1, max: 5 },
      weights: { atasan: 1, "rekan-kerja": 0, bawahan: 0, "diri-sendiri": 0, "pihak-lain": 0 },
      quorum: [],
      required: ["atasan"],
      anonymity: { minimumGroupSize: 5, identified: ["atasan"] },
      rounding: { scale: 2, mode: "half-up" },
      legalBasis
    }
    const scores = Object.fromEntries(Behaviour.coreValues.map((v) => [v, 4.2])) as Feedback.Rating["scores"]
    const r = ok(Feedback.aggregate(fb, [{ rater: "a", group: "atasan", scores }]))
    expect(ok(FeedbackIndicator.toIndicator(indicator, r)).value.text).toBe("80.00")
    expect(ok(FeedbackIndicator.toIndicator({ ...indicator, method: "percent-of-max" }, r)).value.text).toBe("84.00")
  })

  it("an insufficient source is IndicatorUnavailable (never 0)", () => {
    const r = FeedbackIndicator.toIndicator(indicator, run(policy, []))
    expect(Result.isFailure(r) && r.failure._tag).toBe("IndicatorUnavailable")
  })

  it("an empty target scale is InvalidInput with a path", () => {
    const r = FeedbackIndicator.toIndicator(
      { ...indicator, to: { min: 100, max: 100 } },
      run(policy, [sub("survey", 4)])
    )
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems[0]?.path).toEqual(["to"])
  })

  it("as rating evidence through a Band table of the three ratings (edges below / at / above 65 and 85)", () => {
    const table = {
      rounding: { scale: 2, mode: "half-up" as const },
      range: { min: 0, max: 100 },
      outOfRange: "reject" as const,
      bands: [
        { label: "Dibawah Ekspektasi", lower: 0 },
        { label: "Sesuai Ekspektasi", lower: 65 },
        { label: "Diatas Ekspektasi", lower: 85 }
      ],
      legalBasis
    }
    const at = (exact: string) => {
      const v = ok(FeedbackIndicator.toIndicator(indicator, run(policy, [sub("survey", 4)])))
      return ok(FeedbackIndicator.toRating(table, { ...v, exact })).rating
    }
    expect(at("64.99")).toBe("Dibawah Ekspektasi")
    expect(at("64.995")).toBe("Sesuai Ekspektasi")
    expect(at("65")).toBe("Sesuai Ekspektasi")
    expect(at("84.994")).toBe("Sesuai Ekspektasi")
    expect(at("85")).toBe("Diatas Ekspektasi")
    expect(at("85.01")).toBe("Diatas Ekspektasi")
  })
})

describe("Citizen recency at the truncation edge", () => {
  it.each([
    [390, 10, true], // 39 half-lives: 2^-39 ≈ 1.8e-12 keeps one unit at 12 decimals
    [400, 10, false] // 40 half-lives: 2^-40 ≈ 9.1e-13 truncates to 0
  ])("age %i, half-life %i: positive = %s", (age, h, positive) => {
    expect(Citizen.recencyWeight(age, h).n > 0n).toBe(positive)
  })
})
