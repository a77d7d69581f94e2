/**
 * Size and depth limits for untrusted documents (policies, rule sets), checked before decoding.
 *
 * A decoder that recurses or spreads arrays can exhaust the stack on a hostile or broken document (a condition
 * nested 800 levels deep, a band table of a million rows) and throw instead of answering. {@link check} walks the
 * parsed JSON once, **iteratively** (no recursion, linear time, stopping at the first limit passed) and reports the
 * first node beyond a limit as a {@link Input.Problem} with its path, so `decode` functions can keep their promise
 * never to throw.
 *
 * @since 0.4.0
 */
import { Result, Schema } from "effect"
import * as Input from "./Input.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The limits of a document: nesting depth of objects and arrays, items in one array, and nodes in total.
 *
 * @category models
 * @since 0.4.0
 */
export const Limits = Schema.Struct({
  maxDepth: Schema.Int,
  maxArrayLength: Schema.Int,
  maxNodes: Schema.Int
})

/**
 * @category models
 * @since 0.4.0
 */
export type Limits = typeof Limits.Type

/**
 * The limits of a policy document (`Policy.decode`): nesting 32, 10,000 items per array (bands, indicators,
 * scorecards, weights), 1,000,000 nodes.
 *
 * @category constants
 * @since 0.4.0
 */
export const policy: Limits = { maxDepth: 32, maxArrayLength: 10_000, maxNodes: 1_000_000 }

/**
 * The limits of a rule-set document (`Rule.decodeRuleSet`): nesting 160 (conditions themselves are limited to
 * {@link maxConditionDepth}), 1,000 items per array (rules are checked pairwise), 1,000,000 nodes.
 *
 * @category constants
 * @since 0.4.0
 */
export const ruleSet: Limits = { maxDepth: 160, maxArrayLength: 1_000, maxNodes: 1_000_000 }

/**
 * How deep rule conditions (`all` / `any` / `not`) may nest: 64 levels. Real rule sets use fewer than ten.
 *
 * @category constants
 * @since 0.4.0
 */
export const maxConditionDepth = 64

// ---------------------------------------------------------------------------------------------------------------
// checks
// ---------------------------------------------------------------------------------------------------------------

/**
 * The first limit a parsed JSON document passes, as a problem with its path (`too-deep`, `too-long` or
 * `too-large`), or none. Iterative and linear; it stops at the first problem.
 *
 * @example
 * ```ts
 * import { Limits } from "@pembinaan/core"
 * Limits.problems({ bands: new Array(20_000).fill(0) }, Limits.policy)
 * // => [{ path: ["bands"], code: "too-long", message: "20000 items; at most 10000 are read" }]
 * ```
 *
 * @category checks
 * @since 0.4.0
 */
export const problems = (input: unknown, limits: Limits): ReadonlyArray<Input.Problem> => {
  const stack: Array<{ value: unknown; path: ReadonlyArray<string | number>; depth: number }> = [
    { value: input, path: [], depth: 0 }
  ]
  let nodes = 0
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number]
    nodes++
    if (nodes > limits.maxNodes)
      return [{ path: [], code: "too-large", message: `more than ${limits.maxNodes} values; the document is refused` }]
    if (typeof value !== "object" || value === null) continue
    if (depth >= limits.maxDepth)
      return [{ path, code: "too-deep", message: `nested deeper than ${limits.maxDepth} levels` }]
    if (Array.isArray(value)) {
      if (value.length > limits.maxArrayLength)
        return [
          {
            path,
            code: "too-long",
            message: `${value.length} items; at most ${limits.maxArrayLength} are read`
          }
        ]
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i], depth: depth + 1 })
    } else {
      const keys = Object.keys(value)
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i] as string
        stack.push({ value: (value as Record<string, unknown>)[k], path: [...path, k], depth: depth + 1 })
      }
    }
  }
  return []
}

/**
 * {@link problems} as a Result: the input unchanged, or {@link Input.InvalidInput} with the problem.
 *
 * @category checks
 * @since 0.4.0
 */
export const check = (input: unknown, limits: Limits, subject: string): Result.Result<unknown, Input.InvalidInput> => {
  const found = problems(input, limits)
  return found.length === 0 ? Result.succeed(input) : Result.fail(new Input.InvalidInput({ subject, problems: found }))
}

/**
 * The first condition nested deeper than `max` (`all` / `any` / `not` levels) in a parsed rule-set document, as a
 * problem with its path (`too-deep`), or none. Iterative.
 *
 * @category checks
 * @since 0.4.0
 */
export const conditionDepthProblems = (
  input: unknown,
  max: number = maxConditionDepth
): ReadonlyArray<Input.Problem> => {
  if (typeof input !== "object" || input === null) return []
  const rules = (input as { rules?: unknown }).rules
  if (!Array.isArray(rules)) return []
  const stack: Array<{ value: unknown; path: ReadonlyArray<string | number>; level: number }> = rules.map((r, i) => ({
    value: typeof r === "object" && r !== null ? (r as { when?: unknown }).when : undefined,
    path: ["rules", i, "when"],
    level: 1
  }))
  while (stack.length > 0) {
    const { value, path, level } = stack.pop() as (typeof stack)[number]
    if (typeof value !== "object" || value === null) continue
    if (level > max) return [{ path, code: "too-deep", message: `conditions nested deeper than ${max} levels` }]
    const of = (value as { of?: unknown }).of
    if (Array.isArray(of))
      for (let i = of.length - 1; i >= 0; i--) stack.push({ value: of[i], path: [...path, "of", i], level: level + 1 })
    else if (typeof of === "object" && of !== null) stack.push({ value: of, path: [...path, "of"], level: level + 1 })
  }
  return []
}
