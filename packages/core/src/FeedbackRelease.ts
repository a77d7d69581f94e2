/**
 * Releasing 360 results over time without letting two reports be differenced.
 *
 * {@link Feedback.aggregate} protects one report: no group under the policy's one group threshold `k`
 * (`anonymity.minimumGroupSize`, also the quorum) is shown, and suppression is complementary. The release rule below
 * uses the same `k`, so every reason a host shows names one number. Reports are not seen alone, though. Whoever sees two reports on the same employee whose rater
 * memberships differ by one rater learns that rater's seven scores: supervisor + 5 peers at one time and the same
 * + 1 subordinate later give the subordinate's scores from the two totals, even from 2-decimal display values; the
 * same holds for a 6th peer joining a disclosed group and for one rater swapped between two overlapping groups.
 *
 * **Threat model.** The attacker sees every released report on an employee (the employee, a colleague, a leak),
 * knows the policy (weights, rounding, `k`), knows or guesses who rated, and that scores are on the policy scale.
 * They combine released reports linearly or by enumeration. Out of scope: a rater's own answers (they know them),
 * homogeneity (k raters who all give the same score reveal it by the mean) and collusion of `k − 1` raters.
 *
 * **Release rule** ({@link release}), applied by the host to every 360 report it shows:
 *
 * 1. *Frozen per cycle*: an employee's 360 result is released once per cycle. A second report in the same cycle is
 *    withheld (`already-released`); the host shows the stored first one. An insufficient result releases no score
 *    and does not freeze the cycle.
 * 2. *k-distance*: a report whose membership (the `(group, rater)` pairs behind a published number, identified
 *    groups excepted) differs from any earlier released one by at least 1 and fewer than `k` pairs is withheld
 *    (`too-close`). The difference of two released reports is then a blend of at least `k` raters.
 * 3. *No determinable rater*: every published number is a linear form in the raters' scores (the total gives
 *    `share_g / n_g` to each rater of group `g`, a disclosed group `1 / n_g`). If the forms of all released reports
 *    and the candidate together determine one anonymous rater's score exactly (the rater's unit vector lies in
 *    their span, computed exactly), the candidate is withheld (`determinable`). Rounding only removes information,
 *    so a report that passes this check also determines nobody from display values, beyond homogeneity.
 *
 * A released report carries no exact fraction of a group (group lines are rounded only, {@link Feedback.GroupShown}).
 * The {@link ReleaseRecord} it returns names the raters and must be stored by the host, never shown.
 *
 * @since 0.4.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Exact from "./Exact.js"
import * as Feedback from "./Feedback.js"
import * as Input from "./Input.js"
import { ratio, readWeight } from "./Survey.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * One rater behind a released report.
 *
 * @category models
 * @since 0.4.0
 */
export const Member = Schema.Struct({ rater: Schema.NonEmptyString, group: Feedback.RaterGroup })

/**
 * @category models
 * @since 0.4.0
 */
export type Member = typeof Member.Type

/**
 * What the host stores when a report is released: whose report (`subject`), the cycle, the frozen membership, each
 * group's exact share of the total (`"0"` when it does not contribute, as `n/d`) and the disclosed groups. It names
 * raters: keep it server-side, never show it.
 *
 * @category models
 * @since 0.4.0
 */
export const ReleaseRecord = Schema.Struct({
  subject: Schema.NonEmptyString,
  cycle: Schema.NonEmptyString,
  members: Schema.Array(Member),
  shares: Schema.Record(Feedback.RaterGroup, Schema.String),
  disclosed: Schema.Array(Feedback.RaterGroup)
})

/**
 * @category models
 * @since 0.4.0
 */
export type ReleaseRecord = typeof ReleaseRecord.Type

/**
 * Why a report is withheld.
 *
 * @category models
 * @since 0.4.0
 */
export type Withheld =
  | { readonly reason: "already-released"; readonly cycle: string }
  | { readonly reason: "too-close"; readonly cycle: string; readonly changed: number; readonly minimum: number }
  | { readonly reason: "determinable"; readonly raters: number }

/**
 * The answer of {@link release}: `released` with the report to show and the record to store; `insufficient` (the
 * result has no score; nothing to store); or `withheld` with reasons (show nothing new).
 *
 * @category models
 * @since 0.4.0
 */
export type Release =
  | { readonly status: "released"; readonly report: Feedback.Result360; readonly record: ReleaseRecord }
  | { readonly status: "insufficient"; readonly report: Feedback.Result360 }
  | { readonly status: "withheld"; readonly reasons: ReadonlyArray<Withheld> }

