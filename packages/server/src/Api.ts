/**
 * The HTTP API as data (`effect/http-api`): groups, endpoints and their Schemas. The OpenAPI document
 * (`/api/openapi.json`) and the reference page (`/api/docs`) are generated from it; the handlers are in
 * `Handlers.ts`. Bodies are strict (unknown fields are refused); write endpoints accept JSON and the bracketed form
 * names the widgets post.
 *
 * @since 0.4.0
 */
import { AuditLog, Behaviour, Feedback, ImportProfile } from "@pembinaan/core"
import { Schema } from "effect"
import { HttpApi, HttpApiEndpoint, HttpApiGroup, HttpApiMiddleware, HttpApiSchema, OpenApi } from "effect/http-api"
import { Authentication, Role } from "./Auth.js"
import { CycleGroup } from "./CycleApi.js"
import { jsonOrForm } from "./Form.js"
import {
  BadRequest,
  Conflict,
  Forbidden,
  Internal,
  NotFound,
  TooLarge,
  TooMany,
  Unauthorized,
  Unprocessable,
  Unsupported
} from "./Problem.js"
import { ImportReport, ProgrammeGroup } from "./ProgrammeApi.js"
import { WidgetGroup } from "./WidgetApi.js"

const common = [BadRequest, TooLarge, Unsupported, Internal] as const
const authed = [...common, Unauthorized, Forbidden] as const

/**
 * A NIP: 18 digits.
 *
 * @since 0.4.0
 */
export const Nip = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{18}$/)))

/**
 * A period such as `2026`, `2026-Q1` or `2026-03`.
 *
 * @since 0.4.0
 */
export const PeriodText = Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{4}(-Q[1-4]|-\d{2})?$/)))

const Id = Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)))

/**
 * A unit in an import.
 *
 * @since 0.4.0
 */
export const UnitIn = Schema.Struct({
  id: Id,
  name: Schema.NonEmptyString,
  parent: Schema.optionalKey(Id),
  service: Schema.optionalKey(Schema.NonEmptyString),
  population: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))),
  /** Remote (terpencil): development recommendations put online programmes first. */
  remote: Schema.optionalKey(Schema.Boolean)
})

/**
 * An employee in an import.
 *
 * @since 0.4.0
 */
export const EmployeeIn = Schema.Struct({
  nip: Nip,
  name: Schema.NonEmptyString,
  unit: Id,
  jabatan: Schema.NonEmptyString,
  scorecard: Schema.optionalKey(Schema.NonEmptyString)
})

/**
 * An import: units and employees of one region, written in one transaction (all or nothing).
 *
 * @since 0.4.0
 */
export const ImportBody = Schema.Struct({
  region: Id,
  units: Schema.Array(UnitIn),
  employees: Schema.Array(EmployeeIn)
})

/**
 * A stored unit.
 *
 * @since 0.4.0
 */
export const Unit = Schema.Struct({
  region: Schema.String,
  id: Schema.String,
  name: Schema.String,
  parent: Schema.NullOr(Schema.String),
  service: Schema.NullOr(Schema.String),
  population: Schema.NullOr(Schema.Number),
  remote: Schema.Boolean,
  employees: Schema.Number,
  version: Schema.Number
})

/**
 * A stored employee.
 *
 * @since 0.4.0
 */
export const Employee = Schema.Struct({
  nip: Schema.String,
  region: Schema.String,
  name: Schema.String,
  unit: Schema.String,
  jabatan: Schema.String,
  scorecard: Schema.NullOr(Schema.String),
  version: Schema.Number
})

/**
 * A request for survey tickets for a service unit.
 *
 * @since 0.4.0
 */
export const TicketRequest = Schema.Struct({
  unit: Id,
  count: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 1000 }))),
  templateId: Schema.NonEmptyString,
  templateVersion: Schema.NonEmptyString
})

/**
 * A survey submission as `<asn-survey-form>` posts it.
 *
 * @since 0.4.0
 */
export const SurveySubmission = Schema.Struct({
  templateId: Schema.NonEmptyString,
  templateVersion: Schema.NonEmptyString,
  answers: Schema.Record(Schema.String, Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 4 })))),
  ticket: Schema.NonEmptyString,
  comment: Schema.optionalKey(Schema.String.pipe(Schema.check(Schema.isMaxLength(2000)))),
  identity: Schema.optionalKey(
    Schema.Struct({ name: Schema.optionalKey(Schema.String), phone: Schema.optionalKey(Schema.String) })
  )
})

/**
 * A 360 rating as `<asn-feedback-form>` posts it; the rater is the signed-in user.
 *
 * @since 0.4.0
 */
