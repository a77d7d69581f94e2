import { Band, Exact, Presets, Survey } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const template = Presets.skm.national2017
const policy = Presets.skm.policy
const ids = template.elements.map((e) => e.id)
const ref = { id: template.id, version: template.version }

// GASPUL worked example (rumus_perhitungan_ikm_lengkap.md): 29 respondents, per element [#4, #3, #2].
const gaspul: Record<string, readonly [number, number, number]> = {
  U1: [18, 11, 0],
  U2: [14, 15, 0],
  U3: [15, 12, 2],
  U4: [29, 0, 0],
  U5: [15, 14, 0],
  U6: [18, 11, 0],
  U7: [19, 10, 0],
  U8: [18, 11, 0],
  U9: [28, 1, 0]
}
const gaspulResponses: ReadonlyArray<Survey.Response> = Array.from({ length: 29 }, (_, r) => ({
  template: ref,
  answers: Object.fromEntries(
    ids.map((id) => {
      const [fours, threes] = gaspul[id] as readonly [number, number, number]
      return [id, r < fours ? 4 : r < fours + threes ? 3 : 2]
    })
  )
}))

const uniform = (answer: number, n = 1, t: Survey.Template = template): ReadonlyArray<Survey.Response> =>
  Array.from({ length: n }, () => ({
    template: { id: t.id, version: t.version },
    answers: Object.fromEntries(t.elements.map((e) => [e.id, answer]))
  }))

const ok = <A, E>(r: Result.Result<A, E>): A => {
  if (Result.isFailure(r)) throw new Error(`unexpected failure: ${JSON.stringify(r.failure)}`)
  return r.success
}

describe("Survey: the GASPUL worked example (REFERENCE boundary case 7)", () => {
  it("exact 1/9 weights give 91.48, the printed 0.11 gives 90.56, both mutu A / Sangat Baik", () => {
    const exact = ok(Survey.score(policy, { template, responses: gaspulResponses }))
    expect(exact.elements.map((e) => e.total)).toEqual([105, 101, 100, 116, 102, 105, 106, 105, 115])
    expect(exact.elements.reduce((n, e) => n + e.total, 0)).toBe(955)
    expect(exact.exact).toBe("23875/261")
    expect(exact.nilai.text).toBe("91.48")
    expect(exact.mutu.label).toBe("A")
    expect(exact.kinerja.label).toBe("Sangat Baik")
    expect(exact.trace.weightSum).toBe("1")

    const printed = ok(
      Survey.score(policy, { template: { ...template, weighting: "printed" }, responses: gaspulResponses })
    )
    expect(printed.elements[0]?.weight).toBe("0.11")
    expect(printed.trace.weightSum).toBe("0.99")
    expect(printed.nilai.text).toBe("90.56")
    expect(printed.mutu.label).toBe("A")
  })

  it("NRR per element is exact (105/29 is not rounded to 3.6207 before weighting)", () => {
    const s = ok(Survey.score(policy, { template, responses: gaspulResponses }))
    expect(s.elements[0]?.nrr).toBe("105/29 ≈ 3.620690")
    expect(s.elements[3]?.nrr).toBe("4")
    expect(s.respondents).toBe(29)
  })

  it("the result is JSON-serialisable with its trace and legal basis", () => {
    const s = ok(Survey.score(policy, { template, responses: gaspulResponses }))
    const json = JSON.parse(JSON.stringify(s))
    expect(json.trace.legalBasis[0].regulation).toBe("PermenPAN-RB 14/2017")
    expect(json.mutu.trace.rule).toBe("band")
    expect(json.template).toEqual(ref)
  })
})

// Band edges on the converted scale: a tally whose exact nilai is a chosen value. With one element of custom weight
// 1 and n respondents, nilai = 25 × total / n; we use the mutu tables directly for fractional edges.
const classify = (x: string) => {
  const e = ok(Exact.fromString(x))
  return [ok(Band.classify(Presets.skm.mutu, e)).label, ok(Band.classify(Presets.skm.kinerja, e)).label]
}

