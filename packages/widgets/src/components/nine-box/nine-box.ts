import type { Talent } from "@pembinaan/core"
import { html, nothing, type PropertyDeclarations } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { VirtualController } from "../../internal/virtual-list.js"
import { virtualTable } from "../../internal/virtual-table.js"
import { catalogue } from "../../messages/catalogue.js"
import { load } from "../../messages/load.js"
import { nineBox } from "../../messages/nineBox.js"
import { words } from "../../messages/words.js"
import { checkNineBox, columns, type NineBoxCell, NineBoxController, type NineBoxData } from "./nine-box.controller.js"
import { styles } from "./nine-box.styles.js"

/**
 * A column label that may break inside long words (soft hyphens after the sixth letter of words longer than nine),
 * so that "Ekspektasi" wraps as "Ekspek-tasi" in a phone's narrow column instead of running into the next one.
 */
const breakable = (label: string): string => label.replace(/\p{L}{10,}/gu, (w) => `${w.slice(0, 6)}\u00ad${w.slice(6)}`)

/**
 * The rating spelling of PermenPAN-RB 6/2022 as core's ratings use it ("Dibawah Ekspektasi", "Diatas Ekspektasi"),
 * for talent labels written "Di Bawah …" / "Di Atas …", so one page never shows both spellings.
 */
const ratingSpelling = (label: string): string =>
  label
    .replace(/\bDi Bawah Ekspektasi\b/g, "Dibawah Ekspektasi")
    .replace(/\bDi Atas Ekspektasi\b/g, "Diatas Ekspektasi")

/**
 * Fired by `<asn-nine-box>` when a box is opened. `detail.employees` are the ids in that box.
 *
 * @since 0.3.0
 */
export class DrillDownEvent extends Event {
  readonly detail: { readonly box: Talent.BoxNumber; readonly employees: ReadonlyArray<string> }
  constructor(box: Talent.BoxNumber, employees: ReadonlyArray<string>) {
    super("asn-drill-down", { bubbles: true, composed: true })
    this.detail = { box, employees }
  }
}

/** The sections this widget shows (its bundle carries no other widget's texts). */
const widgetMessages = catalogue(load, words, nineBox)

/**
 * @tagname asn-nine-box
 * @summary The talent map (9-box, PermenPAN-RB 3/2020): kinerja against potensial, a count per box, and a drill-down
 * list of the people in a box with the policy's recommended actions.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`):
 * `{ policy?: Talent.Policy, people: [{ employee, name?, unit?, placement }] }` where `placement` is core's
 * `Talent.place` result, or `{ employee, predikat, potensial }` to be placed with the policy (the preset
 * `Presets.talent.policy` when none is given). Every box is a button: Enter or Space opens its list, Escape closes it
 * and returns to the box.
 *
 * @event asn-drill-down - {@link DrillDownEvent}: a box was opened (`detail.box`, `detail.employees`).
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart grid - The 3×3 table.
 * @csspart cell - A box button.
 * @csspart drill - The list of the open box.
 * @csspart list - A scrolling (virtualised) list.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons, the open box.
 * @cssproperty --asn-color-accent-contrast - Text on the open box.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Errors.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 *
 * @example
 * ```html
 * <asn-nine-box src="/api/talenta/2026.json"></asn-nine-box>
 * ```
 */
