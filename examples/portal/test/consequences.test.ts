/**
 * The year's result and what follows from it: the employee's annual predikat (core's `Period.annual` under the
 * region's strategy, unscored quarters named) and the reward and coaching panels filled by one call to core's
 * `Consequence.follow`, on the employee page and in the unit dashboard.
 */
import "../src/portal.css"
import { Period, Presets } from "@pembinaan/core"
import { Result } from "effect"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { page } from "vitest/browser"
import { mountPortal, type Portal } from "../src/app.js"
import { type Dataset, generate } from "../src/data/generate.js"
import { annualOf, buildModel, consequencePolicies } from "../src/data/model.js"
import { deleteStore, nothingStored } from "../src/store.js"
import { indonesianProblems, shownTexts } from "./indonesian-check.js"
import { deepElements, overflowing, smallText } from "./layout-check.js"

let db = ""
let root: HTMLElement
let portal: Portal | undefined
let counter = 0

beforeEach(() => {
  localStorage.clear()
  db = `portal-consequences-${Date.now()}-${counter++}`
})
afterEach(async () => {
  portal?.unmount()
  portal = undefined
  root?.remove()
  await deleteStore(db)
})

const mount = async (options: Parameters<typeof mountPortal>[1]) => {
  root = document.createElement("div")
  root.className = "portal"
  document.body.append(root)
  portal = await mountPortal(root, { dbName: db, hash: false, ...options })
  await vi.waitFor(
    () => {
      for (const e of deepElements(root)) {
        if ((e as { loader?: { state?: { _tag: string } } }).loader?.state?._tag === "Loading")
          throw new Error("loading")
      }
    },
    { timeout: 5000, interval: 25 }
  )
  for (const e of deepElements(root)) await (e as { updateComplete?: Promise<unknown> }).updateComplete
}

const $ = (selector: string): HTMLElement => {
  const el = root.querySelector<HTMLElement>(selector)
  if (!el) throw new Error(`no ${selector}`)
  return el
}

/** The sample's first Bukittinggi employee (the portal's default): computed here straight from core. */
const seeded = () => {
  const data = generate("bukittinggi")
  const model = buildModel(data, nothingStored)
  const v = model.employees[0]
  if (!v) throw new Error("no employee")
  return { data, model, v }
}

/** A copy of the sample without one employee's quarter. */
const without = (data: Dataset, employee: string, period: string): Dataset => ({
  ...data,
  evaluations: data.evaluations.filter((e) => !(e.employee === employee && e.period === period))
})