export const FeedbackSubmission = Schema.Struct({
  subjectId: Nip,
  raterGroup: Feedback.RaterGroup,
  period: PeriodText,
  ratings: Schema.Record(Behaviour.CoreValue, Schema.Finite),
  comments: Schema.optionalKey(
    Schema.Record(Behaviour.CoreValue, Schema.String.pipe(Schema.check(Schema.isMaxLength(2000))))
  )
})

/**
 * A policy document version.
 *
 * @since 0.4.0
 */
export const PolicyVersion = Schema.Struct({
  policyId: Schema.String,
  version: Schema.Number,
  document: Schema.Unknown,
  publishedAt: Schema.String,
  publishedBy: Schema.String
})

/**
 * One change between two policy versions (a JSON Patch operation).
 *
 * @since 0.4.0
 */
export const Change = Schema.Struct({
  op: Schema.String,
  path: Schema.String,
  value: Schema.optionalKey(Schema.Unknown),
  from: Schema.optionalKey(Schema.String)
})

/**
 * One audit event: core's `AuditLog.Event` (who, in which role, when, what, on what, before → after, why, chained by
 * SHA-256), so a page of events verifies with core's `AuditLog.verify`.
 *
 * @since 0.4.0
 */
export const AuditEntry = AuditLog.Event

const Accepted = Schema.Struct({ accepted: Schema.Literal(true) })

/**
 * Health and the session exchange (no token needed).
 *
 * @since 0.4.0
 */
export class SystemGroup extends HttpApiGroup.make("system")
  .add(
    HttpApiEndpoint.get("health", "/health", {
      success: Schema.Struct({ status: Schema.Literal("ok"), schema: Schema.Number, database: Schema.String }),
      error: [...common]
    }),
    HttpApiEndpoint.post("session", "/session", {
      payload: jsonOrForm(Schema.Struct({ token: Schema.NonEmptyString })),
      success: Schema.Struct({ nip: Schema.String, roles: Schema.Array(Role), csrf: Schema.String }),
      error: [...common, Unauthorized]
    })
  )
  .prefix("/api")
  .annotateMerge(OpenApi.annotations({ title: "Sistem", description: "Health and sessions" })) {}

/**
 * Employees and units.
 *
 * @since 0.4.0
 */
