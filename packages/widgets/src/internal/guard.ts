/**
 * Schema-free guards for the browser: the display widgets check their data with these instead of effect's Schema
 * runtime (which costs about 25 kB gzip per widget). A guard mirrors a core Schema decoded the way core's
 * `Input.decode` does (`errors: "all"`, unknown keys refused): it accepts the same values and reports each problem at
 * the same path (`test/guard.test.ts` checks both with fast-check against core's Schemas). Messages are short English
 * texts for developers; the widgets show a translated summary and the paths.
 *
 * @internal
 */

/** A path into the checked value: object keys and array indices, as core's `Input.Problem` has them. */
export type Path = ReadonlyArray<string | number>

/** One problem: where, and what was expected. */
export interface Problem {
  readonly path: Path
  readonly message: string
}

/** Checks a value at a path, appending every problem found; true when there was none. */
export type Guard<T> = ((u: unknown, path: Path, out: Array<Problem>) => boolean) & { readonly _T?: T }

/** The type a guard accepts. */
export type TypeOf<G> = G extends Guard<infer T> ? T : never

const guard = <T>(f: (u: unknown, path: Path, out: Array<Problem>) => boolean): Guard<T> => f as Guard<T>

const fail = (out: Array<Problem>, path: Path, message: string): false => {
  out.push({ path, message })
  return false
}

/** Any value. */
export const unknown: Guard<unknown> = guard(() => true)

/** A string. */
export const string: Guard<string> = guard((u, p, o) => typeof u === "string" || fail(o, p, "Expected string"))

/** A boolean. */
export const boolean: Guard<boolean> = guard((u, p, o) => typeof u === "boolean" || fail(o, p, "Expected boolean"))

/** A finite number (Schema.Finite). */
export const finite: Guard<number> = guard(
  (u, p, o) => (typeof u === "number" && Number.isFinite(u)) || fail(o, p, "Expected a finite number")
)

/** An integer (Schema.Int). */
export const int: Guard<number> = guard(
  (u, p, o) => (typeof u === "number" && Number.isSafeInteger(u)) || fail(o, p, "Expected an integer")
)

/** One of the given literals (Schema.Literals). */
export const literals = <const L extends ReadonlyArray<string | number | boolean | null>>(
  values: L
): Guard<L[number]> =>
  guard(
    (u, p, o) =>
      values.includes(u as L[number]) || fail(o, p, `Expected ${values.map((v) => JSON.stringify(v)).join(" | ")}`)
  )

/** A value passing `g` and then `ok` (Schema.check): the check runs only when `g` passed. */
export const refine = <T>(g: Guard<T>, ok: (t: T) => boolean, message: string): Guard<T> =>
  guard((u, p, o) => g(u, p, o) && (ok(u as T) || fail(o, p, message)))

/** A number in `[minimum, maximum]` (Schema.isBetween). */
export const between = (g: Guard<number>, minimum: number, maximum: number): Guard<number> =>
  refine(g, (n) => n >= minimum && n <= maximum, `Expected a value between ${minimum} and ${maximum}`)

/** `null` or a value of `g` (Schema.NullOr). */
export const nullOr = <T>(g: Guard<T>): Guard<T | null> => guard((u, p, o) => u === null || g(u, p, o))

/** An array of `g`, optionally with a minimum length (checked once every element passed). */
export const array = <T>(g: Guard<T>, minLength = 0): Guard<ReadonlyArray<T>> =>
  guard((u, p, o) => {
    if (!Array.isArray(u)) return fail(o, p, "Expected array")
    let ok = true
    for (let i = 0; i < u.length; i++) ok = g(u[i], [...p, i], o) && ok
    return ok && (u.length >= minLength || fail(o, p, `Expected an array of at least ${minLength} items`))
  })

