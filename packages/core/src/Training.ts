/**
 * Training records: the catalogue of programmes, their partners, scheduled courses, enrolment, attendance,
 * completion and certificates, and the post-training evaluation (pre/post tests, the participant's reaction, the
 * participant's and the superior's assessment N months later).
 *
 * The record is a **fold of events**. Each event names who did it (NIP and role), when, what, and optionally why;
 * {@link apply} checks it against the state and returns the next state with one {@link Change} (before → after) for
 * the audit trail, or a typed error naming the event. {@link fold} applies a list and stops at the first error.
 *
 * Steps:
 * 1. catalogue items (diklat, seminar, workshop, e-learning, coaching, mentoring, magang, benchmarking) name the
 *    `Development` form that credits their JP and the competencies they develop;
 * 2. partners (universitas, NGO, LAN/BPSDM, other) carry an agreement period; a partner's course must lie inside it;
 * 3. a completed enrolment becomes a `Development.Activity` ({@link activities}); the year's JP and the 20 JP minimum
 *    are `Development.yearly` over those activities ({@link jpYear}), so JP rules live in one place;
 * 4. the evaluation feeds `Programme.effectiveness` per catalogue item and per partner (`TrainingEvaluation.effectivenessReport`)
 *    and the post-training score (`TrainingEvaluation.score`) feeds a region's rule set
 *    (`TrainingEvaluation.nextProgramme`, for example
 *    Muaratebo's: below 70 → follow-up programme, 85 or more → internship with a partner university).
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"
import * as Competency from "./Competency.js"
import * as Development from "./Development.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import {
  type Change,
  change,
  DateOutOfRange,
  DuplicateId,
  envelope,
  InvalidStep,
  ScoreOutOfScale,
  UnknownReference
} from "./ProgrammeEvent.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

const Score100 = Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 })))
const NonNegative = Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
const Weight = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 })))

/**
 * The programme types the seeds name.
 *
 * @category models
 * @since 0.2.0
 */
export const programmeTypes = [
  "diklat",
  "seminar",
  "workshop",
  "e-learning",
  "coaching",
  "mentoring",
  "magang",
  "benchmarking"
] as const

/**
 * @category models
 * @since 0.2.0
 */
export const ProgrammeType = Schema.Literals(programmeTypes)

/**
 * @category models
 * @since 0.2.0
 */
export type ProgrammeType = typeof ProgrammeType.Type

/**
 * A catalogue item: a programme the region offers. `form` is the `Development` form whose rule credits its JP;
 * `competencies` are the competency ids it develops; `online` marks programmes that need no travel.
 *
 * @category models
 * @since 0.2.0
 */
export const Item = Schema.Struct({
  id: Schema.NonEmptyString,
  title: Schema.NonEmptyString,
  type: ProgrammeType,
  form: Competency.Id,
  competencies: Schema.Array(Competency.Id),
  online: Schema.Boolean
})

/**
 * @category models
 * @since 0.2.0
 */
export type Item = typeof Item.Type

/**
 * The kinds of partner: a university, an NGO, LAN or a BPSDM, or another provider.
 *
 * @category models
 * @since 0.2.0
 */
export const PartnerKind = Schema.Literals(["universitas", "ngo", "lan-bpsdm", "lainnya"])

/**
 * @category models
 * @since 0.2.0
 */
export type PartnerKind = typeof PartnerKind.Type

/**
 * A partner with its cooperation agreement (perjanjian kerja sama / MoU), inclusive dates.
 *
 * @category models
 * @since 0.2.0
 */
export const Partner = Schema.Struct({
  id: Schema.NonEmptyString,
  name: Schema.NonEmptyString,
  kind: PartnerKind,
  agreement: Schema.Struct({
    from: Calendar.IsoDate,
    to: Calendar.IsoDate,
    reference: Schema.optionalKey(Schema.String)
  })
})

/**
 * @category models
 * @since 0.2.0
 */
export type Partner = typeof Partner.Type

/**
 * A scheduled course of a catalogue item: its dates (inclusive), place or online, its provider (internal or a
 * partner), the credit each completer earns (`minutes` for duration-credited forms, `units` for per-unit forms) and
 * optionally the number of sessions whose attendance is taken.
 *
 * @category models
 * @since 0.2.0
 */
