/**
 * An accessible SVG chart shared by the display widgets: horizontal grouped bars or lines over periods.
 *
 * - The `<svg>` has `role="img"` with a `<title>` and a `<desc>`; a toggle button switches to a real data table
 *   (`<table>` with a caption and header cells), which screen-reader users and printouts get as well.
 * - Meaning never rests on colour: every bar carries its value as text and a fill pattern per series (solid,
 *   hatched, dotted, cross-hatched, striped); every line has its own dash and marker shape; the legend repeats both.
 *
 * Layout is pure ({@link barLayout}, {@link lineLayout}, tested); {@link chart} renders it.
 *
 * @internal
 */
import { html, nothing, svg, type TemplateResult } from "lit"

/** One series: a label, a value per category (`null` = no value), and the text to show for each value. */
export interface ChartSeries {
  readonly label: string
  readonly values: ReadonlyArray<number | null>
  readonly texts: ReadonlyArray<string>
}

/** What to draw. `id` must be unique within the widget's shadow root. */
export interface ChartSpec {
  readonly id: string
  readonly kind: "bar" | "line"
  readonly title: string
  readonly description: string
  /** Header of the category column in the data table. */
  readonly categoryLabel: string
  readonly categories: ReadonlyArray<string>
  readonly series: ReadonlyArray<ChartSeries>
  /** The value axis; `min` defaults to 0, `max` to the largest value. */
  readonly min?: number
  readonly max?: number
  /** The title is the heading of its section (an `<h3>` in the caption), so that the section needs no other. */
  readonly heading?: boolean
}

/** Texts of the chart's own controls. */
export interface ChartTexts {
  readonly showTable: string
  readonly showChart: string
  readonly noValue: string
}

/** The default drawing width; a widget passes the width its chart is shown at, so text is drawn at its CSS size. */
export const WIDTH = 640
/** The narrowest drawing: below it the chart scales down (a phone is wider than this). */
export const MIN_WIDTH = 240
const LABEL = 20
const BAR = 18
const GAP = 10
const LEFT = 4
const VALUE_ROOM = 104

/** Approximate advance of one character of 13 px chart text (bold labels are the widest). */
const CHAR = 7.8
const LINE = 16

