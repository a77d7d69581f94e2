/**
 * `exactOf`: core's `Exact.fromFinite` (a finite number as the exact decimal it prints as) without the path through
 * `Exact.fromString`, whose `NotANumber` error class brings effect's Schema runtime into a browser bundle.
 * `test/guard.test.ts` checks that both give the same value for every finite number.
 *
 * @internal
 */
import { Exact } from "@pembinaan/core"

/** The exact value of a finite number, as `Exact.fromFinite` reads it. */
export const exactOf = (x: number): Exact.Exact => {
  if (Number.isSafeInteger(x)) return Exact.int(x)
  // `toExponential()` prints the shortest digits that read back as `x`, like `String(x)`: "-2.5e+0", "1e-7".
  const [mantissa = "0", exponent = "0"] = x.toExponential().split("e")
  const negative = mantissa.startsWith("-")
  const [whole = "0", fraction = ""] = mantissa.replace("-", "").split(".")
  const digits = BigInt(whole + fraction) * (negative ? -1n : 1n)
  const e = Number(exponent) - fraction.length
  return e >= 0 ? Exact.int(digits * 10n ** BigInt(e)) : Exact.fraction(digits, 10n ** BigInt(-e))
}
