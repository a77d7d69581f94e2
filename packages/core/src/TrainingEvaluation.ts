/**
 * The post-training evaluation over the `Training` record: pre/post tests, the participant's reaction and the
 * participant's and the superior's follow-up assessments N months after completion feed
 *
 * - `Programme.effectiveness` (the Kirkpatrick levels) per catalogue item and per partner ({@link effectivenessReport});
 * - a post-training score per enrolment ({@link score}, weights and rounding from `Training.Policy.evaluation`);
 * - a region's rule set on recorded data ({@link nextProgramme}; Muaratebo: below 70 → follow-up programme, 85 or
 *   more → internship with a partner university).
 *
 * The evaluation events themselves (`RecordTest`, `RecordReaction`, `Assess`) are `Training` events.
 *
 * @since 0.2.0
 */
import { Result } from "effect"
import * as Calendar from "./Calendar.js"
import * as Exact from "./Exact.js"
import type * as Input from "./Input.js"
import type { LegalBasis } from "./LegalBasis.js"
import * as Programme from "./Programme.js"
import { UnknownReference } from "./ProgrammeEvent.js"
import * as Rule from "./Rule.js"
import { type Context, type Enrolment, type Item, key, type Partner, type State } from "./Training.js"

const day = (iso: string): number => Calendar.dayNumber(iso) ?? Number.NaN

const participantOf = (en: Enrolment, group: string | undefined): Programme.Participant => ({
  id: key(en.course, en.employee),
  ...(group === undefined ? {} : { group }),
  ...(en.reaction === null ? {} : { reaction: en.reaction }),
  ...(en.preTest === null ? {} : { preTest: en.preTest }),
  ...(en.postTest === null ? {} : { postTest: en.postTest }),
  ...(en.superior === null ? {} : { behaviour: en.superior.score })
})

/**
 * The programme effectiveness report from recorded data: one `Programme.effectiveness` per catalogue item (its
 * courses' non-withdrawn participants, grouped by course) and one per partner (participants of the partner's
 * courses, grouped by item). Kirkpatrick levels: reaksi = reaction; pembelajaran = pre/post test; perilaku = the
 * superior's follow-up assessment; hasil is not recorded here (left empty, so never concluded).
 *
 * @category combinators
 * @since 0.2.0
 */
export const effectivenessReport = (
  context: Context,
  state: State
): Result.Result<
  {
    readonly programmes: ReadonlyArray<Programme.Effectiveness & { readonly item: Item }>
    readonly partners: ReadonlyArray<Programme.Effectiveness & { readonly partner: Partner }>
  },
  Input.InvalidInput
> => {
  const enrolled = Object.keys(state.enrolments)
    .sort()
    .flatMap((k) => {
      const en = state.enrolments[k]
      const course = en === undefined ? undefined : state.courses[en.course]
      return en === undefined || course === undefined || en.status === "withdrawn" ? [] : [{ en, course }]
    })
  const programmes: Array<Programme.Effectiveness & { readonly item: Item }> = []
  for (const id of Object.keys(state.items).sort()) {
    const item = state.items[id] as Item
    const r = Programme.effectiveness(context.development, {
      id,
      name: item.title,
      form: item.form,
      participants: enrolled.filter(({ course }) => course.item === id).map(({ en }) => participantOf(en, en.course))
    })
    if (Result.isFailure(r)) return Result.fail(r.failure)
    programmes.push({ ...r.success, item })
  }
  const partners: Array<Programme.Effectiveness & { readonly partner: Partner }> = []
  for (const id of Object.keys(state.partners).sort()) {
    const partner = state.partners[id] as Partner
    const r = Programme.effectiveness(context.development, {
      id,
      name: partner.name,
      participants: enrolled
        .filter(({ course }) => course.provider.kind === "partner" && course.provider.partner === id)
        .map(({ en, course }) => participantOf(en, course.item))
    })
    if (Result.isFailure(r)) return Result.fail(r.failure)
    partners.push({ ...r.success, partner })
  }
  return Result.succeed({ programmes, partners })
}

/**
 * A post-training score with its trace, or why it is not available.
 *
 * @category models
 * @since 0.2.0
 */
export type Score =
  | {
      readonly status: "available"
      readonly value: Exact.Rounded
      readonly trace: {
        readonly rule: "post-training-score"
        readonly parts: ReadonlyArray<{
          readonly part: string
          readonly raw: number
          readonly on100: string
          readonly weight: number
        }>
        readonly legalBasis: LegalBasis
      }
    }
  | { readonly status: "unavailable"; readonly missing: ReadonlyArray<string> }

