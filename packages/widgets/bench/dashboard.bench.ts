/**
 * `<asn-unit-dashboard>` with 10,000 employees in Chromium: first render and a unit filter change, beside a plain
 * baseline that does the same visible work with hand-written DOM code: it derives the same view (the latest period,
 * the unit filter, the rows, the predikat counts and percentages, the rewards, remediation and training lists) and
 * renders the same virtualised tables the dashboard renders (the first 19 rows of each: a 384 px viewport of 40 px
 * rows plus 8 rows of overscan, as `windowOf` gives at the top, with a spacer row for the rest), the filters and the
 * distribution. It does not decode or validate its input, draw SVG charts or check the kurva guidelines with exact
 * arithmetic, which the dashboard does. Records come from real core evaluations (national policy), built once before
 * the benchmarks. Timings are reported, never asserted.
 */
import "../src/define/asn-unit-dashboard.js"
import { Quadrant } from "@pembinaan/core"
import { bench, describe } from "vitest"
import type { AsnUnitDashboard } from "../src/components/unit-dashboard/unit-dashboard.js"
import type { DashboardRecord } from "../src/components/unit-dashboard/unit-dashboard.model.js"
import { windowOf } from "../src/internal/virtual-list.js"
import { dashboardRecords, units } from "../test/fixtures.js"

const records = dashboardRecords(10_000, ["2026-Q4"], 0)
const data = { title: "Benchmark", records }

let dashboard: AsnUnitDashboard | undefined
const mountDashboard = async () => {
  dashboard?.remove()
  const el = document.createElement("asn-unit-dashboard")
  el.data = data
  document.body.append(el)
  await el.updateComplete
  el.getBoundingClientRect() // include layout
  dashboard = el
}

// ---------------------------------------------------------------------------------------------------------------
// the plain baseline: the same view, the same rendered rows, plain DOM
// ---------------------------------------------------------------------------------------------------------------

const ROW = 40
const VIEWPORT = 384

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag)
  if (text !== undefined) el.textContent = text
  return el
}

/** A scrolling table of `list` that renders only the rows a virtual list shows at the top, like `virtualTable`. */
const plainTable = <R>(
  caption: string,
  columns: ReadonlyArray<string>,
  list: ReadonlyArray<R>,
  cells: (r: R) => ReadonlyArray<string>
): HTMLElement => {
  const scroller = element("div")
  scroller.style.maxHeight = `${VIEWPORT}px`
  scroller.style.overflow = "auto"
  scroller.tabIndex = 0
  scroller.setAttribute("role", "region")
  scroller.setAttribute("aria-label", caption)
  const table = element("table")
  table.setAttribute("aria-rowcount", String(list.length + 1))
  const head = table.createTHead().insertRow()
  for (const c of columns) head.append(element("th", c))
  const body = table.createTBody()
  const w = windowOf({ scrollTop: 0, viewport: VIEWPORT, rowHeight: ROW, count: list.length, overscan: 8 })
  for (let i = w.start; i < w.end; i++) {
    const tr = body.insertRow()
    tr.setAttribute("aria-rowindex", String(i + 2))
    const values = cells(list[i] as R)
    values.forEach((v, c) => {
      tr.append(element(c === 0 ? "th" : "td", v))
    })
  }
  if (w.after > 0) {
    const spacer = body.insertRow().insertCell()
    spacer.colSpan = columns.length
    spacer.style.height = `${w.after}px`
  }
  scroller.append(table)
  return scroller
}

const select = (name: string, options: ReadonlyArray<string>, value: string, all?: string): HTMLElement => {
  const label = element("label", name)
  const s = element("select")
  s.name = name
  if (all !== undefined) s.append(new Option(all, "", false, value === ""))
  for (const o of options) s.append(new Option(o, o, false, o === value))
  label.append(s)
  return label
}

/** The filter options, computed once per data set (as the dashboard does when its data is set). */
const optionsOf = (all: ReadonlyArray<DashboardRecord>) => {
  const periods = new Set<string>()
  const units = new Set<string>()
  const jabatan = new Set<string>()
  for (const r of all) {
    periods.add(r.period)
    units.add(r.unit)
    jabatan.add(r.jabatan)
  }
  return { periods: [...periods].sort(), units: [...units].sort(), jabatan: [...jabatan].sort() }
}

