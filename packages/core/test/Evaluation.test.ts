import { Evaluation, Exact, Input, type Policy, Presets, type Quadrant } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const bukittinggi = Presets.bukittinggi.policy
const muaratebo = Presets.muaratebo.policy

const berakhlak = (diatas: number, dibawah = 0) => {
  const ids = [
    "berorientasi-pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif"
  ] as const
  return Object.fromEntries(
    ids.map((id, i) => [
      id,
      i < dibawah ? "Dibawah Ekspektasi" : i < dibawah + diatas ? "Diatas Ekspektasi" : "Sesuai Ekspektasi"
    ])
  )
}

const pelaksana = {
  employee: "198705122010011001",
  period: "2026-Q1",
  scorecard: "pelaksana",
  measurements: [
    { indicator: "dokumen-selesai", target: 120, realisasi: 126 },
    { indicator: "mutu-dokumen", target: 90, realisasi: 90 },
    { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
    { indicator: "keluhan-masyarakat", target: 4, realisasi: 2 }
  ],
  berakhlak: berakhlak(4)
}

const ok = (policy: Policy.Policy, input: unknown) => {
  const r = Evaluation.evaluate(policy, input)
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}

const problemsOf = (policy: Policy.Policy, input: unknown) => {
  const r = Evaluation.evaluate(policy, input)
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  if (r.failure._tag !== "InvalidInput") throw new Error(r.failure._tag)
  return r.failure.problems.map((p) => [p.path.join("."), p.code])
}

describe("Evaluation.evaluate: a Bukittinggi quarter (illustrative preset)", () => {
  it("35% × 105 + 25% × 100 + 20% × 100 + 20% × 120 (150 capped) = 105.75 → Baik, Sesuai; 4 × Diatas → predikat Baik", () => {
    const r = ok(bukittinggi, pelaksana)
    expect(r.score?.text).toBe("105.75")
    expect(r.band).toBe("Baik")
    expect(r.hasilKerja).toBe("Sesuai Ekspektasi")
    expect(r.perilakuKerja).toBe("Diatas Ekspektasi")
    expect(r.predikat).toBe("Baik")
  })

  it("the trace names inputs, weights, every intermediate value, rounding, band, rules and legal basis", () => {
    const { trace } = ok(bukittinggi, pelaksana)
    expect(trace.policy).toEqual({ id: "bukittinggi-ilustrasi", version: "0.1.0", region: "Kota Bukittinggi" })
    if (trace.hasilKerja.source !== "indicators") throw new Error("indicators expected")
    const hk = trace.hasilKerja
    expect(hk.indicators.map((i) => [i.indicator, i.weight, i.capaian.raw, i.value, i.weighted])).toEqual([
      ["dokumen-selesai", "35", "105", "105", "36.75"],
      ["mutu-dokumen", "25", "100", "100", "25"],
      ["kehadiran-tepat-waktu", "20", "100", "100", "20"],
      ["keluhan-masyarakat", "20", "150", "120", "24"]
    ])
    expect(hk.indicators[3]?.capaian.capped).toBe(true)
    expect(hk.weightsTotal).toBe("100")
    expect(hk.score).toBe("105.75")
    expect(hk.rounding).toEqual({ scale: 2, mode: "half-up" })
    expect(hk.band.label).toBe("Baik")
    expect(hk.mapping.label).toBe("Sesuai Ekspektasi")
    expect(hk.legalBasis.length).toBeGreaterThan(0)
    expect(trace.perilakuKerja).toMatchObject({ source: "berakhlak", fired: "diatas-count" })
    expect(trace.quadrant.cell).toEqual(["Sesuai Ekspektasi", "Diatas Ekspektasi"])
    // JSON-serialisable: a round trip keeps every value (undefined fields are simply absent)
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace)
  })

  it("is dual", () => {
    const a = Evaluation.evaluate(pelaksana)(bukittinggi)
    const b = Evaluation.evaluate(bukittinggi, pelaksana)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
  })

  it("JSON.stringify of a result includes the rounded score and the full trace", () => {
    const parsed = JSON.parse(JSON.stringify(ok(bukittinggi, pelaksana)))
    expect(parsed.score.text).toBe("105.75")
    expect(parsed.trace.hasilKerja.indicators).toHaveLength(4)
    expect(parsed.trace.legalBasis.length).toBeGreaterThan(0)
  })

  it("the precomputed-edge decision agrees with Band.classify on the trace for any score", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_200_000 }), (n) => {
        const r = scoreOf(n / 10_000)
        if (r.trace.hasilKerja.source !== "indicators") throw new Error("indicators expected")
        expect(r.trace.hasilKerja.band.label).toBe(r.band)
        expect(r.trace.hasilKerja.mapping.label).toBe(r.hasilKerja)
        expect(r.trace.hasilKerja.rounded.text).toBe(r.score?.text)
      })
    )
  })
})

