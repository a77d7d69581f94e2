import { AuditLog, Input, ProgrammeEvent } from "@pembinaan/core"
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const by = { nip: "198001012005011001", role: "admin-bkpsdm" }

describe("ProgrammeEvent.Timestamp", () => {
  it.each([
    ["2026-03-02T08:00:00Z", true],
    ["2026-03-02T15:00+07:00", true],
    ["2026-03-02T08:00:00.123Z", true],
    ["2026-03-02T08:00:00", false], // no zone
    ["2026-02-30T08:00:00Z", false], // no such day
    ["2026-03-02", false],
    ["kemarin", false]
  ])("%s is a timestamp: %s", (text, valid) => {
    expect(Result.isSuccess(Input.decode(ProgrammeEvent.Timestamp)(text))).toBe(valid)
  })
})

describe("ProgrammeEvent.envelope and change", () => {
  const Event = ProgrammeEvent.envelope(Schema.Struct({ _tag: Schema.Literal("Ping") }))

  it("decodes an envelope and reports every problem with its path", () => {
    expect(
      Result.isSuccess(Input.decode(Event)({ id: "e1", at: "2026-03-02T08:00:00Z", by, command: { _tag: "Ping" } }))
    ).toBe(true)
    const bad = Input.decode(Event)({ id: "", at: "2026-03-02", by: { nip: "x" }, command: { _tag: "Pong" } })
    expect(Result.isFailure(bad) && bad.failure.problems.map((p) => p.path.join("."))).toEqual(
      expect.arrayContaining(["id", "at", "by.role", "command._tag"])
    )
  })

  it("records null for absent before/after and reason", () => {
    const e = { id: "e1", at: "2026-03-02T08:00:00Z", by }
    expect(ProgrammeEvent.change(e, "Add", "x:1", undefined, { a: 1 })).toEqual({
      event: "e1",
      who: by.nip,
      role: by.role,
      when: e.at,
      what: "Add",
      subject: "x:1",
      before: null,
      after: { a: 1 },
      reason: null
    })
  })

  it("chains changes into the AuditLog; time going back is refused", () => {
    const c = (at: string, what: string) => ProgrammeEvent.change({ id: what, at, by }, what, "s", null, { what })
    const log = Result.getOrThrow(
      ProgrammeEvent.toAuditLog([], "forum", [c("2026-03-01T00:00:00Z", "A"), c("2026-03-02T00:00:00Z", "B")])
    )
    expect(log.map((e) => [e.seq, e.action, e.reason])).toEqual([
      [0, "forum.A", ""],
      [1, "forum.B", ""]
    ])
    expect(Result.isSuccess(AuditLog.verify(log))).toBe(true)
    const back = ProgrammeEvent.toAuditLog(log, "forum", [c("2026-02-01T00:00:00Z", "C")])
    expect(Result.isFailure(back)).toBe(true)
  })

  it("property: the audit log holds one event per change, in order, and verifies", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 12 }), (whats) => {
        const changes = whats.map((w, i) =>
          ProgrammeEvent.change({ id: `e${i}`, at: "2026-03-01T00:00:00Z", by }, w, `s${i}`, null, i)
        )
        const log = Result.getOrThrow(ProgrammeEvent.toAuditLog([], "m", changes))
        expect(log.map((e) => e.action)).toEqual(whats.map((w) => `m.${w}`))
        expect(Result.isSuccess(AuditLog.verify(log))).toBe(true)
      })
    )
  })
})
