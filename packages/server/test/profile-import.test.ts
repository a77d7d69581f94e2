/**
 * `POST /api/import/profiles/{name}`: the CLI's sample export files (packages/cli/test/profiles), read through
 * core's `ImportProfile` on the server. All rows or none.
 */
import { readFileSync } from "node:fs"
import { Evaluation, ImportProfile, Policy } from "@pembinaan/core"
import { Result } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backends, client, nip, serve, token } from "./helpers.js"

const sample = (name: string) => readFileSync(new URL(`../../cli/test/profiles/${name}.csv`, import.meta.url), "utf8")

describe.each(backends)("profile imports on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>
  let pegawai: ReturnType<typeof client>
  const csv = (c: ReturnType<typeof client>, name: string, body: string) =>
    c.raw(`/api/import/profiles/${name}`, { method: "POST", headers: { "content-type": "text/csv" }, body })

  beforeAll(async () => {
    server = await serve(backend)
    admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    pegawai = client(server.url, await token({ nip: nip(2), roles: ["pegawai"] }))
  })
  afterAll(() => server?.close())

  it("siasn-pegawai: the CLI's sample list becomes employees, with the units it names", async () => {
    expect((await csv(pegawai, "siasn-pegawai", sample("siasn-pegawai"))).status).toBe(403)
    const r = await csv(admin, "siasn-pegawai", sample("siasn-pegawai"))
    expect(r.status, r.text).toBe(200)
    expect(r.body).toMatchObject({ profile: "siasn-pegawai", region: "bukittinggi", rows: 2, units: 2, employees: 2 })
    const units = (await admin.get("/api/units")).body as ReadonlyArray<{ id: string; name: string; employees: number }>
    expect(units.map((u) => [u.id, u.name, u.employees])).toEqual([
      ["dinas-kesehatan", "Dinas Kesehatan", 1],
      ["dinas-pendidikan", "Dinas Pendidikan", 1]
    ])
    const rina = await admin.get("/api/employees/199001012020011001")
    expect(rina.body).toMatchObject({ name: "Rina Chaniago", jabatan: "Analis Kebijakan", unit: "dinas-pendidikan" })
    // Importing the same file again updates in place: no new unit.
    expect((await csv(admin, "siasn-pegawai", sample("siasn-pegawai"))).body).toMatchObject({ units: 0, employees: 2 })
  })

  it("refuses a file with an Excel-mangled NIP, naming its line and column, and writes nothing", async () => {
    const body =
      "NIP;Nama;Jabatan;Unit Kerja\n199301012020121003;Budi;Analis;Dinas Baru\n1.99301E+17;Ani;Analis;Dinas Baru\n"
    const r = await client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }), "id").raw(
      "/api/import/profiles/siasn-pegawai",
      { method: "POST", headers: { "content-type": "text/csv" }, body }
    )
    expect(r.status).toBe(422)
    expect(r.body.errors).toEqual([expect.objectContaining({ path: "payload.3.NIP" })])
    expect(r.body.errors[0].message).toMatch(/^excel-mangled: /)
    expect((await admin.get("/api/employees/199301012020121003")).status).toBe(404)
    expect(((await admin.get("/api/units")).body as ReadonlyArray<{ id: string }>).map((u) => u.id)).not.toContain(
      "dinas-baru"
    )
  })

  it("ekinerja-skp: the CLI's sample export becomes results scored by core (the export's predikat is not trusted)", async () => {
    const r = await csv(admin, "ekinerja-skp", sample("ekinerja-skp"))
    expect(r.status, r.text).toBe(200)
    expect(r.body).toMatchObject({ profile: "ekinerja-skp", rows: 2, results: 2 })
    // The same predikat `pembinaan score --policy national` gives for the same file (the CLI's import test).
    const rina = await admin.get("/api/employees/199001012020011001/results")
    expect(rina.body).toEqual([
      expect.objectContaining({ period: "2026", predikat: "Baik", policyId: "nasional-permenpan-rb-6-2022" })
    ])
    const siti = await admin.get("/api/employees/199203152019032002/results")
    expect(siti.body[0].predikat).toBe("Kurang/Misconduct")
    expect(siti.body[0].result.trace).toBeDefined()
    const log = (await admin.get("/api/audit?limit=1000")).body as ReadonlyArray<{ action: string }>
    expect(log.map((e) => e.action)).toContain("results.import")
  })

  it("ekinerja-skp: an unknown employee or an unreadable rating refuses the whole file", async () => {
    const body =
      "NIP;Periode;Rating Hasil Kerja;Rating Perilaku Kerja\n199001012020011001;2027;Sesuai Ekspektasi;Sesuai Ekspektasi\n199901012020121999;2027;Sesuai Ekspektasi;Sesuai Ekspektasi\n199203152019032002;2027;Luar Biasa;Sesuai Ekspektasi\n"
    const r = await csv(admin, "ekinerja-skp", body)
    expect(r.status).toBe(422)
    expect(r.body.errors.map((e: { path: string }) => e.path)).toEqual([
      "payload.4.Rating Hasil Kerja",
      "payload.3.NIP"
    ])
    const rina = await admin.get("/api/employees/199001012020011001/results")
    expect(rina.body.map((x: { period: string }) => x.period)).toEqual(["2026"])
  })

  it("recomputes the stored results under a policy version with core's PolicySql, as core's Evaluation scores them", async () => {
    const national = JSON.parse(
      readFileSync(new URL("../../core/src/presets/policies/national.json", import.meta.url), "utf8")
    )
    expect((await admin.post("/api/policies/nasional/versions", { document: national })).status).toBe(201)
    const same = await admin.get("/api/policies/nasional/versions/1/recompute")
    expect(same.status, same.text).toBe(200)
    expect(same.body).toMatchObject({ rows: 2, changed: 0, problems: 0, differences: [] })
    expect(same.body.sql).toMatch(/^-- Policy nasional-permenpan-rb-6-2022/)
    // A version that puts Diatas/Sesuai in Sangat Baik: one stored result would change; nothing stored does.
    const stricter = structuredClone(national)
    stricter.quadrant.cells["Diatas Ekspektasi"]["Sesuai Ekspektasi"] = "Sangat Baik"
    expect((await admin.post("/api/policies/nasional/versions", { document: stricter })).status).toBe(201)
    const changed = await admin.get("/api/policies/nasional/versions/2/recompute?period=2026")
    expect(changed.body).toMatchObject({ rows: 2, changed: 1, problems: 0 })
    expect(changed.body.differences).toEqual([
      { employee: "199001012020011001", period: "2026", stored: "Baik", recomputed: "Sangat Baik", problem: null }
    ])
    const decoded = Policy.decode(stricter)
    if (Result.isFailure(decoded)) throw new Error("policy")
    const core = Evaluation.evaluate(decoded.success, {
      employee: "199001012020011001",
      period: "2026",
      hasilKerja: "Diatas Ekspektasi",
      perilakuKerja: "Sesuai Ekspektasi"
    })
    expect(Result.isSuccess(core) && core.success.predikat).toBe("Sangat Baik")
    expect((await admin.get("/api/employees/199001012020011001/results")).body[0].predikat).toBe("Baik")
    expect((await admin.get("/api/policies/nasional/versions/2/recompute?period=2025")).body.rows).toBe(0)
    // A policy whose inputs the server does not keep (indicator measurements) is refused.
    const bukittinggi = JSON.parse(
      readFileSync(new URL("../../core/src/presets/policies/bukittinggi.json", import.meta.url), "utf8")
    )
    expect((await admin.post("/api/policies/bukittinggi/versions", { document: bukittinggi })).status).toBe(201)
    expect((await admin.get("/api/policies/bukittinggi/versions/1/recompute")).status).toBe(422)
    expect((await pegawai.get("/api/policies/nasional/versions/1/recompute")).status).toBe(403)
  })

  const rina = "199001012020011001"
  const excelSample = () => sample("excel-id").replaceAll("BKT-0001", rina)
  const csvWith = (c: ReturnType<typeof client>, name: string, query: string, body: string) =>
    c.raw(`/api/import/profiles/${name}?${query}`, { method: "POST", headers: { "content-type": "text/csv" }, body })

  it("excel-id: refused until the region publishes its evaluation policy", async () => {
    const r = await csv(admin, "excel-id", excelSample())
    expect(r.status).toBe(422)
    expect(r.body.code).toBe("noRegionPolicy")
    expect(r.body.detail).toContain("policy-bukittinggi")
  })

  it("excel-id: the CLI's sample sheet becomes results scored by core under the region's published policy", async () => {
    const bukittinggi = JSON.parse(
      readFileSync(new URL("../../core/src/presets/policies/bukittinggi.json", import.meta.url), "utf8")
    )
    expect((await admin.post("/api/policies/policy-bukittinggi/versions", { document: bukittinggi })).status).toBe(201)
    const r = await csv(admin, "excel-id", excelSample())
    expect(r.status, r.text).toBe(200)
    expect(r.body).toMatchObject({ profile: "excel-id", rows: 2, results: 2 })
    // The same rows, read by core's convention reader in locale id and scored by core: what the server stored.
    const decoded = Policy.decode(bukittinggi)
    if (Result.isFailure(decoded)) throw new Error("policy")
    const lines = excelSample().trim().split("\n")
    const header = (lines[0] as string).split(";")
    const expected = lines.slice(1).map((line) => {
      const cells = Object.fromEntries(line.split(";").map((v, k) => [header[k] as string, v]))
      const read = ImportProfile.apply(ImportProfile.profiles["excel-id"] as ImportProfile.Profile, cells)
      expect(read.problems).toEqual([])
      const scored = Evaluation.evaluate(decoded.success, ImportProfile.forScoring(read.record))
      if (Result.isFailure(scored)) throw new Error("score")
      return scored.success
    })
    const stored = (await admin.get(`/api/employees/${rina}/results`)).body as ReadonlyArray<{
      period: string
      predikat: string
      policyId: string
      result: { measurements?: unknown; score?: { text: string } }
    }>
    const quarters = stored
      .filter((x) => x.period.startsWith("2026-Q"))
      .sort((a, b) => a.period.localeCompare(b.period))
    expect(quarters.map((x) => [x.period, x.predikat, x.policyId, x.result.score?.text])).toEqual(
      expected.map((e) => [e.period, e.predikat, "policy-bukittinggi", e.score?.text])
    )
    // 1.250 and 1.180,5 were read in locale id: 1250 and 1180.5.
    expect(JSON.stringify(quarters[0]?.result)).toContain("1180.5")
  })

  it("excel-id: with locale none, 1.250 is refused at its row and column naming both readings, in id and en", async () => {
    const before = (await admin.get(`/api/employees/${rina}/results`)).body
    const body = excelSample().replace("2026-Q1", "2026-Q3").replace("2026-Q2", "2026-Q4")
    const en = await csvWith(admin, "excel-id", "locale=none", body)
    expect(en.status).toBe(422)
    expect(en.body.errors).toEqual([
      expect.objectContaining({
        path: "payload.2.target:dokumen-selesai",
        message: expect.stringMatching(/^ambiguous: /)
      })
    ])
    expect(en.body.errors[0].message).toMatch(/1250/)
    expect(en.body.errors[0].message).toMatch(/1\.25\b/)
    const id = await client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }), "id").raw(
      "/api/import/profiles/excel-id?locale=none",
      { method: "POST", headers: { "content-type": "text/csv" }, body }
    )
    expect(id.status).toBe(422)
    expect(id.body.errors[0].path).toBe("payload.2.target:dokumen-selesai")
    expect(id.body.errors[0].message).not.toBe(en.body.errors[0].message)
    expect(id.body.errors[0].message).toMatch(/1250/)
    // The clean second row was not written either.
    expect((await admin.get(`/api/employees/${rina}/results`)).body).toEqual(before)
  })

  it("excel-id: an Excel-mangled NIP or an unknown employee refuses the whole sheet", async () => {
    const before = (await admin.get(`/api/employees/${rina}/results`)).body
    const body = excelSample()
      .replaceAll("2026-Q", "2027-Q")
      .replace(`${rina};Rina Chaniago;2027-Q1`, "1,99001E+17;Rina Chaniago;2027-Q1")
    const r = await csv(admin, "excel-id", body)
    expect(r.status).toBe(422)
    expect(r.body.errors).toEqual([expect.objectContaining({ path: "payload.2.employee" })])
    expect(r.body.errors[0].message).toMatch(/^excel-mangled: /)
    const unknown = await csv(
      admin,
      "excel-id",
      excelSample().replaceAll("2026-Q", "2027-Q").replace(rina, "199901012020121999")
    )
    expect(unknown.status).toBe(422)
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: "payload.2.employee" })])
    expect((await admin.get(`/api/employees/${rina}/results`)).body).toEqual(before)
  })

  it("moodle-completion: the CLI's sample file goes through the Moodle import, unmatched rows reported", async () => {
    const body = `${sample("moodle-completion").trimEnd()}\n"Ani","Putri","199501012020122001","ani@example.go.id","Tuesday, 4 March 2026, 9:00 AM"\n`
    expect((await csv(admin, "moodle-completion", body)).status).toBe(422) // no course
    expect((await csvWith(pegawai, "moodle-completion", "course=orientasi", body)).status).toBe(403)
    const r = await csvWith(
      admin,
      "moodle-completion",
      "course=orientasi-pppk&title=Orientasi%20PPPK&minutes=270",
      body
    )
    expect(r.status, r.text).toBe(200)
    expect(r.body).toMatchObject({ profile: "moodle-completion", rows: 3, results: 0 })
    expect(r.body.elearning.counts).toEqual({ rows: 3, completions: 1, malformed: 0, unmatched: 1, skipped: 1 })
    expect(r.body.elearning.completions).toEqual([
      expect.objectContaining({ employee: rina, course: "orientasi-pppk", on: "2026-03-03", minutes: 270 })
    ])
    expect(r.body.elearning.unmatched).toEqual([expect.objectContaining({ row: 2, nip: "199501012020122001" })])
    // The same store as POST /api/elearning/moodle: importing again stores nothing new.
    const again = await csvWith(admin, "moodle-completion", "course=orientasi-pppk&title=Orientasi%20PPPK", body)
    expect(again.body.elearning.stored).toBe(0)
    const completions = await admin.get("/api/elearning/completions")
    expect(JSON.stringify(completions.body)).toContain("orientasi-pppk")
  })

  it("refuses an unknown profile", async () => {
    expect((await csv(admin, "no-such-profile", "a\n1\n")).status).toBe(400)
  })
})
