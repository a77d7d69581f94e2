/**
 * Indonesian number format: a dot groups thousands and a comma starts the decimals (`1.234,5`).
 *
 * Parsing never throws and never returns `NaN`: it returns a `Result` whose failure is a typed
 * {@link NumberParseError}, which widgets translate with `messages(locale)` by `_tag`.
 *
 * @since 0.2.0
 */
import { Result } from "effect"
import { intlLocale, type Locale } from "./locale.js"
import { number as numberMessages } from "./messages/number.js"

/**
 * Why a text is not a number in Indonesian format.
 *
 * - `Empty`: nothing but whitespace.
 * - `Malformed`: not a number in Indonesian format (`12.5`, `1,234.5`, `1.23`, `abc`).
 * - `Ambiguous`: one separator followed by exactly three digits (`1.234`, `1,234`), which Indonesian and English
 *   read differently; `readings` gives both. Pass `{ ambiguous: "id" }` to accept the Indonesian reading.
 * - `OutOfRange`: too large for a finite IEEE-754 double.
 *
 * @category models
 * @since 0.2.0
 */
export type NumberParseError =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "Malformed"; readonly input: string }
  | {
      readonly _tag: "Ambiguous"
      readonly input: string
      readonly readings: { readonly id: number; readonly en: number }
    }
  | { readonly _tag: "OutOfRange"; readonly input: string }

/**
 * Options of {@link parseNumber}.
 *
 * @category models
 * @since 0.2.0
 */
export interface ParseNumberOptions {
  /** How to treat `1.234` and `1,234`: `"reject"` (default) fails with `Ambiguous`; `"id"` reads them as Indonesian. */
  readonly ambiguous?: "reject" | "id"
}

const SIGN = /^[-+\u2212]/
// Indonesian grammar: grouped integer (first group without a leading zero) or plain digits, then optional decimals.
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/
const PLAIN = /^\d+(?:,\d+)?$/
// One separator followed by exactly three digits, no other separator: read differently in id and en.
const AMBIGUOUS = /^[1-9]\d{0,2}[.,]\d{3}$/

const toNumber = (canonical: string, negative: boolean): number => {
  const n = Number(canonical)
  return negative && n !== 0 ? -n : n
}

/**
 * Parses a number written in Indonesian format.
 *
 * Accepts an optional sign (`-`, `+` or `−`), digits grouped by dots in threes (or not grouped at all) and
 * decimals after one comma; surrounding whitespace is ignored. The decimal string is converted once by the
 * platform's correctly rounded `Number` conversion; `-0` is returned as `0`.
 *
 * @example
 * ```ts
 * parseNumber("1.234,5")  // => Result.succeed(1234.5)
 * parseNumber("12,5")     // => Result.succeed(12.5)
 * parseNumber("1.234")    // => Result.fail({ _tag: "Ambiguous", input: "1.234", readings: { id: 1234, en: 1.234 } })
 * parseNumber("1.234", { ambiguous: "id" }) // => Result.succeed(1234)
 * parseNumber("12.5")     // => Result.fail({ _tag: "Malformed", input: "12.5" })
 * ```
 *
 * @category parsing
 * @since 0.2.0
 */
export const parseNumber = (text: string, options?: ParseNumberOptions): Result.Result<number, NumberParseError> => {
  const input = text.trim()
  if (input === "") return Result.fail({ _tag: "Empty" })
  const negative = /^[-\u2212]/.test(input)
  const body = input.replace(SIGN, "")
  if (AMBIGUOUS.test(body) && options?.ambiguous !== "id") {
    const grouped = toNumber(body.replace(/[.,]/, ""), negative)
    const decimal = toNumber(body.replace(",", "."), negative)
    const readings = body.includes(".") ? { id: grouped, en: decimal } : { id: decimal, en: grouped }
    return Result.fail({ _tag: "Ambiguous", input, readings })
  }
  if (!GROUPED.test(body) && !PLAIN.test(body)) return Result.fail({ _tag: "Malformed", input })
  const value = toNumber(body.replaceAll(".", "").replace(",", "."), negative)
  if (!Number.isFinite(value)) return Result.fail({ _tag: "OutOfRange", input })
  return Result.succeed(value)
}

/**
 * Formats a number for a locale through `Intl.NumberFormat` (`id` → `id-ID`: `1.234,5`).
 *
 * @example
 * ```ts
 * formatNumber(1234.5)                 // => "1.234,5"
 * formatNumber(1234.5, "en")           // => "1,234.5"
 * formatNumber(0.5, "id", { style: "percent" }) // => "50%"
 * ```
 *
 * @category formatting
 * @since 0.2.0
 */
