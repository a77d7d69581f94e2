/**
 * The national run (`pnpm bench` runs it after the vitest benchmarks): generates a deterministic NDJSON file of
 * 4.7 million employee evaluations (override with NATIONAL_N), then measures, on this machine:
 *
 * - per core: the built CLI (`--workers 1`) and the plain hand-written baseline on the first 200,000 records;
 * - the whole file: the built CLI on every core (worker threads), and the plain baseline (one thread);
 *
 * each with wall time and peak memory (maxRSS). Results go to .bench/national.json and are printed as a table.
 */
import { spawn } from "node:child_process"
import { createReadStream, createWriteStream, existsSync, mkdirSync, openSync, statSync, writeFileSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { record } from "./records.js"
import { build, root, writeLines } from "./support.js"

const N = Number(process.env.NATIONAL_N ?? 4_700_000)
const PER_CORE = Math.min(N, 200_000)
const dir = join(root, ".bench")
mkdirSync(dir, { recursive: true })
// "v2": the generator changed (valid NIPs); a file generated before is not reused.
const file = join(dir, `national-v2-${N}.ndjson`)

const generate = async () => {
  const started = performance.now()
  if (!(await writeLines(file, record, N))) return
  console.log(
    `generated ${N.toLocaleString("en")} records (${(statSync(file).size / 1e9).toFixed(2)} GB) in ${((performance.now() - started) / 1000).toFixed(1)} s`
  )
}

interface Stats {
  records: number
  seconds: number
  perSecond: number
  maxRssMB: number
}

// CPU seconds of a child (every thread): GNU time's user + system, when /usr/bin/time is there.
const timed = existsSync("/usr/bin/time")
const run = (args: ReadonlyArray<string>, stdout = "ignore"): Promise<Stats & { wall: number; cpuSeconds?: number }> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const command = timed ? "/usr/bin/time" : process.execPath
    const argv = timed ? ["-f", '{"time":{"cpu":%U,"sys":%S}}', process.execPath, ...args] : [...args]
    const out = stdout === "ignore" ? "ignore" : openSync(stdout, "w")
    const child = spawn(command, argv, { cwd: root, stdio: ["ignore", out, "pipe"] })
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d
    })
    child.on("error", reject)
    child.on("close", (code) => {
      const line = stderr.split("\n").find((l) => l.startsWith('{"stats"'))
      const time = stderr.split("\n").find((l) => l.startsWith('{"time"'))
      if (code !== 0 || !line) return reject(new Error(`${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`))
      const cpu = time ? (JSON.parse(time).time as { cpu: number; sys: number }) : undefined
      resolve({
        ...(JSON.parse(line).stats as Stats),
        wall: (performance.now() - started) / 1000,
        ...(cpu ? { cpuSeconds: Math.round((cpu.cpu + cpu.sys) * 100) / 100 } : {})
      })
    })
  })

