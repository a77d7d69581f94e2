/**
 * Every widget, with full fixture data, at a phone (360 px), a tablet (768 px) and a desktop (1280 px): nothing
 * scrolls sideways unless it is a declared scroll container, no text is below 12 px, and the nine-box's texts do not
 * overlap. A screenshot of each is written to `packages/widgets/.screenshots/` (gitignored) to look at.
 */
import "../src/all.js"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { page } from "vitest/browser"
import { setLocale } from "../src/locale.js"
import { render, widgets } from "./gallery.js"
import { chartTextProblems, overflowing, overlappingText, screenshots, smallText, widths } from "./layout.js"

beforeAll(() => {
  setLocale("id")
  document.body.style.margin = "0"
  document.body.style.padding = "16px"
})
afterEach(() => {
  document.body.replaceChildren()
})

const names = new Map<string, number>()
const cases = widgets.map((w) => {
  const n = (names.get(w.tag) ?? 0) + 1
  names.set(w.tag, n)
  return { ...w, name: n === 1 ? w.tag : `${w.tag}-${n}` }
})

describe.each(widths)("widgets at %i px", (width) => {
  beforeAll(async () => {
    await page.viewport(width, width === 360 ? 740 : 900)
  })

  it.each(cases)("$name fits, is readable and keeps its text apart", async (w) => {
    const el = await render(w)
    await screenshots(`../.screenshots/widgets/${w.name}-${width}`)
    expect(overflowing(document), "horizontal overflow").toEqual([])
    expect(smallText(document), "text below 12 px").toEqual([])
    expect(chartTextProblems(document), "chart text").toEqual([])
    if (w.tag === "asn-nine-box") {
      const cells = [...(el.shadowRoot?.querySelectorAll('[part~="cell"]') ?? [])]
      expect(cells).toHaveLength(9)
      expect(overlappingText(el, cells), "overlapping text").toEqual([])
    }
  })
})
