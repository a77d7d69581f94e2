/**
 * `pembinaan score --engine duckdb`: scores a JSON or NDJSON file inside DuckDB with the policy compiled to SQL
 * ({@link PolicySql.compile}), streaming the results out in the same shapes as the default engine.
 *
 * DuckDB reads the file itself (in parallel), the compiled query computes every score with exact integer arithmetic,
 * and Node only formats the output rows. The rule set is decided in the same query when it compiles
 * ({@link PolicySql.Options.rules}: on the record's own period, as the default engine decides a record without
 * `history` or `facts`); a record that carries `history` or `facts` is a problem of its record (`facts-not-compiled`),
 * never decided without them. The trace is not compiled, so this engine needs `--trace none`. Numbers are read as
 * their JSON text: a number with an exponent, more than 6 decimals or more than 12 integer digits is a problem of its
 * record (`input-scale`), never rounded.
 *
 * @since 0.1.0
 */
import { resolve } from "node:path"
import { Behaviour, type Policy, PolicySql, Quadrant, type Rule } from "@pembinaan/core"
import { Result } from "effect"
import { ExitCode, type Io, type Lang } from "./io.js"
import { type RecordProblem, type Scored, ScoredOutput, serialise } from "./score.js"

/**
 * What `score --engine duckdb` needs from the command line.
 *
 * @since 0.1.0
 */
export interface DuckDbRun {
  readonly io: Io
  readonly lang: Lang
  readonly file: string
  readonly input: "csv" | "json" | "ndjson"
  readonly policy: Policy.Policy
  readonly rules: unknown
  readonly trace: boolean
  /** `json`, `ndjson` or `csv` (checked by the command). */
  readonly format: string
  readonly stats: unknown
  /** DuckDB threads (default: DuckDB's own, every core). */
  readonly threads?: number
}

const INPUT_SCALE = 6
const MAX_LISTED_PROBLEMS = 1000
/**
 * Whether a JSON number's text converts to DECIMAL(18, 6) without rounding: no exponent and at most 6 decimals
 * (string tests, cheaper than a regular expression; the cast itself fails for more than 12 integer digits).
 */
const exact = (t: string): string =>
  `(NOT contains(${t}, 'e') AND NOT contains(${t}, 'E') AND (strpos(${t}, '.') = 0 OR length(${t}) - strpos(${t}, '.') <= ${INPUT_SCALE}))`

const str = (s: string): string => `'${s.replace(/'/g, "''")}'`
const ident = (s: string): string => `"${s.replace(/"/g, '""')}"`

/**
 * The SELECT that turns the file's records into the compiled query's input columns: per indicator the measurement
 * with that id, its target (or range bounds) and realisasi as exact decimals (DECIMAL(18, 6), read from the JSON
 * number's own text), and `reading_problem` (`input-scale`) for a record with a number that is not a plain decimal
 * of at most 6 places and 12 integer digits.
 *
 * @since 0.1.0
 */
