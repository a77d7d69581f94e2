import { describe, expect, it } from "vitest"
import { Presets } from "../src/index.js"

const { skm, skmQuestions } = Presets

describe("Presets.skmQuestions", () => {
  it("has a question and four answer labels in both languages for every element of the national template", () => {
    const q = skmQuestions.byTemplate[skm.national2017.id]
    expect(q).toBeDefined()
    expect(Object.keys(q?.questions ?? {}).sort()).toEqual(skm.national2017.elements.map((e) => e.id).sort())
    for (const e of skm.national2017.elements) {
      const question = skmQuestions.questionFor(skm.national2017.id, e.id)
      expect(question?.question.id).toMatch(/^Bagaimana .+\?$/)
      expect(question?.question.en).toMatch(/\?$/)
      expect(question?.answers.id).toHaveLength(4)
      expect(question?.answers.en).toHaveLength(4)
      expect(new Set(question?.answers.id).size).toBe(4)
    }
  })

  it("questionFor answers exactly what byTemplate lists, for every template and element", () => {
    for (const [template, questionnaire] of Object.entries(skmQuestions.byTemplate)) {
      expect(questionnaire.template).toBe(template)
      for (const [element, question] of Object.entries(questionnaire.questions))
        expect(skmQuestions.questionFor(template, element)).toBe(question)
    }
  })

  it("words each answer for its element: waktu from tidak cepat, biaya from sangat mahal to gratis", () => {
    expect(skmQuestions.questionFor(skm.national2017.id, "U3")?.answers.id).toEqual([
      "Tidak cepat",
      "Kurang cepat",
      "Cepat",
      "Sangat cepat"
    ])
    expect(skmQuestions.questionFor(skm.national2017.id, "U4")?.answers.id).toEqual([
      "Sangat mahal",
      "Cukup mahal",
      "Murah",
      "Gratis"
    ])
  })

  it("knows no question for an unknown template or element, and cites its wording as unconfirmed", () => {
    expect(skmQuestions.questionFor("other", "U1")).toBeUndefined()
    expect(skmQuestions.questionFor(skm.national2017.id, "U10")).toBeUndefined()
    for (const c of skmQuestions.national2017.legalBasis) {
      expect(c.confirmed).toBe(false)
      expect(c.regulation).toBe("PermenPAN-RB 14/2017")
    }
  })
})
