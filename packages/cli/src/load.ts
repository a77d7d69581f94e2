/**
 * Reading the documents commands take by name or file: a JSON file, `--policy <file|preset>` and
 * `--rules <file|preset|none>`, every failure printed as a typed error on stderr.
 *
 * @since 0.3.0
 */
import { readFile } from "node:fs/promises"
import { Policy, Rule } from "@pembinaan/core"
import { Result } from "effect"
import type { Io } from "./io.js"
import { presetFor, presets } from "./presets.js"

/**
 * Prints a typed error as JSON on stderr: `{"error": tag, ...fields}`. Problems keep their paths.
 *
 * @since 0.1.0
 */
export const printError = (io: Io, error: { readonly _tag: string }): void => {
  const { _tag, ...fields } = error as unknown as Record<string, unknown>
  const plain = Object.fromEntries(Object.entries(fields).filter(([k]) => k !== "stack" && k !== "message"))
  io.stderr(`${JSON.stringify({ error: _tag, ...plain })}\n`)
}

/** Reads a JSON file, or fails with a typed error printed as JSON. */
export const readJson = async (io: Io, file: string): Promise<{ ok: true; value: unknown } | { ok: false }> => {
  try {
    return { ok: true, value: JSON.parse(await readFile(file, "utf8")) }
  } catch (e) {
    const error = (e as NodeJS.ErrnoException).code ? "FileUnreadable" : "JsonSyntax"
    io.stderr(`${JSON.stringify({ error, file, message: (e as Error).message })}\n`)
    return { ok: false }
  }
}

/**
 * Loads a JSON document decoded by core, its failure printed as a typed error; `undefined` when it cannot be read
 * or decoded.
 *
 * @since 0.5.0
 */
export const loadDocument = async <A>(
  io: Io,
  file: string,
  decode: (u: unknown) => Result.Result<A, { readonly _tag: string }>
): Promise<A | undefined> => {
  const json = await readJson(io, file)
  if (!json.ok) return undefined
  const decoded = decode(json.value)
  if (Result.isFailure(decoded)) {
    printError(io, decoded.failure)
    return undefined
  }
  return decoded.success
}

/**
 * Loads `--policy <file|preset>`: a preset by name, or a policy document decoded and validated. `rules` are the
 * preset's, or those of the preset whose policy has the same id, if any.
 */
export const loadPolicy = async (
  io: Io,
  spec: string
): Promise<{ readonly policy: Policy.Policy; readonly rules: Rule.RuleSet | undefined } | undefined> => {
  const preset = presets[spec]
  if (preset) return preset
  const policy = await loadDocument(io, spec, Policy.decode)
  return policy === undefined ? undefined : { policy, rules: presetFor(policy)?.rules }
}

/** Loads `--rules <file|preset|none>`. */
export const loadRules = async (io: Io, spec: string): Promise<Rule.RuleSet | null | undefined> => {
  if (spec === "none") return null
  return presets[spec]?.rules ?? loadDocument(io, spec, Rule.decodeRuleSet)
}
