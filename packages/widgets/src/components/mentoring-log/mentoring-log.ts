import type { Result } from "effect"
import { css, html, nothing } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement, personLabel } from "../../internal/display.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { formatNumber } from "../../number.js"
import { type MentoringLogData, readMentoringLog } from "./mentoring-log.controller.js"
import { type MentoringLogMessages, mentoringLogMessages } from "./mentoring-log.messages.js"

/**
 * @tagname asn-mentoring-log
 * @summary A new ASN's mentoring from assignment to assessment: mentee and mentor, the period, the sessions (topic,
 * date, outcome) against the minimum, and the end assessment.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): `{ pair }` with core's
 * `Mentoring.Pair`, optionally `names` (`{ [nip]: name }`) and `minSessions`.
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart summary - Mentee, mentor, period and status.
 * @csspart sessions - The sessions table.
 * @csspart assessment - The end assessment.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-space - Base spacing.
 */
export class AsnMentoringLog extends DisplayElement<MentoringLogData> {
  static override styles = [
    tokens,
    reportStyles,
    css`
      dl {
        grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      }
      dd {
        min-width: 0;
        overflow-wrap: anywhere;
      }
    `
  ]

  protected read(input: unknown): Result.Result<MentoringLogData, ReadonlyArray<string>> {
    return readMentoringLog(input)
  }

  protected csvName(): string {
    return "catatan-mentoring"
  }

  private get m(): MentoringLogMessages {
    return mentoringLogMessages(this.i18n.locale)
  }

  private who(data: MentoringLogData, nip: string): string {
    return personLabel(data.names, nip)
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const m = this.m
    return toCsv([
      [m.date, m.topic, m.outcome, m.mentor, m.minutes],
      ...data.pair.sessions.map((s) => [s.on, s.topic, s.outcome, s.mentor, s.minutes ?? ""])
    ])
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as MentoringLogData
    const { pair } = data
    const m = this.m
    const t = this.t
    return html`<div part="base">
      <div part="header" class="header">
        <h2 part="title">${this.label || m.title}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <dl part="summary">
        <dt>${m.mentee}</dt>
        <dd>${this.who(data, pair.mentee)} — ${m.menteeStatus[pair.menteeStatus]}</dd>
        <dt>${m.mentor}</dt>
        <dd>
          ${this.who(data, pair.mentor)}
          ${
            pair.mentors.length > 1
              ? html`<span class="muted">${m.mentorChanged(pair.mentors.map((x) => `${this.who(data, x.nip)} (${x.from})`).join(" → "))}</span>`
              : nothing
          }
        </dd>
        <dt>${m.period}</dt>
        <dd>${pair.from} – ${pair.until}</dd>
        <dt>${t.status}</dt>
        <dd><span class="badge" data-status=${pair.status}>${m.statuses[pair.status]}</span></dd>
      </dl>
      <section aria-labelledby="sessions-h">
        <h3 id="sessions-h">${m.sessionsHeading}</h3>
        <p>${m.sessionsCount(pair.sessions.length, data.minSessions ?? null)}</p>
        ${
          pair.sessions.length === 0
            ? html`<p>${m.noSessions}</p>`
            : html`<div class="table-wrap" tabindex="0">
                <table part="sessions">
                  <caption>${m.sessionsHeading}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${m.date}</th>
                      <th scope="col">${m.topic}</th>
                      <th scope="col">${m.outcome}</th>
                      <th scope="col">${m.mentor}</th>
                      <th scope="col" class="num">${m.minutes}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${pair.sessions.map(
                      (s) => html`<tr>
                        <th scope="row">${s.on}</th>
                        <td>${s.topic}</td>
                        <td>${s.outcome}</td>
                        <td>${this.who(data, s.mentor)}</td>
                        <td class="num">${s.minutes === null ? t.noValue : formatNumber(s.minutes, this.i18n.locale)}</td>
                      </tr>`
                    )}
                  </tbody>
                </table>
              </div>`
        }
      </section>
      <section aria-labelledby="assess-h">
        <h3 id="assess-h">${m.assessmentHeading}</h3>
        <p part="assessment">
          ${
            pair.assessment === null
              ? m.noAssessment
              : html`${m.assessment(formatNumber(pair.assessment.score, this.i18n.locale), pair.assessment.passed)}
                (${pair.assessment.on})${pair.assessment.note ? html` — ${pair.assessment.note}` : nothing}`
          }
        </p>
      </section>
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-mentoring-log": AsnMentoringLog
  }
}
