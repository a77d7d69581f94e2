import { Effect, Layer } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../src/Database.js"
import { backends, client, nip, org, serve, token } from "./helpers.js"

// In the test organisation nip(2), nip(4), nip(6) are in dpmptsp; nip(1), nip(3), nip(5) in setda.
const A = nip(4)
const SUPERIOR = nip(2)
const MENTEE = nip(6)
const STRANGER = nip(3)

const item = {
  id: "seminar-pelayanan",
  title: "Seminar pelayanan publik yang efisien",
  type: "seminar",
  form: "seminar",
  competencies: ["pelayanan-publik"],
  online: false
}
const partner = {
  id: "unja",
  name: "Universitas Jambi",
  kind: "universitas",
  agreement: { from: "2026-01-01", to: "2026-12-31", reference: "PKS 01/2026" }
}
const course = {
  id: "sem-1",
  item: "seminar-pelayanan",
  start: "2026-03-02",
  end: "2026-03-03",
  delivery: { mode: "onsite", place: "Balai Kota Bukittinggi" },
  provider: { kind: "partner", partner: "unja" },
  minutes: 540,
  sessions: 2
}
/** Runs SQL on a database directly (no server running on it). */
const query = <A>(
  db: { databaseUrl?: string; dataDir?: string },
  f: (sql: SqlClient.SqlClient) => Effect.Effect<A, unknown>
) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      return yield* f(sql)
    }).pipe(
      Effect.provide(
        Layer.fresh(
          Database.layer(
            db.databaseUrl
              ? { _tag: "Postgres", url: db.databaseUrl }
              : { _tag: "Embedded", dataDir: db.dataDir as string }
          )
        )
      ),
      Effect.scoped
    ) as Effect.Effect<A, unknown, never>
  )

const elCourse = { id: "el-pelayanan", title: "Pelayanan prima daring", form: "e-learning", minutes: 270 }

