/**
 * The form-associated base shared by every `asn-` form control: `ElementInternals`, `name`, `disabled`, the
 * validity API of native inputs, custom states and the "show errors after a submit attempt" rule.
 *
 * @internal
 */
import { LitElement, type PropertyDeclarations } from "lit"

/**
 * A form-associated Lit element. Subclasses set the form value and validity in `updated()` and implement
 * `formResetCallback` and `formStateRestoreCallback`.
 *
 * @internal
 */
export abstract class FormControlElement extends LitElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true, attribute: false },
    showErrors: { state: true, attribute: false }
  }

  /** Makes the element a form-associated custom element. */
  static formAssociated = true

  /** The name under which the value is submitted with the form. */
  name = ""

  /** Disables the control: it is skipped by keyboard navigation, validation and form submission. */
  disabled = false

  /** Whether an ancestor `<fieldset disabled>` (or the `disabled` attribute) disables the element. */
  protected formDisabled = false

  /** Whether validation messages are shown: after an `invalid` event (a submit attempt) until reset. */
  protected showErrors = false

  protected readonly internals: ElementInternals

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

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate
  }

  /** Checks validity; fires `invalid` (and shows the messages) when invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity()
  }

  /** Checks validity and reports the problem to the user. */
  reportValidity(): boolean {
    return this.internals.reportValidity()
  }

  /** Whether the control is disabled by its own attribute or by a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled
  }

  /** @internal Called by the browser when the disabled state (attribute or fieldset) changes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled
    // The browser calls this while Lit reflects `disabled` (after render): schedule a render that sees it.
    void this.updateComplete.then(() => this.requestUpdate())
  }

  /** @internal Called by the browser on `form.reset()`. */
  abstract formResetCallback(): void

  /** @internal Called by the browser when it restores the form (back/forward navigation, autofill). */
  abstract formStateRestoreCallback(state: string | File | FormData | null, mode: "restore" | "autocomplete"): void

  /** Adds or removes a custom state (`:state(name)`). */
  protected toggleState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name)
    else this.internals.states.delete(name)
  }

  /** Sets validity and the `:state(invalid)` / `:state(user-invalid)` custom states together. */
  protected applyValidity(flags: ValidityStateFlags, message: string, anchor?: HTMLElement): void {
    const invalid = Object.values(flags).some(Boolean)
    if (invalid) this.internals.setValidity(flags, message, anchor)
    else this.internals.setValidity({})
    this.toggleState("invalid", invalid)
    this.toggleState("user-invalid", invalid && this.showErrors)
    this.toggleState("disabled", this.isDisabled)
  }
}

/**
 * Posts entries with a real, top-level form submission (`method="post"`), as a server-rendered page expects.
 * The temporary form lives in the element's shadow root and is removed once submitted.
 *
 * @internal
 */
export const postNatively = (root: ShadowRoot | HTMLElement, action: string, target: string, data: FormData): void => {
  const form = document.createElement("form")
  form.method = "post"
  form.action = action
  form.hidden = true
  if (target) form.target = target
  for (const [key, value] of data) {
    if (typeof value !== "string") continue
    const input = document.createElement("input")
    input.type = "hidden"
    input.name = key
    input.value = value
    form.append(input)
  }
  root.append(form)
  form.submit()
  form.remove()
}
