/**
 * The handlers of the API: every write is one transaction (with its audit entry), every read checks the permission
 * table, and scoring is core's (`Survey` for IKM, `Feedback` for 360 with its quorum and suppression rules).
 *
 * @since 0.4.0
 */
import { createHash, createHmac, randomBytes, randomUUID } from "node:crypto"
import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { Behaviour, Policy as CorePolicy, Feedback, PolicySql, Presets, Survey } from "@pembinaan/core"
import { Effect, JsonPatch, Layer, Redacted, Result, type Schema } from "effect"
import { HttpServerRequest, HttpServerResponse } from "effect/http"
import { HttpApiBuilder, HttpApiSecurity } from "effect/http-api"
import { SqlClient } from "effect/sql"
import { Api } from "./Api.js"
import * as Audit from "./Audit.js"
import { Authentication, CurrentUser, sessionCookie, verifyAny } from "./Auth.js"
import { CycleLive } from "./CycleHandlers.js"
import * as Migrations from "./Migrations.js"
import * as Permission from "./Permission.js"
import * as Problem from "./Problem.js"
import { importProfile } from "./ProfileImport.js"
import { jpOfRoster, jpSignature, ProgrammeLive } from "./ProgrammeHandlers.js"
import { Settings } from "./Settings.js"
import { visibleRegion } from "./Subject.js"
import { WidgetLive } from "./WidgetHandlers.js"

const { BadRequest, Conflict, Forbidden, Internal, NotFound, TooMany, Unauthorized, Unprocessable, Unsupported } =
  Problem

/** SQL failures are defects: the client sees a 500 problem without details. */
const orDie = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.orDie(effect)

const allow = (action: Permission.Action) =>
  Effect.gen(function* () {
    const user = yield* CurrentUser
    if (!Permission.allows(user, action)) return yield* Problem.fail(Forbidden, "forbidden", { action })
    return user
  })

/** The CSRF token of a session: an HMAC of the session token (nothing stored). */
export const csrfOf = (secret: string, token: string): string =>
  createHmac("sha256", secret).update(`csrf:${token}`).digest("base64url")

/**
 * The authentication middleware: bearer token or session cookie (then `X-CSRF-Token` on unsafe methods).
 *
 * @since 0.4.0
 */
export const AuthenticationLive = Layer.effect(
  Authentication,
  Effect.gen(function* () {
    const settings = yield* Settings
    return Authentication.of({
      bearer: (httpEffect, { credential }) =>
        Effect.gen(function* () {
          const request = yield* HttpServerRequest.HttpServerRequest
          let token = Redacted.value(credential)
          if (token === "") {
            token = request.cookies[sessionCookie] ?? ""
            if (token !== "" && !["GET", "HEAD", "OPTIONS"].includes(request.method)) {
              const header = request.headers["x-csrf-token"]
              if (header !== csrfOf(settings.secret, token)) return yield* Problem.fail(Forbidden, "csrf")
            }
          }
          if (token === "") return yield* Problem.fail(Unauthorized, "noToken")
          const user = yield* Effect.promise(() => verifyAny(settings, token))
          if (user === undefined) return yield* Problem.fail(Unauthorized, "badToken")
          return yield* Effect.provideService(httpEffect, CurrentUser, user)
        })
    })
  })
)

const str = (v: unknown): string => (typeof v === "string" ? v : String(v))
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : str(v))
const json = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v)

/** The current period of survey submissions: the quarter of the server's date. */
const currentQuarter = (now: Date): string => `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`

/** Survey templates the server scores with, by `id@version`. */
export const templates: ReadonlyMap<string, Survey.Template> = new Map(
  [Presets.skm.national2017].map((t) => [`${t.id}@${t.version}`, t])
)

/** The 360 policy of the demo regions. */
export const feedbackPolicy: Feedback.Policy = Presets.feedback.bkpsdm

const surveyScore = (region: string, unit: string, period: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* orDie(sql<{
      readonly template_id: string
      readonly template_version: string
      readonly answers: unknown
    }>`SELECT template_id, template_version, answers FROM survey_responses
       WHERE region = ${region} AND unit_id = ${unit} AND (period = ${period} OR period LIKE ${`${period}-%`})
       ORDER BY id`)
    if (rows.length === 0) return yield* Problem.fail(NotFound, "notFound", { what: `IKM ${unit} ${period}` })
    const responses: Array<Survey.Response> = rows.map((r) => ({
      template: { id: r.template_id, version: r.template_version },
      answers: json(r.answers) as Record<string, number>
    }))
    const scored = Survey.scorePeriod(Presets.skm.policy, { templates: [...templates.values()], responses })
    if (Result.isFailure(scored)) return yield* Problem.fail(Unprocessable, "rules", { detail: scored.failure._tag })
    return JSON.parse(JSON.stringify(scored.success)) as typeof scored.success
  })

const SystemLive = HttpApiBuilder.group(Api, "system", (handlers) =>
  handlers
    .handle("health", () =>
      Effect.gen(function* () {
        const settings = yield* Settings
        const schema = yield* orDie(Migrations.current)
        return { status: "ok" as const, schema, database: settings.database }
      })
    )
    .handle("session", ({ payload }) =>
      Effect.gen(function* () {
        const settings = yield* Settings
        const user = yield* Effect.promise(() => verifyAny(settings, payload.token))
        if (user === undefined) return yield* Problem.fail(Unauthorized, "badToken")
        yield* HttpApiBuilder.securitySetCookie(
          HttpApiSecurity.apiKey({ key: sessionCookie, in: "cookie" }),
          payload.token,
          { secure: false, httpOnly: true, sameSite: "strict", path: "/api" }
        )
        return { nip: user.nip, roles: user.roles, csrf: csrfOf(settings.secret, payload.token) }
      })
    )
)

