/**
 * Survei Kepuasan Masyarakat (SKM) and its Indeks Kepuasan Masyarakat (IKM), PermenPAN-RB 14/2017.
 *
 * A survey is collected with a versioned {@link Template}: its elements (unsur, U1–U9 in the national template),
 * the four answer labels, and the weighting of the elements. Every {@link Response} names the template id and
 * version it was collected with, so a past period is always scored with its own template ({@link scorePeriod}).
 *
 * Scoring, all in exact arithmetic:
 *
 * - `NRR_i = Σ answers to element i / respondents` (answers 1–4; every respondent answers every element);
 * - `IKM = Σ NRR_i × w_i` on the 1–4 scale, with `w_i` = exactly `1/n` (`"exact"`), the regulation's printed
 *   `0.11` for nine elements (`"printed"`: `1/n` rounded half-up to two decimals, whose sum is 0.99), or the
 *   template's own weights (`"custom"`, which must sum to exactly 1);
 * - `nilai = IKM × 25` (the conversion to 25–100), rounded **once**, by the mutu table's rounding (two decimals,
 *   half-up in the preset), then classified by two {@link Band} tables: mutu pelayanan A–D and kinerja unit.
 *
 * The printed interval table has gaps (64.99 / 65.00, 76.60 / 76.61, 88.30 / 88.31 and 2.5996 / 2.60 on the 1–4
 * scale). Bands are half-open on the **converted** value: `≥ 88.31 → A`, `≥ 76.61 → B`, `≥ 65.00 → C`, else D,
 * after rounding to two decimals, so 76.605 → 76.61 → B. The 1–4 table is not used to decide anything (its edges
 * do not match the converted ones at four decimals). With the GASPUL worked example (29 respondents, 955 points)
 * the exact weights give 91.48 and the printed weights 90.56, the two numbers that app printed for the same data.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import { dual } from "effect/Function"
import * as Band from "./Band.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Ticket from "./Ticket.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * A weight: a finite number read by its shortest decimal (`0.3` is three tenths), or an exact text, either a
 * decimal (`"0.125"`) or a fraction (`"1/9"`). Used by every weighted policy of this package.
 *
 * @category models
 * @since 0.1.0
 */
export const Weight = Schema.Union([Schema.Finite, Schema.String])

/**
 * @category models
 * @since 0.1.0
 */
export type Weight = typeof Weight.Type

/**
 * A text in Bahasa Indonesia (`id`, the source) and English (`en`).
 *
 * @category models
 * @since 0.1.0
 */
export const Label = Schema.Struct({ id: Schema.NonEmptyString, en: Schema.NonEmptyString })

/**
 * @category models
 * @since 0.1.0
 */
export type Label = typeof Label.Type

/**
 * One survey element (unsur). `weight` is used only by `"custom"` weighting.
 *
 * @category models
 * @since 0.1.0
 */
export const Element = Schema.Struct({
  id: Schema.NonEmptyString,
  label: Label,
  weight: Schema.optionalKey(Weight)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Element = typeof Element.Type

const Four = Schema.Tuple([Schema.NonEmptyString, Schema.NonEmptyString, Schema.NonEmptyString, Schema.NonEmptyString])

/**
 * The labels of answers 1, 2, 3 and 4, in Bahasa Indonesia and English.
 *
 * @category models
 * @since 0.1.0
 */
export const AnswerLabels = Schema.Struct({ id: Four, en: Four })

/**
 * How element weights are set:
 *
 * - `exact`: `1/n` each, summing to exactly 1 (the regulation's formula);
 * - `printed`: `1/n` rounded half-up to two decimals (0.11 for nine elements, as the regulation's worked example
 *   and official reports print; the sum is 0.99, so the maximum is 99 instead of 100). Use only to reproduce a
 *   printed report;
 * - `custom`: each element's `weight`; they must sum to exactly 1.
 *
 * @category models
 * @since 0.1.0
 */
export const Weighting = Schema.Literals(["exact", "printed", "custom"])

/**
 * @category models
 * @since 0.1.0
 */
export type Weighting = typeof Weighting.Type

/**
 * A versioned survey template. `weighting` defaults to `"exact"`. Elements and weights may be added or changed by a
 * policy, under a new `version`: responses keep the id and version they were collected with.
 *
 * @category models
 * @since 0.1.0
 */
export const Template = Schema.Struct({
  id: Schema.NonEmptyString,
  version: Schema.NonEmptyString,
  title: Schema.optionalKey(Label),
  elements: Schema.Array(Element).pipe(Schema.check(Schema.isMinLength(1))),
  answerLabels: AnswerLabels,
  weighting: Schema.optionalKey(Weighting),
  legalBasis: Schema.optionalKey(LegalBasis)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Template = typeof Template.Type

/**
 * The template a response was collected with.
 *
 * @category models
 * @since 0.1.0
 */
export const TemplateRef = Schema.Struct({ id: Schema.NonEmptyString, version: Schema.NonEmptyString })

/**
 * @category models
 * @since 0.1.0
 */
export type TemplateRef = typeof TemplateRef.Type

/**
 * An answer: an integer from 1 to 4.
 *
 * @category models
 * @since 0.1.0
 */
export const Answer = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 4 })))

