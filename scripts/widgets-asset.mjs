#!/usr/bin/env node
// The widgets' release asset for portals without npm: packages/widgets/dist/pembinaan-widgets-<version>.tar.gz with
// `cdn/` (the lazy loader and one file per widget), `standalone/pembinaan-widgets.js` (every widget in one file) and
// the licence. Run after `pnpm --filter @pembinaan/widgets build` (`pnpm widgets:asset` does both); attach the file
// to the GitHub release. Needs `tar` (any Linux or macOS).
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

const root = new URL("../", import.meta.url).pathname
const widgets = join(root, "packages/widgets")
const { version } = JSON.parse(readFileSync(join(widgets, "package.json"), "utf8"))
const name = `pembinaan-widgets-${version}`
const dist = join(widgets, "dist")
for (const part of ["cdn", "standalone"]) {
  if (!existsSync(join(dist, part))) {
    console.error(`missing ${join(dist, part)}: run pnpm --filter @pembinaan/widgets build first`)
    process.exit(1)
  }
}
const stage = join(dist, "asset", name)
rmSync(join(dist, "asset"), { recursive: true, force: true })
mkdirSync(stage, { recursive: true })
cpSync(join(dist, "cdn"), join(stage, "cdn"), { recursive: true })
cpSync(join(dist, "standalone"), join(stage, "standalone"), { recursive: true })
if (existsSync(join(root, "LICENSE"))) cpSync(join(root, "LICENSE"), join(stage, "LICENSE"))
const out = join(dist, `${name}.tar.gz`)
execFileSync("tar", ["-czf", out, "-C", join(dist, "asset"), name])
rmSync(join(dist, "asset"), { recursive: true, force: true })
console.log(out)
