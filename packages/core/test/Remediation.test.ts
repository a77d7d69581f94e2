import { Calendar, Presets, Remediation } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const policy = Presets.rules.nationalPlans

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const assign = (type: string, on = "2026-01-31") =>
  ok(Remediation.assign(policy, { id: "p-1", employee: "E1", type, on, basedOn: "jalur-di-bawah-target" }))
const step = (plan: Remediation.Plan, event: unknown) => ok(Remediation.apply(policy, plan, event))

describe("Calendar.addPeriod", () => {
  it.each([
    ["2026-01-31", 1, 0, "2026-02-28"],
    ["2028-01-31", 1, 0, "2028-02-29"],
    ["2026-08-31", 6, 0, "2027-02-28"],
    ["2026-01-15", 0, 20, "2026-02-04"],
    ["2026-12-31", 12, 0, "2027-12-31"],
    ["2026-03-10", 0, 0, "2026-03-10"]
  ] as const)("%s + %i months %i days → %s", (from, months, days, to) => {
    expect(Calendar.addPeriod(from, { months, days })).toBe(to)
  })
})

describe("Remediation.assign", () => {
  it("sets the deadline and follow-up from the policy", () => {
    const plan = assign("kesempatan-perbaikan")
    expect(plan).toMatchObject({ status: "assigned", deadline: "2026-07-31", followUpOn: "2026-07-31" })
    const b = assign("bimbingan-kinerja", "2026-11-30")
    expect([b.deadline, b.followUpOn]).toEqual(["2027-02-28", "2027-03-14"])
    expect(plan.legalBasis[0]?.confirmed).toBe(false)
  })

  it("fails on an unknown type or a bad date", () => {
    const r = Remediation.assign(policy, { id: "p", employee: "E", type: "skorsing", on: "2026-01-01" })
    expect(Result.isFailure(r) && r.failure._tag).toBe("UnknownPlanType")
    const d = Remediation.assign(policy, { id: "p", employee: "E", type: "uji-kompetensi", on: "2026-13-01" })
    expect(Result.isFailure(d) && d.failure._tag === "InvalidInput" && d.failure.problems[0]?.path).toEqual(["on"])
  })
})

