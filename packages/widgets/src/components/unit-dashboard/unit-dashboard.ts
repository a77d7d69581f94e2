import { Quadrant } from "@pembinaan/core"
import { html, nothing, type PropertyDeclarations } from "lit"
import { type ChartSpec, chart } from "../../internal/chart.js"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import { idToWords } from "../../internal/legal.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { VirtualController } from "../../internal/virtual-list.js"
import { emptyNote, virtualTable } from "../../internal/virtual-table.js"
import { catalogue } from "../../messages/catalogue.js"
import { dashboard } from "../../messages/dashboard.js"
import { load } from "../../messages/load.js"
import { ikmTerms, terms } from "../../messages/terms.js"
import { words } from "../../messages/words.js"
import { formatDecimal } from "../../number.js"
import {
  checkDashboard,
  DashboardController,
  type DashboardData,
  type DashboardList,
  type DashboardRecord,
  type DashboardView,
  type Filters,
  normalise
} from "./unit-dashboard.model.js"
import { styles } from "./unit-dashboard.styles.js"

/**
 * Fired by `<asn-unit-dashboard>` when the user changes a filter.
 *
 * @since 0.3.0
 */
export class FilterChangeEvent extends Event {
  readonly detail: Filters
  constructor(detail: Filters) {
    super("asn-filter-change", { bubbles: true, composed: true })
    this.detail = detail
  }
}

const ROW = 40

/**
 * `text` with as many decimals as `like` (zeros appended, never rounded), so that the shortfall sits beside the JP it
 * is taken from in the same form ("20,00" beside "0,00"; core writes the shortfall exactly, as "20").
 */
const sameScale = (text: string, like: string): string => {
  const want = like.split(".")[1]?.length ?? 0
  const [int, frac = ""] = text.split(".")
  return frac.length >= want ? text : `${int}.${frac.padEnd(want, "0")}`
}

/** The sections this widget shows (its bundle carries no other widget's texts). */
const widgetMessages = catalogue(load, words, dashboard, terms, ikmTerms)

/**
 * @tagname asn-unit-dashboard
 * @summary A unit's or a region's performance: the predikat distribution against the policy's kurva with its
 * warnings, the trend over periods, rewards, coaching and remediation, training (JP) compliance and IKM with mutu;
 * filters by unit, period and jabatan; virtualised lists that stay responsive with 10,000 employees.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`):
 * `{ title?, organisation?, distribution?, records: [...], ikm?: [{ unit, period, score }], minimumGroupSize? }`;
 * build each record from core's results with `toRecord`. Records are read through an allow-list, so raw ratings or
 * any other field the server adds never reach the page or the CSV. IKM of a unit with fewer respondents than
 * `minimumGroupSize` (default 5) is shown as suppressed.
 *
 * @event asn-filter-change - {@link FilterChangeEvent}: the user changed a filter (`detail`: unit, period, jabatan).
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart filters - The filter row.
 * @csspart count - The live count of matching employees.
 * @csspart kurva - The kurva guidance and its warnings.
 * @csspart chart - A chart with its title, toggle and table.
 * @csspart chart-svg - The SVG of a chart.
 * @csspart chart-table - The data table of a chart.
 * @csspart toggle - A chart/table toggle.
 * @csspart legend - The legend of a chart.
 * @csspart list - A scrolling (virtualised) list.
 * @csspart ikm - The IKM table.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-chart-1 - First chart series (also Sangat Baik in the trend).
 * @cssproperty --asn-chart-2 - Second chart series.
 * @cssproperty --asn-chart-3 - Third chart series.
 * @cssproperty --asn-chart-4 - Fourth chart series.
 * @cssproperty --asn-chart-5 - Fifth chart series.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Warnings and errors.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 */
export class AsnUnitDashboard extends DisplayElement<DashboardData> {
  /** @internal Lit's reactive properties (attribute options as the fields below document). */
  static override properties: PropertyDeclarations = {
    unit: { reflect: true },
    period: { reflect: true },
    jabatan: { reflect: true }
  }

