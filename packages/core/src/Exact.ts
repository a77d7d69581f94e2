/**
 * Exact rational arithmetic for scores, weights and achievements.
 *
 * A score that decides Baik versus Sangat Baik must not depend on binary floating point. Every intermediate value in
 * core is an {@link Exact}: a reduced fraction of two `bigint`s. Sums of weights such as nine times 1/9 are exactly 1,
 * `realisasi / target` is exact, and nothing is rounded until a policy's named decision point calls {@link round}
 * with the policy's {@link RoundingMode}. JavaScript numbers from input are read by their shortest decimal
 * representation (`0.1` is one tenth, not 0.1000000000000000055…), which is what a person typed.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * An exact rational number `n / d` with `d > 0` and `gcd(|n|, d) = 1`.
 *
 * @category models
 * @since 0.1.0
 */
export interface Exact {
  readonly n: bigint
  readonly d: bigint
}

/**
 * How a value is rounded to a number of decimal places.
 *
 * - `half-up`: ties away from zero (2.345 → 2.35, −2.345 → −2.35): what the regulations' worked examples and
 *   spreadsheet `ROUND` do. The default of every preset.
 * - `half-even`: ties to the even neighbour (banker's rounding).
 * - `half-down`: ties toward zero.
 * - `up`: away from zero; `down`: toward zero (truncate); `ceiling`: toward +∞; `floor`: toward −∞.
 *
 * @category models
 * @since 0.1.0
 */
export const RoundingMode = Schema.Literals(["half-up", "half-even", "half-down", "up", "down", "ceiling", "floor"])

/**
 * @category models
 * @since 0.1.0
 */
export type RoundingMode = typeof RoundingMode.Type

/**
 * A named rounding point of a policy: how many decimal places and which mode.
 *
 * @category models
 * @since 0.1.0
 */
export const Rounding = Schema.Struct({
  scale: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 12 }))),
  mode: RoundingMode
})

/**
 * @category models
 * @since 0.1.0
 */
export type Rounding = typeof Rounding.Type

/**
 * A value rounded at a decision point. `text` is the exact decimal (`"90.56"`); `value` is the same as a JS number
 * for display and JSON; decisions compare the exact value, never `value`.
 *
 * @category models
 * @since 0.1.0
 */
