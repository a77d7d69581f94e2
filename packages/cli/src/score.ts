/**
 * Scoring a file of evaluations: each record is decoded and scored under the policy, its rule set decides rewards
 * and remediation, and the result (with its trace) is written as JSON, NDJSON or CSV, one record at a time.
 *
 * @since 0.1.0
 */
import { Evaluation, ImportProfile, type Input, Period, type Policy, type Quadrant, Rule } from "@pembinaan/core"
import { Result } from "effect"
import type { Io } from "./io.js"
import * as Records from "./records.js"

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
  /** Columns of a CSV row that the scorer does not read (`nama`, `unit`, …), kept as they were. */
  readonly columns?: Readonly<Record<string, string>>
  /** With `--format widget`: core's full results, as `<asn-scorecard>` reads them. */
  readonly widget?: {
    readonly policy: { readonly title: string }
    readonly evaluation: unknown
    readonly decisions?: unknown
    readonly asOf?: string
  }
  /** Absent with `--trace none`. */
  readonly trace?: { readonly evaluation: unknown; readonly rules: unknown }
}

/**
 * The output formats of `pembinaan score`: JSON array, NDJSON, CSV, or `widget` (a JSON array of the data
 * `<asn-scorecard>` takes, one per record).
 *
 * @since 0.2.0
 */
export type OutputFormat = "json" | "ndjson" | "csv" | "widget"

/**
 * A problem with one record: its position and path inside the record.
 *
 * @since 0.1.0
 */
export interface RecordProblem {
  readonly path: ReadonlyArray<string | number>
  readonly message: string
  readonly code: string
  /** For a number whose reading depends on the locale: both readings. */
  readonly readings?: { readonly id: number; readonly en: number }
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

const periodEnds = new Map<string, string | undefined>()

/** {@link periodEnd} remembered per period id (a file has few distinct periods; at most 1024 are kept). */
const periodEndCached = (period: string): string | undefined => {
  if (periodEnds.has(period)) return periodEnds.get(period)
  const end = periodEnd(period)
  if (periodEnds.size < 1024) periodEnds.set(period, end)
  return end
}

/**
 * How CSV cells are read: the number locale (`--locale`, see `Input.readNumber`) and the language of messages.
 *
 * @since 0.2.0
 */
export interface CellOptions {
  readonly locale?: Input.NumberLocale | undefined
  readonly lang?: "id" | "en" | undefined
}

/**
 * Whether a CSV column is one the scorer reads (so not kept as an extra column): core's
 * `ImportProfile.isConventionColumn`.
 *
 * @since 0.2.0
 */
export const isKnownColumn: (column: string) => boolean = ImportProfile.isConventionColumn

/**
 * The columns of the evaluation CSV convention that the scorer reads; every other column (`nama`, `unit`, …) is
 * kept and returned with the result: core's `ImportProfile.conventionColumns`.
 *
 * @since 0.2.0
 */
export const knownColumns: ReadonlyArray<string> = ImportProfile.conventionColumns

/**
 * Checks an id cell: no control characters, and an employee id that looks like an NIP must be a valid one
 * (`1,98705E+17` or an NIP ending in `000` is refused with the reason: Excel changed it): core's
 * `ImportProfile.idProblem`.
 *
 * @since 0.2.0
 */
export const idProblem: (column: string, value: string, lang?: "id" | "en") => RecordProblem | undefined =
  ImportProfile.idProblem

/**
 * Turns a CSV row into an evaluation record, following the one CSV convention of the project
 * (docs/handbook/input-formats.md): core's `ImportProfile.readConvention`, which the server's `excel-id` import uses
 * too. Numbers are read by `Input.readNumber` under `options.locale`: a cell whose value depends on the locale
 * (`1.250`) is a problem naming the column and both readings. Empty cells are absent. Other columns are returned in
 * `extra`.
 *
 * @since 0.1.0
 */
export const fromCsvRow = (
  row: Readonly<Record<string, string>>,
  options: CellOptions = {}
): {
  readonly record: Record<string, unknown>
  readonly extra: Record<string, string>
  readonly problems: ReadonlyArray<RecordProblem>
} => ImportProfile.readConvention(row, options)

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
  /** How CSV cells are read (locale of numbers, language of messages). */
  readonly cells?: CellOptions | undefined
  /** Unit context (`--context`): facts about each unit, joined by a CSV row's `unit` column. */
  readonly context?: ReadonlyMap<string, Rule.Facts["unit"]> | undefined
  /** Keep core's full results for `--format widget`. */
  readonly widget?: boolean | undefined
  /** The kept input columns written into CSV output, in order. */
  readonly extraColumns?: ReadonlyArray<string> | undefined
  /** `--compact`: JSON and NDJSON records give their decisions as outcome ids (kinds and labels are in the rules). */
  readonly compact?: boolean | undefined
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
  const lang = scorer.cells?.lang ?? "en"
  const ids = (["employee", "period", "scorecard"] as const).flatMap((k) => {
    const v = input[k]
    const p = typeof v === "string" ? idProblem(k, v, lang) : undefined
    return p ? [p] : []
  })
  if (ids.length > 0) return Result.fail(ids)
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
  let decidedFull: unknown
  let decidedAsOf: string | undefined
  if (scorer.rules) {
    const asOf = scorer.asOf ?? periodEndCached(r.period)
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
    decidedFull = decided.success
    decidedAsOf = asOf
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
    ...(scorer.widget
      ? {
          widget: {
            policy: { title: scorer.policy.title },
            evaluation: r,
            ...(decidedFull === undefined ? {} : { decisions: decidedFull }),
            ...(decidedAsOf === undefined ? {} : { asOf: decidedAsOf })
          }
        }
      : {}),
    ...(scorer.trace ? { trace: { evaluation: r.trace, rules: rulesTrace } } : {})
  })
}