describe("annual result (Period.annual)", () => {
  it("is core's annual evaluation of the stored quarters, under each region's strategy", () => {
    const { data, v, model } = seeded()
    const periodic = Object.values(v.evaluations).map((e) => ({
      period: e.period,
      score: e.score?.value ?? 0,
      predikat: e.predikat,
      perilakuKerja: e.perilakuKerja
    }))
    const direct = Period.annual(model.region.policy, { year: data.year, periodic })
    expect(Result.isSuccess(direct)).toBe(true)
    expect(v.annual.result).toEqual({ status: "ok", evaluation: Result.isSuccess(direct) ? direct.success : null })
    expect(v.annual.strategy.strategy).toBe("mean")
    expect(v.annual.missing).toEqual([])
    // JSON-serialisable like every public result
    expect(JSON.parse(JSON.stringify(v.annual))).toEqual(v.annual)
  })

  it("names a quarter that was not evaluated and refuses the predikat when the policy requires every quarter", () => {
    for (const region of ["bukittinggi", "muaratebo"] as const) {
      const data = generate(region)
      const first = data.employees[0]?.id ?? ""
      const model = buildModel(without(data, first, "2026-Q3"), nothingStored)
      const a = model.employees[0]?.annual
      expect(a?.missing).toEqual(["2026-Q3"])
      expect(a?.result).toEqual({ status: "missing-periods", required: 4 })
    }
  })

  it("under use-available, aggregates the quarters there are and still names the missing one", () => {
    const { data, model, v } = seeded()
    const policy = {
      ...model.region.policy,
      period: { ...model.region.policy.period, annual: { strategy: "last", missing: "use-available", minPeriods: 2 } }
    } as const
    const evaluations = { ...v.evaluations }
    delete evaluations["2026-Q4"]
    const a = annualOf(policy, data.year, evaluations)
    expect(a.missing).toEqual(["2026-Q4"])
    expect(a.result.status === "ok" && a.result.evaluation.trace.periodsUsed).toEqual(["2026-Q3"])
    expect(a.result.status === "ok" && a.result.evaluation.predikat).toBe(v.evaluations["2026-Q3"]?.predikat)
  })

  it("states a quarter entered after its periodic deadline as late, and keeps using it", () => {
    const data = generate("bukittinggi")
    const first = data.employees[0]?.id ?? ""
    const input = (period: string) => {
      const i = data.evaluations.find((e) => e.employee === first && e.period === period)
      if (!i) throw new Error(`no sample input for ${period}`)
      return i
    }
    const record = (period: string, submittedAt: string) => ({
      region: "bukittinggi",
      employee: first,
      period,
      input: input(period),
      submittedAt
    })
    const model = buildModel(data, {
      ...nothingStored,
      evaluations: [record("2026-Q1", "2026-11-28T09:00:00.000Z"), record("2026-Q2", "2026-07-10T09:00:00.000Z")]
    })
    const a = model.employees[0]?.annual
    // Q1 ends 31 March; the national periodic deadline gives 10 more days. Q2 (due 10 July) was on time.
    expect(a?.late).toEqual([{ period: "2026-Q1", entered: "2026-11-28", due: "2026-04-10" }])
    expect(a?.missing).toEqual([])
    expect(a?.result.status === "ok" && a.result.evaluation.trace.periodsUsed).toContain("2026-Q1")
  })

  it("says so when the policy takes the predikat from a separate annual evaluation (Sawahlunto)", () => {
    const model = buildModel(generate("sawahlunto"), nothingStored)
    expect(model.employees[0]?.annual.result).toEqual({ status: "annual-evaluation-missing" })
  })
})

describe("consequences (Consequence.follow)", () => {
  it("the seeded employee qualifies: rewards, coaching plans, TPP, Satyalancana and recommendations", () => {
    const { v } = seeded()
    const c = v.consequences
    expect(c?.rewards.length).toBeGreaterThan(0)
    expect(c?.remediation.plans.length).toBeGreaterThan(0)
    expect(c?.tpp.status === "computed" && c.tpp.kinerjaPercent).toBeGreaterThan(0)
    expect(c?.satyalancana.status).toBe("computed")
    // every reward is traced to a rule that fired
    const fired = new Set(c?.trace.evaluation.decisions.filter((d) => d.status === "fired").map((d) => d.rule))
    for (const r of c?.rewards ?? []) expect(r.rules.every((id) => fired.has(id))).toBe(true)
    expect(c?.predikat).toBe(v.evaluations["2026-Q4"]?.predikat)
  })

  it("the employee page shows the annual predikat and non-empty reward and coaching panels with their reasons", async () => {
    const { v } = seeded()
    await mount({ page: "evaluasi", region: "bukittinggi" })
    const annual = v.annual.result
    if (annual.status !== "ok") throw new Error("expected an annual result")
    expect($("#annual-predikat").textContent?.trim()).toBe(annual.evaluation.predikat)
    // Indonesian decimal comma
    expect($("#annual-score").textContent?.trim()).toBe(String(annual.evaluation.rounded?.toFixed(2)).replace(".", ","))
    expect($("#annual-missing").textContent?.trim()).toBe("tidak ada")
    expect($("#annual-late").textContent?.trim()).toBe("tidak ada")

    const c = v.consequences
    if (!c) throw new Error("expected consequences")
    const rewards = [...root.querySelectorAll("#rewards-list li")]
    expect(rewards.length).toBe(c.rewards.length)
    expect(rewards.length).toBeGreaterThan(0)
    expect(rewards[0]?.textContent).toContain(c.rewards[0]?.label ?? "?")
    expect(rewards[0]?.textContent).toContain("Alasan:")
    const coaching = [...root.querySelectorAll("#coaching-list li")]
    expect(coaching.length).toBe(c.remediation.outcomes.length)
    const plan = c.remediation.plans[0]
    const planText = root.querySelector(`#coaching-list [data-plan="${plan?.type}"]`)?.textContent
    expect(planText).toContain(plan?.deadline)
    expect(planText).toContain(consequencePolicies.bukittinggi.plans.plans.find((p) => p.type === plan?.type)?.label)
    const tpp = c.tpp.status === "computed" ? c.tpp.kinerjaPercent : undefined
    expect($("#cons-tpp").textContent).toContain(`${tpp}%`)
    expect($("#cons-tpp").textContent).toContain(Presets.allowance.tuba.name)
    expect($("#cons-satyalancana").textContent).toMatch(/memenuhi syarat/i)
    expect($("#cons-rewards h3").textContent).not.toContain("(0)")
  })

  it("shows the same in English, with decimal points", async () => {
    const { v } = seeded()
    await mount({ page: "evaluasi", region: "bukittinggi" })
    const lang = $("#lang") as HTMLSelectElement
    lang.value = "en"
    lang.dispatchEvent(new Event("change"))
    await vi.waitFor(() => expect($("#annual-title").textContent).toContain("Annual result"))
    const annual = v.annual.result
    if (annual.status !== "ok") throw new Error("expected an annual result")
    expect($("#annual-score").textContent?.trim()).toBe(annual.evaluation.rounded?.toFixed(2))
    expect($("#annual-missing").textContent?.trim()).toBe("none")
    expect($("#cons-rewards h3").textContent).toContain("Rewards")
  })

  it("the unit dashboard's reward and coaching lists are no longer empty", async () => {
    await mount({ page: "dasbor", region: "bukittinggi" })
    const dash = $("asn-unit-dashboard")
    await vi.waitFor(() => {
      const rew = dash.shadowRoot?.querySelector("#rew-h")?.textContent ?? ""
      const rem = dash.shadowRoot?.querySelector("#rem-h")?.textContent ?? ""
      expect(Number(/\((\d+)\)/.exec(rew)?.[1])).toBeGreaterThan(0)
      expect(Number(/\((\d+)\)/.exec(rem)?.[1])).toBeGreaterThan(0)
    })
  })
})

