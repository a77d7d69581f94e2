/**
 * Plain guards for the programme widgets' data (training, mentoring, forums, plans, programme reports): no effect
 * Schema in these bundles. A `Shape` describes an object's fields; {@link check} walks a value against it and lists
 * every problem with its path, as core's decoders do.
 *
 * @internal
 */

import { isObject } from "./data.controller.js"
import * as Read from "./read.js"

/** A field kind. `?` suffixes are expressed with {@link optional}. */
export type Kind =
  | "string"
  | "number"
  | "boolean"
  | "date"
  | "decimal"
  | { readonly array: Kind }
  | { readonly object: Shape }
  | { readonly oneOf: ReadonlyArray<string> }
  | { readonly optional: Kind }
  | { readonly nullable: Kind }

/** An object's fields. */
export type Shape = { readonly [field: string]: Kind }

/** An optional field (absent or `undefined`). */
export const optional = (kind: Kind): Kind => ({ optional: kind })
/** A field that may be `null`. */
export const nullable = (kind: Kind): Kind => ({ nullable: kind })
/** An array of a kind. */
export const array = (kind: Kind): Kind => ({ array: kind })
/** A nested object. */
export const object = (shape: Shape): Kind => ({ object: shape })
/** One of the given strings. */
export const oneOf = (values: ReadonlyArray<string>): Kind => ({ oneOf: values })

const DATE = /^\d{4}-\d{2}-\d{2}$/
const DECIMAL = /^-?\d+(\.\d+)?$/

const walk = (u: unknown, kind: Kind, path: string, out: Array<string>): void => {
  const at = path === "" ? "(root)" : path
  if (typeof kind === "string") {
    const ok =
      kind === "string"
        ? typeof u === "string"
        : kind === "number"
          ? typeof u === "number" && Number.isFinite(u)
          : kind === "boolean"
            ? typeof u === "boolean"
            : kind === "date"
              ? typeof u === "string" && DATE.test(u)
              : typeof u === "string" && DECIMAL.test(u)
    if (!ok)
      out.push(
        `${at}: expected ${kind === "date" ? "a date YYYY-MM-DD" : kind === "decimal" ? "a decimal text" : `a ${kind}`}`
      )
    return
  }
  if ("optional" in kind) {
    if (u !== undefined) walk(u, kind.optional, path, out)
    return
  }
  if ("nullable" in kind) {
    if (u !== null) walk(u, kind.nullable, path, out)
    return
  }
  if ("oneOf" in kind) {
    if (typeof u !== "string" || !kind.oneOf.includes(u)) out.push(`${at}: expected one of ${kind.oneOf.join(", ")}`)
    return
  }
  if ("array" in kind) {
    if (!Array.isArray(u)) {
      out.push(`${at}: expected an array`)
      return
    }
    u.forEach((x, i) => {
      walk(x, kind.array, `${path}.${i}`.replace(/^\./, ""), out)
    })
    return
  }
  if (!isObject(u)) {
    out.push(`${at}: expected an object`)
    return
  }
  for (const [field, k] of Object.entries(kind.object)) walk(u[field], k, path === "" ? field : `${path}.${field}`, out)
}

/**
 * Checks a value against a shape: the value typed as `T`, or every problem with its path (at most 20 listed).
 *
 * @internal
 */
export const check = <T>(input: unknown, shape: Shape): Read.Read<T> => {
  const out: Array<string> = []
  walk(input, { object: shape }, "", out)
  return out.length === 0 ? Read.succeed(input as T) : Read.fail(out.slice(0, 20))
}
