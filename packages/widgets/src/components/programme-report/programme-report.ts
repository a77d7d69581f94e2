import { html, nothing, type TemplateResult } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import {
  checkProgrammeReport,
  type EffectivenessView,
  type LevelView,
  minParticipants,
  type ProgrammeReportData
} from "./programme-report.controller.js"
import { type ProgrammeReportMessages, programmeReportMessages } from "./programme-report.messages.js"

/**
 * @tagname asn-programme-report
 * @summary Effectiveness of development programmes at the four Kirkpatrick levels, per programme and per partner,
 * with the sample-size caveat: a level measured on too few participants is marked not conclusive.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): core's
 * `TrainingEvaluation.effectivenessReport` result (`{ programmes, partners }`), optionally `ikm` (`{ value, mutu }`) shown as
 * the success indicator.
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart caveat - The sample-size caveat.
 * @csspart programmes - The per-programme table.
 * @csspart partners - The per-partner table.
 * @csspart ikm - The IKM success indicator.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Warnings.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 */
export class AsnProgrammeReport extends DisplayElement<ProgrammeReportData> {
  static override styles = [tokens, reportStyles]

  protected read(input: unknown): Read<ProgrammeReportData> {
    return checkProgrammeReport(input)
  }

  protected csvName(): string {
    return "efektivitas-program"
  }

  private get m(): ProgrammeReportMessages {
    return programmeReportMessages(this.i18n.locale)
  }

  private levelText(l: LevelView | undefined): string {
    const m = this.m
    if (l === undefined || l.n === 0) return m.noMeasure
    const body =
      l.level === 1 || l.level === 3
        ? m.mean(this.dec(l.mean?.text ?? "0"), l.n)
        : m.change(
            this.dec(l.before?.text ?? "0"),
            this.dec(l.after?.text ?? "0"),
            `${this.dec(l.change?.text ?? "0")}${l.direction ? `, ${m.direction[l.direction]}` : ""}`,
            l.n
          )
    return l.conclusive ? body : `${body} — ${m.inconclusive}`
  }

  private name(e: EffectivenessView): string {
    return e.item?.title ?? e.partner?.name ?? e.programme
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const m = this.m
    const rows = (kind: string, list: ReadonlyArray<EffectivenessView>) =>
      list.map((e) => [
        kind,
        this.name(e),
        e.programme,
        e.overall.participants,
        ...[1, 2, 3, 4].flatMap((k) => {
          const l = e.overall.levels.find((x) => x.level === k)
          return [l?.n ?? 0, l?.mean?.text ?? l?.change?.text ?? "", l?.conclusive ? "1" : "0"]
        })
      ])
    return toCsv([
      [
        "jenis",
        m.programme,
        "id",
        m.participants,
        ...m.levels.flatMap((name) => [`${name} n`, name, `${name} conclusive`])
      ],
      ...rows("program", data.programmes),
      ...rows("mitra", data.partners)
    ])
  }

  private table(part: string, heading: string, first: string, list: ReadonlyArray<EffectivenessView>): TemplateResult {
    const m = this.m
    const id = `${part}-h`
    return html`<section aria-labelledby=${id}>
      <h3 id=${id}>${heading}</h3>
      <div class="table-wrap" tabindex="0">
        <table part=${part}>
          <caption>${heading}</caption>
          <thead>
            <tr>
              <th scope="col">${first}</th>
              <th scope="col" class="num">${m.participants}</th>
              ${m.levels.map((l, i) => html`<th scope="col">${i + 1}. ${l}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${list.map(
              (e) => html`<tr data-id=${e.programme}>
                <th scope="row">
                  ${this.name(e)}
                  ${e.partner ? html`<span class="muted">(${m.partnerKinds[e.partner.kind]})</span>` : nothing}
                </th>
                <td class="num">${e.overall.participants}</td>
                ${[1, 2, 3, 4].map((k) => {
                  const l = e.overall.levels.find((x) => x.level === k)
                  return html`<td data-level=${k} data-conclusive=${String(l?.conclusive ?? false)}>${this.levelText(l)}</td>`
                })}
              </tr>`
            )}
          </tbody>
        </table>
      </div>
    </section>`
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as ProgrammeReportData
    const m = this.m
    const min = minParticipants(data)
    return html`<div part="base">
      <div part="header" class="header">
        <h2 part="title">${this.label || m.title}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      ${min === null ? html`<p>${m.none}</p>` : html`<p part="caveat" class="warning">${m.caveat(min)}</p>`}
      ${
        data.ikm
          ? html`<section aria-labelledby="ikm-h">
              <h3 id="ikm-h">${m.ikmHeading}</h3>
              <p part="ikm">
                ${m.ikm(this.dec(data.ikm.value), data.ikm.mutu ?? "")}
                ${data.ikm.unit ? html`<span class="muted">${data.ikm.unit}${data.ikm.period ? `, ${data.ikm.period}` : ""}</span>` : nothing}
              </p>
            </section>`
          : nothing
      }
      ${data.programmes.length > 0 ? this.table("programmes", m.byProgramme, m.programme, data.programmes) : nothing}
      ${data.partners.length > 0 ? this.table("partners", m.byPartner, m.partner, data.partners) : nothing}
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-programme-report": AsnProgrammeReport
  }
}
