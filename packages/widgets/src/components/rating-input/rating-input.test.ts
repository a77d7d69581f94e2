import "../../define/asn-rating-input.js"
import { Quadrant } from "@pembinaan/core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { formControlSuite } from "../../../test/form-control.js"
import { setLocale } from "../../locale.js"
import type { AsnRatingInput } from "./rating-input.js"

const mount = async (attrs: Record<string, string>, text?: string): Promise<AsnRatingInput> => {
  const el = document.createElement("asn-rating-input")
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  if (text) el.textContent = text
  document.body.append(el)
  await el.updateComplete
  return el
}

const radios = (el: AsnRatingInput) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])]
const group = (el: AsnRatingInput) => el.shadowRoot?.querySelector('[role="radiogroup"]') as HTMLElement
const checked = (el: AsnRatingInput) => radios(el).map((r) => r.getAttribute("aria-checked") === "true")
const tabIndexes = (el: AsnRatingInput) => radios(el).map((r) => r.getAttribute("tabindex"))
const focusedRadio = (el: AsnRatingInput) => radios(el).indexOf(el.shadowRoot?.activeElement as HTMLElement)

const record = (el: HTMLElement) => {
  const seen: string[] = []
  el.addEventListener("input", () => seen.push(`input:${(el as AsnRatingInput).value}`))
  el.addEventListener("change", () => seen.push(`change:${(el as AsnRatingInput).value}`))
  return seen
}

afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

formControlSuite<AsnRatingInput>({
  tag: "asn-rating-input",
  create: () => {
    const el = document.createElement("asn-rating-input")
    el.name = "hasilKerja"
    el.label = "Rating hasil kerja"
    el.required = true
    return el
  },
  fill: async () => {
    await userEvent.tab()
    await userEvent.keyboard("{End}")
  },
  entries: [["hasilKerja", "Diatas Ekspektasi"]]
})

