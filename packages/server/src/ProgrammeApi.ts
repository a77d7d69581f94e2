/**
 * The development programmes over HTTP (issue 17): core's event folds `Training`, `Mentoring`, `Forum` and
 * `ActivityReport`, one record per kind and region holding the folded state with a version, every accepted event
 * stored append-only in `programme_events` and each change in the hash-chained audit log. Every event names the
 * version it was made against; a stale version is a 409 with the current state (optimistic concurrency, as the
 * cycle). The envelope's `by` is always the token's NIP and the role the permission table allowed. Reads: an
 * employee's development plan (enrolments, JP year, e-learning, mentoring), the effectiveness report per programme
 * and partner, and the forums' follow-up status. Imports: a Moodle course-completion export (rows already parsed
 * from the CSV) and xAPI statements, matched to the region's employees by NIP or e-mail, answered with the
 * matched/unmatched report; matched completions are stored and count into the JP year. Complaints: an SP4N-LAPOR!
 * export (CSV text or parsed rows; columns UNCONFIRMED, configurable) into the `pengaduan` channel of `Citizen`.
 * Policy: each region's programme policy (`ProgrammePolicy.Document`, stored as policy `programmes-<region>`, else
 * core's preset for the region) gives the training and mentoring rules, the JP target, the next-programme
 * thresholds and the complaint columns.
 *
 * @since 0.5.0
 */
import {
  type ActivityReport,
  type Development as CoreDevelopment,
  Elearning,
  Lapor,
  type Mentoring,
  Presets,
  type ProgrammePolicy,
  type Training
} from "@pembinaan/core"
import { Schema } from "effect"
import { HttpApiEndpoint, HttpApiGroup, OpenApi } from "effect/http-api"
import { Authentication } from "./Auth.js"
import type * as Permission from "./Permission.js"
import {
  BadRequest,
  Conflict,
  Forbidden,
  Internal,
  NotFound,
  TooLarge,
  Unauthorized,
  Unprocessable,
  Unsupported
} from "./Problem.js"

const errors = [BadRequest, TooLarge, Unsupported, Internal, Unauthorized, Forbidden, NotFound] as const

/**
 * The record kinds that take events.
 *
 * @since 0.5.0
 */
export const kinds = ["training", "mentoring", "forum", "activity-report"] as const

/**
 * @since 0.5.0
 */
export const Kind = Schema.Literals(kinds)

/**
 * @since 0.5.0
 */
export type Kind = typeof Kind.Type

/**
 * A record as the API returns it: its kind, key (the region), version (the number of events; 0 before the first)
 * and folded state.
 *
 * @since 0.5.0
 */
export const RecordView = Schema.Struct({
  kind: Schema.String,
  key: Schema.String,
  version: Schema.Number,
  state: Schema.Unknown
})

/**
 * The development policy the server runs (forms and their JP credit, effectiveness scales).
 *
 * @since 0.5.0
 */
export const development: CoreDevelopment.Policy = Presets.competency.development

/**
 * The training policy of {@link defaultProgrammePolicy}, for a region with neither a published programme policy nor
 * a preset (credit on completion, 80 % attendance, evaluation 3 months after). Illustrative values: a region sets its
 * own.
 *
 * @since 0.5.0
 */
export const trainingPolicy: Training.Policy = {
  creditOn: "completion",
  minAttendancePercent: 80,
  evaluation: {
    monthsAfter: 3,
    weights: { postTest: 50, superior: 50, participant: 0 },
    rounding: { scale: 2, mode: "half-up" },
    facts: { flag: "mengikutiPelatihan", measure: "evaluasiPascaPelatihan" }
  },
  legalBasis: [
    {
      regulation: "Peraturan LAN 10/2018",
      note: "Evaluasi pascapelatihan; bobot dan jeda bulan adalah pilihan daerah (contoh)",
      confirmed: false
    }
  ]
}

/**
 * The mentoring policy of {@link defaultProgrammePolicy} (CPNS probation and the first year; illustrative values).
 *
 * @since 0.5.0
 */
export const mentoringPolicy: Mentoring.Policy = {
  windowMonths: 12,
  minSessions: 3,
  assessment: { min: 1, max: 5, passAt: 3 },
  counsellingTypes: ["konseling-kinerja"],
  legalBasis: [{ regulation: "PP 11/2017 jo. PP 17/2020", note: "masa percobaan CPNS (contoh)", confirmed: false }]
}

const quarters = Array.from({ length: 11 }, (_, i) => 2024 + i).flatMap((y) =>
  (
    [
      ["Q1", "01-01", "03-31"],
      ["Q2", "04-01", "06-30"],
      ["Q3", "07-01", "09-30"],
      ["Q4", "10-01", "12-31"]
    ] as const
  ).map(([q, from, to]) => ({ id: `${y}-${q}`, from: `${y}-${from}`, to: `${y}-${to}` }))
)

/**
 * The activity-report policy the server runs by default: quarters 2024–2034 and Bukittinggi's quarterly indicators
 * (seed 003: quantity, quality, discipline, interaction; illustrative aggregation and evidence minimums).
 *
 * @since 0.5.0
 */
