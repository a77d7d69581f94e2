/**
 * The SQL engine and ikm bench (`pnpm run bench:sql`, also part of `pnpm bench`), issue 18:
 *
 * - `pembinaan ikm` on IKM_N (default 1,000,000) survey responses against a streaming plain loop
 *   (`plain-ikm.mjs`) in the same run, results compared (respondents and NRR per unsur); the CLI's fixed start-up is
 *   measured too (`ikm` on a one-response file), so the ratio can be read with and without it;
 * - `pembinaan score --engine duckdb` with the preset's rules on, on the national file (NATIONAL_N, default
 *   4,700,000, the file of `bench:national`), against DuckDB running the same policy and rules written by hand
 *   (`duckdb-handwritten.mjs --rules`), outputs compared line by line, byte for byte.
 *
 * CPU seconds are user + system of each whole process (every thread), from GNU time, with its peak memory (maxRSS).
 * Results go to .bench/sql-ikm.json and are printed as a table.
 */
import { spawn } from "node:child_process"
import { createReadStream, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs"
import { loadavg } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { build, root, writeLines } from "./support.js"

const dir = join(root, ".bench")
mkdirSync(dir, { recursive: true })
const IKM_N = Number(process.env.IKM_N ?? 1_000_000)
const N = Number(process.env.NATIONAL_N ?? 4_700_000)
const skip = new Set((process.env.BENCH_SQL_SKIP ?? "").split(",").filter((x) => x !== ""))

interface Run {
  readonly wall: number
  readonly cpu: number
  readonly maxRssMB: number
  readonly stdout: string
}

if (!existsSync("/usr/bin/time")) throw new Error("this bench needs GNU time (/usr/bin/time) for CPU seconds")

/** Runs node with `args`, stdout to `out`; CPU (user + system) and maxRSS from GNU time. */
const run = (args: ReadonlyArray<string>, out: string): Promise<Run> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn("/usr/bin/time", ["-f", '{"time":{"user":%U,"sys":%S,"rss":%M}}', process.execPath, ...args], {
      cwd: root,
      stdio: ["ignore", openSync(out, "w"), "pipe"]
    })
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d
    })
    child.on("error", reject)
    child.on("close", (code) => {
      const line = stderr.split("\n").find((l) => l.startsWith('{"time"'))
      if (code !== 0 || !line) return reject(new Error(`${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`))
      const t = JSON.parse(line).time as { user: number; sys: number; rss: number }
      resolve({
        wall: Math.round((performance.now() - started) / 10) / 100,
        cpu: Math.round((t.user + t.sys) * 100) / 100,
        maxRssMB: Math.round(t.rss / 1024),
        stdout: out
      })
    })
  })

await build()
const cli = join(root, "packages/cli/bin/pembinaan.js")
const load = () => loadavg().map((x) => Math.round(x * 10) / 10)
const results: Record<string, unknown> = { node: process.version, loadBefore: load() }

// ---- ikm: 1M responses of the national nine-unsur template, about 1 % blank cells
if (!skip.has("ikm")) {
  const units = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
  const answer = (i: number, e: number) =>
    (i * 31 + e * 17) % 101 === 0 ? "" : String(1 + ((i * 7 + e * 3 + (i >> e)) % 4))
  const survey = join(dir, `ikm-${IKM_N}.csv`)
  await writeLines(survey, (i) => units.map((_, e) => answer(i, e)).join(","), IKM_N, units.join(","))
  const tiny = join(dir, "ikm-1.csv")
  writeFileSync(tiny, `${units.join(",")}\n1,2,3,4,1,2,3,4,1\n`)
  const startup = await run([cli, "ikm", tiny], join(dir, "ikm-1.out.json"))
  const plain = await run([join(root, "scripts/bench/plain-ikm.mjs"), survey], join(dir, "ikm-plain.out.json"))
  const ikm = await run([cli, "ikm", survey], join(dir, "ikm-cli.out.json"))
  const a = JSON.parse(readFileSync(ikm.stdout, "utf8")) as { respondents: number; nrr: Record<string, number> }
  const b = JSON.parse(readFileSync(plain.stdout, "utf8")) as { respondents: number; nrr: Record<string, number> }
  const differ = [
    ...(a.respondents === b.respondents ? [] : ["respondents"]),
    ...units.filter((u) => a.nrr[u] !== Math.round((b.nrr[u] as number) * 10_000) / 10_000)
  ]
  results.ikm = {
    responses: IKM_N,
    plain,
    ikm,
    startup,
    ratio: Math.round((ikm.cpu / plain.cpu) * 100) / 100,
    ratioWithoutStartup: Math.round(((ikm.cpu - startup.cpu) / plain.cpu) * 100) / 100,
    comparison: { respondents: a.respondents, differ }
  }
}