/** A plain object (not an array, not null). */
export const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/** An object whose every value passes `g` (Schema.Record(Schema.String, g)). */
export const record = <T>(g: Guard<T>): Guard<Readonly<Record<string, T>>> =>
  guard((u, p, o) => {
    if (!isRecord(u)) return fail(o, p, "Expected object")
    let ok = true
    for (const k of Object.keys(u)) ok = g(u[k], [...p, k], o) && ok
    return ok
  })

const OPTIONAL: unique symbol = Symbol("optional")

/** A key that may be absent (Schema.optionalKey). */
export interface Optional<T> {
  readonly [OPTIONAL]: Guard<T>
}

/** Marks a struct key as optional. */
export const optional = <T>(g: Guard<T>): Optional<T> => ({ [OPTIONAL]: g })

type Fields = Readonly<Record<string, Guard<unknown> | Optional<unknown>>>
type StructType<F extends Fields> = {
  readonly [K in keyof F as F[K] extends Optional<unknown> ? never : K]: F[K] extends Guard<infer T> ? T : never
} & {
  readonly [K in keyof F as F[K] extends Optional<unknown> ? K : never]?: F[K] extends Optional<infer T> ? T : never
}

/**
 * An object with the given keys (Schema.Struct). `exact` (the default, as core's `Input.decode`) refuses keys not
 * listed; `exact: false` ignores them (for data a widget reads only part of).
 */
export const struct = <F extends Fields>(fields: F, exact = true): Guard<StructType<F>> =>
  guard((u, p, o) => {
    if (!isRecord(u)) return fail(o, p, "Expected object")
    let ok = true
    // Unknown keys first, as Schema reports them.
    if (exact) for (const k of Object.keys(u)) if (!Object.hasOwn(fields, k)) ok = fail(o, [...p, k], "Unexpected key")
    for (const [k, f] of Object.entries(fields)) {
      const isOptional = typeof f !== "function"
      // Exact structs mirror Schema (own keys); others read what is there, getters of a class instance included.
      if (exact ? !Object.hasOwn(u, k) : !(k in u)) {
        if (!isOptional) ok = fail(o, [...p, k], "Missing key")
        continue
      }
      ok = (isOptional ? f[OPTIONAL] : f)(u[k], [...p, k], o) && ok
    }
    return ok
  })

/**
 * A union told apart by one literal key (`status`, `source`, `_tag`): the member whose tag matches is checked; a
 * missing or unknown tag is a problem at that key.
 */
export const tagged = <K extends string, M extends Readonly<Record<string, Guard<unknown>>>>(
  key: K,
  members: M
): Guard<TypeOf<M[keyof M]>> => {
  const tags = Object.keys(members)
  const tagGuard = literals(tags)
  return guard((u, p, o) => {
    if (!isRecord(u)) return fail(o, p, "Expected object")
    const member =
      typeof u[key] === "string" && Object.hasOwn(members, u[key] as string) ? members[u[key] as string] : undefined
    if (!member) return tagGuard(u[key], [...p, key], o)
    return member(u, p, o)
  })
}

/** A union of guards: the first that passes; otherwise the problems of the first member. */
export const union = <G extends ReadonlyArray<Guard<unknown>>>(...members: G): Guard<TypeOf<G[number]>> =>
  guard((u, p, o) => {
    const first: Array<Problem> = []
    for (let i = 0; i < members.length; i++) {
      const found: Array<Problem> = []
      if ((members[i] as Guard<unknown>)(u, p, found)) return true
      if (i === 0) first.push(...found)
    }
    o.push(...first)
    return false
  })

/** Runs a guard: the value, typed, or every problem. */
export const check = <T>(
  g: Guard<T>,
  u: unknown,
  path: Path = []
): { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: ReadonlyArray<Problem> } => {
  const problems: Array<Problem> = []
  return g(u, path, problems) ? { ok: true, value: u as T } : { ok: false, problems }
}

/** Problems as readable lines, `path.to.key: message` (as the widgets list them). */
export const lines = (problems: ReadonlyArray<Problem>): ReadonlyArray<string> =>
  problems.map((p) => `${p.path.join(".")}: ${p.message}`)
