import { AuditLog } from "@pembinaan/core"
import { Effect, Layer, Result } from "effect"
import { Migrator, SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Audit from "../src/Audit.js"
import * as Database from "../src/Database.js"
import * as Migrations from "../src/Migrations.js"
import { start } from "../src/Server.js"
import { backends, client, freshDatabase, nip, org, secret, serve, token } from "./helpers.js"

/** Runs an effect on a database directly (no server). */
const onDatabase = <A>(
  db: { databaseUrl?: string; dataDir?: string },
  effect: Effect.Effect<A, unknown, SqlClient.SqlClient>
) =>
  Effect.runPromise(
    effect.pipe(
      Effect.provide(
        Layer.fresh(
          Database.layer(
            db.databaseUrl
              ? { _tag: "Postgres", url: db.databaseUrl }
              : { _tag: "Embedded", dataDir: db.dataDir as string }
          )
        )
      ),
      Effect.scoped
    ) as Effect.Effect<A, unknown, never>
  )

describe.each(backends)("the audit log in core's format on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>

  beforeAll(async () => {
    server = await serve(backend)
    admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    expect((await admin.post("/api/import", org())).status).toBe(200)
    expect(
      (await admin.post("/api/policies/skp/versions", { document: { a: 1, nested: { z: [1, "x"] } } })).status
    ).toBe(201)
    expect((await admin.post("/api/policies/skp/versions", { document: { a: 2 } })).status).toBe(201)
  })
  afterAll(() => server.close())

  it("serves events that decode as core's AuditLog.Log and verify with core's AuditLog.verify", async () => {
    const page = await admin.get("/api/audit?limit=1000")
    expect(page.status).toBe(200)
    const log = AuditLog.decodeLog(page.body)
    if (Result.isFailure(log)) throw new Error(JSON.stringify(log.failure))
    expect(log.success.map((e) => e.action)).toEqual(["org.import", "policy.publish", "policy.publish"])
    expect(log.success[0]).toMatchObject({ seq: 0, actor: nip(1), role: "admin-bkpsdm", before: null, reason: "" })
    expect(log.success[0]?.after).toEqual({ units: 2, employees: 6 })
    const verified = AuditLog.verify(log.success)
    if (Result.isFailure(verified)) throw new Error(verified.failure.messages.en)
    const served = await admin.get("/api/audit/verify")
    expect(served.body).toEqual({ valid: true, entries: 3, brokenAt: null, head: verified.success.head, breach: null })
    // Paging: `after` is exclusive.
    const rest = await admin.get("/api/audit?after=0")
    expect(rest.body.map((e: { seq: number }) => e.seq)).toEqual([1, 2])
  })

  it("detects a row changed in the database, as core's verify does", async () => {
    await server.sql(
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`UPDATE audit_events SET after_json = '{"version":7}' WHERE seq = 1`
      })
    )
    const served = await admin.get("/api/audit/verify")
    expect(served.body).toMatchObject({ valid: false, entries: 3, brokenAt: 1, head: null })
    expect(served.body.breach.kind).toBe("hash")
    expect(served.body.breach.messages.id).toMatch(/Peristiwa ke-2/)
    const page = await admin.get("/api/audit?limit=1000")
    const log = AuditLog.decodeLog(page.body)
    if (Result.isFailure(log)) throw new Error("not a log")
    const core = AuditLog.verify(log.success)
    expect(Result.isFailure(core) && core.failure.index).toBe(1)
  })

  it("detects a removed row (the next event's prev no longer fits)", async () => {
    await server.sql(
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`UPDATE audit_events SET after_json = '{"version":1}' WHERE seq = 1`
      })
    )
    expect((await admin.get("/api/audit/verify")).body).toMatchObject({ valid: true })
    await server.sql(
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`DELETE FROM audit_events WHERE seq = 1`
      })
    )
    const served = await admin.get("/api/audit/verify")
    expect(served.body).toMatchObject({ valid: false, entries: 2, brokenAt: 2 })
    expect(served.body.breach.kind).toBe("seq")
  })
})

describe.each(backends)("migration 8 on %s", (backend) => {
  const legacy = (
    prev: string,
    entries: ReadonlyArray<{ actor: string; action: string; subject: string; payload: unknown }>
  ) => {
    const out: Array<(typeof entries)[number] & { prev: string; hash: string }> = []
    for (const e of entries) {
      const hash = Audit.legacyHashOf(prev, e)
      out.push({ ...e, prev, hash })
      prev = hash
    }
    return out
  }
  const upTo7 = Object.fromEntries(Object.entries(Migrations.migrations).filter(([k]) => Number.parseInt(k, 10) <= 7))
  const seedLegacy = (db: ReturnType<typeof freshDatabase>, tamper: boolean) =>
    onDatabase(
      db,
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* Migrator.make({})({ loader: Migrator.fromRecord(upTo7), table: Migrations.table })
        const rows = legacy("0".repeat(64), [
          { actor: "199001012020121001", action: "org.import", subject: "kota", payload: { employees: 3 } },
          { actor: "199001012020121001", action: "policy.publish", subject: "skp", payload: { version: 1 } },
          { actor: "demo", action: "demo.seed", subject: "all", payload: { regions: ["kota"] } }
        ])
        for (const [i, r] of rows.entries())
          yield* sql`INSERT INTO audit_log (at, actor, action, subject, payload, prev_hash, hash)
            VALUES (${`2026-01-0${3 - i}T08:00:00Z`}, ${r.actor}, ${r.action}, ${r.subject},
              ${JSON.stringify(tamper && i === 1 ? { version: 2 } : r.payload)}::jsonb, ${r.prev}, ${r.hash})`
      })
    )

  it("re-chains the first format's entries in core's format and records the old head", async () => {
    const db = freshDatabase(backend)
    await seedLegacy(db, false)
    const server = await start({ secret, ...db })
    try {
      const admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
      const page = await admin.get("/api/audit?limit=1000")
      const log = AuditLog.decodeLog(page.body)
      if (Result.isFailure(log)) throw new Error("not a log")
      expect(log.success.map((e) => e.action)).toEqual(["org.import", "policy.publish", "demo.seed", "audit.migrate"])
      expect(log.success[1]).toMatchObject({ role: "system", before: null, after: { version: 1 } })
      // The old times went back (3, 2, 1 January): clamped so core's chain never goes back in time.
      expect(log.success.slice(0, 3).map((e) => e.at)).toEqual([
        "2026-01-03T08:00:00.000Z",
        "2026-01-03T08:00:00.000Z",
        "2026-01-03T08:00:00.000Z"
      ])
      expect(log.success[3]?.after).toMatchObject({ entries: 3, legacyValid: true, legacyBrokenAt: null })
      expect(Result.isSuccess(AuditLog.verify(log.success))).toBe(true)
      expect((await admin.get("/api/audit/verify")).body).toMatchObject({ valid: true, entries: 4 })
      // New writes continue the same chain.
      expect((await admin.post("/api/import", org())).status).toBe(200)
      expect((await admin.get("/api/audit/verify")).body).toMatchObject({ valid: true, entries: 5 })
    } finally {
      await server.close()
    }
  })

  it("does not launder a first-format log that was already tampered with", async () => {
    const db = freshDatabase(backend)
    await seedLegacy(db, true)
    const server = await start({ secret, ...db })
    try {
      const admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
      const page = await admin.get("/api/audit?limit=1000")
      expect(page.body[3].after).toMatchObject({ entries: 3, legacyValid: false, legacyBrokenAt: 2 })
    } finally {
      await server.close()
    }
  })
})
