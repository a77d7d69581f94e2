/**
 * Quality checks shared by every form element: user text is rendered as text (never markup, never a script, never a
 * `javascript:` link), and state restore through `formStateRestoreCallback`.
 */
import "../src/define/asn-evaluation-form.js"
import "../src/define/asn-feedback-form.js"
import "../src/define/asn-rating-input.js"
import "../src/define/asn-survey-form.js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import type { AsnEvaluationForm } from "../src/components/evaluation-form/evaluation-form.js"
import type { AsnFeedbackForm } from "../src/components/feedback-form/feedback-form.js"
import type { AsnRatingInput } from "../src/components/rating-input/rating-input.js"
import type { AsnSurveyForm } from "../src/components/survey-form/survey-form.js"
import { setLocale } from "../src/locale.js"

declare global {
  interface Window {
    __pwned?: number
  }
}

/** Strings that would run a script or inject markup if a widget rendered user text as HTML or as a link. */
const payloads = [
  "<img src=x onerror=window.__pwned=1>",
  '"><script>window.__pwned=1</script>',
  "<svg onload=window.__pwned=1></svg>",
  "javascript:window.__pwned=1",
  "' onmouseover='window.__pwned=1"
] as const
const ALL = payloads.join(" ")

/** Every element in the light and (open) shadow trees under a root. */
const deepElements = (root: Element | ShadowRoot): ReadonlyArray<Element> => {
  const out: Element[] = []
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      out.push(child)
      if (child.shadowRoot) walk(child.shadowRoot)
      walk(child)
    }
  }
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot)
  walk(root)
  return out
}

const deepText = (root: Element): string =>
  [root, ...deepElements(root)]
    .flatMap((e) => [...(e.shadowRoot?.childNodes ?? []), ...e.childNodes])
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join(" ")

/** Nothing ran, and no element, attribute or link came from the payloads. */
const expectInert = async (root: Element) => {
  await new Promise((r) => setTimeout(r, 50))
  expect(window.__pwned).toBeUndefined()
  const elements = deepElements(root)
  expect(elements.filter((e) => ["img", "svg", "iframe", "object", "embed"].includes(e.localName))).toEqual([])
  // The only scripts are the JSON policy/template children the test put there itself.
  expect(elements.filter((e) => e.localName === "script" && e.getAttribute("type") !== "application/json")).toEqual([])
  for (const e of elements) {
    for (const a of e.getAttributeNames()) expect(a.startsWith("on"), `${e.localName}[${a}]`).toBe(false)
    const href = e.getAttribute("href")
    if (href !== null) expect(href.trim().toLowerCase().startsWith("javascript:")).toBe(false)
  }
}

const settle = async (el: HTMLElement & { updateComplete: Promise<boolean> }) => {
  await el.updateComplete
  await new Promise((r) => requestAnimationFrame(r))
  await el.updateComplete
}

const typeInto = async (input: HTMLInputElement | HTMLTextAreaElement | null | undefined, text: string) => {
  if (!input) throw new Error("missing field")
  input.focus()
  // userEvent.type would read "{" and "[" as key descriptors: fill sets the value like a paste does.
  await userEvent.fill(input, text)
}

beforeEach(() => {
  localStorage.clear()
  setLocale("id")
  delete window.__pwned
})
afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
  localStorage.clear()
})