/**
 * The outcome of scoring a batch of items: serialised outputs and the problems (the first 1000 listed).
 *
 * @since 0.2.0
 */
export interface BatchOutcome {
  readonly outputs: ReadonlyArray<string>
  readonly problems: ReadonlyArray<RecordProblem>
  readonly problemCount: number
}

const MAX_PROBLEMS_PER_BATCH = 1000

/** One item made ready for scoring: its record (CSV converted, unit context joined) and kept columns. */
type Prepared =
  | {
      readonly ok: true
      readonly at: number
      readonly record: unknown
      readonly extra: Record<string, string> | undefined
    }
  | { readonly ok: false; readonly problems: ReadonlyArray<RecordProblem> }

const prepare = (scorer: Scorer, input: Records.Format, raw: Records.Item | Records.RawLine): Prepared => {
  const item = raw._tag === "Line" ? Records.ndjsonItem(raw.text, raw.at) : raw
  if (item._tag === "SyntaxProblem")
    return { ok: false, problems: [{ path: [item.at], message: item.message, code: "syntax" }] }
  if (input !== "csv") return { ok: true, at: item.at, record: item.value, extra: undefined }
  const row = fromCsvRow(item.value as Record<string, string>, scorer.cells)
  if (row.problems.length > 0)
    return { ok: false, problems: row.problems.map((p) => ({ ...p, path: [item.at, ...p.path] })) }
  const record: Record<string, unknown> = row.record
  const unit = row.extra.unit?.trim()
  if (scorer.context && unit) {
    const facts = scorer.context.get(unit)
    if (facts === undefined) {
      const lang = scorer.cells?.lang ?? "en"
      return {
        ok: false,
        problems: [
          {
            path: [item.at, "unit"],
            message:
              lang === "en"
                ? `unit "${unit}" is not in the context file`
                : `unit "${unit}" tidak ada di berkas konteks`,
            code: "unknown-unit"
          }
        ]
      }
    }
    record.facts = { unit: facts }
  }
  return { ok: true, at: item.at, record, extra: Object.keys(row.extra).length > 0 ? row.extra : undefined }
}

/** Days per month of a year (index 1–12). */
const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31

/** The number of the two ASCII digits at `i` of `s` (no checks: the caller checked that all 18 are digits). */
const two = (s: string, i: number): number => (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48)

/**
 * Whether an employee id is a canonical NIP that passes every check {@link idProblem} makes (18 ASCII digits, a
 * birth date that exists from 1900, a TMT CPNS month after the birth month, gender 1 or 2, a sequence other than
 * 000), decided without building the NIP's parts. `false` means only "not sure": the caller asks {@link idProblem}.
 * `test/score-fast.test.ts` checks that `true` implies no problem, and that every valid NIP gets `true`.
 *
 * @since 0.3.0
 */
