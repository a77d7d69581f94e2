import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement, personLabel } from "../../internal/display.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { formatNumber } from "../../number.js"
import {
  checkMentoringLog,
  emptyDraft,
  type MentoringLogData,
  type SessionDraft,
  sessionCommand,
  sessionProblem
} from "./mentoring-log.controller.js"
import { type MentoringLogMessages, mentoringLogMessages } from "./mentoring-log.messages.js"

/**
 * Fired by `<asn-mentoring-log>` when a session is saved. Cancelable: `preventDefault()` stops the form submission
 * or post.
 *
 * @since 0.5.0
 */
export class MentoringSessionEvent extends Event {
  /** The pair id and the core `Mentoring` command (`RecordSession`) the session means. */
  readonly detail: { readonly pair: string; readonly command: ReturnType<typeof sessionCommand> }
  constructor(detail: MentoringSessionEvent["detail"]) {
    super("asn-mentoring-session", { bubbles: true, composed: true, cancelable: true })
    this.detail = detail
  }
}

/**
 * @tagname asn-mentoring-log
 * @summary A new ASN's mentoring from assignment to assessment: mentee and mentor, the period, the sessions (topic,
 * date, outcome) against the minimum, and the end assessment.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): `{ pair }` with core's
 * `Mentoring.Pair`, optionally `names` (`{ [nip]: name }`) and `minSessions`.
 *
 * With `editable` and an active pair it shows a form to add a session (date, topic, outcome, optional minutes), and
 * is a form-associated control: inside a `<form>` a valid session joins the form data as `<name>.pair`,
 * `<name>.on`, `<name>.topic`, `<name>.outcome`, `<name>.minutes` (when given) and `<name>.command` (the core
 * `RecordSession` command as JSON); otherwise, with `action`, saving posts its own `method="post"` form with the
 * same fields. With `required`,
 * an empty session is `valueMissing`. The date must be within the pair's period.
 *
 * @event asn-mentoring-session - {@link MentoringSessionEvent} (bubbles, composed, cancelable).
 * @event input - A session field changed by the user.
 * @event change - A session field changed by the user.
 * @event invalid - The session is incomplete or outside the period (or missing while required).
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart summary - Mentee, mentor, period and status.
 * @csspart sessions - The sessions table.
 * @csspart assessment - The end assessment.
 * @csspart export - The CSV button.
 * @csspart session-form - The form to add a session.
 * @csspart submit - The button that saves a session.
 * @csspart note - The session form's error or success message.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-color-danger - Session form errors.
 * @cssproperty --asn-space - Base spacing.
 */
