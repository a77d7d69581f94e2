/**
 * Tambahan Penghasilan Pegawai (TPP): the regional allowance, as policy data.
 *
 * A region's TPP rule ({@link Policy}) splits the employee's ceiling (pagu) into a **kinerja** part (paid by the
 * predikat or by a capaian percent) and a **disiplin** part (reduced by per-day deductions for lateness, early leave,
 * absence, a missing clock-in or clock-out, a missed apel). The 60/40 split that many Perkada use is **not confirmed
 * as national**, so the split is policy. Deductions are percentages of the disiplin part, summed over the month; the
 * disiplin part is **floored at zero**. A hukuman disiplin sedang in force cuts the allowance by 25 % (PP 94/2021).
 * Some situations mean the TPP is **not paid** (CLTN, MPP, …) or **deferred** (late LHKPN/LHKASN): both lists are
 * policy.
 *
 * Arithmetic is exact ({@link Exact}); the amount is rounded **once**, at the end, to the policy's rounding (whole
 * rupiah: scale 0), and is always between 0 and the ceiling.
 *
 * Lateness is measured in **seconds** after the start of work. A rule first applies its **grace** (at most
 * `graceSeconds` late counts as on time), then classifies the exact minutes (`seconds / 60`) with a
 * {@link Band.Table} whose rounding (scale 0) turns them into whole minutes: `ceiling` makes blocks `(0, 30]`,
 * `(30, 60]`, `> 60` (edges 1, 31, 61); `floor` makes "1 to < 31", "31 to < 61", … (edges 1, 31, 61, 91, with exactly 91
 * in the last band).
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Calendar from "./Calendar.js"
import * as Discipline from "./Discipline.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

const Percent = Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 })))

/**
 * A lateness (or early-leave) deduction rule: the grace in seconds, the band table over exact minutes and the
 * percent of the disiplin part each band deducts per day (by band label; every label must have a percent).
 *
 * @category models
 * @since 0.1.0
 */
export const TimeRule = Schema.Struct({
  graceSeconds: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  table: Band.Table,
  percent: Schema.Record(Schema.String, Percent)
})

/**
 * @category models
 * @since 0.1.0
 */
export type TimeRule = typeof TimeRule.Type

/**
 * A situation in which the TPP is not paid or is deferred, with its code (what input `conditions` name).
 *
 * @category models
 * @since 0.1.0
 */
export const Situation = Schema.Struct({
  code: Schema.NonEmptyString,
  label: Schema.String,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Situation = typeof Situation.Type

/**
 * How the kinerja part is earned: `predikat` pays a percent per predikat; `capaian` takes a percent (0–100) from the
 * caller (for example a region's SKP plus activity score).
 *
 * @category models
 * @since 0.1.0
 */
export const KinerjaRule = Schema.Union([
  Schema.Struct({
    by: Schema.Literal("predikat"),
    percent: Schema.Struct({
      "Sangat Baik": Percent,
      Baik: Percent,
      "Butuh Perbaikan": Percent,
      "Kurang/Misconduct": Percent,
      "Sangat Kurang": Percent
    })
  }),
  Schema.Struct({ by: Schema.Literal("capaian") })
])

/**
 * @category models
 * @since 0.1.0
 */
export type KinerjaRule = typeof KinerjaRule.Type

/**
 * A region's TPP policy.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({
  name: Schema.NonEmptyString,
  rounding: Exact.Rounding,
  split: Schema.Struct({ kinerja: Percent, disiplin: Percent, legalBasis: LegalBasis }),
  kinerja: KinerjaRule,
  deductions: Schema.Struct({
    lateness: TimeRule,
    earlyLeave: TimeRule,
    /** Per day absent without a valid reason (tanpa keterangan). */
    absent: Percent,
    /** Per day present without a clock-in record. */
    noClockIn: Percent,
    /** Per day without a clock-out record. */
    noClockOut: Percent,
    /** Per missed apel or upacara. */
    missedApel: Percent,
    /** Per day on an approved document. */
    documented: Schema.Struct({ izin: Percent, sakit: Percent, cuti: Percent, dinas: Percent }),
    legalBasis: LegalBasis
  }),
  /** What the 25 % cut of a hukuman disiplin sedang applies to. */
  disciplineCut: Schema.Literals(["total", "kinerja"]),
  notPaid: Schema.Array(Situation),
  deferred: Schema.Array(Situation),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * One working day of the month. On a `hadir` day, `lateSeconds` and `earlyLeaveSeconds` (default 0), `clockIn` and
 * `clockOut` (default true: recorded) and `apel` (`hadir`, `tidak-hadir`, `tidak-wajib`; default `tidak-wajib`) are
 * read; on any other day only the status is.
 *
 * @category models
 * @since 0.1.0
 */
