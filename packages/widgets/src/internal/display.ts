/**
 * The base of the display widgets: data from a property, a `src` URL or inline JSON (see {@link DataController}),
 * locale, chart/table toggles, CSV export and print state. Subclasses read and derive their data through a
 * controller and render it.
 *
 * @internal
 */

import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from "lit"
import { LocaleController } from "../locale.js"
import { catalogue } from "../messages/catalogue.js"
import { type LoadMessages, load } from "../messages/load.js"
import { words } from "../messages/words.js"
import { formatDecimal } from "../number.js"
import { type ChartTexts, ChartToggles } from "./chart.js"
import { download, fileName } from "./csv.js"
import {
  DataController,
  type DataErrorEvent,
  type DataLoadEvent,
  DEFAULT_TIMEOUT_MS,
  type LoadError
} from "./data.controller.js"
import type { Read } from "./read.js"

/** The sections every display widget shows: loading states and shared table words. @internal */
export const displayMessages = catalogue(load, words)

/** @internal */
export type DisplayMessages = ReturnType<typeof displayMessages>

/**
 * Fired by a display widget before it downloads its CSV. Cancelable: `preventDefault()` stops the download (to send
 * `detail.csv` elsewhere).
 *
 * @since 0.3.0
 */
export class CsvExportEvent extends Event {
  /** The file name and the CSV text (RFC 4180, without the byte-order mark that the downloaded file has). */
  readonly detail: { readonly filename: string; readonly csv: string }
  constructor(filename: string, csv: string) {
    super("asn-export", { bubbles: true, composed: true, cancelable: true })
    this.detail = { filename, csv }
  }
}

/** The translated text of a load error. */
export const loadErrorText = (t: LoadMessages, error: LoadError): string => {
  switch (error._tag) {
    case "Http":
      return t.loadHttp(error.status)
    case "Network":
      return t.loadNetwork
    case "Json":
      return t.loadJson
    case "Shape":
      return t.loadShape(error.problems.length)
    case "Timeout":
      return t.loadTimeout(Math.round(error.ms / 1000))
    case "TooLarge":
      return t.loadTooLarge(Math.round(error.limit / (1024 * 1024)))
    case "Render":
      return t.loadRender
  }
}

