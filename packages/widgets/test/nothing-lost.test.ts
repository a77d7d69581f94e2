/**
 * Nothing lost, nothing claimed that did not happen (issue 19): the forms thank only after the page confirms the
 * save (`event.respondWith`), show a retryable error otherwise and keep the answers; survey and 360 drafts survive a
 * reload; two evaluation forms on one draft see a conflict instead of overwriting each other; a storage that refuses
 * writes shows a message instead of throwing.
 */
import "../src/define/asn-evaluation-form.js"
import "../src/define/asn-feedback-form.js"
import "../src/define/asn-survey-form.js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { AsnEvaluationForm } from "../src/components/evaluation-form/evaluation-form.js"
import type { AsnFeedbackForm, FeedbackSubmitEvent } from "../src/components/feedback-form/feedback-form.js"
import type { AsnRatingInput } from "../src/components/rating-input/rating-input.js"
import { SURVEY_TICKETS_KEY } from "../src/components/survey-form/survey-form.controller.js"
import type { AsnSurveyForm, SurveySubmitEvent } from "../src/components/survey-form/survey-form.js"
import { setLocale } from "../src/locale.js"

beforeEach(() => {
  setLocale("id")
  localStorage.clear()
  sessionStorage.clear()
})
afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
  setLocale("id")
})

const mount = async <E extends HTMLElement>(tag: string, attrs: Record<string, string>): Promise<E> => {
  const el = document.createElement(tag) as E & { updateComplete: Promise<unknown> }
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  document.body.append(el)
  await el.updateComplete
  return el
}
const settle = async (el: HTMLElement) => {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete
  await new Promise((r) => setTimeout(r, 0))
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete
}
const part = (el: HTMLElement, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null
const ratingInputs = (el: HTMLElement) => [
  ...(el.shadowRoot?.querySelectorAll<AsnRatingInput>("asn-rating-input") ?? [])
]
/** Answers every rating input with `value`, as a user's input event would. */
const answerAll = async (el: HTMLElement, value: string) => {
  for (const input of ratingInputs(el)) {
    input.value = value
    input.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
  }
  await settle(el)
}
const statusOf = (el: HTMLElement) => {
  const s = part(el, "status")
  return { text: s?.textContent?.trim() ?? "", role: s?.getAttribute("role") ?? "" }
}

const SURVEY = { ticket: "PBG-7" }

describe("the survey form waits for the page to confirm", () => {
  it("shows a retryable error and keeps the answers when saving fails, thanks once it succeeds", async () => {
    const el = await mount<AsnSurveyForm>("asn-survey-form", SURVEY)
    await answerAll(el, "3")
    let attempt = 0
    el.addEventListener("asn-survey-submit", (e: SurveySubmitEvent) => {
      e.preventDefault()
      attempt++
      e.respondWith(attempt === 1 ? Promise.reject(new Error("IndexedDB penuh")) : Promise.resolve())
    })
    part(el, "submit")?.click()
    await vi.waitFor(() => expect(statusOf(el).role).toBe("alert"))
    expect(statusOf(el).text).toContain("belum tersimpan")
    expect(statusOf(el).text).toContain("IndexedDB penuh")
    expect(statusOf(el).text).not.toContain("Terima kasih")
    expect(Object.values(el.answers).every((v) => v === "3")).toBe(true)
    expect(localStorage.getItem(SURVEY_TICKETS_KEY) ?? "").not.toContain("PBG-7")
    // retry
    part(el, "submit")?.click()
    await vi.waitFor(() => expect(statusOf(el).text).toContain("Terima kasih"))
    expect(attempt).toBe(2)
    expect(localStorage.getItem(SURVEY_TICKETS_KEY)).toContain("PBG-7")
  })

  it("says it is sending, with the button disabled, until the page answers", async () => {
    const el = await mount<AsnSurveyForm>("asn-survey-form", SURVEY)
    await answerAll(el, "4")
    let confirm: () => void = () => undefined
    el.addEventListener("asn-survey-submit", (e: SurveySubmitEvent) => {
      e.preventDefault()
      e.respondWith(new Promise<void>((resolve) => (confirm = resolve)))
    })
    part(el, "submit")?.click()
    await settle(el)
    expect(statusOf(el).text).toBe("Mengirim…")
    expect((part(el, "submit") as HTMLButtonElement).disabled).toBe(true)
    confirm()
    await vi.waitFor(() => expect(statusOf(el).text).toContain("Terima kasih"))
  })
})

describe("drafts survive a reload", () => {
  it("survey answers come back in a new element (same tab), and are gone after a confirmed submit", async () => {
    const first = await mount<AsnSurveyForm>("asn-survey-form", SURVEY)
    await answerAll(first, "2")
    first.remove()
    const again = await mount<AsnSurveyForm>("asn-survey-form", SURVEY)
    await settle(again)
    expect(Object.values(again.answers)).toEqual(Object.values(first.answers))
    expect(Object.values(again.answers).every((v) => v === "2")).toBe(true)
    // and the questions show them
    expect(ratingInputs(again).map((i) => i.value)).toEqual(Array(9).fill("2"))
    again.addEventListener("asn-survey-submit", (e: SurveySubmitEvent) => {
      e.preventDefault()
      e.respondWith(Promise.resolve())
    })
    part(again, "submit")?.click()
    await vi.waitFor(() => expect(statusOf(again).text).toContain("Terima kasih"))
    again.remove()
    localStorage.removeItem(SURVEY_TICKETS_KEY)
    const fresh = await mount<AsnSurveyForm>("asn-survey-form", SURVEY)
    expect(Object.values(fresh.answers).every((v) => v === "")).toBe(true)
  })

  it("360 ratings come back in a new element, and a failed save keeps them", async () => {
    const attrs = { "subject-id": "emp-042", "rater-group": "rekan-kerja", period: "2026-S2" }
    const first = await mount<AsnFeedbackForm>("asn-feedback-form", attrs)
    await answerAll(first, "4")
    first.remove()
    const again = await mount<AsnFeedbackForm>("asn-feedback-form", attrs)
    await settle(again)
    expect(ratingInputs(again).map((i) => i.value)).toEqual(Array(7).fill("4"))
    again.addEventListener("asn-feedback-submit", (e: FeedbackSubmitEvent) => {
      e.preventDefault()
      e.respondWith(Promise.reject("server sibuk"))
    })
    part(again, "submit")?.click()
    await vi.waitFor(() => expect(statusOf(again).role).toBe("alert"))
    expect(statusOf(again).text).toContain("server sibuk")
    again.remove()
    const third = await mount<AsnFeedbackForm>("asn-feedback-form", attrs)
    await settle(third)
    expect(ratingInputs(third).map((i) => i.value)).toEqual(Array(7).fill("4"))
  })
})

describe("storage that refuses", () => {
  it("a failed draft write shows a message, not an uncaught error", async () => {
    const el = await mount<AsnSurveyForm>("asn-survey-form", SURVEY)
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("quota", "QuotaExceededError")
    })
    await answerAll(el, "3")
    expect(statusOf(el).text).toContain("Draf tidak dapat disimpan")
  })
})

