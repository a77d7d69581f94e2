import { afterEach, describe, expect, it } from "vitest"
import { deleteStore, openStore, type Store } from "../src/store.js"

const template = { id: "skm-permenpan-rb-14-2017", version: "2017" }
const response = (a: number) => ({ template, answers: { U1: a, U2: a } })
let n = 0
const names: Array<string> = []
const open = async (): Promise<[Store, string]> => {
  const name = `store-test-${Date.now()}-${n++}`
  names.push(name)
  return [await openStore(name), name]
}

afterEach(async () => {
  for (const name of names.splice(0)) await deleteStore(name)
})

describe("store: IndexedDB persistence of the portal's submissions", () => {
  it("starts empty", async () => {
    const [store] = await open()
    expect(await store.load("bukittinggi")).toEqual({ surveys: [], evaluations: [], feedback: [] })
    expect(await store.getSetting("region")).toBeUndefined()
    store.close()
  })

  it("keeps surveys, feedback and settings across a re-open, per region", async () => {
    const [store, name] = await open()
    await store.addSurvey({ region: "bukittinggi", unit: "dukcapil", response: response(4), submittedAt: "1" })
    await store.addSurvey({ region: "bukittinggi", unit: "dukcapil", response: response(3), submittedAt: "2" })
    await store.addSurvey({ region: "sawahlunto", unit: "dpmptsp", response: response(1), submittedAt: "3" })
    await store.addFeedback({
      region: "bukittinggi",
      subject: "BKT-0001",
      period: "2026-Q4",
      rating: { rater: "x", group: "rekan-kerja", scores: {} as never },
      submittedAt: "4"
    })
    await store.setSetting("region", "sawahlunto")
    store.close()

    const again = await openStore(name)
    const b = await again.load("bukittinggi")
    expect(b.surveys.map((s) => s.response.answers.U1)).toEqual([4, 3])
    expect(b.feedback.map((f) => f.subject)).toEqual(["BKT-0001"])
    expect((await again.load("sawahlunto")).surveys).toHaveLength(1)
    expect(await again.getSetting("region")).toBe("sawahlunto")
    again.close()
  })

  it("putEvaluation replaces the record of the same employee and period", async () => {
    const [store] = await open()
    const input = (realisasi: number) => ({
      employee: "BKT-0001",
      period: "2026-Q1",
      measurements: [{ indicator: "a", target: 1, realisasi }]
    })
    await store.putEvaluation({
      region: "r",
      employee: "BKT-0001",
      period: "2026-Q1",
      input: input(1),
      submittedAt: "1"
    })
    await store.putEvaluation({
      region: "r",
      employee: "BKT-0001",
      period: "2026-Q1",
      input: input(2),
      submittedAt: "2"
    })
    await store.putEvaluation({
      region: "r",
      employee: "BKT-0001",
      period: "2026-Q2",
      input: input(3),
      submittedAt: "3"
    })
    const { evaluations } = await store.load("r")
    expect(evaluations.map((e) => [e.period, e.input.measurements?.[0]?.realisasi])).toEqual([
      ["2026-Q1", 2],
      ["2026-Q2", 3]
    ])
    store.close()
  })

  it("clear(region) removes only that region's submissions and keeps settings; clear() removes all", async () => {
    const [store] = await open()
    await store.addSurvey({ region: "a", unit: "u", response: response(4), submittedAt: "1" })
    await store.addSurvey({ region: "b", unit: "u", response: response(4), submittedAt: "2" })
    await store.setSetting("locale", "en")
    await store.clear("a")
    expect((await store.load("a")).surveys).toHaveLength(0)
    expect((await store.load("b")).surveys).toHaveLength(1)
    expect(await store.getSetting("locale")).toBe("en")
    await store.clear()
    expect((await store.load("b")).surveys).toHaveLength(0)
    store.close()
  })

  it("keeps unsent drafts by key across a re-open, finds them by prefix, and forgets a sent one", async () => {
    const [store, name] = await open()
    await store.putDraft("1980:skp-2025-1980:record-realisasi", { period: "2025-Q1", value: "118" })
    await store.putDraft("1980:skp-2025-1980:file-keberatan", { reason: "belum dihitung" })
    await store.putDraft("1980:skp-2026-1980:propose-plan", { target1: "450" })
    await store.putDraft("1981:skp-2025-1980:record-realisasi", { value: "9" })
    store.close()
    const again = await openStore(name)
    expect(await again.drafts("1980:skp-2025-1980:")).toEqual({
      "1980:skp-2025-1980:file-keberatan": { reason: "belum dihitung" },
      "1980:skp-2025-1980:record-realisasi": { period: "2025-Q1", value: "118" }
    })
    await again.putDraft("1980:skp-2025-1980:record-realisasi", undefined)
    expect(Object.keys(await again.drafts("1980:skp-2025-1980:"))).toEqual(["1980:skp-2025-1980:file-keberatan"])
    expect(await again.drafts("1982:")).toEqual({})
    // Drafts are not submissions: the region's submissions stay empty.
    expect(await again.load("bukittinggi")).toEqual({ surveys: [], evaluations: [], feedback: [] })
    again.close()
  })
})
