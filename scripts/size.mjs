#!/usr/bin/env node
// Size report for the widgets: each registration module (and the all-in-one bundle) is bundled with everything it
// imports, minified, gzipped and compared with packages/widgets/size-budgets.json. Exits 1 when a budget is exceeded
// or a widget has no budget.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { build } from "vite"

const root = new URL("../packages/widgets/", import.meta.url).pathname
const budgets = JSON.parse(readFileSync(join(root, "size-budgets.json"), "utf8"))
const entries = [
  ...readdirSync(join(root, "src/define"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => [f.replace(/\.ts$/, ""), join(root, "src/define", f)]),
  ["all", join(root, "src/all.ts")]
]

const rows = []
let failed = false
for (const [name, entry] of entries) {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    root,
    resolve: { conditions: ["@pembinaan/source", "module", "browser", "production"] },
    build: {
      write: false,
      target: "es2022",
      minify: true,
      lib: { entry, formats: ["es"], fileName: name }
    }
  })
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output)
  const code = outputs
    .filter((o) => o.type === "chunk")
    .map((o) => o.code)
    .join("\n")
  const min = Buffer.byteLength(code)
  const gz = gzipSync(code, { level: 9 }).length
  const budget = budgets[name]
  const ok = typeof budget === "number" && gz <= budget
  if (!ok) failed = true
  rows.push({ name, min, gz, budget, ok })
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`
console.log(`${"widget".padEnd(22)} ${"min".padStart(10)} ${"gzip".padStart(10)} ${"budget".padStart(10)}`)
for (const r of rows) {
  console.log(
    `${r.name.padEnd(22)} ${kb(r.min).padStart(10)} ${kb(r.gz).padStart(10)} ${(r.budget ? kb(r.budget) : "none").padStart(10)} ${r.ok ? "ok" : "OVER"}`
  )
}
process.exit(failed ? 1 : 0)
