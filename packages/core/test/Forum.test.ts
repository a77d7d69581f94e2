import { Citizen, FeedbackIndicator, Forum } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const sekretariat = { nip: "198001012005011001", role: "admin-unit" }
const KADIS = "197202022000121001"
const KABID = "197303032001121002"

let n = 0
const ev = (command: unknown, by = sekretariat, reason?: string) => ({
  id: `f${++n}`,
  at: "2026-03-01T10:00:00+07:00",
  by,
  ...(reason === undefined ? {} : { reason }),
  command
})
const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
const fail = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

const minutes = {
  id: "dialog-2026-03",
  kind: "dialog-publik",
  unit: "dpmptsp",
  date: "2026-03-01",
  place: "Aula Balai Kota Bukittinggi",
  participants: [
    { name: "Ketua RW 04", from: "masyarakat" },
    { name: "Kepala DPMPTSP", nip: KADIS }
  ],
  issues: [
    { id: "i1", text: "Antrean izin usaha panjang" },
    { id: "i2", text: "Informasi persyaratan tidak jelas" }
  ],
  commitments: [
    { id: "k1", issue: "i1", text: "Nomor antrean daring", owner: KADIS, due: "2026-04-30" },
    { id: "k2", issue: "i2", text: "Papan informasi persyaratan", owner: KABID, due: "2026-03-31" },
    { id: "k3", issue: "i2", text: "Video persyaratan di media sosial", owner: KABID, due: "2026-06-30" }
  ],
  ratings: [{ score: 80, respondent: "warga-1" }, { score: 65 }]
}
const recorded = ok(Forum.fold([ev({ _tag: "RecordMinutes", minutes })]))

