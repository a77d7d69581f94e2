#!/usr/bin/env node
// Size report for the widgets, minified and gzipped (level 9), compared with packages/widgets/size-budgets.json:
// - each registration module bundled alone with everything it imports statically (what a page showing only that
//   widget loads before it shows; code behind a dynamic import, such as a built-in policy named by `preset`, is
//   listed apart as `lazy` with each file's size);
// - the loader (src/loader.ts → dist/cdn/pembinaan-widgets.js);
// - `cdn total`: every file of the lazy build (vite.cdn.config.ts), each gzipped on its own, summed;
// - `single file`: the one-file build (vite.standalone.config.ts);
// - `cdn page` (reported, not budgeted): what a page showing only that widget loads from the lazy build (the loader,
//   the widget's file and the shared chunks it imports), which is more than the widget bundled alone because shared
//   chunks hold code of several widgets.
// All bundles use the widgets' browser settings (packages/widgets/build/browser.mjs). Exits 1 when a budget is
// exceeded or an entry has no budget; issue 16's targets are reported beside them with how far each is off.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { build } from "vite"

const root = new URL("../packages/widgets/", import.meta.url).pathname
const { conditions, minifyCss, pureCore, treeshake } = await import(join(root, "build/browser.mjs"))
const { budgets, targets } = JSON.parse(readFileSync(join(root, "size-budgets.json"), "utf8"))
const gz = (code) => gzipSync(code, { level: 9 }).length

const bundle = async (entry, name) => {
  const out = await build({
    configFile: false,
    logLevel: "silent",
    root,
    plugins: [pureCore(), minifyCss()],
    resolve: { conditions },
    build: {
      write: false,
      target: "es2022",
      minify: true,
      lib: { entry, formats: ["es"], fileName: name },
      rolldownOptions: { treeshake, output: { minify: true } }
    }
  })
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((o) => o.type === "chunk")
  // What loads before the widget shows: the entry and what it imports statically. Code behind a dynamic import (a
  // built-in policy named by `preset`, loaded the first time a page names it) is reported apart, as `lazy`.
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const seen = new Set()
  const walk = (c) => {
    if (!c || seen.has(c)) return
    seen.add(c)
    for (const i of c.imports) walk(byName.get(i))
  }
  for (const c of chunks) if (c.isEntry) walk(c)
  const eager = chunks.filter((c) => seen.has(c))
  eager.lazy = chunks.filter((c) => !seen.has(c))
  return eager
}

const rows = []
const measure = (name, files) => {
  const min = files.reduce((n, f) => n + Buffer.byteLength(f.code), 0)
  const size = files.reduce((n, f) => n + gz(f.code), 0)
  const budget = budgets[name]
  const target = targets[name]
  rows.push({
    name,
    min,
    gz: size,
    lazy: (files.lazy ?? []).map((f) => gz(f.code)),
    budget,
    target,
    ok: typeof budget === "number" && size <= budget,
    files: files.length
  })
}

measure("loader", await bundle(join(root, "src/loader.ts"), "loader"))
for (const f of readdirSync(join(root, "src/define"))
  .filter((f) => f.endsWith(".ts"))
  .sort()) {
  const name = f.replace(/\.ts$/, "")
  measure(name, await bundle(join(root, "src/define", f), name))
}
const outputs = async (configFile) => {
  const out = await build({ configFile: join(root, configFile), logLevel: "silent", build: { write: false } })
  return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((o) => o.type === "chunk")
}
const cdn = await outputs("vite.cdn.config.ts")
measure("cdn total", cdn)
// What a page showing only one widget loads from dist/cdn: the loader, the widget's file and every chunk it imports.
const byFile = new Map(cdn.map((c) => [c.fileName, c]))
const page = (file) => {
  const seen = new Set(["pembinaan-widgets.js"])
  const walk = (f) => {
    if (seen.has(f) || !byFile.has(f)) return
    seen.add(f)
    for (const i of byFile.get(f).imports) walk(i)
  }
  walk(file)
  return [...seen].reduce((n, f) => n + (byFile.has(f) ? gz(byFile.get(f).code) : 0), 0)
}
for (const r of rows) if (byFile.has(`${r.name}.js`) && r.name !== "loader") r.page = page(`${r.name}.js`)
measure("single file", await outputs("vite.standalone.config.ts"))

const kb = (n) => `${(n / 1024).toFixed(1)} kB`
console.log(
  `${"bundle".padEnd(22)} ${"min".padStart(10)} ${"gzip".padStart(10)} ${"budget".padStart(10)}      ${"target".padStart(10)} ${"".padEnd(17)} ${"cdn page".padStart(10)}`
)
for (const r of rows) {
  const files =
    (r.files > 1 ? ` (${r.files} files)` : "") +
    (r.lazy.length > 0
      ? ` + lazy ${r.lazy.length}: ${Math.min(...r.lazy) === Math.max(...r.lazy) ? kb(r.lazy[0]) : `${kb(Math.min(...r.lazy))}–${kb(Math.max(...r.lazy))}`} each`
      : "")
  const target = typeof r.target !== "number" ? "" : r.gz <= r.target ? "met" : `off by ${kb(r.gz - r.target)}`
  console.log(
    `${r.name.padEnd(22)} ${kb(r.min).padStart(10)} ${kb(r.gz).padStart(10)} ${(r.budget ? kb(r.budget) : "none").padStart(10)} ${(r.ok ? "ok" : "OVER").padEnd(4)} ${(r.target ? kb(r.target) : "").padStart(10)} ${`${target}${files}`.padEnd(17)} ${r.page ? kb(r.page).padStart(10) : ""}`
  )
}
// `SIZE_JSON=path` also writes the measured bytes per row (to update the budgets from).
if (process.env.SIZE_JSON) {
  const { writeFileSync } = await import("node:fs")
  writeFileSync(
    process.env.SIZE_JSON,
    `${JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.gz])), null, 2)}\n`
  )
}
process.exit(rows.some((r) => !r.ok) ? 1 : 0)
