import { Result } from "effect"
import * as fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type Band, Behaviour, Evaluation, Exact, Policy, PolicySql, Presets, Quadrant } from "../src/index.js"
import { load, type Row, sqlEngines } from "./sql-engines.js"

// Differential tests: the compiled SQL, run in DuckDB and in PostgreSQL (PGlite, in process), must give what
// Evaluation.evaluate gives, record by record (score text, band, ratings, predikat; a problem where the library
// fails), for preset and generated policies, with adversarial half-unit ties and values on every band edge.

const engines = sqlEngines()

/** A row of the SQL input as the library's evaluation input. */
const inputOf = (policy: Policy.Policy, row: Row): Record<string, unknown> => {
  const input: Record<string, unknown> = { employee: row.employee, period: row.period }
  const hk = policy.hasilKerja
  if (hk.source === "indicators") {
    input.scorecard = row.scorecard
    const card = policy.scorecards.find((c) => c.id === row.scorecard)
    input.measurements = (card?.weights ?? []).flatMap((w) => {
      const d = policy.indicators.find((x) => x.id === w.indicator) as (typeof policy.indicators)[number]
      const target =
        d.direction === "range"
          ? { lower: Number(row[`target_lower:${d.id}`]), upper: Number(row[`target_upper:${d.id}`]) }
          : Number(row[`target:${d.id}`])
      const maks = row[`target_maksimal:${d.id}`]
      if (row[`realisasi:${d.id}`] === null) return []
      return {
        indicator: d.id,
        target,
        realisasi: Number(row[`realisasi:${d.id}`]),
        ...(typeof maks === "boolean" ? { targetMaksimal: maks } : {})
      }
    })
  } else input.hasilKerja = row.hasil_kerja
  if (policy.perilakuKerja.source === "rating") input.perilakuKerja = row.perilaku_kerja
  else input.berakhlak = Object.fromEntries(Behaviour.coreValues.map((v) => [v, row[v]]))
  return input
}

const expected = (policy: Policy.Policy, row: Row) => {
  const r = Evaluation.evaluate(policy, inputOf(policy, row))
  if (Result.isFailure(r)) {
    const f = r.failure
    return { problem: f._tag === "InvalidInput" ? `InvalidInput (${f.problems[0]?.code})` : f._tag }
  }
  const e = r.success
  return {
    problem: null,
    score: e.score?.text ?? null,
    band: e.band ?? null,
    hasilKerja: e.hasilKerja,
    perilakuKerja: e.perilakuKerja,
    predikat: e.predikat
  }
}

const decimalText = (v: unknown, scale: number | undefined): string | null => {
  if (v === null || v === undefined) return null
  const x = Result.getOrThrow(Exact.fromString(String(v)))
  return scale === undefined ? Exact.format(x) : Exact.round(x, { scale, mode: "down" }).text
}

const check = async (policy: Policy.Policy, rows: ReadonlyArray<Row>) => {
  const bad: Array<unknown> = []
  for (const [name, engine] of [
    ["duckdb", engines.duck],
    ["postgres", engines.pg]
  ] as const) {
    const compiled = Result.getOrThrow(PolicySql.compile(policy, { dialect: name }))
    await engine.run(load(compiled, rows))
    const out = await engine.run(compiled.sql)
    expect(out.length).toBe(rows.length)
    const byEmployee = new Map(out.map((o) => [String(o.employee), o]))
    for (const row of rows) {
      const o = byEmployee.get(String(row.employee)) as Record<string, unknown>
      const want = expected(policy, row)
      const got =
        o.problem === null
          ? {
              problem: null,
              score: decimalText(o.score, compiled.scale),
              band: o.band ?? null,
              hasilKerja: o.hasil_kerja,
              perilakuKerja: o.perilaku_kerja,
              predikat: o.predikat
            }
          : {
              problem: o.problem === "score-out-of-range" ? "ScoreOutOfRange" : `InvalidInput (${String(o.problem)})`
            }
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ engine: name, row, got, want })
    }
  }
  expect(bad.slice(0, 3)).toEqual([])
}

