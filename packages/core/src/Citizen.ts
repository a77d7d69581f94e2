/**
 * Citizen feedback on a unit from several channels (survey, forum / dialog publik, platform digital, pengaduan),
 * weighted, recency-weighted, robustly aggregated and protected against duplicates and floods. `FeedbackIndicator`
 * turns the result (or an IKM or 360 result) into an indicator value for the performance evaluation.
 *
 * Per unit and period ({@link aggregate}):
 *
 * 1. **Duplicates.** Within a channel, submissions with the same service ticket, the same respondent (after
 *    normalising case, spaces, punctuation and the `+62` phone prefix) or the same normalised text of at least
 *    `duplicates.minimumTextLength` characters form one cluster, which counts **once** (the latest, or the first,
 *    by policy). Every dropped submission is reported with the kept one and the reason.
 * 2. **Normalisation.** Each kept score is mapped linearly from the channel's scale to 0–100, exactly.
 * 3. **Recency.** With a half-life `h` days, a submission `a` whole days old weighs `2^(−a/h)`, truncated to
 *    12 decimals (computed with integers, not `Math.pow`); without recency every weight is 1.
 * 4. **Channel score** by the policy's method: weighted `mean`, weighted `trimmed-mean` (the weight share `trim`
 *    cut from each end, fractional at the cut), or weighted `median` (the mean of the two middle values on a tie).
 * 5. **Unit score** `Σ w_c × score_c / Σ w_c` over present channels (at least `minimumObservations` kept
 *    submissions): a missing channel is renormalised away, never counted as 0.
 *
 * **Tickets.** A ticket is read in its {@link Ticket.normalise} form (zero-width, control and look-alike characters
 * cannot split one ticket into many); a ticket that is empty once normalised is refused with a path. Respondents
 * and texts are folded the same way ({@link Ticket.fold}).
 *
 * **Flood bound (stated and tested).** `floodBound` is the most one attacker can move the unit score, whatever
 * identities they make up (zero-width or look-alike spellings, empty or absent tickets, numbered tickets, many
 * phone numbers). A ticket is a separate source only when the host has checked it against its register
 * (`tickets.verified`); every other submission is *ticketless*. Per channel:
 *
 * With verified tickets, a ticketed submission is clustered by its ticket only: a copied text or phone number cannot
 * merge an honest ticket holder's submission into the attacker's cluster and drop it.
 *
 * - with no verified ticket among the kept submissions, one attacker can send all of them: `f_c = 1`;
 * - otherwise the ticketless clusters form one bucket whose total weight is capped at `tickets.ticketlessWeight`
 *   (default 1, the weight of one source): their weights are scaled down together when they sum to more. The
 *   attacker holds at most one verified ticket (a cluster of weight `q ≤ q_max ≤ 1`) and the whole bucket (`b`), so
 *   `f_c = min(1, (q_max + b) / ((1 − 2t) × W_c))` for the mean (`t = 0`) and the trimmed mean (`W_c` the channel's
 *   total weight), and `f_c = 1` for the median or when removing that ticket would drop the verified clusters below
 *   the channel's minimum.
 *
 * The unit bound is `max_c share_c × 100 × f_c`, where `share_c` is the channel's renormalised weight, rounded up.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import type * as Band from "./Band.js"
import * as Calendar from "./Calendar.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import { ratio, readWeight, Weight } from "./Survey.js"
import * as Ticket from "./Ticket.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The citizen channels named by the seeds: survei, forum / dialog publik, platform digital, pengaduan.
 *
 * @category models
 * @since 0.1.0
 */
export const channels = ["survey", "forum-dialog-publik", "platform-digital", "pengaduan"] as const

/**
 * @category models
 * @since 0.1.0
 */
export const Channel = Schema.Literals(channels)

/**
 * @category models
 * @since 0.1.0
 */
export type Channel = typeof Channel.Type

/**
 * One citizen submission. `score` is on the channel's scale. `ticket` (a service ticket) or `respondent` identifies
 * the source for duplicate detection; `text` is compared after normalisation.
 *
 * @category models
 * @since 0.1.0
 */
