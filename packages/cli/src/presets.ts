/**
 * The named presets the CLI accepts for `--policy`: each policy with the rule set that decides rewards and
 * remediation for it.
 *
 * @since 0.1.0
 */
import { type Policy, Presets, type Rule } from "@pembinaan/core"

/**
 * A preset: its policy and the rule set that goes with it.
 *
 * @since 0.1.0
 */
export interface Preset {
  readonly policy: Policy.Policy
  readonly rules: Rule.RuleSet
}

/**
 * Every preset by name.
 *
 * @since 0.1.0
 */
export const presets: Readonly<Record<string, Preset>> = {
  national: { policy: Presets.nationalPolicy.policy, rules: Presets.rules.national },
  bukittinggi: { policy: Presets.bukittinggi.policy, rules: Presets.regionRules.bukittinggi },
  muaratebo: { policy: Presets.muaratebo.policy, rules: Presets.regionRules.muaratebo },
  sawahlunto: { policy: Presets.sawahlunto.policy, rules: Presets.regionRules.sawahlunto }
}

/**
 * The preset whose policy has this id, if any (so a policy file that is a copy of a preset gets its rules).
 *
 * @since 0.1.0
 */
export const presetFor = (policy: Policy.Policy): Preset | undefined =>
  Object.values(presets).find((p) => p.policy.id === policy.id)
