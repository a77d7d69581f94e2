import "../../define/asn-policy-view.js"
import { Policy, Presets } from "@pembinaan/core"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, type Source, text } from "../../../test/display.js"
import { setLocale } from "../../locale.js"
import type { AsnPolicyView } from "./policy-view.js"

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

const bukittinggi = Policy.encode(Presets.bukittinggi.policy)

describe("<asn-policy-view>", () => {
  it.each(["property", "src", "inline"] as const)("renders the Bukittinggi policy from %s", async (source: Source) => {
    const el = await mount<AsnPolicyView>("asn-policy-view", bukittinggi, source)
    expect(part(el, "title")?.textContent).toBe(Presets.bukittinggi.policy.title)
    expect(part(el, "illustrative")?.textContent).toContain("bukan peraturan resmi")
    expect(part(el, "indicators")?.querySelectorAll("tbody tr")).toHaveLength(5)
    const pelaksana = el.shadowRoot?.querySelector('[data-scorecard="pelaksana"]')
    expect([...(pelaksana?.querySelectorAll("tbody tr") ?? [])][0]?.textContent?.replace(/\s+/g, "")).toBe(
      "Dokumen/layanan yang diselesaikan35".replace(/\s+/g, "")
    )
    expect(text(el)).toContain("skala 0–120, dibulatkan satu kali ke 2 desimal (angka 5 dibulatkan ke atas)")
    expect(text(el)).toContain("paling sedikit 1 Dibawah")
  })

  it("shows the quadrant from the policy and every legal basis, marking unconfirmed ones", async () => {
    const el = await mount<AsnPolicyView>("asn-policy-view", Policy.encode(Presets.nationalPolicy.policy))
    const cells = [...(part(el, "quadrant")?.querySelectorAll("tbody tr") ?? [])].map((r) =>
      [...r.querySelectorAll("td")].map((c) => c.textContent)
    )
    const q = Presets.nationalPolicy.policy.quadrant.cells
    expect(cells[0]).toEqual([
      q["Diatas Ekspektasi"]["Dibawah Ekspektasi"],
      q["Diatas Ekspektasi"]["Sesuai Ekspektasi"],
      q["Diatas Ekspektasi"]["Diatas Ekspektasi"]
    ])
    const legal = part(el, "legal-basis")?.textContent ?? ""
    expect(legal).toContain("PermenPAN-RB 6/2022, Pasal 5, 23–33")
    expect(legal).toContain("belum terkonfirmasi")
  })

  it("refuses an invalid policy with core's problems (weights that do not sum to 100)", async () => {
    const broken = structuredClone(bukittinggi) as unknown as {
      scorecards: Array<{ weights: Array<{ weight: number }> }>
    }
    const w = broken.scorecards[0]?.weights[0]
    if (w) w.weight = 34
    const el = await mount<AsnPolicyView>("asn-policy-view", broken)
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    expect(part(el, "problems")?.textContent).toContain("scorecards.0.weights")
  })

  it("switches to English", async () => {
    const el = await mount<AsnPolicyView>("asn-policy-view", bukittinggi)
    setLocale("en")
    await el.updateComplete
    expect(part(el, "illustrative")?.textContent).toBe("Illustration: this document is not an official regulation.")
    expect(text(el)).toContain("Quadrant matrix (predikat)")
  })

  it("exports indicators, weights, bands and the quadrant as CSV", async () => {
    const el = await mount<AsnPolicyView>("asn-policy-view", bukittinggi)
    const { filename, csv } = exportedCsv(el)
    expect(filename).toBe("kebijakan-bukittinggi-ilustrasi-0.1.0.csv")
    const rows = parseCsv(csv)
    expect(rows.filter((r) => r[0] === "weight" && r[1] === "pelaksana").map((r) => r[3])).toEqual([
      "35",
      "25",
      "20",
      "20"
    ])
    expect(rows.filter((r) => r[0] === "quadrant")).toHaveLength(9)
  })

  it("has no axe violations", async () => {
    const el = await mount<AsnPolicyView>("asn-policy-view", bukittinggi)
    expect(await axeViolations(el)).toEqual([])
  })
})