export const Submission = Schema.Struct({
  id: Schema.NonEmptyString,
  channel: Channel,
  score: Schema.Finite,
  submittedAt: Calendar.IsoDate,
  respondent: Schema.optionalKey(Schema.String),
  ticket: Schema.optionalKey(Schema.String),
  text: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Submission = typeof Submission.Type

/**
 * One channel's policy: its weight in the unit score, its native scale and the fewest kept submissions for the
 * channel to count.
 *
 * @category models
 * @since 0.1.0
 */
export const ChannelPolicy = Schema.Struct({
  weight: Weight,
  scale: Schema.Struct({ min: Schema.Finite, max: Schema.Finite }),
  minimumObservations: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
})

/**
 * @category models
 * @since 0.1.0
 */
export type ChannelPolicy = typeof ChannelPolicy.Type

/**
 * How a channel's observations are aggregated.
 *
 * @category models
 * @since 0.1.0
 */
export const Aggregation = Schema.Union([
  Schema.Struct({ method: Schema.Literal("mean") }),
  Schema.Struct({ method: Schema.Literal("median") }),
  Schema.Struct({
    method: Schema.Literal("trimmed-mean"),
    trim: Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)), Schema.check(Schema.isLessThan(0.5)))
  })
])

/**
 * @category models
 * @since 0.1.0
 */
export type Aggregation = typeof Aggregation.Type

/**
 * A citizen-feedback policy. Channels absent from `channels` are not accepted; the present channels' weights must
 * sum to exactly 1.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  channels: Schema.Struct({
    survey: Schema.optionalKey(ChannelPolicy),
    "forum-dialog-publik": Schema.optionalKey(ChannelPolicy),
    "platform-digital": Schema.optionalKey(ChannelPolicy),
    pengaduan: Schema.optionalKey(ChannelPolicy)
  }),
  aggregation: Aggregation,
  recency: Schema.optionalKey(
    Schema.Struct({
      halfLifeDays: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 3650 }))),
      maxAgeDays: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))))
    })
  ),
  duplicates: Schema.Struct({
    keep: Schema.Literals(["latest", "first"]),
    minimumTextLength: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))
  }),
  /**
   * How tickets are trusted (since 0.4.0). `verified: true` says the host checked every ticket it passes against
   * its service register; only then does a ticket count as a separate source. `ticketlessWeight` caps the total
   * weight of a channel's ticketless submissions (default 1). Absent: tickets are not verified.
   */
  tickets: Schema.optionalKey(
    Schema.Struct({
      verified: Schema.Boolean,
      ticketlessWeight: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))))
    })
  ),
  rounding: Exact.Rounding,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * The submissions of one unit for one period, and the date ages are measured from.
 *
 * @category models
 * @since 0.1.0
 */
export const Batch = Schema.Struct({ asOf: Calendar.IsoDate, submissions: Schema.Array(Submission) })

/**
 * @category models
 * @since 0.1.0
 */
export type Batch = typeof Batch.Type

/**
 * A submission counted once for its cluster; `dropped` lists the others.
 *
 * @category models
 * @since 0.1.0
 */
export interface Duplicate {
  readonly kept: string
  readonly dropped: ReadonlyArray<string>
  readonly reasons: ReadonlyArray<"same-ticket" | "same-respondent" | "same-text">
}

/**
 * One channel's line of the result.
 *
 * @category models
 * @since 0.1.0
 */
export interface ChannelResult {
  readonly channel: Channel
  readonly submissions: number
  readonly kept: number
  readonly stale: number
  readonly status: "present" | "below-minimum"
  readonly score: Exact.Rounded | null
  readonly exact: string | null
  readonly totalWeight: string
  /** The renormalised weight in the unit score (exact), when present. */
  readonly share: string | null
  readonly floodBound: string | null
}

/**
 * A unit's citizen-feedback result on 0–100.
 *
 * @category models
 * @since 0.1.0
 */
export type CitizenResult =
  | {
      readonly kind: "citizen"
      readonly status: "sufficient"
      readonly score: Exact.Rounded
      readonly exact: string
      readonly scale: { readonly min: 0; readonly max: 100 }
      readonly channels: ReadonlyArray<ChannelResult>
      readonly duplicates: ReadonlyArray<Duplicate>
      /** The most one source (one cluster) can move `score`, in points. */
      readonly floodBound: Exact.Rounded
      readonly trace: Trace
    }
  | {
      readonly kind: "citizen"
      readonly status: "insufficient"
      readonly reasons: ReadonlyArray<{ readonly reason: "no-channel-present" }>
      readonly scale: { readonly min: 0; readonly max: 100 }
      readonly channels: ReadonlyArray<ChannelResult>
      readonly duplicates: ReadonlyArray<Duplicate>
      readonly trace: Trace
    }

