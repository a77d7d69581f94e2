import "../../define/asn-competency-gap.js"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import { jpm } from "../../../test/fixtures.js"
import { setLocale } from "../../locale.js"
import { groupRows } from "./competency-gap.controller.js"
import type { AsnCompetencyGap } from "./competency-gap.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const row = (el: AsnCompetencyGap, id: string) =>
  [...(el.shadowRoot?.querySelectorAll(`[part~="table"] tr[data-competency="${id}"] > *`) ?? [])].map((c) =>
    c.textContent?.trim()
  )

describe("<asn-competency-gap>", () => {
  it.each(["property", "src", "inline"] as const)("shows one person's gaps and JPM from %s", async (source: Source) => {
    const match = jpm([1, 3, 4, 1.5])
    const el = await mount<AsnCompetencyGap>("asn-competency-gap", { match }, source)
    expect(match.total.status).toBe("complete")
    if (match.total.status === "incomplete") return
    expect(part(el, "jpm")?.textContent).toContain(`JPM ${match.total.category.score.text.replace(".", ",")}%`)
    expect(part(el, "jpm")?.textContent).toContain(match.total.category.label)
    const first = match.rows[0]
    if (!first) throw new Error("no rows")
    expect(row(el, first.competency)).toEqual([
      "Integritas",
      String(first.required),
      "1",
      (first.gap ?? "").replace(".", ","),
      (first.jpm?.text ?? "").replace(".", ","),
      "Di bawah standar"
    ])
  })

  it("shows a competency not assessed as such, and the JPM as incomplete", async () => {
    const match = jpm([3, "not-assessed", 3])
    const el = await mount<AsnCompetencyGap>("asn-competency-gap", { match })
    expect(match.total.status).toBe("incomplete")
    expect(part(el, "jpm")?.textContent).toContain("JPM belum dapat dihitung")
    const missing = match.rows.find((r) => r.status === "not-assessed")
    expect(row(el, missing?.competency ?? "")?.at(-1)).toBe("Belum dinilai")
  })

  it("aggregates a group with core's exact arithmetic: mean per competency and counts by direction", async () => {
    const matches = [jpm([2, 3, 4]), jpm([3, 3, 3]), jpm([4, "not-assessed", 2])]
    const el = await mount<AsnCompetencyGap>("asn-competency-gap", { matches })
    const rows = groupRows(matches)
    const first = rows[0]
    expect(first?.mean?.text).toBe("3.00")
    expect(first?.assessed).toBe(3)
    expect(text(el)).toContain("Kelompok 3 pegawai")
    expect(row(el, first?.competency ?? "")).toEqual([
      "Integritas",
      String(first?.required[0]),
      "3,00",
      String(first?.below),
      String(first?.meets),
      String(first?.above),
      "0"
    ])
  })

  it("toggles the chart to a data table by keyboard", async () => {
    const el = await mount<AsnCompetencyGap>("asn-competency-gap", { match: jpm([2, 3, 4]) })
    const svg = el.shadowRoot?.querySelector("svg[role=img]")
    expect(svg?.getAttribute("aria-labelledby")).toBe("gap-chart-title gap-chart-desc")
    expect(svg?.querySelector("title")?.textContent).toBe("Level standar dan level individu per kompetensi")
    // the widget's title is said once: the chart and the table have headings of their own
    const headings = [...(el.shadowRoot?.querySelectorAll("h2, h3, h4, caption, svg title") ?? [])].map(
      (h) => h.textContent
    )
    expect(headings.filter((h) => h === "Kesenjangan kompetensi")).toHaveLength(1)
    // bars carry patterns and their values as text
    expect(svg?.querySelectorAll("pattern").length).toBe(2)
    expect(svg?.querySelectorAll("text.value").length).toBeGreaterThan(0)
    const toggle = part(el, "toggle") as HTMLButtonElement
    expect(toggle.getAttribute("aria-expanded")).toBe("false")
    expect((part(el, "chart-table") as HTMLTableElement).hidden).toBe(true)
    toggle.focus()
    await userEvent.keyboard("{Enter}")
    await el.updateComplete
    expect(toggle.getAttribute("aria-expanded")).toBe("true")
    expect(toggle.textContent?.trim()).toBe("Tampilkan grafik")
    expect((part(el, "chart-table") as HTMLTableElement).hidden).toBe(false)
    expect((part(el, "chart-svg") as unknown as SVGElement).hasAttribute("hidden")).toBe(true)
    await userEvent.keyboard(" ")
    await el.updateComplete
    expect(toggle.getAttribute("aria-expanded")).toBe("false")
  })

  it("switches to English", async () => {
    const el = await mount<AsnCompetencyGap>("asn-competency-gap", { match: jpm([1, 3, 4]) })
    setLocale("en")
    await el.updateComplete
    expect(part(el, "title")?.textContent).toBe("Competency gaps")
    expect(text(el)).toContain("Below the standard")
  })

  it("exports the rows as CSV with machine-readable numbers", async () => {
    const match = jpm([2, 3, 4, 1.5])
    const el = await mount<AsnCompetencyGap>("asn-competency-gap", { match })
    const rows = parseCsv(exportedCsv(el).csv)
    expect(rows[0]).toEqual(["Kompetensi", "id", "Standar", "Individu", "Selisih", "JPM", "Status"])
    expect(rows).toHaveLength(match.rows.length + 1)
    const r = match.rows[3]
    expect(rows[4]).toEqual([
      expect.any(String),
      r?.competency,
      String(r?.required),
      "1.5",
      r?.gap,
      r?.jpm?.text,
      expect.any(String)
    ])
  })

  it("has no axe violations as chart, as table and for a group", async () => {
    const el = await mount<AsnCompetencyGap>("asn-competency-gap", { match: jpm([2, 3, 4]) })
    expect(await axeViolations(el)).toEqual([])
    part(el, "toggle")?.click()
    await el.updateComplete
    expect(await axeViolations(el)).toEqual([])
    const group = await mount<AsnCompetencyGap>("asn-competency-gap", { matches: [jpm([2, 3]), jpm([4, 5])] })
    expect(await axeViolations(group)).toEqual([])
  })
})
