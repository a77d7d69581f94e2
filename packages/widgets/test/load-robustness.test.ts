/**
 * Display widgets under bad data and bad networks (issue 19, "Widgets under stress"): an unknown enum value is a
 * data problem with its path, a render error becomes a visible message and `asn-load-error`, a `src` that never
 * answers times out, and a huge response is refused instead of freezing the page.
 */
import "../src/define/asn-competency-gap.js"
import "../src/define/asn-scorecard.js"
import { html } from "lit"
import { afterEach, describe, expect, it, vi } from "vitest"
import { DEFAULT_TIMEOUT_MS, type LoadError } from "../src/internal/data.controller.js"
import { DisplayElement } from "../src/internal/display.js"
import { setLocale } from "../src/locale.js"
import { part, ready, text } from "./display.js"
import { evaluated, jpm } from "./fixtures.js"

afterEach(() => {
  document.body.replaceChildren()
  vi.unstubAllGlobals()
  setLocale("id")
})

/** Mounts a widget and collects its `asn-load-error` details. */
const mountWith = async (tag: string, setup: (el: DisplayElement<unknown>) => void) => {
  const el = document.createElement(tag) as DisplayElement<unknown>
  const errors: Array<LoadError> = []
  el.addEventListener("asn-load-error", (e) => errors.push((e as CustomEvent<LoadError>).detail))
  setup(el)
  document.body.append(el)
  await ready(el)
  return { el, errors }
}

const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v))

describe("unknown enum values", () => {
  it("asn-scorecard refuses competency.total.status it does not know, with the path", async () => {
    const competency = plain(jpm([1, 3, 4, 2])) as unknown as Record<string, Record<string, unknown>>
    competency.total = { ...competency.total, status: "selesai" }
    const { el, errors } = await mountWith("asn-scorecard", (e) => {
      e.data = { evaluation: plain(evaluated()), competency }
    })
    expect(errors.map((e) => e._tag)).toEqual(["Shape"])
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    expect(text(el)).toContain("competency.total.status")
  })

  it("asn-competency-gap refuses matches[i].total.status it does not know, with the path", async () => {
    const bad = plain(jpm([1, 3, 4, 2])) as unknown as Record<string, Record<string, unknown>>
    bad.total = { ...bad.total, status: "selesai" }
    const { el, errors } = await mountWith("asn-competency-gap", (e) => {
      e.data = { matches: [plain(jpm([1, 2, 3, 4])), bad] }
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]?._tag).toBe("Shape")
    expect(text(el)).toContain("matches.1.total.status")
  })
})

class Throwing extends DisplayElement<{ readonly n: number }> {
  protected read(input: unknown) {
    return { _tag: "Success", success: input } as never
  }
  toCsv() {
    return ""
  }
  protected csvName() {
    return "x"
  }
  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    if ((this.value as { n: number }).n > 1) throw new Error("unknown value")
    return html`<p part="ok">ok</p>`
  }
}
customElements.define("test-throwing-display", Throwing)

describe("a render error", () => {
  it("is shown and fired as asn-load-error instead of a blank widget", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined)
    const { el, errors } = await mountWith("test-throwing-display", (e) => {
      e.data = { n: 2 }
    })
    await el.updateComplete
    expect(errors.map((e) => e._tag)).toEqual(["Render"])
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    expect(text(el)).toContain("Data tidak dapat ditampilkan")
    // good data afterwards renders again
    el.data = { n: 1 }
    await ready(el)
    expect(part(el, "ok")).not.toBeNull()
    error.mockRestore()
  })
})

describe("src under a bad network", () => {
  it("times out (documented default 15 s; here 50 ms) with asn-load-error", async () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(15_000)
    const calls: Array<AbortSignal> = []
    vi.stubGlobal("fetch", (_url: string, init: RequestInit) => {
      calls.push(init.signal as AbortSignal)
      return new Promise((_resolve, reject) =>
        init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")))
      )
    })
    const { el, errors } = await mountWith("asn-scorecard", (e) => {
      e.setAttribute("timeout", "50")
      e.setAttribute("src", "/never")
    })
    expect(errors).toEqual([{ _tag: "Timeout", ms: 50 }])
    expect(calls[0]?.aborted).toBe(true)
    expect(text(el)).toContain("Data tidak dimuat dalam")
  })

  it("refuses a response over the size limit while it streams, without reading it all", async () => {
    let pulled = 0
    vi.stubGlobal("fetch", async () => {
      const chunk = new Uint8Array(1024 * 1024).fill(32)
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++
          if (pulled > 60) controller.close()
          else controller.enqueue(chunk)
        }
      })
      return new Response(body, { status: 200, headers: { "content-type": "application/json" } })
    })
    const { el, errors } = await mountWith("asn-scorecard", (e) => e.setAttribute("src", "/huge"))
    expect(errors).toEqual([{ _tag: "TooLarge", limit: 10 * 1024 * 1024 }])
    expect(pulled).toBeLessThan(20)
    expect(text(el)).toContain("terlalu besar")
  })
})

describe("more enums", () => {
  it("asn-nine-box refuses a placement with an unknown potensial level, with the path", async () => {
    await import("../src/define/asn-nine-box.js")
    const { el, errors } = await mountWith("asn-nine-box", (e) => {
      e.data = {
        people: [
          {
            employee: "a",
            placement: { box: 5, kinerja: "Sesuai Ekspektasi", potensial: { level: "Sedang", classification: {} } }
          }
        ]
      }
    })
    expect(errors.map((e) => e._tag)).toEqual(["Shape"])
    expect(text(el)).toContain("people.0.placement.potensial.level")
  })

  it("asn-ikm-report refuses a score without its mutu, with the path", async () => {
    await import("../src/define/asn-ikm-report.js")
    const { el, errors } = await mountWith("asn-ikm-report", (e) => {
      e.data = { score: { kind: "ikm", respondents: 3, elements: [], nilai: { value: 80, text: "80.00" } } }
    })
    expect(errors.map((e) => e._tag)).toEqual(["Shape"])
    expect(text(el)).toContain("score.mutu")
  })
})
