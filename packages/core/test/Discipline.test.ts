import { Calendar, Discipline, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const ladder = Presets.rules.absenceLadder

// PP 94/2021 as quoted (REFERENCE.md §7.2), written out per day count independently of the preset's layout.
const expected = (days: number): Discipline.Kind | undefined => {
  if (days <= 2) return undefined
  if (days === 3) return "teguran-lisan"
  if (days <= 6) return "teguran-tertulis"
  if (days <= 10) return "pernyataan-tidak-puas"
  if (days <= 13) return "potong-tunjangan-6-bulan"
  if (days <= 16) return "potong-tunjangan-9-bulan"
  if (days <= 20) return "potong-tunjangan-12-bulan"
  if (days <= 24) return "penurunan-jabatan-12-bulan"
  if (days <= 27) return "pembebasan-jabatan-12-bulan"
  return "pemberhentian-dengan-hormat"
}

const sanction = (cumulativeDays: number, consecutiveDays = 1) => {
  const r = Discipline.sanctionFor(ladder, {
    cumulativeDays,
    consecutiveDays: Math.min(consecutiveDays, cumulativeDays)
  })
  if (Result.isFailure(r)) throw new Error("unexpected failure")
  return r.success
}

describe("Discipline.sanctionFor: cumulative ladder, every edge", () => {
  // just below, at and just above every step edge (inclusive ranges 3; 4–6; 7–10; 11–13; 14–16; 17–20; 21–24; 25–27; ≥ 28)
  const edges = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 60]
  it.each(edges)("%i days", (days) => {
    const d = sanction(days)
    expect(d.sanction).toBe(expected(days))
    expect(d.trace.decidedBy).toBe(expected(days) === undefined ? "none" : "cumulative")
  })

  it("1–2 days carry no listed sanction (and no step in the trace)", () => {
    expect(sanction(2).trace.cumulative).toBeUndefined()
    expect(sanction(2).level).toBeUndefined()
  })

  it("names the inclusive range in the trace", () => {
    expect(sanction(13).trace.cumulative).toEqual({ step: 3, from: 11, to: 13, sanction: "potong-tunjangan-6-bulan" })
    expect(sanction(13).level).toBe("sedang")
    expect(sanction(28).trace.cumulative?.to).toBeUndefined()
  })
})

describe("Discipline.sanctionFor: the 10-consecutive-days rule is independent", () => {
  it.each([
    [9, 9, "pernyataan-tidak-puas", "cumulative"],
    [10, 10, "pemberhentian-dengan-hormat", "consecutive"],
    [12, 10, "pemberhentian-dengan-hormat", "consecutive"],
    [30, 10, "pemberhentian-dengan-hormat", "both"],
    [30, 2, "pemberhentian-dengan-hormat", "cumulative"]
  ] as const)("%i days with a run of %i → %s (%s)", (cum, run, kind, by) => {
    const d = sanction(cum, run)
    expect(d.sanction).toBe(kind)
    expect(d.trace.decidedBy).toBe(by)
    expect(d.trace.consecutive.met).toBe(run >= 10)
  })

  it("rejects counts that are negative, fractional, or a run longer than the total", () => {
    const bad = [
      { cumulativeDays: -1, consecutiveDays: 0 },
      { cumulativeDays: 2.5, consecutiveDays: 0 },
      { cumulativeDays: 3, consecutiveDays: 4 },
      { cumulativeDays: Number.NaN, consecutiveDays: 0 }
    ]
    for (const counts of bad) {
      const r = Discipline.sanctionFor(ladder, counts)
      expect(Result.isFailure(r)).toBe(true)
      if (Result.isFailure(r)) expect(r.failure.problems.length).toBeGreaterThan(0)
    }
  })

  it("is dual", () => {
    expect(Discipline.sanctionFor({ cumulativeDays: 5, consecutiveDays: 1 })(ladder)).toEqual(
      Discipline.sanctionFor(ladder, { cumulativeDays: 5, consecutiveDays: 1 })
    )
  })

  it("property: more days never give a lighter sanction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const s = (n: number) => {
          const k = sanction(n).sanction
          return k === undefined ? -1 : Discipline.severity(k)
        }
        expect(s(lo)).toBeLessThanOrEqual(s(hi))
      })
    )
  })
})

const workingDays = (dates: ReadonlyArray<string>, status: Discipline.DayStatus = "tanpa-keterangan") =>
  dates.map((date) => ({ date, status }))

// Working days of March 2026 without weekends: 2–6, 9–13, 16–20, 23–27, 30–31.
const march = [2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20].map((d) => `2026-03-${String(d).padStart(2, "0")}`)

