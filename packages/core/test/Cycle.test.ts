import { AuditLog, Cycle, Permission } from "@pembinaan/core"
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { changed, plan, policy, year } from "./fixtures-cycle.js"
import { directory, KABID, KADIS, PEER, STAFF, tree } from "./fixtures-org.js"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const run = (events: ReadonlyArray<unknown>) => ok(Cycle.replay(policy, events))
const fail = (events: ReadonlyArray<unknown>, event: unknown) => {
  const r = Cycle.apply(policy, run(events), event)
  if (Result.isSuccess(r)) throw new Error(`expected a refusal of ${JSON.stringify(event)}`)
  return r.failure
}
const upTo = (tag: Cycle.EventTag, n = 1) => {
  let seen = 0
  const i = year.findIndex((e) => e._tag === tag && ++seen === n)
  return year.slice(0, i + 1)
}
const good = { hasilKerja: "Sesuai Ekspektasi", perilakuKerja: "Sesuai Ekspektasi" } as const
const agreed = upTo("AgreePlan")
const evaluatedPrefix = upTo("EvaluateAnnual")
const acknowledgedPrefix = upTo("Acknowledge")

describe("Cycle: the worked year", () => {
  it("runs from Open to a final result changed by the keberatan", () => {
    const s = run(year)
    expect(s.status).toBe("final")
    expect(s.versions.map((v) => [v.version, v.proposedBy, v.agreedBy])).toEqual([
      [1, "pegawai", "pejabat-penilai"],
      [2, "pejabat-penilai", "pegawai"]
    ])
    expect(Cycle.planInForce(s)).toEqual(changed)
    expect(s.versions[1]?.reason).toBe("Tambahan puskesmas mitra sejak Mei")
    expect(s.periodic.map((p) => [p.period, p.predikat])).toEqual([
      ["2026-Q1", "Baik"],
      ["2026-Q2", "Butuh Perbaikan"],
      ["2026-Q3", "Baik"],
      ["2026-Q4", "Baik"]
    ])
    expect(s.annual?.predikat).toBe("Butuh Perbaikan")
    expect(s.result).toEqual({ ratings: good, predikat: "Baik", source: "keputusan-keberatan", at: "2027-01-27" })
    expect(Cycle.violations(s)).toEqual([])
    expect(JSON.parse(JSON.stringify(s))).toEqual(s)
  })

  it("the state, the year's result and what is due all decode with their Schemas after a JSON round trip", () => {
    const json = <A>(a: A): unknown => JSON.parse(JSON.stringify(a))
    for (let n = 1; n <= year.length; n++) {
      const s = run(year.slice(0, n))
      expect(ok(Schema.decodeUnknownResult(Cycle.State)(json(s)))).toEqual(s)
      const y = Cycle.yearResult(policy, s, s.lastAt)
      expect(ok(Schema.decodeUnknownResult(Cycle.YearResult)(json(y)))).toEqual(y)
      for (const d of Cycle.due(policy, s, s.lastAt))
        expect(ok(Schema.decodeUnknownResult(Cycle.Due)(json(d)))).toEqual(d)
    }
  })

  it("has an Indonesian and an English message for every transition", () => {
    const more = [
      ...agreed,
      { _tag: "ProposeChange", by: STAFF, at: "2026-02-01", plan: changed, reason: "x" },
      { _tag: "RejectChange", by: KABID, at: "2026-02-02" }
    ]
    const ret = [...evaluatedPrefix, { _tag: "ReturnEvaluation", by: KADIS, at: "2027-01-09", reason: "lengkapi" }]
    const fin = [...acknowledgedPrefix, { _tag: "Finalise", by: "system", at: "2027-01-28" }]
    const messages = new Map<string, { id: string; en: string }>()
    for (const events of [year, more, ret, fin]) {
      let state: Cycle.State | undefined
      for (const e of events) {
        const t = ok(Cycle.apply(policy, state, e))
        messages.set(t.event._tag, t.messages)
        state = t.state
      }
    }
    expect([...messages.keys()].sort()).toEqual([...Cycle.eventTags].sort())
    for (const [tag, m] of messages) {
      expect(m.id, tag).toMatch(/\S/)
      expect(m.en, tag).toMatch(/\S/)
      expect(m.id, tag).not.toBe(m.en)
    }
    expect(messages.get("DecideKeberatan")?.id).toBe("Keberatan diterima; atasan menetapkan predikat Baik, final.")
    expect(messages.get("Finalise")?.en).toBe("The 2026 evaluation is final: Butuh Perbaikan.")
  })
})

