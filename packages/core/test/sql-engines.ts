/**
 * The two SQL engines the differential tests of `PolicySql` run compiled SQL on, in process: DuckDB and PostgreSQL
 * (PGlite), started before a file's tests and closed after, and the table of input rows they read.
 */
import { DuckDBInstance } from "@duckdb/node-api"
import { PGlite } from "@electric-sql/pglite"
import { afterAll, beforeAll } from "vitest"
import type { PolicySql } from "../src/index.js"

/** One input row: a column's value as SQL text, a boolean, or NULL. */
export type Row = Record<string, string | boolean | null>

/** An engine: runs SQL (several statements allowed) and returns the last statement's rows. */
export interface Engine {
  run(sql: string): Promise<ReadonlyArray<Record<string, unknown>>>
  close(): Promise<void>
}

/**
 * Starts DuckDB and PGlite before the calling file's tests and closes them after. The engines are read through the
 * returned object's fields once the tests run.
 */
export const sqlEngines = (): { duck: Engine; pg: Engine } => {
  const engines = {} as { duck: Engine; pg: Engine }
  beforeAll(async () => {
    const instance = await DuckDBInstance.create(":memory:")
    const con = await instance.connect()
    engines.duck = {
      run: async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJson() as ReadonlyArray<Record<string, unknown>>,
      close: async () => con.closeSync()
    }
    const db = new PGlite()
    await db.waitReady
    engines.pg = {
      run: async (sql) => {
        const results = await db.exec(sql)
        return (results[results.length - 1]?.rows ?? []) as ReadonlyArray<Record<string, unknown>>
      },
      close: () => db.close()
    }
  }, 60_000)
  afterAll(async () => {
    await engines.duck?.close()
    await engines.pg?.close()
  })
  return engines
}

const literal = (v: string | boolean | null | undefined): string =>
  v === null || v === undefined
    ? "NULL"
    : typeof v === "boolean"
      ? String(v).toUpperCase()
      : `'${v.replace(/'/g, "''")}'`

/** The SQL that (re)creates the `evaluations` table of a compiled policy's inputs holding `rows`. */
export const load = (compiled: PolicySql.Compiled, rows: ReadonlyArray<Row>): string => {
  const decimal = compiled.dialect === "duckdb" ? "DECIMAL(38, 6)" : "NUMERIC"
  const types = compiled.inputs.map(
    (c) => `"${c.name}" ${c.type === "decimal" ? decimal : c.type === "boolean" ? "BOOLEAN" : "VARCHAR"}`
  )
  const values = rows.map((r) => `(${compiled.inputs.map((c) => literal(r[c.name])).join(", ")})`)
  return `DROP TABLE IF EXISTS evaluations; CREATE TABLE evaluations (${types.join(", ")}); INSERT INTO evaluations VALUES ${values.join(", ")};`
}