describe("Evaluation: IKI scoring (Muaratebo illustrative preset)", () => {
  it("values each indicator by the 8/2021 formula and weights the nilai exactly", () => {
    const r = ok(muaratebo, {
      employee: "1",
      period: "2026-Q2",
      scorecard: "umum",
      measurements: [
        { indicator: "kegiatan-terlaksana", target: 12, realisasi: 12 }, // 100% → 109
        { indicator: "kualitas-layanan", target: 90, realisasi: 95 }, // 105.555…% → 105.56 → 110 + 10/9 × 4.56
        { indicator: "waktu-laporan", target: 5, realisasi: 4 }, // (2 − 0.8) × 100 = 120% → 120
        { indicator: "penerapan-hasil-pelatihan", target: 4, realisasi: 3 } // 75% → 50 + 15 = 65
      ],
      berakhlak: berakhlak(2)
    })
    const kualitas = Exact.add(Exact.int(110), Exact.multiply(Exact.fraction(10, 9), Exact.fraction(456, 100)))
    const expected = Exact.sum([
      Exact.multiply(Exact.fraction(40, 100), Exact.int(109)),
      Exact.multiply(Exact.fraction(30, 100), kualitas),
      Exact.multiply(Exact.fraction(15, 100), Exact.int(120)),
      Exact.multiply(Exact.fraction(15, 100), Exact.int(65))
    ])
    if (r.trace.hasilKerja.source !== "indicators") throw new Error("indicators expected")
    expect(r.trace.hasilKerja.score).toBe(Exact.format(expected))
    expect(r.score?.text).toBe("105.87")
    expect(r.trace.hasilKerja.indicators.map((i) => i.iki?.kategori)).toEqual([
      "Baik",
      "Sangat Baik",
      "Sangat Baik",
      "Kurang"
    ])
    expect(r.hasilKerja).toBe("Sesuai Ekspektasi")
    expect(r.perilakuKerja).toBe("Sesuai Ekspektasi")
    expect(r.predikat).toBe("Baik")
  })

  it("target maksimal: 100% of a maximal target gives the nilai 120", () => {
    const r = ok(muaratebo, {
      employee: "1",
      period: "2026-Q2",
      scorecard: "umum",
      measurements: [
        { indicator: "kegiatan-terlaksana", target: 12, realisasi: 12, targetMaksimal: true },
        { indicator: "kualitas-layanan", target: 90, realisasi: 90 },
        { indicator: "waktu-laporan", target: 5, realisasi: 5 },
        { indicator: "penerapan-hasil-pelatihan", target: 4, realisasi: 4 }
      ],
      berakhlak: berakhlak(0)
    })
    if (r.trace.hasilKerja.source !== "indicators") throw new Error("indicators expected")
    expect(r.trace.hasilKerja.indicators[0]?.value).toBe("120")
    // 0.4 × 120 + 0.6 × 109 = 113.4
    expect(r.score?.text).toBe("113.40")
  })
})