  protected override get t(): ReturnType<typeof widgetMessages> {
    return widgetMessages(this.i18n.locale)
  }

  static override styles = [tokens, reportStyles, styles]

  /** The selected unit; empty for all units. */
  unit = ""

  /** The selected period; the latest period when empty or unknown. */
  period = ""

  /** The selected jabatan; empty for all. */
  jabatan = ""

  private readonly model = new DashboardController()
  private readonly employeesList = new VirtualController(this, { rowHeight: ROW, viewport: 384 })
  private readonly rewardsList = new VirtualController(this, { rowHeight: ROW, viewport: 384 })
  private readonly remediationList = new VirtualController(this, { rowHeight: ROW, viewport: 384 })
  private readonly behindList = new VirtualController(this, { rowHeight: ROW, viewport: 384 })

  protected read(input: unknown): Read<DashboardData> {
    return checkDashboard(input)
  }

  protected csvName(): string {
    const f = this.filters()
    return ["kinerja", f?.unit ?? "", f?.period ?? "", f?.jabatan ?? ""].filter(Boolean).join("-")
  }

  /** The filters in effect (normalised against the data), once the data is loaded. */
  filters(): Filters | undefined {
    const data = this.value
    return data ? normalise(data, { unit: this.unit, period: this.period, jabatan: this.jabatan }) : undefined
  }

  /** What is shown for the current filters. */
  get view(): DashboardView | undefined {
    const data = this.value
    const f = this.filters()
    return data && f ? this.model.viewOf(data, f) : undefined
  }

  toCsv(): string {
    const v = this.view
    if (!v) return ""
    const t = this.t
    // A list the data does not carry has no column: an empty cell would read as "none".
    const missing = new Set(this.value?.unavailable)
    const columns: ReadonlyArray<readonly [string, (r: DashboardRecord) => string, DashboardList?]> = [
      [t.employee, (r) => r.employee],
      [t.employeeName, (r) => r.name ?? ""],
      [t.unit, (r) => r.unit],
      [t.jabatan, (r) => r.jabatan],
      [t.period, (r) => r.period],
      [t.predikat, (r) => r.predikat],
      [t.score, (r) => r.score ?? ""],
      [t.jp, (r) => r.jp?.total ?? "", "jp"],
      ["jp_ok", (r) => (r.jp === undefined ? "" : r.jp.meets ? "1" : "0"), "jp"],
      [t.rewardsHeading, (r) => r.rewards.join("; "), "rewards"],
      [t.remediationHeading, (r) => r.remediation?.type ?? "", "remediation"],
      [t.status, (r) => (r.remediation ? t.planStatus[r.remediation.status] : ""), "remediation"]
    ]
    const shown = columns.filter(([, , list]) => list === undefined || !missing.has(list))
    return toCsv([shown.map(([label]) => label), ...v.rows.map((r) => shown.map(([, cell]) => cell(r)))])
  }

  private readonly onFilter = (e: Event): void => {
    const select = e.target as HTMLSelectElement
    const key = select.name as keyof Filters
    if (key !== "unit" && key !== "period" && key !== "jabatan") return
    this[key] = select.value
    for (const list of [this.employeesList, this.rewardsList, this.remediationList, this.behindList]) list.reset(null)
    for (const el of this.renderRoot.querySelectorAll<HTMLElement>(".scroller")) el.scrollTop = 0
    const f = this.filters()
    if (f) this.dispatchEvent(new FilterChangeEvent(f))
  }

  private select(
    name: keyof Filters,
    label: string,
    options: ReadonlyArray<string>,
    all: string | undefined,
    value: string
  ) {
    return html`<label>
      ${label}
      <select name=${name} @change=${this.onFilter}>
        ${all === undefined ? nothing : html`<option value="" ?selected=${value === ""}>${all}</option>`}
        ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
      </select>
    </label>`
  }

