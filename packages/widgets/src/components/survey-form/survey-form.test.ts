import "../../define/asn-survey-form.js"
import { Survey } from "@pembinaan/core"
import { Result, Schema } from "effect"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { formControlSuite } from "../../../test/form-control.js"
import { setLocale } from "../../locale.js"
import type { AsnRatingInput } from "../rating-input/rating-input.js"
import {
  nationalSurveyTemplate,
  SURVEY_TICKETS_KEY,
  SurveyController,
  type SurveySubmission
} from "./survey-form.controller.js"
import type { AsnSurveyForm, SurveySubmitEvent } from "./survey-form.js"
import { toSurveyTemplate } from "./survey-form.template.js"

const mount = async (attrs: Record<string, string> = {}, inner = ""): Promise<AsnSurveyForm> => {
  const el = document.createElement("asn-survey-form")
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  el.innerHTML = inner
  document.body.append(el)
  await el.updateComplete
  return el
}

const part = (el: AsnSurveyForm, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`)
const inputs = (el: AsnSurveyForm) => [...(el.shadowRoot?.querySelectorAll<AsnRatingInput>("asn-rating-input") ?? [])]
const groupOf = (input: AsnRatingInput | undefined) =>
  input?.shadowRoot?.querySelector<HTMLElement>('[role="radiogroup"]') ?? null

/** Answers every visible question by keyboard: Tab into it, ArrowRight (answer 2), optionally more arrows. */
const answerAllByKeyboard = async (count: number) => {
  for (let i = 0; i < count; i++) {
    await userEvent.tab()
    await userEvent.keyboard("{ArrowRight}")
  }
}

const captureSubmit = (el: HTMLElement) => {
  const events: SurveySubmission[] = []
  el.addEventListener("asn-survey-submit", (e: SurveySubmitEvent) => {
    events.push(e.detail)
    e.preventDefault()
  })
  return events
}

beforeEach(() => localStorage.removeItem(SURVEY_TICKETS_KEY))
afterEach(() => {
  sessionStorage.clear()
  document.body.replaceChildren()
  setLocale("id")
  vi.restoreAllMocks()
})

formControlSuite<AsnSurveyForm>({
  tag: "asn-survey-form",
  create: () => {
    const el = document.createElement("asn-survey-form")
    el.ticket = "PBG-1"
    return el
  },
  fill: () => answerAllByKeyboard(9),
  entries: [
    ["templateId", nationalSurveyTemplate.id],
    ["templateVersion", nationalSurveyTemplate.version],
    ["answers[U1]", "2"],
    ["answers[U9]", "2"],
    ["ticket", "PBG-1"]
  ]
})

describe("<asn-survey-form>", () => {
  it("shows the nine national SKM elements with the four SKM answers", async () => {
    const el = await mount()
    expect(inputs(el).map((i) => i.label)).toEqual(nationalSurveyTemplate.elements.map((e) => e.label.id))
    expect(inputs(el)[0]?.label).toBe("Persyaratan")
    expect(inputs(el)[8]?.label).toBe("Sarana dan Prasarana")
    expect(inputs(el).every((i) => i.scale === "skm" && i.required)).toBe(true)
    expect(part(el, "intro")?.textContent).toContain("tidak mengumpulkan data pribadi")
  })

  it("is completed and submitted with the keyboard only, firing a typed payload", async () => {
    const el = await mount({ "with-comment": "" })
    const events = captureSubmit(el)
    await answerAllByKeyboard(9)
    await userEvent.keyboard("{ArrowRight}") // U9: answer 3
    await userEvent.tab()
    await userEvent.keyboard("Antrean cepat")
    await userEvent.tab()
    expect(el.shadowRoot?.activeElement?.getAttribute("part")).toBe("submit")
    await userEvent.keyboard("{Enter}")
    expect(events).toEqual([
      {
        templateId: "skm-permenpan-rb-14-2017",
        templateVersion: "2017",
        answers: { U1: 2, U2: 2, U3: 2, U4: 2, U5: 2, U6: 2, U7: 2, U8: 2, U9: 3 },
        comment: "Antrean cepat"
      }
    ])
    await el.updateComplete
    expect(part(el, "status")?.textContent).toBe("Terima kasih, jawaban Anda sudah terkirim.")
  })

  it("the event bubbles out of shadow roots and is cancelable", async () => {
    const el = await mount()
    let seen: SurveySubmitEvent | undefined
    const listener = (e: SurveySubmitEvent) => {
      seen = e
      e.preventDefault()
    }
    document.addEventListener("asn-survey-submit", listener)
    await answerAllByKeyboard(9)
    part(el, "submit")?.click()
    document.removeEventListener("asn-survey-submit", listener)
    expect(seen?.bubbles && seen.composed && seen.cancelable).toBe(true)
    expect(Object.keys(seen?.detail ?? {})).toEqual(["templateId", "templateVersion", "answers"])
  })

  it("refuses submission while questions are unanswered, with messages on those questions", async () => {
    const el = await mount()
    const events = captureSubmit(el)
    await userEvent.tab()
    await userEvent.keyboard("{ArrowRight}")
    part(el, "submit")?.click()
    await new Promise((r) => setTimeout(r, 50))
    expect(events).toEqual([])
    expect(part(el, "status")?.textContent).toBe("8 pertanyaan belum dijawab.")
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    const [first, second] = inputs(el)
    expect(groupOf(first)?.getAttribute("aria-invalid")).toBeNull()
    expect(groupOf(second)?.getAttribute("aria-invalid")).toBe("true")
    const describedBy = groupOf(second)?.getAttribute("aria-describedby") ?? ""
    expect(second?.shadowRoot?.getElementById(describedBy)?.textContent).toBe("Pilih salah satu jawaban.")
    // Focus moves to the first unanswered question.
    expect(el.shadowRoot?.activeElement).toBe(second)
  })

  it("form.reset() clears every answer and the messages of the last submit attempt", async () => {
    const form = document.createElement("form")
    document.body.append(form)
    const el = document.createElement("asn-survey-form")
    form.append(el)
    await el.updateComplete
    captureSubmit(el)
    await userEvent.tab()
    await userEvent.keyboard("{ArrowRight}")
    part(el, "submit")?.click()
    await new Promise((r) => setTimeout(r, 50))
    expect(groupOf(inputs(el)[1])?.getAttribute("aria-invalid")).toBe("true")
    expect(inputs(el)[0]?.value).toBe("2")
    form.reset()
    await el.updateComplete
    await Promise.all(inputs(el).map((i) => i.updateComplete))
    expect(inputs(el).map((i) => i.value)).toEqual(Array(9).fill(""))
    expect(inputs(el).map((i) => groupOf(i)?.getAttribute("aria-invalid") ?? null)).toEqual(Array(9).fill(null))
  })

  it("one-at-a-time: progress, Next requires an answer, Back returns", async () => {
    const el = await mount({ mode: "one-at-a-time" })
    const visible = () => inputs(el).filter((i) => !i.closest("li")?.hidden)
    expect(part(el, "progress")?.textContent).toBe("Pertanyaan 1 dari 9")
    expect(visible().map((i) => i.label)).toEqual(["Persyaratan"])
    expect(part(el, "back")).toBeNull()
    part(el, "next")?.click()
    await el.updateComplete
    await inputs(el)[0]?.updateComplete
    expect(part(el, "progress")?.textContent).toBe("Pertanyaan 1 dari 9")
    expect(groupOf(inputs(el)[0])?.getAttribute("aria-invalid")).toBe("true")
    // Focus went back to the unanswered question.
    expect(el.shadowRoot?.activeElement).toBe(inputs(el)[0])
    await userEvent.keyboard("{End}")
    await userEvent.tab()
    await userEvent.keyboard("{Enter}")
    await el.updateComplete
    expect(part(el, "progress")?.textContent).toBe("Pertanyaan 2 dari 9")
    expect(visible().map((i) => i.label)).toEqual(["Sistem, Mekanisme, dan Prosedur"])
    part(el, "back")?.click()
    await el.updateComplete
    expect(part(el, "progress")?.textContent).toBe("Pertanyaan 1 dari 9")
    expect(el.answers.U1).toBe("4")
    // Answer the rest and submit from the last step.
    const events = captureSubmit(el)
    for (let i = 0; i < 9; i++) {
      const current = visible()[0]
      current?.focus()
      if (current?.value === "") await userEvent.keyboard(" ")
      const next = part(el, "next")
      if (next) {
        next.click()
        await el.updateComplete
      }
    }
    expect(part(el, "progress")?.textContent).toBe("Pertanyaan 9 dari 9")
    part(el, "submit")?.click()
    expect(events[0]?.answers).toEqual({ U1: 4, U2: 1, U3: 1, U4: 1, U5: 1, U6: 1, U7: 1, U8: 1, U9: 1 })
  })

  it("refuses a service ticket already submitted from this browser", async () => {
    const first = await mount({ ticket: "PBG-2026-00017" })
    const events = captureSubmit(first)
    await answerAllByKeyboard(9)
    part(first, "submit")?.click()
    expect(events[0]?.ticket).toBe("PBG-2026-00017")
    expect(JSON.parse(localStorage.getItem(SURVEY_TICKETS_KEY) ?? "[]")).toEqual([
      "skm-permenpan-rb-14-2017:PBG-2026-00017"
    ])
    document.body.replaceChildren()

    const again = await mount({ ticket: "PBG-2026-00017" })
    const refused = captureSubmit(again)
    expect(part(again, "status")?.textContent).toContain("PBG-2026-00017 sudah dinilai dari perangkat ini")
    expect((part(again, "submit") as HTMLButtonElement).disabled).toBe(true)
    await answerAllByKeyboard(9)
    ;(part(again, "submit") as HTMLButtonElement).disabled = false
    part(again, "submit")?.click()
    expect(refused).toEqual([])
    setLocale("en")
    await again.updateComplete
    expect(part(again, "status")?.textContent).toContain("Service ticket PBG-2026-00017 was already rated")
    document.body.replaceChildren()

    const other = await mount({ ticket: "PBG-2026-00018" })
    const accepted = captureSubmit(other)
    await answerAllByKeyboard(9)
    part(other, "submit")?.click()
    expect(accepted[0]?.ticket).toBe("PBG-2026-00018")
  })

  it("collects no personal data unless ask-identity is set, and then only what is given", async () => {
    const anonymous = await mount({ "with-comment": "" })
    expect(anonymous.shadowRoot?.querySelectorAll("input")).toHaveLength(0)
    expect(part(anonymous, "identity")).toBeNull()
    document.body.replaceChildren()

    const el = await mount({ "ask-identity": "" })
    const events = captureSubmit(el)
    expect(part(el, "intro")?.textContent).toContain("boleh dikosongkan")
    await answerAllByKeyboard(9)
    await userEvent.tab()
    await userEvent.keyboard("Siti")
    await userEvent.tab() // the phone stays empty
    await userEvent.tab()
    await userEvent.keyboard("{Enter}")
    expect(events[0]?.identity).toEqual({ name: "Siti" })
  })

  it("reads its template from a child JSON script, with answer labels", async () => {
    const template = {
      id: "skm-rsud",
      version: "2026.1",
      elements: [
        { id: "A", label: { id: "Kebersihan ruang tunggu", en: "Cleanliness of the waiting room" } },
        { id: "B", label: { id: "Keramahan petugas", en: "Friendliness of staff" } }
      ],
      answerLabels: { id: ["Buruk", "Cukup", "Baik", "Sangat baik"], en: ["Poor", "Fair", "Good", "Very good"] }
    }
    const el = await mount({}, `<script type="application/json">${JSON.stringify(template)}</script>`)
    expect(inputs(el).map((i) => i.label)).toEqual(["Kebersihan ruang tunggu", "Keramahan petugas"])
    await inputs(el)[0]?.updateComplete
    expect(inputs(el)[0]?.shadowRoot?.textContent).toContain("Sangat baik")
    const events = captureSubmit(el)
    await answerAllByKeyboard(2)
    part(el, "submit")?.click()
    expect(events[0]).toEqual({ templateId: "skm-rsud", templateVersion: "2026.1", answers: { A: 2, B: 2 } })
    setLocale("en")
    await el.updateComplete
    expect(inputs(el).map((i) => i.label)).toEqual(["Cleanliness of the waiting room", "Friendliness of staff"])
  })

  it("reports an invalid template instead of rendering questions", async () => {
    const el = await mount({}, '<script type="application/json">{"id": "x", "elements": []}</script>')
    expect(inputs(el)).toHaveLength(0)
    expect(part(el, "error")?.textContent).toBe("Templat survei tidak valid.")
    expect(el.validity.customError).toBe(true)
    el.template = nationalSurveyTemplate
    await el.updateComplete
    expect(inputs(el)).toHaveLength(9)
  })

  it("switches to English", async () => {
    const el = await mount({ mode: "one-at-a-time" })
    setLocale("en")
    await el.updateComplete
    expect(part(el, "title")?.textContent).toBe("Public satisfaction survey (SKM)")
    expect(part(el, "progress")?.textContent).toBe("Question 1 of 9")
    expect(inputs(el)[0]?.label).toBe("Requirements")
    expect(part(el, "next")?.textContent?.trim()).toBe("Next")
    expect(el.validationMessage).toBe("Answer every question (9 left).")
  })

  it("posts natively with method=post to its action when outside a form", async () => {
    const posted: Array<{ method: string; action: string; target: string; data: Array<[string, string]> }> = []
    vi.spyOn(HTMLFormElement.prototype, "submit").mockImplementation(function (this: HTMLFormElement) {
      posted.push({
        method: this.method,
        action: this.getAttribute("action") ?? "",
        target: this.target,
        data: [...new FormData(this)].map(([k, v]) => [k, String(v)])
      })
    })
    const el = await mount({ action: "/skm/kirim", target: "_self", ticket: "T-9" })
    await answerAllByKeyboard(9)
    part(el, "submit")?.click()
    expect(posted).toHaveLength(1)
    expect(posted[0]?.method).toBe("post")
    expect(posted[0]?.action).toBe("/skm/kirim")
    expect(posted[0]?.data).toEqual([
      ["templateId", "skm-permenpan-rb-14-2017"],
      ["templateVersion", "2017"],
      ...nationalSurveyTemplate.elements.map((e): [string, string] => [`answers[${e.id}]`, "2"]),
      ["ticket", "T-9"]
    ])
  })

  it("submits its enclosing form after the event unless the event is cancelled", async () => {
    const form = document.createElement("form")
    form.method = "post"
    const submitted: FormData[] = []
    form.addEventListener("submit", (e) => {
      e.preventDefault()
      submitted.push(new FormData(form))
    })
    form.innerHTML = '<input name="unit" value="Dinas Kependudukan"><asn-survey-form></asn-survey-form>'
    document.body.append(form)
    const el = form.querySelector("asn-survey-form") as AsnSurveyForm
    await el.updateComplete
    await answerAllByKeyboard(10)
    part(el, "submit")?.click()
    expect(submitted).toHaveLength(1)
    expect(submitted[0]?.get("unit")).toBe("Dinas Kependudukan")
    expect(submitted[0]?.get("answers[U5]")).toBe("2")

    // A cancelled event keeps the page in charge: no native submission.
    form.reset()
    await el.updateComplete
    el.addEventListener("asn-survey-submit", (e) => e.preventDefault())
    await userEvent.click(form.querySelector("input") as HTMLInputElement)
    await answerAllByKeyboard(9)
    part(el, "submit")?.click()
    expect(submitted).toHaveLength(1)
  })

  it("fits a 360px wide screen without horizontal scrolling", async () => {
    const el = await mount({ "with-comment": "", "ask-identity": "", ticket: "PBG-2026-00017" })
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(360)
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })

  it("has no axe violations", async () => {
    const all = await mount({ "with-comment": "", "ask-identity": "", ticket: "T-1" })
    expect(await axeViolations(all)).toEqual([])
    document.body.replaceChildren()
    const step = await mount({ mode: "one-at-a-time" })
    part(step, "next")?.click()
    await step.updateComplete
    await inputs(step)[0]?.updateComplete
    expect(await axeViolations(step)).toEqual([])
  })
})

describe("toSurveyTemplate (the guard that keeps effect Schema out of the survey bundle)", () => {
  const decode = Schema.decodeUnknownResult(Survey.Template)
  const bySchema = (u: unknown) => {
    const r = decode(u)
    if (Result.isFailure(r)) return undefined
    const ids = new Set(r.success.elements.map((e) => e.id))
    return ids.size === r.success.elements.length ? r.success : undefined
  }
  const full = {
    ...nationalSurveyTemplate,
    title: { id: "Survei", en: "Survey" },
    weighting: "custom",
    elements: nationalSurveyTemplate.elements.map((e, i) => ({ ...e, weight: i === 0 ? "1/9" : 1 / 9 })),
    legalBasis: [{ regulation: "PermenPAN-RB 14/2017", article: "Lampiran", note: "n", confirmed: true }],
    extra: "dropped"
  }
  const bad: ReadonlyArray<unknown> = [undefined, null, "", "x", 0, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}]
  const set = (u: unknown, path: ReadonlyArray<string | number>, v: unknown): unknown => {
    if (path.length === 0) return v
    const [k, ...rest] = path as [string | number, ...Array<string | number>]
    const copy = (Array.isArray(u) ? [...u] : { ...(u as object) }) as Record<string | number, unknown>
    if (rest.length === 0 && v === undefined) delete copy[k]
    else copy[k] = set(copy[k], rest, v)
    return copy
  }
  const paths: ReadonlyArray<ReadonlyArray<string | number>> = [
    [],
    ["id"],
    ["version"],
    ["title"],
    ["title", "id"],
    ["title", "en"],
    ["elements"],
    ["elements", 0],
    ["elements", 0, "id"],
    ["elements", 1, "id"],
    ["elements", 0, "label"],
    ["elements", 0, "label", "en"],
    ["elements", 0, "weight"],
    ["answerLabels"],
    ["answerLabels", "id"],
    ["answerLabels", "en", 3],
    ["weighting"],
    ["legalBasis"],
    ["legalBasis", 0],
    ["legalBasis", 0, "regulation"],
    ["legalBasis", 0, "article"],
    ["legalBasis", 0, "note"],
    ["legalBasis", 0, "confirmed"]
  ]

  it("accepts and returns exactly what core's Survey.Template schema does", () => {
    const cases: unknown[] = [nationalSurveyTemplate, full, set(full, ["elements", 1, "id"], "U1")]
    for (const path of paths) for (const v of [...bad, "printed", ["a", "b", "c", "d"]]) cases.push(set(full, path, v))
    let accepted = 0
    for (const c of cases) {
      const ours = toSurveyTemplate(c)
      expect(ours, JSON.stringify(c)).toEqual(
        bySchema(
          c === null || typeof c !== "object" || "answerLabels" in c
            ? c
            : { ...c, answerLabels: nationalSurveyTemplate.answerLabels }
        )
      )
      if (ours) accepted++
    }
    expect(accepted).toBeGreaterThan(10)
    expect(cases.length - accepted).toBeGreaterThan(100)
  })
})

describe("a template given by the page (its check loads on first use)", () => {
  const host = () => ({
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true)
  })
  const rsud = {
    id: "skm-rsud",
    version: "2026.1",
    elements: [{ id: "A", label: { id: "Kebersihan", en: "Cleanliness" } }]
  }

  it("has no template while it is checked, then the checked one (national answer labels when it gives none)", async () => {
    const survey = new SurveyController(host())
    expect(survey.template).toBe(nationalSurveyTemplate)
    survey.setTemplate(rsud)
    expect(survey.template).toBeUndefined()
    expect(survey.checking).toBeInstanceOf(Promise)
    await survey.checking
    expect(survey.checking).toBeUndefined()
    expect(survey.template).toEqual({ ...rsud, answerLabels: nationalSurveyTemplate.answerLabels })
    survey.setTemplate({ ...rsud, version: "" })
    await survey.checking
    expect(survey.template).toBeUndefined()
    expect(survey.checkFailed).toBe(false)
  })

  it("keeps the template given last when checks overlap", async () => {
    const survey = new SurveyController(host())
    survey.setTemplate(rsud)
    const first = survey.checking
    survey.setTemplate({ ...rsud, elements: [] })
    await Promise.all([first, survey.checking])
    expect(survey.template).toBeUndefined()
    survey.setTemplate(rsud)
    survey.setTemplate(undefined)
    expect(survey.checking).toBeUndefined()
    await new Promise((r) => setTimeout(r, 50))
    expect(survey.template).toBe(nationalSurveyTemplate)
  })

  it("the element's updateComplete waits until the given template is checked and shown", async () => {
    const el = await mount()
    el.template = rsud as never
    await el.updateComplete
    expect(inputs(el).map((i) => i.label)).toEqual(["Kebersihan"])
    el.template = { ...rsud, id: "" } as never
    await el.updateComplete
    expect(inputs(el)).toEqual([])
    expect(part(el, "error")?.textContent).toBe("Templat survei tidak valid.")
    el.template = undefined as never
    await el.updateComplete
    expect(inputs(el)).toHaveLength(9)
  })
})

describe("<asn-survey-form> questionnaire wording", () => {
  it("asks each element's question with its own answers (PermenPAN-RB 14/2017), in both languages", async () => {
    const el = await mount()
    const u3 = inputs(el)[2]
    expect(u3?.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "Waktu Penyelesaian Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"
    )
    const labels = (i: AsnRatingInput | undefined) =>
      [...(i?.shadowRoot?.querySelectorAll('[part~="option-label"]') ?? [])].map((l) => l.textContent)
    expect(labels(u3)).toEqual(["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"])
    expect(labels(inputs(el)[3])).toEqual(["Sangat mahal", "Cukup mahal", "Murah", "Gratis"])
    setLocale("en")
    await el.updateComplete
    await inputs(el)[3]?.updateComplete
    expect(labels(inputs(el)[3])).toEqual(["Very expensive", "Fairly expensive", "Cheap", "Free"])
    setLocale("id")
  })
})