export class AsnNineBox extends DisplayElement<NineBoxData> {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    open: { state: true, attribute: false }
  }

  protected override get t(): ReturnType<typeof widgetMessages> {
    return widgetMessages(this.i18n.locale)
  }

  static override styles = [tokens, reportStyles, styles]

  /** The open box, if any. */
  private open: Talent.BoxNumber | undefined

  private readonly derive = new NineBoxController()
  private readonly list = new VirtualController(this, { rowHeight: 40, viewport: 384 })

  protected read(input: unknown): Read<NineBoxData> {
    return checkNineBox(input)
  }

  protected csvName(): string {
    return "peta-talenta"
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const t = this.t
    return toCsv([
      [t.employee, t.employeeName, t.unit, "box", t.kinerjaAxis, t.potensialAxis, t.potensialScore, t.predikat],
      ...this.derive.csvRows(data)
    ])
  }

  /** Opens a box's list (or closes it when it is open). */
  toggleBox(box: Talent.BoxNumber): void {
    const data = this.value
    if (!data) return
    this.open = this.open === box ? undefined : box
    if (this.open !== undefined) {
      const cell = this.derive
        .grid(data)
        .flat()
        .find((c) => c.box === box)
      this.list.reset(this.renderRoot.querySelector?.("#drill-list") as HTMLElement | null)
      this.dispatchEvent(new DrillDownEvent(box, cell?.people.map((p) => p.employee) ?? []))
    }
  }

  private readonly onDrillKey = async (e: KeyboardEvent): Promise<void> => {
    if (e.key !== "Escape" || this.open === undefined) return
    const box = this.open
    e.preventDefault()
    this.open = undefined
    await this.updateComplete
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-box="${box}"]`)?.focus()
  }

  private cellButton(cell: NineBoxCell) {
    const t = this.t
    const open = this.open === cell.box
    return html`<button
      part="cell"
      class="cell"
      type="button"
      data-box=${cell.box}
      aria-expanded=${open ? "true" : "false"}
      aria-controls="drill"
      @click=${() => this.toggleBox(cell.box)}
    >
      <span class="box">${t.box(cell.box)}</span>
      <span class="n">${t.employees(cell.people.length)}</span>
      <span class="short" aria-hidden="true">${cell.people.length}</span>
    </button>`
  }

  private drill(cell: NineBoxCell) {
    const t = this.t
    const description = cell.people[0]?.placement.description ?? `${cell.kinerja} / ${cell.potensial}`
    return html`<div part="drill" id="drill">
      <div class="chart-head">
        <h3 id="drill-title">${t.drillTitle(cell.box, ratingSpelling(description))}</h3>
        <button type="button" @click=${() => this.toggleBox(cell.box)}>${t.close}</button>
      </div>
      ${
        cell.actions.length > 0
          ? html`<div>
              <h4>${t.recommendedActions}</h4>
              <ul>
                ${cell.actions.map((a) => html`<li>${a}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${virtualTable({
        id: "drill-list",
        caption: t.drillTitle(cell.box, ratingSpelling(description)),
        columns: [
          { label: t.employeeName },
          { label: t.unit },
          { label: t.predikat },
          { label: t.potensialScore, numeric: true }
        ],
        rows: cell.people,
        cells: (p) => [
          p.name ?? p.employee,
          p.unit ?? "",
          p.placement.trace.inputs.predikat,
          this.dec(p.placement.potensial.classification.score.text)
        ],
        controller: this.list,
        empty: t.emptyList
      })}
    </div>`
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as NineBoxData
    const t = this.t
    const g = this.derive.grid(data)
    const open = g.flat().find((c) => c.box === this.open)
    return html`<div part="base" @keydown=${this.onDrillKey}>
      <div part="header" class="header">
        <h2 part="title" id="title">${this.label || t.nineBoxTitle}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      ${data.notPlaced > 0 ? html`<p role="status" class="warning">${t.notPlaced(data.notPlaced)}</p>` : nothing}
      <div class="table-wrap" tabindex="0">
        <table part="grid" class="grid" aria-labelledby="title">
          <thead>
            <tr>
              <td></td>
              <th scope="colgroup" colspan="3" class="axis">${t.kinerjaAxis} →</th>
            </tr>
            <tr>
              <th scope="col">${t.potensialAxis} ↓</th>
              ${columns.map((k) => html`<th scope="col">${breakable(ratingSpelling(k))}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${g.map(
              (row) => html`<tr>
                <th scope="row">${row[0]?.potensial}</th>
                ${row.map((cell) => html`<td>${this.cellButton(cell)}</td>`)}
              </tr>`
            )}
          </tbody>
        </table>
      </div>
      ${open ? this.drill(open) : nothing}
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-nine-box": AsnNineBox
  }
  interface GlobalEventHandlersEventMap {
    "asn-drill-down": DrillDownEvent
  }
}