describe("Survey mutu / kinerja edges (printed gaps read as ≥ next lower edge, 2 decimals half-up)", () => {
  it.each([
    ["25", "D", "Tidak Baik"],
    ["64.99", "D", "Tidak Baik"],
    ["64.994", "D", "Tidak Baik"],
    ["64.995", "C", "Kurang Baik"],
    ["65", "C", "Kurang Baik"],
    ["65.01", "C", "Kurang Baik"],
    ["76.60", "C", "Kurang Baik"],
    ["76.604", "C", "Kurang Baik"],
    ["76.605", "B", "Baik"],
    ["76.61", "B", "Baik"],
    ["76.62", "B", "Baik"],
    ["88.30", "B", "Baik"],
    ["88.304", "B", "Baik"],
    ["88.305", "A", "Sangat Baik"],
    ["88.31", "A", "Sangat Baik"],
    ["88.32", "A", "Sangat Baik"],
    ["100", "A", "Sangat Baik"]
  ])("nilai %s → %s / %s", (x, mutu, kinerja) => {
    expect(classify(x)).toEqual([mutu, kinerja])
  })

  it("the 1–4 printed edges map to the converted edges (2.60 → 65, 3.0644 → 76.61, 3.5324 → 88.31)", () => {
    expect(classify(Exact.format(Exact.multiply(ok(Exact.fromString("2.60")), Exact.int(25))))[0]).toBe("C")
    expect(classify(Exact.format(Exact.multiply(ok(Exact.fromString("3.0644")), Exact.int(25))))[0]).toBe("B")
    expect(classify(Exact.format(Exact.multiply(ok(Exact.fromString("3.5324")), Exact.int(25))))[0]).toBe("A")
    expect(classify(Exact.format(Exact.multiply(ok(Exact.fromString("2.5996")), Exact.int(25))))[0]).toBe("D")
  })

  it("a survey lands on an edge exactly: 13 answers of 3 and 7 of 4 on one element → 3.35 × 25 = 83.75 (B)", () => {
    const t: Survey.Template = {
      id: "one",
      version: "1",
      elements: [{ id: "E", label: { id: "E", en: "E" } }],
      answerLabels: template.answerLabels
    }
    const responses = [...uniform(3, 13, t), ...uniform(4, 7, t)]
    const s = ok(Survey.score(policy, { template: t, responses }))
    expect(s.nilai.text).toBe("83.75")
    expect(s.mutu.label).toBe("B")
  })

  it("all answers 1 with printed weights (24.75) is clamped to 25 and says so", () => {
    const s = ok(Survey.score(policy, { template: { ...template, weighting: "printed" }, responses: uniform(1, 3) }))
    expect(s.ikm).toBe("0.99")
    expect(s.nilai.text).toBe("25.00")
    expect(s.mutu.trace.clamped).toBe(true)
    expect(s.mutu.label).toBe("D")
  })

  it("the preset policy validates (printed gaps are one unit at scale 2)", () => {
    expect(Result.isSuccess(Survey.decodePolicy(policy))).toBe(true)
  })

  it("a policy whose kinerja edges differ from mutu is reported", () => {
    const kinerja = {
      ...Presets.skm.kinerja,
      bands: Presets.skm.kinerja.bands.map((b, i) => (i === 2 ? { label: b.label, lower: 76.6 } : b))
    }
    const r = Survey.decodePolicy({ ...policy, kinerja })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => [p.path, p.code])).toContainEqual([
      ["kinerja", "bands"],
      "inconsistent-edges"
    ])
  })
})

