/**
 * A policy document compiled to one readable SQL query, for DuckDB and PostgreSQL, that computes what
 * {@link Evaluation.score} computes for every row of an evaluations table: score, band, hasil kerja and perilaku
 * kerja ratings and predikat, exactly.
 *
 * The query is a chain of named steps (common table expressions), one per step of {@link Evaluation}:
 *
 * 1. `units`: the decimal inputs as integers of `10^-inputScale` (the input must not carry more decimals; a row that
 *    does is flagged `input-scale`, never rounded), and the checks {@link Evaluation.problems} makes (period format,
 *    scorecard, a measurement for every indicator of the card, targets above 0, realisasi not negative, ratings).
 * 2. `capaian`: each indicator's capaian as an exact fraction `n / d` of integers (higher-is-better,
 *    lower-is-better floored at 0, range, the definition's cap), as {@link Indicator.capaian}.
 * 3. `nilai` (IKI policies only): the capaian rounded at the IKI kategori table's scale, its kategori, the segment's
 *    linear interpolation as a fraction with a constant denominator, the target-maksimal rule and the cap at
 *    `maxNilai`, as {@link Skp.nilaiIki}.
 * 4. `weighted`: `Σ weight / 100 × value` over the common denominator `lcm(d₁ … dₖ)`: still an exact fraction.
 * 5. `rounded`: the one rounding point, in integer arithmetic with the policy's mode (half-up, half-even, half-down,
 *    up, down, ceiling, floor exactly as {@link Exact.round}), giving integer units of `10^-scale`.
 * 6. `classified`: the band and the hasil kerja rating from the rounded units with inclusive lower edges, the range
 *    check (`reject` flags the row `score-out-of-range`, `clamp` clamps); perilaku kerja from the rating or the
 *    BerAKHLAK counts; the predikat from the quadrant.
 *
 * No step uses a floating-point number or a decimal division: integers (`HUGEINT` in DuckDB, scale-0 `numeric` in
 * PostgreSQL) carry every fraction, and rounding is integer division with the remainder compared. In DuckDB every
 * division, gcd and lcm takes a 64-bit path when its operands fit (128-bit division is a slow software loop), and
 * inputs are read as `DECIMAL(18, inputScale)`; its 128-bit integers stop the query with an overflow or conversion
 * error on data too large for them (PostgreSQL's `numeric` has no such limit, and PostgreSQL materialises each
 * step): an error, never an approximation. Whatever the compiler cannot express is refused with {@link Unsupported}
 * before any SQL is written.
 *
 * @example
 * ```ts
 * import { PolicySql, Presets } from "@pembinaan/core"
 * const c = Result.getOrThrow(PolicySql.compile(Presets.bukittinggi.policy, { dialect: "postgres" }))
 * // SELECT … FROM evaluations → one row per evaluation: employee, period, score "105.75", band "Baik",
 * // hasil_kerja, perilaku_kerja, predikat, problem (null when scored)
 * ```
 *
 * With {@link Options.rules} the query also decides a rule set ({@link Rule}) for every scored row: each rule's
 * condition is a SQL boolean over the row's predikat and score (and the fact columns the source declares with
 * {@link Options.facts}), SQL's three-valued `AND`/`OR`/`NOT` being exactly the rules' Kleene logic (an absent fact is
 * `NULL`, unknown); exclusivity is applied in priority order; the query returns the fired rules and the given
 * outcomes in the order {@link Rule.evaluate} gives them. The history is the current period only (the records of a
 * national file carry one period each); a source that declares history or discipline facts has the rules that need
 * them refused ({@link Unsupported}, reason `rule-not-compiled`), never approximated. Not compiled: the trace and the
 * explanation of each decision; both remain the library's.
 *
 * @since 0.1.0
 */
import { Data, Result, Schema } from "effect"
import type * as Band from "./Band.js"
import * as Behaviour from "./Behaviour.js"
import * as Exact from "./Exact.js"
import type * as Indicator from "./Indicator.js"
import * as Policy from "./Policy.js"
import * as Quadrant from "./Quadrant.js"
import * as Rule from "./Rule.js"
import type * as Skp from "./Skp.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The SQL dialects the compiler writes.
 *
 * @category models
 * @since 0.1.0
 */
export const Dialect = Schema.Literals(["duckdb", "postgres"])

/**
 * @category models
 * @since 0.1.0
 */
export type Dialect = typeof Dialect.Type

/**
 * Compiler options: the dialect, the relation the query reads (a table, a view, or a parenthesised subquery;
 * default `evaluations`), and how many decimals the numeric inputs may carry (default 6, at most 12).
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  readonly dialect: Dialect
  readonly source?: string
  readonly inputScale?: number
  /**
   * A text column of the source that, when not null, is the row's problem code (checked before every other check):
   * for a reader that could not read a cell exactly, for example.
   */
  readonly inputProblem?: string
  /**
   * A rule set decided in the same query: the result gains `fired_rules` and `outcomes` (see {@link ruleOutputColumns}).
   * The rule set must pass {@link Rule.check}.
   */
  readonly rules?: Rule.RuleSet
  /**
   * The rule facts the source carries as columns (see {@link factColumns}); a rule over any other fact sees it as
   * absent (unknown), as {@link Rule.evaluate} does for facts a document does not carry. `history` and `discipline`
   * have no columns: declaring them refuses every rule that reads them.
   */
  readonly facts?: ReadonlyArray<Fact>
}

/**
 * The groups of rule facts a source can carry as columns: `unit` (`unit_ikm`, `unit_mutu`), `talent-box`
 * (`talent_box`), `jpm` (`jpm_category`), `development` (`jp`, `jp_required`), `flags` (`flag:<name>` per declared
 * flag), `measures` (`measure:<name>` per declared measure); `history` (earlier periods) and `discipline` (sanctions)
 * are not compiled.
 *
 * @category models
 * @since 0.2.0
 */
export const Fact = Schema.Literals([
  "unit",
  "talent-box",
  "jpm",
  "development",
  "flags",
  "measures",
  "history",
  "discipline"
])

/**
 * @category models
 * @since 0.2.0
 */
export type Fact = typeof Fact.Type

/**
 * One column the input relation must have.
 *
 * @category models
 * @since 0.1.0
 */
export interface InputColumn {
  readonly name: string
  readonly type: "text" | "decimal" | "boolean"
  readonly description: string
}

/**
 * The columns the query returns, in order. `score` is a decimal at the policy's scale (null under a rating
 * policy); `problem` is null for a scored row, else a code (`period-format`, `unknown-scorecard`,
 * `missing-indicator`, `not-positive`, `range-inverted`, `negative`, `missing-rating`, `input-scale`,
 * `score-out-of-range`) and every other result column is null.
 *
 * @category models
 * @since 0.1.0
 */
export const outputColumns = [
  "employee",
  "period",
  "score",
  "band",
  "hasil_kerja",
  "perilaku_kerja",
  "predikat",
  "problem"
] as const

/**
 * The columns a query compiled with {@link Options.rules} adds after `problem`: `fired_rules`, the ids of the rules
 * that fired, by priority (higher first) then id, and `outcomes`, the ids of the outcomes they give, by kind, severity
 * (highest first) and id, as {@link Rule.Evaluation.outcomes}. Both are lists (DuckDB `VARCHAR[]`, PostgreSQL
 * `text[]`), null on a row with a problem. `outcome_bits` is the same set as a `BIGINT`: bit k set when outcome k of
 * {@link Compiled.outcomeOrder} is given (cheap to group by or to decode outside the database); it is null when the
 * rule set gives more than 62 outcomes. A row whose facts are invalid (`unit_ikm` outside 0–100, a `unit_mutu`
 * other than A–D, a `talent_box` other than 1–9, a negative `jp` or `jp_required`, or only one of them, a JPM category
 * the rule set does not declare, a fact with more decimals than the input scale) has the problem `invalid-facts`.
 *
 * @category models
 * @since 0.2.0
 */
export const ruleOutputColumns = ["fired_rules", "outcomes", "outcome_bits"] as const

/**
 * A compiled policy: the query, the input columns it reads and the output columns it returns.
 *
 * @category models
 * @since 0.1.0
 */