// A one-indicator scorecard with target 100, so the score equals the realisasi: for the edge tables.
const single = (base: Policy.Policy, outOfRange: "reject" | "clamp" = "reject"): Policy.Policy => {
  if (base.hasilKerja.source !== "indicators") throw new Error("fixture")
  return {
    ...base,
    indicators: base.indicators.map((d) => {
      if (d.id !== "dokumen-selesai") return d
      const { cap: _, ...uncapped } = d
      return uncapped
    }),
    scorecards: [{ id: "single", label: "Single", weights: [{ indicator: "dokumen-selesai", weight: 100 }] }],
    hasilKerja: {
      ...base.hasilKerja,
      bands: { ...base.hasilKerja.bands, outOfRange },
      mapping: { ...base.hasilKerja.mapping, outOfRange }
    }
  }
}
const edgePolicy = single(bukittinggi)
const scoreOf = (realisasi: number, policy = edgePolicy) =>
  ok(policy, {
    employee: "1",
    period: "2026-Q3",
    scorecard: "single",
    measurements: [{ indicator: "dokumen-selesai", target: 100, realisasi }],
    berakhlak: berakhlak(0)
  })

describe("Evaluation: every edge of the score bands and the rating mapping (scale 2, half-up, rounded once)", () => {
  it.each([
    [59.99, "Sangat Kurang", "Dibawah Ekspektasi"],
    [59.994, "Sangat Kurang", "Dibawah Ekspektasi"],
    [59.995, "Kurang", "Dibawah Ekspektasi"],
    [60, "Kurang", "Dibawah Ekspektasi"],
    [60.01, "Kurang", "Dibawah Ekspektasi"],
    [79.99, "Kurang", "Dibawah Ekspektasi"],
    [80, "Cukup", "Dibawah Ekspektasi"],
    [80.01, "Cukup", "Dibawah Ekspektasi"],
    [89.99, "Cukup", "Dibawah Ekspektasi"],
    [89.994, "Cukup", "Dibawah Ekspektasi"],
    [89.995, "Cukup", "Sesuai Ekspektasi"],
    [90, "Cukup", "Sesuai Ekspektasi"],
    [90.01, "Cukup", "Sesuai Ekspektasi"],
    [94.99, "Cukup", "Sesuai Ekspektasi"],
    [94.995, "Baik", "Sesuai Ekspektasi"],
    [95, "Baik", "Sesuai Ekspektasi"],
    [95.01, "Baik", "Sesuai Ekspektasi"],
    [109.99, "Baik", "Sesuai Ekspektasi"],
    [109.994, "Baik", "Sesuai Ekspektasi"],
    [109.995, "Sangat Baik", "Diatas Ekspektasi"],
    [110, "Sangat Baik", "Diatas Ekspektasi"],
    [110.01, "Sangat Baik", "Diatas Ekspektasi"],
    [120, "Sangat Baik", "Diatas Ekspektasi"]
  ])("score %s → band %s, hasil kerja %s", (realisasi, band, rating) => {
    const r = scoreOf(realisasi)
    expect(r.band).toBe(band)
    expect(r.hasilKerja).toBe(rating)
  })

  it("the band and the mapping read the same rounded value; the trace keeps the exact one", () => {
    const r = scoreOf(89.995)
    if (r.trace.hasilKerja.source !== "indicators") throw new Error("indicators expected")
    expect(r.trace.hasilKerja.rounded).toMatchObject({ text: "90.00", before: "89.995" })
    expect(r.trace.hasilKerja.mapping.score.text).toBe("90.00")
    expect(r.trace.hasilKerja.band.score.text).toBe("90.00")
  })

  it("rounding across an edge is noted in the trace (89.995 → 90.00 → Sesuai Ekspektasi), and only then", () => {
    const r = scoreOf(89.995)
    if (r.trace.hasilKerja.source !== "indicators") throw new Error("indicators expected")
    expect(r.trace.hasilKerja.edges).toEqual([
      expect.objectContaining({
        at: "rating",
        note: "rounding-crossed-edge",
        exact: "89.995",
        rounded: "90.00",
        edge: 90,
        withoutRounding: "Dibawah Ekspektasi"
      })
    ])
    expect(r.trace.hasilKerja.edges?.[0]?.message.id).toContain("melewati batas 90")
    const far = scoreOf(89.994)
    expect(far.trace.hasilKerja.source === "indicators" && "edges" in far.trace.hasilKerja).toBe(false)
    const at = scoreOf(90)
    expect(at.trace.hasilKerja.source === "indicators" && "edges" in at.trace.hasilKerja).toBe(false)
    // the note survives JSON
    expect(JSON.parse(JSON.stringify(r)).trace.hasilKerja.edges[0].edge).toBe(90)
  })

  it("a score above the scale fails with ScoreOutOfRange when the policy rejects, or is clamped when it clamps", () => {
    const r = Evaluation.evaluate(edgePolicy, {
      employee: "1",
      period: "2026-Q3",
      scorecard: "single",
      measurements: [{ indicator: "dokumen-selesai", target: 100, realisasi: 130 }],
      berakhlak: berakhlak(0)
    })
    expect(Result.isFailure(r) && r.failure._tag).toBe("ScoreOutOfRange")
    const clamped = scoreOf(130, single(bukittinggi, "clamp"))
    expect(clamped.score?.text).toBe("120.00")
    if (clamped.trace.hasilKerja.source !== "indicators") throw new Error("indicators expected")
    expect(clamped.trace.hasilKerja.band.trace.clamped).toBe(true)
  })
})

