/**
 * The widgets under a strict Content-Security-Policy (issue 10, item 3), in real Chromium.
 *
 * Each test builds an iframe whose document carries
 * `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'`
 * (no 'unsafe-inline', no 'unsafe-eval'), then loads the registration modules into it from vitest's own dev server
 * (same origin, so 'self'; Vite transforms the TypeScript sources on request, so no build is needed). The elements
 * must upgrade, render and react to input, and the iframe document must see no `securitypolicyviolation`: Lit's
 * styles go through constructable stylesheets (`adoptedStyleSheets`), and core's decoding (effect's Schema) must
 * not use `eval` or `new Function`, which this policy would block and report.
 *
 * A positive control injects an inline script and an inline style, and expects two violations: the listener and the
 * policy really are in force.
 */
import { Presets } from "@pembinaan/core"
import { afterEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import {
  dashboardRecords,
  decisions,
  evaluated,
  feedback,
  ikm,
  jpm,
  jpYear,
  placement,
  plan,
  sample
} from "./fixtures.js"

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'"

/** The registration modules, as URLs on the dev server that serves this test. */
const moduleUrl = (name: string) => new URL(`../src/define/${name}.ts`, import.meta.url).href

interface Frame {
  readonly window: Window & typeof globalThis
  readonly document: Document
  readonly violations: Array<{ readonly directive: string; readonly blocked: string; readonly sample: string }>
}

/** An iframe with the strict policy, a violation listener installed before any script runs. */
const strictFrame = async (body: string): Promise<Frame> => {
  const iframe = document.createElement("iframe")
  iframe.srcdoc = `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}"><title>CSP</title></head><body>${body}</body></html>`
  const loaded = new Promise((resolve) => iframe.addEventListener("load", resolve, { once: true }))
  document.body.append(iframe)
  await loaded
  const win = iframe.contentWindow as Window & typeof globalThis
  // Vitest serves modules with each `import()` wrapped in `__vitest_browser_runner__.wrapDynamicImport`, a global of
  // its own page; the frame gets the same (a plain call) so that widgets which load code on first use work in it.
  Object.assign(win, { __vitest_browser_runner__: { wrapDynamicImport: (f: () => unknown) => f() } })
  const doc = iframe.contentDocument as Document
  const violations: Frame["violations"] = []
  doc.addEventListener("securitypolicyviolation", (e) => {
    violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample })
  })
  return { window: win, document: doc, violations }
}

/** Loads modules into the frame with `<script type="module" src>` (external, same origin: allowed by 'self'). */
const load = async (frame: Frame, names: ReadonlyArray<string>, tags: ReadonlyArray<string>) => {
  for (const name of names) {
    const script = frame.document.createElement("script")
    script.type = "module"
    script.src = moduleUrl(name)
    const done = new Promise<void>((resolve, reject) => {
      script.addEventListener("load", () => resolve(), { once: true })
      script.addEventListener("error", () => reject(new Error(`could not load ${script.src}`)), { once: true })
    })
    frame.document.head.append(script)
    await done
  }
  await Promise.all(tags.map((tag) => frame.window.customElements.whenDefined(tag)))
}

