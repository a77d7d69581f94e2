/**
 * The handlers of the programme group (see `ProgrammeApi.ts`).
 *
 * @since 0.5.0
 */
import { randomUUID } from "node:crypto"
import {
  ActivityReport,
  Citizen,
  Elearning,
  Exact,
  Forum,
  Jpm,
  Lapor,
  Mentoring,
  Nip,
  Presets,
  ProgrammeEvent,
  ProgrammePolicy,
  Training,
  TrainingEvaluation
} from "@pembinaan/core"
import { parse as parseCsv } from "csv-parse/sync"
import { Effect, Result } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { SqlClient } from "effect/sql"
import { Api } from "./Api.js"
import * as Audit from "./Audit.js"
import { CurrentUser, type Role, type User } from "./Auth.js"
import * as Permission from "./Permission.js"
import * as Problem from "./Problem.js"
import {
  actionOf,
  activityPolicy,
  defaultProgrammePolicy,
  development,
  type Kind,
  programmePolicyId
} from "./ProgrammeApi.js"
import { visibleRegion } from "./Subject.js"
import { jpmPolicy } from "./WidgetHandlers.js"

const { BadRequest, Conflict, Forbidden, NotFound, Unprocessable } = Problem

/** The stored e-learning record: the completions imported so far and the courses they credit. */
interface ElearningState {
  readonly completions: ReadonlyArray<Elearning.Completion>
  readonly courses: Readonly<Record<string, Elearning.CourseRef>>
}

/** The stored complaint record of a region: the latest import's view of each LAPOR! tracking number. */
interface CitizenState {
  readonly complaints: Readonly<Record<string, Omit<Lapor.Complaint, "row">>>
}

type AnyKind = Kind | "elearning" | "citizen"

const empties: Record<AnyKind, unknown> = {
  training: Training.empty,
  mentoring: Mentoring.empty,
  forum: Forum.empty,
  "activity-report": ActivityReport.empty,
  elearning: { completions: [], courses: {} } satisfies ElearningState,
  citizen: { complaints: {} } satisfies CitizenState
}

const json = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v)

const isExact = (v: unknown): v is Exact.Exact =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as Exact.Exact).n === "bigint" &&
  typeof (v as Exact.Exact).d === "bigint"

/** Plain JSON: `undefined` fields left out, exact numbers as decimal text. */
const plain = <A>(v: A): A =>
  JSON.parse(
    JSON.stringify(v, (_, x: unknown) => (isExact(x) ? Exact.format(x) : typeof x === "bigint" ? String(x) : x))
  ) as A

const load = (kind: AnyKind, key: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(
      sql<{ readonly version: number; readonly state: unknown }>`
        SELECT version, state FROM programme_records WHERE kind = ${kind} AND key = ${key}`
    )
    const r = rows[0]
    return r === undefined
      ? { kind, key, version: 0, state: empties[kind] }
      : { kind, key, version: Number(r.version), state: json(r.state) }
  })

/**
 * The programme policy a region runs: its latest published `programmes-<region>` document (decoded by core; a
 * stored document that no longer decodes is skipped for the one before it), else core's preset for the region,
 * else the default.
 */
const policyOf = (region: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(
      sql<{ readonly version: number; readonly document: unknown }>`
        SELECT version, document FROM policy_versions WHERE policy_id = ${programmePolicyId(region)}
        ORDER BY version DESC`
    )
    for (const r of rows) {
      const decoded = ProgrammePolicy.decode(json(r.document))
      if (Result.isSuccess(decoded))
        return {
          region,
          source: "published" as const,
          policyId: programmePolicyId(region),
          version: Number(r.version),
          document: decoded.success
        }
    }
    const preset = Presets.programmes.byRegion[region]
    return preset === undefined
      ? {
          region,
          source: "default" as const,
          policyId: defaultProgrammePolicy.id,
          version: 0,
          document: defaultProgrammePolicy
        }
      : { region, source: "preset" as const, policyId: preset.id, version: 0, document: preset }
  })