/**
 * The explanation of a citizen result.
 *
 * @category models
 * @since 0.1.0
 */
export interface Trace {
  readonly rule: "citizen-feedback"
  readonly asOf: string
  readonly aggregation: Aggregation
  readonly recency: { readonly halfLifeDays: number; readonly maxAgeDays: number | null } | null
  readonly channelWeights: { readonly [K in Channel]?: string }
  readonly formula: "score = Σ w_c·agg_c / Σ w_c over present channels; agg_c over deduplicated, recency-weighted 0–100 scores"
  readonly rounding: Exact.Rounding
  readonly legalBasis: LegalBasis
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Channel weights that do not sum to exactly 1.
 *
 * @category errors
 * @since 0.1.0
 */
export class WeightsDoNotSum extends Data.TaggedError("WeightsDoNotSum")<{
  readonly sum: string
  readonly expected: string
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type CitizenError = Input.InvalidInput | WeightsDoNotSum | Band.ScoreOutOfRange

// ---------------------------------------------------------------------------------------------------------------
// normalisation helpers
// ---------------------------------------------------------------------------------------------------------------

/**
 * Normalises an identity (ticket or respondent) for duplicate detection: Unicode NFKC, lower case, without spaces
 * and the separators `- _ . / ( )`; a phone number written `+62…` or `62…` becomes `0…`.
 *
 * @example
 * ```ts
 * import { Citizen } from "@pembinaan/core"
 * Citizen.normaliseIdentity("+62 812-3456-789") // => "08123456789"
 * Citizen.normaliseIdentity("TKT/2024/001") // => "tkt2024001"
 * ```
 *
 * @category normalisation
 * @since 0.1.0
 */
export const normaliseIdentity = (raw: string): string => {
  const s = Ticket.fold(raw).replace(/[\s\-_./()]/g, "")
  return /^\+?62\d{6,}$/.test(s) ? `0${s.replace(/^\+?62/, "")}` : s.replace(/^\+/, "")
}

/**
 * Normalises a free text for near-duplicate detection: NFKC, lower case, letters and digits only, single spaces.
 *
 * @example
 * ```ts
 * import { Citizen } from "@pembinaan/core"
 * Citizen.normaliseText("  Pelayanan LAMBAT!!  ") // => "pelayanan lambat"
 * ```
 *
 * @category normalisation
 * @since 0.1.0
 */
export const normaliseText = (raw: string): string =>
  Ticket.fold(raw)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

const WEIGHT_SCALE = 12
const WEIGHT_UNIT = 10n ** BigInt(WEIGHT_SCALE)
const recencyCache = new Map<string, Exact.Exact>()

/**
 * The recency weight `2^(−age/halfLife)` truncated to 12 decimals, computed exactly with integers: the largest
 * `Y` with `(Y/10^12)^h ≤ 2^(−a)`. Ages and half-lives are whole days. Age 0 weighs exactly 1; one half-life 0.5.
 *
 * @example
 * ```ts
 * import { Citizen, Exact } from "@pembinaan/core"
 * Exact.format(Citizen.recencyWeight(30, 30)) // => "0.5"
 * Exact.format(Citizen.recencyWeight(15, 30)) // => "0.707106781186"
 * ```
 *
 * @category normalisation
 * @since 0.1.0
 */
export const recencyWeight = (ageDays: number, halfLifeDays: number): Exact.Exact => {
  const key = `${ageDays}/${halfLifeDays}`
  const cached = recencyCache.get(key)
  if (cached) return cached
  const a = BigInt(ageDays)
  const h = BigInt(halfLifeDays)
  let weight: Exact.Exact
  if (a === 0n) weight = Exact.one
  else if (a % h === 0n) {
    const whole = a / h
    weight =
      whole > 60n
        ? Exact.zero
        : Exact.roundExact(Exact.fraction(1n, 2n ** whole), { scale: WEIGHT_SCALE, mode: "down" })
  } else if (a / h > 60n) weight = Exact.zero
  else {
    // largest Y in [0, 10^12] with Y^h · 2^a ≤ 10^(12h)
    const bound = WEIGHT_UNIT ** h
    const twoA = 2n ** a
    let lo = 0n
    let hi = WEIGHT_UNIT
    while (lo < hi) {
      const mid = (lo + hi + 1n) / 2n
      if (mid ** h * twoA <= bound) lo = mid
      else hi = mid - 1n
    }
    weight = Exact.fraction(lo, WEIGHT_UNIT)
  }
  if (recencyCache.size < 100_000) recencyCache.set(key, weight)
  return weight
}

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * The problems of a citizen policy (empty when valid): unreadable or non-positive channel weights, empty scales.
 * Weights not summing to 1 are reported by {@link channelWeights}.
 *
 * @category validation
 * @since 0.1.0
 */
export const policyProblems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  let any = false
  for (const c of channels) {
    const p = policy.channels[c]
    if (!p) continue
    any = true
    const w = readWeight(p.weight)
    if (Result.isFailure(w)) out.push({ path: ["channels", c, "weight"], code: "invalid", message: "not a number" })
    else if (w.success.n <= 0n)
      out.push({ path: ["channels", c, "weight"], code: "non-positive", message: "must be > 0" })
    if (!(p.scale.min < p.scale.max)) {
      out.push({ path: ["channels", c, "scale"], code: "empty-range", message: "scale.min must be below scale.max" })
    }
  }
  if (!any) out.push({ path: ["channels"], code: "empty", message: "configure at least one channel" })
  return out
}

/**
 * The exact weight of each configured channel, validated to sum to exactly 1.
 *
 * @example
 * ```ts
 * import { Citizen } from "@pembinaan/core"
 * Citizen.channelWeights(policy) // => Result.succeed({ survey: 1/2, "forum-dialog-publik": 1/5, … })
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const channelWeights = (
  policy: Policy
): Result.Result<Partial<Record<Channel, Exact.Exact>>, Input.InvalidInput | WeightsDoNotSum> => {
  const problems = policyProblems(policy)
  if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "CitizenPolicy", problems }))
  const out: Partial<Record<Channel, Exact.Exact>> = {}
  for (const c of channels) {
    const p = policy.channels[c]
    if (p) out[c] = Result.getOrThrow(readWeight(p.weight))
  }
  const total = Exact.sum(Object.values(out))
  return Exact.equals(total, Exact.one)
    ? Result.succeed(out)
    : Result.fail(new WeightsDoNotSum({ sum: Exact.format(total), expected: "1" }))
}

/**
 * Decodes a citizen policy document and validates it.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput | WeightsDoNotSum> =>
  Result.flatMap(Input.decode(Policy, "CitizenPolicy")(input), (p) => Result.map(channelWeights(p), () => p))

/**
 * Decodes an untrusted batch, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeBatch = Input.decode(Batch, "CitizenBatch")

// ---------------------------------------------------------------------------------------------------------------
// aggregation
// ---------------------------------------------------------------------------------------------------------------

interface Observation {
  readonly value: Exact.Exact
  weight: Exact.Exact
  /** A verified ticket identifies it (see the flood bound); otherwise it is in the ticketless bucket. */
  readonly ticketed?: boolean
}

