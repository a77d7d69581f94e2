/**
 * The server's append-only audit log, in core's format (`AuditLog`, ADR 0010): every write appends an event
 * `{ seq, at, actor, role, action, subject, before, after, reason, prev, hash }` whose hash is core's
 * `AuditLog.hashOf` (SHA-256 over canonical JSON, the previous hash included), so the events the server stores verify
 * with core's `AuditLog.verify` anywhere, in a browser too, and changing or removing one breaks every later hash.
 *
 * Storage (`audit_events`, migration 8): `before` and `after` are stored as their canonical JSON text, so what is
 * verified is byte for byte what was hashed; `at` is the ISO timestamp text that was hashed. Appends take a
 * transaction-level advisory lock so the chain stays linear under concurrent writers, and `at` never goes back (a
 * clock that steps back is clamped to the last event's time).
 *
 * @since 0.4.0
 */
import { createHash } from "node:crypto"
import { AuditLog } from "@pembinaan/core"
import { Effect, Option, Result } from "effect"
import { SqlClient } from "effect/sql"
import { CurrentUser } from "./Auth.js"

/**
 * What a write records. `payload` is the event's `after` (what the write produced or did); `role` defaults to the
 * signed-in user's roles (or `system` outside a request).
 *
 * @since 0.4.0
 */
export interface Entry {
  readonly actor: string
  readonly action: string
  readonly subject: string
  readonly payload: unknown
  readonly role?: string
  readonly before?: unknown
  readonly reason?: string
}

interface Row {
  readonly seq: number | string | bigint
  readonly at: string
  readonly actor: string
  readonly role: string
  readonly action: string
  readonly subject: string
  readonly before_json: string
  readonly after_json: string
  readonly reason: string
  readonly prev: string
  readonly hash: string
}

/** A stored row as core's event; a `before`/`after` that is not JSON text stays as the text (so it fails `hash`). */
const eventOf = (r: Row): AuditLog.Event => {
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return {
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor,
    role: r.role,
    action: r.action,
    subject: r.subject,
    before: parse(r.before_json),
    after: parse(r.after_json),
    reason: r.reason,
    prev: r.prev,
    hash: r.hash
  }
}

/** JSON values a write may record: anything JSON.stringify keeps (undefined fields dropped, as stored). */
const plain = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)))

/**
 * Chains one entry after `last` with core's hashing: the event to store.
 *
 * @since 0.4.0
 */
export const chain = (
  last: Pick<AuditLog.Event, "seq" | "at" | "hash"> | undefined,
  entry: Entry & { readonly role: string; readonly at: string }
): AuditLog.Event => {
  const at = last !== undefined && entry.at < last.at ? last.at : entry.at
  const draft = {
    seq: last === undefined ? 0 : last.seq + 1,
    at,
    actor: entry.actor,
    role: entry.role,
    action: entry.action,
    subject: entry.subject,
    before: plain(entry.before ?? null),
    after: plain(entry.payload),
    reason: entry.reason ?? "",
    prev: last?.hash ?? AuditLog.genesis
  }
  // `plain` leaves only JSON values, which core's canonical form always accepts.
  return { ...draft, hash: Result.getOrThrow(AuditLog.hashOf(draft)) }
}

const insert = (event: AuditLog.Event) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const text = (v: unknown) => Result.getOrThrow(AuditLog.canonical(v))
    yield* sql`INSERT INTO audit_events (seq, at, actor, role, action, subject, before_json, after_json, reason, prev, hash)
      VALUES (${event.seq}, ${event.at}, ${event.actor}, ${event.role}, ${event.action}, ${event.subject},
        ${text(event.before)}, ${text(event.after)}, ${event.reason}, ${event.prev}, ${event.hash})`
  })

/**
 * Appends an entry (call inside the write's transaction, so the entry and the write commit together).
 *
 * @since 0.4.0
 */
export const append = (entry: Entry) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const user = yield* Effect.serviceOption(CurrentUser)
    yield* sql`SELECT pg_advisory_xact_lock(1515)`
    const last = yield* sql<Pick<Row, "seq" | "at" | "hash">>`SELECT seq, at, hash FROM audit_events
      ORDER BY seq DESC LIMIT 1`
    const role = entry.role ?? (Option.isSome(user) ? user.value.roles.join(",") || "pegawai" : "system")
    const event = chain(last[0] === undefined ? undefined : { ...last[0], seq: Number(last[0].seq) }, {
      ...entry,
      role,
      at: new Date().toISOString()
    })
    yield* insert(event)
    return event
  })

