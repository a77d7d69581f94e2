import type { Indicator, LegalBasis, Policy } from "@pembinaan/core"
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit"
import { keyed } from "lit/directives/keyed.js"
import { live } from "lit/directives/live.js"
import { AcknowledgeableEvent, acknowledged } from "../../internal/ack.js"
import type { DraftSave } from "../../internal/draft.js"
import { FormControlElement, postNatively } from "../../internal/form-control.js"
import { formStyles, tokens } from "../../internal/shared.styles.js"
import { type Locale, LocaleController } from "../../locale.js"
import { ack } from "../../messages/ack.js"
import { catalogue } from "../../messages/catalogue.js"
import { evaluation } from "../../messages/evaluation.js"
import { terms } from "../../messages/terms.js"
import {
  type DisplayRounding,
  exactFraction,
  formatDecimal,
  formatNumber,
  numberErrorMessage,
  roundDecimal
} from "../../number.js"
import type { AsnRatingInput } from "../rating-input/rating-input.js"
import {
  type EvaluationConfig,
  EvaluationController,
  type EvaluationResult,
  type EvaluationSubmission,
  type EvaluationValue,
  type FieldError,
  type IndicatorRow
} from "./evaluation-form.controller.js"
import { styles } from "./evaluation-form.styles.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const messages = catalogue(evaluation, ack, terms)

type Messages = ReturnType<typeof messages>

/**
 * Fired by `<asn-evaluation-form>` when the user submits a complete, valid evaluation. `detail` carries the input as
 * core decoded it, the evidence links and core's result with its trace. Cancelable: `preventDefault()` stops the
 * native post and keeps the draft. A page that saves it calls `event.respondWith(promise)`: the form says it is
 * submitted and removes the draft only once the promise resolves, and shows a retryable error, keeping values and
 * draft, if it rejects (for example the server's 409 on a stale version; see `AcknowledgeableEvent`). Without
 * `respondWith`, call `clearDraft()` once your own request succeeded.
 *
 * @since 0.3.0
 */
export class EvaluationSubmitEvent extends AcknowledgeableEvent<EvaluationSubmission> {
  constructor(detail: EvaluationSubmission) {
    super("asn-evaluation-submit", detail)
  }
}

type Status = { readonly kind: "error" | "success" | "pending"; readonly text: (t: Messages) => string }

const fieldId = (key: string): string => `f-${key.replace(/[^a-z0-9-]/gi, "-")}`

