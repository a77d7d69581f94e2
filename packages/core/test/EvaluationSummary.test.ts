import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type Band, Behaviour, Evaluation, Exact, Policy, Presets, Quadrant } from "../src/index.js"

const ratings = Quadrant.ratings

/** What `Evaluation.evaluate` gives, projected on a summary (or undefined when it does not score the input). */
const traced = (policy: Policy.Policy, input: unknown): Evaluation.Summary | undefined => {
  const r = Evaluation.evaluate(policy, input)
  if (Result.isFailure(r)) return undefined
  const e = r.success
  return {
    employee: e.employee,
    period: e.period,
    score: e.score?.value,
    band: e.band,
    hasilKerja: e.hasilKerja,
    perilakuKerja: e.perilakuKerja,
    predikat: e.predikat
  }
}

// ---------------------------------------------------------------------------------------------------------------
// generated policies: rounding scale and mode, band and rating edges, directions, caps, IKI nilai, perilaku source
// ---------------------------------------------------------------------------------------------------------------

const dec = (units: number, places: number): number => Number(Exact.format(Exact.fraction(units, 10 ** places)))
const edgesArb = (count: number, scale: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 120 * 10 ** scale - 1 }), { minLength: count - 1, maxLength: count - 1 })
    .map((edges) => [0, ...edges.sort((a, b) => a - b)].map((u) => dec(u, scale)))

const policyArb: fc.Arbitrary<Policy.Policy> = fc
  .record({
    scale: fc.integer({ min: 0, max: 3 }),
    mode: fc.constantFrom(...Exact.RoundingMode.literals),
    outOfRange: fc.constantFrom("reject", "clamp") as fc.Arbitrary<"reject" | "clamp">,
    indicators: fc.array(
      fc.record({
        direction: fc.constantFrom("higher-is-better", "lower-is-better", "range") as fc.Arbitrary<
          "higher-is-better" | "lower-is-better" | "range"
        >,
        cap: fc.option(fc.integer({ min: 50, max: 200 }), { nil: undefined })
      }),
      { minLength: 1, maxLength: 4 }
    ),
    weightCents: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 4, maxLength: 4 }),
    iki: fc.boolean(),
    berakhlak: fc.boolean(),
    thresholds: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
    ratingSource: fc.boolean()
  })
  .chain((p) => fc.record({ bands: edgesArb(4, p.scale), mapping: edgesArb(3, p.scale) }).map((t) => ({ ...p, ...t })))
  .map((p): Policy.Policy => {
    const base = Presets.bukittinggi.policy
    const weights = Result.getOrThrow(
      Policy.distributeWeights(p.weightCents.slice(0, p.indicators.length), { total: 100, scale: 2 })
    )
    const rounding = { scale: p.scale, mode: p.mode }
    const table = (edges: ReadonlyArray<number>, labels: ReadonlyArray<string>) => ({
      rounding,
      range: { min: 0, max: 120 },
      outOfRange: p.outOfRange,
      bands: edges.map((lower, i) => ({ label: labels[i] as string, lower })),
      legalBasis: base.legalBasis
    })
    const iki = Presets.nationalPolicy.iki
    const perilakuKerja: Policy.Policy["perilakuKerja"] = p.berakhlak
      ? {
          source: "berakhlak",
          dibawahIfAtLeast: p.thresholds[0],
          diatasIfAtLeast: p.thresholds[1],
          legalBasis: base.legalBasis
        }
      : { source: "rating", legalBasis: base.legalBasis }
    if (p.ratingSource) {
      return {
        ...base,
        id: "generated-rating",
        hasilKerja: { source: "rating", legalBasis: base.legalBasis },
        perilakuKerja
      }
    }
    return {
      ...base,
      id: "generated",
      indicators: [
        ...p.indicators.map((x, i) => ({
          id: `i${i}`,
          label: `Indikator ${i}`,
          category: "kuantitas",
          direction: x.direction,
          ...(x.cap === undefined ? {} : { cap: x.cap })
        })),
        { id: "tie", label: "Tie", category: "kuantitas", direction: "higher-is-better" }
      ],
      scorecards: [
        {
          id: "main",
          label: "Main",
          weights: p.indicators.map((_, i) => ({ indicator: `i${i}`, weight: weights[i] as number }))
        },
        // the same indicators weighed the other way round (weights are per scorecard, not per indicator)
        {
          id: "alt",
          label: "Alt",
          weights: p.indicators.map((_, i) => ({
            indicator: `i${i}`,
            weight: weights[p.indicators.length - 1 - i] as number
          }))
        },
        // one indicator, weight 100, target 100: the score is the realisasi, so ties and edges are reachable
        { id: "tie", label: "Tie", weights: [{ indicator: "tie", weight: 100 }] }
      ],
      hasilKerja: {
        source: "indicators",
        scale: { min: 0, max: 120, rounding },
        scoring: p.iki
          ? {
              method: "iki-8-2021",
              iki: { ...iki, kategori: { ...iki.kategori, rounding: { scale: 2, mode: p.mode } } },
              legalBasis: base.legalBasis
            }
          : { method: "capaian", legalBasis: base.legalBasis },
        bands: table(p.bands, ["Sangat Kurang", "Kurang", "Baik", "Sangat Baik"]) as Band.Table,
        mapping: table(p.mapping, ratings) as Policy.RatingTable,
        legalBasis: base.legalBasis
      },
      perilakuKerja
    } as Policy.Policy
  })