export const Day = Schema.Struct({
  date: Calendar.IsoDate,
  status: Discipline.DayStatus,
  lateSeconds: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))),
  earlyLeaveSeconds: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))),
  clockIn: Schema.optionalKey(Schema.Boolean),
  clockOut: Schema.optionalKey(Schema.Boolean),
  apel: Schema.optionalKey(Schema.Literals(["hadir", "tidak-hadir", "tidak-wajib"]))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Day = typeof Day.Type

/**
 * The monthly input for one employee: the month, the ceiling in whole rupiah, the kinerja basis (a predikat or a
 * capaian percent, as the policy needs), the working days, the situation codes that apply and the discipline history.
 *
 * @category models
 * @since 0.1.0
 */
export const MonthInput = Schema.Struct({
  month: Calendar.IsoMonth,
  ceiling: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  predikat: Schema.optionalKey(Quadrant.Predikat),
  kinerjaPercent: Schema.optionalKey(Percent),
  days: Schema.Array(Day),
  conditions: Schema.optionalKey(Schema.Array(Schema.String)),
  discipline: Schema.optionalKey(Discipline.History),
  /**
   * PP 94/2021: the month pay stops from after 10 consecutive working days of unexcused absence
   * (`Discipline.assess(...).payStopsFrom`, the month **after** the run). Months before it are paid as usual.
   */
  payStopFrom: Schema.optionalKey(Calendar.IsoMonth),
  /**
   * The TPP ceiling of the lower jabatan held while a berat demotion or removal (penurunan / pembebasan jabatan)
   * runs; required in such a month, because the kelas jabatan, and so the ceiling, changes.
   */
  sanctionCeiling: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))))
})

/**
 * @category models
 * @since 0.1.0
 */
export type MonthInput = typeof MonthInput.Type

/**
 * One deduction line of the disiplin part.
 *
 * @category models
 * @since 0.1.0
 */
export interface Deduction {
  readonly date: string
  readonly kind: "lateness" | "early-leave" | "absent" | "no-clock-in" | "no-clock-out" | "missed-apel" | "documented"
  /** The band for time rules (with whole minutes), the status for documented days. */
  readonly detail: string
  readonly percent: string
}

/**
 * The month's TPP with its trace. `status` is `paid`, `not-paid` (amount 0) or `deferred` (the amount is computed
 * and payable later).
 *
 * @category models
 * @since 0.1.0
 */
