/**
 * A table whose body is virtualised by a {@link VirtualController}: a focusable scrolling region (keyboard users
 * scroll it with the arrow keys), a sticky header, `aria-rowcount`/`aria-rowindex` so assistive technology knows the
 * full size, and spacer rows keeping the scroll height.
 *
 * @internal
 */
import { html, nothing, type TemplateResult } from "lit"
import type { VirtualController } from "./virtual-list.js"

export interface Column {
  readonly label: string
  readonly numeric?: boolean
}

export const virtualTable = <R>(o: {
  readonly id: string
  readonly caption: string
  readonly columns: ReadonlyArray<Column>
  readonly rows: ReadonlyArray<R>
  readonly cells: (row: R) => ReadonlyArray<string | TemplateResult>
  readonly controller: VirtualController
}): TemplateResult => {
  const w = o.controller.window(o.rows.length)
  const n = o.columns.length
  const short = o.rows.length <= 9
  return html`<div
    part="list"
    class=${short ? "scroller short" : "scroller"}
    id=${o.id}
    tabindex="0"
    role="region"
    aria-label=${o.caption}
    @scroll=${o.controller.onScroll}
  >
    <table aria-rowcount=${o.rows.length + 1}>
      <thead>
        <tr aria-rowindex="1">
          ${o.columns.map((c) => html`<th scope="col" class=${c.numeric ? "num" : ""}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${w.before > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${n} style="height:${w.before}px"></td></tr>` : nothing}
        ${o.rows.slice(w.start, w.end).map(
          (row, i) => html`<tr aria-rowindex=${w.start + i + 2}>
            ${o
              .cells(row)
              .map((cell, c) =>
                c === 0
                  ? html`<th scope="row">${cell}</th>`
                  : html`<td class=${o.columns[c]?.numeric ? "num" : ""}>${cell}</td>`
              )}
          </tr>`
        )}
        ${w.after > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${n} style="height:${w.after}px"></td></tr>` : nothing}
      </tbody>
    </table>
  </div>`
}
