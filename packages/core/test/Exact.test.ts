import { Exact } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(`expected success, got ${JSON.stringify(r.failure)}`)
  return r.success
}

describe("Exact", () => {
  it("reads numbers by their shortest decimal representation", () => {
    expect(Exact.format(ok(Exact.fromNumber(0.1)))).toBe("0.1")
    expect(
      Exact.equals(Exact.add(ok(Exact.fromNumber(0.1)), ok(Exact.fromNumber(0.2))), ok(Exact.fromNumber(0.3)))
    ).toBe(true)
    expect(Exact.format(ok(Exact.fromNumber(1e-7)))).toBe("0.0000001")
    expect(Exact.format(ok(Exact.fromString("2.5996")))).toBe("2.5996")
    expect(Exact.format(ok(Exact.fromString("-1.5e2")))).toBe("-150")
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("rejects %s", (n) => {
    const r = Exact.fromNumber(n)
    expect(Result.isFailure(r) && r.failure._tag).toBe("NotANumber")
  })

  it.each(["", "1,5", "abc", "1.2.3", "--1"])("rejects the string %j", (s) => {
    expect(Result.isFailure(Exact.fromString(s))).toBe(true)
  })

  it("sums nine ninths to exactly one", () => {
    expect(Exact.equals(Exact.sum(Array.from({ length: 9 }, () => Exact.fraction(1, 9))), Exact.one)).toBe(true)
  })

  it("fails division by zero with a typed error", () => {
    const r = Exact.divide(Exact.int(5), Exact.zero)
    expect(Result.isFailure(r) && r.failure._tag).toBe("DivisionByZero")
  })

  it.each([
    // value, scale, mode, expected
    ["2.345", 2, "half-up", "2.35"],
    ["-2.345", 2, "half-up", "-2.35"],
    ["2.345", 2, "half-down", "2.34"],
    ["2.345", 2, "half-even", "2.34"],
    ["2.355", 2, "half-even", "2.36"],
    ["2.341", 2, "up", "2.35"],
    ["2.349", 2, "down", "2.34"],
    ["-2.341", 2, "ceiling", "-2.34"],
    ["-2.341", 2, "floor", "-2.35"],
    ["89.995", 2, "half-up", "90.00"],
    ["89.9949", 2, "half-up", "89.99"],
    ["0.5", 0, "half-up", "1"],
    ["0.05", 1, "half-up", "0.1"]
  ] as const)("rounds %s at scale %i %s to %s", (value, scale, mode, expected) => {
    expect(Exact.round(ok(Exact.fromString(value)), { scale, mode }).text).toBe(expected)
  })

  it("rounds 1.005 correctly (a float rounds it down)", () => {
    expect(Math.round(1.005 * 100) / 100).toBe(1) // the float bug
    expect(Exact.round(Exact.fromFinite(1.005), { scale: 2, mode: "half-up" }).text).toBe("1.01")
  })

  it("formats non-terminating fractions with an approximation", () => {
    expect(Exact.format(Exact.fraction(100, 3))).toBe("100/3 ≈ 33.333333")
    expect(Exact.format(Exact.fraction(181, 2))).toBe("90.5")
  })

  const arbExact = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
    .map(([n, d]) => Exact.fraction(n, d))

  it("addition is commutative and associative (property)", () => {
    fc.assert(
      fc.property(arbExact, arbExact, arbExact, (a, b, c) => {
        expect(Exact.equals(Exact.add(a, b), Exact.add(b, a))).toBe(true)
        expect(Exact.equals(Exact.add(Exact.add(a, b), c), Exact.add(a, Exact.add(b, c)))).toBe(true)
      })
    )
  })

  it("rounding is monotonic and within half a unit for half-up (property)", () => {
    fc.assert(
      fc.property(arbExact, arbExact, fc.integer({ min: 0, max: 6 }), (a, b, scale) => {
        const r = { scale, mode: "half-up" as const }
        const [lo, hi] = Exact.compare(a, b) <= 0 ? [a, b] : [b, a]
        expect(Exact.compare(Exact.roundExact(lo, r), Exact.roundExact(hi, r))).toBeLessThanOrEqual(0)
        const err = Exact.subtract(Exact.roundExact(a, r), a)
        const half = Exact.fraction(1, 2n * 10n ** BigInt(scale))
        expect(Exact.compare(err.n < 0n ? Exact.negate(err) : err, half)).toBeLessThanOrEqual(0)
      })
    )
  })

  it("fromNumber round-trips through toNumber for finite doubles (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (x) => {
        expect(Exact.toNumber(ok(Exact.fromNumber(x)))).toBe(x === 0 ? 0 : x)
      })
    )
  })
})

describe("Exact.fromNumber fast path", () => {
  it("agrees with the decimal string for doubles with up to 8 decimals (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), fc.integer({ min: 0, max: 8 }), (units, k) => {
        const x = units / 10 ** k
        const fast = Exact.fromFinite(x)
        const slow = Result.getOrThrow(Exact.fromString(String(x)))
        expect(Exact.equals(fast, slow)).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })

  it.each([0.1, 0.3, 1.005, 89.995, 2.5996, 1e-7, 123456.789, -0.07, 9999999.99999999, 0.1 + 0.2])(
    "reads %s by its shortest decimal form",
    (x) => {
      expect(Exact.format(Exact.fromFinite(x))).toBe(Exact.format(Result.getOrThrow(Exact.fromString(String(x)))))
    }
  )
})