let plain: HTMLElement | undefined
const plainDashboard = (all: ReadonlyArray<DashboardRecord>, unit: string, options = optionsOf(all)) => {
  plain?.remove()
  const period = options.periods.at(-1) ?? ""
  const rows: Array<DashboardRecord> = []
  const rewards: Array<DashboardRecord> = []
  const remediation: Array<DashboardRecord> = []
  const behind: Array<DashboardRecord> = []
  const counts = new Map<string, number>(Quadrant.predikats.map((p) => [p, 0]))
  for (const r of all) {
    if ((unit !== "" && r.unit !== unit) || r.period !== period) continue
    rows.push(r)
    counts.set(r.predikat, (counts.get(r.predikat) ?? 0) + 1)
    if (r.rewards.length > 0) rewards.push(r)
    if (r.remediation) remediation.push(r)
    if (r.jp && !r.jp.meets) behind.push(r)
  }
  const root = element("div")
  root.append(element("h2", "Benchmark"))
  const filters = element("fieldset")
  filters.append(
    select("unit", options.units, unit, "Semua unit"),
    select("period", options.periods, period),
    select("jabatan", options.jabatan, "", "Semua jabatan")
  )
  root.append(filters, element("p", `${rows.length} pegawai`))
  const bars = element("ul")
  for (const p of Quadrant.predikats) {
    const n = counts.get(p) ?? 0
    const percent = rows.length === 0 ? 0 : (n / rows.length) * 100
    const li = element("li", `${p}: ${n} (${percent.toFixed(2)}%)`)
    const bar = element("div")
    bar.style.width = `${percent}%`
    li.append(bar)
    bars.append(li)
  }
  root.append(
    bars,
    plainTable("Pegawai", ["Nama", "Unit", "Jabatan", "Predikat", "Nilai"], rows, (r) => [
      r.name ?? r.employee,
      r.unit,
      r.jabatan,
      r.predikat,
      r.score ?? "—"
    ]),
    plainTable("Penghargaan", ["Nama", "Unit", "Penghargaan"], rewards, (r) => [
      r.name ?? r.employee,
      r.unit,
      r.rewards.join(", ")
    ]),
    plainTable("Pembinaan", ["Nama", "Rencana", "Status", "Tenggat"], remediation, (r) => [
      r.name ?? r.employee,
      r.remediation?.type ?? "",
      r.remediation?.status ?? "",
      r.remediation?.deadline ?? ""
    ]),
    plainTable("Pelatihan", ["Nama", "Unit", "JP", "Kurang"], behind, (r) => [
      r.name ?? r.employee,
      r.unit,
      r.jp?.total ?? "",
      r.jp?.shortfall ?? ""
    ])
  )
  document.body.append(root)
  root.getBoundingClientRect() // include layout
  plain = root
}

describe("unit dashboard, 10,000 employees: first render", () => {
  bench("<asn-unit-dashboard> (virtualised)", mountDashboard, { time: 2000, teardown: () => dashboard?.remove() })
  bench("plain DOM, the same view and the same virtualised rows (baseline)", () => plainDashboard(records, ""), {
    time: 2000,
    teardown: () => plain?.remove()
  })
})

describe("unit dashboard, 10,000 employees: filter change (unit)", () => {
  let i = 0
  bench(
    "<asn-unit-dashboard> unit filter",
    async () => {
      const el = dashboard as AsnUnitDashboard
      el.unit = i++ % 2 === 0 ? (units[1] ?? "") : ""
      await el.updateComplete
      el.getBoundingClientRect()
    },
    { time: 2000, setup: mountDashboard, teardown: () => dashboard?.remove() }
  )
  let j = 0
  const options = optionsOf(records)
  bench(
    "plain DOM: the view derived again and re-rendered for the filter (baseline)",
    () => plainDashboard(records, j++ % 2 === 0 ? (units[1] ?? "") : "", options),
    { time: 2000, teardown: () => plain?.remove() }
  )
})
