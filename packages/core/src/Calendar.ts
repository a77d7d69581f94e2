/**
 * Calendar dates and months as the regulations count them: ISO `YYYY-MM-DD` dates that must exist, `YYYY-MM`
 * months, day and month arithmetic in UTC (no time zones, no daylight saving), month addition that clamps to the
 * end of a shorter month, and completed years of service.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(\d{2})$/
const DAY_MS = 86_400_000

/**
 * Days since 1970-01-01 of an existing ISO date, or `undefined` (`"2026-02-30"` does not exist).
 *
 * @example
 * ```ts
 * import { Calendar } from "@pembinaan/core"
 * Calendar.dayNumber("1970-01-02") // => 1
 * Calendar.dayNumber("2026-02-30") // => undefined
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const dayNumber = (iso: string): number | undefined => {
  const m = DATE.exec(iso)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = Date.UTC(y, mo - 1, d)
  const back = new Date(t)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined
  return t / DAY_MS
}

/**
 * The ISO date of a day number (the inverse of {@link dayNumber}).
 *
 * @example
 * ```ts
 * import { Calendar } from "@pembinaan/core"
 * Calendar.fromDayNumber(1) // => "1970-01-02"
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/**
 * Months since year 0 of a `YYYY-MM` month, or `undefined`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pembinaan/core"
 * Calendar.monthNumber("2026-01") - Calendar.monthNumber("2025-12") // => 1
 * ```
 *
 * @category conversions
 * @since 0.1.0
 */
export const monthNumber = (iso: string): number | undefined => {
  const m = MONTH.exec(iso)
  if (!m) return undefined
  const mo = Number(m[2])
  return mo >= 1 && mo <= 12 ? Number(m[1]) * 12 + (mo - 1) : undefined
}

/**
 * The `YYYY-MM` month of a month number (the inverse of {@link monthNumber}).
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromMonthNumber = (n: number): string => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`

/**
 * A calendar date `YYYY-MM-DD` that exists (`2026-02-30` is rejected).
 *
 * @category models
 * @since 0.1.0
 */
export const IsoDate = Schema.String.pipe(
  Schema.check(Schema.makeFilter((s: string) => dayNumber(s) !== undefined || "expected a date YYYY-MM-DD"))
)

/**
 * A calendar month `YYYY-MM`.
 *
 * @category models
 * @since 0.1.0
 */
export const IsoMonth = Schema.String.pipe(
  Schema.check(Schema.makeFilter((s: string) => monthNumber(s) !== undefined || "expected a month YYYY-MM"))
)

/**
 * Adds calendar months then days to a date; a day past the end of the target month is clamped to its last day.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pembinaan/core"
 * Calendar.addPeriod("2026-08-31", { months: 6, days: 0 }) // => "2027-02-28"
 * Calendar.addPeriod("2026-01-15", { months: 0, days: 20 }) // => "2026-02-04"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const addPeriod = (iso: string, period: { readonly months: number; readonly days: number }): string => {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number)
  const target = m - 1 + period.months
  const last = new Date(Date.UTC(y, target + 1, 0)).getUTCDate()
  return fromDayNumber(Date.UTC(y, target, Math.min(d, last)) / DAY_MS + period.days)
}

/**
 * Whole years completed from `from` to `to`: the anniversary counts (`"MM-DD"` of `to` at or after that of `from`).
 *
 * @example
 * ```ts
 * import { Calendar } from "@pembinaan/core"
 * Calendar.completedYears("2016-03-01", "2026-02-28") // => 9
 * Calendar.completedYears("2016-03-01", "2026-03-01") // => 10
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const completedYears = (from: string, to: string): number => {
  if (to < from) return 0
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4))
  return to.slice(5) >= from.slice(5) ? years : years - 1
}

const MONTHS = {
  id: [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ]
} as const

/**
 * An ISO date written out for people, as letters and notices print it: `"12 Desember 2026"` in Indonesian,
 * `"12 December 2026"` in English. Anything that is not a valid ISO date is returned unchanged.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pembinaan/core"
 * Calendar.longDate("2027-01-27") // => "27 Januari 2027"
 * Calendar.longDate("2027-01-27", "en") // => "27 January 2027"
 * ```
 *
 * @category formatting
 * @since 0.5.0
 */
export const longDate = (iso: string, locale: "id" | "en" = "id"): string => {
  if (dayNumber(iso) === undefined) return iso
  const [y, m, d] = iso.split("-")
  return `${Number(d)} ${monthName(Number(m), locale)} ${y}`
}

/**
 * A month's name (1 = January), in Indonesian (default) or English; `undefined` outside 1–12.
 *
 * @example
 * ```ts
 * import { Calendar } from "@pembinaan/core"
 * Calendar.monthName(12) // => "Desember"
 * Calendar.monthName(12, "en") // => "December"
 * ```
 *
 * @category formatting
 * @since 0.5.0
 */
export const monthName = (month: number, locale: "id" | "en" = "id"): string | undefined => MONTHS[locale][month - 1]
