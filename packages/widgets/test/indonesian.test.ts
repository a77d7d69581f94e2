/**
 * Every Indonesian text a widget can show, in plain Indonesian: the message catalogue (each message, each function
 * called with sample arguments) and every widget rendered with full fixture data. Fails on the known English words
 * and on a number written with a decimal point.
 */
import { developmentPlanMessages } from "../src/components/development-plan/development-plan.messages.js"
import { forumMinutesMessages } from "../src/components/forum-minutes/forum-minutes.messages.js"
import { mentoringLogMessages } from "../src/components/mentoring-log/mentoring-log.messages.js"
import { programmeReportMessages } from "../src/components/programme-report/programme-report.messages.js"
import { remediationPlanMessages } from "../src/components/remediation-plan/remediation-plan.messages.js"
import { trainingRecordMessages } from "../src/components/training-record/training-record.messages.js"
import "../src/all.js"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { setLocale } from "../src/locale.js"
import { messages } from "../src/messages.js"
import { render, widgets } from "./gallery.js"
import { indonesianProblems, shownTexts } from "./indonesian.js"

/** Text with an exact fraction (`13500/127 ≈ 106,3`) that is not inside a `<details>`. */
const fractionsOutsideDetails = (root: Element): ReadonlyArray<string> => {
  const out: string[] = []
  const walk = (node: Node, inDetails: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const t = node.textContent ?? ""
      if (!inDetails && /\d\/\d+\s*≈/.test(t)) out.push(t.trim())
      return
    }
    const here = inDetails || (node instanceof Element && node.localName === "details")
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot, here)
    for (const child of node.childNodes) walk(child, here)
  }
  walk(root, false)
  return out
}

beforeAll(() => setLocale("id"))
afterEach(() => {
  document.body.replaceChildren()
})

/**
 * Sample arguments by parameter name, as the widgets pass them: core's codes where the parameter is one (a rounding
 * mode, a rule that fired, an operator), numbers for counts, and a label or a formatted number otherwise.
 */
const sampleFor = (name: string): ReadonlyArray<unknown> => {
  if (name === "mode") return ["half-up", "half-even"]
  if (name === "fired") return ["dibawah-count", "diatas-count", "otherwise"]
  if (name === "op") return ["at-most", "at-least", "exists"]
  if (name === "reason") return ["below-quorum", "required-group-missing", "anonymity", "none"]
  if (name === "strategy") return ["annual-only", "mean"]
  if (name === "code") return ["missing", "negative", "unexpected", "other"]
  return [3, "106,30", "Baik"]
}

const parameters = (f: (...a: ReadonlyArray<unknown>) => unknown): ReadonlyArray<string> =>
  (/^(?:function\s*\w*)?\s*\(?([^)=]*)\)?\s*=>?/.exec(f.toString())?.[1] ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")

/** Every combination of the samples of each parameter (capped). */
const argumentLists = (f: (...a: ReadonlyArray<unknown>) => unknown): ReadonlyArray<ReadonlyArray<unknown>> => {
  let lists: Array<Array<unknown>> = [[]]
  for (const p of parameters(f)) lists = lists.flatMap((l) => sampleFor(p).map((v) => [...l, v])).slice(0, 200)
  return lists
}

/** Every text of the catalogue, with the path of the message it came from. */
const catalogueTexts = (value: unknown, path: string, out: Array<[string, string]>): void => {
  if (typeof value === "string") out.push([path, value])
  else if (typeof value === "function") {
    for (const args of argumentLists(value as (...a: ReadonlyArray<unknown>) => unknown)) {
      try {
        catalogueTexts(
          (value as (...a: ReadonlyArray<unknown>) => unknown)(...args),
          `${path}(${args.join(", ")})`,
          out
        )
      } catch {
        // a message for other argument types
      }
    }
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) catalogueTexts(v, `${path}[${i}]`, out)
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) catalogueTexts(v, `${path}.${k}`, out)
  }
}

describe("Indonesian texts", () => {
  it("the message catalogue has no English words and no decimal point", () => {
    const texts: Array<[string, string]> = []
    catalogueTexts(messages("id"), "id", texts)
    expect(texts.length).toBeGreaterThan(200)
    const problems = texts.flatMap(([path, text]) => indonesianProblems(text).map((p) => `${path}: ${p}`))
    expect([...new Set(problems)]).toEqual([])
  })

  it("the programme widgets' own messages have no English words and no decimal point", () => {
    const texts: Array<[string, string]> = []
    for (const [name, m] of Object.entries({
      developmentPlanMessages,
      forumMinutesMessages,
      mentoringLogMessages,
      programmeReportMessages,
      remediationPlanMessages,
      trainingRecordMessages
    }))
      catalogueTexts(m("id"), name, texts)
    expect(texts.length).toBeGreaterThan(100)
    const problems = texts.flatMap(([path, text]) => indonesianProblems(text).map((p) => `${path}: ${p}`))
    expect([...new Set(problems)]).toEqual([])
  })

  it.each(widgets.map((w, i) => ({ ...w, name: `${w.tag} #${i + 1}` })))("$name shows plain Indonesian", async (w) => {
    const el = await render(w)
    const texts = shownTexts(el)
    expect(texts.length).toBeGreaterThan(0)
    expect([...new Set(texts.flatMap(indonesianProblems))]).toEqual([])
  })

  it.each(widgets.map((w, i) => ({ ...w, name: `${w.tag} #${i + 1}` })))(
    "$name shows exact fractions only in an expandable detail, and its CSV has plain decimals",
    async (w) => {
      const el = await render(w)
      expect(fractionsOutsideDetails(el)).toEqual([])
      const csv = (el as unknown as { toCsv?: () => string }).toCsv?.() ?? ""
      expect(csv.match(/[^\n,"]*≈[^\n,"]*/g) ?? []).toEqual([])
    }
  )

  it("the checks find what they look for", () => {
    expect(indonesianProblems("dibulatkan (half-up)")[0]).toMatch(/^English "half-up"/)
    expect(indonesianProblems("IKM unit sekarang 72.96")).toHaveLength(1)
    expect(indonesianProblems("Whether 14/2017 has since been replaced is UNCONFIRMED")).toHaveLength(4)
    expect(indonesianProblems("Σ weight / 100 × value")).toHaveLength(2)
    expect(indonesianProblems("Rencana bimbingan-kinerja; rata-rata 3")).toEqual([
      'raw id "bimbingan-kinerja" in "Rencana bimbingan-kinerja; rata-rata 3"'
    ])
    expect(indonesianProblems("IKM 72,96; 1.234 pegawai; versi 1.0.0; Kurang/Misconduct; rating hasil kerja")).toEqual(
      []
    )
  })
})