/** The contexts core's programme modules take, from a region's programme policy. */
const contextsOf = (doc: ProgrammePolicy.Document) => ({
  training: ProgrammePolicy.trainingContext(development, doc),
  mentoring: ProgrammePolicy.mentoringContext(doc, Presets.regionRules.bukittinggiPlans)
})

type Contexts = ReturnType<typeof contextsOf>

/** Folds one event into a record of a kind. */
const foldOne = (
  contexts: Contexts,
  kind: Kind,
  state: unknown,
  event: unknown
): Result.Result<unknown, { readonly _tag: string }> => {
  switch (kind) {
    case "training":
      return Training.fold(contexts.training, [event], state as Training.State)
    case "mentoring":
      return Mentoring.fold(contexts.mentoring, [event], state as Mentoring.State)
    case "forum":
      return Forum.fold([event], state as Forum.State)
    case "activity-report":
      return ActivityReport.fold(activityPolicy, [event], state as ActivityReport.State)
  }
}

/** A core error as a 422 problem: the error's tag, its fields in the detail, and field paths where it names one. */
const refused = (error: { readonly _tag: string }) =>
  Effect.gen(function* () {
    const lang = yield* Problem.lang
    const fields = Object.entries(error)
      .filter(([k, v]) => k !== "_tag" && k !== "problems" && (typeof v === "string" || typeof v === "number"))
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")
    const detail = fields === "" ? error._tag : `${error._tag} (${fields})`
    const problems = (error as { readonly problems?: ReadonlyArray<{ path: ReadonlyArray<unknown>; message: string }> })
      .problems
    // The fold decodes a list: its paths start with the event's index, which the request does not have.
    const issues =
      problems !== undefined
        ? problems.map((p) => ({
            path: ["payload", "event", ...(typeof p.path[0] === "number" ? p.path.slice(1) : p.path)].join("."),
            message: p.message
          }))
        : typeof (error as { readonly field?: unknown }).field === "string"
          ? [
              {
                path: `payload.event.command.${(error as unknown as { readonly field: string }).field}`,
                message: detail
              }
            ]
          : undefined
    return yield* Effect.fail(new Unprocessable(Problem.body(lang, "rules", { detail }, issues)))
  })

const stale = (current: { kind: string; key: string; version: number; state: unknown }) =>
  Effect.gen(function* () {
    const lang = yield* Problem.lang
    return yield* Effect.fail(
      new Conflict({ ...Problem.body(lang, "stale", { current: current.version }), current: plain(current) })
    )
  })

/** The role a user acts in for an action: the first of the token's roles the table allows. */
const roleFor = (user: User, action: Permission.Action): Role | undefined =>
  user.roles.find((r) => Permission.table[action].includes(r))

/**
 * Stores the next version of a record and its event (one transaction, with the audit entries): `false` when the
 * version moved meanwhile.
 */
const store = (input: {
  readonly kind: AnyKind
  readonly key: string
  readonly region: string
  readonly from: number
  readonly state: unknown
  readonly event: { readonly id: string; readonly by: { readonly nip: string } }
  readonly audit: ReadonlyArray<{ action: string; subject: string; payload: unknown }>
}) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    return yield* Effect.orDie(
      sql.withTransaction(
        Effect.gen(function* () {
          const state = JSON.stringify(input.state)
          const rows =
            input.from === 0
              ? yield* sql`INSERT INTO programme_records (kind, key, region, version, state)
                  VALUES (${input.kind}, ${input.key}, ${input.region}, 1, ${state}::jsonb)
                  ON CONFLICT DO NOTHING RETURNING version`
              : yield* sql`UPDATE programme_records SET version = version + 1, state = ${state}::jsonb
                  WHERE kind = ${input.kind} AND key = ${input.key} AND version = ${input.from} RETURNING version`
          if (rows.length === 0) return false
          yield* sql`INSERT INTO programme_events (kind, key, version, event_id, actor, event)
            VALUES (${input.kind}, ${input.key}, ${input.from + 1}, ${input.event.id}, ${input.event.by.nip},
              ${JSON.stringify(input.event)}::jsonb)`
          for (const a of input.audit) yield* Audit.append({ actor: input.event.by.nip, ...a })
          return true
        })
      )
    )
  })

