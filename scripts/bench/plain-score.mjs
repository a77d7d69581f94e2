#!/usr/bin/env node
// The plain hand-written baseline for the national run: reads the same NDJSON, computes the same predikat with
// floats (no validation, no exact arithmetic, no trace, no rules engine) and writes one small JSON line per employee.
import { createReadStream } from "node:fs"

const weights = { "dokumen-selesai": 35, "mutu-dokumen": 25, "kehadiran-tepat-waktu": 20, "keluhan-masyarakat": 20 }
const caps = { "dokumen-selesai": 120, "mutu-dokumen": 120, "kehadiran-tepat-waktu": 100, "keluhan-masyarakat": 120 }
const lower = { "keluhan-masyarakat": true }
const cells = {
  "Diatas Ekspektasi": {
    "Dibawah Ekspektasi": "Kurang/Misconduct",
    "Sesuai Ekspektasi": "Baik",
    "Diatas Ekspektasi": "Sangat Baik"
  },
  "Sesuai Ekspektasi": {
    "Dibawah Ekspektasi": "Kurang/Misconduct",
    "Sesuai Ekspektasi": "Baik",
    "Diatas Ekspektasi": "Baik"
  },
  "Dibawah Ekspektasi": {
    "Dibawah Ekspektasi": "Sangat Kurang",
    "Sesuai Ekspektasi": "Butuh Perbaikan",
    "Diatas Ekspektasi": "Butuh Perbaikan"
  }
}
const limit = Number(process.argv[3] ?? Number.POSITIVE_INFINITY)
const out = []
let n = 0
let carry = ""
const started = performance.now()
const flush = () => {
  if (out.length > 0) {
    process.stdout.write(`${out.join("\n")}\n`)
    out.length = 0
  }
}
const handle = (line) => {
  if (line === "" || n >= limit) return
  n++
  const r = JSON.parse(line)
  let score = 0
  for (const m of r.measurements) {
    const c = lower[m.indicator] ? Math.max(0, (2 - m.realisasi / m.target) * 100) : (m.realisasi / m.target) * 100
    score += (weights[m.indicator] / 100) * Math.min(c, caps[m.indicator])
  }
  score = Math.round(score * 100) / 100
  const hasil = score >= 110 ? "Diatas Ekspektasi" : score >= 90 ? "Sesuai Ekspektasi" : "Dibawah Ekspektasi"
  const ratings = Object.values(r.berakhlak)
  const perilaku = ratings.includes("Dibawah Ekspektasi")
    ? "Dibawah Ekspektasi"
    : ratings.filter((x) => x === "Diatas Ekspektasi").length >= 4
      ? "Diatas Ekspektasi"
      : "Sesuai Ekspektasi"
  out.push(JSON.stringify({ employee: r.employee, period: r.period, score, predikat: cells[hasil][perilaku] }))
  if (out.length >= 1000) flush()
}
for await (const chunk of createReadStream(process.argv[2], { encoding: "utf8", highWaterMark: 1 << 20 })) {
  let start = 0
  let i = chunk.indexOf("\n")
  while (i >= 0) {
    handle(start === 0 ? carry + chunk.slice(0, i) : chunk.slice(start, i))
    if (start === 0) carry = ""
    start = i + 1
    i = chunk.indexOf("\n", start)
  }
  carry = start === 0 ? carry + chunk : chunk.slice(start)
  if (n >= limit) break
}
handle(carry)
flush()
const seconds = (performance.now() - started) / 1000
process.stderr.write(
  `${JSON.stringify({ stats: { records: n, seconds: Math.round(seconds * 100) / 100, perSecond: Math.round(n / seconds), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) } })}\n`
)