const unitRow = (r: Record<string, unknown>) => ({
  region: str(r.region),
  id: str(r.id),
  name: str(r.name),
  parent: r.parent_id == null ? null : str(r.parent_id),
  service: r.service == null ? null : str(r.service),
  population: r.population == null ? null : Number(r.population),
  remote: r.remote === true,
  employees: Number(r.employees ?? 0),
  version: Number(r.version)
})

const employeeRow = (r: Record<string, unknown>) => ({
  nip: str(r.nip),
  region: str(r.region),
  name: str(r.name),
  unit: str(r.unit_id),
  jabatan: str(r.jabatan),
  scorecard: r.scorecard == null ? null : str(r.scorecard),
  version: Number(r.version)
})

type NonEmptyRows = readonly [Record<string, unknown>, ...Array<Record<string, unknown>>]

const chunks = <A>(xs: ReadonlyArray<A>, n: number): Array<ReadonlyArray<A>> => {
  const out: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n))
  return out
}

/**
 * Writes an import in one transaction: units, then employees, upserted in batches; nothing is visible until the
 * commit, so an import killed halfway leaves nothing.
 *
 * @since 0.4.0
 */
export const importOrg = (
  actor: string,
  body: {
    readonly region: string
    readonly units: ReadonlyArray<{
      readonly id: string
      readonly name: string
      readonly parent?: string
      readonly service?: string
      readonly population?: number
      readonly remote?: boolean
    }>
    readonly employees: ReadonlyArray<{
      readonly nip: string
      readonly name: string
      readonly unit: string
      readonly jabatan: string
      readonly scorecard?: string
    }>
  },
  /** Called after each batch is written (inside the transaction); the kill test uses it. */
  onBatch: (written: number) => Effect.Effect<void> = () => Effect.void
) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* orDie(
      sql.withTransaction(
        Effect.gen(function* () {
          for (const batch of chunks(body.units, 1000)) {
            const rows = batch.map((u) => ({
              region: body.region,
              id: u.id,
              name: u.name,
              parent_id: u.parent ?? null,
              service: u.service ?? null,
              population: u.population ?? null,
              remote: u.remote ?? false
            }))
            yield* sql`INSERT INTO units ${sql.insert(rows as unknown as NonEmptyRows)}
              ON CONFLICT (region, id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id,
                service = excluded.service, population = excluded.population, remote = excluded.remote,
                version = units.version + 1`
          }
          for (const batch of chunks(body.employees, 2000)) {
            const rows = batch.map((e) => ({
              nip: e.nip,
              region: body.region,
              name: e.name,
              unit_id: e.unit,
              jabatan: e.jabatan,
              scorecard: e.scorecard ?? null
            }))
            yield* sql`INSERT INTO employees ${sql.insert(rows as unknown as NonEmptyRows)}
              ON CONFLICT (nip) DO UPDATE SET region = excluded.region, name = excluded.name,
                unit_id = excluded.unit_id, jabatan = excluded.jabatan, scorecard = excluded.scorecard,
                version = employees.version + 1`
            yield* onBatch(batch.length)
          }
          yield* Audit.append({
            actor,
            action: "org.import",
            subject: body.region,
            payload: { units: body.units.length, employees: body.employees.length }
          })
        })
      )
    )
    return { region: body.region, units: body.units.length, employees: body.employees.length }
  })

const importProblems = (body: typeof import("./Api.js").ImportBody.Type, known: ReadonlySet<string>) => {
  const issues: Array<Problem.Issue> = []
  const units = new Set(known)
  const seenUnits = new Set<string>()
  body.units.forEach((u, i) => {
    if (seenUnits.has(u.id)) issues.push({ path: `payload.units.${i}.id`, message: "duplicate" })
    seenUnits.add(u.id)
    units.add(u.id)
  })
  body.units.forEach((u, i) => {
    if (u.parent !== undefined && !units.has(u.parent))
      issues.push({ path: `payload.units.${i}.parent`, message: "unknown unit" })
  })
  const seen = new Set<string>()
  body.employees.forEach((e, i) => {
    if (!units.has(e.unit)) issues.push({ path: `payload.employees.${i}.unit`, message: "unknown unit" })
    if (seen.has(e.nip)) issues.push({ path: `payload.employees.${i}.nip`, message: "duplicate" })
    seen.add(e.nip)
  })
  return issues
}