export const sourceSql = (policy: Policy.Policy, file: string, input: "json" | "ndjson", withRules = false): string => {
  const columns = [
    "employee: 'VARCHAR'",
    "period: 'VARCHAR'",
    "scorecard: 'VARCHAR'",
    "hasilKerja: 'VARCHAR'",
    "perilakuKerja: 'VARCHAR'",
    "measurements: 'STRUCT(indicator VARCHAR, target JSON, realisasi JSON, targetMaksimal BOOLEAN)[]'",
    `berakhlak: 'STRUCT(${Behaviour.coreValues.map((v) => `${ident(v)} VARCHAR`).join(", ")})'`,
    ...(withRules ? ["history: 'JSON'", "facts: 'JSON'"] : [])
  ]
  // Layer 1: each indicator's measurement, once. Layer 2: the numbers' JSON text. Layer 3: the decimal and whether
  // it was read without rounding. Layer 4: the input columns and the reading problem.
  const structs: Array<string> = ["*"]
  const texts: Array<string> = ["*"]
  const values: Array<string> = ["*"]
  const numbers: Array<string> = ["employee", "period"]
  const numeric: Array<string> = []
  const hk = policy.hasilKerja
  if (hk.source === "indicators") {
    numbers.push("scorecard")
    const inputs = new Set(PolicySql.inputColumns(policy).map((c) => c.name))
    for (const d of policy.indicators) {
      if (!inputs.has(`realisasi:${d.id}`)) continue
      const m = ident(`m:${d.id}`)
      structs.push(`list_filter(measurements, m -> m.indicator = ${str(d.id)})[1] AS ${m}`)
      const fields =
        d.direction === "range"
          ? [
              [`target_lower:${d.id}`, `json_extract(${m}.target, '$.lower')`],
              [`target_upper:${d.id}`, `json_extract(${m}.target, '$.upper')`]
            ]
          : [[`target:${d.id}`, `${m}.target`]]
      fields.push([`realisasi:${d.id}`, `${m}.realisasi`])
      for (const [name, json] of fields as Array<[string, string]>) {
        texts.push(`CAST(${json} AS VARCHAR) AS ${ident(`t:${name}`)}`)
        const t = ident(`t:${name}`)
        const v = ident(`v:${name}`)
        values.push(`TRY_CAST(${t} AS DECIMAL(18, ${INPUT_SCALE})) AS ${v}`, `${exact(t)} AS ${ident(`ok:${name}`)}`)
        numeric.push(name)
        numbers.push(`CASE WHEN ${ident(`ok:${name}`)} THEN ${v} END AS ${ident(name)}`)
      }
      if (hk.scoring.method === "iki-8-2021") {
        numbers.push(`${m}.targetMaksimal AS ${ident(`target_maksimal:${d.id}`)}`)
      }
    }
  } else numbers.push("hasilKerja AS hasil_kerja")
  if (policy.perilakuKerja.source === "rating") numbers.push("perilakuKerja AS perilaku_kerja")
  else for (const v of Behaviour.coreValues) numbers.push(`berakhlak.${ident(v)} AS ${ident(v)}`)
  // A measurement the default engine refuses is a problem here too, never skipped: an indicator measured twice (the
  // SQL would read only the first) or one the policy does not know.
  const shape =
    hk.source === "indicators"
      ? [
          "WHEN len(list_filter(measurements, m -> m.indicator IS NULL)) > 0 OR len(list_distinct(list_transform(measurements, m -> m.indicator))) <> len(measurements) THEN 'duplicate-measurement'",
          `WHEN len(list_filter(measurements, m -> NOT list_contains([${policy.indicators.map((d) => str(d.id)).join(", ")}], m.indicator))) > 0 THEN 'unknown-indicator'`
        ]
      : []
  // The rules are decided on the record's own period: a record that brings earlier periods or other facts is not
  // decided without them (the default engine reads them).
  const facts = withRules
    ? [
        "WHEN (history IS NOT NULL AND CAST(history AS VARCHAR) NOT IN ('null', '[]')) OR (facts IS NOT NULL AND CAST(facts AS VARCHAR) NOT IN ('null', '{}')) THEN 'facts-not-compiled'"
      ]
    : []
  const scale =
    numeric.length === 0
      ? []
      : [
          `WHEN ${numeric.map((n) => `(${ident(`t:${n}`)} IS NOT NULL AND NOT (${ident(`ok:${n}`)} AND ${ident(`v:${n}`)} IS NOT NULL))`).join(" OR ")} THEN 'input-scale'`
        ]
  numbers.push(
    shape.length + scale.length + facts.length === 0
      ? "NULL AS reading_problem"
      : `CASE ${[...shape, ...facts, ...scale].join(" ")} END AS reading_problem`
  )
  const read = `read_json(${str(resolve(file))}, format = '${input === "ndjson" ? "newline_delimited" : "array"}', columns = {${columns.join(", ")}})`
  return `(SELECT ${numbers.join(",\n    ")}\n  FROM (SELECT ${values.join(", ")} FROM (SELECT ${texts.join(", ")} FROM (SELECT ${structs.join(", ")} FROM ${read}))))`
}

