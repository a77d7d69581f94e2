import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backends, client, good, nip, org, plan, serve, token } from "./helpers.js"

describe.each(backends)("the SKP cycle on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  // In the test organisation nip(2), nip(4), nip(6) are in dpmptsp.
  const pegawaiNip = nip(4)
  const penilaiNip = nip(2)
  const atasanNip = nip(6)
  let admin: ReturnType<typeof client>
  let pegawai: ReturnType<typeof client>
  let penilai: ReturnType<typeof client>
  let atasan: ReturnType<typeof client>
  let id = ""

  beforeAll(async () => {
    server = await serve(backend)
    admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }), "id")
    pegawai = client(server.url, await token({ nip: pegawaiNip, roles: ["pegawai"] }))
    penilai = client(server.url, await token({ nip: penilaiNip, roles: ["pegawai"] }))
    atasan = client(server.url, await token({ nip: atasanNip, roles: ["pegawai"] }))
    expect((await admin.post("/api/import", org())).status).toBe(200)
  })
  afterAll(() => server?.close())

  let version = 0
  const act = async (who: ReturnType<typeof client>, event: Record<string, unknown>, v = version) => {
    const r = await who.post(`/api/cycles/${id}/events`, { version: v, event })
    if (r.status === 200) version = r.body.version
    return r
  }

  it("opens a cycle (BKPSDM admin only)", async () => {
    const body = {
      year: 2026,
      pegawai: pegawaiNip,
      pejabatPenilai: penilaiNip,
      atasanPejabatPenilai: atasanNip,
      at: "2026-01-02"
    }
    expect((await pegawai.post("/api/cycles", body)).status).toBe(403)
    const r = await admin.post("/api/cycles", body)
    expect(r.status).toBe(201)
    id = r.body.id
    version = r.body.version
    expect(r.body.state.status).toBe("draft")
    expect((await admin.post("/api/cycles", body)).status).toBe(409)
  })

  it("lists each user's cycles with their part in it; the admin sees the region's, a stranger none", async () => {
    const part = async (who: ReturnType<typeof client>) =>
      ((await who.get("/api/cycles?year=2026")).body as ReadonlyArray<{ id: string; as: string; status: string }>).map(
        (c) => [c.id, c.as, c.status]
      )
    expect(await part(pegawai)).toEqual([[id, "pegawai", "draft"]])
    expect(await part(penilai)).toEqual([[id, "pejabat-penilai", "draft"]])
    expect(await part(atasan)).toEqual([[id, "atasan-pejabat-penilai", "draft"]])
    expect(await part(admin)).toEqual([[id, "admin", "draft"]])
    const stranger = client(server.url, await token({ nip: nip(3), roles: ["pegawai"] }))
    expect(await part(stranger)).toEqual([])
    const otherRegion = client(server.url, await token({ nip: nip(1), region: "muaratebo", roles: ["admin-bkpsdm"] }))
    expect(await part(otherRegion)).toEqual([])
    expect((await pegawai.get("/api/cycles?year=2025")).body).toEqual([])
    expect((await pegawai.get("/api/cycles?year=dua")).status).toBe(400)
  })

  it("walks plan → agreement → evaluation → approval → acknowledgement → final, two users at a time", async () => {
    expect((await act(pegawai, { _tag: "ProposePlan", at: "2026-01-10", plan })).status).toBe(200)
    // The atasan is not the pejabat penilai: core's permission table refuses the agreement.
    const wrong = await act(atasan, { _tag: "AgreePlan", at: "2026-01-15" })
    expect(wrong.status).toBe(403)
    expect((await act(penilai, { _tag: "AgreePlan", at: "2026-01-15" })).status).toBe(200)
    for (const [q, at] of [
      ["2026-Q1", "2026-04-08"],
      ["2026-Q2", "2026-07-08"],
      ["2026-Q3", "2026-10-05"],
      ["2026-Q4", "2027-01-05"]
    ] as const)
      expect((await act(penilai, { _tag: "EvaluatePeriod", at, period: q, ratings: good, score: 100 })).status).toBe(
        200
      )
    expect((await act(penilai, { _tag: "EvaluateAnnual", at: "2027-01-08", ratings: good })).status).toBe(200)
    expect((await act(atasan, { _tag: "ApproveEvaluation", at: "2027-01-12" })).status).toBe(200)
    const ack = await act(pegawai, { _tag: "Acknowledge", at: "2027-01-13" })
    expect(ack.status).toBe(200)
    expect(ack.body.messages.id).toBeTruthy()
    const fin = await act(pegawai, { _tag: "Finalise", at: "2027-02-10" })
    expect(fin.status).toBe(200)
    expect(fin.body.state.status).toBe("final")
    // The employee sees the result; it is stored for the dashboard.
    const result = await pegawai.get(`/api/cycles/${id}/result?on=2027-02-11`)
    expect(result.body).toMatchObject({ status: "final", predikat: "Baik" })
    const stored = await pegawai.get(`/api/employees/${pegawaiNip}/results`)
    expect(stored.body).toContainEqual(expect.objectContaining({ period: "2026", predikat: "Baik" }))
    const consequences = await pegawai.get(`/api/cycles/${id}/consequences?on=2027-02-11`)
    expect(consequences.status).toBe(200)
    expect(consequences.body).toMatchObject({ employee: pegawaiNip, predikat: "Baik" })
  })

  it("a stale version gets 409 with the current state", async () => {
    const r = await act(pegawai, { _tag: "Acknowledge", at: "2027-03-01" }, version - 1)
    expect(r.status).toBe(409)
    expect(r.body.current).toMatchObject({ id, version })
    expect(r.body.current.state.status).toBe("final")
  })

  it("refuses what the machine refuses, in the asked language, and never trusts `by`", async () => {
    const r = await act(pegawai, { _tag: "FileKeberatan", at: "2027-03-02", reason: "x", by: atasanNip })
    expect(r.status).toBe(422)
    expect(r.body.code).toBe("InvalidTransition")
    expect(r.body.detail).toMatch(/[a-z]/)
    const unknown = await act(pegawai, { _tag: "DoSomething" })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].path).toBe("payload.event._tag")
  })

  it("only the parties and the region's admin read a cycle; the audit log has every step and verifies", async () => {
    const stranger = client(server.url, await token({ nip: nip(3), roles: ["pegawai"] }))
    expect((await stranger.get(`/api/cycles/${id}`)).status).toBe(403)
    expect((await admin.get(`/api/cycles/${id}`)).status).toBe(200)
    const log = (await admin.get("/api/audit?limit=1000")).body as ReadonlyArray<{ action: string }>
    expect(log.map((e) => e.action).filter((a) => a.startsWith("cycle."))).toEqual([
      "cycle.Open",
      "cycle.ProposePlan",
      "cycle.AgreePlan",
      "cycle.EvaluatePeriod",
      "cycle.EvaluatePeriod",
      "cycle.EvaluatePeriod",
      "cycle.EvaluatePeriod",
      "cycle.EvaluateAnnual",
      "cycle.ApproveEvaluation",
      "cycle.Acknowledge",
      "cycle.Finalise"
    ])
    expect((await admin.get("/api/audit/verify")).body.valid).toBe(true)
  })

  it("two writers on one version: exactly one wins, the other gets 409", async () => {
    const body = {
      year: 2027,
      pegawai: pegawaiNip,
      pejabatPenilai: penilaiNip,
      atasanPejabatPenilai: atasanNip,
      at: "2027-01-02"
    }
    const opened = await admin.post("/api/cycles", body)
    const cid = opened.body.id
    await pegawai.post(`/api/cycles/${cid}/events`, {
      version: 1,
      event: { _tag: "ProposePlan", at: "2027-01-10", plan }
    })
    const [a, b] = await Promise.all([
      penilai.post(`/api/cycles/${cid}/events`, { version: 2, event: { _tag: "AgreePlan", at: "2027-01-15" } }),
      penilai.post(`/api/cycles/${cid}/events`, { version: 2, event: { _tag: "AgreePlan", at: "2027-01-15" } })
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
  })
})

