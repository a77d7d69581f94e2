import { Presets, Training, TrainingEvaluation } from "@pembinaan/core"
import { describe, expect, it } from "vitest"

import { A, atasan, B, base, context, ev, fail, ok, run } from "./fixtures-training.js"

describe("post-training evaluation (seed 001, Muaratebo)", () => {
  const participant = (nip: string, pre: number, post: number, superior: number) => [
    ev({ _tag: "Enrol", course: "ws-1", employee: nip }),
    ev({ _tag: "RecordTest", course: "ws-1", employee: nip, phase: "pre", score: pre }),
    ...["2026-04-06", "2026-04-07", "2026-04-08"].map((on) =>
      ev({ _tag: "Attend", course: "ws-1", employee: nip, on })
    ),
    ev({ _tag: "RecordTest", course: "ws-1", employee: nip, phase: "post", score: post }),
    ev({ _tag: "RecordReaction", course: "ws-1", employee: nip, score: 4 }),
    ev({ _tag: "Complete", course: "ws-1", employee: nip, on: "2026-04-08", passed: true }),
    ev(
      { _tag: "Assess", course: "ws-1", employee: nip, assessor: "superior", on: "2026-07-08", score: superior },
      atasan
    )
  ]
  const s = ok(run(...participant(A, 60, 90, 5), ...participant(B, 55, 62, 2)))

  it("an assessment earlier than 3 months after completion is rejected (one day before the edge)", () => {
    const early = ev(
      { _tag: "Assess", course: "ws-1", employee: A, assessor: "participant", on: "2026-07-07", score: 3 },
      { nip: A, role: "pegawai" }
    )
    expect(fail(Training.fold(context, [early], s))).toMatchObject({ _tag: "DateOutOfRange", from: "2026-07-08" })
  })

  it("scores 50% post-test + 50% superior rescaled from 1–5: A = 95.00, B = 43.50", () => {
    const a = TrainingEvaluation.score(context, s.enrolments[Training.key("ws-1", A)] as Training.Enrolment)
    const b = TrainingEvaluation.score(context, s.enrolments[Training.key("ws-1", B)] as Training.Enrolment)
    expect(a.status === "available" && a.value.text).toBe("95.00")
    expect(b.status === "available" && b.value.text).toBe("43.50")
  })

  it("a missing weighted part makes the score unavailable, never 0", () => {
    const pending = ok(run(...participant(A, 60, 90, 5).slice(0, -1)))
    expect(
      TrainingEvaluation.score(context, pending.enrolments[Training.key("ws-1", A)] as Training.Enrolment)
    ).toEqual({
      status: "unavailable",
      missing: ["superior"]
    })
  })

  it("the Muaratebo rules run on the recorded score: 95 → magang, 43.5 → program lanjutan", () => {
    const facts = { asOf: "2026-07-31", history: [] }
    const ruleSet = Presets.regionRules.muaratebo
    const given = (nip: string) =>
      ok(TrainingEvaluation.nextProgramme(context, s, { ruleSet, employee: nip, facts })).evaluation.outcomes.map(
        (o) => o.id
      )
    expect(given(A)).toContain("magang-universitas")
    expect(given(A)).not.toContain("program-lanjutan")
    expect(given(B)).toContain("program-lanjutan")
    expect(fail(TrainingEvaluation.nextProgramme(context, base, { ruleSet, employee: A, facts }))._tag).toBe(
      "UnknownReference"
    )
  })

  it("feeds Programme effectiveness per programme and per partner, with the sample-size caveat", () => {
    const report = ok(TrainingEvaluation.effectivenessReport(context, s))
    const ws = report.programmes.find((p) => p.programme === "workshop-manajemen")
    const learning = ws?.overall.levels[1]
    expect(learning).toMatchObject({ n: 2, direction: "improved", conclusive: false })
    expect(learning?.change?.text).toBe("18.50")
    expect(learning?.caveat).toContain("n = 2 < 10")
    expect(report.partners.map((p) => [p.programme, p.overall.participants])).toEqual([["unja", 2]])
  })
})