export interface Payment {
  readonly status: "paid" | "not-paid" | "deferred"
  readonly amount: Exact.Rounded
  readonly trace: {
    readonly rule: "tpp"
    readonly policy: string
    readonly month: string
    readonly ceiling: number
    readonly split: { readonly kinerja: string; readonly disiplin: string }
    readonly kinerja: {
      readonly share: string
      readonly source: "predikat" | "capaian"
      readonly basis: string
      readonly percent: string
      readonly amount: string
    }
    readonly disiplin: {
      readonly share: string
      readonly deductions: ReadonlyArray<Deduction>
      readonly totalPercent: string
      readonly floored: boolean
      readonly amount: string
    }
    readonly disciplineCut:
      | { readonly percent: number; readonly base: "total" | "kinerja"; readonly by: ReadonlyArray<string> }
      | undefined
    readonly situations: ReadonlyArray<{ readonly code: string; readonly effect: "not-paid" | "deferred" }>
    readonly payStoppedBy: string | undefined
    /** The month pay stops from under the 10-consecutive-days rule, when given. */
    readonly payStopFrom: string | undefined
    /** A berat sanction changed the kelas jabatan: the ceiling used instead of `ceiling`. */
    readonly ceilingUnderSanction:
      | { readonly ceiling: number; readonly by: string; readonly from: string; readonly until: string }
      | undefined
    readonly beforeRounding: string
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A situation code in the input that the policy lists neither as not-paid nor as deferred.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownSituation extends Data.TaggedError("UnknownSituation")<{
  readonly path: ReadonlyArray<string | number>
  readonly code: string
  readonly known: ReadonlyArray<string>
}> {}

/**
 * The policy pays kinerja by predikat (or capaian) but the input lacks it.
 *
 * @category errors
 * @since 0.1.0
 */
export class KinerjaBasisMissing extends Data.TaggedError("KinerjaBasisMissing")<{
  readonly path: ReadonlyArray<string>
  readonly needed: "predikat" | "capaian"
}> {}

/**
 * A berat demotion or removal runs in the month but the input lacks `sanctionCeiling`, the ceiling of the lower
 * jabatan (the amount would otherwise be computed on the old kelas jabatan).
 *
 * @category errors
 * @since 0.2.0
 */
export class SanctionCeilingMissing extends Data.TaggedError("SanctionCeilingMissing")<{
  readonly path: ReadonlyArray<string>
  readonly kind: string
  readonly from: string
  readonly until: string
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type AllowanceError = UnknownSituation | KinerjaBasisMissing | SanctionCeilingMissing | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

const ex = Exact.fromFinite
const hundred = Exact.int(100)
const pct = (x: Exact.Exact): Exact.Exact => Exact.multiply(x, Exact.fraction(1, 100))

const timeRuleProblems = (rule: TimeRule, at: ReadonlyArray<string | number>): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = [...Band.problems(rule.table, [...at, "table"])]
  const labels = rule.table.bands.map((b) => b.label)
  rule.table.bands.forEach((band, i) => {
    if (!(band.label in rule.percent)) {
      out.push({
        path: [...at, "table", "bands", i, "label"],
        code: "missing-percent",
        message: `band "${band.label}" has no deduction percent`
      })
    }
  })
  for (const label of Object.keys(rule.percent)) {
    if (!labels.includes(label)) {
      out.push({ path: [...at, "percent", label], code: "unknown-band", message: `no band is labelled "${label}"` })
    }
  }
  if (rule.table.rounding.scale !== 0) {
    out.push({
      path: [...at, "table", "rounding", "scale"],
      code: "invalid",
      message: "minutes are whole: the table's rounding scale must be 0"
    })
  }
  return out
}

/**
 * Checks a decoded policy and returns every problem with its path: a split that does not sum to exactly 100, band
 * problems of the time tables, bands without a percent or percents without a band, and a situation code listed twice.
 *
 * @example
 * ```ts
 * import { Allowance, Presets } from "@pembinaan/core"
 * Allowance.problems(Presets.allowance.manado) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const problems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const total = Exact.add(ex(policy.split.kinerja), ex(policy.split.disiplin))
  if (!Exact.equals(total, hundred)) {
    out.push({
      path: ["split"],
      code: "weights-do-not-sum",
      message: `kinerja + disiplin must be exactly 100, got ${Exact.format(total)}`
    })
  }
  out.push(...timeRuleProblems(policy.deductions.lateness, ["deductions", "lateness"]))
  out.push(...timeRuleProblems(policy.deductions.earlyLeave, ["deductions", "earlyLeave"]))
  const seen = new Set<string>()
  for (const list of ["notPaid", "deferred"] as const) {
    policy[list].forEach((s, i) => {
      if (seen.has(s.code)) {
        out.push({ path: [list, i, "code"], code: "duplicate", message: `situation "${s.code}" is listed twice` })
      }
      seen.add(s.code)
    })
  }
  return out
}

/**
 * Decodes and validates a TPP policy document.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "AllowancePolicy")(input), (policy) => {
    const found = problems(policy)
    return found.length === 0
      ? Result.succeed(policy)
      : Result.fail(new Input.InvalidInput({ subject: "AllowancePolicy", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * The per-day deduction of a time rule for a number of seconds: 0 within the grace, otherwise the percent of the
 * band that the exact minutes (`seconds / 60`, rounded by the table to whole minutes) fall in. Minutes past the
 * table's range are clamped or rejected as the table says.
 *
 * @example
 * ```ts
 * import { Allowance, Presets } from "@pembinaan/core"
 * const manado = Presets.allowance.manado.deductions.lateness
 * Allowance.timeDeduction(manado, 59).percent // => "0" (grace)
 * Allowance.timeDeduction(manado, 30 * 60).percent // => "1" (block (0, 30])
 * Allowance.timeDeduction(manado, 30 * 60 + 1).percent // => "2" (block (30, 60])
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const timeDeduction: {
  (seconds: number): (rule: TimeRule) => TimeDeduction
  (rule: TimeRule, seconds: number): TimeDeduction
} = dual(2, (rule: TimeRule, seconds: number): TimeDeduction => {
  if (seconds <= rule.graceSeconds) return { percent: "0", band: "grace", minutes: "0", exact: Exact.zero }
  const minutes = Exact.fraction(seconds, 60)
  const c = Band.classify(rule.table, minutes)
  if (Result.isFailure(c)) {
    return { percent: "0", band: "out-of-range", minutes: Exact.format(minutes), exact: Exact.zero }
  }
  const p = ex(rule.percent[c.success.label] ?? 0)
  return { percent: Exact.format(p), band: c.success.label, minutes: c.success.score.text, exact: p }
})

/**
 * The result of {@link timeDeduction}.
 *
 * @category models
 * @since 0.1.0
 */
export interface TimeDeduction {
  readonly percent: string
  readonly band: string
  readonly minutes: string
  readonly exact: Exact.Exact
}

/**
 * Computes one month's TPP for one employee (the input is untrusted and decoded).
 *
 * 1. kinerja = ceiling × split.kinerja % × (predikat percent or capaian %);
 * 2. disiplin = max(0, ceiling × split.disiplin % × (100 − Σ deductions %) / 100);
 * 3. a hukuman disiplin sedang in force that month cuts 25 % of the total (or of kinerja, per policy);
 * 4. a situation in `notPaid`, a discharge in force, or a month at or after `payStopFrom` (PP 94/2021: the month
 *    after 10 consecutive working days of unexcused absence) makes the amount 0; one in `deferred` keeps the amount
 *    and marks it deferred;
 * 0. before all this, a berat demotion or removal running in the month replaces `ceiling` with `sanctionCeiling`
 *    (the lower jabatan's kelas jabatan sets it; missing, it fails with {@link SanctionCeilingMissing});
 * 5. the exact total is clamped to [0, ceiling] and rounded once with the policy's rounding.
 *
 * Days must lie in the month and appear once (problems with paths). An unknown situation code fails with
 * {@link UnknownSituation}; a missing predikat or capaian with {@link KinerjaBasisMissing}.
 *
 * @example
 * ```ts
 * import { Allowance, Presets } from "@pembinaan/core"
 * // ceiling 5,000,000; 60/40; capaian 100 %; one day 45 minutes late (Manado: 2 %)
 * Allowance.compute(Presets.allowance.manado, {
 *   month: "2026-03", ceiling: 5_000_000, kinerjaPercent: 100,
 *   days: [{ date: "2026-03-02", status: "hadir", lateSeconds: 45 * 60 }]
 * }) // => amount.text "4960000" (3,000,000 + 2,000,000 × 98 %)
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const compute: {
  (input: unknown): (policy: Policy) => Result.Result<Payment, AllowanceError>
  (policy: Policy, input: unknown): Result.Result<Payment, AllowanceError>
} = dual(2, (policy: Policy, raw: unknown): Result.Result<Payment, AllowanceError> => {
  const decoded = Input.decode(MonthInput, "AllowanceInput")(raw)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const input = decoded.success
  const found: Array<Input.Problem> = []
  const seen = new Set<string>()
  input.days.forEach((day, i) => {
    if (!day.date.startsWith(`${input.month}-`)) {
      found.push({ path: ["days", i, "date"], code: "other-month", message: `${day.date} is not in ${input.month}` })
    }
    if (seen.has(day.date)) {
      found.push({ path: ["days", i, "date"], code: "duplicate", message: `${day.date} is given twice` })
    }
    seen.add(day.date)
  })
  if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "AllowanceInput", problems: found }))

  // situations
  const situations: Array<{ code: string; effect: "not-paid" | "deferred" }> = []
  const codes = [...policy.notPaid, ...policy.deferred].map((s) => s.code)
  for (const [i, code] of (input.conditions ?? []).entries()) {
    if (policy.notPaid.some((s) => s.code === code)) situations.push({ code, effect: "not-paid" })
    else if (policy.deferred.some((s) => s.code === code)) situations.push({ code, effect: "deferred" })
    else return Result.fail(new UnknownSituation({ path: ["conditions", i], code, known: codes }))
  }

  // kinerja
  let kinerjaPercent: Exact.Exact
  let basis: string
  if (policy.kinerja.by === "predikat") {
    if (input.predikat === undefined) {
      return Result.fail(new KinerjaBasisMissing({ path: ["predikat"], needed: "predikat" }))
    }
    kinerjaPercent = ex(policy.kinerja.percent[input.predikat])
    basis = input.predikat
  } else {
    if (input.kinerjaPercent === undefined) {
      return Result.fail(new KinerjaBasisMissing({ path: ["kinerjaPercent"], needed: "capaian" }))
    }
    kinerjaPercent = ex(input.kinerjaPercent)
    basis = Exact.format(kinerjaPercent)
  }
  const inForce = Discipline.inForce(input.discipline ?? [], input.month)
  let ceilingUnderSanction: Payment["trace"]["ceilingUnderSanction"]
  if (inForce.jabatan?.jabatan) {
    const j = inForce.jabatan
    if (input.sanctionCeiling === undefined) {
      return Result.fail(
        new SanctionCeilingMissing({
          path: ["sanctionCeiling"],
          kind: j.kind,
          from: j.jabatan?.from ?? input.month,
          until: j.jabatan?.until ?? input.month
        })
      )
    }
    ceilingUnderSanction = {
      ceiling: input.sanctionCeiling,
      by: j.kind,
      from: j.jabatan?.from ?? input.month,
      until: j.jabatan?.until ?? input.month
    }
  }
  const ceilingUsed = ceilingUnderSanction?.ceiling ?? input.ceiling
  const ceiling = Exact.int(ceilingUsed)
  const kinerjaShare = Exact.multiply(ceiling, pct(ex(policy.split.kinerja)))
  const disiplinShare = Exact.multiply(ceiling, pct(ex(policy.split.disiplin)))
  let kinerja = Exact.multiply(kinerjaShare, pct(kinerjaPercent))

  // disiplin
  const d = policy.deductions
  const lines: Array<Deduction> = []
  const amounts: Array<Exact.Exact> = []
  const add = (date: string, kind: Deduction["kind"], detail: string, p: Exact.Exact) => {
    if (p.n === 0n) return
    lines.push({ date, kind, detail, percent: Exact.format(p) })
    amounts.push(p)
  }
  const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : 1))
  for (const day of days) {
    switch (day.status) {
      case "hadir": {
        if (day.clockIn === false) add(day.date, "no-clock-in", "tanpa rekam datang", ex(d.noClockIn))
        else {
          const late = timeDeduction(d.lateness, day.lateSeconds ?? 0)
          add(day.date, "lateness", `${late.band} (${late.minutes} menit)`, late.exact)
        }
        if (day.clockOut === false) add(day.date, "no-clock-out", "tanpa rekam pulang", ex(d.noClockOut))
        else {
          const early = timeDeduction(d.earlyLeave, day.earlyLeaveSeconds ?? 0)
          add(day.date, "early-leave", `${early.band} (${early.minutes} menit)`, early.exact)
        }
        if (day.apel === "tidak-hadir") add(day.date, "missed-apel", "tidak apel", ex(d.missedApel))
        break
      }
      case "tanpa-keterangan":
        add(day.date, "absent", "tanpa keterangan", ex(d.absent))
        break
      default:
        add(day.date, "documented", day.status, ex(d.documented[day.status]))
    }
  }
  const totalPercent = Exact.sum(amounts)
  const keep = Exact.subtract(hundred, totalPercent)
  const floored = Exact.lessThan(keep, Exact.zero)
  const disiplin = Exact.multiply(disiplinShare, pct(Exact.max(keep, Exact.zero)))

  // hukuman disiplin
  let total = Exact.add(kinerja, disiplin)
  let disciplineCut: Payment["trace"]["disciplineCut"]
  if (inForce.cutPercent > 0) {
    const factor = pct(Exact.subtract(hundred, Exact.int(inForce.cutPercent)))
    if (policy.disciplineCut === "total") total = Exact.multiply(total, factor)
    else {
      kinerja = Exact.multiply(kinerja, factor)
      total = Exact.add(kinerja, disiplin)
    }
    disciplineCut = { percent: inForce.cutPercent, base: policy.disciplineCut, by: inForce.cuts.map((c) => c.kind) }
  }

  const stoppedByRun = input.payStopFrom !== undefined && input.month >= input.payStopFrom
  const notPaid = situations.some((s) => s.effect === "not-paid") || inForce.payStopped !== undefined || stoppedByRun
  const deferred = !notPaid && situations.some((s) => s.effect === "deferred")
  const exact = notPaid ? Exact.zero : Exact.clamp(total, Exact.zero, ceiling)
  const amount = Exact.round(exact, policy.rounding)
  return Result.succeed({
    status: notPaid ? "not-paid" : deferred ? "deferred" : "paid",
    amount,
    trace: {
      rule: "tpp",
      policy: policy.name,
      month: input.month,
      ceiling: input.ceiling,
      split: { kinerja: Exact.format(ex(policy.split.kinerja)), disiplin: Exact.format(ex(policy.split.disiplin)) },
      kinerja: {
        share: Exact.format(kinerjaShare),
        source: policy.kinerja.by,
        basis,
        percent: Exact.format(kinerjaPercent),
        amount: Exact.format(kinerja)
      },
      disiplin: {
        share: Exact.format(disiplinShare),
        deductions: lines,
        totalPercent: Exact.format(totalPercent),
        floored,
        amount: Exact.format(disiplin)
      },
      disciplineCut,
      situations,
      payStoppedBy: inForce.payStopped?.kind ?? (stoppedByRun ? "tidak-masuk-10-hari-kerja-berturut-turut" : undefined),
      payStopFrom: input.payStopFrom,
      ceilingUnderSanction,
      beforeRounding: Exact.format(exact),
      legalBasis: policy.legalBasis
    }
  })
})
