/**
 * The built-in policies a display widget's `preset` attribute can name (as `<asn-evaluation-form preset>` does):
 * `nasional` (or `national`), `bukittinggi`, `muaratebo`, `sawahlunto`. Names are case-insensitive. Each policy is a
 * module of its own, loaded the first time a page names it, so a page that shows its own policy (or names one
 * preset) does not load the others.
 *
 * @internal
 */
import type { Policy } from "@pembinaan/core"

const loaders: Readonly<Record<string, () => Promise<{ readonly policy: Policy.Policy }>>> = {
  nasional: () => import("./preset-policies/national.js"),
  national: () => import("./preset-policies/national.js"),
  bukittinggi: () => import("./preset-policies/bukittinggi.js"),
  muaratebo: () => import("./preset-policies/muaratebo.js"),
  sawahlunto: () => import("./preset-policies/sawahlunto.js")
}

/** The built-in policies loaded so far (already valid: no need to decode them again). */
const loaded = new WeakSet<object>()

/** A built-in policy by name (loaded on first use), or `undefined` for an unknown name. */
export const policyPreset = (name: string): Promise<Policy.Policy> | undefined => {
  const key = name.trim().toLowerCase()
  const load = Object.hasOwn(loaders, key) ? loaders[key] : undefined
  return load?.().then((m) => {
    loaded.add(m.policy)
    return m.policy
  })
}

/** Whether a value is one of the built-in policies, as {@link policyPreset} gave it. */
export const isPolicyPreset = (u: unknown): u is Policy.Policy => typeof u === "object" && u !== null && loaded.has(u)
