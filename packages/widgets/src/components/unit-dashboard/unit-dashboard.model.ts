/**
 * The pure model of `<asn-unit-dashboard>`: records, their checking (an allow-list copy), filters and the
 * aggregations (counts per predikat and the kurva check through core's `Distribution`, the trend per period,
 * reward, remediation and training lists, IKM per unit with small groups suppressed). No DOM here.
 *
 * @since 0.3.0
 */
import {
  type Development,
  Distribution,
  type Evaluation,
  Presets,
  Quadrant,
  type Remediation,
  type Rule,
  type Survey
} from "@pembinaan/core"
import type { Result } from "effect"
import { isObject } from "../../internal/data.controller.js"
import { check, lines } from "../../internal/guard.js"
import { distributionPolicy } from "../../internal/guards.js"
import * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * One employee in one period, as the dashboard lists it. Build it from core's results with {@link toRecord}.
 *
 * @since 0.3.0
 */
export interface DashboardRecord {
  readonly employee: string
  readonly name: string | undefined
  readonly unit: string
  readonly jabatan: string
  readonly period: string
  readonly predikat: Quadrant.Predikat
  /** The rounded score as core wrote it (`"105.75"`), when the policy computes one. */
  readonly score: string | undefined
  readonly jp:
    | { readonly total: string; readonly minimum: number; readonly meets: boolean; readonly shortfall: string }
    | undefined
  readonly rewards: ReadonlyArray<string>
  readonly remediation:
    | { readonly type: string; readonly status: Remediation.Status; readonly deadline: string }
    | undefined
}

/**
 * A service unit's IKM in a period (core's `Survey.score` result).
 *
 * @since 0.3.0
 */
export interface DashboardIkm {
  readonly unit: string
  readonly period: string
  readonly score: Survey.Score
}

/**
 * The lists of `<asn-unit-dashboard>` that come from data beyond the results: rule decisions (rewards, remediation
 * plans) and JP.
 *
 * @since 0.5.0
 */
export type DashboardList = "rewards" | "remediation" | "jp"

const dashboardLists: ReadonlyArray<string> = ["rewards", "remediation", "jp"]

/**
 * The checked data of `<asn-unit-dashboard>`.
 *
 * @since 0.3.0
 */
export interface DashboardData {
  /**
   * The lists the data does not carry (`rewards`, `remediation`, `jp`): the dashboard says so instead of showing
   * an empty list, which would read as "nobody". A server that does not compute rule decisions sends
   * `unavailable: ["rewards", "remediation"]`.
   */
  readonly unavailable: ReadonlyArray<DashboardList>
  readonly title: string | undefined
  readonly organisation: Distribution.OrganisationPredikat
  readonly distribution: Distribution.Policy
  readonly records: ReadonlyArray<DashboardRecord>
  readonly ikm: ReadonlyArray<DashboardIkm>
  readonly minimumGroupSize: number
  readonly periods: ReadonlyArray<string>
  readonly units: ReadonlyArray<string>
  readonly jabatan: ReadonlyArray<string>
}

/**
 * The filters: `""` means every unit or every jabatan; the period is always one period (a kurva mixes no periods).
 *
 * @since 0.3.0
 */
export interface Filters {
  readonly unit: string
  readonly period: string
  readonly jabatan: string
}

/**
 * Builds a dashboard record from core's results for one employee and period: the evaluation, and optionally the
 * yearly JP report (`Development.yearly`), the rule decisions (`Rule.evaluate`) and the current remediation plan.
 *
 * @since 0.3.0
 */
export const toRecord = (input: {
  readonly evaluation: Evaluation.Evaluated
  readonly unit: string
  readonly jabatan: string
  readonly name?: string
  readonly development?: Development.YearReport
  readonly decisions?: Rule.Evaluation
  readonly plan?: Remediation.Plan
}): DashboardRecord => {
  const e = input.evaluation
  const jp = input.development?.employees.find((r) => r.employee === e.employee)
  return {
    employee: e.employee,
    name: input.name,
    unit: input.unit,
    jabatan: input.jabatan,
    period: e.period,
    predikat: e.predikat,
    score: e.score?.text,
    jp:
      jp && input.development
        ? { total: jp.total.text, minimum: input.development.minimumJp, meets: jp.meets, shortfall: jp.shortfall }
        : undefined,
    rewards: (input.decisions?.outcomes ?? []).filter((o) => o.kind === "reward").map((o) => o.label),
    remediation: input.plan
      ? { type: input.plan.type, status: input.plan.status, deadline: input.plan.deadline }
      : undefined
  }
}