// ---------------------------------------------------------------------------------------------------------------
// rows
// ---------------------------------------------------------------------------------------------------------------

const ratings = Quadrant.ratings
let serial = 0
const baseRow = (policy: Policy.Policy, pick: (n: number) => number): Row => {
  const row: Row = { employee: `e${++serial}`, period: "2026-Q1" }
  if (policy.period.cadence === "bulanan") row.period = "2026-03"
  if (policy.hasilKerja.source === "rating") row.hasil_kerja = ratings[pick(3)] as string
  if (policy.perilakuKerja.source === "rating") row.perilaku_kerja = ratings[pick(3)] as string
  else for (const v of Behaviour.coreValues) row[v] = ratings[pick(7) === 0 ? 0 : 1 + pick(2)] as string
  return row
}

/** Decimal text with at most `places` decimals from an integer count of 10^-places. */
const dec = (units: number, places: number): string =>
  Exact.format(Exact.fraction(BigInt(units), 10n ** BigInt(places)))

const randomRows = (policy: Policy.Policy, seeds: ReadonlyArray<number>): Array<Row> => {
  const rows: Array<Row> = []
  seeds.forEach((seed) => {
    let s = seed
    const pick = (n: number) => {
      s = (s * 1103515245 + 12345) % 2147483648
      return s % n
    }
    const row = baseRow(policy, pick)
    if (policy.hasilKerja.source === "indicators") {
      const card = policy.scorecards[pick(policy.scorecards.length)] as Policy.Scorecard
      row.scorecard = card.id
      for (const w of card.weights) {
        const d = policy.indicators.find((x) => x.id === w.indicator) as (typeof policy.indicators)[number]
        const t = 1 + pick(30000)
        if (d.direction === "range") {
          row[`target_lower:${d.id}`] = dec(t, 2)
          row[`target_upper:${d.id}`] = dec(t + pick(5000), 2)
        } else row[`target:${d.id}`] = dec(t, pick(4))
        row[`realisasi:${d.id}`] = dec(pick(45000), pick(4))
        if (policy.hasilKerja.scoring.method === "iki-8-2021") row[`target_maksimal:${d.id}`] = pick(3) === 0
      }
    }
    rows.push(row)
  })
  return rows
}

/**
 * Rows on the single-indicator "tie" scorecard (target 100, so the score is the realisasi): every band and mapping
 * edge, one unit and half a unit either side of it, half a unit ± a hair, and values past the range.
 */
const edgeRows = (policy: Policy.Policy): Array<Row> => {
  const hk = policy.hasilKerja
  if (hk.source !== "indicators" || !policy.scorecards.some((c) => c.id === "tie")) return []
  const sc = hk.scale.rounding.scale
  const unit = Exact.fraction(1, 10n ** BigInt(sc))
  const half = Exact.fraction(1, 2n * 10n ** BigInt(sc))
  const hair = Exact.fraction(1, 10n ** BigInt(sc + 3))
  const edges = [...hk.bands.bands, ...hk.mapping.bands].map((b) => Exact.fromFinite(b.lower))
  edges.push(Exact.fromFinite(hk.scale.max), Exact.fromFinite(hk.scale.min))
  const values = new Map<string, Exact.Exact>()
  for (const e of edges) {
    for (const delta of [
      Exact.zero,
      unit,
      Exact.negate(unit),
      half,
      Exact.negate(half),
      Exact.add(half, hair),
      Exact.subtract(half, hair),
      Exact.negate(Exact.add(half, hair)),
      Exact.negate(Exact.subtract(half, hair)),
      Exact.int(7)
    ]) {
      const v = Exact.add(e, delta)
      if (v.n >= 0n && Exact.isTerminating(v)) values.set(Exact.format(v), v)
    }
  }
  let i = 0
  return [...values.keys()].map((v) => {
    const row = baseRow(policy, (n) => i++ % n)
    row.scorecard = "tie"
    row["target:tie"] = "100"
    row["realisasi:tie"] = v
    if (hk.scoring.method === "iki-8-2021") row["target_maksimal:tie"] = i % 2 === 0
    return row
  })
}

