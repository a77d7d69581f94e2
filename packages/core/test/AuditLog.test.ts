import { AuditLog } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const entry = (i: number, extra: Partial<AuditLog.Entry> = {}): AuditLog.Entry => ({
  at: `2026-01-${String(10 + i).padStart(2, "0")}T08:00:00Z`,
  actor: "199001012020011001",
  role: "pegawai",
  action: "cycle.RecordRealisasi",
  subject: "skp-2026",
  before: { n: i },
  after: { n: i + 1 },
  reason: `step ${i}`,
  ...extra
})
const at = <A>(xs: ReadonlyArray<A>, i: number): A => {
  const x = xs[i]
  if (x === undefined) throw new Error(`no element ${i}`)
  return x
}
const build = (entries: ReadonlyArray<AuditLog.Entry>): AuditLog.Log =>
  entries.reduce<AuditLog.Log>((log, e) => ok(AuditLog.append(log, e)), [])

describe("AuditLog.canonical", () => {
  it.each([
    [{ b: 1, a: [true, null, "x"] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 2, x: 1 } }, '{"z":{"x":1,"y":2}}'],
    [-0, "0"],
    [1e21, "1e+21"],
    [0.1, "0.1"],
    ["é\n", '"é\\n"'],
    [{ B: 1, a: 2 }, '{"B":1,"a":2}']
  ])("%j → %s", (value, text) => {
    expect(ok(AuditLog.canonical(value))).toBe(text)
  })

  it.each([
    [{ a: Number.NaN }, ["a"]],
    [{ a: [1, undefined] }, ["a", 1]],
    [{ a: 1n }, ["a"]],
    [{ d: new Date(0) }, ["d"]],
    [{ f: () => 1 }, ["f"]]
  ])("refuses %s at its path", (value, path) => {
    const r = AuditLog.canonical(value)
    expect(Result.isFailure(r) && r.failure.path).toEqual(path)
  })

  it("refuses a cycle", () => {
    const a: Record<string, unknown> = {}
    a.self = a
    expect(Result.isFailure(AuditLog.canonical(a))).toBe(true)
  })

  it("key order never changes the text", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
        const reversed = Object.fromEntries(Object.entries(o).reverse())
        expect(ok(AuditLog.canonical(reversed))).toBe(ok(AuditLog.canonical(o)))
      })
    )
  })
})

describe("AuditLog.append and verify", () => {
  it("sha256 is the standard one", () => {
    expect(AuditLog.sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  })

  it("chains events from the genesis hash", () => {
    const log = build([entry(0), entry(1), entry(2)])
    expect(log.map((e) => e.seq)).toEqual([0, 1, 2])
    expect(log[0]?.prev).toBe(AuditLog.genesis)
    expect(log[1]?.prev).toBe(log[0]?.hash)
    expect(ok(AuditLog.verify(log))).toEqual({ length: 3, head: log[2]?.hash })
    expect(ok(AuditLog.verify([]))).toEqual({ length: 0, head: AuditLog.genesis })
    expect(AuditLog.about(log, "skp-2026").length).toBe(3)
  })

  it("refuses an entry that goes back in time or is not JSON", () => {
    const log = build([entry(5)])
    const r = AuditLog.append(log, entry(1))
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems[0]?.path).toEqual(["at"])
    const j = AuditLog.append(log, entry(6, { after: { x: Number.POSITIVE_INFINITY } }))
    expect(Result.isFailure(j) && j.failure._tag).toBe("NotJson")
    const m = AuditLog.append(log, { ...entry(6), reason: undefined })
    expect(Result.isFailure(m) && m.failure._tag).toBe("InvalidInput")
  })

  it.each([
    ["an edited reason", (l: Array<AuditLog.Event>) => (l[1] = { ...at(l, 1), reason: "edited" }), 1, "hash"],
    ["an edited after", (l: Array<AuditLog.Event>) => (l[2] = { ...at(l, 2), after: { n: 99 } }), 2, "hash"],
    ["a removed event", (l: Array<AuditLog.Event>) => l.splice(1, 1), 1, "seq"],
    ["two swapped events", (l: Array<AuditLog.Event>) => l.splice(0, 2, at(l, 1), at(l, 0)), 0, "seq"],
    ["a renumbered removal", (l: Array<AuditLog.Event>) => l.splice(1, 2, { ...at(l, 2), seq: 1 }), 1, "prev"],
    ["time going back", (l: Array<AuditLog.Event>) => (l[2] = { ...at(l, 2), at: "2026-01-01T00:00:00Z" }), 2, "time"]
  ])("names the first event that does not fit: %s", (_, tamper, index, breach) => {
    const log = [...build([entry(0), entry(1), entry(2), entry(3)])]
    tamper(log)
    const r = AuditLog.verify(log)
    expect(Result.isFailure(r) && [r.failure.index, r.failure.breach]).toEqual([index, breach])
    expect(Result.isFailure(r) && r.failure.messages.id).toContain(`Peristiwa ke-${index + 1}`)
    expect(Result.isFailure(r) && r.failure.messages.en).toContain(`Event ${index + 1} does not fit`)
  })

  it("a rehashed edit is caught at the next event", () => {
    const log = [...build([entry(0), entry(1), entry(2)])]
    const edited = { ...at(log, 0), reason: "rewritten" }
    log[0] = { ...edited, hash: ok(AuditLog.hashOf(edited)) }
    const r = AuditLog.verify(log)
    expect(Result.isFailure(r) && [r.failure.index, r.failure.breach]).toEqual([1, "prev"])
  })
})