export const isCanonicalNip = (s: string): boolean => {
  if (s.length !== 18) return false
  for (let i = 0; i < 18; i++) {
    const c = s.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  if (s.charCodeAt(15) === 48 && s.charCodeAt(16) === 48 && s.charCodeAt(17) === 48) return false
  const year = two(s, 0) * 100 + two(s, 2)
  const month = two(s, 4)
  const day = two(s, 6)
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false
  const tmtYear = two(s, 8) * 100 + two(s, 10)
  const tmtMonth = two(s, 12)
  if (tmtMonth < 1 || tmtMonth > 12) return false
  if (tmtYear * 12 + tmtMonth <= year * 12 + month) return false
  const g = s.charCodeAt(14)
  return g === 49 || g === 50
}

/** One record scored by the fast path as its output text, or `undefined`: the record takes the general path. */
type FastPath = (value: unknown) => string | undefined

const jsonTexts = new Map<string, string>()
/** `JSON.stringify` of a label (ratings, predikat, band labels: few distinct values). */
const jsonText = (text: string): string => {
  let json = jsonTexts.get(text)
  if (json === undefined) {
    json = JSON.stringify(text)
    if (jsonTexts.size < 4096) jsonTexts.set(text, json)
  }
  return json
}

const fastPaths = new WeakMap<Scorer, FastPath | null>()

/**
 * The common path of `pembinaan score` without the trace: for a well-formed record with no `history` or `facts`,
 * the record is read in place by the policy's prepared summariser ({@link Evaluation.summariser}), its rules
 * decided by the compiled rule set ({@link Rule.compile}, whose outcomes are computed once per combination of
 * fired rules), and the output text built directly, with no intermediate result objects. Anything else (a record
 * with a problem, history, facts; the trace; CSV input; widget output) returns `undefined` and takes the general
 * path, which reports problems. The text is the general path's byte for byte (`test/score-fast.test.ts` checks this
 * record by record on generated records, and that one and several workers give the same bytes).
 */
const fastPathOf = (scorer: Scorer, input: Records.Format, output: OutputFormat): FastPath | undefined => {
  if (scorer.trace || scorer.widget || scorer.context !== undefined || input === "csv") return undefined
  const known = fastPaths.get(scorer)
  if (known !== undefined) return known ?? undefined
  const summarise = Evaluation.summariser(scorer.policy)
  const rules = scorer.rules === undefined ? undefined : Rule.compile(scorer.rules)
  const lang = scorer.cells?.lang ?? "en"
  const compact = scorer.compact === true
  const decisionTexts = new WeakMap<Rule.Decided, string>()
  const decisionsOf = (decided: Rule.Decided): string => {
    let text = decisionTexts.get(decided)
    if (text === undefined) {
      text = JSON.stringify(
        compact
          ? decided.outcomes.map((o) => o.id)
          : decided.outcomes.map((o) => ({ id: o.id, kind: o.kind, label: o.label }))
      )
      decisionTexts.set(decided, text)
    }
    return text
  }
  const decisionList = new WeakMap<Rule.Decided, Scored["decisions"]>()
  const listOf = (decided: Rule.Decided): Scored["decisions"] => {
    let list = decisionList.get(decided)
    if (list === undefined) {
      list = decided.outcomes.map((o) => ({ id: o.id, kind: o.kind, label: o.label }))
      decisionList.set(decided, list)
    }
    return list
  }
  // The rule facts of one record, reused (the compiled rule set keeps nothing of them).
  const current: { period: string; predikat: Quadrant.Predikat; score?: number } = {
    period: "",
    predikat: "Baik"
  }
  const facts: { asOf: string; history: Array<Rule.PeriodFact> } = { asOf: "", history: [current] }
  const fast: FastPath = (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined
    const record = value as Record<string, unknown>
    if ("history" in record || "facts" in record) return undefined
    const { employee, period, scorecard } = record
    if (typeof employee === "string" && !isCanonicalNip(employee) && idProblem("employee", employee, lang)) {
      return undefined
    }
    if (typeof period === "string" && Records.hasControl(period, false)) return undefined
    if (typeof scorecard === "string" && Records.hasControl(scorecard, false)) return undefined
    const r = summarise(record)
    if (r === undefined) return undefined
    let decided: Rule.Decided | undefined
    if (rules) {
      const asOf = scorer.asOf ?? periodEndCached(r.period)
      if (!asOf) return undefined
      current.period = r.period
      current.predikat = r.predikat
      if (r.score === undefined) delete current.score
      else current.score = r.score
      facts.asOf = asOf
      const d = rules.decide(facts)
      if (Result.isFailure(d)) return undefined
      decided = d.success
    }
    if (output === "csv") {
      return csvLine(
        {
          employee: r.employee,
          period: r.period,
          score: r.score ?? null,
          band: r.band ?? null,
          hasilKerja: r.hasilKerja,
          perilakuKerja: r.perilakuKerja,
          predikat: r.predikat,
          decisions: decided ? listOf(decided) : []
        },
        scorer.extraColumns
      )
    }
    return `{"employee":${JSON.stringify(r.employee)},"period":${JSON.stringify(r.period)},"score":${r.score === undefined ? "null" : JSON.stringify(r.score)},"band":${r.band === undefined ? "null" : jsonText(r.band)},"hasilKerja":${jsonText(r.hasilKerja)},"perilakuKerja":${jsonText(r.perilakuKerja)},"predikat":${jsonText(r.predikat)},"decisions":${decided ? decisionsOf(decided) : "[]"}}`
  }
  fastPaths.set(scorer, output === "widget" ? null : fast)
  return output === "widget" ? undefined : fast
}

/**
 * Scores items in order: NDJSON lines are parsed, CSV rows converted by {@link fromCsvRow} (and joined to the unit
 * context), each record scored by {@link scoreRecord} and serialised. The single- and multi-threaded paths both call
 * this, so they give the same bytes for the same input.
 *
 * @since 0.2.0
 */
export const scoreItems = (
  scorer: Scorer,
  input: Records.Format,
  output: OutputFormat,
  items: ReadonlyArray<Records.Item | Records.RawLine>
): BatchOutcome => {
  const sink = newSink()
  const score = itemScorer(scorer, input, output)
  for (const raw of items) score(raw, sink)
  return sink
}

/**
 * Where {@link itemScorer} puts its results: the serialised records in order, the first problems (at most 1000 per
 * sink) and how many there were.
 *
 * @since 0.3.0
 */
export interface Sink {
  readonly outputs: Array<string>
  readonly problems: Array<RecordProblem>
  problemCount: number
}

/**
 * An empty {@link Sink}.
 *
 * @since 0.3.0
 */
export const newSink = (): Sink => ({ outputs: [], problems: [], problemCount: 0 })

const fail = (sink: Sink, p: RecordProblem) => {
  sink.problemCount++
  if (sink.problems.length < MAX_PROBLEMS_PER_BATCH) sink.problems.push(p)
}

/** The general path: a prepared record scored by {@link scoreRecord} and serialised, or its problems. */
const generalScorer =
  (scorer: Scorer, output: OutputFormat) =>
  (ready: Prepared, sink: Sink): void => {
    if (!ready.ok) {
      for (const p of ready.problems) fail(sink, p)
      return
    }
    const scored = scoreRecord(scorer, ready.record)
    if (Result.isFailure(scored)) {
      for (const p of scored.failure) fail(sink, { ...p, path: [ready.at, ...p.path] })
      return
    }
    const s = ready.extra ? { ...scored.success, columns: ready.extra } : scored.success
    sink.outputs.push(serialise(output, s, scorer.extraColumns, scorer.compact))
  }

/**
 * Scores one item into a sink: NDJSON lines are parsed, CSV rows converted by {@link fromCsvRow} (and joined to the
 * unit context), each record scored by {@link scoreRecord} (or the fast path) and serialised. Every path of
 * `pembinaan score` (one thread, worker threads, batches of items or pieces of NDJSON text) scores with this, so all
 * give the same bytes for the same input. {@link lineScorer} is the same for an NDJSON line given as text.
 *
 * @since 0.3.0
 */
export const itemScorer = (
  scorer: Scorer,
  input: Records.Format,
  output: OutputFormat
): ((raw: Records.Item | Records.RawLine, sink: Sink) => void) => {
  const fast = fastPathOf(scorer, input, output)
  const general = generalScorer(scorer, output)
  return (raw, sink) => {
    if (fast !== undefined && raw._tag !== "SyntaxProblem") {
      let value: unknown
      let parsed = true
      if (raw._tag === "Line") {
        try {
          value = JSON.parse(raw.text)
        } catch {
          parsed = false
        }
      } else value = raw.value
      if (parsed) {
        const text = fast(value)
        if (text !== undefined) {
          sink.outputs.push(text)
          return
        }
        return general({ ok: true, at: raw.at, record: value, extra: undefined }, sink)
      }
    }
    general(prepare(scorer, input, raw), sink)
  }
}

/**
 * {@link itemScorer} for NDJSON lines given as their text and 1-based line number, without an item object per line
 * on the common path (the line is parsed once and read in place).
 *
 * @since 0.3.0
 */
export const lineScorer = (scorer: Scorer, output: OutputFormat): ((text: string, at: number, sink: Sink) => void) => {
  const fast = fastPathOf(scorer, "ndjson", output)
  const item = itemScorer(scorer, "ndjson", output)
  if (fast === undefined) return (text, at, sink) => item({ _tag: "Line", at, text }, sink)
  const general = generalScorer(scorer, output)
  return (text, at, sink) => {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return item({ _tag: "Line", at, text }, sink)
    }
    const out = fast(value)
    if (out !== undefined) sink.outputs.push(out)
    else general({ ok: true, at, record: value, extra: undefined }, sink)
  }
}