// ---------------------------------------------------------------------------------------------------------------
// generated policies
// ---------------------------------------------------------------------------------------------------------------

const modes = Exact.RoundingMode.literals

const tableArb = <L extends string>(labels: ReadonlyArray<L>, scale: number, max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: max * 10 ** scale - 1 }), {
      minLength: labels.length - 1,
      maxLength: labels.length - 1
    })
    .map((edges) => [0, ...edges.sort((a, b) => a - b)].map((u) => Number(dec(u, scale))))

const policyArb = fc
  .record({
    scale: fc.integer({ min: 0, max: 3 }),
    mode: fc.constantFrom(...modes),
    bandEdges: fc.constant(null),
    outOfRange: fc.constantFrom("reject", "clamp") as fc.Arbitrary<"reject" | "clamp">,
    mappingOutOfRange: fc.constantFrom("reject", "clamp") as fc.Arbitrary<"reject" | "clamp">,
    indicators: fc.array(
      fc.record({
        direction: fc.constantFrom("higher-is-better", "lower-is-better", "range") as fc.Arbitrary<
          "higher-is-better" | "lower-is-better" | "range"
        >,
        cap: fc.option(fc.integer({ min: 50, max: 200 }), { nil: undefined })
      }),
      { minLength: 1, maxLength: 5 }
    ),
    weightCents: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 5, maxLength: 5 }),
    iki: fc.boolean(),
    berakhlak: fc.boolean(),
    thresholds: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
    seed: fc.integer({ min: 0, max: 1_000_000 })
  })
  .chain((p) =>
    fc
      .record({
        bands: tableArb(["a", "b", "c", "d"], p.scale, 120),
        mapping: tableArb(ratings, p.scale, 120)
      })
      .map((t) => ({ ...p, ...t }))
  )
  .map((p): Policy.Policy => {
    const base = Presets.bukittinggi.policy
    const indicators = [
      ...p.indicators.map((x, i) => ({
        id: `i${i}`,
        label: `Indikator ${i}`,
        category: "kuantitas",
        direction: x.direction,
        ...(x.cap === undefined ? {} : { cap: x.cap })
      })),
      { id: "tie", label: "Tie", category: "kuantitas", direction: "higher-is-better" as const }
    ]
    // Weights that sum to exactly 100 with two decimals (largest remainder).
    const parts = p.weightCents.slice(0, p.indicators.length)
    const weights = Result.getOrThrow(Policy.distributeWeights(parts, { total: 100, scale: 2 }))
    const rounding = { scale: p.scale, mode: p.mode }
    const table = (edges: ReadonlyArray<number>, labels: ReadonlyArray<string>, outOfRange: "reject" | "clamp") => ({
      rounding,
      range: { min: 0, max: 120 },
      outOfRange,
      bands: edges.map((lower, i) => ({ label: labels[i] as string, lower })),
      legalBasis: base.legalBasis
    })
    const iki = Presets.nationalPolicy.iki
    return {
      ...base,
      id: `generated-${p.seed}`,
      indicators,
      scorecards: [
        {
          id: "main",
          label: "Main",
          weights: p.indicators.map((_, i) => ({ indicator: `i${i}`, weight: weights[i] as number }))
        },
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
        bands: table(p.bands, ["Sangat Kurang", "Kurang", "Baik", "Sangat Baik"], p.outOfRange) as Band.Table,
        mapping: table(p.mapping, ratings, p.mappingOutOfRange) as Policy.RatingTable,
        legalBasis: base.legalBasis
      },
      perilakuKerja: p.berakhlak
        ? {
            source: "berakhlak",
            dibawahIfAtLeast: p.thresholds[0],
            diatasIfAtLeast: p.thresholds[1],
            legalBasis: base.legalBasis
          }
        : { source: "rating", legalBasis: base.legalBasis }
    }
  })

