import { Development, Mentoring, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const policy = Result.getOrThrow(
  Mentoring.decodePolicy({
    windowMonths: 12,
    minSessions: 3,
    assessment: { min: 1, max: 5, passAt: 3 },
    counsellingTypes: ["konseling-kinerja"],
    legalBasis: [{ regulation: "PP 11/2017 jo. PP 17/2020", note: "masa percobaan CPNS (contoh)", confirmed: false }]
  })
)
const context: Mentoring.Context = { policy, remediation: Presets.regionRules.bukittinggiPlans }
const bkpsdm = { nip: "198001012005011001", role: "admin-bkpsdm" }
const MENTOR = "197806062003121004"
const MENTEE = "200001012025031001"
const KONSELOR = "197909092006042007"

let n = 0
const ev = (command: unknown, by = bkpsdm, reason?: string) => ({
  id: `m${++n}`,
  at: "2026-02-01T09:00:00+07:00",
  by,
  ...(reason === undefined ? {} : { reason }),
  command
})
const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const fail = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

const assign = (from = "2026-02-01", appointedOn = "2025-03-01") =>
  ev({
    _tag: "AssignMentor",
    pair: "pair-1",
    mentee: MENTEE,
    menteeStatus: "cpns",
    appointedOn,
    mentor: MENTOR,
    from,
    until: "2026-07-31"
  })
const session = (on: string, minutes?: number) =>
  ev(
    {
      _tag: "RecordSession",
      pair: "pair-1",
      on,
      topic: "Budaya kerja BerAKHLAK",
      outcome: "Memahami SOP pelayanan",
      ...(minutes === undefined ? {} : { minutes })
    },
    { nip: MENTOR, role: "mentor" }
  )

describe("Mentoring pairs (seed 004: a new ASN from assignment to assessment)", () => {
  it("runs assignment → sessions → assessment, logging who did each change", () => {
    const s = ok(
      Mentoring.fold(context, [
        assign(),
        session("2026-02-10", 90),
        session("2026-03-10", 90),
        session("2026-04-10"),
        ev({ _tag: "AssessMentee", pair: "pair-1", on: "2026-07-31", score: 3 }, { nip: MENTOR, role: "mentor" })
      ])
    )
    const pair = s.pairs["pair-1"]
    expect(pair?.status).toBe("completed")
    expect(pair?.assessment).toMatchObject({ score: 3, passed: true, by: MENTOR })
    expect(s.log.map((c) => [c.what, c.role])).toEqual([
      ["AssignMentor", "admin-bkpsdm"],
      ["RecordSession", "mentor"],
      ["RecordSession", "mentor"],
      ["RecordSession", "mentor"],
      ["AssessMentee", "mentor"]
    ])
    // sessions with minutes are mentoring JP for the mentee: 180 / 45 = 4 JP
    const acts = Mentoring.activities(s)
    expect(Result.getOrThrow(Development.totalJp(Presets.competency.development, acts))).toBe("4")
  })

  it.each([
    ["2026-03-01", "2025-03-01", true], // exactly 12 months after TMT: inside
    ["2026-03-02", "2025-03-01", false], // one day later
    ["2025-02-28", "2025-03-01", false] // before the appointment
  ])("a pair starting %s for a mentee appointed %s is eligible: %s", (from, appointedOn, eligible) => {
    const r = Mentoring.fold(context, [assign(from, appointedOn)])
    if (eligible) ok(r)
    else expect(fail(r)).toMatchObject({ _tag: "NotEligible", latest: "2026-03-01" })
  })

  it.each([
    [[session("2026-02-10"), session("2026-03-10"), session("2026-04-10")], 5.01, "ScoreOutOfScale"],
    [[session("2026-02-10"), session("2026-03-10")], 3, "TooFewSessions"],
    [[session("2026-08-01")], 3, "DateOutOfRange"]
  ])("rejects wrong steps (%#)", (steps, score, tag) => {
    expect(
      fail(
        Mentoring.fold(context, [
          assign(),
          ...steps,
          ev({ _tag: "AssessMentee", pair: "pair-1", on: "2026-07-31", score })
        ])
      )._tag
    ).toBe(tag)
  })

  it("passes at 3 (inclusive) and fails just below", () => {
    const end = (score: number) =>
      ok(
        Mentoring.fold(context, [
          assign(),
          session("2026-02-10"),
          session("2026-03-10"),
          session("2026-04-10"),
          ev({ _tag: "AssessMentee", pair: "pair-1", on: "2026-05-01", score })
        ])
      ).pairs["pair-1"]?.assessment?.passed
    expect(end(3)).toBe(true)
    expect(end(2.5)).toBe(false)
  })

  it("refuses a mentor of themself, a second active pair, and steps after the end", () => {
    expect(
      fail(
        Mentoring.fold(context, [
          ev({
            _tag: "AssignMentor",
            pair: "p",
            mentee: MENTEE,
            menteeStatus: "cpns",
            appointedOn: "2025-03-01",
            mentor: MENTEE,
            from: "2026-01-01",
            until: "2026-06-30"
          })
        ])
      )._tag
    ).toBe("SamePerson")
    const second = ev({
      _tag: "AssignMentor",
      pair: "pair-2",
      mentee: MENTEE,
      menteeStatus: "cpns",
      appointedOn: "2025-03-01",
      mentor: KONSELOR,
      from: "2026-02-01",
      until: "2026-06-30"
    })
    expect(fail(Mentoring.fold(context, [assign(), second]))._tag).toBe("InvalidStep")
    const cancelled = ok(
      Mentoring.fold(context, [
        assign(),
        ev({ _tag: "CancelPair", pair: "pair-1", on: "2026-02-02" }, bkpsdm, "mutasi")
      ])
    )
    expect(cancelled.log[1]?.reason).toBe("mutasi")
    expect(fail(Mentoring.fold(context, [session("2026-02-10")], cancelled))._tag).toBe("InvalidStep")
    ok(Mentoring.fold(context, [{ ...second, id: "m-again" }], cancelled))
  })

  it("a mentor change keeps the history and later sessions name the new mentor", () => {
    const s = ok(
      Mentoring.fold(context, [
        assign(),
        session("2026-02-10"),
        ev({ _tag: "ChangeMentor", pair: "pair-1", mentor: KONSELOR, on: "2026-03-01" }, bkpsdm, "mentor pensiun"),
        session("2026-03-10")
      ])
    )
    expect(s.pairs["pair-1"]?.mentors.map((m) => m.nip)).toEqual([MENTOR, KONSELOR])
    expect(s.pairs["pair-1"]?.sessions.map((x) => x.mentor)).toEqual([MENTOR, KONSELOR])
  })
})

describe("coaching and counselling plans over Remediation (seed 000: special coaching run to closure)", () => {
  const EMP = "198503032010012005"
  const atasan = { nip: "197501012000031002", role: "atasan" }
  const khusus = ev({ _tag: "AssignPlan", plan: "pk-1", employee: EMP, type: "pembinaan-khusus", on: "2026-04-01" })

  it("assign → start → evidence → re-evaluate → close, every step with who did it", () => {
    const s = ok(
      Mentoring.fold(context, [
        khusus,
        ev({ _tag: "PlanStep", plan: "pk-1", step: { _tag: "Start", on: "2026-04-02" } }, atasan),
        ev(
          {
            _tag: "PlanStep",
            plan: "pk-1",
            step: { _tag: "AddEvidence", on: "2026-05-02", kind: "daftar-hadir-pembinaan", reference: "dok/1.pdf" }
          },
          atasan
        ),
        ev(
          {
            _tag: "PlanStep",
            plan: "pk-1",
            step: { _tag: "AddEvidence", on: "2026-07-01", kind: "hasil-evaluasi-triwulan", reference: "dok/2.pdf" }
          },
          atasan
        ),
        ev(
          { _tag: "PlanStep", plan: "pk-1", step: { _tag: "ReEvaluate", on: "2026-07-10", result: "improved" } },
          atasan
        ),
        ev({ _tag: "PlanStep", plan: "pk-1", step: { _tag: "Close", on: "2026-07-15" } }, atasan)
      ])
    )
    const plan = s.plans["pk-1"]
    expect(plan?.plan.status).toBe("closed")
    expect(plan?.steps.map((x) => [x.what, x.role])).toEqual([
      ["AssignPlan", "admin-bkpsdm"],
      ["Start", "atasan"],
      ["AddEvidence", "atasan"],
      ["AddEvidence", "atasan"],
      ["ReEvaluate", "atasan"],
      ["Close", "atasan"]
    ])
  })

  it("closing without the evidence fails with Remediation's MissingEvidence", () => {
    const r = Mentoring.fold(context, [
      khusus,
      ev({ _tag: "PlanStep", plan: "pk-1", step: { _tag: "Start", on: "2026-04-02" } }),
      ev({ _tag: "PlanStep", plan: "pk-1", step: { _tag: "ReEvaluate", on: "2026-07-10", result: "improved" } }),
      ev({ _tag: "PlanStep", plan: "pk-1", step: { _tag: "Close", on: "2026-07-15" } })
    ])
    expect(fail(r)).toMatchObject({
      _tag: "MissingEvidence",
      missing: ["daftar-hadir-pembinaan", "hasil-evaluasi-triwulan"]
    })
  })

  it("counselling needs the konselor designated by BKPSDM, also when a plan escalates into it", () => {
    const konseling = { _tag: "AssignPlan", plan: "k-1", employee: EMP, type: "konseling-kinerja", on: "2026-04-01" }
    expect(fail(Mentoring.fold(context, [ev(konseling)]))).toMatchObject({
      _tag: "MissingKonselor",
      type: "konseling-kinerja"
    })
    expect(fail(Mentoring.fold(context, [ev({ ...konseling, konselor: EMP })]))._tag).toBe("SamePerson")
    const k1 = ok(
      Mentoring.fold(context, [
        ev({ ...konseling, konselor: KONSELOR }),
        ev({ _tag: "PlanStep", plan: "k-1", step: { _tag: "Start", on: "2026-04-02" } })
      ])
    )
    // the konselor is designated in the Remediation plan itself, so the konseling plan can start
    expect(k1.plans["k-1"]?.plan.konselor).toMatchObject({ nip: KONSELOR, designatedBy: bkpsdm.nip, on: "2026-04-01" })
    expect(k1.plans["k-1"]?.plan.status).toBe("in-progress")
    const toEscalate = [
      khusus,
      ev({ _tag: "PlanStep", plan: "pk-1", step: { _tag: "Start", on: "2026-04-02" } }),
      ev({ _tag: "PlanStep", plan: "pk-1", step: { _tag: "ReEvaluate", on: "2026-07-10", result: "not-improved" } })
    ]
    const escalate = { _tag: "PlanStep", plan: "pk-1", step: { _tag: "Escalate", on: "2026-07-11", nextId: "k-2" } }
    expect(fail(Mentoring.fold(context, [...toEscalate, ev(escalate)]))._tag).toBe("MissingKonselor")
    const s = ok(Mentoring.fold(context, [...toEscalate, ev({ ...escalate, konselor: KONSELOR })]))
    expect(s.plans["k-2"]).toMatchObject({
      konselor: KONSELOR,
      plan: { type: "konseling-kinerja", status: "assigned" }
    })
    expect(Mentoring.overdue(s, "2026-10-12").plans).toEqual(["k-2"])
    expect(Mentoring.overdue(s, "2026-10-11").plans).toEqual([])
  })
})

describe("Mentoring properties", () => {
  it("the fold is split-consistent and logs one change per accepted event", () => {
    const cmd = fc.oneof(
      fc.record({
        _tag: fc.constant("RecordSession"),
        pair: fc.constant("pair-1"),
        on: fc.constantFrom("2026-02-01", "2026-03-15", "2026-08-01"),
        topic: fc.constant("t"),
        outcome: fc.constant("o")
      }),
      fc.record({
        _tag: fc.constant("AssessMentee"),
        pair: fc.constant("pair-1"),
        on: fc.constantFrom("2026-04-01", "2026-07-31"),
        score: fc.integer({ min: 0, max: 6 })
      })
    )
    fc.assert(
      fc.property(fc.array(cmd, { maxLength: 12 }), fc.nat(), (commands, cut) => {
        let state = ok(Mentoring.fold(context, [assign()]))
        const start = state
        const kept: Array<unknown> = []
        commands.forEach((command, i) => {
          const e = { id: `q${i}`, at: "2026-02-01T00:00:00Z", by: bkpsdm, command }
          const r = Mentoring.fold(context, [e], state)
          if (Result.isSuccess(r)) {
            state = r.success
            kept.push(e)
          }
        })
        const k = cut % (kept.length + 1)
        const split = ok(Mentoring.fold(context, kept.slice(k), ok(Mentoring.fold(context, kept.slice(0, k), start))))
        expect(split).toEqual(state)
        expect(state.log.length).toBe(1 + kept.length)
        const pair = state.pairs["pair-1"]
        if (pair?.status === "completed") expect(pair.sessions.length).toBeGreaterThanOrEqual(policy.minSessions)
      })
    )
  })
})