/** The import directory: the region's employees with their unit and the e-mail addresses the request gives. */
const directory = (region: string, emails: Readonly<Record<string, string>> = {}) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(
      sql<{
        readonly nip: string
        readonly unit_id: string
      }>`SELECT nip, unit_id FROM employees WHERE region = ${region}`
    )
    return rows.map((r): Elearning.Person => {
      const email = emails[r.nip]
      return { nip: r.nip, unit: r.unit_id, ...(email === undefined ? {} : { email }) }
    })
  })

/** Stores an import's new completions (one per employee and course over all imports) as one event. */
const recordImport = (
  user: User,
  source: "ImportMoodle" | "ImportXapi",
  report: Elearning.Report,
  courses: ReadonlyArray<Elearning.CourseRef>
) =>
  Effect.gen(function* () {
    const current = yield* load("elearning", user.region)
    const state = current.state as ElearningState
    const known = new Set(state.completions.map((c) => `${c.course}|${c.employee}`))
    const fresh = report.completions.filter((c) => !known.has(`${c.course}|${c.employee}`))
    const next: ElearningState = {
      completions: [...state.completions, ...fresh],
      courses: { ...state.courses, ...Object.fromEntries(courses.map((c) => [c.id, c])) }
    }
    const event = {
      id: randomUUID(),
      at: new Date().toISOString(),
      by: { nip: user.nip, role: "admin-bkpsdm" },
      command: { _tag: source, courses, counts: report.counts, completions: fresh }
    }
    const ok = yield* store({
      kind: "elearning",
      key: user.region,
      region: user.region,
      from: current.version,
      state: next,
      event,
      audit: [
        {
          action: `elearning.${source}`,
          subject: `elearning:${user.region}`,
          payload: { counts: report.counts, stored: fresh.length, version: current.version + 1 }
        }
      ]
    })
    if (!ok) return yield* stale(yield* load("elearning", user.region))
    return { ...plain(report), stored: fresh.length, version: current.version + 1 }
  })

/**
 * Imports the rows of a Moodle course-completion export for the user's region: core's `Elearning.importMoodle`
 * matches each row to an employee by NIP or e-mail (unmatched, ambiguous and malformed rows reported, not dropped),
 * and the new completions are stored as one event. Used by `POST /api/elearning/moodle` and by the
 * `moodle-completion` import profile (`POST /api/import/profiles/moodle-completion`). The caller checks permission.
 *
 * @since 0.5.0
 */
export const importMoodleRows = (
  user: User,
  input: {
    readonly rows: ReadonlyArray<Readonly<Record<string, string | undefined>>>
    readonly columns: Elearning.MoodleColumns
    readonly course: Elearning.CourseRef
    readonly emails?: Readonly<Record<string, string>>
  }
) =>
  Effect.gen(function* () {
    const report = Elearning.importMoodle({
      rows: input.rows,
      columns: input.columns,
      course: input.course,
      directory: yield* directory(user.region, input.emails)
    })
    return yield* recordImport(user, "ImportMoodle", report, [input.course])
  })

const elearningActivities = (state: ElearningState, nip?: string) => {
  const completions = nip === undefined ? state.completions : state.completions.filter((c) => c.employee === nip)
  return Elearning.activities(
    {
      completions,
      malformed: [],
      unmatched: [],
      skipped: [],
      counts: { rows: completions.length, completions: completions.length, malformed: 0, unmatched: 0, skipped: 0 }
    },
    Object.values(state.courses)
  )
}