export class AsnMentoringLog extends DisplayElement<MentoringLogData> {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean },
    editable: { type: Boolean },
    action: {},
    target: {},
    draft: { state: true, attribute: false },
    showErrors: { state: true, attribute: false },
    formDisabled: { state: true, attribute: false },
    note: { state: true, attribute: false }
  }

  static override styles = [
    tokens,
    reportStyles,
    css`
      dl {
        grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      }
      dd {
        min-width: 0;
        overflow-wrap: anywhere;
      }
      fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        min-width: 0;
      }
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 30rem;
      }
      label {
        display: grid;
        gap: 0.25rem;
      }
      input,
      textarea {
        font: inherit;
        min-width: 0;
      }
      [aria-invalid="true"] {
        outline: 2px solid var(--_danger);
      }
      [part~="note"][data-kind="error"] {
        color: var(--_danger);
        font-weight: 600;
      }
    `
  ]

  /** Makes the element a form-associated custom element. */
  static formAssociated = true

  /** The name under which a session is submitted with the form. */
  name = ""

  /** Disables the session form; the element is then neither submitted, validated nor focusable. */
  disabled = false

  /** A session must be entered before the form submits. */
  required = false

  /** Shows the form to add a session (for an active pair). */
  editable = false

  /** Where to post a session when the element is not inside a `<form>`. */
  action = ""

  /** The browsing context of that post. */
  target = ""

  private draft: SessionDraft = emptyDraft
  private showErrors = false
  private formDisabled = false
  private note: { readonly kind: "error" | "success"; readonly text: string } | undefined

  private readonly internals: ElementInternals

  constructor() {
    super()
    this.internals = this.attachInternals()
    this.addEventListener("invalid", () => {
      this.showErrors = true
    })
  }

  /** The form the element belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.internals.form
  }

  /** The validity state, as on native inputs. */
  get validity(): ValidityState {
    return this.internals.validity
  }

  /** The localised validation message, or `""` when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage
  }

  /** Checks validity; fires `invalid` (and shows the message) when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity()
  }

  /** Checks validity and reports the problem to the user. */
  reportValidity(): boolean {
    return this.internals.reportValidity()
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled
    void this.updateComplete.then(() => this.requestUpdate())
  }

  /** @internal */
  formResetCallback(): void {
    this.draft = emptyDraft
    this.showErrors = false
    this.note = undefined
  }

  /** @internal */
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved !== "string") return
    try {
      const d = JSON.parse(saved) as SessionDraft
      this.draft = { on: `${d.on}`, topic: `${d.topic}`, outcome: `${d.outcome}`, minutes: `${d.minutes}` }
    } catch {
      // a state this version did not write: keep the empty draft
    }
  }

  private get off(): boolean {
    return this.disabled || this.formDisabled
  }

  /** The pair the form adds to: the data's pair when `editable` and active. */
  private get pair(): MentoringLogData["pair"] | undefined {
    const pair = this.value?.pair
    return this.editable && pair?.status === "active" ? pair : undefined
  }

  /** The problem to show, or `undefined`: the draft's, or `required` when it is empty and required. */
  private get problem(): keyof MentoringLogMessages["problems"] | undefined {
    const pair = this.pair
    if (pair === undefined || this.off) return undefined
    const d = this.draft
    if (d.on === "" && d.topic.trim() === "" && d.outcome.trim() === "" && d.minutes.trim() === "")
      return this.required ? "required" : undefined
    return sessionProblem(pair, d)
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const pair = this.pair
    const problem = this.problem
    const invalid = problem !== undefined
    if (pair === undefined || this.off || invalid || this.draft.on === "") this.internals.setFormValue(null)
    else {
      const n = this.name
      const command = sessionCommand(pair.id, this.draft)
      const data = new FormData()
      data.set(`${n}.pair`, pair.id)
      data.set(`${n}.on`, command.on)
      data.set(`${n}.topic`, command.topic)
      data.set(`${n}.outcome`, command.outcome)
      if (command.minutes !== undefined) data.set(`${n}.minutes`, String(command.minutes))
      data.set(`${n}.command`, JSON.stringify(command))
      this.internals.setFormValue(data, JSON.stringify(this.draft))
    }
    if (invalid)
      this.internals.setValidity(
        problem === "required" ? { valueMissing: true } : { customError: true },
        this.m.problems[problem],
        this.renderRoot.querySelector<HTMLElement>(
          `[data-field=${problem === "required" ? "on" : problem === "period" ? "on" : problem}]`
        ) ?? undefined
      )
    else this.internals.setValidity({})
    const states = this.internals.states
    for (const [name, on] of [
      ["invalid", invalid],
      ["user-invalid", invalid && this.showErrors],
      ["disabled", this.off]
    ] as const)
      on ? states.add(name) : states.delete(name)
  }

  private readonly onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement
    const field = target.dataset.field as keyof SessionDraft | undefined
    if (field === undefined) return
    e.stopPropagation()
    this.draft = { ...this.draft, [field]: target.value }
    this.note = undefined
    this.dispatchEvent(new Event(e.type, { bubbles: true }))
  }

  private readonly onSubmit = (e: Event): void => {
    const pair = this.pair as MentoringLogData["pair"]
    const problem = sessionProblem(pair, this.draft)
    if (problem !== undefined) {
      e.preventDefault()
      this.showErrors = true
      this.note = { kind: "error", text: this.m.problems[problem] }
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`[data-field=${problem === "period" ? "on" : problem}]`)?.focus()
      )
      return
    }
    const event = new MentoringSessionEvent({ pair: pair.id, command: sessionCommand(pair.id, this.draft) })
    this.dispatchEvent(event)
    this.note = { kind: "success", text: this.m.saved }
    const form = this.internals.form
    // Without an outer form, the inner form (method="post" to `action`) submits natively with its named fields.
    if (event.defaultPrevented || form || !this.action) e.preventDefault()
    if (!event.defaultPrevented) form?.requestSubmit()
    // The session is handed over (the entries were read synchronously): the form is ready for the next one.
    this.draft = emptyDraft
    this.showErrors = false
  }

  private renderForm(pair: MentoringLogData["pair"]) {
    const m = this.m
    const d = this.draft
    const bad = this.showErrors ? this.problem : undefined
    const n = this.name
    const field = (name: keyof SessionDraft, label: string, type: string, required: boolean) =>
      html`<label>
        <span>${label}</span>
        <input
          type=${type}
          name=${name === "minutes" && d.minutes.trim() === "" ? nothing : `${n}.${name}`}
          data-field=${name}
          .value=${d[name]}
          min=${type === "date" ? pair.from : nothing}
          max=${type === "date" ? pair.until : nothing}
          inputmode=${name === "minutes" ? "numeric" : nothing}
          ?required=${required}
          aria-invalid=${bad === name || (name === "on" && (bad === "period" || bad === "required")) ? "true" : "false"}
        />
      </label>`
    return html`<section aria-labelledby="add-h">
      <h3 id="add-h">${m.addHeading}</h3>
      <form
        part="session-form"
        method="post"
        action=${this.action || nothing}
        target=${this.target || nothing}
        novalidate
        @input=${this.onInput}
        @change=${this.onInput}
        @submit=${this.onSubmit}
      >
        <input type="hidden" name=${`${n}.pair`} .value=${pair.id} />
        <input type="hidden" name=${`${n}.command`} .value=${JSON.stringify(sessionCommand(pair.id, d))} />
        ${field("on", m.date, "date", true)} ${field("topic", m.topic, "text", true)}
        <label>
          <span>${m.outcome}</span>
          <textarea name=${`${n}.outcome`} data-field="outcome" rows="2" required .value=${d.outcome} aria-invalid=${bad === "outcome" ? "true" : "false"}></textarea>
        </label>
        ${field("minutes", m.minutes, "text", false)}
        <div><button part="submit" type="submit">${m.add}</button></div>
        <p part="note" role=${this.note?.kind === "error" ? "alert" : "status"} data-kind=${this.note?.kind ?? nothing}>${this.note?.text ?? ""}</p>
      </form>
    </section>`
  }

  protected read(input: unknown): Read<MentoringLogData> {
    return checkMentoringLog(input)
  }

  protected csvName(): string {
    return "catatan-mentoring"
  }

  private get m(): MentoringLogMessages {
    return mentoringLogMessages(this.i18n.locale)
  }

  private who(data: MentoringLogData, nip: string): string {
    return personLabel(data.names, nip)
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const m = this.m
    return toCsv([
      [m.date, m.topic, m.outcome, m.mentor, m.minutes],
      ...data.pair.sessions.map((s) => [s.on, s.topic, s.outcome, s.mentor, s.minutes ?? ""])
    ])
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as MentoringLogData
    const { pair } = data
    const m = this.m
    const t = this.t
    const form = this.pair
    return html`<fieldset part="base" ?disabled=${this.off}>
      <div part="header" class="header">
        <h2 part="title">${this.label || m.title}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <dl part="summary">
        <dt>${m.mentee}</dt>
        <dd>${this.who(data, pair.mentee)} — ${m.menteeStatus[pair.menteeStatus]}</dd>
        <dt>${m.mentor}</dt>
        <dd>
          ${this.who(data, pair.mentor)}
          ${
            pair.mentors.length > 1
              ? html`<span class="muted">${m.mentorChanged(pair.mentors.map((x) => `${this.who(data, x.nip)} (${x.from})`).join(" → "))}</span>`
              : nothing
          }
        </dd>
        <dt>${m.period}</dt>
        <dd>${pair.from} – ${pair.until}</dd>
        <dt>${t.status}</dt>
        <dd><span class="badge" data-status=${pair.status}>${m.statuses[pair.status]}</span></dd>
      </dl>
      <section aria-labelledby="sessions-h">
        <h3 id="sessions-h">${m.sessionsHeading}</h3>
        <p>${m.sessionsCount(pair.sessions.length, data.minSessions ?? null)}</p>
        ${
          pair.sessions.length === 0
            ? html`<p>${m.noSessions}</p>`
            : html`<div class="table-wrap" tabindex=${this.off ? "-1" : "0"}>
                <table part="sessions">
                  <caption>${m.sessionsHeading}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${m.date}</th>
                      <th scope="col">${m.topic}</th>
                      <th scope="col">${m.outcome}</th>
                      <th scope="col">${m.mentor}</th>
                      <th scope="col" class="num">${m.minutes}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${pair.sessions.map(
                      (s) => html`<tr>
                        <th scope="row">${s.on}</th>
                        <td>${s.topic}</td>
                        <td>${s.outcome}</td>
                        <td>${this.who(data, s.mentor)}</td>
                        <td class="num">${s.minutes === null ? t.noValue : formatNumber(s.minutes, this.i18n.locale)}</td>
                      </tr>`
                    )}
                  </tbody>
                </table>
              </div>`
        }
      </section>
      <section aria-labelledby="assess-h">
        <h3 id="assess-h">${m.assessmentHeading}</h3>
        <p part="assessment">
          ${
            pair.assessment === null
              ? m.noAssessment
              : html`${m.assessment(formatNumber(pair.assessment.score, this.i18n.locale), pair.assessment.passed)}
                (${pair.assessment.on})${pair.assessment.note ? html` — ${pair.assessment.note}` : nothing}`
          }
        </p>
      </section>
      ${form ? this.renderForm(form) : nothing}
    </fieldset>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-mentoring-log": AsnMentoringLog
  }
  interface GlobalEventHandlersEventMap {
    "asn-mentoring-session": MentoringSessionEvent
  }
}
