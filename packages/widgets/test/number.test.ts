import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { exactFraction, formatNumber, numberErrorMessage, parseNumber, roundDecimal } from "../src/number.js"

const ok = (text: string, options?: Parameters<typeof parseNumber>[1]) => {
  const r = parseNumber(text, options)
  if (Result.isFailure(r)) throw new Error(`expected a number from ${text}, got ${r.failure._tag}`)
  return r.success
}
const fail = (text: string) => {
  const r = parseNumber(text)
  if (Result.isSuccess(r)) throw new Error(`expected a failure from ${text}, got ${r.success}`)
  return r.failure
}

describe("parseNumber", () => {
  it.each([
    ["1.234,5", 1234.5],
    ["12,5", 12.5],
    ["0,125", 0.125],
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["12", 12],
    ["1234", 1234],
    ["1234,5", 1234.5],
    ["  90,56 ", 90.56],
    ["-1.234,5", -1234.5],
    ["\u22121,5", -1.5],
    ["+7", 7],
    ["-0", 0],
    ["0", 0]
  ])("reads %s as %d", (text, value) => {
    expect(ok(text)).toBe(value)
  })

  it.each([
    "12.5",
    "1,234.5",
    "1.23",
    "1.2345",
    "0.234",
    ".5",
    ",5",
    "1,",
    "1.",
    "1..234",
    "1,2,3",
    "abc",
    "1e3",
    "١٢",
    "--1",
    "1 234"
  ])("rejects %s as Malformed", (text) => {
    expect(fail(text)).toEqual({ _tag: "Malformed", input: text.trim() })
  })

  it("rejects blank input as Empty", () => {
    expect(fail("")).toEqual({ _tag: "Empty" })
    expect(fail("   ")).toEqual({ _tag: "Empty" })
  })

  it("rejects one separator followed by three digits as Ambiguous, with both readings", () => {
    expect(fail("1.234")).toEqual({ _tag: "Ambiguous", input: "1.234", readings: { id: 1234, en: 1.234 } })
    expect(fail("1,234")).toEqual({ _tag: "Ambiguous", input: "1,234", readings: { id: 1.234, en: 1234 } })
    expect(fail("-12.500")).toEqual({ _tag: "Ambiguous", input: "-12.500", readings: { id: -12500, en: -12.5 } })
  })

  it("accepts the Indonesian reading of ambiguous input when asked", () => {
    expect(ok("1.234", { ambiguous: "id" })).toBe(1234)
    expect(ok("1,234", { ambiguous: "id" })).toBe(1.234)
  })

  it("rejects numbers beyond a finite double as OutOfRange, never Infinity or NaN", () => {
    expect(fail("9".repeat(400))).toEqual({ _tag: "OutOfRange", input: "9".repeat(400) })
  })

  it("is total: any string gives a finite number or a typed failure", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseNumber(text)
        return Result.isSuccess(r)
          ? Number.isFinite(r.success)
          : ["Empty", "Malformed", "Ambiguous", "OutOfRange"].includes(r.failure._tag)
      })
    )
  })

  it("round-trips what formatNumber writes in Indonesian", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = Number(`${whole}.${String(cents).padStart(2, "0")}`)
        const text = formatNumber(value, "id", { maximumFractionDigits: 2 })
        return ok(text, { ambiguous: "id" }) === value
      })
    )
  })
})

describe("formatNumber", () => {
  it("writes Indonesian by default and English on request", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5")
    expect(formatNumber(1234567.891, "id", { maximumFractionDigits: 2 })).toBe("1.234.567,89")
    expect(formatNumber(1234.5, "en")).toBe("1,234.5")
    expect(formatNumber(0.5, "id", { style: "percent" })).toBe("50%")
  })
})

describe("numberErrorMessage", () => {
  it("translates each failure by its tag", () => {
    expect(numberErrorMessage({ _tag: "Empty" })).toBe("Isi sebuah angka.")
    expect(numberErrorMessage({ _tag: "Empty" }, "en")).toBe("Enter a number.")
    expect(numberErrorMessage({ _tag: "Malformed", input: "12.5" })).toContain('"12.5" bukan angka')
    expect(
      numberErrorMessage({ _tag: "Ambiguous", input: "1.234", readings: { id: 1234, en: 1.234 } }, "en")
    ).toContain("can be read two ways")
    expect(numberErrorMessage({ _tag: "OutOfRange", input: "9e999" })).toContain("terlalu besar")
  })
})

describe("roundDecimal", () => {
  it("rounds core's exact text to the policy's decimals, from the exact value", () => {
    expect(roundDecimal("13500/127 ≈ 106.299213", { scale: 2, mode: "half-up" })).toBe("106,30")
    expect(roundDecimal("4826103/45212 ≈ 106.743851", { scale: 2, mode: "half-up" }, "en")).toBe("106.74")
    expect(roundDecimal("41/138 ≈ 0.297101", { scale: 2, mode: "half-up" })).toBe("0,30")
    expect(roundDecimal("105.75", { scale: 2, mode: "half-up" })).toBe("105,75")
    expect(roundDecimal("105", { scale: 2, mode: "half-up" })).toBe("105,00")
    expect(roundDecimal("1234.5", { scale: 0, mode: "half-up" })).toBe("1.235")
    expect(roundDecimal("1234.5", { scale: 0, mode: "half-even" })).toBe("1.234")
    expect(roundDecimal("-2.345", { scale: 2, mode: "half-up" })).toBe("-2,35")
    expect(roundDecimal("-0.001", { scale: 2, mode: "half-up" })).toBe("0,00")
    expect(roundDecimal("n/a", { scale: 2, mode: "half-up" })).toBe("n/a")
  })

  it("agrees with rounding the fraction by hand for any numerator and denominator", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), (n, d) => {
        const shown = roundDecimal(`${n}/${d} ≈ 0`, { scale: 2, mode: "half-up" }, "en")
        const hundredths = (BigInt(n) * 200n + BigInt(d)) / (2n * BigInt(d))
        const expected = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`
        return shown.replaceAll(",", "") === expected
      })
    )
  })

  it("gives the exact fraction of core's text, if any", () => {
    expect(exactFraction("13500/127 ≈ 106.299213")).toBe("13500/127")
    expect(exactFraction("105.75")).toBeUndefined()
  })
})
