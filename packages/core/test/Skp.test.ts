import { Exact, Presets, Skp } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const { iki, pp30, pp46 } = Presets.nationalPolicy

const x = (text: string): Exact.Exact => Result.getOrThrow(Exact.fromString(text))
const nilai = (capaian: string, targetMaksimal = false) =>
  Result.getOrThrow(Skp.nilaiIki(iki, x(capaian), { targetMaksimal }))

describe("Skp.nilaiIki: PermenPAN-RB 8/2021 worked values", () => {
  it.each([
    ["0", "Sangat Kurang", "0"],
    ["59", "Sangat Kurang", "49"],
    ["60", "Kurang", "50"],
    ["70", "Kurang", "60"],
    ["79", "Kurang", "69"],
    ["80", "Cukup", "70"],
    ["90", "Cukup", "80"],
    ["99", "Cukup", "89"],
    ["100", "Baik", "109"],
    ["101", "Sangat Baik", "110"],
    ["105", "Sangat Baik", "1030/9 ≈ 114.444444"],
    ["110", "Sangat Baik", "120"],
    ["111", "Sangat Baik", "120"],
    ["250", "Sangat Baik", "120"]
  ])("capaian %s percent → %s, nilai %s", (c, kategori, expected) => {
    const v = nilai(c)
    expect(v.kategori).toBe(kategori)
    expect(Exact.format(v.nilai)).toBe(expected)
  })

  it("c > 110% is capped at 120 and the trace says so", () => {
    const v = nilai("111")
    expect(v.trace.capped).toBe(true)
    expect(v.trace.nilaiBeforeCap).toBe("1090/9 ≈ 121.111111")
  })

  it("target maksimal: c = 100% gives 120 instead of 109; any other capaian is unaffected", () => {
    expect(Exact.format(nilai("100", true).nilai)).toBe("120")
    expect(nilai("100", true).trace.targetMaksimal).toBe(true)
    expect(Exact.format(nilai("99", true).nilai)).toBe("89")
    expect(Exact.format(nilai("100.01", true).nilai)).toBe("109")
  })
})

describe("Skp.nilaiIki: every kategori edge (scale 2, half-up)", () => {
  it.each([
    // just below, at, just above each edge; then the half-way points either side of the rounding
    ["59.99", "Sangat Kurang", "293951/5900 ≈ 49.822203"],
    ["60", "Kurang", "50"],
    ["60.01", "Kurang", "50.01"],
    ["59.994", "Sangat Kurang", "293951/5900 ≈ 49.822203"],
    ["59.995", "Kurang", "50"],
    ["79.99", "Kurang", "69.99"],
    ["80", "Cukup", "70"],
    ["80.01", "Cukup", "70.01"],
    ["79.994", "Kurang", "69.99"],
    ["79.995", "Cukup", "70"],
    ["99.99", "Cukup", "89.99"],
    ["100", "Baik", "109"],
    ["100.01", "Baik", "109"],
    ["99.994", "Cukup", "89.99"],
    ["99.995", "Baik", "109"],
    ["100.99", "Baik", "109"],
    ["101", "Sangat Baik", "110"],
    ["101.01", "Sangat Baik", "110.0111… "],
    ["100.994", "Baik", "109"],
    ["100.995", "Sangat Baik", "110"],
    ["109.99", "Sangat Baik", "119.9888… "],
    ["110.01", "Sangat Baik", "120"]
  ])("capaian %s percent → %s (%s)", (c, kategori, expected) => {
    const v = nilai(c)
    expect(v.kategori).toBe(kategori)
    if (!expected.endsWith("… ")) expect(Exact.format(v.nilai)).toBe(expected)
    else expect(Exact.toNumber(v.nilai)).toBeCloseTo(Number(expected.replace("… ", "")), 3)
  })

  it("the interpolation uses the rounded capaian that decided the kategori (the trace shows it)", () => {
    const v = nilai("99.994")
    expect(v.trace.capaian.text).toBe("99.99")
    expect(v.trace.capaian.before).toBe("99.994")
    expect(v.trace.formula).toBe("70 + ((89 − 70) / (99 − 80)) × (99.99 − 80)")
  })

  it("a negative capaian is clamped into the range (0)", () => {
    expect(Exact.format(nilai("-5").nilai)).toBe("0")
  })

  it("property: nilai is monotonic non-decreasing in capaian and within [0, 120]", () => {
    const c = fc.integer({ min: 0, max: 150_000 }).map((n) => Exact.fraction(n, 1000))
    fc.assert(
      fc.property(c, c, (a, b) => {
        const [lo, hi] = Exact.compare(a, b) <= 0 ? [a, b] : [b, a]
        const va = Result.getOrThrow(Skp.nilaiIki(iki, lo)).nilai
        const vb = Result.getOrThrow(Skp.nilaiIki(iki, hi)).nilai
        expect(Exact.compare(va, vb)).toBeLessThanOrEqual(0)
        expect(Exact.compare(va, Exact.zero)).toBeGreaterThanOrEqual(0)
        expect(Exact.compare(vb, Exact.int(120))).toBeLessThanOrEqual(0)
      })
    )
  })

  it("the nilai akhir SKP is the exact weighted sum of IKI values (here 40/30/30)", () => {
    const values = ["101", "100", "99"].map((c) => nilai(c).nilai)
    const weights = [40, 30, 30].map((w) => Exact.int(w))
    const total = Exact.sum(values.map((v, i) => Exact.multiply(v, weights[i] as Exact.Exact)))
    // 0.4 × 110 + 0.3 × 109 + 0.3 × 89 = 44 + 32.7 + 26.7
    expect(Exact.format(Exact.fraction(total.n, total.d * 100n))).toBe("103.4")
  })
})