describe("Remediation.apply: the below-target path", () => {
  it("6 months → uji kompetensi → placement (≤ 1 year) → discharge", () => {
    let plan = assign("kesempatan-perbaikan")
    plan = step(plan, { _tag: "Start", on: "2026-02-01" }).plan
    plan = step(plan, { _tag: "ReEvaluate", on: "2026-07-31", result: "not-improved", predikat: "Sangat Kurang" }).plan
    const t1 = step(plan, { _tag: "Escalate", on: "2026-08-03", nextId: "p-2" })
    expect(t1.plan.status).toBe("escalated")
    expect(t1.plan.escalatedTo).toBe("p-2")
    expect(t1.next).toMatchObject({ id: "p-2", type: "uji-kompetensi", status: "assigned", deadline: "2026-09-03" })
    let uji = step(t1.next as Remediation.Plan, { _tag: "Start", on: "2026-08-03" }).plan
    uji = step(uji, { _tag: "ReEvaluate", on: "2026-09-01", result: "not-improved" }).plan
    const t2 = step(uji, { _tag: "Escalate", on: "2026-09-02", nextId: "p-3" })
    expect(t2.next).toMatchObject({ type: "penempatan", deadline: "2027-09-02" })
    let place = step(t2.next as Remediation.Plan, { _tag: "Start", on: "2026-09-02" }).plan
    place = step(place, { _tag: "ReEvaluate", on: "2027-09-01", result: "not-improved" }).plan
    const t3 = step(place, { _tag: "Escalate", on: "2027-09-02", nextId: "p-4" })
    expect(t3.next?.type).toBe("pemberhentian")
    let end = step(t3.next as Remediation.Plan, { _tag: "Start", on: "2027-09-02" }).plan
    end = step(end, { _tag: "ReEvaluate", on: "2027-09-02", result: "not-improved" }).plan
    const r = Remediation.apply(policy, end, { _tag: "Escalate", on: "2027-09-03", nextId: "p-5" })
    expect(Result.isFailure(r) && r.failure._tag).toBe("NoEscalation")
  })

  it("closes only when improved and with every required evidence", () => {
    let plan = assign("bimbingan-kinerja")
    plan = step(plan, { _tag: "Start", on: "2026-02-01" }).plan
    plan = step(plan, { _tag: "AddEvidence", on: "2026-02-10", kind: "catatan-bimbingan", reference: "ND-1" }).plan
    plan = step(plan, { _tag: "ReEvaluate", on: "2026-04-30", result: "improved", predikat: "Baik" }).plan
    const missing = Remediation.apply(policy, plan, { _tag: "Close", on: "2026-05-01" })
    expect(Result.isFailure(missing) && missing.failure._tag === "MissingEvidence" && missing.failure.missing).toEqual([
      "evaluasi-kompetensi"
    ])
    plan = step(plan, { _tag: "AddEvidence", on: "2026-05-01", kind: "evaluasi-kompetensi", reference: "B.1.9" }).plan
    const closed = step(plan, { _tag: "Close", on: "2026-05-02" }).plan
    expect(closed).toMatchObject({ status: "closed", closedOn: "2026-05-02" })
    expect(closed.log.map((l) => `${l.from ?? ""}>${l.to}`)).toEqual([
      ">assigned",
      "assigned>in-progress",
      "in-progress>in-progress",
      "in-progress>re-evaluated",
      "re-evaluated>re-evaluated",
      "re-evaluated>closed"
    ])
  })

  it("escalates an in-progress plan only after its deadline", () => {
    const designated = step(assign("konseling-kinerja"), {
      _tag: "DesignateKonselor",
      on: "2026-01-31",
      konselor: "198003152005012002",
      designatedBy: "admin-bkpsdm"
    }).plan
    const plan = step(designated, { _tag: "Start", on: "2026-02-01" }).plan
    const early = Remediation.apply(policy, plan, { _tag: "Escalate", on: "2026-04-30", nextId: "x" })
    expect(Result.isFailure(early) && early.failure._tag).toBe("InvalidTransition")
    const late = step(plan, { _tag: "Escalate", on: "2026-05-01", nextId: "x" })
    expect(late.next?.type).toBe("kesempatan-perbaikan")
    expect(Remediation.isOverdue(plan, "2026-04-30")).toBe(false)
    expect(Remediation.isOverdue(plan, "2026-05-01")).toBe(true)
  })
})

describe("Remediation.apply: invalid transitions are typed errors", () => {
  const assigned = assign("bimbingan-kinerja")
  const inProgress = step(assigned, { _tag: "Start", on: "2026-02-01" }).plan
  const improved = step(inProgress, { _tag: "ReEvaluate", on: "2026-03-01", result: "improved" }).plan
  const notImproved = step(inProgress, { _tag: "ReEvaluate", on: "2026-03-01", result: "not-improved" }).plan
  const escalated = step(notImproved, { _tag: "Escalate", on: "2026-03-02", nextId: "n" }).plan
  const on = "2026-06-01"
  const events = {
    Start: { _tag: "Start", on },
    ReEvaluate: { _tag: "ReEvaluate", on, result: "improved" },
    Close: { _tag: "Close", on },
    Escalate: { _tag: "Escalate", on: "2026-03-02", nextId: "n2" }
  }
  it.each([
    ["assigned", assigned, "ReEvaluate"],
    ["assigned", assigned, "Close"],
    ["assigned", assigned, "Escalate"],
    ["in-progress", inProgress, "Start"],
    ["in-progress", inProgress, "Close"],
    ["re-evaluated improved", improved, "Escalate"],
    ["re-evaluated improved", improved, "ReEvaluate"],
    ["re-evaluated not improved", notImproved, "Close"],
    ["escalated", escalated, "Start"],
    ["escalated", escalated, "Close"]
  ] as const)("%s refuses %s", (_, plan, event) => {
    const r = Remediation.apply(policy, plan, events[event])
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidTransition")
    if (Result.isFailure(r) && r.failure._tag === "InvalidTransition") {
      expect(r.failure.from).toBe(plan.status)
      expect(r.failure.allowed).not.toContain(event)
    }
  })

  it("refuses an event dated before the last one", () => {
    const r = Remediation.apply(policy, inProgress, { _tag: "ReEvaluate", on: "2026-01-15", result: "improved" })
    expect(Result.isFailure(r) && r.failure._tag).toBe("DateOutOfOrder")
  })

  it.each([null, {}, { _tag: "Pause", on }, { _tag: "Start", on: "tomorrow" }])(
    "refuses a malformed event %j",
    (event) => {
      const r = Remediation.apply(policy, inProgress, event)
      expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
    }
  )

  it("a stored plan round-trips through decodePlan", () => {
    expect(ok(Remediation.decodePlan(JSON.parse(JSON.stringify(escalated))))).toEqual(escalated)
  })
})

