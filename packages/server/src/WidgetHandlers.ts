/**
 * The handlers of the widget data group (`WidgetApi.ts`): every response is core's results in the shape the widget
 * reads, and every read checks the permission table (one's own data, or a reviewer of the same region).
 *
 * @since 0.4.0
 */
import { Evaluation, Feedback, Jpm, type Policy, Presets, Talent } from "@pembinaan/core"
import { Effect, Result } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { SqlClient } from "effect/sql"
import { Api } from "./Api.js"
import * as Audit from "./Audit.js"
import { CurrentUser } from "./Auth.js"
import * as Permission from "./Permission.js"
import * as Problem from "./Problem.js"

const { Forbidden, NotFound, Unprocessable } = Problem

/**
 * The JPM policy of the competency gap (core's "Memenuhi Syarat" preset).
 *
 * @since 0.4.0
 */
export const jpmPolicy: Jpm.Policy = Presets.competency.jpmMemenuhiSyarat

/**
 * The policy the scorecard explains a cycle's annual ratings with: the national regime (hasil kerja and perilaku kerja
 * rated by the pejabat penilai, the kuadran of PermenPAN-RB 6/2022), so `Evaluation.evaluate` gives the predikat with
 * its trace and legal basis.
 *
 * @since 0.4.0
 */
export const ratingPolicy: Policy.Policy = Presets.nationalPolicy.policy

/**
 * The talent (nine-box) policy.
 *
 * @since 0.4.0
 */
export const talentPolicy: Talent.Policy = Presets.talent.policy

const json = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v)
const plain = <A>(v: A): A => JSON.parse(JSON.stringify(v)) as A

const allow = (action: Permission.Action) =>
  Effect.gen(function* () {
    const user = yield* CurrentUser
    if (!Permission.allows(user, action)) return yield* Problem.fail(Forbidden, "forbidden", { action })
    return user
  })

/** The employee row, after checking the user may see this employee's data. */
const employeeFor = (action: Permission.Action, nip: string) =>
  Effect.gen(function* () {
    const user = yield* allow(action)
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(
      sql<{
        readonly nip: string
        readonly region: string
        readonly name: string
        readonly unit_id: string
        readonly jabatan: string
      }>`SELECT nip, region, name, unit_id, jabatan FROM employees WHERE nip = ${nip}`
    )
    const row = rows[0]
    if (row === undefined) return yield* Problem.fail(NotFound, "notFound", { what: `NIP ${nip}` })
    if (!Permission.canSee(user, nip, row.region)) return yield* Problem.fail(Forbidden, "forbidden", { action })
    return row
  })

/** A stored assessment (decoded by the API when written) matched again: `Jpm.match` checks it once more. */
const matchOf = (assessment: unknown) => Jpm.match(jpmPolicy, assessment as Jpm.Assessment)

/** The 360 policy (as the feedback endpoints use). */
const feedbackPolicy: Feedback.Policy = Presets.feedback.bkpsdm

/**
 * The widget data group's handlers.
 *
 * @since 0.4.0
 */