describe("Survey weights", () => {
  it("exact weights sum to exactly 1; printed are 0.11 each", () => {
    const ws = ok(Survey.weights(template))
    expect(Exact.format(Exact.sum(ws))).toBe("1")
    expect(ws.every((w) => Exact.format(w) === "1/9 ≈ 0.111111")).toBe(true)
    const printed = ok(Survey.weights({ ...template, weighting: "printed" }))
    expect(printed.map(Exact.format)).toEqual(Array(9).fill("0.11"))
  })

  it("custom weights and added elements are accepted when they sum to exactly 1", () => {
    const custom: Survey.Template = {
      ...template,
      version: "2024-bukittinggi",
      weighting: "custom",
      elements: [
        ...template.elements.map((e) => ({ ...e, weight: "1/12" })),
        { id: "U10", label: { id: "Inovasi", en: "Innovation" }, weight: 0.25 }
      ]
    }
    const ws = ok(Survey.weights(custom))
    expect(Exact.format(Exact.sum(ws))).toBe("1")
    const s = ok(
      Survey.score(policy, {
        template: custom,
        responses: [
          {
            template: { id: custom.id, version: custom.version },
            answers: { ...Object.fromEntries(ids.map((i) => [i, 3])), U10: 4 }
          }
        ]
      })
    )
    // 9 × 3/12 + 4/4 = 3.25 → 81.25
    expect(s.nilai.text).toBe("81.25")
  })

  it("custom weights that miss 1 fail with WeightsDoNotSum (0.3 + 0.3 + 0.3 = 0.9 exactly, not 0.8999…)", () => {
    const t: Survey.Template = {
      ...template,
      weighting: "custom",
      elements: template.elements.slice(0, 3).map((e) => ({ ...e, weight: 0.3 }))
    }
    const r = Survey.weights(t)
    expect(Result.isFailure(r) && r.failure._tag).toBe("WeightsDoNotSum")
    if (Result.isFailure(r) && r.failure._tag === "WeightsDoNotSum") expect(r.failure.sum).toBe("0.9")
  })

  it("reports every template problem with its path", () => {
    const bad = {
      ...template,
      weighting: "custom" as const,
      elements: [
        { id: "A", label: { id: "a", en: "a" } },
        { id: "A", label: { id: "a", en: "a" }, weight: "x" },
        { id: "B", label: { id: "b", en: "b" }, weight: -1 }
      ]
    }
    const r = Survey.weights(bad)
    expect(
      Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((p) => [p.path, p.code])
    ).toEqual([
      [["elements", 0, "weight"], "missing"],
      [["elements", 1, "id"], "duplicate"],
      [["elements", 1, "weight"], "invalid"],
      [["elements", 2, "weight"], "out-of-range"]
    ])
    const unused = Survey.weights({ ...template, elements: [{ id: "A", label: { id: "a", en: "a" }, weight: 1 }] })
    expect(Result.isFailure(unused) && unused.failure._tag === "InvalidInput" && unused.failure.problems[0]?.code).toBe(
      "unused-weight"
    )
  })

  it("decodeTemplate lists schema problems with paths (answer labels need four)", () => {
    const r = Survey.decodeTemplate({
      id: "",
      version: "1",
      elements: [],
      answerLabels: { id: ["a"], en: ["a", "b", "c", "d"] }
    })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((p) => p.path)).toEqual([
      ["id"],
      ["elements"],
      ["answerLabels", "id", 1],
      ["answerLabels", "id", 2],
      ["answerLabels", "id", 3]
    ])
    expect(Result.isSuccess(Survey.decodeTemplate(template))).toBe(true)
  })
})

describe("Survey responses", () => {
  it("lists every bad answer with its path: missing, out of range, unknown element", () => {
    const r = Survey.score(policy, {
      template,
      responses: [
        { template: ref, answers: { ...Object.fromEntries(ids.map((i) => [i, 3])), U2: 5 } },
        { template: ref, answers: { ...Object.fromEntries(ids.slice(1).map((i) => [i, 3])), U0: 2 } }
      ]
    })
    expect(
      Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((p) => [p.path, p.code])
    ).toEqual([
      [[0, "answers", "U2"], "out-of-range"],
      [[1, "answers", "U1"], "missing"],
      [[1, "answers", "U0"], "unknown-element"]
    ])
  })

  it("no responses is NoResponses, never NaN", () => {
    const r = Survey.score(policy, { template, responses: [] })
    expect(Result.isFailure(r) && r.failure._tag).toBe("NoResponses")
  })

  it("a response of another template version fails with TemplateMismatch", () => {
    const r = Survey.score(policy, {
      template,
      responses: [{ ...(uniform(3)[0] as Survey.Response), template: { ...ref, version: "2014" } }]
    })
    expect(Result.isFailure(r) && r.failure._tag).toBe("TemplateMismatch")
  })

  it("evaluate decodes untrusted input and reports paths", () => {
    const r = Survey.evaluate(policy, { templates: [template], responses: [{ template: ref, answers: { U1: "4" } }] })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems.map((p) => p.path)).toEqual([
      ["responses", 0, "answers", "U1"]
    ])
    expect(Result.isSuccess(Survey.evaluate(policy, { templates: [template], responses: gaspulResponses }))).toBe(true)
  })

  it.each([null, 42, "x", [], { templates: null }])("evaluate never throws on %s", (input) => {
    expect(Result.isFailure(Survey.evaluate(policy, input))).toBe(true)
  })
})

