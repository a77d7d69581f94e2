// Input.readNumber: the one reader for numbers written as text (issue 13).
import { Input } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

describe("Input.readNumber", () => {
  it.each([
    ["87,5", undefined, 87.5],
    ["1.250,5", "id", 1250.5],
    ["1.250", "id", 1250],
    ["1.250", "en", 1.25],
    ["15.000", "id", 15000],
    ["  42 ", undefined, 42],
    ["-0", undefined, 0]
  ] as const)("%s under %s is %d", (text, locale, value) => {
    expect(Input.readNumber(text, { locale })).toEqual(Result.succeed(value))
  })

  it.each([
    ["1.250", undefined, "ambiguous"],
    ["0x10", undefined, "radix"],
    ["0b11", "en", "radix"],
    ["1,98705E+17", undefined, "exponent"],
    ["NaN", undefined, "format"],
    ["1.5", "id", "format"],
    ["12,5", "en", "format"],
    ["", undefined, "empty"]
  ] as const)("%s under %s is refused: %s", (text, locale, reason) => {
    const r = Input.readNumber(text, { locale })
    expect(Result.isFailure(r) && r.failure.reason).toBe(reason)
  })

  it("integer: a fraction is refused", () => {
    const r = Input.readNumber("12,5", { integer: true })
    expect(Result.isFailure(r) && r.failure.reason).toBe("fraction")
    expect(Input.readNumber("1.000", { locale: "id", integer: true })).toEqual(Result.succeed(1000))
  })

  it("property: a locale's own formatting reads back exactly; without a locale, the same value or ambiguous", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom("id" as const, "en" as const),
        (n, decimals, locale) => {
          const value = n / 10 ** decimals
          const text = value.toLocaleString(locale === "id" ? "id-ID" : "en-US", { maximumFractionDigits: 4 })
          expect(Input.readNumber(text, { locale })).toEqual(Result.succeed(value))
          const bare = Input.readNumber(text)
          if (Result.isSuccess(bare)) expect(bare.success).toBe(value)
          else expect(bare.failure.reason).toBe("ambiguous")
        }
      )
    )
  })
})