describe("Forum minutes and follow-up (seeds 000 and 002)", () => {
  it("records minutes with open commitments", () => {
    expect(Object.keys(recorded.commitments)).toEqual(["dialog-2026-03|k1", "dialog-2026-03|k2", "dialog-2026-03|k3"])
    expect(recorded.commitments["dialog-2026-03|k1"]?.status).toBe("open")
  })

  it.each([
    [{ ...minutes, commitments: [{ ...minutes.commitments[0], issue: "i9" }] }, "UnknownReference"],
    [{ ...minutes, commitments: [{ ...minutes.commitments[0], due: "2026-02-28" }] }, "DateOutOfRange"],
    [{ ...minutes, issues: [minutes.issues[0], minutes.issues[0]] }, "DuplicateId"],
    [{ ...minutes, date: "2026-02-30" }, "InvalidInput"]
  ])("rejects inconsistent minutes (%#)", (m, tag) => {
    expect(fail(Forum.fold([ev({ _tag: "RecordMinutes", minutes: m })]))._tag).toBe(tag)
  })

  it("done needs evidence, dropped needs a reason, nothing after done", () => {
    const update = (status: string, extra: object = {}) => ({
      _tag: "UpdateCommitment",
      forum: "dialog-2026-03",
      commitment: "k2",
      status,
      on: "2026-03-20",
      ...extra
    })
    expect(fail(Forum.fold([ev(update("done"))], recorded))).toMatchObject({ needs: "evidence" })
    expect(fail(Forum.fold([ev(update("dropped"))], recorded))).toMatchObject({ needs: "reason" })
    ok(Forum.fold([ev(update("dropped"), sekretariat, "digabung dengan k3")], recorded))
    const done = ok(
      Forum.fold([ev(update("done", { evidence: "foto-papan.jpg" }), { nip: KABID, role: "pegawai" })], recorded)
    )
    expect(done.log[1]).toMatchObject({ who: KABID, what: "UpdateCommitment" })
    expect(fail(Forum.fold([ev(update("in-progress", { on: "2026-03-21" }))], done))._tag).toBe("InvalidStep")
    expect(fail(Forum.fold([ev(update("in-progress", { on: "2026-02-01" }))], recorded))._tag).toBe("DateOutOfRange")
  })

  it("the follow-up share counts what is due or done; not-yet-due is left out", () => {
    const s = ok(
      Forum.fold(
        [
          ev({
            _tag: "UpdateCommitment",
            forum: "dialog-2026-03",
            commitment: "k2",
            status: "done",
            on: "2026-03-31",
            evidence: "foto"
          })
        ],
        recorded
      )
    )
    // on 31 March: k2 due and done (1/1); k1 and k3 not yet due
    expect(Forum.followUp(s, { asOf: "2026-03-31" })).toMatchObject({
      considered: 1,
      done: 1,
      notYetDue: 2,
      overdue: []
    })
    // on 1 May: k1 overdue → 1 of 2
    const may = Forum.followUp(s, { asOf: "2026-05-01" })
    expect(may).toMatchObject({ considered: 2, done: 1, overdue: ["dialog-2026-03|k1"] })
    // on its due date k1 is due but not yet overdue
    expect(Forum.followUp(s, { asOf: "2026-04-30" }).overdue).toEqual([])
    expect(Forum.followUp(s, { asOf: "2026-05-01", unit: "lain" }).considered).toBe(0)
  })

  it("becomes the 'masukan ditindaklanjuti' indicator, or is unavailable when too few", () => {
    const s = ok(
      Forum.fold(
        [
          ev({
            _tag: "UpdateCommitment",
            forum: "dialog-2026-03",
            commitment: "k2",
            status: "done",
            on: "2026-03-31",
            evidence: "foto"
          })
        ],
        recorded
      )
    )
    const policy = {
      indicator: "masukan-ditindaklanjuti",
      method: "percent-of-max" as const,
      to: { min: 0, max: 100 },
      rounding: { scale: 2, mode: "half-up" as const },
      legalBasis: [{ regulation: "PermenPAN-RB 16/2017", note: "forum konsultasi publik", confirmed: false }]
    }
    const value = ok(
      FeedbackIndicator.toIndicator(policy, Forum.indicatorSource(s, { asOf: "2026-05-01", minCommitments: 2 }))
    )
    expect(value.value.text).toBe("50.00")
    const few = FeedbackIndicator.toIndicator(
      policy,
      Forum.indicatorSource(s, { asOf: "2026-05-01", minCommitments: 3 })
    )
    expect(fail(few)._tag).toBe("IndicatorUnavailable")
  })

  it("ratings feed the forum channel of Citizen", () => {
    const subs = Forum.submissions(recorded)
    expect(subs.map((x) => [x.id, x.channel, x.score])).toEqual([
      ["dialog-2026-03#0", "forum-dialog-publik", 80],
      ["dialog-2026-03#1", "forum-dialog-publik", 65]
    ])
    ok(Citizen.decodeBatch({ asOf: "2026-03-31", submissions: subs }))
  })

  it("property: the share stays within 0–100 and the counts partition the commitments", () => {
    const update = fc.record({
      _tag: fc.constant("UpdateCommitment"),
      forum: fc.constant("dialog-2026-03"),
      commitment: fc.constantFrom("k1", "k2", "k3"),
      status: fc.constantFrom("in-progress", "done"),
      on: fc.constantFrom("2026-03-10", "2026-04-15", "2026-07-01"),
      evidence: fc.constant("bukti")
    })
    fc.assert(
      fc.property(
        fc.array(update, { maxLength: 8 }),
        fc.constantFrom("2026-03-01", "2026-04-30", "2026-12-31"),
        (us, asOf) => {
          let s = recorded
          us.forEach((u, i) => {
            const r = Forum.fold([{ id: `u${i}`, at: "2026-03-01T00:00:00Z", by: sekretariat, command: u }], s)
            if (Result.isSuccess(r)) s = r.success
          })
          const f = Forum.followUp(s, { asOf })
          expect(f.considered + f.notYetDue).toBe(3)
          expect(f.done).toBeLessThanOrEqual(f.considered)
          if (f.percent !== null) {
            expect(Number(f.percent.n) / Number(f.percent.d)).toBeGreaterThanOrEqual(0)
            expect(Number(f.percent.n) / Number(f.percent.d)).toBeLessThanOrEqual(100)
          }
        }
      )
    )
  })
})
