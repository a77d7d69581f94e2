import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, describe, expect, it } from "vitest"
import * as Database from "../src/Database.js"
import * as Migrations from "../src/Migrations.js"
import { start } from "../src/Server.js"
import { backends, client, freshDatabase, nip, org, secret, token } from "./helpers.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))

/** Runs SQL on a database directly (no server). */
const query = <A>(
  db: { databaseUrl?: string; dataDir?: string },
  f: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>
) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      return yield* f(sql)
    }).pipe(
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

/** Row counts of the tables an import writes, in one connection. */
const counts = async (db: { databaseUrl?: string; dataDir?: string }) => {
  const rows = await query(
    db,
    (sql) => sql<{ e: bigint; u: bigint; a: bigint }>`SELECT (SELECT count(*) FROM employees) AS e,
      (SELECT count(*) FROM units) AS u, (SELECT count(*) FROM audit_events) AS a`
  )
  const r = rows[0]
  return { employees: Number(r?.e), units: Number(r?.u), audit: Number(r?.a) }
}

describe.each(backends)("storage on %s", (backend) => {
  const cleanups: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const c of cleanups) await c()
  })

  it("a restart loses nothing and applies no migration twice", async () => {
    const db = freshDatabase(backend)
    const first = await start({ secret, ...db })
    const admin = client(first.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    expect((await admin.post("/api/import", org())).status).toBe(200)
    await first.close()
    const second = await start({ secret, ...db })
    cleanups.push(second.close)
    const again = client(second.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    expect((await again.get("/api/units/setda/employees")).body).toHaveLength(3)
    expect((await again.get("/api/health")).body).toMatchObject({ status: "ok", schema: Migrations.latest })
    expect((await again.get("/api/audit/verify")).body).toMatchObject({ valid: true, entries: 1 })
  })

  it("refuses to start on a schema newer than it knows", async () => {
    const db = freshDatabase(backend)
    const server = await start({ secret, ...db })
    await server.close()
    await query(
      db,
      (sql) =>
        sql`INSERT INTO effect_sql_migrations (migration_id, name) VALUES (${Migrations.latest + 1}, 'from_the_future')`
    )
    await expect(start({ secret, ...db })).rejects.toThrow(/newer than this server knows/)
  })

  it("an import killed halfway leaves nothing half-written", async () => {
    const db = freshDatabase(backend)
    const target = db.databaseUrl ?? (db.dataDir as string)
    const child = spawn(
      process.execPath,
      ["--conditions=@pembinaan/source", "--import", "tsx", "packages/server/test/fixtures/import-child.ts", target],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] }
    )
    let out = ""
    let err = ""
    child.stderr.on("data", (d) => {
      err += String(d)
    })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)))
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d) => {
        out += String(d)
        // Rows of two batches are written inside the open transaction: kill it now.
        if (out.includes("batch 2")) resolve()
      })
      child.on("exit", () => reject(new Error(`child exited before batch 2: ${out} ${err}`)))
    })
    child.kill("SIGKILL")
    expect(await exited).toBe("SIGKILL")
    expect(out).not.toContain("committed")
    expect(await counts(db)).toEqual({ employees: 0, units: 0, audit: 0 })
  })
})
