/**
 * Pengembangan kompetensi (bangkom): forms of competency development, JP credit, the yearly 20 JP minimum,
 * recommendations that close competency gaps. Programme effectiveness (Kirkpatrick) is the `Programme` module, under the
 * `effectiveness` part of this module's {@link Policy}.
 *
 * Everything that a regulation or an instansi decides is policy data ({@link Policy}):
 * - the **forms** (klasikal: pelatihan, seminar, workshop, kursus …; nonklasikal: coaching, mentoring, e-learning,
 *   magang, patok banding, detasering …), each with its JP **credit rule**: by duration (`minutes / minutesPerJp`)
 *   or per unit (`units × jpPerUnit`, for example per day of magang), optionally capped per activity;
 * - `minutesPerJp` (45 in the presets, marked unconfirmed: the regulation text was only seen quoted) and the yearly
 *   minimum (20 JP, Peraturan LAN);
 * - the **recommendation** rules: which forms serve which competency group or competency, and priorities that
 *   promote forms for a profile (mentoring for new ASN, e-learning for remote units);
 * - the minimum number of participants before a programme evaluation is conclusive.
 *
 * JP arithmetic is exact and additive: a year's total is the exact sum of the activities' credits, rounded once
 * (policy `rounding`, floor to 2 decimals in the presets, so 19.999 JP is 19.99 and still behind) when it is
 * compared with the minimum.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Competency from "./Competency.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import type * as Jpm from "./Jpm.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

const Positive = Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0)))
const NonNegative = Schema.Finite.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
const PositiveInt = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1)))

/**
 * `klasikal` (classroom) or `nonklasikal` (workplace / out of class).
 *
 * @category models
 * @since 0.1.0
 */
export const Kind = Schema.Literals(["klasikal", "nonklasikal"])

/**
 * @category models
 * @since 0.1.0
 */
export type Kind = typeof Kind.Type

/**
 * How an activity of a form earns JP: by its duration in minutes (`minutes / minutesPerJp`) or per unit
 * (`units × jpPerUnit`, the unit named for the record: `"hari"`, `"sesi"`, `"kegiatan"`).
 *
 * @category models
 * @since 0.1.0
 */
export const Credit = Schema.Union([
  Schema.Struct({ basis: Schema.Literal("duration") }),
  Schema.Struct({ basis: Schema.Literal("per-unit"), unit: Schema.NonEmptyString, jpPerUnit: Positive })
])

/**
 * @category models
 * @since 0.1.0
 */
export type Credit = typeof Credit.Type

/**
 * One form of competency development with its credit rule. `maxJpPerActivity` caps one activity's credit;
 * `confirmed: false` marks a credit rule that no regulation text confirms.
 *
 * @category models
 * @since 0.1.0
 */
