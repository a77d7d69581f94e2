/**
 * Loading the policy documents the regional presets are: each preset is a JSON file in `presets/policies/`, in
 * exactly the format `pembinaan policy validate` reads, decoded here by the same decoder ({@link Policy.decode}).
 *
 * @since 0.4.0
 */
import { Result } from "effect"
import * as Policy from "../Policy.js"

/**
 * Decodes a preset's policy document. A preset that does not decode is a defect of this package, not of the
 * caller's data, so it throws with every problem and its path (the presets tests decode every file and would fail
 * first); user documents go through {@link Policy.decode}, which never throws.
 *
 * @example
 * ```ts
 * import document from "./policies/bukittinggi.json" with { type: "json" }
 * export const policy = fromDocument("bukittinggi", document) // => the decoded Policy
 * ```
 *
 * @category presets
 * @since 0.4.0
 */
export const fromDocument = (name: string, document: unknown): Policy.Policy => {
  const decoded = Policy.decode(document)
  if (Result.isFailure(decoded))
    throw new Error(
      `preset ${name}: policies/${name}.json is not a valid policy: ${JSON.stringify(decoded.failure.problems)}`
    )
  return decoded.success
}
