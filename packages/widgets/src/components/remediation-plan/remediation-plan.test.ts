import "../../define/asn-remediation-plan.js"
import { Mentoring, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, parts, text } from "../../../test/display.js"
import { setLocale } from "../../locale.js"
import type { AsnRemediationPlan } from "./remediation-plan.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const EMP = "198503032010012005"
const ATASAN = "197501012000031002"
const plans = Presets.regionRules.bukittinggiPlans
const context: Mentoring.Context = {
  policy: {
    windowMonths: 12,
    minSessions: 0,
    assessment: { min: 1, max: 5, passAt: 3 },
    counsellingTypes: ["konseling-kinerja"],
    legalBasis: [{ regulation: "PP 94/2021", confirmed: false }]
  },
  remediation: plans
}
let n = 0
const ev = (command: unknown, by = { nip: ATASAN, role: "atasan" }) => ({
  id: `r${++n}`,
  at: "2026-04-01T09:00:00+07:00",
  by,
  command
})
const step = (s: unknown) => ev({ _tag: "PlanStep", plan: "pk-1", step: s })
// seed 000: evaluation → special coaching plan (pembinaan khusus) run to closure, folded by core
const events = [
  ev(
    { _tag: "AssignPlan", plan: "pk-1", employee: EMP, type: "pembinaan-khusus", on: "2026-04-01" },
    { nip: "198001012005011001", role: "admin-bkpsdm" }
  ),
  step({ _tag: "Start", on: "2026-04-02" }),
  step({ _tag: "AddEvidence", on: "2026-05-02", kind: "daftar-hadir-pembinaan", reference: "dok/hadir.pdf" })
]
const closing = [
  step({ _tag: "AddEvidence", on: "2026-07-01", kind: "hasil-evaluasi-triwulan", reference: "dok/eval.pdf" }),
  step({ _tag: "ReEvaluate", on: "2026-07-10", result: "improved" }),
  step({ _tag: "Close", on: "2026-07-15" })
]
const requiredEvidence = plans.plans.find((p) => p.type === "pembinaan-khusus")?.evidence
const dataOf = (list: ReadonlyArray<unknown>, asOf?: string) => ({
  ...Result.getOrThrow(Mentoring.fold(context, list)).plans["pk-1"],
  label: "Program pembinaan khusus",
  requiredEvidence,
  names: { [EMP]: "Dewi Lestari" },
  ...(asOf === undefined ? {} : { asOf })
})

describe("<asn-remediation-plan> (seed 000: special coaching to closure)", () => {
  it("shows an open plan: stage, missing evidence, overdue after the deadline", async () => {
    const el = await mount<AsnRemediationPlan>("asn-remediation-plan", dataOf(events, "2026-07-02"))
    expect(part(el, "stages")?.querySelector("[aria-current=step]")?.textContent?.trim()).toBe("Berjalan")
    expect(part(el, "summary")?.textContent).toContain("Dewi Lestari (198503032010012005)")
    expect(part(el, "summary")?.textContent).toContain("Melewati batas waktu")
    expect(
      parts(el, "evidence")[0]?.querySelector('[data-kind="hasil-evaluasi-triwulan"]')?.getAttribute("data-present")
    ).toBe("false")
  })

  it("shows the closed plan with who did each step", async () => {
    const el = await mount<AsnRemediationPlan>("asn-remediation-plan", dataOf([...events, ...closing], "2026-08-01"))
    expect(part(el, "stages")?.querySelector("[aria-current=step]")?.textContent?.trim()).toBe("Selesai")
    expect(part(el, "summary")?.textContent).not.toContain("Melewati batas waktu")
    expect(text(el)).toContain("Evaluasi ulang 2026-07-10: membaik")
    const rows = [...(part(el, "log")?.querySelectorAll("tbody tr") ?? [])].map((r) =>
      r.textContent?.replace(/\s+/g, " ").trim()
    )
    expect(rows[0]).toContain("(admin-bkpsdm)")
    expect(rows.at(-1)).toContain(`Close → Selesai ${ATASAN} (atasan)`)
    expect(parseCsv(exportedCsv(el).csv).at(-1)).toEqual(["2026-07-15", "Close", ATASAN, "atasan"])
  })

  it("names the konselor of a counselling plan, in English too; rejects malformed data", async () => {
    const KONSELOR = "197909092006042007"
    const state = Result.getOrThrow(
      Mentoring.fold(context, [
        ev({
          _tag: "AssignPlan",
          plan: "k-1",
          employee: EMP,
          type: "konseling-kinerja",
          on: "2026-04-01",
          konselor: KONSELOR
        })
      ])
    )
    const el = await mount<AsnRemediationPlan>("asn-remediation-plan", {
      ...state.plans["k-1"],
      names: { [KONSELOR]: "Tuti" }
    })
    expect(part(el, "summary")?.textContent).toContain("Konselor (ditunjuk BKPSDM)")
    expect(part(el, "summary")?.textContent).toContain("Tuti (197909092006042007)")
    setLocale("en")
    await el.updateComplete
    expect(part(el, "summary")?.textContent).toContain("Konselor (designated by BKPSDM)")
    const bad = await mount<AsnRemediationPlan>("asn-remediation-plan", { plan: {}, konselor: 1, steps: [] })
    expect(text(bad)).toContain("konselor: expected a string")
  })

  it("is axe-clean and fits 360px", async () => {
    const el = await mount<AsnRemediationPlan>("asn-remediation-plan", dataOf([...events, ...closing]))
    expect(await axeViolations(el)).toEqual([])
    el.style.display = "block"
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })
})
