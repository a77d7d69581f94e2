import type { Result } from "effect"
import { array, check, nullable, object, oneOf, optional } from "../../internal/programme-guards.js"
import type * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

type Status = "assigned" | "in-progress" | "re-evaluated" | "closed" | "escalated"

/**
 * The data of `<asn-remediation-plan>`: core's `Mentoring.ManagedPlan` (a `Remediation.Plan` with its konselor and
 * who did each step), optionally the plan type's label and required evidence (from the `Remediation` policy),
 * display names and the date to judge overdue on.
 *
 * @since 0.4.0
 */
export interface RemediationPlanData {
  readonly plan: {
    readonly id: string
    readonly employee: string
    readonly type: string
    readonly status: Status
    readonly assignedOn: string
    readonly deadline: string
    readonly followUpOn: string
    readonly reEvaluation?: { readonly on: string; readonly result: "improved" | "not-improved" }
    readonly evidence: ReadonlyArray<{ readonly on: string; readonly kind: string; readonly reference: string }>
    readonly escalatedTo?: string
    readonly log: ReadonlyArray<{ readonly on: string; readonly event: string; readonly to: Status }>
  }
  readonly konselor: string | null
  readonly steps: ReadonlyArray<{ readonly by: string; readonly role: string; readonly what: string }>
  readonly label?: string
  readonly requiredEvidence?: ReadonlyArray<string>
  readonly names?: Readonly<Record<string, string>>
  readonly asOf?: string
}

const status = oneOf(["assigned", "in-progress", "re-evaluated", "closed", "escalated"])

/**
 * Checks the JSON of `<asn-remediation-plan>` with plain guards.
 *
 * @since 0.4.0
 */
export const readRemediationPlan = (input: unknown): Result.Result<RemediationPlanData, ReadonlyArray<string>> =>
  toResult(checkRemediationPlan(input))

/**
 * `readRemediationPlan` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkRemediationPlan = (input: unknown): Read.Read<RemediationPlanData> =>
  check<RemediationPlanData>(input, {
    plan: object({
      id: "string",
      employee: "string",
      type: "string",
      status,
      assignedOn: "date",
      deadline: "date",
      followUpOn: "date",
      reEvaluation: optional(object({ on: "date", result: oneOf(["improved", "not-improved"]) })),
      evidence: array(object({ on: "date", kind: "string", reference: "string" })),
      escalatedTo: optional("string"),
      log: array(object({ on: "date", event: "string", to: status }))
    }),
    konselor: nullable("string"),
    steps: array(object({ by: "string", role: "string", what: "string" })),
    label: optional("string"),
    requiredEvidence: optional(array("string")),
    names: optional({ object: {} }),
    asOf: optional("date")
  })

/**
 * Which of the four stages (assigned, in progress, re-evaluated, closed) is current: 0–3, or 2 for an escalated
 * plan (it stopped after re-evaluation or the deadline).
 *
 * @since 0.4.0
 */
export const stageOf = (s: Status): number =>
  s === "assigned" ? 0 : s === "in-progress" ? 1 : s === "re-evaluated" || s === "escalated" ? 2 : 3

/**
 * Whether the plan is past its deadline on `asOf` while still open (as core's `Remediation.isOverdue`; ISO dates
 * compare as text).
 *
 * @since 0.4.0
 */
export const overdue = (data: RemediationPlanData): boolean =>
  data.asOf !== undefined &&
  (data.plan.status === "assigned" || data.plan.status === "in-progress") &&
  data.asOf > data.plan.deadline