describe("Survey templates over time (a past period keeps its own template)", () => {
  const t2014: Survey.Template = {
    id: template.id,
    version: "2014",
    elements: [
      ...template.elements.slice(0, 7),
      { id: "U8", label: { id: "Maklumat Pelayanan", en: "Service charter" } },
      { id: "U9", label: { id: "Penanganan Pengaduan, Saran dan Masukan", en: "Complaint handling" } }
    ],
    answerLabels: template.answerLabels,
    weighting: "custom" as const
  }
  const weighted2014: Survey.Template = {
    ...t2014,
    elements: t2014.elements.map((e, i) => ({ ...e, weight: i === 0 ? "1/5" : "1/10" }))
  }

  it("scores 2016 responses with the 2014 template even when 2017 is in the registry", () => {
    const responses = [
      {
        template: { id: template.id, version: "2014" },
        answers: { ...Object.fromEntries(ids.map((i) => [i, 2])), U1: 4 }
      }
    ]
    const s = ok(Survey.scorePeriod(policy, { templates: [template, weighted2014], responses }))
    expect(s.template.version).toBe("2014")
    // 4 × 1/5 + 8 × 2 × 1/10 = 2.4 → 60
    expect(s.nilai.text).toBe("60.00")
    expect(s.trace.weighting).toBe("custom")
  })

  it("mixed templates in one scoring fail with the counts; an unregistered version fails", () => {
    const mixed = Survey.scorePeriod(policy, {
      templates: [template, weighted2014],
      responses: [
        ...uniform(3),
        { ...(uniform(3)[0] as Survey.Response), template: { id: template.id, version: "2014" } }
      ]
    })
    expect(Result.isFailure(mixed) && mixed.failure._tag).toBe("MixedTemplates")
    const unknown = Survey.scorePeriod(policy, { templates: [template], responses: uniform(3, 1, weighted2014) })
    expect(Result.isFailure(unknown) && unknown.failure._tag).toBe("UnknownTemplate")
  })

  it("one id and version registered with different content is a problem", () => {
    const r = Survey.scorePeriod(policy, {
      templates: [template, { ...template, weighting: "printed" }],
      responses: uniform(3)
    })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems[0]?.path).toEqual([
      "templates",
      1
    ])
  })

  it("tallies of two months combine; tallies of different templates do not", () => {
    const a = ok(Survey.tally(template, gaspulResponses.slice(0, 10)))
    const b = ok(Survey.tally(template, gaspulResponses.slice(10)))
    const both = ok(Survey.combineTallies(a, b))
    expect(ok(Survey.fromTally(policy, { template, tally: both })).exact).toBe("23875/261")
    const other = ok(Survey.tally(weighted2014, uniform(3, 1, weighted2014)))
    expect(Result.isFailure(Survey.combineTallies(a, other))).toBe(true)
  })
})

const responseArb = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 })
  .map(
    (xs): Survey.Response => ({ template: ref, answers: Object.fromEntries(ids.map((id, i) => [id, xs[i] as number])) })
  )