describe("Cycle: every status is reachable", () => {
  const paths: ReadonlyArray<readonly [Cycle.Status, ReadonlyArray<unknown>]> = [
    ["draft", upTo("Open")],
    ["proposed", upTo("ProposePlan")],
    ["agreed", agreed],
    ["change-proposed", upTo("ProposeChange")],
    ["evaluated", evaluatedPrefix],
    ["approved", upTo("ApproveEvaluation")],
    ["acknowledged", acknowledgedPrefix],
    ["keberatan", upTo("FileKeberatan")],
    ["final", year]
  ]
  it.each(paths)("%s", (status, events) => {
    const s = run(events)
    expect(s.status).toBe(status)
    expect(Cycle.violations(s)).toEqual([])
  })

  it("lists every status", () => {
    expect(paths.map((p) => p[0])).toEqual([...Cycle.statuses])
  })
})

describe("Cycle: parties", () => {
  it.each([
    ["ProposePlan by a stranger", upTo("Open"), { _tag: "ProposePlan", by: PEER, at: "2026-01-10", plan }],
    ["ProposePlan by the atasan", upTo("Open"), { _tag: "ProposePlan", by: KADIS, at: "2026-01-10", plan }],
    ["AgreePlan by its proposer", upTo("ProposePlan"), { _tag: "AgreePlan", by: STAFF, at: "2026-01-11" }],
    ["AgreePlan by the atasan", upTo("ProposePlan"), { _tag: "AgreePlan", by: KADIS, at: "2026-01-11" }],
    ["AgreeChange by its proposer", upTo("ProposeChange"), { _tag: "AgreeChange", by: KABID, at: "2026-05-05" }],
    [
      "RecordRealisasi by the pejabat penilai",
      agreed,
      {
        _tag: "RecordRealisasi",
        by: KABID,
        at: "2026-04-01",
        period: "2026-Q1",
        indicator: "ind-1",
        value: "1",
        evidence: []
      }
    ],
    ["GiveFeedback by the pegawai", agreed, { _tag: "GiveFeedback", by: STAFF, at: "2026-02-01", text: "saya baik" }],
    [
      "EvaluatePeriod by the pegawai",
      agreed,
      { _tag: "EvaluatePeriod", by: STAFF, at: "2026-04-01", period: "2026-Q1", ratings: good }
    ],
    ["EvaluateAnnual by the pegawai", agreed, { _tag: "EvaluateAnnual", by: STAFF, at: "2027-01-05", ratings: good }],
    [
      "ApproveEvaluation by the pejabat penilai",
      evaluatedPrefix,
      { _tag: "ApproveEvaluation", by: KABID, at: "2027-01-09" }
    ],
    [
      "ReturnEvaluation by the pegawai",
      evaluatedPrefix,
      { _tag: "ReturnEvaluation", by: STAFF, at: "2027-01-09", reason: "x" }
    ],
    ["Acknowledge by the atasan", upTo("ApproveEvaluation"), { _tag: "Acknowledge", by: KADIS, at: "2027-01-13" }],
    [
      "FileKeberatan by the pejabat penilai",
      acknowledgedPrefix,
      { _tag: "FileKeberatan", by: KABID, at: "2027-01-14", reason: "x" }
    ],
    [
      "DecideKeberatan by the pejabat penilai",
      upTo("FileKeberatan"),
      { _tag: "DecideKeberatan", by: KABID, at: "2027-01-21", outcome: "ditolak", reason: "x" }
    ]
  ])("refuses %s", (_, events, event) => {
    const f = fail(events, event)
    expect(f._tag).toBe("WrongParty")
    if (f._tag === "WrongParty") {
      expect(f.messages.id).toContain("hanya dapat dilakukan oleh")
      expect(f.messages.en).toContain("may be done only by")
    }
  })

  it("the peer may give feedback (umpan balik dari rekan kerja)", () => {
    const s = ok(
      Cycle.apply(policy, run(agreed), { _tag: "GiveFeedback", by: PEER, at: "2026-02-01", text: "Terima kasih" })
    )
    expect(s.state.feedback[0]).toMatchObject({ party: "lain", indicator: null })
  })
})