describe("AuditLog properties: a tampered log is always detected", () => {
  const arbLog = fc
    .array(fc.record({ reason: fc.string(), after: fc.jsonValue(), actor: fc.string({ minLength: 1 }) }), {
      minLength: 1,
      maxLength: 8
    })
    .map((xs) => build(xs.map((x, i) => entry(i, x))))

  type Mutation =
    | { kind: "field"; field: "reason" | "actor" | "role" | "action" | "subject"; value: string }
    | { kind: "after"; value: unknown }
    | { kind: "drop" }
    | { kind: "rehash"; value: string }

  const arbMutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({
      kind: fc.constant("field" as const),
      field: fc.constantFrom(
        "reason" as const,
        "actor" as const,
        "role" as const,
        "action" as const,
        "subject" as const
      ),
      value: fc.string({ minLength: 1 })
    }),
    fc.record({ kind: fc.constant("after" as const), value: fc.jsonValue() }),
    fc.record({ kind: fc.constant("drop" as const) }),
    fc.record({ kind: fc.constant("rehash" as const), value: fc.string() })
  )

  it("any change to any event breaks verification or the head hash", () => {
    fc.assert(
      fc.property(arbLog, fc.nat(), arbMutation, (log, n, m) => {
        const i = n % log.length
        const original = at(log, i)
        const head = ok(AuditLog.verify(log)).head
        const changed = [...log]
        switch (m.kind) {
          case "field":
            fc.pre(original[m.field] !== m.value)
            changed[i] = { ...original, [m.field]: m.value }
            break
          case "after":
            fc.pre(ok(AuditLog.canonical(m.value)) !== ok(AuditLog.canonical(original.after)))
            changed[i] = { ...original, after: m.value }
            break
          case "drop":
            changed.splice(i, 1)
            break
          case "rehash": {
            fc.pre(original.reason !== m.value)
            const e = { ...original, reason: m.value }
            changed[i] = { ...e, hash: ok(AuditLog.hashOf(e)) }
            break
          }
        }
        const r = AuditLog.verify(changed)
        if (Result.isSuccess(r)) {
          // Only a change to the tail can verify on its own; its head then differs from the published head.
          expect(i).toBe(log.length - 1)
          expect(r.success.head).not.toBe(head)
        } else {
          expect(r.failure.index).toBeLessThanOrEqual(i + 1)
          expect(r.failure.index).toBeGreaterThanOrEqual(Math.min(i, changed.length - 1))
        }
      })
    )
  })

  it("an untouched log always verifies and its head is its last hash", () => {
    fc.assert(
      fc.property(arbLog, (log) => {
        expect(ok(AuditLog.verify(log)).head).toBe(log[log.length - 1]?.hash)
      })
    )
  })
})