describe("Remediation.problems", () => {
  it("accepts the presets", () => {
    expect(Remediation.problems(policy)).toEqual([])
    expect(Remediation.problems(Presets.regionRules.bukittinggiPlans)).toEqual([])
  })

  it("reports duplicates, unknown targets and cycles", () => {
    const { escalatesTo: _dropped, ...base } = policy.plans[0] as Remediation.PlanType
    const found = Remediation.problems({
      ...policy,
      plans: [
        { ...base, type: "a", escalatesTo: "b" },
        { ...base, type: "b", escalatesTo: "a" },
        { ...base, type: "c", escalatesTo: "zz" },
        { ...base, type: "c" }
      ]
    })
    expect(found.map((p) => [p.path, p.code])).toEqual([
      [["plans", 3, "type"], "duplicate"],
      [["plans", 0, "escalatesTo"], "cycle"],
      [["plans", 1, "escalatesTo"], "cycle"],
      [["plans", 2, "escalatesTo"], "unknown-plan"]
    ])
    expect(Result.isFailure(Remediation.decodePolicy({ ...policy, plans: [{ ...base, escalatesTo: "zz" }] }))).toBe(
      true
    )
  })
})

describe("Remediation: konseling kinerja (BKPSDM designates a konselor; the counselling report)", () => {
  const report = {
    problem: "Sering terlambat dan tidak menyelesaikan laporan",
    sessions: [
      { on: "2026-02-10", summary: "Identifikasi penyebab: beban pengasuhan" },
      { on: "2026-03-10", summary: "Kesepakatan jadwal kerja" }
    ],
    result: "berubah",
    recommendation: "Pantau 3 bulan; tidak perlu tindak lanjut"
  }
  const designate = {
    _tag: "DesignateKonselor",
    on: "2026-01-31",
    konselor: "198003152005012002",
    designatedBy: "197501012000031001",
    reference: "ND-800/12/BKPSDM"
  }

  it("starts only after a konselor is designated", () => {
    const r = Remediation.apply(policy, assign("konseling-kinerja"), { _tag: "Start", on: "2026-02-01" })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidTransition" && r.failure.reason).toContain(
      "designated a konselor"
    )
    const plan = step(assign("konseling-kinerja"), designate).plan
    expect(plan.konselor).toEqual({
      nip: "198003152005012002",
      designatedBy: "197501012000031001",
      on: "2026-01-31",
      reference: "ND-800/12/BKPSDM"
    })
    expect(step(plan, { _tag: "Start", on: "2026-02-01" }).plan.status).toBe("in-progress")
  })

  it("the report is the laporan-konseling evidence that lets the plan close", () => {
    let plan = step(step(assign("konseling-kinerja"), designate).plan, { _tag: "Start", on: "2026-02-01" }).plan
    plan = step(plan, { _tag: "ReEvaluate", on: "2026-04-01", result: "improved" }).plan
    const early = Remediation.apply(policy, plan, { _tag: "Close", on: "2026-04-02" })
    expect(Result.isFailure(early) && early.failure._tag).toBe("MissingEvidence")
    plan = step(plan, { _tag: "ReportKonseling", on: "2026-04-02", report, reference: "LK-2026-01" }).plan
    expect(plan.konseling?.report.result).toBe("berubah")
    expect(plan.evidence.at(-1)).toEqual({ on: "2026-04-02", kind: "laporan-konseling", reference: "LK-2026-01" })
    expect(step(plan, { _tag: "Close", on: "2026-04-03" }).plan.status).toBe("closed")
  })

  it("refuses konseling steps on other plans and a report without sessions", () => {
    const b = step(assign("bimbingan-kinerja"), { _tag: "Start", on: "2026-02-01" }).plan
    const r = Remediation.apply(policy, b, { ...designate, on: "2026-02-02" })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidTransition" && r.failure.reason).toContain(
      "konseling procedure"
    )
    const k = step(assign("konseling-kinerja"), designate).plan
    const bad = Remediation.apply(policy, k, {
      _tag: "ReportKonseling",
      on: "2026-02-01",
      report: { ...report, sessions: [] },
      reference: "x"
    })
    expect(Result.isFailure(bad) && bad.failure._tag).toBe("InvalidInput")
  })
})