/**
 * Serialised records joined as the output format frames them between records: CSV lines as they are, NDJSON lines
 * each followed by a line break, JSON objects separated by `,` and a line break (the array's opening and the
 * separator before a batch are {@link ScoredOutput}'s).
 *
 * @since 0.3.0
 */
export const joinRecords = (format: OutputFormat, records: ReadonlyArray<string>): string =>
  format === "csv" ? records.join("") : format === "ndjson" ? `${records.join("\n")}\n` : records.join(",\n")

/**
 * One employee's annual result as printed by `pembinaan score --annual`: plain numbers and strings (the exact score
 * as text beside the rounded one), with the trace unless `--trace none`.
 *
 * @since 0.2.0
 */
export interface AnnualScored {
  readonly employee: string
  readonly year: number
  readonly score: number | null
  readonly exact: string | null
  readonly band: string | null
  readonly hasilKerja: string | null
  readonly perilakuKerja: string | null
  readonly predikat: string
  readonly strategy: string
  readonly trace?: unknown
}

/**
 * The CSV header of `score --annual` output.
 *
 * @since 0.2.0
 */
export const annualCsvHeader = "employee,year,score,exact,band,hasilKerja,perilakuKerja,predikat,strategy\n"

const annualOutputs = (
  scorer: Scorer,
  output: OutputFormat,
  rows: ReadonlyArray<{ at: number; index: number; scored: Scored }>,
  problems: Array<RecordProblem>
): Array<[number, string]> => {
  const years = new Map<number, Array<{ at: number; index: number; scored: Scored }>>()
  for (const r of rows) {
    const year = Number(r.scored.period.slice(0, 4))
    const list = years.get(year) ?? []
    list.push(r)
    years.set(year, list)
  }
  const out: Array<[number, string]> = []
  for (const [year, list] of years) {
    const annualRow = list.find((r) => /^\d{4}$/.test(r.scored.period))
    const periodic = list
      .filter((r) => r !== annualRow && r.scored.score !== null)
      .map((r) => ({
        period: r.scored.period,
        score: r.scored.score as number,
        predikat: r.scored.predikat as Quadrant.Predikat,
        perilakuKerja: r.scored.perilakuKerja as Quadrant.Rating
      }))
    const a = Period.annual(scorer.policy, {
      year,
      periodic,
      ...(annualRow
        ? {
            annual: {
              year,
              predikat: annualRow.scored.predikat as Quadrant.Predikat,
              ...(annualRow.scored.score === null ? {} : { score: annualRow.scored.score })
            }
          }
        : {})
    })
    const first = list[0] as { at: number; index: number; scored: Scored }
    if (Result.isFailure(a)) {
      const f = a.failure as { _tag: string }
      problems.push({
        path: [first.at, "annual"],
        message: `${f._tag}: ${JSON.stringify({ ...f, _tag: undefined })}`,
        code: f._tag
      })
      continue
    }
    const e = a.success
    const result: AnnualScored = {
      employee: first.scored.employee,
      year,
      score: e.rounded ?? e.score?.value ?? null,
      exact: e.score ? `${e.score.numerator}/${e.score.denominator}` : null,
      band: e.band ?? null,
      // annual-only: the ratings are the annual evaluation's own
      hasilKerja: e.hasilKerja ?? (e.strategy === "annual-only" ? annualRow?.scored.hasilKerja : undefined) ?? null,
      perilakuKerja:
        e.perilakuKerja ?? (e.strategy === "annual-only" ? annualRow?.scored.perilakuKerja : undefined) ?? null,
      predikat: e.predikat,
      strategy: e.strategy,
      ...(scorer.trace ? { trace: e.trace } : {})
    }
    const minIndex = Math.min(...list.map((r) => r.index))
    out.push([
      minIndex,
      output === "csv"
        ? `${[result.employee, result.year, result.score, result.exact, result.band, result.hasilKerja, result.perilakuKerja, result.predikat, result.strategy].map(csvCell).join(",")}\n`
        : JSON.stringify(result)
    ])
  }
  return out
}