const str = (u: unknown): string | undefined => (typeof u === "string" ? u : undefined)
const predikatSet = new Set<string>(Quadrant.predikats)
const statuses = new Set(["assigned", "in-progress", "re-evaluated", "closed", "escalated"])

/** The default minimum size of a group whose IKM is shown (as in `<asn-ikm-report>`). */
const DEFAULT_MINIMUM = 5

/**
 * Checks the JSON of `<asn-unit-dashboard>`:
 * `{ title?, organisation?, distribution?, records: DashboardRecord[], ikm?: DashboardIkm[], minimumGroupSize?,
 * unavailable? }`.
 * Records are copied field by field (an allow-list): anything else on them (raw ratings, rater names, NIK) is dropped
 * and can reach neither the page nor the CSV. `distribution` defaults to `Presets.distribution.circular2023` and
 * `organisation` to `Baik`.
 *
 * @since 0.3.0
 */
export const readDashboard = (input: unknown): Result.Result<DashboardData, ReadonlyArray<string>> =>
  toResult(checkDashboard(input))

/**
 * `readDashboard` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkDashboard = (input: unknown): Read.Read<DashboardData> => {
  if (!isObject(input) || !Array.isArray(input.records)) return Read.fail(["records: expected an array"])
  const problems: Array<string> = []
  let distribution = Presets.distribution.circular2023
  if (input.distribution !== undefined) {
    // The browser guard of core's `Distribution.Policy` (same values accepted, same paths; test/guard.test.ts).
    const d = check(distributionPolicy, input.distribution, ["distribution"])
    if (!d.ok) return Read.fail(lines(d.problems))
    distribution = d.value as Distribution.Policy
  }
  const organisation = (input.organisation ?? "Baik") as Distribution.OrganisationPredikat
  if (!Distribution.organisationPredikats.includes(organisation)) problems.push("organisation: unknown predikat")
  const records: Array<DashboardRecord> = []
  const periods = new Set<string>()
  const units = new Set<string>()
  const jabatan = new Set<string>()
  const raw = input.records as ReadonlyArray<unknown>
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]
    if (!isObject(r)) {
      if (problems.length < 20) problems.push(`records.${i}: expected an object`)
      continue
    }
    const employee = str(r.employee)
    const unit = str(r.unit)
    const jab = str(r.jabatan)
    const period = str(r.period)
    const predikat = str(r.predikat)
    if (!employee || unit === undefined || jab === undefined || !period || !predikat || !predikatSet.has(predikat)) {
      if (problems.length < 20) problems.push(`records.${i}: expected employee, unit, jabatan, period and a predikat`)
      continue
    }
    const jp = isObject(r.jp) ? r.jp : undefined
    const rem = isObject(r.remediation) ? r.remediation : undefined
    records.push({
      employee,
      name: str(r.name),
      unit,
      jabatan: jab,
      period,
      predikat: predikat as Quadrant.Predikat,
      score: str(r.score),
      jp:
        jp && typeof jp.total === "string" && typeof jp.minimum === "number" && typeof jp.meets === "boolean"
          ? { total: jp.total, minimum: jp.minimum, meets: jp.meets, shortfall: str(jp.shortfall) ?? "0" }
          : undefined,
      rewards: Array.isArray(r.rewards) ? r.rewards.filter((x): x is string => typeof x === "string") : [],
      remediation:
        rem && typeof rem.type === "string" && statuses.has(String(rem.status)) && typeof rem.deadline === "string"
          ? { type: rem.type, status: rem.status as Remediation.Status, deadline: rem.deadline }
          : undefined
    })
    periods.add(period)
    units.add(unit)
    jabatan.add(jab)
  }
  const ikm: Array<DashboardIkm> = []
  if (Array.isArray(input.ikm)) {
    input.ikm.forEach((x: unknown, i) => {
      if (
        isObject(x) &&
        typeof x.unit === "string" &&
        typeof x.period === "string" &&
        isObject(x.score) &&
        x.score.kind === "ikm"
      )
        ikm.push({ unit: x.unit, period: x.period, score: x.score as unknown as Survey.Score })
      else problems.push(`ikm.${i}: expected { unit, period, score }`)
    })
  }
  const min = input.minimumGroupSize
  if (min !== undefined && !(typeof min === "number" && Number.isInteger(min) && min >= 1))
    problems.push("minimumGroupSize: expected an integer ≥ 1")
  const unavailable = input.unavailable ?? []
  if (!(Array.isArray(unavailable) && unavailable.every((x) => dashboardLists.includes(x))))
    problems.push(`unavailable: expected a list of ${dashboardLists.join(", ")}`)
  if (problems.length > 0) return Read.fail(problems)
  const sorted = (s: Set<string>) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return Read.succeed({
    unavailable: [...new Set(unavailable as ReadonlyArray<DashboardList>)],
    title: str(input.title),
    organisation,
    distribution,
    records,
    ikm,
    minimumGroupSize: typeof min === "number" ? min : DEFAULT_MINIMUM,
    periods: sorted(periods),
    units: sorted(units),
    jabatan: sorted(jabatan)
  })
}

/**
 * What the dashboard shows for a set of filters.
 *
 * @since 0.3.0
 */