describe("Remediation.evaluasiKompetensi after bimbingan (Format B.1.9)", () => {
  it.each([
    [0, undefined, 1, "Sangat Kurang"],
    [1, undefined, 2, "Kurang memadai"],
    [2, undefined, 2, "Kurang memadai"],
    [3, "sesuai-level", 3, "Memadai"],
    [3, "di-atas-level", 4, "Diatas Memadai"],
    [3, "jauh-di-atas-level", 5, "Istimewa"]
  ] as const)("%i indicators, behaviour %s → %i %s", (indicatorsMet, behaviour, score, label) => {
    const o =
      behaviour === undefined ? { competency: "c", indicatorsMet } : { competency: "c", indicatorsMet, behaviour }
    const r = Remediation.evaluasiKompetensi([o])
    expect(Result.isSuccess(r) && r.success[0]).toEqual({ competency: "c", indicatorsMet, score, label })
  })

  it.each([
    [[{ competency: "c", indicatorsMet: 3 }], [0, "behaviour"], "missing"],
    [[{ competency: "c", indicatorsMet: 2, behaviour: "di-atas-level" }], [0, "behaviour"], "not-applicable"],
    [
      [
        { competency: "c", indicatorsMet: 1 },
        { competency: "c", indicatorsMet: 0 }
      ],
      [1, "competency"],
      "duplicate"
    ],
    [[{ competency: "c", indicatorsMet: 4 }], [0, "indicatorsMet"], "type"]
  ])("refuses %j", (input, path, code) => {
    const r = Remediation.evaluasiKompetensi(input)
    expect(Result.isFailure(r) && [r.failure.problems[0]?.path, r.failure.problems[0]?.code]).toEqual([path, code])
  })

  it("bimbingan closes once its Evaluasi Kompetensi and notes are recorded", () => {
    let plan = step(assign("bimbingan-kinerja"), { _tag: "Start", on: "2026-02-01" }).plan
    plan = step(plan, { _tag: "AddEvidence", on: "2026-03-01", kind: "catatan-bimbingan", reference: "CB-1" }).plan
    plan = step(plan, { _tag: "ReEvaluate", on: "2026-04-30", result: "improved" }).plan
    plan = step(plan, {
      _tag: "RecordEvaluasiKompetensi",
      on: "2026-04-30",
      observations: [
        { competency: "orientasi-pelayanan", indicatorsMet: 3, behaviour: "sesuai-level" },
        { competency: "kerja-sama", indicatorsMet: 2 }
      ],
      reference: "EK-1"
    }).plan
    expect(plan.kompetensi?.scores.map((x) => x.score)).toEqual([3, 2])
    expect(step(plan, { _tag: "Close", on: "2026-05-01" }).plan.status).toBe("closed")
    const k = Remediation.apply(policy, plan, {
      _tag: "RecordEvaluasiKompetensi",
      on: "2026-05-01",
      observations: [{ competency: "x", indicatorsMet: 3 }],
      reference: "E"
    })
    expect(Result.isFailure(k) && k.failure._tag).toBe("InvalidInput")
  })
})
