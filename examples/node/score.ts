/**
 * Scores a CSV of evaluations with `@pembinaan/core` and prints per-employee results and a summary: what a data
 * officer does with a spreadsheet exported from e-Kinerja.
 *
 *   pnpm --filter example-node score                         # the sample, Bukittinggi policy
 *   tsx --conditions=@pembinaan/source examples/node/score.ts data.csv --policy muaratebo [--json]
 *
 * The CSV has one row per employee and period: `employee`, `nama`, `period` (`2026-Q1`), `scorecard`, then for each
 * indicator `<indicator>:target` and `<indicator>:realisasi` (a range target as `2-4`; leave both empty when the
 * indicator is not on the employee's scorecard), then either the seven `berakhlak:<value>` ratings or one
 * `perilakuKerja` rating, as the policy asks. Exit code 0 when every row scored, 1 when a row was refused (every
 * problem is printed with its row and path), 2 for wrong usage.
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Distribution, Evaluation, type Policy, Presets, Quadrant } from "@pembinaan/core"
import { Result } from "effect"

/** The policies this script knows by name. */
export const policies: { readonly [name: string]: Policy.Policy } = {
  bukittinggi: Presets.bukittinggi.policy,
  muaratebo: Presets.muaratebo.policy,
  sawahlunto: Presets.sawahlunto.policy
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF); blank lines are skipped. */
export const parseCsv = (text: string): Array<Array<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let field = ""
  let quoted = false
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === "") quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++
      row.push(field)
      if (row.some((f) => f !== "")) rows.push(row)
      row = []
      field = ""
    } else field += c
  }
  row.push(field)
  if (row.some((f) => f !== "")) rows.push(row)
  return rows
}

const numberOrText = (raw: string): number | string => {
  const t = raw.trim()
  if (t === "") return t
  const n = Number(t.replace(",", "."))
  return Number.isFinite(n) ? n : t
}

const targetOf = (raw: string): unknown => {
  const range = /^\s*(\d+(?:[.,]\d+)?)\s*-\s*(\d+(?:[.,]\d+)?)\s*$/.exec(raw)
  if (range) return { lower: Number(range[1]?.replace(",", ".")), upper: Number(range[2]?.replace(",", ".")) }
  return numberOrText(raw)
}

/** One CSV row as an (undecoded) evaluation input plus the name column. */
export interface Row {
  readonly line: number
  readonly name: string
  readonly input: Record<string, unknown>
}

/** Turns the CSV's rows into evaluation inputs; core decodes and reports what is wrong. */
export const toInputs = (table: ReadonlyArray<ReadonlyArray<string>>): Array<Row> => {
  const [header = [], ...body] = table
  const col = (name: string) => header.indexOf(name)
  const indicators = [...new Set(header.filter((h) => h.endsWith(":target")).map((h) => h.slice(0, -":target".length)))]
  const berakhlak = header.filter((h) => h.startsWith("berakhlak:")).map((h) => h.slice("berakhlak:".length))
  return body.map((cells, i) => {
    const cell = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "")
    const input: Record<string, unknown> = {
      employee: cell("employee"),
      period: cell("period"),
      measurements: indicators.flatMap((id) => {
        const target = cell(`${id}:target`)
        const realisasi = cell(`${id}:realisasi`)
        return target === "" && realisasi === ""
          ? []
          : [{ indicator: id, target: targetOf(target), realisasi: numberOrText(realisasi) }]
      })
    }
    if (cell("scorecard") !== "") input.scorecard = cell("scorecard")
    if (berakhlak.length > 0) input.berakhlak = Object.fromEntries(berakhlak.map((v) => [v, cell(`berakhlak:${v}`)]))
    if (cell("perilakuKerja") !== "") input.perilakuKerja = cell("perilakuKerja")
    return { line: i + 2, name: cell("nama"), input }
  })
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
export const scoreCsv = (policy: Policy.Policy, csv: string): Report => {
  const rows = toInputs(parseCsv(csv))
  const results: Array<Report["results"][number]> = []
  const problems: Array<Report["problems"][number]> = []
  for (const row of rows) {
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
export const main = (
  argv: ReadonlyArray<string>,
  out: Output = process.stdout,
  err: Output = process.stderr
): number => {
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
  const report = scoreCsv(policy, text)
  out.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report))
  return report.problems.length > 0 ? 1 : 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2))