/**
 * One respondent's questionnaire: the template it was collected with and an answer per element id. `respondent`
 * and `ticket` identify the respondent or the service ticket (for duplicate detection, see `Citizen`).
 *
 * @category models
 * @since 0.1.0
 */
export const Response = Schema.Struct({
  template: TemplateRef,
  answers: Schema.Record(Schema.String, Answer),
  respondent: Schema.optionalKey(Schema.String),
  ticket: Schema.optionalKey(Schema.String),
  submittedAt: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.1.0
 */
export type Response = typeof Response.Type

/**
 * Counts of answers 1–4 per element: the whole information IKM needs. Tallies of the same template add up.
 *
 * @category models
 * @since 0.1.0
 */
export interface Tally {
  readonly template: TemplateRef
  readonly respondents: number
  readonly counts: { readonly [elementId: string]: readonly [number, number, number, number] }
}

/**
 * The scoring policy: the mutu pelayanan table (A–D) and the kinerja unit table, both on the converted 25–100
 * scale and with the same edges. The mutu table's rounding is the one decision point.
 *
 * @category models
 * @since 0.1.0
 */
export const Policy = Schema.Struct({ mutu: Band.Table, kinerja: Band.Table })

/**
 * @category models
 * @since 0.1.0
 */
export type Policy = typeof Policy.Type

/**
 * One element's line of the result.
 *
 * @category models
 * @since 0.1.0
 */
export interface ElementScore {
  readonly id: string
  readonly label: Label
  readonly weight: string
  readonly total: number
  readonly respondents: number
  /** NRR, exact (`Exact.format`). */
  readonly nrr: string
  /** NRR × weight, exact. */
  readonly weighted: string
  /** NRR × 25 rounded like the index, for display. */
  readonly converted: Exact.Rounded
}

/**
 * An IKM result with its full trace. `exact` is the exact converted value as `"n/d"` text (JSON-safe), on
 * `scale` (25–100 nominally; 0–100 is the frame other modules read it on).
 *
 * @category models
 * @since 0.1.0
 */
export interface Score {
  readonly kind: "ikm"
  readonly status: "sufficient"
  readonly template: TemplateRef
  readonly respondents: number
  readonly elements: ReadonlyArray<ElementScore>
  /** IKM on the 1–4 scale, exact (`Exact.format`). */
  readonly ikm: string
  /** IKM × 25, rounded once with the mutu table's rounding. */
  readonly nilai: Exact.Rounded
  readonly exact: string
  readonly scale: { readonly min: number; readonly max: number }
  readonly mutu: Band.Classification
  readonly kinerja: Band.Classification
  readonly trace: {
    readonly rule: "ikm"
    readonly formula: "NRR_i = Σ answers_i / respondents; IKM = Σ NRR_i × w_i; nilai = IKM × 25"
    readonly weighting: Weighting
    readonly weightSum: string
    readonly conversion: 25
    readonly legalBasis: LegalBasis
  }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Custom weights that do not sum to exactly 1.
 *
 * @category errors
 * @since 0.1.0
 */
export class WeightsDoNotSum extends Data.TaggedError("WeightsDoNotSum")<{
  readonly subject: string
  readonly sum: string
  readonly expected: string
}> {}

/**
 * A response collected with another template than the one being scored.
 *
 * @category errors
 * @since 0.1.0
 */
export class TemplateMismatch extends Data.TaggedError("TemplateMismatch")<{
  readonly index: number
  readonly expected: typeof TemplateRef.Type
  readonly actual: typeof TemplateRef.Type
}> {}

/**
 * Responses that name a template id and version not in the registry.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnknownTemplate extends Data.TaggedError("UnknownTemplate")<{
  readonly template: typeof TemplateRef.Type
}> {}

/**
 * Responses of one scoring that were collected with more than one template: score each period separately.
 *
 * @category errors
 * @since 0.1.0
 */
export class MixedTemplates extends Data.TaggedError("MixedTemplates")<{
  readonly templates: ReadonlyArray<{ readonly id: string; readonly version: string; readonly responses: number }>
}> {}

/**
 * No responses to score (NRR divides by the number of respondents).
 *
 * @category errors
 * @since 0.1.0
 */
export class NoResponses extends Data.TaggedError("NoResponses")<{
  readonly template: typeof TemplateRef.Type
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.1.0
 */
export type SurveyError =
  | Input.InvalidInput
  | WeightsDoNotSum
  | TemplateMismatch
  | UnknownTemplate
  | MixedTemplates
  | NoResponses
  | Band.ScoreOutOfRange

// ---------------------------------------------------------------------------------------------------------------
// weights
// ---------------------------------------------------------------------------------------------------------------

const FRACTION = /^\s*([+-]?\d+)\s*\/\s*(\d+)\s*$/

/**
 * Reads a {@link Weight} exactly: a number by its shortest decimal, a decimal text, or a fraction text `"n/d"`.
 * Fails with {@link Exact.NotANumber} for anything else (including a zero denominator).
 *
 * @example
 * ```ts
 * import { Exact, Survey } from "@pembinaan/core"
 * Exact.format(Result.getOrThrow(Survey.readWeight("1/9"))) // => "1/9 ≈ 0.111111"
 * ```
 *
 * @category weights
 * @since 0.1.0
 */
export const readWeight = (weight: Weight): Result.Result<Exact.Exact, Exact.NotANumber> => {
  if (typeof weight === "number") return Exact.fromNumber(weight)
  const m = FRACTION.exec(weight)
  if (m) {
    const d = BigInt(m[2] as string)
    return d === 0n
      ? Result.fail(new Exact.NotANumber({ input: weight }))
      : Result.succeed(Exact.fraction(BigInt(m[1] as string), d))
  }
  return Exact.fromString(weight)
}

/**
 * Shows an exact value as `"n"` or `"n/d"`: the JSON-safe exact form used in results (`exact` fields).
 *
 * @category weights
 * @since 0.1.0
 */
export const ratio = (x: Exact.Exact): string => (x.d === 1n ? `${x.n}` : `${x.n}/${x.d}`)

const PRINTED: Exact.Rounding = { scale: 2, mode: "half-up" }

/**
 * The semantic problems of a template (empty when valid): duplicate element ids, weights given with a
 * non-custom weighting, missing, unreadable or non-positive custom weights, printed weights that round to zero.
 * Weights that do not sum to 1 are reported by {@link weights} as {@link WeightsDoNotSum}.
 *
 * @category weights
 * @since 0.1.0
 */
export const templateProblems = (template: Template): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const weighting = template.weighting ?? "exact"
  const seen = new Set<string>()
  template.elements.forEach((element, i) => {
    if (seen.has(element.id)) {
      out.push({ path: ["elements", i, "id"], code: "duplicate", message: `element id "${element.id}" is repeated` })
    }
    seen.add(element.id)
    if (weighting !== "custom" && element.weight !== undefined) {
      out.push({
        path: ["elements", i, "weight"],
        code: "unused-weight",
        message: `weighting "${weighting}" sets the weights; remove this weight or use "custom"`
      })
    }
    if (weighting === "custom") {
      if (element.weight === undefined) {
        out.push({ path: ["elements", i, "weight"], code: "missing", message: "custom weighting needs a weight here" })
      } else {
        const w = readWeight(element.weight)
        if (Result.isFailure(w)) {
          out.push({ path: ["elements", i, "weight"], code: "invalid", message: `"${element.weight}" is not a number` })
        } else if (w.success.n <= 0n || Exact.lessThan(Exact.one, w.success)) {
          out.push({ path: ["elements", i, "weight"], code: "out-of-range", message: "a weight must be in (0, 1]" })
        }
      }
    }
  })
  if (weighting === "printed") {
    const w = Exact.roundExact(Exact.fraction(1, template.elements.length), PRINTED)
    if (w.n === 0n) {
      out.push({
        path: ["elements"],
        code: "printed-weight-zero",
        message: "1/n rounds to 0.00 with this many elements"
      })
    }
  }
  return out
}

/**
 * The exact weight of every element of a template, in element order, after validating it. Custom weights must sum
 * to exactly 1 ({@link WeightsDoNotSum} otherwise); `"printed"` weights sum to `n × round(1/n, 2)` by design.
 *
 * @example
 * ```ts
 * import { Exact, Presets, Survey } from "@pembinaan/core"
 * Survey.weights(Presets.skm.national2017).pipe(Result.map((ws) => Exact.format(Exact.sum(ws)))) // => Result.succeed("1")
 * Survey.weights({ ...Presets.skm.national2017, weighting: "printed" }).pipe(Result.map((ws) => Exact.format(ws[0])))
 * // => Result.succeed("0.11")
 * ```
 *
 * @category weights
 * @since 0.1.0
 */
export const weights = (
  template: Template
): Result.Result<ReadonlyArray<Exact.Exact>, Input.InvalidInput | WeightsDoNotSum> => {
  const problems = templateProblems(template)
  if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "SurveyTemplate", problems }))
  const n = template.elements.length
  switch (template.weighting ?? "exact") {
    case "exact":
      return Result.succeed(template.elements.map(() => Exact.fraction(1, n)))
    case "printed": {
      const w = Exact.roundExact(Exact.fraction(1, n), PRINTED)
      return Result.succeed(template.elements.map(() => w))
    }
    case "custom": {
      const ws = template.elements.map((e) => Result.getOrThrow(readWeight(e.weight as Weight)))
      const total = Exact.sum(ws)
      return Exact.equals(total, Exact.one)
        ? Result.succeed(ws)
        : Result.fail(
            new WeightsDoNotSum({
              subject: `${template.id}@${template.version}`,
              sum: Exact.format(total),
              expected: "1"
            })
          )
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// decoding
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes a template document and validates it (schema problems, then semantic problems and weights).
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeTemplate = (input: unknown): Result.Result<Template, Input.InvalidInput | WeightsDoNotSum> =>
  Result.flatMap(Input.decode(Template, "SurveyTemplate")(input), (t) => Result.map(weights(t), () => t))

/**
 * Decodes one response, reporting every problem with its path.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodeResponse = Input.decode(Response, "SurveyResponse")

/**
 * Decodes a scoring policy and checks both tables: each table's own problems (paths under `mutu` / `kinerja`),
 * and that the two tables share range and edges.
 *
 * @category decoding
 * @since 0.1.0
 */
export const decodePolicy = (input: unknown): Result.Result<Policy, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Policy, "SurveyPolicy")(input), (policy) => {
    const problems = policyProblems(policy)
    return problems.length === 0
      ? Result.succeed(policy)
      : Result.fail(new Input.InvalidInput({ subject: "SurveyPolicy", problems }))
  })

/**
 * The problems of a scoring policy (empty when valid).
 *
 * @category decoding
 * @since 0.1.0
 */
export const policyProblems = (policy: Policy): ReadonlyArray<Input.Problem> => {
  const out = [...Band.problems(policy.mutu, ["mutu"]), ...Band.problems(policy.kinerja, ["kinerja"])]
  const a = policy.mutu.bands.map((b) => b.lower)
  const b = policy.kinerja.bands.map((x) => x.lower)
  if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
    out.push({ path: ["kinerja", "bands"], code: "inconsistent-edges", message: "kinerja edges must equal mutu edges" })
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/** At most this many problems are listed for a batch of responses (a million bad rows would not fit a form). */
const MAX_PROBLEMS = 100

/**
 * How blank answers are handled (PermenPAN-RB 14/2017: "NRR per unsur = Σ nilai unsur / jumlah kuesioner terisi"):
 *
 * - `per-unsur` (the default of {@link tally} with options, and of `pembinaan ikm`): the literal reading: for each
 *   unsur, the questionnaires in which that unsur is filled in are counted; a blank answer lowers only that unsur's
 *   count, never the others';
 * - `refuse`: every unsur must be answered (a blank is a problem with its path), as without options.
 *
 * The regulation does not say more; which reading a region uses is its choice, stated here by name.
 *
 * @category models
 * @since 0.2.0
 */
export const Blanks = Schema.Literals(["per-unsur", "refuse"])

/**
 * @category models
 * @since 0.2.0
 */
export type Blanks = typeof Blanks.Type

/**
 * Options of {@link tally} and {@link fromTally}.
 *
 * @category models
 * @since 0.2.0
 */
export interface TallyOptions {
  readonly blanks?: Blanks | undefined
}

const sameRef = (a: TemplateRef, b: TemplateRef): boolean => a.id === b.id && a.version === b.version

/**
 * Counts the answers of typed responses per element. Every response must name this template and answer every
 * element with an integer 1–4, and name no other element; each violation is a problem with its path
 * (`[index, "answers", elementId]`). A response of another template fails with {@link TemplateMismatch}.
 *
 * @example
 * ```ts
 * import { Presets, Survey } from "@pembinaan/core"
 * Survey.tally(Presets.skm.national2017, responses) // => Result.succeed({ respondents: 29, counts: { U1: [0, 0, 11, 18], … } })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const tally: {
  (
    responses: ReadonlyArray<Response>
  ): (template: Template) => Result.Result<Tally, Input.InvalidInput | TemplateMismatch>
  (
    template: Template,
    responses: ReadonlyArray<Response>,
    options?: TallyOptions
  ): Result.Result<Tally, Input.InvalidInput | TemplateMismatch>
} = dual(
  (args) => args.length >= 2 && !Array.isArray(args[0]),
  (
    template: Template,
    responses: ReadonlyArray<Response>,
    options: TallyOptions = {}
  ): Result.Result<Tally, Input.InvalidInput | TemplateMismatch> => {
    const blanksAllowed = options.blanks === "per-unsur"
    const ref = { id: template.id, version: template.version }
    const ids = template.elements.map((e) => e.id)
    const known = new Set(ids)
    const k = ids.length
    const counts = new Float64Array(k * 4)
    const problems: Array<Input.Problem> = []
    for (let r = 0; r < responses.length; r++) {
      const response = responses[r] as Response
      if (!sameRef(response.template, ref)) {
        return Result.fail(new TemplateMismatch({ index: r, expected: ref, actual: response.template }))
      }
      const answers = response.answers
      let defined = 0
      for (let e = 0; e < k; e++) {
        const id = ids[e] as string
        const a = answers[id]
        if (a !== undefined) defined++
        if (a === 1 || a === 2 || a === 3 || a === 4) {
          const at = e * 4 + a - 1
          counts[at] = (counts[at] as number) + 1
        } else if (a === undefined && blanksAllowed) {
          // a blank answer counts for no unsur: this unsur's "kuesioner terisi" is one fewer
        } else if (problems.length < MAX_PROBLEMS) {
          problems.push(
            a === undefined
              ? { path: [r, "answers", id], code: "missing", message: `element ${id} is not answered` }
              : { path: [r, "answers", id], code: "out-of-range", message: `answer ${String(a)} is not 1, 2, 3 or 4` }
          )
        }
      }
      let keys = 0
      for (const _ in answers) keys++
      if (keys > defined) {
        for (const key in answers) {
          if (!known.has(key) && problems.length < MAX_PROBLEMS) {
            problems.push({
              path: [r, "answers", key],
              code: "unknown-element",
              message: `no element ${key} in ${ref.id}@${ref.version}`
            })
          }
        }
      }
    }
    if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "SurveyResponses", problems }))
    const out: Record<string, readonly [number, number, number, number]> = {}
    ids.forEach((id, e) => {
      out[id] = [counts[e * 4] ?? 0, counts[e * 4 + 1] ?? 0, counts[e * 4 + 2] ?? 0, counts[e * 4 + 3] ?? 0]
    })
    return Result.succeed({ template: ref, respondents: responses.length, counts: out })
  }
)

/**
 * Scores a tally with its template: NRR per element, IKM, the ×25 conversion rounded once with the mutu table's
 * rounding, mutu A–D and the kinerja unit label. A tally of another template fails with {@link TemplateMismatch};
 * an empty tally with {@link NoResponses}.
 *
 * @example
 * ```ts
 * import { Presets, Survey } from "@pembinaan/core"
 * // GASPUL worked example: 29 respondents, 955 points over nine elements
 * Survey.fromTally(Presets.skm.policy, { template: Presets.skm.national2017, tally }).nilai.text // => "91.48"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const fromTally: {
  (input: {
    readonly template: Template
    readonly tally: Tally
    readonly blanks?: Blanks
  }): (policy: Policy) => Result.Result<Score, SurveyError>
  (
    policy: Policy,
    input: { readonly template: Template; readonly tally: Tally; readonly blanks?: Blanks }
  ): Result.Result<Score, SurveyError>
} = dual(
  2,
  (
    policy: Policy,
    input: { readonly template: Template; readonly tally: Tally; readonly blanks?: Blanks }
  ): Result.Result<Score, SurveyError> => {
    const { template, tally: t } = input
    const perUnsur = input.blanks === "per-unsur"
    const ref = { id: template.id, version: template.version }
    if (!sameRef(t.template, ref))
      return Result.fail(new TemplateMismatch({ index: -1, expected: ref, actual: t.template }))
    if (t.respondents === 0) return Result.fail(new NoResponses({ template: ref }))
    return Result.flatMap(weights(template), (ws): Result.Result<Score, SurveyError> => {
      const problems: Array<Input.Problem> = []
      const elements: Array<ElementScore> = []
      let ikm = Exact.zero
      template.elements.forEach((element, i) => {
        const c = t.counts[element.id]
        const count = c ? c[0] + c[1] + c[2] + c[3] : -1
        const consistent = perUnsur ? count > 0 && count <= t.respondents : count === t.respondents
        if (!c || !consistent) {
          problems.push({
            path: ["counts", element.id],
            code: perUnsur && count === 0 ? "unanswered-element" : "inconsistent-count",
            message: `element ${element.id} has ${count} answers for ${t.respondents} respondents`
          })
          return
        }
        const total = c[0] + 2 * c[1] + 3 * c[2] + 4 * c[3]
        // NRR = Σ nilai unsur / jumlah kuesioner terisi (per unsur when blanks are allowed)
        const nrr = Exact.fraction(total, count)
        const w = ws[i] as Exact.Exact
        const weighted = Exact.multiply(nrr, w)
        ikm = Exact.add(ikm, weighted)
        elements.push({
          id: element.id,
          label: element.label,
          weight: Exact.format(w),
          total,
          respondents: count,
          nrr: Exact.format(nrr),
          weighted: Exact.format(weighted),
          converted: Exact.round(Exact.multiply(nrr, Exact.int(25)), policy.mutu.rounding)
        })
      })
      if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "SurveyTally", problems }))
      const nilai = Exact.multiply(ikm, Exact.int(25))
      return Result.flatMap(Band.classify(policy.mutu, nilai), (mutu) =>
        Result.map(
          Band.classify(policy.kinerja, nilai),
          (kinerja): Score => ({
            kind: "ikm",
            status: "sufficient",
            template: ref,
            respondents: t.respondents,
            elements,
            ikm: Exact.format(ikm),
            nilai: mutu.score,
            exact: ratio(nilai),
            scale: { min: policy.mutu.range.min, max: policy.mutu.range.max },
            mutu,
            kinerja,
            trace: {
              rule: "ikm",
              formula: "NRR_i = Σ answers_i / respondents; IKM = Σ NRR_i × w_i; nilai = IKM × 25",
              weighting: template.weighting ?? "exact",
              weightSum: Exact.format(Exact.sum(ws)),
              conversion: 25,
              legalBasis: template.legalBasis ?? policy.mutu.legalBasis
            }
          })
        )
      )
    })
  }
)

/**
 * Scores typed responses with their template: {@link tally} then {@link fromTally}.
 *
 * With `dedupe: "ticket"` (since 0.4.0) a service ticket counts once: of the responses whose tickets have the same
 * {@link Ticket.normalise} form (zero-width, control and look-alike characters cannot split one ticket), only the
 * last one in the list is scored; responses without a ticket all count. A ticket that is empty once normalised is
 * refused (`InvalidInput`, path `[index, "ticket"]`). Without the option every response counts, as before.
 *
 * @example
 * ```ts
 * import { Presets, Survey } from "@pembinaan/core"
 * const exact = Survey.score(Presets.skm.policy, { template: Presets.skm.national2017, responses })
 * const printed = Survey.score(Presets.skm.policy, { template: { ...Presets.skm.national2017, weighting: "printed" }, responses })
 * // GASPUL data => exact nilai "91.48" (A, Sangat Baik); printed nilai "90.56" (A, Sangat Baik)
 * // 10 respondents at 87.50 plus 10,000 answers "1" under one ticket:
 * Survey.score(Presets.skm.policy, { template, responses: flooded, dedupe: "ticket" }) // => nilai "81.82", not "25.06"
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const score: {
  (input: ScoreInput): (policy: Policy) => Result.Result<Score, SurveyError>
  (policy: Policy, input: ScoreInput): Result.Result<Score, SurveyError>
} = dual(
  2,
  (policy: Policy, input: ScoreInput): Result.Result<Score, SurveyError> =>
    Result.flatMap(
      input.dedupe === "ticket" ? dedupeByTicket(input.responses) : Result.succeed(input.responses),
      (responses) =>
        Result.flatMap(tally(input.template, responses), (t) =>
          fromTally(policy, { template: input.template, tally: t })
        )
    )
)

/**
 * The input of {@link score}: the template, the responses, and optionally `dedupe: "ticket"`.
 *
 * @category models
 * @since 0.4.0
 */
export interface ScoreInput {
  readonly template: Template
  readonly responses: ReadonlyArray<Response>
  readonly dedupe?: "ticket"
}

/**
 * Keeps the last response per normalised ticket (order kept), every ticketless response, and refuses empty
 * tickets with their paths.
 *
 * @category combinators
 * @since 0.4.0
 */
export const dedupeByTicket = (
  responses: ReadonlyArray<Response>
): Result.Result<ReadonlyArray<Response>, Input.InvalidInput> => {
  const last = new Map<string, number>()
  const keys: Array<string | undefined> = []
  const problems: Array<Input.Problem> = []
  responses.forEach((r, i) => {
    if (r.ticket === undefined) {
      keys.push(undefined)
      return
    }
    const t = Ticket.normalise(r.ticket)
    if (Result.isFailure(t)) {
      if (problems.length < MAX_PROBLEMS)
        problems.push({ path: [i, "ticket"], code: "empty-ticket", message: "the ticket is empty" })
      keys.push(undefined)
      return
    }
    keys.push(t.success)
    last.set(t.success, i)
  })
  if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "SurveyResponses", problems }))
  return Result.succeed(responses.filter((_, i) => keys[i] === undefined || last.get(keys[i] as string) === i))
}

