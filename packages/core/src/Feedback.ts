/**
 * 360-degree behaviour feedback (umpan balik) on the BerAKHLAK values, PermenPAN-RB 6/2022 Pasal 18–19 and
 * PP 30/2019 Pasal 41(3)–(4).
 *
 * Raters belong to one of five {@link raterGroups}. A rater scores each of the seven core values on the policy's
 * scale. The result is computed exactly:
 *
 * - a group's score per value is the mean of its raters' scores;
 * - the total per value is `Σ w_g × mean_g / Σ w_g` over the **contributing** groups (weight > 0, at least one
 *   rater, quorum met). A missing group is left out and the other weights are renormalised; it never counts as 0
 *   (two present groups scoring 5 give 5);
 * - the overall score is the mean of the seven value totals. Scores are rounded once, for display, with the
 *   policy's rounding; decisions ({@link toRating}) use the exact value through a Band table.
 *
 **One threshold.** A policy has one group threshold `k`, `anonymity.minimumGroupSize` (5 in the preset), and every
 * rule about small groups uses it; there is no second number:
 *
 * - a group named by a quorum rule ({@link Quorum}) with 1 to `k − 1` raters makes the result `insufficient`
 *   (reason `below-quorum`, `minimum: k`) or is left out of the total (`exclude`);
 * - any other anonymous group with 1 to `k − 1` raters counts in the total but its breakdown is hidden
 *   (`below-minimum`); `identified` groups (atasan, diri-sendiri: the rater is known anyway) are always shown;
 * - because the weights are public, the total minus the shown groups reveals the hidden ones, so suppression is
 *   **complementary**: while the hidden contributing groups together have fewer than `k` raters, the smallest shown
 *   anonymous group is hidden too (`complementary`). If no group is left to hide, the result is `insufficient`
 *   (reason `anonymity`, reported only when no `below-quorum` reason already says why). What the total then reveals
 *   about hidden groups is one blend of at least `k` raters, which determines no rater's score.
 *
 * A group of `k − 1` raters is therefore never shown or counted alone, a group of `k` is. Every reason carries the
 * same `k`, so a host shows one sentence ("fewer than k raters") for all of them. A quorum rule's own `minimum` is
 * optional and, when given, must equal `k` ({@link policyProblems}).
 *
 * Across time, two reports on one employee can be differenced: show reports through
 * `FeedbackRelease.release`, which releases one result per cycle and withholds a report whose raters differ
 * from an earlier one by fewer than the minimum (see its threat model).
 *
 * No national rater weights exist (REFERENCE UNCONFIRMED 18): weights, quorum and anonymity are policy data.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Behaviour from "./Behaviour.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"
import { ratio, readWeight, Weight } from "./Survey.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The rater groups: atasan (superior), rekan kerja (peers), bawahan (subordinates), diri sendiri (self) and pihak
 * lain (other stakeholders), PermenPAN-RB 6/2022 Pasal 18.
 *
 * @category models
 * @since 0.1.0
 */
export const raterGroups = ["atasan", "rekan-kerja", "bawahan", "diri-sendiri", "pihak-lain"] as const

/**
 * @category models
 * @since 0.1.0
 */
export const RaterGroup = Schema.Literals(raterGroups)

/**
 * @category models
 * @since 0.1.0
 */
export type RaterGroup = typeof RaterGroup.Type

/**
 * One rater's submission: an id (used only to detect a rater counted twice, never shown), the group and a score
 * for every BerAKHLAK value.
 *
 * @category models
 * @since 0.1.0
 */
export const Rating = Schema.Struct({
  rater: Schema.NonEmptyString,
  group: RaterGroup,
  scores: Schema.Record(Behaviour.CoreValue, Schema.Finite)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Rating = typeof Rating.Type

/**
 * A quorum rule: the group, with 1 to `k − 1` raters (`k` the policy's one threshold,
 * `anonymity.minimumGroupSize`), makes the result `insufficient` or is `exclude`d (left out, the other weights
 * renormalised). A group with no raters at all is handled by `required` and by renormalisation, not by quorum.
 * `minimum` may be omitted; when given it must equal `k` (a policy with two thresholds is refused).
 *
 * @category models
 * @since 0.1.0
 */
export const Quorum = Schema.Struct({
  group: RaterGroup,
  minimum: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))),
  onShortfall: Schema.Literals(["insufficient", "exclude"])
})