const OrgLive = HttpApiBuilder.group(Api, "org", (handlers) =>
  handlers
    .handle("import", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* allow("org.import")
        if (payload.region !== user.region)
          return yield* Problem.fail(Forbidden, "forbidden", { action: `org.import ${payload.region}` })
        const sql = yield* SqlClient.SqlClient
        const known = yield* orDie(sql<{ readonly id: string }>`SELECT id FROM units WHERE region = ${payload.region}`)
        const issues = importProblems(payload, new Set(known.map((k) => k.id)))
        if (issues.length > 0)
          return yield* Problem.fail(Unprocessable, "rules", { detail: "import" }, issues.slice(0, 50))
        return yield* importOrg(user.nip, payload)
      })
    )
    .handle("importProfile", ({ params, payload, query }) =>
      Effect.gen(function* () {
        const user = yield* allow("org.import")
        return yield* importProfile(user, params.name, payload, {
          ...(query.locale === undefined ? {} : { locale: query.locale }),
          ...(query.course === undefined
            ? {}
            : {
                course: {
                  id: query.course,
                  title: query.title ?? query.course,
                  form: query.form ?? "e-learning",
                  ...(query.minutes === undefined ? {} : { minutes: query.minutes })
                }
              })
        })
      })
    )
    .handle("units", ({ query }) =>
      Effect.gen(function* () {
        const user = yield* allow("org.read")
        const region = query.region ?? user.region
        const sql = yield* SqlClient.SqlClient
        const rows = yield* orDie(sql<Record<string, unknown>>`
          SELECT u.*, (SELECT count(*) FROM employees e WHERE e.region = u.region AND e.unit_id = u.id) AS employees
          FROM units u WHERE u.region = ${region} ORDER BY u.id`)
        return rows.map(unitRow)
      })
    )
    .handle("employees", ({ params, query }) =>
      Effect.gen(function* () {
        const user = yield* allow("org.read")
        const region = query.region ?? user.region
        const sql = yield* SqlClient.SqlClient
        const unit = yield* orDie(sql`SELECT 1 FROM units WHERE region = ${region} AND id = ${params.unit}`)
        if (unit.length === 0) return yield* Problem.fail(NotFound, "notFound", { what: `unit ${params.unit}` })
        const rows = yield* orDie(sql<Record<string, unknown>>`
          SELECT * FROM employees WHERE region = ${region} AND unit_id = ${params.unit} ORDER BY nip`)
        return rows.map(employeeRow)
      })
    )
    .handle("employee", ({ params }) =>
      Effect.gen(function* () {
        yield* allow("org.read")
        const sql = yield* SqlClient.SqlClient
        const rows = yield* orDie(sql<Record<string, unknown>>`SELECT * FROM employees WHERE nip = ${params.nip}`)
        const row = rows[0]
        if (row === undefined) return yield* Problem.fail(NotFound, "notFound", { what: `NIP ${params.nip}` })
        return employeeRow(row)
      })
    )
)

const SurveyAdminLive = HttpApiBuilder.group(Api, "surveyAdmin", (handlers) =>
  handlers
    .handle("tickets", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* allow("survey.issue")
        if (!templates.has(`${payload.templateId}@${payload.templateVersion}`))
          return yield* Problem.fail(NotFound, "notFound", { what: `template ${payload.templateId}` })
        const sql = yield* SqlClient.SqlClient
        const unit = yield* orDie(sql`SELECT 1 FROM units WHERE region = ${user.region} AND id = ${payload.unit}`)
        if (unit.length === 0) return yield* Problem.fail(NotFound, "notFound", { what: `unit ${payload.unit}` })
        const tickets = Array.from({ length: payload.count }, () => randomBytes(12).toString("base64url"))
        const rows = tickets.map((ticket) => ({
          ticket,
          region: user.region,
          unit_id: payload.unit,
          template_id: payload.templateId,
          template_version: payload.templateVersion
        }))
        yield* orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              yield* sql`INSERT INTO survey_tickets ${sql.insert(rows as unknown as NonEmptyRows)}`
              yield* Audit.append({
                actor: user.nip,
                action: "survey.tickets",
                subject: `${user.region}/${payload.unit}`,
                payload: { count: payload.count, template: `${payload.templateId}@${payload.templateVersion}` }
              })
            })
          )
        )
        return { tickets }
      })
    )
    .handle("ikm", ({ query }) =>
      Effect.gen(function* () {
        const user = yield* allow("survey.report")
        return yield* surveyScore(query.region ?? user.region, query.unit, query.period)
      })
    )
)

/**
 * Who submits: the client's device id (`X-Device-Id`, any text) and its network address.
 *
 * @since 0.4.0
 */
export interface Device {
  readonly id: string
  readonly address: string
}

const deviceOf = (request: HttpServerRequest.HttpServerRequest, header: string | undefined): Device => {
  const address = request.remoteAddress._tag === "Some" ? request.remoteAddress.value : "unknown"
  return { id: (header ?? address).slice(0, 128), address }
}

/**
 * Takes one survey submission: counts it against the device and the ticket (refused attempts count too), then in
 * one transaction marks the ticket used (a used ticket is a 409) and stores the answers.
 *
 * @since 0.4.0
 */
