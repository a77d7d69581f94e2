/**
 * `<portal-combobox>`: a searchable list (the ARIA 1.2 combobox pattern) for picking one of many employees by name or
 * number. Type to filter, ArrowDown/ArrowUp to move, Enter to pick, Escape to close; the number of matches is
 * announced. Options whose names collide show their number, so two people with one name can be told apart.
 *
 * Light DOM, so the portal's styles apply. Fires `change` (bubbling) with the picked value in `value`.
 */
import { html, LitElement, nothing, type PropertyValues } from "lit"

/** One choice: its value, the name shown, and the text that tells it apart (unit, jabatan). */
export interface ComboOption {
  readonly value: string
  readonly name: string
  readonly number: string
  readonly detail: string
}

/** The texts of the combobox (the portal passes them in its language). */
export interface ComboTexts {
  readonly label: string
  readonly hint: string
  readonly matches: (n: number) => string
  readonly none: string
}

/** Options that match a query: every word of the query in the name or the number (case-insensitive). */
export const matchOptions = (options: ReadonlyArray<ComboOption>, query: string): ReadonlyArray<ComboOption> => {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  return options.filter((o) => {
    const text = `${o.name} ${o.number}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
}

/** The label of an option: its name, and its number when another option has the same name. */
export const optionLabel = (o: ComboOption, all: ReadonlyArray<ComboOption>): string =>
  all.some((x) => x !== o && x.name === o.name) ? `${o.name} (${o.number})` : o.name

let counter = 0

export class PortalCombobox extends LitElement {
  static override properties = {
    options: { attribute: false },
    value: {},
    texts: { attribute: false },
    query: { state: true },
    open: { state: true },
    active: { state: true }
  }

  options: ReadonlyArray<ComboOption> = []
  value = ""
  texts: ComboTexts = { label: "", hint: "", matches: (n) => String(n), none: "" }
  query = ""
  open = false
  active = -1
  private readonly uid = `combo-${++counter}`
  private editing = false

  protected override createRenderRoot(): HTMLElement {
    return this
  }

  private get selected(): ComboOption | undefined {
    return this.options.find((o) => o.value === this.value)
  }

  private get shown(): ReadonlyArray<ComboOption> {
    return matchOptions(this.options, this.editing ? this.query : "")
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has("value") || changed.has("options")) && !this.editing) {
      const s = this.selected
      this.query = s ? optionLabel(s, this.options) : ""
    }
  }

  private pick(o: ComboOption | undefined): void {
    this.editing = false
    this.open = false
    this.active = -1
    if (!o) return
    this.query = optionLabel(o, this.options)
    if (o.value !== this.value) {
      this.value = o.value
      this.dispatchEvent(new Event("change", { bubbles: true }))
    }
  }

  private readonly onInput = (e: Event): void => {
    this.editing = true
    this.query = (e.target as HTMLInputElement).value
    this.open = true
    this.active = this.shown.length > 0 ? 0 : -1
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const shown = this.shown
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault()
      if (!this.open) {
        this.open = true
        this.active = Math.max(
          0,
          shown.findIndex((o) => o.value === this.value)
        )
        return
      }
      const step = e.key === "ArrowDown" ? 1 : -1
      this.active = shown.length === 0 ? -1 : (this.active + step + shown.length) % shown.length
    } else if (e.key === "Enter" && this.open) {
      e.preventDefault()
      this.pick(shown[this.active])
    } else if (e.key === "Escape") {
      if (this.open) e.preventDefault()
      this.pick(undefined)
      const s = this.selected
      this.query = s ? optionLabel(s, this.options) : ""
    }
  }

  private readonly onBlur = (): void => {
    // a click on an option lands before the blur's render (mousedown is prevented on the list)
    this.editing = false
    this.open = false
    const s = this.selected
    this.query = s ? optionLabel(s, this.options) : ""
  }

  protected override updated(): void {
    if (this.open && this.active >= 0) {
      this.querySelector(`#${this.uid}-${this.active}`)?.scrollIntoView({ block: "nearest" })
    }
  }

  protected override render() {
    const shown = this.shown
    const list = `${this.uid}-list`
    return html`<div class="combobox">
      <label for=${`${this.uid}-input`}>${this.texts.label}</label>
      <input
        id=${`${this.uid}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? "true" : "false"}
        aria-controls=${list}
        aria-describedby=${`${this.uid}-hint`}
        aria-activedescendant=${this.open && this.active >= 0 ? `${this.uid}-${this.active}` : nothing}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
        @click=${() => {
          this.open = !this.open
        }}
      />
      <small id=${`${this.uid}-hint`} class="combobox-hint">${this.texts.hint}</small>
      <ul
        id=${list}
        role="listbox"
        aria-label=${this.texts.label}
        class="combobox-list"
        ?hidden=${!this.open}
        @mousedown=${(e: Event) => e.preventDefault()}
      >
        ${shown.map(
          (o, i) => html`<li
            id=${`${this.uid}-${i}`}
            role="option"
            aria-selected=${o.value === this.value ? "true" : "false"}
            class=${i === this.active ? "active" : ""}
            @click=${() => this.pick(o)}
          >
            <span class="combobox-name">${optionLabel(o, this.options)}</span>
            <span class="combobox-detail">${o.detail}</span>
          </li>`
        )}
      </ul>
      <p class="visually-hidden" role="status" aria-live="polite">
        ${this.open ? (shown.length === 0 ? this.texts.none : this.texts.matches(shown.length)) : ""}
      </p>
    </div>`
  }
}

if (!customElements.get("portal-combobox")) customElements.define("portal-combobox", PortalCombobox)

declare global {
  interface HTMLElementTagNameMap {
    "portal-combobox": PortalCombobox
  }
}
