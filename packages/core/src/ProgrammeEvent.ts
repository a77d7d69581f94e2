/**
 * The event envelope shared by the programme records (`Training`, `Mentoring`, `Forum`, `ActivityReport`): who did
 * something (NIP and role), when (a timestamp with a zone), what (the module's command) and why; the {@link Change}
 * each accepted event leaves (before → after) and its conversion into the hash-chained `AuditLog`; and the errors
 * every record's fold shares (a duplicate id, an unknown reference, a step the state does not allow, a date out of
 * range, a score off its scale). Each error names the event that caused it.
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as AuditLog from "./AuditLog.js"
import * as Calendar from "./Calendar.js"

// ---------------------------------------------------------------------------------------------------------------
// the envelope
// ---------------------------------------------------------------------------------------------------------------

/**
 * An ISO 8601 timestamp with a zone (`2026-03-02T08:00:00Z`, `2026-03-02T15:00+07:00`).
 *
 * @category models
 * @since 0.2.0
 */
export const Timestamp = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter(
      (s: string) =>
        (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) &&
          Calendar.dayNumber(s.slice(0, 10)) !== undefined) ||
        "expected a timestamp YYYY-MM-DDThh:mm[:ss]Z or with an offset"
    )
  )
)

/**
 * Who did something: the employee's NIP and the role they acted in (`"admin-bkpsdm"`, `"atasan"`, `"pegawai"`,
 * `"konselor"` …; roles are checked by the caller's permission layer, not here).
 *
 * @category models
 * @since 0.2.0
 */
export const Actor = Schema.Struct({ nip: Schema.NonEmptyString, role: Schema.NonEmptyString })

/**
 * @category models
 * @since 0.2.0
 */
export type Actor = typeof Actor.Type

/**
 * One recorded change for the audit trail: who (NIP and role), when, what (the event's tag and subject), the value
 * before and after (`null` when created or removed) and the reason given.
 *
 * @category models
 * @since 0.2.0
 */
export interface Change {
  readonly event: string
  readonly who: string
  readonly role: string
  readonly when: string
  readonly what: string
  readonly subject: string
  readonly before: unknown
  readonly after: unknown
  readonly reason: string | null
}

/**
 * Builds the envelope schema of a module's events: `{ id, at, by, reason?, command }`.
 *
 * @category models
 * @since 0.2.0
 */
export const envelope = <C extends Schema.Top>(command: C) =>
  Schema.Struct({
    id: Schema.NonEmptyString,
    at: Timestamp,
    by: Actor,
    reason: Schema.optionalKey(Schema.String),
    command
  })

/**
 * Builds a {@link Change} from an envelope.
 *
 * @category constructors
 * @since 0.2.0
 */
export const change = (
  e: { readonly id: string; readonly at: string; readonly by: Actor; readonly reason?: string },
  what: string,
  subject: string,
  before: unknown,
  after: unknown
): Change => ({
  event: e.id,
  who: e.by.nip,
  role: e.by.role,
  when: e.at,
  what,
  subject,
  before: before ?? null,
  after: after ?? null,
  reason: e.reason ?? null
})

/**
 * A {@link Change} as an `AuditLog` entry: `action` is `<module>.<what>` (for example `"training.Enrol"`), the
 * actor and role, the subject, before → after and the reason (empty when none was given).
 *
 * @category conversions
 * @since 0.2.0
 */
export const auditEntry = (module: string, c: Change): AuditLog.Entry => ({
  at: c.when,
  actor: c.who,
  role: c.role,
  action: `${module}.${c.what}`,
  subject: c.subject,
  before: c.before,
  after: c.after,
  reason: c.reason ?? ""
})

/**
 * Appends changes to a hash-chained `AuditLog` in order (see {@link auditEntry}); fails like `AuditLog.append` (for
 * example a change dated before the log's last event).
 *
 * @category conversions
 * @since 0.2.0
 */
export const toAuditLog = (
  log: AuditLog.Log,
  module: string,
  changes: ReadonlyArray<Change>
): Result.Result<AuditLog.Log, AuditLog.AuditError> => {
  let out: Result.Result<AuditLog.Log, AuditLog.AuditError> = Result.succeed(log)
  for (const c of changes) {
    out = Result.flatMap(out, (l) => AuditLog.append(l, auditEntry(module, c)))
    if (Result.isFailure(out)) return out
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * An id that is already used (item, partner, course or event).
 *
 * @category errors
 * @since 0.2.0
 */
export class DuplicateId extends Data.TaggedError("DuplicateId")<{
  readonly event: string
  readonly kind: string
  readonly id: string
}> {}

/**
 * A reference to an item, partner, form, course or enrolment that does not exist.
 *
 * @category errors
 * @since 0.2.0
 */
export class UnknownReference extends Data.TaggedError("UnknownReference")<{
  readonly event: string
  readonly kind: string
  readonly id: string
}> {}

/**
 * The event is not allowed in the enrolment's state (for example a certificate before completion).
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidStep extends Data.TaggedError("InvalidStep")<{
  readonly event: string
  readonly subject: string
  readonly status: string
  readonly step: string
  readonly reason: string
}> {}

/**
 * A date outside the range it must fall in (attendance outside the course, a partner's course outside its
 * agreement, an assessment earlier than the policy's months after completion, an inverted range).
 *
 * @category errors
 * @since 0.2.0
 */
export class DateOutOfRange extends Data.TaggedError("DateOutOfRange")<{
  readonly event: string
  readonly field: string
  readonly on: string
  readonly from: string
  readonly to: string
}> {}

/**
 * A score outside its scale.
 *
 * @category errors
 * @since 0.2.0
 */
export class ScoreOutOfScale extends Data.TaggedError("ScoreOutOfScale")<{
  readonly event: string
  readonly field: string
  readonly score: number
  readonly min: number
  readonly max: number
}> {}
