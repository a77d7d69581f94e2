/**
 * Forms posted as `application/x-www-form-urlencoded` with bracketed names (`answers[U1]=4`,
 * `measurements[k1][target][lower]=10`), the names the widgets post and PHP reads as arrays, read into the same
 * nested shape the JSON body has, then decoded by the same schema (numbers and booleans from their text).
 *
 * @since 0.4.0
 */
import { Schema, SchemaTransformation } from "effect"
import { HttpApiSchema } from "effect/http-api"

/**
 * A nested tree of strings.
 *
 * @since 0.4.0
 */
export type Tree = string | { readonly [key: string]: Tree }

const splitName = (name: string): ReadonlyArray<string> => {
  const open = name.indexOf("[")
  if (open <= 0 || !name.endsWith("]")) return [name]
  return [name.slice(0, open), ...name.slice(open + 1, -1).split("][")]
}

/**
 * Reads flat bracketed names into a nested object. A name given both as a value and as a parent keeps the parent.
 *
 * @since 0.4.0
 */
export const unbracket = (entries: Readonly<Record<string, string | ReadonlyArray<string>>>): Record<string, Tree> => {
  const out: Record<string, Tree> = {}
  for (const [name, raw] of Object.entries(entries)) {
    const value = typeof raw === "string" ? raw : (raw[raw.length - 1] ?? "")
    const path = splitName(name)
    let node: Record<string, Tree> = out
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string
      const next = node[key]
      if (typeof next === "object") node = next as Record<string, Tree>
      else {
        const child: Record<string, Tree> = {}
        node[key] = child
        node = child
      }
    }
    const last = path[path.length - 1] as string
    if (typeof node[last] !== "object") node[last] = value
  }
  return out
}

/**
 * Writes a nested object as flat bracketed names (the inverse of {@link unbracket}).
 *
 * @since 0.4.0
 */
export const bracket = (tree: { readonly [key: string]: Tree }, prefix = ""): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(tree)) {
    const name = prefix === "" ? k : `${prefix}[${k}]`
    if (typeof v === "string") out[name] = v
    else Object.assign(out, bracket(v, name))
  }
  return out
}

/**
 * The form variant of a payload schema: flat bracketed names decoded into the schema's type.
 *
 * @since 0.4.0
 */
export const form = <S extends Schema.Top>(schema: S) =>
  Schema.Record(Schema.String, Schema.String)
    .pipe(
      Schema.decodeTo(
        Schema.toCodecStringTree(schema),
        SchemaTransformation.transform<Schema.StringTree, Readonly<Record<string, string>>>({
          decode: (flat) => unbracket(flat) as Schema.StringTree,
          encode: (tree) => bracket(tree as Record<string, Tree>)
        })
      )
    )
    .pipe(HttpApiSchema.asFormUrlEncoded())

/**
 * A payload accepted as JSON and as a bracketed form.
 *
 * @since 0.4.0
 */
export const jsonOrForm = <S extends Schema.Top>(schema: S) => [schema, form(schema)] as const