export const Course = Schema.Struct({
  id: Schema.NonEmptyString,
  item: Schema.NonEmptyString,
  start: Calendar.IsoDate,
  end: Calendar.IsoDate,
  delivery: Schema.Union([
    Schema.Struct({ mode: Schema.Literal("onsite"), place: Schema.NonEmptyString }),
    Schema.Struct({ mode: Schema.Literal("online"), platform: Schema.optionalKey(Schema.String) })
  ]),
  provider: Schema.Union([
    Schema.Struct({ kind: Schema.Literal("internal"), name: Schema.optionalKey(Schema.String) }),
    Schema.Struct({ kind: Schema.Literal("partner"), partner: Schema.NonEmptyString })
  ]),
  minutes: Schema.optionalKey(NonNegative),
  units: Schema.optionalKey(NonNegative),
  sessions: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))))
})

/**
 * @category models
 * @since 0.2.0
 */
export type Course = typeof Course.Type

/**
 * Training policy: when JP is credited (at completion or only with a certificate), the least share of sessions
 * attended to complete, and the post-training evaluation: how many months after completion the follow-up
 * assessments are taken, the weights (integers summing to 100) of the post-test and the superior's and the
 * participant's follow-up assessments in the post-training score (0–100; the assessments are rescaled linearly from
 * the `Development` policy's behaviour scale), its rounding, and the names of the rule facts it feeds.
 *
 * @category models
 * @since 0.2.0
 */