describe.each(backends)("the development programmes on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>
  let pegawai: ReturnType<typeof client>
  let superior: ReturnType<typeof client>
  let stranger: ReturnType<typeof client>
  const versions: Record<string, number> = {}

  beforeAll(async () => {
    server = await serve(backend)
    admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    pegawai = client(server.url, await token({ nip: A, roles: ["pegawai"] }))
    superior = client(server.url, await token({ nip: SUPERIOR, roles: ["atasan"] }))
    stranger = client(server.url, await token({ nip: STRANGER, roles: ["pegawai"] }))
    expect((await admin.post("/api/import", org())).status).toBe(200)
  })
  let closed = false
  afterAll(() => (closed ? undefined : server?.close()))

  const act = async (
    who: ReturnType<typeof client>,
    kind: string,
    command: Record<string, unknown>,
    extra: Record<string, unknown> = {},
    version = versions[kind] ?? 0
  ) => {
    const r = await who.post(`/api/programmes/${kind}/events`, { version, event: { command, ...extra } })
    if (r.status === 200) versions[kind] = r.body.version
    return r
  }

  it("records a training's catalogue, course and enrolment; only BKPSDM manages it", async () => {
    expect((await act(pegawai, "training", { _tag: "AddItem", item })).status).toBe(403)
    const first = await act(admin, "training", { _tag: "AddItem", item }, { at: "2026-01-05T08:00:00+07:00" })
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ kind: "training", key: "bukittinggi", version: 1 })
    expect(first.body.changes[0]).toMatchObject({ what: "AddItem", who: nip(1), role: "admin-bkpsdm" })
    for (const command of [
      { _tag: "AddPartner", partner },
      { _tag: "ScheduleCourse", course },
      { _tag: "Enrol", course: "sem-1", employee: A },
      { _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-02" },
      { _tag: "Attend", course: "sem-1", employee: A, on: "2026-03-03" },
      { _tag: "RecordTest", course: "sem-1", employee: A, phase: "pre", score: 60 },
      { _tag: "RecordTest", course: "sem-1", employee: A, phase: "post", score: 85 },
      { _tag: "Complete", course: "sem-1", employee: A, on: "2026-03-03", passed: true }
    ])
      expect((await act(admin, "training", command)).status).toBe(200)
    expect(versions.training).toBe(9)
    const record = await admin.get("/api/programmes/training")
    expect(record.body.state.enrolments[`sem-1|${A}`].status).toBe("completed")
    // A pegawai does not read the region's whole record.
    expect((await pegawai.get("/api/programmes/training")).status).toBe(403)
    // Problems speak Indonesian by default.
    const id = client(server.url, await token({ nip: A, roles: ["pegawai"] }), "id")
    const forbidden = await id.post("/api/programmes/training/events", {
      version: 9,
      event: { command: { _tag: "AddItem", item } }
    })
    expect(forbidden.type).toContain("problem+json")
    expect(forbidden.body.detail).toBe("Peran Anda tidak mengizinkan tindakan training.manage.")
  })

  it("the OpenAPI document lists the programme endpoints", async () => {
    const paths = Object.keys((await admin.get("/api/openapi.json")).body.paths)
    for (const p of [
      "/api/programmes/{kind}/events",
      "/api/programmes/{kind}",
      "/api/employees/{nip}/development-plan",
      "/api/training/effectiveness",
      "/api/forum/follow-up",
      "/api/elearning/moodle",
      "/api/elearning/xapi"
    ])
      expect(paths).toContain(p)
  })

  it("a stale version gets 409 with the current state", async () => {
    const r = await act(admin, "training", { _tag: "Enrol", course: "sem-1", employee: nip(6) }, {}, 3)
    expect(r.status).toBe(409)
    expect(r.body.current).toMatchObject({ kind: "training", version: versions.training })
    expect(r.body.current.state.courses["sem-1"].id).toBe("sem-1")
  })

  it("refuses what core refuses (422 with paths) and an unknown command (400)", async () => {
    const bad = await act(admin, "training", { _tag: "AddItem", item: { ...item, id: "x", title: "" } })
    expect(bad.status).toBe(422)
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain("payload.event.command.item.title")
    // A partner's course must lie inside the partner's agreement.
    const late = { ...course, id: "sem-2", start: "2026-12-30", end: "2027-01-02" }
    const rule = await act(admin, "training", { _tag: "ScheduleCourse", course: late })
    expect(rule.status).toBe(422)
    expect(rule.body.detail).toMatch(/DateOutOfRange/)
    expect(rule.body.errors[0].path).toBe("payload.event.command.end")
    const unknown = await act(admin, "training", { _tag: "Teleport" })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].path).toBe("payload.event.command._tag")
  })

  it("the superior assesses after the training; a participant only for themselves", async () => {
    const assess = { _tag: "Assess", course: "sem-1", employee: A, on: "2026-06-10" }
    expect((await act(stranger, "training", { ...assess, assessor: "participant", score: 4 })).status).toBe(403)
    expect((await act(pegawai, "training", { ...assess, assessor: "superior", score: 4 })).status).toBe(403)
    const r = await act(superior, "training", { ...assess, assessor: "superior", score: 4 })
    expect(r.status).toBe(200)
    expect(r.body.state.enrolments[`sem-1|${A}`].superior).toMatchObject({ by: SUPERIOR, score: 4 })
  })

  it("imports a Moodle completion export: matched, unmatched and malformed rows", async () => {
    const rows = [
      {
        "ID number": A,
        "Email address": "a@bukittinggikota.go.id",
        "Course complete": "Completed",
        "Time completed": "2026-03-04"
      },
      {
        "ID number": "199912312020121999",
        "Email address": "",
        "Course complete": "Completed",
        "Time completed": "2026-03-04"
      },
      { "ID number": nip(5), "Email address": "", "Course complete": "Completed", "Time completed": "31/02/2026" }
    ]
    expect((await pegawai.post("/api/elearning/moodle", { course: elCourse, rows })).status).toBe(403)
    const r = await admin.post("/api/elearning/moodle", { course: elCourse, rows })
    expect(r.status).toBe(200)
    expect(r.body.counts).toEqual({ rows: 3, completions: 1, malformed: 1, unmatched: 1, skipped: 0 })
    expect(r.body.completions[0]).toMatchObject({ employee: A, course: "el-pelayanan", on: "2026-03-04" })
    expect(r.body.unmatched[0]).toMatchObject({ row: 1, reason: "unmatched" })
    expect(r.body.malformed[0].row).toBe(2)
    expect(r.body.stored).toBe(1)
    // The same export again stores nothing new.
    expect((await admin.post("/api/elearning/moodle", { course: elCourse, rows })).body.stored).toBe(0)
    const wrong = await admin.post("/api/elearning/moodle", { course: elCourse, rows: [{ "ID number": 1 }] })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].path).toMatch(/^payload\.rows\.0/)
  })

  it("imports xAPI statements, matched by e-mail, with unmatched and malformed statements", async () => {
    const object = { id: "https://lms.example.go.id/course/12" }
    const verb = { id: "http://adlnet.gov/expapi/verbs/completed" }
    const statements = {
      statements: [
        {
          actor: { mbox: `mailto:Pegawai6@Example.go.id` },
          verb,
          object,
          timestamp: "2026-03-09T03:15:00Z",
          result: { completion: true }
        },
        { actor: { mbox: "mailto:nobody@example.go.id" }, verb, object, timestamp: "2026-03-09T03:15:00Z" },
        { actor: { mbox: "mailto:pegawai6@example.go.id" }, verb, object }
      ]
    }
    const courses = [{ id: object.id, title: "Manajemen waktu daring", form: "e-learning", minutes: 180 }]
    const emails = { [MENTEE]: "pegawai6@example.go.id" }
    const r = await admin.post("/api/elearning/xapi", { courses, statements, emails })
    expect(r.status).toBe(200)
    expect(r.body.counts).toMatchObject({ rows: 3, completions: 1, unmatched: 1, malformed: 1 })
    expect(r.body.completions[0]).toMatchObject({ employee: MENTEE, matchedBy: "email" })
    expect(r.body.malformed[0].row).toBe(2)
  })

  it("an employee's development plan: enrolments, e-learning and the JP year; the employee and officials only", async () => {
    const plan = await pegawai.get(`/api/employees/${A}/development-plan?year=2026`)
    expect(plan.status).toBe(200)
    expect(plan.body.enrolments).toEqual([
      expect.objectContaining({ course: "sem-1", status: "completed", jp: expect.any(String) })
    ])
    expect(plan.body.elearning).toHaveLength(1)
    // 540 minutes of seminar and 270 of e-learning, both credited.
    expect(plan.body.jp.activities).toHaveLength(2)
    expect(Number(plan.body.jp.total.text)).toBeGreaterThan(Number(plan.body.enrolments[0].jp))
    expect((await superior.get(`/api/employees/${A}/development-plan?year=2026`)).status).toBe(200)
    expect((await stranger.get(`/api/employees/${A}/development-plan?year=2026`)).status).toBe(403)
    expect((await admin.get(`/api/employees/199912312020121999/development-plan`)).status).toBe(404)
  })

  it("the effectiveness report per programme and partner, for officials", async () => {
    const r = await admin.get("/api/training/effectiveness")
    expect(r.status).toBe(200)
    expect(r.body.programmes[0].item.id).toBe("seminar-pelayanan")
    expect(r.body.partners[0].partner.id).toBe("unja")
    // Kirkpatrick level 2 from the recorded pre/post tests (60 → 85), with the sample-size caveat.
    const learning = r.body.programmes[0].overall.levels.find((l: { name: string }) => l.name === "pembelajaran")
    expect(learning).toMatchObject({ n: 1, direction: "improved", conclusive: false })
    expect(learning.change.text).toBe("25.00")
    expect((await pegawai.get("/api/training/effectiveness")).status).toBe(403)
  })

  it("forum minutes and follow-up: the masukan-ditindaklanjuti share", async () => {
    const minutes = {
      id: "dialog-1",
      kind: "dialog-publik",
      unit: "dpmptsp",
      date: "2026-02-10",
      place: "Aula Balai Kota",
      participants: [{ name: "Warga 1" }],
      issues: [{ id: "i1", text: "Antrean izin lama" }],
      commitments: [
        { id: "c1", issue: "i1", text: "Antrean daring", owner: SUPERIOR, due: "2026-04-01" },
        { id: "c2", issue: "i1", text: "Loket tambahan", owner: SUPERIOR, due: "2026-12-01" }
      ]
    }
    expect((await act(pegawai, "forum", { _tag: "RecordMinutes", minutes })).status).toBe(403)
    expect((await act(superior, "forum", { _tag: "RecordMinutes", minutes })).status).toBe(200)
    const done = {
      _tag: "UpdateCommitment",
      forum: "dialog-1",
      commitment: "c1",
      status: "done",
      on: "2026-03-20",
      evidence: "tindak-lanjut/c1.pdf"
    }
    expect((await act(superior, "forum", done, {}, 0)).status).toBe(409)
    const { evidence: _, ...unproven } = done
    const refused = await act(superior, "forum", unproven)
    expect(refused.status).toBe(422)
    expect(refused.body.detail).toMatch(/MissingJustification/)
    expect((await act(superior, "forum", done)).status).toBe(200)
    const r = await superior.get("/api/forum/follow-up?asOf=2026-05-01&unit=dpmptsp")
    expect(r.status).toBe(200)
    expect(r.body.followUp).toMatchObject({ considered: 1, done: 1, notYetDue: 1, percent: "100" })
    expect(r.body.commitments.map((c: { status: string }) => c.status)).toEqual(["done", "open"])
  })

  it("activity reports: the employee submits, the named superior reviews", async () => {
    const report = {
      id: "r1",
      employee: A,
      superior: SUPERIOR,
      period: "2026-Q1",
      indicator: "kuantitas",
      on: "2026-02-10",
      activity: "Verifikasi berkas izin",
      realisasi: 12,
      evidence: [{ kind: "foto", reference: "bukti/r1.jpg" }]
    }
    expect((await act(admin, "activity-report", { _tag: "Submit", report })).status).toBe(403)
    expect((await act(pegawai, "activity-report", { _tag: "Submit", report })).status).toBe(200)
    const review = { _tag: "Review", report: "r1", on: "2026-03-01", decision: "accept" }
    expect((await act(pegawai, "activity-report", review)).status).toBe(403)
    expect((await act(superior, "activity-report", review, {}, 0)).status).toBe(409)
    const r = await act(superior, "activity-report", review)
    expect(r.status).toBe(200)
    expect(r.body.state.reports.r1.status).toBe("accepted")
  })

  it("mentoring: BKPSDM assigns, only the mentor logs sessions", async () => {
    const assign = {
      _tag: "AssignMentor",
      pair: "p1",
      mentee: MENTEE,
      menteeStatus: "cpns",
      appointedOn: "2026-01-02",
      mentor: SUPERIOR,
      from: "2026-01-05",
      until: "2026-12-31"
    }
    expect((await act(superior, "mentoring", assign)).status).toBe(403)
    expect((await act(admin, "mentoring", assign)).status).toBe(200)
    const session = { _tag: "RecordSession", pair: "p1", on: "2026-02-01", topic: "Budaya kerja", outcome: "Paham" }
    expect((await act(stranger, "mentoring", session)).status).toBe(403)
    const r = await act(superior, "mentoring", session)
    expect(r.status).toBe(200)
    expect(r.body.state.pairs.p1.sessions).toHaveLength(1)
    const plan = await admin.get(`/api/employees/${MENTEE}/development-plan?year=2026`)
    expect(plan.body.mentoring[0]).toMatchObject({ id: "p1", mentor: SUPERIOR })
  })

  it("every change is in the hash-chained audit log, which verifies", async () => {
    const log = (await admin.get("/api/audit?limit=1000")).body as ReadonlyArray<{ action: string; actor: string }>
    const actions = log.map((e) => e.action)
    expect(actions.filter((a) => a.startsWith("training."))).toEqual([
      "training.AddItem",
      "training.AddPartner",
      "training.ScheduleCourse",
      "training.Enrol",
      "training.Attend",
      "training.Attend",
      "training.RecordTest",
      "training.RecordTest",
      "training.Complete",
      "training.Assess"
    ])
    expect(actions).toContain("elearning.ImportMoodle")
    expect(actions).toContain("elearning.ImportXapi")
    expect(actions).toContain("forum.UpdateCommitment")
    expect(actions).toContain("activity-report.Review")
    expect(actions).toContain("mentoring.RecordSession")
    expect((await admin.get("/api/audit/verify")).body.valid).toBe(true)
  })

  it("stores every event once, append-only: the database refuses to change or remove one", async () => {
    await server.close()
    closed = true
    const stored = await query(
      server.db,
      (sql) => sql<{ kind: string; n: bigint | number }>`SELECT kind, count(*) AS n FROM programme_events GROUP BY kind`
    )
    expect(Object.fromEntries(stored.map((r) => [r.kind, Number(r.n)]))).toEqual({ ...versions, elearning: 3 })
    // The database's own message, under the client's "query failed".
    const refusal = (p: Promise<unknown>) =>
      p.then(
        () => "accepted",
        (e: unknown) => {
          const messages: Array<string> = []
          for (let c = e as { message?: unknown; cause?: unknown } | undefined; c; c = c.cause as typeof c)
            messages.push(String(c.message))
          return messages.join(" / ")
        }
      )
    expect(await refusal(query(server.db, (sql) => sql`UPDATE programme_events SET actor = 'someone'`))).toMatch(
      /append-only/
    )
    expect(await refusal(query(server.db, (sql) => sql`DELETE FROM programme_events`))).toMatch(/append-only/)
    const after = await query(
      server.db,
      (sql) => sql<{ n: bigint | number }>`SELECT count(*) AS n FROM programme_events`
    )
    expect(Number(after[0]?.n)).toBe(stored.reduce((t, r) => t + Number(r.n), 0))
  })
})
