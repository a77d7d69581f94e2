import { Allowance, Exact, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const manado = Presets.allowance.manado
const tuba = Presets.allowance.tuba
const min = (m: number, s = 0) => m * 60 + s

const pay = (policy: Allowance.Policy, input: unknown) => {
  const r = Allowance.compute(policy, input)
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}

describe("lateness blocks: Manado style (0,30] (30,60] >60 with a 59-second grace)", () => {
  it.each([
    [0, "0"],
    [59, "0"], // grace
    [60, "1"],
    [61, "1"],
    [min(30), "1"], // at the edge of (0, 30]
    [min(30, 1), "2"], // just above
    [min(60), "2"],
    [min(60, 1), "3"],
    [min(300), "3"],
    [min(2000), "3"] // past the table's range: clamped to the last block
  ])("%i s late → %s %%", (seconds, percent) => {
    expect(Allowance.timeDeduction(manado.deductions.lateness, seconds).percent).toBe(percent)
  })
})

describe("lateness bands: Tuba style (1 to < 31, 31 to < 61, 61 to < 91, ≥ 91)", () => {
  it.each([
    [59, "0"],
    [60, "0.5"],
    [min(30, 59), "0.5"], // just below 31
    [min(31), "1"], // at 31
    [min(60, 59), "1"],
    [min(61), "1.25"],
    [min(90, 59), "1.25"],
    [min(91), "1.5"], // exactly 91: unassigned in the source, treated as the last band
    [min(91, 1), "1.5"],
    [min(200), "1.5"]
  ])("%i s late → %s %%", (seconds, percent) => {
    expect(Allowance.timeDeduction(tuba.deductions.lateness, seconds).percent).toBe(percent)
  })

  it("is dual", () => {
    expect(Allowance.timeDeduction(min(45))(tuba.deductions.lateness)).toEqual(
      Allowance.timeDeduction(tuba.deductions.lateness, min(45))
    )
  })
})

describe("Allowance.compute", () => {
  it("the doc example: 3,000,000 + 2,000,000 × 98 %", () => {
    const p = pay(manado, {
      month: "2026-03",
      ceiling: 5_000_000,
      kinerjaPercent: 100,
      days: [{ date: "2026-03-02", status: "hadir", lateSeconds: min(45) }]
    })
    expect(p.amount.text).toBe("4960000")
    expect(p.status).toBe("paid")
    expect(p.trace.kinerja.share).toBe("3000000")
    expect(p.trace.disiplin.share).toBe("2000000")
    expect(p.trace.disiplin.deductions).toEqual([
      { date: "2026-03-02", kind: "lateness", detail: "blok 2 (30–60 menit] (45 menit)", percent: "2" }
    ])
    expect(JSON.parse(JSON.stringify(p.trace))).toEqual(p.trace)
  })

  it("adds every deduction of a day: no clock-out, early leave, missed apel", () => {
    const p = pay(tuba, {
      month: "2026-03",
      ceiling: 1_000_000,
      predikat: "Baik",
      days: [
        { date: "2026-03-02", status: "hadir", lateSeconds: min(31), clockOut: false, apel: "tidak-hadir" },
        { date: "2026-03-03", status: "hadir", earlyLeaveSeconds: min(61) },
        { date: "2026-03-04", status: "hadir", clockIn: false },
        { date: "2026-03-05", status: "tanpa-keterangan" },
        { date: "2026-03-06", status: "sakit" }
      ]
    })
    // 1 + 1.5 + 2 + 1.25 + 1.5 + 3 = 10.25 % of 400,000 = 41,000
    expect(p.trace.disiplin.totalPercent).toBe("10.25")
    expect(p.amount.text).toBe("959000")
  })

  it("floors the disiplin part at zero (11 absent days at 10 %)", () => {
    const days = Array.from({ length: 11 }, (_, i) => ({
      date: `2026-03-${String(i + 2).padStart(2, "0")}`,
      status: "tanpa-keterangan"
    }))
    const p = pay(manado, { month: "2026-03", ceiling: 5_000_000, kinerjaPercent: 100, days })
    expect(p.trace.disiplin.totalPercent).toBe("110")
    expect(p.trace.disiplin.floored).toBe(true)
    expect(p.trace.disiplin.amount).toBe("0")
    expect(p.amount.text).toBe("3000000")
  })

  it("rounds once, at the end, with the policy's mode (half-up: 995099.5 → 995100)", () => {
    const p = pay(tuba, {
      month: "2026-03",
      ceiling: 1_000_100,
      predikat: "Sangat Baik",
      days: [{ date: "2026-03-02", status: "hadir", lateSeconds: min(61) }]
    })
    expect(p.trace.beforeRounding).toBe("995099.5")
    expect(p.amount.text).toBe("995100")
    expect(p.amount.mode).toBe("half-up")
  })

  it("rounds down under Manado's policy (700002.1 → 700002)", () => {
    const p = pay(manado, { month: "2026-03", ceiling: 1_000_003, kinerjaPercent: 50, days: [] })
    expect(p.trace.beforeRounding).toBe("700002.1")
    expect(p.amount.text).toBe("700002")
  })

  it("pays the kinerja part by predikat", () => {
    const p = pay(tuba, { month: "2026-03", ceiling: 1_000_000, predikat: "Sangat Kurang", days: [] })
    expect(p.trace.kinerja.amount).toBe("240000")
    expect(p.amount.text).toBe("640000")
  })

  it("cuts 25 % while a hukuman disiplin sedang is in force, and only then", () => {
    const discipline = [{ kind: "potong-tunjangan-6-bulan", effective: "2026-03" }]
    const during = pay(tuba, { month: "2026-08", ceiling: 1_000_000, predikat: "Baik", days: [], discipline })
    const after = pay(tuba, { month: "2026-09", ceiling: 1_000_000, predikat: "Baik", days: [], discipline })
    expect(during.amount.text).toBe("750000")
    expect(during.trace.disciplineCut).toEqual({ percent: 25, base: "total", by: ["potong-tunjangan-6-bulan"] })
    expect(after.amount.text).toBe("1000000")
    expect(after.trace.disciplineCut).toBeUndefined()
  })

  it("can cut only the kinerja part when the policy says so", () => {
    const p = pay(
      { ...tuba, disciplineCut: "kinerja" },
      {
        month: "2026-08",
        ceiling: 1_000_000,
        predikat: "Baik",
        days: [],
        discipline: [{ kind: "potong-tunjangan-9-bulan", effective: "2026-01" }]
      }
    )
    expect(p.amount.text).toBe("850000")
  })

  it("does not pay in a not-paid situation or after discharge, and defers in a deferred one", () => {
    const base = { month: "2026-03", ceiling: 1_000_000, predikat: "Baik", days: [] }
    const cltn = pay(tuba, { ...base, conditions: ["cltn"] })
    expect([cltn.status, cltn.amount.text]).toEqual(["not-paid", "0"])
    const late = pay(tuba, { ...base, conditions: ["lhkpn-terlambat"] })
    expect([late.status, late.amount.text]).toEqual(["deferred", "1000000"])
    const both = pay(tuba, { ...base, conditions: ["lhkpn-terlambat", "mpp"] })
    expect(both.status).toBe("not-paid")
    const fired = pay(tuba, { ...base, discipline: [{ kind: "pemberhentian-dengan-hormat", effective: "2026-02" }] })
    expect([fired.status, fired.trace.payStoppedBy]).toEqual(["not-paid", "pemberhentian-dengan-hormat"])
  })

  it("PP 94/2021: after 10 consecutive days absent, pay stops from the following month, not the current one", () => {
    const base = { ceiling: 1_000_000, predikat: "Baik", days: [], payStopFrom: "2026-04" }
    const march = pay(tuba, { ...base, month: "2026-03" })
    expect([march.status, march.amount.text, march.trace.payStopFrom]).toEqual(["paid", "1000000", "2026-04"])
    const april = pay(tuba, { ...base, month: "2026-04" })
    expect([april.status, april.amount.text, april.trace.payStoppedBy]).toEqual([
      "not-paid",
      "0",
      "tidak-masuk-10-hari-kerja-berturut-turut"
    ])
    expect(pay(tuba, { ...base, month: "2026-09" }).status).toBe("not-paid")
  })

  it("a berat demotion or removal pays on the lower jabatan's ceiling while it runs", () => {
    const base = { ceiling: 1_000_000, predikat: "Baik", days: [] }
    const discipline = [{ kind: "penurunan-jabatan-12-bulan", effective: "2026-03" }]
    const during = pay(tuba, { ...base, month: "2026-03", discipline, sanctionCeiling: 800_000 })
    expect(during.amount.text).toBe("800000")
    expect(during.trace.ceilingUnderSanction).toEqual({
      ceiling: 800_000,
      by: "penurunan-jabatan-12-bulan",
      from: "2026-03",
      until: "2027-02"
    })
    const lastMonth = pay(tuba, { ...base, month: "2027-02", discipline, sanctionCeiling: 800_000 })
    expect(lastMonth.amount.text).toBe("800000")
    const after = pay(tuba, { ...base, month: "2027-03", discipline, sanctionCeiling: 800_000 })
    expect([after.amount.text, after.trace.ceilingUnderSanction]).toEqual(["1000000", undefined])
    const before = pay(tuba, { ...base, month: "2026-02", discipline })
    expect(before.amount.text).toBe("1000000")
    const missing = Allowance.compute(tuba, { ...base, month: "2026-06", discipline })
    expect(
      Result.isFailure(missing) && missing.failure._tag === "SanctionCeilingMissing" && missing.failure.path
    ).toEqual(["sanctionCeiling"])
    const removal = pay(tuba, {
      ...base,
      month: "2026-06",
      discipline: [...discipline, { kind: "pembebasan-jabatan-12-bulan", effective: "2026-05" }],
      sanctionCeiling: 500_000
    })
    expect(removal.trace.ceilingUnderSanction?.by).toBe("pembebasan-jabatan-12-bulan")
  })

  it("fails with typed errors and paths", () => {
    const base = { month: "2026-03", ceiling: 1_000_000, predikat: "Baik", days: [] }
    const unknown = Allowance.compute(tuba, { ...base, conditions: ["cltn", "liburan"] })
    expect(Result.isFailure(unknown) && unknown.failure._tag).toBe("UnknownSituation")
    expect(Result.isFailure(unknown) && unknown.failure._tag === "UnknownSituation" && unknown.failure.path).toEqual([
      "conditions",
      1
    ])
    const missing = Allowance.compute(manado, { ...base })
    expect(Result.isFailure(missing) && missing.failure._tag).toBe("KinerjaBasisMissing")
    const bad = Allowance.compute(tuba, {
      ...base,
      ceiling: -5,
      days: [
        { date: "2026-04-01", status: "hadir" },
        { date: "2026-03-02", status: "hadir", lateSeconds: 1.5 }
      ]
    })
    expect(
      Result.isFailure(bad) && bad.failure._tag === "InvalidInput" && bad.failure.problems.map((p) => p.path)
    ).toEqual([["ceiling"], ["days", 1, "lateSeconds"]])
    const month = Allowance.compute(tuba, { ...base, days: [{ date: "2026-04-01", status: "hadir" }] })
    expect(Result.isFailure(month) && month.failure._tag === "InvalidInput" && month.failure.problems[0]?.code).toBe(
      "other-month"
    )
  })

  it.each([null, 1, "x", {}, { month: "2026-13", ceiling: 1, days: [] }])("never throws on %j", (input) => {
    expect(Result.isFailure(Allowance.compute(tuba, input))).toBe(true)
  })
})

describe("Allowance.problems (policy validation)", () => {
  it("accepts both example policies", () => {
    expect(Allowance.problems(manado)).toEqual([])
    expect(Allowance.problems(tuba)).toEqual([])
    expect(Result.isSuccess(Allowance.decodePolicy(tuba))).toBe(true)
  })

  it("reports a split that is not exactly 100, a band without percent and a percent without band", () => {
    const { "≥ 91 menit": _dropped, ...percent } = tuba.deductions.lateness.percent
    const found = Allowance.problems({
      ...tuba,
      split: { ...tuba.split, kinerja: 60.1 },
      deductions: { ...tuba.deductions, lateness: { ...tuba.deductions.lateness, percent: { ...percent, extra: 1 } } },
      deferred: [...tuba.deferred, { code: "cltn", label: "dup", legalBasis: tuba.legalBasis }]
    })
    expect(found.map((p) => [p.path, p.code])).toEqual([
      [["split"], "weights-do-not-sum"],
      [["deductions", "lateness", "table", "bands", 4, "label"], "missing-percent"],
      [["deductions", "lateness", "percent", "extra"], "unknown-band"],
      [["deferred", 3, "code"], "duplicate"]
    ])
  })
})

describe("Allowance properties", () => {
  const day = fc.record({
    status: fc.constantFrom("hadir", "tanpa-keterangan", "izin", "sakit", "cuti", "dinas"),
    lateSeconds: fc.integer({ min: 0, max: 20_000 }),
    earlyLeaveSeconds: fc.integer({ min: 0, max: 20_000 }),
    clockIn: fc.boolean(),
    clockOut: fc.boolean(),
    apel: fc.constantFrom("hadir", "tidak-hadir", "tidak-wajib")
  })
  const month = fc
    .array(day, { maxLength: 22 })
    .map((days) => days.map((d, i) => ({ ...d, date: `2026-03-${String(i + 1).padStart(2, "0")}` })))
  const input = fc.record({
    ceiling: fc.integer({ min: 0, max: 50_000_000 }),
    kinerjaPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    predikat: fc.constantFrom("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"),
    days: month,
    cut: fc.boolean()
  })

  it("the amount is never negative nor above the ceiling, and is a whole rupiah", () => {
    fc.assert(
      fc.property(input, fc.constantFrom(manado, tuba), (i, policy) => {
        const p = pay(policy, {
          month: "2026-03",
          ceiling: i.ceiling,
          kinerjaPercent: i.kinerjaPercent,
          predikat: i.predikat,
          days: i.days,
          ...(i.cut ? { discipline: [{ kind: "potong-tunjangan-12-bulan", effective: "2026-01" }] } : {})
        })
        expect(p.amount.value).toBeGreaterThanOrEqual(0)
        expect(p.amount.value).toBeLessThanOrEqual(i.ceiling)
        expect(p.amount.text).toMatch(/^\d+$/)
      })
    )
  })

  it("one more late day never raises the amount", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 20_000 }), (i, late) => {
        const base = { month: "2026-03", ceiling: i.ceiling, predikat: i.predikat, days: i.days.slice(0, 20) }
        const more = { ...base, days: [...base.days, { date: "2026-03-31", status: "hadir", lateSeconds: late }] }
        const a = pay(tuba, base)
        const b = pay(tuba, more)
        expect(Exact.compare(Exact.fromFinite(b.amount.value), Exact.fromFinite(a.amount.value))).toBeLessThanOrEqual(0)
      })
    )
  })
})
