import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backends, client, good, nip, org, plan, serve, token } from "./helpers.js"

// "Tetapkan hasil final" (Finalise) before the keberatan window closes: refused with the window's last day, in the
// asked language, and nothing changes. National deadlines: tanda terima 7 days after approval, keberatan 14 days
// after the tanda terima (or after the tanda terima deadline when none was given).
describe.each(backends)("finalising before the keberatan window closes, on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  const pegawaiNip = nip(4)
  const penilaiNip = nip(2)
  const atasanNip = nip(6)
  let pegawaiId: ReturnType<typeof client>
  let pegawaiEn: ReturnType<typeof client>
  let penilai: ReturnType<typeof client>
  let atasanId: ReturnType<typeof client>
  let id = ""
  let version = 0

  const act = async (who: ReturnType<typeof client>, event: Record<string, unknown>) => {
    const r = await who.post(`/api/cycles/${id}/events`, { version, event })
    if (r.status === 200) version = r.body.version
    return r
  }

  beforeAll(async () => {
    server = await serve(backend)
    const admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    const pegawaiToken = await token({ nip: pegawaiNip, roles: ["pegawai"] })
    pegawaiId = client(server.url, pegawaiToken, "id")
    pegawaiEn = client(server.url, pegawaiToken, "en")
    penilai = client(server.url, await token({ nip: penilaiNip, roles: ["pegawai"] }))
    atasanId = client(server.url, await token({ nip: atasanNip, roles: ["pegawai"] }), "id")
    expect((await admin.post("/api/import", org())).status).toBe(200)
    const opened = await admin.post("/api/cycles", {
      year: 2026,
      pegawai: pegawaiNip,
      pejabatPenilai: penilaiNip,
      atasanPejabatPenilai: atasanNip,
      at: "2026-01-02"
    })
    expect(opened.status).toBe(201)
    id = opened.body.id
    version = opened.body.version
    expect((await act(pegawaiId, { _tag: "ProposePlan", at: "2026-01-10", plan })).status).toBe(200)
    expect((await act(penilai, { _tag: "AgreePlan", at: "2026-01-15" })).status).toBe(200)
    expect((await act(penilai, { _tag: "EvaluateAnnual", at: "2027-01-08", ratings: good })).status).toBe(200)
    expect((await act(atasanId, { _tag: "ApproveEvaluation", at: "2027-01-12" })).status).toBe(200)
  })
  afterAll(() => server?.close())

  it("refuses the atasan's Finalise before the tanda terima and keberatan windows pass (Indonesian)", async () => {
    const before = version
    // approved 2027-01-12: tanda terima until 2027-01-19, then keberatan until 2027-02-02
    const r = await act(atasanId, { _tag: "Finalise", at: "2027-01-20" })
    expect(r.status).toBe(422)
    expect(r.body.code).toBe("OutOfTime")
    expect(r.body.detail).toBe("Hasil baru final setelah batas keberatan (2 Februari 2027) lewat.")
    expect(version).toBe(before)
    const now = await pegawaiId.get(`/api/cycles/${id}`)
    expect(now.body).toMatchObject({ version: before, state: { status: "approved", result: null } })
  })

  it("counts the window from the tanda terima; the last day itself is still inside it (English)", async () => {
    expect((await act(pegawaiEn, { _tag: "Acknowledge", at: "2027-01-13" })).status).toBe(200)
    const before = version
    const r = await act(pegawaiEn, { _tag: "Finalise", at: "2027-01-27" })
    expect(r.status).toBe(422)
    expect(r.body.code).toBe("OutOfTime")
    expect(r.body.detail).toBe("The result becomes final only after the keberatan window (27 January 2027).")
    expect(version).toBe(before)
    const result = await pegawaiEn.get(`/api/cycles/${id}/result?on=2027-01-27`)
    expect(result.body).toMatchObject({ status: "provisional", predikat: "Baik" })
  })

  it("finalises the day after the window closes", async () => {
    const r = await act(pegawaiId, { _tag: "Finalise", at: "2027-01-28" })
    expect(r.status).toBe(200)
    expect(r.body.state.status).toBe("final")
    expect(r.body.state.result).toMatchObject({ predikat: "Baik", source: "evaluasi-tahunan" })
  })
})