/**
 * The relations the role table cannot express: a participant's follow-up assessment is the participant's own, a
 * superior's is an official's; a mentoring session or assessment is the pair's mentor's (or BKPSDM's). Activity
 * reports are checked by core (the employee submits, the named superior reviews).
 */
const relationAllows = (
  kind: Kind,
  user: User,
  role: Role,
  command: Readonly<Record<string, unknown>>,
  state: unknown
): boolean => {
  if (kind === "training" && command._tag === "Assess")
    return command.assessor === "participant" ? command.employee === user.nip : user.roles.some((r) => r !== "pegawai")
  if (kind === "mentoring" && (command._tag === "RecordSession" || command._tag === "AssessMentee"))
    return (
      role === "admin-bkpsdm" ||
      (state as Mentoring.State).pairs[typeof command.pair === "string" ? command.pair : ""]?.mentor === user.nip
    )
  return true
}

const thisYear = () => new Date().getUTCFullYear()

/**
 * The `pengaduan` channel alone, as the complaints report shows it per unit: the mean of the reporters' ratings on
 * the region's rating scale (normalised to 0–100), one per tracking number (illustrative, the same unconfirmed basis
 * as the LAPOR! columns).
 */
const complaintChannel = (config: Lapor.Config): Citizen.Policy => ({
  channels: { pengaduan: { weight: 1, scale: config.ratingScale, minimumObservations: 1 } },
  aggregation: { method: "mean" },
  duplicates: { keep: "latest", minimumTextLength: 1000 },
  rounding: { scale: 2, mode: "half-up" },
  legalBasis: config.legalBasis
})

/**
 * @since 0.5.0
 */