/** The order of period ids: by their last day, then by text. */
const periodKey = (period: unknown): string =>
  `${typeof period === "string" ? (periodEnd(period) ?? "") : ""}|${String(period)}`

/**
 * Scores long-format input (`--history`): several periods per employee, in any order. Rows are grouped by employee
 * and scored oldest first, each with the results of the employee's earlier rows as its `history`, so the rules that
 * depend on history ("Butuh Perbaikan twice", consecutive periods) decide from CSV exactly as from JSON records
 * that carry `history`. A record's own `history` (JSON) comes before the file's rows. Output is in input order.
 *
 * @since 0.2.0
 */
export const scoreWithHistory = (
  scorer: Scorer,
  input: Records.Format,
  output: OutputFormat,
  items: ReadonlyArray<Records.Item | Records.RawLine>,
  options: { readonly annual?: boolean } = {}
): BatchOutcome => {
  const problems: Array<RecordProblem> = []
  const ready: Array<{
    index: number
    at: number
    record: Record<string, unknown>
    extra: Record<string, string> | undefined
  }> = []
  items.forEach((raw, index) => {
    const p = prepare(scorer, input, raw)
    if (!p.ok) problems.push(...p.problems)
    else if (typeof p.record !== "object" || p.record === null || Array.isArray(p.record))
      problems.push({ path: [p.at], message: "expected an object", code: "type" })
    else ready.push({ index, at: p.at, record: p.record as Record<string, unknown>, extra: p.extra })
  })
  const groups = new Map<string, typeof ready>()
  for (const r of ready) {
    const key = typeof r.record.employee === "string" ? r.record.employee : JSON.stringify(r.record.employee)
    const group = groups.get(key) ?? []
    group.push(r)
    groups.set(key, group)
  }
  const outputs = new Map<number, string>()
  const lang = scorer.cells?.lang ?? "en"
  for (const group of groups.values()) {
    group.sort((x, y) =>
      periodKey(x.record.period) < periodKey(y.record.period)
        ? -1
        : periodKey(x.record.period) > periodKey(y.record.period)
          ? 1
          : x.index - y.index
    )
    const earlier: Array<{ period: string; predikat: string; score?: number }> = []
    const scoredRows: Array<{ at: number; index: number; scored: Scored }> = []
    let previous: string | undefined
    for (const r of group) {
      if (r.record.period === previous) {
        problems.push({
          path: [r.at, "period"],
          message:
            lang === "en"
              ? `period ${String(previous)} appears twice for this employee`
              : `periode ${String(previous)} muncul dua kali untuk pegawai ini`,
          code: "duplicate"
        })
        continue
      }
      previous = r.record.period as string
      const own = Array.isArray(r.record.history) ? r.record.history : []
      const scored = scoreRecord(scorer, { ...r.record, history: [...own, ...earlier] })
      if (Result.isFailure(scored)) {
        for (const p of scored.failure) problems.push({ ...p, path: [r.at, ...p.path] })
        continue
      }
      const s = scored.success
      earlier.push({ period: s.period, predikat: s.predikat, ...(s.score === null ? {} : { score: s.score }) })
      scoredRows.push({ at: r.at, index: r.index, scored: s })
      if (!options.annual)
        outputs.set(
          r.index,
          serialise(output, r.extra ? { ...s, columns: r.extra } : s, scorer.extraColumns, scorer.compact)
        )
    }
    if (options.annual && scoredRows.length > 0) {
      for (const [index, text] of annualOutputs(scorer, output, scoredRows, problems)) outputs.set(index, text)
    }
  }
  problems.sort((x, y) => (x.path[0] as number) - (y.path[0] as number))
  return {
    outputs: [...outputs.entries()].sort((x, y) => x[0] - y[0]).map(([, o]) => o),
    problems,
    problemCount: problems.length
  }
}

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
 * The CSV header of scored output with the kept input columns (`nama`, `unit`, …) appended.
 *
 * @since 0.2.0
 */
