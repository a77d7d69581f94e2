/**
 * The handlers of the cycle group (see `CycleApi.ts`).
 *
 * @since 0.4.0
 */
import { Consequence, Permission as CorePermission, Cycle } from "@pembinaan/core"
import { Effect, Result } from "effect"
import { HttpApiBuilder } from "effect/http-api"
import { SqlClient } from "effect/sql"
import { Api } from "./Api.js"
import * as Audit from "./Audit.js"
import { CurrentUser, type User } from "./Auth.js"
import { actionOf, consequencePolicies, policy } from "./CycleApi.js"
import * as Problem from "./Problem.js"

const { Conflict, Forbidden, NotFound, Unprocessable } = Problem

interface Row {
  readonly id: string
  readonly nip: string
  readonly region: string
  readonly version: number
  readonly state: Cycle.State
  readonly events: ReadonlyArray<unknown>
}

const json = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v)

/** Plain JSON (core's values may hold `undefined` fields, which JSON leaves out). */
const plain = <A>(v: A): A => JSON.parse(JSON.stringify(v)) as A

const load = (id: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(sql<Record<string, unknown>>`SELECT * FROM cycles WHERE id = ${id}`)
    const r = rows[0]
    if (r === undefined) return yield* Problem.fail(NotFound, "notFound", { what: `cycle ${id}` })
    return {
      id: String(r.id),
      nip: String(r.nip),
      region: String(r.region),
      version: Number(r.version),
      state: json(r.state) as Cycle.State,
      events: json(r.events) as ReadonlyArray<unknown>
    } satisfies Row
  })

/** The actor's relation to the employee of a cycle: from its parties and the directory. */
const relationOf = (user: User, state: Cycle.State, region: string) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(
      sql<{ readonly nip: string; readonly unit_id: string; readonly region: string }>`
        SELECT nip, unit_id, region FROM employees WHERE nip IN (${user.nip}, ${state.parties.pegawai})`
    )
    const actor = rows.find((r) => r.nip === user.nip)
    const subject = rows.find((r) => r.nip === state.parties.pegawai)
    return {
      self: user.nip === state.parties.pegawai,
      pejabatPenilai: user.nip === state.parties.pejabatPenilai,
      atasanPejabatPenilai: user.nip === state.parties.atasanPejabatPenilai,
      sameUnit:
        actor !== undefined &&
        subject !== undefined &&
        actor.unit_id === subject.unit_id &&
        actor.region === subject.region,
      sameRegion: user.region === region && actor !== undefined
    } satisfies CorePermission.Relation
  })

/** The token's roles as core's institutional roles (pejabat penilai and atasan follow from the relation). */
const coreRoles = (user: User): ReadonlyArray<CorePermission.Role> =>
  user.roles.flatMap((r) =>
    r === "pegawai" ? ["pegawai" as const] : r === "admin-bkpsdm" ? ["admin-bkpsdm" as const] : []
  )

const check = (user: User, action: CorePermission.Action, state: Cycle.State, region: string) =>
  Effect.gen(function* () {
    const relation = yield* relationOf(user, state, region)
    const decision = CorePermission.check(CorePermission.national, { action, roles: coreRoles(user), relation })
    if (!decision.allowed) {
      const lang = yield* Problem.lang
      return yield* Effect.fail(new Forbidden({ detail: decision.messages[lang], code: "forbidden" }))
    }
  })

/** A core cycle error as a 422 problem in the request's language, with paths. */
const refused = (error: Cycle.CycleError) =>
  Effect.gen(function* () {
    const lang = yield* Problem.lang
    if (error._tag === "InvalidInput")
      return yield* Effect.fail(
        new Unprocessable({
          ...Problem.body(lang, "rules", { detail: error.subject }),
          errors: error.problems.map((p) => ({ path: ["payload", "event", ...p.path].join("."), message: p.message }))
        })
      )
    const errors =
      error._tag === "InvalidContent"
        ? error.problems.map((p) => ({ path: ["payload", "event", ...p.path].join("."), message: p.message }))
        : undefined
    return yield* Effect.fail(
      new Unprocessable(
        errors === undefined
          ? { detail: error.messages[lang], code: error._tag }
          : { detail: error.messages[lang], code: error._tag, errors }
      )
    )
  })

