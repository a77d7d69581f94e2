import { Ticket } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const read = (s: string) => {
  const r = Ticket.normalise(s)
  return Result.isSuccess(r) ? r.success : null
}

describe("Ticket.normalise", () => {
  it.each([
    ["TKT/2024/001", "tkt2024001"],
    ["tkt-2024-001", "tkt2024001"],
    ["TKT\u200b/2024/001", "tkt2024001"],
    ["T\u200cK\u200dT\u2060-2024\ufeff-001\u00ad", "tkt2024001"],
    ["TKT\u0000\u0007-2024-001", "tkt2024001"],
    ["ＴＫＴ／２０２４／００１", "tkt2024001"],
    ["ТКТ-2024-001", "tkt2024001"],
    ["ΑΤΚ-1", "atk1"]
  ])("%j → %s", (raw, normal) => {
    expect(read(raw)).toBe(normal)
  })

  it.each(["", " ", "\u200b", "\u200b\u200d\ufeff", "-/ .", "\u0000"])("%j is refused as empty", (raw) => {
    const r = Ticket.normalise(raw)
    expect(Result.isFailure(r) && r.failure._tag).toBe("EmptyTicket")
  })

  it("property: inserting zero-width or control characters never changes a ticket", () => {
    const invisible = fc.constantFrom("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0000", "\u001f")
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,12}$/), fc.array(fc.tuple(fc.nat(12), invisible)), (t, ins) => {
        let s = t
        for (const [at, c] of ins) s = s.slice(0, at) + c + s.slice(at)
        return read(s) === read(t) && read(t) === t.toLowerCase()
      })
    )
  })
})