export const activityPolicy: ActivityReport.Policy = {
  periods: quarters,
  indicators: [
    { id: "kuantitas", label: "Kuantitas pekerjaan", aggregate: "sum", minEvidence: 1 },
    { id: "kualitas", label: "Kualitas pekerjaan", aggregate: "mean", minEvidence: 1 },
    { id: "disiplin", label: "Disiplin", aggregate: "latest", minEvidence: 0 },
    { id: "interaksi", label: "Interaksi dengan masyarakat", aggregate: "latest", minEvidence: 0 }
  ],
  rounding: { scale: 2, mode: "half-up" },
  legalBasis: [{ regulation: "Praktik Pemerintah Kota Bukittinggi (seed 003, ilustrasi)", confirmed: false }]
}

/**
 * The programme policy of a region that has neither a published one nor a preset: the default training and
 * mentoring policies above, 20 JP, no next-programme thresholds, the default LAPOR! columns (all illustrative).
 *
 * @since 0.5.0
 */
export const defaultProgrammePolicy: ProgrammePolicy.Document = {
  id: "programmes-default",
  region: "(bawaan)",
  training: trainingPolicy,
  jp: { yearlyMinimum: development.yearlyMinimumJp, legalBasis: Presets.programmes.bukittinggi.jp.legalBasis },
  mentoring: mentoringPolicy,
  nextProgramme: [],
  complaints: Lapor.defaults,
  legalBasis: mentoringPolicy.legalBasis
}

/**
 * The policy id under which a region's programme policy is published.
 *
 * @since 0.5.0
 */
export const programmePolicyId = (region: string): string => `programmes-${region}`

/**
 * The programme policy a region runs, and where it came from.
 *
 * @since 0.5.0
 */
export const ProgrammePolicyView = Schema.Struct({
  region: Schema.String,
  source: Schema.Literals(["published", "preset", "default"]),
  policyId: Schema.String,
  version: Schema.Number,
  document: Schema.Unknown
})

/**
 * The training context of the default programme policy (development and training policies). The handlers build each
 * region's own from its programme policy.
 *
 * @since 0.5.0
 */
export const trainingContext: Training.Context = { development, policy: trainingPolicy }

/**
 * The mentoring context of the default programme policy (mentoring policy and Bukittinggi's remediation plans). The
 * handlers build each region's own from its programme policy.
 *
 * @since 0.5.0
 */
export const mentoringContext: Mentoring.Context = {
  policy: mentoringPolicy,
  remediation: Presets.regionRules.bukittinggiPlans
}

/**
 * The permission action of each command: the catalogue, courses, enrolment, attendance and results are BKPSDM's;
 * a follow-up assessment is the participant's or the superior's; mentor assignment and plans are BKPSDM's, sessions
 * and the assessment the mentor's; forum minutes and follow-up are recorded by officials; activity reports are
 * submitted by the employee and reviewed by the superior (core checks who exactly).
 *
 * @since 0.5.0
 */
export const actionOf = (kind: Kind, tag: string): Permission.Action | undefined => {
  switch (kind) {
    case "training":
      return tag === "Assess"
        ? "training.assess"
        : [
              "AddItem",
              "AddPartner",
              "ScheduleCourse",
              "Enrol",
              "Withdraw",
              "Attend",
              "Complete",
              "IssueCertificate",
              "RecordTest",
              "RecordReaction"
            ].includes(tag)
          ? "training.manage"
          : undefined
    case "mentoring":
      return ["RecordSession", "AssessMentee"].includes(tag)
        ? "mentoring.log"
        : ["AssignMentor", "ChangeMentor", "CancelPair", "AssignPlan", "PlanStep"].includes(tag)
          ? "mentoring.manage"
          : undefined
    case "forum":
      return ["RecordMinutes", "UpdateCommitment"].includes(tag) ? "forum.record" : undefined
    case "activity-report":
      return tag === "Review" ? "activity.review" : ["Submit", "Revise"].includes(tag) ? "activity.submit" : undefined
  }
}

/**
 * A course an import credits (`Elearning.CourseRef`).
 *
 * @since 0.5.0
 */
export const CourseRef = Schema.Struct({
  id: Schema.NonEmptyString,
  title: Schema.NonEmptyString,
  form: Schema.NonEmptyString,
  minutes: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0)))),
  units: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0))))
})

const Emails = Schema.Record(Schema.String, Schema.String)

/**
 * An import's answer: core's `Elearning.Report` plus how many completions were newly stored.
 *
 * @since 0.5.0
 */
export const ImportReport = Schema.Struct({
  completions: Schema.Array(Schema.Unknown),
  malformed: Schema.Array(Schema.Unknown),
  unmatched: Schema.Array(Schema.Unknown),
  skipped: Schema.Array(Schema.Unknown),
  counts: Schema.Struct({
    rows: Schema.Number,
    completions: Schema.Number,
    malformed: Schema.Number,
    unmatched: Schema.Number,
    skipped: Schema.Number
  }),
  stored: Schema.Number,
  version: Schema.Number
})

