/**
 * The browser guard of a policy document (core's `Policy.Policy` Schema, its shape): `<asn-policy-view>` and
 * `<asn-evaluation-form>` check a policy with it, then run core's Schema-free `Policy.problems` for the semantic
 * checks, as `Policy.decode` does, without effect's Schema runtime. Property-tested against core's Schema
 * (`test/policy-guard.test.ts`): same values accepted, same refused, same problem paths.
 *
 * @internal
 */
import { Limits, Policy } from "@pembinaan/core"
import {
  array,
  between,
  boolean,
  finite,
  type Guard,
  int,
  isRecord,
  literals,
  nullOr,
  optional,
  type Problem,
  record,
  refine,
  string,
  struct
} from "./guard.js"
import { distributionPolicy, legalBasis, matrix, rating, rounding } from "./guards.js"

/**
 * A Schema.Union of structs told apart by a literal key, as Schema reports it: the member whose key matches is
 * checked; a value that is no object or matches no member is one problem at the union's own path.
 */
const oneOf = (key: string, members: Readonly<Record<string, Guard<unknown>>>): Guard<unknown> =>
  ((u: unknown, p: ReadonlyArray<string | number>, o: Array<Problem>) => {
    const tag = isRecord(u) ? u[key] : undefined
    if (typeof tag === "string" && Object.hasOwn(members, tag)) return (members[tag] as Guard<unknown>)(u, p, o)
    o.push({ path: p, message: `Expected an object with ${key} ${Object.keys(members).join(" | ")}` })
    return false
  }) as Guard<unknown>

const nonEmpty = /* @__PURE__ */ refine(string, (s) => s.length > 0, "Expected a non-empty string")
const pattern = (re: RegExp, message: string) => /* @__PURE__ */ refine(string, (s) => re.test(s), message)

