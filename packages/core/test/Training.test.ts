import { AuditLog, Presets, ProgrammeEvent, Rule, Training } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { A, admin, B, base, catalogue, context, ev, fail, ok, policy, run } from "./fixtures-training.js"

describe("Training.fold: catalogue, partners and courses", () => {
  it("records every change with who, role, when, before and after", () => {
    expect(Object.keys(base.items)).toEqual(["seminar-pelayanan", "workshop-manajemen"])
    expect(base.log).toHaveLength(5)
    expect(base.log[0]).toMatchObject({ who: admin.nip, role: "admin-bkpsdm", what: "AddItem", before: null })
    expect(base.log[0]?.when).toBe("2026-01-05T08:00:00+07:00")
  })

  it("rejects an unknown form, a duplicate id and a course outside the partner's agreement", () => {
    expect(
      fail(
        run(
          ev({
            _tag: "AddItem",
            item: { id: "x", title: "X", type: "diklat", form: "tidak-ada", competencies: [], online: false }
          })
        )
      )
    ).toMatchObject({ _tag: "UnknownReference", kind: "form", id: "tidak-ada" })
    expect(fail(run(catalogue[0]))).toMatchObject({ _tag: "DuplicateId", kind: "event" })
    const late = {
      id: "ws-2",
      item: "workshop-manajemen",
      start: "2026-12-31",
      end: "2027-01-01",
      delivery: { mode: "online" },
      provider: { kind: "partner", partner: "unja" },
      minutes: 90
    }
    expect(fail(run(ev({ _tag: "ScheduleCourse", course: late })))).toMatchObject({
      _tag: "DateOutOfRange",
      field: "end",
      on: "2027-01-01",
      to: "2026-12-31"
    })
    // the last day of the agreement is inside (inclusive)
    ok(run(ev({ _tag: "ScheduleCourse", course: { ...late, end: "2026-12-31" } })))
    expect(
      fail(run(ev({ _tag: "ScheduleCourse", course: { ...late, id: "ws-3", end: "2026-12-31", minutes: undefined } })))
    ).toMatchObject({ _tag: "InvalidInput" })
    const { minutes: _m, ...noMinutes } = { ...late, id: "ws-4", end: "2026-12-31" }
    expect(fail(run(ev({ _tag: "ScheduleCourse", course: noMinutes })))).toMatchObject({
      _tag: "CreditMismatch",
      needs: "minutes"
    })
  })

  it("reports malformed events with paths", () => {
    const r = fail(Training.fold(context, [{ id: "x", at: "2026-01-05", by: admin, command: { _tag: "Nope" } }]))
    expect(r._tag).toBe("InvalidInput")
  })
})