/** Characters that JSON.stringify writes as they are and that need no SQL-side escaping. */
const PLAIN_TEXT = "[A-Za-z0-9 ._:/+-]{1,64}"

/**
 * The SQL expression of a result row's JSON line, byte for byte what `JSON.stringify` writes for the default engine's
 * record (`serialise`), or NULL when the row has a problem or text that the SQL side does not escape (those rows are
 * serialised in Node). Labels come from the policy and are written with `JSON.stringify` here. The score is the
 * decimal without trailing zeros, as a JavaScript number prints, for scales up to 6 and scores below 10^21 (beyond
 * that JavaScript prints an exponent and every row is serialised in Node). With a rule set the decisions are written
 * from the `outcomes` list; with `"appended"` the line stops after `"decisions":` and the caller appends the decisions
 * (from `outcome_bits`) and the closing brace.
 *
 * @since 0.1.0
 */
export const jsonLineSql = (policy: Policy.Policy, decisions: Rule.RuleSet | "appended" | "none" = "none"): string => {
  const hk = policy.hasilKerja
  if (hk.source === "indicators" && (hk.scale.rounding.scale > 6 || Math.abs(hk.scale.max) >= 1e21)) return "NULL"
  const labels = (column: string, values: Iterable<string>) =>
    `CASE ${column} ${[...new Set(values)].map((v) => `WHEN ${str(v)} THEN ${str(JSON.stringify(v))}`).join(" ")} ELSE 'null' END`
  const s = "CAST(score AS VARCHAR)"
  const score =
    hk.source === "indicators" ? `CASE WHEN ${s} LIKE '%.%' THEN rtrim(rtrim(${s}, '0'), '.') ELSE ${s} END` : "'null'"
  const band =
    hk.source === "indicators"
      ? labels(
          "band",
          hk.bands.bands.map((b) => b.label)
        )
      : "'null'"
  const parts = [
    `'{"employee":"'`,
    "employee",
    `'","period":"'`,
    "period",
    `'","score":'`,
    score,
    `',"band":'`,
    band,
    `',"hasilKerja":'`,
    labels("hasil_kerja", Quadrant.ratings),
    `',"perilakuKerja":'`,
    labels("perilaku_kerja", Quadrant.ratings),
    `',"predikat":'`,
    labels("predikat", Quadrant.predikats),
    decisions === "none"
      ? `',"decisions":[]}'`
      : decisions === "appended"
        ? `',"decisions":'`
        : `',"decisions":[' || ${decisionsSql(decisions)} || ']}'`
  ]
  return `CASE WHEN problem IS NULL AND regexp_full_match(employee, '${PLAIN_TEXT}') AND regexp_full_match(period, '${PLAIN_TEXT}') THEN ${parts.join(" || ")} END`
}

/** A decision as the default engine prints it (`{ id, kind, label }` of an outcome given). */
const decisionOf = (o: Rule.Outcome) => ({ id: o.id, kind: o.kind, label: o.label })

/** The JSON of the `outcomes` list: each outcome's `{ id, kind, label }`, written with JSON.stringify here. */
const decisionsSql = (rules: Rule.RuleSet): string => {
  const arms = rules.outcomes.map((o) => `WHEN ${str(o.id)} THEN ${str(JSON.stringify(decisionOf(o)))}`)
  return arms.length === 0 ? "''" : `array_to_string(list_transform(outcomes, o -> CASE o ${arms.join(" ")} END), ',')`
}

