/**
 * `@pembinaan/widgets/react` renders in React 19: wrappers pass properties, attributes and events, and the survey's
 * acknowledgement works through a React handler (the example of docs/widgets/frameworks.md, test/react-example.tsx).
 */
import { Presets } from "@pembinaan/core"
import { act, createElement } from "react"
import { createRoot, type Root } from "react-dom/client"
import { afterEach, describe, expect, it, vi } from "vitest"
import type { AsnPolicyView } from "../src/components/policy-view/policy-view.js"
import type { AsnRatingInput } from "../src/components/rating-input/rating-input.js"
import type { AsnSurveyForm } from "../src/components/survey-form/survey-form.js"
import { setLocale } from "../src/locale.js"
import { SurveyPage } from "./react-example.js"

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  document.body.replaceChildren()
  sessionStorage.clear()
  localStorage.clear()
  setLocale("id")
})

const mount = async (save: (answers: unknown) => Promise<void>) => {
  const host = document.createElement("div")
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root?.render(createElement(SurveyPage, { save })))
  return host
}

describe("@pembinaan/widgets/react", () => {
  it("renders the wrappers and the elements with their properties", async () => {
    const host = await mount(async () => undefined)
    const views = [...host.querySelectorAll<AsnPolicyView>("asn-policy-view")]
    expect(views).toHaveLength(2)
    await vi.waitFor(() =>
      expect(views.map((v) => v.value)).toEqual([Presets.bukittinggi.policy, Presets.sawahlunto.policy])
    )
    const predikat = host.querySelector("asn-predikat") as HTMLElement & {
      predikat?: string
      updateComplete: Promise<unknown>
    }
    await predikat.updateComplete
    expect(predikat.predikat).toBe("Baik")
  })

  it("the survey thanks only after the React handler's save resolves", async () => {
    let saved: unknown
    let finish: () => void = () => undefined
    const host = await mount(
      (answers) =>
        new Promise<void>((resolve) => {
          saved = answers
          finish = resolve
        })
    )
    const form = host.querySelector("asn-survey-form") as AsnSurveyForm
    await form.updateComplete
    for (const input of form.shadowRoot?.querySelectorAll<AsnRatingInput>("asn-rating-input") ?? []) {
      input.value = "4"
      input.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
    }
    await form.updateComplete
    form.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit"]')?.click()
    const status = () => form.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim()
    await vi.waitFor(() => expect(status()).toBe("Mengirim…"))
    expect(saved).toBeDefined()
    await act(async () => finish())
    await vi.waitFor(() => expect(status()).toContain("Terima kasih"))
  })
})
