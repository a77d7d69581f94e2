import { type LegalBasis, Presets, type Survey } from "@pembinaan/core"
import type { ReactiveController, ReactiveControllerHost } from "lit"

/**
 * A citizen survey (SKM) template: core's `Survey.Template` (versioned, one question per element, answer labels
 * in both locales).
 *
 * @since 0.2.0
 */
export type SurveyTemplate = Survey.Template

/**
 * The national nine-element template of PermenPAN-RB 14/2017 (U1 Persyaratan … U9 Sarana dan Prasarana), from
 * core's presets (`Presets.skm.national2017`).
 *
 * @since 0.2.0
 */
export const nationalSurveyTemplate: SurveyTemplate = Presets.skm.national2017

/**
 * The questionnaire wording of an element (`Presets.skmQuestions`): the question and its four answer labels, when
 * the template is one whose questionnaire core knows.
 *
 * @since 0.4.0
 */
export const surveyQuestion = (template: SurveyTemplate, element: string) =>
  Presets.skmQuestions.questionFor(template.id, element)

/**
 * An SKM answer: 1 (tidak sesuai) .. 4 (sangat sesuai).
 *
 * @since 0.2.0
 */
export type SurveyAnswer = 1 | 2 | 3 | 4

/**
 * What `<asn-survey-form>` submits. `identity` appears only when the element has `ask-identity` and the
 * respondent filled a field.
 *
 * @since 0.2.0
 */
export interface SurveySubmission {
  readonly templateId: string
  readonly templateVersion: string
  readonly answers: Readonly<Record<string, SurveyAnswer>>
  readonly comment?: string
  readonly ticket?: string
  readonly identity?: { readonly name?: string; readonly phone?: string }
}

/**
 * The `localStorage` key under which the survey remembers the service tickets already rated from this browser:
 * a JSON array of `"<templateId>:<ticket>"` strings.
 *
 * @since 0.2.0
 */
export const SURVEY_TICKETS_KEY = "pembinaan.skm.submitted-tickets"

/**
 * The free-text parts of a survey as the element holds them.
 *
 * @since 0.2.0
 */
export interface SurveyInput {
  readonly comment: string
  readonly ticket: string
  readonly askIdentity: boolean
  readonly name: string
  readonly phone: string
}

/** Trimmed optional fields; identity only when asked for and given. */
const extras = (input: SurveyInput): Pick<SurveySubmission, "comment" | "ticket" | "identity"> => {
  const comment = input.comment.trim()
  const ticket = input.ticket.trim()
  const name = input.name.trim()
  const phone = input.phone.trim()
  const identity = input.askIdentity && (name || phone) ? { ...(name && { name }), ...(phone && { phone }) } : undefined
  return { ...(comment && { comment }), ...(ticket && { ticket }), ...(identity && { identity }) }
}

const answerOf: Readonly<Record<string, SurveyAnswer>> = { "1": 1, "2": 2, "3": 3, "4": 4 }

// A template is read with a guard written against core's `Survey.Template` schema instead of the schema itself: the
// survey needs nothing else of effect Schema, which would add about 25 kB gzip to the page. `survey-form.test.ts`
// checks that the guard accepts exactly what `Schema.decodeUnknownResult(Survey.Template)` accepts and returns the
// same value. Unknown keys are dropped, as the schema does.
type Plain = Readonly<Record<string, unknown>>
const isPlain = (u: unknown): u is Plain => typeof u === "object" && u !== null && !Array.isArray(u)
const isText = (u: unknown): u is string => typeof u === "string" && u.length > 0
const label = (u: unknown): Survey.Label | undefined =>
  isPlain(u) && isText(u.id) && isText(u.en) ? { id: u.id, en: u.en } : undefined
const four = (u: unknown): readonly [string, string, string, string] | undefined =>
  Array.isArray(u) && u.length === 4 && isText(u[0]) && isText(u[1]) && isText(u[2]) && isText(u[3])
    ? [u[0], u[1], u[2], u[3]]
    : undefined