const messages: Record<string, { id: string; en: string }> = {
  "period-format": {
    id: "format periode tidak sesuai kebijakan",
    en: "the period does not match the policy's cadence"
  },
  "unknown-scorecard": { id: "scorecard tidak ada atau tidak dikenal", en: "missing or unknown scorecard" },
  "missing-indicator": {
    id: "ada indikator scorecard tanpa pengukuran",
    en: "an indicator of the scorecard is not measured"
  },
  "input-scale": {
    id: `angka dengan eksponen, lebih dari ${INPUT_SCALE} desimal atau 12 digit bulat (gunakan --engine js)`,
    en: `a number with an exponent, more than ${INPUT_SCALE} decimals or 12 integer digits (use --engine js)`
  },
  "duplicate-measurement": {
    id: "indikator diukur lebih dari sekali (atau tanpa nama indikator)",
    en: "an indicator is measured more than once (or a measurement names no indicator)"
  },
  "unknown-indicator": {
    id: "pengukuran untuk indikator yang tidak ada di kebijakan",
    en: "a measurement of an indicator the policy does not have"
  },
  negative: { id: "realisasi tidak boleh negatif", en: "realisasi must not be negative" },
  "range-inverted": { id: "batas bawah target di atas batas atas", en: "the target range is inverted" },
  "not-positive": { id: "target harus di atas 0", en: "the target must be above 0" },
  "missing-rating": { id: "rating tidak ada atau tidak dikenal", en: "missing or unknown rating" },
  "score-out-of-range": { id: "nilai di luar skala kebijakan", en: "the score is outside the policy's scale" },
  "facts-not-compiled": {
    id: "rekaman membawa history atau facts, yang tidak diputuskan dalam SQL (gunakan --engine js)",
    en: "the record carries history or facts, which are not decided in SQL (use --engine js)"
  }
}

/**
 * Runs `score --engine duckdb`. Returns the exit code; problems are printed to stderr as the default engine does.
 *
 * @since 0.1.0
 */