describe("two evaluation forms on one draft", () => {
  const attrs = {
    preset: "bukittinggi",
    "employee-id": "198705122010011001",
    period: "2026-Q1",
    scorecard: "pelaksana"
  }
  const type = async (el: AsnEvaluationForm, value: string) => {
    const input = el.shadowRoot?.querySelector<HTMLInputElement>("input[data-field]")
    if (!input) throw new Error("no field")
    input.value = value
    input.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
    await settle(el)
  }
  const storedValue = (key: string) => JSON.parse(localStorage.getItem(key) ?? "{}").value as string

  it("the later save sees a conflict and overwrites nothing until the user chooses", async () => {
    const a = await mount<AsnEvaluationForm>("asn-evaluation-form", attrs)
    const b = await mount<AsnEvaluationForm>("asn-evaluation-form", attrs)
    const key = a.draftKey as string
    await type(a, "120")
    expect(storedValue(key)).toContain("120")
    await type(b, "77")
    expect(part(b, "draft-conflict")?.getAttribute("role")).toBe("alert")
    expect(storedValue(key)).toContain("120")
    expect(storedValue(key)).not.toContain("77")
    part(b, "draft-keep-mine")?.click()
    await settle(b)
    expect(part(b, "draft-conflict")).toBeNull()
    expect(storedValue(key)).toContain("77")
    // now A is behind: its next save is the conflict, and it may take B's draft
    await type(a, "121")
    expect(part(a, "draft-conflict")).not.toBeNull()
    part(a, "draft-use-other")?.click()
    await settle(a)
    expect(a.shadowRoot?.querySelector<HTMLInputElement>("input[data-field]")?.value).toBe("77")
  })
})
