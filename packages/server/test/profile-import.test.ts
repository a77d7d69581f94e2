/**
 * `POST /api/import/profiles/{name}`: the CLI's sample export files (packages/cli/test/profiles), read through
 * core's `ImportProfile` on the server. All rows or none.
 */
import { readFileSync } from "node:fs"
import { Evaluation, Policy } from "@pembinaan/core"
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

  it("names the profiles the server does not import yet, and refuses an unknown one", async () => {
    const excel = await csv(admin, "excel-id", sample("excel-id"))
    expect(excel.status).toBe(422)
    expect(excel.body.code).toBe("profileNotServed")
    expect(excel.body.detail).toContain("pembinaan import --profile excel-id")
    expect((await csv(admin, "moodle-completion", sample("moodle-completion"))).status).toBe(422)
    expect((await csv(admin, "no-such-profile", "a\n1\n")).status).toBe(400)
  })
})
