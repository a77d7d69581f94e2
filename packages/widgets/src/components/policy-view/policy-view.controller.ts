import { type Policy, Quadrant } from "@pembinaan/core"
import type { Result } from "effect"
import { problemsOf } from "../../internal/data.controller.js"
import { uniqueCitations } from "../../internal/legal.js"
import { decodePolicy } from "../../internal/policy-guard.js"
import { isPolicyPreset } from "../../internal/presets.js"
import * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * Checks the JSON of `<asn-policy-view>` as core's `Policy.decode` does, without Schema (`decodePolicy`: every schema
 * and semantic problem, with its path): a portal shows only a policy that core would apply.
 *
 * @since 0.3.0
 */
export const readPolicy = (input: unknown): Result.Result<Policy.Policy, ReadonlyArray<string>> =>
  toResult(checkPolicy(input))

/**
 * `readPolicy` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkPolicy = (input: unknown): Read.Read<Policy.Policy> => {
  if (isPolicyPreset(input)) return Read.succeed(input)
  const r = decodePolicy(input)
  return r.ok ? Read.succeed(r.policy) : Read.fail(problemsOf(r))
}

/**
 * Derived facts of a policy for display: the quadrant as rows, the indicator names, and every legal basis cited.
 *
 * @since 0.3.0
 */
export class PolicyViewController {
  /** Rows of the quadrant: hasil kerja (high to low) × perilaku kerja (low to high). */
  quadrant(policy: Policy.Policy) {
    const hasil = [...Quadrant.ratings].reverse()
    return hasil.map((h) => ({ hasil: h, cells: Quadrant.ratings.map((p) => policy.quadrant.cells[h][p]) }))
  }

  indicatorLabel(policy: Policy.Policy, id: string): string {
    return policy.indicators.find((d) => d.id === id)?.label ?? id
  }

  legalBasis(policy: Policy.Policy) {
    const hk = policy.hasilKerja
    return uniqueCitations([
      policy.legalBasis,
      hk.legalBasis,
      hk.source === "indicators" ? hk.scoring.legalBasis : undefined,
      hk.source === "indicators" ? hk.bands.legalBasis : undefined,
      hk.source === "indicators" ? hk.mapping.legalBasis : undefined,
      policy.perilakuKerja.legalBasis,
      policy.quadrant.legalBasis,
      policy.period.legalBasis,
      ...policy.indicators.map((d) => d.legalBasis),
      ...Object.values(policy.distribution.guidelines).flatMap((gs) => gs.map((g) => g.legalBasis))
    ])
  }
}
