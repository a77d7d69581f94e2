import { readFileSync } from "node:fs"
import { Presets } from "@pembinaan/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backends, client, nip, org, serve, token } from "./helpers.js"

// In the test organisation nip(2), nip(4), nip(6) are in dpmptsp; nip(1), nip(3), nip(5) in setda.
const A = nip(4)
const B = nip(6)
const sample = readFileSync(new URL("../../core/test/fixtures/lapor-complaints.csv", import.meta.url), "utf8")

describe.each(backends)("per-region programme policies and the LAPOR! import on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>
  let pegawai: ReturnType<typeof client>
  let superior: ReturnType<typeof client>
  let version = 0

  beforeAll(async () => {
    server = await serve(backend)
    admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    pegawai = client(server.url, await token({ nip: A, roles: ["pegawai"] }))
    superior = client(server.url, await token({ nip: nip(2), roles: ["atasan"] }))
    expect((await admin.post("/api/import", org())).status).toBe(200)
  })
  afterAll(() => server?.close())

  const act = async (who: ReturnType<typeof client>, command: Record<string, unknown>) => {
    const r = await who.post("/api/programmes/training/events", { version, event: { command } })
    if (r.status === 200) version = r.body.version
    return r
  }

  it("imports a LAPOR! CSV export: unmatched, malformed, skipped and matched rows, each once", async () => {
    expect((await pegawai.post("/api/citizen/lapor", { csv: sample })).status).toBe(403)
    const r = await admin.post("/api/citizen/lapor", { csv: sample })
    expect(r.status).toBe(200)
    // The test region has units setda and dpmptsp only: the dukcapil and dinkes rows match no unit.
    expect(r.body.counts).toEqual({ rows: 11, complaints: 1, malformed: 4, unmatched: 4, skipped: 2 })
    expect(r.body.confirmed).toBe(false)
    expect(r.body.complaints[0]).toMatchObject({
      row: 9,
      unit: "dpmptsp",
      status: "selesai",
      submission: { channel: "pengaduan", ticket: "4822188", score: 5 }
    })
    expect(r.body.unmatched.map((u: { row: number; match: string }) => [u.row, u.match])).toEqual([
      [0, "none"],
      [1, "none"],
      [2, "none"],
      [4, "none"]
    ])
    expect(r.body.malformed.map((m: { problems: Array<{ path: unknown; code: string }> }) => m.problems[0])).toEqual([
      { path: [3, "Tanggal Laporan"], code: "invalid", message: '"31/02/2026" is not a date' },
      { path: [5, "Nomor Tracking"], code: "missing", message: '"Nomor Tracking" is empty' },
      expect.objectContaining({ path: [8, "Status"], code: "unknown-value" }),
      expect.objectContaining({ path: [10, "Penilaian"], code: "out-of-range" })
    ])
    expect(r.body).toMatchObject({ stored: 1, updated: 0, version: 1 })
  })

  it("takes a configuration, re-imports a moved status as an update, and reports the pengaduan channel", async () => {
    const config = { ...Presets.programmes.bukittinggi.complaints, agencies: { "Dinas Kesehatan": "setda" } }
    const rows = [
      {
        "Nomor Tracking": "4822188",
        "Tanggal Laporan": "2026-02-18",
        "Instansi Tujuan": "Dinas Penanaman Modal dan PTSP",
        Status: "Selesai",
        Penilaian: "3"
      },
      {
        "Nomor Tracking": "4821955",
        "Tanggal Laporan": "2026-02-10",
        "Instansi Tujuan": "dinas kesehatan",
        Status: "Sedang Diproses"
      }
    ]
    const r = await admin.post("/api/citizen/lapor", { rows, config })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ stored: 1, updated: 1, version: 2 })
    const report = await admin.get("/api/citizen/complaints")
    expect(report.status).toBe(200)
    // The reporter's new rating 3 on 1–5 is 50 on 0–100; the unrated complaint counts but is not a score.
    expect(report.body.byUnit.dpmptsp).toMatchObject({ count: 1, rated: 1, resolved: { percent: "100.00" } })
    expect(report.body.byUnit.dpmptsp.result.score.text).toBe("50.00")
    expect(report.body.byUnit.setda).toMatchObject({ count: 1, rated: 0, result: { status: "insufficient" } })
    expect(report.body.resolved).toEqual({ total: 2, selesai: 1, percent: "50.00" })
    expect((await admin.get("/api/citizen/complaints?unit=setda")).body.complaints).toHaveLength(1)
    expect((await pegawai.get("/api/citizen/complaints")).status).toBe(403)
  })

  it("refuses a request with neither or both of csv and rows, and a CSV that does not parse, with paths", async () => {
    const neither = await admin.post("/api/citizen/lapor", {})
    expect(neither.status).toBe(400)
    expect((await admin.post("/api/citizen/lapor", { csv: sample, rows: [] })).status).toBe(400)
    const broken = await admin.post("/api/citizen/lapor", { csv: 'Nomor Tracking,Status\n"4821907,Selesai\n' })
    expect(broken.status).toBe(400)
    expect(broken.body.errors[0].path).toBe("payload.csv")
    const badConfig = await admin.post("/api/citizen/lapor", {
      rows: [],
      config: { ...Presets.programmes.bukittinggi.complaints, statuses: { selesai: "tuntas" } }
    })
    expect(badConfig.status).toBe(400)
  })

  it("runs the region's preset until a policy is published; the post-training score then meets its thresholds", async () => {
    const preset = await admin.get("/api/programme-policy")
    expect(preset.body).toMatchObject({ region: "bukittinggi", source: "preset", policyId: "programmes-bukittinggi" })
    expect(preset.body.document.nextProgramme).toEqual([])
    const item = {
      id: "ws",
      title: "Workshop pelayanan",
      type: "workshop",
      form: "workshop",
      competencies: [],
      online: false
    }
    const course = {
      id: "ws-1",
      item: "ws",
      start: "2026-04-06",
      end: "2026-04-08",
      delivery: { mode: "onsite", place: "Aula BKPSDM" },
      provider: { kind: "internal" },
      minutes: 900,
      sessions: 1
    }
    for (const command of [
      { _tag: "AddItem", item },
      { _tag: "ScheduleCourse", course },
      { _tag: "Enrol", course: "ws-1", employee: A },
      { _tag: "Enrol", course: "ws-1", employee: B },
      { _tag: "Attend", course: "ws-1", employee: A, on: "2026-04-06" },
      { _tag: "Attend", course: "ws-1", employee: B, on: "2026-04-06" },
      { _tag: "RecordTest", course: "ws-1", employee: A, phase: "post", score: 90 },
      { _tag: "RecordTest", course: "ws-1", employee: B, phase: "post", score: 62 },
      { _tag: "Complete", course: "ws-1", employee: A, on: "2026-04-08", passed: true },
      { _tag: "Complete", course: "ws-1", employee: B, on: "2026-04-08", passed: true }
    ])
      expect((await act(admin, command)).status).toBe(200)
    for (const [employee, score] of [
      [A, 5],
      [B, 2]
    ] as const)
      expect(
        (
          await act(superior, {
            _tag: "Assess",
            course: "ws-1",
            employee,
            assessor: "superior",
            on: "2026-07-08",
            score
          })
        ).status
      ).toBe(200)
    // Bukittinggi's preset has no thresholds: a score, no next programme.
    const before = await admin.get(`/api/employees/${B}/next-programme`)
    expect(before.body).toMatchObject({ status: "decided", score: "43.50", outcomes: [], policy: { source: "preset" } })

    expect((await pegawai.post("/api/programme-policy", { document: Presets.programmes.muaratebo })).status).toBe(403)
    const published = await admin.post("/api/programme-policy", {
      document: {
        ...Presets.programmes.muaratebo,
        id: "programmes-bukittinggi",
        jp: { ...Presets.programmes.muaratebo.jp, yearlyMinimum: 24 }
      }
    })
    expect(published.status).toBe(200)
    expect(published.body).toMatchObject({ source: "published", version: 1, policyId: "programmes-bukittinggi" })
    const low = await admin.get(`/api/employees/${B}/next-programme`)
    expect(low.body.outcomes.map((o: { id: string }) => o.id)).toEqual(["program-lanjutan"])
    expect(low.body.policy).toEqual({ source: "published", policyId: "programmes-bukittinggi", version: 1 })
    const high = await pegawai.get(`/api/employees/${A}/next-programme`)
    expect(high.body).toMatchObject({ score: "95.00" })
    expect(high.body.outcomes.map((o: { id: string }) => o.id)).toEqual(["magang-universitas"])
    // The JP target is the published one.
    const plan = await pegawai.get(`/api/employees/${A}/development-plan?year=2026`)
    expect(plan.body.minimumJp).toBe(24)
    // An employee without a scored completion has no next programme yet.
    expect((await admin.get(`/api/employees/${nip(2)}/next-programme`)).body.status).toBe("no-scored-completion")
  })

  it("refuses an inconsistent policy with field paths, and keeps the one in force", async () => {
    const muaratebo = Presets.programmes.muaratebo
    const bad = await admin.post("/api/programme-policy", {
      document: {
        ...muaratebo,
        nextProgramme: [{ ...muaratebo.nextProgramme[0], value: 90 }, muaratebo.nextProgramme[1]]
      }
    })
    expect(bad.status).toBe(422)
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["payload.document.nextProgramme.0.value"])
    const missing = await admin.post("/api/programme-policy", { document: { ...muaratebo, mentoring: undefined } })
    expect(missing.status).toBe(422)
    expect((await admin.get("/api/programme-policy")).body.version).toBe(1)
  })

  it("the OpenAPI document lists the new endpoints", async () => {
    const paths = Object.keys((await admin.get("/api/openapi.json")).body.paths)
    for (const p of [
      "/api/programme-policy",
      "/api/employees/{nip}/next-programme",
      "/api/citizen/lapor",
      "/api/citizen/complaints"
    ])
      expect(paths).toContain(p)
  })
})
