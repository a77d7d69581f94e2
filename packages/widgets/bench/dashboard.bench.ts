/**
 * `<asn-unit-dashboard>` with 10,000 employees in Chromium: first render and a filter change, beside a plain baseline
 * (a hand-written DOM render of the same employee table, every row). Records come from real core evaluations
 * (national policy), built once before the benchmarks. Timings are reported, never asserted.
 */
import "../src/define/asn-unit-dashboard.js"
import { bench, describe } from "vitest"
import type { AsnUnitDashboard } from "../src/components/unit-dashboard/unit-dashboard.js"
import type { DashboardRecord } from "../src/components/unit-dashboard/unit-dashboard.model.js"
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

let table: HTMLTableElement | undefined
const plainTable = (rows: ReadonlyArray<DashboardRecord>) => {
  table?.remove()
  const t = document.createElement("table")
  const body = t.createTBody()
  for (const r of rows) {
    const tr = body.insertRow()
    for (const v of [r.name ?? r.employee, r.unit, r.jabatan, r.predikat, r.score ?? "—"])
      tr.insertCell().textContent = v
  }
  document.body.append(t)
  t.getBoundingClientRect()
  table = t
}

describe("unit dashboard, 10,000 employees: first render", () => {
  bench("<asn-unit-dashboard> (virtualised)", mountDashboard, { time: 2000, teardown: () => dashboard?.remove() })
  bench("plain DOM table of the same rows (baseline)", () => plainTable(records), {
    time: 2000,
    teardown: () => table?.remove()
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
  bench(
    "plain DOM table re-render with the filter (baseline)",
    () => {
      const unit = j++ % 2 === 0 ? units[1] : undefined
      plainTable(unit ? records.filter((r) => r.unit === unit) : records)
    },
    { time: 2000, teardown: () => table?.remove() }
  )
})
