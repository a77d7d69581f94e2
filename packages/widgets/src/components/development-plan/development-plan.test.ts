import "../../define/asn-development-plan.js"
import { Development, Presets, Training } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import { trainingContext, workshopRecord } from "../../../test/programmes.js"
import { setLocale } from "../../locale.js"
import type { AsnDevelopmentPlan } from "./development-plan.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const NIP = "199001012015031001"
// the JP row from core: a 540-minute seminar (12 JP) of 20 required
const year = Result.getOrThrow(
  Development.yearly(Presets.competency.development, {
    year: 2026,
    employees: [NIP],
    activities: [{ employee: NIP, form: "seminar", year: 2026, minutes: 540 }]
  })
)
const row = year.employees[0]
const data = {
  employee: { nip: NIP, name: "Rina Putri", unit: "Kec. Tebo Ulu", remote: true },
  year: 2026,
  jp: { total: row?.total.text, minimum: year.minimumJp, shortfall: row?.shortfall, meets: row?.meets },
  gaps: [
    {
      competency: "komunikasi",
      name: "Komunikasi",
      gap: "-1",
      suggestions: [
        { form: "e-learning", name: "E-learning", online: true, reasons: ["unit kerja terpencil"] },
        { form: "workshop", name: "Workshop / lokakarya", reasons: [] }
      ]
    }
  ],
  enrolments: [
    {
      course: "sem-1",
      title: "Seminar pelayanan publik",
      start: "2026-03-02",
      end: "2026-03-03",
      status: "completed",
      online: false,
      jp: "12"
    },
    {
      course: "el-1",
      title: "Komunikasi efektif daring",
      start: "2026-05-01",
      end: "2026-05-31",
      status: "enrolled",
      online: true,
      jp: null
    }
  ]
}

describe("<asn-development-plan>", () => {
  it.each(["property", "src", "inline"] as const)(
    "shows JP progress, gaps and enrolments from %s",
    async (source: Source) => {
      const el = await mount<AsnDevelopmentPlan>("asn-development-plan", data, source)
      expect(part(el, "jp")?.textContent).toContain("12,00 dari 20 JP")
      expect(part(el, "jp")?.textContent).toContain("Kurang 8 JP.")
      expect((part(el, "progress") as HTMLProgressElement).value).toBe(12)
      expect(text(el)).toContain("Unit kerja terpencil: program daring diutamakan.")
      const first = el.shadowRoot?.querySelector('tr[data-competency="komunikasi"] li')
      expect(first?.getAttribute("data-form")).toBe("e-learning")
      expect(part(el, "enrolments")?.textContent).toContain("Selesai")
    }
  )

  it("shows enrolments as core's Training.enrolmentsOf gives them", async () => {
    const enrolments = Training.enrolmentsOf(trainingContext, workshopRecord(1), "199001012015031000")
    const el = await mount<AsnDevelopmentPlan>("asn-development-plan", { ...data, enrolments })
    const row = el.shadowRoot?.querySelector('[part="enrolments"] tr[data-course="ws-1"]')
    expect(row?.textContent).toContain("Workshop manajemen publik")
    expect(row?.textContent).toContain("16,00")
  })

  it("reports malformed data with paths", async () => {
    const el = await mount<AsnDevelopmentPlan>("asn-development-plan", { ...data, jp: { total: 12 }, enrolments: [{}] })
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    expect(text(el)).toContain("jp.total: expected a decimal text")
    expect(text(el)).toContain("enrolments.0.start")
  })

  it("switches to English and exports CSV", async () => {
    const el = await mount<AsnDevelopmentPlan>("asn-development-plan", data)
    setLocale("en")
    await el.updateComplete
    expect(part(el, "title")?.textContent).toBe("Competency development plan")
    expect(part(el, "jp")?.textContent).toContain("8 JP short.")
    const rows = parseCsv(exportedCsv(el).csv)
    expect(rows[1]).toEqual([
      "Seminar pelayanan publik",
      "sem-1",
      "2026-03-02/2026-03-03",
      "on site",
      "Completed",
      "12"
    ])
  })

  it("reaches the tables by keyboard and has no axe violations", async () => {
    const el = await mount<AsnDevelopmentPlan>("asn-development-plan", data)
    part(el, "export")?.focus()
    await userEvent.tab()
    expect(el.shadowRoot?.activeElement?.classList.contains("table-wrap")).toBe(true)
    expect(await axeViolations(el)).toEqual([])
  })

  it("fits a 360px wide screen without horizontal scrolling", async () => {
    const el = await mount<AsnDevelopmentPlan>("asn-development-plan", data)
    el.style.display = "block"
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(360)
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })
})
