/**
 * End to end: the demo portal on `@pembinaan/server`, in Chromium, three users in three browser contexts on one
 * server that this test starts (embedded PostgreSQL in a temporary directory, `--demo` data) behind the portal's own
 * vite dev server (which proxies `/api` to it, as `bash scripts/ready.sh demo` does):
 *
 * 1. the pegawai opens their 2025 SKP and starts recording a realisasi;
 * 2. the pejabat penilai evaluates that SKP (annual evaluation) in a second browser;
 * 3. the pegawai's stale realisasi is refused with 409 and the page shows the cycle as it now is, draft kept;
 * 4. the atasan approves in a third browser;
 * 5. the pegawai sees the year's result, acknowledges it, and sees the consequences.
 *
 * Screenshots of the sign-in, cycle and result screens at 360 and 1280 px go to `examples/portal/.screenshots/`
 * (gitignored), and every one of those screens is checked for sideways overflow, text below 12 px and (in
 * Indonesian) English words, with the helpers the other portal tests use.
 */
import { join } from "node:path"
import { Behaviour, Presets } from "@pembinaan/core"
import type { BrowserContext, Page } from "playwright"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Demo } from "../../../packages/server/src/index.js"
import { type Harness, root, shots, start } from "./harness.js"

const secret = "portal-e2e-secret-0123456789abcdef-0123"

const demo = Demo.users.filter((u) => u.region === "bukittinggi")
const pegawai = demo.find((u) => u.roles.length === 1 && u.roles[0] === "pegawai")
const penilai = demo.find((u) => u.roles.includes("pejabat-penilai"))
const atasan = demo.find((u) => u.roles.includes("atasan"))
const cycleId = `skp-2025-${pegawai?.nip}`

let harness: Harness
let server: Harness["server"]
let browser: Harness["browser"]
let portal = ""

beforeAll(async () => {
  harness = await start("portal-e2e", secret)
  ;({ server, browser, portal } = harness)
}, 180_000)

afterAll(async () => {
  await harness?.close()
})

const contexts: Array<BrowserContext> = []
afterAll(async () => {
  for (const c of contexts) await c.close()
})

/** A fresh browser (its own storage) at a width, on the sign-in screen. */
const browserAt = async (width: number): Promise<Page> => {
  const context = await browser.newContext({
    locale: "id-ID",
    viewport: { width, height: width === 360 ? 740 : 900 }
  })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${portal}/`)
  await page.locator("#sign-in button.user").first().waitFor({ timeout: 60_000 })
  return page
}

const signIn = async (page: Page, nip: string | undefined) => {
  await page.locator(`#sign-in button[data-nip="${nip}"]`).click()
  await page.locator("#cycle-page").waitFor()
  await expect.poll(() => page.locator("#signed-in").getAttribute("data-nip")).toBe(nip)
}

const open = async (page: Page, list: string, id: string) => {
  await page.locator(`#${list} li[data-cycle="${id}"] button[data-open]`).click()
  await page.locator(`#cycle-detail[data-cycle="${id}"]`).waitFor()
}

const statusOf = (page: Page) => page.locator("#cycle-status-text").getAttribute("data-status")

/**
 * Takes the screen (whole page) and checks it: no sideways overflow, no text below 12 px, and in Indonesian no
 * English words, with the helpers of the portal's and the widgets' tests.
 */