export const ProgrammeLive = HttpApiBuilder.group(Api, "programme", (handlers) =>
  handlers
    .handle("act", ({ params, payload }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const kind = params.kind
        const tag = payload.event.command._tag
        const action = typeof tag === "string" ? actionOf(kind, tag) : undefined
        if (action === undefined)
          return yield* Problem.fail(BadRequest, "invalidRequest", {}, [
            {
              path: "payload.event.command._tag",
              message: Problem.text(yield* Problem.lang, "invalidValue", { detail: String(tag) })
            }
          ])
        const role = roleFor(user, action)
        if (role === undefined) return yield* Problem.fail(Forbidden, "forbidden", { action })
        const current = yield* load(kind, user.region)
        if (!relationAllows(kind, user, role, payload.event.command, current.state))
          return yield* Problem.fail(Forbidden, "forbidden", { action })
        if (payload.version !== current.version) return yield* stale(current)
        // The actor is the token's NIP in the role the table allowed, whatever the body says.
        const event = {
          id: payload.event.id ?? randomUUID(),
          at: payload.event.at ?? new Date().toISOString(),
          by: { nip: user.nip, role },
          ...(payload.event.reason === undefined ? {} : { reason: payload.event.reason }),
          command: payload.event.command
        }
        const contexts = contextsOf((yield* policyOf(user.region)).document)
        const folded = foldOne(contexts, kind, current.state, event)
        if (Result.isFailure(folded)) return yield* refused(folded.failure)
        const state = folded.success as { readonly log: ReadonlyArray<ProgrammeEvent.Change> }
        const before = (current.state as { readonly log: ReadonlyArray<ProgrammeEvent.Change> }).log.length
        const changes = state.log.slice(before)
        const ok = yield* store({
          kind,
          key: user.region,
          region: user.region,
          from: current.version,
          state,
          event,
          audit: changes.map((c) => {
            const entry = ProgrammeEvent.auditEntry(kind, c)
            return {
              action: entry.action,
              subject: `${kind}:${user.region}/${entry.subject}`,
              payload: {
                event: c.event,
                role: entry.role,
                at: entry.at,
                before: entry.before,
                after: entry.after,
                reason: entry.reason,
                version: current.version + 1
              }
            }
          })
        })
        // Someone else wrote between our read and our write: answer with what is there now.
        if (!ok) return yield* stale(yield* load(kind, user.region))
        return plain({ kind, key: user.region, version: current.version + 1, state, changes })
      })
    )
    .handle("get", ({ params }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "programme.read"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "programme.read" })
        return plain(yield* load(params.kind, user.region))
      })
    )
    .handle("plan", ({ params, query }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const region = yield* visibleRegion(user, params.nip, "result.read")
        const year = query.year ?? thisYear()
        const policy = yield* policyOf(region)
        const trainingContext = contextsOf(policy.document).training
        const training = (yield* load("training", region)).state as Training.State
        const elearning = (yield* load("elearning", region)).state as ElearningState
        const mentoring = (yield* load("mentoring", region)).state as Mentoring.State
        const online = elearningActivities(elearning, params.nip)
        const jp = Training.jpYear(trainingContext, training, {
          year,
          employees: [params.nip],
          extra: online.activities
        })
        if (Result.isFailure(jp)) return yield* refused(jp.failure)
        return plain({
          employee: params.nip,
          year,
          minimumJp: jp.success.minimumJp,
          jp: jp.success.employees[0] ?? null,
          behind: jp.success.behind.includes(params.nip),
          enrolments: Training.enrolmentsOf(trainingContext, training, params.nip),
          elearning: elearning.completions.filter((c) => c.employee === params.nip),
          mentoring: Object.values(mentoring.pairs).filter((p) => p.mentee === params.nip),
          plans: Object.values(mentoring.plans).filter((p) => p.plan.employee === params.nip),
          creditOn: policy.document.training.creditOn,
          policy: { source: policy.source, policyId: policy.policyId, version: policy.version }
        })
      })
    )
    .handle("planWidget", ({ query }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const sql = yield* SqlClient.SqlClient
        const people = yield* Effect.orDie(
          sql<{
            readonly region: string
            readonly name: string
            readonly unit_id: string
            readonly unit_name: string
            readonly remote: boolean
          }>`SELECT e.region, e.name, e.unit_id, u.name AS unit_name, u.remote
             FROM employees e JOIN units u ON u.region = e.region AND u.id = e.unit_id WHERE e.nip = ${query.nip}`
        )
        const person = people[0]
        if (person === undefined) return yield* Problem.fail(NotFound, "notFound", { what: `NIP ${query.nip}` })
        if (!Permission.canSee(user, query.nip, person.region))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "result.read" })
        const year = query.year ?? thisYear()
        const policy = yield* policyOf(person.region)
        const trainingContext = contextsOf(policy.document).training
        const training = (yield* load("training", person.region)).state as Training.State
        const elearning = (yield* load("elearning", person.region)).state as ElearningState
        const mentoring = (yield* load("mentoring", person.region)).state as Mentoring.State
        const jp = Training.jpYear(trainingContext, training, {
          year,
          employees: [query.nip],
          extra: elearningActivities(elearning, query.nip).activities
        })
        if (Result.isFailure(jp)) return yield* refused(jp.failure)
        const row = jp.success.employees[0]
        if (row === undefined) return yield* Problem.fail(NotFound, "notFound", { what: `JP ${query.nip}` })
        // A new ASN: a mentee of a mentoring pair, or TMT CPNS in this year or the one before (the NIP's month).
        const tmt = Nip.decode(query.nip)
        const newAsn =
          Object.values(mentoring.pairs).some((p) => p.mentee === query.nip) ||
          (Result.isSuccess(tmt) && Number(tmt.success.tmtCpns.slice(0, 4)) >= year - 1)
        // The gaps: the latest competency assessment's JPM match, recommended for with the unit's remote flag.
        const assessed = yield* Effect.orDie(
          sql<{ readonly assessment: unknown }>`SELECT assessment FROM competency_assessments WHERE nip = ${query.nip}`
        )
        const gaps: Array<unknown> = []
        if (assessed[0] !== undefined) {
          const raw = assessed[0].assessment
          const matched = Jpm.match(jpmPolicy, (typeof raw === "string" ? JSON.parse(raw) : raw) as Jpm.Assessment)
          if (Result.isFailure(matched)) return yield* refused(matched.failure)
          const recommended = Elearning.recommend(development, {
            catalogue: Presets.competency.national,
            match: matched.success,
            unit: { id: person.unit_id, remote: person.remote === true },
            newAsn
          })
          if (Result.isFailure(recommended)) return yield* refused(recommended.failure)
          for (const item of recommended.success.items) {
            const name =
              Presets.competency.competencyNames[item.competency as keyof typeof Presets.competency.competencyNames]
            gaps.push({
              competency: item.competency,
              ...(name === undefined ? {} : { name }),
              gap: item.gap,
              suggestions: item.suggestions.map((x) => ({
                form: x.form,
                name: x.name,
                kind: x.kind,
                reasons: x.reasons
              }))
            })
          }
        }
        return plain({
          employee: { nip: query.nip, name: person.name, unit: person.unit_name, remote: person.remote === true },
          year,
          jp: { total: row.total.text, minimum: jp.success.minimumJp, shortfall: row.shortfall, meets: row.meets },
          gaps,
          enrolments: Training.enrolmentsOf(trainingContext, training, query.nip)
        })
      })
    )
    .handle("effectiveness", () =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "dashboard.read"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "dashboard.read" })
        const training = (yield* load("training", user.region)).state as Training.State
        const { document } = yield* policyOf(user.region)
        const report = TrainingEvaluation.effectivenessReport(contextsOf(document).training, training)
        if (Result.isFailure(report)) return yield* refused(report.failure)
        return plain(report.success)
      })
    )
    .handle("followUp", ({ query }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "programme.read"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "programme.read" })
        const record = yield* load("forum", user.region)
        const state = record.state as Forum.State
        const asOf = query.asOf ?? new Date().toISOString().slice(0, 10)
        return plain({
          version: record.version,
          followUp: Forum.followUp(state, { asOf, ...(query.unit === undefined ? {} : { unit: query.unit }) }),
          commitments: Object.keys(state.commitments)
            .sort()
            .map((k) => state.commitments[k])
            .filter((c) => query.unit === undefined || state.forums[c?.forum ?? ""]?.unit === query.unit)
        })
      })
    )
    .handle("moodle", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "elearning.import"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "elearning.import" })
        return yield* importMoodleRows(user, {
          rows: payload.rows,
          columns: payload.columns ?? Elearning.moodleColumns,
          course: payload.course,
          ...(payload.emails === undefined ? {} : { emails: payload.emails })
        })
      })
    )
    .handle("xapi", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "elearning.import"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "elearning.import" })
        const report = Elearning.importXapi({
          statements: payload.statements,
          courses: payload.courses,
          directory: yield* directory(user.region, payload.emails),
          ...(payload.verbs === undefined ? {} : { verbs: payload.verbs })
        })
        return yield* recordImport(user, "ImportXapi", report, payload.courses)
      })
    )
    .handle("completions", () =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "programme.read"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "programme.read" })
        const record = yield* load("elearning", user.region)
        const state = record.state as ElearningState
        return plain({ version: record.version, completions: state.completions, courses: state.courses })
      })
    )
    .handle("policy", () =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "policy.read"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "policy.read" })
        return plain(yield* policyOf(user.region))
      })
    )
    .handle("publishPolicy", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "policy.publish"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "policy.publish" })
        const decoded = ProgrammePolicy.decode(payload.document)
        if (Result.isFailure(decoded)) {
          const lang = yield* Problem.lang
          return yield* Effect.fail(
            new Unprocessable(
              Problem.body(
                lang,
                "rules",
                { detail: "ProgrammePolicy" },
                decoded.failure.problems.map((p) => ({
                  path: ["payload", "document", ...p.path].join("."),
                  message: `${p.code}: ${p.message}`
                }))
              )
            )
          )
        }
        const id = programmePolicyId(user.region)
        const sql = yield* SqlClient.SqlClient
        yield* Effect.orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              yield* sql`SELECT pg_advisory_xact_lock(hashtext(${id}))`
              const last = yield* sql<{
                readonly v: number | null
              }>`SELECT max(version) AS v FROM policy_versions WHERE policy_id = ${id}`
              const version = Number(last[0]?.v ?? 0) + 1
              yield* sql`INSERT INTO policy_versions (policy_id, version, document, published_by)
                VALUES (${id}, ${version}, ${JSON.stringify(decoded.success)}::jsonb, ${user.nip})`
              yield* Audit.append({ actor: user.nip, action: "policy.publish", subject: id, payload: { version } })
            })
          )
        )
        return plain(yield* policyOf(user.region))
      })
    )
    .handle("nextProgramme", ({ params }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const region = yield* visibleRegion(user, params.nip, "result.read")
        const policy = yield* policyOf(region)
        const training = (yield* load("training", region)).state as Training.State
        const ruleSet = ProgrammePolicy.ruleSet(policy.document)
        const next = TrainingEvaluation.nextProgramme(contextsOf(policy.document).training, training, {
          ruleSet,
          employee: params.nip,
          facts: { asOf: new Date().toISOString().slice(0, 10), history: [] }
        })
        const source = { source: policy.source, policyId: policy.policyId, version: policy.version }
        if (Result.isFailure(next))
          return next.failure._tag === "UnknownReference"
            ? plain({ employee: params.nip, status: "no-scored-completion", policy: source, outcomes: [] })
            : yield* refused(next.failure)
        return plain({
          employee: params.nip,
          status: "decided",
          policy: source,
          course: next.success.enrolment.course,
          score: next.success.score.value.text,
          trace: next.success.score.trace,
          thresholds: policy.document.nextProgramme,
          outcomes: next.success.evaluation.outcomes
        })
      })
    )
    .handle("lapor", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "citizen.import"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "citizen.import" })
        const lang = yield* Problem.lang
        if ((payload.csv === undefined) === (payload.rows === undefined))
          return yield* Problem.fail(BadRequest, "invalidRequest", {}, [
            { path: "payload", message: Problem.text(lang, "invalidValue", { detail: "csv | rows" }) }
          ])
        let rows: ReadonlyArray<Readonly<Record<string, string>>>
        if (payload.csv !== undefined) {
          const text = payload.csv
          const parsed = Result.try(
            () =>
              parseCsv(text, {
                columns: true,
                bom: true,
                skip_empty_lines: true,
                relax_column_count: true,
                delimiter: text.split("\n", 1)[0]?.includes(";") ? ";" : ","
              }) as Array<Record<string, string>>
          )
          if (Result.isFailure(parsed))
            return yield* Problem.fail(BadRequest, "invalidRequest", {}, [
              {
                path: "payload.csv",
                message: Problem.text(lang, "invalidValue", { detail: String((parsed.failure as Error).message) })
              }
            ])
          rows = parsed.success
        } else rows = payload.rows ?? []
        const policy = yield* policyOf(user.region)
        const config = payload.config ?? policy.document.complaints ?? Lapor.defaults
        const sql = yield* SqlClient.SqlClient
        const units = yield* Effect.orDie(
          sql<{ readonly id: string; readonly name: string }>`SELECT id, name FROM units WHERE region = ${user.region}`
        )
        const report = Lapor.importRows({ rows, config, units })
        const current = yield* load("citizen", user.region)
        const state = current.state as CitizenState
        // A tracking number imported again replaces its stored view (its status moves on); unchanged ones are left.
        const changed = report.complaints
          .map(({ row: _, ...c }) => c)
          .filter((c) => JSON.stringify(state.complaints[c.tracking]) !== JSON.stringify(c))
        const stored = changed.filter((c) => state.complaints[c.tracking] === undefined).length
        const next: CitizenState = {
          complaints: { ...state.complaints, ...Object.fromEntries(changed.map((c) => [c.tracking, c])) }
        }
        const event = {
          id: randomUUID(),
          at: new Date().toISOString(),
          by: { nip: user.nip, role: "admin-bkpsdm" },
          command: { _tag: "ImportLapor", counts: report.counts, confirmed: report.confirmed, complaints: changed }
        }
        const ok = yield* store({
          kind: "citizen",
          key: user.region,
          region: user.region,
          from: current.version,
          state: next,
          event,
          audit: [
            {
              action: "citizen.ImportLapor",
              subject: `citizen:${user.region}`,
              payload: { counts: report.counts, stored, updated: changed.length - stored, version: current.version + 1 }
            }
          ]
        })
        if (!ok) return yield* stale(yield* load("citizen", user.region))
        return { ...plain(report), stored, updated: changed.length - stored, version: current.version + 1 }
      })
    )
    .handle("complaints", ({ query }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!Permission.allows(user, "programme.read"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "programme.read" })
        const record = yield* load("citizen", user.region)
        const all = Object.values((record.state as CitizenState).complaints).filter(
          (c) => query.unit === undefined || c.unit === query.unit
        )
        const asOf = new Date().toISOString().slice(0, 10)
        const { document } = yield* policyOf(user.region)
        const channel = complaintChannel(document.complaints ?? Lapor.defaults)
        const units = [...new Set(all.map((c) => c.unit))].sort()
        const byUnit = Object.fromEntries(
          units.map((unit) => {
            const mine = all.filter((c) => c.unit === unit)
            const submissions = mine.flatMap((c) => (c.submission === null ? [] : [c.submission]))
            const result = Citizen.aggregate(channel, { asOf, submissions })
            return [
              unit,
              {
                count: mine.length,
                rated: submissions.length,
                resolved: Lapor.resolved(mine),
                result: Result.isSuccess(result) ? result.success : null
              }
            ]
          })
        )
        return plain({ version: record.version, complaints: all, byUnit, resolved: Lapor.resolved(all) })
      })
    )
)