// ---------------------------------------------------------------------------------------------------------------
// generated inputs: well-formed ones (half-cent ties, values near edges) and broken ones
// ---------------------------------------------------------------------------------------------------------------

// Realisasi and targets with few decimals meet ties and edges often; a negative or a zero target is a problem.
const amount = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200 }), weight: 4 },
  fc.integer({ min: 0, max: 20000 }).map((u) => u / 100),
  fc.integer({ min: 0, max: 2000 }).map((u) => u / 1000),
  fc.constantFrom(-1, 0, 1e-7, 99.995, 100.005, 89.995)
)
const rating = fc.constantFrom(...ratings)

const inputArb = (policy: Policy.Policy) =>
  fc
    .record({
      measurements: fc.array(
        fc.record({
          target: amount,
          upper: amount,
          realisasi: amount,
          range: fc.boolean(),
          targetMaksimal: fc.option(fc.boolean(), { nil: undefined })
        }),
        { minLength: 4, maxLength: 4 }
      ),
      berakhlak: fc.array(rating, { minLength: 7, maxLength: 7 }),
      hasilKerja: rating,
      perilakuKerja: rating,
      alt: fc.boolean(),
      period: fc.oneof(
        { arbitrary: fc.constantFrom("2026-Q4", "2026-Q1", "2026"), weight: 8 },
        fc.constantFrom("2026-Q5", "2026-12", "x")
      ),
      tie: fc.option(
        fc.record({
          edge: fc.nat(),
          delta: fc.constantFrom(0.5, -0.5, 0.5, -0.5, 1.5, 0, 1, -1, 0.5001, 0.4999, -0.5001, -0.4999)
        }),
        { nil: undefined, freq: 2 }
      ),
      breakage: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 4 },
        fc.constantFrom(
          "drop-measurement",
          "duplicate-measurement",
          "extra-key",
          "undefined-key",
          "string-number",
          "unknown-scorecard",
          "both-perilaku",
          "six-berakhlak",
          "empty-employee",
          "not-object"
        )
      )
    })
    .map((g): unknown => {
      const input: Record<string, unknown> = { employee: "198705122010011001", period: g.period }
      if (policy.hasilKerja.source === "indicators") {
        const card = policy.scorecards[g.alt ? 1 : 0] as Policy.Scorecard
        input.scorecard = card.id
        input.measurements = card.weights.map((w, i) => {
          const m = g.measurements[i] as (typeof g.measurements)[number]
          const definition = policy.indicators.find((d) => d.id === w.indicator)
          const target =
            definition?.direction === "range" || (m.range && g.breakage === "string-number")
              ? { lower: Math.min(m.target, m.upper), upper: Math.max(m.target, m.upper) }
              : m.target
          return {
            indicator: w.indicator,
            target,
            realisasi: m.realisasi,
            ...(m.targetMaksimal === undefined ? {} : { targetMaksimal: m.targetMaksimal })
          }
        })
        if (g.tie !== undefined && policy.hasilKerja.source === "indicators") {
          // a value at a band or rating edge, or half a unit of the rounding scale away from it
          const hk = policy.hasilKerja
          const edges = [...hk.bands.bands, ...hk.mapping.bands].map((b) => b.lower)
          const unit = 10 ** -hk.scale.rounding.scale
          const edge = edges[g.tie.edge % edges.length] as number
          const realisasi = Number((edge + g.tie.delta * unit).toFixed(hk.scale.rounding.scale + 4))
          input.scorecard = "tie"
          input.measurements = [{ indicator: "tie", target: 100, realisasi: Math.max(0, realisasi) }]
        }
      } else input.hasilKerja = g.hasilKerja
      if (policy.perilakuKerja.source === "berakhlak") {
        input.berakhlak = Object.fromEntries(Behaviour.coreValues.map((v, i) => [v, g.berakhlak[i]]))
      } else input.perilakuKerja = g.perilakuKerja
      const ms = input.measurements as Array<Record<string, unknown>> | undefined
      switch (g.breakage) {
        case "drop-measurement":
          ms?.pop()
          break
        case "duplicate-measurement":
          if (ms?.[0]) ms.push({ ...ms[0] })
          break
        case "extra-key":
          input.nama = "Siti"
          break
        case "undefined-key":
          input.hasilKerja = undefined
          break
        case "string-number":
          if (ms?.[0]) ms[0].realisasi = "90"
          break
        case "unknown-scorecard":
          input.scorecard = "nope"
          break
        case "both-perilaku":
          input.perilakuKerja = g.perilakuKerja
          input.berakhlak = Object.fromEntries(Behaviour.coreValues.map((v) => [v, g.perilakuKerja]))
          break
        case "six-berakhlak":
          if (input.berakhlak) delete (input.berakhlak as Record<string, unknown>)[Behaviour.coreValues[0] as string]
          break
        case "empty-employee":
          input.employee = ""
          break
        case "not-object":
          return [input]
      }
      return input
    })