/**
 * The post-training score (0–100) of one enrolment: `Σ weight × part / 100` over the policy's parts with a
 * non-zero weight — the post-test (already 0–100) and the superior's and the participant's follow-up assessments,
 * rescaled linearly from the behaviour scale (`(x − min) / (max − min) × 100`) — exact, rounded once with the
 * policy's evaluation rounding. A weighted part that is missing makes the score unavailable (never counted as 0).
 *
 * @example
 * ```ts
 * // weights 50/50/0, post-test 80, superior 4 on 1–5 (= 75) => 77.50
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const score = (context: Context, enrolment: Enrolment): Score => {
  const { weights, rounding } = context.policy.evaluation
  const { min, max } = context.development.effectiveness.behaviourScale
  const rescale = (x: number): Exact.Exact =>
    Result.getOrElse(
      Exact.divide(
        Exact.multiply(Exact.subtract(Exact.fromFinite(x), Exact.fromFinite(min)), Exact.int(100)),
        Exact.subtract(Exact.fromFinite(max), Exact.fromFinite(min))
      ),
      () => Exact.zero
    )
  const parts: Array<{ part: string; raw: number | null; on100: (x: number) => Exact.Exact; weight: number }> = [
    { part: "postTest", raw: enrolment.postTest, on100: Exact.fromFinite, weight: weights.postTest },
    { part: "superior", raw: enrolment.superior?.score ?? null, on100: rescale, weight: weights.superior },
    { part: "participant", raw: enrolment.participant?.score ?? null, on100: rescale, weight: weights.participant }
  ].filter((p) => p.weight > 0)
  const missing = parts.filter((p) => p.raw === null).map((p) => p.part)
  if (missing.length > 0 || parts.length === 0) return { status: "unavailable", missing }
  let total = Exact.zero
  const traced = parts.map((p) => {
    const v = p.on100(p.raw as number)
    total = Exact.add(total, Exact.multiply(v, Exact.int(p.weight)))
    return { part: p.part, raw: p.raw as number, on100: Exact.format(v), weight: p.weight }
  })
  const value = Exact.round(Exact.multiply(total, Exact.fraction(1, 100)), rounding)
  return {
    status: "available",
    value,
    trace: { rule: "post-training-score", parts: traced, legalBasis: context.policy.legalBasis }
  }
}

/**
 * Runs a region's rule set on an employee's recorded post-training score: the latest completed enrolment with an
 * available {@link score} (by completion date) fills the policy's fact names (flag `mengikutiPelatihan: true`,
 * measure `evaluasiPascaPelatihan`), merged into the caller's other facts, and `Rule.decide` gives the next
 * programme (for Muaratebo: `program-lanjutan` below 70, `magang-universitas` at 85 or more). Fails with
 * {@link UnknownReference} when the employee has no scored completion.
 *
 * @category combinators
 * @since 0.2.0
 */
export const nextProgramme = (
  context: Context,
  state: State,
  input: { readonly ruleSet: Rule.RuleSet; readonly employee: string; readonly facts: Rule.Facts }
): Result.Result<
  {
    readonly enrolment: Enrolment
    readonly score: Extract<Score, { status: "available" }>
    readonly evaluation: Rule.Evaluation
  },
  UnknownReference | Input.InvalidInput
> => {
  const scored = Object.values(state.enrolments)
    .filter((en) => en.employee === input.employee && en.status === "completed" && en.completedOn !== null)
    .map((en) => ({ en, s: score(context, en) }))
    .filter((x): x is { en: Enrolment; s: Extract<Score, { status: "available" }> } => x.s.status === "available")
    .sort((a, b) => day(a.en.completedOn ?? "") - day(b.en.completedOn ?? "") || (a.en.course < b.en.course ? -1 : 1))
  const last = scored[scored.length - 1]
  if (last === undefined) {
    return Result.fail(new UnknownReference({ event: "", kind: "scored-completion", id: input.employee }))
  }
  const { flag, measure } = context.policy.evaluation.facts
  const facts: Rule.Facts = {
    ...input.facts,
    flags: { ...(input.facts.flags ?? {}), [flag]: true },
    measures: { ...(input.facts.measures ?? {}), [measure]: last.s.value.value }
  }
  return Result.map(Rule.decide(input.ruleSet, facts), (evaluation) => ({
    enrolment: last.en,
    score: last.s,
    evaluation
  }))
}