describe("Evaluation: the national regime (ratings and the kuadran)", () => {
  const national = Presets.nationalPolicy.policy
  const cells: ReadonlyArray<readonly [Quadrant.Rating, Quadrant.Rating, Quadrant.Predikat]> = [
    ["Diatas Ekspektasi", "Diatas Ekspektasi", "Sangat Baik"],
    ["Diatas Ekspektasi", "Sesuai Ekspektasi", "Baik"],
    ["Diatas Ekspektasi", "Dibawah Ekspektasi", "Kurang/Misconduct"],
    ["Sesuai Ekspektasi", "Diatas Ekspektasi", "Baik"],
    ["Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik"],
    ["Sesuai Ekspektasi", "Dibawah Ekspektasi", "Kurang/Misconduct"],
    ["Dibawah Ekspektasi", "Diatas Ekspektasi", "Butuh Perbaikan"],
    ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Butuh Perbaikan"],
    ["Dibawah Ekspektasi", "Dibawah Ekspektasi", "Sangat Kurang"]
  ]
  it.each(cells)("hasil %s × perilaku %s → %s", (hasilKerja, perilakuKerja, predikat) => {
    const r = ok(national, { employee: "1", period: "2026", hasilKerja, perilakuKerja })
    expect(r.predikat).toBe(predikat)
    expect(r.score).toBeUndefined()
    expect(r.trace.hasilKerja).toMatchObject({ source: "rating", rating: hasilKerja })
  })
})

describe("Evaluation: BerAKHLAK counts (Bukittinggi: any Dibawah → Dibawah; ≥ 4 Diatas → Diatas)", () => {
  it.each([
    [0, 0, "Sesuai Ekspektasi", "otherwise-sesuai"],
    [3, 0, "Sesuai Ekspektasi", "otherwise-sesuai"],
    [4, 0, "Diatas Ekspektasi", "diatas-count"],
    [7, 0, "Diatas Ekspektasi", "diatas-count"],
    [6, 1, "Dibawah Ekspektasi", "dibawah-count"],
    [0, 7, "Dibawah Ekspektasi", "dibawah-count"]
  ])("%s Diatas, %s Dibawah → %s (%s)", (diatas, dibawah, rating, fired) => {
    const r = ok(bukittinggi, { ...pelaksana, berakhlak: berakhlak(diatas, dibawah) })
    expect(r.perilakuKerja).toBe(rating)
    expect(r.trace.perilakuKerja).toMatchObject({ fired })
  })
})

