import { Nip } from "@pembinaan/core"
import { Result, Schema } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const reason = (input: unknown): string | undefined => {
  const r = Nip.decode(input)
  return Result.isFailure(r) ? r.failure.reason : undefined
}

describe("Nip.decode: valid NIPs", () => {
  it("reads the four parts", () => {
    expect(ok(Nip.decode("199001012020011001"))).toEqual({
      nip: "199001012020011001",
      birthDate: "1990-01-01",
      tmtCpns: "2020-01",
      gender: "laki-laki",
      sequence: 1
    })
    expect(ok(Nip.decode("199203152019032999"))).toMatchObject({ gender: "perempuan", sequence: 999 })
  })

  it("accepts the groups written with spaces and returns the canonical digits", () => {
    expect(ok(Nip.decode("19900101 202001 1 001")).nip).toBe("199001012020011001")
    expect(ok(Nip.decode("  199001012020011001\t")).nip).toBe("199001012020011001")
  })

  it("accepts a leap day", () => {
    expect(ok(Nip.decode("200002292024011001")).birthDate).toBe("2000-02-29")
  })
})

describe("Nip.decode: every reason", () => {
  it.each([
    ["1.99001E+17", "excel-mangled"],
    ["1,99001E+17", "excel-mangled"],
    ["1.99001012020011E+17", "excel-mangled"],
    ["199001012020011001.0", "excel-mangled"],
    ["199001012020011000", "excel-mangled"],
    ["", "empty"],
    ["   ", "empty"],
    ["19900101202001100", "wrong-length"],
    ["1990010120200110011", "wrong-length"],
    ["19900101-202001-1-001", "not-digits"],
    ["19900101202001100O", "not-digits"],
    ["199002302020011001", "birth-date"],
    ["199013012020011001", "birth-date"],
    ["189901012020011001", "birth-date"],
    ["199001012020131001", "tmt-cpns"],
    ["199001012020001001", "tmt-cpns"],
    ["199001011990011001", "tmt-before-birth"],
    ["199001011989121001", "tmt-before-birth"],
    ["199001012020013001", "gender"],
    ["199001012020010001", "gender"]
  ] as const)("%s → %s", (input, expected) => {
    expect(reason(input)).toBe(expected)
  })

  it("refuses numbers and other types as not-text", () => {
    expect(reason(Number("199001012020011001"))).toBe("not-text")
    expect(reason(undefined)).toBe("not-text")
    expect(reason({ nip: "199001012020011001" })).toBe("not-text")
  })

  it("says in both languages that Excel changed the NIP", () => {
    const r = Nip.decode("1.99001E+17")
    if (Result.isSuccess(r)) throw new Error("expected failure")
    expect(r.failure._tag).toBe("InvalidNip")
    expect(r.failure.messages.en).toContain("looks like Excel changed the NIP; format the column as Text")
    expect(r.failure.messages.id).toContain("format kolomnya sebagai Teks")
    const n = Nip.decode(Number("199001012020011001"))
    if (Result.isSuccess(n)) throw new Error("expected failure")
    expect(n.failure.messages.en).toContain("format the column as Text")
  })

  it("names the digits at fault", () => {
    const r = Nip.decode("199001012020013001")
    if (Result.isSuccess(r)) throw new Error("expected failure")
    expect(r.failure.messages.en).toBe('"199001012020013001": digit 15 (gender) must be 1 or 2, not 3')
    expect(r.failure.messages.id).toBe('"199001012020013001": digit ke-15 (jenis kelamin) harus 1 atau 2, bukan 3')
  })
})

describe("Nip schema, guard, format", () => {
  it("the branded schema accepts only canonical valid NIPs", () => {
    const is = Schema.is(Nip.Nip)
    expect(is("199001012020011001")).toBe(true)
    expect(is("19900101 202001 1 001")).toBe(false)
    expect(is("199001012020011000")).toBe(false)
    expect(is("199002302020011001")).toBe(false)
    expect(Nip.is("199001012020011001")).toBe(true)
    expect(Nip.is("19900101 202001 1 001")).toBe(false)
  })

  it("decoding the schema reports the reason", () => {
    const r = Schema.decodeUnknownResult(Nip.Nip)("199001012020013001")
    expect(Result.isFailure(r) && String(r.failure)).toContain("gender")
  })

  it("formats in four groups and parts agree with decode", () => {
    const nip = ok(Nip.decode("199203152019032002")).nip
    expect(Nip.format(nip)).toBe("19920315 201903 2 002")
    expect(Nip.parts(nip)).toEqual(ok(Nip.decode(nip)))
  })
})

describe("Nip properties", () => {
  const valid = fc
    .record({
      birth: fc.date({
        min: new Date(Date.UTC(1950, 0, 1)),
        max: new Date(Date.UTC(2005, 11, 31)),
        noInvalidDate: true
      }),
      yearsLater: fc.integer({ min: 1, max: 40 }),
      month: fc.integer({ min: 1, max: 12 }),
      gender: fc.constantFrom("1", "2"),
      seq: fc.integer({ min: 1, max: 999 })
    })
    .map(({ birth, yearsLater, month, gender, seq }) => {
      const b = birth.toISOString().slice(0, 10).replaceAll("-", "")
      const tmt = `${birth.getUTCFullYear() + yearsLater}${String(month).padStart(2, "0")}`
      return `${b}${tmt}${gender}${String(seq).padStart(3, "0")}`
    })

  it("every well-formed NIP decodes, round-trips through format and matches the schema", () => {
    fc.assert(
      fc.property(valid, (s) => {
        const p = ok(Nip.decode(s))
        expect(p.nip).toBe(s)
        expect(ok(Nip.decode(Nip.format(p.nip))).nip).toBe(s)
        expect(Schema.is(Nip.Nip)(s)).toBe(true)
        expect(Nip.parts(p.nip)).toEqual(p)
      })
    )
  })

  it("a NIP that went through Excel (15 significant digits, shown plain or in E-notation) is always refused", () => {
    fc.assert(
      fc.property(valid, (s) => {
        expect(reason(`${s.slice(0, 15)}000`)).toBe("excel-mangled")
        expect(reason(Number(s).toExponential(5).toUpperCase())).toBe("excel-mangled")
      })
    )
  })

  it("decode is total: any string gives a NIP or a typed reason", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = Nip.decode(s)
        if (Result.isFailure(r)) expect(Nip.reasons).toContain(r.failure.reason)
        else expect(r.success.nip).toMatch(/^\d{18}$/)
      })
    )
  })
})