export const WidgetLive = HttpApiBuilder.group(Api, "widgets", (handlers) =>
  handlers
    .handle("potensial", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* allow("org.import")
        const sql = yield* SqlClient.SqlClient
        const nips = [...new Set(payload.scores.map((s) => s.nip))]
        if (nips.length !== payload.scores.length)
          return yield* Problem.fail(
            Unprocessable,
            "rules",
            { detail: "duplicate" },
            payload.scores
              .flatMap((s, i) =>
                payload.scores.findIndex((t) => t.nip === s.nip) < i
                  ? [{ path: `payload.scores.${i}.nip`, message: "duplicate" }]
                  : []
              )
              .slice(0, 50)
          )
        const known = yield* Effect.orDie(
          sql<{
            readonly nip: string
          }>`SELECT nip FROM employees WHERE region = ${user.region} AND nip IN ${sql.in(nips)}`
        )
        const found = new Set(known.map((k) => k.nip))
        const unknown = payload.scores.flatMap((s, i) =>
          found.has(s.nip) ? [] : [{ path: `payload.scores.${i}.nip`, message: "unknown employee" }]
        )
        if (unknown.length > 0)
          return yield* Problem.fail(Unprocessable, "rules", { detail: "import" }, unknown.slice(0, 50))
        yield* Effect.orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              for (let i = 0; i < payload.scores.length; i += 2000) {
                const rows = payload.scores.slice(i, i + 2000).map((s) => ({
                  nip: s.nip,
                  period: payload.period,
                  potensial: String(s.potensial)
                }))
                yield* sql`INSERT INTO talent_potensial ${sql.insert(rows as never)}
                  ON CONFLICT (nip, period) DO UPDATE SET potensial = excluded.potensial`
              }
              yield* Audit.append({
                actor: user.nip,
                action: "talent.potensial",
                subject: `${user.region}/${payload.period}`,
                payload: { scores: payload.scores.length }
              })
            })
          )
        )
        return { period: payload.period, stored: payload.scores.length }
      })
    )
    .handle("assessment", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* allow("org.import")
        const employee = yield* employeeFor("org.import", payload.nip)
        if (employee.region !== user.region)
          return yield* Problem.fail(Forbidden, "forbidden", { action: "org.import" })
        const matched = Jpm.match(jpmPolicy, payload.assessment)
        if (Result.isFailure(matched)) {
          const failure = matched.failure
          return yield* Problem.fail(
            Unprocessable,
            "rules",
            { detail: failure._tag },
            failure._tag === "InvalidInput"
              ? failure.problems.slice(0, 50).map((p) => ({
                  path: ["payload", "assessment", ...p.path.map(String)].join("."),
                  message: p.message
                }))
              : []
          )
        }
        const sql = yield* SqlClient.SqlClient
        yield* Effect.orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              yield* sql`INSERT INTO competency_assessments (nip, assessment) VALUES (${payload.nip}, ${JSON.stringify(payload.assessment)}::jsonb)
                ON CONFLICT (nip) DO UPDATE SET assessment = excluded.assessment, assessed_at = now()`
              yield* Audit.append({
                actor: user.nip,
                action: "competency.assessment",
                subject: payload.nip,
                payload: { position: payload.assessment.standard.position }
              })
            })
          )
        )
        return { nip: payload.nip, stored: true as const }
      })
    )
    .handle("scorecard", ({ query }) =>
      Effect.gen(function* () {
        const employee = yield* employeeFor("result.read", query.nip)
        const sql = yield* SqlClient.SqlClient
        const cycles = yield* Effect.orDie(
          sql<{ readonly state: unknown }>`SELECT state FROM cycles WHERE nip = ${query.nip} AND year = ${query.year}`
        )
        const state = json(cycles[0]?.state) as
          | { annual?: { ratings: { hasilKerja: string; perilakuKerja: string } } | null; lastAt?: string }
          | undefined
        if (state?.annual == null)
          return yield* Problem.fail(NotFound, "notFound", { what: `evaluasi tahunan ${query.nip} ${query.year}` })
        const period = String(query.year)
        // The cycle keeps the pejabat penilai's ratings; core's evaluation gives the predikat with its explanation.
        const evaluated = Evaluation.evaluate(ratingPolicy, {
          employee: query.nip,
          period,
          hasilKerja: state.annual.ratings.hasilKerja,
          perilakuKerja: state.annual.ratings.perilakuKerja
        })
        if (Result.isFailure(evaluated))
          return yield* Problem.fail(Unprocessable, "rules", { detail: evaluated.failure._tag })
        // The 360 summary only once the period is released (reading it here never releases it).
        const released = yield* Effect.orDie(
          sql`SELECT 1 FROM feedback_releases WHERE subject_nip = ${query.nip} AND period = ${period}`
        )
        let feedback: unknown
        if (released.length > 0) {
          const ratings = yield* Effect.orDie(sql<{ readonly rater_group: string; readonly scores: unknown }>`
            SELECT rater_group, scores FROM feedback_ratings WHERE subject_nip = ${query.nip} AND period = ${period}
            ORDER BY submitted_at, rater_nip`)
          const aggregated = Feedback.aggregate(
            feedbackPolicy,
            ratings.map((r, i) => ({
              rater: `r${i}`,
              group: r.rater_group as Feedback.RaterGroup,
              scores: json(r.scores) as Feedback.Rating["scores"]
            }))
          )
          if (Result.isSuccess(aggregated)) feedback = plain(aggregated.success)
        }
        const assessed = yield* Effect.orDie(
          sql<{ readonly assessment: unknown }>`SELECT assessment FROM competency_assessments WHERE nip = ${query.nip}`
        )
        let competency: unknown
        if (assessed[0] !== undefined) {
          const matched = matchOf(json(assessed[0].assessment))
          if (Result.isSuccess(matched)) competency = plain(matched.success)
        }
        return {
          employee: { name: employee.name, jabatan: employee.jabatan, unit: employee.unit_id },
          policy: { title: ratingPolicy.id },
          evaluation: plain(evaluated.success),
          ...(feedback === undefined ? {} : { feedback }),
          ...(competency === undefined ? {} : { competency }),
          ...(typeof state.lastAt === "string" ? { asOf: state.lastAt } : {})
        }
      })
    )
    .handle("nineBox", ({ query }) =>
      Effect.gen(function* () {
        const user = yield* allow("dashboard.read")
        const sql = yield* SqlClient.SqlClient
        const rows = yield* Effect.orDie(sql<{
          readonly nip: string
          readonly name: string
          readonly unit_id: string
          readonly predikat: string
          readonly potensial: string
        }>`SELECT e.nip, e.name, e.unit_id, r.predikat, t.potensial
          FROM employees e
          JOIN results r ON r.nip = e.nip AND r.period = ${query.period}
          JOIN talent_potensial t ON t.nip = e.nip AND t.period = ${query.period}
          WHERE e.region = ${user.region} ${query.unit === undefined ? sql`` : sql`AND e.unit_id = ${query.unit}`}
          ORDER BY e.unit_id, e.nip`)
        const people: Array<unknown> = []
        for (const r of rows) {
          const placed = Talent.evaluate(talentPolicy, {
            employee: r.nip,
            predikat: r.predikat,
            potensial: Number(r.potensial)
          })
          // A predikat outside the kuadran's five (a result stored by an older policy) is left out, not guessed.
          if (Result.isSuccess(placed))
            people.push({ employee: r.nip, name: r.name, unit: r.unit_id, placement: plain(placed.success) })
        }
        return { policy: talentPolicy, people }
      })
    )
    .handle("competencyGap", ({ query }) =>
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        if (query.nip !== undefined) {
          yield* employeeFor("result.read", query.nip)
          const rows = yield* Effect.orDie(
            sql<{
              readonly assessment: unknown
            }>`SELECT assessment FROM competency_assessments WHERE nip = ${query.nip}`
          )
          if (rows[0] === undefined)
            return yield* Problem.fail(NotFound, "notFound", { what: `asesmen kompetensi ${query.nip}` })
          const matched = matchOf(json(rows[0].assessment))
          if (Result.isFailure(matched))
            return yield* Problem.fail(Unprocessable, "rules", { detail: matched.failure._tag })
          return { match: plain(matched.success) }
        }
        const user = yield* allow("dashboard.read")
        const rows = yield* Effect.orDie(sql<{ readonly assessment: unknown }>`
          SELECT a.assessment FROM competency_assessments a JOIN employees e ON e.nip = a.nip
          WHERE e.region = ${user.region} ${query.unit === undefined ? sql`` : sql`AND e.unit_id = ${query.unit}`}
          ORDER BY e.unit_id, e.nip`)
        const matches: Array<unknown> = []
        for (const r of rows) {
          const matched = matchOf(json(r.assessment))
          if (Result.isSuccess(matched)) matches.push(plain(matched.success))
        }
        return { matches }
      })
    )
)