export abstract class DisplayElement<T> extends LitElement {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    label: {},
    timeout: { type: Number },
    preset: {}
  }

  /** The data as a JS value. Takes precedence over `src` and inline JSON. */
  data?: unknown

  /** A URL returning the data as JSON; used when `data` is not set. */
  src = ""

  /** The title; a localised default when empty. */
  label = ""

  /**
   * How long a `src` request may take, in milliseconds, before it fails with `asn-load-error` (`Timeout`).
   * Default 15000.
   */
  timeout = DEFAULT_TIMEOUT_MS

  /**
   * A built-in data set by name, used when there is no `data`, `src` or inline JSON; only widgets that show policy
   * data have presets (see {@link DisplayElement.presetValue}).
   */
  preset = ""

  protected readonly i18n = new LocaleController(this)
  protected readonly loader: DataController<T>
  protected readonly charts = new ChartToggles(() => this.requestUpdate())
  /** True while the page prints: expandable parts render open, virtual lists render every row. */
  protected printing = false
  private readonly beforePrint = () => {
    this.printing = true
    this.requestUpdate()
  }
  private readonly afterPrint = () => {
    this.printing = false
    this.requestUpdate()
  }

  constructor() {
    super()
    this.loader = new DataController<T>(this, (u) => this.read(u))
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener("beforeprint", this.beforePrint)
    window.addEventListener("afterprint", this.afterPrint)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener("beforeprint", this.beforePrint)
    window.removeEventListener("afterprint", this.afterPrint)
    this.sizes?.disconnect()
    this.sizes = undefined
  }

  /** Watches each chart's figure, so a chart is drawn at the width it is shown at (readable text on a phone). */
  private sizes: ResizeObserver | undefined

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (typeof ResizeObserver === "undefined") return
    this.sizes ??= new ResizeObserver((entries) => {
      let redraw = false
      for (const e of entries) {
        const id = (e.target as HTMLElement).dataset.chart
        if (id && this.charts.measured(id, e.contentRect.width)) redraw = true
      }
      // drawn on the next frame: redrawing inside the observer's callback would resize what it is delivering
      if (redraw) requestAnimationFrame(() => this.requestUpdate())
    })
    for (const figure of this.renderRoot.querySelectorAll<HTMLElement>("figure[data-chart]")) this.sizes.observe(figure)
  }

  /** The built-in data named by `preset`, or `undefined` (no such preset; the default: this widget has none). */
  protected presetValue(_name: string): unknown {
    return undefined
  }

  /** Checks the raw data. */
  protected abstract read(input: unknown): Read<T>

  /** The CSV of what the widget shows (RFC 4180, no byte-order mark). Empty when there is no data. */
  abstract toCsv(): string

  /** The base of the CSV file name. */
  protected abstract csvName(): string

  /** The checked data, once loaded. */
  get value(): T | undefined {
    return this.loader.state._tag === "Ready" ? this.loader.state.value : undefined
  }

  /** Downloads the CSV (a UTF-8 file with a byte-order mark), after a cancelable `asn-export` event. */
  downloadCsv(): void {
    const csv = this.toCsv()
    const name = fileName(this.csvName())
    const event = new CsvExportEvent(name, csv)
    this.dispatchEvent(event)
    if (!event.defaultPrevented) download(this.renderRoot, name, csv)
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("timeout")) this.loader.timeout = this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS
    if (changed.has("data") || changed.has("src") || changed.has("preset") || !this.hasUpdated)
      this.loader.sync(
        this.data,
        this.src,
        this.preset.trim() === "" ? undefined : { name: this.preset, value: this.presetValue(this.preset) }
      )
  }

  /**
   * Renders; when rendering the ready data throws (a value the guard let through but the template cannot show),
   * the widget shows a load error and fires `asn-load-error` (`Render`) instead of going blank.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed)
    } catch (error) {
      if (this.loader.state._tag !== "Ready") throw error
      console.error(error)
      this.loader.failRender(error)
      super.update(changed)
    }
  }

  /**
   * The widget's messages. The base class needs only the shared sections; a widget that shows its own texts
   * overrides this with a catalogue of those sections too (see src/messages.ts).
   */
  protected get t(): DisplayMessages {
    return displayMessages(this.i18n.locale)
  }

  protected get chartTexts(): ChartTexts {
    const t = this.t
    return { showTable: t.showTable, showChart: t.showChart, noValue: t.noValue }
  }

  /** A decimal from core (`"105.75"`) in the page's locale. */
  protected dec(text: string): string {
    return formatDecimal(text, this.i18n.locale)
  }

  /** The export button. */
  protected exportButton(): TemplateResult {
    return html`<button part="export" type="button" @click=${() => this.downloadCsv()}>${this.t.exportCsv}</button>`
  }

  /** Loading, error and empty states; `undefined` when the data is ready. */
  protected renderState(): TemplateResult | undefined {
    const state = this.loader.state
    const t = this.t
    switch (state._tag) {
      case "Ready":
        return undefined
      case "Loading":
        return html`<div part="base" aria-busy="true"><p part="status" role="status">${t.loading}</p></div>`
      case "Empty":
        return html`<div part="base"><p part="status" role="status">${t.noData}</p></div>`
      case "Failed":
        return html`<div part="base">
          <p part="status" data-kind="error" role="alert">${loadErrorText(t, state.error)}</p>
          ${
            state.error._tag === "Shape"
              ? html`<ul part="problems">
                  ${state.error.problems.slice(0, 10).map((p) => html`<li>${p}</li>`)}
                </ul>`
              : nothing
          }
        </div>`
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "asn-export": CsvExportEvent
    "asn-load": DataLoadEvent
    "asn-load-error": DataErrorEvent
  }
}

/** A person as the programme widgets show one: "Name (NIP)" when the data names them, the NIP alone otherwise. */
export const personLabel = (names: Readonly<Record<string, unknown>> | undefined, nip: string): string => {
  const name = names?.[nip]
  return typeof name === "string" ? `${name} (${nip})` : nip
}