/**
 * What a region's JP report is made from, as text: the versions of its training and e-learning records and of its
 * programme policy. A cache of {@link jpOfRoster} is current while this is unchanged.
 */
export const jpSignature = (region: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(sql<{ readonly kind: string; readonly version: string | number | bigint }>`
      SELECT kind, version FROM programme_records WHERE key = ${region} AND kind IN ('training', 'elearning')
      UNION ALL
      SELECT 'policy', coalesce(max(version), 0) FROM policy_versions WHERE policy_id = ${programmePolicyId(region)}
      ORDER BY 1`)
    return rows.map((r) => `${r.kind}:${r.version}`).join(",")
  })

/**
 * The year's JP of a roster, as the development plan shows it for one person (`Training.jpYear` over the region's
 * training record and e-learning completions, under its programme policy), by NIP; `undefined` when core refuses
 * the report (the plan endpoint answers 422 then), so that a caller can say the JP is not available.
 */
export const jpOfRoster = (region: string, year: number, employees: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const policy = yield* policyOf(region)
    const training = (yield* load("training", region)).state as Training.State
    const elearning = (yield* load("elearning", region)).state as ElearningState
    const jp = Training.jpYear(contextsOf(policy.document).training, training, {
      year,
      employees,
      extra: elearningActivities(elearning).activities
    })
    if (Result.isFailure(jp)) return undefined
    const out = new Map<
      string,
      { readonly total: string; readonly minimum: number; readonly meets: boolean; readonly shortfall: string }
    >()
    for (const row of jp.success.employees)
      out.set(row.employee, {
        total: row.total.text,
        minimum: jp.success.minimumJp,
        meets: row.meets,
        shortfall: row.shortfall
      })
    return out
  })
