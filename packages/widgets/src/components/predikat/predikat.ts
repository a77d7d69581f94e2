import type { Quadrant } from "@pembinaan/core"
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from "lit"
import { LocaleController } from "../../locale.js"
import { catalogue } from "../../messages/catalogue.js"
import { predikat } from "../../messages/predikat.js"
import { PredikatController } from "./predikat.controller.js"
import { styles } from "./predikat.styles.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const messages = catalogue(predikat)

/**
 * @tagname asn-predikat
 * @summary Shows the predikat kinerja (PermenPAN-RB 6/2022 quadrant) for a hasil kerja and a perilaku kerja rating.
 *
 * @csspart base - The outlined box.
 * @csspart label - The "Predikat kinerja" caption.
 * @csspart value - The predikat itself.
 * @csspart error - The message shown for an unknown rating.
 * @cssproperty --asn-color-accent - Border colour.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-danger - Error text colour.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-font - Font shorthand.
 *
 * @example
 * ```html
 * <asn-predikat hasil-kerja="Diatas Ekspektasi" perilaku-kerja="Sesuai Ekspektasi"></asn-predikat>
 * ```
 */
export class AsnPredikat extends LitElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    hasilKerja: { attribute: "hasil-kerja" },
    perilakuKerja: { attribute: "perilaku-kerja" },
    matrix: { attribute: false }
  }

  static override styles = styles

  /** Rating of hasil kerja, as the regulation names it (`Dibawah Ekspektasi`, `Sesuai Ekspektasi`, `Diatas Ekspektasi`). */
  hasilKerja?: string

  /** Rating of perilaku kerja, as the regulation names it. */
  perilakuKerja?: string

  /** The quadrant matrix of the region's policy; the national one when unset. */
  matrix?: Quadrant.Matrix

  private readonly i18n = new LocaleController(this)
  private readonly quadrant = new PredikatController(this)

  /** The predikat currently shown, or `undefined`. */
  get predikat(): Quadrant.Predikat | undefined {
    return this.quadrant.state._tag === "Classified" ? this.quadrant.state.result.predikat : undefined
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("hasilKerja") || changed.has("perilakuKerja") || changed.has("matrix")) {
      this.quadrant.update(this.hasilKerja, this.perilakuKerja, this.matrix)
    }
  }

  protected override render() {
    const t = messages(this.i18n.locale)
    const state = this.quadrant.state
    return html`<div part="base" role="group" aria-labelledby="label">
      <span part="label" id="label">${t.predikatLabel}</span>
      ${
        state._tag === "Classified"
          ? html`<output part="value" aria-live="polite" title=${`${t.legalBasis}: ${state.result.trace.legalBasis[0]?.regulation ?? ""}`}
            >${state.result.predikat}</output
          >`
          : nothing
      }
      ${state._tag === "Empty" ? html`<span part="value" aria-live="polite">—</span>` : nothing}
      ${
        state._tag === "Invalid"
          ? html`<span part="error" role="alert"
            >${
              state.error._tag === "UnknownRating"
                ? t.unknownRating(state.error.field, String(state.error.value))
                : t.missingRatings
            }</span
          >`
          : nothing
      }
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-predikat": AsnPredikat
  }
}
