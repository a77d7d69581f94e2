/**
 * Every portal page, as a user opens it, at a phone (360 px), a tablet (768 px) and a desktop (1280 px): nothing
 * scrolls sideways unless it is a declared scroll container, no text is below 12 px, the nine-box's texts do not
 * overlap, and on a phone the header leaves most of the first screen to the page. Screenshots of each are written to
 * `examples/portal/.screenshots/` (gitignored) to look at.
 */
import "../src/portal.css"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { page } from "vitest/browser"
import { mountPortal, type Portal } from "../src/app.js"
import { type Page, pages } from "../src/pages.js"
import { deleteStore } from "../src/store.js"
import {
  chartTextProblems,
  deepElements,
  overflowing,
  overlappingText,
  screenshots,
  smallText,
  widths
} from "./layout-check.js"

let db = ""
let root: HTMLElement
let portal: Portal | undefined
let counter = 0

beforeEach(() => {
  localStorage.clear()
  db = `portal-layout-${Date.now()}-${counter++}`
})
afterEach(async () => {
  portal?.unmount()
  portal = undefined
  root.remove()
  await deleteStore(db)
})

/** Mounts the portal on a page and waits until every widget on it has rendered. */
const open = async (p: Page) => {
  root = document.createElement("div")
  root.className = "portal"
  document.body.append(root)
  portal = await mountPortal(root, { dbName: db, hash: false, page: p })
  await vi.waitFor(
    () => {
      for (const e of deepElements(root)) {
        const state = (e as { loader?: { state?: { _tag: string } } }).loader?.state?._tag
        if (state === "Loading") throw new Error(`${e.localName} still loading`)
      }
    },
    { timeout: 5000, interval: 25 }
  )
  for (const e of deepElements(root)) await (e as { updateComplete?: Promise<unknown> }).updateComplete
  // charts measure their width and draw again
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r))
  for (const e of deepElements(root)) await (e as { updateComplete?: Promise<unknown> }).updateComplete
}

describe.each(widths)("portal at %i px", (width) => {
  const height = width === 360 ? 740 : 900
  beforeEach(async () => {
    await page.viewport(width, height)
  })

  it.each(pages)("%s fits, is readable and keeps its text apart", async (p) => {
    await open(p)
    await screenshots(`../.screenshots/${p}-${width}`)
    expect(overflowing(document), "horizontal overflow").toEqual([])
    expect(smallText(document), "text below 12 px").toEqual([])
    expect(chartTextProblems(document), "chart text").toEqual([])
    for (const box of root.querySelectorAll("asn-nine-box")) {
      const cells = [...(box.shadowRoot?.querySelectorAll('[part~="cell"]') ?? [])]
      expect(overlappingText(box, cells), "overlapping nine-box text").toEqual([])
    }
    if (width === 360) {
      const header = root.querySelector("header")?.getBoundingClientRect().height ?? 0
      expect(header, "header height on a phone").toBeLessThanOrEqual(height * 0.3)
    }
  })
})
