/** The Vue example of docs/widgets/frameworks.md (test/vue-example.ts) in Vue 3: properties, events, acknowledgement. */
import { Presets } from "@pembinaan/core"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { AsnPolicyView } from "../src/components/policy-view/policy-view.js"
import type { AsnRatingInput } from "../src/components/rating-input/rating-input.js"
import type { AsnSurveyForm } from "../src/components/survey-form/survey-form.js"
import { setLocale } from "../src/locale.js"
import { mountSurveyPage } from "./vue-example.js"

beforeEach(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  sessionStorage.clear()
  localStorage.clear()
  setLocale("id")
})

describe("the widgets in Vue", () => {
  it("passes data as a property and thanks only after the save resolves", async () => {
    const host = document.createElement("div")
    document.body.append(host)
    let finish: () => void = () => undefined
    let saved: unknown
    const app = mountSurveyPage(
      host,
      (detail) =>
        new Promise<void>((resolve) => {
          saved = detail
          finish = resolve
        })
    )
    const view = host.querySelector("asn-policy-view") as AsnPolicyView
    await vi.waitFor(() => expect(view.value).toBe(Presets.sawahlunto.policy))
    const form = host.querySelector("asn-survey-form") as AsnSurveyForm
    await form.updateComplete
    for (const input of form.shadowRoot?.querySelectorAll<AsnRatingInput>("asn-rating-input") ?? []) {
      input.value = "3"
      input.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
    }
    await form.updateComplete
    form.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit"]')?.click()
    const status = () => form.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim()
    await vi.waitFor(() => expect(status()).toBe("Mengirim…"))
    expect(saved).toMatchObject({ ticket: "PBG-1" })
    finish()
    await vi.waitFor(() => expect(status()).toContain("Terima kasih"))
    app.unmount()
  })
})
