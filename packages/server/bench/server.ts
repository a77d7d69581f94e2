/**
 * Server benchmarks (issue 15), run by `pnpm bench` after the vitest benchmarks: `pnpm run bench:server`.
 *
 * - importing 100,000 employees in one request (one transaction);
 * - the unit-dashboard endpoint in a region of 10,000 employees (4 quarterly results each): p50/p95 for one unit
 *   (500 employees; 200 requests) and for the whole region (20), as page views (the server's cache answers while
 *   nothing shown changed), right after a write (each request preceded by a changed result: no cache) and as a
 *   browser's revalidation with its ETag (304);
 * - survey submissions at 200 per second for 30 seconds on loopback (each with its own server-issued ticket), then
 *   a count of stored responses: none lost, none duplicated.
 *
 * Bounded: a fixed number of requests, a fixed rate, at most 64 in flight. `BENCH_DATABASE_URL` runs it on a real
 * PostgreSQL (an empty database); without it, the embedded PGlite. `BENCH_SURVEY_SECONDS` shortens the survey run.
 */
import { performance } from "node:perf_hooks"
import { Presets } from "@pembinaan/core"
import { Effect } from "effect"
import { SqlClient } from "effect/sql"
import { sign } from "../src/Auth.js"
import { start } from "../src/Server.js"

const secret = "bench-secret-0123456789abcdef0123456789"
const databaseUrl = process.env.BENCH_DATABASE_URL
const seconds = Number(process.env.BENCH_SURVEY_SECONDS ?? 30)
const template = Presets.skm.national2017

const nipOf = (region: number, i: number) => `198001012005${region}${String(i).padStart(5, "0")}`