describe("Cycle: refusals by status and content", () => {
  it("names the allowed events when the status forbids one", () => {
    const f = fail(upTo("Open"), { _tag: "AgreePlan", by: KABID, at: "2026-01-03" })
    expect(f._tag === "InvalidTransition" && [f.from, f.allowed]).toEqual(["draft", ["ProposePlan"]])
    const after = fail(year, { _tag: "FileKeberatan", by: STAFF, at: "2027-02-01", reason: "lagi" })
    expect(after._tag === "InvalidTransition" && after.allowed).toEqual([])
    const none = Cycle.apply(policy, undefined, { _tag: "AgreePlan", by: KABID, at: "2026-01-03" })
    expect(Result.isFailure(none) && none.failure._tag).toBe("InvalidTransition")
    expect(Result.isFailure(Cycle.replay(policy, []))).toBe(true)
  })

  it("refuses to open a cycle whose parties are not three different people", () => {
    const r = Cycle.apply(policy, undefined, { ...year[0], atasanPejabatPenilai: KABID })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidContent" && r.failure.problems[0]?.code).toBe(
      "same-person"
    )
  })

  it("refuses a plan with duplicate ids, a doubled value or an RHK utama without intervensi", () => {
    const bad = {
      rhk: [
        { ...plan.rhk[0], intervensi: undefined },
        { ...plan.rhk[1], id: "rhk-1" }
      ].map(({ intervensi, ...r }) => (intervensi === undefined ? r : { ...r, intervensi })),
      ekspektasi: [plan.ekspektasi[0], plan.ekspektasi[0]]
    }
    const f = fail(upTo("Open"), { _tag: "ProposePlan", by: STAFF, at: "2026-01-10", plan: bad })
    expect(f._tag === "InvalidContent" && f.problems.map((p) => [p.path.join("."), p.code])).toEqual([
      ["plan.rhk.0.intervensi", "missing-intervensi"],
      ["plan.rhk.1.id", "duplicate"],
      ["plan.ekspektasi.1.value", "duplicate"]
    ])
  })

  it("checks cascading against the superior's RHK ids", () => {
    expect(
      Cycle.cascadeProblems(plan, { rhk: [{ ...(plan.rhk[0] as Cycle.Rhk), id: "kabid-rhk-2" }], ekspektasi: [] })
    ).toEqual([])
    expect(Cycle.cascadeProblems(plan, plan).map((p) => p.code)).toEqual(["unknown-superior-rhk"])
  })

  it("refuses an unknown indicator or period, a doubled period and a decided change without ratings", () => {
    const r = fail(agreed, {
      _tag: "RecordRealisasi",
      by: STAFF,
      at: "2026-04-01",
      period: "2027-Q1",
      indicator: "ind-9",
      value: "1",
      evidence: []
    })
    expect(r._tag === "InvalidContent" && r.problems.map((p) => p.code)).toEqual([
      "unknown-indicator",
      "unknown-period"
    ])
    const twice = fail(upTo("EvaluatePeriod"), {
      _tag: "EvaluatePeriod",
      by: KABID,
      at: "2026-04-09",
      period: "2026-Q1",
      ratings: good
    })
    expect(twice._tag === "InvalidContent" && twice.problems[0]?.code).toBe("duplicate")
    const noRatings = fail(upTo("FileKeberatan"), {
      _tag: "DecideKeberatan",
      by: KADIS,
      at: "2027-01-21",
      outcome: "diubah",
      reason: "x"
    })
    expect(noRatings._tag === "InvalidContent" && noRatings.problems[0]?.path).toEqual(["ratings"])
    const shape = fail(agreed, { _tag: "GiveFeedback", by: KABID, at: "2026-13-01", text: "" })
    expect(shape._tag).toBe("InvalidInput")
  })
})