export const submitSurvey = (
  payload: typeof import("./Api.js").SurveySubmission.Type,
  device: Device,
  now: Date = new Date()
) =>
  Effect.gen(function* () {
    const settings = yield* Settings
    const sql = yield* SqlClient.SqlClient
    const window = Math.floor(now.getTime() / 60_000)
    // One statement (so one round trip and atomic): counted per device id and per address, so changing the device
    // id does not reset the bound; the ticket's attempt is counted only when the device is within its bound.
    const tickets = yield* orDie(sql<{
      readonly within: boolean
      readonly attempts: number | null
      readonly region: string | null
      readonly unit_id: string | null
      readonly template_id: string | null
      readonly template_version: string | null
      readonly used_at: unknown
    }>`
      WITH counted AS (
        INSERT INTO survey_devices (device, window_start, count)
        VALUES (${`device:${device.id}`}, ${window}, 1), (${`address:${device.address}`}, ${window}, 1)
        ON CONFLICT (device, window_start) DO UPDATE SET count = survey_devices.count + 1
        RETURNING count),
      bound AS (SELECT coalesce(max(count), 0) <= ${settings.deviceLimit} AS within FROM counted),
      attempt AS (
        UPDATE survey_tickets SET attempts = attempts + 1
        WHERE ticket = ${payload.ticket} AND (SELECT within FROM bound)
        RETURNING attempts, region, unit_id, template_id, template_version, used_at)
      SELECT bound.within, attempt.* FROM bound LEFT JOIN attempt ON true`)
    const ticket = tickets[0]
    if (ticket?.within !== true) return yield* Problem.fail(TooMany, "deviceFlood")
    if (ticket.attempts === null) return yield* Problem.fail(NotFound, "ticketUnknown")
    if (Number(ticket.attempts) > settings.ticketAttempts) return yield* Problem.fail(TooMany, "ticketAttempts")
    if (ticket.used_at != null) return yield* Problem.fail(Conflict, "ticketUsed")
    if (ticket.template_id !== payload.templateId || ticket.template_version !== payload.templateVersion)
      return yield* Problem.fail(Unprocessable, "templateMismatch")
    const template = templates.get(`${payload.templateId}@${payload.templateVersion}`)
    if (template === undefined) return yield* Problem.fail(NotFound, "notFound", { what: payload.templateId })
    const checked = Survey.tally(template, [
      { template: { id: template.id, version: template.version }, answers: payload.answers }
    ])
    if (Result.isFailure(checked)) {
      const failure = checked.failure
      const issues =
        failure._tag === "InvalidInput"
          ? failure.problems.map((p) => ({
              path: ["payload", "answers", ...p.path.slice(2).map(String)].join("."),
              message: p.message
            }))
          : []
      return yield* Problem.fail(Unprocessable, "rules", { detail: failure._tag }, issues)
    }
    // One statement, so one transaction: the ticket is marked used and the answers stored together, or neither.
    const stored = yield* orDie(sql`
      WITH used AS (
        UPDATE survey_tickets SET used_at = now() WHERE ticket = ${payload.ticket} AND used_at IS NULL RETURNING ticket)
      INSERT INTO survey_responses (region, unit_id, period, template_id, template_version, answers, ticket, device)
      SELECT ${ticket.region}, ${ticket.unit_id}, ${currentQuarter(now)}, ${template.id}, ${template.version},
        ${JSON.stringify(payload.answers)}::jsonb, used.ticket, ${device.id} FROM used
      RETURNING id`).pipe(Effect.map((rows) => rows.length > 0))
    if (!stored) return yield* Problem.fail(Conflict, "ticketUsed")
    return { accepted: true as const }
  })

const SurveyLive = HttpApiBuilder.group(Api, "survey", (handlers) =>
  handlers.handle("submit", ({ payload, headers }) =>
    Effect.gen(function* () {
      const request = yield* HttpServerRequest.HttpServerRequest
      return yield* submitSurvey(payload, deviceOf(request, headers["x-device-id"]))
    })
  )
)

interface StoredRating {
  readonly rater_group: string
  readonly scores: unknown
}

/**
 * The 360 report of an employee and period: core's aggregate of the stored ratings under the policy (quorum,
 * anonymity and complementary suppression are core's), with rater ids replaced by their position (core never shows
 * them; they are not even given to it). Comments never leave. The first report releases the period: later ratings
 * are refused, so two reports can never be differenced to isolate one rater.
 *
 * @since 0.4.0
 */
export const feedbackReport = (nip: string, period: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* orDie(
      sql.withTransaction(
        Effect.gen(function* () {
          yield* sql`SELECT pg_advisory_xact_lock(hashtext(${`${nip}/${period}`}))`
          yield* sql`INSERT INTO feedback_releases (subject_nip, period) VALUES (${nip}, ${period}) ON CONFLICT DO NOTHING`
        })
      )
    )
    const rows = yield* orDie(sql<StoredRating>`
      SELECT rater_group, scores FROM feedback_ratings WHERE subject_nip = ${nip} AND period = ${period}
      ORDER BY submitted_at, rater_nip`)
    const ratings: Array<Feedback.Rating> = rows.map((r, i) => ({
      rater: `r${i}`,
      group: r.rater_group as Feedback.RaterGroup,
      scores: json(r.scores) as Feedback.Rating["scores"]
    }))
    const result = Feedback.aggregate(feedbackPolicy, ratings)
    if (Result.isFailure(result)) return yield* Problem.fail(Internal, "internal")
    return JSON.parse(JSON.stringify(result.success)) as typeof result.success
  })

