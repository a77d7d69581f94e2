/**
 * A small virtual list: only the rows in (and just around) the visible window of a scrolling container are in the
 * DOM, with spacers above and below keeping the scroll height. Rows have a fixed height. While the page prints, every
 * row is rendered so paper gets the whole list.
 *
 * @internal
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/** The rows to render and the space to leave above and below them. */
export interface Window {
  readonly start: number
  readonly end: number
  readonly before: number
  readonly after: number
}

/**
 * The window of rows for a scroll position: `[start, end)` covers the viewport plus `overscan` rows on each side,
 * clamped to `[0, count]`; `before` and `after` are the heights of the rows left out.
 */
export const windowOf = (o: {
  readonly scrollTop: number
  readonly viewport: number
  readonly rowHeight: number
  readonly count: number
  readonly overscan: number
}): Window => {
  const first = Math.floor(Math.max(0, o.scrollTop) / o.rowHeight)
  const visible = Math.ceil(Math.max(0, o.viewport) / o.rowHeight) + 1
  const start = Math.max(0, Math.min(o.count, first - o.overscan))
  const end = Math.max(start, Math.min(o.count, first + visible + o.overscan))
  return { start, end, before: start * o.rowHeight, after: (o.count - end) * o.rowHeight }
}

/** Tracks one scrolling container and gives the window to render. */
export class VirtualController implements ReactiveController {
  readonly rowHeight: number
  readonly overscan: number
  private scrollTop = 0
  private viewport: number
  private printing = false
  private frame = 0
  private readonly host: ReactiveControllerHost
  private readonly print = typeof matchMedia === "function" ? matchMedia("print") : undefined
  private readonly onPrint = (e: MediaQueryListEvent) => {
    this.printing = e.matches
    this.host.requestUpdate()
  }

  constructor(host: ReactiveControllerHost, options: { rowHeight: number; viewport: number; overscan?: number }) {
    this.host = host
    this.rowHeight = options.rowHeight
    this.viewport = options.viewport
    this.overscan = options.overscan ?? 8
    host.addController(this)
  }

  hostConnected(): void {
    this.print?.addEventListener("change", this.onPrint)
  }

  hostDisconnected(): void {
    this.print?.removeEventListener("change", this.onPrint)
    cancelAnimationFrame(this.frame)
  }

  /** The scroll listener to put on the container. */
  readonly onScroll = (e: Event): void => {
    const el = e.currentTarget as HTMLElement // captured now: currentTarget is null once dispatch ends
    cancelAnimationFrame(this.frame)
    this.frame = requestAnimationFrame(() => {
      const moved = Math.abs(el.scrollTop - this.scrollTop) >= this.rowHeight || el.clientHeight !== this.viewport
      this.scrollTop = el.scrollTop
      if (el.clientHeight > 0) this.viewport = el.clientHeight
      if (moved) this.host.requestUpdate()
    })
  }

  /** Back to the top (after a filter change). */
  reset(container: HTMLElement | null | undefined): void {
    this.scrollTop = 0
    if (container) container.scrollTop = 0
  }

  /** The window for `count` rows. */
  window(count: number): Window {
    if (this.printing) return { start: 0, end: count, before: 0, after: 0 }
    return windowOf({
      scrollTop: this.scrollTop,
      viewport: this.viewport,
      rowHeight: this.rowHeight,
      count,
      overscan: this.overscan
    })
  }
}
