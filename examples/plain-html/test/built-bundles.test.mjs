// The widgets' browser builds as portals get them (packages/widgets/vite.cdn.config.ts: the lazy loader and one file
// per widget; vite.standalone.config.ts: one file), built from source into a temporary folder and loaded in Chromium
// under a strict Content-Security-Policy. These builds mark core's Schema construction as pure
// (packages/widgets/build/browser.mjs), which the source-level tests never exercise: every widget must still
// define itself, render its data (a policy decoded by the browser guard included) and raise no error or violation.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { createServer } from "node:http"
import { tmpdir } from "node:os"
import { extname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright"
import { build } from "vite"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const widgets = fileURLToPath(new URL("../../../packages/widgets/", import.meta.url))
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const out = mkdtempSync(join(tmpdir(), "pembinaan-built-"))

const body = `
<asn-predikat hasil-kerja="Sesuai Ekspektasi" perilaku-kerja="Diatas Ekspektasi"></asn-predikat>
<asn-policy-view preset="bukittinggi"></asn-policy-view>
<asn-policy-view id="decoded" src="/policy.json"></asn-policy-view>
<asn-survey-form ticket="X"></asn-survey-form>
<asn-feedback-form subject-id="e" rater-group="rekan-kerja" period="2026"></asn-feedback-form>
<asn-evaluation-form preset="bukittinggi" employee-id="1" period="2026-Q1" scorecard="pelaksana"></asn-evaluation-form>
<asn-nine-box><script type="application/json">{"people":[{"employee":"a","predikat":"Baik","potensial":70}]}</script></asn-nine-box>
<asn-unit-dashboard><script type="application/json">{"records":[{"employee":"a","unit":"U","jabatan":"J","period":"2026-Q1","predikat":"Baik"}]}</script></asn-unit-dashboard>
<asn-competency-gap></asn-competency-gap>
<asn-ikm-report></asn-ikm-report>
<asn-scorecard></asn-scorecard>
<asn-rating-input label="Rating"></asn-rating-input>`
const page = (script) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>built</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">
<script type="module" src="${script}"></script></head><body>${body}</body></html>`

let server
let base = ""
let browser

beforeAll(async () => {
  for (const [config, dir, empty] of [
    ["vite.cdn.config.ts", "cdn", true],
    ["vite.standalone.config.ts", "standalone", true]
  ]) {
    await build({
      configFile: join(widgets, config),
      root: widgets,
      logLevel: "silent",
      build: { outDir: join(out, dir), emptyOutDir: empty, sourcemap: false }
    })
  }
  // A policy document as JSON, decoded in the page (the browser policy guard and core's Policy.problems).
  const { Presets } = await import("../../../packages/core/src/index.ts")
  const policyJson = JSON.stringify(Presets.sawahlunto.policy)
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    if (url.pathname === "/cdn.html" || url.pathname === "/standalone.html") {
      res.setHeader("content-type", "text/html; charset=utf-8")
      res.end(page(`/${url.pathname.slice(1, -5)}/pembinaan-widgets.js`))
      return
    }
    if (url.pathname === "/policy.json") {
      res.setHeader("content-type", "application/json")
      res.end(policyJson)
      return
    }
    const file = join(out, url.pathname)
    if (!file.startsWith(out) || !existsSync(file)) {
      res.statusCode = 404
      res.end()
      return
    }
    res.setHeader("content-type", extname(file) === ".js" ? "text/javascript" : "application/octet-stream")
    res.end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${server.address().port}`
  browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  server?.close()
  rmSync(out, { recursive: true, force: true })
})

describe.each(["cdn", "standalone"])("the %s build under a strict CSP", (kind) => {
  it("defines and renders every widget, with no error and no violation", async () => {
    const tab = await browser.newPage()
    const errors = []
    const scripts = []
    tab.on("pageerror", (e) => errors.push(String(e)))
    tab.on("console", (m) => {
      // failed requests are reported with their URL by the response listener
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text())
    })
    tab.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`)
    })
    tab.on("request", (r) => {
      if (r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname)
    })
    await tab.addInitScript(() => {
      window.violations = []
      document.addEventListener("securitypolicyviolation", (e) => window.violations.push(e.effectiveDirective))
    })
    await tab.goto(`${base}/${kind}.html`)
    await tab.waitForFunction(
      () => [...document.body.children].every((el) => customElements.get(el.localName)),
      undefined,
      { timeout: 30_000 }
    )
    await tab.waitForFunction(() => document.getElementById("decoded")?.value?.id !== undefined, undefined, {
      timeout: 30_000
    })
    const rendered = await tab.evaluate(() =>
      [...document.body.children].map((el) => [el.localName, (el.shadowRoot?.textContent ?? "").trim().length > 0])
    )
    expect(rendered.filter(([, ok]) => !ok)).toEqual([])
    expect(await tab.evaluate(() => document.querySelector("asn-predikat")?.predikat)).toBe("Baik")
    expect(await tab.evaluate(() => window.violations)).toEqual([])
    expect(errors).toEqual([])
    if (kind === "standalone") expect(scripts).toEqual(["/standalone/pembinaan-widgets.js"])
    else expect(scripts.length).toBeGreaterThan(12)
    await tab.close()
  }, 90_000)
})

describe.each(["cdn", "standalone"])("drafts in the %s build", (kind) => {
  it("survey answers and 360 ratings survive a real page reload", async () => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const ready = () =>
      tab.waitForFunction(
        () =>
          ["asn-survey-form", "asn-feedback-form"].every(
            (t) => (document.querySelector(t)?.shadowRoot?.querySelectorAll("asn-rating-input").length ?? 0) > 0
          ),
        undefined,
        { timeout: 30_000 }
      )
    const values = () =>
      tab.evaluate(() =>
        ["asn-survey-form", "asn-feedback-form"].map((t) =>
          [...(document.querySelector(t)?.shadowRoot?.querySelectorAll("asn-rating-input") ?? [])].map((i) => i.value)
        )
      )
    await tab.goto(`${base}/${kind}.html`)
    await ready()
    // answer as a user's input event would
    await tab.evaluate(() => {
      for (const t of ["asn-survey-form", "asn-feedback-form"])
        for (const input of document.querySelector(t)?.shadowRoot?.querySelectorAll("asn-rating-input") ?? []) {
          input.value = "3"
          input.dispatchEvent(new Event("input", { bubbles: true, composed: true }))
        }
    })
    const typed = await values()
    expect(typed.map((v) => v.length > 0 && v.every((x) => x === "3"))).toEqual([true, true])
    // both drafts written (each form keeps one in the tab's sessionStorage, which a reload keeps)
    await tab.waitForFunction(() => sessionStorage.length >= 2, undefined, { timeout: 10_000 })
    await tab.reload()
    await ready()
    await tab.waitForFunction(
      () =>
        ["asn-survey-form", "asn-feedback-form"].every((t) =>
          [...(document.querySelector(t)?.shadowRoot?.querySelectorAll("asn-rating-input") ?? [])].every(
            (i) => i.value === "3"
          )
        ),
      undefined,
      { timeout: 10_000 }
    )
    expect(await values()).toEqual(typed)
    await context.close()
  }, 90_000)
})
