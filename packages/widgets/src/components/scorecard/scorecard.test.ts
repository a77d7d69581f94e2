import "../../define/asn-scorecard.js"
import { Feedback, Presets } from "@pembinaan/core"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import {
  decisions,
  evaluated,
  feedback,
  feedbackPolicy,
  jpm,
  jpYear,
  plan,
  rawRatings
} from "../../../test/fixtures.js"
import { setLocale } from "../../locale.js"
import type { AsnScorecard } from "./scorecard.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const evaluation = evaluated()
const id = evaluation.employee
const full = () => ({
  employee: { name: "Siti Rahma", jabatan: "Pengelola Layanan", unit: "Disdukcapil" },
  policy: { title: Presets.bukittinggi.policy.title },
  evaluation,
  feedback: feedback(),
  competency: jpm([1, 3, "not-assessed", 2]),
  development: jpYear([id, "other"], (i) => (i === 0 ? 540 : 1200)),
  decisions: decisions([
    { period: "2026-Q3", predikat: "Baik", score: 95 },
    { period: "2026-Q4", predikat: "Butuh Perbaikan", score: 80 }
  ]),
  plans: [plan(id), plan("someone-else")],
  asOf: "2026-12-31",
  // a careless server also sends the raw 360 ratings: the widget must never show them
  raters: rawRatings,
  ratings: rawRatings
})