const server = await start({
  secret,
  ...(databaseUrl ? { databaseUrl } : { dataDir: "memory" }),
  maxBodyBytes: 64 * 1024 * 1024,
  deviceLimit: 1_000_000,
  ticketAttempts: 5
})
const admin = (region: string) => sign(secret, { nip: nipOf(9, 0), region, roles: ["admin-bkpsdm"] })
const call = async (token: string, method: string, path: string, body?: unknown) => {
  const r = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const text = await r.text()
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${text.slice(0, 300)}`)
  return JSON.parse(text) as unknown
}
const region = (id: string, r: number, n: number, units: number) => ({
  region: id,
  units: Array.from({ length: units }, (_, u) => ({ id: `u${u}`, name: `Unit ${u}`, service: "layanan" })),
  employees: Array.from({ length: n }, (_, i) => ({
    nip: nipOf(r, i),
    name: `Pegawai ${i}`,
    unit: `u${i % units}`,
    jabatan: i % 10 === 0 ? "Kepala" : "Analis"
  }))
})
const quantile = (xs: ReadonlyArray<number>, q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number
}
const lines: Array<string> = []
const report = (line: string) => {
  lines.push(line)
  console.log(line)
}
report(`database: ${databaseUrl ? "PostgreSQL (BENCH_DATABASE_URL)" : "embedded PGlite"}`)

try {
  // 1. 100,000 employees in one import.
  const big = region("nasional", 1, 100_000, 200)
  const bigToken = await admin("nasional")
  const t = performance.now()
  await call(bigToken, "POST", "/api/import", big)
  report(`import 100,000 employees (one transaction): ${((performance.now() - t) / 1000).toFixed(1)} s`)

  // 2. A region of 10,000 employees with four quarterly results each (results written through the import's SQL
  //    would need the cycle; the bench posts them as a policy-less seed through the cycle-free path below).
  const kota = region("kota", 2, 10_000, 20)
  const kotaToken = await admin("kota")
  await call(kotaToken, "POST", "/api/import", kota)
  // Results go straight into the table (the rows a finished cycle writes), on the server's own connection.
  const predikats = ["Sangat Baik", "Baik", "Baik", "Baik", "Butuh Perbaikan"]
  const rows = kota.employees.flatMap((e, i) =>
    ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"].map((period, q) => ({
      nip: e.nip,
      period,
      predikat: predikats[(i + q) % 5] as string,
      score: String(70 + ((i * 7 + q) % 30)),
      policy_id: "skp-2026",
      policy_version: 1,
      result: "{}"
    }))
  )
  await server.sql(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      for (let i = 0; i < rows.length; i += 4000)
        yield* sql`INSERT INTO results ${sql.insert(rows.slice(i, i + 4000) as never)}`
    })
  )
  // The endpoint as a page view requests it (answered from the server's cache while nothing it shows changed), right
  // after a write (each request preceded by a changed result, so the cache never answers), and a browser's
  // revalidation with the ETag it holds (304).
  const bump = (i: number) =>
    server.sql(
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        yield* sql`UPDATE results SET score = ${String(70 + (i % 30))} WHERE nip = ${nipOf(2, 3)} AND period = '2026-Q1'`
      })
    )
  const timed = async (n: number, before: (i: number) => Promise<unknown>, path: string, etag?: string) => {
    const times: Array<number> = []
    for (let i = 0; i < n; i++) {
      await before(i)
      const start = performance.now()
      const r = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${kotaToken}`, ...(etag ? { "if-none-match": etag } : {}) }
      })
      await r.arrayBuffer()
      times.push(performance.now() - start)
      if (r.status !== (etag ? 304 : 200)) throw new Error(`${path}: ${r.status}`)
    }
    return `p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms (${n} requests)`
  }
  const none = async () => undefined
  for (const [label, path, n] of [
    ["one unit (500 employees × 4 periods)", "/api/widgets/unit-dashboard?unit=u3", 200],
    ["whole region (10,000 employees × 4 periods)", "/api/widgets/unit-dashboard", 20]
  ] as const) {
    report(`unit-dashboard, ${label}, after each write: ${await timed(Math.min(n, 50), bump, path)}`)
    report(`unit-dashboard, ${label}, page views: ${await timed(n, none, path)}`)
    const etag = (
      await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${kotaToken}` } })
    ).headers.get("etag") as string
    report(`unit-dashboard, ${label}, revalidation (304): ${await timed(n, none, path, etag)}`)
  }

  // 3. Survey submissions at 200/s for `seconds`.
  const total = 200 * seconds
  const tickets: Array<string> = []
  while (tickets.length < total) {
    const r = (await call(kotaToken, "POST", "/api/surveys/tickets", {
      unit: "u1",
      count: Math.min(1000, total - tickets.length),
      templateId: template.id,
      templateVersion: template.version
    })) as { tickets: Array<string> }
    tickets.push(...r.tickets)
  }
  const answers = Object.fromEntries(template.elements.map((e) => [`answers[${e.id}]`, "3"]))
  const statuses = new Map<number, number>()
  let inFlight = 0
  let maxInFlight = 0
  const latencies: Array<number> = []
  const begin = performance.now()
  const pending: Array<Promise<void>> = []
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / 200
    const wait = due - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    while (inFlight >= 64) await new Promise((r) => setTimeout(r, 1))
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    const sent = performance.now()
    pending.push(
      fetch(`${server.url}/api/surveys/responses`, {
        method: "POST",
        headers: { "x-device-id": `kiosk-${i % 50}` },
        body: new URLSearchParams({
          templateId: template.id,
          templateVersion: template.version,
          ticket: tickets[i] as string,
          ...answers
        })
      })
        .then(async (r) => {
          await r.arrayBuffer()
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
        })
        .catch(() => {
          statuses.set(0, (statuses.get(0) ?? 0) + 1)
        })
        .finally(() => {
          inFlight--
          latencies.push(performance.now() - sent)
        })
    )
  }
  await Promise.all(pending)
  const elapsed = (performance.now() - begin) / 1000
  const ikm = (await call(
    kotaToken,
    "GET",
    `/api/widgets/ikm-report?unit=u1&period=${new Date().getUTCFullYear()}`
  )) as {
    score: { respondents: number }
  }
  report(
    `survey: ${total} submissions offered at 200/s over ${seconds} s took ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)}/s), ` +
      `statuses ${JSON.stringify(Object.fromEntries(statuses))}, p95 ${quantile(latencies, 0.95).toFixed(0)} ms, ` +
      `at most ${maxInFlight} in flight; stored responses ${ikm.score.respondents} ` +
      `(lost ${total - ikm.score.respondents - (total - (statuses.get(201) ?? 0))}, duplicated ${Math.max(0, ikm.score.respondents - (statuses.get(201) ?? 0))})`
  )
} finally {
  await server.close()
}
