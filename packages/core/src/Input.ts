/**
 * Decoding untrusted input at the library boundary.
 *
 * Every public entry point that accepts data from outside (a portal form, a CSV row, a JSON policy document)
 * decodes it with a Schema through this module. A failure is never a throw: it is an {@link InvalidInput}
 * value listing **every** problem with its field path, so a form can attach each message to the right field
 * and a CLI can print them all at once.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema, SchemaIssue } from "effect"

/**
 * One problem found while decoding: where (`path`, from the root of the input) and what (`message`, English,
 * from the schema). `code` is a stable machine-readable kind for localisation.
 *
 * @category models
 * @since 0.1.0
 */
export const Problem = Schema.Struct({
  path: Schema.Array(Schema.Union([Schema.String, Schema.Number])),
  message: Schema.String,
  code: Schema.String
})

/**
 * @category models
 * @since 0.1.0
 */
export type Problem = typeof Problem.Type

/**
 * The input did not decode. `problems` lists every issue found, never only the first.
 *
 * @example
 * ```ts
 * import { Input } from "@pembinaan/core"
 * import { Schema } from "effect"
 *
 * const r = Input.decode(Schema.Struct({ n: Schema.Number }))({ n: "x" })
 * // r._tag === "Failure"; r.failure.problems[0].path => ["n"]
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidInput extends Data.TaggedError("InvalidInput")<{
  /** What was being decoded (for example `"Policy"` or `"QuadrantInput"`). */
  readonly subject: string
  readonly problems: ReadonlyArray<Problem>
}> {}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

const codeOf = (message: string): string => {
  if (message.startsWith("Missing key")) return "missing"
  if (message.startsWith("Expected")) return "type"
  if (message.startsWith("Unexpected key")) return "unexpected"
  return "invalid"
}

/**
 * Converts a schema issue into the list of {@link Problem}s with paths.
 *
 * @category conversions
 * @since 0.1.0
 */
export const problemsOf = (issue: SchemaIssue.Issue): ReadonlyArray<Problem> =>
  formatter(issue).issues.map((i) => {
    const path = (i.path ?? []).map((segment) => {
      const key = typeof segment === "object" && segment !== null && "key" in segment ? segment.key : segment
      return typeof key === "number" ? key : String(key)
    })
    return { path, message: i.message, code: codeOf(i.message) }
  })

/**
 * Builds a decoder for a schema that reports all problems as an {@link InvalidInput}.
 *
 * Unknown keys are rejected (`onExcessProperty: "error"`): a misspelt field is a problem to report, not data to
 * drop silently.
 *
 * @example
 * ```ts
 * import { Input } from "@pembinaan/core"
 * import { Schema } from "effect"
 *
 * const decodePoint = Input.decode(Schema.Struct({ x: Schema.Number }), "Point")
 * decodePoint({ x: 1 }) // => Result.succeed({ x: 1 })
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const decode =
  <S extends Schema.ConstraintDecoder<unknown>>(schema: S, subject = "Input") =>
  (input: unknown): Result.Result<S["Type"], InvalidInput> => {
    const decoded = Schema.decodeUnknownResult(schema)(input, {
      errors: "all",
      onExcessProperty: "error"
    })
    return Result.isSuccess(decoded)
      ? Result.succeed(decoded.success)
      : Result.fail(new InvalidInput({ subject, problems: problemsOf(decoded.failure.issue) }))
  }

// ---------------------------------------------------------------------------------------------------------------
// numbers written by people
// ---------------------------------------------------------------------------------------------------------------

/**
 * The locale a number was written in: `id` (`1.250,5`: a dot groups thousands, a comma marks decimals) or `en`
 * (`1,250.5`).
 *
 * @category models
 * @since 0.2.0
 */
export const NumberLocale = Schema.Literals(["id", "en"])

/**
 * @category models
 * @since 0.2.0
 */
export type NumberLocale = typeof NumberLocale.Type

/**
 * Why a text is not read as a number: `empty`; `ambiguous` (`1.250` is 1250 in `id` and 1.25 in `en`, and no locale
 * was given); `radix` (`0x10`, `0b11`, `0o7`: hexadecimal, binary and octal are refused); `exponent` (`1,98705E+17`:
 * scientific notation, usually a spreadsheet that changed the value); `fraction` (a whole number was asked for);
 * `format` (anything else, including a form the given locale does not write).
 *
 * @category models
 * @since 0.2.0
 */
export type NumberReason = "empty" | "ambiguous" | "radix" | "exponent" | "fraction" | "format"

/**
 * A text that is not read as a number, with the reason, both readings when it is ambiguous, and a message in
 * Indonesian and English.
 *
 * @category errors
 * @since 0.2.0
 */
export class UnreadableNumber extends Data.TaggedError("UnreadableNumber")<{
  readonly input: string
  readonly reason: "empty" | "ambiguous" | "radix" | "exponent" | "fraction" | "format"
  /** For `ambiguous`: the reading under `id` and under `en`. */
  readonly readings?: { readonly id: number; readonly en: number }
  readonly messages: { readonly id: string; readonly en: string }
}> {}

/**
 * Options of {@link readNumber}.
 *
 * @category models
 * @since 0.2.0
 */
