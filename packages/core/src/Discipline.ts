/**
 * Discipline of PNS: the hukuman disiplin of PP 94/2021, the unexcused-absence ladder and the effects of a sanction
 * on allowance (TPP) and awards.
 *
 * The nine kinds of sanction and their three levels (Pasal 8) are the vocabulary of this module ({@link kinds},
 * {@link catalogue}); the absence ladder that maps days of unexcused absence to a sanction is **policy data**
 * ({@link Ladder}) because its article numbering and the lateness-to-days conversion are UNCONFIRMED; the national
 * ladder ships as `Presets.rules.absenceLadder`.
 *
 * Ladder semantics: days are **working days without a valid reason** (tanpa keterangan), counted **cumulatively per
 * calendar year**; steps are **inclusive** ranges of that count (3; 4–6; 7–10; …; ≥ 28); a count below the first step
 * (1–2 days) carries no listed sanction. The **10 consecutive working days** rule is **independent** of the cumulative
 * count: both are evaluated and the heavier sanction is the result, with both in the trace.
 *
 * @since 0.1.0
 */
import { Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Calendar from "./Calendar.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The three levels (tingkat) of hukuman disiplin, lightest first.
 *
 * @category models
 * @since 0.1.0
 */
export const levels = ["ringan", "sedang", "berat"] as const

/**
 * @category models
 * @since 0.1.0
 */
export const Level = Schema.Literals(levels)

/**
 * @category models
 * @since 0.1.0
 */
export type Level = typeof Level.Type

/**
 * The nine kinds (jenis) of hukuman disiplin of PP 94/2021 Pasal 8, **ordered from lightest to heaviest**; that
 * order is the severity used whenever two sanctions are compared.
 *
 * @category models
 * @since 0.1.0
 */
export const kinds = [
  "teguran-lisan",
  "teguran-tertulis",
  "pernyataan-tidak-puas",
  "potong-tunjangan-6-bulan",
  "potong-tunjangan-9-bulan",
  "potong-tunjangan-12-bulan",
  "penurunan-jabatan-12-bulan",
  "pembebasan-jabatan-12-bulan",
  "pemberhentian-dengan-hormat"
] as const

/**
 * @category models
 * @since 0.1.0
 */
export const Kind = Schema.Literals(kinds)

/**
 * @category models
 * @since 0.1.0
 */
export type Kind = typeof Kind.Type

/**
 * What a kind of sanction is and does.
 *
 * - `allowanceCut`: hukuman sedang cut the tunjangan kinerja / TPP by `percent` for `months` months, from the month the
 *   sanction takes effect (inclusive).
 * - `months`: how long a berat demotion or removal lasts.
 * - `excludesAward`: the sanction bars the Satyalancana Karya Satya forever (sedang and berat).
 * - `stopsPay`: pay stops (discharge).
 *
 * @category models
 * @since 0.1.0
 */
export interface Info {
  readonly kind: Kind
  readonly level: Level
  readonly label: string
  readonly allowanceCut: { readonly percent: number; readonly months: number } | undefined
  readonly months: number | undefined
  readonly excludesAward: boolean
  readonly stopsPay: boolean
}

const info = (
  kind: Kind,
  level: Level,
  label: string,
  extra: Partial<Pick<Info, "allowanceCut" | "months" | "stopsPay">> = {}
): Info => ({
  kind,
  level,
  label,
  allowanceCut: extra.allowanceCut,
  months: extra.months ?? extra.allowanceCut?.months,
  excludesAward: level !== "ringan",
  stopsPay: extra.stopsPay ?? false
})

/**
 * The sanctions of PP 94/2021 Pasal 8 with their level and effects.
 *
 * @example
 * ```ts
 * import { Discipline } from "@pembinaan/core"
 * Discipline.catalogue["potong-tunjangan-9-bulan"].allowanceCut // => { percent: 25, months: 9 }
 * Discipline.catalogue["teguran-tertulis"].level // => "ringan"
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const catalogue: { readonly [K in Kind]: Info } = {
  "teguran-lisan": info("teguran-lisan", "ringan", "Teguran lisan"),
  "teguran-tertulis": info("teguran-tertulis", "ringan", "Teguran tertulis"),
  "pernyataan-tidak-puas": info("pernyataan-tidak-puas", "ringan", "Pernyataan tidak puas secara tertulis"),
  "potong-tunjangan-6-bulan": info(
    "potong-tunjangan-6-bulan",
    "sedang",
    "Pemotongan tunjangan kinerja 25% selama 6 bulan",
    {
      allowanceCut: { percent: 25, months: 6 }
    }
  ),
  "potong-tunjangan-9-bulan": info(
    "potong-tunjangan-9-bulan",
    "sedang",
    "Pemotongan tunjangan kinerja 25% selama 9 bulan",
    {
      allowanceCut: { percent: 25, months: 9 }
    }
  ),
  "potong-tunjangan-12-bulan": info(
    "potong-tunjangan-12-bulan",
    "sedang",
    "Pemotongan tunjangan kinerja 25% selama 12 bulan",
    { allowanceCut: { percent: 25, months: 12 } }
  ),
  "penurunan-jabatan-12-bulan": info(
    "penurunan-jabatan-12-bulan",
    "berat",
    "Penurunan jabatan setingkat lebih rendah selama 12 bulan",
    { months: 12 }
  ),
  "pembebasan-jabatan-12-bulan": info(
    "pembebasan-jabatan-12-bulan",
    "berat",
    "Pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan",
    { months: 12 }
  ),
  "pemberhentian-dengan-hormat": info(
    "pemberhentian-dengan-hormat",
    "berat",
    "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS",
    { stopsPay: true }
  )
}

/**
 * A sanction imposed on an employee: its kind and the month it takes effect (TMT).
 *
 * @category models
 * @since 0.1.0
 */
export const Imposed = Schema.Struct({
  kind: Kind,
  effective: Calendar.IsoMonth,
  note: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Imposed = typeof Imposed.Type

/**
 * An employee's discipline history: every sanction ever imposed (in any order).
 *
 * @category models
 * @since 0.1.0
 */
export const History = Schema.Array(Imposed)

/**
 * @category models
 * @since 0.1.0
 */
export type History = typeof History.Type

/**
 * One step of the absence ladder: the inclusive range `from`–`to` of cumulative days (open-ended without `to`) and
 * the sanction it carries.
 *
 * @category models
 * @since 0.1.0
 */
export const Step = Schema.Struct({
  from: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
  to: Schema.optionalKey(Schema.Int),
  sanction: Kind
})

/**
 * @category models
 * @since 0.1.0
 */
export type Step = typeof Step.Type

/**
 * The unexcused-absence ladder as policy data: cumulative steps and the separate consecutive-days rule.
 *
 * @category models
 * @since 0.1.0
 */
export const Ladder = Schema.Struct({
  steps: Schema.Array(Step).pipe(Schema.check(Schema.isMinLength(1))),
  consecutive: Schema.Struct({
    days: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(1))),
    sanction: Kind
  }),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.1.0
 */
export type Ladder = typeof Ladder.Type

/**
 * The status of one working day. Only `tanpa-keterangan` (absent without a valid reason) counts on the ladder.
 *
 * @category models
 * @since 0.1.0
 */
export const DayStatus = Schema.Literals(["hadir", "tanpa-keterangan", "izin", "sakit", "cuti", "dinas"])

/**
 * @category models
 * @since 0.1.0
 */
export type DayStatus = typeof DayStatus.Type

/**
 * The attendance record of one employee for one calendar year: every **working day** (the calendar of working days is
 * the caller's: weekends and holidays are simply absent) with its status. Consecutive means consecutive entries of
 * this working-day calendar, so a weekend between two absent Fridays and Mondays does not break a run.
 *
 * @category models
 * @since 0.1.0
 */
export const Attendance = Schema.Struct({
  year: Schema.Int,
  workingDays: Schema.Array(Schema.Struct({ date: Calendar.IsoDate, status: DayStatus }))
})

/**
 * @category models
 * @since 0.1.0
 */
export type Attendance = typeof Attendance.Type

/**
 * The counts the ladder reads.
 *
 * @category models
 * @since 0.1.0
 */
export interface Counts {
  readonly cumulativeDays: number
  readonly consecutiveDays: number
}

/**
 * The sanction the ladder gives, with both rules in the trace.
 *
 * @category models
 * @since 0.1.0
 */
export interface Determination {
  /** The heavier of the two rules' sanctions, or `undefined` when neither applies (for example 1–2 days). */
  readonly sanction: Kind | undefined
  readonly level: Level | undefined
  /**
   * PP 94/2021: after `consecutive.days` consecutive working days of unexcused absence, pay stops **from the month
   * after** the day the run reached that length (`YYYY-MM`). Only {@link assess} knows the dates; `undefined` when
   * the run is shorter or only counts were given.
   */
  readonly payStopsFrom: string | undefined
  readonly trace: {
    readonly rule: "absence-ladder"
    readonly inputs: Counts & { readonly longestRun?: { readonly from: string; readonly to: string } }
    /** The cumulative step that matched (inclusive range), or undefined below the first step. */
    readonly cumulative:
      | { readonly step: number; readonly from: number; readonly to: number | undefined; readonly sanction: Kind }
      | undefined
    readonly consecutive: {
      readonly threshold: number
      readonly met: boolean
      readonly sanction: Kind
      /** The working day on which the run reached the threshold (from {@link assess}). */
      readonly reachedOn?: string
    }
    readonly decidedBy: "cumulative" | "consecutive" | "both" | "none"
    readonly legalBasis: LegalBasis
  }
}

/**
 * The effects of an imposed sanction, with the months written out.
 *
 * @category models
 * @since 0.1.0
 */
export interface Effects {
  readonly kind: Kind
  readonly level: Level
  /** 25 % cut of tunjangan kinerja / TPP: first and last month (inclusive). */
  readonly allowanceCut:
    | { readonly percent: number; readonly from: string; readonly until: string; readonly months: number }
    | undefined
  /** Demotion or removal: first and last month (inclusive). */
  readonly jabatan: { readonly from: string; readonly until: string } | undefined
  readonly excludesAward: boolean
  /** Pay stops from this month (discharge). */
  readonly payStopsFrom: string | undefined
}

// ---------------------------------------------------------------------------------------------------------------
// guards and getters
// ---------------------------------------------------------------------------------------------------------------

/**
 * The severity rank of a kind (0 = teguran lisan … 8 = pemberhentian).
 *
 * @example
 * ```ts
 * import { Discipline } from "@pembinaan/core"
 * Discipline.severity("teguran-tertulis") < Discipline.severity("potong-tunjangan-6-bulan") // => true
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const severity = (kind: Kind): number => kinds.indexOf(kind)

/**
 * The level of a kind.
 *
 * @example
 * ```ts
 * import { Discipline } from "@pembinaan/core"
 * Discipline.levelOf("potong-tunjangan-12-bulan") // => "sedang"
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const levelOf = (kind: Kind): Level => catalogue[kind].level

/**
 * The heavier of two sanctions (either may be undefined).
 *
 * @category getters
 * @since 0.1.0
 */
export const heavier = (a: Kind | undefined, b: Kind | undefined): Kind | undefined =>
  a === undefined ? b : b === undefined ? a : severity(a) >= severity(b) ? a : b

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Checks a decoded ladder and returns every problem with its path: steps that do not follow each other without a gap
 * or overlap (`to + 1` must be the next `from`), a `to` below its `from`, an open-ended step that is not the last, a
 * last step that is closed (counts above it would fall off the ladder), and sanctions that get lighter as days grow.
 *
 * @example
 * ```ts
 * import { Discipline, Presets } from "@pembinaan/core"
 * Discipline.problems(Presets.rules.absenceLadder) // => []
 * ```
 *
 * @category validation
 * @since 0.1.0
 */
export const problems = (ladder: Ladder, at: ReadonlyArray<string | number> = []): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const push = (path: ReadonlyArray<string | number>, code: string, message: string) =>
    out.push({ path: [...at, ...path], code, message })
  ladder.steps.forEach((step, i) => {
    const next = ladder.steps[i + 1]
    if (step.to !== undefined && step.to < step.from) {
      push(["steps", i, "to"], "empty-range", `step ends at ${step.to}, before its start ${step.from}`)
    }
    if (next) {
      if (step.to === undefined) {
        push(["steps", i, "to"], "open-before-last", "only the last step may be open-ended")
      } else if (next.from !== step.to + 1) {
        push(
          ["steps", i + 1, "from"],
          next.from > step.to + 1 ? "gap" : "overlap",
          next.from > step.to + 1
            ? `days ${step.to + 1}–${next.from - 1} belong to no step`
            : `step starts at ${next.from}, inside the previous step (${step.from}–${step.to})`
        )
      }
      if (severity(next.sanction) < severity(step.sanction)) {
        push(["steps", i + 1, "sanction"], "not-monotone", `"${next.sanction}" is lighter than "${step.sanction}"`)
      }
    } else if (step.to !== undefined) {
      push(["steps", i, "to"], "not-covering", `the last step must be open-ended; counts above ${step.to} get nothing`)
    }
  })
  return out
}

/**
 * Decodes and validates a ladder document.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeLadder = (input: unknown): Result.Result<Ladder, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Ladder, "AbsenceLadder")(input), (ladder) => {
    const found = problems(ladder)
    return found.length === 0
      ? Result.succeed(ladder)
      : Result.fail(new Input.InvalidInput({ subject: "AbsenceLadder", problems: found }))
  })

/**
 * Decodes a discipline history.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeHistory = Input.decode(History, "DisciplineHistory")

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

const countProblems = (counts: Counts): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  for (const field of ["cumulativeDays", "consecutiveDays"] as const) {
    const v = counts[field]
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) {
      out.push({ path: [field], code: "invalid", message: `expected a whole number of days ≥ 0, got ${String(v)}` })
    }
  }
  if (out.length === 0 && counts.consecutiveDays > counts.cumulativeDays) {
    out.push({
      path: ["consecutiveDays"],
      code: "invalid",
      message: `a run of ${counts.consecutiveDays} days cannot exceed the ${counts.cumulativeDays} days counted`
    })
  }
  return out
}

const determine = (
  ladder: Ladder,
  counts: Counts,
  run?: { from: string; to: string },
  reachedOn?: string
): Determination => {
  let cumulative: Determination["trace"]["cumulative"]
  ladder.steps.forEach((step, i) => {
    if (counts.cumulativeDays >= step.from && (step.to === undefined || counts.cumulativeDays <= step.to)) {
      cumulative = { step: i, from: step.from, to: step.to, sanction: step.sanction }
    }
  })
  const met = counts.consecutiveDays >= ladder.consecutive.days
  const byRun = met ? ladder.consecutive.sanction : undefined
  const sanction = heavier(cumulative?.sanction, byRun)
  const decidedBy =
    sanction === undefined
      ? "none"
      : cumulative?.sanction === sanction && byRun === sanction
        ? "both"
        : byRun === sanction
          ? "consecutive"
          : "cumulative"
  const payStopsFrom =
    met && reachedOn !== undefined
      ? Calendar.fromMonthNumber((Calendar.monthNumber(reachedOn.slice(0, 7)) ?? 0) + 1)
      : undefined
  return {
    sanction,
    level: sanction && levelOf(sanction),
    payStopsFrom,
    trace: {
      rule: "absence-ladder",
      inputs: run ? { ...counts, longestRun: run } : { ...counts },
      cumulative,
      consecutive:
        met && reachedOn !== undefined
          ? { threshold: ladder.consecutive.days, met, sanction: ladder.consecutive.sanction, reachedOn }
          : { threshold: ladder.consecutive.days, met, sanction: ladder.consecutive.sanction },
      decidedBy,
      legalBasis: ladder.legalBasis
    }
  }
}

/**
 * The sanction for given counts of unexcused working days in a calendar year: the cumulative step whose inclusive
 * range holds `cumulativeDays`, and independently the consecutive rule (`consecutiveDays ≥ ladder.consecutive.days`);
 * the heavier wins. Counts must be whole numbers ≥ 0 with the run not longer than the total, otherwise
 * {@link Input.InvalidInput} names the field.
 *
 * @example
 * ```ts
 * import { Discipline, Presets } from "@pembinaan/core"
 * const ladder = Presets.rules.absenceLadder
 * Discipline.sanctionFor(ladder, { cumulativeDays: 2, consecutiveDays: 2 }) // => sanction undefined (1–2 days)
 * Discipline.sanctionFor(ladder, { cumulativeDays: 11, consecutiveDays: 1 }) // => "potong-tunjangan-6-bulan"
 * Discipline.sanctionFor(ladder, { cumulativeDays: 10, consecutiveDays: 10 }) // => "pemberhentian-dengan-hormat"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const sanctionFor: {
  (counts: Counts): (ladder: Ladder) => Result.Result<Determination, Input.InvalidInput>
  (ladder: Ladder, counts: Counts): Result.Result<Determination, Input.InvalidInput>
} = dual(2, (ladder: Ladder, counts: Counts): Result.Result<Determination, Input.InvalidInput> => {
  const found = countProblems(counts)
  return found.length > 0
    ? Result.fail(new Input.InvalidInput({ subject: "AbsenceCounts", problems: found }))
    : Result.succeed(determine(ladder, counts))
})

/**
 * Reads an attendance record (untrusted: it is decoded) and returns the sanction. Dates must exist, lie in the
 * record's calendar year and appear once; every violation is a problem with its path. The longest run of consecutive
 * `tanpa-keterangan` working days is in the trace. A run is counted within the year only: a run that crosses
 * 31 December must be judged on both records by the caller. When the first run reaches `ladder.consecutive.days`
 * working days, `payStopsFrom` is the month **after** the day it did (PP 94/2021: pay stops from the following month;
 * a run completed on 13 March stops pay from April), and `trace.consecutive.reachedOn` names that day.
 *
 * @example
 * ```ts
 * import { Discipline, Presets } from "@pembinaan/core"
 * Discipline.assess(Presets.rules.absenceLadder, {
 *   year: 2026,
 *   workingDays: [
 *     { date: "2026-03-02", status: "tanpa-keterangan" },
 *     { date: "2026-03-03", status: "tanpa-keterangan" },
 *     { date: "2026-03-04", status: "tanpa-keterangan" }
 *   ]
 * }) // => sanction "teguran-lisan", trace.inputs.cumulativeDays 3
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const assess: {
  (attendance: unknown): (ladder: Ladder) => Result.Result<Determination, Input.InvalidInput>
  (ladder: Ladder, attendance: unknown): Result.Result<Determination, Input.InvalidInput>
} = dual(
  2,
  (ladder: Ladder, input: unknown): Result.Result<Determination, Input.InvalidInput> =>
    Result.flatMap(Input.decode(Attendance, "Attendance")(input), (attendance) => {
      const found: Array<Input.Problem> = []
      const seen = new Map<string, number>()
      attendance.workingDays.forEach((day, i) => {
        if (!day.date.startsWith(`${attendance.year}-`)) {
          found.push({
            path: ["workingDays", i, "date"],
            code: "other-year",
            message: `${day.date} is not in ${attendance.year}`
          })
        }
        const before = seen.get(day.date)
        if (before !== undefined) {
          found.push({
            path: ["workingDays", i, "date"],
            code: "duplicate",
            message: `${day.date} is already given at index ${before}`
          })
        } else seen.set(day.date, i)
      })
      if (found.length > 0) return Result.fail(new Input.InvalidInput({ subject: "Attendance", problems: found }))
      const days = [...attendance.workingDays].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      let cumulativeDays = 0
      let best = { days: 0, from: "", to: "" }
      let run = { days: 0, from: "" }
      let reachedOn: string | undefined
      for (const day of days) {
        if (day.status === "tanpa-keterangan") {
          cumulativeDays++
          run = run.days === 0 ? { days: 1, from: day.date } : { days: run.days + 1, from: run.from }
          if (run.days > best.days) best = { days: run.days, from: run.from, to: day.date }
          if (run.days === ladder.consecutive.days && reachedOn === undefined) reachedOn = day.date
        } else run = { days: 0, from: "" }
      }
      return Result.succeed(
        determine(
          ladder,
          { cumulativeDays, consecutiveDays: best.days },
          best.days > 0 ? { from: best.from, to: best.to } : undefined,
          reachedOn
        )
      )
    })
)

/**
 * The effects of an imposed sanction with the months written out: the 25 % allowance cut runs from the effective
 * month for 6, 9 or 12 months **inclusive of the first** (effective 2026-03 for 6 months: 2026-03 to 2026-08);
 * demotion and removal last 12 months; discharge stops pay from the effective month; sedang and berat exclude the
 * employee from the Satyalancana Karya Satya.
 *
 * @example
 * ```ts
 * import { Discipline } from "@pembinaan/core"
 * Discipline.effects({ kind: "potong-tunjangan-6-bulan", effective: "2026-03" }).allowanceCut
 * // => { percent: 25, from: "2026-03", until: "2026-08", months: 6 }
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const effects = (imposed: Imposed): Effects => {
  const c = catalogue[imposed.kind]
  const start = Calendar.monthNumber(imposed.effective) ?? 0
  return {
    kind: imposed.kind,
    level: c.level,
    allowanceCut: c.allowanceCut && {
      percent: c.allowanceCut.percent,
      from: Calendar.fromMonthNumber(start),
      until: Calendar.fromMonthNumber(start + c.allowanceCut.months - 1),
      months: c.allowanceCut.months
    },
    jabatan:
      c.level === "berat" && c.months !== undefined
        ? { from: Calendar.fromMonthNumber(start), until: Calendar.fromMonthNumber(start + c.months - 1) }
        : undefined,
    excludesAward: c.excludesAward,
    payStopsFrom: c.stopsPay ? Calendar.fromMonthNumber(start) : undefined
  }
}

/**
 * What the history means for the allowance of one month: the allowance-cut percent in force (overlapping cuts do not
 * add up: the largest applies, and the trace lists all) and whether pay has stopped.
 *
 * @example
 * ```ts
 * import { Discipline } from "@pembinaan/core"
 * Discipline.inForce([{ kind: "potong-tunjangan-6-bulan", effective: "2026-03" }], "2026-08").cutPercent // => 25
 * Discipline.inForce([{ kind: "potong-tunjangan-6-bulan", effective: "2026-03" }], "2026-09").cutPercent // => 0
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const inForce: {
  (month: string): (history: History) => InForce
  (history: History, month: string): InForce
} = dual(2, (history: History, month: string): InForce => {
  const m = Calendar.monthNumber(month) ?? Number.NaN
  let cutPercent = 0
  const cuts: Array<Effects> = []
  let payStopped: Imposed | undefined
  let jabatan: Effects | undefined
  for (const imposed of history) {
    const e = effects(imposed)
    const start = Calendar.monthNumber(imposed.effective) ?? Number.POSITIVE_INFINITY
    const months = catalogue[imposed.kind].months
    if (e.jabatan && months !== undefined && start <= m && m <= start + months - 1) {
      if (!jabatan || severity(e.kind) > severity(jabatan.kind)) jabatan = e
    }
    if (e.allowanceCut && start <= m && m <= start + e.allowanceCut.months - 1) {
      cuts.push(e)
      cutPercent = Math.max(cutPercent, e.allowanceCut.percent)
    }
    if (e.payStopsFrom !== undefined && start <= m) payStopped = imposed
  }
  return { month, cutPercent, cuts, payStopped, jabatan }
})

/**
 * The discipline effects in force in one month.
 *
 * @category models
 * @since 0.1.0
 */
export interface InForce {
  readonly month: string
  readonly cutPercent: number
  readonly cuts: ReadonlyArray<Effects>
  readonly payStopped: Imposed | undefined
  /**
   * A berat demotion (penurunan jabatan) or removal to a jabatan pelaksana (pembebasan) running this month: the
   * employee holds a lower jabatan, so a lower kelas jabatan and TPP ceiling apply (the heavier if two overlap).
   */
  readonly jabatan: Effects | undefined
}

/**
 * The sanctions of the given levels in a history within a scope: `ever`, `year` (effective in the calendar year of
 * `asOf`) or `active` (an effect running in the month of `asOf`: an allowance cut, a 12-month berat sanction, or a
 * discharge; ringan sanctions have no running effect and are never active).
 *
 * @example
 * ```ts
 * import { Discipline } from "@pembinaan/core"
 * const h = [{ kind: "potong-tunjangan-6-bulan", effective: "2020-01" }] as const
 * Discipline.matching(h, ["sedang", "berat"], "ever", "2026-05").length // => 1
 * Discipline.matching(h, ["sedang", "berat"], "active", "2026-05").length // => 0
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const matching = (
  history: History,
  levelsWanted: ReadonlyArray<Level>,
  scope: "ever" | "year" | "active",
  asOf: string
): ReadonlyArray<Imposed> => {
  const m = Calendar.monthNumber(asOf.slice(0, 7)) ?? Number.NaN
  return history.filter((imposed) => {
    const c = catalogue[imposed.kind]
    if (!levelsWanted.includes(c.level)) return false
    const start = Calendar.monthNumber(imposed.effective) ?? Number.POSITIVE_INFINITY
    if (start > m) return false
    switch (scope) {
      case "ever":
        return true
      case "year":
        return Math.floor(start / 12) === Math.floor(m / 12)
      case "active":
        return c.stopsPay || (c.months !== undefined && m <= start + c.months - 1)
      default:
        return false
    }
  })
}
