import "../../define/asn-feedback-form.js"
import { Behaviour, Quadrant } from "@pembinaan/core"
import { afterEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { formControlSuite } from "../../../test/form-control.js"
import { setLocale } from "../../locale.js"
import type { AsnRatingInput } from "../rating-input/rating-input.js"
import { FeedbackController, type FeedbackSubmission } from "./feedback-form.controller.js"
import type { AsnFeedbackForm } from "./feedback-form.js"

const config = { "subject-id": "emp-042", "rater-group": "rekan-kerja", period: "2026-S2" }

const mount = async (attrs: Record<string, string> = config): Promise<AsnFeedbackForm> => {
  const el = document.createElement("asn-feedback-form")
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  document.body.append(el)
  await el.updateComplete
  return el
}

const part = (el: AsnFeedbackForm, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`)
const inputs = (el: AsnFeedbackForm) => [...(el.shadowRoot?.querySelectorAll<AsnRatingInput>("asn-rating-input") ?? [])]

/** Rates every value by keyboard (Tab into the group, the given keys), typing a comment where one is given. */
const rateAllByKeyboard = async (keys = "{ArrowRight}", comments: Record<number, string> = {}) => {
  for (let i = 0; i < 7; i++) {
    await userEvent.tab()
    await userEvent.keyboard(keys)
    await userEvent.tab()
    const comment = comments[i]
    if (comment) await userEvent.keyboard(comment)
  }
}

const capture = (el: HTMLElement) => {
  const events: FeedbackSubmission[] = []
  el.addEventListener("asn-feedback-submit", (e) => {
    events.push(e.detail)
    e.preventDefault()
  })
  return events
}

afterEach(() => {
  sessionStorage.clear()
  document.body.replaceChildren()
  setLocale("id")
  vi.restoreAllMocks()
})

formControlSuite<AsnFeedbackForm>({
  tag: "asn-feedback-form",
  create: () => {
    const el = document.createElement("asn-feedback-form")
    el.subjectId = "emp-042"
    el.raterGroup = "bawahan"
    el.period = "2026-S2"
    return el
  },
  fill: () => rateAllByKeyboard(),
  entries: [
    ["subjectId", "emp-042"],
    ["raterGroup", "bawahan"],
    ["period", "2026-S2"],
    ["ratings[berorientasi-pelayanan]", "2"],
    ["ratings[kolaboratif]", "2"]
  ]
})

describe("<asn-feedback-form>", () => {
  it("asks for one rating per BerAKHLAK value, in regulation order, and names the rater group", async () => {
    const el = await mount()
    expect(inputs(el).map((i) => i.label)).toEqual(Behaviour.coreValues.map((v) => Behaviour.labels[v].id))
    expect(inputs(el).every((i) => i.scale === "1-5" && i.required)).toBe(true)
    expect(part(el, "rater-group")?.textContent).toBe("Anda menilai sebagai: Rekan kerja")
    expect(part(el, "intro")?.textContent).toContain("anonim")
  })

  it.each([
    ["atasan", "Atasan"],
    ["rekan-kerja", "Rekan kerja"],
    ["bawahan", "Bawahan"],
    ["diri-sendiri", "Diri sendiri"],
    ["pihak-lain", "Pihak lain"]
  ])("labels rater group %s as %s", async (group, label) => {
    const el = await mount({ ...config, "rater-group": group })
    expect(part(el, "rater-group")?.textContent).toBe(`Anda menilai sebagai: ${label}`)
  })

  it("is completed by keyboard and fires the payload with ratings 1..5 and comments", async () => {
    const el = await mount()
    const events = capture(el)
    await rateAllByKeyboard("{End}", { 1: "Selalu tepat waktu melapor", 6: "  " })
    await userEvent.tab()
    await userEvent.keyboard("{Enter}")
    expect(events).toEqual([
      {
        subjectId: "emp-042",
        raterGroup: "rekan-kerja",
        period: "2026-S2",
        ratings: {
          "berorientasi-pelayanan": 5,
          akuntabel: 5,
          kompeten: 5,
          harmonis: 5,
          loyal: 5,
          adaptif: 5,
          kolaboratif: 5
        },
        comments: { akuntabel: "Selalu tepat waktu melapor" }
      }
    ])
  })

  it("never puts the rater's identity in the payload or the posted entries", async () => {
    // A page that knows who is logged in, and puts it everywhere it can.
    document.documentElement.dataset.user = "Budi Santoso"
    localStorage.setItem("user", JSON.stringify({ nip: "198001012005011001", name: "Budi Santoso" }))
    const el = await mount({ ...config, "data-rater": "Budi Santoso", "rater-id": "198001012005011001", name: "rater" })
    Object.assign(el, { raterId: "198001012005011001", rater: { name: "Budi Santoso" } })
    const posted: FormData[] = []
    vi.spyOn(HTMLFormElement.prototype, "submit").mockImplementation(function (this: HTMLFormElement) {
      posted.push(new FormData(this))
    })
    el.setAttribute("action", "/umpan-balik")
    let detail: FeedbackSubmission | undefined
    el.addEventListener("asn-feedback-submit", (e) => {
      detail = e.detail
    })
    await rateAllByKeyboard("{ArrowRight}", { 0: "Ramah" })
    part(el, "submit")?.click()
    delete document.documentElement.dataset.user
    localStorage.removeItem("user")

    expect(Object.keys(detail ?? {}).sort()).toEqual(["comments", "period", "raterGroup", "ratings", "subjectId"])
    const json = JSON.stringify(detail)
    expect(json).not.toContain("Budi")
    expect(json).not.toContain("198001012005011001")
    expect(posted).toHaveLength(1)
    const keys = [...(posted[0]?.keys() ?? [])]
    expect(keys.every((k) => /^(subjectId|raterGroup|period|ratings\[[a-z-]+\]|comments\[[a-z-]+\])$/.test(k))).toBe(
      true
    )
    expect(JSON.stringify([...(posted[0]?.entries() ?? [])])).not.toContain("Budi")
    expect(posted[0]?.get("comments[berorientasi-pelayanan]")).toBe("Ramah")
  })

  it("rates with the PermenPAN-RB 6/2022 ratings when scale is ekspektasi", async () => {
    const el = await mount({ ...config, scale: "ekspektasi" })
    const events = capture(el)
    await rateAllByKeyboard("{ArrowRight}")
    part(el, "submit")?.click()
    const ratings = Object.values(events[0]?.ratings ?? {})
    expect(ratings).toHaveLength(7)
    expect(ratings.every((r) => r === "Sesuai Ekspektasi" && Quadrant.isRating(r))).toBe(true)
  })

  it("refuses to submit an incomplete feedback, marking the unrated values", async () => {
    const el = await mount()
    const events = capture(el)
    part(el, "submit")?.click()
    await new Promise((r) => setTimeout(r, 50))
    expect(events).toEqual([])
    expect(part(el, "status")?.textContent).toBe("7 pertanyaan belum dijawab.")
    const group = inputs(el)[3]?.shadowRoot?.querySelector('[role="radiogroup"]')
    expect(group?.getAttribute("aria-invalid")).toBe("true")
  })

  it("reports a missing or unknown configuration and cannot be submitted", async () => {
    const el = await mount({ "subject-id": "emp-042", "rater-group": "teman", period: "" })
    expect(part(el, "error")?.textContent).toBe("Formulir belum lengkap dikonfigurasi: rater-group, period.")
    expect((part(el, "submit") as HTMLButtonElement).disabled).toBe(true)
    expect(el.validity.customError).toBe(true)
    expect(part(el, "rater-group")).toBeNull()
  })

  it("switches to English", async () => {
    const el = await mount()
    setLocale("en")
    await el.updateComplete
    expect(part(el, "title")?.textContent).toBe("Work behaviour feedback (BerAKHLAK)")
    expect(part(el, "rater-group")?.textContent).toBe("You are rating as: Rekan kerja (peer)")
    expect(inputs(el)[0]?.label).toBe("Berorientasi Pelayanan (service-oriented)")
    await inputs(el)[0]?.updateComplete
    expect(inputs(el)[0]?.shadowRoot?.textContent).toContain("Very good")
  })

  it("names the values exactly as core does, in both locales", async () => {
    const el = await mount()
    const controller = new FeedbackController(el)
    expect(controller.values).toEqual(Behaviour.coreValues)
    for (const v of Behaviour.coreValues) {
      expect(controller.label(v, "id")).toBe(Behaviour.labels[v].id)
      expect(controller.label(v, "en")).toBe(`${Behaviour.labels[v].id} (${Behaviour.labels[v].en.toLowerCase()})`)
    }
  })

  it("has no axe violations", async () => {
    const el = await mount()
    expect(await axeViolations(el)).toEqual([])
    part(el, "submit")?.click()
    await new Promise((r) => setTimeout(r, 50))
    expect(await axeViolations(el)).toEqual([])
    const bad = await mount({ "rater-group": "x" })
    expect(await axeViolations(bad)).toEqual([])
  })
})
