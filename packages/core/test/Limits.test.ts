import { Limits, Policy, Presets, Rule } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const policyDoc = () => JSON.parse(JSON.stringify(Policy.encode(Presets.bukittinggi.policy)))
const ruleDoc = () => JSON.parse(JSON.stringify(Presets.rules.national))

const nested = (levels: number, kind: "not" | "all" | "any") => {
  let c: unknown = { kind: "score", op: "at-least", value: 1 }
  for (let i = 0; i < levels; i++) c = kind === "not" ? { kind, of: c } : { kind, of: [c] }
  return c
}
const withWhen = (when: unknown) => {
  const doc = ruleDoc()
  doc.rules[0].when = when
  return doc
}
const failure = <A>(
  r: Result.Result<
    A,
    { readonly _tag: string; readonly problems: ReadonlyArray<{ path: ReadonlyArray<unknown>; code: string }> }
  >
) => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

describe("Rule.decodeRuleSet never throws on deep conditions", () => {
  it.each([
    [800, "not"],
    [800, "all"],
    [5000, "any"],
    [100_000, "not"]
  ] as const)("%i levels of %s: too-deep with the path of the first condition beyond 64", (levels, kind) => {
    const f = failure(Rule.decodeRuleSet(withWhen(nested(levels, kind))))
    expect(f._tag).toBe("InvalidInput")
    expect(f.problems.length).toBe(1)
    expect(f.problems[0]?.code).toBe("too-deep")
    expect(f.problems[0]?.path.slice(0, 3)).toEqual(["rules", 0, "when"])
  })

  it("64 levels decode (the documented limit), 65 do not", () => {
    const at = Rule.decodeRuleSet(withWhen(nested(Limits.maxConditionDepth - 1, "not")))
    expect(Result.isFailure(at) && at.failure.problems.some((p) => p.code === "too-deep")).toBe(false)
    const beyond = failure(Rule.decodeRuleSet(withWhen(nested(Limits.maxConditionDepth, "not"))))
    expect(beyond.problems[0]?.code).toBe("too-deep")
  })

  it("the national rule set still decodes", () => {
    expect(Result.isSuccess(Rule.decodeRuleSet(ruleDoc()))).toBe(true)
  })
})

describe("Policy.decode never throws on huge documents", () => {
  it("a policy with 1,000,000 bands is refused as too-long with the path", () => {
    const doc = policyDoc()
    doc.hasilKerja.bands.bands = Array.from({ length: 1_000_000 }, (_, i) => ({ label: `L${i}`, from: i }))
    const f = failure(Policy.decode(doc))
    expect(f.problems).toEqual([
      { path: ["hasilKerja", "bands", "bands"], code: "too-long", message: "1000000 items; at most 10000 are read" }
    ])
  })

  it("deep junk and too many values are refused, not thrown", () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(failure(Policy.decode({ ...policyDoc(), extra: deep })).problems[0]?.code).toBe("too-deep")
    const wide = { ...policyDoc(), extra: Array.from({ length: 200 }, () => Array.from({ length: 9000 }, () => 0)) }
    expect(failure(Policy.decode(wide)).problems[0]?.code).toBe("too-large")
  })

  it("every preset policy stays within the limits", () => {
    expect(Result.isSuccess(Policy.decode(policyDoc()))).toBe(true)
    expect(Limits.problems(policyDoc(), Limits.policy)).toEqual([])
  })

  it("property: decode answers a Result for any JSON value, never throws", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => {
        const p = Policy.decode(json)
        const r = Rule.decodeRuleSet(json)
        return (Result.isSuccess(p) || Result.isFailure(p)) && (Result.isSuccess(r) || Result.isFailure(r))
      }),
      { numRuns: 300 }
    )
  })
})