/**
 * The input of {@link scorePeriod}: a registry of templates (current and past), one period's responses, and
 * optionally `dedupe: "ticket"` (since 0.4.0; as in {@link score}: a service ticket counts once).
 *
 * @category models
 * @since 0.4.0
 */
export interface PeriodInput {
  readonly templates: ReadonlyArray<Template>
  readonly responses: ReadonlyArray<Response>
  readonly dedupe?: "ticket" | undefined
}

/**
 * Scores one period's responses with the template they were collected with, looked up by id and version in a
 * registry of templates (current and past). All responses must name the same template ({@link MixedTemplates}
 * otherwise); a template missing from the registry fails with {@link UnknownTemplate}; two registry entries with
 * the same id and version but different content are a problem at `["templates", i]`. With `dedupe: "ticket"`
 * (since 0.4.0) a service ticket counts once, exactly as in {@link score}.
 *
 * @example
 * ```ts
 * import { Presets, Survey } from "@pembinaan/core"
 * // 2016 responses name { id: "skm", version: "2014" }: they are scored with the 2014 template
 * Survey.scorePeriod(Presets.skm.policy, { templates: [t2014, Presets.skm.national2017], responses: responses2016 })
 * // the same, a ticket counted once
 * Survey.scorePeriod(Presets.skm.policy, { templates, responses: responses2016, dedupe: "ticket" })
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const scorePeriod: {
  (input: PeriodInput): (policy: Policy) => Result.Result<Score, SurveyError>
  (policy: Policy, input: PeriodInput): Result.Result<Score, SurveyError>
} = dual(2, (policy: Policy, input: PeriodInput): Result.Result<Score, SurveyError> => {
  const registry = new Map<string, Template>()
  const problems: Array<Input.Problem> = []
  input.templates.forEach((t, i) => {
    const key = `${t.id}\u0000${t.version}`
    const previous = registry.get(key)
    if (previous && JSON.stringify(previous) !== JSON.stringify(t)) {
      problems.push({
        path: ["templates", i],
        code: "conflicting-version",
        message: `${t.id}@${t.version} is registered twice with different content`
      })
    }
    registry.set(key, t)
  })
  if (problems.length > 0) return Result.fail(new Input.InvalidInput({ subject: "SurveyTemplates", problems }))
  const found = new Map<string, { id: string; version: string; responses: number }>()
  for (const r of input.responses) {
    const key = `${r.template.id}\u0000${r.template.version}`
    const entry = found.get(key)
    if (entry) entry.responses++
    else found.set(key, { id: r.template.id, version: r.template.version, responses: 1 })
  }
  if (found.size > 1) return Result.fail(new MixedTemplates({ templates: [...found.values()] }))
  const [only] = found.values()
  if (!only) return Result.fail(new NoResponses({ template: { id: "-", version: "-" } }))
  const template = registry.get(`${only.id}\u0000${only.version}`)
  if (!template) return Result.fail(new UnknownTemplate({ template: { id: only.id, version: only.version } }))
  return score(policy, {
    template,
    responses: input.responses,
    ...(input.dedupe === "ticket" ? { dedupe: "ticket" as const } : {})
  })
})

const PeriodDocument = Schema.Struct({
  templates: Schema.Array(Template),
  responses: Schema.Array(Response),
  dedupe: Schema.optionalKey(Schema.Literal("ticket"))
})

/**
 * Decodes untrusted `{ templates, responses, dedupe? }` (every problem with its path) and scores it with
 * {@link scorePeriod}. `dedupe: "ticket"` (since 0.4.0) counts a service ticket once; any other value is a problem
 * at `["dedupe"]`.
 *
 * @category combinators
 * @since 0.1.0
 */