export const scoreWithDuckDb = async (run: DuckDbRun): Promise<number> => {
  const { io, lang } = run
  const en = lang === "en"
  const refuse = (message: string) => {
    io.stderr(`${JSON.stringify({ error: "EngineUnsupported", engine: "duckdb", message })}\n`)
    return ExitCode.usage
  }
  const rules = run.rules === null || run.rules === undefined ? undefined : (run.rules as Rule.RuleSet)
  if (run.trace) {
    return refuse(
      en
        ? "the trace is not computed in SQL: pass --trace none (or use --engine js)"
        : "jejak perhitungan tidak dihitung dalam SQL: berikan --trace none (atau gunakan --engine js)"
    )
  }
  if (run.input === "csv" || run.file === "-") {
    return refuse(
      en
        ? "--engine duckdb reads JSON or NDJSON files (not CSV or stdin)"
        : "--engine duckdb membaca berkas JSON atau NDJSON (bukan CSV atau stdin)"
    )
  }
  const compiled = PolicySql.compile(run.policy, {
    dialect: "duckdb",
    source: sourceSql(run.policy, run.file, run.input, rules !== undefined),
    inputScale: INPUT_SCALE,
    inputProblem: "reading_problem",
    ...(rules === undefined ? {} : { rules })
  })
  if (Result.isFailure(compiled)) {
    const e = compiled.failure
    if (e.reason === "rule-not-compiled" || e.reason === "invalid-rules") return refuse(PolicySql.message(e, lang))
    io.stderr(
      `${JSON.stringify({ error: e._tag, reason: e.reason, path: e.path, message: PolicySql.message(e, lang) })}\n`
    )
    return ExitCode.invalidInput
  }
  const started = performance.now()
  const { DuckDBInstance } = await import("@duckdb/node-api")
  const instance = await DuckDBInstance.create(":memory:", {
    memory_limit: "256MB",
    preserve_insertion_order: "true",
    ...(run.threads ? { threads: String(run.threads) } : {})
  })
  const connection = await instance.connect()
  const format = run.format as "json" | "ndjson" | "csv"
  const outcomeById = new Map((rules?.outcomes ?? []).map((o) => [o.id, o]))
  // The decisions of a result line come from `outcome_bits` (one integer per row, not a list and a long string), as
  // JSON text cached per set of outcomes given; the lists are not computed at all then. Up to 30 outcomes the bits
  // travel as a 32-bit integer (a JavaScript number, not a BigInt per row).
  const order = compiled.success.outcomeOrder ?? []
  const bitsMode = rules !== undefined && order.length <= 62
  const small = order.length <= 30
  const given = (set: bigint) =>
    order.flatMap((id, k) => {
      const o = outcomeById.get(id)
      return o && ((set >> BigInt(k)) & 1n) === 1n ? [decisionOf(o)] : []
    })
  const decisionTexts = new Map<number | bigint, string>()
  const decisionsOf = (set: number | bigint): string => {
    let text = decisionTexts.get(set)
    if (text === undefined) {
      text = JSON.stringify(given(BigInt(set)))
      decisionTexts.set(set, text)
    }
    return text
  }
  const ruleColumns =
    rules === undefined
      ? ""
      : bitsMode
        ? `, NULL AS outcomes, ${small ? "CAST(outcome_bits AS INTEGER)" : "outcome_bits"} AS outcome_bits`
        : ", outcomes, NULL AS outcome_bits"
  const output = new ScoredOutput(io, format)
  const problems: Array<RecordProblem> = []
  let problemCount = 0
  let count = 0
  try {
    const result = await connection.stream(
      `SELECT ${format === "csv" ? "NULL" : jsonLineSql(run.policy, rules === undefined ? "none" : bitsMode ? "appended" : rules)} AS line, employee, period, CAST(score AS VARCHAR) AS score, band, hasil_kerja, perilaku_kerja, predikat, problem${ruleColumns} FROM (${compiled.success.sql})`
    )
    for (;;) {
      const chunk = await result.fetchChunk()
      if (!chunk || chunk.rowCount === 0) break
      // Most rows arrive as finished JSON lines (one string per row to decode); the others column by column.
      const ready = chunk.getColumnValues(0) as ReadonlyArray<string | null>
      const bits = bitsMode ? (chunk.getColumnValues(10) as ReadonlyArray<number | bigint | null>) : undefined
      const lines: Array<string> = []
      for (let i = 0; i < ready.length; i++) {
        count++
        const line = ready[i]
        if (typeof line === "string") {
          lines.push(bits ? `${line}${decisionsOf(bits[i] ?? 0)}}` : line)
          continue
        }
        const row = chunk.getRowValues(i) as unknown as ReadonlyArray<string | null>
        const [, employee, period, score, band, hasilKerja, perilakuKerja, predikat, problem] = row
        const listed = rules === undefined ? null : (row[9] as unknown as { items: ReadonlyArray<string> } | null)
        const set = row[10] as unknown as number | bigint | null
        if (problem !== null && problem !== undefined) {
          problemCount++
          if (problems.length < MAX_LISTED_PROBLEMS) {
            const m = messages[problem]
            problems.push({ path: [count], code: problem, message: m ? m[lang] : problem })
          }
          continue
        }
        const scored: Scored = {
          employee: employee as string,
          period: period as string,
          score: score === null || score === undefined ? null : Number(score),
          band: band ?? null,
          hasilKerja: hasilKerja as string,
          perilakuKerja: perilakuKerja as string,
          predikat: predikat as string,
          decisions:
            set !== null && set !== undefined
              ? given(BigInt(set))
              : (listed?.items ?? []).flatMap((id) => {
                  const o = outcomeById.get(id)
                  return o ? [decisionOf(o)] : []
                })
        }
        lines.push(serialise(format, scored))
      }
      await output.write(lines)
    }
  } catch (e) {
    io.stderr(`${JSON.stringify({ error: "EngineFailed", engine: "duckdb", message: (e as Error).message })}\n`)
    return ExitCode.invalidInput
  } finally {
    connection.closeSync()
  }
  await output.end()
  if (run.stats === true) {
    const seconds = (performance.now() - started) / 1000
    const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024)
    io.stderr(
      `${JSON.stringify({ stats: { records: count, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(count / seconds), maxRssMB } })}\n`
    )
  }
  if (problemCount === 0) return ExitCode.ok
  io.stderr(
    `${JSON.stringify({ error: "InvalidInput", subject: "EvaluationFile", records: count, problemCount, problems })}\n`
  )
  return ExitCode.invalidInput
}