describe("<asn-scorecard>", () => {
  it.each(["property", "src", "inline"] as const)(
    "shows predikat, score and indicators from %s",
    async (source: Source) => {
      const el = await mount<AsnScorecard>("asn-scorecard", full(), source)
      expect(part(el, "title")?.textContent).toBe("Siti Rahma")
      const summary = part(el, "predikat")?.textContent?.replace(/\s+/g, " ")
      expect(summary).toContain("Baik")
      expect(summary).toContain("Nilai: 105,75 (Baik)")
      const rows = [...(part(el, "indicators")?.querySelectorAll("tbody tr") ?? [])]
      expect(rows.map((r) => r.getAttribute("data-indicator"))).toEqual([
        "dokumen-selesai",
        "mutu-dokumen",
        "kehadiran-tepat-waktu",
        "keluhan-masyarakat"
      ])
      expect(rows[3]?.textContent?.replace(/\s+/g, " ")).toContain("120")
    }
  )

  it("expands the trace by keyboard: weights, capping, rounding, band, quadrant and legal basis", async () => {
    const el = await mount<AsnScorecard>("asn-scorecard", full())
    const details = part(el, "trace") as HTMLDetailsElement
    expect(details.open).toBe(false)
    details.querySelector("summary")?.focus()
    await userEvent.keyboard("{Enter}")
    expect(details.open).toBe(true)
    const trace = details.textContent?.replace(/\s+/g, " ") ?? ""
    expect(trace).toContain("150 → 120 (dibatasi)")
    expect(trace).toContain("105,75 → 105,75 (Dibulatkan satu kali: 2 desimal (angka 5 dibulatkan ke atas))")
    expect(trace).toContain("Kuadran: hasil kerja Sesuai Ekspektasi × perilaku kerja Diatas Ekspektasi → Baik")
    expect(trace).toContain("4 Diatas, 3 Sesuai, 0 Dibawah Ekspektasi")
    expect(trace).toContain("PermenPAN-RB 6/2022, Pasal 24 (evaluasi kinerja periodik triwulanan)")
    expect(trace).toContain("(belum terkonfirmasi)")
  })

  it("summarises 360 feedback anonymously: small groups suppressed, no rater and no individual answer", async () => {
    const el = await mount<AsnScorecard>("asn-scorecard", full())
    const fb = part(el, "feedback")
    const f = feedback()
    if (f.status !== "sufficient") throw new Error("fixture must be sufficient")
    expect(fb?.textContent).toContain(f.overall.score.text.replace(".", ","))
    expect(fb?.querySelector('[data-group="bawahan"]')?.getAttribute("data-status")).toBe("suppressed")
    expect(fb?.querySelector('[data-group="bawahan"]')?.textContent).toContain(
      "Disembunyikan (aturan minimal 5 orang per kelompok)"
    )
    const all = text(el) + exportedCsv(el).csv
    for (const r of rawRatings) expect(all).not.toContain(r.rater)
  })

  it("one threshold, one text for 360 groups: peers k − 1 give one reason, k and k + 1 are shown (k = 5)", async () => {
    const k = feedbackPolicy.anonymity.minimumGroupSize
    const boss = {
      rater: "Atasan",
      group: "atasan" as const,
      scores: rawRatings[0]?.scores as Feedback.Rating["scores"]
    }
    const peers = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ rater: `P${i}`, group: "rekan-kerja" as const, scores: boss.scores }))
    const show = async (n: number) => {
      document.body.replaceChildren()
      const r = Feedback.aggregate(feedbackPolicy, [boss, ...peers(n)])
      if (r._tag !== "Success") throw new Error("fixture")
      return part(await mount<AsnScorecard>("asn-scorecard", { ...full(), feedback: r.success }), "feedback")
    }
    const below = await show(k - 1)
    const reasons = [...(below?.querySelectorAll("li[data-reason]") ?? [])]
    expect(reasons.map((li) => li.getAttribute("data-reason"))).toEqual(["below-quorum"])
    expect(reasons[0]?.textContent?.trim()).toBe("Rekan kerja: 4 orang, aturan minimal 5 orang per kelompok")
    for (const n of [k, k + 1]) {
      const fb = await show(n)
      expect(fb?.querySelector('[data-group="rekan-kerja"]')?.getAttribute("data-status")).toBe("disclosed")
      expect(fb?.textContent).not.toContain("Disembunyikan")
    }
    // hidden below k and hidden to protect a smaller group read the same
    const mixed = part(await mount<AsnScorecard>("asn-scorecard", full()), "feedback")
    const hidden = [...(mixed?.querySelectorAll('[data-status="suppressed"]') ?? [])]
    expect(hidden.length).toBe(2)
    for (const h of hidden) expect(h.textContent).toContain("Disembunyikan (aturan minimal 5 orang per kelompok)")
  })

  it("shows JP progress, competency gaps, decisions and plans with their status", async () => {
    const el = await mount<AsnScorecard>("asn-scorecard", full())
    const dev = part(el, "development")
    const row = full().development.employees.find((e) => e.employee === id)
    expect(dev?.textContent?.replace(/\s+/g, " ")).toContain(`${row?.total.text.replace(".", ",")} dari 20 JP`)
    expect(dev?.textContent).toContain(`Kurang ${row?.shortfall.replace(".", ",")} JP.`)
    expect(dev?.querySelector("meter")?.value).toBe(row?.total.value)
    expect(part(el, "competency")?.textContent).toContain("JPM belum dapat dihitung")
    const d = part(el, "decisions")
    expect(d?.querySelector('[data-kind="remediation"]')?.textContent).toContain("Pembinaan")
    expect(d?.querySelectorAll("tr[data-plan]")).toHaveLength(1)
    expect(d?.querySelector(`tr[data-plan="plan-${id}"]`)?.textContent).toContain("Berjalan")
    expect(d?.querySelector(`tr[data-plan="plan-${id}"]`)?.textContent).toContain("lewat batas waktu")
  })

  it("switches to English", async () => {
    const el = await mount<AsnScorecard>("asn-scorecard", full())
    setLocale("en")
    await el.updateComplete
    expect(part(el, "trace")?.querySelector("summary")?.textContent).toBe("How this was computed")
    expect(text(el)).toContain("Score: 105.75 (Baik)")
    expect(text(el)).toContain("Berorientasi Pelayanan")
  })

  it("exports a CSV with the result, indicators, feedback summary and decisions", async () => {
    const el = await mount<AsnScorecard>("asn-scorecard", full())
    const { filename, csv } = exportedCsv(el)
    expect(filename).toBe(`kinerja-${id}-2026-q1.csv`)
    const rows = parseCsv(csv)
    expect(rows).toContainEqual(["result", "Nilai", "105.75", "Baik"])
    expect(rows.filter((r) => r[0] === "indicator")).toHaveLength(4)
    expect(rows.find((r) => r[0] === "feedback" && r[1] === "bawahan")?.[2]).toBe(
      "Disembunyikan (aturan minimal 5 orang per kelompok)"
    )
  })

  it("renders a national (rating-based) evaluation and reports invalid data", async () => {
    const el = await mount<AsnScorecard>("asn-scorecard", { evaluation: { nope: true } })
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
  })

  it("has no axe violations, closed and expanded", async () => {
    const el = await mount<AsnScorecard>("asn-scorecard", full())
    expect(await axeViolations(el)).toEqual([])
    ;(part(el, "trace") as HTMLDetailsElement).open = true
    expect(await axeViolations(el)).toEqual([])
  })
})