export interface Compiled {
  readonly dialect: Dialect
  readonly policy: { readonly id: string; readonly version: string; readonly region: string }
  readonly sql: string
  readonly inputs: ReadonlyArray<InputColumn>
  readonly outputs: ReadonlyArray<string>
  readonly inputScale: number
  /** The policy's rounding scale: `score` has this many decimals. */
  readonly scale: number | undefined
  /** With rules: the outcomes the rule set can give, in the order of the `outcomes` column (bit k of `outcome_bits`). */
  readonly outcomeOrder?: ReadonlyArray<string>
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Why a policy was not compiled: `invalid-policy` (it does not pass {@link Policy.problems}; the compiler only
 * compiles what the library would score), `input-scale` (an input scale outside 0–12), `constant-too-large` (an
 * integer constant of the compiled arithmetic does not fit DuckDB's 128-bit integers), `source` (a source that is
 * neither an identifier nor a parenthesised subquery), `range-finer-than-scale`, `invalid-rules` (the rule set does
 * not pass {@link Rule.check}), `rule-not-compiled` (a rule reads a fact the compiler does not express: the path names
 * the rule's condition node and the detail the rule and the construct).
 *
 * @category errors
 * @since 0.1.0
 */
export class Unsupported extends Data.TaggedError("Unsupported")<{
  readonly reason:
    | "invalid-policy"
    | "input-scale"
    | "constant-too-large"
    | "source"
    | "range-finer-than-scale"
    | "invalid-rules"
    | "rule-not-compiled"
  readonly path: ReadonlyArray<string | number>
  readonly detail: string
}> {}

/**
 * The message of an {@link Unsupported} error in Indonesian (default) or English.
 *
 * @example
 * ```ts
 * import { PolicySql } from "@pembinaan/core"
 * PolicySql.message(new PolicySql.Unsupported({ reason: "input-scale", path: [], detail: "13" }), "en")
 * // => "the input scale must be 0–12 decimals, not 13"
 * ```
 *
 * @category errors
 * @since 0.1.0
 */
export const message = (error: Unsupported, lang: "id" | "en" = "id"): string => {
  const at = error.path.length > 0 ? ` (${error.path.join(".")})` : ""
  const en = lang === "en"
  switch (error.reason) {
    case "invalid-policy":
      return en
        ? `the policy is not valid, so it is not compiled: ${error.detail}${at}`
        : `kebijakan tidak valid sehingga tidak dikompilasi: ${error.detail}${at}`
    case "input-scale":
      return en
        ? `the input scale must be 0–12 decimals, not ${error.detail}`
        : `skala masukan harus 0–12 desimal, bukan ${error.detail}`
    case "constant-too-large":
      return en
        ? `a constant of the exact arithmetic (${error.detail}) does not fit DuckDB's 128-bit integers${at}; use PostgreSQL`
        : `konstanta aritmetika eksak (${error.detail}) tidak muat dalam bilangan bulat 128-bit DuckDB${at}; gunakan PostgreSQL`
    case "range-finer-than-scale":
      return en
        ? `a clamping table's range edge ${error.detail} has more decimals than its rounding scale${at}; a clamped score would not be whole units, so it is not compiled`
        : `batas rentang ${error.detail} pada tabel yang memotong (clamp) lebih rinci daripada skala pembulatannya${at}; nilai terpotong tidak berupa satuan bulat, sehingga tidak dikompilasi`
    case "invalid-rules":
      return en
        ? `the rule set is not valid, so it is not compiled: ${error.detail}${at}`
        : `kumpulan aturan tidak valid sehingga tidak dikompilasi: ${error.detail}${at}`
    case "rule-not-compiled":
      return en
        ? `rule ${error.detail}${at} is not compiled to SQL; use the library (--engine js)`
        : `aturan ${error.detail}${at} tidak dikompilasi ke SQL; gunakan pustaka (--engine js)`
    case "source":
      return en
        ? `the source must be a table name or a parenthesised subquery, not ${error.detail}`
        : `sumber harus nama tabel atau subkueri dalam kurung, bukan ${error.detail}`
  }
}

// ---------------------------------------------------------------------------------------------------------------
// dialect helpers
// ---------------------------------------------------------------------------------------------------------------

const HUGEINT_MAX = 2n ** 127n - 1n

interface Sql {
  readonly dialect: Dialect
  /** An integer literal typed so that products with it stay in the exact integer type. */
  readonly int: (n: bigint) => string
  /** Integer division truncated toward zero (`b` > 0). */
  readonly div: (a: string, b: string) => string
  /** Greatest common divisor and least common multiple of non-negative integers. */
  readonly gcd: (a: string, b: string) => string
  readonly lcm: (a: string, b: string) => string
  /** A full-string regular-expression match. */
  readonly matches: (text: string, pattern: string) => string
  /** A decimal input column as integer units of 10^-scale (exact when the input has at most `scale` decimals). */
  readonly units: (column: string, scale: number) => string
  /** Whether a decimal input carries more than `scale` decimals. */
  readonly finer: (column: string, scale: number) => string
  /** Integer units of 10^-scale as a decimal with `scale` decimals. */
  readonly decimal: (units: string, scale: number) => string
}

// DuckDB's 128-bit division (and so gcd and lcm) is a software loop, ~25× slower than 64-bit: every division takes
// the 64-bit path when both operands fit, the 128-bit one otherwise (CASE evaluates a branch only for its rows).
const B62 = "4611686018427387904"
const B31 = "2147483648"
const duckdb: Sql = {
  dialect: "duckdb",
  int: (n) => (n >= -(2n ** 31n) && n < 2n ** 31n ? n.toString() : `${n}::HUGEINT`),
  div: (a, b) =>
    `CASE WHEN abs(${a}) < ${B62} AND ${b} < ${B62} THEN CAST(CAST(${a} AS BIGINT) // CAST(${b} AS BIGINT) AS HUGEINT) ELSE (${a}) // (${b}) END`,
  gcd: (a, b) =>
    `CASE WHEN ${a} < ${B62} AND ${b} < ${B62} THEN CAST(gcd(CAST(${a} AS BIGINT), CAST(${b} AS BIGINT)) AS HUGEINT) ELSE gcd(${a}, ${b}) END`,
  lcm: (a, b) =>
    `CASE WHEN ${a} < ${B31} AND ${b} < ${B31} THEN CAST(lcm(CAST(${a} AS BIGINT), CAST(${b} AS BIGINT)) AS HUGEINT) ELSE lcm(${a}, ${b}) END`,
  matches: (text, pattern) => `regexp_full_match(${text}, '${pattern}')`,
  units: (c, s) => `CAST(CAST(CAST(${c} AS DECIMAL(18, ${s})) * ${10n ** BigInt(s)} AS BIGINT) AS HUGEINT)`,
  finer: (c, s) => `CAST(${c} AS DECIMAL(18, ${s})) <> ${c}`,
  decimal: (u, s) =>
    s === 0 ? `CAST(${u} AS DECIMAL(38, 0))` : `CAST(${u} AS DECIMAL(38, 0)) * 0.${"0".repeat(s - 1)}1`
}

const postgres: Sql = {
  dialect: "postgres",
  int: (n) => n.toString(),
  div: (a, b) => `div(${a}, ${b})`,
  gcd: (a, b) => `gcd(${a}, ${b})`,
  lcm: (a, b) => `lcm(${a}, ${b})`,
  matches: (text, pattern) => `(${text} ~ '^(?:${pattern})$')`,
  units: (c, s) => `trunc((${c})::numeric * ${10n ** BigInt(s)})`,
  finer: (c, s) => `round((${c})::numeric, ${s}) <> (${c})::numeric`,
  decimal: (u, s) => `round((${u}) / ${10n ** BigInt(s)}::numeric, ${s})`
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`
const text = (value: string): string => `'${value.replace(/'/g, "''")}'`
const pow10 = (k: number): bigint => 10n ** BigInt(k)
const ex = (x: number): Exact.Exact => Exact.fromFinite(x)

/** `a` and `b` as reduced fractions are compared by cross-multiplication; denominators are positive. */
const cmp = (sql: Sql, an: string, ad: string, op: string, b: Exact.Exact): string =>
  b.d === 1n ? `${an} ${op} ${sql.int(b.n)} * ${ad}` : `${an} * ${sql.int(b.d)} ${op} ${sql.int(b.n)} * ${ad}`

/** Integer units `u` (of 10^-scale) compared with a constant, exactly. */
const cmpUnits = (sql: Sql, u: string, op: string, value: Exact.Exact, scale: number): string => {
  const e = Exact.multiply(value, Exact.int(pow10(scale)))
  return e.d === 1n ? `${u} ${op} ${sql.int(e.n)}` : `${u} * ${sql.int(e.d)} ${op} ${sql.int(e.n)}`
}

/**
 * `roundUnits` of {@link Exact} in SQL: `num / den` (den > 0) rounded to an integer with the mode, given the
 * column `q` that holds `num / den` truncated toward zero (computed in an earlier step, so the division runs once).
 */
const roundSql = (num: string, den: string, q: string, mode: Exact.RoundingMode): string => {
  const r = `(${num}) - ${q} * (${den})`
  const away = `(${q}) + CASE WHEN ${num} < 0 THEN -1 ELSE 1 END`
  const twice = `2 * abs(${r})`
  switch (mode) {
    case "down":
      return q
    case "up":
      return `CASE WHEN ${r} = 0 THEN ${q} ELSE ${away} END`
    case "ceiling":
      return `CASE WHEN ${r} <> 0 AND ${num} > 0 THEN (${q}) + 1 ELSE ${q} END`
    case "floor":
      return `CASE WHEN ${r} <> 0 AND ${num} < 0 THEN (${q}) - 1 ELSE ${q} END`
    case "half-up":
      return `CASE WHEN ${twice} >= ${den} THEN ${away} ELSE ${q} END`
    case "half-down":
      return `CASE WHEN ${twice} > ${den} THEN ${away} ELSE ${q} END`
    case "half-even":
      return `CASE WHEN ${twice} > ${den} OR (${twice} = ${den} AND (${q}) % 2 <> 0) THEN ${away} ELSE ${q} END`
  }
}

// ---------------------------------------------------------------------------------------------------------------
// input columns
// ---------------------------------------------------------------------------------------------------------------

/** The column names of one indicator's measurement. */
const col = {
  target: (id: string) => `target:${id}`,
  lower: (id: string) => `target_lower:${id}`,
  upper: (id: string) => `target_upper:${id}`,
  realisasi: (id: string) => `realisasi:${id}`,
  maksimal: (id: string) => `target_maksimal:${id}`
}

/**
 * The columns the compiled query reads for a policy: `employee`, `period`; under an indicator policy `scorecard`
 * and per indicator `target:<id>` (or `target_lower:<id>` and `target_upper:<id>` for a range indicator) and
 * `realisasi:<id>`, plus `target_maksimal:<id>` under IKI scoring; `hasil_kerja` under a rating policy; and
 * `perilaku_kerja` or the seven BerAKHLAK value columns (`berorientasi-pelayanan`, …). Cells of indicators that are
 * not on the row's scorecard are ignored.
 *
 * @example
 * ```ts
 * import { PolicySql, Presets } from "@pembinaan/core"
 * PolicySql.inputColumns(Presets.bukittinggi.policy).map((c) => c.name).slice(0, 5)
 * // => ["employee", "period", "scorecard", "target:dokumen-selesai", "realisasi:dokumen-selesai"]
 * ```
 *
 * @category getters
 * @since 0.1.0
 */
export const inputColumns = (policy: Policy.Policy): ReadonlyArray<InputColumn> => {
  const out: Array<InputColumn> = [
    { name: "employee", type: "text", description: "employee id (NIP)" },
    { name: "period", type: "text", description: `period id (${policy.period.cadence}) or year` }
  ]
  const hk = policy.hasilKerja
  if (hk.source === "indicators") {
    out.push({ name: "scorecard", type: "text", description: "scorecard id" })
    for (const d of usedIndicators(policy)) {
      if (d.direction === "range") {
        out.push({ name: col.lower(d.id), type: "decimal", description: `${d.label}: target range, lower bound` })
        out.push({ name: col.upper(d.id), type: "decimal", description: `${d.label}: target range, upper bound` })
      } else out.push({ name: col.target(d.id), type: "decimal", description: `${d.label}: target` })
      out.push({ name: col.realisasi(d.id), type: "decimal", description: `${d.label}: realisasi` })
      if (hk.scoring.method === "iki-8-2021") {
        out.push({ name: col.maksimal(d.id), type: "boolean", description: `${d.label}: target maksimal` })
      }
    }
  } else out.push({ name: "hasil_kerja", type: "text", description: "hasil kerja rating" })
  if (policy.perilakuKerja.source === "rating") {
    out.push({ name: "perilaku_kerja", type: "text", description: "perilaku kerja rating" })
  } else {
    for (const v of Behaviour.coreValues) out.push({ name: v, type: "text", description: `BerAKHLAK rating: ${v}` })
  }
  return out
}

/** The indicators that some scorecard weights, in definition order. */
const usedIndicators = (policy: Policy.Policy): ReadonlyArray<Indicator.Definition> => {
  const used = new Set(policy.scorecards.flatMap((c) => c.weights.map((w) => w.indicator)))
  return policy.indicators.filter((d) => used.has(d.id))
}

// ---------------------------------------------------------------------------------------------------------------
// compiler
// ---------------------------------------------------------------------------------------------------------------

const SOURCE = /^(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?|"[^"]+"|\(.*\))$/s

interface Step {
  readonly name: string
  readonly comment: string
  readonly columns: ReadonlyArray<readonly [string, string]>
}

/**
 * Compiles a policy to one SQL query for a dialect. See the module description for the steps and the exactness
 * argument. The policy is checked with {@link Policy.problems} first: an invalid policy is refused, as is a constant
 * that does not fit DuckDB's 128-bit integers.
 *
 * @example
 * ```ts
 * import { PolicySql, Presets } from "@pembinaan/core"
 * const compiled = Result.getOrThrow(PolicySql.compile(Presets.bukittinggi.policy, { dialect: "duckdb" }))
 * compiled.sql.startsWith("-- Policy bukittinggi-ilustrasi 0.1.0") // => true
 * ```
 *
 * @category combinators
 * @since 0.1.0
 */
export const compile = (policy: Policy.Policy, options: Options): Result.Result<Compiled, Unsupported> => {
  const found = Policy.problems(policy)
  if (found.length > 0) {
    const first = found[0] as (typeof found)[number]
    return Result.fail(
      new Unsupported({
        reason: "invalid-policy",
        path: first.path,
        detail: `${found.length} problem(s), first: ${first.message}`
      })
    )
  }
  const inputScale = options.inputScale ?? 6
  if (!Number.isInteger(inputScale) || inputScale < 0 || inputScale > 12) {
    return Result.fail(new Unsupported({ reason: "input-scale", path: [], detail: String(inputScale) }))
  }
  const source = options.source ?? "evaluations"
  if (!SOURCE.test(source.trim())) {
    return Result.fail(new Unsupported({ reason: "source", path: [], detail: source.slice(0, 80) }))
  }
  const sql = options.dialect === "duckdb" ? duckdb : postgres
  const large: Array<bigint> = []
  const tracked: Sql = {
    ...sql,
    int: (n) => {
      if (n > HUGEINT_MAX || n < -HUGEINT_MAX) large.push(n)
      return sql.int(n)
    }
  }
  const finer = finerThanScale(policy)
  if (finer) return Result.fail(finer)
  const built = buildSteps(policy, tracked, inputScale, options.inputProblem)
  const steps = [...built.steps]
  let problem = built.problem
  let outcomeOrder: ReadonlyArray<string> | undefined
  if (options.rules !== undefined) {
    const decided = ruleSteps(policy, options.rules, options.facts ?? [], tracked, inputScale, problem)
    if (Result.isFailure(decided)) return Result.fail(decided.failure)
    steps.push(...decided.success.steps)
    problem = decided.success.problem
    outcomeOrder = decided.success.outcomes
  }
  if (sql.dialect === "duckdb" && large.length > 0) {
    return Result.fail(
      new Unsupported({ reason: "constant-too-large", path: ["hasilKerja"], detail: (large[0] as bigint).toString() })
    )
  }
  const hk = policy.hasilKerja
  const header = [
    `-- Policy ${policy.id} ${policy.version} (${policy.region}): ${policy.title}`,
    `-- Compiled by @pembinaan/core PolicySql for ${sql.dialect === "duckdb" ? "DuckDB" : "PostgreSQL"}.`,
    `-- Exact: every fraction is a pair of integers; the score is rounded once (${hk.source === "indicators" ? `${hk.scale.rounding.scale} places, ${hk.scale.rounding.mode}` : "no score: hasil kerja is a rating"}).`,
    `-- Input: ${/^[\w."]+$/.test(source.trim()) ? source : "the source subquery"}, decimals with at most ${inputScale} places. Not compiled: ${options.rules === undefined ? "rule sets and " : ""}the trace.`,
    ...(options.rules === undefined
      ? []
      : [
          `-- Rules: ${options.rules.name}, decided on the current period only; facts read: ${(options.facts ?? []).filter((f) => f !== "history" && f !== "discipline").join(", ") || "none"} (others are unknown).`
        ])
  ]
  // PostgreSQL inlines a CTE referenced once; the steps reference their inputs many times, so inlining multiplies the
  // expression tree (the planner runs out of memory). Materialised steps are planned one by one.
  const materialized = sql.dialect === "postgres" ? "MATERIALIZED " : ""
  const body = steps
    .map(
      (s, i) =>
        `${i === 0 ? "WITH " : ", "}${s.name} AS ${materialized}(\n  -- ${s.comment}\n  SELECT ${i === 0 ? "src.*" : "*"}${s.columns
          .map(([name, expr]) => `,\n    ${expr} AS ${quote(name)}`)
          .join("")}\n  FROM ${i === 0 ? `${source} AS src` : (steps[i - 1] as Step).name}\n)`
    )
    .join("\n")
  const last = (steps[steps.length - 1] as Step).name
  const ok = (expr: string) => `CASE WHEN ${problem} IS NULL THEN ${expr} END`
  const final = `SELECT employee, period, ${hk.source === "indicators" ? ok(sql.decimal(quote("score_units"), hk.scale.rounding.scale)) : "NULL"} AS score, ${hk.source === "indicators" ? ok(quote("band")) : "NULL"} AS band, ${ok("hasil_kerja_rating")} AS hasil_kerja, ${ok("perilaku_kerja_rating")} AS perilaku_kerja, ${ok("predikat_value")} AS predikat, ${problem} AS problem${options.rules === undefined ? "" : `, ${ok("fired_list")} AS fired_rules, ${ok("outcome_list")} AS outcomes, ${ok("outcome_bits")} AS outcome_bits`}\nFROM ${last}`
  return Result.succeed({
    dialect: sql.dialect,
    policy: { id: policy.id, version: policy.version, region: policy.region },
    sql: `${header.join("\n")}\n${body}\n${final}\n`,
    inputs: [...inputColumns(policy), ...(options.rules ? factColumns(options.rules, options.facts ?? []) : [])],
    outputs: options.rules === undefined ? outputColumns : [...outputColumns, ...ruleOutputColumns],
    inputScale,
    scale: hk.source === "indicators" ? hk.scale.rounding.scale : undefined,
    ...(outcomeOrder === undefined ? {} : { outcomeOrder })
  })
}

const RATING_LIST = Quadrant.ratings.map(text).join(", ")

const buildSteps = (
  policy: Policy.Policy,
  sql: Sql,
  s: number,
  inputProblem: string | undefined
): { readonly steps: ReadonlyArray<Step>; readonly problem: string } => {
  const steps: Array<Step> = []
  let problemColumn = "problem"
  const hk = policy.hasilKerja
  // ---- step 1: units and checks
  const units: Array<readonly [string, string]> = []
  const checks: Array<readonly [string, string]> = []
  const annual = "[0-9]{4}"
  const cadence = policy.period.cadence === "bulanan" ? "[0-9]{4}-(0[1-9]|1[0-2])" : "[0-9]{4}-Q[1-4]"
  checks.push(["period-format", `period IS NULL OR NOT ${sql.matches("period", `${annual}|${cadence}`)}`])
  const isRating = (c: string) => `${c} IS NULL OR ${c} NOT IN (${RATING_LIST})`
  if (hk.source === "indicators") {
    const cards = policy.scorecards
    checks.push([
      "unknown-scorecard",
      `scorecard IS NULL OR scorecard NOT IN (${cards.map((c) => text(c.id)).join(", ")})`
    ])
    const definitions = new Map(policy.indicators.map((d) => [d.id, d]))
    const perCard = (f: (d: Indicator.Definition) => string | undefined): string => {
      const arms = cards
        .map((c) => {
          const parts = c.weights
            .map((w) => f(definitions.get(w.indicator) as Indicator.Definition))
            .filter((x): x is string => x !== undefined)
          return parts.length === 0 ? undefined : `WHEN ${text(c.id)} THEN ${parts.join(" OR ")}`
        })
        .filter((x): x is string => x !== undefined)
      return arms.length === 0 ? "FALSE" : `CASE scorecard ${arms.join(" ")} ELSE FALSE END`
    }
    const targets = (d: Indicator.Definition) =>
      d.direction === "range" ? [col.lower(d.id), col.upper(d.id)] : [col.target(d.id)]
    checks.push([
      "missing-indicator",
      perCard((d) => [...targets(d), col.realisasi(d.id)].map((c) => `${quote(c)} IS NULL`).join(" OR "))
    ])
    checks.push([
      "input-scale",
      perCard((d) => [...targets(d), col.realisasi(d.id)].map((c) => sql.finer(quote(c), s)).join(" OR "))
    ])
    checks.push(["negative", perCard((d) => `${quote(col.realisasi(d.id))} < 0`)])
    checks.push([
      "range-inverted",
      perCard((d) => (d.direction === "range" ? `${quote(col.lower(d.id))} > ${quote(col.upper(d.id))}` : undefined))
    ])
    checks.push([
      "not-positive",
      perCard((d) => (d.direction === "range" ? `${quote(col.lower(d.id))} <= 0` : `${quote(col.target(d.id))} <= 0`))
    ])
    for (const d of usedIndicators(policy)) {
      for (const c of [...targets(d), col.realisasi(d.id)]) units.push([`u:${c}`, sql.units(quote(c), s)])
    }
  } else checks.push(["missing-rating", isRating("hasil_kerja")])
  if (policy.perilakuKerja.source === "rating") checks.push(["missing-rating", isRating("perilaku_kerja")])
  else checks.push(["missing-rating", Behaviour.coreValues.map((v) => `(${isRating(quote(v))})`).join(" OR ")])
  const given =
    inputProblem === undefined ? "" : `WHEN ${quote(inputProblem)} IS NOT NULL THEN ${quote(inputProblem)}\n      `
  const problem = `CASE ${given}${checks.map(([code, cond]) => `WHEN ${cond} THEN ${text(code)}`).join("\n      ")}\n    END`
  steps.push({
    name: "checked",
    comment: "step 1: the input checks of Evaluation.problems, then decimal inputs as integer units",
    columns: [["problem", problem]]
  })
  if (hk.source === "indicators") {
    // Units are computed only for rows that passed the checks, so no later step divides by zero.
    steps.push({
      name: "units",
      comment: `decimal inputs as integers of 10^-${s} (only for rows without a problem)`,
      columns: units.map(([n, e]) => [n, `CASE WHEN problem IS NULL THEN ${e} END`] as const)
    })
    const indicator = indicatorSteps(policy, hk, sql)
    steps.push(...indicator.steps)
    problemColumn = indicator.problem
  }
  // ---- step 6: classification
  const cls: Array<readonly [string, string]> = []
  if (hk.source === "indicators") {
    const sc = hk.scale.rounding.scale
    const u = quote("rounded_units")
    const outside = (t: Band.Table) =>
      `(${cmpUnits(sql, u, "<", ex(t.range.min), sc)} OR ${cmpUnits(sql, u, ">", ex(t.range.max), sc)})`
    const clamped = (t: Band.Table) =>
      `CASE WHEN ${cmpUnits(sql, u, "<", ex(t.range.min), sc)} THEN ${unitsOf(sql, ex(t.range.min), sc)} WHEN ${cmpUnits(sql, u, ">", ex(t.range.max), sc)} THEN ${unitsOf(sql, ex(t.range.max), sc)} ELSE ${u} END`
    const rejects = [hk.bands, hk.mapping].filter((t) => t.outOfRange === "reject")
    steps.push({
      name: "ranged",
      comment: "step 6a: the range check of the band and rating tables on the rounded score",
      columns: [
        [
          "problem_range",
          rejects.length === 0
            ? problemColumn
            : `CASE WHEN ${problemColumn} IS NULL AND (${rejects.map(outside).join(" OR ")}) THEN 'score-out-of-range' ELSE ${problemColumn} END`
        ],
        ["score_units", clamped(hk.bands)],
        ["mapping_units", clamped(hk.mapping)]
      ]
    })
    const classify = (
      t: { readonly bands: ReadonlyArray<{ readonly label: string; readonly lower: number }> },
      v: string
    ) => {
      const arms: Array<string> = []
      for (let i = t.bands.length - 1; i > 0; i--) {
        const b = t.bands[i] as { label: string; lower: number }
        arms.push(`WHEN ${cmpUnits(sql, quote(v), ">=", ex(b.lower), sc)} THEN ${text(b.label)}`)
      }
      const first = text((t.bands[0] as { label: string }).label)
      return arms.length === 0 ? first : `CASE ${arms.join(" ")} ELSE ${first} END`
    }
    cls.push(["band", classify(hk.bands, "score_units")])
    cls.push(["hasil_kerja_rating", classify(hk.mapping, "mapping_units")])
  } else cls.push(["hasil_kerja_rating", "hasil_kerja"])
  const pk = policy.perilakuKerja
  if (pk.source === "rating") cls.push(["perilaku_kerja_rating", "perilaku_kerja"])
  else {
    const count = (r: Quadrant.Rating) =>
      Behaviour.coreValues.map((v) => `CASE WHEN ${quote(v)} = ${text(r)} THEN 1 ELSE 0 END`).join(" + ")
    cls.push([
      "perilaku_kerja_rating",
      `CASE WHEN ${count("Dibawah Ekspektasi")} >= ${pk.dibawahIfAtLeast} THEN 'Dibawah Ekspektasi'\n      WHEN ${count("Diatas Ekspektasi")} >= ${pk.diatasIfAtLeast} THEN 'Diatas Ekspektasi' ELSE 'Sesuai Ekspektasi' END`
    ])
  }
  steps.push({ name: "rated", comment: "step 6b: band, hasil kerja and perilaku kerja ratings", columns: cls })
  const cells = policy.quadrant.cells
  const arms = Quadrant.ratings.flatMap((h) =>
    Quadrant.ratings.map(
      (p) => `WHEN hasil_kerja_rating = ${text(h)} AND perilaku_kerja_rating = ${text(p)} THEN ${text(cells[h][p])}`
    )
  )
  steps.push({
    name: "classified",
    comment: "step 6c: the predikat from the quadrant (cells[hasil kerja][perilaku kerja])",
    columns: [["predikat_value", `CASE ${arms.join("\n      ")} END`]]
  })
  return { steps, problem: hk.source === "indicators" ? "problem_range" : problemColumn }
}

const finerThanScale = (policy: Policy.Policy): Unsupported | undefined => {
  const hk = policy.hasilKerja
  if (hk.source !== "indicators") return undefined
  const tables: Array<readonly [Band.Table, ReadonlyArray<string>]> = [
    [hk.bands, ["hasilKerja", "bands", "range"]],
    [hk.mapping, ["hasilKerja", "mapping", "range"]]
  ]
  if (hk.scoring.method === "iki-8-2021")
    tables.push([hk.scoring.iki.kategori, ["hasilKerja", "scoring", "iki", "kategori", "range"]])
  for (const [t, path] of tables) {
    for (const edge of [t.range.min, t.range.max]) {
      const units = Exact.multiply(ex(edge), Exact.int(pow10(t.rounding.scale)))
      // IKI capaian is always clamped to the kategori range (Skp.nilaiIki), whatever outOfRange says.
      const clamps = t.outOfRange === "clamp" || path.includes("iki")
      if (clamps && units.d !== 1n)
        return new Unsupported({ reason: "range-finer-than-scale", path, detail: String(edge) })
    }
  }
  return undefined
}

/**
 * A range edge as integer units of 10^-scale, the value a clamped score takes. Tables that clamp have edges at
 * their scale (`finerThanScale` refuses the others); under `reject` a row past an edge is a problem, so the
 * truncated units of a finer edge are never shown.
 */
const unitsOf = (sql: Sql, value: Exact.Exact, scale: number): string => {
  const e = Exact.multiply(value, Exact.int(pow10(scale)))
  return sql.int(e.d === 1n ? e.n : e.n / e.d)
}

/** Steps 2–5 for an indicator policy. */
const indicatorSteps = (
  policy: Policy.Policy,
  hk: Extract<Policy.Policy["hasilKerja"], { source: "indicators" }>,
  sql: Sql
): { readonly steps: ReadonlyArray<Step>; readonly problem: string } => {
  const steps: Array<Step> = []
  const used = usedIndicators(policy)
  const U = (c: string) => quote(`u:${c}`)
  // ---- step 2: capaian raw, then the floor at 0 and the cap
  const raw: Array<readonly [string, string]> = []
  for (const d of used) {
    const r = U(col.realisasi(d.id))
    let n: string
    let dd: string
    switch (d.direction) {
      case "higher-is-better":
        n = `100 * ${r}`
        dd = U(col.target(d.id))
        break
      case "lower-is-better":
        n = `200 * ${U(col.target(d.id))} - 100 * ${r}`
        dd = U(col.target(d.id))
        break
      case "range": {
        const lo = U(col.lower(d.id))
        const hi = U(col.upper(d.id))
        n = `CASE WHEN ${r} < ${lo} THEN 100 * ${r} WHEN ${r} > ${hi} THEN 100 * ${r} ELSE 100 END`
        dd = `CASE WHEN ${r} < ${lo} THEN ${lo} WHEN ${r} > ${hi} THEN ${hi} ELSE 1 END`
        break
      }
    }
    // Units are null on rows with a problem, so nothing below divides by zero.
    raw.push([`raw_n:${d.id}`, n], [`raw_d:${d.id}`, dd])
  }
  steps.push({
    name: "capaian_raw",
    comment: "step 2a: capaian = raw_n / raw_d (realisasi / target × 100, or its lower-is-better and range forms)",
    columns: raw
  })
  const pct: Array<readonly [string, string]> = []
  for (const d of used) {
    const n = quote(`raw_n:${d.id}`)
    const dd = quote(`raw_d:${d.id}`)
    if (d.cap === undefined) {
      pct.push([`n:${d.id}`, `CASE WHEN ${n} < 0 THEN 0 ELSE ${n} END`], [`d:${d.id}`, dd])
    } else {
      const cap = ex(d.cap)
      const over = cmp(sql, n, dd, ">", cap)
      pct.push(
        [`n:${d.id}`, `CASE WHEN ${n} < 0 THEN 0 WHEN ${over} THEN ${sql.int(cap.n)} ELSE ${n} END`],
        [`d:${d.id}`, `CASE WHEN ${n} >= 0 AND ${over} THEN ${sql.int(cap.d)} ELSE ${dd} END`]
      )
    }
  }
  steps.push({
    name: "capaian_capped",
    comment: "step 2b: the capaian percent, at least 0 and at most the indicator's cap",
    columns: pct.map(([n, e]) => [`c${n}`, e] as const)
  })
  // Reduced fractions keep the common denominator of step 4 (and DuckDB's 128-bit integers) small.
  const reduced: Array<readonly [string, string]> = []
  const divisors: Array<readonly [string, string]> = []
  for (const d of used) {
    const n = quote(`cn:${d.id}`)
    const dd = quote(`cd:${d.id}`)
    const g = quote(`g:${d.id}`)
    divisors.push([`g:${d.id}`, sql.gcd(n, dd)])
    reduced.push([`n:${d.id}`, sql.div(n, g)], [`d:${d.id}`, sql.div(dd, g)])
  }
  steps.push({ name: "capaian_gcd", comment: "step 2c: gcd(n, d) of each capaian", columns: divisors })
  steps.push({ name: "capaian", comment: "step 2d: the capaian percent n / d in lowest terms", columns: reduced })
  // ---- step 3: IKI nilai
  let value = (id: string) => [quote(`n:${id}`), quote(`d:${id}`)] as const
  const ikiProblem: Array<string> = []
  if (hk.scoring.method === "iki-8-2021") {
    const iki = hk.scoring.iki
    const k = iki.kategori
    const ks = k.rounding.scale
    const quotients: Array<readonly [string, string]> = []
    const rounded: Array<readonly [string, string]> = []
    const nilai: Array<readonly [string, string]> = []
    for (const d of used) {
      const cu = quote(`c_units:${d.id}`)
      const num = `${quote(`n:${d.id}`)} * ${sql.int(pow10(ks))}`
      quotients.push([`c_q:${d.id}`, sql.div(num, quote(`d:${d.id}`))])
      rounded.push([`c_units:${d.id}`, roundSql(num, quote(`d:${d.id}`), quote(`c_q:${d.id}`), k.rounding.mode)])
      if (k.outOfRange === "reject") {
        ikiProblem.push(
          `CASE scorecard ${policy.scorecards
            .filter((c) => c.weights.some((w) => w.indicator === d.id))
            .map((c) => `WHEN ${text(c.id)} THEN TRUE`)
            .join(
              " "
            )} ELSE FALSE END AND (${cmpUnits(sql, cu, "<", ex(k.range.min), ks)} OR ${cmpUnits(sql, cu, ">", ex(k.range.max), ks)})`
        )
      }
      const c = `CASE WHEN ${cmpUnits(sql, cu, "<", ex(k.range.min), ks)} THEN ${unitsOf(sql, ex(k.range.min), ks)} WHEN ${cmpUnits(sql, cu, ">", ex(k.range.max), ks)} THEN ${unitsOf(sql, ex(k.range.max), ks)} ELSE ${cu} END`
      nilai.push([`cc:${d.id}`, c])
    }
    steps.push({
      name: "iki_quotient",
      comment: `step 3a: capaian × 10^${ks} divided out (truncated), for the rounding below`,
      columns: quotients
    })
    steps.push({
      name: "iki_capaian",
      comment: `step 3a': capaian rounded at the IKI kategori scale (${ks} places, ${k.rounding.mode}), as integer units`,
      columns: rounded
    })
    steps.push({ name: "iki_clamped", comment: "step 3b: capaian clamped to the kategori range", columns: nilai })
    const seg: Array<readonly [string, string]> = []
    const tm = iki.targetMaksimal
    const tmUnits = Exact.multiply(ex(tm.capaian), Exact.int(pow10(ks)))
    const max = ex(iki.maxNilai)
    for (const d of used) {
      const cc = quote(`cc:${d.id}`)
      // kategori by the rounded (clamped) capaian, then that kategori's segment as a fraction num / den.
      const arms: Array<{ cond: string; n: string; d: string }> = []
      if (tmUnits.d === 1n) {
        arms.push({
          cond: `${quote(col.maksimal(d.id))} IS TRUE AND ${cc} = ${sql.int(tmUnits.n)}`,
          n: sql.int(ex(tm.nilai).n),
          d: sql.int(ex(tm.nilai).d)
        })
      }
      for (let i = k.bands.length - 1; i >= 0; i--) {
        const band = k.bands[i] as Band.Band
        const cond = i === 0 ? "TRUE" : cmpUnits(sql, cc, ">=", ex(band.lower), ks)
        const segment = iki.segments[band.label]
        const f = segment ? segmentFraction(segment, ks) : { a: 0n, b: 0n, den: 1n }
        // nilai = (a + b × cc) / den
        arms.push({ cond, n: `${sql.int(f.a)} + ${sql.int(f.b)} * ${cc}`, d: sql.int(f.den) })
      }
      const nExpr = `CASE ${arms.map((a) => `WHEN ${a.cond} THEN ${a.n}`).join(" ")} END`
      const dExpr = `CASE ${arms.map((a) => `WHEN ${a.cond} THEN ${a.d}`).join(" ")} END`
      seg.push([`raw_nilai_n:${d.id}`, nExpr], [`raw_nilai_d:${d.id}`, dExpr])
    }
    steps.push({
      name: "iki_segment",
      comment:
        "step 3c: kategori by the rounded capaian; nilai by the kategori's segment (linear), or the target-maksimal nilai",
      columns: seg
    })
    const capped: Array<readonly [string, string]> = []
    for (const d of used) {
      const n = quote(`raw_nilai_n:${d.id}`)
      const dd = quote(`raw_nilai_d:${d.id}`)
      const over = cmp(sql, n, dd, ">", max)
      capped.push(
        [`nilai_n:${d.id}`, `CASE WHEN ${n} < 0 THEN 0 WHEN ${over} THEN ${sql.int(max.n)} ELSE ${n} END`],
        [`nilai_d:${d.id}`, `CASE WHEN ${n} >= 0 AND ${over} THEN ${sql.int(max.d)} ELSE ${dd} END`]
      )
    }
    steps.push({
      name: "iki_nilai",
      comment: `step 3d: nilai between 0 and maxNilai (${iki.maxNilai})`,
      columns: capped
    })
    value = (id: string) => [quote(`nilai_n:${id}`), quote(`nilai_d:${id}`)] as const
  }
  // ---- step 4: weighted sum over a common denominator
  const armsN: Array<string> = []
  const armsD: Array<string> = []
  const L = quote("common_d")
  // lcm(d₁ … dₖ) folded one indicator per step (a nested expression would repeat its arguments at every level).
  const longest = Math.max(...policy.scorecards.map((c) => c.weights.length))
  const dOf = (card: Policy.Scorecard, i: number) => value((card.weights[i] as Policy.Weight).indicator)[1]
  for (let i = 0; i < longest; i++) {
    const arms = policy.scorecards
      .filter((c) => c.weights.length > i)
      .map((c) => `WHEN ${text(c.id)} THEN ${i === 0 ? dOf(c, 0) : sql.lcm(quote(`common_${i - 1}`), dOf(c, i))}`)
    steps.push({
      name: `common_${i}`,
      comment: `step 4a: the common denominator of the first ${i + 1} value(s) of the scorecard, an lcm`,
      columns: [[`common_${i}`, `CASE scorecard ${arms.join(" ")} END`]]
    })
  }
  for (const card of policy.scorecards) {
    const ws = card.weights.map((w) => ({ id: w.indicator, w: ex(w.weight) }))
    let W = 1n
    for (const { w } of ws) W = (W * w.d) / gcd(W, w.d)
    armsD.push(`WHEN ${text(card.id)} THEN ${L} * ${sql.int(100n * W)}`)
    armsN.push(
      `WHEN ${text(card.id)} THEN ${ws
        .map(({ id, w }) => {
          const [n, d] = value(id)
          return `${sql.int((w.n * W) / w.d)} * ${n} * ${sql.div(L, d)}`
        })
        .join("\n        + ")}`
    )
  }
  steps.push({
    name: "common",
    comment: "step 4a: the common denominator lcm(d₁ … dₖ) of the scorecard's values",
    columns: [
      [
        "common_d",
        `CASE scorecard ${policy.scorecards.map((c) => `WHEN ${text(c.id)} THEN ${quote(`common_${c.weights.length - 1}`)}`).join(" ")} END`
      ]
    ]
  })
  steps.push({
    name: "weighted",
    comment: "step 4b: Σ weight / 100 × value = score_n / score_d (weights as integers over their common denominator)",
    columns: [
      ["score_d", `CASE scorecard ${armsD.join(" ")} END`],
      ["score_n", `CASE scorecard\n        ${armsN.join("\n      ")} END`]
    ]
  })
  const sc = hk.scale.rounding.scale
  const num = `${quote("score_n")} * ${sql.int(pow10(sc))}`
  steps.push({
    name: "quotient",
    comment: `step 5a: score × 10^${sc} divided out (truncated toward zero), for the rounding below`,
    columns: [["score_q", sql.div(num, quote("score_d"))]]
  })
  steps.push({
    name: "rounded",
    comment: `step 5b: the one rounding point, ${sc} places, ${hk.scale.rounding.mode}, in integer units of 10^-${sc}`,
    columns: [
      ["rounded_units", roundSql(num, quote("score_d"), quote("score_q"), hk.scale.rounding.mode)],
      ...(ikiProblem.length > 0
        ? [
            [
              "problem_iki",
              `CASE WHEN problem IS NULL AND (${ikiProblem.join("\n      OR ")}) THEN 'score-out-of-range' ELSE problem END`
            ] as const
          ]
        : [])
    ]
  })
  return { steps, problem: ikiProblem.length > 0 ? "problem_iki" : "problem" }
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/**
 * A segment's linear interpolation at capaian `cc / 10^ks` as `(a + b × cc) / den` with integers, equal to
 * {@link Skp.nilaiIki}'s `v0 + (v1 − v0) / (c1 − c0) × (c − c0)` (or `v0` when `c0 = c1`).
 */
const segmentFraction = (segment: Skp.Segment, ks: number): { a: bigint; b: bigint; den: bigint } => {
  const c0 = ex(segment.from.capaian)
  const c1 = ex(segment.to.capaian)
  const v0 = ex(segment.from.nilai)
  const v1 = ex(segment.to.nilai)
  if (Exact.equals(c0, c1)) return { a: v0.n, b: 0n, den: v0.d }
  // slope = p / q; nilai = v0 + slope × (cc / 10^ks − c0)
  const slope = Exact.fraction((v1.n * v0.d - v0.n * v1.d) * c1.d * c0.d, v1.d * v0.d * (c1.n * c0.d - c0.n * c1.d))
  // = v0.n/v0.d + slope.n × (cc × c0.d − c0.n × 10^ks) / (slope.d × 10^ks × c0.d)
  const P = pow10(ks)
  const den = v0.d * slope.d * P * c0.d
  const a = v0.n * slope.d * P * c0.d - v0.d * slope.n * c0.n * P
  const b = v0.d * slope.n * c0.d
  const g = gcd(gcd(a, b), den)
  return g > 1n ? { a: a / g, b: b / g, den: den / g } : { a, b, den }
}

// ---------------------------------------------------------------------------------------------------------------
// rules
// ---------------------------------------------------------------------------------------------------------------

/**
 * The fact columns a compiled rule set reads from the source, for the fact groups declared in {@link Options.facts}
 * (every column may be null: an absent fact).
 *
 * @example
 * ```ts
 * import { PolicySql, Presets } from "@pembinaan/core"
 * PolicySql.factColumns(Presets.regionRules.bukittinggi, ["unit"]).map((c) => c.name)
 * // => ["unit_ikm", "unit_mutu"]
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const factColumns = (ruleSet: Rule.RuleSet, facts: ReadonlyArray<Fact>): ReadonlyArray<InputColumn> => {
  const has = new Set(facts)
  const out: Array<InputColumn> = []
  if (has.has("unit")) {
    out.push({ name: "unit_ikm", type: "decimal", description: "the unit's IKM (0–100)" })
    out.push({ name: "unit_mutu", type: "text", description: "the unit's mutu pelayanan (A–D)" })
  }
  if (has.has("talent-box")) out.push({ name: "talent_box", type: "decimal", description: "the 9-box number (1–9)" })
  if (has.has("jpm")) out.push({ name: "jpm_category", type: "text", description: "the JPM category" })
  if (has.has("development")) {
    out.push({ name: "jp", type: "decimal", description: "JP (jam pelajaran) completed" })
    out.push({ name: "jp_required", type: "decimal", description: "JP required" })
  }
  if (has.has("flags")) {
    for (const f of ruleSet.vocabulary.flags) out.push({ name: `flag:${f}`, type: "boolean", description: `flag ${f}` })
  }
  if (has.has("measures")) {
    for (const m of ruleSet.vocabulary.measures) {
      out.push({ name: `measure:${m}`, type: "decimal", description: `measure ${m}` })
    }
  }
  return out
}

const OPS: Record<Rule.Op, string> = { "at-least": ">=", above: ">", "at-most": "<=", below: "<", equal: "=" }
const UNKNOWN = "CAST(NULL AS BOOLEAN)"
const truthSql = (t: "true" | "false" | "unknown"): string =>
  t === "true" ? "TRUE" : t === "false" ? "FALSE" : UNKNOWN

/** The order of {@link Rule.evaluate}: priority (higher first), then id. */
const byPriority = (a: Rule.Rule, b: Rule.Rule): number =>
  b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The steps that decide a rule set on the classified rows: fact checks, each rule's condition (three-valued, NULL
 * unknown), the fired rules after exclusivity, and the lists of fired rules and given outcomes.
 */
const ruleSteps = (
  policy: Policy.Policy,
  ruleSet: Rule.RuleSet,
  facts: ReadonlyArray<Fact>,
  sql: Sql,
  inputScale: number,
  problemColumn: string
): Result.Result<
  { readonly steps: ReadonlyArray<Step>; readonly problem: string; readonly outcomes: ReadonlyArray<string> },
  Unsupported
> => {
  const found = Rule.check(ruleSet)
  if (found.length > 0) {
    const first = found[0] as (typeof found)[number]
    return Result.fail(
      new Unsupported({
        reason: "invalid-rules",
        path: ["rules", ...first.path],
        detail: `${found.length} problem(s), first: ${first.message}`
      })
    )
  }
  const has = new Set(facts)
  const hk = policy.hasilKerja
  const units = (c: string) => sql.units(quote(c), inputScale)
  const numeric = (c: string, op: Rule.Op, value: number) => cmpUnits(sql, units(c), OPS[op], ex(value), inputScale)
  const refuse = (rule: Rule.Rule, at: ReadonlyArray<string | number>, construct: string) =>
    new Unsupported({
      reason: "rule-not-compiled",
      path: ["rules", ruleSet.rules.indexOf(rule), ...at],
      detail: `"${rule.id}" (${construct})`
    })
  const scoreLimit =
    hk.source === "indicators"
      ? Exact.multiply(
          Exact.max(ex(Math.abs(hk.scale.min)), ex(Math.abs(hk.scale.max))),
          Exact.int(pow10(hk.scale.rounding.scale))
        )
      : undefined
  const inList = (column: string, values: ReadonlyArray<string | number>) =>
    `${column} IN (${values.map((v) => (typeof v === "number" ? String(v) : text(v))).join(", ")})`
  const P = "predikat_value"
  const condition = (
    rule: Rule.Rule,
    c: Rule.Condition,
    at: ReadonlyArray<string | number>
  ): Result.Result<string, Unsupported> => {
    switch (c.kind) {
      case "all":
      case "any": {
        if (c.of.length === 0) return Result.succeed(c.kind === "all" ? "TRUE" : "FALSE")
        const parts: Array<string> = []
        for (let i = 0; i < c.of.length; i++) {
          const part = condition(rule, c.of[i] as Rule.Condition, [...at, "of", i])
          if (Result.isFailure(part)) return part
          parts.push(part.success)
        }
        return Result.succeed(`(${parts.join(c.kind === "all" ? " AND " : " OR ")})`)
      }
      case "not":
        return Result.map(condition(rule, c.of, [...at, "of"]), (x) => `(NOT ${x})`)
      case "predikat":
        return Result.succeed(`(${inList(P, c.in)})`)
      case "predikat-last": {
        if (has.has("history")) return Result.fail(refuse(rule, at, "predikat-last: earlier periods"))
        // The window is the current period: `count` is 1 or 0, `absent` the periods before it.
        const need = c.atLeast ?? c.last
        const absent = c.last - 1
        const value = (count: number) => (count >= need ? "true" : count + absent < need ? "false" : "unknown")
        return Result.succeed(`CASE WHEN ${inList(P, c.in)} THEN ${truthSql(value(1))} ELSE ${truthSql(value(0))} END`)
      }
      case "consecutive":
        if (has.has("history")) return Result.fail(refuse(rule, at, "consecutive: earlier periods"))
        // A run of 1 that is the whole history is unknown below `atLeast`; a run of 0 is false.
        return Result.succeed(
          `CASE WHEN ${inList(P, c.in)} THEN ${truthSql(c.atLeast <= 1 ? "true" : "unknown")} ELSE FALSE END`
        )
      case "trend":
        // At least two scores are needed and the history is one period: unknown.
        return has.has("history") ? Result.fail(refuse(rule, at, "trend: earlier periods")) : Result.succeed(UNKNOWN)
      case "score": {
        if (hk.source !== "indicators" || scoreLimit === undefined) return Result.succeed(UNKNOWN)
        // The library compares the score as a JavaScript number: exact only while its units fit 2^53.
        if (Exact.compare(scoreLimit, Exact.int(2n ** 53n)) > 0)
          return Result.fail(refuse(rule, at, "score past 2^53 units"))
        return Result.succeed(
          `(${cmpUnits(sql, quote("score_units"), OPS[c.op], ex(c.value), hk.scale.rounding.scale)})`
        )
      }
      case "discipline":
        return has.has("discipline") ? Result.fail(refuse(rule, at, "discipline: sanctions")) : Result.succeed(UNKNOWN)
      case "jpm":
        return Result.succeed(has.has("jpm") ? `(${inList("jpm_category", c.in)})` : UNKNOWN)
      case "jp":
        return Result.succeed(
          has.has("development")
            ? `((${units("jp")} >= ${units("jp_required")}) = ${c.compliant ? "TRUE" : "FALSE"})`
            : UNKNOWN
        )
      case "talent-box":
        return Result.succeed(has.has("talent-box") ? `(${inList("talent_box", c.in)})` : UNKNOWN)
      case "unit-ikm":
        return Result.succeed(has.has("unit") ? `(${numeric("unit_ikm", c.op, c.value)})` : UNKNOWN)
      case "unit-mutu":
        return Result.succeed(has.has("unit") ? `(${inList("unit_mutu", c.in)})` : UNKNOWN)
      case "flag":
        return Result.succeed(has.has("flags") ? `(${quote(`flag:${c.name}`)} = ${c.is ? "TRUE" : "FALSE"})` : UNKNOWN)
      case "measure":
        return Result.succeed(has.has("measures") ? `(${numeric(`measure:${c.name}`, c.op, c.value)})` : UNKNOWN)
    }
  }
  const rules = [...ruleSet.rules].sort(byPriority)
  const conditions: Array<readonly [string, string]> = []
  for (const rule of rules) {
    const c = condition(rule, rule.when, ["when"])
    if (Result.isFailure(c)) return Result.fail(c.failure)
    conditions.push([`when:${rule.id}`, c.success])
  }
  // ---- fact checks (those Rule.evaluate makes when it decodes facts)
  const invalid: Array<string> = []
  const finer = (c: string) => sql.finer(quote(c), inputScale)
  if (has.has("unit")) {
    invalid.push(`unit_ikm < 0`, `unit_ikm > 100`, finer("unit_ikm"), `unit_mutu NOT IN ('A', 'B', 'C', 'D')`)
  }
  if (has.has("talent-box")) invalid.push(`talent_box NOT IN (1, 2, 3, 4, 5, 6, 7, 8, 9)`)
  if (has.has("jpm")) {
    const declared = ruleSet.vocabulary.jpmCategories
    invalid.push(
      declared.length === 0 ? "jpm_category IS NOT NULL" : `jpm_category NOT IN (${declared.map(text).join(", ")})`
    )
  }
  if (has.has("development")) {
    invalid.push(
      "(jp IS NULL) <> (jp_required IS NULL)",
      "jp < 0",
      "jp_required < 0",
      finer("jp"),
      finer("jp_required")
    )
  }
  if (has.has("measures")) for (const m of ruleSet.vocabulary.measures) invalid.push(finer(`measure:${m}`))
  const problem = invalid.length === 0 ? problemColumn : "problem_facts"
  const steps: Array<Step> = []
  if (invalid.length > 0) {
    steps.push({
      name: "rule_facts",
      comment:
        "step 7a: the rule facts' checks (IKM 0–100, mutu A–D, 9-box 1–9, JP not negative, declared JPM category)",
      columns: [
        [
          "problem_facts",
          `CASE WHEN ${problemColumn} IS NOT NULL THEN ${problemColumn} WHEN ${invalid.map((x) => `(${x})`).join("\n      OR ")} THEN 'invalid-facts' END`
        ]
      ]
    })
  }
  steps.push({
    name: "rule_conditions",
    comment: "step 7b: each rule's condition, three-valued (NULL is unknown: a fact the row does not carry)",
    columns: conditions
  })
  // A rule is suppressed when an exclusive rule of strictly higher priority in its group has a true condition (the
  // highest such rule is never suppressed itself, so it fired): no rule needs another's fired state.
  const fired: Array<readonly [string, string]> = rules.map((rule) => {
    const blockers = rules.filter((e) => e.exclusive && e.group === rule.group && e.priority > rule.priority)
    const own = `${quote(`when:${rule.id}`)} IS TRUE`
    return [
      `fired:${rule.id}`,
      blockers.length === 0
        ? own
        : `${own} AND NOT (${blockers.map((e) => `${quote(`when:${e.id}`)} IS TRUE`).join(" OR ")})`
    ] as const
  })
  steps.push({
    name: "rule_fired",
    comment: "step 7c: fired rules, in priority order; an exclusive rule suppresses lower priorities of its group",
    columns: fired
  })
  const outcomeById = new Map(ruleSet.outcomes.map((o) => [o.id, o]))
  const kindIndex = new Map(Rule.OutcomeKind.literals.map((k, i) => [k, i]))
  const givenBy = new Map<string, Array<string>>()
  for (const rule of rules) {
    for (const id of rule.give) {
      if (!outcomeById.has(id)) continue
      givenBy.set(id, [...(givenBy.get(id) ?? []), rule.id])
    }
  }
  const outcomes = [...givenBy.keys()]
    .map((id) => outcomeById.get(id) as Rule.Outcome)
    .sort(
      (a, b) =>
        (kindIndex.get(a.kind) ?? 0) - (kindIndex.get(b.kind) ?? 0) ||
        b.severity - a.severity ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )
  const given = (o: Rule.Outcome) => (givenBy.get(o.id) ?? []).map((r) => quote(`fired:${r}`)).join(" OR ")
  const list = (items: ReadonlyArray<readonly [string, string]>) => {
    const arms = items.map(([cond, id]) => `CASE WHEN ${cond} THEN ${text(id)} END`)
    if (sql.dialect === "duckdb") {
      return arms.length === 0 ? "CAST([] AS VARCHAR[])" : `list_filter([${arms.join(", ")}], x -> x IS NOT NULL)`
    }
    return arms.length === 0 ? "ARRAY[]::text[]" : `array_remove(ARRAY[${arms.join(", ")}]::text[], NULL)`
  }
  steps.push({
    name: "rule_decisions",
    comment: "step 7d: the fired rules and the outcomes they give (by kind, severity, id)",
    columns: [
      ["fired_list", list(rules.map((r) => [quote(`fired:${r.id}`), r.id] as const))],
      ["outcome_list", list(outcomes.map((o) => [given(o), o.id] as const))],
      [
        "outcome_bits",
        outcomes.length > 62
          ? "CAST(NULL AS BIGINT)"
          : outcomes.length === 0
            ? "CAST(0 AS BIGINT)"
            : `CAST(${outcomes.map((o, k) => `CASE WHEN ${given(o)} THEN ${1n << BigInt(k)} ELSE 0 END`).join("\n      + ")} AS BIGINT)`
      ]
    ]
  })
  return Result.succeed({ steps, problem, outcomes: outcomes.map((o) => o.id) })
}