describe("user text is rendered safely", () => {
  it("<asn-rating-input>: label attribute, slotted label and option labels", async () => {
    const el = document.createElement("asn-rating-input")
    el.setAttribute("label", ALL)
    el.labels = [...payloads.slice(0, 3)]
    el.scale = "ekspektasi"
    document.body.append(el)
    await settle(el)
    const slotted = document.createElement("asn-rating-input")
    slotted.textContent = ALL
    document.body.append(slotted)
    await settle(slotted)
    expect(deepText(el)).toContain(payloads[0])
    expect(deepText(el)).toContain(payloads[2])
    await expectInert(document.body)
  })

  it("<asn-survey-form>: comment, name, phone, ticket, label and template texts", async () => {
    const template = {
      id: "skm-x",
      version: "1",
      elements: [{ id: "A", label: { id: ALL, en: ALL } }],
      answerLabels: { id: [...payloads.slice(0, 4)], en: [...payloads.slice(0, 4)] }
    }
    const el = document.createElement("asn-survey-form")
    el.setAttribute("with-comment", "")
    el.setAttribute("ask-identity", "")
    el.setAttribute("ticket", payloads[1])
    el.setAttribute("label", payloads[0])
    // A portal escapes "</" inside an inline JSON script (as it must for any JSON in HTML).
    el.innerHTML = `<script type="application/json">${JSON.stringify(template).replaceAll("</", "<\\/")}</script>`
    document.body.append(el)
    await settle(el)
    const details: unknown[] = []
    el.addEventListener("asn-survey-submit", (e) => {
      details.push(e.detail)
      e.preventDefault()
    })
    el.shadowRoot?.querySelector<AsnRatingInput>("asn-rating-input")?.focus()
    await userEvent.keyboard(" ")
    await typeInto(el.shadowRoot?.querySelector("textarea"), ALL)
    const [name, phone] = [...(el.shadowRoot?.querySelectorAll("input") ?? [])]
    await typeInto(name, payloads[0])
    await typeInto(phone, payloads[1])
    await settle(el)
    expect(deepText(el)).toContain(payloads[1])
    el.shadowRoot?.querySelector<HTMLElement>('[part~="submit"]')?.click()
    expect(details).toEqual([
      {
        templateId: "skm-x",
        templateVersion: "1",
        answers: { A: 1 },
        comment: ALL,
        ticket: payloads[1],
        identity: { name: payloads[0], phone: payloads[1] }
      }
    ])
    await expectInert(document.body)
  })

  it("<asn-feedback-form>: every comment, the attributes and the label", async () => {
    const el = document.createElement("asn-feedback-form")
    el.setAttribute("subject-id", payloads[0])
    el.setAttribute("rater-group", "rekan-kerja")
    el.setAttribute("period", payloads[1])
    el.setAttribute("label", payloads[2])
    document.body.append(el)
    await settle(el)
    const posted: FormData[] = []
    vi.spyOn(HTMLFormElement.prototype, "submit").mockImplementation(function (this: HTMLFormElement) {
      posted.push(new FormData(this))
    })
    el.setAttribute("action", "/umpan-balik")
    const inputs = [...(el.shadowRoot?.querySelectorAll<AsnRatingInput>("asn-rating-input") ?? [])]
    const comments = [...(el.shadowRoot?.querySelectorAll("textarea") ?? [])]
    for (const [i, input] of inputs.entries()) {
      input.focus()
      await userEvent.keyboard("{End}")
      await typeInto(comments[i], payloads[i % payloads.length] ?? "")
    }
    await settle(el)
    el.shadowRoot?.querySelector<HTMLElement>('[part~="submit"]')?.click()
    expect(posted).toHaveLength(1)
    expect(posted[0]?.get("comments[berorientasi-pelayanan]")).toBe(payloads[0])
    expect(posted[0]?.get("subjectId")).toBe(payloads[0])
    expect(deepText(el)).toContain(payloads[2])
    await expectInert(document.body)
  })

  it("<asn-evaluation-form>: number fields, evidence links, attributes, label and policy texts", async () => {
    const { Presets } = await import("@pembinaan/core")
    const base = Presets.bukittinggi.policy
    const policy = {
      ...base,
      title: ALL,
      region: payloads[1],
      indicators: base.indicators.map((d) => ({ ...d, label: `${d.label} ${payloads[0]}`, unit: payloads[2] }))
    }
    const el = document.createElement("asn-evaluation-form")
    el.setAttribute("employee-id", payloads[1])
    el.setAttribute("period", "2026-Q1")
    el.setAttribute("scorecard", "pelaksana")
    el.setAttribute("label", payloads[0])
    el.innerHTML = `<script type="application/json">${JSON.stringify(policy).replaceAll("</", "<\\/")}</script>`
    document.body.append(el)
    await settle(el)
    const fields = [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>("input[data-field]") ?? [])]
    expect(fields.length).toBe(12)
    for (const [i, input] of fields.entries()) await typeInto(input, payloads[i % payloads.length] ?? "")
    const submitted: unknown[] = []
    el.addEventListener("asn-evaluation-submit", (e) => submitted.push(e.detail))
    el.shadowRoot?.querySelector<HTMLElement>('[part~="submit"]')?.click()
    await settle(el)
    expect(submitted).toEqual([])
    // Every number field refuses the text; every evidence field refuses it as a link.
    for (const input of fields) expect(input.getAttribute("aria-invalid"), input.dataset.field).toBe("true")
    expect(el.shadowRoot?.querySelector('[part~="evidence-link"]')).toBeNull()
    expect(deepText(el)).toContain(`"${payloads[0]}" bukan angka`)
    expect(deepText(el)).toContain(payloads[1])
    await expectInert(document.body)

    // A javascript: address with an http-looking tail, and mixed-case schemes, are refused too.
    const evidence = fields.find((f) => f.dataset.field === "evidence:dokumen-selesai")
    for (const link of ["JavaScript:alert(1)//https://x.go.id", " javascript:alert(1)", "data:text/html,<b>x</b>"]) {
      await typeInto(evidence, link)
      await settle(el)
      expect(el.shadowRoot?.querySelector('[part~="evidence-link"]')).toBeNull()
    }
    await expectInert(document.body)
  })
})

