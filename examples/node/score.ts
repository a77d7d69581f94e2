/**
 * Scores a CSV of evaluations with `@pembinaan/core` and prints per-employee results and a summary: what a data
 * officer does with a spreadsheet exported from e-Kinerja.
 *
 *   pnpm --filter example-node score                         # the sample, Bukittinggi policy
 *   tsx --conditions=@pembinaan/source examples/node/score.ts data.csv --policy muaratebo [--json]
 *
 * The CSV follows the project's one convention (docs/handbook/input-formats.md, the same as `pembinaan score`): one
 * row per employee and period: `employee`, `nama`, `period` (`2026-Q1`), `scorecard`, then for each indicator
 * `target:<indicator>` and `realisasi:<indicator>` (a range target as `2..4`; leave both empty when the indicator is
 * not on the employee's scorecard), then either the seven BerAKHLAK value columns (`berorientasi-pelayanan`, …) or
 * one `perilakuKerja` rating, as the policy asks. Exit code 0 when every row scored, 1 when a row was refused (every
 * problem is printed with its row and path), 2 for wrong usage.
 */
import { readFileSync } from "node:fs"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { fromCsvRow, Records } from "@pembinaan/cli"
import { Distribution, Evaluation, type Policy, Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"

/** The policies this script knows by name. */
export const policies: { readonly [name: string]: Policy.Policy } = {
  bukittinggi: Presets.bukittinggi.policy,
  muaratebo: Presets.muaratebo.policy,
  sawahlunto: Presets.sawahlunto.policy
}

/** One CSV row as an (undecoded) evaluation input plus the name column, or the problems of reading it. */
export interface Row {
  readonly line: number
  readonly name: string
  readonly input: Record<string, unknown>
  readonly problems: ReadonlyArray<{ readonly path: string; readonly message: string }>
}

/**
 * Reads the CSV with the project's one CSV reader and convention (`@pembinaan/cli`'s `Records.read` and
 * `fromCsvRow`, documented in docs/handbook/input-formats.md): the same columns the `pembinaan score` command reads.
 * Numbers whose reading depends on the locale are refused unless `locale` is given.
 */
export const toInputs = async (csv: string, locale?: "id" | "en"): Promise<Array<Row>> => {
  const rows: Array<Row> = []
  for await (const item of Records.read("csv", Readable.from([csv]))) {
    if (item._tag === "SyntaxProblem") {
      rows.push({ line: item.at, name: "", input: {}, problems: [{ path: "", message: item.message }] })
      continue
    }
    const row = fromCsvRow(item.value as Record<string, string>, { locale })
    rows.push({
      line: item.at,
      name: row.extra.nama ?? "",
      input: row.record,
      problems: row.problems.map((p) => ({ path: p.path.join("."), message: p.message }))
    })
  }
  return rows
}

/** The result of scoring a CSV. */
export interface Report {
  readonly policy: { readonly id: string; readonly version: string; readonly region: string }
  readonly results: ReadonlyArray<{
    readonly line: number
    readonly employee: string
    readonly name: string
    readonly period: string
    readonly score: string | null
    readonly band: string | null
    readonly hasilKerja: Quadrant.Rating
    readonly perilakuKerja: Quadrant.Rating
    readonly predikat: Quadrant.Predikat
  }>
  readonly problems: ReadonlyArray<{ readonly line: number; readonly path: string; readonly message: string }>
  readonly summary: {
    readonly rows: number
    readonly scored: number
    readonly refused: number
    readonly employees: number
    readonly counts: { readonly [K in Quadrant.Predikat]: number }
    readonly meanScore: string | null
    readonly distributionWarnings: ReadonlyArray<string>
  }
}

/** Scores CSV text under a policy. Pure: no I/O. */
export const scoreCsv = async (policy: Policy.Policy, csv: string): Promise<Report> => {
  const rows = await toInputs(csv)
  const results: Array<Report["results"][number]> = []
  const problems: Array<Report["problems"][number]> = []
  for (const row of rows) {
    if (row.problems.length > 0) {
      for (const p of row.problems) problems.push({ line: row.line, ...p })
      continue
    }
    const r = Evaluation.evaluate(policy, row.input)
    if (Result.isSuccess(r)) {
      const e = r.success
      results.push({
        line: row.line,
        employee: e.employee,
        name: row.name,
        period: e.period,
        score: e.score?.text ?? null,
        band: e.band ?? null,
        hasilKerja: e.hasilKerja,
        perilakuKerja: e.perilakuKerja,
        predikat: e.predikat
      })
    } else if (r.failure._tag === "InvalidInput") {
      for (const p of r.failure.problems) problems.push({ line: row.line, path: p.path.join("."), message: p.message })
    } else {
      problems.push({ line: row.line, path: "score", message: `${r.failure._tag}: score outside the policy's scale` })
    }
  }
  const counts = Distribution.count(results.map((r) => r.predikat))
  const scores = results.flatMap((r) => (r.score === null ? [] : [Number(r.score)]))
  // the mean is for display only; every decision above was made exactly by core
  const meanScore = scores.length === 0 ? null : (scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(2)
  const report = Distribution.check(policy.distribution, { organisation: "Baik", counts })
  return {
    policy: { id: policy.id, version: policy.version, region: policy.region },
    results,
    problems,
    summary: {
      rows: rows.length,
      scored: results.length,
      refused: new Set(problems.map((p) => p.line)).size,
      employees: new Set(results.map((r) => r.employee)).size,
      counts,
      meanScore,
      distributionWarnings: report.tooSmallToJudge
        ? []
        : report.warnings.map(
            (w) => `${w.guideline.predikat.join(", ")}: ${w.actualPercent}% (${w.guideline.op} ${w.guideline.percent}%)`
          )
    }
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length))

/** The human-readable report. */
export const formatReport = (r: Report): string => {
  const lines = [`Kebijakan: ${r.policy.region} (${r.policy.id} ${r.policy.version})`, ""]
  const cols = [
    ["Pegawai", 12],
    ["Nama", 20],
    ["Periode", 8],
    ["Nilai", 7],
    ["Kategori", 13],
    ["Hasil kerja", 19],
    ["Perilaku kerja", 19],
    ["Predikat", 0]
  ] as const
  lines.push(
    cols
      .map(([h, n]) => pad(h, n))
      .join(" ")
      .trimEnd()
  )
  for (const x of r.results) {
    const values = [
      x.employee,
      x.name,
      x.period,
      x.score ?? "-",
      x.band ?? "-",
      x.hasilKerja,
      x.perilakuKerja,
      x.predikat
    ]
    lines.push(
      values
        .map((v, i) => pad(v, cols[i]?.[1] ?? 0))
        .join(" ")
        .trimEnd()
    )
  }
  lines.push("", "Ringkasan")
  lines.push(
    `  baris: ${r.summary.rows}, dinilai: ${r.summary.scored}, ditolak: ${r.summary.refused}, pegawai: ${r.summary.employees}`
  )
  lines.push(`  rata-rata nilai: ${r.summary.meanScore ?? "-"}`)
  for (const p of Quadrant.predikats) lines.push(`  ${pad(p, 18)} ${r.summary.counts[p]}`)
  for (const w of r.summary.distributionWarnings) lines.push(`  catatan sebaran: ${w}`)
  if (r.problems.length > 0) {
    lines.push("", "Masalah")
    for (const p of r.problems) lines.push(`  baris ${p.line}, ${p.path}: ${p.message}`)
  }
  return `${lines.join("\n")}\n`
}

const usage = `Pemakaian: score.ts [berkas.csv] [--policy bukittinggi|muaratebo|sawahlunto] [--json]
Usage:     score.ts [file.csv] [--policy bukittinggi|muaratebo|sawahlunto] [--json]
`

/** Where the command line writes (stdout, stderr). */
export interface Output {
  write(text: string): unknown
}

/** Runs the command line; returns the exit code. */
export const main = async (
  argv: ReadonlyArray<string>,
  out: Output = process.stdout,
  err: Output = process.stderr
): Promise<number> => {
  let file = fileURLToPath(new URL("./data/evaluations.csv", import.meta.url))
  let policyName = "bukittinggi"
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ""
    if (a === "--help" || a === "-h") {
      out.write(usage)
      return 0
    }
    if (a === "--json") json = true
    else if (a === "--policy") policyName = argv[++i] ?? ""
    else if (a.startsWith("--")) {
      err.write(`unknown option ${a}\n${usage}`)
      return 2
    } else file = a
  }
  const policy = policies[policyName]
  if (!policy) {
    err.write(`unknown policy "${policyName}"\n${usage}`)
    return 2
  }
  let text: string
  try {
    text = readFileSync(file, "utf8")
  } catch {
    err.write(`cannot read ${file}\n`)
    return 2
  }
  const report = await scoreCsv(policy, text)
  out.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report))
  return report.problems.length > 0 ? 1 : 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = await main(process.argv.slice(2))
