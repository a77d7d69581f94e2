/**
 * Loading the policy documents the regional presets are: each preset is a JSON file in `presets/policies/`, in
 * exactly the format `pembinaan policy validate` reads ({@link Policy.decode}).
 *
 * The files are checked when this package is built, not when it is loaded: `test/presets.test.ts` decodes every
 * file with {@link Policy.decode} and requires the result to equal the exported constant, so a file that would not
 * decode, or that decoding would change, fails the build. Loading a preset therefore runs no decoder, which keeps
 * effect's Schema runtime out of browser bundles that only show a preset.
 *
 * @since 0.4.0
 */
import type * as Policy from "../Policy.js"

/**
 * A preset's policy document as the typed constant it is. The document is already a valid, decoded policy (checked
 * at build time, see the module note); user documents go through {@link Policy.decode}, which checks them.
 *
 * @example
 * ```ts
 * import document from "./policies/bukittinggi.json" with { type: "json" }
 * export const policy = fromDocument("bukittinggi", document) // => the Policy
 * ```
 *
 * @category presets
 * @since 0.4.0
 */
export const fromDocument = (_name: string, document: unknown): Policy.Policy => document as Policy.Policy