describe("Discipline.assess (attendance record)", () => {
  it("counts a run across a weekend as consecutive working days", () => {
    const r = Discipline.assess(ladder, { year: 2026, workingDays: workingDays(march.slice(0, 10)) })
    expect(Result.isSuccess(r)).toBe(true)
    if (Result.isSuccess(r)) {
      expect(r.success.sanction).toBe("pemberhentian-dengan-hormat")
      expect(r.success.trace.decidedBy).toBe("consecutive")
      expect(r.success.trace.inputs.longestRun).toEqual({ from: "2026-03-02", to: "2026-03-13" })
    }
  })

  it("a day present breaks the run; 14 days in two runs give the 9-month cut", () => {
    const days = [
      ...workingDays(march.slice(0, 7)),
      { date: march[7] as string, status: "hadir" as const },
      ...workingDays(march.slice(8, 15))
    ]
    const r = Discipline.assess(ladder, { year: 2026, workingDays: days })
    expect(Result.isSuccess(r) && r.success.sanction).toBe("potong-tunjangan-9-bulan")
    expect(Result.isSuccess(r) && r.success.trace.inputs.consecutiveDays).toBe(7)
  })

  it("excused days (izin, sakit, cuti, dinas) do not count", () => {
    const days = (["izin", "sakit", "cuti", "dinas"] as const).map((status, i) => ({
      date: march[i] as string,
      status
    }))
    const r = Discipline.assess(ladder, { year: 2026, workingDays: days })
    expect(Result.isSuccess(r) && r.success.trace.inputs.cumulativeDays).toBe(0)
  })

  it("is independent of the order of the days", () => {
    const days = workingDays(march.slice(0, 11))
    const a = Discipline.assess(ladder, { year: 2026, workingDays: days })
    const b = Discipline.assess(ladder, { year: 2026, workingDays: [...days].reverse() })
    expect(a).toEqual(b)
  })

  it("reports other-year, duplicate and impossible dates with paths", () => {
    const r = Discipline.assess(ladder, {
      year: 2026,
      workingDays: [
        { date: "2025-12-31", status: "tanpa-keterangan" },
        { date: "2026-01-02", status: "tanpa-keterangan" },
        { date: "2026-01-02", status: "hadir" }
      ]
    })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => [p.path, p.code])).toEqual([
      [["workingDays", 0, "date"], "other-year"],
      [["workingDays", 2, "date"], "duplicate"]
    ])
    const bad = Discipline.assess(ladder, { year: 2026, workingDays: [{ date: "2026-02-30", status: "hadir" }] })
    expect(Result.isFailure(bad) && bad.failure.problems[0]?.path).toEqual(["workingDays", 0, "date"])
  })

  it.each([null, 42, "x", { year: 2026 }, { year: 2026, workingDays: [{ date: "2026-01-02", status: "alpa" }] }])(
    "never throws on %j",
    (input) => {
      expect(Result.isFailure(Discipline.assess(ladder, input))).toBe(true)
    }
  )
})

describe("Discipline.problems (ladder validation)", () => {
  it("accepts the national ladder", () => {
    expect(Discipline.problems(ladder)).toEqual([])
    expect(Result.isSuccess(Discipline.decodeLadder(ladder))).toBe(true)
  })

  it("reports gaps, overlaps, early open ends, closed last steps and lighter sanctions", () => {
    const found = Discipline.problems({
      ...ladder,
      steps: [
        { from: 3, to: 3, sanction: "teguran-tertulis" },
        { from: 5, to: 6, sanction: "teguran-lisan" },
        { from: 6, sanction: "pernyataan-tidak-puas" },
        { from: 7, to: 9, sanction: "pernyataan-tidak-puas" }
      ]
    })
    expect(found.map((p) => [p.path, p.code])).toEqual([
      [["steps", 1, "from"], "gap"],
      [["steps", 1, "sanction"], "not-monotone"],
      [["steps", 2, "from"], "overlap"],
      [["steps", 2, "to"], "open-before-last"],
      [["steps", 3, "to"], "not-covering"]
    ])
    expect(
      Result.isFailure(Discipline.decodeLadder({ ...ladder, steps: [{ from: 3, to: 3, sanction: "teguran-lisan" }] }))
    ).toBe(true)
  })
})

