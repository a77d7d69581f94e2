import { html, nothing } from "lit"
import { type ChartSpec, chart } from "../../internal/chart.js"
import { toCsv, withExactColumns } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { exactFraction, formatDecimal, roundDecimal } from "../../number.js"

/** NRR shown with three decimals, as in the worked examples of PermenPAN-RB 14/2017. */
const NRR = { scale: 3, mode: "half-up" } as const

import type { Read } from "../../internal/read.js"
import { catalogue } from "../../messages/catalogue.js"
import { ikm } from "../../messages/ikm.js"
import { load } from "../../messages/load.js"
import { ikmTerms } from "../../messages/terms.js"
import { words } from "../../messages/words.js"
import { checkIkmReport, IkmReportController, type IkmReportData } from "./ikm-report.controller.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const widgetMessages = catalogue(load, words, ikm, ikmTerms)

/**
 * @tagname asn-ikm-report
 * @summary A service unit's Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017): the IKM score, mutu and kinerja,
 * NRR per element, the trend over periods, sample sufficiency (Krejcie–Morgan) and a breakdown by group in which
 * small groups are suppressed.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`):
 * `{ unit?, period?, score, population?, sample?, trend?: [{ period, score }], groups?: [{ label, score }],
 * minimumGroupSize? }` with core's `Survey.score` results. A group with fewer respondents than `minimumGroupSize`
 * (default 5) is shown as suppressed, and so is the smallest other group while the suppressed ones together stay
 * below the minimum (complementary suppression).
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart summary - IKM, mutu, kinerja and respondents.
 * @csspart sample - The sample sufficiency line.
 * @csspart chart - A chart with its title, toggle and table.
 * @csspart chart-svg - The SVG of a chart.
 * @csspart chart-table - The data table of a chart.
 * @csspart toggle - A chart/table toggle.
 * @csspart legend - The legend of a chart.
 * @csspart elements - The NRR table.
 * @csspart groups - The breakdown table.
 * @csspart suppressed - A suppressed group's cell.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-chart-1 - Chart colour.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Errors, an insufficient sample.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 */
export class AsnIkmReport extends DisplayElement<IkmReportData> {
  protected override get t(): ReturnType<typeof widgetMessages> {
    return widgetMessages(this.i18n.locale)
  }

  static override styles = [tokens, reportStyles]

  private readonly derive = new IkmReportController()

  protected read(input: unknown): Read<IkmReportData> {
    return checkIkmReport(input)
  }

  protected csvName(): string {
    const d = this.value
    return ["ikm", d?.unit ?? "", d?.period ?? ""].filter(Boolean).join("-")
  }

