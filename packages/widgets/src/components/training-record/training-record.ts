import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from "lit"
import { FormControlElement, postNatively } from "../../internal/form-control.js"
import * as Read from "../../internal/read.js"
import { formStyles, tokens } from "../../internal/shared.styles.js"
import { LocaleController } from "../../locale.js"
import {
  checkTrainingRecord,
  type EntryProblem,
  type TrainingCommand,
  type TrainingRecordConfig,
  TrainingRecordModel
} from "./training-record.controller.js"
import { type TrainingRecordMessages, trainingRecordMessages } from "./training-record.messages.js"

/**
 * Fired by `<asn-training-record>` when the entries are submitted. Cancelable: `preventDefault()` stops the post.
 *
 * @since 0.4.0
 */
export class TrainingRecordSubmitEvent extends Event {
  /** The course id and the `Training` commands (Attend, RecordTest post, Complete) the entries mean. */
  readonly detail: { readonly course: string; readonly commands: ReadonlyArray<TrainingCommand> }
  constructor(detail: { readonly course: string; readonly commands: ReadonlyArray<TrainingCommand> }) {
    super("asn-training-record-submit", { bubbles: true, composed: true, cancelable: true })
    this.detail = detail
  }
}

/**
 * @tagname asn-training-record
 * @summary Enter or confirm a course's attendance for a session, post-test scores and results, for the open
 * enrolments; the entries become core `Training` commands.
 *
 * Configuration: property `data`, or a child `<script type="application/json">` (`TrainingRecordConfig`: the course
 * with its session dates, the participants with their enrolment status). Form-associated: inside a `<form>` its
 * entries (`<name>.course`, `<name>.commands` as JSON) join the form data; otherwise, with `action`, it posts a
 * `method="post"` form. Scores accept Indonesian decimals (`85,5`).
 *
 * @event asn-training-record-submit - {@link TrainingRecordSubmitEvent} (bubbles, composed, cancelable).
 * @event input - An entry changed by the user.
 * @event change - An entry changed by the user.
 * @event invalid - A score is not 0–100, or a result lacks the completion date.
 * @csspart base - The fieldset.
 * @csspart title - The legend.
 * @csspart session - The session select.
 * @csspart participant - One participant's entries.
 * @csspart submit - The submit button.
 * @csspart status - Success and error messages.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-danger - Errors.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-space - Base spacing.
 */