export interface NumberOptions {
  /** The file's or argument's locale. Without it, only texts with a single reading are accepted. */
  readonly locale?: NumberLocale | undefined
  /** Refuse a number with a fractional part. */
  readonly integer?: boolean | undefined
}

const PLAIN = /^[+-]?\d+$/
const GROUPED = (group: string, decimal: string) =>
  new RegExp(`^[+-]?[1-9]\\d{0,2}(?:\\${group}\\d{3})+(?:\\${decimal}\\d+)?$`)
const DECIMAL_ONLY = (decimal: string) => new RegExp(`^[+-]?\\d+\\${decimal}\\d+$`)
const GROUPED_ID = GROUPED(".", ",")
const GROUPED_EN = GROUPED(",", ".")
const DECIMAL_ID = DECIMAL_ONLY(",")
const DECIMAL_EN = DECIMAL_ONLY(".")

/** The plain decimal text of `text` read under `locale`, or undefined when the locale does not write it so. */
const normalise = (text: string, locale: NumberLocale): string | undefined => {
  if (PLAIN.test(text)) return text
  if (locale === "id") {
    if (GROUPED_ID.test(text)) return text.replace(/\./g, "").replace(",", ".")
    if (DECIMAL_ID.test(text)) return text.replace(",", ".")
    return undefined
  }
  if (GROUPED_EN.test(text)) return text.replace(/,/g, "")
  if (DECIMAL_EN.test(text)) return text
  return undefined
}

const say = (id: string, en: string) => ({ id, en })

/**
 * Reads a number as a person or a spreadsheet wrote it, exactly, with one rule for every command and file: plain
 * integers and decimals, thousands grouping, and decimal commas. A text whose value depends on the locale
 * (`1.250`, `1,250`: one separator followed by exactly three digits) is refused unless `locale` is given, naming
 * both readings; `87,5` and `1.250,5` have a single reading and are accepted without it. Hexadecimal, binary,
 * octal, scientific notation, `Infinity` and `NaN` are always refused: in a spreadsheet cell they are almost
 * always a mangled value.
 *
 * @example
 * ```ts
 * import { Input } from "@pembinaan/core"
 * Input.readNumber("87,5")                      // => Result.succeed(87.5)
 * Input.readNumber("1.250")                     // => Result.fail(UnreadableNumber { reason: "ambiguous" })
 * Input.readNumber("1.250", { locale: "id" })   // => Result.succeed(1250)
 * Input.readNumber("1.250,5", { locale: "id" }) // => Result.succeed(1250.5)
 * ```
 *
 * @category parsing
 * @since 0.2.0
 */
export const readNumber = (input: string, options: NumberOptions = {}): Result.Result<number, UnreadableNumber> => {
  const text = input.trim()
  const fail = (
    reason: NumberReason,
    messages: { id: string; en: string },
    readings?: { id: number; en: number }
  ): Result.Result<number, UnreadableNumber> =>
    Result.fail(new UnreadableNumber({ input, reason, messages, ...(readings ? { readings } : {}) }))
  const shown = JSON.stringify(input)
  if (text === "") return fail("empty", say("kosong, bukan angka", "empty, not a number"))
  if (/^[+-]?0[xbo]/i.test(text))
    return fail(
      "radix",
      say(
        `${shown}: bilangan heksadesimal, biner atau oktal tidak diterima; tulis angka desimal`,
        `${shown}: hexadecimal, binary and octal numbers are not accepted; write a decimal number`
      )
    )
  if (/^[+-]?[\d.,]+e[+-]?\d+$/i.test(text))
    return fail(
      "exponent",
      say(
        `${shown}: notasi ilmiah tidak diterima (biasanya lembar kerja telah mengubah nilainya); format kolom sebagai Teks`,
        `${shown}: scientific notation is not accepted (usually a spreadsheet changed the value); format the column as Text`
      )
    )
  let plain: string | undefined
  if (options.locale !== undefined) plain = normalise(text, options.locale)
  else {
    const id = normalise(text, "id")
    const en = normalise(text, "en")
    if (id !== undefined && en !== undefined && Number(id) !== Number(en)) {
      return fail(
        "ambiguous",
        say(
          `${shown} bermakna ${Number(id)} (locale id) atau ${Number(en)} (locale en); sebutkan --locale id|en`,
          `${shown} reads as ${Number(id)} (locale id) or ${Number(en)} (locale en); give --locale id|en`
        ),
        { id: Number(id), en: Number(en) }
      )
    }
    plain = id ?? en
  }
  if (plain === undefined) {
    return fail(
      "format",
      options.locale === undefined
        ? say(`${shown} bukan angka`, `${shown} is not a number`)
        : say(
            `${shown} bukan angka dalam locale ${options.locale}`,
            `${shown} is not a number in locale ${options.locale}`
          )
    )
  }
  const value = Number(plain)
  if (!Number.isFinite(value)) return fail("format", say(`${shown} terlalu besar`, `${shown} is too large`))
  if (options.integer && !Number.isSafeInteger(value)) {
    return fail("fraction", say(`${shown} harus bilangan bulat`, `${shown} must be a whole number`))
  }
  return Result.succeed(value === 0 ? 0 : value)
}
