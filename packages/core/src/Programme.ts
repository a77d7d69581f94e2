/**
 * Programme effectiveness: whether a competency development programme worked, by the four Kirkpatrick levels —
 * reaction (satisfaction), learning (pre- and post-test), behaviour (on the job) and results (performance before and
 * after) — per programme and per participant group, with a caveat instead of a conclusion when too few participants
 * have a level's data (the minimum is policy: `Development.Policy.effectiveness.minParticipants`). Kirkpatrick as a
 * national mandate is UNCONFIRMED; the levels and the minimum are configurable.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Competency from "./Competency.js"
import type * as Development from "./Development.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import type { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * One participant of a programme. Every measure is optional; a missing measure is excluded from that level's count,
 * never filled in.
 *
 * @category models
 * @since 0.1.0
 */
export const Participant = Schema.Struct({
  id: Schema.NonEmptyString,
  group: Schema.optionalKey(Schema.NonEmptyString),
  reaction: Schema.optionalKey(Schema.Finite),
  preTest: Schema.optionalKey(Schema.Finite),
  postTest: Schema.optionalKey(Schema.Finite),
  behaviour: Schema.optionalKey(Schema.Finite),
  performanceBefore: Schema.optionalKey(Schema.Finite),
  performanceAfter: Schema.optionalKey(Schema.Finite)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Participant = typeof Participant.Type

/**
 * A programme and its participants' measures.
 *
 * @category models
 * @since 0.1.0
 */
export const Programme = Schema.Struct({
  id: Schema.NonEmptyString,
  name: Schema.NonEmptyString,
  form: Schema.optionalKey(Competency.Id),
  participants: Schema.Array(Participant)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Programme = typeof Programme.Type

/**
 * One Kirkpatrick level's result. `before`/`after`/`change` are present for the paired levels (pembelajaran,
 * hasil); `mean` for the single-measure levels (reaksi, perilaku).
 *
 * @category models
 * @since 0.1.0
 */
export interface LevelResult {
  readonly level: 1 | 2 | 3 | 4
  readonly name: "reaksi" | "pembelajaran" | "perilaku" | "hasil"
  readonly n: number
  readonly missing: number
  readonly mean: Exact.Rounded | null
  readonly before: Exact.Rounded | null
  readonly after: Exact.Rounded | null
  readonly change: Exact.Rounded | null
  readonly improved: number | null
  readonly direction: "improved" | "declined" | "unchanged" | null
  readonly conclusive: boolean
  readonly caveat: string | null
}

/**
 * The four levels for one set of participants.
 *
 * @category models
 * @since 0.1.0
 */
export interface LevelSet {
  readonly participants: number
  readonly levels: readonly [LevelResult, LevelResult, LevelResult, LevelResult]
}

/**
 * A programme's effectiveness: overall and per group.
 *
 * @category models
 * @since 0.1.0
 */
export interface Effectiveness {
  readonly programme: string
  readonly overall: LevelSet
  readonly groups: Readonly<Record<string, LevelSet>>
  readonly ungrouped: number
  readonly trace: {
    readonly rule: "kirkpatrick"
    readonly minParticipants: number
    readonly rounding: Exact.Rounding
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const mean = (xs: ReadonlyArray<Exact.Exact>): Exact.Exact | null =>
  xs.length === 0 ? null : Result.getOrElse(Exact.divide(Exact.sum(xs), Exact.int(xs.length)), () => Exact.zero)

const levelSet = (policy: Development.Policy, ps: ReadonlyArray<Participant>): LevelSet => {
  const { minParticipants, rounding } = policy.effectiveness
  const r = (x: Exact.Exact | null) => (x === null ? null : Exact.round(x, rounding))
  const caveatOf = (n: number) =>
    n < minParticipants
      ? `terlalu sedikit peserta untuk disimpulkan (n = ${n} < ${minParticipants}) / too few participants to conclude`
      : null
  const single = (level: 1 | 3, name: "reaksi" | "perilaku", pick: (p: Participant) => number | undefined) => {
    const xs = ps.flatMap((p) => {
      const v = pick(p)
      return v === undefined ? [] : [Exact.fromFinite(v)]
    })
    return {
      level,
      name,
      n: xs.length,
      missing: ps.length - xs.length,
      mean: r(mean(xs)),
      before: null,
      after: null,
      change: null,
      improved: null,
      direction: null,
      conclusive: xs.length >= minParticipants,
      caveat: caveatOf(xs.length)
    } satisfies LevelResult
  }
  const paired = (
    level: 2 | 4,
    name: "pembelajaran" | "hasil",
    pick: (p: Participant) => readonly [number | undefined, number | undefined]
  ) => {
    const pairs = ps.flatMap((p) => {
      const [b, a] = pick(p)
      return b === undefined || a === undefined ? [] : [[Exact.fromFinite(b), Exact.fromFinite(a)] as const]
    })
    const before = mean(pairs.map(([b]) => b))
    const after = mean(pairs.map(([, a]) => a))
    const change = mean(pairs.map(([b, a]) => Exact.subtract(a, b)))
    const sign = change === null ? null : Exact.compare(change, Exact.zero)
    return {
      level,
      name,
      n: pairs.length,
      missing: ps.length - pairs.length,
      mean: null,
      before: r(before),
      after: r(after),
      change: r(change),
      improved: pairs.filter(([b, a]) => Exact.lessThan(b, a)).length,
      direction: sign === null ? null : sign > 0 ? "improved" : sign < 0 ? "declined" : "unchanged",
      conclusive: pairs.length >= minParticipants,
      caveat: caveatOf(pairs.length)
    } satisfies LevelResult
  }
  return {
    participants: ps.length,
    levels: [
      single(1, "reaksi", (p) => p.reaction),
      paired(2, "pembelajaran", (p) => [p.preTest, p.postTest]),
      single(3, "perilaku", (p) => p.behaviour),
      paired(4, "hasil", (p) => [p.performanceBefore, p.performanceAfter])
    ]
  }
}

/**
 * Evaluates an (untrusted) programme at the four Kirkpatrick levels, overall and per participant group:
 * 1 reaksi (mean reaction), 2 pembelajaran (pre/post test, paired: mean before, after, mean change, how many
 * improved), 3 perilaku (mean behaviour rating), 4 hasil (performance before/after, paired). Means are exact and
 * rounded once for display with the policy's effectiveness rounding; the direction compares the exact mean change
 * with zero. A level with fewer measured participants than `minParticipants` is marked `conclusive: false` with a
 * caveat. A participant's missing measure is left out of that level (and counted in `missing`), never filled in.
 * Reaction and behaviour values outside the policy's scales are reported with their paths.
 *
 * @example
 * ```ts
 * import { Presets, Programme } from "@pembinaan/core"
 * Programme.effectiveness(Presets.competency.development, {
 *   id: "p1", name: "Pelayanan Prima",
 *   participants: [{ id: "a", preTest: 60, postTest: 80 }, { id: "b", preTest: 70, postTest: 75 }]
 * }) // => levels[1]: { n: 2, change: { text: "12.50" }, direction: "improved", conclusive: false, caveat: "terlalu sedikit …" }
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const effectiveness: {
  (input: unknown): (policy: Development.Policy) => Result.Result<Effectiveness, Input.InvalidInput>
  (policy: Development.Policy, input: unknown): Result.Result<Effectiveness, Input.InvalidInput>
} = dual(
  2,
  (policy: Development.Policy, input: unknown): Result.Result<Effectiveness, Input.InvalidInput> =>
    Result.flatMap(Input.decode(Programme, "Programme")(input), (programme) => {
      const problems: Array<Input.Problem> = []
      const ids = new Set<string>()
      const { reactionScale, behaviourScale } = policy.effectiveness
      programme.participants.forEach((p, i) => {
        if (ids.has(p.id))
          problems.push({ path: ["participants", i, "id"], code: "duplicate", message: `"${p.id}" twice` })
        ids.add(p.id)
        for (const [field, scale] of [
          ["reaction", reactionScale],
          ["behaviour", behaviourScale]
        ] as const) {
          const v = p[field]
          if (v !== undefined && (v < scale.min || v > scale.max)) {
            problems.push({
              path: ["participants", i, field],
              code: "out-of-range",
              message: `${field} ${v} is outside the scale [${scale.min}, ${scale.max}]`
            })
          }
        }
      })
      if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Programme", problems }))
      const byGroup = new Map<string, Array<Participant>>()
      for (const p of programme.participants) {
        if (p.group === undefined) continue
        const list = byGroup.get(p.group) ?? []
        list.push(p)
        byGroup.set(p.group, list)
      }
      return Result.succeed({
        programme: programme.id,
        overall: levelSet(policy, programme.participants),
        groups: Object.fromEntries([...byGroup].map(([g, ps]) => [g, levelSet(policy, ps)])),
        ungrouped: programme.participants.filter((p) => p.group === undefined).length,
        trace: {
          rule: "kirkpatrick" as const,
          minParticipants: policy.effectiveness.minParticipants,
          rounding: policy.effectiveness.rounding,
          legalBasis: policy.legalBasis
        }
      })
    })
)
