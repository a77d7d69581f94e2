import type { Result } from "effect"
import { array, check, nullable, object, oneOf, optional } from "../../internal/programme-guards.js"
import type * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

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
  toResult(checkMentoringLog(input))

/**
 * `readMentoringLog` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkMentoringLog = (input: unknown): Read.Read<MentoringLogData> =>
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

/**
 * A mentoring session as typed into the form of `<asn-mentoring-log>` (cell texts; `minutes` may be empty).
 *
 * @since 0.5.0
 */
export interface SessionDraft {
  readonly on: string
  readonly topic: string
  readonly outcome: string
  readonly minutes: string
}

/**
 * The empty draft.
 *
 * @since 0.5.0
 */
export const emptyDraft: SessionDraft = { on: "", topic: "", outcome: "", minutes: "" }

/**
 * What is wrong with a draft, first problem first: a missing date, topic or outcome; a date outside the pair's
 * period (`from`–`until`, inclusive, as core checks it); minutes that are not a positive whole number.
 *
 * @since 0.5.0
 */
export type SessionProblem = "on" | "topic" | "outcome" | "period" | "minutes"

/**
 * The first problem of a draft for a pair, or `undefined` when it is a session core accepts.
 *
 * @since 0.5.0
 */
export const sessionProblem = (
  pair: Pick<MentoringLogData["pair"], "from" | "until">,
  d: SessionDraft
): SessionProblem | undefined =>
  !/^\d{4}-\d{2}-\d{2}$/.test(d.on)
    ? "on"
    : d.topic.trim() === ""
      ? "topic"
      : d.outcome.trim() === ""
        ? "outcome"
        : d.on < pair.from || d.on > pair.until
          ? "period"
          : d.minutes.trim() !== "" && !/^[1-9]\d*$/.test(d.minutes.trim())
            ? "minutes"
            : undefined

/**
 * The core `Mentoring` command a valid draft means (`RecordSession`; `minutes` only when given).
 *
 * @since 0.5.0
 */
export const sessionCommand = (pairId: string, d: SessionDraft) => ({
  _tag: "RecordSession" as const,
  pair: pairId,
  on: d.on,
  topic: d.topic.trim(),
  outcome: d.outcome.trim(),
  ...(d.minutes.trim() === "" ? {} : { minutes: Number(d.minutes.trim()) })
})