export const Form = Schema.Struct({
  id: Competency.Id,
  name: Schema.NonEmptyString,
  kind: Kind,
  credit: Credit,
  maxJpPerActivity: Schema.optionalKey(Positive),
  confirmed: Schema.Boolean,
  note: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Form = typeof Form.Type

/**
 * A priority rule: when the profile matches (`newAsn` and/or `remote`), the listed forms are recommended first
 * (their `boost` is added to their rank) and added to the candidates if absent.
 *
 * @category models
 * @since 0.1.0
 */
export const Priority = Schema.Struct({
  id: Schema.NonEmptyString,
  when: Schema.Struct({ newAsn: Schema.optionalKey(Schema.Boolean), remote: Schema.optionalKey(Schema.Boolean) }),
  forms: Schema.Array(Competency.Id).pipe(Schema.check(Schema.isMinLength(1))),
  boost: PositiveInt,
  reason: Schema.NonEmptyString
})

/**
 * @category models
 * @since 0.1.0
 */
export type Priority = typeof Priority.Type

/**
 * A development policy.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  minutesPerJp: Positive,
  yearlyMinimumJp: NonNegative,
  rounding: Exact.Rounding,
  forms: Schema.Array(Form).pipe(Schema.check(Schema.isMinLength(1))),
  recommendation: Schema.Struct({
    byGroup: Schema.Struct({
      manajerial: Schema.Array(Competency.Id),
      "sosial-kultural": Schema.Array(Competency.Id),
      teknis: Schema.Array(Competency.Id)
    }),
    byCompetency: Schema.optionalKey(Schema.Record(Schema.String, Schema.Array(Competency.Id))),
    priorities: Schema.Array(Priority),
    maxPerCompetency: PositiveInt
  }),
  effectiveness: Schema.Struct({
    minParticipants: PositiveInt,
    rounding: Exact.Rounding,
    reactionScale: Schema.Struct({ min: Schema.Finite, max: Schema.Finite }),
    behaviourScale: Schema.Struct({ min: Schema.Finite, max: Schema.Finite })
  }),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * One development activity of one employee. Give `minutes` for duration-credited forms and `units` for per-unit
 * forms.
 *
 * @category models
 * @since 0.1.0
 */
export const Activity = Schema.Struct({
  employee: Schema.NonEmptyString,
  form: Competency.Id,
  year: Schema.Int,
  minutes: Schema.optionalKey(NonNegative),
  units: Schema.optionalKey(NonNegative),
  title: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Activity = typeof Activity.Type

/**
 * The JP credit of one activity, exact, with the rule applied.
 *
 * @category models
 * @since 0.1.0
 */
export interface Credited {
  readonly employee: string
  readonly form: string
  /** Exact JP as text (`"2"`, `"4/3 ≈ 1.333333"`). */
  readonly jp: string
  readonly trace: {
    readonly rule: "duration" | "per-unit"
    readonly formula: string
    readonly capped: boolean
    readonly confirmed: boolean
  }
}

/**
 * An employee's year: exact total, rounded total, whether the minimum is met and the shortfall.
 *
 * @category models
 * @since 0.1.0
 */
export interface EmployeeYear {
  readonly employee: string
  readonly exact: string
  readonly total: Exact.Rounded
  readonly meets: boolean
  /** `max(0, minimum − rounded total)`, exact text. */
  readonly shortfall: string
  readonly activities: ReadonlyArray<Credited>
}

/**
 * The yearly JP report: every employee on the roster (also those with no activity), and who is behind, largest
 * shortfall first.
 *
 * @category models
 * @since 0.1.0
 */
export interface YearReport {
  readonly year: number
  readonly minimumJp: number
  readonly employees: ReadonlyArray<EmployeeYear>
  readonly behind: ReadonlyArray<string>
  readonly trace: {
    readonly rule: "jp-minimum"
    readonly minutesPerJp: number
    readonly rounding: Exact.Rounding
    readonly otherYears: number
    readonly legalBasis: LegalBasis
  }
}

/**
 * The profile that priority rules look at.
 *
 * @category models
 * @since 0.1.0
 */
export const Profile = Schema.Struct({ newAsn: Schema.Boolean, remote: Schema.Boolean })

/**
 * @category models
 * @since 0.1.0
 */
export type Profile = typeof Profile.Type

/**
 * One recommended activity with the reasons it was chosen.
 *
 * @category models
 * @since 0.1.0
 */
export interface Suggestion {
  readonly form: string
  readonly name: string
  readonly kind: Kind
  readonly rank: number
  readonly reasons: ReadonlyArray<string>
}

/**
 * Recommendations for one competency with a negative gap.
 *
 * @category models
 * @since 0.1.0
 */
export interface Recommendation {
  readonly competency: string
  readonly group: Competency.Group
  readonly gap: string
  readonly suggestions: ReadonlyArray<Suggestion>
}

/**
 * All recommendations, ordered by gap (most negative first, ties in the standard's order), with the trace.
 *
 * @category models
 * @since 0.1.0
 */
export interface Recommendations {
  readonly items: ReadonlyArray<Recommendation>
  readonly trace: {
    readonly rule: "recommend"
    readonly ordering: "gap ascending (largest need first), then priority rank, then policy order"
    readonly profile: Profile
    readonly priorities: ReadonlyArray<string>
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A form id that the policy does not define.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownForm extends Data.TaggedError("UnknownForm")<{
  readonly form: string
  readonly known: ReadonlyArray<string>
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type DevelopmentError = UnknownForm | Competency.UnknownCompetency | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every problem of a decoded policy with its path: duplicate form ids, recommendation or priority lists that name
 * an unknown form, empty or inverted scales.
 *
 * @example
 * ```ts
 * import { Development, Presets } from "@pembinaan/core"
 * Development.policyProblems(Presets.competency.development) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const policyProblems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const ids = new Set<string>()
  policy.forms.forEach((f, i) => {
    if (ids.has(f.id)) {
      out.push({ path: ["forms", i, "id"], code: "duplicate", message: `form id "${f.id}" is used twice` })
    }
    ids.add(f.id)
  })
  const known = (list: ReadonlyArray<string>, path: ReadonlyArray<string | number>): void => {
    list.forEach((id, i) => {
      if (!ids.has(id)) out.push({ path: [...path, i], code: "unknown", message: `form "${id}" is not in forms` })
    })
  }
  for (const g of Competency.groups) known(policy.recommendation.byGroup[g], ["recommendation", "byGroup", g])
  for (const [c, list] of Object.entries(policy.recommendation.byCompetency ?? {})) {
    known(list, ["recommendation", "byCompetency", c])
  }
  policy.recommendation.priorities.forEach((p, i) => {
    known(p.forms, ["recommendation", "priorities", i, "forms"])
  })
  for (const scale of ["reactionScale", "behaviourScale"] as const) {
    const s = policy.effectiveness[scale]
    if (!(s.min < s.max)) {
      out.push({
        path: ["effectiveness", scale],
        code: "empty-range",
        message: `${scale}.min (${s.min}) must be below max (${s.max})`
      })
    }
  }
  return out
}

/**
 * Decodes and validates a development policy document.
 *
 * @example
 * ```ts
 * import { Development, Presets } from "@pembinaan/core"
 * Development.decodePolicy(Presets.competency.development) // => Result.succeed(policy)
 * ```
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "DevelopmentPolicy")(input), (p) => {
    const found = policyProblems(p)
    return found.length === 0
      ? Result.succeed(p)
      : Result.fail(new Input.InvalidInput({ subject: "DevelopmentPolicy", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// JP credit
// ---------------------------------------------------------------------------------------------------------------

const creditOf = (
  policy: Policy,
  forms: ReadonlyMap<string, Form>,
  activity: Activity,
  at: ReadonlyArray<string | number>
): Result.Result<readonly [Credited, Exact.Exact], ReadonlyArray<Input.Problem>> => {
  const form = forms.get(activity.form)
  if (form === undefined) {
    return Result.fail([
      { path: [...at, "form"], code: "unknown", message: `form "${activity.form}" is not in the policy` }
    ])
  }
  let jp: Exact.Exact
  let formula: string
  if (form.credit.basis === "duration") {
    if (activity.minutes === undefined) {
      return Result.fail([
        { path: [...at, "minutes"], code: "missing", message: `"${form.name}" is credited by duration: give minutes` }
      ])
    }
    const divided = Exact.divide(Exact.fromFinite(activity.minutes), Exact.fromFinite(policy.minutesPerJp))
    if (Result.isFailure(divided)) {
      return Result.fail([
        { path: [...at, "minutes"], code: "division-by-zero", message: "the policy's minutesPerJp is 0" }
      ])
    }
    jp = divided.success
    formula = `${activity.minutes} menit / ${policy.minutesPerJp} menit per JP`
  } else {
    if (activity.units === undefined) {
      return Result.fail([
        {
          path: [...at, "units"],
          code: "missing",
          message: `"${form.name}" is credited per ${form.credit.unit}: give units`
        }
      ])
    }
    jp = Exact.multiply(Exact.fromFinite(activity.units), Exact.fromFinite(form.credit.jpPerUnit))
    formula = `${activity.units} ${form.credit.unit} × ${form.credit.jpPerUnit} JP`
  }
  let capped = false
  if (form.maxJpPerActivity !== undefined && Exact.lessThan(Exact.fromFinite(form.maxJpPerActivity), jp)) {
    jp = Exact.fromFinite(form.maxJpPerActivity)
    capped = true
    formula = `${formula}, capped at ${form.maxJpPerActivity} JP`
  }
  const credited: Credited = {
    employee: activity.employee,
    form: form.id,
    jp: Exact.format(jp),
    trace: { rule: form.credit.basis, formula, capped, confirmed: form.confirmed }
  }
  return Result.succeed([credited, jp] as const)
}

const formMap = (policy: Policy): ReadonlyMap<string, Form> => new Map(policy.forms.map((f) => [f.id, f]))

/**
 * The exact JP credit of one (untrusted) activity.
 *
 * @example
 * ```ts
 * import { Development, Presets } from "@pembinaan/core"
 * Development.credit(Presets.competency.development, { employee: "199001", form: "seminar", year: 2026, minutes: 180 })
 * // => Result.succeed({ jp: "4", trace: { formula: "180 menit / 45 menit per JP", ... } })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const credit: {
  (input: unknown): (policy: Policy) => Result.Result<Credited, Input.InvalidInput>
  (policy: Policy, input: unknown): Result.Result<Credited, Input.InvalidInput>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<Credited, Input.InvalidInput> =>
    Result.flatMap(Input.decode(Activity, "Activity")(input), (a) =>
      Result.mapBoth(creditOf(policy, formMap(policy), a, []), {
        onSuccess: ([c]) => c,
        onFailure: (problems) => new Input.InvalidInput({ subject: "Activity", problems })
      })
    )
)

const parse = (text: string): Exact.Exact =>
  Result.getOrElse(Exact.fromString(text.split(" ")[0] ?? "0"), () => Exact.zero)

/**
 * The exact total JP of a list of (untrusted) activities, as text. Additive: the total of two lists joined is the
 * exact sum of their totals (no per-activity rounding).
 *
 * @example
 * ```ts
 * import { Development, Presets } from "@pembinaan/core"
 * Development.totalJp(Presets.competency.development, [
 *   { employee: "a", form: "seminar", year: 2026, minutes: 90 },
 *   { employee: "a", form: "e-learning", year: 2026, minutes: 30 }
 * ]) // => Result.succeed("8/3 ≈ 2.666667")
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const totalJp: {
  (input: unknown): (policy: Policy) => Result.Result<string, Input.InvalidInput>
  (policy: Policy, input: unknown): Result.Result<string, Input.InvalidInput>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<string, Input.InvalidInput> =>
    Result.flatMap(Input.decode(Schema.Array(Activity), "Activities")(input), (activities) => {
      const forms = formMap(policy)
      const problems: Array<Input.Problem> = []
      let total = Exact.zero
      activities.forEach((a, i) => {
        const c = creditOf(policy, forms, a, [i])
        if (Result.isFailure(c)) problems.push(...c.failure)
        else total = Exact.add(total, c.success[1])
      })
      return problems.length === 0
        ? Result.succeed(Exact.format(total))
        : Result.fail(new Input.InvalidInput({ subject: "Activities", problems }))
    })
)

/**
 * The yearly JP report for a roster: each employee's exact total (activities of other years are ignored and
 * counted in the trace), the total rounded once with the policy's rounding, whether it reaches the minimum
 * (`rounded ≥ minimum`, inclusive: exactly 20 JP meets 20) and who is behind, largest shortfall first (ties by
 * employee id). Employees with no activity are reported with 0 JP.
 *
 * @example
 * ```ts
 * import { Development, Presets } from "@pembinaan/core"
 * Development.yearly(Presets.competency.development, {
 *   year: 2026,
 *   employees: ["a", "b"],
 *   activities: [{ employee: "a", form: "pelatihan", year: 2026, minutes: 900 }]
 * }) // => Result.succeed({ behind: ["b"], employees: [{ employee: "a", total: { text: "20.00" }, meets: true }, ...] })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const yearly: {
  (input: unknown): (policy: Policy) => Result.Result<YearReport, Input.InvalidInput>
  (policy: Policy, input: unknown): Result.Result<YearReport, Input.InvalidInput>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<YearReport, Input.InvalidInput> =>
    Result.flatMap(
      Input.decode(
        Schema.Struct({
          year: Schema.Int,
          employees: Schema.Array(Schema.NonEmptyString),
          activities: Schema.Array(Activity)
        }),
        "YearlyJp"
      )(input),
      ({ year, employees, activities }) => {
        const forms = formMap(policy)
        const problems: Array<Input.Problem> = []
        const roster = new Map<string, Array<readonly [Credited, Exact.Exact]>>()
        employees.forEach((e, i) => {
          if (roster.has(e))
            problems.push({ path: ["employees", i], code: "duplicate", message: `"${e}" is listed twice` })
          roster.set(e, [])
        })
        let otherYears = 0
        activities.forEach((a, i) => {
          const list = roster.get(a.employee)
          if (list === undefined) {
            problems.push({
              path: ["activities", i, "employee"],
              code: "unknown",
              message: `"${a.employee}" is not on the roster`
            })
          }
          const c = creditOf(policy, forms, a, ["activities", i])
          if (Result.isFailure(c)) problems.push(...c.failure)
          else if (a.year !== year) otherYears++
          else list?.push(c.success)
        })
        if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "YearlyJp", problems }))
        const minimum = Exact.fromFinite(policy.yearlyMinimumJp)
        const rows: Array<EmployeeYear & { readonly short: Exact.Exact }> = [...roster].map(([employee, list]) => {
          const exact = Exact.sum(list.map(([, jp]) => jp))
          const rounded = Exact.roundExact(exact, policy.rounding)
          const short = Exact.max(Exact.zero, Exact.subtract(minimum, rounded))
          return {
            employee,
            exact: Exact.format(exact),
            total: Exact.round(exact, policy.rounding),
            meets: Exact.greaterThanOrEqualTo(rounded, minimum),
            shortfall: Exact.format(short),
            activities: list.map(([c]) => c),
            short
          }
        })
        const behind = rows
          .filter((r) => !r.meets)
          .sort(
            (a, b) =>
              Exact.compare(b.short, a.short) || (a.employee < b.employee ? -1 : a.employee > b.employee ? 1 : 0)
          )
          .map((r) => r.employee)
        return Result.succeed({
          year,
          minimumJp: policy.yearlyMinimumJp,
          employees: rows.map(({ short: _short, ...r }) => r),
          behind,
          trace: {
            rule: "jp-minimum" as const,
            minutesPerJp: policy.minutesPerJp,
            rounding: policy.rounding,
            otherYears,
            legalBasis: policy.legalBasis
          }
        })
      }
    )
)

// ---------------------------------------------------------------------------------------------------------------
// recommendations
// ---------------------------------------------------------------------------------------------------------------

const matches = (p: Priority, profile: Profile): boolean =>
  (p.when.newAsn === undefined || p.when.newAsn === profile.newAsn) &&
  (p.when.remote === undefined || p.when.remote === profile.remote)

/**
 * Recommends development activities for every competency with a **negative** gap in a JPM match (competencies that
 * meet or exceed the standard, or were not assessed, get none). Competencies are ordered by gap, most negative
 * first (ties keep the standard's order). For each, the candidates are the policy's list for the competency, else
 * for its group; priority rules that match the profile add their forms and raise their rank by `boost`. Suggestions
 * are ordered by rank (highest first), then the policy's order, and cut at `maxPerCompetency`.
 *
 * @example
 * ```ts
 * import { Development, Presets } from "@pembinaan/core"
 * Development.recommend(Presets.competency.development, {
 *   catalogue: Presets.competency.national,
 *   match, // kerjasama gap -1
 *   profile: { newAsn: true, remote: false }
 * }) // => Result.succeed({ items: [{ competency: "kerjasama", suggestions: [{ form: "coaching" }, { form: "mentoring" }, { form: "pelatihan" }] }] })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const recommend: {
  (input: {
    readonly catalogue: Competency.Catalogue
    readonly match: Jpm.Match
    readonly profile: Profile
  }): (policy: Policy) => Result.Result<Recommendations, DevelopmentError>
  (
    policy: Policy,
    input: { readonly catalogue: Competency.Catalogue; readonly match: Jpm.Match; readonly profile: Profile }
  ): Result.Result<Recommendations, DevelopmentError>
} = dual(
  2,
  (
    policy: Policy,
    input: { readonly catalogue: Competency.Catalogue; readonly match: Jpm.Match; readonly profile: Profile }
  ): Result.Result<Recommendations, DevelopmentError> => {
    const forms = formMap(policy)
    const fired = policy.recommendation.priorities.filter((p) => matches(p, input.profile))
    const needs = input.match.rows
      .map((row, i) => ({ row, i, gap: row.gap === null ? Exact.zero : parse(row.gap) }))
      .filter(({ row, gap }) => row.status === "assessed" && Exact.lessThan(gap, Exact.zero))
      .sort((a, b) => Exact.compare(a.gap, b.gap) || a.i - b.i)
    const items: Array<Recommendation> = []
    for (const { row } of needs) {
      const def = Competency.get(input.catalogue, row.competency)
      if (Result.isFailure(def)) return Result.fail(def.failure)
      const group = def.success.group
      const base = policy.recommendation.byCompetency?.[row.competency] ?? policy.recommendation.byGroup[group]
      const candidates: Array<string> = [...base]
      for (const p of fired) for (const f of p.forms) if (!candidates.includes(f)) candidates.push(f)
      const suggestions: Array<Suggestion> = []
      for (const id of candidates) {
        const form = forms.get(id)
        if (form === undefined) return Result.fail(new UnknownForm({ form: id, known: [...forms.keys()] }))
        const boosting = fired.filter((p) => p.forms.includes(id))
        suggestions.push({
          form: id,
          name: form.name,
          kind: form.kind,
          rank: boosting.reduce((acc, p) => acc + p.boost, 0),
          reasons: [
            ...(base.includes(id) ? [`sesuai untuk kompetensi ${group === "teknis" ? "teknis" : group}`] : []),
            ...boosting.map((p) => p.reason)
          ]
        })
      }
      const ordered = suggestions
        .map((s, k) => ({ s, k }))
        .sort((a, b) => b.s.rank - a.s.rank || a.k - b.k)
        .slice(0, policy.recommendation.maxPerCompetency)
        .map(({ s }) => s)
      items.push({ competency: row.competency, group, gap: row.gap ?? "0", suggestions: ordered })
    }
    return Result.succeed({
      items,
      trace: {
        rule: "recommend" as const,
        ordering: "gap ascending (largest need first), then priority rank, then policy order" as const,
        profile: input.profile,
        priorities: fired.map((p) => p.id),
        legalBasis: policy.legalBasis
      }
    })
  }
)