const FeedbackLive = HttpApiBuilder.group(Api, "feedback", (handlers) =>
  handlers
    .handle("submit", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* allow("feedback.submit")
        const sql = yield* SqlClient.SqlClient
        const subject = yield* orDie(
          sql<{ readonly region: string }>`SELECT region FROM employees WHERE nip = ${payload.subjectId}`
        )
        const region = subject[0]?.region
        if (region === undefined) return yield* Problem.fail(NotFound, "notFound", { what: `NIP ${payload.subjectId}` })
        if (region !== user.region) return yield* Problem.fail(Forbidden, "forbidden", { action: "feedback.submit" })
        if ((payload.raterGroup === "diri-sendiri") !== (payload.subjectId === user.nip))
          return yield* Problem.fail(Unprocessable, "selfRating", {}, [
            { path: "payload.raterGroup", message: payload.raterGroup }
          ])
        const issues: Array<Problem.Issue> = []
        for (const v of Behaviour.coreValues) {
          const s = payload.ratings[v]
          if (s < feedbackPolicy.scale.min || s > feedbackPolicy.scale.max)
            issues.push({
              path: `payload.ratings.${v}`,
              message: `${feedbackPolicy.scale.min}–${feedbackPolicy.scale.max}`
            })
        }
        if (issues.length > 0) return yield* Problem.fail(Unprocessable, "rules", { detail: "scale" }, issues)
        const inserted = yield* orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              // The same lock as the report's, so a report and a rating cannot interleave.
              yield* sql`SELECT pg_advisory_xact_lock(hashtext(${`${payload.subjectId}/${payload.period}`}))`
              const released =
                yield* sql`SELECT 1 FROM feedback_releases WHERE subject_nip = ${payload.subjectId} AND period = ${payload.period}`
              if (released.length > 0) return "released" as const
              const rows =
                yield* sql`INSERT INTO feedback_ratings (subject_nip, period, rater_nip, rater_group, scores, comments)
                VALUES (${payload.subjectId}, ${payload.period}, ${user.nip}, ${payload.raterGroup},
                  ${JSON.stringify(payload.ratings)}::jsonb, ${JSON.stringify(payload.comments ?? {})}::jsonb)
                ON CONFLICT (subject_nip, period, rater_nip) DO NOTHING RETURNING 1`
              if (rows.length === 0) return "duplicate" as const
              // The audit entry names the rater and the subject, never the scores.
              yield* Audit.append({
                actor: user.nip,
                action: "feedback.submit",
                subject: `${payload.subjectId}/${payload.period}`,
                payload: { group: payload.raterGroup }
              })
              return "stored" as const
            })
          )
        )
        if (inserted === "released") return yield* Problem.fail(Conflict, "released")
        if (inserted === "duplicate") return yield* Problem.fail(Conflict, "duplicateRater")
        return { accepted: true as const }
      })
    )
    .handle("report", ({ params }) =>
      Effect.gen(function* () {
        const user = yield* allow("feedback.report")
        yield* visibleRegion(user, params.nip, "feedback.report")
        return yield* feedbackReport(params.nip, params.period)
      })
    )
)

const policyRow = (r: Record<string, unknown>) => ({
  policyId: str(r.policy_id),
  version: Number(r.version),
  document: json(r.document),
  publishedAt: iso(r.published_at),
  publishedBy: str(r.published_by)
})

