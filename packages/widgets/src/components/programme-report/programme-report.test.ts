import "../../define/asn-programme-report.js"
import { TrainingEvaluation } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import { trainingContext, workshopRecord } from "../../../test/programmes.js"
import { setLocale } from "../../locale.js"
import type { AsnProgrammeReport } from "./programme-report.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const report = (participants: number) =>
  JSON.parse(
    JSON.stringify(
      Result.getOrThrow(TrainingEvaluation.effectivenessReport(trainingContext, workshopRecord(participants)))
    )
  )
const cell = (el: AsnProgrammeReport, table: string, level: number) =>
  el.shadowRoot?.querySelector(`[part="${table}"] tbody tr td[data-level="${level}"]`)

describe("<asn-programme-report> (seed 001: workshop with pre/post test → effectiveness)", () => {
  it.each(["property", "src", "inline"] as const)(
    "marks too-small samples not conclusive (%s)",
    async (source: Source) => {
      const el = await mount<AsnProgrammeReport>("asn-programme-report", report(2), source)
      expect(part(el, "caveat")?.textContent).toContain("kurang dari 10 peserta")
      const learning = cell(el, "programmes", 2)
      expect(learning?.textContent).toContain("60,00 → 80,00 (20,00, naik; n = 2)")
      expect(learning?.textContent).toContain("belum dapat disimpulkan")
      expect(learning?.getAttribute("data-conclusive")).toBe("false")
      expect(cell(el, "partners", 1)?.textContent).toContain("3,00 (n = 2)")
      expect(part(el, "partners")?.textContent).toContain("Universitas Jambi")
      expect(cell(el, "programmes", 4)?.textContent?.trim()).toBe("tidak diukur")
    }
  )

  it("concludes from 10 measured participants", async () => {
    const el = await mount<AsnProgrammeReport>("asn-programme-report", report(10))
    const learning = cell(el, "programmes", 2)
    expect(learning?.getAttribute("data-conclusive")).toBe("true")
    expect(learning?.textContent).not.toContain("belum dapat disimpulkan")
  })

  it("shows the IKM as the programme's success indicator (seed 004)", async () => {
    const el = await mount<AsnProgrammeReport>("asn-programme-report", {
      ...report(2),
      ikm: { value: "82.45", mutu: "B", unit: "DPMPTSP", period: "2026" }
    })
    expect(part(el, "ikm")?.textContent).toContain("IKM 82,45 (mutu B)")
  })

  it("rejects malformed data and exports CSV, in English too", async () => {
    const bad = await mount<AsnProgrammeReport>("asn-programme-report", { programmes: [{}], partners: "x" })
    expect(text(bad)).toContain("partners: expected an array")
    const el = await mount<AsnProgrammeReport>("asn-programme-report", report(2))
    setLocale("en")
    await el.updateComplete
    expect(part(el, "caveat")?.textContent).toContain("Sample-size caveat")
    const rows = parseCsv(exportedCsv(el).csv)
    expect(rows[1]?.slice(0, 4)).toEqual(["program", "Workshop manajemen publik", "workshop-manajemen", "2"])
    expect(rows[1]?.slice(7, 10)).toEqual(["2", "20.00", "0"])
  })

  it("has no axe violations and fits 360px", async () => {
    const el = await mount<AsnProgrammeReport>("asn-programme-report", report(2))
    expect(await axeViolations(el)).toEqual([])
    el.style.display = "block"
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })
})