/**
 * @category models
 * @since 0.1.0
 */
export type Quorum = typeof Quorum.Type

/**
 * A 360 policy. `weights` has one entry per group (0 for a group that does not count) and must sum to exactly 1;
 * `required` groups must contribute (the Pimpinan must give feedback, Pasal 18(1)); `anonymity.identified` groups
 * are shown whatever their size.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  scale: Schema.Struct({ min: Schema.Finite, max: Schema.Finite }),
  weights: Schema.Record(RaterGroup, Weight),
  quorum: Schema.Array(Quorum),
  required: Schema.Array(RaterGroup),
  anonymity: Schema.Struct({
    minimumGroupSize: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
    identified: Schema.Array(RaterGroup)
  }),
  rounding: Exact.Rounding,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * Why a result is insufficient.
 *
 * @category models
 * @since 0.1.0
 */
export type Reason =
  | { readonly reason: "below-quorum"; readonly group: RaterGroup; readonly raters: number; readonly minimum: number }
  | { readonly reason: "required-group-missing"; readonly group: RaterGroup }
  | { readonly reason: "no-contributing-group" }
  | { readonly reason: "anonymity"; readonly anonymousRaters: number; readonly minimum: number }

/**
 * A score shown: rounded for display, with the exact value as `"n/d"` text.
 *
 * @category models
 * @since 0.1.0
 */
export interface Shown {
  readonly score: Exact.Rounded
  readonly exact: string
}

/**
 * A group's score as shown: the rounded display value only. Unlike {@link Shown} it carries neither the exact
 * `n/d` fraction nor the exact value before rounding (`Rounded.before`): those would tell more than the rounded
 * figure (a denominator gives away the rater count behind a mean, and exact means let two reports be differenced
 * without rounding noise).
 *
 * @category models
 * @since 0.4.0
 */
export interface GroupShown {
  readonly score: Omit<Exact.Rounded, "before">
}

/**
 * One group's line: always its rater count and role in the total; its scores only when disclosed, and then rounded
 * only ({@link GroupShown}).
 *
 * @category models
 * @since 0.1.0
 */
export type GroupBreakdown =
  | {
      readonly group: RaterGroup
      readonly raters: number
      readonly contributes: boolean
      /** The renormalised weight in the total (exact), when the group contributes. */
      readonly weight: string | null
      readonly status: "disclosed"
      readonly overall: GroupShown
      readonly values: { readonly [K in Behaviour.CoreValue]: GroupShown }
    }
  | {
      readonly group: RaterGroup
      readonly raters: number
      readonly contributes: boolean
      readonly weight: string | null
      readonly status: "suppressed"
      /** `below-minimum`: fewer raters than the minimum; `complementary`: hidden so others cannot be derived. */
      readonly reason: "below-minimum" | "complementary"
    }

/**
 * A 360 result. `sufficient` results carry the total per value and overall; `insufficient` ones carry the reasons
 * and no score. Neither names a rater.
 *
 * @category models
 * @since 0.1.0
 */
export type Result360 =
  | {
      readonly kind: "feedback"
      readonly status: "sufficient"
      readonly overall: Shown
      readonly exact: string
      readonly scale: { readonly min: number; readonly max: number }
      readonly values: { readonly [K in Behaviour.CoreValue]: Shown }
      readonly groups: ReadonlyArray<GroupBreakdown>
      readonly suppressed: ReadonlyArray<{
        readonly group: RaterGroup
        readonly reason: "below-minimum" | "complementary"
      }>
      readonly excluded: ReadonlyArray<{
        readonly group: RaterGroup
        readonly raters: number
        readonly minimum: number
      }>
      readonly trace: Trace
    }
  | {
      readonly kind: "feedback"
      readonly status: "insufficient"
      readonly reasons: ReadonlyArray<Reason>
      readonly scale: { readonly min: number; readonly max: number }
      readonly groups: ReadonlyArray<{ readonly group: RaterGroup; readonly raters: number }>
      readonly trace: Trace
    }

/**
 * The explanation of a 360 result.
 *
 * @category models
 * @since 0.1.0
 */
