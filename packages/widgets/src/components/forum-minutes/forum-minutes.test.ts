import "../../define/asn-forum-minutes.js"
import { Exact, Forum } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import { setLocale } from "../../locale.js"
import type { AsnForumMinutes } from "./forum-minutes.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const KADIS = "197202022000121001"
const KABID = "197303032001121002"
const by = { nip: "198001012005011001", role: "admin-unit" }
let n = 0
const ev = (command: unknown) => ({ id: `f${++n}`, at: "2026-03-01T10:00:00+07:00", by, command })
// seed 002: a community forum → follow-up, folded by core
const state = Result.getOrThrow(
  Forum.fold([
    ev({
      _tag: "RecordMinutes",
      minutes: {
        id: "forum-2026-03",
        kind: "forum-diskusi",
        unit: "Kecamatan Lembah Segar",
        date: "2026-03-01",
        place: "Aula Kecamatan",
        participants: [
          { name: "Ketua RW 04", from: "masyarakat" },
          { name: "Camat", nip: KADIS }
        ],
        issues: [
          { id: "i1", text: "Antrean surat keterangan panjang" },
          { id: "i2", text: "Informasi persyaratan tidak jelas" },
          { id: "i3", text: "Parkir kantor sempit" }
        ],
        commitments: [
          { id: "k1", issue: "i1", text: "Nomor antrean daring", owner: KADIS, due: "2026-04-30" },
          { id: "k2", issue: "i2", text: "Papan informasi", owner: KABID, due: "2026-03-31" }
        ]
      }
    }),
    ev({
      _tag: "UpdateCommitment",
      forum: "forum-2026-03",
      commitment: "k2",
      status: "done",
      on: "2026-03-20",
      evidence: "foto.jpg"
    })
  ])
)
const asOf = "2026-05-01"
const f = Forum.followUp(state, { asOf })
const data = {
  minutes: state.forums["forum-2026-03"],
  commitments: Object.values(state.commitments),
  followUp: { ...f, percent: f.percent === null ? null : Exact.round(f.percent, { scale: 2, mode: "half-up" }).text },
  names: { [KADIS]: "Camat Lembah Segar" }
}

describe("<asn-forum-minutes> (seed 002: community forum → follow-up)", () => {
  it.each(["property", "src", "inline"] as const)(
    "shows minutes, commitments and the follow-up share (%s)",
    async (source: Source) => {
      const el = await mount<AsnForumMinutes>("asn-forum-minutes", data, source)
      expect(part(el, "follow-up")?.textContent).toContain("1 dari 2 komitmen yang jatuh tempo (50,00%)")
      const k1 = el.shadowRoot?.querySelector('tr[data-commitment="k1"]')
      expect(k1?.getAttribute("data-overdue")).toBe("true")
      expect(k1?.textContent).toContain("Camat Lembah Segar")
      expect(k1?.textContent).toContain("lewat tenggat")
      expect(el.shadowRoot?.querySelector('tr[data-commitment="k2"]')?.textContent).toContain("Selesai (2026-03-20)")
      expect(el.shadowRoot?.querySelector('tr[data-issue="i3"]')?.textContent).toContain("Tanpa komitmen")
      expect(part(el, "participants")?.querySelectorAll("li")).toHaveLength(2)
    }
  )

  it("rejects malformed data, speaks English, exports CSV", async () => {
    const bad = await mount<AsnForumMinutes>("asn-forum-minutes", { ...data, commitments: [{ id: "k" }] })
    expect(text(bad)).toContain("commitments.0.due: expected a date YYYY-MM-DD")
    const el = await mount<AsnForumMinutes>("asn-forum-minutes", data)
    setLocale("en")
    await el.updateComplete
    expect(part(el, "follow-up")?.textContent).toContain("1 of 2 commitments due (50.00%)")
    expect(parseCsv(exportedCsv(el).csv)[2]).toEqual([
      "Informasi persyaratan tidak jelas",
      "Papan informasi",
      KABID,
      "2026-03-31",
      "done",
      "2026-03-20"
    ])
  })

  it("is axe-clean and fits 360px", async () => {
    const el = await mount<AsnForumMinutes>("asn-forum-minutes", data)
    expect(await axeViolations(el)).toEqual([])
    el.style.display = "block"
    el.style.width = "360px"
    await el.updateComplete
    const base = part(el, "base") as HTMLElement
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth)
  })
})