describe("Survey properties", () => {
  it("IKM × 25 stays within 25–100 (exact weights) and is total", () => {
    fc.assert(
      fc.property(fc.array(responseArb, { minLength: 1, maxLength: 40 }), (responses) => {
        const s = ok(Survey.score(policy, { template, responses }))
        const x = ok(Survey.readWeight(s.exact))
        return !Exact.lessThan(x, Exact.int(25)) && !Exact.lessThan(Exact.int(100), x)
      })
    )
  })

  it("is monotone in every answer: raising one answer never lowers the index", () => {
    fc.assert(
      fc.property(
        fc.array(responseArb, { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.integer({ min: 0, max: 8 }),
        (responses, r, e) => {
          const i = r % responses.length
          const id = ids[e] as string
          const before = responses[i]?.answers[id] as number
          if (before === 4) return true
          const raised = responses.map((x, j) => (j === i ? { ...x, answers: { ...x.answers, [id]: before + 1 } } : x))
          const a = ok(Survey.readWeight(ok(Survey.score(policy, { template, responses })).exact))
          const b = ok(Survey.readWeight(ok(Survey.score(policy, { template, responses: raised })).exact))
          return Exact.lessThan(a, b)
        }
      )
    )
  })

  it("is invariant to respondent order", () => {
    fc.assert(
      fc.property(
        fc.array(responseArb, { minLength: 1, maxLength: 20 }),
        fc.infiniteStream(fc.nat()),
        (responses, s) => {
          const shuffled = [...responses].sort(() => (s.next().value % 3) - 1)
          const a = ok(Survey.score(policy, { template, responses }))
          const b = ok(Survey.score(policy, { template, responses: shuffled }))
          return a.exact === b.exact && a.mutu.label === b.mutu.label
        }
      )
    )
  })

  it("equals 25 × (all points) / (respondents × elements) with exact weights (the GASPUL 'formula sederhana')", () => {
    fc.assert(
      fc.property(fc.array(responseArb, { minLength: 1, maxLength: 20 }), (responses) => {
        const points = responses.reduce((n, r) => n + Object.values(r.answers).reduce((m, a) => m + a, 0), 0)
        const expected = Exact.fraction(25 * points, responses.length * 9)
        return ok(Survey.score(policy, { template, responses })).exact === Survey.ratio(expected)
      })
    )
  })

  it("templates round-trip through decodeTemplate", () => {
    expect(ok(Survey.decodeTemplate(JSON.parse(JSON.stringify(template))))).toEqual(template)
  })
})

describe("Survey.score with dedupe: ticket (one ticket counts once)", () => {
  const honest = [...uniform(3, 5), ...uniform(4, 5)]
  const flood = (ticket: (i: number) => string) => uniform(1, 10_000).map((r, i) => ({ ...r, ticket: ticket(i) }))

  it("10,000 answers under one ticket move an IKM from 87.50 (B) to D without dedupe, and count once with it", () => {
    const before = ok(Survey.score(policy, { template, responses: honest }))
    expect([before.nilai.text, before.mutu.label]).toEqual(["87.50", "B"])
    const responses = [...honest, ...flood(() => "TKT-9")]
    const naive = ok(Survey.score(policy, { template, responses }))
    expect(naive.mutu.label).toBe("D")
    const deduped = ok(Survey.score(policy, { template, responses, dedupe: "ticket" }))
    // (5×3 + 5×4 + 1)/11 × 25 = 81.82: one more respondent, not ten thousand
    expect([deduped.nilai.text, deduped.respondents]).toEqual(["81.82", 11])
  })

  it("zero-width, full-width and look-alike spellings of the ticket are the same ticket", () => {
    const spellings = ["TKT-9", "TKT\u200b-9", "ＴＫＴ－９", "ТКТ-9", "tkt 9"]
    const responses = [...honest, ...flood((i) => spellings[i % spellings.length] as string)]
    expect(ok(Survey.score(policy, { template, responses, dedupe: "ticket" })).respondents).toBe(11)
  })

  it("responses without a ticket all count; an empty ticket is refused with its path", () => {
    expect(ok(Survey.score(policy, { template, responses: honest, dedupe: "ticket" })).respondents).toBe(10)
    const r = Survey.score(policy, {
      template,
      responses: [...honest, { ...(uniform(2)[0] as Survey.Response), ticket: "\u200b " }],
      dedupe: "ticket"
    })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems[0]?.path).toEqual([
      10,
      "ticket"
    ])
  })

  it("scorePeriod and evaluate take the same option: a flood counts once, an empty ticket is refused", () => {
    const responses = [...honest, ...flood((i) => (i % 2 === 0 ? "TKT-9" : "tkt\u200b9"))]
    const templates = [template]
    expect(ok(Survey.scorePeriod(policy, { templates, responses })).mutu.label).toBe("D")
    const period = ok(Survey.scorePeriod(policy, { templates, responses, dedupe: "ticket" }))
    expect([period.nilai.text, period.respondents]).toEqual(["81.82", 11])
    const json = JSON.parse(JSON.stringify({ templates, responses, dedupe: "ticket" }))
    expect(ok(Survey.evaluate(policy, json))).toEqual(period)
    expect(ok(Survey.evaluate(policy, { templates: json.templates, responses: json.responses })).mutu.label).toBe("D")
    const empty = Survey.evaluate(policy, {
      ...json,
      responses: [...honest, { ...(uniform(2)[0] as Survey.Response), ticket: "\u200b" }]
    })
    expect(Result.isFailure(empty) && empty.failure._tag === "InvalidInput" && empty.failure.problems[0]?.path).toEqual(
      [10, "ticket"]
    )
  })

  it("evaluate refuses a dedupe other than ticket, with its path", () => {
    const r = Survey.evaluate(policy, { templates: [template], responses: honest, dedupe: "respondent" })
    expect(Result.isFailure(r) && r.failure._tag === "InvalidInput" && r.failure.problems[0]?.path).toEqual(["dedupe"])
  })
})