describe.each([360, 1280])("annual and consequence panels at %i px", (width) => {
  it("fit without sideways scrolling and keep text readable", async () => {
    await page.viewport(width, 800)
    await mount({ page: "evaluasi", region: "bukittinggi" })
    for (const d of root.querySelectorAll<HTMLDetailsElement>("#annual details, #consequences details")) d.open = true
    expect(overflowing(document), "horizontal overflow").toEqual([])
    expect(smallText(document), "text below 12 px").toEqual([])
    // screenshots of the two panels to look at (gitignored), one screen at a time
    for (const id of ["annual", "consequences"]) {
      const box = $(`#${id}`).getBoundingClientRect()
      const top = box.top + window.scrollY
      const screens = Math.min(6, Math.ceil(box.height / window.innerHeight))
      for (let i = 0; i < screens; i++) {
        window.scrollTo(0, top + i * window.innerHeight)
        await new Promise((r) => requestAnimationFrame(r))
        await page.screenshot({ path: `../.screenshots/${id}-${width}-${i + 1}.png` })
      }
    }
    window.scrollTo(0, 0)
  })
})

describe.each(["bukittinggi", "muaratebo", "sawahlunto"] as const)("the panels in %s", (region) => {
  it("speak plain Indonesian and state the annual result or why there is none", async () => {
    await mount({ page: "evaluasi", region })
    for (const d of root.querySelectorAll<HTMLDetailsElement>("#annual details, #consequences details")) d.open = true
    const texts = [...shownTexts($("#annual")), ...shownTexts($("#consequences"))]
    expect([...new Set(texts.flatMap(indonesianProblems))]).toEqual([])
    const annual = buildModel(generate(region), nothingStored).employees[0]?.annual.result
    if (annual?.status === "ok") expect($("#annual-predikat").textContent?.trim()).toBe(annual.evaluation.predikat)
    else expect($("#annual-unavailable").textContent).toMatch(/belum dapat ditetapkan/)
    expect($("#annual-missing").textContent?.trim()).toBe("tidak ada")
  })
})
