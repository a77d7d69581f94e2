import type { Behaviour } from "@pembinaan/core"
import { html, nothing, type PropertyDeclarations, type PropertyValues } from "lit"
import { keyed } from "lit/directives/keyed.js"
import { live } from "lit/directives/live.js"
import { AcknowledgeableEvent, acknowledged } from "../../internal/ack.js"
import { DraftStore } from "../../internal/draft.js"
import { FormControlElement, postNatively } from "../../internal/form-control.js"
import { formStyles, tokens } from "../../internal/shared.styles.js"
import { LocaleController } from "../../locale.js"
import { ack } from "../../messages/ack.js"
import { catalogue } from "../../messages/catalogue.js"
import { feedback } from "../../messages/feedback.js"
import { terms } from "../../messages/terms.js"
import type { AsnRatingInput } from "../rating-input/rating-input.js"
import {
  type FeedbackConfig,
  FeedbackController,
  type FeedbackScale,
  type FeedbackSubmission,
  isRaterGroup
} from "./feedback-form.controller.js"
import { styles } from "./feedback-form.styles.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const messages = catalogue(feedback, ack, terms)

type Messages = ReturnType<typeof messages>

/**
 * Fired by `<asn-feedback-form>` when the rater submits a complete feedback; `detail` holds subject, rater group,
 * period, a rating per BerAKHLAK value and optional comments, never the rater. Cancelable: `preventDefault()` stops
 * the native post. A page that saves it calls `event.respondWith(promise)`: the form thanks the rater only once the
 * promise resolves and shows a retryable error, keeping the answers, if it rejects (see `AcknowledgeableEvent`).
 *
 * @since 0.2.0
 */
export class FeedbackSubmitEvent extends AcknowledgeableEvent<FeedbackSubmission> {
  constructor(detail: FeedbackSubmission) {
    super("asn-feedback-submit", detail)
  }
}

/**
 * The `sessionStorage` key of a 360 feedback draft in this tab (ratings and comments), kept across a reload and
 * removed once the submission is confirmed.
 *
 * @since 0.4.0
 */
export const feedbackDraftKey = (subjectId: string, raterGroup: string, period: string): string =>
  `pembinaan.feedback.draft:${subjectId}:${raterGroup}:${period}`

type Status = { readonly kind: "error" | "success" | "pending"; readonly text: (t: Messages) => string }

/**
 * @tagname asn-feedback-form
 * @summary Anonymous 360° feedback on work behaviour: one rating per BerAKHLAK core value (1–5 or the three
 * PermenPAN-RB 6/2022 ratings), each with an optional comment.
 *
 * Anonymous by design: the element has no attribute for the rater, and the payload and the posted entries are built
 * from an allow-list (`subjectId`, `raterGroup`, `period`, `ratings`, `comments`). It is form-associated and posts
 * like `<asn-survey-form>`: inside a `<form>` its entries join the form data and the form is submitted; otherwise,
 * with `action`, it submits a `method="post"` form. Entries: `subjectId`, `raterGroup`, `period`,
 * `ratings[berorientasi-pelayanan]`…, `comments[<value>]` when given.
 *
 * @event asn-feedback-submit - {@link FeedbackSubmitEvent}: the complete feedback (bubbles, composed, cancelable).
 * @event input - A rating or comment changed by the user (bubbles, composed).
 * @event change - A rating changed by the user (bubbles).
 * @event invalid - The feedback is incomplete on `checkValidity()` or a form submission attempt.
 * @csspart base - The fieldset around the form.
 * @csspart title - The legend.
 * @csspart intro - The anonymity note.
 * @csspart rater-group - "Anda menilai sebagai: …".
 * @csspart questions - The list of values.
 * @csspart question - One value: an `<asn-rating-input>` and its comment.
 * @csspart field - A comment with its label.
 * @csspart comment - A comment textarea.
 * @csspart actions - The button row.
 * @csspart submit - The submit button.
 * @csspart error - A configuration problem.
 * @csspart status - The result message.
 * @cssproperty --asn-color-accent - Buttons, selected ratings.
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
 * <asn-feedback-form subject-id="emp-042" rater-group="rekan-kerja" period="2026-S2" action="/umpan-balik"></asn-feedback-form>
 * ```
 */