export interface Trace {
  readonly rule: "feedback-360"
  readonly formula: "total_v = Σ w_g·mean_g,v / Σ w_g (contributing groups); overall = mean_v total_v"
  readonly weights: { readonly [K in RaterGroup]: string }
  readonly contributing: ReadonlyArray<RaterGroup>
  readonly renormalisedBy: string | null
  readonly minimumGroupSize: number
  readonly rounding: Exact.Rounding
  readonly legalBasis: LegalBasis
}

/**
 * A perilaku kerja rating derived from a 360 result, with its band trace.
 *
 * @category models
 * @since 0.1.0
 */
export interface RatingEvidence {
  readonly rating: Quadrant.Rating
  readonly classification: Band.Classification
  readonly trace: { readonly rule: "feedback-to-perilaku"; readonly source: Trace }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Group weights that do not sum to exactly 1.
 *
 * @category errors
 * @since 0.1.0
 */
export class WeightsDoNotSum extends Data.TaggedError("WeightsDoNotSum")<{
  readonly sum: string
  readonly expected: string
}> {}

/**
 * A rating was asked of an insufficient result.
 *
 * @category errors
 * @since 0.1.0
 */
export class InsufficientFeedback extends Data.TaggedError("InsufficientFeedback")<{
  readonly reasons: ReadonlyArray<unknown>
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type FeedbackError = Input.InvalidInput | WeightsDoNotSum | InsufficientFeedback | Band.ScoreOutOfRange

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * The problems of a 360 policy (empty when valid): an empty scale, unreadable or negative weights, duplicate quorum
 * rules, and a quorum `minimum` other than the policy's one threshold `anonymity.minimumGroupSize` (code
 * `threshold`). Weights not summing to 1 are reported by {@link groupWeights}.
 *
 * @category validation
 * @since 0.1.0
 */
export const policyProblems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  if (!(policy.scale.min < policy.scale.max)) {
    out.push({ path: ["scale"], code: "empty-range", message: "scale.min must be below scale.max" })
  }
  for (const g of raterGroups) {
    const w = readWeight(policy.weights[g])
    if (Result.isFailure(w)) out.push({ path: ["weights", g], code: "invalid", message: "not a number" })
    else if (w.success.n < 0n) out.push({ path: ["weights", g], code: "negative", message: "a weight must be ≥ 0" })
  }
  const seen = new Set<string>()
  policy.quorum.forEach((q, i) => {
    if (seen.has(q.group))
      out.push({ path: ["quorum", i, "group"], code: "duplicate", message: `second rule for ${q.group}` })
    seen.add(q.group)
    const k = policy.anonymity.minimumGroupSize
    if (q.minimum !== undefined && q.minimum !== k)
      out.push({
        path: ["quorum", i, "minimum"],
        code: "threshold",
        message: `a policy has one group threshold: the quorum minimum must equal anonymity.minimumGroupSize (${k}), got ${q.minimum}`
      })
  })
  return out
}

/**
 * The exact weight of each group, validated: every weight readable and ≥ 0, and the sum exactly 1.
 *
 * @example
 * ```ts
 * import { Feedback } from "@pembinaan/core"
 * Feedback.groupWeights(policy) // => Result.succeed({ atasan: 1/2, "rekan-kerja": 3/10, bawahan: 1/5, … })
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const groupWeights = (
  policy: Policy
): Result.Result<{ readonly [K in RaterGroup]: Exact.Exact }, Input.InvalidInput | WeightsDoNotSum> => {
  const hit = weightCache.get(policy)
  if (hit) return hit
  const result = readGroupWeights(policy)
  weightCache.set(policy, result)
  return result
}

/** Policies are immutable data: their checked weights are computed once per policy object. */
const weightCache = new WeakMap<
  Policy,
  Result.Result<{ readonly [K in RaterGroup]: Exact.Exact }, Input.InvalidInput | WeightsDoNotSum>
>()

