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
import { Result, Schema, SchemaIssue } from "effect"

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
export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  /** What was being decoded (for example `"Policy"` or `"QuadrantInput"`). */
  subject: Schema.String,
  problems: Schema.Array(Problem)
}) {}

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