/** A label split at spaces into lines of at most `chars` characters (a longer word stays whole on its line). */
export const wrapLabel = (label: string, chars: number): ReadonlyArray<string> => {
  const lines: string[] = []
  let line = ""
  for (const word of label.split(/\s+/).filter((w) => w !== "")) {
    if (line === "") line = word
    else if (line.length + 1 + word.length <= chars) line = `${line} ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line)
  return lines
}

/** One bar. */
export interface BarRect {
  readonly series: number
  readonly category: number
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
  readonly text: string
}

const extent = (spec: ChartSpec): { min: number; max: number } => {
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null))
  const min = spec.min ?? 0
  const max = spec.max ?? Math.max(min + 1, ...values)
  return { min, max: max > min ? max : min + 1 }
}

/** The bars, band by band: a category label line, then one bar per series. */
export const barLayout = (
  spec: ChartSpec,
  width: number = WIDTH
): {
  readonly height: number
  readonly bars: ReadonlyArray<BarRect>
  readonly labels: ReadonlyArray<number>
  /** Each category label in lines that fit the width. */
  readonly lines: ReadonlyArray<ReadonlyArray<string>>
} => {
  const { min, max } = extent(spec)
  const span = width - LEFT - VALUE_ROOM
  const chars = Math.max(8, Math.floor((width - LEFT) / CHAR))
  const lines = spec.categories.map((c) => wrapLabel(c, chars))
  const bars: Array<BarRect> = []
  const labels: Array<number> = []
  let top = 0
  spec.categories.forEach((_, c) => {
    const extra = ((lines[c]?.length ?? 1) - 1) * LINE
    labels.push(top + LABEL - 5)
    const barsTop = top + extra
    spec.series.forEach((s, i) => {
      const v = s.values[c]
      if (v === null || v === undefined) return
      const clamped = Math.min(max, Math.max(min, v))
      bars.push({
        series: i,
        category: c,
        x: LEFT,
        y: barsTop + LABEL + i * BAR,
        width: Math.max(1, ((clamped - min) / (max - min)) * span),
        height: BAR - 3,
        text: s.texts[c] ?? ""
      })
    })
    top += extra + LABEL + spec.series.length * BAR + GAP
  })
  return { height: Math.max(top, LABEL + spec.series.length * BAR + GAP), bars, labels, lines }
}

/** Points of each line and the axis ticks. */
export const lineLayout = (
  spec: ChartSpec,
  height = 220,
  width: number = WIDTH
): {
  readonly height: number
  readonly points: ReadonlyArray<ReadonlyArray<{ x: number; y: number; text: string; category: number }>>
  readonly xs: ReadonlyArray<number>
  readonly ticks: ReadonlyArray<{ y: number; value: number }>
  /** Per category: its label's row (0 or 1, staggered when labels would touch), or `null` when left out. */
  readonly labelRows: ReadonlyArray<0 | 1 | null>
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number }
} => {
  const { min, max } = extent(spec)
  // room for the first and last category label (centred on their point) inside the drawing
  const plot = { left: 52, right: width - 32, top: 20, bottom: height - 40 }
  const n = spec.categories.length
  const xs = spec.categories.map((_, i) =>
    n <= 1 ? (plot.left + plot.right) / 2 : plot.left + (i * (plot.right - plot.left)) / (n - 1)
  )
  const y = (v: number) =>
    plot.bottom - ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (plot.bottom - plot.top)
  const points = spec.series.map((s) =>
    s.values.flatMap((v, i) =>
      v === null ? [] : [{ x: xs[i] ?? plot.left, y: y(v), text: s.texts[i] ?? "", category: i }]
    )
  )
  const ticks = [0, 0.5, 1].map((f) => {
    const value = min + f * (max - min)
    return { y: y(value), value }
  })
  // labels are centred on their point: staggered on two rows when neighbours would touch, thinned out beyond that
  const step = n <= 1 ? Number.POSITIVE_INFINITY : (plot.right - plot.left) / (n - 1)
  const widest = Math.max(0, ...spec.categories.map((c) => c.length * CHAR)) + 8
  const every = step >= widest ? 1 : 2 * step >= widest ? 1 : Math.ceil(widest / (2 * step))
  const stagger = step < widest
  const labelRows = spec.categories.map((_, i): 0 | 1 | null =>
    i % every !== 0 && i !== n - 1 ? null : stagger ? (((i / every) | 0) % 2 === 0 ? 0 : 1) : 0
  )
  return { height: stagger ? height + LINE : height, points, xs, ticks, plot, labelRows }
}

const DASH = ["", "6 4", "2 3", "10 3 2 3", "1 6"]

const marker = (i: number, x: number, y: number) => {
  switch (i % 5) {
    case 0:
      return svg`<circle cx=${x} cy=${y} r="4.5" class="marker s${i % 5}"></circle>`
    case 1:
      return svg`<rect x=${x - 4} y=${y - 4} width="8" height="8" class="marker s${i % 5}"></rect>`
    case 2:
      return svg`<path d="M${x} ${y - 5.5}L${x + 5} ${y + 4}L${x - 5} ${y + 4}Z" class="marker s${i % 5}"></path>`
    case 3:
      return svg`<path d="M${x} ${y - 5.5}L${x + 5.5} ${y}L${x} ${y + 5.5}L${x - 5.5} ${y}Z" class="marker s${i % 5}"></path>`
    default:
      return svg`<path d="M${x - 4.5} ${y - 4.5}L${x + 4.5} ${y + 4.5}M${x + 4.5} ${y - 4.5}L${x - 4.5} ${y + 4.5}" class="marker cross s${i % 5}"></path>`
  }
}

const patterns = (id: string, count: number) =>
  svg`<defs>${Array.from({ length: count }, (_, i) => {
    const k = i % 5
    const pid = `${id}-p${i}`
    return svg`<pattern id=${pid} patternUnits="userSpaceOnUse" width="8" height="8">
      <rect width="8" height="8" class="pattern-bg s${k}"></rect>
      ${
        k === 1
          ? svg`<path d="M-2 2L2 -2M0 8L8 0M6 10L10 6" class="pattern-ink"></path>`
          : k === 2
            ? svg`<circle cx="4" cy="4" r="1.6" class="pattern-dot"></circle>`
            : k === 3
              ? svg`<path d="M0 0L8 8M8 0L0 8" class="pattern-ink"></path>`
              : k === 4
                ? svg`<path d="M0 4H8" class="pattern-ink"></path>`
                : nothing
      }
    </pattern>`
  })}</defs>`

const legend = (spec: ChartSpec) =>
  spec.series.length < 2
    ? nothing
    : html`<ul part="legend" class="legend">
        ${spec.series.map(
          (s, i) => html`<li>
            <svg width="28" height="14" aria-hidden="true" focusable="false">
              ${
                spec.kind === "bar"
                  ? svg`${patterns(`${spec.id}-l${i}`, i + 1)}<rect width="28" height="14" fill=${`url(#${spec.id}-l${i}-p${i})`} class="bar-edge"></rect>`
                  : svg`<path d="M0 7H28" class=${`line s${i % 5}`} stroke-dasharray=${DASH[i % 5] ?? ""}></path>${marker(i, 14, 7)}`
              }
            </svg>
            ${s.label}
          </li>`
        )}
      </ul>`

const bars = (spec: ChartSpec, width: number) => {
  const layout = barLayout(spec, width)
  return svg`${patterns(spec.id, spec.series.length)}
    ${spec.categories.map(
      (c, i) =>
        svg`<text x=${LEFT} y=${layout.labels[i] ?? 0} class="category">${(layout.lines[i] ?? [c]).map(
          (line, k) => svg`<tspan x=${LEFT} dy=${k === 0 ? 0 : LINE}>${line}</tspan>`
        )}</text>`
    )}
    ${layout.bars.map(
      (
        b
      ) => svg`<rect x=${b.x} y=${b.y} width=${b.width} height=${b.height} fill=${`url(#${spec.id}-p${b.series})`} class="bar-edge"></rect>
        <text x=${b.x + b.width + 4} y=${b.y + b.height - 2} class="value">${b.text}</text>`
    )}`
}

const lines = (spec: ChartSpec, format: (v: number) => string, width: number) => {
  const layout = lineLayout(spec, 220, width)
  return svg`
    ${layout.ticks.map(
      (t) => svg`<line x1=${layout.plot.left} x2=${layout.plot.right} y1=${t.y} y2=${t.y} class="grid"></line>
        <text x=${layout.plot.left - 6} y=${t.y + 4} class="tick" text-anchor="end">${format(t.value)}</text>`
    )}
    ${spec.categories.map((c, i) => {
      const row = layout.labelRows[i]
      return row === null || row === undefined
        ? nothing
        : svg`<text x=${layout.xs[i] ?? 0} y=${layout.plot.bottom + 20 + row * LINE} class="category" text-anchor="middle">${c}</text>`
    })}
    ${layout.points.map(
      (pts, i) => svg`<polyline points=${pts.map((p) => `${p.x},${p.y}`).join(" ")} class=${`line s${i % 5}`}
        stroke-dasharray=${DASH[i % 5] ?? ""}></polyline>
        ${pts.map((p) => marker(i, p.x, p.y))}
        ${
          spec.series.length === 1
            ? pts.map((p) => svg`<text x=${p.x} y=${p.y - 9} class="value" text-anchor="middle">${p.text}</text>`)
            : nothing
        }`
    )}`
}

/** The data table alternative. */
export const chartTable = (spec: ChartSpec, texts: ChartTexts, hidden = false) =>
  html`<table part="chart-table" id=${`${spec.id}-table`} class="chart-table" ?hidden=${hidden}>
    <caption>${spec.title}</caption>
    <thead>
      <tr>
        <th scope="col">${spec.categoryLabel}</th>
        ${spec.series.map((s) => html`<th scope="col">${s.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${spec.categories.map(
        (c, i) => html`<tr>
          <th scope="row">${c}</th>
          ${spec.series.map((s) => html`<td>${s.values[i] === null ? texts.noValue : (s.texts[i] ?? "")}</td>`)}
        </tr>`
      )}
    </tbody>
  </table>`

/**
 * Renders a chart (or its table, when `asTable`) with the toggle between them. `format` writes the value-axis ticks
 * of line charts; `width` is the width the chart is shown at (see {@link ChartToggles.width}), so that its text is
 * drawn at its CSS size rather than scaled down on a phone.
 */
export const chart = (
  spec: ChartSpec,
  texts: ChartTexts,
  asTable: boolean,
  onToggle: (id: string) => void,
  format: (v: number) => string = String,
  width: number = WIDTH
): TemplateResult => {
  const w = Math.max(MIN_WIDTH, Math.round(width))
  const height = spec.kind === "bar" ? barLayout(spec, w).height : lineLayout(spec, 220, w).height
  return html`<figure part="chart" class="chart" data-chart=${spec.id}>
    <div class="chart-head">
      <figcaption part="chart-title" id=${`${spec.id}-caption`}>
        ${spec.heading ? html`<h3 class="chart-heading">${spec.title}</h3>` : spec.title}
      </figcaption>
      <button
        part="toggle"
        type="button"
        class="toggle"
        aria-controls=${`${spec.id}-table`}
        aria-expanded=${asTable ? "true" : "false"}
        @click=${() => onToggle(spec.id)}
      >
        ${asTable ? texts.showChart : texts.showTable}
      </button>
    </div>
    <svg
      part="chart-svg"
      class="chart-svg"
      role="img"
      aria-labelledby=${`${spec.id}-title ${spec.id}-desc`}
      viewBox=${`0 0 ${w} ${height}`}
      ?hidden=${asTable}
    >
      <title id=${`${spec.id}-title`}>${spec.title}</title>
      <desc id=${`${spec.id}-desc`}>${spec.description}</desc>
      ${spec.kind === "bar" ? bars(spec, w) : lines(spec, format, w)}
    </svg>
    ${asTable ? nothing : legend(spec)} ${chartTable(spec, texts, !asTable)}
  </figure>`
}

/** Which charts of a widget are shown as tables, and the width each chart is shown at. */
export class ChartToggles {
  private readonly tables = new Set<string>()
  private readonly widths = new Map<string, number>()
  /** The measured width of chart `id` (its figure's content box, at most 48rem), {@link WIDTH} until measured. */
  width(id: string): number {
    return this.widths.get(id) ?? WIDTH
  }
  /** Records a measured width; true when it changed enough to draw again. */
  measured(id: string, width: number): boolean {
    const w = Math.floor(Math.min(width, 768))
    if (w <= 0 || Math.abs((this.widths.get(id) ?? -10) - w) < 2) return false
    this.widths.set(id, w)
    return true
  }
  private readonly update: () => void
  constructor(update: () => void) {
    this.update = update
  }
  asTable(id: string): boolean {
    return this.tables.has(id)
  }
  readonly toggle = (id: string): void => {
    if (this.tables.has(id)) this.tables.delete(id)
    else this.tables.add(id)
    this.update()
  }
}