/** Lets the violation events (dispatched asynchronously) arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

type Updatable = HTMLElement & { readonly updateComplete: Promise<unknown>; readonly value?: string }

afterEach(() => {
  document.body.replaceChildren()
})

describe("widgets under a strict CSP (no unsafe-inline, no unsafe-eval)", { timeout: 60_000 }, () => {
  it("the policy is enforced in the frame (positive control: inline script and inline style are reported)", async () => {
    const frame = await strictFrame("<p>control</p>")
    const inline = frame.document.createElement("script")
    inline.textContent = "window.ran = true"
    frame.document.head.append(inline)
    const style = frame.document.createElement("style")
    style.textContent = "p { color: red }"
    frame.document.head.append(style)
    await settle()
    expect((frame.window as unknown as { ran?: boolean }).ran).toBeUndefined()
    expect(frame.violations.map((v) => v.directive).sort()).toEqual(["script-src-elem", "style-src-elem"])
  })

  it("<asn-predikat> upgrades, renders the predikat and follows its attributes", async () => {
    const frame = await strictFrame(
      '<asn-predikat hasil-kerja="Diatas Ekspektasi" perilaku-kerja="Dibawah Ekspektasi"></asn-predikat>'
    )
    await load(frame, ["asn-predikat"], ["asn-predikat"])
    const el = frame.document.querySelector("asn-predikat") as Updatable
    expect(el).toBeInstanceOf(frame.window.customElements.get("asn-predikat") as CustomElementConstructor)
    await el.updateComplete
    const value = () => el.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim()
    expect(value()).toBe("Kurang/Misconduct")
    el.setAttribute("perilaku-kerja", "Diatas Ekspektasi")
    await el.updateComplete
    expect(value()).toBe("Sangat Baik")
    // Styles applied through adoptedStyleSheets, not <style> elements.
    expect(el.shadowRoot?.adoptedStyleSheets.length).toBeGreaterThan(0)
    await settle()
    expect(frame.violations).toEqual([])
  })

  it("<asn-rating-input> selects by keyboard", async () => {
    const frame = await strictFrame('<asn-rating-input name="r" label="Rating hasil kerja"></asn-rating-input>')
    await load(frame, ["asn-rating-input"], ["asn-rating-input"])
    const el = frame.document.querySelector("asn-rating-input") as Updatable
    await el.updateComplete
    const radios = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])]
    expect(radios.map((r) => r.textContent?.trim())).toEqual([
      "Dibawah Ekspektasi",
      "Sesuai Ekspektasi",
      "Diatas Ekspektasi"
    ])
    const changes: Array<string> = []
    el.addEventListener("change", () => changes.push(el.value ?? ""))
    radios[0]?.focus()
    await userEvent.keyboard(" ")
    expect(el.value).toBe("Dibawah Ekspektasi")
    await userEvent.keyboard("{ArrowRight}")
    expect(el.value).toBe("Sesuai Ekspektasi")
    await userEvent.keyboard("{End}")
    expect(el.value).toBe("Diatas Ekspektasi")
    expect(changes).toEqual(["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"])
    await settle()
    expect(frame.violations).toEqual([])
  })

  it("<asn-survey-form> decodes its JSON template (effect Schema, no eval) and renders the questions", async () => {
    const template = {
      id: "skm-rsud",
      version: "2026.1",
      elements: [
        { id: "A", label: { id: "Kebersihan ruang tunggu", en: "Cleanliness of the waiting room" } },
        { id: "B", label: { id: "Keramahan petugas", en: "Friendliness of staff" } }
      ],
      answerLabels: { id: ["Buruk", "Cukup", "Baik", "Sangat baik"], en: ["Poor", "Fair", "Good", "Very good"] }
    }
    // A JSON data block is not script: the policy does not apply to it.
    const frame = await strictFrame(
      `<asn-survey-form ticket="CSP-1"><script type="application/json">${JSON.stringify(template)}</script></asn-survey-form>`
    )
    await load(frame, ["asn-survey-form"], ["asn-survey-form", "asn-rating-input"])
    const el = frame.document.querySelector("asn-survey-form") as Updatable
    await el.updateComplete
    const inputs = [...(el.shadowRoot?.querySelectorAll<Updatable & { label: string }>("asn-rating-input") ?? [])]
    expect(inputs.map((i) => i.label)).toEqual(["Kebersihan ruang tunggu", "Keramahan petugas"])
    await inputs[0]?.updateComplete
    expect(inputs[0]?.shadowRoot?.textContent).toContain("Sangat baik")
    await settle()
    expect(frame.violations).toEqual([])
  })
})

type Display = HTMLElement & {
  readonly updateComplete: Promise<unknown>
  data?: unknown
  readonly loader: { readonly state: { readonly _tag: string } }
}

/** Waits until a display widget in the frame has its data and has rendered it. */
const displayed = async (el: Display) => {
  await vi.waitFor(() => expect(el.loader.state._tag).toBe("Ready"), { timeout: 5000 })
  await el.updateComplete
}