describe("Evaluation.summariser", () => {
  it("equals Evaluation.evaluate on every input it scores, and scores every well-formed input evaluate scores", () => {
    fc.assert(
      fc.property(
        policyArb.chain((policy) =>
          fc.tuple(fc.constant(policy), fc.array(inputArb(policy), { minLength: 1, maxLength: 8 }))
        ),
        ([policy, inputs]) => {
          const summarise = Evaluation.summariser(policy)
          for (const input of inputs) {
            const fast = summarise(input)
            const slow = traced(policy, input)
            // undefined means "take the general path": allowed only where evaluate does not score either
            expect(fast).toEqual(slow)
          }
        }
      ),
      { numRuns: 500 }
    )
  })

  it("scores the presets' example records as evaluate does", () => {
    const policy = Presets.bukittinggi.policy
    const input = {
      employee: "198705122010011001",
      period: "2026-Q1",
      scorecard: "pelaksana",
      measurements: [
        { indicator: "dokumen-selesai", target: 120, realisasi: 126 },
        { indicator: "mutu-dokumen", target: 90, realisasi: 90 },
        { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
        { indicator: "keluhan-masyarakat", target: 4, realisasi: 2 }
      ],
      berakhlak: Object.fromEntries(Behaviour.coreValues.map((v) => [v, "Sesuai Ekspektasi"]))
    }
    const s = Evaluation.summariser(policy)(input)
    expect(s).toEqual(traced(policy, input))
    expect(s?.score).toBe(105.75)
    expect(Evaluation.summariser(policy)({ ...input, measurements: input.measurements.slice(1) })).toBeUndefined()
  })

  it("is prepared once per policy object", () => {
    expect(Evaluation.summariser(Presets.bukittinggi.policy)).toBe(Evaluation.summariser(Presets.bukittinggi.policy))
  })
})