export interface DashboardView {
  readonly filters: Filters
  readonly rows: ReadonlyArray<DashboardRecord>
  readonly report: Distribution.Report
  readonly trend: ReadonlyArray<{ readonly period: string; readonly report: Distribution.Report }>
  readonly rewards: ReadonlyArray<DashboardRecord>
  readonly remediation: ReadonlyArray<DashboardRecord>
  readonly training: { readonly known: number; readonly meets: number; readonly behind: ReadonlyArray<DashboardRecord> }
  readonly ikm: ReadonlyArray<
    | { readonly unit: string; readonly status: "disclosed"; readonly score: Survey.Score }
    | { readonly unit: string; readonly status: "suppressed"; readonly respondents: number }
  >
}

/**
 * Normalises filters against the data: an unknown unit or jabatan means all; an unknown or empty period means the
 * latest period.
 *
 * @since 0.3.0
 */
export const normalise = (data: DashboardData, f: Partial<Filters>): Filters => ({
  unit: f.unit && data.units.includes(f.unit) ? f.unit : "",
  jabatan: f.jabatan && data.jabatan.includes(f.jabatan) ? f.jabatan : "",
  period: f.period && data.periods.includes(f.period) ? f.period : (data.periods[data.periods.length - 1] ?? "")
})

/**
 * Derives the view: one pass over the records for the selected period and one grouping pass for the trend; counts
 * per predikat and the kurva check come from core's `Distribution.count` and `Distribution.check`.
 *
 * @since 0.3.0
 */
export const derive = (data: DashboardData, filters: Filters): DashboardView => {
  const { unit, jabatan, period } = filters
  const byPeriod = new Map<string, Array<Quadrant.Predikat>>()
  const rows: Array<DashboardRecord> = []
  const rewards: Array<DashboardRecord> = []
  const remediation: Array<DashboardRecord> = []
  const behind: Array<DashboardRecord> = []
  let known = 0
  let meets = 0
  for (const r of data.records) {
    if ((unit !== "" && r.unit !== unit) || (jabatan !== "" && r.jabatan !== jabatan)) continue
    const list = byPeriod.get(r.period)
    if (list) list.push(r.predikat)
    else byPeriod.set(r.period, [r.predikat])
    if (r.period !== period) continue
    rows.push(r)
    if (r.rewards.length > 0) rewards.push(r)
    if (r.remediation) remediation.push(r)
    if (r.jp) {
      known++
      if (r.jp.meets) meets++
      else behind.push(r)
    }
  }
  const check = (predikat: ReadonlyArray<Quadrant.Predikat>) =>
    Distribution.check(data.distribution, { organisation: data.organisation, counts: Distribution.count(predikat) })
  const report = check(byPeriod.get(period) ?? [])
  const trend = data.periods
    .filter((p) => byPeriod.has(p))
    .map((p) => ({ period: p, report: check(byPeriod.get(p) ?? []) }))
  const ikm = data.ikm
    .filter((x) => x.period === period && (unit === "" || x.unit === unit))
    .map((x) =>
      x.score.respondents < data.minimumGroupSize
        ? { unit: x.unit, status: "suppressed" as const, respondents: x.score.respondents }
        : { unit: x.unit, status: "disclosed" as const, score: x.score }
    )
  return { filters, rows, report, trend, rewards, remediation, training: { known, meets, behind }, ikm }
}

/**
 * Derives the view once per data value and filters.
 *
 * @since 0.3.0
 */
export class DashboardController {
  private lastData: DashboardData | undefined
  private lastKey = ""
  private view: DashboardView | undefined

  viewOf(data: DashboardData, filters: Filters): DashboardView {
    const key = `${filters.unit}\u0000${filters.period}\u0000${filters.jabatan}`
    if (this.view && data === this.lastData && key === this.lastKey) return this.view
    this.lastData = data
    this.lastKey = key
    this.view = derive(data, filters)
    return this.view
  }
}
