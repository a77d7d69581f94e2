/** The `preset` attribute of the display widgets that show policy data (issue 13). */
import "../src/define/asn-policy-view.js"
import "../src/define/asn-scorecard.js"
import { Presets } from "@pembinaan/core"
import { afterEach, describe, expect, it } from "vitest"
import type { LoadError } from "../src/internal/data.controller.js"
import type { DisplayElement } from "../src/internal/display.js"
import { setLocale } from "../src/locale.js"
import { part, ready, text } from "./display.js"

afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const mountPreset = async (tag: string, preset: string, data?: unknown) => {
  const el = document.createElement(tag) as DisplayElement<unknown>
  const errors: Array<LoadError> = []
  el.addEventListener("asn-load-error", (e) => errors.push(e.detail))
  el.setAttribute("preset", preset)
  if (data !== undefined) el.data = data
  document.body.append(el)
  await ready(el)
  return { el, errors }
}

describe("<asn-policy-view preset>", () => {
  it("shows a built-in policy by name, case-insensitively", async () => {
    const { el, errors } = await mountPreset("asn-policy-view", "Bukittinggi")
    expect(errors).toEqual([])
    expect(el.value).toBe(Presets.bukittinggi.policy)
    expect(part(el, "title")?.textContent).toContain(Presets.bukittinggi.policy.title)
    // a preset is its own module, loaded on first use: the widget is loading until it is there
    el.setAttribute("preset", "nasional")
    await el.updateComplete
    await ready(el)
    expect(el.value).toBe(Presets.nationalPolicy.policy)
    expect(errors).toEqual([])
  })

  it("refuses an unknown name with a load error at preset", async () => {
    const { el, errors } = await mountPreset("asn-policy-view", "jakarta")
    expect(errors).toHaveLength(1)
    expect(errors[0]).toEqual({ _tag: "Shape", problems: ['preset: unknown preset "jakarta"'] })
    expect(text(el)).toContain("preset")
  })

  it("a preset answer that arrives after the name changed is dropped", async () => {
    const { el } = await mountPreset("asn-policy-view", "muaratebo")
    el.setAttribute("preset", "sawahlunto")
    await el.updateComplete
    el.setAttribute("preset", "bukittinggi")
    await el.updateComplete
    await ready(el)
    await new Promise((r) => setTimeout(r, 50))
    expect(el.value).toBe(Presets.bukittinggi.policy)
  })

  it("data takes precedence over the preset", async () => {
    const { el } = await mountPreset("asn-policy-view", "bukittinggi", Presets.sawahlunto.policy)
    expect(el.value).toBe(Presets.sawahlunto.policy)
  })

  it("a widget without presets reports the name as unknown", async () => {
    const { errors } = await mountPreset("asn-scorecard", "bukittinggi")
    expect(errors.map((e) => e._tag)).toEqual(["Shape"])
  })
})
