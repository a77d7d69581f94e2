import "../../define/asn-nine-box.js"
import { Presets, Talent } from "@pembinaan/core"
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest"
import { userEvent } from "vitest/browser"
import { axeViolations } from "../../../test/axe.js"
import { exportedCsv, mount, parseCsv, part, parts, type Source, text } from "../../../test/display.js"
import { placement } from "../../../test/fixtures.js"
import { setLocale } from "../../locale.js"
import type { AsnNineBox } from "./nine-box.js"

const people = [
  { employee: "emp-1", name: "Ani", unit: "Dinas A", placement: placement("emp-1", "Sangat Baik", 85) },
  { employee: "emp-2", name: "Budi", unit: "Dinas A", placement: placement("emp-2", "Sangat Baik", 92.5) },
  { employee: "emp-3", name: "Citra", unit: "Dinas B", placement: placement("emp-3", "Baik", 70) },
  // placed by the widget through core
  { employee: "emp-4", name: "Dedi", unit: "Dinas B", predikat: "Butuh Perbaikan", potensial: 40 }
]

const cell = (el: AsnNineBox, box: number) =>
  el.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-box="${box}"]`) ?? null

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
  setLocale("id")
})

describe("<asn-nine-box>", () => {
  it.each(["property", "src", "inline"] as const)("renders core placements from %s", async (source: Source) => {
    const el = await mount<AsnNineBox>("asn-nine-box", { people }, source)
    const box9 = placement("x", "Sangat Baik", 85).box
    expect(box9).toBe(9)
    expect(cell(el, 9)?.textContent).toContain("2")
    expect(cell(el, 5)?.textContent).toContain("1")
    // the fourth person was placed through Talent.evaluate
    const expected = Talent.place(Presets.talent.policy, { predikat: "Butuh Perbaikan", potensial: 40 })
    expect(expected._tag).toBe("Success")
    expect(cell(el, 1)?.textContent?.replace(/\s+/g, " ")).toContain("Kotak 1 1 pegawai")
    expect(parts(el, "cell")).toHaveLength(9)
  })

  it("lays the grid out from the policy: kinerja left to right, potensial top to bottom", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", { people })
    const order = parts(el, "cell").map((b) => Number(b.dataset.box))
    const p = Presets.talent.policy.boxes
    expect(order).toEqual([
      p["Di Bawah Ekspektasi"].Tinggi,
      p["Sesuai Ekspektasi"].Tinggi,
      p["Di Atas Ekspektasi"].Tinggi,
      p["Di Bawah Ekspektasi"].Menengah,
      p["Sesuai Ekspektasi"].Menengah,
      p["Di Atas Ekspektasi"].Menengah,
      p["Di Bawah Ekspektasi"].Rendah,
      p["Sesuai Ekspektasi"].Rendah,
      p["Di Atas Ekspektasi"].Rendah
    ])
  })

  it("drills down by keyboard: Enter opens the box with its people and actions, Escape closes and refocuses", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", { people })
    const events: Array<{ box: number; employees: ReadonlyArray<string> }> = []
    el.addEventListener("asn-drill-down", (e) => events.push(e.detail))
    cell(el, 9)?.focus()
    await userEvent.keyboard("{Enter}")
    await el.updateComplete
    expect(cell(el, 9)?.getAttribute("aria-expanded")).toBe("true")
    const drill = part(el, "drill")
    expect(drill?.textContent).toContain("Ani")
    expect(drill?.textContent).toContain("Budi")
    expect(drill?.textContent).not.toContain("Citra")
    expect(drill?.textContent).toContain("Dipromosikan dan dipertahankan")
    expect(drill?.textContent).toContain("92,50")
    expect(events).toEqual([{ box: 9, employees: ["emp-1", "emp-2"] }])
    await userEvent.keyboard("{Escape}")
    await el.updateComplete
    expect(part(el, "drill")).toBeNull()
    expect(el.shadowRoot?.activeElement).toBe(cell(el, 9))
    // Space toggles too
    await userEvent.keyboard(" ")
    await el.updateComplete
    expect(part(el, "drill")).not.toBeNull()
  })

  it("switches to English", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", { people })
    setLocale("en")
    await el.updateComplete
    expect(part(el, "title")?.textContent).toBe("Talent map (9-box)")
    expect(cell(el, 9)?.textContent?.replace(/\s+/g, " ")).toContain("Box 9 2 employees")
  })

  it("exports one CSV row per person", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", {
      people: [
        ...people,
        { employee: "emp-5", name: '=HYPERLINK("x")', unit: "Dinas, C", placement: placement("emp-5", "Baik", 10) }
      ]
    })
    const { filename, csv } = exportedCsv(el)
    expect(filename).toBe("peta-talenta.csv")
    const rows = parseCsv(csv)
    expect(rows[0]).toEqual([
      "Pegawai",
      "Nama",
      "Unit kerja",
      "box",
      "Kinerja",
      "Potensial",
      "Nilai potensial",
      "Predikat"
    ])
    expect(rows).toHaveLength(6)
    expect(rows.find((r) => r[0] === "emp-2")).toEqual([
      "emp-2",
      "Budi",
      "Dinas A",
      "9",
      "Di Atas Ekspektasi",
      "Tinggi",
      "92.50",
      "Sangat Baik"
    ])
    expect(rows.find((r) => r[0] === "emp-5")?.slice(1, 3)).toEqual(['\'=HYPERLINK("x")', "Dinas, C"])
  })

  it("downloads a UTF-8 CSV with a byte-order mark", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", { people })
    const blobs: Blob[] = []
    const create = vi.spyOn(URL, "createObjectURL").mockImplementation((b) => {
      blobs.push(b as Blob)
      return "blob:test"
    })
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {})
    part(el, "export")?.click()
    expect(blobs).toHaveLength(1)
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) as ArrayBuffer)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(blobs[0]?.type).toBe("text/csv;charset=utf-8")
    create.mockRestore()
    click.mockRestore()
  })

  it("reports data that is not a talent map", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", { persons: [] })
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    expect(text(el)).toContain("Data tidak sesuai format")
  })

  it("places with a policy of the data, and refuses a policy Talent.decodePolicy refuses, with its path", async () => {
    const own = {
      ...Presets.talent.policy,
      potensial: { ...Presets.talent.policy.potensial, cutoffs: { menengah: 30, tinggi: 80 } }
    }
    const placed = await mount<AsnNineBox>("asn-nine-box", { policy: own, people: [people[3]] })
    // potensial 40 is Menengah under this policy (box 4 for Butuh Perbaikan), Rendah under the preset (box 1)
    const box = Talent.place(own, { predikat: "Butuh Perbaikan", potensial: 40 })
    expect(box._tag === "Success" && box.success.potensial.level).toBe("Menengah")
    expect(cell(placed, box._tag === "Success" ? box.success.box : 0)?.textContent).toContain("1 pegawai")
    document.body.replaceChildren()
    const p = Presets.talent.policy
    const duplicate = {
      ...p,
      boxes: { ...p.boxes, "Sesuai Ekspektasi": { ...p.boxes["Sesuai Ekspektasi"], Tinggi: 1 } }
    }
    expect(Talent.decodePolicy(duplicate)._tag).toBe("Failure")
    const el = await mount<AsnNineBox>("asn-nine-box", { policy: duplicate, people })
    expect(part(el, "status")?.getAttribute("role")).toBe("alert")
    expect(text(el)).toContain("policy.boxes.Sesuai Ekspektasi.Tinggi")
    document.body.replaceChildren()
    const wrongShape = await mount<AsnNineBox>("asn-nine-box", { policy: { ...p, actions: "x" }, people })
    expect(text(wrongShape)).toContain("policy.actions")
  })

  it("reports an HTTP error of src", async () => {
    const el = document.createElement("asn-nine-box")
    const errors: unknown[] = []
    el.addEventListener("asn-load-error", (e) => errors.push(e.detail))
    el.src = "/__missing__/talenta.json"
    document.body.append(el)
    await vi.waitFor(() => expect(errors).toHaveLength(1))
    await el.updateComplete
    expect(errors[0]).toEqual({ _tag: "Http", status: 404 })
    expect(text(el)).toContain("HTTP 404")
  })

  it("has no axe violations, closed and open", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", { people })
    expect(await axeViolations(el)).toEqual([])
    el.toggleBox(9)
    await el.updateComplete
    expect(await axeViolations(el)).toEqual([])
  })
})

describe("<asn-nine-box> spelling", () => {
  it("spells the kinerja columns as the ratings do (Dibawah/Diatas Ekspektasi), never both ways", async () => {
    const el = await mount<AsnNineBox>("asn-nine-box", { people })
    const heads = [...(el.shadowRoot?.querySelectorAll('thead th[scope="col"]') ?? [])].map((h) =>
      h.textContent?.replace(/\u00ad/g, "").trim()
    )
    expect(heads.slice(1)).toEqual(["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"])
    expect(text(el)).not.toMatch(/Di Bawah|Di Atas/)
  })
})
