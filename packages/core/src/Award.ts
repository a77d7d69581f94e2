/**
 * Awards (penghargaan): the Satyalancana Karya Satya and a regional nomination rule.
 *
 * **Satyalancana Karya Satya** (UU 20/2009, PP 35/2010): classes X, XX and XXX for 10, 20 and 30 years of
 * **continuous** service counted from the CPNS TMT. A year counts when its anniversary is reached (a service start of
 * 1 March 2016 completes 10 years on 1 March 2026, not the day before). Service interrupted by CLTN (cuti di luar
 * tanggungan negara) does not count: by default service restarts the day after the last CLTN ends (`restart`); a
 * region may choose to subtract the CLTN days instead (`subtract`). **Any** hukuman disiplin sedang or berat ever
 * imposed disqualifies permanently, as does dishonourable discharge.
 *
 * **Regional nomination** (for example ASN teladan or the best ASN of the year): criteria are set locally and are
 * UNCONFIRMED nationally, so the whole rule is policy ({@link NominationPolicy}): the predikat required in the most
 * recent periods, a minimum citizen-feedback score with a minimum number of responses, and the discipline levels
 * that exclude. Eligible candidates are ranked by citizen score, then by responses (both higher first), then by id;
 * a tie at the last slot nominates everyone tied and says so.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Calendar from "./Calendar.js"
import * as Discipline from "./Discipline.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// Satyalancana: models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The Satyalancana Karya Satya policy: classes by years of continuous service, and how CLTN counts.
 *
 * @category models
 * @since 0.1.0
 */
