import { css, html, nothing } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement, personLabel } from "../../internal/display.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { checkRemediationPlan, overdue, type RemediationPlanData, stageOf } from "./remediation-plan.controller.js"
import { type RemediationPlanMessages, remediationPlanMessages } from "./remediation-plan.messages.js"

/**
 * @tagname asn-remediation-plan
 * @summary A coaching or counselling plan (rencana pembinaan) from assignment to closing or escalation: its stage,
 * dates, konselor, evidence against what closing requires, and who did each step.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): core's
 * `Mentoring.ManagedPlan`, optionally `label`, `requiredEvidence`, `names` and `asOf`.
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart stages - The stage list.
 * @csspart summary - Employee, type, konselor and dates.
 * @csspart evidence - The evidence checklist.
 * @csspart log - The step history.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons and the current stage.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Overdue and missing evidence.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-space - Base spacing.
 */
export class AsnRemediationPlan extends DisplayElement<RemediationPlanData> {
  static override styles = [
    tokens,
    reportStyles,
    css`
      ol.stages {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      ol.stages li[aria-current] {
        font-weight: 700;
      }
      dl {
        grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
      }
      dd {
        min-width: 0;
        overflow-wrap: anywhere;
      }
    `
  ]

  protected read(input: unknown): Read<RemediationPlanData> {
    return checkRemediationPlan(input)
  }

  protected csvName(): string {
    return "rencana-pembinaan"
  }

  private get m(): RemediationPlanMessages {
    return remediationPlanMessages(this.i18n.locale)
  }

  private who(data: RemediationPlanData, nip: string): string {
    return personLabel(data.names, nip)
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const m = this.m
    return toCsv([
      [m.date, m.step, m.by, "role"],
      ...data.plan.log.map((l, i) => [l.on, l.event, data.steps[i]?.by ?? "", data.steps[i]?.role ?? ""])
    ])
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as RemediationPlanData
    const { plan } = data
    const m = this.m
    const stage = stageOf(plan.status)
    const have = new Set(plan.evidence.map((e) => e.kind))
    const late = overdue(data)
    return html`<div part="base">
      <div part="header" class="header">
        <h2 part="title">${this.label || m.title}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <ol part="stages" class="stages" aria-label=${m.progress}>
        ${m.steps.map(
          (s, i) => html`<li aria-current=${i === stage ? "step" : nothing}>
            ${i === 3 && plan.status === "escalated" ? m.statuses.escalated : s}
          </li>`
        )}
      </ol>
      <dl part="summary">
        <dt>${m.employee}</dt>
        <dd>${this.who(data, plan.employee)}</dd>
        <dt>${m.type}</dt>
        <dd>${data.label ?? plan.type} <span class="badge">${m.statuses[plan.status]}</span></dd>
        ${data.konselor === null ? nothing : html`<dt>${m.konselor}</dt><dd>${this.who(data, data.konselor)}</dd>`}
        <dt>${m.assignedOn}</dt>
        <dd>${plan.assignedOn}</dd>
        <dt>${m.deadline}</dt>
        <dd>${plan.deadline} ${late ? html`<strong class="warning" role="status">${m.overdue}</strong>` : nothing}</dd>
        <dt>${m.followUpOn}</dt>
        <dd>${plan.followUpOn}</dd>
      </dl>
      ${plan.reEvaluation ? html`<p>${m.reEvaluation(plan.reEvaluation.result, plan.reEvaluation.on)}</p>` : nothing}
      ${plan.escalatedTo ? html`<p>${m.escalatedTo(plan.escalatedTo)}</p>` : nothing}
      <section aria-labelledby="evidence-h">
        <h3 id="evidence-h">${m.evidenceHeading}</h3>
        ${
          data.requiredEvidence && data.requiredEvidence.length > 0
            ? html`<p>${m.evidenceRequired}:</p>
                <ul part="evidence">
                  ${data.requiredEvidence.map(
                    (k) => html`<li data-kind=${k} data-present=${String(have.has(k))}>
                      ${k}: ${have.has(k) ? m.evidenceHave : html`<strong class="warning">${m.evidenceMissing}</strong>`}
                    </li>`
                  )}
                </ul>`
            : nothing
        }
        ${
          plan.evidence.length === 0
            ? html`<p>${m.noEvidence}</p>`
            : html`<div class="table-wrap" tabindex="0">
                <table>
                  <caption>${m.evidenceHeading}</caption>
                  <thead><tr><th scope="col">${m.date}</th><th scope="col">${m.kind}</th><th scope="col">${m.reference}</th></tr></thead>
                  <tbody>
                    ${plan.evidence.map((e) => html`<tr><th scope="row">${e.on}</th><td>${e.kind}</td><td>${e.reference}</td></tr>`)}
                  </tbody>
                </table>
              </div>`
        }
      </section>
      <section aria-labelledby="log-h">
        <h3 id="log-h">${m.logHeading}</h3>
        <div class="table-wrap" tabindex="0">
          <table part="log">
            <caption>${m.logHeading}</caption>
            <thead><tr><th scope="col">${m.date}</th><th scope="col">${m.step}</th><th scope="col">${m.by}</th></tr></thead>
            <tbody>
              ${plan.log.map((l, i) => {
                const step = data.steps[i]
                return html`<tr>
                  <th scope="row">${l.on}</th>
                  <td>${l.event} → ${m.statuses[l.to]}</td>
                  <td>${step ? `${this.who(data, step.by)} (${step.role})` : this.t.noValue}</td>
                </tr>`
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-remediation-plan": AsnRemediationPlan
  }
}
