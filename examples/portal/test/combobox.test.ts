import "../src/portal.css"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { type ComboOption, matchOptions, optionLabel, type PortalCombobox } from "../src/combobox.js"

const options: ReadonlyArray<ComboOption> = [
  { value: "BKT-0001", name: "Rina Jambak", number: "BKT-0001", detail: "Analis · Dinas A" },
  { value: "BKT-0002", name: "Yusuf Guci", number: "BKT-0002", detail: "Pengelola · Dinas B" },
  { value: "BKT-0003", name: "Rina Jambak", number: "BKT-0003", detail: "Pengawas · Dinas C" },
  { value: "BKT-0004", name: "Dewi Malayu", number: "BKT-0004", detail: "Pelaksana · Dinas A" }
]

const mount = async (): Promise<PortalCombobox> => {
  const el = document.createElement("portal-combobox")
  el.options = options
  el.value = "BKT-0002"
  el.texts = { label: "Pegawai", hint: "Ketik nama atau nomor", matches: (n) => `${n} cocok`, none: "Tidak ada" }
  document.body.append(el)
  await el.updateComplete
  return el
}

const input = (el: PortalCombobox) => el.querySelector("input") as HTMLInputElement
const shown = (el: PortalCombobox) => [...el.querySelectorAll('[role="option"]')].map((o) => o.textContent?.trim())

afterEach(() => document.body.replaceChildren())

describe("<portal-combobox>", () => {
  it("matches by name or number, and shows numbers only where two names collide", () => {
    expect(matchOptions(options, "rina").map((o) => o.value)).toEqual(["BKT-0001", "BKT-0003"])
    expect(matchOptions(options, "0004").map((o) => o.value)).toEqual(["BKT-0004"])
    expect(optionLabel(options[0] as ComboOption, options)).toBe("Rina Jambak (BKT-0001)")
    expect(optionLabel(options[1] as ComboOption, options)).toBe("Yusuf Guci")
  })

  it("is searched and picked with the keyboard, and tells assistive technology what is active", async () => {
    const el = await mount()
    expect(input(el).value).toBe("Yusuf Guci")
    expect(input(el).getAttribute("role")).toBe("combobox")
    let changed = ""
    el.addEventListener("change", () => {
      changed = el.value
    })
    input(el).focus()
    await userEvent.fill(input(el), "rina")
    await el.updateComplete
    expect(input(el).getAttribute("aria-expanded")).toBe("true")
    expect(shown(el).map((t) => t?.replace(/\s+/g, " "))).toEqual([
      "Rina Jambak (BKT-0001) Analis · Dinas A",
      "Rina Jambak (BKT-0003) Pengawas · Dinas C"
    ])
    expect(el.querySelector('[role="status"]')?.textContent?.trim()).toBe("2 cocok")
    await userEvent.keyboard("{ArrowDown}")
    await el.updateComplete
    const active = input(el).getAttribute("aria-activedescendant")
    expect(el.querySelector(`#${active}`)?.textContent).toContain("BKT-0003")
    await userEvent.keyboard("{Enter}")
    await el.updateComplete
    expect(changed).toBe("BKT-0003")
    expect(input(el).value).toBe("Rina Jambak (BKT-0003)")
    expect(input(el).getAttribute("aria-expanded")).toBe("false")
  })

  it("closes with Escape and keeps the chosen value; has no axe violations open or closed", async () => {
    const el = await mount()
    input(el).focus()
    await userEvent.keyboard("{ArrowDown}")
    await el.updateComplete
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([])
    await userEvent.keyboard("{Escape}")
    await el.updateComplete
    expect(input(el).getAttribute("aria-expanded")).toBe("false")
    expect(el.value).toBe("BKT-0002")
    expect((await axe.run(el)).violations.map((v) => v.id)).toEqual([])
  })
})