/**
 * The stored events from `after` (exclusive; `-1` for all), at most `limit`, as core's events.
 *
 * @since 0.4.0
 */
export const read = (after: number, limit: number) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* sql<Row>`SELECT * FROM audit_events WHERE seq > ${after} ORDER BY seq LIMIT ${limit}`
    return rows.map(eventOf)
  })

/**
 * Verifies the whole stored log with core's `AuditLog.verify`: the head hash, or the first event that does not fit
 * (its `seq` as `brokenAt`, the breach and core's messages).
 *
 * @since 0.4.0
 */
export const verify = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<Row>`SELECT * FROM audit_events ORDER BY seq`
  const log = rows.map(eventOf)
  const checked = AuditLog.verify(log)
  if (Result.isSuccess(checked))
    return { valid: true, entries: log.length, brokenAt: null, head: checked.success.head, breach: null }
  const failure = checked.failure
  return {
    valid: false,
    entries: log.length,
    brokenAt: log[failure.index]?.seq ?? failure.index,
    head: null,
    breach: { kind: failure.breach, messages: failure.messages }
  }
})

// ---------------------------------------------------------------------------------------------------------------
// migration from the server's first chain (migrations 5–7)
// ---------------------------------------------------------------------------------------------------------------

/** The first format's canonical JSON (keys sorted, undefined fields dropped). */
const legacyCanonical = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(legacyCanonical).join(",")}]`
  const keys = Object.keys(value as object)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
  return `{${keys.map((k) => `${JSON.stringify(k)}:${legacyCanonical((value as Record<string, unknown>)[k])}`).join(",")}}`
}

/**
 * The first format's hash of an entry after `prev` (kept only to check old logs while migrating them).
 *
 * @since 0.4.0
 */
export const legacyHashOf = (
  prev: string,
  entry: { actor: string; action: string; subject: string; payload: unknown }
): string =>
  createHash("sha256")
    .update(
      `${prev}\n${legacyCanonical({ actor: entry.actor, action: entry.action, subject: entry.subject, payload: entry.payload })}`
    )
    .digest("hex")

/**
 * Migration 8's audit part: checks the first-format chain (`audit_log`), re-chains its entries in core's format into
 * `audit_events` (role `system`, `before` null, `after` the old payload, `at` the old time, clamped so time never goes
 * back), then appends an `audit.migrate` event recording how many entries were carried over, the old head hash and
 * whether the old chain verified (and where it broke), so a log tampered before the migration is not laundered by it
 * (nothing is appended to an empty log). The old table is kept as `audit_log_legacy`.
 *
 * @since 0.4.0
 */
export const migrateLegacy = Effect.gen(function* () {
  const sql = yield* SqlClient.SqlClient
  const rows = yield* sql<{
    readonly seq: bigint | number | string
    readonly at: Date | string
    readonly actor: string
    readonly action: string
    readonly subject: string
    readonly payload: unknown
    readonly prev_hash: string
    readonly hash: string
  }>`SELECT seq, at, actor, action, subject, payload, prev_hash, hash FROM audit_log ORDER BY seq`
  let prev = "0".repeat(64)
  let brokenAt: number | null = null
  let last: AuditLog.Event | undefined
  for (const row of rows) {
    const payload = typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload
    if (brokenAt === null && (row.prev_hash !== prev || legacyHashOf(prev, { ...row, payload }) !== row.hash))
      brokenAt = Number(row.seq)
    prev = row.hash
    const at = row.at instanceof Date ? row.at.toISOString() : new Date(row.at).toISOString()
    last = chain(last, { ...row, payload, role: "system", at })
    yield* insert(last)
  }
  if (rows.length === 0) return
  const event = chain(last, {
    actor: "system",
    role: "system",
    action: "audit.migrate",
    subject: "audit_log",
    payload: { entries: rows.length, legacyHead: prev, legacyValid: brokenAt === null, legacyBrokenAt: brokenAt },
    reason: "migration 8: the server's audit log moves to core's AuditLog format",
    at: new Date().toISOString()
  })
  yield* insert(event)
})