describe("Cycle: every deadline", () => {
  it.each([
    [
      "a date before the last event",
      agreed,
      { _tag: "GiveFeedback", by: KABID, at: "2026-01-14", text: "x" },
      "2026-01-15"
    ],
    [
      "a period evaluated before it ends (Q1 ends 31 March)",
      agreed,
      { _tag: "EvaluatePeriod", by: KABID, at: "2026-03-30", period: "2026-Q1", ratings: good },
      "2026-03-31"
    ],
    [
      "an annual evaluation before December",
      agreed,
      { _tag: "EvaluateAnnual", by: KABID, at: "2026-11-30", ratings: good },
      "2026-12-01"
    ],
    [
      "the atasan evaluating on the pejabat penilai's last day (31 January)",
      agreed,
      { _tag: "EvaluateAnnual", by: KADIS, at: "2027-01-31", ratings: good },
      "2027-01-31"
    ],
    [
      "a keberatan on day 15 after acknowledgement",
      acknowledgedPrefix,
      { _tag: "FileKeberatan", by: STAFF, at: "2027-01-28", reason: "x" },
      "2027-01-27"
    ],
    [
      "finalising inside the keberatan window",
      acknowledgedPrefix,
      { _tag: "Finalise", by: "system", at: "2027-01-27" },
      "2027-01-27"
    ],
    [
      "finalising unacknowledged inside acknowledgement + keberatan window",
      upTo("ApproveEvaluation"),
      { _tag: "Finalise", by: "system", at: "2027-02-02" },
      "2027-02-02"
    ]
  ])("refuses %s", (_, events, event, limit) => {
    const f = fail(events, event)
    expect(f._tag === "OutOfTime" && f.limit).toBe(limit)
    expect(f._tag === "OutOfTime" && f.messages.id.length > 0 && f.messages.en.length > 0).toBe(true)
  })

  it.each([
    [
      "a keberatan on day 14",
      acknowledgedPrefix,
      { _tag: "FileKeberatan", by: STAFF, at: "2027-01-27", reason: "x" },
      "keberatan"
    ],
    [
      "finalising the day after the window",
      acknowledgedPrefix,
      { _tag: "Finalise", by: "system", at: "2027-01-28" },
      "final"
    ],
    [
      "finalising unacknowledged after both windows",
      upTo("ApproveEvaluation"),
      { _tag: "Finalise", by: "system", at: "2027-02-03" },
      "final"
    ],
    [
      "the atasan evaluating on 1 February: final at once",
      agreed,
      { _tag: "EvaluateAnnual", by: KADIS, at: "2027-02-01", ratings: good },
      "approved"
    ],
    [
      "a period evaluated on its last day",
      agreed,
      { _tag: "EvaluatePeriod", by: KABID, at: "2026-03-31", period: "2026-Q1", ratings: good },
      "agreed"
    ]
  ])("allows %s", (_, events, event, status) => {
    expect(ok(Cycle.apply(policy, run(events), event)).state.status).toBe(status)
  })

  it("the atasan's late evaluation is final: no keberatan, immediate Finalise", () => {
    const events = [
      ...agreed,
      { _tag: "EvaluateAnnual", by: KADIS, at: "2027-02-01", ratings: good },
      { _tag: "Acknowledge", by: STAFF, at: "2027-02-02" }
    ]
    const k = fail(events, { _tag: "FileKeberatan", by: STAFF, at: "2027-02-03", reason: "x" })
    expect(k._tag === "InvalidContent" && k.problems[0]?.code).toBe("final")
    const s = ok(Cycle.apply(policy, run(events), { _tag: "Finalise", by: "system", at: "2027-02-02" })).state
    expect(s.result?.source).toBe("evaluasi-atasan")
    expect(Cycle.due(policy, run(events), "2027-02-02")).toEqual([])
  })

  const dueOf = (events: ReadonlyArray<unknown>, on: string) =>
    Cycle.due(policy, run(events), on).map((d) => [d.what, d.party, d.by, d.period ?? null, d.optional, d.overdue])

  it.each([
    ["draft", upTo("Open"), "2026-01-20", [["plan", "pegawai", "2026-01-31", null, false, false]]],
    ["draft, late", upTo("Open"), "2026-02-01", [["plan", "pegawai", "2026-01-31", null, false, true]]],
    [
      "proposed by the pegawai",
      upTo("ProposePlan"),
      "2026-01-11",
      [["agree-plan", "pejabat-penilai", "2026-01-31", null, false, false]]
    ],
    [
      "agreed, before any period ends",
      agreed,
      "2026-03-31",
      [["annual", "pejabat-penilai", "2027-01-31", null, false, false]]
    ],
    [
      "agreed, after Q1",
      agreed,
      "2026-04-06",
      [
        ["realisasi", "pegawai", "2026-04-05", "2026-Q1", false, true],
        ["periodic", "pejabat-penilai", "2026-04-10", "2026-Q1", false, false],
        ["annual", "pejabat-penilai", "2027-01-31", null, false, false]
      ]
    ],
    [
      "change-proposed by the pejabat penilai",
      upTo("ProposeChange"),
      "2026-05-05",
      [
        ["answer-change", "pegawai", "2026-05-18", null, false, false],
        ["realisasi", "pegawai", "2026-04-05", "2026-Q1", false, true],
        ["annual", "pejabat-penilai", "2027-01-31", null, false, false]
      ]
    ],
    [
      "evaluated",
      evaluatedPrefix,
      "2027-01-16",
      [["approval", "atasan-pejabat-penilai", "2027-01-15", null, false, true]]
    ],
    [
      "approved",
      upTo("ApproveEvaluation"),
      "2027-01-12",
      [["acknowledgement", "pegawai", "2027-01-19", null, false, false]]
    ],
    ["acknowledged", acknowledgedPrefix, "2027-01-13", [["keberatan", "pegawai", "2027-01-27", null, true, false]]],
    [
      "keberatan",
      upTo("FileKeberatan"),
      "2027-02-04",
      [["decision", "atasan-pejabat-penilai", "2027-02-03", null, false, true]]
    ],
    ["final", year, "2027-12-31", []]
  ])("due: %s", (_, events, on, expected) => {
    expect(dueOf(events, on)).toEqual(expected)
  })

  it("every due item names its party's NIP and cites its deadline", () => {
    const [d] = Cycle.due(policy, run(upTo("FileKeberatan")), "2027-01-21")
    expect(d?.nip).toBe(KADIS)
    expect(d?.legalBasis[0]?.regulation).toBe("PP 30/2019")
    expect(d?.messages.id).toBe("Putuskan keberatan paling lambat 2027-02-03.")
  })
})