/**
 * @tagname asn-evaluation-form
 * @summary The SKP evaluation of one employee for one period under a policy (PermenPAN-RB 6/2022 or a region's
 * policy document): indicator rows with target, realisasi and an evidence link, the BerAKHLAK ratings, and a live
 * preview of capaian, score, band, ratings and predikat with the explanation and legal basis from core's trace.
 *
 * The policy is the `policy` property, else a child `<script type="application/json">` (decoded by core's
 * `Policy.decode`), else the `preset` attribute (`nasional`, `bukittinggi`, `muaratebo`, `sawahlunto`). Numbers are
 * typed in Indonesian format (`1.234,5`). Every value is checked by core (`Evaluation.decodeInput`) as the user types;
 * each problem is shown under its field (`aria-invalid`, `aria-describedby`) in the page's language. The values are
 * kept as a draft in `localStorage` under `pembinaan.evaluation.draft:<policy id>:<employee id>:<period>`, restored
 * when the element connects and removed after a native submission (or by `clearDraft()`).
 *
 * On submit the element fires `asn-evaluation-submit` and then, unless it was cancelled, posts natively: inside a
 * `<form>` it is form-associated (its entries join the form data and the form is submitted); otherwise, with
 * `action`, it submits a `method="post"` form. Entries: `policy[id]`, `policy[version]`, `employeeId`, `period`,
 * `scorecard`, `measurements[<indicator>][target]` (or `[target][lower]`, `[target][upper]`),
 * `measurements[<indicator>][realisasi]`, `measurements[<indicator>][evidence]`, `berakhlak[<value>]` or
 * `perilakuKerja`, `hasilKerja` (rating policies), and `result[score]`, `result[band]`, `result[hasilKerja]`,
 * `result[perilakuKerja]`, `result[predikat]` for information (the server must score again).
 *
 * @event asn-evaluation-submit - {@link EvaluationSubmitEvent}: the decoded input and core's result (bubbles, composed, cancelable).
 * @event input - A field or rating changed by the user (bubbles, composed).
 * @event change - A field or rating was committed by the user (bubbles).
 * @event invalid - The evaluation is incomplete or invalid on `checkValidity()` or a form submission attempt.
 * @csspart base - The fieldset around the form.
 * @csspart title - The legend.
 * @csspart subject - Employee and period.
 * @csspart policy - The policy's title, region and version.
 * @csspart draft-note - The note about the local draft.
 * @csspart section - The hasil kerja and perilaku kerja fieldsets.
 * @csspart indicators - The list of indicator rows.
 * @csspart indicator - One indicator row.
 * @csspart indicator-label - The indicator's name.
 * @csspart indicator-meta - Weight and unit.
 * @csspart numbers - The target and realisasi fields of a row.
 * @csspart field - A text field with its label.
 * @csspart field-error - The message under a field.
 * @csspart capaian - The live capaian of a row.
 * @csspart evidence-link - The link to a valid evidence address.
 * @csspart behaviours - The list of BerAKHLAK ratings.
 * @csspart behaviour - One rating (an `<asn-rating-input>` inside).
 * @csspart preview - The live preview.
 * @csspart preview-title - Its title.
 * @csspart summary - Score, ratings and predikat (a polite live region).
 * @csspart predikat - The predikat line.
 * @csspart explanation - The explanation (a `<details>`), with the legal basis.
 * @csspart error - A configuration or policy problem.
 * @csspart actions - The button row.
 * @csspart submit - The submit button.
 * @csspart status - The result or refusal message.
 * @cssproperty --asn-color-accent - Buttons, selected ratings, the preview border.
 * @cssproperty --asn-color-accent-contrast - Text on accent.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Error messages and invalid fields.
 * @cssproperty --asn-color-success - Confirmation message.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 *
 * @example
 * ```html
 * <form method="post" action="/skp/penilaian">
 *   <asn-evaluation-form preset="bukittinggi" employee-id="198705122010011001" period="2026-Q1" scorecard="pelaksana">
 *   </asn-evaluation-form>
 * </form>
 * ```
 */
