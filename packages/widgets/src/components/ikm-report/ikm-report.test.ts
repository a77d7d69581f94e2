import "../../define/asn-ikm-report.js"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, parts, type Source, text } from "../../../test/display.js"
import { ikm, sample } from "../../../test/fixtures.js"
import { plainDecimal } from "../../internal/csv.js"
import { setLocale } from "../../locale.js"
import { exactFraction, roundDecimal } from "../../number.js"
import { suppress } from "./ikm-report.controller.js"
import type { AsnIkmReport } from "./ikm-report.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const score = ikm(120)
const data = {
  unit: "DPMPTSP",
  period: "2026-S1",
  score,
  population: 5000,
  trend: [
    { period: "2025-S1", score: ikm(60, 1) },
    { period: "2025-S2", score: ikm(80, 2) },
    { period: "2026-S1", score }
  ],
  groups: [
    { label: "Perizinan usaha", score: ikm(40) },
    { label: "Perizinan bangunan", score: ikm(30, 1) },
    { label: "Layanan malam", score: ikm(3, 2) }
  ]
}

describe("<asn-ikm-report>", () => {
  it.each(["property", "src", "inline"] as const)("shows core's IKM, mutu and NRR from %s", async (source: Source) => {
    const el = await mount<AsnIkmReport>("asn-ikm-report", data, source)
    const summary = part(el, "summary")?.textContent?.replace(/\s+/g, " ")
    expect(summary).toContain(score.nilai.text.replace(".", ","))
    expect(summary).toContain(score.mutu.label)
    expect(summary).toContain(score.kinerja.label)
    const u1 = score.elements[0]
    const cells = [...(el.shadowRoot?.querySelectorAll(`tr[data-element="${u1?.id}"] > *`) ?? [])].map((c) =>
      c.textContent?.trim()
    )
    expect(cells).toEqual([
      `${u1?.id} · ${u1?.label.id}`,
      roundDecimal(u1?.nrr ?? "", { scale: 3, mode: "half-up" }),
      roundDecimal(u1?.weighted ?? "", { scale: 3, mode: "half-up" }),
      u1?.converted.text.replace(".", ",")
    ])
    // the exact fractions only in the expandable detail
    expect(part(el, "exact")?.localName).toBe("details")
    expect(part(el, "exact")?.textContent).toContain(exactFraction(u1?.nrr ?? "") ?? "none")
  })

  it("reports sample sufficiency from Krejcie–Morgan", async () => {
    const expected = sample(5000, 120)
    const el = await mount<AsnIkmReport>("asn-ikm-report", data)
    expect(expected.sufficient).toBe(false)
    expect(part(el, "sample")?.textContent?.trim()).toBe(
      `Sampel belum mencukupi: 120 responden dari minimal ${expected.required} (kurang ${expected.shortfall}).`
    )
    const enough = await mount<AsnIkmReport>("asn-ikm-report", { score: ikm(30), sample: sample(30, 30) })
    expect(part(enough, "sample")?.textContent?.trim()).toBe("Sampel mencukupi: 30 responden (minimal 28).")
  })

  it("suppresses a small group and, complementarily, the next smallest", async () => {
    const el = await mount<AsnIkmReport>("asn-ikm-report", data)
    const rows = [...(part(el, "groups")?.querySelectorAll("tbody tr") ?? [])]
    expect(rows.map((r) => r.getAttribute("data-suppressed"))).toEqual([null, "complementary", "below-minimum"])
    const small = ikm(3, 2)
    // the small group's score never reaches the page or the CSV
    expect(text(el)).not.toContain(small.nilai.text.replace(".", ","))
    expect(parts(el, "suppressed")[1]?.textContent).toContain("Disembunyikan (aturan minimal 5 orang per kelompok)")
    const csv = parseCsv(exportedCsv(el).csv)
    expect(csv.find((r) => r[2] === "Layanan malam")?.[6]).toBe("Disembunyikan (aturan minimal 5 orang per kelompok)")
    expect(csv.find((r) => r[2] === "Perizinan bangunan")?.[4]).toBe("")
  })

  it("suppression keeps groups at or above the policy minimum", () => {
    const groups = [
      { label: "a", score: ikm(5) },
      { label: "b", score: ikm(4) },
      { label: "c", score: ikm(6) }
    ]
    expect(suppress(groups, 5).map((g) => g.status)).toEqual(["suppressed", "suppressed", "disclosed"])
    expect(suppress(groups, 4).map((g) => g.status)).toEqual(["disclosed", "disclosed", "disclosed"])
    expect(suppress(groups, 10).map((g) => g.status)).toEqual(["suppressed", "suppressed", "suppressed"])
  })

  it("draws the trend as a line chart with a data table alternative", async () => {
    const el = await mount<AsnIkmReport>("asn-ikm-report", data)
    const figure = el.shadowRoot?.querySelector('[data-chart="trend-chart"]')
    expect(figure?.querySelectorAll("polyline").length).toBe(1)
    expect(figure?.querySelectorAll(".marker").length).toBe(3)
    // a line is stroked in its series' colour and never filled (a filled polyline draws a solid area); markers are
    const line = figure?.querySelector("polyline") as SVGPolylineElement
    expect(getComputedStyle(line).fill).toBe("none")
    expect(getComputedStyle(line).stroke).not.toBe("none")
    expect(getComputedStyle(figure?.querySelector(".marker") as Element).fill).not.toBe("none")
    const toggle = figure?.querySelector<HTMLButtonElement>("button.toggle")
    toggle?.focus()
    await userEvent.keyboard("{Enter}")
    await el.updateComplete
    const cells = [...(figure?.querySelectorAll("table.chart-table tbody tr") ?? [])].map((r) =>
      r.textContent?.replace(/\s+/g, " ").trim()
    )
    expect(cells).toEqual(data.trend.map((p) => `${p.period} ${p.score.nilai.text.replace(".", ",")}`))
  })

  it("switches to English, including element labels", async () => {
    const el = await mount<AsnIkmReport>("asn-ikm-report", data)
    setLocale("en")
    await el.updateComplete
    expect(part(el, "title")?.textContent).toBe("Public satisfaction index (IKM)")
    expect(text(el)).toContain(score.elements[0]?.label.en ?? "?")
    expect(text(el)).toContain(score.nilai.text)
  })

  it("exports IKM, elements, trend and groups as CSV", async () => {
    const el = await mount<AsnIkmReport>("asn-ikm-report", data)
    const { filename, csv } = exportedCsv(el)
    expect(filename).toBe("ikm-dpmptsp-2026-s1.csv")
    const rows = parseCsv(csv)
    expect(rows[1]).toEqual([
      "ikm",
      "",
      "DPMPTSP",
      "120",
      plainDecimal(score.ikm),
      "",
      score.nilai.text,
      score.mutu.label,
      score.kinerja.label,
      exactFraction(score.ikm) ?? "",
      ""
    ])
    expect(rows[0]?.slice(-2)).toEqual(["NRR (pecahan)", "NRR tertimbang (pecahan)"])
    const u1 = rows.find((r) => r[0] === "element")
    expect(u1?.[4]).toMatch(/^\d+\.\d+$|^\d+$/)
    expect(u1?.[9]).toMatch(/^\d+\/\d+$|^$/)
    expect(rows.filter((r) => r[0] === "element")).toHaveLength(9)
    expect(rows.filter((r) => r[0] === "trend")).toHaveLength(3)
  })

  it("has no axe violations", async () => {
    const el = await mount<AsnIkmReport>("asn-ikm-report", data)
    expect(await axeViolations(el)).toEqual([])
    for (const b of parts(el, "toggle")) b.click()
    await el.updateComplete
    expect(await axeViolations(el)).toEqual([])
  })
})
