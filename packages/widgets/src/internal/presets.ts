/**
 * The built-in policies a display widget's `preset` attribute can name (as `<asn-evaluation-form preset>` does):
 * `nasional` (or `national`), `bukittinggi`, `muaratebo`, `sawahlunto`. Names are case-insensitive.
 *
 * @internal
 */
import { type Policy, Presets } from "@pembinaan/core"

/** A built-in policy by name, or `undefined`. */
export const policyPreset = (name: string): Policy.Policy | undefined => {
  switch (name.trim().toLowerCase()) {
    case "nasional":
    case "national":
      return Presets.nationalPolicy.policy
    case "bukittinggi":
      return Presets.bukittinggi.policy
    case "muaratebo":
      return Presets.muaratebo.policy
    case "sawahlunto":
      return Presets.sawahlunto.policy
    default:
      return undefined
  }
}

/** Whether a value is one of the built-in policies (already valid: no need to decode it again). */
export const isPolicyPreset = (u: unknown): u is Policy.Policy =>
  u === Presets.nationalPolicy.policy ||
  u === Presets.bukittinggi.policy ||
  u === Presets.muaratebo.policy ||
  u === Presets.sawahlunto.policy