const PolicyLive = HttpApiBuilder.group(Api, "policy", (handlers) =>
  handlers
    .handle("publish", ({ params, payload }) =>
      Effect.gen(function* () {
        const user = yield* allow("policy.publish")
        const sql = yield* SqlClient.SqlClient
        const row = yield* orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              yield* sql`SELECT pg_advisory_xact_lock(hashtext(${params.id}))`
              const last = yield* sql<{
                readonly v: number | null
              }>`SELECT max(version) AS v FROM policy_versions WHERE policy_id = ${params.id}`
              const version = Number(last[0]?.v ?? 0) + 1
              const rows = yield* sql<
                Record<string, unknown>
              >`INSERT INTO policy_versions (policy_id, version, document, published_by)
                VALUES (${params.id}, ${version}, ${JSON.stringify(payload.document)}::jsonb, ${user.nip}) RETURNING *`
              yield* Audit.append({
                actor: user.nip,
                action: "policy.publish",
                subject: params.id,
                payload: { version }
              })
              return rows[0] as Record<string, unknown>
            })
          )
        )
        return policyRow(row)
      })
    )
    .handle("versions", ({ params }) =>
      Effect.gen(function* () {
        yield* allow("policy.read")
        const sql = yield* SqlClient.SqlClient
        const rows = yield* orDie(
          sql<Record<string, unknown>>`SELECT * FROM policy_versions WHERE policy_id = ${params.id} ORDER BY version`
        )
        return rows.map(policyRow)
      })
    )
    .handle("version", ({ params }) =>
      Effect.gen(function* () {
        yield* allow("policy.read")
        const sql = yield* SqlClient.SqlClient
        const rows = yield* orDie(
          sql<
            Record<string, unknown>
          >`SELECT * FROM policy_versions WHERE policy_id = ${params.id} AND version = ${params.version}`
        )
        const row = rows[0]
        if (row === undefined)
          return yield* Problem.fail(NotFound, "notFound", { what: `${params.id} v${params.version}` })
        return policyRow(row)
      })
    )
    .handle("recompute", ({ params, query }) =>
      Effect.gen(function* () {
        const user = yield* allow("policy.publish")
        const sql = yield* SqlClient.SqlClient
        const rows = yield* orDie(sql<{ readonly document: unknown }>`SELECT document FROM policy_versions
          WHERE policy_id = ${params.id} AND version = ${params.version}`)
        const row = rows[0]
        if (row === undefined)
          return yield* Problem.fail(NotFound, "notFound", { what: `${params.id} v${params.version}` })
        const decoded = CorePolicy.decode(json(row.document))
        if (Result.isFailure(decoded)) return yield* Problem.fail(Unprocessable, "rules", { detail: "Policy" })
        // The inputs the server keeps for every stored result: the two ratings (an imported evaluation's, or a
        // cycle's final ratings). The region and period reach the compiled query as transaction settings, never as
        // text spliced into it.
        const source = `(SELECT r.nip AS employee, r.period,
            coalesce(r.result->>'hasilKerja', r.result->'ratings'->>'hasilKerja') AS hasil_kerja,
            coalesce(r.result->>'perilakuKerja', r.result->'ratings'->>'perilakuKerja') AS perilaku_kerja
          FROM results r JOIN employees e ON e.nip = r.nip
          WHERE e.region = current_setting('pembinaan.recompute_region')
            AND (current_setting('pembinaan.recompute_period') = '' OR r.period = current_setting('pembinaan.recompute_period')))`
        const compiled = PolicySql.compile(decoded.success, { dialect: "postgres", source })
        if (Result.isFailure(compiled))
          return yield* Problem.fail(Unprocessable, "rules", { detail: PolicySql.message(compiled.failure, "en") })
        const held = new Set(["employee", "period", "hasil_kerja", "perilaku_kerja"])
        const missing = compiled.success.inputs.filter((c) => !held.has(c.name)).map((c) => c.name)
        if (missing.length > 0)
          return yield* Problem.fail(
            Unprocessable,
            "rules",
            { detail: `inputs the server does not keep: ${missing.slice(0, 5).join(", ")}` },
            [{ path: "params.id", message: "hasil kerja and perilaku kerja must be ratings" }]
          )
        const out = yield* orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              yield* sql`SELECT set_config('pembinaan.recompute_region', ${user.region}, true),
                set_config('pembinaan.recompute_period', ${query.period ?? ""}, true)`
              return yield* sql.unsafe<{
                readonly employee: string
                readonly period: string
                readonly predikat: string | null
                readonly problem: string | null
                readonly stored: string
              }>(`SELECT c.employee, c.period, c.predikat, c.problem, r.predikat AS stored
          FROM (\n${compiled.success.sql}\n) AS c JOIN results r ON r.nip = c.employee AND r.period = c.period
          ORDER BY c.employee, c.period`)
            })
          )
        )
        const differing = out.filter((o) => o.problem !== null || o.predikat !== o.stored)
        return {
          policyId: params.id,
          version: params.version,
          rows: out.length,
          changed: out.filter((o) => o.problem === null && o.predikat !== o.stored).length,
          problems: out.filter((o) => o.problem !== null).length,
          sql: compiled.success.sql,
          differences: differing.slice(0, Math.min(Math.max(query.limit ?? 1000, 0), 10_000)).map((o) => ({
            employee: o.employee,
            period: o.period,
            stored: o.stored,
            recomputed: o.predikat,
            problem: o.problem
          }))
        }
      })
    )
    .handle("diff", ({ params, query }) =>
      Effect.gen(function* () {
        yield* allow("policy.read")
        const sql = yield* SqlClient.SqlClient
        const rows = yield* orDie(sql<Record<string, unknown>>`SELECT * FROM policy_versions
          WHERE policy_id = ${params.id} AND version IN (${query.from}, ${query.to})`)
        const a = rows.find((r) => Number(r.version) === query.from)
        const b = rows.find((r) => Number(r.version) === query.to)
        if (a === undefined || b === undefined)
          return yield* Problem.fail(NotFound, "notFound", {
            what: `${params.id} v${a === undefined ? query.from : query.to}`
          })
        const changes = JsonPatch.get(json(a.document) as Schema.Json, json(b.document) as Schema.Json)
        return { from: query.from, to: query.to, changes: changes.map((c) => ({ ...c }) as never) }
      })
    )
)

const magic: Record<string, (b: Uint8Array) => boolean> = {
  "application/pdf": (b) => b.length >= 5 && String.fromCharCode(...b.subarray(0, 5)) === "%PDF-",
  "image/jpeg": (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/png": (b) => b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x)
}

/**
 * A small least-recently-used map (the dashboard caches): at most `size` entries.
 *
 * @since 0.4.0
 */
export class Lru<V> {
  private readonly map = new Map<string, V>()
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key)
    if (v !== undefined) {
      this.map.delete(key)
      this.map.set(key, v)
    }
    return v
  }
  set(key: string, value: V): void {
    this.map.delete(key)
    this.map.set(key, value)
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string)
  }
}

/**
 * The caches of the unit dashboard, one set per running server (never shared between databases):
 *
 * - `records`: the result records of a region or unit, keyed with the region's data generation (`data_generations`,
 *   bumped by triggers on every committed change to units, employees or results, migration 8). The generation is read
 *   before the records, so a cached entry is never older than its generation; a write in between only costs one more
 *   miss.
 * - `ikm`: the IKM score of a unit and period, keyed with the number of stored responses and the highest response id
 *   (responses are only ever added, so these name the set scored).
 * - `bodies`: the JSON text of the whole response, keyed with both, served with an ETag (a matching
 *   `If-None-Match` gets 304).
 *
 * @since 0.4.0
 */
export interface DashboardCaches {
  /** The records' JSON text (an array of `UnitDashboard` records) by region or unit. */
  readonly records: Lru<{ readonly generation: string; readonly json: string; readonly jp: boolean }>
  readonly ikm: Lru<unknown>
  /** The serialised response of a region or unit, keyed with everything it was made from (generation, IKM sets). */
  readonly bodies: Lru<{ readonly signature: string; readonly text: string; readonly etag: string }>
  /** A random tag of this server instance, in every ETag (a new database never revalidates an old copy). */
  readonly instance: string
}

