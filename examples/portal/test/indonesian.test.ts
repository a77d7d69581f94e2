/**
 * Every portal page in Indonesian shows plain Indonesian: no known English word and no number with a decimal point,
 * in the portal's own texts and in the widgets on the page.
 */
import "../src/portal.css"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { mountPortal, type Portal } from "../src/app.js"
import { pages } from "../src/pages.js"
import { deleteStore } from "../src/store.js"
import { indonesianProblems, shownTexts } from "./indonesian-check.js"
import { deepElements } from "./layout-check.js"

let db = ""
let root: HTMLElement
let portal: Portal | undefined
let counter = 0

beforeEach(() => {
  localStorage.clear()
  db = `portal-indonesian-${Date.now()}-${counter++}`
})
afterEach(async () => {
  portal?.unmount()
  portal = undefined
  root.remove()
  await deleteStore(db)
})

describe("portal in Indonesian", () => {
  it.each(pages)("%s shows plain Indonesian", async (p) => {
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
    // every expandable part open, so that what it holds is read too
    for (const d of deepElements(root)) if (d instanceof HTMLDetailsElement) d.open = true
    const texts = shownTexts(root)
    expect(texts.length).toBeGreaterThan(20)
    expect([...new Set(texts.flatMap(indonesianProblems))]).toEqual([])
  })
})