describe("the demo SKP cycles", () => {
  let server: Awaited<ReturnType<typeof serve>>
  beforeAll(async () => {
    server = await serve("pglite", { demo: true })
  })
  afterAll(() => server?.close())

  it("are seeded for each region's demo unit, ready for the evaluation, the approval and the plan", async () => {
    const { users } = await import("../src/Demo.js")
    for (const region of ["bukittinggi", "muaratebo", "sawahlunto"]) {
      const demo = users.filter((u) => u.region === region)
      const [pegawaiUser, penilaiUser, atasanUser] = demo
      const as = async (u: (typeof demo)[number] | undefined) =>
        client(server.url, await token({ nip: u?.nip ?? "", region, roles: u?.roles ?? [] }))
      const mine = (await (await as(pegawaiUser)).get("/api/cycles")).body as ReadonlyArray<{
        year: number
        status: string
      }>
      expect(mine.map((c) => [c.year, c.status])).toEqual([
        [2026, "draft"],
        [2025, "agreed"]
      ])
      const staff = (await (await as(penilaiUser)).get("/api/cycles?year=2025")).body as ReadonlyArray<{
        as: string
        status: string
      }>
      expect(
        staff
          .filter((c) => c.as === "pejabat-penilai")
          .map((c) => c.status)
          .sort()
      ).toEqual(["agreed", "agreed", "agreed", "evaluated"])
      const queue = (await (await as(atasanUser)).get("/api/cycles?year=2025")).body as ReadonlyArray<{
        as: string
        status: string
      }>
      expect(queue.filter((c) => c.status === "evaluated").map((c) => c.as)).toEqual(["atasan-pejabat-penilai"])
    }
  })
})