describe("Evaluation: bad input is a typed error with every path, never a throw or a default", () => {
  it("a missing indicator is never filled in", () => {
    expect(problemsOf(bukittinggi, { ...pelaksana, measurements: pelaksana.measurements.slice(1) })).toEqual([
      ["measurements", "missing-indicator"]
    ])
  })

  it("semantic problems: period, unknown or duplicate indicator, bad target, negative realisasi, wrong perilaku input", () => {
    expect(
      problemsOf(bukittinggi, {
        employee: "1",
        period: "2026-05",
        scorecard: "pelaksana",
        hasilKerja: "Diatas Ekspektasi",
        measurements: [
          { indicator: "dokumen-selesai", target: 0, realisasi: 1 },
          { indicator: "dokumen-selesai", target: 1, realisasi: 1 },
          { indicator: "dialog-publik", target: { lower: 1, upper: 2 }, realisasi: 1 },
          { indicator: "mutu-dokumen", target: 90, realisasi: -1 },
          { indicator: "kehadiran-tepat-waktu", target: { lower: 1, upper: 2 }, realisasi: 1 },
          { indicator: "keluhan-masyarakat", target: 4, realisasi: 0 }
        ],
        perilakuKerja: "Sesuai Ekspektasi"
      })
    ).toEqual([
      ["period", "period-format"],
      ["hasilKerja", "unexpected"],
      ["measurements.0.target", "not-positive"],
      ["measurements.1.indicator", "duplicate"],
      ["measurements.2.indicator", "not-in-scorecard"],
      ["measurements.3.realisasi", "negative"],
      ["measurements.4.target", "number-expected"],
      ["berakhlak", "missing"],
      ["perilakuKerja", "unexpected"]
    ])
  })

  it("an unknown scorecard", () => {
    expect(problemsOf(bukittinggi, { ...pelaksana, scorecard: "kepala-dinas" })).toEqual([
      ["scorecard", "unknown-scorecard"]
    ])
  })

  it("schema problems: NaN, wrong types, unknown keys, a missing BerAKHLAK value", () => {
    const { kolaboratif: _, ...six } = berakhlak(0)
    const paths = problemsOf(bukittinggi, {
      ...pelaksana,
      extra: 1,
      measurements: [{ indicator: "dokumen-selesai", target: 100, realisasi: Number.NaN }],
      berakhlak: six
    }).map(([p]) => p)
    expect(paths).toEqual(expect.arrayContaining(["extra", "measurements.0.realisasi", "berakhlak.kolaboratif"]))
  })

  it("a rating policy asks for ratings and refuses measurements", () => {
    expect(
      problemsOf(Presets.nationalPolicy.policy, {
        employee: "1",
        period: "2026-Q1",
        scorecard: "x",
        measurements: [],
        berakhlak: berakhlak(0)
      })
    ).toEqual([
      ["hasilKerja", "missing"],
      ["scorecard", "unexpected"],
      ["measurements", "unexpected"],
      ["perilakuKerja", "missing"],
      ["berakhlak", "unexpected"]
    ])
  })

  it("property (totality): any input gives a result or a typed error, never a throw", () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const r = Evaluation.evaluate(bukittinggi, u)
        expect(Result.isFailure(r)).toBe(true)
      }),
      { numRuns: 200 }
    )
  })
})