export interface Rounded {
  readonly text: string
  readonly value: number
  readonly scale: number
  readonly mode: RoundingMode
  /** The exact value before rounding, as {@link format} shows it. */
  readonly before: string
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A number that is not finite (NaN, ±Infinity) or a string that is not a decimal.
 *
 * @category errors
 * @since 0.1.0
 */
export class NotANumber extends Data.TaggedError("NotANumber")<{
  readonly input: string
}> {}

/**
 * Division by zero.
 *
 * @category errors
 * @since 0.1.0
 */
export class DivisionByZero extends Data.TaggedError("DivisionByZero")<{
  readonly numerator: string
}> {}

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

const abs = (x: bigint): bigint => (x < 0n ? -x : x)
const gcd = (a: bigint, b: bigint): bigint => {
  let x = abs(a)
  let y = abs(b)
  while (y !== 0n) {
    const t = x % y
    x = y
    y = t
  }
  return x
}
const POWERS = Array.from({ length: 32 }, (_, k) => 10n ** BigInt(k))
const pow10 = (k: number): bigint => POWERS[k] ?? 10n ** BigInt(k)

const make = (n: bigint, d: bigint): Exact => {
  if (d < 0n) {
    n = -n
    d = -d
  }
  if (d === 1n) return { n, d }
  const g = gcd(n, d)
  return g === 1n ? { n, d } : { n: n / g, d: d / g }
}

/**
 * Zero.
 *
 * @category constructors
 * @since 0.1.0
 */
export const zero: Exact = { n: 0n, d: 1n }

/**
 * One.
 *
 * @category constructors
 * @since 0.1.0
 */
export const one: Exact = { n: 1n, d: 1n }

/**
 * An integer.
 *
 * @category constructors
 * @since 0.1.0
 */
export const int = (n: number | bigint): Exact => ({ n: BigInt(n), d: 1n })

/**
 * A fraction `n / d`. The denominator must not be zero (use {@link divide} for untrusted values).
 *
 * @example
 * ```ts
 * import { Exact } from "@pembinaan/core"
 * Exact.format(Exact.fraction(1, 9)) // => "1/9"
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const fraction = (n: number | bigint, d: number | bigint): Exact => make(BigInt(n), BigInt(d))

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i

/**
 * Parses a decimal string (`"12.5"`, `"-0.25"`, `"1e-3"`) exactly.
 *
 * @example
 * ```ts
 * import { Exact } from "@pembinaan/core"
 * Exact.fromString("2.5996") // => Result.succeed({ n: 6499n, d: 2500n })
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromString = (input: string): Result.Result<Exact, NotANumber> => {
  const read = readDecimal(input)
  return read === undefined ? Result.fail(new NotANumber({ input })) : Result.succeed(read)
}

/**
 * {@link fromString} without the error value: `undefined` for text that is not a decimal. (So that
 * {@link fromFinite}, which only throws on a programming error, does not reach the error class, and a browser bundle
 * using it does not carry effect's error base.)
 */
const readDecimal = (input: string): Exact | undefined => {
  const m = DECIMAL.exec(input.trim())
  if (!m) return undefined
  const [, sign, whole = "0", frac = "", exp = "0"] = m
  let n = BigInt(whole + frac)
  if (sign === "-") n = -n
  const e = Number(exp) - frac.length
  if (!Number.isSafeInteger(e) || Math.abs(e) > 400) return undefined
  return e >= 0 ? make(n * pow10(e), 1n) : make(n, pow10(-e))
}

/**
 * Reads a finite JS number by its shortest decimal representation, so `0.1` is exactly one tenth.
 * NaN and ±Infinity fail with {@link NotANumber}.
 *
 * @example
 * ```ts
 * import { Exact } from "@pembinaan/core"
 * Exact.format(Result.getOrThrow(Exact.fromNumber(0.1))) // => "0.1"
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromNumber = (input: number): Result.Result<Exact, NotANumber> => {
  if (!Number.isFinite(input)) return Result.fail(new NotANumber({ input: String(input) }))
  return Result.succeed(readFinite(input))
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8] as const
const POW10N = [1n, 10n, 100n, 1000n, 10000n, 100000n, 1000000n, 10000000n, 100000000n] as const

/**
 * The exact value of a finite number's shortest decimal form. Fast path: a number below 10^7 in magnitude with at
 * most 8 decimals is `s / 10^k` for the smallest `k` whose scaled value `s` is an integer that divides back to the
 * same double. With at most 15 significant digits no two such decimals share a double, so this is the shortest
 * decimal form; anything else goes through `String(input)`.
 */
const readFinite = (input: number): Exact => {
  if (Number.isSafeInteger(input)) return { n: BigInt(input), d: 1n }
  if (Math.abs(input) < 1e7) {
    for (let k = 1; k <= 8; k++) {
      const p = POW10[k] as number
      const s = Math.round(input * p)
      if (s / p === input) return make(BigInt(s), POW10N[k] as bigint)
    }
  }
  const parsed = readDecimal(String(input))
  if (parsed === undefined) throw new RangeError(`Exact: cannot read ${input}`)
  return parsed
}

/**
 * {@link fromNumber} for values already validated as finite (for example by a Schema with `Schema.Finite`).
 * Throws only on a programming error (a non-finite number).
 *
 * @category constructors
 * @since 0.1.0
 */
export const fromFinite = (input: number): Exact => {
  if (!Number.isFinite(input)) throw new RangeError(`Exact.fromFinite: ${input} is not finite`)
  return readFinite(input)
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * `a + b`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const add: { (b: Exact): (a: Exact) => Exact; (a: Exact, b: Exact): Exact } = dual(
  2,
  (a: Exact, b: Exact): Exact => (a.d === b.d ? make(a.n + b.n, a.d) : make(a.n * b.d + b.n * a.d, a.d * b.d))
)

/**
 * `a − b`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const subtract: { (b: Exact): (a: Exact) => Exact; (a: Exact, b: Exact): Exact } = dual(
  2,
  (a: Exact, b: Exact): Exact => (a.d === b.d ? make(a.n - b.n, a.d) : make(a.n * b.d - b.n * a.d, a.d * b.d))
)

/**
 * `a × b`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const multiply: { (b: Exact): (a: Exact) => Exact; (a: Exact, b: Exact): Exact } = dual(
  2,
  (a: Exact, b: Exact): Exact => make(a.n * b.n, a.d * b.d)
)

/**
 * `a ÷ b`, failing with {@link DivisionByZero} when `b` is zero.
 *
 * @example
 * ```ts
 * import { Exact } from "@pembinaan/core"
 * Exact.divide(Exact.int(1), Exact.int(3)) // => Result.succeed(1/3)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const divide: {
  (b: Exact): (a: Exact) => Result.Result<Exact, DivisionByZero>
  (a: Exact, b: Exact): Result.Result<Exact, DivisionByZero>
} = dual(
  2,
  (a: Exact, b: Exact): Result.Result<Exact, DivisionByZero> =>
    b.n === 0n ? Result.fail(new DivisionByZero({ numerator: format(a) })) : Result.succeed(make(a.n * b.d, a.d * b.n))
)

/**
 * `−a`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const negate = (a: Exact): Exact => ({ n: -a.n, d: a.d })

/**
 * The sum of values (zero for none).
 *
 * @category combinators
 * @since 0.1.0
 */
export const sum = (values: Iterable<Exact>): Exact => {
  let acc = zero
  for (const v of values) acc = add(acc, v)
  return acc
}

/**
 * Compares exactly: −1, 0 or 1.
 *
 * @category combinators
 * @since 0.1.0
 */
export const compare: { (b: Exact): (a: Exact) => -1 | 0 | 1; (a: Exact, b: Exact): -1 | 0 | 1 } = dual(
  2,
  (a: Exact, b: Exact): -1 | 0 | 1 => {
    const l = a.n * b.d
    const r = b.n * a.d
    return l < r ? -1 : l > r ? 1 : 0
  }
)

/**
 * `a = b`.
 *
 * @category predicates
 * @since 0.1.0
 */
export const equals = (a: Exact, b: Exact): boolean => a.n === b.n && a.d === b.d

/**
 * `a < b`.
 *
 * @category predicates
 * @since 0.1.0
 */
export const lessThan = (a: Exact, b: Exact): boolean => compare(a, b) < 0

/**
 * `a ≥ b`.
 *
 * @category predicates
 * @since 0.1.0
 */
export const greaterThanOrEqualTo = (a: Exact, b: Exact): boolean => compare(a, b) >= 0

/**
 * The smaller of two values.
 *
 * @category combinators
 * @since 0.1.0
 */
export const min = (a: Exact, b: Exact): Exact => (compare(a, b) <= 0 ? a : b)

/**
 * The larger of two values.
 *
 * @category combinators
 * @since 0.1.0
 */
export const max = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b)

/**
 * Restricts a value to `[lo, hi]`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const clamp = (x: Exact, lo: Exact, hi: Exact): Exact => min(max(x, lo), hi)

const roundUnits = (x: Exact, scale: number, mode: RoundingMode): bigint => {
  const num = x.n * pow10(scale)
  const q = num / x.d // truncated toward zero
  const r = num - q * x.d // same sign as num
  if (r === 0n) return q
  const sign = num < 0n ? -1n : 1n
  const twice = abs(r) * 2n
  const away = q + sign
  switch (mode) {
    case "down":
      return q
    case "up":
      return away
    case "ceiling":
      return sign > 0n ? away : q
    case "floor":
      return sign < 0n ? away : q
    case "half-up":
      return twice >= x.d ? away : q
    case "half-down":
      return twice > x.d ? away : q
    case "half-even":
      return twice > x.d || (twice === x.d && q % 2n !== 0n) ? away : q
  }
}

const unitsToText = (units: bigint, scale: number): string => {
  const negative = units < 0n
  const digits = abs(units)
    .toString()
    .padStart(scale + 1, "0")
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
  return negative ? `-${text}` : text
}

/**
 * Rounds to `scale` decimal places with a named mode, returning the exact rounded value.
 *
 * @example
 * ```ts
 * import { Exact } from "@pembinaan/core"
 * Exact.format(Exact.roundExact(Exact.fraction(181, 2), { scale: 0, mode: "half-up" })) // => "91"
 * Exact.format(Exact.roundExact(Exact.fraction(181, 2), { scale: 0, mode: "half-even" })) // => "90"
 * ```
 *
 * @category rounding
 * @since 0.1.0
 */
export const roundExact: { (rounding: Rounding): (x: Exact) => Exact; (x: Exact, rounding: Rounding): Exact } = dual(
  2,
  (x: Exact, rounding: Rounding): Exact => make(roundUnits(x, rounding.scale, rounding.mode), pow10(rounding.scale))
)

/**
 * Rounds at a decision point and describes the result for a trace: the exact decimal text, a JS number for display,
 * the scale, the mode and the value before rounding.
 *
 * @example
 * ```ts
 * import { Exact } from "@pembinaan/core"
 * Exact.round(Exact.fraction(2, 3), { scale: 2, mode: "half-up" }).text // => "0.67"
 * ```
 *
 * @category rounding
 * @since 0.1.0
 */
export const round: { (rounding: Rounding): (x: Exact) => Rounded; (x: Exact, rounding: Rounding): Rounded } = dual(
  2,
  (x: Exact, rounding: Rounding): Rounded => {
    const units = roundUnits(x, rounding.scale, rounding.mode)
    const text = unitsToText(units, rounding.scale)
    return { text, value: Number(text), scale: rounding.scale, mode: rounding.mode, before: format(x) }
  }
)

// ---------------------------------------------------------------------------------------------------------------
// conversions
// ---------------------------------------------------------------------------------------------------------------

/**
 * Whether the value has a finite decimal expansion (its reduced denominator has only the factors 2 and 5).
 *
 * @category predicates
 * @since 0.1.0
 */
export const isTerminating = (x: Exact): boolean => {
  let d = x.d
  while (d % 2n === 0n) d /= 2n
  while (d % 5n === 0n) d /= 5n
  return d === 1n
}

/**
 * Shows a value exactly: a decimal when it terminates (`"90.5"`), otherwise the fraction with a 6-place
 * approximation (`"100/3 ≈ 33.333333"`). For traces that a policy team reads.
 *
 * @example
 * ```ts
 * import { Exact } from "@pembinaan/core"
 * Exact.format(Exact.fraction(181, 2)) // => "90.5"
 * Exact.format(Exact.fraction(100, 3)) // => "100/3 ≈ 33.333333"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const format = (x: Exact): string => {
  if (x.d === 1n) return x.n.toString()
  if (isTerminating(x)) {
    let scale = 0
    while ((x.n * pow10(scale)) % x.d !== 0n) scale++
    return unitsToText((x.n * pow10(scale)) / x.d, scale)
  }
  return `${x.n}/${x.d} ≈ ${unitsToText(roundUnits(x, 6, "half-even"), 6)}`
}

/**
 * The nearest JS number, for display and charts only. Never use it to decide a band.
 *
 * @category conversions
 * @since 0.1.0
 */
export const toNumber = (x: Exact): number => {
  const limit = 2n ** 53n
  // Both exact as doubles: IEEE division is then correctly rounded.
  if (abs(x.n) <= limit && x.d <= limit) return Number(x.n) / Number(x.d)
  if (isTerminating(x)) return Number(format(x))
  const digits = abs(x.n).toString().length - x.d.toString().length
  return Number(unitsToText(roundUnits(x, Math.max(0, 20 - digits), "half-even"), Math.max(0, 20 - digits)))
}
