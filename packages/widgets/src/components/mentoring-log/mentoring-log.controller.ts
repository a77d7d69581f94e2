import type { Result } from "effect"
import { array, check, nullable, object, oneOf, optional } from "../../internal/programme-guards.js"

/**
 * The data of `<asn-mentoring-log>`: core's `Mentoring.Pair`, optionally display names by NIP and the policy's
 * minimum number of sessions.
 *
 * @since 0.4.0
 */
export interface MentoringLogData {
  readonly pair: {
    readonly id: string
    readonly mentee: string
    readonly menteeStatus: "cpns" | "pns-tahun-pertama"
    readonly mentor: string
    readonly mentors: ReadonlyArray<{ readonly nip: string; readonly from: string }>
    readonly from: string
    readonly until: string
    readonly status: "active" | "completed" | "cancelled"
    readonly sessions: ReadonlyArray<{
      readonly on: string
      readonly topic: string
      readonly outcome: string
      readonly minutes: number | null
      readonly mentor: string
    }>
    readonly assessment: {
      readonly on: string
      readonly score: number
      readonly passed: boolean
      readonly note: string | null
    } | null
  }
  readonly names?: Readonly<Record<string, string>>
  readonly minSessions?: number
}

/**
 * Checks the JSON of `<asn-mentoring-log>` with plain guards.
 *
 * @since 0.4.0
 */
export const readMentoringLog = (input: unknown): Result.Result<MentoringLogData, ReadonlyArray<string>> =>
  check<MentoringLogData>(input, {
    pair: object({
      id: "string",
      mentee: "string",
      menteeStatus: oneOf(["cpns", "pns-tahun-pertama"]),
      mentor: "string",
      mentors: array(object({ nip: "string", from: "date" })),
      from: "date",
      until: "date",
      status: oneOf(["active", "completed", "cancelled"]),
      sessions: array(
        object({ on: "date", topic: "string", outcome: "string", minutes: nullable("number"), mentor: "string" })
      ),
      assessment: nullable(object({ on: "date", score: "number", passed: "boolean", note: nullable("string") }))
    }),
    names: optional({ object: {} }),
    minSessions: optional("number")
  })
