import { Presets, SampleSize, type Survey } from "@pembinaan/core"
import { Result } from "effect"
import { isObject, problemsOf } from "../../internal/data.controller.js"
import { check, lines } from "../../internal/guard.js"
import { ikmScore, sampleCollected } from "../../internal/guards.js"
import * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * A group of a breakdown (a service, a counter, a respondent segment): its label and core's score.
 *
 * @since 0.3.0
 */
export interface IkmGroup {
  readonly label: string
  readonly score: Survey.Score
}

/**
 * The data of `<asn-ikm-report>`, as checked.
 *
 * @since 0.3.0
 */
export interface IkmReportData {
  readonly unit: string | undefined
  readonly period: string | undefined
  readonly score: Survey.Score
  readonly sample: SampleSize.Sufficiency | undefined
  readonly trend: ReadonlyArray<{ readonly period: string; readonly score: Survey.Score }>
  readonly groups: ReadonlyArray<IkmGroup>
  readonly minimumGroupSize: number
}

/**
 * A group as shown: disclosed with its score, or suppressed (`below-minimum`, or `complementary`: hidden so that a
 * suppressed group cannot be derived from the total and the others).
 *
 * @since 0.3.0
 */
export type ShownGroup =
  | { readonly label: string; readonly respondents: number; readonly status: "disclosed"; readonly score: Survey.Score }
  | {
      readonly label: string
      readonly respondents: number
      readonly status: "suppressed"
      readonly reason: "below-minimum" | "complementary"
    }

/**
 * The default minimum group size of a breakdown, when the data does not carry the policy's: 5, the default
 * anonymity minimum of core's 360 feedback.
 *
 * @since 0.3.0
 */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5

const isScore = (u: unknown): u is Survey.Score => check(ikmScore, u).ok

/**
 * Checks the JSON of `<asn-ikm-report>`: `{ unit?, period?, score, population?, sample?, trend?: [{ period, score }],
 * groups?: [{ label, score }], minimumGroupSize? }`, where every `score` is core's `Survey.score` result and `sample`
 * core's `SampleSize.sufficiency` (computed here with Krejcie–Morgan when only `population` is given).
 *
 * @since 0.3.0
 */
export const readIkmReport = (input: unknown): Result.Result<IkmReportData, ReadonlyArray<string>> =>
  toResult(checkIkmReport(input))

/**
 * `readIkmReport` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkIkmReport = (input: unknown): Read.Read<IkmReportData> => {
  if (!isObject(input)) return Read.fail(["score: expected a Survey.score result"])
  const checked = check(ikmScore, input.score, ["score"])
  if (!checked.ok) return Read.fail(["score: expected a Survey.score result", ...lines(checked.problems)])
  if (!isScore(input.score)) return Read.fail(["score: expected a Survey.score result"])
  const score = input.score
  const problems: Array<string> = []
  let sample: SampleSize.Sufficiency | undefined
  if (isObject(input.sample) && typeof input.sample.required === "number") {
    sample = input.sample as unknown as SampleSize.Sufficiency
  } else if (input.population !== undefined) {
    // checked here and computed with the typed `sufficiencyOf`: `sufficiency` would decode with effect's Schema
    const collected = check(sampleCollected, { population: input.population, respondents: score.respondents })
    if (!collected.ok) problems.push(...lines(collected.problems))
    else {
      const s = SampleSize.sufficiencyOf(Presets.skm.krejcieMorgan, collected.value)
      if (Result.isSuccess(s)) sample = s.success
      else problems.push(...problemsOf(s.failure))
    }
  }
  const trend = Array.isArray(input.trend) ? input.trend : []
  trend.forEach((p: unknown, i) => {
    if (!isObject(p) || typeof p.period !== "string" || !isScore(p.score))
      problems.push(`trend.${i}: expected { period, score }`)
  })
  const groups = Array.isArray(input.groups) ? input.groups : []
  groups.forEach((g: unknown, i) => {
    if (!isObject(g) || typeof g.label !== "string" || !isScore(g.score))
      problems.push(`groups.${i}: expected { label, score }`)
  })
  const min = input.minimumGroupSize
  if (min !== undefined && !(typeof min === "number" && Number.isInteger(min) && min >= 1))
    problems.push("minimumGroupSize: expected an integer ≥ 1")
  if (problems.length > 0) return Read.fail(problems)
  return Read.succeed({
    unit: typeof input.unit === "string" ? input.unit : undefined,
    period: typeof input.period === "string" ? input.period : undefined,
    score,
    sample,
    trend: trend as IkmReportData["trend"],
    groups: groups as ReadonlyArray<IkmGroup>,
    minimumGroupSize: typeof min === "number" ? min : DEFAULT_MINIMUM_GROUP_SIZE
  })
}

/**
 * Suppresses the groups of a breakdown: a group with fewer respondents than the minimum is hidden; and while the
 * hidden groups together have fewer respondents than the minimum, the smallest shown group is hidden too, so that
 * the total and the shown groups cannot reveal a small group's score.
 *
 * @since 0.3.0
 */
export const suppress = (groups: ReadonlyArray<IkmGroup>, minimum: number): ReadonlyArray<ShownGroup> => {
  const hidden = new Map<number, "below-minimum" | "complementary">()
  groups.forEach((g, i) => {
    if (g.score.respondents < minimum) hidden.set(i, "below-minimum")
  })
  const hiddenTotal = () => [...hidden.keys()].reduce((n, i) => n + (groups[i]?.score.respondents ?? 0), 0)
  while (hidden.size > 0 && hiddenTotal() < minimum && hidden.size < groups.length) {
    let smallest = -1
    groups.forEach((g, i) => {
      if (!hidden.has(i) && (smallest < 0 || g.score.respondents < (groups[smallest]?.score.respondents ?? 0)))
        smallest = i
    })
    hidden.set(smallest, "complementary")
  }
  return groups.map((g, i) => {
    const reason = hidden.get(i)
    return reason === undefined
      ? { label: g.label, respondents: g.score.respondents, status: "disclosed", score: g.score }
      : { label: g.label, respondents: g.score.respondents, status: "suppressed", reason }
  })
}

/**
 * Derives the groups of `<asn-ikm-report>` once per data value.
 *
 * @since 0.3.0
 */
export class IkmReportController {
  private last: IkmReportData | undefined
  private shown: ReadonlyArray<ShownGroup> = []

  groups(data: IkmReportData): ReadonlyArray<ShownGroup> {
    if (data !== this.last) {
      this.last = data
      this.shown = suppress(data.groups, data.minimumGroupSize)
    }
    return this.shown
  }
}
