// The CLI's output rendered in the display widgets with no error: `pembinaan ikm --format widget`,
// `pembinaan score --format widget` and `pembinaan policy export` (fixtures kept equal to the CLI's output by
// packages/cli/test/widget-output.test.ts).
import "../src/define/asn-ikm-report.js"
import "../src/define/asn-policy-view.js"
import "../src/define/asn-scorecard.js"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import type { DisplayElement } from "../src/internal/display.js"
import { mount, type Source, text } from "./display.js"

// biome-ignore lint/suspicious/noExplicitAny: fixtures are the CLI's JSON, read as data
type Json = any
const fixture = async (name: string): Promise<Json> =>
  (await fetch(new URL(`./cli-output/${name}`, import.meta.url))).json()
let ikmReport: Json
let policy: Json
let scorecards: Array<Json>
beforeAll(async () => {
  ikmReport = await fixture("ikm-report.json")
  policy = await fixture("policy.json")
  scorecards = await fixture("scorecard.json")
  expect(scorecards.length).toBeGreaterThan(0)
})

afterEach(() => {
  document.body.replaceChildren()
})

const state = (el: Element) => (el as unknown as { loader: { state: { _tag: string; error?: unknown } } }).loader.state

const rendered = async (tag: string, data: unknown, source: Source) => {
  const errors: Array<unknown> = []
  const onError = (e: Event) => errors.push((e as CustomEvent).detail)
  document.addEventListener("asn-load-error", onError, true)
  const el = await mount<DisplayElement<unknown>>(tag, data, source)
  document.removeEventListener("asn-load-error", onError, true)
  expect(state(el)).toMatchObject({ _tag: "Ready" })
  expect(errors).toEqual([])
  expect(text(el)).not.toMatch(/Data tidak sesuai format|Data does not match/)
  return el
}

describe("CLI output renders in the display widgets", () => {
  it.each(["property", "src", "inline"] as const)("ikm --format widget in <asn-ikm-report> (%s)", async (source) => {
    const el = await rendered("asn-ikm-report", ikmReport, source)
    expect(text(el)).toContain(ikmReport.score.mutu.label)
    expect(text(el)).toContain("DPMPTSP")
  })

  it.each(["property", "src"] as const)("score --format widget in <asn-scorecard> (%s)", async (source) => {
    for (const data of scorecards) {
      const el = await rendered("asn-scorecard", data, source)
      expect(text(el)).toContain(data.evaluation.predikat)
      el.remove()
    }
  })

  it.each(["property", "src"] as const)("policy export in <asn-policy-view> (%s)", async (source) => {
    const el = await rendered("asn-policy-view", policy, source)
    expect(text(el)).toContain(policy.title)
  })
})