describe("Skp.decodeIkiScheme", () => {
  it("accepts the preset after a JSON round trip", () => {
    expect(Result.getOrThrow(Skp.decodeIkiScheme(JSON.parse(JSON.stringify(iki))))).toEqual(iki)
  })

  it("reports a kategori without a segment and a segment for no kategori", () => {
    const { Baik: _, ...rest } = iki.segments
    const r = Skp.decodeIkiScheme({ ...iki, segments: { ...rest, Istimewa: rest.Cukup } })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.problems.map((p) => [p.path, p.code])).toEqual([
        [["segments", "Baik"], "missing-segment"],
        [["segments", "Istimewa"], "unknown-kategori"]
      ])
    }
  })
})

const pp30With = (nilaiSkp: number, nilaiPerilaku: number, menciptakanIdeBaru = false, scheme = pp30) =>
  Result.getOrThrow(Skp.pp30(scheme, { nilaiSkp, nilaiPerilaku, menciptakanIdeBaru }))

describe("Skp.pp30: PP 30/2019 Pasal 41", () => {
  it("70/30 without 360 input: 0.7 × 100 + 0.3 × 80 = 94", () => {
    const r = pp30With(100, 80)
    expect(r.score.text).toBe("94.00")
    expect(r.trace.weights).toEqual({ skp: "70", perilaku: "30" })
    expect(r.trace.weightedSkp).toBe("70")
    expect(r.trace.weightedPerilaku).toBe("24")
    expect(r.predikat).toBe("Baik")
  })

  it("60/40 when the instansi uses rekan kerja and bawahan input: 0.6 × 100 + 0.4 × 80 = 92", () => {
    const r = pp30With(100, 80, false, { ...pp30, uses360: true })
    expect(r.score.text).toBe("92.00")
    expect(r.trace.weights).toEqual({ skp: "60", perilaku: "40" })
  })

  it("the flag moves a score across an edge: SKP 95, perilaku 70 → 88.5 (Cukup) vs 85 (Cukup); SKP 80, perilaku 110 → 89 vs 92", () => {
    expect(pp30With(80, 110).predikat).toBe("Cukup")
    expect(pp30With(80, 110, false, { ...pp30, uses360: true }).predikat).toBe("Baik")
  })

  it.each([
    [49.99, "Sangat Kurang"],
    [50, "Kurang"],
    [50.01, "Kurang"],
    [69.99, "Kurang"],
    [70, "Cukup"],
    [70.01, "Cukup"],
    [89.99, "Cukup"],
    [89.994, "Cukup"],
    // the literal text "70 ≤ x < 90": the preset does not round before banding (before 0.4.0: Baik)
    [89.995, "Cukup"],
    [89.9999, "Cukup"],
    [90, "Baik"],
    [90.01, "Baik"],
    [109.99, "Baik"],
    [120, "Baik"]
  ])("combined %s without a new idea → %s", (score, predikat) => {
    expect(pp30With(score, score).predikat).toBe(predikat)
  })

  it.each([
    [109.99, "Baik", "band"],
    [109.994, "Baik", "band"],
    [109.995, "Baik", "band"],
    [109.9999, "Baik", "band"],
    [110, "Sangat Baik", "sangat-baik-ide-baru"],
    [110.01, "Sangat Baik", "sangat-baik-ide-baru"],
    [120, "Sangat Baik", "sangat-baik-ide-baru"],
    [95, "Baik", "band"]
  ])("combined %s with a new idea → %s (%s)", (score, predikat, fired) => {
    const r = pp30With(score, score, true)
    expect(r.predikat).toBe(predikat)
    expect(r.trace.fired).toBe(fired)
  })

  it("110–120 without the new-idea condition is Baik, and the trace says the idea was absent", () => {
    const r = pp30With(115, 115, false)
    expect(r.predikat).toBe("Baik")
    expect(r.trace.fired).toBe("ide-baru-absent")
  })

  it("the UNCONFIRMED Kurang/Sangat Kurang bands are marked confirmed: false in the legal basis", () => {
    const r = pp30With(40, 40)
    expect(r.predikat).toBe("Sangat Kurang")
    expect(r.trace.legalBasis.some((c) => c.confirmed === false)).toBe(true)
  })

  it("inputs above the maximum 120 are problems with their paths", () => {
    const r = Skp.pp30(pp30, { nilaiSkp: 121, nilaiPerilaku: 130, menciptakanIdeBaru: false })
    expect(Result.isFailure(r) && r.failure._tag).toBe("InvalidInput")
    if (Result.isFailure(r) && r.failure._tag === "InvalidInput") {
      expect(r.failure.problems.map((p) => p.path)).toEqual([["nilaiSkp"], ["nilaiPerilaku"]])
    }
  })

  it("bad input reports every path, never NaN", () => {
    const r = Skp.pp30(pp30, { nilaiSkp: Number.NaN, nilaiPerilaku: "90" })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r) && r.failure._tag === "InvalidInput") {
      const paths = r.failure.problems.map((p) => p.path.join("."))
      expect(paths).toEqual(expect.arrayContaining(["nilaiSkp", "nilaiPerilaku", "menciptakanIdeBaru"]))
    }
  })

  it("is dual", () => {
    const input = { nilaiSkp: 100, nilaiPerilaku: 100, menciptakanIdeBaru: false }
    expect(Skp.pp30(input)(pp30)).toEqual(Skp.pp30(pp30, input))
  })

  it("property: the combined score is monotonic in both inputs (predikat order never falls)", () => {
    const order = ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]
    const v = fc.integer({ min: 0, max: 12000 }).map((n) => n / 100)
    fc.assert(
      fc.property(v, v, v, fc.boolean(), (a, b, p, idea) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a]
        const x = pp30With(lo, p, idea)
        const y = pp30With(hi, p, idea)
        expect(x.score.value).toBeLessThanOrEqual(y.score.value)
        expect(order.indexOf(x.predikat)).toBeLessThanOrEqual(order.indexOf(y.predikat))
      })
    )
  })
})

