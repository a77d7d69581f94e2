/**
 * Scoring a file of evaluations: each record is decoded and scored under the policy, its rule set decides rewards
 * and remediation, and the result (with its trace) is written as JSON, NDJSON or CSV, one record at a time.
 *
 * @since 0.1.0
 */
import { Behaviour, Evaluation, Period, type Policy, Rule } from "@pembinaan/core"
import { Result } from "effect"
import type { Io } from "./io.js"
import type * as Records from "./records.js"

/**
 * One scored record as printed.
 *
 * @since 0.1.0
 */
export interface Scored {
  readonly employee: string
  readonly period: string
  readonly score: number | null
  readonly band: string | null
  readonly hasilKerja: string
  readonly perilakuKerja: string
  readonly predikat: string
  readonly decisions: ReadonlyArray<{ readonly id: string; readonly kind: string; readonly label: string }>
  /** Absent with `--trace none`. */
  readonly trace?: { readonly evaluation: unknown; readonly rules: unknown }
}

/**
 * A problem with one record: its position and path inside the record.
 *
 * @since 0.1.0
 */
export interface RecordProblem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
  readonly code: string
}

/**
 * The last day of a period id (`2026-Q2` → `2026-06-30`, `2026-02` → `2026-02-28`, `2026` → `2026-12-31`), read
 * with `Period.parse`.
 *
 * @since 0.1.0
 */
export const periodEnd = (period: string): string | undefined => {
  const quarter = Period.parse("triwulanan", period)
  const month = Period.parse("bulanan", period)
  const [year, lastMonth] = quarter
    ? [quarter.year, quarter.index * 3]
    : month
      ? [month.year, month.index]
      : /^\d{4}$/.test(period)
        ? [Number(period), 12]
        : []
  if (year === undefined || lastMonth === undefined) return undefined
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10)
}

const number = (text: string): number | string => {
  const t = text.trim()
  if (t === "") return t
  const normal = /^-?\d+,\d+$/.test(t) ? t.replace(",", ".") : t
  const n = Number(normal)
  return Number.isFinite(n) && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(normal) ? n : t
}

const berakhlakColumns: ReadonlyArray<string> = Behaviour.coreValues

/**
 * Turns a CSV row into an evaluation record. Columns: `employee`, `period`, `scorecard`, `hasilKerja`,
 * `perilakuKerja`, one column per BerAKHLAK value id, and per indicator `target:<id>` and `realisasi:<id>` (a range
 * target as `80..120`). Decimal commas (`12,5`) are read as decimal points. Empty cells are absent.
 *
 * @since 0.1.0
 */
export const fromCsvRow = (row: Readonly<Record<string, string>>): Record<string, unknown> => {
  const record: Record<string, unknown> = {}
  const measurements = new Map<string, Record<string, unknown>>()
  const berakhlak: Record<string, string> = {}
  for (const [key, raw] of Object.entries(row)) {
    const value = raw.trim()
    if (value === "") continue
    const m = /^(target|realisasi):(.+)$/.exec(key)
    if (m) {
      const id = m[2] as string
      const entry = measurements.get(id) ?? { indicator: id }
      if (m[1] === "target" && value.includes("..")) {
        const [lower = "", upper = ""] = value.split("..")
        entry.target = { lower: number(lower), upper: number(upper) }
      } else entry[m[1] as string] = number(value)
      measurements.set(id, entry)
    } else if (berakhlakColumns.includes(key)) berakhlak[key] = value
    else record[key] = value
  }
  if (measurements.size > 0) record.measurements = [...measurements.values()]
  if (Object.keys(berakhlak).length > 0) record.berakhlak = berakhlak
  return record
}

/**
 * A prepared scorer: a policy and its rule set, and the fixed `asOf` date if one was given.
 *
 * @since 0.1.0
 */
export interface Scorer {
  readonly policy: Policy.Policy
  readonly rules: Rule.RuleSet | undefined
  readonly asOf: string | undefined
  /** Whether results carry their trace (`--trace full`, the default) or not (`--trace none`). */
  readonly trace: boolean
}

/**
 * Scores one record (already parsed from JSON or CSV). JSON records are an evaluation input plus optional
 * `history` (earlier periods: `{ period, predikat, score? }`) and `facts` (other rule facts such as `unit`,
 * `development`, `talentBox`).
 *
 * @since 0.1.0
 */
