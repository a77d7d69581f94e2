/**
 * Starts a real PostgreSQL (Debian's `postgresql` package, which `scripts/ready.sh test` installs) in a temporary
 * directory on a free loopback port for the server tests, and stops it afterwards. The storage tests run against it
 * and against the embedded PGlite. Without the binaries the PostgreSQL half is skipped with a warning, except on CI
 * (`CI=true`), where that is a failure.
 */
import { spawnSync } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of a running PostgreSQL, or "" when none. */
    postgresUrl: string
    /** The directory of the PostgreSQL binaries (pg_dump, psql), or "". */
    postgresBin: string
  }
}

const findBin = (): string | undefined => {
  const root = "/usr/lib/postgresql"
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin")
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })

export default async function setup(project: TestProject) {
  const bin = findBin()
  if (bin === undefined) {
    const message =
      "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql): the real-PostgreSQL half of the server tests cannot run"
    if (process.env.CI === "true") throw new Error(message)
    console.warn(`\n!!! ${message}; it is SKIPPED on this machine.\n`)
    project.provide("postgresUrl", "")
    project.provide("postgresBin", "")
    return
  }
  const root = process.getuid?.() === 0
  const dir = mkdtempSync(join(tmpdir(), "pembinaan-pg-"))
  chmodSync(dir, 0o777)
  const data = join(dir, "data")
  const asPostgres = (cmd: string, args: ReadonlyArray<string>) => {
    const result = root
      ? spawnSync("runuser", ["-u", "postgres", "--", cmd, ...args], { encoding: "utf8" })
      : spawnSync(cmd, [...args], { encoding: "utf8" })
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`)
    return result.stdout
  }
  const port = await freePort()
  asPostgres(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"])
  asPostgres(join(bin, "pg_ctl"), [
    "-D",
    data,
    "-l",
    join(dir, "log"),
    "-w",
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "start"
  ])
  project.provide("postgresUrl", `postgres://postgres@127.0.0.1:${port}/postgres`)
  project.provide("postgresBin", bin)
  return () => {
    try {
      asPostgres(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