await build()
await generate()
const prefix = join(dir, `national-v2-${PER_CORE}.ndjson`)
if (!existsSync(prefix)) {
  const out = createWriteStream(prefix)
  for (let i = 0; i < PER_CORE; i++) out.write(`${record(i)}\n`)
  await new Promise<void>((r) => out.end(r))
}
const cli = [join(root, "packages/cli/bin/pembinaan.js"), "score"]
const tsRulesOut = join(dir, "national-ts-rules.ndjson")
const tsNoneOut = join(dir, "national-ts-rules-none.ndjson")
const plainOut = join(dir, "national-plain.ndjson")
/** Compares two NDJSON outputs line by line on employee, period, score and predikat (streamed: files pass 1 GB). */
const compareRecords = async (a: string, b: string): Promise<{ records: number; differ: number }> => {
  const lines = (path: string) =>
    createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]()
  const x = lines(a)
  const y = lines(b)
  let records = 0
  let differ = 0
  for (;;) {
    const [l, r] = await Promise.all([x.next(), y.next()])
    if (l.done && r.done) break
    records++
    if (l.done || r.done) {
      differ++
      continue
    }
    const p = JSON.parse(l.value)
    const q = JSON.parse(r.value)
    if (p.employee !== q.employee || p.period !== q.period || p.score !== q.score || p.predikat !== q.predikat) differ++
  }
  return { records, differ }
}
const common = ["--policy", "bukittinggi", "--format", "ndjson", "--trace", "none", "--stats"]
const cores = availableParallelism()
const results = {
  machine: { cores, node: process.version },
  records: N,
  perCore: {
    plain: await run([join(root, "scripts/bench/plain-score.mjs"), prefix]),
    library: await run([...cli, prefix, ...common, "--workers", "1"]),
    libraryWithTrace: await run([
      ...cli,
      prefix,
      "--policy",
      "bukittinggi",
      "--format",
      "ndjson",
      "--stats",
      "--workers",
      "1"
    ])
  },
  national: {
    library: await run([...cli, file, ...common, "--workers", String(cores)], tsRulesOut),
    libraryRulesNone: await run([...cli, file, ...common, "--rules", "none", "--workers", String(cores)], tsNoneOut),
    libraryCompact: await run([...cli, file, ...common, "--compact", "--workers", String(cores)]),
    plainOneThread: await run([join(root, "scripts/bench/plain-score.mjs"), file], plainOut)
  }
}
// The TypeScript path against the plain loop, record by record: the same employee, period, score and predikat.
const tsComparison = {
  rules: await compareRecords(tsRulesOut, plainOut),
  rulesNone: await compareRecords(tsNoneOut, plainOut)
}
// The SQL engines on the whole file: the compiled policy (score --engine duckdb) and the same policy written by hand
// in DuckDB SQL, outputs compared line by line.
const duckOut = join(dir, "national-duckdb.ndjson")
const handOut = join(dir, "national-handwritten.ndjson")
const sqlRuns = {
  engineDuckdb: await run(
    [
      ...cli,
      file,
      "--policy",
      "bukittinggi",
      "--rules",
      "none",
      "--trace",
      "none",
      "--format",
      "ndjson",
      "--stats"
    ].concat(["--engine", "duckdb"]),
    duckOut
  ),
  handwrittenDuckdb: await run([join(root, "scripts/bench/duckdb-handwritten.mjs"), file], handOut)
}
// Both write the same NDJSON shape: records are compared line by line, byte for byte (streamed: the files pass 1 GB).
const compare = async (): Promise<{ records: number; differ: number }> => {
  const lines = (path: string) =>
    createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]()
  const a = lines(duckOut)
  const b = lines(handOut)
  let records = 0
  let differ = 0
  for (;;) {
    const [x, y] = await Promise.all([a.next(), b.next()])
    if (x.done && y.done) break
    records++
    if (x.done || y.done || x.value !== y.value) differ++
  }
  return { records, differ }
}
const comparison = await compare()
Object.assign(results, { sql: { ...sqlRuns, comparison } })
Object.assign(results, { tsComparison })
writeFileSync(join(dir, "national.json"), `${JSON.stringify(results, null, 2)}\n`)
const row = (name: string, s: Stats & { wall: number; cpuSeconds?: number }) =>
  `${name.padEnd(46)} ${String(s.records).padStart(9)} ${s.wall.toFixed(1).padStart(8)} s ${(s.cpuSeconds ?? Number.NaN).toFixed(1).padStart(8)} s ${String(s.perSecond).padStart(9)}/s ${String(s.maxRssMB).padStart(6)} MB`
console.log(`\nnational run on ${cores} cores, ${process.version}`)
console.log(
  `${"".padEnd(46)} ${"records".padStart(9)} ${"wall".padStart(10)} ${"CPU".padStart(10)} ${"rate".padStart(11)} ${"maxRSS".padStart(9)}`
)
console.log(row("per core: plain baseline (floats)", results.perCore.plain))
console.log(row("per core: pembinaan score --workers 1", results.perCore.library))
console.log(row("per core: pembinaan score --workers 1 (trace)", results.perCore.libraryWithTrace))
console.log(row(`national: pembinaan score --workers ${cores}`, results.national.library))
console.log(row(`national: score --workers ${cores} --rules none`, results.national.libraryRulesNone))
console.log(row(`national: score --workers ${cores} --compact`, results.national.libraryCompact))
console.log(row("national: plain baseline (one thread)", results.national.plainOneThread))
console.log(row("national: score --engine duckdb", sqlRuns.engineDuckdb))
console.log(row("national: DuckDB hand-written SQL", sqlRuns.handwrittenDuckdb))
const cpuOf = (s: { cpuSeconds?: number }) => (s.cpuSeconds === undefined ? "?" : `${s.cpuSeconds} CPU s`)
console.log(
  `engine duckdb ${cpuOf(sqlRuns.engineDuckdb)} vs hand-written ${cpuOf(sqlRuns.handwrittenDuckdb)}; records differing: ${JSON.stringify(comparison)}`
)
console.log(
  `library / plain per core: ${(results.perCore.plain.perSecond / results.perCore.library.perSecond).toFixed(2)}x; national file ${results.national.library.wall < 60 ? "within" : "over"} 60 s; peak ${results.national.library.maxRssMB} MB`
)
const ratio = (a: { cpuSeconds?: number }, b: { cpuSeconds?: number }) =>
  a.cpuSeconds === undefined || b.cpuSeconds === undefined ? "?" : (a.cpuSeconds / b.cpuSeconds).toFixed(2)
console.log(
  `TypeScript path / plain loop, CPU on the national file: rules on ${ratio(results.national.library, results.national.plainOneThread)}x (target 2), --rules none ${ratio(results.national.libraryRulesNone, results.national.plainOneThread)}x (target 1.5); records differing from the plain loop: ${JSON.stringify(tsComparison)}`
)