const half = Exact.fraction(1, 2)

/**
 * The weighted trimmed mean: the integral of the weighted quantile function between `t·W` and `(1 − t)·W`,
 * divided by `(1 − 2t)·W`. `t = 0` is the weighted mean.
 */
const trimmedMean = (sorted: ReadonlyArray<Observation>, total: Exact.Exact, trim: Exact.Exact): Exact.Exact => {
  const lo = Exact.multiply(trim, total)
  const hi = Exact.subtract(total, lo)
  let acc = Exact.zero
  let at = Exact.zero
  for (const o of sorted) {
    const start = at
    const end = Exact.add(at, o.weight)
    at = end
    const a = Exact.max(start, lo)
    const b = Exact.min(end, hi)
    if (Exact.lessThan(a, b)) acc = Exact.add(acc, Exact.multiply(o.value, Exact.subtract(b, a)))
  }
  return Result.getOrThrow(Exact.divide(acc, Exact.subtract(hi, lo)))
}

/** The weighted median: the value where the cumulative weight reaches W/2; the mean of both sides on a tie. */
const median = (sorted: ReadonlyArray<Observation>, total: Exact.Exact): Exact.Exact => {
  const middle = Exact.multiply(total, half)
  let at = Exact.zero
  for (let i = 0; i < sorted.length; i++) {
    const o = sorted[i] as Observation
    at = Exact.add(at, o.weight)
    const c = Exact.compare(at, middle)
    if (c > 0) return o.value
    if (c === 0) {
      const next = sorted.slice(i + 1).find((x) => x.weight.n > 0n)
      return next ? Exact.multiply(Exact.add(o.value, next.value), half) : o.value
    }
  }
  return (sorted[sorted.length - 1] as Observation).value
}