  private personCells = (r: DashboardRecord) => [
    r.name ?? r.employee,
    r.unit,
    r.jabatan,
    r.predikat,
    r.score ? this.dec(r.score) : this.t.noValue
  ]

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as DashboardData
    const v = this.view as DashboardView
    const t = this.t
    // lists the data does not carry: said so, never shown as an empty list ("nobody")
    const missing = new Set(data.unavailable)
    const unavailable = (id: string) => emptyNote(id, t.listUnavailable)
    const f = v.filters
    const r = v.report
    const distribution: ChartSpec = {
      id: "distribution-chart",
      kind: "bar",
      heading: true,
      title: t.distributionHeading,
      description: t.distributionDesc(r.total),
      categoryLabel: t.predikat,
      categories: Quadrant.predikats,
      series: [
        {
          label: t.count,
          values: Quadrant.predikats.map((p) => r.counts[p]),
          texts: Quadrant.predikats.map((p) => `${r.counts[p]} (${this.dec(r.percents[p])}%)`)
        }
      ]
    }
    const trend: ChartSpec = {
      id: "trend-chart",
      kind: "line",
      heading: true,
      title: t.trendHeading,
      description: t.trendDesc,
      categoryLabel: t.period,
      categories: v.trend.map((p) => p.period),
      series: Quadrant.predikats.map((p) => ({
        label: p,
        values: v.trend.map((x) => Number(x.report.percents[p])),
        texts: v.trend.map((x) => `${this.dec(x.report.percents[p])}%`)
      })),
      min: 0,
      max: 100
    }
    const guidelines = data.distribution.guidelines[data.organisation]
    const failed = new Set(r.warnings.map((w) => w.guideline))
    const people = [
      { label: t.employeeName },
      { label: t.unit },
      { label: t.jabatan },
      { label: t.predikat },
      { label: t.score, numeric: true }
    ]
    return html`<div part="base">
      <div part="header" class="header">
        <h2 part="title">${this.label || data.title || t.dashboardTitle}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <fieldset part="filters">
        <legend class="muted">${t.filters}</legend>
        ${this.select("unit", t.unit, data.units, t.allUnits, f.unit)}
        ${this.select("period", t.period, data.periods, undefined, f.period)}
        ${this.select("jabatan", t.jabatan, data.jabatan, t.allJabatan, f.jabatan)}
      </fieldset>
      <p part="count" role="status" aria-live="polite">${t.matching(v.rows.length)}</p>
      <div class="cols">
        <section>
          ${chart(distribution, this.chartTexts, this.charts.asTable(distribution.id), this.charts.toggle, String, this.charts.width(distribution.id))}
          <div part="kurva">
            <p>${t.organisation(data.organisation)}</p>
            ${
              r.tooSmallToJudge
                ? html`<p class="warning">${t.kurvaTooSmall(data.distribution.minimumUnitSize)}</p>`
                : html`<ul class="rules">
                    ${guidelines.map((g) => {
                      const w = r.warnings.find((x) => x.guideline === g)
                      const label = g.predikat.join(" + ")
                      return html`<li data-met=${failed.has(g) ? "false" : "true"}>
                        ${failed.has(g) ? "⚠ " : "✓ "}${
                          w
                            ? t.guideline(
                                g.op,
                                label,
                                formatDecimal(String(g.percent), this.i18n.locale),
                                this.dec(w.actualPercent)
                              )
                            : t.guidelineRule(g.op, label, formatDecimal(String(g.percent), this.i18n.locale))
                        }
                      </li>`
                    })}
                  </ul>
                  ${r.warnings.length === 0 ? html`<p>${t.kurvaOk}</p>` : nothing}`
            }
          </div>
        </section>
        <section>
          ${chart(trend, this.chartTexts, this.charts.asTable(trend.id), this.charts.toggle, (x) => `${Math.round(x)}%`, this.charts.width(trend.id))}
        </section>
      </div>
      <section>
        <h3 id="emp-h">${t.employeesHeading}</h3>
        ${virtualTable({ id: "employees", caption: t.employeesHeading, columns: people, rows: v.rows, cells: this.personCells, controller: this.employeesList, empty: t.emptyList })}
      </section>
      <div class="cols">
        <section>
          <h3 id="rew-h">${t.rewardsHeading}${missing.has("rewards") ? "" : ` (${v.rewards.length})`}</h3>
          ${
            missing.has("rewards")
              ? unavailable("rewards")
              : virtualTable({
                  id: "rewards",
                  caption: t.rewardsHeading,
                  columns: [{ label: t.employeeName }, { label: t.unit }, { label: t.rewardsHeading }],
                  rows: v.rewards,
                  cells: (x) => [x.name ?? x.employee, x.unit, x.rewards.join(", ")],
                  controller: this.rewardsList,
                  empty: t.emptyList
                })
          }
        </section>
        <section>
          <h3 id="rem-h">${t.remediationHeading}${missing.has("remediation") ? "" : ` (${v.remediation.length})`}</h3>
          ${
            missing.has("remediation")
              ? unavailable("remediation")
              : virtualTable({
                  id: "remediation",
                  caption: t.remediationHeading,
                  columns: [{ label: t.employeeName }, { label: t.plan }, { label: t.status }, { label: t.deadline }],
                  rows: v.remediation,
                  cells: (x) => [
                    x.name ?? x.employee,
                    x.remediation ? idToWords(x.remediation.type) : "",
                    x.remediation ? t.planStatus[x.remediation.status] : "",
                    x.remediation?.deadline ?? ""
                  ],
                  controller: this.remediationList,
                  empty: t.emptyList
                })
          }
        </section>
      </div>
      <section>
        <h3 id="train-h">${t.trainingHeading}</h3>
        ${
          missing.has("jp")
            ? unavailable("behind")
            : html`<p part="training">${t.trainingSummary(v.training.meets, v.training.known)}</p>
        ${virtualTable({
          id: "behind",
          caption: t.trainingHeading,
          columns: [
            { label: t.employeeName },
            { label: t.unit },
            { label: t.jp, numeric: true },
            { label: t.gap, numeric: true }
          ],
          rows: v.training.behind,
          cells: (x) => [
            x.name ?? x.employee,
            x.unit,
            x.jp ? this.dec(x.jp.total) : "",
            x.jp ? this.dec(sameScale(x.jp.shortfall, x.jp.total)) : ""
          ],
          controller: this.behindList,
          empty: t.emptyList
        })}`
        }
      </section>
      ${
        v.ikm.length > 0
          ? html`<section>
              <h3 id="ikm-h">${t.ikmUnitsHeading}</h3>
              <div class="table-wrap" tabindex="0">
                <table part="ikm">
                  <thead>
                    <tr>
                      <th scope="col">${t.unit}</th>
                      <th scope="col" class="num">${t.respondentsLabel}</th>
                      <th scope="col" class="num">${t.ikmValue}</th>
                      <th scope="col">${t.mutu}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${v.ikm.map((x) =>
                      x.status === "disclosed"
                        ? html`<tr data-unit=${x.unit}>
                            <th scope="row">${x.unit}</th>
                            <td class="num">${x.score.respondents}</td>
                            <td class="num">${this.dec(x.score.nilai.text)}</td>
                            <td>${x.score.mutu.label} (${x.score.kinerja.label})</td>
                          </tr>`
                        : html`<tr data-unit=${x.unit} data-suppressed="below-minimum">
                            <th scope="row">${x.unit}</th>
                            <td class="num">${x.respondents}</td>
                            <td colspan="2">${t.suppressedBelow(data.minimumGroupSize)}</td>
                          </tr>`
                    )}
                  </tbody>
                </table>
              </div>
            </section>`
          : nothing
      }
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-unit-dashboard": AsnUnitDashboard
  }
  interface GlobalEventHandlersEventMap {
    "asn-filter-change": FilterChangeEvent
  }
}