describe("<asn-rating-input>", () => {
  it("is a labelled radio group with the three PermenPAN-RB 6/2022 ratings by default", async () => {
    const el = await mount({ label: "Rating hasil kerja", value: "Sesuai Ekspektasi" })
    expect(group(el).getAttribute("aria-labelledby")).toBe("label")
    expect(el.shadowRoot?.getElementById("label")?.textContent?.trim()).toBe("Rating hasil kerja")
    expect(radios(el).map((r) => r.textContent?.trim())).toEqual([...Quadrant.ratings])
    expect(checked(el)).toEqual([false, true, false])
    // Roving tabindex: only the selected option is in the tab order.
    expect(tabIndexes(el)).toEqual(["-1", "0", "-1"])
  })

  it("takes its label from the slot", async () => {
    const el = await mount({}, "Bagaimana perilaku kerja pegawai?")
    const slot = el.shadowRoot?.querySelector("slot")
    expect(slot?.assignedNodes().map((n) => n.textContent)).toEqual(["Bagaimana perilaku kerja pegawai?"])
    expect(await axeViolations(el)).toEqual([])
  })

  it("is operated by keyboard: Tab in, arrows move and select, Home/End, Space selects, wraps", async () => {
    const el = await mount({ label: "Rating", name: "r" })
    const seen = record(el)
    await userEvent.tab()
    expect(focusedRadio(el)).toBe(0)
    expect(el.value).toBe("")
    await userEvent.keyboard(" ")
    expect(el.value).toBe("Dibawah Ekspektasi")
    await userEvent.keyboard("{ArrowRight}")
    expect(el.value).toBe("Sesuai Ekspektasi")
    expect(focusedRadio(el)).toBe(1)
    await userEvent.keyboard("{ArrowDown}")
    expect(el.value).toBe("Diatas Ekspektasi")
    await userEvent.keyboard("{ArrowRight}")
    expect(el.value).toBe("Dibawah Ekspektasi")
    expect(focusedRadio(el)).toBe(0)
    await userEvent.keyboard("{ArrowLeft}")
    expect(el.value).toBe("Diatas Ekspektasi")
    await userEvent.keyboard("{Home}")
    expect(el.value).toBe("Dibawah Ekspektasi")
    await userEvent.keyboard("{End}")
    await el.updateComplete
    expect(checked(el)).toEqual([false, false, true])
    expect(tabIndexes(el)).toEqual(["-1", "-1", "0"])
    expect(seen).toEqual([
      "input:Dibawah Ekspektasi",
      "change:Dibawah Ekspektasi",
      "input:Sesuai Ekspektasi",
      "change:Sesuai Ekspektasi",
      "input:Diatas Ekspektasi",
      "change:Diatas Ekspektasi",
      "input:Dibawah Ekspektasi",
      "change:Dibawah Ekspektasi",
      "input:Diatas Ekspektasi",
      "change:Diatas Ekspektasi",
      "input:Dibawah Ekspektasi",
      "change:Dibawah Ekspektasi",
      "input:Diatas Ekspektasi",
      "change:Diatas Ekspektasi"
    ])
  })

  it("selects by click and fires no event for a programmatic value or a repeated choice", async () => {
    const el = await mount({ label: "Rating" })
    const seen = record(el)
    el.value = "Sesuai Ekspektasi"
    await el.updateComplete
    expect(seen).toEqual([])
    const [, second, third] = radios(el)
    if (!second || !third) throw new Error("missing radios")
    await userEvent.click(second)
    expect(seen).toEqual([])
    await userEvent.click(third)
    expect(seen).toEqual(["input:Diatas Ekspektasi", "change:Diatas Ekspektasi"])
  })

  it("ignores keys and clicks when disabled", async () => {
    const el = await mount({ label: "Rating", disabled: "" })
    expect(tabIndexes(el)).toEqual([null, null, null])
    const first = radios(el)[0]
    if (!first) throw new Error("missing radio")
    await userEvent.click(first, { force: true })
    expect(el.value).toBe("")
    expect(group(el).getAttribute("aria-disabled")).toBe("true")
  })

  it("offers the SKM scale 1..4 with its labels, localised and adjustable", async () => {
    const el = await mount({ label: "Persyaratan", scale: "skm", name: "u1" })
    expect(radios(el).map((r) => r.dataset.value)).toEqual(["1", "2", "3", "4"])
    expect(radios(el).map((r) => r.querySelector('[part="option-label"]')?.textContent)).toEqual([
      "Tidak sesuai",
      "Kurang sesuai",
      "Sesuai",
      "Sangat sesuai"
    ])
    setLocale("en")
    await el.updateComplete
    expect(radios(el).map((r) => r.querySelector('[part="option-label"]')?.textContent)).toEqual([
      "Not suitable",
      "Less suitable",
      "Suitable",
      "Very suitable"
    ])
    el.labels = ["Sulit", "Cukup mudah", "Mudah", "Sangat mudah"]
    await el.updateComplete
    expect(radios(el)[3]?.textContent).toContain("Sangat mudah")
    el.labels = ["too", "few"]
    await el.updateComplete
    expect(radios(el)[3]?.textContent).toContain("Very suitable")
  })

  it("shows a localised validation message attached to the group after a submit attempt", async () => {
    const el = await mount({ label: "Rating", required: "" })
    expect(el.validationMessage).toBe("Pilih salah satu jawaban.")
    expect(el.shadowRoot?.querySelector('[part="error"]')).toBeNull()
    expect(el.checkValidity()).toBe(false)
    await el.updateComplete
    expect(group(el).getAttribute("aria-invalid")).toBe("true")
    expect(group(el).getAttribute("aria-describedby")).toBe("error")
    expect(el.shadowRoot?.getElementById("error")?.textContent).toBe("Pilih salah satu jawaban.")
    expect(el.matches(":state(user-invalid)")).toBe(true)
    setLocale("en")
    await el.updateComplete
    expect(el.validationMessage).toBe("Please choose one answer.")
    expect(el.shadowRoot?.getElementById("error")?.textContent).toBe("Please choose one answer.")
    expect(await axeViolations(el)).toEqual([])
  })

  it("resets to its value attribute and restores a saved state", async () => {
    const form = document.createElement("form")
    const el = document.createElement("asn-rating-input")
    el.setAttribute("name", "r")
    el.setAttribute("value", "Sesuai Ekspektasi")
    el.label = "Rating"
    form.append(el)
    document.body.append(form)
    await el.updateComplete
    await userEvent.tab()
    await userEvent.keyboard("{ArrowRight}")
    expect(new FormData(form).get("r")).toBe("Diatas Ekspektasi")
    form.reset()
    await el.updateComplete
    expect(new FormData(form).get("r")).toBe("Sesuai Ekspektasi")
    el.formStateRestoreCallback("Dibawah Ekspektasi")
    await el.updateComplete
    expect(new FormData(form).get("r")).toBe("Dibawah Ekspektasi")
  })

  it("submits nothing for an unknown value", async () => {
    const form = document.createElement("form")
    form.innerHTML = '<asn-rating-input name="r" label="Rating" value="Istimewa"></asn-rating-input>'
    document.body.append(form)
    await (form.firstElementChild as AsnRatingInput).updateComplete
    expect(new FormData(form).has("r")).toBe(false)
  })

  it("has no axe violations in its states", async () => {
    const empty = await mount({ label: "Rating kosong" })
    const chosen = await mount({ label: "Rating terisi", value: "Diatas Ekspektasi", scale: "ekspektasi" })
    const skm = await mount({ label: "Persyaratan", value: "3", scale: "skm" })
    const five = await mount({ label: "Akuntabel", value: "5", scale: "1-5" })
    const disabled = await mount({ label: "Rating nonaktif", disabled: "" })
    for (const el of [empty, chosen, skm, five, disabled]) expect(await axeViolations(el)).toEqual([])
  })
})
