/**
 * The database: PostgreSQL through `effect/sql` and `@effect/sql-pg`. With `DATABASE_URL` it is a real PostgreSQL
 * server; without it, an embedded PGlite (PostgreSQL compiled to WebAssembly) keeps its data directory on disk and
 * serves the PostgreSQL wire protocol on a loopback port through `@electric-sql/pglite-socket`, so the same client
 * and the same SQL reach both. PGlite serves one connection at a time: the pool is one connection there.
 *
 * @since 0.4.0
 */
import { mkdirSync } from "node:fs"
import { PgClient } from "@effect/sql-pg"
import { PGlite } from "@electric-sql/pglite"
import { PGLiteSocketServer } from "@electric-sql/pglite-socket"
import { Effect, Layer, Redacted } from "effect"
import type { SqlClient } from "effect/sql"
import type { SqlError } from "effect/sql/SqlError"

/**
 * Where the data lives: a PostgreSQL URL, or a PGlite data directory (`memory` keeps it in memory, for tests).
 *
 * @since 0.4.0
 */
export type Target =
  | { readonly _tag: "Postgres"; readonly url: string; readonly maxConnections?: number }
  | { readonly _tag: "Embedded"; readonly dataDir: string | "memory" }

/**
 * A PostgreSQL client layer for a target. The embedded database is started and stopped with the layer's scope.
 *
 * @since 0.4.0
 */
export const layer = (target: Target): Layer.Layer<PgClient.PgClient | SqlClient.SqlClient, SqlError> => {
  if (target._tag === "Postgres")
    return PgClient.layer({ url: Redacted.make(target.url), maxConnections: target.maxConnections ?? 10 })
  return Layer.unwrap(
    Effect.gen(function* () {
      const { port } = yield* embedded(target.dataDir)
      return PgClient.layer({
        host: "127.0.0.1",
        port,
        username: "postgres",
        database: "postgres",
        maxConnections: 1,
        minConnections: 1
      })
    })
  )
}

/**
 * Starts PGlite on a data directory and serves it on a free loopback port for the life of the scope.
 *
 * @since 0.4.0
 */
export const embedded = (dataDir: string | "memory") =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      if (dataDir !== "memory") mkdirSync(dataDir, { recursive: true })
      const db = dataDir === "memory" ? new PGlite() : new PGlite(dataDir)
      await db.waitReady
      const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 1 })
      await server.start()
      const port = Number(server.getServerConn().split(":").pop())
      return { db, server, port }
    }),
    ({ db, server }) =>
      Effect.promise(async () => {
        await server.stop()
        await db.close()
      })
  )
