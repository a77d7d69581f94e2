/**
 * A region's development-programme policy as one document: the training policy (JP credit, attendance, the
 * post-training evaluation), the yearly JP target, the mentoring policy (length, sessions, assessment), the
 * thresholds that turn a recorded post-training score into the next programme (Muaratebo: below 70 → a follow-up
 * programme, 85 or more → an internship with a partner university) and the SP4N-LAPOR! import configuration. Every
 * part carries its legal basis; values no regulation fixes are marked `confirmed: false`.
 *
 * A host keeps one document per region (the server stores it as policy `programmes-<region>`), decodes it with
 * {@link decode} (all problems, with field paths) and derives what core's programme modules take:
 * {@link development} (the `Development` policy with the region's JP target), {@link trainingContext},
 * {@link mentoringContext} and {@link ruleSet} (the next-programme thresholds as a `Rule.RuleSet` for
 * `TrainingEvaluation.nextProgramme`).
 *
 * @since 0.5.0
 */
import { Result, Schema } from "effect"
import type * as Development from "./Development.js"
import * as Input from "./Input.js"
import { Config as LaporConfig } from "./Lapor.js"
import { LegalBasis } from "./LegalBasis.js"
import type * as Mentoring from "./Mentoring.js"
import { Policy as MentoringPolicy } from "./Mentoring.js"
import type * as Remediation from "./Remediation.js"
import type * as Rule from "./Rule.js"
import type * as Training from "./Training.js"
import { Policy as TrainingPolicy } from "./Training.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

const Percent = Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 })))

/**
 * One next-programme threshold on the post-training score (0–100): `below` gives the outcome when the score is
 * strictly below `value`; `at-least` when it is `value` or more (the edge belongs to `at-least`).
 *
 * @category models
 * @since 0.5.0
 */