export class AsnFeedbackForm extends FormControlElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    subjectId: { attribute: "subject-id" },
    raterGroup: { attribute: "rater-group" },
    period: {},
    scale: {},
    action: {},
    target: {},
    label: {},
    status: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    sending: { state: true, attribute: false }
  }

  static override styles = [tokens, formStyles, styles]

  /** The (pseudonymous) id of the employee receiving the feedback. */
  subjectId = ""

  /** The rater's group: `atasan`, `rekan-kerja`, `bawahan`, `diri-sendiri` or `pihak-lain`. */
  raterGroup = ""

  /** The evaluation period, for example `2026-S2`. */
  period = ""

  /** `1-5` (default) or `ekspektasi`. */
  scale: FeedbackScale = "1-5"

  /** Where to post when the element is not inside a `<form>`. */
  action = ""

  /** The browsing context of that post (like `<form target>`). */
  target = ""

  /** The title; "Umpan balik perilaku kerja (BerAKHLAK)" when unset. */
  label = ""

  private status: Status | undefined
  private submitted = false
  private sending = false

  private draft: DraftStore | undefined
  private draftKeyInUse: string | undefined

  private readonly i18n = new LocaleController(this)
  private readonly feedback = new FeedbackController(this)

  constructor() {
    super()
    this.addEventListener("invalid", () => this.markMissing())
  }

  formResetCallback(): void {
    this.draft?.clear()
    this.feedback.clear()
    this.status = undefined
    this.submitted = false
    this.showErrors = false
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === "string") this.feedback.restore(state, this.scale)
  }

  private config(): FeedbackConfig {
    return { subjectId: this.subjectId, raterGroup: this.raterGroup, period: this.period, scale: this.scale }
  }

  private inputFor(value: string | undefined): AsnRatingInput | null {
    return value === undefined
      ? null
      : this.renderRoot.querySelector<AsnRatingInput>(`asn-rating-input[data-value="${CSS.escape(value)}"]`)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has("scale")) this.feedback.clear()
    const key = this.subjectId ? feedbackDraftKey(this.subjectId, this.raterGroup, this.period) : undefined
    if (key !== this.draftKeyInUse) {
      this.draftKeyInUse = key
      this.draft = key === undefined ? undefined : new DraftStore(() => sessionStorage, key)
      const stored = this.draft?.load()
      if (stored !== undefined) this.feedback.restore(stored, this.scale)
    }
  }

  /** Saves the draft; a storage that refuses says so instead of failing. */
  private saveDraft(): void {
    if (!this.draft || this.submitted) return
    if (this.draft.save(this.feedback.snapshot()) === "failed")
      this.status = { kind: "error", text: (t) => t.draftFailed }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    this.syncForm()
  }

  private syncForm(): void {
    const t = messages(this.i18n.locale)
    const problems = this.feedback.problems(this.config())
    const missing = this.feedback.missing
    this.internals.setFormValue(this.feedback.formData(this.config()), this.feedback.snapshot())
    if (problems.length > 0) this.applyValidity({ customError: true }, t.feedbackMisconfigured(problems.join(", ")))
    else
      this.applyValidity(
        { valueMissing: missing.length > 0 },
        t.unanswered(missing.length),
        this.inputFor(missing[0]) ?? undefined
      )
  }

  private async markMissing(): Promise<void> {
    const missing = this.feedback.missing
    if (missing.length === 0) return
    this.status = { kind: "error", text: (t) => t.unanswered(missing.length) }
    await this.updateComplete
    for (const v of missing) this.inputFor(v)?.checkValidity()
  }

  private readonly onRate = (e: Event): void => {
    const target = e.target as HTMLElement
    const value = target.dataset.value as Behaviour.CoreValue | undefined
    if (value === undefined) return
    if (target.localName === "textarea") this.feedback.comment(value, (target as HTMLTextAreaElement).value)
    else if ("value" in target) this.feedback.rate(value, String(target.value), this.scale)
    this.status = undefined
    this.saveDraft()
  }

  private readonly onChange = (e: Event): void => {
    if ((e.target as HTMLElement).localName === "asn-rating-input")
      this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  private readonly onSubmit = async (): Promise<void> => {
    if (this.submitted || this.sending) return
    const submission = this.feedback.submission(this.config())
    if (submission === undefined) {
      if (this.feedback.problems(this.config()).length > 0) return
      this.showErrors = true
      await this.markMissing()
      this.inputFor(this.feedback.missing[0])?.focus()
      return
    }
    const event = new FeedbackSubmitEvent(submission)
    this.dispatchEvent(event)
    const ack = event.acknowledgement
    if (ack) {
      this.sending = true
      this.status = { kind: "pending", text: (t) => t.sending }
      const result = await acknowledged(ack)
      this.sending = false
      if (!result.ok) {
        this.status = { kind: "error", text: (t) => t.sendFailed(result.reason) }
        return
      }
    }
    this.draft?.clear()
    this.submitted = true
    this.status = { kind: "success", text: (t) => t.thanks }
    if (event.defaultPrevented) return
    this.syncForm()
    const form = this.internals.form
    if (form) form.requestSubmit()
    else if (this.action)
      postNatively(this.renderRoot as ShadowRoot, this.action, this.target, this.feedback.formData(this.config()))
  }

  protected override render() {
    const locale = this.i18n.locale
    const t = messages(locale)
    const problems = this.feedback.problems(this.config())
    const group = this.raterGroup
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend part="title">${this.label || t.feedbackTitle}</legend>
      <p part="intro">${t.feedbackAnonymous}</p>
      ${isRaterGroup(group) ? html`<p part="rater-group">${t.raterGroupIs(t.raterGroups[group])}</p>` : nothing}
      ${problems.length > 0 ? html`<p part="error" role="alert">${t.feedbackMisconfigured(problems.join(", "))}</p>` : nothing}
      ${keyed(
        this.feedback.generation,
        html`<ol part="questions" @input=${this.onRate} @change=${this.onChange}>
          ${this.feedback.values.map(
            (v) => html`<li part="question">
              <asn-rating-input
                scale=${this.scale === "ekspektasi" ? "ekspektasi" : "1-5"}
                required
                data-value=${v}
                label=${this.feedback.label(v, locale)}
                .value=${this.feedback.ratingOf(v)}
              ></asn-rating-input>
              <label part="field">
                <span>${t.valueComment(this.feedback.label(v, locale))}</span>
                <textarea part="comment" rows="2" data-value=${v} .value=${live(this.feedback.commentOf(v))}></textarea>
              </label>
            </li>`
          )}
        </ol>`
      )}
      <div part="actions">
        <button part="submit" type="button" ?disabled=${this.submitted || this.sending || problems.length > 0} @click=${this.onSubmit}>
          ${t.submit}
        </button>
      </div>
      <p part="status" role=${this.status?.kind === "error" ? "alert" : "status"} data-kind=${this.status?.kind ?? nothing}>${this.status?.text(t) ?? ""}</p>
    </fieldset>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-feedback-form": AsnFeedbackForm
  }
  interface GlobalEventHandlersEventMap {
    "asn-feedback-submit": FeedbackSubmitEvent
  }
}