describe("Evaluation properties", () => {
  const value = fc.integer({ min: 0, max: 20_000 }).map((n) => n / 100)
  const positive = fc.integer({ min: 1, max: 20_000 }).map((n) => n / 100)
  const measurements = fc.record({
    dokumen: fc.tuple(positive, value),
    mutu: fc.tuple(positive, value),
    hadir: fc.tuple(positive, value),
    keluhan: fc.tuple(positive, value)
  })
  const input = (m: {
    dokumen: [number, number]
    mutu: [number, number]
    hadir: [number, number]
    keluhan: [number, number]
  }) => ({
    ...pelaksana,
    measurements: [
      { indicator: "dokumen-selesai", target: m.dokumen[0], realisasi: m.dokumen[1] },
      { indicator: "mutu-dokumen", target: m.mutu[0], realisasi: m.mutu[1] },
      { indicator: "kehadiran-tepat-waktu", target: m.hadir[0], realisasi: m.hadir[1] },
      { indicator: "keluhan-masyarakat", target: m.keluhan[0], realisasi: m.keluhan[1] }
    ]
  })

  it("the order of the measurements does not change the result", () => {
    fc.assert(
      fc.property(measurements, fc.integer({ min: 0, max: 23 }), (m, k) => {
        const a = input(m)
        const perm = [...a.measurements]
        // a deterministic permutation from k
        for (let i = perm.length - 1; i > 0; i--) {
          const j = (k + i) % (i + 1)
          ;[perm[i], perm[j]] = [perm[j] as (typeof perm)[number], perm[i] as (typeof perm)[number]]
        }
        // the whole result, trace included, as JSON
        expect(JSON.stringify(ok(bukittinggi, { ...a, measurements: perm }))).toBe(JSON.stringify(ok(bukittinggi, a)))
      })
    )
  })

  it("scores stay within the declared scale [0, 120]", () => {
    fc.assert(
      fc.property(measurements, (m) => {
        const r = ok(bukittinggi, input(m))
        expect(r.score?.value).toBeGreaterThanOrEqual(0)
        expect(r.score?.value).toBeLessThanOrEqual(120)
      })
    )
  })

  it("monotonic: more realisasi of a higher-is-better indicator never lowers the score; more complaints never raise it", () => {
    fc.assert(
      fc.property(measurements, value, (m, extra) => {
        const base = ok(bukittinggi, input(m))
        const more = ok(bukittinggi, input({ ...m, dokumen: [m.dokumen[0], m.dokumen[1] + extra] }))
        const worse = ok(bukittinggi, input({ ...m, keluhan: [m.keluhan[0], m.keluhan[1] + extra] }))
        // compare the rounded scores exactly, as decimals
        const at = (r: Evaluation.Evaluated) => Result.getOrThrow(Exact.fromString(r.score?.text ?? "x"))
        expect(Exact.compare(at(more), at(base))).toBeGreaterThanOrEqual(0)
        expect(Exact.compare(at(worse), at(base))).toBeLessThanOrEqual(0)
      })
    )
  })
})

describe("Evaluation.decodeInput agrees with the schema on any input (its fast path never accepts more)", () => {
  const rating = fc.constantFrom("Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi", "Baik")
  const num = fc.oneof(
    fc.integer({ min: -5, max: 500 }),
    fc.double({ min: -10, max: 500 }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0),
    fc.constant("12")
  )
  const target = fc.oneof(
    num,
    fc.record({ lower: num, upper: num }),
    fc.record({ lower: num, upper: num, extra: num }),
    fc.constant(null)
  )
  const measurement = fc.record(
    {
      indicator: fc.constantFrom("dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat", "x"),
      target,
      realisasi: num,
      targetMaksimal: fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant(1))
    },
    { requiredKeys: ["indicator", "target", "realisasi"] }
  )
  const values = [
    "berorientasi-pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
    "extra"
  ]
  const input = fc.record(
    {
      employee: fc.oneof(fc.constant(""), fc.constant("199001"), fc.integer()),
      period: fc.constantFrom("2026-Q1", "2026-13", "2026"),
      scorecard: fc.constantFrom("pelaksana", "x", undefined),
      measurements: fc.oneof(fc.array(measurement, { maxLength: 6 }), fc.constant("none")),
      hasilKerja: rating,
      perilakuKerja: rating,
      berakhlak: fc.oneof(fc.dictionary(fc.constantFrom(...values), rating), fc.constant(berakhlak(3))),
      extra: fc.anything()
    },
    { requiredKeys: ["employee", "period"] }
  )
  const reference = (u: unknown): { ok: boolean; value: unknown; problems: ReadonlyArray<Input.Problem> } => {
    const shape = Input.decode(Evaluation.EvaluationInput, "EvaluationInput")(u)
    if (Result.isFailure(shape)) return { ok: false, value: undefined, problems: shape.failure.problems }
    const found = Evaluation.problems(bukittinggi, shape.success)
    return { ok: found.length === 0, value: shape.success, problems: found }
  }

  it("property: success, value and problems are those of the schema", () => {
    fc.assert(
      fc.property(fc.oneof(input, fc.constant(pelaksana)), (u) => {
        const actual = Evaluation.decodeInput(bukittinggi, u)
        const expected = reference(u)
        expect(Result.isSuccess(actual)).toBe(expected.ok)
        if (Result.isSuccess(actual)) expect(actual.success).toEqual(expected.value)
        else expect(actual.failure.problems).toEqual(expected.problems)
      }),
      { numRuns: 500 }
    )
  })
})
