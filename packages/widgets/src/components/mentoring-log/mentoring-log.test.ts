import "../../define/asn-mentoring-log.js"
import { Mentoring, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import { formControlSuite } from "../../../test/form-control.js"
import { setLocale } from "../../locale.js"
import type { AsnMentoringLog, MentoringSessionEvent } from "./mentoring-log.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const MENTOR = "197806062003121004"
const MENTEE = "200001012025031001"
const context: Mentoring.Context = {
  policy: {
    windowMonths: 12,
    minSessions: 3,
    assessment: { min: 1, max: 5, passAt: 3 },
    counsellingTypes: ["konseling-kinerja"],
    legalBasis: [{ regulation: "PP 11/2017", confirmed: false }]
  },
  remediation: Presets.rules.nationalPlans
}
const by = { nip: MENTOR, role: "mentor" }
let n = 0
const ev = (command: unknown) => ({ id: `m${++n}`, at: "2026-02-01T09:00:00+07:00", by, command })
// seed 004: a new ASN's mentoring from assignment to assessment, folded by core
const state = Result.getOrThrow(
  Mentoring.fold(context, [
    ev({
      _tag: "AssignMentor",
      pair: "p1",
      mentee: MENTEE,
      menteeStatus: "cpns",
      appointedOn: "2025-03-01",
      mentor: MENTOR,
      from: "2026-02-01",
      until: "2026-07-31"
    }),
    ...["2026-02-10", "2026-03-10", "2026-04-10"].map((on, i) =>
      ev({ _tag: "RecordSession", pair: "p1", on, topic: `Topik ${i + 1}`, outcome: "Dipahami", minutes: 90 })
    ),
    ev({ _tag: "AssessMentee", pair: "p1", on: "2026-07-31", score: 4, note: "Siap diangkat PNS" })
  ])
)
const data = { pair: state.pairs.p1, names: { [MENTEE]: "Sari Wulandari", [MENTOR]: "Budi Santoso" }, minSessions: 3 }

describe("<asn-mentoring-log> (seed 004)", () => {
  it.each(["property", "src", "inline"] as const)(
    "shows the pair, sessions and assessment (%s)",
    async (source: Source) => {
      const el = await mount<AsnMentoringLog>("asn-mentoring-log", data, source)
      expect(part(el, "summary")?.textContent).toContain("Sari Wulandari (200001012025031001)")
      expect(part(el, "summary")?.textContent).toContain("CPNS (masa percobaan)")
      expect(text(el)).toContain("3 dari minimal 3 sesi")
      expect(part(el, "sessions")?.querySelectorAll("tbody tr")).toHaveLength(3)
      expect(part(el, "assessment")?.textContent).toContain("Nilai 4: lulus")
    }
  )

  it("shows a pair not yet assessed, rejects malformed data, speaks English, exports CSV", async () => {
    const open = await mount<AsnMentoringLog>("asn-mentoring-log", {
      pair: { ...data.pair, assessment: null, sessions: [] }
    })
    expect(part(open, "assessment")?.textContent?.trim()).toBe("Belum dinilai.")
    const bad = await mount<AsnMentoringLog>("asn-mentoring-log", { pair: { ...data.pair, from: "kemarin" } })
    expect(text(bad)).toContain("pair.from: expected a date YYYY-MM-DD")
    const el = await mount<AsnMentoringLog>("asn-mentoring-log", data)
    setLocale("en")
    await el.updateComplete
    expect(part(el, "assessment")?.textContent).toContain("Score 4: passed")
    expect(parseCsv(exportedCsv(el).csv)[1]).toEqual(["2026-02-10", "Topik 1", "Dipahami", MENTOR, "90"])
  })

  it("is keyboard reachable, axe-clean and fits 360px", async () => {
    const el = await mount<AsnMentoringLog>("asn-mentoring-log", data)
    part(el, "export")?.focus()
    await userEvent.tab()
    expect(el.shadowRoot?.activeElement?.classList.contains("table-wrap")).toBe(true)
    expect(await axeViolations(el)).toEqual([])
    el.style.display = "block"
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })
})

// The session form: an active pair (seed 004 before the end assessment).
const assign = ev({
  _tag: "AssignMentor",
  pair: "p2",
  mentee: MENTEE,
  menteeStatus: "cpns",
  appointedOn: "2025-03-01",
  mentor: MENTOR,
  from: "2026-02-01",
  until: "2026-07-31"
})
const firstSession = ev({ _tag: "RecordSession", pair: "p2", on: "2026-02-10", topic: "Orientasi", outcome: "Paham" })
const active = Result.getOrThrow(Mentoring.fold(context, [assign, firstSession]))
const activeData = { pair: active.pairs.p2, names: data.names, minSessions: 3 }

const editable = (required = false) => {
  const el = document.createElement("asn-mentoring-log")
  el.name = "sesi"
  el.editable = true
  el.required = required
  el.data = activeData
  return el
}
const field = <E extends HTMLElement = HTMLInputElement>(el: AsnMentoringLog, name: string) =>
  el.shadowRoot?.querySelector<E>(`[data-field=${name}]`) as E

/** Fills the session form: the date (a date input's segments differ per browser locale), then by keyboard. */
const fillSession = async (el: AsnMentoringLog, on = "2026-03-10", minutes = "60") => {
  await el.updateComplete
  await userEvent.fill(field(el, "on"), on)
  field(el, "topic").focus()
  await userEvent.keyboard("Etika pelayanan")
  await userEvent.tab()
  await userEvent.keyboard("Memahami kode etik")
  await userEvent.tab()
  if (minutes !== "") await userEvent.keyboard(minutes)
  await userEvent.tab()
}

formControlSuite<AsnMentoringLog>({
  tag: "asn-mentoring-log",
  create: () => editable(true),
  fill: (el) => fillSession(el),
  entries: [
    ["sesi.pair", "p2"],
    ["sesi.on", "2026-03-10"],
    ["sesi.topic", "Etika pelayanan"],
    ["sesi.outcome", "Memahami kode etik"],
    ["sesi.minutes", "60"],
    [
      "sesi.command",
      JSON.stringify({
        _tag: "RecordSession",
        pair: "p2",
        on: "2026-03-10",
        topic: "Etika pelayanan",
        outcome: "Memahami kode etik",
        minutes: 60
      })
    ]
  ]
})

describe("<asn-mentoring-log> session form (seed 004)", () => {
  it("adds a session with the keyboard; the event's command is one core folds into the pair", async () => {
    const el = editable()
    document.body.append(el)
    await fillSession(el)
    let detail: MentoringSessionEvent["detail"] | undefined
    el.addEventListener("asn-mentoring-session", (e) => {
      detail = e.detail
      e.preventDefault()
    })
    expect(el.shadowRoot?.activeElement?.getAttribute("part")).toBe("submit")
    await userEvent.keyboard("{Enter}")
    expect(detail).toEqual({
      pair: "p2",
      command: {
        _tag: "RecordSession",
        pair: "p2",
        on: "2026-03-10",
        topic: "Etika pelayanan",
        outcome: "Memahami kode etik",
        minutes: 60
      }
    })
    expect(part(el, "note")?.textContent).toBe("Sesi disimpan.")
    // ready for the next session
    await el.updateComplete
    expect(field(el, "topic").value).toBe("")
    const next = Result.getOrThrow(Mentoring.fold(context, [ev(detail?.command)], active))
    expect(next.pairs.p2?.sessions.map((x) => [x.on, x.topic, x.minutes])).toEqual([
      ["2026-02-10", "Orientasi", null],
      ["2026-03-10", "Etika pelayanan", 60]
    ])
  })

  it("refuses a date outside the mentoring period, a missing outcome and bad minutes, in Indonesian and English", async () => {
    const el = editable()
    document.body.append(el)
    await fillSession(el, "2026-08-01")
    expect(el.checkValidity()).toBe(false)
    expect(el.validationMessage).toBe("Tanggal sesi harus di dalam masa mentoring.")
    // the last day of the period is inside (inclusive, as core checks it)
    await userEvent.fill(field(el, "on"), "2026-07-31")
    await el.updateComplete
    expect(el.checkValidity()).toBe(true)
    await userEvent.clear(field(el, "minutes"))
    await userEvent.type(field(el, "minutes"), "1,5")
    await el.updateComplete
    expect(el.validationMessage).toBe("Menit harus bilangan bulat positif.")
    await userEvent.clear(field(el, "minutes"))
    await userEvent.clear(field(el, "outcome"))
    await el.updateComplete
    expect(el.validationMessage).toBe("Isi hasil sesi.")
    let fired = false
    el.addEventListener("asn-mentoring-session", () => {
      fired = true
    })
    await userEvent.click(part(el, "submit") as HTMLElement)
    expect(fired).toBe(false)
    expect(part(el, "note")?.textContent).toBe("Isi hasil sesi.")
    expect(el.shadowRoot?.activeElement).toBe(field(el, "outcome"))
    setLocale("en")
    await el.updateComplete
    expect(el.validationMessage).toBe("Enter the session outcome.")
    expect(part(el, "submit")?.textContent?.trim()).toBe("Save session")
  })

  it("outside a form, with action, posts its own method=post form with the same fields", async () => {
    const el = editable()
    el.action = "/api/sesi"
    document.body.append(el)
    await fillSession(el, "2026-03-10", "")
    const inner = part(el, "session-form") as HTMLFormElement
    expect([inner.method, new URL(inner.action).pathname]).toEqual(["post", "/api/sesi"])
    const posted = Object.fromEntries(new FormData(inner))
    expect(posted).toEqual({
      "sesi.pair": "p2",
      "sesi.on": "2026-03-10",
      "sesi.topic": "Etika pelayanan",
      "sesi.outcome": "Memahami kode etik",
      "sesi.command": JSON.stringify({
        _tag: "RecordSession",
        pair: "p2",
        on: "2026-03-10",
        topic: "Etika pelayanan",
        outcome: "Memahami kode etik"
      })
    })
  })

  it("shows no form unless editable, nor for a completed pair; then it is always valid", async () => {
    const readOnly = await mount<AsnMentoringLog>("asn-mentoring-log", activeData)
    expect(part(readOnly, "session-form")).toBeNull()
    const done = editable(true)
    done.data = data
    document.body.append(done)
    await done.updateComplete
    expect(part(done, "session-form")).toBeNull()
    expect(done.checkValidity()).toBe(true)
  })

  it("is axe-clean with the form, and fits 360px", async () => {
    const el = editable()
    document.body.append(el)
    await fillSession(el, "2026-08-01")
    await userEvent.click(part(el, "submit") as HTMLElement)
    expect(await axeViolations(el)).toEqual([])
    el.style.display = "block"
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.getBoundingClientRect().width).toBeLessThanOrEqual(360)
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })
})