const readGroupWeights = (
  policy: Policy
): Result.Result<{ readonly [K in RaterGroup]: Exact.Exact }, Input.InvalidInput | WeightsDoNotSum> => {
  const problems = policyProblems(policy)
  if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "FeedbackPolicy", problems }))
  const out = {} as Record<RaterGroup, Exact.Exact>
  for (const g of raterGroups) out[g] = Result.getOrThrow(readWeight(policy.weights[g]))
  const total = Exact.sum(Object.values(out))
  return Exact.equals(total, Exact.one)
    ? Result.succeed(out)
    : Result.fail(new WeightsDoNotSum({ sum: Exact.format(total), expected: "1" }))
}

/**
 * Decodes a 360 policy document and validates it.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput | WeightsDoNotSum> =>
  Result.flatMap(Input.decode(Policy, "FeedbackPolicy")(input), (p) => Result.map(groupWeights(p), () => p))

/**
 * Decodes untrusted ratings, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeRatings = Input.decode(Schema.Array(Rating), "FeedbackRatings")

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const values = Behaviour.coreValues
const nValues = BigInt(values.length)

/**
 * Computes a 360 result from typed ratings under a policy. Scores outside the policy scale and a rater id used
 * twice are problems with their paths (`[index, "scores", value]`, `[index, "rater"]`). See the module
 * documentation for renormalisation, quorum and anonymity.
 *
 * @example
 * ```ts
 * import { Feedback } from "@pembinaan/core"
 * // weights atasan 0.5, rekan-kerja 0.3, bawahan 0.2; no bawahan rated; atasan and rekan-kerja both gave 5
 * Feedback.aggregate(policy, ratings) // => Result.succeed({ status: "sufficient", overall: { score: { text: "5.00" } } … })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const aggregate: {
  (ratings: ReadonlyArray<Rating>): (policy: Policy) => Result.Result<Result360, Input.InvalidInput | WeightsDoNotSum>
  (policy: Policy, ratings: ReadonlyArray<Rating>): Result.Result<Result360, Input.InvalidInput | WeightsDoNotSum>
} = dual(
  2,
  (policy: Policy, ratings: ReadonlyArray<Rating>): Result.Result<Result360, Input.InvalidInput | WeightsDoNotSum> =>
    Result.flatMap(groupWeights(policy), (weights) => {
      const problems: Array<Input.Problem> = []
      const lo = Exact.fromFinite(policy.scale.min)
      const hi = Exact.fromFinite(policy.scale.max)
      const seen = new Set<string>()
      const count: Record<string, number> = {}
      const sums: Record<string, Record<string, Exact.Exact>> = {}
      for (const g of raterGroups) {
        count[g] = 0
        sums[g] = Object.fromEntries(values.map((v) => [v, Exact.zero]))
      }
      ratings.forEach((r, i) => {
        if (seen.has(r.rater)) {
          problems.push({ path: [i, "rater"], code: "duplicate", message: "this rater already rated this employee" })
          return
        }
        seen.add(r.rater)
        let ok = true
        const xs: Array<Exact.Exact> = []
        for (const v of values) {
          const x = Exact.fromNumber(r.scores[v])
          if (Result.isFailure(x) || Exact.lessThan(x.success, lo) || Exact.lessThan(hi, x.success)) {
            problems.push({
              path: [i, "scores", v],
              code: "out-of-range",
              message: `score ${String(r.scores[v])} is outside ${policy.scale.min}–${policy.scale.max}`
            })
            ok = false
          } else xs.push(x.success)
        }
        if (!ok) return
        count[r.group] = (count[r.group] ?? 0) + 1
        const s = sums[r.group] as Record<string, Exact.Exact>
        values.forEach((v, k) => {
          s[v] = Exact.add(s[v] as Exact.Exact, xs[k] as Exact.Exact)
        })
      })
      if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "FeedbackRatings", problems }))
      return Result.succeed(compute(policy, weights, count as Record<RaterGroup, number>, sums))
    })
)

const compute = (
  policy: Policy,
  weights: { readonly [K in RaterGroup]: Exact.Exact },
  count: Record<RaterGroup, number>,
  sums: Record<string, Record<string, Exact.Exact>>
): Result360 => {
  const k = policy.anonymity.minimumGroupSize
  const identified = new Set<RaterGroup>(policy.anonymity.identified)
  const reasons: Array<Reason> = []
  const excluded: Array<{ group: RaterGroup; raters: number; minimum: number }> = []
  const excludedSet = new Set<RaterGroup>()
  for (const q of policy.quorum) {
    const n = count[q.group]
    if (n > 0 && n < k) {
      if (q.onShortfall === "insufficient") {
        reasons.push({ reason: "below-quorum", group: q.group, raters: n, minimum: k })
      } else {
        excluded.push({ group: q.group, raters: n, minimum: k })
        excludedSet.add(q.group)
      }
    }
  }
  const contributing = raterGroups.filter((g) => weights[g].n > 0n && count[g] > 0 && !excludedSet.has(g))
  for (const g of policy.required) {
    if (!contributing.includes(g) && !reasons.some((r) => r.reason === "below-quorum" && r.group === g)) {
      reasons.push({ reason: "required-group-missing", group: g })
    }
  }
  if (contributing.length === 0) reasons.push({ reason: "no-contributing-group" })

  // Disclosure: primary suppression, then complementary suppression among contributing anonymous groups.
  const anonymous = (g: RaterGroup) => !identified.has(g)
  const suppressed = new Map<RaterGroup, "below-minimum" | "complementary">()
  for (const g of raterGroups) if (count[g] > 0 && anonymous(g) && count[g] < k) suppressed.set(g, "below-minimum")
  const residual = () => contributing.filter((g) => suppressed.has(g)).reduce((n, g) => n + count[g], 0)
  while (residual() > 0 && residual() < k) {
    const candidates = contributing
      .filter((g) => anonymous(g) && !suppressed.has(g))
      .sort((a, b) => count[a] - count[b] || raterGroups.indexOf(a) - raterGroups.indexOf(b))
    const next = candidates[0]
    if (!next) break
    suppressed.set(next, "complementary")
  }
  const anonymousRaters = contributing.filter(anonymous).reduce((n, g) => n + count[g], 0)
  // one fact, one reason: a group below the quorum already says why its raters cannot be shown
  if (residual() > 0 && residual() < k && !reasons.some((r) => r.reason === "below-quorum"))
    reasons.push({ reason: "anonymity", anonymousRaters, minimum: k })

  const totalWeight = Exact.sum(contributing.map((g) => weights[g]))
  const shares = new Map<RaterGroup, Exact.Exact>(
    contributing.map((g) => [
      g,
      Result.getOrThrow(Exact.divide(weights[g], totalWeight.n === 0n ? Exact.one : totalWeight))
    ])
  )
  const share = (g: RaterGroup): Exact.Exact => shares.get(g) ?? Exact.zero
  const trace: Trace = {
    rule: "feedback-360",
    formula: "total_v = Σ w_g·mean_g,v / Σ w_g (contributing groups); overall = mean_v total_v",
    weights: Object.fromEntries(raterGroups.map((g) => [g, Exact.format(weights[g])])) as Trace["weights"],
    contributing,
    renormalisedBy: Exact.equals(totalWeight, Exact.one) || totalWeight.n === 0n ? null : Exact.format(totalWeight),
    minimumGroupSize: k,
    rounding: policy.rounding,
    legalBasis: policy.legalBasis
  }
  const scale = { min: policy.scale.min, max: policy.scale.max }
  if (reasons.length > 0) {
    return {
      kind: "feedback",
      status: "insufficient",
      reasons,
      scale,
      groups: raterGroups.filter((g) => count[g] > 0).map((g) => ({ group: g, raters: count[g] })),
      trace
    }
  }
  const show = (x: Exact.Exact): Shown => ({ score: Exact.round(x, policy.rounding), exact: ratio(x) })
  const showGroup = (x: Exact.Exact): GroupShown => {
    const { before: _before, ...score } = Exact.round(x, policy.rounding)
    return { score }
  }
  const means = new Map<RaterGroup, ReadonlyArray<Exact.Exact>>(
    raterGroups
      .filter((g) => count[g] > 0)
      .map((g) => {
        const inverse = Exact.fraction(1, count[g])
        return [
          g,
          values.map((v) => Exact.multiply((sums[g] as Record<string, Exact.Exact>)[v] as Exact.Exact, inverse))
        ]
      })
  )
  const mean = (g: RaterGroup, k: number): Exact.Exact => (means.get(g) as ReadonlyArray<Exact.Exact>)[k] as Exact.Exact
  const totals = values.map((_, k) => Exact.sum(contributing.map((g) => Exact.multiply(share(g), mean(g, k)))))
  const overall = Exact.multiply(Exact.sum(totals), Exact.fraction(1n, nValues))
  const groups: Array<GroupBreakdown> = raterGroups
    .filter((g) => count[g] > 0)
    .map((g): GroupBreakdown => {
      const contributes = contributing.includes(g)
      const base = { group: g, raters: count[g], contributes, weight: contributes ? Exact.format(share(g)) : null }
      const why = suppressed.get(g)
      if (why) return { ...base, status: "suppressed", reason: why }
      const groupMeans = means.get(g) as ReadonlyArray<Exact.Exact>
      return {
        ...base,
        status: "disclosed",
        overall: showGroup(Exact.multiply(Exact.sum(groupMeans), Exact.fraction(1n, nValues))),
        values: Object.fromEntries(values.map((v, i) => [v, showGroup(groupMeans[i] as Exact.Exact)])) as {
          [K in Behaviour.CoreValue]: GroupShown
        }
      }
    })
  return {
    kind: "feedback",
    status: "sufficient",
    overall: show(overall),
    exact: ratio(overall),
    scale,
    values: Object.fromEntries(values.map((v, i) => [v, show(totals[i] as Exact.Exact)])) as {
      [K in Behaviour.CoreValue]: Shown
    },
    groups,
    suppressed: [...suppressed].map(([group, reason]) => ({ group, reason })),
    excluded,
    trace
  }
}

/**
 * Decodes untrusted ratings (every problem with its path) and aggregates them with {@link aggregate}.
 *
 * @category combinators
 * @since 0.1.0
 */
