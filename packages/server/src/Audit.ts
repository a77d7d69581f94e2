/**
 * The server's own append-only audit log: every write appends an entry whose hash covers the previous entry's hash
 * and the entry (SHA-256 over canonical JSON), so changing or removing an entry breaks every later hash. Appends
 * take a transaction-level advisory lock so the chain stays linear under concurrent writers.
 *
 * @since 0.4.0
 */
import { createHash } from "node:crypto"
import { Effect } from "effect"
import { SqlClient } from "effect/sql"

/**
 * JSON with object keys sorted, so the same value always hashes the same (jsonb does not keep key order).
 *
 * @since 0.4.0
 */
export const canonical = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  const keys = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`
}

/** The hash before the first entry. */
export const genesis = "0".repeat(64)

/**
 * The hash of an entry after `prev`.
 *
 * @since 0.4.0
 */
export const hashOf = (prev: string, entry: { actor: string; action: string; subject: string; payload: unknown }) =>
  createHash("sha256")
    .update(
      `${prev}\n${canonical({ actor: entry.actor, action: entry.action, subject: entry.subject, payload: entry.payload })}`
    )
    .digest("hex")

/**
 * Appends an entry (call inside the write's transaction, so the entry and the write commit together).
 *
 * @since 0.4.0
 */
export const append = (entry: { actor: string; action: string; subject: string; payload: unknown }) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    yield* sql`SELECT pg_advisory_xact_lock(1515)`
    const last = yield* sql<{ readonly hash: string }>`SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1`
    const prev = last[0]?.hash ?? genesis
    const hash = hashOf(prev, entry)
    yield* sql`INSERT INTO audit_log (actor, action, subject, payload, prev_hash, hash)
      VALUES (${entry.actor}, ${entry.action}, ${entry.subject}, ${JSON.stringify(entry.payload)}::jsonb, ${prev}, ${hash})`
  })

/**
 * Recomputes the chain: the first entry whose link or hash does not match, or `null`.
 *
 * @since 0.4.0
 */
export const verify = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<{
    readonly seq: bigint | number | string
    readonly actor: string
    readonly action: string
    readonly subject: string
    readonly payload: unknown
    readonly prev_hash: string
    readonly hash: string
  }>`SELECT seq, actor, action, subject, payload, prev_hash, hash FROM audit_log ORDER BY seq`
  let prev = genesis
  for (const row of rows) {
    const payload = typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload
    if (row.prev_hash !== prev || hashOf(prev, { ...row, payload }) !== row.hash)
      return { valid: false, entries: rows.length, brokenAt: Number(row.seq) }
    prev = row.hash
  }
  return { valid: true, entries: rows.length, brokenAt: null }
})