// ---------------------------------------------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------------------------------------------

describe("PolicySql", () => {
  it("compiles the presets to SQL that names its steps and reads the documented columns", () => {
    const c = Result.getOrThrow(PolicySql.compile(Presets.bukittinggi.policy, { dialect: "postgres" }))
    expect(c.sql).toContain("-- Policy bukittinggi-ilustrasi 0.1.0")
    expect(c.sql).toMatch(/rounded AS (MATERIALIZED )?\(/)
    expect(c.sql).not.toMatch(/\b(double|float|real)\b/i)
    expect(c.inputs.map((i) => i.name).slice(0, 5)).toEqual([
      "employee",
      "period",
      "scorecard",
      "target:dokumen-selesai",
      "realisasi:dokumen-selesai"
    ])
    expect(c.scale).toBe(2)
  })

  it("refuses an invalid policy, a bad input scale and a clamping range finer than its scale", () => {
    const p = Presets.bukittinggi.policy
    const bad = { ...p, scorecards: [{ ...(p.scorecards[0] as Policy.Scorecard), weights: [] }] } as Policy.Policy
    const r = PolicySql.compile(bad, { dialect: "duckdb" })
    expect(Result.isFailure(r) && r.failure.reason).toBe("invalid-policy")
    const s = PolicySql.compile(p, { dialect: "duckdb", inputScale: 13 })
    expect(Result.isFailure(s) && PolicySql.message(s.failure, "en")).toBe(
      "the input scale must be 0–12 decimals, not 13"
    )
    const hk = p.hasilKerja as Extract<Policy.Policy["hasilKerja"], { source: "indicators" }>
    const fine = {
      ...p,
      hasilKerja: {
        ...hk,
        scale: { ...hk.scale, max: 120.005 },
        bands: {
          ...hk.bands,
          outOfRange: "clamp",
          range: { min: 0, max: 120.005 },
          bands: hk.bands.bands.map(({ upper: _, ...b }) => b)
        },
        mapping: {
          ...hk.mapping,
          range: { min: 0, max: 120.005 },
          bands: hk.mapping.bands.map(({ upper: _, ...b }) => b)
        }
      }
    } as Policy.Policy
    const f = PolicySql.compile(fine, { dialect: "postgres" })
    expect(Result.isFailure(f) && f.failure.reason).toBe("range-finer-than-scale")
    const src = PolicySql.compile(p, { dialect: "duckdb", source: "x; DROP TABLE y" })
    expect(Result.isFailure(src) && src.failure.reason).toBe("source")
  })

  it("equals Evaluation on the indicator presets (bukittinggi, muaratebo, sawahlunto)", async () => {
    for (const policy of [
      Presets.bukittinggi.policy,
      Presets.muaratebo.policy,
      Presets.sawahlunto.policy,
      Presets.nationalPolicy.policy
    ]) {
      const rows = randomRows(
        policy,
        Array.from({ length: 60 }, (_, i) => i * 7919 + 1)
      )
      // A few rows with problems: a missing measurement, an unknown scorecard, a bad period.
      if (policy.hasilKerja.source === "indicators") {
        const a: Row = { ...(rows[0] as Row), employee: `e${++serial}` }
        a[Object.keys(a).find((k) => k.startsWith("realisasi:")) as string] = null
        rows.push(a, { ...(rows[1] as Row), employee: `e${++serial}`, scorecard: "tidak-ada" })
      }
      rows.push({ ...(rows[2] as Row), employee: `e${++serial}`, period: "2026-Q9" })
      await check(policy, rows)
    }
  }, 60_000)

  it("equals Evaluation on generated policies, half-unit ties and every band edge", async () => {
    await fc.assert(
      fc.asyncProperty(policyArb, async (policy) => {
        expect(Policy.problems(policy)).toEqual([])
        const rows = [...edgeRows(policy), ...randomRows(policy, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])]
        await check(policy, rows)
      }),
      { numRuns: 40, seed: 18, endOnFailure: true }
    )
  }, 90_000)
})