export const Policy = Schema.Struct({
  creditOn: Schema.Literals(["completion", "certificate"]),
  minAttendancePercent: Weight,
  evaluation: Schema.Struct({
    monthsAfter: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
    weights: Schema.Struct({ postTest: Weight, superior: Weight, participant: Weight }),
    rounding: Exact.Rounding,
    facts: Schema.Struct({ flag: Schema.NonEmptyString, measure: Schema.NonEmptyString })
  }),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type Policy = typeof Policy.Type

/**
 * A follow-up assessment N months after the training, on the `Development` policy's behaviour scale.
 *
 * @category models
 * @since 0.2.0
 */
export interface Assessment {
  readonly on: string
  readonly by: string
  readonly score: number
  readonly note?: string
}

/**
 * One employee's enrolment in one course and everything recorded about it.
 *
 * @category models
 * @since 0.2.0
 */
export interface Enrolment {
  readonly course: string
  readonly employee: string
  readonly status: "enrolled" | "withdrawn" | "completed" | "not-completed"
  readonly attended: ReadonlyArray<string>
  readonly completedOn: string | null
  readonly certificate: { readonly number: string; readonly on: string } | null
  readonly preTest: number | null
  readonly postTest: number | null
  readonly reaction: number | null
  readonly superior: Assessment | null
  readonly participant: Assessment | null
}

/**
 * The training record: catalogue, partners, courses, enrolments (keyed `course|nip`) and the change log.
 *
 * @category models
 * @since 0.2.0
 */
export interface State {
  readonly items: Readonly<Record<string, Item>>
  readonly partners: Readonly<Record<string, Partner>>
  readonly courses: Readonly<Record<string, Course>>
  readonly enrolments: Readonly<Record<string, Enrolment>>
  readonly log: ReadonlyArray<Change>
}

/**
 * The empty record.
 *
 * @category constructors
 * @since 0.2.0
 */
export const empty: State = { items: {}, partners: {}, courses: {}, enrolments: {}, log: [] }

/**
 * What an event does.
 *
 * @category models
 * @since 0.2.0
 */
export const Command = Schema.Union([
  Schema.Struct({ _tag: Schema.Literal("AddItem"), item: Item }),
  Schema.Struct({ _tag: Schema.Literal("AddPartner"), partner: Partner }),
  Schema.Struct({ _tag: Schema.Literal("ScheduleCourse"), course: Course }),
  Schema.Struct({ _tag: Schema.Literal("Enrol"), course: Schema.NonEmptyString, employee: Schema.NonEmptyString }),
  Schema.Struct({ _tag: Schema.Literal("Withdraw"), course: Schema.NonEmptyString, employee: Schema.NonEmptyString }),
  Schema.Struct({
    _tag: Schema.Literal("Attend"),
    course: Schema.NonEmptyString,
    employee: Schema.NonEmptyString,
    on: Calendar.IsoDate
  }),
  Schema.Struct({
    _tag: Schema.Literal("Complete"),
    course: Schema.NonEmptyString,
    employee: Schema.NonEmptyString,
    on: Calendar.IsoDate,
    passed: Schema.Boolean
  }),
  Schema.Struct({
    _tag: Schema.Literal("IssueCertificate"),
    course: Schema.NonEmptyString,
    employee: Schema.NonEmptyString,
    number: Schema.NonEmptyString,
    on: Calendar.IsoDate
  }),
  Schema.Struct({
    _tag: Schema.Literal("RecordTest"),
    course: Schema.NonEmptyString,
    employee: Schema.NonEmptyString,
    phase: Schema.Literals(["pre", "post"]),
    score: Score100
  }),
  Schema.Struct({
    _tag: Schema.Literal("RecordReaction"),
    course: Schema.NonEmptyString,
    employee: Schema.NonEmptyString,
    score: Schema.Finite
  }),
  Schema.Struct({
    _tag: Schema.Literal("Assess"),
    course: Schema.NonEmptyString,
    employee: Schema.NonEmptyString,
    assessor: Schema.Literals(["superior", "participant"]),
    on: Calendar.IsoDate,
    score: Schema.Finite,
    note: Schema.optionalKey(Schema.String)
  })
])

/**
 * @category models
 * @since 0.2.0
 */
export type Command = typeof Command.Type

/**
 * A training event: the envelope (`id`, `at`, `by`, `reason`) around a {@link Command}.
 *
 * @category models
 * @since 0.2.0
 */
export const Event = envelope(Command)

/**
 * @category models
 * @since 0.2.0
 */
export type Event = typeof Event.Type

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Completion with fewer attended sessions than the policy requires.
 *
 * @category errors
 * @since 0.2.0
 */
export class InsufficientAttendance extends Data.TaggedError("InsufficientAttendance")<{
  readonly event: string
  readonly subject: string
  readonly attended: number
  readonly required: number
}> {}

/**
 * A course whose credit does not fit its form's rule (minutes missing for a duration form, units for a per-unit one).
 *
 * @category errors
 * @since 0.2.0
 */
export class CreditMismatch extends Data.TaggedError("CreditMismatch")<{
  readonly event: string
  readonly course: string
  readonly form: string
  readonly needs: "minutes" | "units"
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.2.0
 */
export type TrainingError =
  | DuplicateId
  | UnknownReference
  | InvalidStep
  | DateOutOfRange
  | InsufficientAttendance
  | ScoreOutOfScale
  | CreditMismatch
  | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes a training policy; the evaluation weights must sum to 100.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "TrainingPolicy")(input), (p) => {
    const w = p.evaluation.weights
    return w.postTest + w.superior + w.participant === 100
      ? Result.succeed(p)
      : Result.fail(
          new Input.InvalidInput({
            subject: "TrainingPolicy",
            problems: [{ path: ["evaluation", "weights"], code: "weights-sum", message: "weights must sum to 100" }]
          })
        )
  })

/**
 * Decodes one (untrusted) event.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodeEvent = Input.decode(Event, "TrainingEvent")

// ---------------------------------------------------------------------------------------------------------------
// the fold
// ---------------------------------------------------------------------------------------------------------------

/**
 * The key of an enrolment in {@link State.enrolments}.
 *
 * @category getters
 * @since 0.2.0
 */
export const key = (course: string, employee: string): string => `${course}|${employee}`

const day = (iso: string): number => Calendar.dayNumber(iso) ?? Number.NaN

/**
 * The context a fold needs: the `Development` policy (forms and scales) and the training policy.
 *
 * @category models
 * @since 0.2.0
 */
export interface Context {
  readonly development: Development.Policy
  readonly policy: Policy
}

const within = (on: string, from: string, to: string): boolean => day(from) <= day(on) && day(on) <= day(to)

type Step = Result.Result<State, TrainingError>

const enrolmentStep = (
  context: Context,
  state: State,
  e: Event,
  c: Extract<Command, { course: string; employee: string }>
): Step => {
  const subject = key(c.course, c.employee)
  const course = state.courses[c.course]
  if (course === undefined) return Result.fail(new UnknownReference({ event: e.id, kind: "course", id: c.course }))
  const before = state.enrolments[subject]
  const write = (after: Enrolment): Step =>
    Result.succeed({
      ...state,
      enrolments: { ...state.enrolments, [subject]: after },
      log: [...state.log, change(e, c._tag, `enrolment:${subject}`, before, after)]
    })
  const invalid = (status: string, reason: string) =>
    Result.fail(new InvalidStep({ event: e.id, subject, status, step: c._tag, reason }))
  if (c._tag === "Enrol") {
    if (before !== undefined && before.status !== "withdrawn") return invalid(before.status, "already enrolled")
    return write({
      course: c.course,
      employee: c.employee,
      status: "enrolled",
      attended: [],
      completedOn: null,
      certificate: null,
      preTest: null,
      postTest: null,
      reaction: null,
      superior: null,
      participant: null
    })
  }
  if (before === undefined) return Result.fail(new UnknownReference({ event: e.id, kind: "enrolment", id: subject }))
  const { behaviourScale, reactionScale } = context.development.effectiveness
  switch (c._tag) {
    case "Withdraw":
      return before.status === "enrolled"
        ? write({ ...before, status: "withdrawn" })
        : invalid(before.status, "only an open enrolment can be withdrawn")
    case "Attend": {
      if (before.status !== "enrolled") return invalid(before.status, "attendance is taken while enrolled")
      if (!within(c.on, course.start, course.end)) {
        return Result.fail(
          new DateOutOfRange({ event: e.id, field: "on", on: c.on, from: course.start, to: course.end })
        )
      }
      if (before.attended.includes(c.on)) return invalid(before.status, `attendance on ${c.on} already recorded`)
      return write({ ...before, attended: [...before.attended, c.on].sort() })
    }
    case "Complete": {
      if (before.status !== "enrolled") return invalid(before.status, "only an open enrolment can be completed")
      if (day(c.on) < day(course.start)) {
        return Result.fail(new DateOutOfRange({ event: e.id, field: "on", on: c.on, from: course.start, to: "…" }))
      }
      if (c.passed && course.sessions !== undefined) {
        // ceil(sessions × percent / 100), in integers
        const required = Math.ceil((course.sessions * context.policy.minAttendancePercent) / 100)
        if (before.attended.length < required) {
          return Result.fail(
            new InsufficientAttendance({ event: e.id, subject, attended: before.attended.length, required })
          )
        }
      }
      return write({ ...before, status: c.passed ? "completed" : "not-completed", completedOn: c.on })
    }
    case "IssueCertificate":
      if (before.status !== "completed") return invalid(before.status, "a certificate needs a passed completion")
      if (before.certificate !== null) return invalid(before.status, "a certificate is already recorded")
      return write({ ...before, certificate: { number: c.number, on: c.on } })
    case "RecordTest":
      if (before.status === "withdrawn") return invalid(before.status, "withdrawn")
      return write(c.phase === "pre" ? { ...before, preTest: c.score } : { ...before, postTest: c.score })
    case "RecordReaction":
      if (before.status === "withdrawn") return invalid(before.status, "withdrawn")
      if (c.score < reactionScale.min || c.score > reactionScale.max) {
        return Result.fail(
          new ScoreOutOfScale({
            event: e.id,
            field: "score",
            score: c.score,
            min: reactionScale.min,
            max: reactionScale.max
          })
        )
      }
      return write({ ...before, reaction: c.score })
    case "Assess": {
      if (before.status !== "completed" || before.completedOn === null) {
        return invalid(before.status, "follow-up assessment needs a passed completion")
      }
      const due = Calendar.addPeriod(before.completedOn, { months: context.policy.evaluation.monthsAfter, days: 0 })
      if (day(c.on) < day(due)) {
        return Result.fail(new DateOutOfRange({ event: e.id, field: "on", on: c.on, from: due, to: "…" }))
      }
      if (c.score < behaviourScale.min || c.score > behaviourScale.max) {
        return Result.fail(
          new ScoreOutOfScale({
            event: e.id,
            field: "score",
            score: c.score,
            min: behaviourScale.min,
            max: behaviourScale.max
          })
        )
      }
      const a: Assessment = {
        on: c.on,
        by: e.by.nip,
        score: c.score,
        ...(c.note === undefined ? {} : { note: c.note })
      }
      return write(c.assessor === "superior" ? { ...before, superior: a } : { ...before, participant: a })
    }
  }
}

/**
 * Applies one typed event to the record. Returns the next state with one more {@link Change} in its log, or the
 * typed error; the state passed in is never modified.
 *
 * Rules: ids are unique per kind; a course names a known item and partner, has `start ≤ end`, lies inside its
 * partner's agreement, and carries `minutes` (duration forms) or `units` (per-unit forms); enrolment is open once per
 * employee and course (again after a withdrawal); attendance dates lie inside the course and are recorded once;
 * a **passed** completion of a course with `sessions` needs `ceil(sessions × minAttendancePercent / 100)` attended
 * sessions; a certificate needs a passed completion; reaction and follow-up scores are on the `Development`
 * policy's scales; a follow-up assessment is dated at least `monthsAfter` calendar months after completion.
 *
 * @category combinators
 * @since 0.2.0
 */
export const apply = (context: Context, state: State, e: Event): Result.Result<State, TrainingError> => {
  const c = e.command
  switch (c._tag) {
    case "AddItem": {
      if (state.items[c.item.id] !== undefined) {
        return Result.fail(new DuplicateId({ event: e.id, kind: "item", id: c.item.id }))
      }
      if (!context.development.forms.some((f) => f.id === c.item.form)) {
        return Result.fail(new UnknownReference({ event: e.id, kind: "form", id: c.item.form }))
      }
      return Result.succeed({
        ...state,
        items: { ...state.items, [c.item.id]: c.item },
        log: [...state.log, change(e, c._tag, `item:${c.item.id}`, null, c.item)]
      })
    }
    case "AddPartner": {
      if (state.partners[c.partner.id] !== undefined) {
        return Result.fail(new DuplicateId({ event: e.id, kind: "partner", id: c.partner.id }))
      }
      const { from, to } = c.partner.agreement
      if (day(from) > day(to)) {
        return Result.fail(new DateOutOfRange({ event: e.id, field: "agreement.to", on: to, from, to: "…" }))
      }
      return Result.succeed({
        ...state,
        partners: { ...state.partners, [c.partner.id]: c.partner },
        log: [...state.log, change(e, c._tag, `partner:${c.partner.id}`, null, c.partner)]
      })
    }
    case "ScheduleCourse": {
      const course = c.course
      if (state.courses[course.id] !== undefined) {
        return Result.fail(new DuplicateId({ event: e.id, kind: "course", id: course.id }))
      }
      const item = state.items[course.item]
      if (item === undefined) return Result.fail(new UnknownReference({ event: e.id, kind: "item", id: course.item }))
      if (day(course.start) > day(course.end)) {
        return Result.fail(
          new DateOutOfRange({ event: e.id, field: "end", on: course.end, from: course.start, to: "…" })
        )
      }
      if (course.provider.kind === "partner") {
        const partner = state.partners[course.provider.partner]
        if (partner === undefined) {
          return Result.fail(new UnknownReference({ event: e.id, kind: "partner", id: course.provider.partner }))
        }
        const { from, to } = partner.agreement
        for (const [field, on] of [
          ["start", course.start],
          ["end", course.end]
        ] as const) {
          if (!within(on, from, to)) return Result.fail(new DateOutOfRange({ event: e.id, field, on, from, to }))
        }
      }
      const form = context.development.forms.find((f) => f.id === item.form)
      if (form === undefined) return Result.fail(new UnknownReference({ event: e.id, kind: "form", id: item.form }))
      const needs = form.credit.basis === "duration" ? "minutes" : "units"
      if (course[needs] === undefined) {
        return Result.fail(new CreditMismatch({ event: e.id, course: course.id, form: form.id, needs }))
      }
      return Result.succeed({
        ...state,
        courses: { ...state.courses, [course.id]: course },
        log: [...state.log, change(e, c._tag, `course:${course.id}`, null, course)]
      })
    }
    default:
      return enrolmentStep(context, state, e, c)
  }
}

/**
 * Decodes and applies a list of (untrusted) events from a state (default {@link empty}), stopping at the first
 * problem. Event ids must be unique. The fold is deterministic: the same events give the same state and log, and
 * folding a list in two parts equals folding it whole.
 *
 * @example
 * ```ts
 * import { Presets, Training } from "@pembinaan/core"
 * Training.fold(context, [{ id: "e1", at: "2026-01-05T08:00:00Z", by: { nip: "admin", role: "admin-bkpsdm" },
 *   command: { _tag: "AddItem", item: { id: "seminar-pelayanan", title: "Seminar pelayanan publik", type: "seminar",
 *   form: "seminar", competencies: ["pelayanan-publik"], online: false } } }])
 * // => Result.succeed({ items: { "seminar-pelayanan": … }, log: [{ what: "AddItem", before: null, … }] })
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const fold = (context: Context, events: unknown, from: State = empty): Result.Result<State, TrainingError> =>
  Result.flatMap(Input.decode(Schema.Array(Event), "TrainingEvents")(events), (list) => {
    const seen = new Set(from.log.map((c) => c.event))
    let state = from
    for (const e of list) {
      if (seen.has(e.id)) return Result.fail(new DuplicateId({ event: e.id, kind: "event", id: e.id }))
      seen.add(e.id)
      const next = apply(context, state, e)
      if (Result.isFailure(next)) return next
      state = next.success
    }
    return Result.succeed(state)
  })

// ---------------------------------------------------------------------------------------------------------------
// JP
// ---------------------------------------------------------------------------------------------------------------

/**
 * The `Development` activities credited by the record: one per passed completion (with a certificate too when the
 * policy credits on certificate), dated by the completion's year, credited with the course's minutes or units by
 * the item's form. Ordered by enrolment key.
 *
 * @category getters
 * @since 0.2.0
 */
export const activities = (policy: Policy, state: State): ReadonlyArray<Development.Activity> =>
  Object.keys(state.enrolments)
    .sort()
    .flatMap((k) => {
      const en = state.enrolments[k]
      if (en === undefined || en.status !== "completed" || en.completedOn === null) return []
      if (policy.creditOn === "certificate" && en.certificate === null) return []
      const course = state.courses[en.course]
      const item = course === undefined ? undefined : state.items[course.item]
      if (course === undefined || item === undefined) return []
      return [
        {
          employee: en.employee,
          form: item.form,
          year: Number(en.completedOn.slice(0, 4)),
          title: item.title,
          ...(course.minutes === undefined ? {} : { minutes: course.minutes }),
          ...(course.units === undefined ? {} : { units: course.units })
        }
      ]
    })

/**
 * The year's JP report for a roster (NIPs) from the record: `Development.yearly` over {@link activities} plus any
 * `extra` activities recorded elsewhere (for example e-learning imports). Employees of the record who are not on the
 * roster are left out (their activities are another unit's), so one unit's report does not fail on them.
 *
 * @category combinators
 * @since 0.2.0
 */
export const jpYear = (
  context: Context,
  state: State,
  input: {
    readonly year: number
    readonly employees: ReadonlyArray<string>
    readonly extra?: ReadonlyArray<Development.Activity>
  }
): Result.Result<Development.YearReport, Input.InvalidInput> => {
  const roster = new Set(input.employees)
  const all = [...activities(context.policy, state), ...(input.extra ?? [])].filter((a) => roster.has(a.employee))
  return Development.yearly(context.development, { year: input.year, employees: input.employees, activities: all })
}

/**
 * One employee's enrolments as a development plan shows them (oldest course first): course, title, dates, status,
 * online or not, and the JP the enrolment credits (the completion's activity through `Development.yearly`, rounded
 * with the policy's rounding; `null` when nothing is credited yet).
 *
 * @category getters
 * @since 0.2.0
 */
export const enrolmentsOf = (
  context: Context,
  state: State,
  employee: string
): ReadonlyArray<{
  readonly course: string
  readonly title: string
  readonly start: string
  readonly end: string
  readonly status: Enrolment["status"]
  readonly online: boolean
  readonly jp: string | null
}> => {
  return Object.values(state.enrolments)
    .filter((en) => en.employee === employee)
    .flatMap((en) => {
      const course = state.courses[en.course]
      const item = course === undefined ? undefined : state.items[course.item]
      if (course === undefined || item === undefined) return []
      const activity = activities(context.policy, { ...state, enrolments: { [key(en.course, employee)]: en } })[0]
      const year =
        activity === undefined
          ? undefined
          : Development.yearly(context.development, {
              year: activity.year,
              employees: [employee],
              activities: [activity]
            })
      const jp = year !== undefined && Result.isSuccess(year) ? (year.success.employees[0]?.total.text ?? null) : null
      return [
        {
          course: course.id,
          title: item.title,
          start: course.start,
          end: course.end,
          status: en.status,
          online: item.online || course.delivery.mode === "online",
          jp
        }
      ]
    })
    .sort((a, b) => day(a.start) - day(b.start) || (a.course < b.course ? -1 : 1))
}

const isOnline = (x: { readonly course: Course; readonly item: Item }): boolean =>
  x.item.online || x.course.delivery.mode === "online"

/**
 * The courses open to an employee for recommended forms, online ones (an online item or an online course) first when the employee's unit is remote:
 * every course not yet ended on `asOf` whose item's form is among `forms`, ordered by (remote: online first), then
 * the order of `forms`, then start date.
 *
 * @category combinators
 * @since 0.2.0
 */
export const offerings = (
  state: State,
  input: { readonly forms: ReadonlyArray<string>; readonly remote: boolean; readonly asOf: string }
): ReadonlyArray<{ readonly course: Course; readonly item: Item }> =>
  Object.values(state.courses)
    .flatMap((course) => {
      const item = state.items[course.item]
      return item !== undefined && input.forms.includes(item.form) && day(course.end) >= day(input.asOf)
        ? [{ course, item }]
        : []
    })
    .sort(
      (a, b) =>
        (input.remote ? Number(!isOnline(a)) - Number(!isOnline(b)) : 0) ||
        input.forms.indexOf(a.item.form) - input.forms.indexOf(b.item.form) ||
        day(a.course.start) - day(b.course.start) ||
        (a.course.id < b.course.id ? -1 : 1)
    )

/**
 * The enrolments a rule evaluation calls for: for every outcome given (`Rule.Evaluation.outcomes`) that `items`
 * maps to catalogue items, the first open course of those items ({@link offerings} order: online first for a remote
 * unit, then start date) becomes an `Enrol` command, unless the employee is already enrolled in (or has completed) a
 * course of that item. Outcomes with no mapping or no open course are listed in `unserved`, so a BKPSDM sees what
 * still needs a course. For example Sawahlunto's `pelatihan-komunikasi` (unit mutu C or D) → the time-management and
 * communication course; Muaratebo's `magang-universitas` → an internship with the partner university.
 *
 * @category combinators
 * @since 0.2.0
 */
export const assignments = (
  state: State,
  input: {
    readonly employee: string
    readonly outcomes: ReadonlyArray<{ readonly id: string; readonly kind?: string }>
    readonly items: Readonly<Record<string, ReadonlyArray<string>>>
    readonly remote: boolean
    readonly asOf: string
  }
): {
  readonly commands: ReadonlyArray<Extract<Command, { _tag: "Enrol" }>>
  readonly unserved: ReadonlyArray<{ readonly outcome: string; readonly reason: "no-mapping" | "no-open-course" }>
} => {
  const commands: Array<Extract<Command, { _tag: "Enrol" }>> = []
  const unserved: Array<{ outcome: string; reason: "no-mapping" | "no-open-course" }> = []
  const taken = new Set(
    Object.values(state.enrolments)
      .filter((en) => en.employee === input.employee && en.status !== "withdrawn" && en.status !== "not-completed")
      .map((en) => state.courses[en.course]?.item)
  )
  for (const outcome of input.outcomes) {
    const items = input.items[outcome.id]
    if (items === undefined || items.length === 0) {
      if (outcome.kind === undefined || outcome.kind === "development") {
        unserved.push({ outcome: outcome.id, reason: "no-mapping" })
      }
      continue
    }
    if (items.some((i) => taken.has(i))) continue
    const open = Object.values(state.courses)
      .filter((course) => items.includes(course.item) && day(course.start) >= day(input.asOf))
      .map((course) => ({ course, item: state.items[course.item] as Item }))
      .sort(
        (a, b) =>
          (input.remote ? Number(!isOnline(a)) - Number(!isOnline(b)) : 0) ||
          day(a.course.start) - day(b.course.start) ||
          (a.course.id < b.course.id ? -1 : 1)
      )
    const first = open[0]
    if (first === undefined) {
      unserved.push({ outcome: outcome.id, reason: "no-open-course" })
      continue
    }
    taken.add(first.course.item)
    commands.push({ _tag: "Enrol", course: first.course.id, employee: input.employee })
  }
  return { commands, unserved }
}
