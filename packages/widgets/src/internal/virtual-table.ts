/**
 * A table whose body is virtualised by a {@link VirtualController}: a focusable scrolling region (keyboard users
 * scroll it with the arrow keys), a sticky header, `aria-rowcount`/`aria-rowindex` so assistive technology knows the
 * full size, and spacer rows keeping the scroll height. The spacers' heights are set through the CSSOM (the `height`
 * directive below), never as a `style` attribute (which Lit's `styleMap` writes on its first render), so under a
 * strict `style-src 'self'` policy the whole list stays reachable.
 *
 * @internal
 */
import { type ElementPart, html, noChange, nothing, type TemplateResult } from "lit"
import { Directive, directive, type PartInfo, PartType } from "lit/directive.js"
import type { VirtualController } from "./virtual-list.js"

/** Sets an element's height through `element.style` (the CSSOM), which a strict CSP allows. */
class HeightDirective extends Directive {
  constructor(part: PartInfo) {
    super(part)
    if (part.type !== PartType.ELEMENT) throw new Error("height() belongs on an element")
  }
  render(_px: number) {
    return noChange
  }
  override update(part: ElementPart, [px]: [number]) {
    ;(part.element as HTMLElement).style.height = `${px}px`
    return noChange
  }
}
const height = directive(HeightDirective)

/** What stands in for a list that has no rows, or that the data does not carry. */
export const emptyNote = (id: string, text: string): TemplateResult =>
  html`<p part="empty" class="empty" id=${id}>${text}</p>`

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
  /** Said instead of an empty table (a table with only its header row reads as broken). */
  readonly empty: string
}): TemplateResult => {
  if (o.rows.length === 0) return emptyNote(o.id, o.empty)
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
        ${w.before > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${n} ${height(w.before)}></td></tr>` : nothing}
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
        ${w.after > 0 ? html`<tr class="spacer" aria-hidden="true"><td colspan=${n} ${height(w.after)}></td></tr>` : nothing}
      </tbody>
    </table>
  </div>`
}