describe("Cycle.yearResult", () => {
  it("the worked year: final, changed by the keberatan, Q2 late", () => {
    const r = Cycle.yearResult(policy, run(year), "2027-02-01")
    expect(r).toMatchObject({ status: "final", disputed: false, predikat: "Baik", source: "keputusan-keberatan" })
    expect(r.periods.map((p) => p.state)).toEqual(["evaluated", "late", "evaluated", "evaluated"])
    expect(r.notes.map((n) => n.en)).toEqual([
      "Period 2026-Q2 was evaluated late (20 July 2026; due 10 July 2026); its result is still used."
    ])
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  })

  it("disputed while the keberatan is pending; pending before any annual evaluation; missing periods named", () => {
    const disputed = Cycle.yearResult(policy, run(upTo("FileKeberatan")), "2027-01-21")
    expect([disputed.status, disputed.disputed, disputed.predikat]).toEqual(["provisional", true, "Butuh Perbaikan"])
    const pending = Cycle.yearResult(policy, run(agreed), "2026-07-11")
    expect([pending.status, pending.predikat]).toEqual(["pending", null])
    expect(pending.periods.map((p) => p.state)).toEqual(["missing", "missing", "open", "open"])
  })

  const strategyPolicy = (annual: Cycle.Policy["period"]["annual"]): Cycle.Policy => ({
    ...policy,
    period: { ...policy.period, annual }
  })

  it("worst: the worst scored period unless the keberatan changed the result", () => {
    const p = strategyPolicy({ strategy: "worst", missing: "reject", minPeriods: 4 })
    const before = Cycle.yearResult(p, run(upTo("Acknowledge")), "2027-01-14")
    expect([before.predikat, before.source, before.aggregate?.periodsUsed]).toEqual([
      "Butuh Perbaikan",
      "agregasi-periodik",
      ["2026-Q2"]
    ])
    expect(Cycle.yearResult(p, run(year), "2027-02-01").predikat).toBe("Baik")
  })

  it("a failed aggregation gives no predikat from it and says why", () => {
    const p = strategyPolicy({ strategy: "last", missing: "reject", minPeriods: 4 })
    const r = Cycle.yearResult(p, run(upTo("EvaluatePeriod", 3)), "2026-12-01")
    expect(r.aggregate).toBeNull()
    expect(r.predikat).toBeNull()
    expect(r.notes.at(-1)?.en).toBe("The periodic aggregation (last) failed: 2026-Q4; no predikat comes from it.")
  })

  it("mean: the score is reported, the predikat stays the annual evaluation's", () => {
    const p = strategyPolicy({ strategy: "mean", missing: "use-available", minPeriods: 1 })
    const r = Cycle.yearResult(p, run(evaluatedPrefix), "2027-01-09")
    expect([r.aggregate?.score, r.predikat, r.source]).toEqual(["94.25", "Butuh Perbaikan", "evaluasi-tahunan"])
    expect(r.notes.at(-1)?.id).toContain("Strategi mean menghasilkan nilai 94.25")
  })
})

