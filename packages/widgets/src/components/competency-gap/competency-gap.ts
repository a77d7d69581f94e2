import { html, nothing } from "lit"
import { type ChartSpec, chart } from "../../internal/chart.js"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { catalogue } from "../../messages/catalogue.js"
import { competencyGap } from "../../messages/competencyGap.js"
import { load } from "../../messages/load.js"
import { terms } from "../../messages/terms.js"
import { words } from "../../messages/words.js"
import {
  CompetencyGapController,
  type CompetencyGapData,
  categoryCounts,
  checkCompetencyGap
} from "./competency-gap.controller.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const widgetMessages = catalogue(load, words, competencyGap, terms)

/**
 * @tagname asn-competency-gap
 * @summary Required against actual level per competency, for one person or a group, with the JPM (job person
 * match) and its category.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): `{ match }` with core's
 * `Jpm.match` result for one person, or `{ matches: [...] }` for a group (then the mean level per competency and how
 * many people are below, at and above the standard), and optionally `names` (`{ [competencyId]: name }`).
 * A competency not assessed is shown as such, never filled in.
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart jpm - The JPM summary.
 * @csspart chart - A chart with its title, toggle and table.
 * @csspart chart-svg - The SVG of a chart.
 * @csspart chart-table - The data table of a chart.
 * @csspart toggle - The chart/table toggle.
 * @csspart legend - The legend of a chart.
 * @csspart table - The detail table.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-chart-1 - First series (standard).
 * @cssproperty --asn-chart-2 - Second series (actual).
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Errors.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 */
export class AsnCompetencyGap extends DisplayElement<CompetencyGapData> {
  protected override get t(): ReturnType<typeof widgetMessages> {
    return widgetMessages(this.i18n.locale)
  }

  static override styles = [tokens, reportStyles]

  private readonly derive = new CompetencyGapController()

  protected read(input: unknown): Read<CompetencyGapData> {
    return checkCompetencyGap(input)
  }

  protected csvName(): string {
    return "kesenjangan-kompetensi"
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const t = this.t
    if (!data.group) {
      const m = data.matches[0]
      if (!m) return ""
      return toCsv([
        [t.competency, "id", t.requiredLevel, t.actualLevel, t.gap, t.jpm, t.status],
        ...m.rows.map((r) => [
          this.derive.name(data, r.competency),
          r.competency,
          r.required,
          r.individual ?? "",
          r.gap ?? "",
          r.jpm?.text ?? "",
          r.direction === null ? t.notAssessed : t.direction[r.direction]
        ])
      ])
    }
    return toCsv([
      [
        t.competency,
        "id",
        t.requiredLevel,
        t.meanLevel,
        t.direction.below,
        t.direction.meets,
        t.direction.above,
        t.notAssessed
      ],
      ...this.derive
        .group(data)
        .map((r) => [
          this.derive.name(data, r.competency),
          r.competency,
          r.required.join("-"),
          r.mean?.text ?? "",
          r.below,
          r.meets,
          r.above,
          r.notAssessed
        ])
    ])
  }