export class AsnTrainingRecord extends FormControlElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    action: {},
    target: {},
    label: {},
    status: { state: true, attribute: false }
  }

  static override styles = [
    tokens,
    formStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }
      li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        border-block-end: 1px solid var(--_border);
        padding-block-end: 0.5rem;
      }
      li > strong {
        flex: 1 1 100%;
      }
      label {
        display: grid;
        gap: 0.25rem;
        min-width: 0;
      }
      label.check {
        display: flex;
        align-items: center;
      }
      input[type="text"] {
        inline-size: 6rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        margin-block-end: var(--_space);
      }
      [role="alert"] {
        color: var(--_danger);
        font-weight: 600;
      }
    `
  ]

  /** The configuration as a JS value (else read from a child JSON script). */
  data?: unknown

  /** Where to post when the element is not inside a `<form>`. */
  action = ""

  /** The browsing context of that post. */
  target = ""

  /** The title; a localised default when empty. */
  label = ""

  private status: { readonly kind: "error" | "success"; readonly text: string } | undefined

  private readonly i18n = new LocaleController(this)
  private readonly model = new TrainingRecordModel()
  private config: Read.Read<TrainingRecordConfig> = Read.fail([])

  private get m(): TrainingRecordMessages {
    return trainingRecordMessages(this.i18n.locale)
  }

  formResetCallback(): void {
    this.model.clear()
    this.status = undefined
    this.showErrors = false
    this.requestUpdate()
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === "string") {
      this.model.restore(state)
      this.requestUpdate()
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("data") || !this.hasUpdated) {
      let raw = this.data
      if (raw === undefined) {
        const script = this.querySelector('script[type="application/json"]')
        try {
          raw = script?.textContent ? JSON.parse(script.textContent) : undefined
        } catch {
          raw = undefined
        }
      }
      this.config = checkTrainingRecord(raw)
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    this.sync()
  }

  private problemText(p: EntryProblem, config: TrainingRecordConfig): string {
    const name = config.participants.find((x) => x.nip === p.nip)?.name ?? p.nip
    return p._tag === "BadScore" ? this.m.badScore(name) : this.m.needCompletedOn
  }

  private sync(): void {
    if (Read.isFailure(this.config)) {
      this.internals.setFormValue(null)
      this.applyValidity({ customError: true }, this.m.misconfigured)
      return
    }
    const config = this.config.success
    this.internals.setFormValue(this.model.formData(config, this.name), this.model.snapshot())
    const first = this.model.problems(config)[0]
    const anchor =
      first === undefined
        ? undefined
        : (this.renderRoot.querySelector<HTMLElement>(
            first._tag === "BadScore" ? `input[data-nip="${CSS.escape(first.nip)}"]` : "input[type=date]"
          ) ?? undefined)
    this.applyValidity(
      { customError: first !== undefined },
      first === undefined ? "" : this.problemText(first, config),
      anchor
    )
  }

  private readonly onInput = (e: Event): void => {
    const target = e.target as HTMLInputElement | HTMLSelectElement
    const nip = target.dataset.nip
    const field = target.dataset.field
    if (field === "session") this.model.session = target.value
    else if (field === "completedOn") this.model.completedOn = target.value
    else if (nip !== undefined && field === "attended")
      this.model.set(nip, { attended: (target as HTMLInputElement).checked })
    else if (nip !== undefined && field === "score") this.model.set(nip, { score: target.value })
    else if (nip !== undefined && field === "outcome")
      this.model.set(nip, { outcome: target.value as "" | "passed" | "failed" })
    this.status = undefined
    this.requestUpdate()
    if (e.type === "change") this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  private readonly onSubmit = (): void => {
    if (Read.isFailure(this.config)) return
    const config = this.config.success
    const commands = this.model.commands(config)
    if (commands === undefined) {
      this.showErrors = true
      const first = this.model.problems(config)[0]
      this.status = first ? { kind: "error", text: this.problemText(first, config) } : undefined
      this.sync()
      if (first) {
        this.renderRoot
          .querySelector<HTMLElement>(
            first._tag === "BadScore" ? `input[data-nip="${CSS.escape(first.nip)}"]` : "input[type=date]"
          )
          ?.focus()
      }
      return
    }
    const event = new TrainingRecordSubmitEvent({ course: config.course.id, commands })
    this.dispatchEvent(event)
    this.status = { kind: "success", text: this.m.saved }
    if (event.defaultPrevented) return
    const form = this.internals.form
    if (form) form.requestSubmit()
    else if (this.action)
      postNatively(this.renderRoot as ShadowRoot, this.action, this.target, this.model.formData(config, this.name))
  }

  protected override render() {
    const m = this.m
    if (Read.isFailure(this.config)) {
      return html`<fieldset part="base">
        <legend part="title">${this.label || m.title}</legend>
        <p part="status" role="alert">${m.misconfigured}</p>
        <ul>${this.config.failure.slice(0, 10).map((p) => html`<li>${p}</li>`)}</ul>
      </fieldset>`
    }
    const config = this.config.success
    const problems = this.showErrors ? this.model.problems(config) : []
    return html`<fieldset part="base" ?disabled=${this.isDisabled} @input=${this.onInput} @change=${this.onInput}>
      <legend part="title">${this.label || m.title}: ${config.course.title}</legend>
      <p part="intro">${m.participants(config.participants.length)}</p>
      <div class="row">
        <label>
          <span>${m.session}</span>
          <select part="session" data-field="session" .value=${this.model.session}>
            <option value="">${m.noSession}</option>
            ${config.course.sessions.map((s) => html`<option value=${s} ?selected=${s === this.model.session}>${s}</option>`)}
          </select>
        </label>
        <label>
          <span>${m.completedOn}</span>
          <input type="date" data-field="completedOn" .value=${this.model.completedOn} />
        </label>
      </div>
      <ul>
        ${config.participants.map((p) => {
          const e = this.model.entry(p.nip)
          const open = p.status === "enrolled"
          const bad = problems.some((x) => x._tag === "BadScore" && x.nip === p.nip)
          return html`<li part="participant" data-nip=${p.nip}>
            <strong>${p.name} <span class="muted">(${p.nip}; ${m.enrolmentStatus[p.status]})</span></strong>
            <label class="check">
              <input type="checkbox" data-nip=${p.nip} data-field="attended" ?disabled=${!open} .checked=${e.attended} />
              <span>${m.attended}</span>
            </label>
            <label>
              <span>${m.postTest}</span>
              <input
                type="text"
                inputmode="decimal"
                data-nip=${p.nip}
                data-field="score"
                ?disabled=${!open}
                aria-invalid=${bad ? "true" : "false"}
                .value=${e.score}
              />
            </label>
            <label>
              <span>${m.outcome}</span>
              <select data-nip=${p.nip} data-field="outcome" ?disabled=${!open} .value=${e.outcome}>
                ${(["", "passed", "failed"] as const).map(
                  (o) => html`<option value=${o} ?selected=${o === e.outcome}>${m.outcomes[o]}</option>`
                )}
              </select>
            </label>
          </li>`
        })}
      </ul>
      <div part="actions">
        <button part="submit" type="button" @click=${this.onSubmit}>${m.submit}</button>
      </div>
      <p part="status" role=${this.status?.kind === "error" ? "alert" : "status"} data-kind=${this.status?.kind ?? nothing}>${this.status?.text ?? ""}</p>
    </fieldset>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-training-record": AsnTrainingRecord
  }
  interface GlobalEventHandlersEventMap {
    "asn-training-record-submit": TrainingRecordSubmitEvent
  }
}
