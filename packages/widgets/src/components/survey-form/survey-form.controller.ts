import { Presets, type Survey } from "@pembinaan/core"
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
  /** The template in use; `undefined` while a given one is being checked ({@link checking}) or when it was invalid. */
  template: SurveyTemplate | undefined = nationalSurveyTemplate
  /**
   * Settles once the template given last is checked; `undefined` when none is being checked. The check loads the
   * first time a page gives a template, so a page with the national one does not carry it.
   */
  checking: Promise<void> | undefined
  /** Whether the check could not be loaded (a network failure): the page has to be reloaded. */
  checkFailed = false
  private requests = 0
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

  /**
   * Uses a template (or, when `undefined` is passed, the national one); an invalid one leaves no template. A given
   * template is checked asynchronously: until {@link checking} settles, there is no template.
   */
  setTemplate(template: unknown): void {
    const request = ++this.requests
    this.checkFailed = false
    if (template === undefined) {
      this.checking = undefined
      this.use(nationalSurveyTemplate)
      return
    }
    this.use(undefined)
    const current = () => request === this.requests
    this.checking = import("./survey-form.guard.js").then(
      ({ readSurveyTemplate }) => {
        if (!current()) return
        this.checking = undefined
        this.use(readSurveyTemplate(template, nationalSurveyTemplate.answerLabels))
        this.host.requestUpdate()
      },
      () => {
        if (!current()) return
        this.checking = undefined
        this.checkFailed = true
        this.host.requestUpdate()
      }
    )
    this.host.requestUpdate()
  }

  private use(next: SurveyTemplate | undefined): void {
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
