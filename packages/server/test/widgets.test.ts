/**
 * The widget data endpoints: each response decodes with the widget's own reader (the function the element runs on
 * its `src` JSON, built on `packages/widgets/src/internal/guards.ts`), so the server sends exactly the shape each
 * widget takes.
 */
import { fileURLToPath } from "node:url"
import { Effect, Result } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { demoStandard } from "../src/Demo.js"
import { backends, client, good, nip, org, plan, serve, token } from "./helpers.js"

/**
 * The widgets' own readers, from their source (outside this package's TypeScript project, so loaded by path; each
 * returns core's `Result` of the checked data or the problems).
 */
// biome-ignore lint/suspicious/noExplicitAny: the readers' data types live in the widgets package
type Reader = (input: unknown) => Result.Result<any, ReadonlyArray<string>>
const components = fileURLToPath(new URL("../../widgets/src/components", import.meta.url))
const load = async (path: string, name: string): Promise<Reader> =>
  ((await import(/* @vite-ignore */ `${components}/${path}`)) as Record<string, Reader>)[name] as Reader
const readScorecard = await load("scorecard/scorecard.controller.js", "readScorecard")
const readNineBox = await load("nine-box/nine-box.controller.js", "readNineBox")
const readCompetencyGap = await load("competency-gap/competency-gap.controller.js", "readCompetencyGap")
const readDashboard = await load("unit-dashboard/unit-dashboard.model.js", "readDashboard")
const readDevelopmentPlan = await load("development-plan/development-plan.controller.js", "readDevelopmentPlan")

/** An assessment against the demo's position standard (three competencies of core's national catalogue). */
const assessment = (scores: Record<string, number | "not-assessed">) => ({ standard: demoStandard, scores })

const decoded = <A>(r: Result.Result<A, ReadonlyArray<string>>): A => {
  if (Result.isFailure(r)) throw new Error(r.failure.join("\n"))
  return r.success
}