describe("Skp.decodePp30Scheme", () => {
  it("reports every problem with its path", () => {
    const r = Skp.decodePp30Scheme({
      ...pp30,
      weights: { tanpa360: { skp: 70, perilaku: 20 }, dengan360: { skp: 60, perilaku: 40.0001 } },
      sangatBaik: { ...pp30.sangatBaik, within: "Istimewa" }
    })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure.problems.map((p) => [p.path.join("."), p.code])).toEqual([
        ["weights.tanpa360", "weights-do-not-sum"],
        ["weights.dengan360", "weights-do-not-sum"],
        ["sangatBaik.within", "unknown-band"]
      ])
    }
  })

  it("round-trips through JSON", () => {
    expect(Result.getOrThrow(Skp.decodePp30Scheme(JSON.parse(JSON.stringify(pp30))))).toEqual(pp30)
  })
})

describe("Skp.pp46Aspek and Skp.pp46: PP 46/2011", () => {
  it.each([
    ["waktu", 12, 12, "76"],
    ["waktu", 100, 76, "100"],
    ["waktu", 12, 14, "178/3 ≈ 59.333333"],
    ["waktu", 100, 176, "0"],
    ["waktu", 100, 200, "0"],
    ["biaya", 1000, 1000, "76"],
    ["kuantitas", 10, 9, "90"],
    ["kualitas", 100, 90, "90"]
  ] as const)("%s target %s realisasi %s → %s", (aspek, target, realisasi, expected) => {
    const r = Result.getOrThrow(Skp.pp46Aspek(pp46, aspek, { target, realisasi }))
    expect(Exact.format(r.nilai)).toBe(expected)
  })

  it("efisiensi above 24% is UNCONFIRMED: rejected with its path by the preset", () => {
    const r = Skp.pp46Aspek(pp46, "waktu", { target: 100, realisasi: 70 }, ["kegiatan", 0, "waktu"])
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r)) {
      expect(r.failure._tag).toBe("UnconfirmedFormula")
      expect(r.failure.path).toEqual(["kegiatan", 0, "waktu"])
      expect(r.failure.value).toBe("30")
    }
  })

  it("…and applied, marked unconfirmed, when the policy opts in: 76 − (106 − 100) = 70", () => {
    const r = Result.getOrThrow(
      Skp.pp46Aspek({ ...pp46, efisiensiAbove24: "unconfirmed-formula" }, "waktu", { target: 100, realisasi: 70 })
    )
    expect(Exact.format(r.nilai)).toBe("70")
    expect(r.trace.unconfirmed).toBe(true)
  })

  it("efisiensi exactly 24% still uses the confirmed formula (100)", () => {
    const r = Result.getOrThrow(Skp.pp46Aspek(pp46, "biaya", { target: 100, realisasi: 76 }))
    expect(r.trace.efisiensi).toBe("24")
    expect(r.trace.unconfirmed).toBe(false)
  })

  const kegiatan = {
    kuantitas: { target: 10, realisasi: 10 },
    kualitas: { target: 100, realisasi: 90 },
    waktu: { target: 12, realisasi: 12 },
    biaya: { target: 1000, realisasi: 1000 }
  }

  it("the worked example: (100 + 90 + 76 + 76) / 4 = 85.5; prestasi 0.6 × 85.5 + 0.4 × 80 = 83.3, Baik", () => {
    const r = Result.getOrThrow(Skp.pp46(pp46, { kegiatan: [kegiatan], nilaiPerilaku: 80 }))
    expect(r.nilaiSkp).toBe("85.5")
    expect(r.score.text).toBe("83.30")
    expect(r.predikat).toBe("Baik")
  })

  it("a kegiatan not executed scores 0 and still counts in the mean", () => {
    const notDone = { kuantitas: { target: 5, realisasi: 0 }, waktu: { target: 12, realisasi: 12 } }
    const r = Result.getOrThrow(Skp.pp46(pp46, { kegiatan: [kegiatan, notDone], nilaiPerilaku: 80 }))
    expect(r.kegiatan[1]?.nilai).toBe("0")
    expect(r.kegiatan[1]?.dilaksanakan).toBe(false)
    expect(r.nilaiSkp).toBe("42.75")
  })

  it.each([
    [50.99, "Buruk"],
    [50.994, "Buruk"],
    [50.995, "Kurang"],
    [51, "Kurang"],
    [51.01, "Kurang"],
    [60.99, "Kurang"],
    [61, "Cukup"],
    [75.99, "Cukup"],
    [76, "Baik"],
    [90.5, "Baik"],
    [90.99, "Baik"],
    [90.995, "Sangat Baik"],
    [91, "Sangat Baik"],
    [100, "Sangat Baik"]
  ])("prestasi kerja %s → %s", (score, predikat) => {
    // kuantitas only: nilai SKP = realisasi / target × 100 = score; perilaku = score
    const r = Result.getOrThrow(
      Skp.pp46(pp46, { kegiatan: [{ kuantitas: { target: 100, realisasi: score } }], nilaiPerilaku: score })
    )
    expect(r.predikat).toBe(predikat)
  })

  it("an unexecuted waktu path is reported from pp46 with its kegiatan index", () => {
    const fast = { kuantitas: { target: 1, realisasi: 1 }, waktu: { target: 10, realisasi: 5 } }
    const r = Skp.pp46(pp46, { kegiatan: [kegiatan, fast], nilaiPerilaku: 80 })
    expect(Result.isFailure(r) && r.failure._tag === "UnconfirmedFormula" && r.failure.path).toEqual([
      "kegiatan",
      1,
      "waktu"
    ])
  })

  it("bad input lists every path", () => {
    const r = Skp.pp46(pp46, { kegiatan: [{ kuantitas: { target: 0, realisasi: -1 } }], nilaiPerilaku: 101 })
    expect(Result.isFailure(r)).toBe(true)
    if (Result.isFailure(r) && r.failure._tag === "InvalidInput") {
      expect(r.failure.problems.map((p) => p.path.join("."))).toEqual([
        "kegiatan.0.kuantitas.target",
        "kegiatan.0.kuantitas.realisasi"
      ])
    }
  })

  it("decodePp46Scheme reports a split that does not sum to 100", () => {
    const r = Skp.decodePp46Scheme({ ...pp46, weights: { skp: 60, perilaku: 30 } })
    expect(Result.isFailure(r) && r.failure.problems[0]?.path).toEqual(["weights"])
  })
})
