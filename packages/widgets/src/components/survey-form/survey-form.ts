import { html, nothing, type PropertyDeclarations, type PropertyValues } from "lit"
import { AcknowledgeableEvent, acknowledged } from "../../internal/ack.js"
import { DraftStore } from "../../internal/draft.js"
import { FormControlElement, postNatively } from "../../internal/form-control.js"
import { formStyles, tokens } from "../../internal/shared.styles.js"
import { LocaleController } from "../../locale.js"
import { ack } from "../../messages/ack.js"
import { catalogue } from "../../messages/catalogue.js"
import { survey } from "../../messages/survey.js"
import type { AsnRatingInput } from "../rating-input/rating-input.js"
import {
  SurveyController,
  type SurveyInput,
  type SurveySubmission,
  type SurveyTemplate,
  surveyQuestion
} from "./survey-form.controller.js"
import { styles } from "./survey-form.styles.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const messages = catalogue(survey, ack)

type Messages = ReturnType<typeof messages>

/**
 * Fired by `<asn-survey-form>` when the respondent submits a complete survey; `detail` holds the answers (the
 * template's element ids mapped to 1..4). Cancelable: `preventDefault()` stops the native post (for a page that
 * sends `detail` itself). Such a page calls `event.respondWith(promise)` so that the form thanks the respondent only
 * once the promise resolves, and shows a retryable error, keeping the answers, if it rejects (see
 * `AcknowledgeableEvent`).
 *
 * @since 0.2.0
 */
export class SurveySubmitEvent extends AcknowledgeableEvent<SurveySubmission> {
  constructor(detail: SurveySubmission) {
    super("asn-survey-submit", detail)
  }
}

/**
 * The `sessionStorage` key of a survey draft in this tab: answers, step and comment (never name or phone), kept
 * across a reload and removed once the submission is confirmed.
 *
 * @since 0.4.0
 */
export const surveyDraftKey = (templateId: string, ticket: string): string =>
  `pembinaan.skm.draft:${templateId}:${ticket.trim()}`

type Status = { readonly kind: "error" | "success" | "pending"; readonly text: (t: Messages) => string }

/**
 * @tagname asn-survey-form
 * @summary The citizen satisfaction survey (Survei Kepuasan Masyarakat, PermenPAN-RB 14/2017): one four-point
 * question per service element, mobile-first, all at once or one at a time, anonymous unless `ask-identity` is set.
 *
 * The template comes from the `template` property, else from a child `<script type="application/json">`, else the
 * national nine-element template. On submit the element validates every answer (messages are attached to their
 * question), refuses a service `ticket` already rated from this browser (remembered in `localStorage` under
 * `pembinaan.skm.submitted-tickets`), fires `asn-survey-submit`, and then posts natively: inside a `<form>` it is
 * form-associated (its entries join the form data and the form is submitted); otherwise, with `action`, it submits
 * a `method="post"` form with the same entries. Entries: `templateId`, `templateVersion`, `answers[U1]`…`answers[U9]`
 * (`"1"`..`"4"`), and when given `comment`, `ticket`, `identity[name]`, `identity[phone]`.
 *
 * @event asn-survey-submit - {@link SurveySubmitEvent}: the complete survey (bubbles, composed, cancelable).
 * @event input - An answer or text field changed by the user (bubbles, composed).
 * @event change - An answer changed by the user (bubbles).
 * @event invalid - The survey is incomplete on `checkValidity()` or a form submission attempt.
 * @csspart base - The fieldset around the survey.
 * @csspart title - The legend.
 * @csspart intro - The privacy note.
 * @csspart ticket - The service ticket number.
 * @csspart progress - "Pertanyaan 3 dari 9" in `one-at-a-time` mode.
 * @csspart questions - The list of questions.
 * @csspart question - One question (an `<asn-rating-input>` inside).
 * @csspart field - A text field with its label (comment, name, phone).
 * @csspart comment - The comment textarea.
 * @csspart identity - The optional identity fieldset.
 * @csspart actions - The button row.
 * @csspart back - The Back button.
 * @csspart next - The Next button.
 * @csspart submit - The submit button.
 * @csspart status - The result or refusal message.
 * @cssproperty --asn-color-accent - Buttons, selected answers.
 * @cssproperty --asn-color-accent-contrast - Text on accent.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Error messages.
 * @cssproperty --asn-color-success - Thank-you message.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 *
 * @example
 * ```html
 * <asn-survey-form action="/skm" ticket="PBG-2026-00017" mode="one-at-a-time" with-comment></asn-survey-form>
 * ```
 */
