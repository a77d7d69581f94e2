import { ActivityReport } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const policy = Result.getOrThrow(
  ActivityReport.decodePolicy({
    periods: [
      { id: "2026-T1", from: "2026-01-01", to: "2026-03-31" },
      { id: "2026-T2", from: "2026-04-01", to: "2026-06-30" }
    ],
    indicators: [
      { id: "kuantitas", label: "Kuantitas pekerjaan", aggregate: "sum", minEvidence: 1 },
      { id: "kualitas", label: "Kualitas pekerjaan", aggregate: "mean", minEvidence: 1 },
      { id: "interaksi", label: "Interaksi dengan masyarakat", aggregate: "latest", minEvidence: 0 }
    ],
    rounding: { scale: 2, mode: "half-up" },
    legalBasis: [{ regulation: "Praktik Pemerintah Kota Bukittinggi (ilustrasi)", confirmed: false }]
  })
)
const EMP = "199001012015031001"
const SUP = "197501012000031002"
const employee = { nip: EMP, role: "pegawai" }
const superior = { nip: SUP, role: "atasan" }

let n = 0
const ev = (command: unknown, by = employee) => ({ id: `a${++n}`, at: "2026-02-01T08:00:00+07:00", by, command })
const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const fail = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}
const submit = (id: string, indicator: string, realisasi: number, on = "2026-02-10", evidence = 1) =>
  ev({
    _tag: "Submit",
    report: {
      id,
      employee: EMP,
      superior: SUP,
      period: "2026-T1",
      indicator,
      on,
      activity: "Verifikasi berkas izin",
      realisasi,
      evidence: Array.from({ length: evidence }, (_, i) => ({ kind: "foto", reference: `bukti/${id}-${i}.jpg` }))
    }
  })
const review = (report: string, decision: string, extra: object = {}, by = superior) =>
  ev({ _tag: "Review", report, on: "2026-03-01", decision, ...extra }, by)

describe("ActivityReport (seed 003: Bukittinggi quarterly indicators)", () => {
  it("counts accepted reports per indicator: sum, mean (rounded once), latest; the rest never count", () => {
    const s = ok(
      ActivityReport.fold(policy, [
        submit("r1", "kuantitas", 12),
        submit("r2", "kuantitas", 8),
        submit("r3", "kuantitas", 100),
        submit("q1", "kualitas", 80),
        submit("q2", "kualitas", 85),
        submit("q3", "kualitas", 86),
        review("r1", "accept"),
        review("r2", "accept", { corrected: 7 }),
        review("r3", "reject", { note: "bukan kegiatan triwulan ini" }),
        review("q1", "accept"),
        review("q2", "accept"),
        review("q3", "accept")
      ])
    )
    const m = ActivityReport.measurements(policy, s, { employee: EMP, period: "2026-T1" })
    expect(m.map((x) => [x.indicator, x.realisasi?.text ?? null, x.accepted, x.rejected])).toEqual([
      ["kuantitas", "19.00", 2, 1],
      ["kualitas", "83.67", 3, 0],
      ["interaksi", null, 0, 0]
    ])
    expect(m[1]?.exact).toBe("251/3 ≈ 83.666667")
    expect(ActivityReport.measurements(policy, s, { employee: EMP, period: "2026-T2" })[0]?.realisasi).toBeNull()
  })

  it("only the named superior reviews, only the employee submits and revises", () => {
    const s = ok(ActivityReport.fold(policy, [submit("r1", "kuantitas", 3)]))
    expect(
      fail(ActivityReport.fold(policy, [review("r1", "accept", {}, { nip: "1", role: "atasan" })], s))
    ).toMatchObject({
      _tag: "NotAllowed",
      expected: SUP
    })
    expect(fail(ActivityReport.fold(policy, [ev(submit("x", "kuantitas", 1).command, superior)]))._tag).toBe(
      "NotAllowed"
    )
    const returned = ok(ActivityReport.fold(policy, [review("r1", "return", { note: "lampirkan daftar hadir" })], s))
    expect(ActivityReport.awaitingReview(returned, SUP)).toEqual([])
    expect(
      fail(ActivityReport.fold(policy, [ev({ _tag: "Revise", report: "r1", realisasi: 4 }, superior)], returned))._tag
    ).toBe("NotAllowed")
    const revised = ok(ActivityReport.fold(policy, [ev({ _tag: "Revise", report: "r1", realisasi: 4 })], returned))
    expect(ActivityReport.awaitingReview(revised, SUP).map((r) => [r.id, r.realisasi])).toEqual([["r1", 4]])
    expect(revised.log.map((c) => [c.what, c.role])).toEqual([
      ["Submit", "pegawai"],
      ["Review", "atasan"],
      ["Revise", "pegawai"]
    ])
  })

  it.each([
    [submit("r1", "kuantitas", 1, "2026-04-01"), "DateOutOfRange"], // the day after the quarter
    [submit("r1", "kuantitas", 1, "2026-03-31", 0), "MissingEvidence"],
    [submit("r1", "tidak-ada", 1), "UnknownReference"]
  ])("rejects a wrong submission (%#)", (event, tag) => {
    expect(fail(ActivityReport.fold(policy, [event]))._tag).toBe(tag)
  })

  it("the last day of the quarter is inside; 'interaksi' needs no evidence", () => {
    ok(
      ActivityReport.fold(policy, [
        submit("r1", "kuantitas", 1, "2026-03-31"),
        submit("i1", "interaksi", 90, "2026-03-31", 0)
      ])
    )
  })

  it("property: a sum indicator never decreases as reports are accepted", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 10 }), (values) => {
        let s = ActivityReport.empty
        let previous = -1
        values.forEach((v, i) => {
          s = ok(ActivityReport.fold(policy, [submit(`p${i}`, "kuantitas", v), review(`p${i}`, "accept")], s))
          const now =
            ActivityReport.measurements(policy, s, { employee: EMP, period: "2026-T1" })[0]?.realisasi?.value ?? 0
          expect(now).toBeGreaterThanOrEqual(previous)
          previous = now
        })
        const total = values.reduce((a, b) => a + b, 0)
        if (values.length > 0) expect(previous).toBe(total)
      })
    )
  })
})