class UnionFind {
  readonly parent: Array<number>
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i)
  }
  find(i: number): number {
    let r = i
    while (this.parent[r] !== r) r = this.parent[r] as number
    let x = i
    while (this.parent[x] !== r) {
      const next = this.parent[x] as number
      this.parent[x] = r
      x = next
    }
    return r
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

/**
 * Aggregates one unit's typed batch under a policy: deduplication, normalisation to 0–100, recency, the channel
 * aggregation, renormalised channel weights and the flood bound (see the module documentation). Problems with
 * paths: a channel the policy does not configure, a score outside its channel's scale, an invalid date or one
 * after `asOf`, a repeated submission id.
 *
 * @example
 * ```ts
 * import { Citizen } from "@pembinaan/core"
 * Citizen.aggregate(policy, { asOf: "2024-12-31", submissions })
 * // => Result.succeed({ status: "sufficient", score: { text: "81.25" }, floodBound: { text: "6.25" }, duplicates: [...] … })
 * ```
 *
 * @category aggregation
 * @since 0.1.0
 */
export const aggregate: {
  (batch: Batch): (policy: Policy) => Result.Result<CitizenResult, Input.InvalidInput | WeightsDoNotSum>
  (policy: Policy, batch: Batch): Result.Result<CitizenResult, Input.InvalidInput | WeightsDoNotSum>
} = dual(
  2,
  (policy: Policy, batch: Batch): Result.Result<CitizenResult, Input.InvalidInput | WeightsDoNotSum> =>
    Result.flatMap(channelWeights(policy), (weights) => {
      const problems: Array<Input.Problem> = []
      const asOf = Calendar.dayNumber(batch.asOf)
      if (asOf === undefined)
        problems.push({ path: ["asOf"], code: "invalid-date", message: `${batch.asOf} is not a date` })
      const ids = new Set<string>()
      const days: Array<number> = []
      batch.submissions.forEach((s, i) => {
        const at = ["submissions", i] as const
        if (ids.has(s.id)) problems.push({ path: [...at, "id"], code: "duplicate", message: `id ${s.id} is repeated` })
        ids.add(s.id)
        const p = policy.channels[s.channel]
        if (!p) {
          problems.push({
            path: [...at, "channel"],
            code: "unknown-channel",
            message: `the policy has no ${s.channel}`
          })
        } else if (s.score < p.scale.min || s.score > p.scale.max) {
          problems.push({
            path: [...at, "score"],
            code: "out-of-range",
            message: `score ${s.score} is outside ${p.scale.min}–${p.scale.max}`
          })
        }
        if (s.ticket !== undefined && Result.isFailure(Ticket.normalise(s.ticket)))
          problems.push({ path: [...at, "ticket"], code: "empty-ticket", message: "the ticket is empty" })
        const d = Calendar.dayNumber(s.submittedAt)
        if (d === undefined)
          problems.push({ path: [...at, "submittedAt"], code: "invalid-date", message: "not a date" })
        else if (asOf !== undefined && d > asOf) {
          problems.push({ path: [...at, "submittedAt"], code: "after-as-of", message: `after ${batch.asOf}` })
        }
        days.push(d ?? 0)
      })
      if (problems.length > 0 || asOf === undefined) {
        return Result.fail(new Input.InvalidInput({ subject: "CitizenBatch", problems }))
      }
      return Result.succeed(compute(policy, weights, batch, days, asOf))
    })
)

const compute = (
  policy: Policy,
  weights: Partial<Record<Channel, Exact.Exact>>,
  batch: Batch,
  days: ReadonlyArray<number>,
  asOf: number
): CitizenResult => {
  const subs = batch.submissions
  const duplicates: Array<Duplicate> = []
  const perChannel: Array<{
    channel: Channel
    submissions: number
    kept: Array<Observation>
    stale: number
    minimum: number
    ticketedCount: number
    bucketWeight: Exact.Exact
  }> = []
  for (const channel of channels) {
    const p = policy.channels[channel]
    if (!p) continue
    const idx = subs.flatMap((s, i) => (s.channel === channel ? [i] : []))
    // clusters by ticket, respondent and text
    const uf = new UnionFind(idx.length)
    const firstBy = new Map<string, number>()
    const reasonsOf = new Map<number, Set<Duplicate["reasons"][number]>>()
    const link = (key: string, j: number, reason: Duplicate["reasons"][number]) => {
      const other = firstBy.get(key)
      if (other === undefined) firstBy.set(key, j)
      else {
        uf.union(other, j)
        const set = reasonsOf.get(j) ?? new Set()
        set.add(reason)
        reasonsOf.set(j, set)
      }
    }
    idx.forEach((i, j) => {
      const s = subs[i] as Submission
      const ticket = s.ticket === undefined ? undefined : Ticket.normalise(s.ticket)
      if (ticket !== undefined && Result.isSuccess(ticket)) {
        link(`t:${ticket.success}`, j, "same-ticket")
        // a verified ticket is its own source: a copied text or phone number must not merge it away
        if (policy.tickets?.verified === true) return
      }
      if (s.respondent !== undefined && normaliseIdentity(s.respondent) !== "") {
        link(`r:${normaliseIdentity(s.respondent)}`, j, "same-respondent")
      }
      if (s.text !== undefined) {
        const t = normaliseText(s.text)
        if (t.length >= policy.duplicates.minimumTextLength) link(`x:${t}`, j, "same-text")
      }
    })
    const clusters = new Map<number, Array<number>>()
    idx.forEach((_, j) => {
      const r = uf.find(j)
      const list = clusters.get(r)
      if (list) list.push(j)
      else clusters.set(r, [j])
    })
    const kept: Array<Observation> = []
    const verified = policy.tickets?.verified === true
    let stale = 0
    const lo = Exact.fromFinite(p.scale.min)
    const span = Exact.subtract(Exact.fromFinite(p.scale.max), lo)
    for (const members of clusters.values()) {
      const pick = members.reduce((best, j) => {
        const a = idx[best] as number
        const b = idx[j] as number
        const da = days[a] as number
        const db = days[b] as number
        const ida = (subs[a] as Submission).id
        const idb = (subs[b] as Submission).id
        const later = db > da || (db === da && idb > ida)
        return policy.duplicates.keep === "latest" ? (later ? j : best) : later ? best : j
      })
      if (members.length > 1) {
        const reasons = new Set<Duplicate["reasons"][number]>()
        for (const j of members) for (const r of reasonsOf.get(j) ?? []) reasons.add(r)
        duplicates.push({
          kept: (subs[idx[pick] as number] as Submission).id,
          dropped: members.filter((j) => j !== pick).map((j) => (subs[idx[j] as number] as Submission).id),
          reasons: [...reasons].sort()
        })
      }
      const i = idx[pick] as number
      const s = subs[i] as Submission
      const age = asOf - (days[i] as number)
      if (policy.recency?.maxAgeDays !== undefined && age > policy.recency.maxAgeDays) {
        stale++
        continue
      }
      const w = policy.recency ? recencyWeight(age, policy.recency.halfLifeDays) : Exact.one
      const value = Exact.multiply(
        Result.getOrThrow(Exact.divide(Exact.subtract(Exact.fromFinite(s.score), lo), span)),
        Exact.int(100)
      )
      const ticketed = verified && members.some((j) => (subs[idx[j] as number] as Submission).ticket !== undefined)
      kept.push({ value, weight: w, ticketed })
    }
    // the ticketless bucket: capped at tickets.ticketlessWeight when verified tickets are present beside it
    const ticketedCount = kept.filter((o) => o.ticketed).length
    const bucket = Exact.sum(kept.filter((o) => !o.ticketed).map((o) => o.weight))
    const cap = Exact.fromFinite(policy.tickets?.ticketlessWeight ?? 1)
    let bucketWeight = bucket
    if (ticketedCount > 0 && Exact.lessThan(cap, bucket)) {
      const factor = Result.getOrThrow(Exact.divide(cap, bucket))
      for (const o of kept) if (!o.ticketed) o.weight = Exact.multiply(o.weight, factor)
      bucketWeight = cap
    }
    perChannel.push({
      channel,
      submissions: idx.length,
      kept,
      stale,
      minimum: p.minimumObservations,
      ticketedCount,
      bucketWeight
    })
  }

  const method = policy.aggregation
  const trim = method.method === "trimmed-mean" ? Exact.fromFinite(method.trim) : Exact.zero
  const scored = perChannel.map((c) => {
    const total = Exact.sum(c.kept.map((o) => o.weight))
    const present = c.kept.length >= c.minimum && total.n > 0n
    if (!present) return { ...c, total, value: null as Exact.Exact | null, qMax: Exact.zero }
    const sorted = [...c.kept].sort((a, b) => Exact.compare(a.value, b.value))
    const value = method.method === "median" ? median(sorted, total) : trimmedMean(sorted, total, trim)
    const qMax = c.kept.reduce((m, o) => (o.ticketed ? Exact.max(m, o.weight) : m), Exact.zero)
    return { ...c, total, value, qMax }
  })
  const present = scored.filter((c) => c.value !== null)
  const presentWeight = Exact.sum(present.map((c) => weights[c.channel] as Exact.Exact))
  const shareOf = (c: Channel) => Result.getOrThrow(Exact.divide(weights[c] as Exact.Exact, presentWeight))
  const boundOf = (c: (typeof scored)[number]): Exact.Exact => {
    const share = shareOf(c.channel)
    // one attacker: at most one verified ticket and the whole ticketless bucket
    const dropsOut = c.ticketedCount === 0 || c.ticketedCount - 1 < c.minimum
    let f = Exact.one
    if (method.method !== "median" && !dropsOut) {
      const denominator = Exact.multiply(Exact.subtract(Exact.one, Exact.multiply(Exact.int(2), trim)), c.total)
      f = Exact.min(Exact.one, Result.getOrThrow(Exact.divide(Exact.add(c.qMax, c.bucketWeight), denominator)))
    }
    return Exact.multiply(Exact.multiply(share, Exact.int(100)), f)
  }
  const trace: Trace = {
    rule: "citizen-feedback",
    asOf: batch.asOf,
    aggregation: method,
    recency: policy.recency
      ? { halfLifeDays: policy.recency.halfLifeDays, maxAgeDays: policy.recency.maxAgeDays ?? null }
      : null,
    channelWeights: Object.fromEntries(Object.entries(weights).map(([c, w]) => [c, Exact.format(w as Exact.Exact)])),
    formula:
      "score = Σ w_c·agg_c / Σ w_c over present channels; agg_c over deduplicated, recency-weighted 0–100 scores",
    rounding: policy.rounding,
    legalBasis: policy.legalBasis
  }
  const channelResults: Array<ChannelResult> = scored.map((c) => ({
    channel: c.channel,
    submissions: c.submissions,
    kept: c.kept.length,
    stale: c.stale,
    status: c.value === null ? "below-minimum" : "present",
    score: c.value === null ? null : Exact.round(c.value, policy.rounding),
    exact: c.value === null ? null : ratio(c.value),
    totalWeight: Exact.format(c.total),
    share: c.value === null ? null : Exact.format(shareOf(c.channel)),
    floodBound: c.value === null ? null : Exact.format(boundOf(c))
  }))
  const scale = { min: 0, max: 100 } as const
  if (present.length === 0) {
    return {
      kind: "citizen",
      status: "insufficient",
      reasons: [{ reason: "no-channel-present" }],
      scale,
      channels: channelResults,
      duplicates,
      trace
    }
  }
  const score = Exact.sum(present.map((c) => Exact.multiply(shareOf(c.channel), c.value as Exact.Exact)))
  const bound = present.reduce((m, c) => Exact.max(m, boundOf(c)), Exact.zero)
  return {
    kind: "citizen",
    status: "sufficient",
    score: Exact.round(score, policy.rounding),
    exact: ratio(score),
    scale,
    channels: channelResults,
    duplicates,
    floodBound: Exact.round(bound, { scale: policy.rounding.scale, mode: "ceiling" }),
    trace
  }
}

/**
 * Decodes an untrusted batch (every problem with its path) and aggregates it with {@link aggregate}.
 *
 * @category aggregation
 * @since 0.1.0
 */
export const evaluate: {
  (input: unknown): (policy: Policy) => Result.Result<CitizenResult, Input.InvalidInput | WeightsDoNotSum>
  (policy: Policy, input: unknown): Result.Result<CitizenResult, Input.InvalidInput | WeightsDoNotSum>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<CitizenResult, Input.InvalidInput | WeightsDoNotSum> =>
    Result.flatMap(decodeBatch(input), (batch) => aggregate(policy, batch))
)