const dashboard = (caches: DashboardCaches, region: string, unit: string | undefined) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    // One round trip for the generation and the survey groups (with their sizes).
    const head = yield* orDie(sql<{
      readonly generation: string | number | bigint | null
      readonly unit_id: string | null
      readonly period: string | null
      readonly responses: string | number | bigint | null
      readonly last: string | number | bigint | null
    }>`
      WITH g AS (SELECT coalesce((SELECT n FROM data_generations WHERE region = ${region}), 0) AS generation)
      SELECT g.generation, s.unit_id, s.period, s.responses, s.last FROM g LEFT JOIN (
        SELECT unit_id, period, count(*) AS responses, max(id) AS last FROM survey_responses
        WHERE region = ${region} ${unit === undefined ? sql`` : sql`AND unit_id = ${unit}`}
        GROUP BY unit_id, period) s ON true
      ORDER BY s.unit_id, s.period`)
    // the results' generation and what the JP report is made from (training, e-learning, programme policy)
    const generation = `${head[0]?.generation ?? 0}|${yield* jpSignature(region)}`
    const key = `${region}\u0000${unit ?? ""}`
    const signature = `${generation}|${head.map((g) => `${g.unit_id}/${g.period}/${g.responses}/${g.last}`).join("|")}`
    const cached = caches.bodies.get(key)
    if (cached?.signature === signature) return cached
    let records = caches.records.get(key)
    if (records?.generation !== generation) {
      // Rows, then JSON here: measured faster than PostgreSQL's json_agg on PGlite (WebAssembly) and the same order
      // on a real PostgreSQL; serialised once per generation.
      const rows = yield* orDie(sql<Record<string, unknown>>`
        SELECT e.nip, e.name, e.unit_id, e.jabatan, r.period, r.predikat, r.score
        FROM employees e JOIN results r ON r.nip = e.nip
        WHERE e.region = ${region} ${unit === undefined ? sql`` : sql`AND e.unit_id = ${unit}`}
        ORDER BY e.unit_id, e.nip, r.period`)
      // Each record's JP is its period's year's (a quarter "2026-Q3" and the year "2026" both read 2026's), as the
      // development plan shows it for that person.
      const roster = [...new Set(rows.map((r) => str(r.nip)))]
      const years = [...new Set(rows.map((r) => Number(str(r.period).slice(0, 4))))].filter(Number.isInteger)
      const jp = new Map<number, Map<string, unknown>>()
      let jpKnown = true
      for (const year of years) {
        const report = yield* jpOfRoster(region, year, roster)
        if (report === undefined) jpKnown = false
        else jp.set(year, report)
      }
      if (!jpKnown) jp.clear()
      const json = JSON.stringify(
        rows.map((r) => {
          const own = jp.get(Number(str(r.period).slice(0, 4)))?.get(str(r.nip))
          return {
            employee: str(r.nip),
            name: str(r.name),
            unit: str(r.unit_id),
            jabatan: str(r.jabatan),
            period: str(r.period),
            predikat: str(r.predikat),
            ...(r.score == null ? {} : { score: str(r.score) }),
            ...(own === undefined ? {} : { jp: own })
          }
        })
      )
      records = { generation, json, jp: jpKnown }
      caches.records.set(key, records)
    }
    const ikm: Array<{ unit: string; period: string; score: unknown }> = []
    for (const g of head) {
      if (g.unit_id == null || g.period == null) continue
      const ikmKey = `${region}\u0000${g.unit_id}\u0000${g.period}\u0000${g.responses}\u0000${g.last}`
      let score = caches.ikm.get(ikmKey)
      if (score === undefined) {
        const scored = yield* surveyScore(region, g.unit_id, g.period).pipe(Effect.option)
        score = scored._tag === "Some" ? scored.value : null
        caches.ikm.set(ikmKey, score)
      }
      if (score !== null) ikm.push({ unit: g.unit_id, period: g.period, score })
    }
    const title = unit === undefined ? `${region}` : `${region} / ${unit}`
    // The results carry no rule decisions (rewards, remediation plans), and the JP only when core could report it:
    // the dashboard says a list is not part of this data instead of showing it empty.
    const text = `{"title":${JSON.stringify(title)},"records":${records.json},"ikm":${JSON.stringify(ikm)},"minimumGroupSize":5,"unavailable":${records.jp ? `["rewards","remediation"]` : `["rewards","remediation","jp"]`}}`
    const etag = `"${caches.instance}-${createHash("sha256").update(signature).digest("base64url").slice(0, 22)}"`
    const body = { signature, text, etag }
    caches.bodies.set(key, body)
    return body
  })