describe.each(backends)("the widget data on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>
  // In the test organisation nip(2), nip(4), nip(6) are in dpmptsp; nip(1), nip(3), nip(5) in setda.
  const pegawaiNip = nip(4)
  let pegawai: ReturnType<typeof client>
  let other: ReturnType<typeof client>

  beforeAll(async () => {
    server = await serve(backend)
    admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    pegawai = client(server.url, await token({ nip: pegawaiNip, roles: ["pegawai"] }))
    other = client(server.url, await token({ nip: nip(5), roles: ["pegawai"] }))
    expect((await admin.post("/api/import", org())).status).toBe(200)
  })
  afterAll(() => server?.close())

  it("scorecard: the cycle's annual evaluation, as <asn-scorecard> reads it, for the employee and reviewers only", async () => {
    expect((await pegawai.get(`/api/widgets/scorecard?nip=${pegawaiNip}&year=2026`)).status).toBe(404)
    const opened = await admin.post("/api/cycles", {
      year: 2026,
      pegawai: pegawaiNip,
      pejabatPenilai: nip(2),
      atasanPejabatPenilai: nip(6),
      at: "2026-01-02"
    })
    expect(opened.status).toBe(201)
    let version = opened.body.version as number
    const penilai = client(server.url, await token({ nip: nip(2), roles: ["pegawai"] }))
    const act = async (who: ReturnType<typeof client>, event: Record<string, unknown>) => {
      const r = await who.post(`/api/cycles/${opened.body.id}/events`, { version, event })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      version = r.body.version
    }
    await act(pegawai, { _tag: "ProposePlan", at: "2026-01-10", plan })
    await act(penilai, { _tag: "AgreePlan", at: "2026-01-15" })
    for (const [q, at] of [
      ["2026-Q1", "2026-04-08"],
      ["2026-Q2", "2026-07-08"],
      ["2026-Q3", "2026-10-05"],
      ["2026-Q4", "2027-01-05"]
    ] as const)
      await act(penilai, { _tag: "EvaluatePeriod", at, period: q, ratings: good, score: 100 })
    await act(penilai, { _tag: "EvaluateAnnual", at: "2027-01-08", ratings: good })
    expect(
      (
        await admin.post("/api/competency/assessments", {
          nip: pegawaiNip,
          assessment: assessment({ integritas: 4, kerjasama: 3, komunikasi: 2 })
        })
      ).status
    ).toBe(200)

    const r = await pegawai.get(`/api/widgets/scorecard?nip=${pegawaiNip}&year=2026`)
    expect(r.status).toBe(200)
    const data = decoded(readScorecard(r.body))
    expect(data.evaluation.predikat).toBe("Baik")
    expect(data.employee).toEqual({ name: "Pegawai 4", jabatan: "Analis", unit: "dpmptsp" })
    expect(data.competency?.rows.map((x: { direction: string }) => x.direction)).toEqual(["above", "meets", "below"])
    expect(data.feedback).toBeUndefined()
    expect(data.asOf).toBe("2027-01-08")
    expect((await other.get(`/api/widgets/scorecard?nip=${pegawaiNip}&year=2026`)).status).toBe(403)
    expect((await admin.get(`/api/widgets/scorecard?nip=${pegawaiNip}&year=2026`)).status).toBe(200)
  })

  it("nine-box: every employee with a predikat and a potensial, placed by core, as <asn-nine-box> reads it", async () => {
    await server.sql(
      Effect.gen(function* () {
        const sql = yield* SqlClient.SqlClient
        for (const [n, predikat] of [
          [1, "Sangat Baik"],
          [2, "Baik"],
          [3, "Butuh Perbaikan"],
          [4, "Baik"]
        ] as const)
          yield* sql`INSERT INTO results (nip, period, predikat, score, policy_id, policy_version, result)
            VALUES (${nip(n)}, '2025', ${predikat}, NULL, 'skp', 1, '{}'::jsonb)`
      })
    )
    const stored = await admin.post("/api/talent/potensial", {
      period: "2025",
      scores: [
        { nip: nip(1), potensial: 90 },
        { nip: nip(2), potensial: 50 },
        { nip: nip(3), potensial: 20 },
        { nip: nip(5), potensial: 70 }
      ]
    })
    expect(stored.body).toEqual({ period: "2025", stored: 4 })
    const r = await admin.get("/api/widgets/nine-box?period=2025")
    expect(r.status).toBe(200)
    const data = decoded(readNineBox(r.body))
    // nip(4) has no potensial, nip(5) no predikat: neither is placed.
    expect(data.people.map((p: { employee: string }) => p.employee)).toEqual([nip(2), nip(1), nip(3)])
    expect(data.notPlaced).toBe(0)
    const top = data.people.find((p: { employee: string }) => p.employee === nip(1))
    expect(top?.placement).toMatchObject({ kinerja: "Di Atas Ekspektasi", potensial: { level: "Tinggi" } })
    const unit = decoded(readNineBox((await admin.get("/api/widgets/nine-box?period=2025&unit=setda")).body))
    expect(unit.people.map((p: { employee: string }) => p.employee)).toEqual([nip(1), nip(3)])
    expect((await pegawai.get("/api/widgets/nine-box?period=2025")).status).toBe(403)
  })

  it("nine-box input: an unknown NIP or a duplicate is refused with its path, and nothing is stored", async () => {
    const r = await admin.post("/api/talent/potensial", {
      period: "2024",
      scores: [
        { nip: nip(1), potensial: 60 },
        { nip: "199901012020121999", potensial: 60 }
      ]
    })
    expect(r.status).toBe(422)
    expect(r.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: "payload.scores.1.nip" })]))
    const dup = await admin.post("/api/talent/potensial", {
      period: "2024",
      scores: [
        { nip: nip(1), potensial: 60 },
        { nip: nip(1), potensial: 61 }
      ]
    })
    expect(dup.status).toBe(422)
    const empty = decoded(readNineBox((await admin.get("/api/widgets/nine-box?period=2024")).body))
    expect(empty.people).toEqual([])
  })

  it("competency gap: one employee's Jpm.match, and a unit's, as <asn-competency-gap> reads them", async () => {
    expect(
      (
        await admin.post("/api/competency/assessments", {
          nip: nip(2),
          assessment: assessment({ integritas: 3, kerjasama: 3, komunikasi: "not-assessed" })
        })
      ).status
    ).toBe(200)
    const refused = await admin.post("/api/competency/assessments", {
      nip: nip(6),
      assessment: assessment({ integritas: 9 })
    })
    expect(refused.status).toBe(400)
    const one = decoded(readCompetencyGap((await pegawai.get(`/api/widgets/competency-gap?nip=${pegawaiNip}`)).body))
    expect(one.group).toBe(false)
    expect(one.matches[0]?.total.status).toBe("complete")
    const unit = decoded(readCompetencyGap((await admin.get("/api/widgets/competency-gap?unit=dpmptsp")).body))
    expect(unit.group).toBe(true)
    expect(unit.matches.map((m: { total: { status: string } }) => m.total.status)).toEqual(["incomplete", "complete"])
    expect((await other.get(`/api/widgets/competency-gap?nip=${pegawaiNip}`)).status).toBe(403)
    expect((await pegawai.get(`/api/widgets/competency-gap?nip=${nip(6)}`)).status).toBe(403)
    expect((await admin.get(`/api/widgets/competency-gap?nip=${nip(6)}`)).status).toBe(404)
  })

  it("development plan: one employee's JP year, gaps and enrolments as <asn-development-plan> reads them", async () => {
    // dpmptsp becomes a remote unit: the flag is stored and reaches the recommendations' profile.
    const remote = { ...org(), units: org().units.map((u) => (u.id === "dpmptsp" ? { ...u, remote: true } : u)) }
    expect((await admin.post("/api/import", remote)).status).toBe(200)
    const units = (await admin.get("/api/units")).body as ReadonlyArray<{ id: string; remote: boolean }>
    expect(units.map((u) => [u.id, u.remote])).toEqual(
      expect.arrayContaining([
        ["dpmptsp", true],
        ["setda", false]
      ])
    )
    expect(
      (
        await admin.post("/api/competency/assessments", {
          nip: nip(6),
          assessment: assessment({ integritas: 3, kerjasama: 2, komunikasi: 1 })
        })
      ).status
    ).toBe(200)
    const r = await admin.get(`/api/widgets/development-plan?nip=${nip(6)}&year=2026`)
    expect(r.status).toBe(200)
    const data = decoded(readDevelopmentPlan(r.body))
    expect(data.employee).toEqual({
      nip: nip(6),
      name: "Pegawai 6",
      unit: "Dinas Penanaman Modal dan PTSP",
      remote: true
    })
    expect(data.year).toBe(2026)
    expect(data.jp).toEqual({ total: "0.00", minimum: 20, shortfall: "20", meets: false })
    // Largest gap first (komunikasi −2, kerjasama −1); integritas meets its standard and gets none.
    expect(data.gaps.map((g: { competency: string; gap: string }) => [g.competency, g.gap])).toEqual([
      ["komunikasi", "-2"],
      ["kerjasama", "-1"]
    ])
    expect(data.gaps[0].suggestions.length).toBeGreaterThan(0)
    expect(data.enrolments).toEqual([])
    // Only the employee, their officials and BKPSDM see it; an unknown NIP is 404.
    expect((await other.get(`/api/widgets/development-plan?nip=${nip(6)}&year=2026`)).status).toBe(403)
    expect((await admin.get(`/api/widgets/development-plan?nip=${nip(9)}&year=2026`)).status).toBe(404)
  })

  it("unit dashboard: decodes with <asn-unit-dashboard>'s reader", async () => {
    const r = await admin.get("/api/widgets/unit-dashboard")
    expect(r.status).toBe(200)
    const data = decoded(readDashboard(r.body))
    expect(data.records.map((x: { employee: string }) => x.employee)).toEqual([nip(2), nip(4), nip(1), nip(3)])
  })
})
