import { Presets, Training } from "@pembinaan/core"
import { Effect } from "effect"
import { SqlClient } from "effect/sql"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backends, client, nip, org, serve, token } from "./helpers.js"

const template = Presets.skm.national2017

const exec = (
  server: Awaited<ReturnType<typeof serve>>,
  f: (sql: SqlClient.SqlClient) => Effect.Effect<unknown, unknown>
) =>
  server.sql(
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      yield* f(sql)
    }) as Effect.Effect<void, unknown, SqlClient.SqlClient>
  )

const seedResults = (server: Awaited<ReturnType<typeof serve>>, nips: ReadonlyArray<string>, predikat: string) =>
  exec(
    server,
    (sql) =>
      sql`INSERT INTO results ${sql.insert(
        nips.map((n) => ({
          nip: n,
          period: "2026",
          predikat,
          score: "80",
          policy_id: "skp",
          policy_version: 1,
          result: "{}"
        })) as never
      )}`
  )

describe.each(backends)("the unit dashboard's cache on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let other: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>
  let otherAdmin: ReturnType<typeof client>
  const records = async (c: ReturnType<typeof client>, unit = "setda") => {
    const r = await c.get(`/api/widgets/unit-dashboard?unit=${unit}`)
    expect(r.status).toBe(200)
    return r.body.records as ReadonlyArray<{ employee: string; name: string; predikat: string }>
  }

  beforeAll(async () => {
    server = await serve(backend, { deviceLimit: 1000 })
    other = await serve(backend)
    const adminToken = await token({ nip: nip(1), roles: ["admin-bkpsdm"] })
    admin = client(server.url, adminToken)
    otherAdmin = client(other.url, adminToken)
    expect((await admin.post("/api/import", org())).status).toBe(200)
    expect((await otherAdmin.post("/api/import", org())).status).toBe(200)
    await seedResults(server, [nip(1), nip(3), nip(5)], "Baik")
    await seedResults(other, [nip(1)], "Sangat Baik")
  })
  afterAll(async () => {
    await server?.close()
    await other?.close()
  })

  it("serves each server's own data (the cache is per server, not per process)", async () => {
    expect((await records(admin)).map((r) => r.predikat)).toEqual(["Baik", "Baik", "Baik"])
    expect((await records(otherAdmin)).map((r) => r.predikat)).toEqual(["Sangat Baik"])
  })

  it("shows a result changed by any writer, even straight in the database", async () => {
    await records(admin)
    await exec(server, (sql) => sql`UPDATE results SET predikat = 'Kurang' WHERE nip = ${nip(3)}`)
    expect((await records(admin)).map((r) => r.predikat)).toEqual(["Baik", "Kurang", "Baik"])
    await exec(server, (sql) => sql`DELETE FROM results WHERE nip = ${nip(5)}`)
    expect((await records(admin)).map((r) => r.employee)).toEqual([nip(1), nip(3)])
    await seedResults(server, [nip(2)], "Baik")
    expect((await records(admin, "dpmptsp")).map((r) => r.employee)).toEqual([nip(2)])
  })

  it("answers a matching If-None-Match with 304 until something it shows changes", async () => {
    const first = await admin.get("/api/widgets/unit-dashboard?unit=setda")
    const etag = first.headers.get("etag") as string
    expect(etag).toMatch(/^".+"$/)
    const same = await admin.raw("/api/widgets/unit-dashboard?unit=setda", { headers: { "if-none-match": etag } })
    expect(same.status).toBe(304)
    expect(same.text).toBe("")
    await exec(server, (sql) => sql`UPDATE results SET score = '81' WHERE nip = ${nip(1)}`)
    const changed = await admin.raw("/api/widgets/unit-dashboard?unit=setda", { headers: { "if-none-match": etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get("etag")).not.toBe(etag)
    // Another server never revalidates this server's copy.
    const elsewhere = await otherAdmin.raw("/api/widgets/unit-dashboard?unit=setda", {
      headers: { "if-none-match": changed.headers.get("etag") as string }
    })
    expect(elsewhere.status).toBe(200)
  })

  it("is made again when the training record, which its JP comes from, changes", async () => {
    const first = await admin.get("/api/widgets/unit-dashboard?unit=setda")
    expect(first.body.unavailable).toEqual(["rewards", "remediation"])
    expect(first.body.records.every((r: { jp?: unknown }) => r.jp !== undefined)).toBe(true)
    const etag = first.headers.get("etag") as string
    await exec(
      server,
      (sql) => sql`INSERT INTO programme_records (kind, key, region, version, state)
        VALUES ('training', 'bukittinggi', 'bukittinggi', 1, ${JSON.stringify(Training.empty)}::jsonb)
        ON CONFLICT (kind, key) DO UPDATE SET version = programme_records.version + 1`
    )
    const changed = await admin.raw("/api/widgets/unit-dashboard?unit=setda", { headers: { "if-none-match": etag } })
    expect(changed.status).toBe(200)
  })

  it("shows an employee renamed or moved by an import", async () => {
    await records(admin)
    const moved = org()
    moved.employees[0] = { ...moved.employees[0], name: "Nama Baru" } as (typeof moved.employees)[number]
    moved.employees[2] = { ...moved.employees[2], unit: "dpmptsp" } as (typeof moved.employees)[number]
    expect((await admin.post("/api/import", moved)).status).toBe(200)
    const setda = await records(admin)
    expect(setda.map((r) => [r.employee, r.name])).toEqual([[nip(1), "Nama Baru"]])
    expect((await records(admin, "dpmptsp")).map((r) => r.employee)).toEqual([nip(2), nip(3)])
  })

  it("scores the IKM again when a survey response arrives", async () => {
    const tickets = (
      await admin.post("/api/surveys/tickets", {
        unit: "dpmptsp",
        count: 2,
        templateId: template.id,
        templateVersion: template.version
      })
    ).body.tickets as ReadonlyArray<string>
    const submit = (ticket: string) =>
      client(server.url).form("/api/surveys/responses", {
        templateId: template.id,
        templateVersion: template.version,
        ticket,
        ...Object.fromEntries(template.elements.map((e) => [`answers[${e.id}]`, "4"]))
      })
    const respondents = async () => {
      const r = await admin.get("/api/widgets/unit-dashboard?unit=dpmptsp")
      return r.body.ikm.map((i: { score: { respondents: number } }) => i.score.respondents)
    }
    expect(await respondents()).toEqual([])
    expect((await submit(tickets[0] as string)).status).toBe(201)
    expect(await respondents()).toEqual([1])
    expect((await submit(tickets[1] as string)).status).toBe(201)
    expect(await respondents()).toEqual([2])
  })
})