describe("Cycle and the permission table agree", () => {
  it("every event the cycle accepts from a party is allowed by the national table for that party", () => {
    const roles = (nip: string) => (nip === "system" ? [] : (["pegawai"] as const))
    for (const e of year) {
      const action = Cycle.permissionFor[e._tag]
      if (action === undefined) continue
      const relation = Permission.relation(directory, tree, e.by, STAFF, e.at)
      const d = Permission.check(Permission.national, { action, roles: roles(e.by), relation })
      expect(d.allowed, `${e._tag} by ${e.by}`).toBe(true)
    }
    // a colleague in the unit gives feedback as `lain` in the cycle and as a pegawai of the same unit in the table
    const peer = Permission.relation(directory, tree, PEER, STAFF, "2026-06-01")
    expect(
      Permission.check(Permission.national, { action: "feedback.give", roles: ["pegawai"], relation: peer }).allowed
    ).toBe(true)
  })

  it("maps every event tag", () => {
    expect(Object.keys(Cycle.permissionFor).sort()).toEqual([...Cycle.eventTags].sort())
    for (const a of Object.values(Cycle.permissionFor)) if (a !== undefined) expect(Permission.actions).toContain(a)
  })
})

describe("Cycle.record: each event into the audit chain", () => {
  it("the worked year's log verifies and says who did what", () => {
    let state: Cycle.State | undefined
    let log: AuditLog.Log = []
    for (const e of year) {
      const r = ok(Cycle.record(policy, state, log, e))
      state = r.transition.state
      log = r.log
    }
    expect(ok(AuditLog.verify(log)).length).toBe(year.length)
    const k = log.find((e) => e.action === "cycle.FileKeberatan")
    expect(k).toMatchObject({ actor: STAFF, role: "pegawai", before: { status: "acknowledged" } })
    expect(k?.reason).toContain("alat rusak")
  })
})

// ---------------------------------------------------------------------------------------------------------------
// properties
// ---------------------------------------------------------------------------------------------------------------

