/**
 * Issue 17's seed rows end to end: the demo portal on `@pembinaan/server` (embedded PostgreSQL, `--demo` data with
 * the demo programmes of `DemoProgrammes`), in Chromium, one test per row, each on the development programmes page
 * of the users the row is about. Every screen is photographed at 360 and 1280 px into
 * `examples/portal/.screenshots/` (gitignored) and checked for sideways overflow, text below 12 px and English words
 * on the Indonesian page, with the widgets' and the portal's helpers.
 */
import { join } from "node:path"
import type { BrowserContext, Page } from "playwright"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Demo } from "../../../packages/server/src/index.js"
import { type Harness, root, shots, start } from "./harness.js"

const secret = "portal-seed-secret-0123456789abcdef-0123"

/** The demo users of a region: pegawai, pejabat penilai, atasan, BKPSDM admin. */
const demo = (region: string) => {
  const [pegawai, penilai, atasan, admin] = Demo.users.filter((u) => u.region === region)
  return { pegawai, penilai, atasan, admin } as Record<"pegawai" | "penilai" | "atasan" | "admin", Demo.DemoUser>
}

let harness: Harness
let server: Harness["server"]
let browser: Harness["browser"]
let portal = ""
const contexts: Array<BrowserContext> = []

beforeAll(async () => {
  harness = await start("portal-seed", secret)
  ;({ server, browser, portal } = harness)
}, 180_000)

afterAll(async () => {
  for (const c of contexts) await c.close()
  await harness?.close()
})

/** A fresh browser at a width, signed in as a demo user, on the programmes page once it has loaded. */
const programmesAs = async (user: Demo.DemoUser, width: number): Promise<Page> => {
  const context = await browser.newContext({ locale: "id-ID", viewport: { width, height: width === 360 ? 740 : 900 } })
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(`${portal}/`)
  await page.locator("#login-region").selectOption(user.region, { timeout: 60_000 })
  await page.locator(`#sign-in button[data-nip="${user.nip}"]`).click()
  await page.locator("#cycle-page").waitFor()
  await page.locator('nav a[data-page="program"]').click()
  await page.locator("#programmes").waitFor({ timeout: 60_000 })
  return page
}

/** Waits for every widget's data, then photographs the page and checks overflow, small text and English words. */
const screen = async (page: Page, name: string) => {
  const width = page.viewportSize()?.width ?? 0
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
  await page.screenshot({ path: join(shots, `seed-${name}-${width}.png`), fullPage: true })
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
  expect(found.overflow, `${name} at ${width} px: sideways overflow`).toEqual([])
  expect(found.small, `${name} at ${width} px: text below 12 px`).toEqual([])
  expect(found.english, `${name} at ${width} px: English in the Indonesian page`).toEqual([])
}

/** Both widths of one user's page. */
const bothWidths = async (user: Demo.DemoUser, name: string, check: (page: Page) => Promise<void>) => {
  for (const width of [360, 1280]) {
    const page = await programmesAs(user, width)
    await check(page)
    await screen(page, name)
  }
}

/** The text a widget shows (its shadow root). */
const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, " ") ?? "")

const attr = (page: Page, selector: string, name: string) => page.locator(selector).getAttribute(name)