/**
 * The programme endpoints.
 *
 * @since 0.5.0
 */
export class ProgrammeGroup extends HttpApiGroup.make("programme")
  .add(
    HttpApiEndpoint.post("act", "/programmes/:kind/events", {
      params: { kind: Kind },
      payload: Schema.Struct({
        version: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
        event: Schema.Struct({
          id: Schema.optionalKey(Schema.NonEmptyString),
          at: Schema.optionalKey(Schema.String),
          reason: Schema.optionalKey(Schema.String),
          command: Schema.Record(Schema.String, Schema.Unknown)
        })
      }),
      success: Schema.Struct({
        kind: Schema.String,
        key: Schema.String,
        version: Schema.Number,
        state: Schema.Unknown,
        changes: Schema.Array(Schema.Unknown)
      }),
      error: [...errors, Conflict, Unprocessable]
    }),
    HttpApiEndpoint.get("get", "/programmes/:kind", {
      params: { kind: Kind },
      success: RecordView,
      error: [...errors]
    }),
    HttpApiEndpoint.get("plan", "/employees/:nip/development-plan", {
      params: { nip: Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{18}$/))) },
      query: { year: Schema.optionalKey(Schema.Int) },
      success: Schema.Unknown,
      error: [...errors, Unprocessable]
    }),
    HttpApiEndpoint.get("planWidget", "/widgets/development-plan", {
      query: {
        nip: Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{18}$/))),
        year: Schema.optionalKey(Schema.NumberFromString.pipe(Schema.check(Schema.isInt())))
      },
      success: Schema.Unknown,
      error: [...errors, Unprocessable]
    }),
    HttpApiEndpoint.get("effectiveness", "/training/effectiveness", {
      success: Schema.Unknown,
      error: [...errors, Unprocessable]
    }),
    HttpApiEndpoint.get("followUp", "/forum/follow-up", {
      query: {
        asOf: Schema.optionalKey(Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/)))),
        unit: Schema.optionalKey(Schema.NonEmptyString)
      },
      success: Schema.Unknown,
      error: [...errors]
    }),
    HttpApiEndpoint.post("moodle", "/elearning/moodle", {
      payload: Schema.Struct({
        course: CourseRef,
        rows: Schema.Array(Schema.Record(Schema.String, Schema.String)),
        columns: Schema.optionalKey(Elearning.MoodleColumns),
        emails: Schema.optionalKey(Emails)
      }),
      success: ImportReport,
      error: [...errors, Conflict]
    }),
    HttpApiEndpoint.post("xapi", "/elearning/xapi", {
      payload: Schema.Struct({
        courses: Schema.Array(CourseRef),
        statements: Schema.Unknown,
        verbs: Schema.optionalKey(Schema.Array(Schema.String)),
        emails: Schema.optionalKey(Emails)
      }),
      success: ImportReport,
      error: [...errors, Conflict]
    }),
    HttpApiEndpoint.get("completions", "/elearning/completions", {
      success: Schema.Struct({
        version: Schema.Number,
        completions: Schema.Array(Schema.Unknown),
        courses: Schema.Record(Schema.String, Schema.Unknown)
      }),
      error: [...errors]
    }),
    HttpApiEndpoint.get("policy", "/programme-policy", {
      success: ProgrammePolicyView,
      error: [...errors]
    }),
    HttpApiEndpoint.post("publishPolicy", "/programme-policy", {
      payload: Schema.Struct({ document: Schema.Unknown }),
      success: ProgrammePolicyView,
      error: [...errors, Unprocessable]
    }),
    HttpApiEndpoint.get("nextProgramme", "/employees/:nip/next-programme", {
      params: { nip: Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{18}$/))) },
      success: Schema.Unknown,
      error: [...errors, Unprocessable]
    }),
    HttpApiEndpoint.post("lapor", "/citizen/lapor", {
      payload: Schema.Struct({
        csv: Schema.optionalKey(Schema.String),
        rows: Schema.optionalKey(Schema.Array(Schema.Record(Schema.String, Schema.String))),
        config: Schema.optionalKey(Lapor.Config)
      }),
      success: Schema.Struct({
        complaints: Schema.Array(Schema.Unknown),
        malformed: Schema.Array(Schema.Unknown),
        unmatched: Schema.Array(Schema.Unknown),
        skipped: Schema.Array(Schema.Unknown),
        counts: Schema.Struct({
          rows: Schema.Number,
          complaints: Schema.Number,
          malformed: Schema.Number,
          unmatched: Schema.Number,
          skipped: Schema.Number
        }),
        confirmed: Schema.Boolean,
        stored: Schema.Number,
        updated: Schema.Number,
        version: Schema.Number
      }),
      error: [...errors, Conflict, Unprocessable]
    }),
    HttpApiEndpoint.get("complaints", "/citizen/complaints", {
      query: { unit: Schema.optionalKey(Schema.NonEmptyString) },
      success: Schema.Unknown,
      error: [...errors]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(
    OpenApi.annotations({
      title: "Program pengembangan",
      description: "Training, mentoring, forums, activity reports and e-learning imports as event records"
    })
  ) {}
