/**
 * A trail nobody can rewrite: every action is an event (who, in which role, when, what, on whom, before → after, and
 * why), and the events are **hash-chained**: each carries the SHA-256 of the previous one, so changing, removing or
 * reordering any event breaks every hash after it, and {@link verify} names the first event that does not fit.
 *
 * Hashing: `hash = SHA-256(canonical JSON of { seq, at, actor, role, action, subject, before, after, reason, prev })`
 * as lowercase hex. Canonical JSON ({@link canonical}) sorts object keys by UTF-16 code units and writes numbers and
 * strings as `JSON.stringify` does, without spaces: the RFC 8785 (JCS) form for the JSON values accepted here. The
 * first event's `prev` is 64 zeros ({@link genesis}). SHA-256 is `@noble/hashes` (synchronous, audited, no Node APIs),
 * so the log verifies the same in a browser, a worker and the server (docs/decisions/0010-audit-hash-chain.md).
 *
 * A chain shows that the log was not changed **after the fact relative to a known head**: a server should publish or
 * countersign the head hash (the last event's `hash`) so that a rewrite of the whole chain is also detected.
 *
 * @since 0.2.0
 */
import { sha256 } from "@noble/hashes/sha2.js"
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js"
import { Data, Result, Schema } from "effect"
import * as Input from "./Input.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

const Hex64 = Schema.String.pipe(Schema.check(Schema.isPattern(/^[0-9a-f]{64}$/)))

/**
 * The `prev` of the first event: 64 zeros.
 *
 * @category models
 * @since 0.2.0
 */
export const genesis = "0".repeat(64)

/**
 * What an action records, before it is chained.
 *
 * @category models
 * @since 0.2.0
 */
export const Entry = Schema.Struct({
  /** When, as an ISO 8601 timestamp (`2026-01-15T08:30:00Z`) or date; events must not go back in time. */
  at: Schema.NonEmptyString,
  /** Who acted (a NIP, or a system name such as `"system"`). */
  actor: Schema.NonEmptyString,
  /** In which role (see `Permission.roles`). */
  role: Schema.NonEmptyString,
  /** What was done (for example `"cycle.AgreePlan"`). */
  action: Schema.NonEmptyString,
  /** On what or whom (for example the cycle id). */
  subject: Schema.NonEmptyString,
  before: Schema.Unknown,
  after: Schema.Unknown,
  reason: Schema.String
})

/**
 * @category models
 * @since 0.2.0
 */
export type Entry = typeof Entry.Type

/**
 * A chained event: the entry, its position (`seq`, from 0), the previous hash and its own.
 *
 * @category models
 * @since 0.2.0
 */
export const Event = Schema.Struct({
  ...Entry.fields,
  seq: Schema.Int,
  prev: Hex64,
  hash: Hex64
})

/**
 * @category models
 * @since 0.2.0
 */
export type Event = typeof Event.Type

/**
 * A log: events in order.
 *
 * @category models
 * @since 0.2.0
 */
export const Log = Schema.Array(Event)

/**
 * @category models
 * @since 0.2.0
 */
export type Log = typeof Log.Type

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Why an event does not fit its chain.
 *
 * @category errors
 * @since 0.2.0
 */
export const Breach = Schema.Literals(["seq", "prev", "hash", "time", "not-json"])

/**
 * @category errors
 * @since 0.2.0
 */
export type Breach = typeof Breach.Type

/**
 * The first event that does not fit: its index, what is wrong, what was expected and what was found, with messages in
 * Indonesian and English.
 *
 * @category errors
 * @since 0.2.0
 */
export class Tampered extends Data.TaggedError("Tampered")<{
  readonly index: number
  readonly breach: typeof Breach.Type
  readonly expected: string
  readonly found: string
  readonly messages: { readonly id: string; readonly en: string }
}> {}

/**
 * A value in `before` or `after` that is not plain JSON (undefined, a function, NaN, Infinity, a bigint, a cycle).
 *
 * @category errors
 * @since 0.2.0
 */
export class NotJson extends Data.TaggedError("NotJson")<{
  readonly path: ReadonlyArray<string | number>
  readonly found: string
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.2.0
 */
export type AuditError = Tampered | NotJson | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// canonical JSON and hashing
// ---------------------------------------------------------------------------------------------------------------

const MAX_DEPTH = 64

/**
 * The canonical JSON text of a plain JSON value: object keys sorted (UTF-16 code-unit order), no whitespace, numbers
 * and strings as `JSON.stringify` writes them (`-0` as `0`). Object keys whose value is `undefined` are refused, not
 * dropped: what is hashed is exactly what is stored.
 *
 * @example
 * ```ts
 * import { AuditLog } from "@pembinaan/core"
 * AuditLog.canonical({ b: 1, a: [true, null, "x"] }) // => Result.succeed('{"a":[true,null,"x"],"b":1}')
 * AuditLog.canonical({ a: Number.NaN }) // => Result.fail(NotJson { path: ["a"] })
 * ```
 *
 * @category conversions
 * @since 0.2.0
 */
export const canonical = (value: unknown): Result.Result<string, NotJson> => {
  const path: Array<string | number> = []
  const stack: Array<unknown> = []
  const bad = (found: string) => {
    throw new NotJson({ path: [...path], found })
  }
  const write = (v: unknown): string => {
    if (v === null) return "null"
    switch (typeof v) {
      case "boolean":
        return v ? "true" : "false"
      case "string":
        return JSON.stringify(v)
      case "number":
        return Number.isFinite(v) ? JSON.stringify(v) : bad(String(v))
      case "object": {
        if (stack.includes(v) || stack.length >= MAX_DEPTH) return bad("a cycle or nesting deeper than 64")
        stack.push(v)
        let out: string
        if (Array.isArray(v)) {
          out = `[${v
            .map((x, i) => {
              path.push(i)
              const s = write(x)
              path.pop()
              return s
            })
            .join(",")}]`
        } else {
          const proto = Object.getPrototypeOf(v)
          if (proto !== Object.prototype && proto !== null) bad(`an object of class ${proto?.constructor?.name}`)
          const keys = Object.keys(v).sort()
          out = `{${keys
            .map((k) => {
              path.push(k)
              const s = `${JSON.stringify(k)}:${write((v as Record<string, unknown>)[k])}`
              path.pop()
              return s
            })
            .join(",")}}`
        }
        stack.pop()
        return out
      }
      default:
        return bad(typeof v)
    }
  }
  try {
    return Result.succeed(write(value))
  } catch (e) {
    if (e instanceof NotJson) return Result.fail(e)
    throw e
  }
}

/**
 * SHA-256 of a text (UTF-8), as lowercase hex.
 *
 * @example
 * ```ts
 * import { AuditLog } from "@pembinaan/core"
 * AuditLog.sha256Hex("abc") // => "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 * ```
 *
 * @category conversions
 * @since 0.2.0
 */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)))