export class OrgGroup extends HttpApiGroup.make("org")
  .add(
    HttpApiEndpoint.post("import", "/import", {
      payload: ImportBody,
      success: Schema.Struct({ region: Schema.String, units: Schema.Number, employees: Schema.Number }),
      error: [...authed, Unprocessable]
    }),
    HttpApiEndpoint.post("importProfile", "/import/profiles/:name", {
      params: { name: Schema.Literals(Object.keys(ImportProfile.profiles)) },
      query: {
        locale: Schema.optionalKey(Schema.Literals(["id", "en", "none"])),
        course: Schema.optionalKey(Schema.NonEmptyString),
        title: Schema.optionalKey(Schema.NonEmptyString),
        form: Schema.optionalKey(Schema.NonEmptyString),
        minutes: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0))))
      },
      payload: Schema.String.pipe(HttpApiSchema.asText({ contentType: "text/csv" })),
      success: Schema.Struct({
        profile: Schema.String,
        region: Schema.String,
        rows: Schema.Number,
        units: Schema.Number,
        employees: Schema.Number,
        results: Schema.Number,
        elearning: Schema.optionalKey(ImportReport)
      }),
      error: [...authed, NotFound, Unprocessable, Conflict]
    }).annotate(
      OpenApi.Description,
      "An export file (CSV, UTF-8) read by one of core's import profiles (`ImportProfile`): siasn-pegawai → employees and units; ekinerja-skp → results scored by core under the national policy; excel-id → results scored under the region's published policy (`policy-<region>`; numbers in `locale`, the profile's `id` by default, `none` for only numbers with one reading); moodle-completion → e-learning completions of the course `course` (`title`, `form`, `minutes`), matched by NIP or e-mail, unmatched rows reported (as `POST /api/elearning/moodle`). All rows or none, except the Moodle rows that do not match, which are reported."
    ),
    HttpApiEndpoint.get("units", "/units", {
      query: { region: Schema.optionalKey(Id) },
      success: Schema.Array(Unit),
      error: [...authed]
    }),
    HttpApiEndpoint.get("employees", "/units/:unit/employees", {
      params: { unit: Id },
      query: { region: Schema.optionalKey(Id) },
      success: Schema.Array(Employee),
      error: [...authed, NotFound]
    }),
    HttpApiEndpoint.get("employee", "/employees/:nip", {
      params: { nip: Nip },
      success: Employee,
      error: [...authed, NotFound]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(OpenApi.annotations({ title: "Pegawai dan unit", description: "Employees and units" })) {}

/**
 * SKM surveys: tickets, submissions (public, with a ticket) and IKM.
 *
 * @since 0.4.0
 */
export class SurveyAdminGroup extends HttpApiGroup.make("surveyAdmin")
  .add(
    HttpApiEndpoint.post("tickets", "/surveys/tickets", {
      payload: TicketRequest,
      success: Schema.Struct({ tickets: Schema.Array(Schema.String) }),
      error: [...authed, NotFound]
    }),
    HttpApiEndpoint.get("ikm", "/surveys/ikm", {
      query: { unit: Id, period: PeriodText, region: Schema.optionalKey(Id) },
      success: Schema.Unknown,
      error: [...authed, NotFound, Unprocessable]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(OpenApi.annotations({ title: "Survei (petugas)", description: "Survey tickets and IKM" })) {}

/**
 * The public survey submission: a ticket instead of a sign-in.
 *
 * @since 0.4.0
 */
export class SurveyGroup extends HttpApiGroup.make("survey")
  .add(
    HttpApiEndpoint.post("submit", "/surveys/responses", {
      payload: jsonOrForm(SurveySubmission),
      headers: { "x-device-id": Schema.optionalKey(Schema.String) },
      success: Accepted.pipe(HttpApiSchema.status(201)),
      error: [...common, Conflict, TooMany, NotFound, Unprocessable]
    })
  )
  .prefix("/api")
  .annotateMerge(OpenApi.annotations({ title: "Survei (warga)", description: "Survey submissions" })) {}

/**
 * 360 feedback: submissions and the aggregate report (never an individual answer).
 *
 * @since 0.4.0
 */
export class FeedbackGroup extends HttpApiGroup.make("feedback")
  .add(
    HttpApiEndpoint.post("submit", "/feedback", {
      payload: jsonOrForm(FeedbackSubmission),
      success: Accepted.pipe(HttpApiSchema.status(201)),
      error: [...authed, Conflict, NotFound, Unprocessable]
    }),
    HttpApiEndpoint.get("report", "/feedback/:nip/:period", {
      params: { nip: Nip, period: PeriodText },
      success: Schema.Unknown,
      error: [...authed, NotFound]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(OpenApi.annotations({ title: "Umpan balik 360", description: "360 feedback" })) {}

/**
 * Policy documents as versions.
 *
 * @since 0.4.0
 */
export class PolicyGroup extends HttpApiGroup.make("policy")
  .add(
    HttpApiEndpoint.post("publish", "/policies/:id/versions", {
      params: { id: Id },
      payload: Schema.Struct({ document: Schema.Unknown }),
      success: PolicyVersion.pipe(HttpApiSchema.status(201)),
      error: [...authed, Unprocessable]
    }),
    HttpApiEndpoint.get("versions", "/policies/:id/versions", {
      params: { id: Id },
      success: Schema.Array(PolicyVersion),
      error: [...authed]
    }),
    HttpApiEndpoint.get("version", "/policies/:id/versions/:version", {
      params: { id: Id, version: Schema.Int },
      success: PolicyVersion,
      error: [...authed, NotFound]
    }),
    HttpApiEndpoint.get("recompute", "/policies/:id/versions/:version/recompute", {
      params: { id: Id, version: Schema.Int },
      query: { period: Schema.optionalKey(PeriodText), limit: Schema.optionalKey(Schema.Int) },
      success: Schema.Struct({
        policyId: Schema.String,
        version: Schema.Number,
        rows: Schema.Number,
        changed: Schema.Number,
        problems: Schema.Number,
        sql: Schema.String,
        differences: Schema.Array(
          Schema.Struct({
            employee: Schema.String,
            period: Schema.String,
            stored: Schema.String,
            recomputed: Schema.NullOr(Schema.String),
            problem: Schema.NullOr(Schema.String)
          })
        )
      }),
      error: [...authed, NotFound, Unprocessable]
    }).annotate(
      OpenApi.Description,
      "Recomputes every stored result of the region under a policy version in PostgreSQL, with the SQL core's PolicySql compiles from the document (the same expressions `pembinaan score --engine duckdb` runs): how many predikat would change, and which. Nothing stored changes."
    ),
    HttpApiEndpoint.get("diff", "/policies/:id/diff", {
      params: { id: Id },
      query: { from: Schema.Int, to: Schema.Int },
      success: Schema.Struct({ from: Schema.Number, to: Schema.Number, changes: Schema.Array(Change) }),
      error: [...authed, NotFound]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(OpenApi.annotations({ title: "Kebijakan", description: "Policy documents as versions" })) {}

/**
 * Results, the JSON each display widget takes via `src`, evidence and the audit log.
 *
 * @since 0.4.0
 */
export class DataGroup extends HttpApiGroup.make("data")
  .add(
    HttpApiEndpoint.get("results", "/employees/:nip/results", {
      params: { nip: Nip },
      success: Schema.Array(
        Schema.Struct({
          period: Schema.String,
          predikat: Schema.String,
          score: Schema.NullOr(Schema.String),
          policyId: Schema.String,
          policyVersion: Schema.Number,
          result: Schema.Unknown
        })
      ),
      error: [...authed, NotFound]
    }),
    HttpApiEndpoint.get("unitDashboard", "/widgets/unit-dashboard", {
      query: { unit: Schema.optionalKey(Id), region: Schema.optionalKey(Id) },
      success: Schema.Unknown,
      error: [...authed]
    }),
    HttpApiEndpoint.get("ikmReport", "/widgets/ikm-report", {
      query: { unit: Id, period: PeriodText, region: Schema.optionalKey(Id) },
      success: Schema.Unknown,
      error: [...authed, NotFound, Unprocessable]
    }),
    HttpApiEndpoint.get("policyView", "/widgets/policy-view", {
      query: { id: Id, version: Schema.optionalKey(Schema.Int) },
      success: Schema.Unknown,
      error: [...authed, NotFound, Unprocessable]
    }),
    HttpApiEndpoint.post("evidence", "/employees/:nip/evidence", {
      params: { nip: Nip },
      payload: [
        Schema.Uint8Array.pipe(HttpApiSchema.asUint8Array({ contentType: "application/pdf" })),
        Schema.Uint8Array.pipe(HttpApiSchema.asUint8Array({ contentType: "image/jpeg" })),
        Schema.Uint8Array.pipe(HttpApiSchema.asUint8Array({ contentType: "image/png" }))
      ],
      success: Schema.Struct({
        id: Schema.String,
        contentType: Schema.String,
        bytes: Schema.Number,
        sha256: Schema.String
      }).pipe(HttpApiSchema.status(201)),
      error: [...authed, NotFound]
    }),
    HttpApiEndpoint.get("audit", "/audit", {
      query: { after: Schema.optionalKey(Schema.Int), limit: Schema.optionalKey(Schema.Int) },
      success: Schema.Array(AuditEntry),
      error: [...authed]
    }),
    HttpApiEndpoint.get("auditVerify", "/audit/verify", {
      success: Schema.Struct({
        valid: Schema.Boolean,
        entries: Schema.Number,
        brokenAt: Schema.NullOr(Schema.Number),
        head: Schema.NullOr(Schema.String),
        breach: Schema.NullOr(
          Schema.Struct({
            kind: AuditLog.Breach,
            messages: Schema.Struct({ id: Schema.String, en: Schema.String })
          })
        )
      }),
      error: [...authed]
    })
  )
  .middleware(Authentication)
  .prefix("/api")
  .annotateMerge(OpenApi.annotations({ title: "Data", description: "Results, widget data, evidence, audit log" })) {}

/**
 * The middleware that turns request decoding failures into a localized 400 problem with field paths (its layer is
 * in `Server.ts`).
 *
 * @since 0.4.0
 */
export class Validation extends HttpApiMiddleware.Service<Validation>()("@pembinaan/server/Validation", {
  error: [BadRequest, Internal]
}) {}

/**
 * The whole API. Bodies are decoded strictly: an unknown field is an error, and every issue is reported.
 *
 * @since 0.4.0
 */
export class Api extends HttpApi.make("pembinaan")
  .add(SystemGroup)
  .add(OrgGroup)
  .add(SurveyAdminGroup)
  .add(SurveyGroup)
  .add(FeedbackGroup)
  .add(PolicyGroup)
  .add(DataGroup)
  .add(CycleGroup)
  .add(ProgrammeGroup)
  .add(WidgetGroup)
  .middleware(Validation)
  .annotate(HttpApi.PayloadParseOptions, { onExcessProperty: "error", errors: "all" })
  .annotate(HttpApi.QueryParseOptions, { onExcessProperty: "error", errors: "all" })
  .annotateMerge(
    OpenApi.annotations({
      title: "Pembinaan API",
      description:
        "Sistem pembinaan ASN on PostgreSQL: employees and units, surveys, 360 feedback, policy versions, widget data and the audit log. Errors are RFC 9457 problems."
    })
  ) {}
