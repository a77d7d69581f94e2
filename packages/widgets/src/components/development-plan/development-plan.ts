import { css, html, nothing } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { checkDevelopmentPlan, type DevelopmentPlanData } from "./development-plan.controller.js"
import { type DevelopmentPlanMessages, developmentPlanMessages } from "./development-plan.messages.js"

/**
 * @tagname asn-development-plan
 * @summary One employee's development plan: JP progress against the yearly minimum, competency gaps with the
 * recommended programmes (online first for a remote unit), and training enrolments.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): see
 * `DevelopmentPlanData`. All numbers come computed from core (`Development.yearly`, `Development.recommend`,
 * `Training`); the widget does no arithmetic.
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart jp - The JP progress section.
 * @csspart progress - The JP progress bar.
 * @csspart gaps - The gaps and recommendations.
 * @csspart enrolments - The enrolments table.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons and the progress bar.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Errors and shortfalls.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 */
export class AsnDevelopmentPlan extends DisplayElement<DevelopmentPlanData> {
  static override styles = [
    tokens,
    reportStyles,
    css`
      progress {
        inline-size: 100%;
        block-size: 1rem;
        accent-color: var(--asn-color-accent, #0b5cad);
      }
      ol {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
    `
  ]

  protected read(input: unknown): Read<DevelopmentPlanData> {
    return checkDevelopmentPlan(input)
  }

  protected csvName(): string {
    return "rencana-pengembangan"
  }

  private get m(): DevelopmentPlanMessages {
    return developmentPlanMessages(this.i18n.locale)
  }

  private num(text: string): string {
    return /^-?\d+(\.\d+)?$/.test(text) ? this.dec(text) : text
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const m = this.m
    return toCsv([
      [m.course, "id", m.dates, m.mode, this.t.status, m.jp],
      ...data.enrolments.map((e) => [
        e.title,
        e.course,
        `${e.start}/${e.end}`,
        e.online ? m.online : m.onsite,
        m.statuses[e.status],
        e.jp ?? ""
      ])
    ])
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as DevelopmentPlanData
    const m = this.m
    const t = this.t
    return html`<div part="base">
      <div part="header" class="header">
        <h2 part="title">${this.label || m.title}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <p>${data.employee.name ?? data.employee.nip}${data.employee.unit ? html` · ${data.employee.unit}` : nothing}</p>
      <section part="jp" aria-labelledby="jp-h">
        <h3 id="jp-h">${m.jpHeading(data.year)}</h3>
        <progress
          part="progress"
          aria-labelledby="jp-h"
          aria-valuetext=${m.jpProgress(this.dec(data.jp.total), String(data.jp.minimum))}
          max=${data.jp.minimum}
          .value=${Math.min(Number(data.jp.total), data.jp.minimum)}
        ></progress>
        <p>
          ${m.jpProgress(this.dec(data.jp.total), String(data.jp.minimum))} —
          ${data.jp.meets ? m.jpMet : html`<strong class="warning">${m.jpShort(this.num(data.jp.shortfall))}</strong>`}
        </p>
      </section>
      <section part="gaps" aria-labelledby="gaps-h">
        <h3 id="gaps-h">${m.gapsHeading}</h3>
        ${data.employee.remote ? html`<p class="muted">${m.remoteNote}</p>` : nothing}
        ${
          data.gaps.length === 0
            ? html`<p>${m.noGaps}</p>`
            : html`<div class="table-wrap" tabindex="0">
                <table>
                  <caption>${m.gapsHeading}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${m.competency}</th>
                      <th scope="col" class="num">${m.gap}</th>
                      <th scope="col">${m.recommended}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${data.gaps.map(
                      (g) => html`<tr data-competency=${g.competency}>
                        <th scope="row">${g.name ?? g.competency}</th>
                        <td class="num">${this.num(g.gap)}</td>
                        <td>
                          <ol>
                            ${g.suggestions.map(
                              (s) => html`<li data-form=${s.form}>
                                ${s.name}${s.online ? html` <span class="badge">${m.online}</span>` : nothing}
                                ${s.reasons.length > 0 ? html`<span class="muted">— ${s.reasons.join("; ")}</span>` : nothing}
                              </li>`
                            )}
                          </ol>
                        </td>
                      </tr>`
                    )}
                  </tbody>
                </table>
              </div>`
        }
      </section>
      <section aria-labelledby="enrol-h">
        <h3 id="enrol-h">${m.enrolmentsHeading}</h3>
        ${
          data.enrolments.length === 0
            ? html`<p>${m.noEnrolments}</p>`
            : html`<div class="table-wrap" tabindex="0">
                <table part="enrolments">
                  <caption>${m.enrolmentsHeading}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${m.course}</th>
                      <th scope="col">${m.dates}</th>
                      <th scope="col">${m.mode}</th>
                      <th scope="col">${t.status}</th>
                      <th scope="col" class="num">${m.jp}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${data.enrolments.map(
                      (e) => html`<tr data-course=${e.course}>
                        <th scope="row">${e.title}</th>
                        <td>${e.start === e.end ? e.start : `${e.start} – ${e.end}`}</td>
                        <td>${e.online ? m.online : m.onsite}</td>
                        <td>${m.statuses[e.status]}</td>
                        <td class="num">${e.jp === null ? t.noValue : this.dec(e.jp)}</td>
                      </tr>`
                    )}
                  </tbody>
                </table>
              </div>`
        }
      </section>
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-development-plan": AsnDevelopmentPlan
  }
}