export const scoreRecord = (scorer: Scorer, raw: unknown): Result.Result<Scored, ReadonlyArray<RecordProblem>> => {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return Result.fail([{ path: [], message: "expected an object", code: "type" }])
  }
  const { history, facts, ...input } = raw as Record<string, unknown>
  const evaluated = Evaluation.evaluate(scorer.policy, input)
  if (Result.isFailure(evaluated)) {
    const e = evaluated.failure
    return Result.fail(
      e._tag === "InvalidInput"
        ? e.problems
        : [{ path: [], message: `score ${e.score} is outside ${e.min}–${e.max}`, code: "ScoreOutOfRange" }]
    )
  }
  const r = evaluated.success
  let decisions: Scored["decisions"] = []
  let rulesTrace: unknown = null
  if (scorer.rules) {
    const asOf = scorer.asOf ?? periodEnd(r.period)
    if (!asOf)
      return Result.fail([
        { path: ["period"], message: "cannot tell the date of this period; pass --as-of", code: "as-of" }
      ])
    const current = { period: r.period, predikat: r.predikat, ...(r.score ? { score: r.score.value } : {}) }
    // Facts built only from decoded results are typed already; anything the record adds is decoded.
    const decided =
      history === undefined && facts === undefined
        ? Rule.decide(scorer.rules, { asOf, history: [current] })
        : Rule.evaluate(scorer.rules, {
            ...(typeof facts === "object" && facts !== null ? facts : {}),
            asOf,
            history: [...(Array.isArray(history) ? history : []), current]
          })
    if (Result.isFailure(decided)) {
      return Result.fail(decided.failure.problems.map((p) => ({ ...p, path: ["facts", ...p.path] })))
    }
    decisions = decided.success.outcomes.map((o) => ({ id: o.id, kind: o.kind, label: o.label }))
    if (scorer.trace)
      rulesTrace = {
        name: decided.success.trace.name,
        fired: decided.success.decisions.filter((d) => d.status === "fired").map((d) => d.rule),
        missing: decided.success.missing
      }
  }
  return Result.succeed({
    employee: r.employee,
    period: r.period,
    score: r.score ? r.score.value : null,
    band: r.band ?? null,
    hasilKerja: r.hasilKerja,
    perilakuKerja: r.perilakuKerja,
    predikat: r.predikat,
    decisions,
    ...(scorer.trace ? { trace: { evaluation: r.trace, rules: rulesTrace } } : {})
  })
}

/**
 * The record a reader item carries, converted from CSV where needed.
 *
 * @since 0.1.0
 */
export const recordOf = (format: Records.Format, value: unknown): unknown =>
  format === "csv" ? fromCsvRow(value as Record<string, string>) : value

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : String(v)
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The CSV header of scored output (the trace is not in CSV; use JSON or NDJSON for it).
 *
 * @since 0.1.0
 */
export const csvHeader = "employee,period,score,band,hasilKerja,perilakuKerja,predikat,decisions\n"

/**
 * One scored record as a CSV line. Cells that a spreadsheet would run as a formula are prefixed with `'`.
 *
 * @since 0.1.0
 */
export const csvLine = (s: Scored): string =>
  `${[
    s.employee,
    s.period,
    s.score,
    s.band,
    s.hasilKerja,
    s.perilakuKerja,
    s.predikat,
    s.decisions.map((d) => d.id).join(" ")
  ]
    .map(csvCell)
    .join(",")}\n`

/**
 * One scored record in an output format, without separators: a CSV line (with its line break), or a JSON object.
 *
 * @since 0.1.0
 */
export const serialise = (format: "json" | "ndjson" | "csv", s: Scored): string =>
  format === "csv" ? csvLine(s) : JSON.stringify(s)

/**
 * The output of `pembinaan score`: the format's framing (CSV header, JSON array brackets and commas, NDJSON line
 * breaks) around serialised records, gathered into ~64 kB writes (one write per record costs more than scoring it).
 *
 * @since 0.1.0
 */
export class ScoredOutput {
  private pending: Array<string> = []
  private bytes = 0
  private first = true

  constructor(
    private readonly io: Io,
    private readonly format: "json" | "ndjson" | "csv"
  ) {
    if (format === "json") this.push("[")
    if (format === "csv") this.push(csvHeader)
  }

  /** Adds serialised records (see {@link serialise}) in order. */
  async write(records: ReadonlyArray<string>): Promise<void> {
    if (records.length === 0) return
    if (this.format === "csv") this.push(records.join(""))
    else if (this.format === "ndjson") this.push(`${records.join("\n")}\n`)
    else {
      this.push(`${this.first ? "\n" : ",\n"}${records.join(",\n")}`)
      this.first = false
    }
    if (this.bytes >= 65_536) await this.flush()
  }

  /** Closes the framing and writes what is left. */
  async end(): Promise<void> {
    if (this.format === "json") this.push(this.first ? "]\n" : "\n]\n")
    await this.flush()
  }

  private push(text: string): void {
    this.pending.push(text)
    this.bytes += text.length
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const text = this.pending.join("")
    this.pending = []
    this.bytes = 0
    await this.io.stdout(text)
  }
}