export class AsnEvaluationForm extends FormControlElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    policy: { attribute: false },
    value: { attribute: false },
    preset: {},
    employeeId: { attribute: "employee-id" },
    period: {},
    scorecard: {},
    action: {},
    target: {},
    label: {},
    status: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    draftState: { state: true, attribute: false }
  }

  static override styles = [tokens, formStyles, styles]

  /** The policy document; when unset, a child `<script type="application/json">` or the `preset`. */
  policy?: Policy.Policy

  /**
   * An earlier evaluation of this employee and period to start from (for example what the portal stored last
   * quarter): its targets, realisasi and ratings fill the fields. A draft on this device takes precedence.
   */
  value?: EvaluationValue

  /** A preset policy by name: `nasional`, `bukittinggi`, `muaratebo` or `sawahlunto`. */
  preset = ""

  /** The id (for example the NIP) of the employee evaluated. */
  employeeId = ""

  /** The period, in the policy's cadence: `2026-Q1`, `2026-03` or a year `2026`. */
  period = ""

  /** The scorecard of the employee (an id of the policy's scorecards); optional when the policy has only one. */
  scorecard = ""

  /** Where to post when the element is not inside a `<form>`. */
  action = ""

  /** The browsing context of that post (like `<form target>`). */
  target = ""

  /** The title; "Penilaian kinerja pegawai (SKP)" when unset. */
  label = ""

  private status: Status | undefined
  private submitted = false
  private sending = false
  /** The outcome of the last draft save: a conflict with another tab or a refused write is shown. */
  private draftState: DraftSave = "saved"
  private touched = new Set<string>()

  private readonly i18n = new LocaleController(this)
  private readonly evaluation = new EvaluationController(this)

  constructor() {
    super()
    this.addEventListener("invalid", () => void this.markInvalid())
  }

  /** The complete evaluation as it would be submitted, or `undefined` while incomplete or invalid. */
  get submission(): EvaluationSubmission | undefined {
    return this.evaluation.submission
  }

  /** The `localStorage` key of this evaluation's draft, once policy, employee and period are known. */
  get draftKey(): string | undefined {
    return this.evaluation.draftKeyOf(this.config())
  }

  /** Removes the draft saved on this device (for a page that cancelled the submit event and sent the data itself). */
  clearDraft(): void {
    this.evaluation.clearDraft()
  }

  formResetCallback(): void {
    this.evaluation.clear()
    this.evaluation.clearDraft()
    this.touched = new Set()
    this.status = undefined
    this.submitted = false
    this.showErrors = false
  }

  formStateRestoreCallback(state: string | File | FormData | null, _mode?: "restore" | "autocomplete"): void {
    if (typeof state === "string" && this.evaluation.restore(state)) this.evaluation.saveDraft()
  }

  private config(): EvaluationConfig {
    return { employeeId: this.employeeId, period: this.period, scorecard: this.scorecard, initial: this.value }
  }

  private fieldElement(key: string | undefined): HTMLElement | null {
    return key === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]`)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    const script = this.querySelector(':scope > script[type="application/json"]')
    this.evaluation.setPolicySource({
      property: this.policy,
      json: script ? (script.textContent ?? "") : undefined,
      preset: this.preset
    })
    // biome-ignore lint/correctness/useHookAtTopLevel: a controller method named before React joined the package
    this.evaluation.useDraft(this.config())
    // A value given later (same employee and period) fills the form unless the user already has a draft here.
    if (changed.has("value") && this.value && !this.evaluation.hasDraft()) this.evaluation.seed(this.value)
    this.evaluation.compute(this.config())
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    this.syncForm()
  }

  private syncForm(): void {
    const e = this.evaluation
    this.internals.setFormValue(e.formData(this.config()), e.snapshot())
    const [flags, message, anchor] = this.validityNow(messages(this.i18n.locale))
    this.applyValidity(flags, message, anchor)
  }

  /** The validity flags, message and anchor of the current state. */
  private validityNow(t: Messages): [ValidityStateFlags, string, (HTMLElement | undefined)?] {
    const e = this.evaluation
    const ps = e.policyState
    if (ps._tag === "None") return [{ customError: true }, t.evalNoPolicy]
    if (ps._tag === "Invalid") return [{ customError: true }, t.evalPolicyInvalid(ps.problems.length)]
    const config = e.configProblems[0]
    if (config) return [{ customError: true }, this.configMessage(t, config.attribute, config.problem)]
    const errors = [...e.errors]
    if (errors.length > 0) {
      const missing = errors.some(([, v]) => v._tag === "Required")
      const other = errors.some(([, v]) => v._tag !== "Required")
      const anchor = this.fieldElement(errors[0]?.[0]) ?? undefined
      return [{ valueMissing: missing, customError: other }, t.evalFieldsInvalid(errors.length), anchor]
    }
    const p = e.preview
    if (p._tag === "OutOfRange") return [{ customError: true }, t.evalOutOfRange(p.score, p.min, p.max)]
    if (e.otherProblems.length > 0) return [{ customError: true }, t.evalFieldsInvalid(e.otherProblems.length)]
    return [{}, ""]
  }

  private configMessage(t: Messages, attribute: string, problem: { code: string; path: ReadonlyArray<unknown> }) {
    const value = attribute === "employee-id" ? this.employeeId : attribute === "period" ? this.period : this.scorecard
    return t.evalConfig(attribute, value.trim() === "" ? t.evalRequired : t.evalProblem(problem.code, ""))
  }

  /** Shows every message and marks the unanswered ratings (after a submit attempt). */
  private async markInvalid(): Promise<void> {
    const errors = [...this.evaluation.errors.keys()]
    if (errors.length === 0) return
    this.status = { kind: "error", text: (t) => t.evalFieldsInvalid(errors.length) }
    await this.updateComplete
    for (const key of errors) {
      const el = this.fieldElement(key)
      if (el?.localName === "asn-rating-input") (el as AsnRatingInput).checkValidity()
    }
  }

  private readonly onInput = (e: Event): void => {
    const target = e.target as HTMLElement
    const key = target.dataset.field
    if (key === undefined || !("value" in target)) return
    const value = String(target.value)
    if (target.localName === "asn-rating-input") this.evaluation.setRating(key, value)
    else this.evaluation.setText(key, value)
    this.evaluation.restoredDraft = false
    // A conflict stays until the user chooses; meanwhile nothing is written over the other tab's draft.
    if (this.draftState !== "conflict") this.draftState = this.evaluation.saveDraft()
    this.status = undefined
    this.submitted = false
  }

  private readonly onChange = (e: Event): void => {
    const key = (e.target as HTMLElement).dataset.field
    if (key === undefined) return
    this.touched.add(key)
    this.requestUpdate()
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  private readonly onSubmit = async (): Promise<void> => {
    if (this.submitted || this.evaluation.policy === undefined) return
    const submission = this.evaluation.submission
    if (submission === undefined) {
      this.showErrors = true
      await this.markInvalid()
      const first = [...this.evaluation.errors.keys()][0]
      this.fieldElement(first)?.focus()
      return
    }
    if (this.sending) return
    const event = new EvaluationSubmitEvent(submission)
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
      this.submitted = true
      this.status = { kind: "success", text: (t) => t.evalSubmitted }
      this.evaluation.clearDraft()
      this.draftState = "saved"
      return
    }
    if (event.defaultPrevented) return
    this.submitted = true
    this.status = { kind: "success", text: (t) => t.evalSubmitted }
    this.evaluation.clearDraft()
    this.syncForm()
    const form = this.internals.form
    if (form) form.requestSubmit()
    else if (this.action)
      postNatively(this.renderRoot as ShadowRoot, this.action, this.target, this.evaluation.formData(this.config()))
  }

  private renderDraftState(t: Messages) {
    if (this.draftState === "failed") return html`<p part="draft-error" role="alert">${t.draftFailed}</p>`
    if (this.draftState !== "conflict") return nothing
    return html`<div part="draft-conflict" role="alert">
      <p>${t.draftConflict}</p>
      <button part="draft-use-other" type="button" @click=${this.onUseOtherDraft}>${t.draftUseOther}</button>
      <button part="draft-keep-mine" type="button" @click=${this.onKeepMyDraft}>${t.draftKeepMine}</button>
    </div>`
  }

  private readonly onUseOtherDraft = (): void => {
    this.evaluation.adoptDraft()
    this.draftState = "saved"
    this.requestUpdate()
  }

  private readonly onKeepMyDraft = (): void => {
    this.draftState = this.evaluation.keepDraft()
  }

  private errorText(t: Messages, locale: Locale, error: FieldError): string {
    switch (error._tag) {
      case "Required":
        return t.evalRequired
      case "Number":
        return numberErrorMessage(error.error, locale)
      case "Url":
        return t.evalUrl
      case "Problem":
        return t.evalProblem(error.problem.code, error.problem.path.join("."))
    }
  }

  /** The error of a field when it is shown: after a submit attempt, or once the user left a field with a wrong value. */
  private visibleError(key: string): FieldError | undefined {
    const error = this.evaluation.errors.get(key)
    if (!error) return undefined
    if (this.showErrors) return error
    return error._tag !== "Required" && this.touched.has(key) ? error : undefined
  }

  private textField(key: string, label: string, kind: "number" | "url", t: Messages, locale: Locale) {
    const id = fieldId(key)
    const error = this.visibleError(key)
    return html`<div part="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        data-field=${key}
        type=${kind === "url" ? "url" : "text"}
        inputmode=${kind === "url" ? "url" : "decimal"}
        autocomplete="off"
        spellcheck="false"
        aria-required=${kind === "number" ? "true" : nothing}
        aria-invalid=${error ? "true" : nothing}
        aria-describedby=${error ? `${id}-error` : nothing}
        .value=${live(this.evaluation.textOf(key))}
      />
      ${error ? html`<p part="field-error" id=${`${id}-error`}>${this.errorText(t, locale, error)}</p>` : nothing}
    </div>`
  }

  private renderRow(row: IndicatorRow, t: Messages, locale: Locale) {
    const capaian = this.evaluation.capaian.get(row.id)
    const link = this.isDisabled ? undefined : this.evaluation.evidenceLink(row.id)
    const meta = [t.evalWeight(formatNumber(row.weight, locale)), ...(row.unit ? [t.evalUnit(row.unit)] : [])]
    return html`<li part="indicator">
      <p part="indicator-label">${row.label}</p>
      <p part="indicator-meta">${meta.join(" · ")}</p>
      <div part="numbers">
        ${
          row.direction === "range"
            ? html`${this.textField(`lower:${row.id}`, t.evalTargetLower, "number", t, locale)}
              ${this.textField(`upper:${row.id}`, t.evalTargetUpper, "number", t, locale)}`
            : this.textField(`target:${row.id}`, t.evalTarget, "number", t, locale)
        }
        ${this.textField(`realisasi:${row.id}`, t.evalRealisasi, "number", t, locale)}
      </div>
      <output part="capaian" for=${fieldId(`realisasi:${row.id}`)}>${
        capaian
          ? html`<span part="capaian-value">${t.evalCapaian(roundDecimal(capaian.percent, this.rounding, locale))}${
              capaian.capped && capaian.cap !== undefined ? t.evalCapped(formatDecimal(capaian.cap, locale)) : ""
            }</span>
            <span part="capaian-formula">${this.capaianFormula(capaian, t, locale)}</span>`
          : ""
      }</output>
      ${this.textField(`evidence:${row.id}`, t.evalEvidence, "url", t, locale)}
      ${
        link
          ? html`<a part="evidence-link" href=${link} target="_blank" rel="noopener noreferrer"
              >${t.evalEvidenceOpen(row.label)}</a
            >`
          : nothing
      }
    </li>`
  }

  private rating(key: string, label: string) {
    return html`<asn-rating-input
      scale="ekspektasi"
      required
      data-field=${key}
      label=${label}
      .value=${this.evaluation.ratingOf(key)}
    ></asn-rating-input>`
  }

  protected override render() {
    const locale = this.i18n.locale
    const t = messages(locale)
    const e = this.evaluation
    const ps = e.policyState
    const policy = e.policy
    const status = this.status
    const subject = this.employeeId.trim() && this.period.trim() ? t.evalSubject(this.employeeId, this.period) : ""
    return html`<fieldset part="base" ?disabled=${this.isDisabled}>
      <legend part="title">${this.label || t.evalTitle}</legend>
      ${subject ? html`<p part="subject">${subject}</p>` : nothing}
      ${
        policy
          ? html`<p part="policy">
              ${t.evalPolicy(policy.title, policy.version, policy.region)}${policy.illustrative ? ` ${t.evalIllustrative}` : ""}
            </p>`
          : nothing
      }
      ${ps._tag === "None" ? html`<p part="error" role="alert">${t.evalNoPolicy}</p>` : nothing}
      ${ps._tag === "Invalid" ? html`<p part="error" role="alert">${t.evalPolicyInvalid(ps.problems.length)}</p>` : nothing}
      ${
        e.configProblems.length > 0
          ? html`<ul part="error" role="alert">
              ${e.configProblems.map((c) => html`<li>${this.configMessage(t, c.attribute, c.problem)}</li>`)}
            </ul>`
          : nothing
      }
      ${policy ? this.renderForm(t, locale, policy) : nothing}
      <p part="status" role=${status?.kind === "error" ? "alert" : "status"} data-kind=${status?.kind ?? nothing}>${status?.text(t) ?? ""}</p>
    </fieldset>`
  }

  private renderForm(t: Messages, locale: Locale, policy: Policy.Policy) {
    const e = this.evaluation
    const berakhlak = policy.perilakuKerja.source === "berakhlak"
    return html`<p part="draft-note">${e.restoredDraft ? t.evalDraftRestored : t.evalDraftNote}</p>
      ${this.renderDraftState(t)}
      ${keyed(
        e.generation,
        html`<div @input=${this.onInput} @change=${this.onChange}>
          <fieldset part="section">
            <legend>${t.evalHasilHeading}</legend>
            ${
              policy.hasilKerja.source === "indicators"
                ? html`<ol part="indicators">${e.rows.map((row) => this.renderRow(row, t, locale))}</ol>`
                : this.rating("hasilKerja", t.evalHasilRating)
            }
          </fieldset>
          <fieldset part="section">
            <legend>${berakhlak ? t.evalPerilakuHeading : t.evalPerilakuRating}</legend>
            ${
              berakhlak
                ? html`<ol part="behaviours">
                    ${e.ratingFields
                      .filter((k) => k.startsWith("berakhlak:"))
                      .map(
                        (k) =>
                          html`<li part="behaviour">${this.rating(k, e.valueLabel(k.slice("berakhlak:".length), locale))}</li>`
                      )}
                  </ol>`
                : this.rating("perilakuKerja", t.evalPerilakuRating)
            }
          </fieldset>
        </div>`
      )}
      ${this.renderPreview(t, locale)}
      ${
        e.otherProblems.length > 0
          ? html`<ul part="error">
              ${e.otherProblems.map((p) => html`<li>${t.evalProblem(p.code, p.path.join("."))}</li>`)}
            </ul>`
          : nothing
      }
      <div part="actions">
        <button part="submit" type="button" ?disabled=${this.submitted || this.sending} @click=${this.onSubmit}>${t.evalSubmit}</button>
      </div>`
  }

  private renderPreview(t: Messages, locale: Locale) {
    const p = this.evaluation.preview
    const d = (text: string) => formatDecimal(text, locale)
    let summary: TemplateResult
    if (p._tag === "Evaluated") {
      const r = p.result
      summary = html`${r.score && r.band !== undefined ? html`<p>${t.evalScore(d(r.score.text), r.band)}</p>` : nothing}
        <p>${t.evalRatings(r.hasilKerja, r.perilakuKerja)}</p>
        <p part="predikat">${t.evalPredikat(r.predikat)}</p>
        ${r.band !== undefined && r.band !== r.predikat ? html`<p part="band-note">${t.bandNotPredikat(r.band, r.predikat)}</p>` : nothing}`
    } else if (p._tag === "OutOfRange") summary = html`<p>${t.evalOutOfRange(d(p.score), p.min, p.max)}</p>`
    else summary = html`<p>${t.evalIncomplete}</p>`
    return html`<section part="preview" aria-labelledby="preview-title">
      <p part="preview-title" id="preview-title">${t.evalPreviewTitle}</p>
      <div part="summary" role="status">${summary}</div>
      ${p._tag === "Evaluated" ? this.renderExplanation(t, locale, p.result) : nothing}
    </section>`
  }

  /** The policy's rounding of the hasil kerja score: how the form shows capaian and values (2 decimals otherwise). */
  private get rounding(): DisplayRounding {
    const hk = this.evaluation.policy?.hasilKerja
    return hk?.source === "indicators" ? hk.scale.rounding : { scale: 2, mode: "half-up" }
  }

  /** The capaian's formula with the numbers typed, in words (`= 135 / 127 × 100`). */
  private capaianFormula(c: Indicator.CapaianTrace, t: Messages, locale: Locale): string {
    const d = (text: string) => formatDecimal(text, locale)
    const f = c.formula
    const divisor = d(c.effectiveTarget ?? c.target)
    if (f.startsWith("realisasi /")) return t.evalFormulaRatio(d(c.realisasi), divisor)
    if (f.startsWith("(2")) return t.evalFormulaInverse(d(c.realisasi), divisor)
    if (f.startsWith("below") || f.startsWith("above")) return t.evalFormulaRatio(d(c.realisasi), divisor)
    return t.evalFormulaWithin
  }

  private renderExplanation(t: Messages, locale: Locale, r: EvaluationResult) {
    // an exact fraction is shown rounded as the policy rounds (the fraction itself is in the nested "exact" part)
    const d = (text: string) =>
      exactFraction(text) ? roundDecimal(text, this.rounding, locale) : formatDecimal(text, locale)
    const exact: Array<string> = []
    const trace = r.trace
    const hk = trace.hasilKerja
    const pk = trace.perilakuKerja
    const lines: Array<string> = []
    if (hk.source === "indicators") {
      const f = (text: string) => formatDecimal(text, locale)
      for (const i of hk.indicators) {
        lines.push(t.evalWeighted(i.label, f(i.weight), d(i.value), d(i.weighted)))
        const value = exactFraction(i.value)
        const weighted = exactFraction(i.weighted)
        if (value || weighted) exact.push(t.evalExactValue(i.label, value ?? f(i.value), weighted ?? f(i.weighted)))
      }
      const sum = exactFraction(hk.score)
      if (sum) exact.push(t.evalExactSum(sum))
      lines.push(
        t.evalRounding(
          sum
            ? `≈ ${roundDecimal(hk.score, { scale: hk.rounding.scale + 2, mode: "half-even" }, locale)}`
            : f(hk.score),
          hk.rounding.scale,
          hk.rounding.mode,
          f(hk.rounded.text)
        )
      )
      lines.push(t.evalBand(hk.band.label, d(String(hk.band.trace.lower))))
      lines.push(t.evalMapping(hk.rating, d(String(hk.mapping.trace.lower))))
    } else lines.push(t.evalHasilDirect(hk.rating))
    if (pk.source === "berakhlak") {
      const c = pk.counts
      lines.push(
        `${t.evalBerakhlak(c["Diatas Ekspektasi"], c["Sesuai Ekspektasi"], c["Dibawah Ekspektasi"], pk.rating)}; ${t.evalBerakhlakRule(pk.fired, pk.thresholds.dibawahIfAtLeast, pk.thresholds.diatasIfAtLeast)}`
      )
    } else lines.push(t.evalPerilakuDirect(pk.rating))
    lines.push(t.evalQuadrant(trace.quadrant.cell[0], trace.quadrant.cell[1], trace.predikat))
    const citations = new Map<string, LegalBasis.Citation>()
    for (const c of [...hk.legalBasis, ...pk.legalBasis, ...trace.quadrant.legalBasis, ...trace.legalBasis]) {
      citations.set(`${c.regulation}|${c.article ?? ""}`, c)
    }
    return html`<details part="explanation">
      <summary>${t.evalExplanation}</summary>
      <ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>
      ${
        exact.length > 0
          ? html`<details part="exact">
              <summary>${t.evalExact}</summary>
              <ul>${exact.map((l) => html`<li>${l}</li>`)}</ul>
            </details>`
          : nothing
      }
      <p>${t.evalLegalBasis}:</p>
      <ul>${[...citations.values()].map((c) => html`<li>${t.evalCitation(c.regulation, c.article, c.confirmed)}</li>`)}</ul>
    </details>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-evaluation-form": AsnEvaluationForm
  }
  interface GlobalEventHandlersEventMap {
    "asn-evaluation-submit": EvaluationSubmitEvent
  }
}