  private person(data: CompetencyGapData) {
    const t = this.t
    const m = data.matches[0]
    if (!m) return nothing
    const spec: ChartSpec = {
      id: "gap-chart",
      kind: "bar",
      title: t.levelChartTitle,
      description: t.gapChartDesc,
      categoryLabel: t.competency,
      categories: m.rows.map((r) => this.derive.name(data, r.competency)),
      series: [
        { label: t.requiredLevel, values: m.rows.map((r) => r.required), texts: m.rows.map((r) => String(r.required)) },
        {
          label: t.actualLevel,
          values: m.rows.map((r) => r.individual),
          texts: m.rows.map((r) => (r.individual === null ? t.notAssessed : this.dec(String(r.individual))))
        }
      ],
      min: 0,
      max: 5
    }
    return html`<p part="jpm">
        <strong>${m.position}</strong>:
        ${
          m.total.status === "incomplete"
            ? t.jpmIncomplete(m.total.notAssessed.map((c) => this.derive.name(data, c)).join(", "))
            : html`${t.jpmTotal(this.dec(m.total.category.score.text), m.total.category.label)}
              ${
                m.rows.some((r) => r.direction === "below")
                  ? html`<span part="jpm-cue" class="warning">${t.jpmBelowCue(m.rows.filter((r) => r.direction === "below").length)}</span>`
                  : nothing
              }
              ${
                m.total.status === "partial"
                  ? html`<span class="muted">${t.jpmPartial(m.total.excluded.map((c) => this.derive.name(data, c)).join(", "))}</span>`
                  : nothing
              }`
        }
      </p>
      ${chart(spec, this.chartTexts, this.charts.asTable(spec.id), this.charts.toggle, String, this.charts.width(spec.id))}
      <div class="table-wrap" tabindex="0">
        <table part="table">
          <caption>${t.gapPerCompetency}</caption>
          <thead>
            <tr>
              <th scope="col">${t.competency}</th>
              <th scope="col" class="num">${t.requiredLevel}</th>
              <th scope="col" class="num">${t.actualLevel}</th>
              <th scope="col" class="num">${t.gap}</th>
              <th scope="col" class="num">${t.jpm}</th>
              <th scope="col">${t.status}</th>
            </tr>
          </thead>
          <tbody>
            ${m.rows.map(
              (r) => html`<tr data-competency=${r.competency}>
                <th scope="row">${this.derive.name(data, r.competency)}</th>
                <td class="num">${r.required}</td>
                <td class="num">${r.individual === null ? t.noValue : this.dec(String(r.individual))}</td>
                <td class="num">${r.gap === null ? t.noValue : this.dec(r.gap)}</td>
                <td class="num">${r.jpm === null ? t.noValue : this.dec(r.jpm.text)}</td>
                <td>${r.direction === null ? t.notAssessed : t.direction[r.direction]}</td>
              </tr>`
            )}
          </tbody>
        </table>
      </div>`
  }

  private group(data: CompetencyGapData) {
    const t = this.t
    const rows = this.derive.group(data)
    const cats = categoryCounts(data.matches)
    const spec: ChartSpec = {
      id: "gap-chart",
      kind: "bar",
      title: t.levelChartTitleGroup,
      description: t.gapChartDesc,
      categoryLabel: t.competency,
      categories: rows.map((r) => this.derive.name(data, r.competency)),
      series: [
        {
          label: t.requiredLevel,
          values: rows.map((r) => r.required[r.required.length - 1] ?? null),
          texts: rows.map((r) => r.required.join("–"))
        },
        {
          label: t.meanLevel,
          values: rows.map((r) => r.mean?.value ?? null),
          texts: rows.map((r) => (r.mean ? this.dec(r.mean.text) : t.notAssessed))
        }
      ],
      min: 0,
      max: 5
    }
    return html`<p part="jpm">${t.groupOf(data.matches.length)}</p>
      <div class="table-wrap" tabindex="0">
        <table>
          <caption>${t.jpmCategories}</caption>
          <thead>
            <tr><th scope="col">${t.jpm}</th><th scope="col" class="num">${t.count}</th></tr>
          </thead>
          <tbody>
            ${cats.categories.map(([label, n]) => html`<tr><th scope="row">${label}</th><td class="num">${n}</td></tr>`)}
            ${cats.incomplete > 0 ? html`<tr><th scope="row">${t.notAssessed}</th><td class="num">${cats.incomplete}</td></tr>` : nothing}
          </tbody>
        </table>
      </div>
      ${chart(spec, this.chartTexts, this.charts.asTable(spec.id), this.charts.toggle, String, this.charts.width(spec.id))}
      <div class="table-wrap" tabindex="0">
        <table part="table">
          <caption>${t.perCompetency}</caption>
          <thead>
            <tr>
              <th scope="col">${t.competency}</th>
              <th scope="col" class="num">${t.requiredLevel}</th>
              <th scope="col" class="num">${t.meanLevel}</th>
              <th scope="col" class="num">${t.direction.below}</th>
              <th scope="col" class="num">${t.direction.meets}</th>
              <th scope="col" class="num">${t.direction.above}</th>
              <th scope="col" class="num">${t.notAssessed}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-competency=${r.competency}>
                <th scope="row">${this.derive.name(data, r.competency)}</th>
                <td class="num">${r.required.join("–")}</td>
                <td class="num">${r.mean ? this.dec(r.mean.text) : t.noValue}</td>
                <td class="num">${r.below}</td>
                <td class="num">${r.meets}</td>
                <td class="num">${r.above}</td>
                <td class="num">${r.notAssessed}</td>
              </tr>`
            )}
          </tbody>
        </table>
      </div>`
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as CompetencyGapData
    return html`<div part="base">
      <div part="header" class="header">
        <h2 part="title">${this.label || this.t.competencyTitle}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      ${data.group ? this.group(data) : this.person(data)}
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-competency-gap": AsnCompetencyGap
  }
}
