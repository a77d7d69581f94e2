/**
 * `node scripts/docs-axe.mjs` (after `pnpm run docs`): runs axe on every page of docs/site (not the generated API)
 * at 360 and 1280 px in Chromium, and checks that no page scrolls sideways. Exits 1 on any finding.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright"

const root = fileURLToPath(new URL("..", import.meta.url))
const site = join(root, "docs/site")
const pages = []
const walk = (d) => {
  for (const n of readdirSync(d)) {
    const p = join(d, n)
    if (p.includes("/api")) continue
    if (statSync(p).isDirectory()) walk(p)
    else if (n.endsWith(".html")) pages.push(p)
  }
}
walk(site)
const axe = readFileSync(join(root, "node_modules/axe-core/axe.min.js"), "utf8")
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"]
})
const out = {}
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  for (const p of pages) {
    await page.goto(`file://${p}`)
    await page.addScriptTag({ content: axe })
    const r = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => v.id))
    const over = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
    for (const v of [...r, ...(over ? ["sideways-overflow"] : [])]) {
      const key = `${v}@${width}`
      out[key] = [...(out[key] ?? []), p.replace(`${site}/`, "")]
    }
  }
}
await browser.close()
console.log(`docs-axe: ${pages.length} pages × 2 widths`, JSON.stringify(out, null, 1))
if (Object.keys(out).length > 0) process.exit(1)
