import { css, html, nothing } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { checkForumMinutes, type ForumMinutesData, isOverdue } from "./forum-minutes.controller.js"
import { type ForumMinutesMessages, forumMinutesMessages } from "./forum-minutes.messages.js"

/**
 * @tagname asn-forum-minutes
 * @summary Minutes of a citizen forum or public dialogue: date, place, participants, the issues raised with the
 * commitments made (owner, due date, follow-up status, overdue), and the "masukan ditindaklanjuti" share.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): `{ minutes, commitments }`
 * from core's `Forum` record, optionally `followUp` (`Forum.followUp` with `percent` as text) and `names`.
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The title.
 * @csspart summary - Kind, date and place.
 * @csspart follow-up - The follow-up share.
 * @csspart participants - The participant list.
 * @csspart commitments - The issues and commitments table.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Overdue commitments.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-space - Base spacing.
 */
export class AsnForumMinutes extends DisplayElement<ForumMinutesData> {
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
      ul[part~="participants"] {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
    `
  ]

  protected read(input: unknown): Read<ForumMinutesData> {
    return checkForumMinutes(input)
  }

  protected csvName(): string {
    return "notulen-forum"
  }

  private get m(): ForumMinutesMessages {
    return forumMinutesMessages(this.i18n.locale)
  }

  private who(data: ForumMinutesData, nip: string): string {
    const name = data.names?.[nip]
    return typeof name === "string" ? name : nip
  }

  toCsv(): string {
    const data = this.value
    if (!data) return ""
    const m = this.m
    const issue = (id: string) => data.minutes.issues.find((i) => i.id === id)?.text ?? id
    return toCsv([
      [m.issue, m.commitment, m.owner, m.due, this.t.status, "doneOn"],
      ...data.commitments.map((c) => [issue(c.issue), c.text, c.owner, c.due, c.status, c.doneOn ?? ""])
    ])
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const data = this.value as ForumMinutesData
    const m = this.m
    const t = this.t
    const asOf = data.followUp?.asOf
    const f = data.followUp
    return html`<div part="base">
      <div part="header" class="header">
        <h2 part="title">${this.label || m.title}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <p>${m.kinds[data.minutes.kind]}</p>
      <dl part="summary">
        <dt>${t.unit}</dt>
        <dd>${data.minutes.unit}</dd>
        <dt>${m.date}</dt>
        <dd>${data.minutes.date}</dd>
        <dt>${m.place}</dt>
        <dd>${data.minutes.place}</dd>
      </dl>
      ${
        f
          ? html`<p part="follow-up">
              ${f.percent === null ? m.followUpNone(f.asOf) : m.followUp(f.done, f.considered, this.dec(f.percent), f.asOf)}
            </p>`
          : nothing
      }
      <section aria-labelledby="participants-h">
        <h3 id="participants-h">${m.participantsHeading(data.minutes.participants.length)}</h3>
        <ul part="participants">
          ${data.minutes.participants.map((p) => html`<li>${p.name}${p.from ? html` <span class="muted">(${p.from})</span>` : nothing}</li>`)}
        </ul>
      </section>
      <section aria-labelledby="issues-h">
        <h3 id="issues-h">${m.issuesHeading}</h3>
        <div class="table-wrap" tabindex="0">
          <table part="commitments">
            <caption>${m.issuesHeading}</caption>
            <thead>
              <tr>
                <th scope="col">${m.issue}</th>
                <th scope="col">${m.commitment}</th>
                <th scope="col">${m.owner}</th>
                <th scope="col">${m.due}</th>
                <th scope="col">${t.status}</th>
              </tr>
            </thead>
            <tbody>
              ${data.minutes.issues.flatMap((issue) => {
                const list = data.commitments.filter((c) => c.issue === issue.id)
                if (list.length === 0) {
                  return [
                    html`<tr data-issue=${issue.id}><th scope="row">${issue.text}</th><td colspan="4">${m.noCommitment}</td></tr>`
                  ]
                }
                return list.map(
                  (
                    c
                  ) => html`<tr data-issue=${issue.id} data-commitment=${c.id} data-overdue=${String(isOverdue(c, asOf))}>
                    <th scope="row">${issue.text}</th>
                    <td>${c.text}</td>
                    <td>${this.who(data, c.owner)}</td>
                    <td>${c.due}</td>
                    <td>
                      ${m.statuses[c.status]}${c.doneOn ? ` (${c.doneOn})` : ""}
                      ${isOverdue(c, asOf) ? html`<strong class="warning">${m.overdue}</strong>` : nothing}
                    </td>
                  </tr>`
                )
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
    "asn-forum-minutes": AsnForumMinutes
  }
}