const optional = <A>(u: Plain, key: string, read: (v: unknown) => A | undefined): { ok: boolean; value?: A } => {
  if (!(key in u)) return { ok: true }
  const value = read(u[key])
  return value === undefined ? { ok: false } : { ok: true, value }
}
const element = (u: unknown): Survey.Element | undefined => {
  if (!isPlain(u) || !isText(u.id)) return undefined
  const l = label(u.label)
  const w = optional(u, "weight", (v) =>
    (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" ? v : undefined
  )
  if (!l || !w.ok) return undefined
  return w.value === undefined ? { id: u.id, label: l } : { id: u.id, label: l, weight: w.value }
}
const citation = (u: unknown): LegalBasis.Citation | undefined => {
  if (!isPlain(u) || !isText(u.regulation) || typeof u.confirmed !== "boolean") return undefined
  const article = optional(u, "article", (v) => (typeof v === "string" ? v : undefined))
  const note = optional(u, "note", (v) => (typeof v === "string" ? v : undefined))
  if (!article.ok || !note.ok) return undefined
  return {
    regulation: u.regulation,
    ...(article.value !== undefined && { article: article.value }),
    ...(note.value !== undefined && { note: note.value }),
    confirmed: u.confirmed
  }
}
const all = <A>(u: unknown, read: (v: unknown) => A | undefined): ReadonlyArray<A> | undefined => {
  if (!Array.isArray(u) || u.length === 0) return undefined
  const out: A[] = []
  for (let i = 0; i < u.length; i++) {
    const v = read(u[i])
    if (v === undefined) return undefined
    out.push(v)
  }
  return out
}
const weightings: ReadonlyArray<unknown> = ["exact", "printed", "custom"]
const readTemplate = (u: unknown): SurveyTemplate | undefined => {
  if (!isPlain(u) || !isText(u.id) || !isText(u.version)) return undefined
  const elements = all(u.elements, element)
  const labels = isPlain(u.answerLabels) ? { id: four(u.answerLabels.id), en: four(u.answerLabels.en) } : undefined
  const title = optional(u, "title", label)
  const weighting = optional(u, "weighting", (v) =>
    weightings.includes(v) ? (v as NonNullable<Survey.Template["weighting"]>) : undefined
  )
  const legalBasis = optional(u, "legalBasis", (v) => all(v, citation))
  if (!elements || !labels?.id || !labels.en || !title.ok || !weighting.ok || !legalBasis.ok) return undefined
  return {
    id: u.id,
    version: u.version,
    ...(title.value !== undefined && { title: title.value }),
    elements,
    answerLabels: { id: labels.id, en: labels.en },
    ...(weighting.value !== undefined && { weighting: weighting.value }),
    ...(legalBasis.value !== undefined && { legalBasis: legalBasis.value as LegalBasis.LegalBasis })
  }
}

/**
 * Reads a template from untrusted input (for example the JSON of a `<script type="application/json">`) with the
 * shape of core's `Survey.Template`. `answerLabels` may be omitted (the national labels are used); element ids must
 * be unique. Returns `undefined` when the input is not a template.
 *
 * @since 0.2.0
 */
export const toSurveyTemplate = (u: unknown): SurveyTemplate | undefined => {
  const input =
    typeof u === "object" && u !== null && !("answerLabels" in u)
      ? { ...u, answerLabels: nationalSurveyTemplate.answerLabels }
      : u
  const decoded = readTemplate(input)
  if (decoded === undefined) return undefined
  const ids = new Set(decoded.elements.map((e) => e.id))
  return ids.size === decoded.elements.length ? decoded : undefined
}

/**
 * Whether an unknown value is a complete {@link SurveyTemplate} with unique element ids.
 *
 * @since 0.2.0
 */
export const isSurveyTemplate = (u: unknown): u is SurveyTemplate => toSurveyTemplate(u) !== undefined

/**
 * Reads the remembered tickets; an unavailable or corrupt storage counts as empty.
 */
const readTickets = (): ReadonlyArray<string> => {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SURVEY_TICKETS_KEY) ?? "[]")
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : []
  } catch {
    return []
  }
}

/**
 * The survey's state: template, answers, step of the one-at-a-time mode, and the ticket guard. The element
 * renders it and forwards the respondent's intent.
 *
 * @since 0.2.0
 */
export class SurveyController implements ReactiveController {
  /** The template in use; `undefined` when the given one was invalid. */
  template: SurveyTemplate | undefined = nationalSurveyTemplate
  /** Increases whenever answers are cleared, so the element can recreate its inputs. */
  generation = 0
  /** The index of the question shown in `one-at-a-time` mode. */
  step = 0
  private answers = new Map<string, SurveyAnswer>()
  private readonly host: ReactiveControllerHost

  constructor(host: ReactiveControllerHost) {
    this.host = host
    host.addController(this)
  }

  hostConnected(): void {}

  /** Uses a template (or, when `undefined` is passed, the national one); an invalid one leaves no template. */
  setTemplate(template: unknown): void {
    const next = template === undefined ? nationalSurveyTemplate : toSurveyTemplate(template)
    if (next === this.template) return
    this.template = next
    this.clear()
  }

  /** Parses the JSON of a `<script type="application/json">` child; invalid JSON leaves no template. */
  setTemplateJson(json: string): void {
    try {
      this.setTemplate(JSON.parse(json))
    } catch {
      this.setTemplate(null)
    }
  }