const people = [STAFF, KABID, KADIS, PEER, "system"]
const periods = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2026-13"]
const ratingArb = fc.record({
  hasilKerja: fc.constantFrom("Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"),
  perilakuKerja: fc.constantFrom("Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi")
})
const badPlan = { rhk: [{ ...plan.rhk[1], id: "rhk-x", kind: "utama" }], ekspektasi: [] }
const eventArb = (at: string) =>
  fc
    .oneof(
      fc.record({ _tag: fc.constant("ProposePlan"), plan: fc.constantFrom(plan, changed, badPlan) }),
      fc.record({
        _tag: fc.constantFrom(
          "AgreePlan",
          "AgreeChange",
          "RejectChange",
          "ApproveEvaluation",
          "Acknowledge",
          "Finalise"
        )
      }),
      fc.record({
        _tag: fc.constant("ProposeChange"),
        plan: fc.constantFrom(plan, changed, badPlan),
        reason: fc.constant("ubah")
      }),
      fc.record({
        _tag: fc.constant("RecordRealisasi"),
        period: fc.constantFrom(...periods),
        indicator: fc.constantFrom("ind-1", "ind-2", "ind-3", "ind-9"),
        value: fc.constant("10"),
        evidence: fc.constant([])
      }),
      fc.record({
        _tag: fc.constant("GiveFeedback"),
        text: fc.constant("ok"),
        indicator: fc.constantFrom("ind-1", "ind-9")
      }),
      fc.record({
        _tag: fc.constant("EvaluatePeriod"),
        period: fc.constantFrom(...periods),
        ratings: ratingArb,
        score: fc.integer({ min: 0, max: 120 })
      }),
      fc.record({ _tag: fc.constant("EvaluateAnnual"), ratings: ratingArb }),
      fc.record({ _tag: fc.constant("ReturnEvaluation"), reason: fc.constant("perbaiki") }),
      fc.record({ _tag: fc.constant("FileKeberatan"), reason: fc.constant("tidak setuju") }),
      fc.record({
        _tag: fc.constant("DecideKeberatan"),
        outcome: fc.constantFrom("ditolak", "diubah"),
        ratings: ratingArb,
        reason: fc.constant("putusan")
      }),
      fc.record({
        _tag: fc.constant("Open"),
        id: fc.constant("again"),
        year: fc.constant(2026),
        pegawai: fc.constant(STAFF),
        pejabatPenilai: fc.constant(KABID),
        atasanPejabatPenilai: fc.constant(KADIS)
      })
    )
    .chain((e) => fc.constantFrom(...people).map((by) => ({ ...e, by, at })))

const day0 = Date.UTC(2026, 0, 2)

// A step: either a random event (any tag, anyone) or, with `plausible`, an event the status allows by its right party,
// so that sequences reach every part of the machine while still mixing in arbitrary events.
const stepArb = fc.record({
  plausible: fc.boolean(),
  pick: fc.nat(),
  days: fc.constantFrom(-2, -1, 0, 1, 3, 7, 14, 21, 30, 45, 60),
  raw: eventArb("2026-01-01"),
  ratings: ratingArb,
  score: fc.integer({ min: 0, max: 120 }),
  outcome: fc.constantFrom("ditolak", "diubah")
})
type Step = typeof stepArb extends fc.Arbitrary<infer A> ? A : never

const plausible = (state: Cycle.State, s: Step, at: string): Record<string, unknown> => {
  const tags = Cycle.allowed[state.status]
  const tag = tags[s.pick % Math.max(tags.length, 1)] ?? "Finalise"
  const other = state.proposal?.by === "pegawai" ? KABID : STAFF
  const period = periods[s.pick % 4]
  switch (tag) {
    case "ProposePlan":
      return { _tag: tag, by: s.pick % 2 ? STAFF : KABID, at, plan }
    case "ProposeChange":
      return { _tag: tag, by: s.pick % 2 ? STAFF : KABID, at, plan: changed, reason: "ubah" }
    case "AgreePlan":
    case "AgreeChange":
      return { _tag: tag, by: other, at }
    case "RejectChange":
      return { _tag: tag, by: other, at }
    case "RecordRealisasi":
      return { _tag: tag, by: STAFF, at, period, indicator: "ind-1", value: "1", evidence: [] }
    case "GiveFeedback":
      return { _tag: tag, by: s.pick % 2 ? KABID : PEER, at, text: "ok" }
    case "EvaluatePeriod":
      return { _tag: tag, by: KABID, at, period, ratings: s.ratings, score: s.score }
    case "EvaluateAnnual":
      return { _tag: tag, by: s.pick % 5 ? KABID : KADIS, at, ratings: s.ratings }
    case "ReturnEvaluation":
      return { _tag: tag, by: KADIS, at, reason: "perbaiki" }
    case "ApproveEvaluation":
      return { _tag: tag, by: KADIS, at }
    case "Acknowledge":
    case "FileKeberatan":
      return { _tag: tag, by: STAFF, at, reason: "alasan" }
    case "DecideKeberatan":
      return { _tag: tag, by: KADIS, at, outcome: s.outcome, ratings: s.ratings, reason: "putusan" }
    default:
      return { _tag: tag, by: "system", at }
  }
}