const body = (e: Omit<Event, "hash">) => ({
  seq: e.seq,
  at: e.at,
  actor: e.actor,
  role: e.role,
  action: e.action,
  subject: e.subject,
  before: e.before,
  after: e.after,
  reason: e.reason,
  prev: e.prev
})

/**
 * The hash an event should carry (its own `hash` field is ignored).
 *
 * @category conversions
 * @since 0.2.0
 */
export const hashOf = (event: Omit<Event, "hash">): Result.Result<string, NotJson> =>
  Result.map(canonical(body(event)), sha256Hex)

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * Appends an entry (untrusted: it is decoded) to a log and returns the new log. The entry's `at` must not be earlier
 * than the last event's (ISO timestamps compare as text when written in the same form and zone).
 *
 * @example
 * ```ts
 * import { AuditLog } from "@pembinaan/core"
 * const log = AuditLog.append([], {
 *   at: "2026-01-10", actor: "199001012020011001", role: "pegawai", action: "cycle.ProposePlan",
 *   subject: "skp-2026-199001012020011001", before: null, after: { status: "proposed" }, reason: ""
 * })
 * // log.success[0].prev => "000…0"; log.success[0].hash => 64 hex digits
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const append = (log: Log, input: unknown): Result.Result<Log, AuditError> =>
  Result.flatMap(Input.decode(Entry, "AuditEntry")(input), (entry): Result.Result<Log, AuditError> => {
    const last = log[log.length - 1]
    if (last && entry.at < last.at) {
      return Result.fail(
        new Input.InvalidInput({
          subject: "AuditEntry",
          problems: [{ path: ["at"], code: "time", message: `${entry.at} is before the last event (${last.at})` }]
        })
      )
    }
    const draft = { ...entry, seq: log.length, prev: last?.hash ?? genesis }
    return Result.map(hashOf(draft), (hash) => [...log, { ...draft, hash }])
  })

const tampered = (index: number, breach: Breach, expected: string, found: string): Tampered => {
  const what = {
    seq: ["nomor urut", "sequence number"],
    prev: ["hash sebelumnya", "previous hash"],
    hash: ["hash", "hash"],
    time: ["waktu", "time"],
    "not-json": ["isi", "content"]
  }[breach]
  return new Tampered({
    index,
    breach,
    expected,
    found,
    messages: {
      id: `Peristiwa ke-${index + 1} tidak cocok dengan rantainya (${what[0]}: diharapkan ${expected}, ditemukan ${found}); log telah diubah.`,
      en: `Event ${index + 1} does not fit its chain (${what[1]}: expected ${expected}, found ${found}); the log was changed.`
    }
  })
}

/**
 * Verifies a whole log: positions run 0, 1, 2, …; each `prev` is the previous event's `hash` (the first is
 * {@link genesis}); each `hash` is the hash of the event's content; time never goes back. Returns the head hash (the
 * empty log's head is {@link genesis}) or the **first** event that does not fit, with the breach.
 *
 * @example
 * ```ts
 * import { AuditLog } from "@pembinaan/core"
 * AuditLog.verify(log) // => Result.succeed({ length: 3, head: "…" })
 * AuditLog.verify([log[0], { ...log[1], reason: "edited" }, log[2]])
 * // => Result.fail(Tampered { index: 1, breach: "hash" })
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const verify = (log: Log): Result.Result<{ readonly length: number; readonly head: string }, Tampered> => {
  let prev = genesis
  let lastAt = ""
  for (const [i, e] of log.entries()) {
    if (e.seq !== i) return Result.fail(tampered(i, "seq", String(i), String(e.seq)))
    if (e.prev !== prev) return Result.fail(tampered(i, "prev", prev, e.prev))
    if (e.at < lastAt) return Result.fail(tampered(i, "time", `≥ ${lastAt}`, e.at))
    const h = hashOf(e)
    if (Result.isFailure(h)) return Result.fail(tampered(i, "not-json", "JSON", h.failure.found))
    if (h.success !== e.hash) return Result.fail(tampered(i, "hash", h.success, e.hash))
    prev = e.hash
    lastAt = e.at
  }
  return Result.succeed({ length: log.length, head: prev })
}

/**
 * Decodes a stored log (shape only; call {@link verify} to check the chain).
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodeLog = Input.decode(Log, "AuditLog")

/**
 * The events about one subject, in order (for "who changed this and why").
 *
 * @category getters
 * @since 0.2.0
 */
export const about = (log: Log, subject: string): ReadonlyArray<Event> => log.filter((e) => e.subject === subject)
