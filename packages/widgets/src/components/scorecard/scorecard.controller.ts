import { type Development, type Evaluation, type Feedback, type Jpm, Remediation, type Rule } from "@pembinaan/core"
import type { Result } from "effect"
import { isObject } from "../../internal/data.controller.js"
import { check, type Guard, lines, type Problem } from "../../internal/guard.js"
import { evaluated, jpmMatch } from "../../internal/guards.js"
import { uniqueCitations } from "../../internal/legal.js"
import * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * The data of `<asn-scorecard>`, as checked: core's results for one employee.
 *
 * @since 0.3.0
 */
export interface ScorecardData {
  readonly employee: { readonly name?: string; readonly jabatan?: string; readonly unit?: string }
  readonly policy: { readonly title?: string } | undefined
  readonly evaluation: Evaluation.Evaluated
  readonly feedback: Feedback.Result360 | undefined
  readonly competency: Jpm.Match | undefined
  readonly development: { readonly minimumJp: number; readonly row: Development.EmployeeYear } | undefined
  readonly decisions: Rule.Evaluation | undefined
  readonly plans: ReadonlyArray<Remediation.Plan>
  readonly asOf: string
}

const checked = <T>(g: Guard<T>, u: unknown, path: string, problems: Array<string>): u is T => {
  const r = check(g, u, [path])
  if (!r.ok) problems.push(...lines(r.problems as ReadonlyArray<Problem>))
  return r.ok
}

const pick = (u: Record<string, unknown>, keys: ReadonlyArray<string>): Record<string, string> =>
  Object.fromEntries(keys.flatMap((k) => (typeof u[k] === "string" ? [[k, u[k] as string]] : [])))

/**
 * Checks the JSON of `<asn-scorecard>`: `{ employee?: { name?, jabatan?, unit? }, policy?: { title? }, evaluation,
 * feedback?, competency?, development?, decisions?, plans?, asOf? }` where `evaluation` is core's
 * `Evaluation.evaluate` result, `feedback` its `Feedback.aggregate` result (an anonymous summary: it holds no
 * rater), `competency` a `Jpm.match`, `development` a `Development.yearly` report (the employee's row is picked),
 * `decisions` a `Rule.evaluate` result and `plans` `Remediation` plans. Only these fields are read: anything else on
 * the data (raw ratings, rater names) is ignored.
 *
 * @since 0.3.0
 */
export const readScorecard = (input: unknown): Result.Result<ScorecardData, ReadonlyArray<string>> =>
  toResult(checkScorecard(input))

/**
 * `readScorecard` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkScorecard = (input: unknown): Read.Read<ScorecardData> => {
  if (!isObject(input)) return Read.fail(["evaluation: expected an Evaluation.evaluate result"])
  const problems: Array<string> = []
  if (!checked(evaluated, input.evaluation, "evaluation", problems)) return Read.fail(problems)
  const evaluation = input.evaluation as Evaluation.Evaluated
  const feedback = input.feedback
  if (feedback !== undefined && !(isObject(feedback) && feedback.kind === "feedback"))
    problems.push("feedback: expected a Feedback.aggregate result")
  const competency = input.competency
  if (competency !== undefined) checked(jpmMatch, competency, "competency", problems)
  let development: ScorecardData["development"]
  const dev = input.development
  if (dev !== undefined) {
    if (!isObject(dev) || !Array.isArray(dev.employees) || typeof dev.minimumJp !== "number")
      problems.push("development: expected a Development.yearly report")
    else {
      const row = (dev.employees as ReadonlyArray<Development.EmployeeYear>).find(
        (e) => e.employee === evaluation.employee
      )
      if (row) development = { minimumJp: dev.minimumJp, row }
    }
  }
  const decisions = input.decisions
  if (decisions !== undefined && !(isObject(decisions) && Array.isArray(decisions.outcomes)))
    problems.push("decisions: expected a Rule.evaluate result")
  const plans = input.plans ?? []
  if (!Array.isArray(plans) || plans.some((p) => !isObject(p) || typeof p.status !== "string"))
    problems.push("plans: expected an array of Remediation plans")
  if (problems.length > 0) return Read.fail(problems)
  return Read.succeed({
    employee: isObject(input.employee) ? pick(input.employee, ["name", "jabatan", "unit"]) : {},
    policy: isObject(input.policy) ? pick(input.policy, ["title"]) : undefined,
    evaluation,
    feedback: feedback as Feedback.Result360 | undefined,
    competency: competency as Jpm.Match | undefined,
    development,
    decisions: decisions as Rule.Evaluation | undefined,
    plans: (plans as ReadonlyArray<Remediation.Plan>).filter((p) => p.employee === evaluation.employee),
    asOf: typeof input.asOf === "string" ? input.asOf : new Date().toISOString().slice(0, 10)
  })
}

/**
 * Derived facts of a scorecard: the legal basis of the whole result, the outcomes by kind and whether each plan is
 * overdue (core's `Remediation.isOverdue`).
 *
 * @since 0.3.0
 */
export class ScorecardController {
  legalBasis(data: ScorecardData) {
    const t = data.evaluation.trace
    return uniqueCitations([
      t.legalBasis,
      t.hasilKerja.legalBasis,
      t.perilakuKerja.legalBasis,
      t.quadrant.legalBasis,
      t.hasilKerja.source === "indicators" ? t.hasilKerja.band.trace.legalBasis : undefined,
      t.hasilKerja.source === "indicators" ? t.hasilKerja.mapping.trace.legalBasis : undefined
    ])
  }

  outcomes(data: ScorecardData) {
    return data.decisions?.outcomes ?? []
  }

  overdue(data: ScorecardData, plan: Remediation.Plan): boolean {
    return Remediation.isOverdue(plan, data.asOf)
  }

  /** The BerAKHLAK counts of the perilaku trace, when perilaku was derived from the seven values. */
  berakhlak(data: ScorecardData) {
    const p = data.evaluation.trace.perilakuKerja
    return p.source === "berakhlak" ? p : undefined
  }
}