/**
 * A request to release one employee's 360 result: the subject (employee id), the cycle (for example `"2026"` or
 * `"2026-S1"`), the ratings, and the records of every earlier release on this subject the host kept (records of
 * other subjects are ignored).
 *
 * @category models
 * @since 0.4.0
 */
export interface Request {
  readonly subject: string
  readonly cycle: string
  readonly ratings: ReadonlyArray<Feedback.Rating>
  readonly history: ReadonlyArray<ReleaseRecord>
}

// ---------------------------------------------------------------------------------------------------------------
// internals: membership and linear forms
// ---------------------------------------------------------------------------------------------------------------

const key = (m: Member): string => `${m.group}\u0000${m.rater}`

/** The record of a sufficient result: members of the groups behind a published number. */
const recordOf = (
  subject: string,
  cycle: string,
  ratings: ReadonlyArray<Feedback.Rating>,
  report: Extract<Feedback.Result360, { status: "sufficient" }>
): ReleaseRecord => {
  const published = new Set(
    report.groups.filter((g) => g.contributes || g.status === "disclosed").map((g) => g.group as string)
  )
  const shares = Object.fromEntries(Feedback.raterGroups.map((g) => [g, "0"])) as Record<Feedback.RaterGroup, string>
  for (const g of report.groups) if (g.contributes && g.weight !== null) shares[g.group] = weightRatio(g.weight)
  return {
    subject,
    cycle,
    members: ratings.filter((r) => published.has(r.group)).map((r) => ({ rater: r.rater, group: r.group })),
    shares,
    disclosed: report.groups.filter((g) => g.status === "disclosed").map((g) => g.group)
  }
}

const weightRatio = (text: string): string => {
  const w = readWeight(text.split(" ≈ ")[0] as string)
  return Result.isSuccess(w) ? ratio(w.success) : "0"
}

/** Pairs in one membership and not the other, identified groups left out (their scores are shown anyway). */
const changedPairs = (a: ReleaseRecord, b: ReleaseRecord, identified: ReadonlySet<string>): number => {
  const anon = (r: ReleaseRecord) => new Set(r.members.filter((m) => !identified.has(m.group)).map(key))
  const x = anon(a)
  const y = anon(b)
  let n = 0
  for (const k of x) if (!y.has(k)) n++
  for (const k of y) if (!x.has(k)) n++
  return n
}

/** The linear forms (rows over rater ids) that a record's published numbers are. */
const formsOf = (record: ReleaseRecord): ReadonlyArray<ReadonlyMap<string, Exact.Exact>> => {
  const byGroup = new Map<Feedback.RaterGroup, Array<string>>()
  for (const m of record.members) byGroup.set(m.group, [...(byGroup.get(m.group) ?? []), m.rater])
  const rows: Array<Map<string, Exact.Exact>> = []
  const total = new Map<string, Exact.Exact>()
  for (const [g, raters] of byGroup) {
    const share = readWeight(record.shares[g] ?? "0")
    const s = Result.isSuccess(share) ? share.success : Exact.zero
    if (s.n !== 0n) {
      const c = Exact.multiply(s, Exact.fraction(1, raters.length))
      for (const r of raters) total.set(r, Exact.add(total.get(r) ?? Exact.zero, c))
    }
    if (record.disclosed.includes(g)) {
      const row = new Map<string, Exact.Exact>()
      for (const r of raters) row.set(r, Exact.add(row.get(r) ?? Exact.zero, Exact.fraction(1, raters.length)))
      rows.push(row)
    }
  }
  if (total.size > 0) rows.push(total)
  return rows
}

/**
 * The anonymous raters whose score the published forms of `records` determine exactly: Gaussian elimination in
 * exact arithmetic, then a rater is determined when its unit vector reduces to zero against the basis.
 */
