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
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs"
import { availableParallelism } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../..", import.meta.url))
const N = Number(process.env.NATIONAL_N ?? 4_700_000)
const PER_CORE = Math.min(N, 200_000)
const dir = join(root, ".bench")
mkdirSync(dir, { recursive: true })
const file = join(dir, `national-${N}.ndjson`)

const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"]
const record = (i: number): string =>
  JSON.stringify({
    employee: String(190001012000000000 + i),
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

const generate = async () => {
  if (existsSync(file) && statSync(file).size > 0) return
  const out = createWriteStream(`${file}.part`)
  const started = performance.now()
  for (let i = 0; i < N; i += 10_000) {
    const lines: Array<string> = []
    for (let k = i; k < Math.min(N, i + 10_000); k++) lines.push(record(k))
    if (!out.write(`${lines.join("\n")}\n`)) await new Promise((r) => out.once("drain", r))
  }
  await new Promise<void>((r) => out.end(r))
  const { renameSync } = await import("node:fs")
  renameSync(`${file}.part`, file)
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

const run = (args: ReadonlyArray<string>): Promise<Stats & { wall: number }> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] })
    let stderr = ""
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d
    })
    child.on("error", reject)
    child.on("close", (code) => {
      const line = stderr.split("\n").find((l) => l.startsWith('{"stats"'))
      if (code !== 0 || !line) return reject(new Error(`${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`))
      resolve({ ...(JSON.parse(line).stats as Stats), wall: (performance.now() - started) / 1000 })
    })
  })

const build = () =>
  new Promise<void>((resolve, reject) => {
    const child = spawn("pnpm", ["--filter", "@pembinaan/core", "--filter", "@pembinaan/cli", "run", "build"], {
      cwd: root,
      stdio: "ignore"
    })
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))))
  })

await build()
await generate()
const prefix = join(dir, `national-${PER_CORE}.ndjson`)
if (!existsSync(prefix)) {
  const out = createWriteStream(prefix)
  for (let i = 0; i < PER_CORE; i++) out.write(`${record(i)}\n`)
  await new Promise<void>((r) => out.end(r))
}
const cli = [join(root, "packages/cli/bin/pembinaan.js"), "score"]
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
    library: await run([...cli, file, ...common, "--workers", String(cores)]),
    plainOneThread: await run([join(root, "scripts/bench/plain-score.mjs"), file])
  }
}
writeFileSync(join(dir, "national.json"), `${JSON.stringify(results, null, 2)}\n`)
const row = (name: string, s: Stats & { wall: number }) =>
  `${name.padEnd(46)} ${String(s.records).padStart(9)} ${s.wall.toFixed(1).padStart(8)} s ${String(s.perSecond).padStart(9)}/s ${String(s.maxRssMB).padStart(6)} MB`
console.log(`\nnational run on ${cores} cores, ${process.version}`)
console.log(
  `${"".padEnd(46)} ${"records".padStart(9)} ${"wall".padStart(10)} ${"rate".padStart(11)} ${"maxRSS".padStart(9)}`
)
console.log(row("per core: plain baseline (floats)", results.perCore.plain))
console.log(row("per core: pembinaan score --workers 1", results.perCore.library))
console.log(row("per core: pembinaan score --workers 1 (trace)", results.perCore.libraryWithTrace))
console.log(row(`national: pembinaan score --workers ${cores}`, results.national.library))
console.log(row("national: plain baseline (one thread)", results.national.plainOneThread))
console.log(
  `library / plain per core: ${(results.perCore.plain.perSecond / results.perCore.library.perSecond).toFixed(2)}x; national file ${results.national.library.wall < 60 ? "within" : "over"} 60 s; peak ${results.national.library.maxRssMB} MB`
)
