import { Presets, Survey } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { generate, quarters } from "../src/data/generate.js"
import { buildModel, unitIkm } from "../src/data/model.js"
import { hash, seeded } from "../src/data/random.js"
import { regionIds } from "../src/data/regions.js"
import { nothingStored } from "../src/store.js"

describe("random: seeded and reproducible", () => {
  it("the same seed gives the same sequence, another seed another one", () => {
    const a = seeded("x")
    const b = seeded("x")
    const c = seeded("y")
    const xs = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs)
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
  })

  it("int stays within its inclusive bounds and hash is stable", () => {
    const r = seeded(42)
    const xs = Array.from({ length: 1000 }, () => r.int(1, 4))
    expect(new Set(xs)).toEqual(new Set([1, 2, 3, 4]))
    expect(hash("bukittinggi")).toBe(hash("bukittinggi"))
    expect(hash("bukittinggi")).not.toBe(hash("sawahlunto"))
  })
})

describe("generate: deterministic sample per region", () => {
  it.each(regionIds)("%s: two calls give identical data", (id) => {
    expect(JSON.stringify(generate(id))).toBe(JSON.stringify(generate(id)))
  })

  it("another seed gives other data of the same shape", () => {
    const a = generate("bukittinggi")
    const b = generate("bukittinggi", "lain")
    expect(b.employees.length).toBe(a.employees.length)
    expect(JSON.stringify(b.evaluations)).not.toBe(JSON.stringify(a.evaluations))
  })

  it("sizes: several units per region, a few hundred ASN, four quarters each", () => {
    const all = regionIds.map((id) => generate(id))
    const total = all.reduce((n, d) => n + d.employees.length, 0)
    expect(total).toBeGreaterThanOrEqual(200)
    expect(total).toBeLessThanOrEqual(500)
    for (const d of all) {
      expect(d.units.length).toBeGreaterThanOrEqual(4)
      expect(d.evaluations.length).toBe(d.employees.length * 4)
      expect(new Set(d.evaluations.map((e) => e.period))).toEqual(new Set(quarters))
      const serviceUnits = d.units.filter((u) => u.service !== null)
      expect(new Set(d.surveys.map((s) => s.unit))).toEqual(new Set(serviceUnits.map((u) => u.id)))
      expect(d.feedback.length).toBeGreaterThan(50)
      expect(d.training.length).toBeGreaterThan(d.employees.length)
      expect(d.competency.length).toBe(d.employees.length)
      expect(new Set(d.employees.map((e) => e.id)).size).toBe(d.employees.length)
    }
  })

  it("every employee works in a unit of the region and has a scorecard of the region's policy", () => {
    for (const id of regionIds) {
      const d = generate(id)
      const units = new Set(d.units.map((u) => u.id))
      const cards = new Set(buildModel(d, nothingStored).region.policy.scorecards.map((s) => s.id))
      for (const e of d.employees) {
        expect(units.has(e.unit)).toBe(true)
        expect(cards.has(e.scorecard)).toBe(true)
      }
    }
  })
})

describe("buildModel: the sample scores with core without a single problem", () => {
  it.each(regionIds)("%s", (id) => {
    const m = buildModel(generate(id), nothingStored)
    expect(m.problems).toEqual([])
    expect(m.employees.every((e) => Object.keys(e.evaluations).length === 4)).toBe(true)
    // a realistic mix: more than one predikat, and the distribution check counts everyone
    const predikats = new Set(m.employees.map((e) => e.latest?.predikat))
    expect(predikats.size).toBeGreaterThan(1)
    expect(m.distribution.total).toBe(m.employees.length)
    // every service unit has an IKM in the 25–100 frame; 360 results exist; JP and JPM are computed
    for (const u of m.units.filter((x) => x.unit.service !== null)) {
      expect(u.ikm?.nilai.value).toBeGreaterThanOrEqual(25)
      expect(u.ikm?.nilai.value).toBeLessThanOrEqual(100)
    }
    expect(m.employees.some((e) => e.feedback?.status === "sufficient")).toBe(true)
    expect(m.employees.every((e) => e.jp !== undefined && e.jpm !== undefined && e.placement !== undefined)).toBe(true)
  })

  it("a stored survey response joins its unit's IKM (the same result as core on all responses)", () => {
    const d = generate("sawahlunto")
    const unit = "dukcapil"
    const answers = Object.fromEntries(Presets.skm.national2017.elements.map((e) => [e.id, 4]))
    const response = { template: { id: Presets.skm.national2017.id, version: "2017" }, answers }
    const before = buildModel(d, nothingStored).units.find((u) => u.unit.id === unit)
    const after = buildModel(d, {
      ...nothingStored,
      surveys: [{ region: "sawahlunto", unit, response, submittedAt: "2026-11-23T10:00:00Z" }]
    }).units.find((u) => u.unit.id === unit)
    expect(after?.respondents).toBe((before?.respondents ?? 0) + 1)
    expect(after?.submitted).toBe(1)
    expect(Number(after?.ikm?.exact.split("/")[0])).toBeGreaterThan(0)
    expect(after?.ikm?.nilai.value).toBeGreaterThan(before?.ikm?.nilai.value ?? 100)
    const direct = Survey.score(Presets.skm.policy, {
      template: Presets.skm.national2017,
      responses: [...d.surveys.filter((s) => s.unit === unit).map((s) => s.response), response]
    })
    expect(Result.isSuccess(direct) && direct.success.nilai.text).toBe(after?.ikm?.nilai.text)
    expect(unitIkm([])).toBeUndefined()
  })

  it("a stored evaluation replaces the sample's input of that period", () => {
    const d = generate("bukittinggi")
    const sample = d.evaluations[0]
    if (!sample) throw new Error("no sample")
    const edited = {
      ...sample,
      measurements: (sample.measurements ?? []).map((m) => ({ ...m, realisasi: 0 }))
    }
    const m = buildModel(d, {
      ...nothingStored,
      evaluations: [
        { region: "bukittinggi", employee: sample.employee, period: sample.period, input: edited, submittedAt: "x" }
      ]
    })
    const view = m.employees.find((e) => e.employee.id === sample.employee)
    expect(view?.edited).toEqual([sample.period])
    expect(view?.evaluations[sample.period]?.hasilKerja).toBe("Dibawah Ekspektasi")
  })
})