describe("Training.fold: enrolment to certificate (seed 000, Bukittinggi)", () => {
  const enrol = [
    ev({ _tag: "Enrol", course: "sem-1", employee: A }),
    ev({ _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-02" })
  ]

  it("needs ceil(80% × 2) = 2 sessions to pass; 1 is just below", () => {
    expect(
      fail(run(...enrol, ev({ _tag: "Complete", course: "sem-1", employee: A, on: "2026-03-03", passed: true })))
    ).toMatchObject({ _tag: "InsufficientAttendance", attended: 1, required: 2 })
    // a failed completion needs no attendance
    ok(run(...enrol, ev({ _tag: "Complete", course: "sem-1", employee: A, on: "2026-03-03", passed: false })))
  })

  it("credits JP at completion: 540 minutes / 45 = 12 JP, behind 20 by 8", () => {
    const s = ok(
      run(
        ...enrol,
        ev({ _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-03" }),
        ev({ _tag: "Complete", course: "sem-1", employee: A, on: "2026-03-03", passed: true }),
        ev({ _tag: "IssueCertificate", course: "sem-1", employee: A, number: "SRT-001", on: "2026-03-10" })
      )
    )
    const year = ok(Training.jpYear(context, s, { year: 2026, employees: [A, B] }))
    expect(year.employees.map((e) => [e.employee, e.total.text, e.meets, e.shortfall])).toEqual([
      [A, "12.00", false, "8"],
      [B, "0.00", false, "20"]
    ])
    expect(year.behind).toEqual([B, A])
    const certificate = s.log[s.log.length - 1]
    expect(certificate).toMatchObject({ what: "IssueCertificate", subject: `enrolment:sem-1|${A}` })
    expect(certificate?.before).toMatchObject({ certificate: null })
  })

  it("lists one employee's enrolments with the JP each credits", () => {
    const s = ok(
      run(
        ...enrol,
        ev({ _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-03" }),
        ev({ _tag: "Complete", course: "sem-1", employee: A, on: "2026-03-03", passed: true }),
        ev({ _tag: "Enrol", course: "ws-1", employee: A })
      )
    )
    expect(Training.enrolmentsOf(context, s, A)).toEqual([
      {
        course: "sem-1",
        title: "Seminar pelayanan publik yang efisien",
        start: "2026-03-02",
        end: "2026-03-03",
        status: "completed",
        online: false,
        jp: "12.00"
      },
      {
        course: "ws-1",
        title: "Workshop manajemen publik",
        start: "2026-04-06",
        end: "2026-04-08",
        status: "enrolled",
        online: false,
        jp: null
      }
    ])
    expect(Training.enrolmentsOf(context, s, B)).toEqual([])
  })

  it("with creditOn certificate, a completion without certificate earns nothing", () => {
    const s = ok(
      run(
        ...enrol,
        ev({ _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-03" }),
        ev({ _tag: "Complete", course: "sem-1", employee: A, on: "2026-03-03", passed: true })
      )
    )
    expect(Training.activities(policy, s)).toHaveLength(1)
    expect(Training.activities({ ...policy, creditOn: "certificate" }, s)).toHaveLength(0)
  })

  it.each([
    [[ev({ _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-04" })], "DateOutOfRange"],
    [[ev({ _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-02" })], "InvalidStep"],
    [[ev({ _tag: "IssueCertificate", course: "sem-1", employee: A, number: "1", on: "2026-03-03" })], "InvalidStep"],
    [[ev({ _tag: "Enrol", course: "sem-1", employee: A })], "InvalidStep"],
    [[ev({ _tag: "Attend", course: "sem-1", employee: B, on: "2026-03-02" })], "UnknownReference"],
    [[ev({ _tag: "Enrol", course: "sem-9", employee: B })], "UnknownReference"],
    [[ev({ _tag: "RecordReaction", course: "sem-1", employee: A, score: 5 })], "ScoreOutOfScale"]
  ])("rejects a wrong step (%#)", (extra, tag) => {
    expect(fail(run(...enrol, ...extra))._tag).toBe(tag)
  })

  it("re-enrols after a withdrawal", () => {
    const s = ok(
      run(
        ev({ _tag: "Enrol", course: "sem-1", employee: B }),
        ev({ _tag: "Withdraw", course: "sem-1", employee: B }, admin, "sakit"),
        ev({ _tag: "Enrol", course: "sem-1", employee: B })
      )
    )
    expect(s.enrolments[Training.key("sem-1", B)]?.status).toBe("enrolled")
    expect(s.log.find((c) => c.what === "Withdraw")?.reason).toBe("sakit")
  })
})

describe("Training.offerings", () => {
  it("puts online courses first for a remote unit", () => {
    const s = ok(
      run(
        ev({
          _tag: "ScheduleCourse",
          course: {
            id: "sem-online",
            item: "seminar-pelayanan",
            start: "2026-05-01",
            end: "2026-05-01",
            delivery: { mode: "online", platform: "Zoom" },
            provider: { kind: "internal" },
            minutes: 90
          }
        })
      )
    )
    const ids = (remote: boolean) =>
      Training.offerings(s, { forms: ["seminar"], remote, asOf: "2026-01-10" }).map((o) => o.course.id)
    expect(ids(false)).toEqual(["sem-1", "sem-online"])
    expect(ids(true)).toEqual(["sem-online", "sem-1"])
    expect(Training.offerings(s, { forms: ["seminar"], remote: true, asOf: "2026-03-04" }).length).toBe(1)
  })
})

describe("Training properties", () => {
  const step = fc.oneof(
    fc.record({
      _tag: fc.constant("Enrol"),
      course: fc.constantFrom("sem-1", "ws-1"),
      employee: fc.constantFrom(A, B)
    }),
    fc.record({
      _tag: fc.constant("Attend"),
      course: fc.constant("sem-1"),
      employee: fc.constantFrom(A, B),
      on: fc.constantFrom("2026-03-02", "2026-03-03")
    }),
    fc.record({
      _tag: fc.constant("Complete"),
      course: fc.constantFrom("sem-1", "ws-1"),
      employee: fc.constantFrom(A, B),
      on: fc.constant("2026-04-08"),
      passed: fc.boolean()
    }),
    fc.record({
      _tag: fc.constant("Withdraw"),
      course: fc.constantFrom("sem-1", "ws-1"),
      employee: fc.constantFrom(A, B)
    })
  )
  // apply steps one by one, skipping the rejected ones: a valid history
  const valid = (commands: ReadonlyArray<unknown>) => {
    let state = base
    const kept: Array<unknown> = []
    commands.forEach((command, i) => {
      const e = { id: `p${i}`, at: "2026-03-01T00:00:00Z", by: admin, command }
      const next = Training.fold(context, [e], state)
      if (Result.isSuccess(next)) {
        state = next.success
        kept.push(e)
      }
    })
    return { state, kept }
  }

  it("folding in two parts equals folding whole, and the log grows by one per event", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), fc.nat(), (commands, cut) => {
        const { state, kept } = valid(commands)
        const k = kept.length === 0 ? 0 : cut % (kept.length + 1)
        const first = ok(Training.fold(context, kept.slice(0, k), base))
        const second = ok(Training.fold(context, kept.slice(k), first))
        expect(second).toEqual(state)
        expect(state.log.length).toBe(base.log.length + kept.length)
      })
    )
  })

  it("JP totals never decrease as events are added", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (commands) => {
        const { kept } = valid(commands)
        let previous = -1
        let state = base
        for (const e of kept) {
          state = ok(Training.fold(context, [e], state))
          const year = ok(Training.jpYear(context, state, { year: 2026, employees: [A, B] }))
          const total = year.employees.reduce((acc, r) => acc + r.total.value, 0)
          expect(total).toBeGreaterThanOrEqual(previous)
          previous = total
        }
      })
    )
  })
})

describe("Training changes into the AuditLog", () => {
  it("chains every change and verifies; a rewritten change breaks the chain", () => {
    const s = ok(
      run(
        ev({ _tag: "Enrol", course: "sem-1", employee: A }),
        ev({ _tag: "Withdraw", course: "sem-1", employee: A }, admin, "mutasi")
      )
    )
    const log = ok(ProgrammeEvent.toAuditLog([], "training", s.log))
    expect(log.map((e) => e.action)).toEqual([
      "training.AddItem",
      "training.AddItem",
      "training.AddPartner",
      "training.ScheduleCourse",
      "training.ScheduleCourse",
      "training.Enrol",
      "training.Withdraw"
    ])
    expect(log[6]).toMatchObject({
      actor: admin.nip,
      role: "admin-bkpsdm",
      reason: "mutasi",
      subject: `enrolment:sem-1|${A}`
    })
    expect(Result.isSuccess(AuditLog.verify(log))).toBe(true)
    const forged = log.map((e, i) => (i === 5 ? { ...e, actor: B } : e))
    expect(AuditLog.verify(forged)).toMatchObject({ failure: { index: 5, breach: "hash" } })
  })
})

describe("Training.assignments (seed 002: training assigned by rule to units rated C/D)", () => {
  const komunikasi = [
    ev({
      _tag: "AddItem",
      item: {
        id: "komunikasi-waktu",
        title: "Pelatihan komunikasi efektif dan manajemen waktu",
        type: "diklat",
        form: "pelatihan",
        competencies: ["komunikasi"],
        online: false
      }
    }),
    ev({
      _tag: "ScheduleCourse",
      course: {
        id: "kom-1",
        item: "komunikasi-waktu",
        start: "2026-05-04",
        end: "2026-05-05",
        delivery: { mode: "onsite", place: "Sawahlunto" },
        provider: { kind: "internal" },
        minutes: 720
      }
    })
  ]
  const s = ok(run(...komunikasi))
  const decide = (mutu: "B" | "C" | "D") =>
    ok(
      Rule.decide(Presets.regionRules.sawahlunto, {
        asOf: "2026-04-01",
        history: [{ period: "2025", predikat: "Baik" }],
        unit: { mutu }
      })
    ).outcomes
  const items = { "pelatihan-komunikasi": ["komunikasi-waktu"] }

  it.each([
    ["C", 1],
    ["D", 1],
    ["B", 0]
  ] as const)("unit mutu %s → %i enrolment", (mutu, count) => {
    const r = Training.assignments(s, { employee: A, outcomes: decide(mutu), items, remote: false, asOf: "2026-04-01" })
    expect(r.commands).toHaveLength(count)
    if (count === 1) expect(r.commands[0]).toEqual({ _tag: "Enrol", course: "kom-1", employee: A })
  })

  it("does not enrol twice, and lists outcomes without a mapping or an open course", () => {
    const enrolled = ok(Training.fold(context, [ev({ _tag: "Enrol", course: "kom-1", employee: A })], s))
    const again = Training.assignments(enrolled, {
      employee: A,
      outcomes: decide("C"),
      items,
      remote: false,
      asOf: "2026-04-01"
    })
    expect(again.commands).toEqual([])
    const late = Training.assignments(s, {
      employee: A,
      outcomes: decide("C"),
      items,
      remote: false,
      asOf: "2026-05-05"
    })
    expect(late.unserved).toContainEqual({ outcome: "pelatihan-komunikasi", reason: "no-open-course" })
    const unmapped = Training.assignments(s, {
      employee: A,
      outcomes: decide("C"),
      items: {},
      remote: false,
      asOf: "2026-04-01"
    })
    expect(unmapped.unserved).toEqual([{ outcome: "pelatihan-komunikasi", reason: "no-mapping" }])
  })
})
