// Lints the three publishable packages as they would be published: publint (package.json against the packed files)
// and arethetypeswrong (types resolution of every export, from the packed tarball). Run after `pnpm build`
// (`pnpm check:packages` builds first). ESM only by design: attw uses the `esm-only` profile, which skips the
// `node10` and CommonJS `require` resolutions (see docs/supply-chain.md).
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"

const packages = ["core", "widgets", "cli", "server"]
// attw cannot expand the `./define/*.js` wildcard export: name each registration module explicitly.
const defines = readdirSync("packages/widgets/dist/define")
  .filter((f) => f.endsWith(".js"))
  .map((f) => `./define/${f}`)

let failed = 0
const run = (label, command, args) => {
  console.log(`\n── ${label}: ${command} ${args.join(" ")}`)
  const r = spawnSync(command, args, { stdio: "inherit" })
  if (r.status !== 0) {
    failed++
    console.error(`✗ ${label} (exit ${r.status})`)
  }
}

for (const name of packages) {
  const dir = `packages/${name}`
  run(`publint @pembinaan/${name}`, "pnpm", ["exec", "publint", "--strict", dir])
  const extra = name === "widgets" ? ["--include-entrypoints", ...defines] : []
  run(`attw @pembinaan/${name}`, "pnpm", [
    "exec",
    "attw",
    "--pack",
    dir,
    "--profile",
    "esm-only",
    "--format",
    "table-flipped",
    ...extra
  ])
}

console.log(failed === 0 ? "\nall packages pass publint and attw" : `\n${failed} check(s) failed`)
process.exit(failed === 0 ? 0 : 1)
