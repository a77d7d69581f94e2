/// <reference types="vite/client" />
/**
 * The lazy loader (src/loader.ts): a tag's code is loaded the first time the tag appears, in the document or later,
 * and only then; a tag whose file is missing fires `asn-load-error` with `Module`.
 */
import { afterEach, describe, expect, it, vi } from "vitest"
import { load, setBase, tags } from "../src/loader.js"

afterEach(() => document.body.replaceChildren())

// In the built `dist/cdn` the widgets' files sit beside the loader; from source they are the define/ modules. (The
// path is joined so that Vite does not treat `new URL("literal", import.meta.url)` as an asset.)
const defines = new URL(["..", "src", "define", ""].join("/"), import.meta.url)
setBase(defines)

describe("the loader", { timeout: 90_000 }, () => {
  it("knows every registration module", async () => {
    const files = Object.keys(import.meta.glob("../src/define/*.ts")).map((p) => p.replace(/^.*\/(.*)\.ts$/, "$1"))
    expect([...tags].sort()).toEqual(files.sort())
  })

  it("defines a tag once it is added to the page, not before", async () => {
    expect(customElements.get("asn-predikat")).toBeUndefined()
    const el = document.createElement("asn-predikat")
    el.setAttribute("hasil-kerja", "Sesuai Ekspektasi")
    el.setAttribute("perilaku-kerja", "Sesuai Ekspektasi")
    const errors: Array<unknown> = []
    el.addEventListener("asn-load-error", (e) => errors.push((e as CustomEvent).detail))
    document.body.append(el)
    await vi.waitFor(() => expect([customElements.get("asn-predikat") !== undefined, errors]).toEqual([true, []]), {
      timeout: 40_000
    })
    expect(customElements.get("asn-nine-box")).toBeUndefined()
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete
    expect(el.shadowRoot?.textContent).toContain("Baik")
  })

  it("a missing file fires asn-load-error (Module) on the elements and can be retried", async () => {
    setBase("/nowhere/")
    const el = document.createElement("asn-nine-box")
    const errors: Array<unknown> = []
    el.addEventListener("asn-load-error", (e) => errors.push((e as CustomEvent).detail))
    document.body.append(el)
    await vi.waitFor(() => expect(errors).toEqual([{ _tag: "Module", tag: "asn-nine-box" }]), { timeout: 40_000 })
    setBase(defines)
    await load("asn-nine-box")
    expect(customElements.get("asn-nine-box")).toBeDefined()
  })
})
