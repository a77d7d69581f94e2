import { Evaluation, Policy, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { bench, describe } from "vitest"

// A synthetic region: 100,000 employees, one scorecard of 8 indicators (higher-is-better, lower-is-better and range
// targets, with caps), the 7 BerAKHLAK ratings each, scored under an indicator policy built on the Bukittinggi preset.
const N = 100_000
const base = Presets.bukittinggi.policy
if (base.hasilKerja.source !== "indicators") throw new Error("the bench needs an indicator policy")

const directions = [
  "higher-is-better",
  "higher-is-better",
  "higher-is-better",
  "lower-is-better",
  "higher-is-better",
  "range",
  "lower-is-better",
  "higher-is-better"
] as const
const weights = Result.getOrThrow(Policy.distributeWeights(8)) // 13 × 4, 12 × 4
const indicators = directions.map((direction, i) => ({
  id: `iki-${i + 1}`,
  label: `IKI ${i + 1}`,
  category: ["kuantitas", "kualitas", "waktu", "biaya", "disiplin", "interaksi-dengan-masyarakat", "waktu", "kualitas"][
    i
  ] as string,
  direction,
  cap: 120
}))
const policy: Policy.Policy = Result.getOrThrow(
  Policy.decode({
    ...base,
    indicators,
    scorecards: [
      {
        id: "umum",
        label: "Umum",
        weights: indicators.map((d, i) => ({ indicator: d.id, weight: weights[i] as number }))
      }
    ]
  })
)

const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"] as const
const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
let seed = 42
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const raw: Array<unknown> = Array.from({ length: N }, (_, e) => ({
  employee: `E${e}`,
  period: "2026-Q1",
  scorecard: "umum",
  measurements: indicators.map((d) => {
    const target = 10 + Math.floor(rand() * 90)
    const realisasi = Math.round(target * (0.5 + rand() * 0.8) * 100) / 100
    return d.direction === "range"
      ? { indicator: d.id, target: { lower: target, upper: target + 10 }, realisasi }
      : { indicator: d.id, target, realisasi }
  }),
  berakhlak: Object.fromEntries(values.map((v) => [v, ratings[rand() < 0.1 ? 0 : rand() < 0.6 ? 1 : 2]]))
}))
const decoded = raw.map((r) => Result.getOrThrow(Evaluation.decodeInput(policy, r)))

// ---------------------------------------------------------------------------------------------------------------
// Plain hand-written baselines: no decoding, no trace, the policy's numbers written into the loop.
// ---------------------------------------------------------------------------------------------------------------

type Row = {
  measurements: ReadonlyArray<{ target: number | { lower: number; upper: number }; realisasi: number }>
  berakhlak: Record<string, string>
}
const W = weights
const DIR = directions
const perilakuPlain = (b: Record<string, string>): number => {
  let lo = 0
  let hi = 0
  for (const v of values) {
    if (b[v] === "Dibawah Ekspektasi") lo++
    else if (b[v] === "Diatas Ekspektasi") hi++
  }
  return lo >= 1 ? 0 : hi >= 4 ? 2 : 1
}
const MATRIX = [
  ["Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"],
  ["Kurang/Misconduct", "Baik", "Baik"],
  ["Kurang/Misconduct", "Baik", "Sangat Baik"]
]
const BAND_EDGES = [0, 60, 80, 95, 110]
const MAP_EDGES = [0, 90, 110]

// (a) floats: what most hand-written code does (may differ from the exact result at a rounding edge).
const plainFloat = (row: Row): string => {
  let score = 0
  for (let i = 0; i < 8; i++) {
    const m = row.measurements[i] as Row["measurements"][number]
    let c: number
    if (DIR[i] === "range") {
      const t = m.target as { lower: number; upper: number }
      c =
        m.realisasi < t.lower
          ? (m.realisasi / t.lower) * 100
          : m.realisasi > t.upper
            ? (m.realisasi / t.upper) * 100
            : 100
    } else if (DIR[i] === "lower-is-better") c = Math.max(0, (2 - m.realisasi / (m.target as number)) * 100)
    else c = (m.realisasi / (m.target as number)) * 100
    score += ((W[i] as number) * Math.min(c, 120)) / 100
  }
  const rounded = Math.round(score * 100) / 100
  let band = 0
  for (let b = BAND_EDGES.length - 1; b >= 0; b--)
    if (rounded >= (BAND_EDGES[b] as number)) {
      band = b
      break
    }
  let hk = 0
  for (let b = MAP_EDGES.length - 1; b >= 0; b--)
    if (rounded >= (MAP_EDGES[b] as number)) {
      hk = b
      break
    }
  return `${band}${(MATRIX[hk] as Array<string>)[perilakuPlain(row.berakhlak)]}`
}

// (b) exact: the same numbers as the library (bigint fractions over a common denominator, round half-up once).
const dec = (x: number): [bigint, bigint] => {
  if (Number.isInteger(x)) return [BigInt(x), 1n]
  const s = String(x)
  const k = s.length - s.indexOf(".") - 1
  return [BigInt(s.replace(".", "")), 10n ** BigInt(k)]
}
const plainExact = (row: Row): string => {
  let n = 0n
  let d = 1n
  for (let i = 0; i < 8; i++) {
    const m = row.measurements[i] as Row["measurements"][number]
    const [rn, rd] = dec(m.realisasi)
    let cn: bigint
    let cd: bigint
    if (DIR[i] === "range") {
      const t = m.target as { lower: number; upper: number }
      const [ln, ld] = dec(t.lower)
      const [un, ud] = dec(t.upper)
      if (rn * ld < ln * rd) [cn, cd] = [rn * ld * 100n, rd * ln]
      else if (rn * ud > un * rd) [cn, cd] = [rn * ud * 100n, rd * un]
      else [cn, cd] = [100n, 1n]
    } else {
      const [tn, td] = dec(m.target as number)
      if (DIR[i] === "lower-is-better") {
        ;[cn, cd] = [200n * rd * tn - rn * td * 100n, rd * tn]
        if (cn < 0n) [cn, cd] = [0n, 1n]
      } else [cn, cd] = [rn * td * 100n, rd * tn]
    }
    if (cn > 120n * cd) [cn, cd] = [120n, 1n]
    // score += W × c / 100
    n = n * cd * 100n + BigInt(W[i] as number) * cn * d
    d = d * cd * 100n
  }
  // round half-up to 2 places (score ≥ 0)
  const units = (n * 100n * 2n + d) / (2n * d)
  let band = 0
  for (let b = BAND_EDGES.length - 1; b >= 0; b--)
    if (units >= BigInt(BAND_EDGES[b] as number) * 100n) {
      band = b
      break
    }
  let hk = 0
  for (let b = MAP_EDGES.length - 1; b >= 0; b--)
    if (units >= BigInt(MAP_EDGES[b] as number) * 100n) {
      hk = b
      break
    }
  return `${band}${(MATRIX[hk] as Array<string>)[perilakuPlain(row.berakhlak)]}`
}

// Sanity: the exact baseline and the library agree on every employee (checked once, outside the timings).
const bandIndex = ["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]
let disagree = 0
for (let i = 0; i < 2000; i++) {
  const lib = Result.getOrThrow(Evaluation.score(policy, decoded[i] as Evaluation.EvaluationInput))
  if (`${bandIndex.indexOf(lib.band ?? "")}${lib.predikat}` !== plainExact(raw[i] as Row)) disagree++
}
if (disagree > 0) throw new Error(`the exact baseline disagrees with the library on ${disagree} employees`)

const options = { iterations: 3, warmupIterations: 1, time: 0 }
// Every bench adds its count here, so no loop is dead code to the optimiser.
const sink = { n: 0 }

// One bench iteration scores the whole region: employees per second = hz × 100,000.
describe(`evaluation: ${N.toLocaleString("en")} employees × 8 indicators + 7 BerAKHLAK ratings (employees/s = hz × ${N})`, () => {
  bench(
    "plain baseline, floats (no decode, no trace)",
    () => {
      let n = 0
      for (const r of raw) if (plainFloat(r as Row).endsWith("Baik")) n++
      sink.n += n
    },
    options
  )
  bench(
    "plain baseline, exact bigint (no decode, no trace)",
    () => {
      let n = 0
      for (const r of raw) if (plainExact(r as Row).endsWith("Baik")) n++
      sink.n += n
    },
    options
  )
  bench(
    "Evaluation.score (decoded input; trace built on access)",
    () => {
      let n = 0
      for (const r of decoded) {
        const out = Evaluation.score(policy, r)
        if (out._tag === "Success" && out.success.predikat === "Baik") n++
      }
      sink.n += n
    },
    options
  )
  bench(
    "Evaluation.evaluate (decode + score; trace built on access)",
    () => {
      let n = 0
      for (const r of raw) {
        const out = Evaluation.evaluate(policy, r)
        if (out._tag === "Success" && out.success.predikat === "Baik") n++
      }
      sink.n += n
    },
    options
  )
})