const DataLive = HttpApiBuilder.group(Api, "data", (handlers) =>
  Effect.sync(
    (): DashboardCaches => ({
      records: new Lru(64),
      ikm: new Lru(1024),
      bodies: new Lru(64),
      instance: randomBytes(6).toString("base64url")
    })
  ).pipe(
    Effect.map((caches) =>
      handlers
        .handle("results", ({ params }) =>
          Effect.gen(function* () {
            const user = yield* allow("result.read")
            const sql = yield* SqlClient.SqlClient
            yield* visibleRegion(user, params.nip, "result.read")
            const rows = yield* orDie(
              sql<Record<string, unknown>>`SELECT * FROM results WHERE nip = ${params.nip} ORDER BY period`
            )
            return rows.map((r) => ({
              period: str(r.period),
              predikat: str(r.predikat),
              score: r.score == null ? null : str(r.score),
              policyId: str(r.policy_id),
              policyVersion: Number(r.policy_version),
              result: json(r.result)
            }))
          })
        )
        .handle("unitDashboard", ({ query }) =>
          Effect.gen(function* () {
            const user = yield* allow("dashboard.read")
            const region = query.region ?? user.region
            if (region !== user.region) return yield* Problem.fail(Forbidden, "forbidden", { action: "dashboard.read" })
            const body = yield* dashboard(caches, region, query.unit)
            const request = yield* HttpServerRequest.HttpServerRequest
            const headers = { etag: body.etag, "cache-control": "private, no-cache" }
            if (request.headers["if-none-match"] === body.etag)
              return HttpServerResponse.empty({ status: 304, headers })
            return HttpServerResponse.text(body.text, { contentType: "application/json", headers })
          })
        )
        .handle("ikmReport", ({ query }) =>
          Effect.gen(function* () {
            const user = yield* allow("survey.report")
            const region = query.region ?? user.region
            const score = yield* surveyScore(region, query.unit, query.period)
            const sql = yield* SqlClient.SqlClient
            const unit = yield* orDie(
              sql<{
                readonly population: number | null
              }>`SELECT population FROM units WHERE region = ${region} AND id = ${query.unit}`
            )
            // The quarters of a year, for the trend (only those with responses).
            const trend: Array<{ period: string; score: unknown }> = []
            if (/^\d{4}$/.test(query.period))
              for (const q of [1, 2, 3, 4]) {
                const s = yield* surveyScore(region, query.unit, `${query.period}-Q${q}`).pipe(Effect.option)
                if (s._tag === "Some") trend.push({ period: `${query.period}-Q${q}`, score: s.value })
              }
            const population = unit[0]?.population
            return {
              unit: query.unit,
              period: query.period,
              score,
              ...(population == null || population <= 0 ? {} : { population: Number(population) }),
              trend
            }
          })
        )
        .handle("policyView", ({ query }) =>
          Effect.gen(function* () {
            yield* allow("policy.read")
            const sql = yield* SqlClient.SqlClient
            const rows = yield* orDie(
              query.version === undefined
                ? sql<
                    Record<string, unknown>
                  >`SELECT document FROM policy_versions WHERE policy_id = ${query.id} ORDER BY version DESC LIMIT 1`
                : sql<
                    Record<string, unknown>
                  >`SELECT document FROM policy_versions WHERE policy_id = ${query.id} AND version = ${query.version}`
            )
            const row = rows[0]
            if (row === undefined) return yield* Problem.fail(NotFound, "notFound", { what: `${query.id}` })
            // `<asn-policy-view>` shows only what core would apply: the stored document must decode as a policy.
            const decoded = CorePolicy.decode(json(row.document))
            if (Result.isFailure(decoded))
              return yield* Problem.fail(
                Unprocessable,
                "rules",
                { detail: "Policy" },
                decoded.failure._tag === "InvalidInput"
                  ? decoded.failure.problems
                      .slice(0, 50)
                      .map((p) => ({ path: ["document", ...p.path].join("."), message: p.message }))
                  : []
              )
            return json(row.document)
          })
        )
        .handle("evidence", ({ params, payload }) =>
          Effect.gen(function* () {
            const user = yield* allow("evidence.upload")
            const settings = yield* Settings
            const request = yield* HttpServerRequest.HttpServerRequest
            const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? ""
            const check = magic[type]
            if (check === undefined) return yield* Problem.fail(Unsupported, "unsupported", { type })
            if (!check(payload)) return yield* Problem.fail(Unsupported, "magic", { type })
            if (payload.length > settings.maxUploadBytes)
              return yield* Problem.fail(Problem.TooLarge, "tooLarge", { limit: settings.maxUploadBytes })
            const sql = yield* SqlClient.SqlClient
            yield* visibleRegion(user, params.nip, "evidence.upload")
            const id = randomUUID()
            const sha256 = createHash("sha256").update(payload).digest("hex")
            const file = join(settings.evidenceDir, id)
            yield* Effect.promise(async () => {
              await mkdir(settings.evidenceDir, { recursive: true })
              await writeFile(file, payload, { flag: "wx", mode: 0o600 })
            })
            yield* orDie(
              sql.withTransaction(
                Effect.gen(function* () {
                  yield* sql`INSERT INTO evidence (id, nip, content_type, bytes, sha256, file_name, uploaded_by)
                VALUES (${id}, ${params.nip}, ${type}, ${payload.length}, ${sha256}, ${id}, ${user.nip})`
                  yield* Audit.append({
                    actor: user.nip,
                    action: "evidence.upload",
                    subject: params.nip,
                    payload: { id, sha256 }
                  })
                })
              )
            )
            return { id, contentType: type, bytes: payload.length, sha256 }
          })
        )
        .handle("audit", ({ query }) =>
          Effect.gen(function* () {
            yield* allow("audit.read")
            return yield* orDie(Audit.read(query.after ?? -1, Math.min(Math.max(query.limit ?? 100, 1), 1000)))
          })
        )
        .handle("auditVerify", () =>
          Effect.gen(function* () {
            yield* allow("audit.read")
            return yield* orDie(Audit.verify)
          })
        )
    )
  )
)

/**
 * All handler groups.
 *
 * @since 0.4.0
 */
export const HandlersLive = Layer.mergeAll(
  CycleLive,
  ProgrammeLive,
  SystemLive,
  OrgLive,
  SurveyAdminLive,
  SurveyLive,
  FeedbackLive,
  PolicyLive,
  DataLive,
  WidgetLive
)

export { BadRequest }