// ---- score --engine duckdb with rules on, against hand-written DuckDB SQL with the same rules
if (!skip.has("duckdb")) {
  const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
  const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"]
  // The national run's records (scripts/bench/national.ts), so both benches can share the file.
  const record = (i: number): string =>
    JSON.stringify({
      employee: `19000101200${String(i).padStart(7, "0")}`,
      period: "2026-Q4",
      scorecard: "pelaksana",
      measurements: [
        { indicator: "dokumen-selesai", target: 100, realisasi: 60 + ((i * 7) % 70) },
        { indicator: "mutu-dokumen", target: 100, realisasi: 60 + ((i * 13) % 70) },
        { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 40 + (i % 21) },
        { indicator: "keluhan-masyarakat", target: 5, realisasi: i % 9 }
      ],
      berakhlak: Object.fromEntries(values.map((v, k) => [v, ratings[(i + k) % 11 === 0 ? 0 : ((i >> k) & 1) + 1]]))
    })
  const file = join(dir, `national-${N}.ndjson`)
  await writeLines(file, record, N)
  const engine = await run(
    [cli, "score", file, "--policy", "bukittinggi", "--trace", "none", "--format", "ndjson", "--engine", "duckdb"],
    join(dir, "national-duckdb-rules.ndjson")
  )
  const hand = await run(
    [join(root, "scripts/bench/duckdb-handwritten.mjs"), file, "--rules"],
    join(dir, "national-handwritten-rules.ndjson")
  )
  const lines = (path: string) =>
    createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]()
  const x = lines(engine.stdout)
  const y = lines(hand.stdout)
  let records = 0
  let differ = 0
  let decided = 0
  for (;;) {
    const [p, q] = await Promise.all([x.next(), y.next()])
    if (p.done && q.done) break
    records++
    if (p.done || q.done || p.value !== q.value) differ++
    else if (!p.value.endsWith('"decisions":[]}')) decided++
  }
  results.duckdb = {
    records: N,
    engine,
    handwritten: hand,
    ratio: Math.round((engine.cpu / hand.cpu) * 100) / 100,
    comparison: { records, differ, withDecisions: decided }
  }
}
results.loadAfter = load()
writeFileSync(join(dir, "sql-ikm.json"), `${JSON.stringify(results, null, 2)}\n`)
const row = (name: string, r: Run) =>
  `${name.padEnd(52)} ${r.cpu.toFixed(2).padStart(8)} s ${r.wall.toFixed(2).padStart(8)} s ${String(r.maxRssMB).padStart(6)} MB`
console.log(
  `\nSQL engine & ikm bench, ${process.version}, load average before ${results.loadBefore}, after ${results.loadAfter}`
)
console.log(`${"".padEnd(52)} ${"CPU".padStart(10)} ${"wall".padStart(10)} ${"maxRSS".padStart(9)}`)
const ikmResult = results.ikm as
  | { plain: Run; ikm: Run; startup: Run; ratio: number; ratioWithoutStartup: number; comparison: unknown }
  | undefined
if (ikmResult) {
  console.log(row(`ikm: streaming plain loop, ${IKM_N} responses`, ikmResult.plain))
  console.log(row(`ikm: pembinaan ikm, ${IKM_N} responses`, ikmResult.ikm))
  console.log(row("ikm: pembinaan ikm, 1 response (start-up)", ikmResult.startup))
  console.log(
    `ikm CPU / plain: ${ikmResult.ratio}x (target <= 2x); without the fixed start-up ${ikmResult.ratioWithoutStartup}x; results ${JSON.stringify(ikmResult.comparison)}`
  )
}
const duck = results.duckdb as { engine: Run; handwritten: Run; ratio: number; comparison: unknown } | undefined
if (duck) {
  console.log(row(`score --engine duckdb, rules on, ${N} records`, duck.engine))
  console.log(row(`DuckDB hand-written SQL, same rules, ${N} records`, duck.handwritten))
  console.log(
    `engine / hand-written CPU: ${duck.ratio}x (target <= 1.5x); engine peak ${duck.engine.maxRssMB} MB (target <= 512); lines ${JSON.stringify(duck.comparison)}`
  )
}