const today = () => new Date().toISOString().slice(0, 10)

/**
 * @since 0.4.0
 */
export const CycleLive = HttpApiBuilder.group(Api, "cycle", (handlers) =>
  handlers
    .handle("open", ({ payload }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        if (!user.roles.includes("admin-bkpsdm"))
          return yield* Problem.fail(Forbidden, "forbidden", { action: "cycle.open" })
        const sql = yield* SqlClient.SqlClient
        const subject = yield* Effect.orDie(
          sql<{ readonly region: string }>`SELECT region FROM employees WHERE nip = ${payload.pegawai}`
        )
        if (subject[0]?.region !== user.region)
          return yield* Problem.fail(NotFound, "notFound", { what: `NIP ${payload.pegawai}` })
        const id = `skp-${payload.year}-${payload.pegawai}`
        const event = {
          _tag: "Open",
          by: user.nip,
          at: payload.at,
          id,
          year: payload.year,
          pegawai: payload.pegawai,
          pejabatPenilai: payload.pejabatPenilai,
          atasanPejabatPenilai: payload.atasanPejabatPenilai
        }
        const t = Cycle.apply(policy, undefined, event)
        if (Result.isFailure(t)) return yield* refused(t.failure)
        const state = t.success.state
        const stored = yield* Effect.orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              const rows = yield* sql`INSERT INTO cycles (id, nip, year, region, version, status, state, events)
                VALUES (${id}, ${payload.pegawai}, ${payload.year}, ${user.region}, 1, ${state.status},
                  ${JSON.stringify(state)}::jsonb, ${JSON.stringify([event])}::jsonb)
                ON CONFLICT DO NOTHING RETURNING id`
              if (rows.length === 0) return false
              yield* Audit.append({ actor: user.nip, action: "cycle.Open", subject: id, payload: { version: 1 } })
              return true
            })
          )
        )
        if (!stored) {
          const current = yield* load(id)
          const lang = yield* Problem.lang
          return yield* Effect.fail(
            new Conflict({
              ...Problem.body(lang, "stale", { current: current.version }),
              current: { id, version: current.version, state: current.state }
            })
          )
        }
        return { id, version: 1, state: plain(state) }
      })
    )
    .handle("list", ({ query }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const sql = yield* SqlClient.SqlClient
        const admin = user.roles.includes("admin-bkpsdm")
        // The cycles the user is a party to; the region's BKPSDM admin sees every cycle of the region.
        const rows = yield* Effect.orDie(
          sql<Record<string, unknown>>`
            SELECT c.id, c.version, c.year, c.nip, c.status, c.state, e.name, e.unit_id
            FROM cycles c JOIN employees e ON e.nip = c.nip
            WHERE (c.nip = ${user.nip}
              OR c.state->'parties'->>'pejabatPenilai' = ${user.nip}
              OR c.state->'parties'->>'atasanPejabatPenilai' = ${user.nip}
              OR (${admin} AND c.region = ${user.region}))
              AND (${query.year ?? null}::integer IS NULL OR c.year = ${query.year ?? null}::integer)
            ORDER BY c.year DESC, e.name, c.nip`
        )
        return rows.map((r) => {
          const state = json(r.state) as Cycle.State
          const as =
            state.parties.pegawai === user.nip
              ? ("pegawai" as const)
              : state.parties.pejabatPenilai === user.nip
                ? ("pejabat-penilai" as const)
                : state.parties.atasanPejabatPenilai === user.nip
                  ? ("atasan-pejabat-penilai" as const)
                  : ("admin" as const)
          return {
            id: String(r.id),
            version: Number(r.version),
            year: Number(r.year),
            nip: String(r.nip),
            name: String(r.name),
            unit: String(r.unit_id),
            status: String(r.status),
            as,
            state
          }
        })
      })
    )
    .handle("get", ({ params }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const row = yield* load(params.id)
        yield* check(user, "cycle.read", row.state, row.region)
        return { id: row.id, version: row.version, state: row.state }
      })
    )
    .handle("act", ({ params, payload }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const row = yield* load(params.id)
        const tag = payload.event._tag
        if (typeof tag !== "string" || !(Cycle.eventTags as ReadonlyArray<string>).includes(tag) || tag === "Open")
          return yield* Problem.fail(Problem.BadRequest, "invalidRequest", {}, [
            {
              path: "payload.event._tag",
              message: Problem.text(yield* Problem.lang, "invalidValue", { detail: String(tag) })
            }
          ])
        yield* check(user, actionOf(tag as Cycle.EventTag), row.state, row.region)
        const lang = yield* Problem.lang
        if (payload.version !== row.version)
          return yield* Effect.fail(
            new Conflict({
              ...Problem.body(lang, "stale", { current: row.version }),
              current: { id: row.id, version: row.version, state: row.state }
            })
          )
        // The actor is the token's NIP, whatever the body says.
        const event = {
          ...payload.event,
          by: user.nip,
          at: typeof payload.event.at === "string" ? payload.event.at : today()
        }
        const t = Cycle.apply(policy, row.state, event)
        if (Result.isFailure(t)) return yield* refused(t.failure)
        const state = t.success.state
        const sql = yield* SqlClient.SqlClient
        const updated = yield* Effect.orDie(
          sql.withTransaction(
            Effect.gen(function* () {
              const rows = yield* sql`UPDATE cycles SET version = version + 1, status = ${state.status},
                  state = ${JSON.stringify(state)}::jsonb, events = events || ${JSON.stringify([t.success.event])}::jsonb
                WHERE id = ${row.id} AND version = ${row.version} RETURNING version`
              if (rows.length === 0) return false
              if (state.status === "final" && state.result !== null)
                yield* sql`INSERT INTO results (nip, period, predikat, score, policy_id, policy_version, result)
                  VALUES (${row.nip}, ${String(state.year)}, ${state.result.predikat}, ${state.annual?.score === undefined ? null : String(state.annual.score)},
                    'cycle', 1, ${JSON.stringify(state.result)}::jsonb)
                  ON CONFLICT (nip, period) DO UPDATE SET predikat = excluded.predikat, result = excluded.result, version = results.version + 1`
              yield* Audit.append({
                actor: user.nip,
                action: `cycle.${tag}`,
                subject: row.id,
                payload: { from: t.success.from, to: t.success.to, version: row.version + 1 }
              })
              return true
            })
          )
        )
        if (!updated) {
          // Someone else wrote between our read and our write: answer with what is there now.
          const current = yield* load(row.id)
          return yield* Effect.fail(
            new Conflict({
              ...Problem.body(lang, "stale", { current: current.version }),
              current: { id: current.id, version: current.version, state: current.state }
            })
          )
        }
        return { id: row.id, version: row.version + 1, state: plain(state), messages: t.success.messages }
      })
    )
    .handle("result", ({ params, query }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const row = yield* load(params.id)
        yield* check(user, "cycle.read", row.state, row.region)
        return plain(Cycle.yearResult(policy, row.state, query.on ?? today()))
      })
    )
    .handle("consequences", ({ params, query }) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const row = yield* load(params.id)
        yield* check(user, "cycle.read", row.state, row.region)
        const year = Cycle.yearResult(policy, row.state, query.on ?? today())
        const facts = Consequence.factsOfYear(year, [], query.on)
        const c = Consequence.follow(consequencePolicies, { employee: row.nip, facts })
        if (Result.isFailure(c)) return yield* refused(c.failure)
        return plain(c.success)
      })
    )
    .handle("permissions", () => Effect.succeed(CorePermission.national))
)