  toCsv(): string {
    const d = this.value
    if (!d) return ""
    const t = this.t
    const label = (l: { id: string; en: string }) => (this.i18n.locale === "en" ? l.en : l.id)
    // plain decimals in the NRR columns, and the exact fractions in two columns of their own
    const rows: Array<ReadonlyArray<string | number>> = [
      ["section", "id", "label", t.respondentsLabel, t.nrr, t.nrrWeighted, t.score, t.mutu, t.unitKinerja],
      [
        "ikm",
        "",
        d.unit ?? "",
        d.score.respondents,
        d.score.ikm,
        "",
        d.score.nilai.text,
        d.score.mutu.label,
        d.score.kinerja.label
      ],
      ...d.score.elements.map((e) => [
        "element",
        e.id,
        label(e.label),
        e.respondents,
        e.nrr,
        e.weighted,
        e.converted.text,
        "",
        ""
      ]),
      ...d.trend.map((p) => [
        "trend",
        p.period,
        p.period,
        p.score.respondents,
        p.score.ikm,
        "",
        p.score.nilai.text,
        p.score.mutu.label,
        p.score.kinerja.label
      ]),
      ...this.derive
        .groups(d)
        .map((g) =>
          g.status === "disclosed"
            ? [
                "group",
                "",
                g.label,
                g.respondents,
                g.score.ikm,
                "",
                g.score.nilai.text,
                g.score.mutu.label,
                g.score.kinerja.label
              ]
            : ["group", "", g.label, g.respondents, "", "", t.suppressedBelow(d.minimumGroupSize), "", ""]
        )
    ]
    return toCsv(withExactColumns(rows, [4, 5], t.exactFraction))
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const d = this.value as IkmReportData
    const t = this.t
    const s = d.score
    const en = this.i18n.locale === "en"
    const groups = this.derive.groups(d)
    const nrr: ChartSpec = {
      id: "nrr-chart",
      kind: "bar",
      title: t.converted,
      description: t.nrrChartDesc,
      categoryLabel: t.element,
      categories: s.elements.map((e) => (en ? e.label.en : e.label.id)),
      series: [
        {
          label: t.converted,
          values: s.elements.map((e) => e.converted.value),
          texts: s.elements.map((e) => this.dec(e.converted.text))
        }
      ],
      min: 0,
      max: s.scale.max
    }
    const trend: ChartSpec | undefined =
      d.trend.length > 0
        ? {
            id: "trend-chart",
            kind: "line",
            title: t.ikmTrend,
            description: t.ikmTrendDesc,
            categoryLabel: t.period,
            categories: d.trend.map((p) => p.period),
            series: [
              {
                label: t.ikmValue,
                values: d.trend.map((p) => p.score.nilai.value),
                texts: d.trend.map((p) => this.dec(p.score.nilai.text))
              }
            ],
            min: s.scale.min,
            max: s.scale.max
          }
        : undefined
    const format = (v: number) => formatDecimal(String(Math.round(v)), this.i18n.locale)
    return html`<div part="base">
      <div part="header" class="header">
        <div>
          <h2 part="title">${this.label || t.ikmTitle}</h2>
          ${d.unit || d.period ? html`<p part="subtitle">${[d.unit, d.period].filter(Boolean).join(" · ")}</p>` : nothing}
        </div>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <dl part="summary">
        <dt>${t.ikmValue}</dt>
        <dd><strong>${this.dec(s.nilai.text)}</strong> <span class="muted">(${s.scale.min}–${s.scale.max})</span></dd>
        <dt>${t.mutu}</dt>
        <dd><span class="badge">${s.mutu.label}</span></dd>
        <dt>${t.unitKinerja}</dt>
        <dd>${s.kinerja.label}</dd>
        <dt>${t.respondentsLabel}</dt>
        <dd>${s.respondents}</dd>
      </dl>
      ${
        d.sample
          ? html`<p part="sample" class=${d.sample.sufficient ? "" : "warning"}>
              ${
                d.sample.sufficient
                  ? t.sampleOk(d.sample.respondents, d.sample.required)
                  : t.sampleShort(d.sample.respondents, d.sample.required, d.sample.shortfall)
              }
            </p>`
          : nothing
      }
      <section>
        <h3 id="elements-heading">${t.element}</h3>
        ${chart(nrr, this.chartTexts, this.charts.asTable(nrr.id), this.charts.toggle, String, this.charts.width(nrr.id))}
        <div class="table-wrap" tabindex="0">
          <table part="elements">
            <caption>${t.nrr}</caption>
            <thead>
              <tr>
                <th scope="col">${t.element}</th>
                <th scope="col" class="num">${t.nrr}</th>
                <th scope="col" class="num">${t.nrrWeighted}</th>
                <th scope="col" class="num">${t.converted}</th>
              </tr>
            </thead>
            <tbody>
              ${s.elements.map(
                (e) => html`<tr data-element=${e.id}>
                  <th scope="row">${e.id} · ${en ? e.label.en : e.label.id}</th>
                  <td class="num">${roundDecimal(e.nrr, NRR, this.i18n.locale)}</td>
                  <td class="num">${roundDecimal(e.weighted, NRR, this.i18n.locale)}</td>
                  <td class="num">${this.dec(e.converted.text)}</td>
                </tr>`
              )}
            </tbody>
          </table>
        </div>
        <details part="exact">
          <summary>${t.exactValues}</summary>
          <ul>
            ${s.elements.map(
              (e) =>
                html`<li>${e.id}: ${t.nrr} ${exactFraction(e.nrr) ?? this.dec(e.nrr)}; ${t.nrrWeighted} ${exactFraction(e.weighted) ?? this.dec(e.weighted)}</li>`
            )}
          </ul>
        </details>
      </section>
      ${trend ? html`<section>${chart(trend, this.chartTexts, this.charts.asTable(trend.id), this.charts.toggle, format, this.charts.width(trend.id))}</section>` : nothing}
      ${
        groups.length > 0
          ? html`<section>
              <h3 id="groups-heading">${t.groupsHeading}</h3>
              <div class="table-wrap" tabindex="0">
                <table part="groups">
                  <thead>
                    <tr>
                      <th scope="col">${t.group}</th>
                      <th scope="col" class="num">${t.respondentsLabel}</th>
                      <th scope="col" class="num">${t.ikmValue}</th>
                      <th scope="col">${t.mutu}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${groups.map((g) =>
                      g.status === "disclosed"
                        ? html`<tr>
                            <th scope="row">${g.label}</th>
                            <td class="num">${g.respondents}</td>
                            <td class="num">${this.dec(g.score.nilai.text)}</td>
                            <td>${g.score.mutu.label}</td>
                          </tr>`
                        : html`<tr data-suppressed=${g.reason}>
                            <th scope="row">${g.label}</th>
                            <td class="num">${g.respondents}</td>
                            <td part="suppressed" colspan="2">
                              ${t.suppressedBelow(d.minimumGroupSize)}
                            </td>
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
    "asn-ikm-report": AsnIkmReport
  }
}
