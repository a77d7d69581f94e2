/**
 * Tools of the guard property tests (`policy-guard.test.ts`, `evaluation-guard.test.ts`): every path into a JSON
 * value, and a copy of a value with one place replaced or removed.
 */

/** A path into a JSON value: object keys and array indices. */
export type Path = ReadonlyArray<string | number>

/** Every path into a value, the value's own (`[]`) first. */
export const paths = (v: unknown, at: Path = []): Array<Path> => [
  at,
  ...(Array.isArray(v)
    ? v.flatMap((x, i) => paths(x, [...at, i]))
    : typeof v === "object" && v !== null
      ? Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))
      : [])
]

/** What `setAt`'s function returns to remove the place (an object key, or an array element). */
export const REMOVE = Symbol("remove")

/** A copy of `v` with the value at `path` replaced by `f(old)` (or removed when `f` returns {@link REMOVE}). */
export const setAt = (v: unknown, path: Path, f: (old: unknown) => unknown): unknown => {
  if (path.length === 0) return f(v)
  const [head, ...rest] = path as [string | number, ...Array<string | number>]
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? setAt(x, rest, f) : x)).filter((x) => x !== REMOVE)
  const o = v as Record<string, unknown>
  const next = setAt(o[head], rest, f)
  if (next === REMOVE) {
    const { [head]: _, ...others } = o
    return others
  }
  return { ...o, [head]: next }
}
