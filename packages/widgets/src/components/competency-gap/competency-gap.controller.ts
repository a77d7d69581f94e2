import { Exact, type Jpm, Presets } from "@pembinaan/core"
import type { Result } from "effect"
import { isObject } from "../../internal/data.controller.js"
import { exactOf } from "../../internal/exact.js"
import { check, lines } from "../../internal/guard.js"
import { jpmMatch } from "../../internal/guards.js"
import * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * The data of `<asn-competency-gap>`: one person's JPM match, or a group's, with display names of the competencies.
 *
 * @since 0.3.0
 */
export interface CompetencyGapData {
  readonly matches: ReadonlyArray<Jpm.Match>
  readonly group: boolean
  readonly names: Readonly<Record<string, string>>
}

/**
 * One competency of a group: the required level(s), how many people were assessed, their mean (exact, rounded once
 * to 2 places half-up for display) and how many are below, at and above the standard.
 *
 * @since 0.3.0
 */
export interface GroupRow {
  readonly competency: string
  readonly required: ReadonlyArray<number>
  readonly assessed: number
  readonly notAssessed: number
  readonly mean: Exact.Rounded | undefined
  readonly below: number
  readonly meets: number
  readonly above: number
}

/**
 * The name of a competency in the national and example catalogues, or its id. Reads core's
 * `Presets.competency.competencyNames` only (not the catalogues' level descriptions).
 *
 * @since 0.3.0
 */
export const competencyName = (id: string): string =>
  Object.hasOwn(Presets.competency.competencyNames, id)
    ? Presets.competency.competencyNames[id as keyof typeof Presets.competency.competencyNames]
    : id

/**
 * Checks the JSON of `<asn-competency-gap>`: `{ match }` (core's `Jpm.match` result for one person) or
 * `{ matches: [...] }` (a group), and optionally `names` (`{ [competencyId]: name }`; the national catalogue's names
 * by default).
 *
 * @since 0.3.0
 */
export const readCompetencyGap = (input: unknown): Result.Result<CompetencyGapData, ReadonlyArray<string>> =>
  toResult(checkCompetencyGap(input))

/**
 * `readCompetencyGap` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkCompetencyGap = (input: unknown): Read.Read<CompetencyGapData> => {
  if (!isObject(input)) return Read.fail(["expected an object with match or matches"])
  const names: Record<string, string> = {
    ...Presets.competency.competencyNames,
    ...(isObject(input.names) ? (input.names as Record<string, string>) : {})
  }
  if (input.match !== undefined) {
    const r = check(jpmMatch, input.match, ["match"])
    return r.ok
      ? Read.succeed({ matches: [input.match as Jpm.Match], group: false, names })
      : Read.fail(lines(r.problems))
  }
  if (Array.isArray(input.matches)) {
    const problems = input.matches.flatMap((m, i) => {
      const r = check(jpmMatch, m, ["matches", i])
      return r.ok ? [] : lines(r.problems)
    })
    if (problems.length > 0) return Read.fail(problems)
    return Read.succeed({ matches: input.matches as ReadonlyArray<Jpm.Match>, group: true, names })
  }
  return Read.fail(["match: expected a Jpm.match result (or matches: an array of them)"])
}

const MEAN: Exact.Rounding = { scale: 2, mode: "half-up" }

/**
 * Aggregates a group's matches per competency, in the order the competencies first appear.
 *
 * @since 0.3.0
 */
export const groupRows = (matches: ReadonlyArray<Jpm.Match>): ReadonlyArray<GroupRow> => {
  const acc = new Map<
    string,
    {
      required: Set<number>
      values: Array<Exact.Exact>
      notAssessed: number
      below: number
      meets: number
      above: number
    }
  >()
  for (const m of matches) {
    for (const r of m.rows) {
      let a = acc.get(r.competency)
      if (!a) {
        a = { required: new Set(), values: [], notAssessed: 0, below: 0, meets: 0, above: 0 }
        acc.set(r.competency, a)
      }
      a.required.add(r.required)
      if (r.status === "not-assessed" || r.individual === null) {
        a.notAssessed++
        continue
      }
      a.values.push(exactOf(r.individual))
      if (r.direction === "below") a.below++
      else if (r.direction === "meets") a.meets++
      else if (r.direction === "above") a.above++
    }
  }
  return [...acc].map(([competency, a]) => {
    // multiply by 1/n rather than divide: the same exact mean, without core's DivisionByZero error (and the Schema
    // runtime its class brings into the browser bundle).
    const n = a.values.length
    return {
      competency,
      required: [...a.required].sort((x, y) => x - y),
      assessed: a.values.length,
      notAssessed: a.notAssessed,
      mean: n > 0 ? Exact.round(Exact.multiply(Exact.sum(a.values), Exact.fraction(1, n)), MEAN) : undefined,
      below: a.below,
      meets: a.meets,
      above: a.above
    }
  })
}

/**
 * How many matches fall in each JPM category (in the policy's band order), and how many are incomplete.
 *
 * @since 0.3.0
 */
export const categoryCounts = (
  matches: ReadonlyArray<Jpm.Match>
): { readonly categories: ReadonlyArray<readonly [string, number]>; readonly incomplete: number } => {
  const counts = new Map<string, { index: number; n: number }>()
  let incomplete = 0
  for (const m of matches) {
    if (m.total.status === "incomplete") {
      incomplete++
      continue
    }
    const c = m.total.category
    const entry = counts.get(c.label)
    if (entry) entry.n++
    else counts.set(c.label, { index: c.index, n: 1 })
  }
  return {
    categories: [...counts].sort((a, b) => a[1].index - b[1].index).map(([label, { n }]) => [label, n] as const),
    incomplete
  }
}

/**
 * Derives the view of `<asn-competency-gap>` once per data value.
 *
 * @since 0.3.0
 */
export class CompetencyGapController {
  private last: CompetencyGapData | undefined
  private rows: ReadonlyArray<GroupRow> = []

  group(data: CompetencyGapData): ReadonlyArray<GroupRow> {
    if (data !== this.last) {
      this.last = data
      this.rows = groupRows(data.matches)
    }
    return this.rows
  }

  name(data: CompetencyGapData, id: string): string {
    return data.names[id] ?? id
  }
}