const screen = async (page: Page, name: string, language: "id" | "en" = "id") => {
  const width = page.viewportSize()?.width ?? 0
  // Widgets draw after their data arrives: wait until none is loading.
  await page.waitForFunction(() => {
    const all: Array<Element> = []
    const walk = (r: Document | ShadowRoot) => {
      for (const e of r.querySelectorAll("*")) {
        all.push(e)
        if (e.shadowRoot) walk(e.shadowRoot)
      }
    }
    walk(document)
    return all.every((e) => (e as { loader?: { state?: { _tag: string } } }).loader?.state?._tag !== "Loading")
  })
  // One screenshot per screen, top to bottom (at most 8), as the layout tests take them.
  const height = page.viewportSize()?.height ?? 1
  const total = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let i = 0; i < Math.min(8, Math.ceil(total / height)); i++) {
    await page.evaluate((y) => window.scrollTo(0, y), i * height)
    await page.screenshot({ path: join(shots, `e2e-${name}-${width}-${i + 1}.png`) })
  }
  await page.evaluate(() => window.scrollTo(0, 0))
  // A string, not a function: vitest would rewrite a function's `import()` for Node.
  const found = (await page.evaluate(`(async () => {
    const l = await import("/@fs${root}packages/widgets/test/layout.ts")
    const i = await import("/@fs${root}packages/widgets/test/indonesian.ts")
    const app = document.querySelector("#app")
    return {
      overflow: l.overflowing(document),
      small: l.smallText(document),
      english: i.shownTexts(app).flatMap((text) => i.indonesianProblems(text))
    }
  })()`)) as { overflow: ReadonlyArray<string>; small: ReadonlyArray<string>; english: ReadonlyArray<string> }
  // axe on the portal, as the sample pages' axe test runs it.
  if ((await page.evaluate("typeof window.axe")) === "undefined")
    await page.addScriptTag({ path: join(root, "node_modules/axe-core/axe.min.js") })
  const violations = (await page.evaluate(`window.axe.run(document.querySelector("#app")).then((r) =>
    r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")))`)) as ReadonlyArray<string>
  expect(violations, `${name} at ${width} px: axe`).toEqual([])
  if (width === 360 && language === "id") {
    // As the sample pages' layout test (in Indonesian): on a phone the header leaves most of the first screen to
    // the page.
    const header = await page.evaluate(() => document.querySelector("header")?.getBoundingClientRect().height ?? 0)
    expect(header, `${name} at 360 px: header height`).toBeLessThanOrEqual(height * 0.3)
    // the signed-in tabs scroll sideways as one bar: the current page's tab is in view
    const tab = await page.evaluate(() => {
      const a = document.querySelector('nav a[aria-current="page"]')
      const bar = a?.closest("ul")
      if (!a || !bar) return "none"
      const t = a.getBoundingClientRect()
      const b = bar.getBoundingClientRect()
      return t.left >= b.left - 1 && t.right <= b.right + 1 ? "in view" : `${a.textContent} at ${t.left}..${t.right}`
    })
    expect(tab, `${name} at 360 px: the current tab`).toMatch(/^(in view|none)$/)
  }
  expect(found.overflow, `${name} at ${width} px: sideways overflow`).toEqual([])
  expect(found.small, `${name} at ${width} px: text below 12 px`).toEqual([])
  if (language === "id") expect(found.english, `${name} at ${width} px: English in the Indonesian page`).toEqual([])
}

