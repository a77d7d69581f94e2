import "../../define/asn-evaluation-form.js"
import { Behaviour, Evaluation, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { formControlSuite } from "../../../test/form-control.js"
import { setLocale } from "../../locale.js"
import type { AsnRatingInput } from "../rating-input/rating-input.js"
import { type EvaluationSubmission, evaluationDraftKey } from "./evaluation-form.controller.js"
import type { AsnEvaluationForm } from "./evaluation-form.js"

const NIP = "198705122010011001"
const config = { preset: "bukittinggi", "employee-id": NIP, period: "2026-Q1", scorecard: "pelaksana" }
const draftKey = evaluationDraftKey("bukittinggi-ilustrasi", NIP, "2026-Q1")

const mount = async (attrs: Record<string, string> = config, inner = ""): Promise<AsnEvaluationForm> => {
  const el = document.createElement("asn-evaluation-form")
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  el.innerHTML = inner
  document.body.append(el)
  await el.updateComplete
  return el
}

const part = (el: HTMLElement, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`)
const parts = (el: HTMLElement, name: string) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])
]
const field = (el: HTMLElement, key: string) =>
  el.shadowRoot?.querySelector<HTMLInputElement>(`input[data-field="${key}"]`) ?? null
const ratings = (el: HTMLElement) => [...(el.shadowRoot?.querySelectorAll<AsnRatingInput>("asn-rating-input") ?? [])]
const errorOf = (el: HTMLElement, key: string) => {
  const input = field(el, key)
  const id = input?.getAttribute("aria-describedby")
  return id ? (el.shadowRoot?.getElementById(id)?.textContent ?? null) : null
}
const settle = async (el: AsnEvaluationForm) => {
  await el.updateComplete
  await new Promise((r) => requestAnimationFrame(r))
  await el.updateComplete
}

/** The Bukittinggi "pelaksana" quarter of core's tests: 105.75 → Sesuai; with seven Sesuai → predikat Baik. */
const pelaksana: ReadonlyArray<readonly [string, string]> = [
  ["120", "126"],
  ["90", "90"],
  ["60", "60"],
  ["4", "2"]
]

/** Completes the form by keyboard: Tab to each field and type, skip the evidence link, then rate every value. */
const fillByKeyboard = async (rows = pelaksana, key = "{ArrowRight}", evidence: ReadonlyArray<string> = []) => {
  for (const [i, [target, realisasi]] of rows.entries()) {
    await userEvent.tab()
    await userEvent.keyboard(target)
    await userEvent.tab()
    await userEvent.keyboard(realisasi)
    await userEvent.tab()
    const link = evidence[i]
    if (link) {
      await userEvent.keyboard(link)
      await userEvent.tab() // the link that appears for a valid address
    }
  }
  for (let i = 0; i < 7; i++) {
    await userEvent.tab()
    await userEvent.keyboard(key)
  }
}

const capture = (el: HTMLElement) => {
  const events: EvaluationSubmission[] = []
  el.addEventListener("asn-evaluation-submit", (e) => {
    events.push(e.detail)
    e.preventDefault()
  })
  return events
}

beforeEach(() => {
  localStorage.clear()
  setLocale("id")
})
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
  vi.restoreAllMocks()
  localStorage.clear()
})

formControlSuite<AsnEvaluationForm>({
  tag: "asn-evaluation-form",
  create: () => {
    const el = document.createElement("asn-evaluation-form")
    el.preset = "bukittinggi"
    el.employeeId = NIP
    el.period = "2026-Q1"
    el.scorecard = "pelaksana"
    return el
  },
  fill: () => fillByKeyboard(),
  entries: [
    ["policy[id]", "bukittinggi-ilustrasi"],
    ["policy[version]", "0.1.0"],
    ["employeeId", NIP],
    ["period", "2026-Q1"],
    ["scorecard", "pelaksana"],
    ["measurements[dokumen-selesai][target]", "120"],
    ["measurements[dokumen-selesai][realisasi]", "126"],
    ["measurements[keluhan-masyarakat][realisasi]", "2"],
    ["berakhlak[berorientasi-pelayanan]", "Sesuai Ekspektasi"],
    ["berakhlak[kolaboratif]", "Sesuai Ekspektasi"],
    ["result[score]", "105.75"],
    ["result[predikat]", "Baik"]
  ]
})

describe("<asn-evaluation-form>", () => {
  it("shows the scorecard's indicators with weights and units, and the seven BerAKHLAK ratings", async () => {
    const el = await mount()
    expect(parts(el, "indicator-label").map((p) => p.textContent)).toEqual([
      "Dokumen/layanan yang diselesaikan",
      "Dokumen tanpa revisi",
      "Hari kerja hadir tepat waktu",
      "Keluhan masyarakat yang beralasan"
    ])
    expect(part(el, "indicator-meta")?.textContent).toBe("bobot 35% · satuan: dokumen")
    expect(ratings(el).map((r) => r.label)).toEqual(Behaviour.coreValues.map((v) => Behaviour.labels[v].id))
    expect(ratings(el).every((r) => r.scale === "ekspektasi" && r.required)).toBe(true)
    expect(part(el, "subject")?.textContent).toBe(`Pegawai ${NIP}, periode 2026-Q1`)
    expect(part(el, "policy")?.textContent).toContain("Kota Bukittinggi, versi 0.1.0")
    expect(part(el, "summary")?.textContent?.trim()).toBe("Lengkapi isian untuk melihat nilai dan predikat.")
  })

  it("is completed with the keyboard only, previews live from core, and fires the typed payload", async () => {
    const el = await mount()
    const events = capture(el)
    await userEvent.tab()
    await userEvent.keyboard("120")
    await userEvent.tab()
    await userEvent.keyboard("126")
    await el.updateComplete
    expect(part(el, "capaian-value")?.textContent).toBe("Capaian 105,00 %")
    expect(part(el, "capaian-formula")?.textContent).toBe("= 126 / 120 × 100")
    await userEvent.tab()
    for (const [target, realisasi] of pelaksana.slice(1)) {
      await userEvent.tab()
      await userEvent.keyboard(target)
      await userEvent.tab()
      await userEvent.keyboard(realisasi)
      await userEvent.tab()
    }
    await el.updateComplete
    // 4 complaints allowed, 2 received: lower-is-better, 200%, capped at 120%.
    expect(parts(el, "capaian-value")[3]?.textContent).toBe("Capaian 120,00 % (dibatasi 120 %)")
    expect(part(el, "predikat")).toBeNull()
    for (let i = 0; i < 7; i++) {
      await userEvent.tab()
      await userEvent.keyboard(i < 4 ? "{End}" : "{ArrowRight}")
    }
    await el.updateComplete
    const summary = part(el, "summary")?.textContent?.replace(/\s+/g, " ").trim()
    expect(summary).toBe(
      "Nilai 105,75 (Baik) Hasil kerja Sesuai Ekspektasi; perilaku kerja Diatas Ekspektasi Predikat: Baik"
    )
    const explanation = part(el, "explanation")?.textContent ?? ""
    expect(explanation).toContain("Dokumen/layanan yang diselesaikan: 35% × 105 = 36,75")
    expect(explanation).toContain(
      "Jumlah 105,75, dibulatkan satu kali ke 2 desimal (angka 5 dibulatkan ke atas): 105,75"
    )
    expect(explanation).toContain("Kategori Baik (nilai ≥ 95)")
    expect(explanation).toContain("Rating hasil kerja Sesuai Ekspektasi (nilai ≥ 90)")
    expect(explanation).toContain("BerAKHLAK: 4 Diatas, 3 Sesuai, 0 Dibawah Ekspektasi")
    expect(explanation).toContain(
      "Kuadran kinerja: hasil kerja Sesuai Ekspektasi × perilaku kerja Diatas Ekspektasi → Baik"
    )
    expect(explanation).toContain("PermenPAN-RB 6/2022, Lampiran Bab IV, Kuadran Kinerja Pegawai")
    expect(explanation).toContain("(belum terkonfirmasi)")
    await userEvent.tab() // the explanation's summary
    await userEvent.tab()
    expect(el.shadowRoot?.activeElement?.getAttribute("part")).toBe("submit")
    await userEvent.keyboard("{Enter}")
    expect(events).toHaveLength(1)
    const detail = events[0] as EvaluationSubmission
    expect(detail.policy).toEqual({ id: "bukittinggi-ilustrasi", version: "0.1.0" })
    expect(detail.input).toEqual(
      Result.getOrThrow(
        Evaluation.decodeInput(Presets.bukittinggi.policy, {
          employee: NIP,
          period: "2026-Q1",
          scorecard: "pelaksana",
          measurements: pelaksana.map(([t, r], i) => ({
            indicator: ["dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat"][i],
            target: Number(t),
            realisasi: Number(r)
          })),
          berakhlak: Object.fromEntries(
            Behaviour.coreValues.map((v, i) => [v, i < 4 ? "Diatas Ekspektasi" : "Sesuai Ekspektasi"])
          )
        })
      )
    )
    expect(detail.result.score?.text).toBe("105.75")
    expect(detail.result.predikat).toBe("Baik")
    expect(detail.result.trace.rule).toBe("evaluation")
    expect(detail.evidence).toEqual({})
  })

  it("the event is an Event subclass that bubbles out of shadow roots, composed and cancelable", async () => {
    const el = await mount()
    let seen: Event | undefined
    const listener = (e: Event) => {
      seen = e
      e.preventDefault()
    }
    document.addEventListener("asn-evaluation-submit", listener)
    await fillByKeyboard()
    await settle(el)
    part(el, "submit")?.click()
    document.removeEventListener("asn-evaluation-submit", listener)
    expect(seen?.constructor.name).toBe("EvaluationSubmitEvent")
    expect(seen?.bubbles && seen.composed && seen.cancelable).toBe(true)
  })

  it("parses Indonesian numbers and explains a malformed or ambiguous one on its field", async () => {
    const el = await mount()
    const target = field(el, "target:dokumen-selesai") as HTMLInputElement
    await userEvent.type(target, "1.234")
    await userEvent.tab()
    await el.updateComplete
    expect(target.getAttribute("aria-invalid")).toBe("true")
    expect(errorOf(el, "target:dokumen-selesai")).toContain('"1.234" bisa dibaca dua cara')
    await userEvent.clear(target)
    await userEvent.type(target, "12.5")
    await el.updateComplete
    expect(errorOf(el, "target:dokumen-selesai")).toBe('"12.5" bukan angka. Contoh penulisan: 1.234,5')
    await userEvent.clear(target)
    await userEvent.type(target, "1.234,5")
    await el.updateComplete
    expect(target.getAttribute("aria-invalid")).toBeNull()
    await userEvent.type(field(el, "realisasi:dokumen-selesai") as HTMLInputElement, "617,25")
    await el.updateComplete
    expect(part(el, "capaian-value")?.textContent).toBe("Capaian 50,00 %")
    expect(part(el, "capaian-formula")?.textContent).toBe("= 617,25 / 1.234,5 × 100")
  })

  it("attaches core's typed problems to their fields, localised by code", async () => {
    const el = await mount()
    await userEvent.type(field(el, "target:mutu-dokumen") as HTMLInputElement, "0")
    await userEvent.type(field(el, "realisasi:mutu-dokumen") as HTMLInputElement, "-1")
    await userEvent.tab()
    await el.updateComplete
    expect(errorOf(el, "realisasi:mutu-dokumen")).toBe("Realisasi tidak boleh negatif.")
    await userEvent.clear(field(el, "realisasi:mutu-dokumen") as HTMLInputElement)
    await userEvent.type(field(el, "realisasi:mutu-dokumen") as HTMLInputElement, "5")
    await userEvent.tab()
    await el.updateComplete
    expect(errorOf(el, "realisasi:mutu-dokumen")).toBeNull()
    expect(errorOf(el, "target:mutu-dokumen")).toBe("Target harus lebih besar dari nol.")
    setLocale("en")
    await el.updateComplete
    expect(errorOf(el, "target:mutu-dokumen")).toBe("The target must be greater than zero.")
    expect(el.validationMessage).toMatch(/fields are incomplete or not valid/)
  })

  it("reports missing fields after a submit attempt and focuses the first", async () => {
    const el = await mount()
    const events = capture(el)
    part(el, "submit")?.click()
    await settle(el)
    expect(events).toEqual([])
    expect(part(el, "status")?.textContent).toBe("15 isian belum lengkap atau belum benar.")
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    expect(errorOf(el, "target:dokumen-selesai")).toBe("Wajib diisi.")
    expect(el.shadowRoot?.activeElement).toBe(field(el, "target:dokumen-selesai"))
    const group = ratings(el)[0]?.shadowRoot?.querySelector('[role="radiogroup"]')
    expect(group?.getAttribute("aria-invalid")).toBe("true")
    expect(el.validity.valueMissing).toBe(true)
  })

  it("accepts http(s) evidence links, refuses javascript: and other schemes, and links only valid ones", async () => {
    const el = await mount()
    const evidence = field(el, "evidence:dokumen-selesai") as HTMLInputElement
    await userEvent.type(evidence, "javascript:window.__pwned=1")
    await userEvent.tab()
    await el.updateComplete
    expect(errorOf(el, "evidence:dokumen-selesai")).toBe("Tautan harus berupa alamat http:// atau https://.")
    expect(part(el, "evidence-link")).toBeNull()
    await userEvent.clear(evidence)
    await userEvent.type(evidence, "https://bukti.bukittinggikota.go.id/skp/42")
    await el.updateComplete
    expect(errorOf(el, "evidence:dokumen-selesai")).toBeNull()
    expect(part(el, "evidence-link")?.getAttribute("href")).toBe("https://bukti.bukittinggikota.go.id/skp/42")
    expect(part(el, "evidence-link")?.getAttribute("rel")).toBe("noopener noreferrer")
  })

  it("keeps a draft in localStorage per policy, employee and period, restored after a reload", async () => {
    const el = await mount()
    await userEvent.type(field(el, "target:dokumen-selesai") as HTMLInputElement, "120")
    await userEvent.tab()
    await userEvent.keyboard("126")
    expect(el.draftKey).toBe(`pembinaan.evaluation.draft:bukittinggi-ilustrasi:${NIP}:2026-Q1`)
    expect(JSON.parse(JSON.parse(localStorage.getItem(draftKey) ?? "{}").value)).toEqual({
      text: { "target:dokumen-selesai": "120", "realisasi:dokumen-selesai": "126" },
      ratings: {}
    })
    el.remove()

    const again = await mount()
    expect(field(again, "target:dokumen-selesai")?.value).toBe("120")
    expect(field(again, "realisasi:dokumen-selesai")?.value).toBe("126")
    expect(part(again, "draft-note")?.textContent).toBe("Draf yang tersimpan di perangkat ini dipulihkan.")
    again.remove()

    // Another period has its own (empty) draft.
    const other = await mount({ ...config, period: "2026-Q2" })
    expect(field(other, "target:dokumen-selesai")?.value).toBe("")
    other.period = "2026-Q1"
    await other.updateComplete
    expect(field(other, "target:dokumen-selesai")?.value).toBe("120")
  })

  it("clears the draft after a native submission, keeps it when the page cancels the event", async () => {
    const posted: FormData[] = []
    vi.spyOn(HTMLFormElement.prototype, "submit").mockImplementation(function (this: HTMLFormElement) {
      posted.push(new FormData(this))
    })
    const el = await mount({ ...config, action: "/skp/kirim" })
    let cancel = true
    el.addEventListener("asn-evaluation-submit", (e) => {
      if (cancel) e.preventDefault()
    })
    await fillByKeyboard()
    await settle(el)
    expect(localStorage.getItem(draftKey)).not.toBeNull()
    part(el, "submit")?.click()
    expect(posted).toHaveLength(0)
    expect(localStorage.getItem(draftKey)).not.toBeNull()
    cancel = false
    part(el, "submit")?.click()
    expect(posted).toHaveLength(1)
    expect(localStorage.getItem(draftKey)).toBeNull()
    await el.updateComplete
    expect(part(el, "status")?.textContent).toBe("Penilaian sudah dikirim.")
    expect(posted[0]?.get("measurements[mutu-dokumen][target]")).toBe("90")
    expect(posted[0]?.get("result[band]")).toBe("Baik")

    el.clearDraft()
    expect(localStorage.getItem(draftKey)).toBeNull()
  })

  it("restores its state through formStateRestoreCallback (back/forward navigation)", async () => {
    const form = document.createElement("form")
    form.innerHTML = `<asn-evaluation-form name="skp"></asn-evaluation-form>`
    const el = form.firstElementChild as AsnEvaluationForm
    Object.assign(el, { preset: "bukittinggi", employeeId: NIP, period: "2026-Q1", scorecard: "pelaksana" })
    document.body.append(form)
    await settle(el)
    await fillByKeyboard()
    await settle(el)
    const entries = [...new FormData(form)]
    const state = JSON.stringify({
      text: Object.fromEntries(
        pelaksana.flatMap(([t, r], i) => {
          const id = ["dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat"][i]
          return [
            [`target:${id}`, t],
            [`realisasi:${id}`, r]
          ]
        })
      ),
      ratings: Object.fromEntries(Behaviour.coreValues.map((v) => [`berakhlak:${v}`, "Sesuai Ekspektasi"]))
    })
    document.body.replaceChildren()
    localStorage.clear()

    // A new page: the browser restores the saved state into a fresh element.
    const form2 = document.createElement("form")
    form2.innerHTML = `<asn-evaluation-form name="skp"></asn-evaluation-form>`
    const restored = form2.firstElementChild as AsnEvaluationForm
    Object.assign(restored, { preset: "bukittinggi", employeeId: NIP, period: "2026-Q1", scorecard: "pelaksana" })
    document.body.append(form2)
    await settle(restored)
    expect(restored.validity.valid).toBe(false)
    restored.formStateRestoreCallback(state, "restore")
    await settle(restored)
    expect(restored.validity.valid).toBe(true)
    expect([...new FormData(form2)]).toEqual(entries)
    expect(field(restored, "realisasi:keluhan-masyarakat")?.value).toBe("2")
    expect(ratings(restored)[6]?.value).toBe("Sesuai Ekspektasi")
    // Garbage state is ignored.
    restored.formStateRestoreCallback("{not json", "restore")
    await settle(restored)
    expect(restored.validity.valid).toBe(true)
  })

  it("submits its enclosing form with the page's own fields", async () => {
    const form = document.createElement("form")
    form.method = "post"
    const submitted: FormData[] = []
    form.addEventListener("submit", (e) => {
      e.preventDefault()
      submitted.push(new FormData(form))
    })
    form.innerHTML = '<input type="hidden" name="_token" value="csrf"><asn-evaluation-form></asn-evaluation-form>'
    const el = form.querySelector("asn-evaluation-form") as AsnEvaluationForm
    Object.assign(el, { preset: "bukittinggi", employeeId: NIP, period: "2026-Q1", scorecard: "pelaksana" })
    document.body.append(form)
    await settle(el)
    await fillByKeyboard()
    await settle(el)
    part(el, "submit")?.click()
    expect(submitted).toHaveLength(1)
    expect(submitted[0]?.get("_token")).toBe("csrf")
    expect(submitted[0]?.get("berakhlak[loyal]")).toBe("Sesuai Ekspektasi")
    expect(submitted[0]?.get("result[predikat]")).toBe("Baik")
  })

  it("asks for range targets (lower and upper) on a scorecard with a range indicator", async () => {
    const el = await mount({ ...config, scorecard: "struktural" })
    expect(field(el, "lower:dialog-publik")).not.toBeNull()
    expect(field(el, "upper:dialog-publik")).not.toBeNull()
    expect(field(el, "target:dialog-publik")).toBeNull()
    await userEvent.type(field(el, "lower:dialog-publik") as HTMLInputElement, "4")
    await userEvent.type(field(el, "upper:dialog-publik") as HTMLInputElement, "2")
    await userEvent.type(field(el, "realisasi:dialog-publik") as HTMLInputElement, "3")
    await userEvent.tab()
    await el.updateComplete
    expect(errorOf(el, "lower:dialog-publik")).toBe("Batas bawah target tidak boleh lebih besar dari batas atas.")
  })

  it("under the national policy asks for the two ratings and reads the kuadran", async () => {
    const el = await mount({ preset: "nasional", "employee-id": NIP, period: "2026" })
    expect(parts(el, "indicator")).toHaveLength(0)
    expect(ratings(el).map((r) => r.dataset.field)).toEqual(["hasilKerja", "perilakuKerja"])
    const events = capture(el)
    await userEvent.tab()
    await userEvent.keyboard("{End}")
    await userEvent.tab()
    await userEvent.keyboard("{Home}")
    await settle(el)
    expect(part(el, "predikat")?.textContent).toBe("Predikat: Kurang/Misconduct")
    part(el, "submit")?.click()
    expect(events[0]?.input).toEqual({
      employee: NIP,
      period: "2026",
      hasilKerja: "Diatas Ekspektasi",
      perilakuKerja: "Dibawah Ekspektasi"
    })
    expect(events[0]?.result.score).toBeUndefined()
  })

  it("reads the policy from a child JSON script or the policy property, and reports an invalid one", async () => {
    const json = JSON.stringify({ ...Presets.sawahlunto.policy, title: "Kebijakan uji" })
    const el = await mount(
      { "employee-id": NIP, period: "2026-Q1" },
      `<script type="application/json">${json}</script>`
    )
    expect(part(el, "policy")?.textContent).toContain("Kebijakan uji")
    expect(ratings(el).map((r) => r.dataset.field)).toEqual(["perilakuKerja"])
    el.remove()

    const bad = await mount(
      { "employee-id": NIP, period: "2026-Q1" },
      '<script type="application/json">{"id":1}</script>'
    )
    expect(part(bad, "error")?.textContent).toMatch(/^Dokumen kebijakan tidak valid \(\d+ masalah\)\.$/)
    expect(bad.validity.customError).toBe(true)
    bad.policy = Presets.muaratebo.policy
    await bad.updateComplete
    expect(part(bad, "error")).toBeNull()
    expect(part(bad, "policy")?.textContent).toContain("Muara")
    bad.remove()

    const none = await mount({ "employee-id": NIP, period: "2026-Q1" })
    expect(part(none, "error")?.textContent).toContain("Kebijakan penilaian belum ditentukan")
  })

  it("reports a wrong period or scorecard from core as a configuration problem", async () => {
    const el = await mount({ ...config, period: "2026-Q5", scorecard: "kepala-dinas" })
    const text = part(el, "error")?.textContent?.replace(/\s+/g, " ") ?? ""
    expect(text).toContain("Atribut period: Format periode tidak sesuai dengan kebijakan")
    expect(text).toContain("Atribut scorecard: Kartu skor ini tidak ada dalam kebijakan.")
    expect(el.validity.customError).toBe(true)
    const empty = await mount({ preset: "bukittinggi", period: "2026-Q1" })
    expect(part(empty, "error")?.textContent).toContain("Atribut employee-id: Wajib diisi.")
  })

  it("switches to English at runtime", async () => {
    const el = await mount()
    await fillByKeyboard()
    setLocale("en")
    await settle(el)
    expect(part(el, "title")?.textContent).toBe("Employee performance evaluation (SKP)")
    expect(part(el, "indicator-meta")?.textContent).toBe("weight 35% · unit: dokumen")
    expect(part(el, "capaian-value")?.textContent).toBe("Achievement 105.00 %")
    expect(part(el, "summary")?.textContent).toContain("Score 105.75 (Baik)")
    expect(part(el, "explanation")?.textContent).toContain("Sum 105.75, rounded once to 2 decimals (halves round up)")
    expect(ratings(el)[0]?.label).toBe("Berorientasi Pelayanan (service-oriented)")
    expect(part(el, "submit")?.textContent?.trim()).toBe("Submit evaluation")
  })

  it("fits a 360px wide screen without horizontal scrolling", async () => {
    const el = await mount({ ...config, scorecard: "struktural" })
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(360)
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })

  it("has no axe violations: empty, with messages, and evaluated with the explanation open", async () => {
    const el = await mount()
    expect(await axeViolations(el)).toEqual([])
    part(el, "submit")?.click()
    await settle(el)
    expect(await axeViolations(el)).toEqual([])
    el.remove()
    const done = await mount()
    await fillByKeyboard(pelaksana, "{ArrowRight}", ["https://bukti.example.go.id/1"])
    await settle(done)
    ;(part(done, "explanation") as HTMLDetailsElement).open = true
    expect(await axeViolations(done)).toEqual([])
    const national = await mount({ preset: "nasional", "employee-id": NIP, period: "2026" })
    expect(await axeViolations(national)).toEqual([])
  })
})

describe("<asn-evaluation-form> value (an earlier evaluation to start from)", () => {
  const earlier = {
    measurements: [
      { indicator: "dokumen-selesai", target: 500, realisasi: 617.25 },
      { indicator: "mutu-dokumen", target: 100, realisasi: 96 }
    ],
    berakhlak: { akuntabel: "Diatas Ekspektasi" as const }
  }

  it("fills targets, realisasi (Indonesian decimals) and ratings when there is no draft", async () => {
    const el = document.createElement("asn-evaluation-form")
    for (const [k, v] of Object.entries(config)) el.setAttribute(k, v)
    el.value = earlier
    document.body.append(el)
    await settle(el)
    expect(field(el, "target:dokumen-selesai")?.value).toBe("500")
    expect(field(el, "realisasi:dokumen-selesai")?.value).toBe("617,25")
    expect(field(el, "realisasi:mutu-dokumen")?.value).toBe("96")
    expect(ratings(el).find((r) => r.dataset.field === "berakhlak:akuntabel")?.value).toBe("Diatas Ekspektasi")
  })

  it("keeps the user's draft over the value, also when the value arrives later", async () => {
    const el = await mount()
    await userEvent.type(field(el, "realisasi:dokumen-selesai") as HTMLInputElement, "12")
    await settle(el)
    el.value = earlier
    await settle(el)
    expect(field(el, "realisasi:dokumen-selesai")?.value).toBe("12")
    expect(field(el, "target:dokumen-selesai")?.value).toBe("")
  })
})

describe("<asn-evaluation-form> an invalid optional evidence link", () => {
  it("keeps the preview of the numbers and only stops the sending", async () => {
    const el = document.createElement("asn-evaluation-form")
    for (const [k, v] of Object.entries({ ...config, "employee-id": "198705122010011009" })) el.setAttribute(k, v)
    el.value = {
      measurements: [
        { indicator: "dokumen-selesai", target: 127, realisasi: 135 },
        { indicator: "mutu-dokumen", target: 90, realisasi: 90 },
        { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
        { indicator: "keluhan-masyarakat", target: 4, realisasi: 2 }
      ],
      berakhlak: Object.fromEntries(
        ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"].map((v) => [
          v,
          "Sesuai Ekspektasi" as const
        ])
      )
    }
    document.body.append(el)
    await settle(el)
    expect(part(el, "predikat")?.textContent).toContain("Predikat")
    await userEvent.type(field(el, "evidence:dokumen-selesai") as HTMLInputElement, "bukan-tautan")
    await userEvent.tab()
    await settle(el)
    expect(errorOf(el, "evidence:dokumen-selesai")).toBe("Tautan harus berupa alamat http:// atau https://.")
    expect(part(el, "predikat")?.textContent).toContain("Predikat")
    expect(el.checkValidity()).toBe(false)
  })
})
