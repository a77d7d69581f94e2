import type { Result } from "effect"
import { array, check, nullable, object, oneOf, optional } from "../../internal/programme-guards.js"
import type * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * The data of `<asn-development-plan>`: one employee's year. `jp` is core's `Development.yearly` row for the
 * employee (`total` the rounded text, `shortfall` exact text) with the policy's minimum; `gaps` are
 * `Development.recommend` (or `Elearning.recommend`) items with display names; `enrolments` come from the
 * `Training` record with each completion's credited JP.
 *
 * @since 0.4.0
 */
export interface DevelopmentPlanData {
  readonly employee: { readonly nip: string; readonly name?: string; readonly unit?: string; readonly remote?: boolean }
  readonly year: number
  readonly jp: { readonly total: string; readonly minimum: number; readonly shortfall: string; readonly meets: boolean }
  readonly gaps: ReadonlyArray<{
    readonly competency: string
    readonly name?: string
    readonly gap: string
    readonly suggestions: ReadonlyArray<{
      readonly form: string
      readonly name: string
      readonly kind?: "klasikal" | "nonklasikal"
      readonly online?: boolean
      readonly reasons: ReadonlyArray<string>
    }>
  }>
  readonly enrolments: ReadonlyArray<{
    readonly course: string
    readonly title: string
    readonly start: string
    readonly end: string
    readonly status: "enrolled" | "withdrawn" | "completed" | "not-completed"
    readonly online: boolean
    readonly jp: string | null
  }>
}

/**
 * Checks the JSON of `<asn-development-plan>` with plain guards (every problem with its path).
 *
 * @since 0.4.0
 */
export const readDevelopmentPlan = (input: unknown): Result.Result<DevelopmentPlanData, ReadonlyArray<string>> =>
  toResult(checkDevelopmentPlan(input))

/**
 * `readDevelopmentPlan` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkDevelopmentPlan = (input: unknown): Read.Read<DevelopmentPlanData> =>
  check<DevelopmentPlanData>(input, {
    employee: object({
      nip: "string",
      name: optional("string"),
      unit: optional("string"),
      remote: optional("boolean")
    }),
    year: "number",
    jp: object({ total: "decimal", minimum: "number", shortfall: "string", meets: "boolean" }),
    gaps: array(
      object({
        competency: "string",
        name: optional("string"),
        gap: "string",
        suggestions: array(
          object({
            form: "string",
            name: "string",
            kind: optional(oneOf(["klasikal", "nonklasikal"])),
            online: optional("boolean"),
            reasons: array("string")
          })
        )
      })
    ),
    enrolments: array(
      object({
        course: "string",
        title: "string",
        start: "date",
        end: "date",
        status: oneOf(["enrolled", "withdrawn", "completed", "not-completed"]),
        online: "boolean",
        jp: nullable("decimal")
      })
    )
  })
