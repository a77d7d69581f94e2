// Blank answers per unsur (PermenPAN-RB 14/2017: NRR = Σ nilai unsur / jumlah kuesioner terisi) and the named
// templates of presets/skm.ts. A separate file from Survey.test.ts so that the two parts of Survey evolve apart.
import { Presets, Survey } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const t = Presets.skm.national2017
const ref = { id: t.id, version: t.version }
const all = (v: number) => Object.fromEntries(t.elements.map((e) => [e.id, v]))

describe("Survey blanks", () => {
  const responses = [
    { template: ref, answers: all(4) },
    { template: ref, answers: (({ U1: _, ...rest }) => rest)(all(2)) }
  ]

  it("without options a blank answer is a problem with its path (unchanged)", () => {
    const r = Survey.tally(t, responses)
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems[0]?.path).toEqual([
      1,
      "answers",
      "U1"
    ])
  })

  it("per-unsur: the blank lowers only U1's count; NRR U1 = 4/1, U2 = 6/2", () => {
    const tally = Result.getOrThrow(Survey.tally(t, responses, { blanks: "per-unsur" }))
    expect(tally.counts.U1).toEqual([0, 0, 0, 1])
    const s = Result.getOrThrow(Survey.fromTally(Presets.skm.policy, { template: t, tally, blanks: "per-unsur" }))
    const u1 = s.elements.find((e) => e.id === "U1")
    const u2 = s.elements.find((e) => e.id === "U2")
    expect([u1?.nrr, u1?.respondents, u2?.nrr, u2?.respondents]).toEqual(["4", 1, "3", 2])
    // fromTally without the option still demands full counts
    expect(Result.isFailure(Survey.fromTally(Presets.skm.policy, { template: t, tally }))).toBe(true)
  })

  it("an unsur nobody answered is a problem even per-unsur", () => {
    const blankU1 = [{ template: ref, answers: (({ U1: _, ...rest }) => rest)(all(3)) }]
    const tally = Result.getOrThrow(Survey.tally(t, blankU1, { blanks: "per-unsur" }))
    const s = Survey.fromTally(Presets.skm.policy, { template: t, tally, blanks: "per-unsur" })
    expect(Result.isFailure(s) && s.failure._tag === "InvalidInput" && s.failure.problems[0]?.code).toBe(
      "unanswered-element"
    )
  })

  it("templates 9, 10 and 14 decode and weigh exactly 1/n", () => {
    for (const [n, template] of Object.entries(Presets.skm.templates)) {
      expect(template.elements).toHaveLength(Number(n))
      expect(Result.isSuccess(Survey.decodeTemplate(template))).toBe(true)
    }
    const ten = Presets.skm.tenElements
    const r = Survey.score(Presets.skm.policy, {
      template: ten,
      responses: [{ template: { id: ten.id, version: ten.version }, answers: { ...all(4), U10: 1 } }]
    })
    expect(Result.isSuccess(r) && r.success.nilai.value).toBe(92.5)
  })
})