export const evaluate: {
  (input: unknown): (policy: Policy) => Result.Result<Result360, Input.InvalidInput | WeightsDoNotSum>
  (policy: Policy, input: unknown): Result.Result<Result360, Input.InvalidInput | WeightsDoNotSum>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<Result360, Input.InvalidInput | WeightsDoNotSum> =>
    Result.flatMap(decodeRatings(input), (ratings) => aggregate(policy, ratings))
)

/**
 * The problems of a perilaku rating table: Band problems, and labels that are not the three
 * {@link Quadrant.ratings}.
 *
 * @category validation
 * @since 0.1.0
 */
export const ratingTableProblems = (table: Band.Table): ReadonlyArray<Input.Problem> => [
  ...Band.problems(table),
  ...table.bands.flatMap((b, i) =>
    Quadrant.isRating(b.label)
      ? []
      : [{ path: ["bands", i, "label"], code: "unknown-rating", message: `"${b.label}" is not a Quadrant rating` }]
  )
]

/**
 * Maps a sufficient 360 result to a perilaku kerja {@link Quadrant.Rating} through a policy Band table whose labels
 * are the three ratings (ascending), classifying the **exact** overall score with the table's rounding. An
 * insufficient result fails with {@link InsufficientFeedback} carrying its reasons; a table with other labels
 * fails with {@link Input.InvalidInput}.
 *
 * @example
 * ```ts
 * import { Feedback } from "@pembinaan/core"
 * // table: Dibawah from 1, Sesuai from 3, Diatas from 4.25 (scale 2, half-up)
 * Feedback.toRating(table, result) // => Result.succeed({ rating: "Diatas Ekspektasi", … }) for an overall of 4.60
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const toRating: {
  (result: Result360): (table: Band.Table) => Result.Result<RatingEvidence, FeedbackError>
  (table: Band.Table, result: Result360): Result.Result<RatingEvidence, FeedbackError>
} = dual(2, (table: Band.Table, result: Result360): Result.Result<RatingEvidence, FeedbackError> => {
  const problems = ratingTableProblems(table)
  if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "PerilakuTable", problems }))
  if (result.status === "insufficient") return Result.fail(new InsufficientFeedback({ reasons: result.reasons }))
  const exact = Result.getOrThrow(readWeight(result.exact))
  return Result.map(Band.classify(table, exact), (classification) => ({
    rating: classification.label as Quadrant.Rating,
    classification,
    trace: { rule: "feedback-to-perilaku", source: result.trace }
  }))
})
