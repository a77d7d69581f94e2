import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../..", import.meta.url))
const tsx = `${root}node_modules/.bin/tsx`

export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `pembinaan` as a real process from source, optionally with standard input. */
export const pembinaan = (
  args: ReadonlyArray<string>,
  stdin?: string,
  env: Record<string, string> = {}
): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=@pembinaan/source", `${root}packages/cli/src/run.ts`, ...args], {
      cwd: root,
      env: { ...process.env, LANG: "C", ...env }
    })
    let stdout = ""
    let stderr = ""
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d
    })
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d
    })
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
    if (stdin !== undefined) child.stdin.end(stdin)
    else child.stdin.end()
  })
