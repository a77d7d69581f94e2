import { html, nothing, type PropertyDeclarations, type PropertyValues } from "lit"
import { FormControlElement } from "../../internal/form-control.js"
import { tokens } from "../../internal/shared.styles.js"
import { LocaleController } from "../../locale.js"
import { catalogue } from "../../messages/catalogue.js"
import { rating } from "../../messages/rating.js"
import { RatingController, type RatingScale } from "./rating-input.controller.js"
import { styles } from "./rating-input.styles.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const messages = catalogue(rating)

/**
 * @tagname asn-rating-input
 * @summary A form-associated rating control with radio-group semantics: the PermenPAN-RB 6/2022 ratings, the four
 * SKM answers or a 1–5 scale. Operable with the keyboard (Tab into the group, arrows/Home/End move and select,
 * Space selects) and announced as a radio group. Not stars.
 *
 * @slot - The question or label; overrides the `label` attribute.
 * @event input - The user selected another option (bubbles, composed).
 * @event change - The user selected another option (bubbles).
 * @event invalid - Validation failed (on `checkValidity()` or a form submission attempt).
 * @csspart base - The wrapper.
 * @csspart label - The label above the options.
 * @csspart required-mark - The asterisk of a required control.
 * @csspart group - The element with `role="radiogroup"`.
 * @csspart option - Each choice (`role="radio"`); the selected one also has `option-checked`.
 * @csspart option-checked - The selected choice.
 * @csspart option-marker - The digit of a numeric scale.
 * @csspart option-label - The text of a choice.
 * @csspart error - The validation message, shown after a submit attempt.
 * @cssproperty --asn-color-accent - Selected option and hover border.
 * @cssproperty --asn-color-accent-contrast - Text on the selected option.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-surface - Option background.
 * @cssproperty --asn-color-border - Option border.
 * @cssproperty --asn-color-danger - Validation message and invalid border.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-font - Font shorthand.
 *
 * Custom states: `:state(invalid)` while the value is missing, `:state(user-invalid)` once that was reported,
 * `:state(disabled)`.
 *
 * @example
 * ```html
 * <form method="post">
 *   <asn-rating-input name="hasilKerja" scale="ekspektasi" label="Rating hasil kerja" required></asn-rating-input>
 *   <button>Simpan</button>
 * </form>
 * ```
 */
export class AsnRatingInput extends FormControlElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    value: {},
    scale: {},
    label: {},
    required: { type: Boolean, reflect: true },
    labels: { attribute: false },
    focused: { state: true, attribute: false }
  }

  static override styles = [tokens, styles]

  /** The selected value (`""` when none). The `value` attribute is the default restored by `form.reset()`. */
  value = ""

  /** The scale: `ekspektasi` (default), `skm` (1–4) or `1-5`. */
  scale: RatingScale = "ekspektasi"

  /** The visible label; the default slot overrides it. */
  label = ""

  /** Requires a value before the form can be submitted. */
  required = false

  /** Replaces the option labels (one per option, in scale order); ignored when the count differs. */
  labels?: ReadonlyArray<string>

  /** The option with keyboard focus, while the user moves through the group. */
  private focused: number | undefined

  private readonly i18n = new LocaleController(this)
  private readonly rating = new RatingController(this)

  /** Moves focus to the option in the tab order. */
  override focus(options?: FocusOptions): void {
    this.radios()[this.rating.tabStop(this.currentOptions(), this.value)]?.focus(options)
  }

  formResetCallback(): void {
    this.value = this.getAttribute("value") ?? ""
    this.showErrors = false
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.value = typeof state === "string" ? state : ""
  }

  private currentOptions() {
    return this.rating.options(this.scale, messages(this.i18n.locale), this.labels)
  }

  private radios(): ReadonlyArray<HTMLElement> {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])]
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const selected = this.rating.selected(this.currentOptions(), this.value)
    this.internals.setFormValue(selected === "" ? null : selected, selected)
    const anchor = this.radios()[this.rating.tabStop(this.currentOptions(), selected)]
    this.applyValidity(
      { valueMissing: this.required && selected === "" },
      messages(this.i18n.locale).ratingRequired,
      anchor
    )
  }

  private select(index: number): void {
    if (this.isDisabled) return
    const option = this.currentOptions()[index]
    if (!option) return
    this.focused = index
    if (option.value === this.value) return
    this.value = option.value
    this.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
    this.dispatchEvent(new Event("change", { bubbles: true }))
  }

  private async selectAndFocus(index: number): Promise<void> {
    this.select(index)
    await this.updateComplete
    this.radios()[index]?.focus()
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.isDisabled) return
    const options = this.currentOptions()
    const from = this.focused ?? this.rating.tabStop(options, this.value)
    if (e.key === " " || e.key === "Spacebar") {
      e.preventDefault()
      this.select(from)
      return
    }
    const to = this.rating.move(e.key, from, options.length)
    if (to === undefined) return
    e.preventDefault()
    void this.selectAndFocus(to)
  }

  private readonly onClick = (e: Event): void => {
    const radio = (e.target as Element).closest<HTMLElement>('[role="radio"]')
    const index = radio ? this.radios().indexOf(radio) : -1
    if (index >= 0) void this.selectAndFocus(index)
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const index = this.radios().indexOf(e.target as HTMLElement)
    if (index >= 0) this.focused = index
  }

  protected override render() {
    const t = messages(this.i18n.locale)
    const options = this.currentOptions()
    const selected = this.rating.selected(options, this.value)
    const stop = this.rating.tabStop(options, selected)
    const disabled = this.isDisabled
    const error = this.showErrors && this.required && selected === ""
    return html`<div part="base">
      <div part="label" id="label" @click=${() => this.focus()}>
        <slot>${this.label}</slot>${
          this.required ? html`<span part="required-mark" aria-hidden="true">*</span>` : nothing
        }
      </div>
      <div
        part="group"
        role="radiogroup"
        aria-labelledby="label"
        aria-required=${this.required ? "true" : nothing}
        aria-disabled=${disabled ? "true" : nothing}
        aria-invalid=${error ? "true" : nothing}
        aria-describedby=${error ? "error" : nothing}
        @keydown=${this.onKeyDown}
        @click=${this.onClick}
        @focusin=${this.onFocusIn}
      >
        ${options.map((o, i) => {
          const checked = o.value === selected
          return html`<div
            part=${checked ? "option option-checked" : "option"}
            role="radio"
            aria-checked=${checked ? "true" : "false"}
            aria-disabled=${disabled ? "true" : nothing}
            tabindex=${disabled ? nothing : i === stop ? 0 : -1}
            data-value=${o.value}
          >
            ${o.marker ? html`<span part="option-marker" aria-hidden="true">${o.marker}</span>` : nothing}
            <span part="option-label">${o.label}</span>
          </div>`
        })}
      </div>
      ${error ? html`<p part="error" id="error">${t.ratingRequired}</p>` : nothing}
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-rating-input": AsnRatingInput
  }
}
