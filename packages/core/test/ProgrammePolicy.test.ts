import { Presets, ProgrammePolicy, Rule } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const muaratebo = Presets.programmes.muaratebo

const decideAt = (doc: ProgrammePolicy.Document, score: number) =>
  Result.getOrThrow(
    Rule.decide(ProgrammePolicy.ruleSet(doc), {
      asOf: "2026-06-30",
      history: [],
      flags: { mengikutiPelatihan: true },
      measures: { evaluasiPascaPelatihan: score }
    })
  ).outcomes.map((o) => o.id)

describe("ProgrammePolicy presets", () => {
  it.each(Object.entries(Presets.programmes.byRegion))("%s decodes, with unconfirmed values flagged", (_, doc) => {
    expect(Result.isSuccess(ProgrammePolicy.decode(doc))).toBe(true)
    expect(doc.jp.legalBasis.every((c) => c.confirmed === false)).toBe(true)
    expect(doc.complaints?.confirmed).toBe(false)
    expect(doc.legalBasis.some((c) => c.confirmed === false)).toBe(true)
  })

  it("each region carries its own values", () => {
    expect(Presets.programmes.muaratebo.nextProgramme.map((t) => [t.op, t.value, t.outcome])).toEqual([
      ["below", 70, "program-lanjutan"],
      ["at-least", 85, "magang-universitas"]
    ])
    expect(Presets.programmes.bukittinggi.nextProgramme).toEqual([])
    expect(Presets.programmes.sawahlunto.mentoring.minSessions).toBe(4)
    expect(Presets.programmes.bukittinggi.mentoring.minSessions).toBe(3)
  })
})

describe("ProgrammePolicy.ruleSet: Muaratebo's thresholds as rules (edge rows)", () => {
  it.each([
    [0, ["program-lanjutan"]],
    [69.99, ["program-lanjutan"]],
    [70, []],
    [84.99, []],
    [85, ["magang-universitas"]],
    [100, ["magang-universitas"]]
  ])("score %s → %j", (score, expected) => {
    expect(decideAt(muaratebo, score)).toEqual(expected)
  })

  it("the region's own thresholds are read, not fixed values", () => {
    const stricter: ProgrammePolicy.Document = {
      ...muaratebo,
      nextProgramme: muaratebo.nextProgramme.map((t) => (t.op === "below" ? { ...t, value: 75 } : { ...t, value: 90 }))
    }
    expect(decideAt(stricter, 72)).toEqual(["program-lanjutan"])
    expect(decideAt(stricter, 88)).toEqual([])
    expect(decideAt(stricter, 90)).toEqual(["magang-universitas"])
    expect(Rule.check(ProgrammePolicy.ruleSet(stricter))).toEqual([])
  })

  it("property: at most one outcome for any score, and the outcome is monotone in the score", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a]
          const rank = (ids: ReadonlyArray<string>) =>
            ids.includes("program-lanjutan") ? 0 : ids.includes("magang-universitas") ? 2 : 1
          expect(decideAt(muaratebo, lo).length).toBeLessThanOrEqual(1)
          expect(rank(decideAt(muaratebo, lo))).toBeLessThanOrEqual(rank(decideAt(muaratebo, hi)))
        }
      )
    )
  })
})

describe("ProgrammePolicy.decode refuses inconsistent documents, with paths", () => {
  const paths = (input: unknown) => {
    const r = ProgrammePolicy.decode(input)
    return Result.isFailure(r) ? r.failure.problems.map((p) => `${p.path.join(".")}:${p.code}`) : []
  }

  it("overlapping thresholds, duplicate ids, a pass mark off the scale, weights not summing to 100", () => {
    const bad = {
      ...muaratebo,
      nextProgramme: [
        { ...(muaratebo.nextProgramme[0] as ProgrammePolicy.Threshold), value: 90 },
        { ...(muaratebo.nextProgramme[1] as ProgrammePolicy.Threshold), id: "muaratebo-program-lanjutan" }
      ],
      mentoring: { ...muaratebo.mentoring, assessment: { min: 1, max: 5, passAt: 6 } },
      training: {
        ...muaratebo.training,
        evaluation: { ...muaratebo.training.evaluation, weights: { postTest: 50, superior: 40, participant: 0 } }
      }
    }
    expect(paths(bad).sort()).toEqual([
      "mentoring.assessment.passAt:out-of-range",
      "nextProgramme.0.value:overlap",
      "nextProgramme.1.id:duplicate",
      "training.evaluation.weights:weights"
    ])
  })

  it("a missing JP target and a threshold above 100 are schema problems", () => {
    const { jp: _, ...noJp } = muaratebo
    expect(paths(noJp)).toEqual(["jp:missing"])
    const over = { ...muaratebo, nextProgramme: [{ ...muaratebo.nextProgramme[1], value: 101 }] }
    expect(paths(over).some((p) => p.startsWith("nextProgramme.0.value"))).toBe(true)
  })

  it("derives the Development policy with the region's JP target", () => {
    const doc = { ...muaratebo, jp: { ...muaratebo.jp, yearlyMinimum: 24 } }
    expect(ProgrammePolicy.development(Presets.competency.development, doc).yearlyMinimumJp).toBe(24)
    expect(ProgrammePolicy.trainingContext(Presets.competency.development, doc).policy).toBe(doc.training)
  })
})
