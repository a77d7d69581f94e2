/** What the benchmark scripts share: building the CLI, and writing a generated input file once. */
import { spawn } from "node:child_process"
import { createWriteStream, existsSync, renameSync, statSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** The repository's root folder. */
export const root = fileURLToPath(new URL("../..", import.meta.url))

/** Builds core and the CLI (the benchmarks run the built `pembinaan`). */
export const build = (): Promise<void> =>
  new Promise<void>((resolve, reject) => {
    const child = spawn("pnpm", ["--filter", "@pembinaan/core", "--filter", "@pembinaan/cli", "run", "build"], {
      cwd: root,
      stdio: "ignore"
    })
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))))
  })

/**
 * Writes `n` generated lines (and a header line, if given) to `file`, through `file.part` renamed when complete;
 * a file already there is kept. Returns whether it wrote.
 */
export const writeLines = async (
  file: string,
  line: (i: number) => string,
  n: number,
  head?: string
): Promise<boolean> => {
  if (existsSync(file) && statSync(file).size > 0) return false
  const out = createWriteStream(`${file}.part`)
  if (head) out.write(`${head}\n`)
  for (let i = 0; i < n; i += 10_000) {
    const chunk: Array<string> = []
    for (let k = i; k < Math.min(n, i + 10_000); k++) chunk.push(line(k))
    if (!out.write(`${chunk.join("\n")}\n`)) await new Promise((r) => out.once("drain", r))
  }
  await new Promise<void>((r) => out.end(r))
  renameSync(`${file}.part`, file)
  return true
}