export const csvHeaderWith = (columns: ReadonlyArray<string> = []): string =>
  columns.length === 0 ? csvHeader : `${csvHeader.slice(0, -1)},${columns.map(csvCell).join(",")}\n`

/**
 * One scored record as a CSV line. Cells that a spreadsheet would run as a formula are prefixed with `'`.
 *
 * @since 0.1.0
 */
export const csvLine = (s: Scored, columns: ReadonlyArray<string> = []): string =>
  `${[
    s.employee,
    s.period,
    s.score,
    s.band,
    s.hasilKerja,
    s.perilakuKerja,
    s.predikat,
    s.decisions.map((d) => d.id).join(" "),
    ...columns.map((c) => s.columns?.[c] ?? "")
  ]
    .map(csvCell)
    .join(",")}\n`

/**
 * One scored record in an output format, without separators: a CSV line (with its line break), or a JSON object.
 *
 * @since 0.1.0
 */
export const serialise = (
  format: OutputFormat,
  s: Scored,
  columns?: ReadonlyArray<string>,
  compact?: boolean
): string => {
  if (format === "csv") return csvLine(s, columns)
  if (format === "widget") {
    const c = s.columns ?? {}
    const employee = Object.fromEntries(
      (
        [
          ["name", c.nama ?? c.name],
          ["jabatan", c.jabatan],
          ["unit", c.unit]
        ] as const
      ).flatMap(([k, v]) => (v === undefined || v === "" ? [] : [[k, v]]))
    )
    return JSON.stringify({ employee, ...s.widget })
  }
  const { widget: _, ...plain } = s
  return JSON.stringify(compact ? { ...plain, decisions: plain.decisions.map((d) => d.id) } : plain)
}

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
    private readonly format: OutputFormat,
    columns: ReadonlyArray<string> = [],
    header?: string
  ) {
    if (format === "json" || format === "widget") this.push("[")
    if (format === "csv") this.push(header ?? csvHeaderWith(columns))
  }

  /** Adds serialised records (see {@link serialise}) in order. */
  async write(records: ReadonlyArray<string>): Promise<void> {
    if (records.length === 0) return
    await this.writeJoined(joinRecords(this.format, records))
  }

  /** Adds records already joined by {@link joinRecords}, in order. An empty body adds nothing. */
  async writeJoined(body: string): Promise<void> {
    if (body.length === 0) return
    if (this.format === "json" || this.format === "widget") {
      this.push(this.first ? "\n" : ",\n")
      this.first = false
    }
    this.push(body)
    if (this.bytes >= 65_536) await this.flush()
  }

  /** Closes the framing and writes what is left. */
  async end(): Promise<void> {
    if (this.format === "json" || this.format === "widget") this.push(this.first ? "]\n" : "\n]\n")
    await this.flush()
  }

  private push(part: string): void {
    this.pending.push(part)
    this.bytes += part.length
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return
    const text = this.pending.join("")
    this.pending = []
    this.bytes = 0
    await this.io.stdout(text)
  }
}