describe("every widget with full data under the strict CSP (issue 19)", { timeout: 120_000 }, () => {
  it("<asn-unit-dashboard> with 3,000 employees: the last row is reachable (spacers sized through the CSSOM)", async () => {
    const frame = await strictFrame("<asn-unit-dashboard></asn-unit-dashboard>")
    await load(frame, ["asn-unit-dashboard"], ["asn-unit-dashboard"])
    const el = frame.document.querySelector("asn-unit-dashboard") as unknown as Display
    el.data = { records: dashboardRecords(3000, ["2026-Q4"], 0) }
    await displayed(el)
    const scroller = el.shadowRoot?.querySelector<HTMLElement>("#employees")
    if (!scroller) throw new Error("no scroller")
    const rowIndex = () =>
      [...(el.shadowRoot?.querySelectorAll("#employees tbody tr:not(.spacer)") ?? [])].map((r) =>
        Number(r.getAttribute("aria-rowindex"))
      )
    // Scroll to the bottom until the last employee (aria-rowindex 3001: the header is row 1) is rendered.
    await vi.waitFor(
      () => {
        scroller.scrollTop = scroller.scrollHeight
        scroller.dispatchEvent(new Event("scroll"))
        expect(rowIndex()).toContain(3001)
      },
      { timeout: 10_000, interval: 50 }
    )
    await settle()
    expect(frame.violations, JSON.stringify(frame.violations)).toEqual([])
  })

  it("<asn-scorecard> with every section and the trace open", async () => {
    const frame = await strictFrame("<asn-scorecard></asn-scorecard>")
    await load(frame, ["asn-scorecard"], ["asn-scorecard"])
    const el = frame.document.querySelector("asn-scorecard") as unknown as Display
    const evaluation = evaluated()
    el.data = {
      employee: { name: "Siti Rahma", jabatan: "Pengelola Layanan", unit: "Disdukcapil" },
      policy: { title: Presets.bukittinggi.policy.title },
      evaluation,
      feedback: feedback(),
      competency: jpm([1, 3, "not-assessed", 2]),
      development: jpYear([evaluation.employee], () => 540),
      decisions: decisions([{ period: "2026-Q3", predikat: "Baik", score: 95 }]),
      plans: [plan(evaluation.employee)],
      asOf: "2026-12-31"
    }
    await displayed(el)
    const trace = el.shadowRoot?.querySelector<HTMLDetailsElement>('details[part~="trace"]')
    if (!trace) throw new Error("no trace")
    trace.open = true
    await el.updateComplete
    const body = el.shadowRoot?.querySelector<HTMLElement>(".trace-body")
    expect(body?.hasAttribute("style")).toBe(false)
    expect(frame.window.getComputedStyle(body as HTMLElement).display).toBe("grid")
    await settle()
    expect(frame.violations).toEqual([])
  })

  it("the other display widgets with full data", async () => {
    const frame = await strictFrame(
      "<asn-competency-gap></asn-competency-gap><asn-ikm-report></asn-ikm-report><asn-nine-box></asn-nine-box><asn-policy-view></asn-policy-view>"
    )
    await load(
      frame,
      ["asn-competency-gap", "asn-ikm-report", "asn-nine-box", "asn-policy-view"],
      ["asn-competency-gap", "asn-ikm-report", "asn-nine-box", "asn-policy-view"]
    )
    const q = (tag: string) => frame.document.querySelector(tag) as unknown as Display
    q("asn-competency-gap").data = { matches: [jpm([1, 3, 4, 2]), jpm([2, 2, "not-assessed", 5]), jpm([3, 3, 3, 3])] }
    const score = ikm(120)
    q("asn-ikm-report").data = {
      unit: "DPMPTSP",
      period: "2026-S1",
      score,
      population: 5000,
      sample: sample(5000, 120),
      trend: [
        { period: "2025-S2", score: ikm(80, 2) },
        { period: "2026-S1", score }
      ],
      groups: [
        { label: "Perizinan usaha", score: ikm(40) },
        { label: "Perizinan bangunan", score: ikm(3, 1) }
      ]
    }
    q("asn-nine-box").data = {
      people: [
        { employee: "emp-1", name: "Ani", unit: "Dinas A", placement: placement("emp-1", "Sangat Baik", 85) },
        { employee: "emp-2", name: "Budi", unit: "Dinas B", predikat: "Butuh Perbaikan", potensial: 40 }
      ]
    }
    q("asn-policy-view").data = Presets.bukittinggi.policy
    for (const tag of ["asn-competency-gap", "asn-ikm-report", "asn-nine-box", "asn-policy-view"]) {
      await displayed(q(tag))
      for (const d of q(tag).shadowRoot?.querySelectorAll("details") ?? []) d.open = true
      await q(tag).updateComplete
    }
    await settle()
    expect(frame.violations).toEqual([])
  })

  it("the forms with full data: evaluation (complete, with preview) and 360", async () => {
    const frame = await strictFrame(
      '<asn-evaluation-form preset="bukittinggi" employee-id="198705122010011001" period="2026-Q1" scorecard="pelaksana"></asn-evaluation-form>' +
        '<asn-feedback-form subject-id="emp-042" rater-group="rekan-kerja" period="2026-S2"></asn-feedback-form>'
    )
    await load(
      frame,
      ["asn-evaluation-form", "asn-feedback-form"],
      ["asn-evaluation-form", "asn-feedback-form", "asn-rating-input"]
    )
    const form = frame.document.querySelector("asn-evaluation-form") as unknown as Updatable
    await form.updateComplete
    for (const input of form.shadowRoot?.querySelectorAll<HTMLInputElement>("input[data-field]") ?? []) {
      input.value = input.dataset.field?.startsWith("evidence") ? "https://contoh.go.id/bukti" : "100"
      input.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
    }
    const feedbackForm = frame.document.querySelector("asn-feedback-form") as Updatable
    await feedbackForm.updateComplete
    for (const host of [form, feedbackForm]) {
      for (const r of host.shadowRoot?.querySelectorAll<Updatable & { value: string }>("asn-rating-input") ?? []) {
        await r.updateComplete
        const first = r.shadowRoot?.querySelector<HTMLElement>('[role="radio"]')
        first?.click()
      }
      await host.updateComplete
    }
    for (const d of form.shadowRoot?.querySelectorAll("details") ?? []) d.open = true
    await form.updateComplete
    await settle()
    expect(frame.violations).toEqual([])
  })
})
