import "../../define/asn-predikat.js"
import { afterEach, describe, expect, it } from "vitest"
import { axeViolations } from "../../../test/axe.js"
import { setLocale } from "../../locale.js"
import type { AsnPredikat } from "./predikat.js"

const mount = async (attrs: Record<string, string>): Promise<AsnPredikat> => {
  const el = document.createElement("asn-predikat")
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  document.body.append(el)
  await el.updateComplete
  return el
}

const text = (el: AsnPredikat, part: string) =>
  el.shadowRoot?.querySelector(`[part="${part}"]`)?.textContent?.trim() ?? null

afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

describe("<asn-predikat>", () => {
  it("shows the predikat from core's national quadrant", async () => {
    const el = await mount({ "hasil-kerja": "Diatas Ekspektasi", "perilaku-kerja": "Dibawah Ekspektasi" })
    expect(text(el, "value")).toBe("Kurang/Misconduct")
    expect(el.predikat).toBe("Kurang/Misconduct")
  })

  it("updates when an attribute changes", async () => {
    const el = await mount({ "hasil-kerja": "Diatas Ekspektasi", "perilaku-kerja": "Sesuai Ekspektasi" })
    expect(text(el, "value")).toBe("Baik")
    el.setAttribute("perilaku-kerja", "Diatas Ekspektasi")
    await el.updateComplete
    expect(text(el, "value")).toBe("Sangat Baik")
  })

  it("shows a dash until both ratings are given", async () => {
    const el = await mount({ "hasil-kerja": "Sesuai Ekspektasi" })
    expect(text(el, "value")).toBe("—")
    expect(el.predikat).toBeUndefined()
  })

  it("reports an unknown rating as an alert naming the field, in Indonesian by default", async () => {
    const el = await mount({ "hasil-kerja": "Istimewa", "perilaku-kerja": "Sesuai Ekspektasi" })
    const error = el.shadowRoot?.querySelector('[part="error"]')
    expect(error?.getAttribute("role")).toBe("alert")
    expect(error?.textContent).toContain('Rating hasil kerja "Istimewa" tidak dikenal')
    expect(el.predikat).toBeUndefined()
  })

  it("switches to English at runtime", async () => {
    const el = await mount({ "hasil-kerja": "Istimewa", "perilaku-kerja": "Sesuai Ekspektasi" })
    setLocale("en")
    await el.updateComplete
    expect(text(el, "error")).toContain('Unknown hasil kerja rating "Istimewa"')
    expect(text(el, "label")).toBe("Performance rating (predikat)")
  })

  it("has no axe violations", async () => {
    const ok = await mount({ "hasil-kerja": "Diatas Ekspektasi", "perilaku-kerja": "Diatas Ekspektasi" })
    const bad = await mount({ "hasil-kerja": "Istimewa", "perilaku-kerja": "Diatas Ekspektasi" })
    expect(await axeViolations(ok)).toEqual([])
    expect(await axeViolations(bad)).toEqual([])
  })
})