export const Threshold = Schema.Struct({
  id: Schema.NonEmptyString,
  op: Schema.Literals(["below", "at-least"]),
  value: Percent,
  outcome: Schema.NonEmptyString,
  label: Schema.NonEmptyString,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.5.0
 */
export type Threshold = typeof Threshold.Type

/**
 * A region's programme policy document.
 *
 * @category models
 * @since 0.5.0
 */
export const Document = Schema.Struct({
  id: Schema.NonEmptyString,
  region: Schema.NonEmptyString,
  training: TrainingPolicy,
  jp: Schema.Struct({
    yearlyMinimum: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
    legalBasis: LegalBasis
  }),
  mentoring: MentoringPolicy,
  nextProgramme: Schema.Array(Threshold),
  complaints: Schema.optionalKey(LaporConfig),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.5.0
 */
export type Document = typeof Document.Type

// ---------------------------------------------------------------------------------------------------------------
// constructors
// ---------------------------------------------------------------------------------------------------------------

/**
 * The problems no schema catches: duplicate threshold ids, a `below` threshold above an `at-least` one (a score
 * would get both outcomes), a mentoring pass mark outside its scale, training weights that do not sum to 100.
 *
 * @category constructors
 * @since 0.5.0
 */
export const documentProblems = (doc: Document): ReadonlyArray<Input.Problem> => {
  const problems: Array<Input.Problem> = []
  const seen = new Set<string>()
  for (const [i, t] of doc.nextProgramme.entries()) {
    if (seen.has(t.id))
      problems.push({ path: ["nextProgramme", i, "id"], code: "duplicate", message: `"${t.id}" appears twice` })
    seen.add(t.id)
  }
  const lowest = Math.min(...doc.nextProgramme.filter((t) => t.op === "at-least").map((t) => t.value))
  for (const [i, t] of doc.nextProgramme.entries())
    if (t.op === "below" && t.value > lowest)
      problems.push({
        path: ["nextProgramme", i, "value"],
        code: "overlap",
        message: `below ${t.value} overlaps at-least ${lowest}`
      })
  const { min, max, passAt } = doc.mentoring.assessment
  if (!(min < max) || passAt < min || passAt > max)
    problems.push({
      path: ["mentoring", "assessment", "passAt"],
      code: "out-of-range",
      message: `passAt ${passAt} is not within ${min}–${max}`
    })
  const w = doc.training.evaluation.weights
  if (w.postTest + w.superior + w.participant !== 100)
    problems.push({
      path: ["training", "evaluation", "weights"],
      code: "weights",
      message: `the weights sum to ${w.postTest + w.superior + w.participant}, not 100`
    })
  return problems
}

const decodeShape = Input.decode(Document, "ProgrammePolicy")

/**
 * Decodes a programme policy document: the schema (all problems, with paths), then {@link documentProblems}.
 *
 * @example
 * ```ts
 * import { Presets, ProgrammePolicy } from "@pembinaan/core"
 * import { Result } from "effect"
 *
 * Result.isSuccess(ProgrammePolicy.decode(Presets.programmes.muaratebo)) // => true
 * ```
 *
 * @category constructors
 * @since 0.5.0
 */
export const decode = (input: unknown): Result.Result<Document, Input.InvalidInput> =>
  Result.flatMap(decodeShape(input), (doc) => {
    const problems = documentProblems(doc)
    return problems.length === 0
      ? Result.succeed(doc)
      : Result.fail(new Input.InvalidInput({ subject: "ProgrammePolicy", problems }))
  })

// ---------------------------------------------------------------------------------------------------------------
// getters
// ---------------------------------------------------------------------------------------------------------------

/**
 * The `Development` policy with the region's yearly JP target.
 *
 * @category getters
 * @since 0.5.0
 */
export const development = (base: Development.Policy, doc: Document): Development.Policy => ({
  ...base,
  yearlyMinimumJp: doc.jp.yearlyMinimum
})

/**
 * The `Training` context of a region.
 *
 * @category getters
 * @since 0.5.0
 */
export const trainingContext = (base: Development.Policy, doc: Document): Training.Context => ({
  development: development(base, doc),
  policy: doc.training
})

/**
 * The `Mentoring` context of a region (with the remediation plans its counselling types refer to).
 *
 * @category getters
 * @since 0.5.0
 */
export const mentoringContext = (doc: Document, remediation: Remediation.Policy): Mentoring.Context => ({
  policy: doc.mentoring,
  remediation
})

/**
 * The next-programme thresholds as a rule set for `TrainingEvaluation.nextProgramme`: one development outcome and
 * one rule per threshold, each reading the training policy's flag (must be true) and measure.
 *
 * @example
 * ```ts
 * import { Presets, ProgrammePolicy } from "@pembinaan/core"
 *
 * ProgrammePolicy.ruleSet(Presets.programmes.muaratebo).rules.map((r) => r.id)
 * // => ["muaratebo-program-lanjutan", "muaratebo-magang"]
 * ```
 *
 * @category getters
 * @since 0.5.0
 */
export const ruleSet = (doc: Document): Rule.RuleSet => {
  const { flag, measure } = doc.training.evaluation.facts
  const outcomes = new Map<string, Rule.Outcome>()
  for (const t of doc.nextProgramme)
    if (!outcomes.has(t.outcome))
      outcomes.set(t.outcome, {
        id: t.outcome,
        kind: "development",
        label: t.label,
        severity: 0,
        legalBasis: t.legalBasis
      })
  return {
    name: `${doc.id} (program lanjutan)`,
    vocabulary: { jpmCategories: [], flags: [flag], measures: [measure] },
    outcomes: [...outcomes.values()],
    rules: doc.nextProgramme.map((t) => ({
      id: t.id,
      description: `${measure} ${t.op === "below" ? "<" : "≥"} ${t.value}: ${t.label}`,
      group: "pengembangan",
      priority: 20,
      exclusive: false,
      when: {
        kind: "all" as const,
        of: [
          { kind: "flag" as const, name: flag, is: true },
          { kind: "measure" as const, name: measure, op: t.op, value: t.value }
        ]
      },
      give: [t.outcome],
      legalBasis: t.legalBasis
    })),
    legalBasis: doc.legalBasis
  }
}