describe("the demo portal on the server, two and three users in Chromium", () => {
  it("the penilai evaluates, a stale entry gets 409 with the current state, the atasan approves, the pegawai sees the result", async () => {
    // The pegawai, on a phone, opens their 2025 SKP (plan agreed, monitoring) and types a realisasi.
    const me = await browserAt(360)
    await screen(me, "sign-in")
    await signIn(me, pegawai?.nip)
    await screen(me, "cycles")
    await open(me, "mine", cycleId)
    expect(await statusOf(me)).toBe("agreed")
    await me.locator('#record-realisasi input[name="value"]').fill("123")
    await screen(me, "cycle")

    // The pejabat penilai, in another browser on a desktop, evaluates the same SKP.
    const boss = await browserAt(1280)
    await screen(boss, "sign-in")
    await signIn(boss, penilai?.nip)
    await open(boss, "staff", cycleId)
    const form = boss.locator("#evaluate-annual")
    await form.locator('asn-rating-input[name="hasilKerja"] [role="radio"]').nth(2).click()
    await form.locator('asn-rating-input[name="perilakuKerja"] [role="radio"]').nth(2).click()
    await expect.poll(() => form.locator('asn-predikat [part~="value"]').textContent()).toContain("Sangat Baik")
    await screen(boss, "cycle")
    await form.locator("button.primary:not([disabled])").click()
    await expect.poll(() => statusOf(boss)).toBe("evaluated")
    await expect.poll(() => boss.locator("#cycle-status").textContent()).toContain("Terkirim")

    // The penilai also gives a 360 rating for the year; it goes to the server.
    const ratings360 = boss.locator("#cycle-360 asn-feedback-form asn-rating-input")
    await expect.poll(() => ratings360.count()).toBeGreaterThanOrEqual(7)
    for (let i = 0; i < (await ratings360.count()); i++)
      await ratings360.nth(i).locator('[role="radio"]').nth(3).click()
    await boss.locator("#cycle-360 asn-feedback-form [part~='submit']").click()
    await expect.poll(() => boss.locator("#feedback-status").textContent()).toContain("Terima kasih")

    // The pegawai's realisasi was made against the old version: 409, the page shows the evaluated cycle.
    await me.locator("#record-realisasi button.primary").click()
    await expect.poll(() => me.locator("#problem").getAttribute("data-status")).toBe("409")
    await expect.poll(() => statusOf(me)).toBe("evaluated")
    await expect.poll(() => me.locator("#cycle-status").textContent()).toContain("sudah diubah pengguna lain")
    expect(await me.locator("#record-realisasi").count()).toBe(0)

    // The atasan approves, in a third browser.
    const top = await browserAt(1280)
    await signIn(top, atasan?.nip)
    // … in English: the portal's texts and the server's messages (Accept-Language) follow the language switch.
    await top.locator("#lang").selectOption("en")
    await expect.poll(() => top.locator("#page-title").textContent()).toBe("SKP cycle")
    await open(top, "queue", cycleId)
    expect((await top.locator("#approve").textContent())?.trim()).toBe("Approve the evaluation")
    await screen(top, "approval-en", "en")
    await top.setViewportSize({ width: 360, height: 740 })
    await screen(top, "approval-en", "en")
    await top.locator("#approve").click()
    await expect.poll(() => statusOf(top)).toBe("approved")
    await expect.poll(() => top.locator("#cycle-status").textContent()).toMatch(/^Sent\. .*[Aa]pprov/)

    // The pegawai reloads and sees the year's result (provisional until the keberatan window passes).
    await me.locator("#back").click()
    await me.locator("#refresh").click()
    await open(me, "mine", cycleId)
    expect(await statusOf(me)).toBe("approved")
    await expect.poll(() => me.locator("#result-predikat").getAttribute("data-predikat")).toBe("Sangat Baik")
    expect(await me.locator("#result-state").getAttribute("data-status")).toBe("provisional")
    await me.locator("#acknowledge").click()
    await expect.poll(() => statusOf(me)).toBe("acknowledged")
    // "Tetapkan hasil final" the same day: the keberatan window (14 days from the tanda terima) is still open, so
    // the server refuses it and the page says why, in Indonesian; the cycle stays as it was.
    expect((await me.locator("#finalise").textContent())?.trim()).toBe("Tetapkan hasil final")
    await me.locator("#finalise").click()
    await expect.poll(() => me.locator("#problem").getAttribute("data-status")).toBe("422")
    expect(await me.locator("#problem").textContent()).toMatch(
      /Hasil baru final setelah batas keberatan \(\d{1,2} [A-Z][a-z]+ \d{4}\) lewat\./
    )
    expect(await statusOf(me)).toBe("acknowledged")
    await expect.poll(() => me.locator("#cycle-consequences").count()).toBe(1)
    // The 360 report: the atasan group's average (the policy discloses the one superior's rating as a group),
    // 4 on every value, in Indonesian decimals.
    await me.locator("#show-360").click()
    await expect.poll(() => me.locator("#report-360").getAttribute("data-status")).toBe("sufficient")
    expect(await me.locator("#report-360 strong").textContent()).toBe("4,00")
    // each value by its name, as the regulation writes it
    const values = await me.locator("#report-360 + .table-scroll tbody td:first-child").allTextContents()
    expect(values).toContain("Berorientasi Pelayanan")
    expect(values).toContain("Akuntabel")
    await screen(me, "result")
    await me.setViewportSize({ width: 1280, height: 900 })
    await screen(me, "result")

    // The SKM survey goes to the server too: the penilai hands out a ticket and the response counts in the IKM.
    await boss.locator('nav a[data-page="survei"]').click()
    await boss.locator("#survey-page asn-survey-form").waitFor()
    const before = await boss.locator("#server-ikm asn-ikm-report").count()
    const questions = boss.locator("#survey-page asn-survey-form asn-rating-input")
    await expect.poll(() => questions.count()).toBeGreaterThanOrEqual(9)
    for (let i = 0; i < (await questions.count()); i++) await questions.nth(i).locator('[role="radio"]').nth(3).click()
    await boss.locator("#survey-page asn-survey-form [part~='submit']").click()
    await expect.poll(() => boss.locator("#survey-status").textContent()).toContain("Terima kasih")
    expect(before).toBe(1)
    const surveyed = await boss.locator("#survey-unit").inputValue()
    await screen(boss, "survey")
    await boss.setViewportSize({ width: 360, height: 740 })
    await screen(boss, "survey")

    // Keberatan: the pegawai files one, the atasan (still in English) decides; the result is final.
    await me.locator('#file-keberatan textarea[name="reason"]').fill("Capaian triwulan IV belum dihitung penuh.")
    await me.locator("#file-keberatan button").click()
    await expect.poll(() => statusOf(me)).toBe("keberatan")
    await top.locator("#back").click()
    await top.locator("#refresh").click()
    await open(top, "queue", cycleId)
    const decide = top.locator("#decide-keberatan")
    await decide.locator('select[name="outcome"]').selectOption("ditolak")
    await decide.locator('textarea[name="reason"]').fill("Capaian sudah dihitung dari laporan akhir tahun.")
    // Rejected: the evaluation's ratings stand, so the form asks for none.
    await decide.locator("button.primary").click()
    await expect.poll(() => statusOf(top)).toBe("final")
    await me.locator("#back").click()
    await me.locator("#refresh").click()
    await open(me, "mine", cycleId)
    await expect.poll(() => me.locator("#result-state").getAttribute("data-status")).toBe("final")
    expect(await me.locator("#result-predikat").getAttribute("data-predikat")).toBe("Sangat Baik")

    // The BKPSDM admin sees the unit dashboard and every cycle of the region.
    const bkpsdm = await browserAt(360)
    await signIn(bkpsdm, demo.find((u) => u.roles.includes("admin-bkpsdm"))?.nip)
    await bkpsdm.locator("#admin-dashboard asn-unit-dashboard").waitFor()
    await expect.poll(() => bkpsdm.locator("#region-cycles li[data-cycle]").count()).toBe(5)
    await screen(bkpsdm, "admin")

    // What the pegawai saw is what the server holds.
    const token = await (
      await fetch(`${server.url}/api/demo/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ nip: pegawai?.nip })
      })
    ).json()
    const stored = await (
      await fetch(`${server.url}/api/cycles/${cycleId}`, { headers: { authorization: `Bearer ${token.token}` } })
    ).json()
    expect(stored.state.status).toBe("final")
    expect(stored.state.keberatan.decision.outcome).toBe("ditolak")
    expect(stored.state.annual.predikat).toBe("Sangat Baik")
    expect(stored.state.realisasi.some((r: { value: string }) => r.value === "123")).toBe(false)
    // One response more in the unit's IKM for the year: the 30 seeded ones and this one.
    const adminToken = await (
      await fetch(`${server.url}/api/demo/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ nip: demo.find((u) => u.roles.includes("admin-bkpsdm"))?.nip })
      })
    ).json()
    const ikm = await (
      await fetch(`${server.url}/api/widgets/ikm-report?unit=${surveyed}&period=${new Date().getFullYear()}`, {
        headers: { authorization: `Bearer ${adminToken.token}` }
      })
    ).json()
    expect(ikm.score.respondents).toBe(31)
  }, 240_000)

  it("the 2026 plan: the pegawai proposes, the penilai agrees; realisasi, a kept draft and a periodic evaluation", async () => {
    const id2026 = `skp-2026-${pegawai?.nip}`
    const me = await browserAt(360)
    await signIn(me, pegawai?.nip)
    await open(me, "mine", id2026)
    expect(await statusOf(me)).toBe("draft")
    // The plan form comes filled in from the unit's template; the pegawai names the first target and proposes.
    await me.locator('#propose-plan input[name="target1"]').fill("450")
    await me.locator("#propose-plan button.primary").click()
    await expect.poll(() => statusOf(me)).toBe("proposed")

    const boss = await browserAt(1280)
    await signIn(boss, penilai?.nip)
    await open(boss, "staff", id2026)
    await boss.locator("#agree-plan").click()
    await expect.poll(() => statusOf(boss)).toBe("agreed")

    // The pegawai starts a realisasi and leaves: the unsent draft is kept in this browser (IndexedDB) only.
    await me.locator("#back").click()
    await me.locator("#refresh").click()
    await open(me, "mine", id2026)
    expect(await statusOf(me)).toBe("agreed")
    await me.locator('#record-realisasi select[name="period"]').selectOption("2026-Q1")
    await me.locator('#record-realisasi input[name="value"]').fill("118")
    await me.reload()
    await me.locator("#cycle-page").waitFor()
    await open(me, "mine", id2026)
    await expect.poll(() => me.locator('#record-realisasi input[name="value"]').inputValue()).toBe("118")
    await me.locator("#record-realisasi button.primary").click()
    await expect.poll(() => me.locator("#plan-title + .table-scroll").textContent()).toContain("2026-Q1: 118")
    // Sent: the draft is gone.
    await me.reload()
    await me.locator("#cycle-page").waitFor()
    await open(me, "mine", id2026)
    expect(await me.locator('#record-realisasi input[name="value"]').inputValue()).toBe("")

    // The penilai evaluates the first quarter.
    await boss.locator("#back").click()
    await boss.locator("#refresh").click()
    await open(boss, "staff", id2026)
    const form = boss.locator("#evaluate-period")
    await form.locator('select[name="period"]').selectOption("2026-Q1")
    await form.locator('asn-rating-input[name="hasilKerja"] [role="radio"]').nth(1).click()
    await form.locator('asn-rating-input[name="perilakuKerja"] [role="radio"]').nth(1).click()
    await form.locator("button.primary").click()
    await expect.poll(() => boss.locator("#cycle-detail").textContent()).toContain("2026-Q1: Baik")
    await screen(boss, "plan")
  }, 240_000)

  it("signed in, Beranda, Evaluasi and Dasbor show the server's data for that person, with no sample banner", async () => {
    const tokenOf = async (nip: string | undefined) =>
      (
        (await (
          await fetch(`${server.url}/api/demo/token`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ nip })
          })
        ).json()) as { token: string }
      ).token
    const api = async <A>(nip: string | undefined, path: string): Promise<A> =>
      (await (
        await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${await tokenOf(nip)}` } })
      ).json()) as A
    const go = (page: Page, name: string) => page.locator(`nav a[data-page="${name}"]`).click()

    const adminNip = demo.find((u) => u.roles.includes("admin-bkpsdm"))?.nip
    // The pegawai's Beranda: their record, their SKP, and their stored results as the server holds them.
    const me = await browserAt(360)
    await signIn(me, pegawai?.nip)
    await go(me, "beranda")
    await me.locator("#home-page").waitFor()
    expect(await me.locator("#page-title").textContent()).toBe(`Beranda: ${pegawai?.name}`)
    const results = await api<ReadonlyArray<{ period: string; predikat: string; score: string | null }>>(
      pegawai?.nip,
      `/api/employees/${pegawai?.nip}/results`
    )
    expect(results.length).toBeGreaterThanOrEqual(4)
    await expect.poll(() => me.locator("#results-table tbody tr").count()).toBe(results.length)
    for (const r of results) {
      const row = me.locator(`#results-table tr[data-period="${r.period}"]`)
      expect(await row.locator("td").first().textContent()).toBe(r.predikat)
      // Indonesian decimals: a comma.
      if (r.score !== null) expect((await row.locator("td.num").textContent())?.trim()).toBe(r.score.replace(".", ","))
    }
    const mine = await api<ReadonlyArray<{ id: string; as: string }>>(pegawai?.nip, "/api/cycles")
    expect(await me.locator("#home-skp li[data-cycle]").count()).toBe(mine.filter((c) => c.as === "pegawai").length)
    expect(await me.locator("#sample-note").count()).toBe(0)
    expect(await me.locator("#kpi-asn").count()).toBe(0)
    await screen(me, "home")
    // A 360 group too small to show: one bawahan rating of the pegawai's 2026 (the admin, through the API). The
    // report names it, and the peers hidden with it, with the widgets' one wording and the policy's threshold.
    const rated = await fetch(`${server.url}/api/feedback`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await tokenOf(adminNip)}` },
      body: JSON.stringify({
        subjectId: pegawai?.nip,
        raterGroup: "bawahan",
        period: "2026",
        ratings: Object.fromEntries(Behaviour.coreValues.map((v) => [v, 4]))
      })
    })
    expect(rated.status).toBe(201)
    await go(me, "siklus")
    await open(me, "mine", `skp-2026-${pegawai?.nip}`)
    await me.locator("#show-360").click()
    await me.locator("#groups-360").waitFor()
    const k = Presets.feedback.bkpsdm.anonymity.minimumGroupSize
    const hidden = me.locator('#groups-360 li[data-status="suppressed"]')
    expect(await hidden.count()).toBeGreaterThanOrEqual(1)
    expect(await me.locator('#groups-360 li[data-group="bawahan"]').getAttribute("data-status")).toBe("suppressed")
    for (const text of await hidden.allTextContents())
      expect(text.replace(/\s+/g, " ")).toContain(`Disembunyikan (aturan minimal ${k} orang per kelompok)`)
    await screen(me, "report-360")
    await me.locator("#lang").selectOption("en")
    await expect
      .poll(() => me.locator('#groups-360 li[data-group="bawahan"]').textContent())
      .toContain(`Hidden (rule: at least ${k} people per group)`)
    await me.locator("#lang").selectOption("id")

    // The pegawai's Evaluasi: the records of their own SKP; Dasbor: the unit dashboard is not theirs to see.
    await go(me, "evaluasi")
    await me.locator("#evaluation-page").waitFor()
    expect(await me.locator("#records-table tbody tr").count()).toBe(mine.length)
    await screen(me, "evaluation")
    await go(me, "dasbor")
    await me.locator("#dashboard-refused").waitFor()
    await screen(me, "dashboard-pegawai")

    // The pejabat penilai's Evaluasi: the queue is the cycles whose next step is theirs, from the cycle API.
    const boss = await browserAt(1280)
    await signIn(boss, penilai?.nip)
    await go(boss, "evaluasi")
    await boss.locator("#evaluation-page").waitFor()
    const theirs = await api<ReadonlyArray<{ id: string; as: string; status: string }>>(penilai?.nip, "/api/cycles")
    const next = new Set([
      "pejabat-penilai/proposed",
      "pejabat-penilai/change-proposed",
      "pejabat-penilai/agreed",
      "pegawai/draft",
      "pegawai/approved"
    ])
    const queued = theirs.filter((c) => next.has(`${c.as}/${c.status}`)).map((c) => c.id)
    expect(queued.length).toBeGreaterThan(0)
    await expect
      .poll(() =>
        boss
          .locator("#evaluation-queue li[data-cycle]")
          .evaluateAll((xs) => xs.map((x) => x.getAttribute("data-cycle")))
      )
      .toEqual(queued)
    expect(await boss.locator("#records-table tbody tr").count()).toBe(theirs.length)
    await screen(boss, "evaluation")
    await boss.setViewportSize({ width: 360, height: 740 })
    await screen(boss, "evaluation")
    // Opening one goes to the SKP page with that cycle open.
    await boss.locator(`#evaluation-queue li[data-cycle="${queued[0]}"] button[data-open]`).click()
    await boss.locator(`#cycle-detail[data-cycle="${queued[0]}"]`).waitFor()
    expect(await boss.locator('nav a[aria-current="page"]').getAttribute("data-page")).toBe("siklus")
    // In English, on a phone.
    await boss.locator("#lang").selectOption("en")
    await go(boss, "evaluasi")
    await expect.poll(() => boss.locator("#page-title").textContent()).toBe("Evaluation")
    expect(await boss.locator("#evaluation-queue li[data-cycle]").count()).toBe(queued.length)
    await screen(boss, "evaluation-en", "en")

    // The BKPSDM admin's Dasbor: the server's unit dashboard in <asn-unit-dashboard>.
    const admin = demo.find((u) => u.roles.includes("admin-bkpsdm"))
    const bkpsdm = await browserAt(1280)
    await signIn(bkpsdm, admin?.nip)
    await go(bkpsdm, "dasbor")
    const board = await api<{ records: ReadonlyArray<unknown> }>(admin?.nip, "/api/widgets/unit-dashboard")
    expect(board.records.length).toBeGreaterThan(0)
    await expect
      .poll(() => bkpsdm.locator("#server-dashboard asn-unit-dashboard").getAttribute("data-records"))
      .toBe(String(board.records.length))
    expect(await bkpsdm.locator("#sample-note").count()).toBe(0)
    // and the server's nine-box (the last quarter, with the talent review's potensial) and competency gaps
    const box = await api<{ people: ReadonlyArray<unknown> }>(admin?.nip, "/api/widgets/nine-box?period=2026-Q4")
    expect(box.people.length).toBeGreaterThan(0)
    await bkpsdm.locator("#server-nine-box asn-nine-box").waitFor()
    expect(await bkpsdm.locator("#server-nine-box asn-nine-box").getAttribute("label")).toBe(
      "Peta talenta (9-box), periode 2026-Q4"
    )
    await bkpsdm.locator("#server-competency-gap asn-competency-gap").waitFor()
    await screen(bkpsdm, "dashboard")
    await bkpsdm.setViewportSize({ width: 360, height: 740 })
    await screen(bkpsdm, "dashboard")
    await go(bkpsdm, "beranda")
    await bkpsdm.locator("#home-page").waitFor()
    await screen(bkpsdm, "home-admin")
  }, 240_000)
})