const sequenceArb = fc.array(stepArb, { minLength: 1, maxLength: 80, size: "max" })

const walk = (
  steps: ReadonlyArray<Step>,
  visit: (t: Result.Result<Cycle.Transition, Cycle.CycleError>, e: unknown, before: Cycle.State) => void
) => {
  let state = run(upTo("Open"))
  let t = day0
  for (const s of steps) {
    t += s.days * 86_400_000
    const at = new Date(t).toISOString().slice(0, 10)
    const e = s.plausible ? plausible(state, s, at) : { ...s.raw, at }
    const r = Cycle.apply(policy, state, e)
    visit(r, e, state)
    if (Result.isSuccess(r)) state = r.success.state
  }
}

describe("Cycle.violations detects forbidden states", () => {
  const final = run(year)
  const acked = run(acknowledgedPrefix)
  it.each([
    ["final without a result", { ...final, result: null }, "result iff final"],
    [
      "agreed by the proposer",
      { ...final, versions: [{ ...final.versions[0], agreedBy: "pegawai" }] },
      "version 1 agreed by its proposer"
    ],
    [
      "agreed with the atasan",
      { ...final, versions: [{ ...final.versions[0], agreedBy: "atasan-pejabat-penilai" }] },
      "version 1 not between the pegawai and the pejabat penilai"
    ],
    ["evaluated without evaluation", { ...acked, annual: null }, "evaluated without an annual evaluation"],
    ["approved without approval", { ...acked, approval: null }, "approved without approval"],
    ["acknowledged without acknowledgement", { ...acked, acknowledgement: null }, "no acknowledgement"],
    ["agreed without a plan", { ...run(agreed), versions: [] }, "past planning without an agreed plan"],
    [
      "a period twice",
      { ...final, periodic: [...final.periodic, ...final.periodic.slice(0, 1)] },
      "a period evaluated twice"
    ],
    ["a status the log does not reach", { ...acked, status: "keberatan" }, "log does not end in the status"]
  ])("%s", (_, state, message) => {
    expect(Cycle.violations(state as Cycle.State)).toContain(message)
  })
})

describe("Cycle properties", () => {
  it("no sequence of events, in any order, reaches a forbidden state; refusals change nothing; fold = state at every step", () => {
    fc.assert(
      fc.property(sequenceArb, (steps) => {
        const accepted: Array<unknown> = [...upTo("Open")]
        walk(steps, (r, e, before) => {
          const snapshot = JSON.stringify(before)
          if (Result.isFailure(r)) {
            expect(JSON.stringify(before)).toBe(snapshot)
            return
          }
          const state = r.success.state
          accepted.push(e)
          expect(Cycle.violations(state)).toEqual([])
          expect(Cycle.allowed[r.success.from ?? "draft"]).toContain(r.success.event._tag)
          expect(ok(Cycle.replay(policy, accepted))).toEqual(state)
          expect(JSON.parse(JSON.stringify(state))).toEqual(state)
          expect(ok(Schema.decodeUnknownResult(Cycle.State)(JSON.parse(JSON.stringify(state))))).toEqual(state)
        })
      }),
      { numRuns: 120 }
    )
  })

  it("random sequences reach every status", () => {
    const reached = new Set<string>(["draft"])
    fc.assert(
      fc.property(sequenceArb, (steps) => {
        walk(steps, (r) => {
          if (Result.isSuccess(r)) reached.add(r.success.to)
        })
      }),
      { numRuns: 300, seed: 14 }
    )
    expect([...reached].sort()).toEqual([...Cycle.statuses].sort())
  })

  it("random interleavings of the worked year never break an invariant, and the year itself reaches final", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(year.slice(1), { minLength: 1 }), (events) => {
        const r = Cycle.replay(policy, [year[0], ...events])
        if (Result.isSuccess(r)) expect(Cycle.violations(r.success)).toEqual([])
        else expect(r.failure.index).toBeGreaterThan(0)
      })
    )
  })

  it("the fold of a prefix equals the state reached step by step", () => {
    let state: Cycle.State | undefined
    year.forEach((e, i) => {
      state = ok(Cycle.apply(policy, state, e)).state
      expect(run(year.slice(0, i + 1))).toEqual(state)
    })
  })
})