describe("Discipline effects", () => {
  it.each([
    ["potong-tunjangan-6-bulan", "2026-03", "2026-08"],
    ["potong-tunjangan-9-bulan", "2026-03", "2026-11"],
    ["potong-tunjangan-12-bulan", "2026-03", "2027-02"]
  ] as const)("%s from %s runs until %s inclusive", (kind, from, until) => {
    const e = Discipline.effects({ kind, effective: from })
    expect(e.allowanceCut).toEqual({ percent: 25, from, until, months: Number(kind.split("-")[2]) })
    expect(e.excludesAward).toBe(true)
  })

  it("ringan sanctions have no pay effect and do not exclude awards", () => {
    const e = Discipline.effects({ kind: "pernyataan-tidak-puas", effective: "2026-03" })
    expect(e.allowanceCut).toBeUndefined()
    expect(e.excludesAward).toBe(false)
  })

  it("discharge stops pay from its month", () => {
    expect(Discipline.effects({ kind: "pemberhentian-dengan-hormat", effective: "2026-05" }).payStopsFrom).toBe(
      "2026-05"
    )
  })

  it.each([
    ["2026-02", 0],
    ["2026-03", 25],
    ["2026-08", 25],
    ["2026-09", 0]
  ] as const)("inForce in %s → %i %%", (month, percent) => {
    expect(Discipline.inForce([{ kind: "potong-tunjangan-6-bulan", effective: "2026-03" }], month).cutPercent).toBe(
      percent
    )
  })

  it("overlapping cuts do not add up", () => {
    const h = [
      { kind: "potong-tunjangan-6-bulan", effective: "2026-03" },
      { kind: "potong-tunjangan-12-bulan", effective: "2026-05" }
    ] as const
    const f = Discipline.inForce(h, "2026-06")
    expect(f.cutPercent).toBe(25)
    expect(f.cuts).toHaveLength(2)
  })

  it("matching by scope", () => {
    const h = [
      { kind: "potong-tunjangan-6-bulan", effective: "2020-01" },
      { kind: "teguran-lisan", effective: "2026-02" }
    ] as const
    expect(Discipline.matching(h, ["sedang", "berat"], "ever", "2026-05-01")).toHaveLength(1)
    expect(Discipline.matching(h, ["sedang", "berat"], "active", "2026-05-01")).toHaveLength(0)
    expect(Discipline.matching(h, ["sedang", "berat"], "active", "2020-06-30")).toHaveLength(1)
    expect(Discipline.matching(h, ["sedang", "berat"], "active", "2020-07-01")).toHaveLength(0)
    expect(Discipline.matching(h, ["ringan"], "year", "2026-05-01")).toHaveLength(1)
    expect(Discipline.matching(h, ["ringan"], "year", "2027-01-01")).toHaveLength(0)
    // a sanction effective after asOf is not yet on the record
    expect(Discipline.matching(h, ["ringan"], "ever", "2026-01-31")).toHaveLength(0)
  })

  it("decodes a history and rejects an unknown kind with its path", () => {
    const r = Discipline.decodeHistory([{ kind: "skorsing", effective: "2026-01" }])
    expect(Result.isFailure(r) && r.failure.problems[0]?.path).toEqual([0, "kind"])
  })
})

describe("Discipline.assess: PP 94/2021 pay stop from the following month", () => {
  const workingDays = (from: string, n: number, status: Discipline.DayStatus = "tanpa-keterangan") => {
    const out: Array<{ date: string; status: Discipline.DayStatus }> = []
    let d = Calendar.dayNumber(from) ?? 0
    while (out.length < n) {
      const date = Calendar.fromDayNumber(d)
      const wd = new Date(`${date}T00:00:00Z`).getUTCDay()
      if (wd !== 0 && wd !== 6) out.push({ date, status })
      d++
    }
    return out
  }
  const assess = (days: ReadonlyArray<{ date: string; status: Discipline.DayStatus }>) => {
    const r = Discipline.assess(ladder, { year: 2026, workingDays: days })
    if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
    return r.success
  }

  it.each([
    ["9 days: no pay stop", "2026-03-02", 9, undefined, undefined],
    ["10 days ending Friday 13 March: from April", "2026-03-02", 10, "2026-04", "2026-03-13"],
    ["10 days ending on 31 March: from April", "2026-03-18", 10, "2026-04", "2026-03-31"],
    ["10 days ending on 1 April: from May", "2026-03-19", 10, "2026-05", "2026-04-01"],
    ["10 days ending in December: from January", "2026-12-17", 10, "2027-01", "2026-12-30"],
    ["15 days: the 10th day decides", "2026-03-02", 15, "2026-04", "2026-03-13"]
  ])("%s", (_, from, n, month, reachedOn) => {
    const d = assess(workingDays(from, n))
    expect(d.payStopsFrom).toBe(month)
    expect(d.trace.consecutive.reachedOn).toBe(reachedOn)
  })

  it("a broken run does not stop pay; counts alone give no month", () => {
    const days = [
      ...workingDays("2026-03-02", 5),
      { date: "2026-03-09", status: "hadir" as const },
      ...workingDays("2026-03-10", 5)
    ]
    expect(assess(days).payStopsFrom).toBeUndefined()
    expect(sanction(10, 10).payStopsFrom).toBeUndefined()
  })
})

describe("Discipline.inForce: berat sanctions change the jabatan", () => {
  it.each([
    ["2026-02", undefined],
    ["2026-03", "penurunan-jabatan-12-bulan"],
    ["2027-02", "penurunan-jabatan-12-bulan"],
    ["2027-03", undefined]
  ])("%s → %s", (month, kind) => {
    expect(
      Discipline.inForce([{ kind: "penurunan-jabatan-12-bulan", effective: "2026-03" }], month).jabatan?.kind
    ).toBe(kind)
  })

  it("ringan and sedang never change the jabatan; the heavier berat wins", () => {
    expect(
      Discipline.inForce([{ kind: "potong-tunjangan-12-bulan", effective: "2026-03" }], "2026-04").jabatan
    ).toBeUndefined()
    const both = Discipline.inForce(
      [
        { kind: "pembebasan-jabatan-12-bulan", effective: "2026-01" },
        { kind: "penurunan-jabatan-12-bulan", effective: "2026-03" }
      ],
      "2026-04"
    )
    expect(both.jabatan?.kind).toBe("pembebasan-jabatan-12-bulan")
  })
})