export const formatNumber = (value: number, locale: Locale = "id", options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(intlLocale(locale), options).format(value)

/**
 * The localised message for a parse failure, chosen by `_tag`.
 *
 * @example
 * ```ts
 * numberErrorMessage({ _tag: "Empty" }, "en") // => "Enter a number."
 * ```
 *
 * @category formatting
 * @since 0.2.0
 */
export const numberErrorMessage = (error: NumberParseError, locale: Locale = "id"): string => {
  const t = locale === "en" ? numberMessages.en : numberMessages.id
  switch (error._tag) {
    case "Empty":
      return t.numberEmpty
    case "Malformed":
      return t.numberMalformed(error.input)
    case "Ambiguous":
      return t.numberAmbiguous(error.input)
    case "OutOfRange":
      return t.numberOutOfRange(error.input)
  }
}

/**
 * Formats a decimal text that core produced (`"105.75"`, `"5.00"`, `"-0.5"`, `"13/4"` is not a decimal) for a locale,
 * without converting it to a float: the digits are kept as they are (including trailing zeros, which carry the
 * rounding scale) and only the separators change (`id` → `105,75`, `1.234,50`; `en` → `1,234.50`). A trailing approximation (`4/3 ≈ 1.333333`) has its
 * decimal formatted; other text is returned unchanged.
 *
 * @example
 * ```ts
 * formatDecimal("1234.50")       // => "1.234,50"
 * formatDecimal("1234.50", "en") // => "1,234.50"
 * formatDecimal("4/3 ≈ 1.333333") // => "4/3 ≈ 1,333333"
 * formatDecimal("n/a")            // => "n/a"
 * ```
 *
 * @category formatting
 * @since 0.3.0
 */
export const formatDecimal = (text: string, locale: Locale = "id"): string => {
  const approx = /^(.*≈\s*)(-?\d+(?:\.\d+)?)$/.exec(text)
  if (approx) return `${approx[1]}${formatDecimal(approx[2] ?? "", locale)}`
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim())
  if (!m) return text
  const [, sign = "", int = "0", frac] = m
  const grouped = new Intl.NumberFormat(intlLocale(locale), { useGrouping: true }).format(BigInt(int))
  const decimal = locale === "en" ? "." : ","
  return `${sign}${grouped}${frac === undefined ? "" : `${decimal}${frac}`}`
}

/** How a shown number is rounded: decimals and a mode of core's `Exact.RoundingMode`. */
export interface DisplayRounding {
  readonly scale: number
  readonly mode: string
}

const exactParts = (text: string): { n: bigint; d: bigint } | undefined => {
  const fraction = /^\s*(-?\d+)\/(\d+)/.exec(text)
  if (fraction) return { n: BigInt(fraction[1] ?? "0"), d: BigInt(fraction[2] ?? "1") }
  const decimal = /^\s*(-?)(\d+)(?:\.(\d+))?\s*$/.exec(text)
  if (!decimal) return undefined
  const frac = decimal[3] ?? ""
  const n = BigInt(`${decimal[2]}${frac}`) * (decimal[1] === "-" ? -1n : 1n)
  return { n, d: 10n ** BigInt(frac.length) }
}

/**
 * Rounds a number that core wrote as text (`"105.75"`, or an exact fraction `"13500/127 ≈ 106.299213"`) to the
 * policy's decimals with its rounding mode, from the exact value, and formats it for the locale: `"106,30"`. Text
 * that is not a number is returned unchanged.
 *
 * @example
 * ```ts
 * roundDecimal("13500/127 ≈ 106.299213", { scale: 2, mode: "half-up" }) // => "106,30"
 * roundDecimal("4826103/45212 ≈ 106.743851", { scale: 2, mode: "half-up" }, "en") // => "106.74"
 * ```
 *
 * @category formatting
 * @since 0.4.0
 */
export const roundDecimal = (text: string, rounding: DisplayRounding, locale: Locale = "id"): string => {
  const parts = exactParts(text)
  if (!parts || parts.d === 0n) return text
  const negative = parts.n < 0n !== parts.d < 0n
  const n = parts.n < 0n ? -parts.n : parts.n
  const d = parts.d < 0n ? -parts.d : parts.d
  const unit = 10n ** BigInt(Math.max(0, rounding.scale))
  const q = (n * unit) / d
  const r = (n * unit) % d
  const twice = r * 2n
  const up = (() => {
    if (r === 0n) return false
    switch (rounding.mode) {
      case "half-up":
        return twice >= d
      case "half-down":
        return twice > d
      case "half-even":
        return twice > d || (twice === d && q % 2n === 1n)
      case "up":
        return true
      case "down":
        return false
      case "ceiling":
        return !negative
      case "floor":
        return negative
      default:
        return twice >= d
    }
  })()
  const units = q + (up ? 1n : 0n)
  const digits = units.toString().padStart(rounding.scale + 1, "0")
  const int = digits.slice(0, digits.length - rounding.scale) || "0"
  const frac = rounding.scale > 0 ? `.${digits.slice(digits.length - rounding.scale)}` : ""
  return formatDecimal(`${negative && units !== 0n ? "-" : ""}${int}${frac}`, locale)
}

/** The exact part of core's text (`"13500/127"` of `"13500/127 ≈ 106.299213"`), or `undefined` for a plain decimal. */
export const exactFraction = (text: string): string | undefined => /^\s*(-?\d+\/\d+)\s*≈/.exec(text)?.[1]
