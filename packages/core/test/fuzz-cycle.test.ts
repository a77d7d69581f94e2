import { AuditLog, Cycle, Employee, Nip, Permission, Remediation, Unit } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { policy, year } from "./fixtures-cycle.js"

// Every entry point of the cycle's modules that takes untrusted input answers with a Result, never a throw.
const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withTypedArray: true
})
const total = (f: (u: unknown) => unknown) =>
  fc.assert(
    fc.property(anything, (u) => {
      const r = f(u)
      expect(Result.isResult(r)).toBe(true)
    })
  )

describe("untrusted input never throws", () => {
  const state = Result.getOrThrow(Cycle.replay(policy, year.slice(0, 3)))
  it.each([
    ["Nip.decode", (u: unknown) => Nip.decode(u)],
    ["Employee.decodeDirectory", (u: unknown) => Employee.decodeDirectory(u)],
    ["Unit.decode", (u: unknown) => Unit.decode(u)],
    ["Permission.decodeTable", (u: unknown) => Permission.decodeTable(u)],
    ["AuditLog.append", (u: unknown) => AuditLog.append([], u)],
    ["AuditLog.decodeLog", (u: unknown) => AuditLog.decodeLog(u)],
    ["AuditLog.canonical", (u: unknown) => AuditLog.canonical(u)],
    ["Cycle.apply (no state)", (u: unknown) => Cycle.apply(policy, undefined, u)],
    ["Cycle.apply (agreed)", (u: unknown) => Cycle.apply(policy, state, u)],
    ["Cycle.decodePolicy", (u: unknown) => Cycle.decodePolicy(u)],
    ["Remediation.evaluasiKompetensi", (u: unknown) => Remediation.evaluasiKompetensi(u)]
  ])("%s", (_, f) => total(f))

  it("Cycle.apply on event-shaped input with arbitrary fields", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Cycle.eventTags), fc.dictionary(fc.string(), anything), (tag, rest) => {
        expect(Result.isResult(Cycle.apply(policy, state, { ...rest, _tag: tag }))).toBe(true)
      })
    )
  })
})