const determined = (records: ReadonlyArray<ReleaseRecord>, identified: ReadonlySet<string>): ReadonlyArray<string> => {
  const basis: Array<{ pivot: string; row: Map<string, Exact.Exact> }> = []
  const reduce = (input: ReadonlyMap<string, Exact.Exact>): Map<string, Exact.Exact> => {
    const row = new Map(input)
    for (const b of basis) {
      const c = row.get(b.pivot)
      if (c === undefined || c.n === 0n) continue
      for (const [k, v] of b.row) {
        const next = Exact.subtract(row.get(k) ?? Exact.zero, Exact.multiply(c, v))
        if (next.n === 0n) row.delete(k)
        else row.set(k, next)
      }
    }
    return row
  }
  for (const record of records) {
    for (const form of formsOf(record)) {
      const row = reduce(form)
      const first = [...row.entries()].find(([, v]) => v.n !== 0n)
      if (!first) continue
      const [pivot, p] = first
      const inv = Result.getOrThrow(Exact.divide(Exact.one, p))
      const normal = new Map([...row].map(([k, v]) => [k, Exact.multiply(v, inv)]))
      // keep the basis reduced: eliminate the new pivot from earlier rows
      for (const b of basis) {
        const c = b.row.get(pivot)
        if (c === undefined || c.n === 0n) continue
        for (const [k, v] of normal) {
          const next = Exact.subtract(b.row.get(k) ?? Exact.zero, Exact.multiply(c, v))
          if (next.n === 0n) b.row.delete(k)
          else b.row.set(k, next)
        }
      }
      basis.push({ pivot, row: normal })
    }
  }
  const anonymous = new Set(
    records.flatMap((r) => r.members.filter((m) => !identified.has(m.group)).map((m) => m.rater))
  )
  return [...anonymous].filter((rater) => reduce(new Map([[rater, Exact.one]])).size === 0)
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * The raters (ids) whose score a set of released records determines exactly, identified groups left out. Empty
 * when the records are safe together; {@link release} never releases a report that makes it non-empty.
 *
 * @example
 * ```ts
 * import { FeedbackRelease } from "@pembinaan/core"
 * FeedbackRelease.determinedRaters(policy, [first, secondWithOneMoreRater]) // => ["the new rater"]
 * ```
 *
 * @category combinators
 * @since 0.4.0
 */
export const determinedRaters = (
  policy: Feedback.Policy,
  records: ReadonlyArray<ReleaseRecord>
): ReadonlyArray<string> => determined(records, new Set(policy.anonymity.identified))

/**
 * Aggregates a 360 result ({@link Feedback.aggregate}) and decides whether it may be shown given the earlier
 * releases on the same subject (see the module documentation for the rule and the threat model). `released`
 * returns the record to append to the host's history; `withheld` lists every reason.
 *
 * @example
 * ```ts
 * import { FeedbackRelease } from "@pembinaan/core"
 * const first = FeedbackRelease.release(policy, { subject: "E1", cycle: "2026", ratings, history: [] })
 * // => Result.succeed({ status: "released", report, record })
 * FeedbackRelease.release(policy, { subject: "E1", cycle: "2027", ratings: [...ratings, oneSubordinate], history: [record] })
 * // => Result.succeed({ status: "withheld", reasons: [{ reason: "too-close", cycle: "2026", changed: 1, minimum: 5 }, …] })
 * ```
 *
 * @category combinators
 * @since 0.4.0
 */
export const release: {
  (request: Request): (policy: Feedback.Policy) => Result.Result<Release, Input.InvalidInput | Feedback.WeightsDoNotSum>
  (policy: Feedback.Policy, request: Request): Result.Result<Release, Input.InvalidInput | Feedback.WeightsDoNotSum>
} = dual(
  2,
  (policy: Feedback.Policy, request: Request): Result.Result<Release, Input.InvalidInput | Feedback.WeightsDoNotSum> =>
    Result.map(Feedback.aggregate(policy, request.ratings), (report): Release => {
      const earlier = request.history.filter((r) => r.subject === request.subject)
      const reasons: Array<Withheld> = []
      const sameCycle = earlier.find((r) => r.cycle === request.cycle)
      if (sameCycle) reasons.push({ reason: "already-released", cycle: sameCycle.cycle })
      if (report.status === "insufficient") {
        return reasons.length > 0 ? { status: "withheld", reasons } : { status: "insufficient", report }
      }
      const k = policy.anonymity.minimumGroupSize
      const identified = new Set<string>(policy.anonymity.identified)
      const record = recordOf(request.subject, request.cycle, request.ratings, report)
      for (const r of earlier) {
        const changed = changedPairs(r, record, identified)
        if (changed > 0 && changed < k) reasons.push({ reason: "too-close", cycle: r.cycle, changed, minimum: k })
      }
      if (k >= 2) {
        const before = new Set(determined(earlier, identified))
        const after = determined([...earlier, record], identified).filter((x) => !before.has(x))
        if (after.length > 0) reasons.push({ reason: "determinable", raters: after.length })
      }
      return reasons.length > 0 ? { status: "withheld", reasons } : { status: "released", report, record }
    })
)

/**
 * Decodes stored release records (untrusted JSON from the host's store), every problem with its path.
 *
 * @category decoding
 * @since 0.4.0
 */
export const decodeHistory: (input: unknown) => Result.Result<ReadonlyArray<ReleaseRecord>, Input.InvalidInput> =
  Input.decode(Schema.Array(ReleaseRecord), "FeedbackReleaseHistory")
