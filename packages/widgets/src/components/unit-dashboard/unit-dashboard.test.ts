import "../../define/asn-unit-dashboard.js"
import { Distribution, Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, parts, type Source, text } from "../../../test/display.js"
import { dashboardRecords, ikm, rawRatings, units } from "../../../test/fixtures.js"
import { setLocale } from "../../locale.js"
import type { AsnUnitDashboard } from "./unit-dashboard.js"
import { derive, normalise, readDashboard } from "./unit-dashboard.model.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const records = dashboardRecords(60)
const data = {
  title: "Kota Contoh",
  organisation: "Baik",
  records,
  ikm: [
    { unit: "Disdukcapil", period: "2026-Q3", score: ikm(40) },
    { unit: "Dinas Kesehatan", period: "2026-Q3", score: ikm(3, 1) }
  ]
}

const bodyRows = (el: AsnUnitDashboard, id: string) => [
  ...(el.shadowRoot?.querySelectorAll(`#${id} tbody tr:not(.spacer)`) ?? [])
]

describe("unit dashboard model", () => {
  it("counts and checks the kurva through core, per period", () => {
    const d = readDashboard(data)
    if (d._tag !== "Success") throw new Error("invalid")
    const f = normalise(d.success, {})
    expect(f).toEqual({ unit: "", period: "2026-Q3", jabatan: "" })
    const v = derive(d.success, f)
    const q3 = records.filter((r) => r.period === "2026-Q3")
    expect(v.rows).toHaveLength(60)
    expect(v.report).toEqual(
      Distribution.check(Presets.distribution.circular2023, {
        organisation: "Baik",
        counts: Distribution.count(q3.map((r) => r.predikat))
      })
    )
    expect(v.trend.map((p) => p.period)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"])
    const unit = derive(d.success, { ...f, unit: "Disdukcapil", jabatan: "Pelaksana" })
    expect(unit.rows.every((r) => r.unit === "Disdukcapil" && r.jabatan === "Pelaksana")).toBe(true)
    expect(unit.report.total).toBe(unit.rows.length)
  })
})

describe("<asn-unit-dashboard>", () => {
  it.each(["property", "src", "inline"] as const)(
    "renders the distribution and its kurva check from %s",
    async (source: Source) => {
      const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data, source)
      const v = el.view
      if (!v) throw new Error("no view")
      expect(part(el, "count")?.textContent).toBe("60 pegawai sesuai saringan.")
      const table = [...(el.shadowRoot?.querySelectorAll('[data-chart="distribution-chart"] table tbody tr') ?? [])]
      expect(table.map((r) => r.textContent?.replace(/\s+/g, " ").trim())).toEqual(
        Quadrant.predikats.map((p) => `${p} ${v.report.counts[p]} (${v.report.percents[p].replace(".", ",")}%)`)
      )
      const rules = [...(part(el, "kurva")?.querySelectorAll("li") ?? [])]
      expect(rules).toHaveLength(Presets.distribution.circular2023.guidelines.Baik.length)
      expect(rules.filter((li) => li.dataset.met === "false")).toHaveLength(v.report.warnings.length)
    }
  )

  it("filters by unit, period and jabatan with the keyboard and announces the count", async () => {
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data)
    const changes: unknown[] = []
    el.addEventListener("asn-filter-change", (e) => changes.push(e.detail))
    const unit = el.shadowRoot?.querySelector<HTMLSelectElement>('select[name="unit"]')
    unit?.focus()
    await userEvent.keyboard("{ArrowDown}")
    await el.updateComplete
    expect(unit?.value).toBe(units[0])
    expect(changes).toEqual([{ unit: units[0], period: "2026-Q3", jabatan: "" }])
    expect(part(el, "count")?.textContent).toBe("20 pegawai sesuai saringan.")
    expect(bodyRows(el, "employees").every((r) => r.textContent?.includes(units[0]))).toBe(true)
    const period = el.shadowRoot?.querySelector<HTMLSelectElement>('select[name="period"]')
    period?.focus()
    await userEvent.keyboard("{ArrowUp}")
    await el.updateComplete
    expect(el.period).toBe("2026-Q2")
    expect(el.getAttribute("period")).toBe("2026-Q2")
  })

  it("lists rewards, remediation with status, and who is behind on JP", async () => {
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data)
    const v = el.view
    if (!v) throw new Error("no view")
    expect(v.remediation.length).toBeGreaterThan(0)
    expect(bodyRows(el, "remediation")[0]?.textContent).toContain("Berjalan")
    expect(v.rewards.length).toBeGreaterThan(0)
    expect(part(el, "training")?.textContent).toBe(
      `${v.training.meets} dari ${v.training.known} pegawai memenuhi target JP.`
    )
    expect(bodyRows(el, "behind")).toHaveLength(Math.min(v.training.behind.length, 40))
  })

  it("says a list is empty instead of showing a table with only its header", async () => {
    // records without decisions, plans or JP: the three lists are empty
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", {
      ...data,
      records: dashboardRecords(60, undefined, 0)
    })
    for (const id of ["rewards", "remediation", "behind"]) {
      const list = el.shadowRoot?.getElementById(id)
      expect(list?.tagName, id).toBe("P")
      expect(list?.textContent, id).toBe("Tidak ada pegawai dalam daftar ini.")
    }
    expect(el.shadowRoot?.querySelector("#employees table")).not.toBeNull()
    expect(await axeViolations(el)).toEqual([])
  })

  it("writes a shortfall in the form of the JP beside it (20,00 beside 0,00, not 20)", async () => {
    const record = {
      employee: "199001012020011001",
      name: "Budi",
      unit: "Setda",
      jabatan: "Pelaksana",
      period: "2026",
      predikat: "Baik",
      jp: { total: "0.00", minimum: 20, meets: false, shortfall: "20" }
    }
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", { records: [record] })
    const cells = [...(bodyRows(el, "behind")[0]?.querySelectorAll("td.num") ?? [])].map((c) => c.textContent)
    expect(cells).toEqual(["0,00", "20,00"])
  })

  it("says which lists the data does not carry, instead of showing them empty", async () => {
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", { ...data, unavailable: ["rewards", "remediation"] })
    for (const id of ["rewards", "remediation"]) {
      expect(el.shadowRoot?.getElementById(id)?.textContent, id).toBe(
        "Daftar ini tidak termasuk dalam data dasbor ini."
      )
    }
    expect(el.shadowRoot?.getElementById("rew-h")?.textContent).toBe("Penghargaan")
    // the JP list is carried: shown as before
    expect(el.shadowRoot?.querySelector("#behind table")).not.toBeNull()
    expect(part(el, "training")).not.toBeNull()
    // and the CSV has no column for them (an empty cell would read as "none")
    const header = parseCsv(exportedCsv(el).csv)[0]
    expect(header).toContain("JP")
    expect(header).not.toContain("Penghargaan")
    expect(header).not.toContain("Pembinaan")
    expect(header).not.toContain("Status")
    expect(readDashboard({ records: [], unavailable: ["rewards", "gaji"] })).toEqual(
      Result.fail(["unavailable: expected a list of rewards, remediation, jp"])
    )
    expect(await axeViolations(el)).toEqual([])
  })

  it("shows IKM per unit with mutu, and suppresses a unit below the minimum group size", async () => {
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data)
    const ok = el.shadowRoot?.querySelector('[part~="ikm"] tr[data-unit="Disdukcapil"]')
    expect(ok?.textContent).toContain(ikm(40).nilai.text.replace(".", ","))
    const small = el.shadowRoot?.querySelector('[part~="ikm"] tr[data-unit="Dinas Kesehatan"]')
    expect(small?.getAttribute("data-suppressed")).toBe("below-minimum")
    expect(small?.textContent).not.toContain(ikm(3, 1).nilai.text.replace(".", ","))
  })

  it("never shows fields outside its allow-list (raw ratings, rater names)", async () => {
    const leaky = {
      ...data,
      records: records.map((r, i) => (i < 5 ? { ...r, ratings: rawRatings, nik: "3175091201010001" } : r))
    }
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", leaky)
    const all = text(el) + exportedCsv(el).csv + JSON.stringify(el.value)
    expect(all).not.toContain("Budi Atasan")
    expect(all).not.toContain("3175091201010001")
  })

  it("stays virtual with 10,000 employees: a window of rows in the DOM, all of them in the CSV", async () => {
    const many = dashboardRecords(10_000, ["2026-Q4"], 0)
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", { records: many })
    expect(part(el, "count")?.textContent).toBe("10000 pegawai sesuai saringan.")
    const rendered = bodyRows(el, "employees")
    expect(rendered.length).toBeGreaterThan(5)
    expect(rendered.length).toBeLessThan(60)
    const table = el.shadowRoot?.querySelector("#employees table")
    expect(table?.getAttribute("aria-rowcount")).toBe("10001")
    const scroller = el.shadowRoot?.querySelector<HTMLElement>("#employees")
    if (!scroller) throw new Error("no scroller")
    scroller.scrollTop = 40 * 5000
    scroller.dispatchEvent(new Event("scroll"))
    await vi.waitFor(() => {
      const first = bodyRows(el, "employees")[0]
      expect(Number(first?.getAttribute("aria-rowindex"))).toBeGreaterThan(4900)
    })
    expect(bodyRows(el, "employees").length).toBeLessThan(60)
    expect(parseCsv(el.toCsv())).toHaveLength(10_001)
  })

  it("switches to English", async () => {
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data)
    setLocale("en")
    await el.updateComplete
    expect(part(el, "count")?.textContent).toBe("60 employees match the filters.")
    expect(text(el)).toContain("Predikat distribution")
  })

  it("exports the filtered rows as CSV", async () => {
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data, "property", { unit: "Disdukcapil" })
    const { filename, csv } = exportedCsv(el)
    expect(filename).toBe("kinerja-disdukcapil-2026-q3.csv")
    const rows = parseCsv(csv)
    expect(rows).toHaveLength(21)
    expect(rows.slice(1).every((r) => r[2] === "Disdukcapil" && r[4] === "2026-Q3")).toBe(true)
  })

  it("has no axe violations, as charts and as tables", async () => {
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data)
    expect(await axeViolations(el)).toEqual([])
    for (const b of parts(el, "toggle")) b.click()
    await el.updateComplete
    expect(await axeViolations(el)).toEqual([])
  })
})

describe("<asn-unit-dashboard> on a 360 px phone", () => {
  it("fits its container without scrolling sideways", async () => {
    const host = document.createElement("div")
    host.style.width = "360px"
    document.body.append(host)
    const el = await mount<AsnUnitDashboard>("asn-unit-dashboard", data)
    host.append(el)
    await el.updateComplete
    const root = el.shadowRoot as ShadowRoot
    const wide = [...root.querySelectorAll<HTMLElement>("*")]
      .filter((n) => n.getBoundingClientRect().right > host.getBoundingClientRect().right + 1)
      .filter((n) => !n.closest("[part~='chart'], table, .virtual"))
      .map(
        (n) =>
          `${n.tagName.toLowerCase()}${n.getAttribute("part") ? `[${n.getAttribute("part")}]` : ""}.${n.className}: ${Math.round(n.getBoundingClientRect().width)}`
      )
    expect(wide).toEqual([])
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(360)
    host.remove()
  })
})
