#!/usr/bin/env node
// The DuckDB peer of `pembinaan score --engine duckdb` in the national run: the Bukittinggi "pelaksana" policy written
// by hand in SQL the way a data team would (the same file read the same way, DOUBLE arithmetic, round(…, 2)), and the
// same output as `pembinaan score --format ndjson --rules none --trace none` (score, band, ratings, predikat), one
// JSON line per employee written with JSON.stringify, so the two outputs can be compared byte for byte. Prints {"stats": …} with CPU seconds (every DuckDB thread) to stderr.
import { resolve } from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"

const file = resolve(process.argv[2])
const withRules = process.argv.includes("--rules")
const o = (id, kind, label) => JSON.stringify({ id, kind, label })
const bimbingan = o("bimbingan-kinerja", "remediation", "Bimbingan kinerja")
const poor = [
  o("kesempatan-perbaikan", "remediation", "Kesempatan perbaikan kinerja 6 bulan"),
  o("konseling-kinerja", "remediation", "Konseling kinerja"),
  o("pembinaan-khusus", "remediation", "Program pembinaan khusus"),
  bimbingan
].join(",")
const decisions = `CASE predikat
    WHEN 'Sangat Baik' THEN '[${o("prioritas-suksesi", "reward", "Prioritas kelompok rencana suksesi")},${o("prioritas-pengembangan", "development", "Prioritas pengembangan kompetensi")}]'
    WHEN 'Butuh Perbaikan' THEN '[${bimbingan}]'
    WHEN 'Kurang/Misconduct' THEN '[${poor}]' WHEN 'Sangat Kurang' THEN '[${poor}]' ELSE '[]' END`
const started = performance.now()
const cpu0 = process.cpuUsage()
const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const m = (id, field) => `list_filter(measurements, m -> m.indicator = '${id}')[1].${field}`
const c = (id) => `(${m(id, "realisasi")} / ${m(id, "target")} * 100)`
const count = (rating) => values.map((v) => `(berakhlak."${v}" = '${rating}')::INT`).join(" + ")
const sql = `
WITH s AS (
  SELECT employee, period,
    round(0.35 * least(${c("dokumen-selesai")}, 120) + 0.25 * least(${c("mutu-dokumen")}, 120)
      + 0.20 * least(${c("kehadiran-tepat-waktu")}, 100)
      + 0.20 * least(greatest(200 - ${c("keluhan-masyarakat")}, 0), 120), 2) AS score,
    ${count("Dibawah Ekspektasi")} AS dibawah, ${count("Diatas Ekspektasi")} AS diatas
  FROM read_json('${file}', format = 'newline_delimited', columns = {employee: 'VARCHAR', period: 'VARCHAR',
    measurements: 'STRUCT(indicator VARCHAR, target DOUBLE, realisasi DOUBLE)[]',
    berakhlak: 'STRUCT(${values.map((v) => `"${v}" VARCHAR`).join(", ")})'})
), r AS (
  SELECT employee, period, score,
    CASE WHEN score >= 110 THEN 'Diatas Ekspektasi' WHEN score >= 90 THEN 'Sesuai Ekspektasi' ELSE 'Dibawah Ekspektasi' END AS h,
    CASE WHEN dibawah >= 1 THEN 'Dibawah Ekspektasi' WHEN diatas >= 4 THEN 'Diatas Ekspektasi' ELSE 'Sesuai Ekspektasi' END AS p
  FROM s
)
SELECT employee, period, CAST(score AS VARCHAR) AS score,
  CASE WHEN score >= 110 THEN 'Sangat Baik' WHEN score >= 95 THEN 'Baik' WHEN score >= 80 THEN 'Cukup'
       WHEN score >= 60 THEN 'Kurang' ELSE 'Sangat Kurang' END AS band, h, p,
  CASE WHEN h = 'Dibawah Ekspektasi' AND p = 'Dibawah Ekspektasi' THEN 'Sangat Kurang'
       WHEN h = 'Dibawah Ekspektasi' THEN 'Butuh Perbaikan'
       WHEN p = 'Dibawah Ekspektasi' THEN 'Kurang/Misconduct'
       WHEN h = 'Diatas Ekspektasi' AND p = 'Diatas Ekspektasi' THEN 'Sangat Baik' ELSE 'Baik' END AS predikat
FROM r`
const query = withRules ? `SELECT *, ${decisions} AS decisions FROM (${sql})` : sql
const instance = await DuckDBInstance.create(":memory:", { memory_limit: "256MB", preserve_insertion_order: "true" })
const con = await instance.connect()
const result = await con.stream(query)
let n = 0
for (;;) {
  const chunk = await result.fetchChunk()
  if (!chunk || chunk.rowCount === 0) break
  const lines = []
  for (const [employee, period, score, band, hasilKerja, perilakuKerja, predikat, given] of chunk.getRows()) {
    n++
    const record = { employee, period, score: Number(score), band, hasilKerja, perilakuKerja, predikat, decisions: [] }
    const line = JSON.stringify(record)
    // the decisions the SQL wrote, in place of the empty list that ends the line
    lines.push(withRules ? `${line.slice(0, -3)}${given}}` : line)
  }
  if (!process.stdout.write(`${lines.join("\n")}\n`)) await new Promise((r) => process.stdout.once("drain", r))
}
const seconds = (performance.now() - started) / 1000
const u = process.cpuUsage(cpu0)
process.stderr.write(
  `${JSON.stringify({ stats: { records: n, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(n / seconds), cpuSeconds: Math.round((u.user + u.system) / 1e4) / 100, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) } })}\n`
)