export const evaluate: {
  (input: unknown): (policy: Policy) => Result.Result<Score, SurveyError>
  (policy: Policy, input: unknown): Result.Result<Score, SurveyError>
} = dual(
  2,
  (policy: Policy, input: unknown): Result.Result<Score, SurveyError> =>
    Result.flatMap(Input.decode(PeriodDocument, "SurveyPeriod")(input), (decoded) => scorePeriod(policy, decoded))
)

/**
 * Adds two tallies of the same template (for example two months of one quarter). Fails with
 * {@link TemplateMismatch} for tallies of different templates: a period keeps its own template.
 *
 * @category combinators
 * @since 0.1.0
 */
export const combineTallies: {
  (that: Tally): (self: Tally) => Result.Result<Tally, TemplateMismatch>
  (self: Tally, that: Tally): Result.Result<Tally, TemplateMismatch>
} = dual(2, (self: Tally, that: Tally): Result.Result<Tally, TemplateMismatch> => {
  if (!sameRef(self.template, that.template)) {
    return Result.fail(new TemplateMismatch({ index: -1, expected: self.template, actual: that.template }))
  }
  const counts: Record<string, readonly [number, number, number, number]> = {}
  for (const id of new Set([...Object.keys(self.counts), ...Object.keys(that.counts)])) {
    const a = self.counts[id] ?? [0, 0, 0, 0]
    const b = that.counts[id] ?? [0, 0, 0, 0]
    counts[id] = [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]]
  }
  return Result.succeed({ template: self.template, respondents: self.respondents + that.respondents, counts })
})