describe("state restore (formStateRestoreCallback)", () => {
  it("<asn-survey-form> restores answers and step; unreadable state is ignored", async () => {
    const form = document.createElement("form")
    form.innerHTML = '<asn-survey-form mode="one-at-a-time"></asn-survey-form>'
    document.body.append(form)
    const el = form.firstElementChild as AsnSurveyForm
    await settle(el)
    el.formStateRestoreCallback(JSON.stringify({ answers: { U1: 4, U2: 3, U9: 1 }, step: 2 }))
    await settle(el)
    expect(el.answers.U1).toBe("4")
    expect(el.answers.U9).toBe("1")
    expect(new FormData(form).get("answers[U2]")).toBe("3")
    expect(el.shadowRoot?.querySelector('[part~="progress"]')?.textContent).toBe("Pertanyaan 3 dari 9")
    el.formStateRestoreCallback("not json")
    await settle(el)
    expect(el.answers.U1).toBe("4")
  })

  it("<asn-feedback-form> restores ratings and comments", async () => {
    const form = document.createElement("form")
    form.innerHTML = '<asn-feedback-form subject-id="emp-1" rater-group="bawahan" period="2026-S1"></asn-feedback-form>'
    document.body.append(form)
    const el = form.firstElementChild as AsnFeedbackForm
    await settle(el)
    el.formStateRestoreCallback(JSON.stringify({ ratings: { loyal: 4, adaptif: 9 }, comments: { loyal: "Teladan" } }))
    await settle(el)
    const data = new FormData(form)
    expect(data.get("ratings[loyal]")).toBe("4")
    expect(data.has("ratings[adaptif]")).toBe(false)
    expect(data.get("comments[loyal]")).toBe("Teladan")
  })

  it("<asn-evaluation-form> restores typed values into a fresh element and writes them back to the draft", async () => {
    const el = document.createElement("asn-evaluation-form") as AsnEvaluationForm
    Object.assign(el, { preset: "bukittinggi", employeeId: "e-1", period: "2026-Q2", scorecard: "pelaksana" })
    const form = document.createElement("form")
    form.append(el)
    document.body.append(form)
    await settle(el)
    el.formStateRestoreCallback(JSON.stringify({ text: { "target:mutu-dokumen": "90,5" }, ratings: {} }), "restore")
    await settle(el)
    expect(new FormData(form).get("measurements[mutu-dokumen][target]")).toBe("90.5")
    expect(localStorage.getItem(el.draftKey ?? "")).toContain("90,5")
  })
})