export class AsnSurveyForm extends FormControlElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    template: { attribute: false },
    mode: {},
    withComment: { type: Boolean, attribute: "with-comment" },
    ticket: {},
    askIdentity: { type: Boolean, attribute: "ask-identity" },
    action: {},
    target: {},
    label: {},
    comment: { state: true, attribute: false },
    identityName: { state: true, attribute: false },
    identityPhone: { state: true, attribute: false },
    status: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    sending: { state: true, attribute: false }
  }

  static override styles = [tokens, formStyles, styles]

  /** The survey template; when unset, a child `<script type="application/json">` or the national template. */
  template?: SurveyTemplate

  /** `all` (default) shows every question; `one-at-a-time` shows one with Next/Back and progress. */
  mode: "all" | "one-at-a-time" = "all"

  /** Shows an optional comment textarea. */
  withComment = false

  /** The service ticket number being rated; a ticket can be submitted once per browser. */
  ticket = ""

  /** Asks for name and phone number (both optional). Without it, the survey collects no personal data. */
  askIdentity = false

  /** Where to post when the element is not inside a `<form>`. */
  action = ""

  /** The browsing context of that post (like `<form target>`). */
  target = ""

  /** The title; "Survei Kepuasan Masyarakat" when unset. */
  label = ""

  private comment = ""
  private identityName = ""
  private identityPhone = ""
  private status: Status | undefined
  private submitted = false
  private sending = false

  private draft: DraftStore | undefined
  private readonly i18n = new LocaleController(this)
  private readonly survey = new SurveyController(this)

  constructor() {
    super()
    this.addEventListener("invalid", () => this.markMissing())
  }

  /** The answers so far, keyed by element id (`""` for unanswered). */
  get answers(): Readonly<Record<string, string>> {
    return Object.fromEntries((this.survey.template?.elements ?? []).map((e) => [e.id, this.survey.valueOf(e.id)]))
  }

  formResetCallback(): void {
    this.draft?.clear()
    this.survey.clear()
    this.comment = ""
    this.identityName = ""
    this.identityPhone = ""
    this.status = undefined
    this.submitted = false
    this.showErrors = false
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === "string") this.survey.restore(state)
  }

  private input(): SurveyInput {
    return {
      comment: this.comment,
      ticket: this.ticket,
      askIdentity: this.askIdentity,
      name: this.identityName,
      phone: this.identityPhone
    }
  }

  private inputFor(elementId: string | undefined): AsnRatingInput | null {
    return elementId === undefined
      ? null
      : this.renderRoot.querySelector<AsnRatingInput>(`asn-rating-input[data-element="${CSS.escape(elementId)}"]`)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has("template")) {
      const script = this.querySelector(':scope > script[type="application/json"]')
      if (this.template === undefined && script) this.survey.setTemplateJson(script.textContent ?? "")
      else this.survey.setTemplate(this.template)
    }
    const id = this.survey.template?.id
    const key = id === undefined ? undefined : surveyDraftKey(id, this.ticket)
    if (key !== this.draftKeyInUse) this.switchDraft(key)
  }

  private draftKeyInUse: string | undefined

  /** Switches to the draft of another template or ticket, restoring it when this tab has one. */
  private switchDraft(key: string | undefined): void {
    this.draftKeyInUse = key
    this.draft = key === undefined ? undefined : new DraftStore(() => sessionStorage, key)
    const stored = this.draft?.load()
    if (stored === undefined) return
    this.survey.restore(stored)
    try {
      const comment = (JSON.parse(stored) as { comment?: unknown }).comment
      if (typeof comment === "string") this.comment = comment
    } catch {
      // restore() already ignored it
    }
  }

  /** Saves the draft; a storage that refuses says so instead of failing. */
  private saveDraft(): void {
    if (!this.draft || this.submitted) return
    const snapshot = JSON.stringify({ ...JSON.parse(this.survey.snapshot()), comment: this.comment })
    if (this.draft.save(snapshot) === "failed") this.status = { kind: "error", text: (t) => t.draftFailed }
  }

  /** The answers' generation the rating inputs show (see `updated`). */
  private shownGeneration = -1

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (this.survey.generation !== this.shownGeneration) {
      // The answers were cleared (reset, another template or ticket, a restored draft): the inputs forget the last
      // submit attempt's messages and show the answers now held, restored ones included.
      this.shownGeneration = this.survey.generation
      for (const input of this.renderRoot.querySelectorAll<AsnRatingInput>("asn-rating-input")) {
        input.formResetCallback()
        input.value = this.survey.valueOf(input.dataset.element ?? "")
      }
    }
    this.syncForm()
  }

  /** Why there is no template: being checked, the check could not load, or invalid. */
  private templateProblem(t: Messages): string {
    return this.survey.checking ? t.checkingTemplate : this.survey.checkFailed ? t.checkFailed : t.invalidTemplate
  }

  /** Also waits until a given template is checked (its check loads on first use) and shown. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete()
    while (this.survey.checking) {
      await this.survey.checking
      done = await super.getUpdateComplete()
    }
    return done
  }

  private syncForm(): void {
    const t = messages(this.i18n.locale)
    this.internals.setFormValue(this.survey.formData(this.input()), this.survey.snapshot())
    const missing = this.survey.missing
    if (this.survey.template === undefined) this.applyValidity({ customError: true }, this.templateProblem(t))
    else
      this.applyValidity(
        { valueMissing: missing.length > 0 },
        t.surveyIncomplete(missing.length),
        this.inputFor(missing[0]) ?? undefined
      )
  }

  /** Shows the messages of every unanswered question and brings the first into view. */
  private async markMissing(): Promise<void> {
    const missing = this.survey.missing
    if (missing.length === 0) return
    this.status = { kind: "error", text: (t) => t.unanswered(missing.length) }
    if (this.mode === "one-at-a-time") this.survey.goTo(missing[0] ?? "")
    await this.updateComplete
    for (const id of missing) this.inputFor(id)?.checkValidity()
  }

  private readonly onAnswer = (e: Event): void => {
    const target = e.target as HTMLElement
    const id = target.dataset.element
    if (id === undefined || !("value" in target)) return
    this.survey.answer(id, String(target.value))
    this.status = undefined
    this.saveDraft()
  }

  private readonly onChange = (e: Event): void => {
    if ((e.target as HTMLElement).dataset.element !== undefined)
      this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  private async focusCurrent(): Promise<void> {
    await this.updateComplete
    this.inputFor(this.survey.current)?.focus()
  }

  private readonly onNext = (): void => {
    if (this.survey.next()) void this.focusCurrent()
    else {
      this.inputFor(this.survey.current)?.checkValidity()
      void this.focusCurrent()
    }
  }

  private readonly onBack = (): void => {
    this.survey.back()
    void this.focusCurrent()
  }

  private readonly onSubmit = async (): Promise<void> => {
    if (this.survey.template === undefined || this.submitted || this.sending) return
    if (this.survey.ticketUsed(this.ticket)) {
      const ticket = this.ticket.trim()
      this.status = { kind: "error", text: (t) => t.ticketUsed(ticket) }
      return
    }
    const submission = this.survey.submission(this.input())
    if (submission === undefined) {
      this.showErrors = true
      await this.markMissing()
      this.inputFor(this.survey.missing[0])?.focus()
      return
    }
    const event = new SurveySubmitEvent(submission)
    this.dispatchEvent(event)
    const ack = event.acknowledgement
    if (ack) {
      // Success only once the page confirms it saved the answer; until then, and after a failure, keep everything.
      this.sending = true
      this.status = { kind: "pending", text: (t) => t.sending }
      const result = await acknowledged(ack)
      this.sending = false
      if (!result.ok) {
        this.status = { kind: "error", text: (t) => t.sendFailed(result.reason) }
        return
      }
    }
    this.survey.rememberTicket(this.ticket)
    this.submitted = true
    this.draft?.clear()
    this.status = { kind: "success", text: (t) => t.thanks }
    if (event.defaultPrevented) return
    this.syncForm()
    const form = this.internals.form
    if (form) form.requestSubmit()
    else if (this.action)
      postNatively(this.renderRoot as ShadowRoot, this.action, this.target, this.survey.formData(this.input()))
  }

  protected override render() {
    const locale = this.i18n.locale
    const t = messages(locale)
    const template = this.survey.template
    const oneAtATime = this.mode === "one-at-a-time"
    const last = !oneAtATime || this.survey.isLast
    const ticketUsed = !this.submitted && this.survey.ticketUsed(this.ticket)
    const status: Status | undefined = ticketUsed
      ? { kind: "error", text: (m) => m.ticketUsed(this.ticket.trim()) }
      : this.status
    const { current, total } = this.survey.progress
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend part="title">${this.label || t.surveyTitle}</legend>
      <p part="intro">${this.askIdentity ? t.surveyIntroIdentity : t.surveyIntro}</p>
      ${this.ticket ? html`<p part="ticket">${t.ticketLabel}: ${this.ticket}</p>` : nothing}
      ${
        template === undefined
          ? this.survey.checking
            ? html`<p part="checking" role="status">${t.checkingTemplate}</p>`
            : html`<p part="error" role="alert">${this.templateProblem(t)}</p>`
          : html`
            ${oneAtATime ? html`<p part="progress" aria-live="polite">${t.questionOf(current, total)}</p>` : nothing}
            ${html`<ol part="questions" @input=${this.onAnswer} @change=${this.onChange}>
                ${template.elements.map((e, i) => {
                  // the questionnaire's own question and answers (waktu: tidak cepat … sangat cepat), when known
                  const question = surveyQuestion(template, e.id)
                  return html`<li part="question" ?hidden=${oneAtATime && i !== this.survey.step}>
                    <asn-rating-input
                      scale="skm"
                      required
                      data-element=${e.id}
                      label=${e.label[locale]}
                      .labels=${question?.answers[locale] ?? template.answerLabels?.[locale]}
                      .value=${this.survey.valueOf(e.id)}
                      >${
                        question
                          ? html`<span part="element-name">${e.label[locale]}</span>
                              <span part="question-text">${question.question[locale]}</span>`
                          : nothing
                      }</asn-rating-input
                    >
                  </li>`
                })}
              </ol>`}
            ${last ? this.renderExtras(t) : nothing}
            <div part="actions">
              ${oneAtATime && !this.survey.isFirst ? html`<button part="back" type="button" @click=${this.onBack}>${t.back}</button>` : nothing}
              ${
                last
                  ? html`<button part="submit" type="button" ?disabled=${this.submitted || this.sending || ticketUsed} @click=${this.onSubmit}>
                      ${t.submit}
                    </button>`
                  : html`<button part="next" type="button" @click=${this.onNext}>${t.next}</button>`
              }
            </div>
          `
      }
      <p part="status" role=${status?.kind === "error" ? "alert" : "status"} data-kind=${status?.kind ?? nothing}>${status?.text(t) ?? ""}</p>
    </fieldset>`
  }

  private renderExtras(t: Messages) {
    return html`
      ${
        this.withComment
          ? html`<label part="field">
              <span>${t.comment}</span>
              <textarea part="comment" rows="3" .value=${this.comment} @input=${(e: Event) => {
                this.comment = (e.target as HTMLTextAreaElement).value
                this.saveDraft()
              }}></textarea>
            </label>`
          : nothing
      }
      ${
        this.askIdentity
          ? html`<fieldset part="identity">
              <legend>${t.identityLegend}</legend>
              <label part="field">
                <span>${t.identityName}</span>
                <input autocomplete="name" .value=${this.identityName} @input=${(e: Event) => {
                  this.identityName = (e.target as HTMLInputElement).value
                }} />
              </label>
              <label part="field">
                <span>${t.identityPhone}</span>
                <input type="tel" inputmode="tel" autocomplete="tel" .value=${this.identityPhone} @input=${(
                  e: Event
                ) => {
                  this.identityPhone = (e.target as HTMLInputElement).value
                }} />
              </label>
            </fieldset>`
          : nothing
      }
    `
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-survey-form": AsnSurveyForm
  }
  interface GlobalEventHandlersEventMap {
    "asn-survey-submit": SurveySubmitEvent
  }
}
