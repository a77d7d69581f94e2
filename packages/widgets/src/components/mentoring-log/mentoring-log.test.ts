import "../../define/asn-mentoring-log.js"
import { Mentoring, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import { setLocale } from "../../locale.js"
import type { AsnMentoringLog } from "./mentoring-log.js"

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