  /** Records the answer of a question from the input's value (`""` removes it). */
  answer(elementId: string, value: string): void {
    const a = answerOf[value]
    if (a === undefined) this.answers.delete(elementId)
    else this.answers.set(elementId, a)
    this.host.requestUpdate()
  }

  /** The answer of a question as the input's value, or `""`. */
  valueOf(elementId: string): string {
    const a = this.answers.get(elementId)
    return a === undefined ? "" : String(a)
  }

  /** Element ids still without an answer, in template order. */
  get missing(): ReadonlyArray<string> {
    return (this.template?.elements ?? []).filter((e) => !this.answers.has(e.id)).map((e) => e.id)
  }

  /** Progress of the one-at-a-time mode, 1-based. */
  get progress(): { readonly current: number; readonly total: number } {
    return { current: this.step + 1, total: this.template?.elements.length ?? 0 }
  }

  get isFirst(): boolean {
    return this.step === 0
  }

  get isLast(): boolean {
    return this.step >= (this.template?.elements.length ?? 0) - 1
  }

  /** The element id of the current step. */
  get current(): string | undefined {
    return this.template?.elements[this.step]?.id
  }

  /** Goes to the next question if the current one is answered; returns whether it moved. */
  next(): boolean {
    const id = this.current
    if (id === undefined || !this.answers.has(id) || this.isLast) return false
    this.step += 1
    this.host.requestUpdate()
    return true
  }

  back(): void {
    if (this.step > 0) this.step -= 1
    this.host.requestUpdate()
  }

  /** Shows the question of an element id (used to bring the first unanswered question into view). */
  goTo(elementId: string): void {
    const index = this.template?.elements.findIndex((e) => e.id === elementId) ?? -1
    if (index >= 0) this.step = index
    this.host.requestUpdate()
  }

  /** Forgets every answer and returns to the first question. */
  clear(): void {
    this.answers = new Map()
    this.step = 0
    this.generation += 1
    this.host.requestUpdate()
  }

  /** A serialisable snapshot for `formStateRestoreCallback`. */
  snapshot(): string {
    return JSON.stringify({ answers: Object.fromEntries(this.answers), step: this.step })
  }

  /** Restores a {@link snapshot}; anything unreadable is ignored. */
  restore(state: string): void {
    try {
      const parsed = JSON.parse(state) as { answers?: Record<string, unknown>; step?: unknown }
      this.clear()
      for (const [k, v] of Object.entries(parsed.answers ?? {})) this.answer(k, String(v))
      if (typeof parsed.step === "number" && Number.isInteger(parsed.step) && parsed.step >= 0) {
        this.step = Math.min(parsed.step, (this.template?.elements.length ?? 1) - 1)
      }
    } catch {
      // A state from another version of the widget: start afresh.
    }
  }

  /** Builds the submission; `undefined` while a question is unanswered or the template is invalid. */
  submission(input: SurveyInput): SurveySubmission | undefined {
    const template = this.template
    if (!template || this.missing.length > 0) return undefined
    const answers: Record<string, SurveyAnswer> = {}
    for (const e of template.elements) {
      const a = this.answers.get(e.id)
      if (a !== undefined) answers[e.id] = a
    }
    return { templateId: template.id, templateVersion: template.version, answers, ...extras(input) }
  }

  /**
   * The entries posted with a form: `templateId`, `templateVersion`, `answers[U1]`…, and when present `comment`,
   * `ticket`, `identity[name]`, `identity[phone]` (bracket names that PHP and Laravel read as arrays).
   */
  formData(input: SurveyInput): FormData {
    const data = new FormData()
    const template = this.template
    if (!template) return data
    data.append("templateId", template.id)
    data.append("templateVersion", template.version)
    for (const e of template.elements) {
      const v = this.valueOf(e.id)
      if (v !== "") data.append(`answers[${e.id}]`, v)
    }
    const x = extras(input)
    if (x.comment) data.append("comment", x.comment)
    if (x.ticket) data.append("ticket", x.ticket)
    if (x.identity?.name) data.append("identity[name]", x.identity.name)
    if (x.identity?.phone) data.append("identity[phone]", x.identity.phone)
    return data
  }

  /** Whether this browser already submitted the ticket for this template. */
  ticketUsed(ticket: string): boolean {
    const t = ticket.trim()
    return t !== "" && readTickets().includes(`${this.template?.id ?? ""}:${t}`)
  }

  /** Remembers a submitted ticket in `localStorage` under {@link SURVEY_TICKETS_KEY}. */
  rememberTicket(ticket: string): void {
    const t = ticket.trim()
    if (t === "") return
    try {
      localStorage.setItem(SURVEY_TICKETS_KEY, JSON.stringify([...readTickets(), `${this.template?.id ?? ""}:${t}`]))
    } catch {
      // Storage unavailable (private mode, quota): the server must still refuse duplicates.
    }
  }
}
