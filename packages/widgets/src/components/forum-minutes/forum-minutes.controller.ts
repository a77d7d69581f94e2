import type { Result } from "effect"
import { array, check, nullable, object, oneOf, optional } from "../../internal/programme-guards.js"
import type * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

type FollowUpStatus = "open" | "in-progress" | "done" | "dropped"

/**
 * The data of `<asn-forum-minutes>`: core's `Forum.Minutes`, the forum's `Forum.Commitment`s, and optionally the
 * follow-up share from `Forum.followUp` (with `percent` as rounded text) and display names by NIP.
 *
 * @since 0.4.0
 */
export interface ForumMinutesData {
  readonly minutes: {
    readonly id: string
    readonly kind: "forum-konsultasi-publik" | "dialog-publik" | "forum-diskusi"
    readonly unit: string
    readonly date: string
    readonly place: string
    readonly participants: ReadonlyArray<{ readonly name: string; readonly from?: string }>
    readonly issues: ReadonlyArray<{ readonly id: string; readonly text: string }>
  }
  readonly commitments: ReadonlyArray<{
    readonly id: string
    readonly issue: string
    readonly text: string
    readonly owner: string
    readonly due: string
    readonly status: FollowUpStatus
    readonly doneOn: string | null
  }>
  readonly followUp?: {
    readonly asOf: string
    readonly considered: number
    readonly done: number
    readonly percent: string | null
  }
  readonly names?: Readonly<Record<string, string>>
}

/**
 * Checks the JSON of `<asn-forum-minutes>` with plain guards.
 *
 * @since 0.4.0
 */
export const readForumMinutes = (input: unknown): Result.Result<ForumMinutesData, ReadonlyArray<string>> =>
  toResult(checkForumMinutes(input))

/**
 * `readForumMinutes` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkForumMinutes = (input: unknown): Read.Read<ForumMinutesData> =>
  check<ForumMinutesData>(input, {
    minutes: object({
      id: "string",
      kind: oneOf(["forum-konsultasi-publik", "dialog-publik", "forum-diskusi"]),
      unit: "string",
      date: "date",
      place: "string",
      participants: array(object({ name: "string", from: optional("string") })),
      issues: array(object({ id: "string", text: "string" }))
    }),
    commitments: array(
      object({
        id: "string",
        issue: "string",
        text: "string",
        owner: "string",
        due: "date",
        status: oneOf(["open", "in-progress", "done", "dropped"]),
        doneOn: nullable("date")
      })
    ),
    followUp: optional(object({ asOf: "date", considered: "number", done: "number", percent: nullable("decimal") })),
    names: optional({ object: {} })
  })

/**
 * Whether a commitment is overdue on a date: due strictly before it and neither done nor dropped (as
 * `Forum.followUp`; ISO dates compare as text).
 *
 * @since 0.4.0
 */
export const isOverdue = (c: ForumMinutesData["commitments"][number], asOf: string | undefined): boolean =>
  asOf !== undefined && c.due < asOf && c.status !== "done" && c.status !== "dropped"