const id = /* @__PURE__ */ pattern(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id")
const dateString = /* @__PURE__ */ pattern(
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  "expected a date YYYY-MM-DD"
)

/** Indicator.Definition. */
const indicator = /* @__PURE__ */ struct({
  id,
  label: nonEmpty,
  category: /* @__PURE__ */ pattern(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "expected a kebab-case category id"),
  direction: /* @__PURE__ */ literals(["higher-is-better", "lower-is-better", "range"]),
  unit: /* @__PURE__ */ optional(string),
  cap: /* @__PURE__ */ optional(/* @__PURE__ */ refine(finite, (n) => n > 0, "Expected a value greater than 0")),
  description: /* @__PURE__ */ optional(string),
  legalBasis: /* @__PURE__ */ optional(legalBasis)
})

/** Policy.Scorecard. */
const scorecard = /* @__PURE__ */ struct({
  id,
  label: nonEmpty,
  description: /* @__PURE__ */ optional(string),
  weights: /* @__PURE__ */ array(/* @__PURE__ */ struct({ indicator: string, weight: finite }), 1)
})

const bandOf = <L>(label: Guard<L>) =>
  /* @__PURE__ */ struct({
    label,
    lower: finite,
    upper: /* @__PURE__ */ optional(finite),
    description: /* @__PURE__ */ optional(string)
  })

/** Band.Table's fields in core's order, with the bands' label guard given. */
const table = <L>(label: Guard<L>) =>
  /* @__PURE__ */ struct({
    rounding,
    range: /* @__PURE__ */ struct({ min: finite, max: finite }),
    outOfRange: /* @__PURE__ */ literals(["reject", "clamp"]),
    bands: /* @__PURE__ */ array(bandOf(label), 1),
    legalBasis
  })

/** Band.Table. */
const bandTable = /* @__PURE__ */ table(nonEmpty)

/** Policy.RatingTable. */
const ratingTable = /* @__PURE__ */ table(rating)

const point = /* @__PURE__ */ struct({ capaian: finite, nilai: finite })

/** Skp.IkiScheme. */
const iki = /* @__PURE__ */ struct({
  kategori: bandTable,
  segments: /* @__PURE__ */ record(/* @__PURE__ */ struct({ from: point, to: point })),
  maxNilai: finite,
  targetMaksimal: point,
  legalBasis
})

const scale = /* @__PURE__ */ struct({ min: finite, max: finite, rounding })

const fromRating = /* @__PURE__ */ struct({ source: /* @__PURE__ */ literals(["rating"]), legalBasis })

const level = /* @__PURE__ */ between(int, 1, 7)

const strategies = ["last", "worst", "mean", "trend"] as const
const periodic = /* @__PURE__ */ struct({
  strategy: /* @__PURE__ */ literals(strategies),
  missing: /* @__PURE__ */ literals(["reject", "use-available"]),
  minPeriods: /* @__PURE__ */ between(int, 1, 12)
})

const annualOnly = /* @__PURE__ */ struct({ strategy: /* @__PURE__ */ literals(["annual-only"]) })

/**
 * Period.Strategy as Schema reports it: its second member has no single-literal tag, so it is always tried; the
 * first only when `strategy` is "annual-only"; when both fail, the problems of each tried member, in order.
 */
const strategy: Guard<unknown> = ((u: unknown, p: ReadonlyArray<string | number>, o: Array<Problem>) => {
  if (!isRecord(u)) {
    o.push({ path: p, message: "Expected an annual strategy object" })
    return false
  }
  const found: Array<Problem> = []
  if (u.strategy === "annual-only" && annualOnly(u, p, found)) return true
  const second: Array<Problem> = []
  if (periodic(u, p, second)) return true
  o.push(...found, ...second)
  return false
}) as Guard<unknown>

/** Policy.Policy (its shape; core's `Policy.problems` checks the rest). */
export const policy = /* @__PURE__ */ struct({
  id,
  region: nonEmpty,
  version: /* @__PURE__ */ pattern(/^\d+\.\d+\.\d+$/, "expected a version MAJOR.MINOR.PATCH"),
  title: nonEmpty,
  illustrative: boolean,
  effectivePeriod: /* @__PURE__ */ struct({ from: dateString, to: /* @__PURE__ */ nullOr(dateString) }),
  indicators: /* @__PURE__ */ array(indicator),
  scorecards: /* @__PURE__ */ array(scorecard),
  hasilKerja: /* @__PURE__ */ oneOf("source", {
    rating: fromRating,
    indicators: /* @__PURE__ */ struct({
      source: /* @__PURE__ */ literals(["indicators"]),
      scale,
      scoring: /* @__PURE__ */ oneOf("method", {
        capaian: /* @__PURE__ */ struct({ method: /* @__PURE__ */ literals(["capaian"]), legalBasis }),
        "iki-8-2021": /* @__PURE__ */ struct({ method: /* @__PURE__ */ literals(["iki-8-2021"]), iki, legalBasis })
      }),
      bands: bandTable,
      mapping: ratingTable,
      legalBasis
    })
  }),
  perilakuKerja: /* @__PURE__ */ oneOf("source", {
    rating: fromRating,
    berakhlak: /* @__PURE__ */ struct({
      source: /* @__PURE__ */ literals(["berakhlak"]),
      dibawahIfAtLeast: level,
      diatasIfAtLeast: level,
      legalBasis
    })
  }),
  quadrant: matrix,
  period: /* @__PURE__ */ struct({
    cadence: /* @__PURE__ */ literals(["bulanan", "triwulanan"]),
    annual: strategy,
    legalBasis
  }),
  distribution: distributionPolicy,
  legalBasis,
  locale: /* @__PURE__ */ optional(/* @__PURE__ */ literals(["id", "en"]))
})

/** A problem as core's `Input.Problem` has it. */
export interface PolicyProblem {
  readonly path: ReadonlyArray<string | number>
  readonly code: string
  readonly message: string
}

/**
 * `Policy.decode` without Schema: core's size limits, then the {@link policy} guard, then core's `Policy.problems`.
 * Accepts and refuses what `Policy.decode` does, with problems at the same paths.
 */
export const decodePolicy = (
  input: unknown
):
  | { readonly ok: true; readonly policy: Policy.Policy }
  | { readonly ok: false; readonly problems: ReadonlyArray<PolicyProblem> } => {
  const tooBig = Limits.problems(input, Limits.policy)
  if (tooBig.length > 0) return { ok: false, problems: tooBig }
  try {
    const shape: Array<Problem> = []
    if (!policy(input, [], shape)) return { ok: false, problems: shape.map((p) => ({ ...p, code: "schema" })) }
    const found = Policy.problems(input as Policy.Policy)
    return found.length === 0 ? { ok: true, policy: input as Policy.Policy } : { ok: false, problems: found }
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: [], code: "unreadable", message: e instanceof Error ? e.message : String(e) }]
    }
  }
}