export const SatyalancanaPolicy = Schema.Struct({
  classes: Schema.Array(
    Schema.Struct({
      class: Schema.NonEmptyString,
      years: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
      label: Schema.String
    })
  ).pipe(Schema.check(Schema.isMinLength(1))),
  cltn: Schema.Literals(["restart", "subtract"]),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type SatyalancanaPolicy = typeof SatyalancanaPolicy.Type

/**
 * An employee's service record for the Satyalancana.
 *
 * @category models
 * @since 0.1.0
 */
export const ServiceRecord = Schema.Struct({
  tmtCpns: Calendar.IsoDate,
  asOf: Calendar.IsoDate,
  cltn: Schema.optionalKey(Schema.Array(Schema.Struct({ from: Calendar.IsoDate, to: Calendar.IsoDate }))),
  discipline: Discipline.History,
  dishonourablyDischarged: Schema.optionalKey(Schema.Boolean)
})

/**
 * @category models
 * @since 0.1.0
 */
export type ServiceRecord = typeof ServiceRecord.Type

/**
 * The Satyalancana decision with its trace.
 *
 * @category models
 * @since 0.1.0
 */
export interface SatyalancanaResult {
  readonly eligible: boolean
  /** The highest class the years reach (when eligible). */
  readonly class: string | undefined
  readonly trace: {
    readonly rule: "satyalancana-karya-satya"
    readonly countedFrom: string
    readonly asOf: string
    readonly continuousYears: number
    readonly cltnDays: number
    readonly classesReached: ReadonlyArray<string>
    readonly disqualifiedBy: ReadonlyArray<string>
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Satyalancana: combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decides Satyalancana Karya Satya eligibility (the record is untrusted and decoded). CLTN periods must lie between
 * the TMT and `asOf` with `from ≤ to`, and `asOf` must not precede the TMT; every violation is a problem with its path.
 *
 * @example
 * ```ts
 * import { Award, Presets } from "@pembinaan/core"
 * Award.satyalancana(Presets.rules.satyalancana, {
 *   tmtCpns: "2006-03-01", asOf: "2026-03-01", discipline: []
 * }) // => eligible true, class "XX" (20 years)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const satyalancana: {
  (record: unknown): (policy: SatyalancanaPolicy) => Result.Result<SatyalancanaResult, Input.InvalidInput>
  (policy: SatyalancanaPolicy, record: unknown): Result.Result<SatyalancanaResult, Input.InvalidInput>
} = dual(
  2,
  (policy: SatyalancanaPolicy, raw: unknown): Result.Result<SatyalancanaResult, Input.InvalidInput> =>
    Result.flatMap(Input.decode(ServiceRecord, "ServiceRecord")(raw), (record) => {
      const found: Array<Input.Problem> = []
      if (record.asOf < record.tmtCpns) {
        found.push({
          path: ["asOf"],
          code: "invalid",
          message: `asOf ${record.asOf} is before the TMT ${record.tmtCpns}`
        })
      }
      const cltn = [...(record.cltn ?? [])]
      cltn.forEach((gap, i) => {
        if (gap.to < gap.from) {
          found.push({ path: ["cltn", i, "to"], code: "invalid", message: `CLTN ends ${gap.to}, before it starts` })
        }
        if (gap.from < record.tmtCpns || gap.to > record.asOf) {
          found.push({
            path: ["cltn", i],
            code: "outside-service",
            message: `CLTN ${gap.from}–${gap.to} is outside ${record.tmtCpns}–${record.asOf}`
          })
        }
      })
      if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "ServiceRecord", problems: found }))
      const cltnDays = cltn.reduce(
        (n, g) => n + (Calendar.dayNumber(g.to) ?? 0) - (Calendar.dayNumber(g.from) ?? 0) + 1,
        0
      )
      let countedFrom = record.tmtCpns
      if (cltn.length > 0) {
        if (policy.cltn === "restart") {
          const lastEnd = cltn.map((g) => g.to).sort()[cltn.length - 1] as string
          countedFrom = Calendar.fromDayNumber((Calendar.dayNumber(lastEnd) ?? 0) + 1)
        } else countedFrom = Calendar.fromDayNumber((Calendar.dayNumber(record.tmtCpns) ?? 0) + cltnDays)
      }
      const continuousYears = Calendar.completedYears(countedFrom, record.asOf)
      const classes = [...policy.classes].sort((a, b) => a.years - b.years)
      const classesReached = classes.filter((c) => continuousYears >= c.years).map((c) => c.class)
      const disqualifiedBy = [
        ...Discipline.matching(record.discipline, ["sedang", "berat"], "ever", record.asOf).map(
          (s) => `hukuman disiplin ${Discipline.levelOf(s.kind)}: ${s.kind} (${s.effective})`
        ),
        ...(record.dishonourablyDischarged ? ["pemberhentian tidak dengan hormat"] : [])
      ]
      const eligible = classesReached.length > 0 && disqualifiedBy.length === 0
      return Result.succeed({
        eligible,
        class: eligible ? classesReached[classesReached.length - 1] : undefined,
        trace: {
          rule: "satyalancana-karya-satya",
          countedFrom,
          asOf: record.asOf,
          continuousYears,
          cltnDays,
          classesReached,
          disqualifiedBy,
          legalBasis: policy.legalBasis
        }
      })
    })
)

// ---------------------------------------------------------------------------------------------------------------
// Nomination: models
// ---------------------------------------------------------------------------------------------------------------

/**
 * A regional award nomination rule.
 *
 * @category models
 * @since 0.1.0
 */
export const NominationPolicy = Schema.Struct({
  name: Schema.NonEmptyString,
  predikat: Schema.Array(Quadrant.Predikat).pipe(Schema.check(Schema.isMinLength(1))),
  /** How many of the most recent periods must have one of `predikat`. */
  periods: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
  citizen: Schema.Struct({
    minimumScore: Schema.Finite,
    minimumResponses: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
  }),
  discipline: Schema.Struct({
    levels: Schema.Array(Discipline.Level),
    scope: Schema.Literals(["ever", "year"])
  }),
  slots: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type NominationPolicy = typeof NominationPolicy.Type

/**
 * One candidate: the predikat history (oldest first), the citizen feedback (score on the policy's scale and the number
 * of responses) and the discipline history.
 *
 * @category models
 * @since 0.1.0
 */
export const Candidate = Schema.Struct({
  id: Schema.NonEmptyString,
  history: Schema.Array(Schema.Struct({ period: Schema.String, predikat: Quadrant.Predikat })),
  citizen: Schema.optionalKey(
    Schema.Struct({
      score: Schema.Finite,
      responses: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
    })
  ),
  discipline: Discipline.History
})

/**
 * @category models
 * @since 0.1.0
 */
export type Candidate = typeof Candidate.Type

/**
 * One candidate's standing.
 *
 * @category models
 * @since 0.1.0
 */
export interface Standing {
  readonly id: string
  readonly eligible: boolean
  /** 1-based rank among eligible candidates (tied candidates share a rank); undefined when not eligible. */
  readonly rank: number | undefined
  readonly nominated: boolean
  readonly reasons: ReadonlyArray<string>
  readonly citizenScore: string | undefined
  readonly responses: number | undefined
}

/**
 * The nomination result.
 *
 * @category models
 * @since 0.1.0
 */
export interface Nomination {
  readonly nominated: ReadonlyArray<string>
  readonly standings: ReadonlyArray<Standing>
  readonly tieAtCutoff: boolean
  readonly trace: {
    readonly rule: "award-nomination"
    readonly policy: string
    readonly asOf: string
    readonly slots: number
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Nomination: combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * Screens and ranks candidates for a regional award (untrusted input: `{ asOf, candidates }`; duplicate ids are
 * problems with paths). The result does not depend on the order of candidates.
 *
 * @example
 * ```ts
 * import { Award, Presets } from "@pembinaan/core"
 * Award.nominate(Presets.regionRules.bukittinggiAward, { asOf: "2026-12-31", candidates })
 * // => nominated: the eligible candidate with the highest citizen score
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const nominate: {
  (input: unknown): (policy: NominationPolicy) => Result.Result<Nomination, Input.InvalidInput>
  (policy: NominationPolicy, input: unknown): Result.Result<Nomination, Input.InvalidInput>
} = dual(
  2,
  (policy: NominationPolicy, raw: unknown): Result.Result<Nomination, Input.InvalidInput> =>
    Result.flatMap(
      Input.decode(Schema.Struct({ asOf: Calendar.IsoDate, candidates: Schema.Array(Candidate) }), "Nomination")(raw),
      ({ asOf, candidates }) => {
        const found: Array<Input.Problem> = []
        const ids = new Set<string>()
        candidates.forEach((c, i) => {
          if (ids.has(c.id)) found.push({ path: ["candidates", i, "id"], code: "duplicate", message: `${c.id} twice` })
          ids.add(c.id)
        })
        if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Nomination", problems: found }))
        const screened = candidates.map((c) => {
          const reasons: Array<string> = []
          const recent = c.history.slice(-policy.periods)
          if (recent.length < policy.periods) {
            reasons.push(`only ${recent.length} of the ${policy.periods} required periods evaluated`)
          }
          for (const p of recent) {
            if (!policy.predikat.includes(p.predikat)) reasons.push(`${p.period}: predikat ${p.predikat}`)
          }
          if (!c.citizen) reasons.push("no citizen feedback")
          else {
            if (c.citizen.responses < policy.citizen.minimumResponses) {
              reasons.push(`${c.citizen.responses} citizen responses, fewer than ${policy.citizen.minimumResponses}`)
            }
            if (Exact.lessThan(Exact.fromFinite(c.citizen.score), Exact.fromFinite(policy.citizen.minimumScore))) {
              reasons.push(`citizen score ${c.citizen.score} below ${policy.citizen.minimumScore}`)
            }
          }
          for (const s of Discipline.matching(c.discipline, policy.discipline.levels, policy.discipline.scope, asOf)) {
            reasons.push(`hukuman disiplin ${Discipline.levelOf(s.kind)}: ${s.kind} (${s.effective})`)
          }
          return { c, reasons, score: c.citizen ? Exact.fromFinite(c.citizen.score) : Exact.zero }
        })
        const cmp = (a: (typeof screened)[number], b: (typeof screened)[number]): number =>
          Exact.compare(b.score, a.score) || (b.c.citizen?.responses ?? 0) - (a.c.citizen?.responses ?? 0)
        const eligible = screened
          .filter((s) => s.reasons.length === 0)
          .sort((a, b) => cmp(a, b) || (a.c.id < b.c.id ? -1 : 1))
        const ranks = new Map<string, number>()
        eligible.forEach((s, k) => {
          const prev = eligible[k - 1]
          ranks.set(s.c.id, prev && cmp(prev, s) === 0 ? (ranks.get(prev.c.id) as number) : k + 1)
        })
        const cutoff = eligible[policy.slots - 1]
        const nominatedIds = eligible
          .filter((s, k) => k < policy.slots || (cutoff !== undefined && cmp(s, cutoff) === 0))
          .map((s) => s.c.id)
        const standings = [...screened]
          .sort((a, b) => (a.c.id < b.c.id ? -1 : 1))
          .map(
            (s): Standing => ({
              id: s.c.id,
              eligible: s.reasons.length === 0,
              rank: ranks.get(s.c.id),
              nominated: nominatedIds.includes(s.c.id),
              reasons: s.reasons,
              citizenScore: s.c.citizen ? Exact.format(s.score) : undefined,
              responses: s.c.citizen?.responses
            })
          )
        return Result.succeed({
          nominated: nominatedIds,
          standings,
          tieAtCutoff: nominatedIds.length > policy.slots,
          trace: {
            rule: "award-nomination",
            policy: policy.name,
            asOf,
            slots: policy.slots,
            legalBasis: policy.legalBasis
          }
        })
      }
    )
)