describe("issue 17's seed rows in the demo portal on the server", () => {
  it("000 Bukittinggi: training and seminars → JP; special coaching run to closure; a public dialogue followed up", async () => {
    const b = demo("bukittinggi")
    await bothWidths(b.pegawai, "000-pegawai", async (page) => {
      // 1080 minutes of training (24 JP) and 360 of seminar (8 JP): 32 of the 20 JP minimum.
      expect(await attr(page, "#prog-development-plan", "data-jp")).toBe("32.00")
      await expect.poll(() => shadowText(page, "#prog-development-plan")).toContain("Pelatihan berkala pelayanan prima")
      expect(await shadowText(page, "#prog-development-plan")).toContain("Seminar pelayanan publik")
      expect(await attr(page, "#prog-policy", "data-source")).toBe("preset")
    })
    await bothWidths(b.admin, "000-admin", async (page) => {
      const plan = page.locator('#prog-plans asn-remediation-plan[data-plan="pk-2026-1"]')
      await expect
        .poll(() =>
          plan.evaluate((el) => (el as unknown as { value?: { plan: { status: string } } }).value?.plan.status)
        )
        .toBe("closed")
      expect(await plan.evaluate((el) => el.shadowRoot?.textContent ?? "")).toContain("Program pembinaan khusus")
      const forum = '#prog-forums asn-forum-minutes[data-forum="dialog-2026-05"]'
      await expect.poll(() => shadowText(page, forum)).toContain("Antrean KTP-el terlalu lama")
      // One of the two commitments due is done: 50 % masukan ditindaklanjuti; the other is overdue.
      expect(await shadowText(page, forum)).toMatch(/1 dari 2/)
      expect(await page.locator('#prog-courses tr[data-course="pb-2026-1"]').getAttribute("data-enrolled")).toBe("2")
    })
  }, 240_000)

  it("001 Muaratebo: workshop with pre/post tests → effectiveness; a university and an NGO; score → next programme", async () => {
    const m = demo("muaratebo")
    await bothWidths(m.admin, "001-admin", async (page) => {
      await expect
        .poll(() => shadowText(page, "#prog-effectiveness asn-programme-report"))
        .toContain("Workshop pelayanan publik")
      const report = await shadowText(page, "#prog-effectiveness asn-programme-report")
      expect(report).toContain("Universitas Jambi")
      expect(
        await page.locator("#prog-partners li").evaluateAll((li) => li.map((x) => x.getAttribute("data-kind")))
      ).toEqual(["universitas", "ngo"])
      // The internship with the partner university is recorded, the best scorer enrolled.
      expect(await attr(page, '#prog-courses tr[data-course="magang-2026-2"]', "data-enrolled")).toBe("1")
      // The region's thresholds on the recorded scores: 43.50 → follow-up programme, 95.00 → internship.
      expect(await page.locator("#prog-thresholds li").count()).toBe(2)
      expect(
        await page.locator("#prog-next-all li").evaluateAll((li) => li.map((x) => x.getAttribute("data-outcomes")))
      ).toEqual(expect.arrayContaining(["program-lanjutan", "magang-universitas"]))
      expect(await page.locator("#prog-next-all").textContent()).toMatch(
        /43,50[\s\S]*Program pelatihan lanjutan|95,00[\s\S]*Magang/
      )
    })
  }, 240_000)

  it("002 Sawahlunto: training assigned by rule to the unit rated C; a community forum followed up; a reward", async () => {
    const s = demo("sawahlunto")
    await bothWidths(s.admin, "002-admin", async (page) => {
      // Kecamatan Barangin (mutu C): its 8 staff enrolled in both courses by the region's rule.
      expect(await attr(page, '#prog-courses tr[data-course="kom-2026-1"]', "data-enrolled")).toBe("8")
      expect(await attr(page, '#prog-courses tr[data-course="mw-2026-1"]', "data-enrolled")).toBe("8")
      const forum = '#prog-forums asn-forum-minutes[data-forum="forum-barangin-2026"]'
      await expect.poll(() => shadowText(page, forum)).toContain("Jam layanan tidak sesuai papan informasi")
      expect(await shadowText(page, forum)).toMatch(/1 dari 1/)
    })
    await bothWidths(s.pegawai, "002-pegawai", async (page) => {
      // The last two quarters Sangat Baik: the region's reward.
      expect(await attr(page, '#prog-quarters li[data-period="2026-Q4"]', "data-outcomes")).toContain(
        "penghargaan-kinerja"
      )
    })
  }, 240_000)

  it("003 Bukittinggi: quarterly indicators with activity reports and evidence; reward or coaching each quarter; complaints", async () => {
    const b = demo("bukittinggi")
    await bothWidths(b.penilai, "003-penilai", async (page) => {
      expect(
        await page
          .locator("#prog-activity tr[data-report]")
          .evaluateAll((tr) => tr.map((x) => x.getAttribute("data-status")))
      ).toEqual(["accepted", "accepted", "accepted", "returned"])
      const rows = page.locator("#prog-quarters li[data-period]")
      expect(await rows.count()).toBe(4)
      // Sangat Baik with the unit's IKM in mutu B or better: the quarterly reward; two Butuh Perbaikan in a row:
      // special coaching.
      expect(await attr(page, '#prog-quarters li[data-period="2026-Q1"]', "data-outcomes")).toContain(
        "penghargaan-triwulanan"
      )
      expect(await attr(page, '#prog-quarters li[data-period="2026-Q3"]', "data-outcomes")).toContain(
        "pembinaan-khusus"
      )
      // The digital channel: LAPOR! complaints per unit.
      expect(await page.locator('#prog-complaints tr[data-unit="dukcapil"] td').first().textContent()).toBe("3")
    })
  }, 240_000)

  it("004 Muaratebo: a new ASN's mentoring from assignment to assessment; e-learning from Moodle; the IKM as success indicator", async () => {
    const m = demo("muaratebo")
    // The mentor adds the third session through the log's form.
    const mentor = await programmesAs(m.penilai, 1280)
    const log = mentor.locator('asn-mentoring-log[data-pair="mentor-2026-1"]')
    await log.locator('[data-field="on"]').fill("2026-11-20")
    await log.locator('[data-field="topic"]').fill("Pelayanan publik")
    await log.locator('[data-field="outcome"]').fill("Melayani warga tanpa pendampingan")
    await log.locator('[part="submit"]').click()
    await expect.poll(() => mentor.locator("#prog-mentoring-note").textContent()).toContain("tersimpan")
    await expect
      .poll(() =>
        log.evaluate(
          (el) => (el as unknown as { value?: { pair: { sessions: unknown[] } } }).value?.pair.sessions.length
        )
      )
      .toBe(3)
    await screen(mentor, "004-mentor")
    // The end assessment (the mentor, through the API), then the mentee sees the whole mentoring.
    const token = await (
      await fetch(`${server.url}/api/demo/token`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ nip: m.penilai.nip })
      })
    ).json()
    const record = await (
      await fetch(`${server.url}/api/programmes/mentoring`, { headers: { authorization: `Bearer ${token.token}` } })
    ).json()
    const assessed = await fetch(`${server.url}/api/programmes/mentoring/events`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token.token}` },
      body: JSON.stringify({
        version: record.version,
        event: {
          command: {
            _tag: "AssessMentee",
            pair: "mentor-2026-1",
            on: "2026-11-25",
            score: 4,
            note: "Siap diangkat PNS"
          }
        }
      })
    })
    expect(assessed.status).toBe(200)
    const phone = await programmesAs(m.penilai, 360)
    await expect
      .poll(() => shadowText(phone, 'asn-mentoring-log[data-pair="mentor-2026-1"]'))
      .toContain("Nilai 4: lulus")
    await screen(phone, "004-mentor")
    await bothWidths(m.pegawai, "004-mentee", async (page) => {
      const mine = 'asn-mentoring-log[data-pair="mentor-2026-1"]'
      await expect.poll(() => shadowText(page, mine)).toContain("Nilai 4: lulus")
      expect(await shadowText(page, mine)).toContain("3 dari minimal 3 sesi")
      expect(await page.locator(`${mine}`).getAttribute("editable")).toBeNull()
    })
    await bothWidths(m.admin, "004-admin", async (page) => {
      // The remote unit's completions from the Moodle export (the unmatched row is not stored).
      expect(await page.locator("#prog-elearning tr[data-employee]").count()).toBe(3)
      // The IKM of the participants' unit shown beside the programme's effectiveness.
      await expect.poll(() => shadowText(page, "#prog-effectiveness asn-programme-report")).toMatch(/IKM/)
    })
  }, 240_000)
})
