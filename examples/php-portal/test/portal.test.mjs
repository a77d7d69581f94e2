// End to end: the plain PHP portal (php -S) in front of @pembinaan/server (embedded PostgreSQL with the demo data),
// driven in Chromium. The portal signs its own tokens with hash_hmac; this test only starts the three processes.
import { execFileSync, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Auth, Server } from "../../../packages/server/src/index.ts"
import { chromiumArgs, chromiumPath } from "../../../vitest.config.ts"
import users from "../src/users.json" with { type: "json" }

const here = fileURLToPath(new URL("..", import.meta.url))
const root = fileURLToPath(new URL("../../..", import.meta.url))
const bundle = `${root}packages/widgets/dist/standalone/pembinaan-widgets.js`
const secret = "php-portal-test-secret-0123456789abcdef"
const pegawai = users.find((u) => u.roles.length === 1)
const penilai = users.find((u) => u.roles.includes("pejabat-penilai"))
const admin = users.find((u) => u.roles.includes("admin-bkpsdm"))

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer()
    s.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (s.address())
      s.close(() => resolve(port))
    })
  })

/** @type {Awaited<ReturnType<typeof Server.start>>} */
let server
/** @type {import("node:child_process").ChildProcess} */
let php
/** @type {import("playwright").Browser} */
let browser
let portal = ""

beforeAll(async () => {
  if (!existsSync(bundle))
    execFileSync("pnpm", ["exec", "vite", "build", "--config", "vite.standalone.config.ts"], {
      cwd: `${root}packages/widgets`,
      stdio: "ignore"
    })
  server = await Server.start({ secret, demo: true, dataDir: "memory" })
  const port = await freePort()
  portal = `http://127.0.0.1:${port}`
  php = spawn("php", ["-S", `127.0.0.1:${port}`, "public/index.php"], {
    cwd: here,
    stdio: "ignore",
    env: { ...process.env, PEMBINAAN_API: server.url, PEMBINAAN_SECRET: secret, PEMBINAAN_WIDGETS_FILE: bundle }
  })
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${portal}/login`).then(
      (r) => r.ok,
      () => false
    )
    if (up) break
    await new Promise((r) => setTimeout(r, 100))
  }
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
}, 180_000)

afterAll(async () => {
  await browser?.close()
  php?.kill("SIGTERM")
  await server?.close()
})

/** A fresh browser (its own cookies) signed in to the portal as one of its users. */
const signIn = async (user) => {
  const context = await browser.newContext({ locale: "id-ID" })
  const page = await context.newPage()
  await page.goto(`${portal}/login`)
  await page.selectOption("#nip", user.nip)
  await page.fill("#password", "demo")
  await page.click("#login")
  await page.waitForURL(`${portal}/`)
  return page
}

describe("the PHP portal on the server, in Chromium", () => {
  it("refuses a wrong password with its own login page", async () => {
    const page = await browser.newPage()
    await page.goto(`${portal}/login`)
    await page.fill("#password", "salah")
    await page.click("#login")
    await expect.poll(() => page.textContent("#error")).toContain("salah")
    await page.close()
  })

  it("the pejabat penilai posts <asn-feedback-form> through PHP to the server; a second post is refused", async () => {
    const page = await signIn(penilai)
    await page.goto(`${portal}/feedback?subject=${pegawai.nip}&group=atasan&period=2026-Q4`)
    const ratings = page.locator("asn-feedback-form asn-rating-input")
    await expect.poll(() => ratings.count()).toBeGreaterThanOrEqual(7)
    const n = await ratings.count()
    for (let i = 0; i < n; i++) await ratings.nth(i).locator('[role="radio"]').nth(3).click()
    await page.locator("asn-feedback-form [part~='submit']").click()
    await page.waitForURL(/\/feedback/)
    await expect.poll(() => page.textContent("#result")).toContain("Terima kasih")
    // The same rater again: the server answers 409 and the portal shows its Indonesian detail.
    await page.goto(`${portal}/feedback?subject=${pegawai.nip}&group=atasan&period=2026-Q4`)
    await expect.poll(() => ratings.count()).toBeGreaterThanOrEqual(7)
    for (let i = 0; i < n; i++) await ratings.nth(i).locator('[role="radio"]').nth(3).click()
    await page.locator("asn-feedback-form [part~='submit']").click()
    await expect.poll(() => page.textContent("#result")).toContain("409")
    await page.context().close()
    // Stored on the server, signed by the portal's token: the audit log names the rater and no score.
    const token = await Auth.sign(secret, admin)
    const audit = await (
      await fetch(`${server.url}/api/audit?limit=1000`, { headers: { authorization: `Bearer ${token}` } })
    ).json()
    expect(audit.filter((e) => e.action === "feedback.submit" && e.actor === penilai.nip)).toHaveLength(1)
  })

  it("the BKPSDM admin reads the unit dashboard; the pegawai may not, and reads their own 360 report", async () => {
    const adminPage = await signIn(admin)
    await adminPage.goto(`${portal}/dashboard`)
    await expect.poll(() => adminPage.textContent("#records")).toMatch(/^[1-9]\d* catatan/)
    await expect
      .poll(() => adminPage.locator("asn-unit-dashboard").evaluate((el) => el.shadowRoot?.textContent ?? ""))
      .toContain("Sangat Baik")
    await adminPage.context().close()

    const page = await signIn(pegawai)
    await page.goto(`${portal}/dashboard`)
    await expect.poll(() => page.textContent("#result")).toContain("403")
    await page.goto(`${portal}/report?period=2026`)
    await expect.poll(() => page.textContent("#result")).toMatch(/Nilai 360: \d\.\d\d|Belum cukup/)
    await page.context().close()
  })
})
