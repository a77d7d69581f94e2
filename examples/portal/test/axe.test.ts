/**
 * axe has no violations on any portal page, on a phone (360 px) and on a desktop (1280 px).
 */
import "../src/portal.css"
import axe from "axe-core"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { page } from "vitest/browser"
import { mountPortal, type Portal } from "../src/app.js"
import { pages } from "../src/pages.js"
import { deleteStore } from "../src/store.js"
import { deepElements } from "./layout-check.js"

let db = ""
let root: HTMLElement
let portal: Portal | undefined
let counter = 0

beforeEach(() => {
  localStorage.clear()
  db = `portal-axe-${Date.now()}-${counter++}`
})
afterEach(async () => {
  portal?.unmount()
  portal = undefined
  root.remove()
  await deleteStore(db)
})

describe.each([360, 1280])("portal at %i px", (width) => {
  beforeEach(async () => {
    await page.viewport(width, 800)
  })

  it.each(pages)("%s has no axe violations", async (p) => {
    root = document.createElement("div")
    root.className = "portal"
    document.body.append(root)
    portal = await mountPortal(root, { dbName: db, hash: false, page: p })
    await vi.waitFor(
      () => {
        for (const e of deepElements(root)) {
          if ((e as { loader?: { state?: { _tag: string } } }).loader?.state?._tag === "Loading")
            throw new Error("loading")
        }
      },
      { timeout: 5000, interval: 25 }
    )
    for (const e of deepElements(root)) await (e as { updateComplete?: Promise<unknown> }).updateComplete
    const results = await axe.run(root)
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([])
  })
})
