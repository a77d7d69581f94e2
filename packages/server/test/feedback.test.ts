import { Behaviour } from "@pembinaan/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backends, client, nip, org, serve, token } from "./helpers.js"

const period = "2026"
// Scores no aggregate can equal, so finding one in a response means an individual answer leaked.
const peerScores = [1.17, 2.29, 4.61, 3.07, 1.53]
const secretComment = "RAHASIA-komentar-rekan"

const ratings = (score: number) => Object.fromEntries(Behaviour.coreValues.map((v) => [`ratings[${v}]`, String(score)]))
const comments = Object.fromEntries(Behaviour.coreValues.map((v) => [`comments[${v}]`, secretComment]))

describe.each(backends)("360 feedback secrecy on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>
  const raters: Array<ReturnType<typeof client>> = []
  let atasan: ReturnType<typeof client>

  beforeAll(async () => {
    server = await serve(backend)
    admin = client(server.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    expect((await admin.post("/api/import", org("bukittinggi", 16))).status).toBe(200)
    atasan = client(server.url, await token({ nip: nip(1), roles: ["atasan"] }))
    for (let i = 0; i < 6; i++) raters.push(client(server.url, await token({ nip: nip(8 + i), roles: ["pegawai"] })))
  })
  afterAll(() => server?.close())

  const rate = (who: ReturnType<typeof client>, subject: string, group: string, score: number) =>
    who.form("/api/feedback", { subjectId: subject, raterGroup: group, period, ...ratings(score), ...comments })

  /** Every read endpoint a signed-in user or admin can reach, with their bodies as text. */
  const everything = async (subject: string) => {
    const subjectClient = client(server.url, await token({ nip: subject, roles: ["pegawai"] }))
    const reads = await Promise.all([
      subjectClient.get(`/api/feedback/${subject}/${period}`),
      admin.get(`/api/feedback/${subject}/${period}`),
      admin.get("/api/audit?limit=1000"),
      admin.get("/api/widgets/unit-dashboard"),
      admin.get(`/api/employees/${subject}/results`),
      admin.get(`/api/employees/${subject}`),
      admin.get("/api/units"),
      admin.get("/api/units/setda/employees"),
      admin.get("/api/units/dpmptsp/employees"),
      admin.get("/api/openapi.json"),
      admin.get(`/api/widgets/scorecard?nip=${subject}&year=2026`),
      subjectClient.get(`/api/widgets/scorecard?nip=${subject}&year=2026`),
      admin.get("/api/widgets/nine-box?period=2026"),
      admin.get("/api/widgets/competency-gap")
    ])
    return reads.map((r) => r.text)
  }

  // Timestamps are left out of the search: `…T04:50:03.071Z` contains "3.07" by chance.
  const leaks = (texts: ReadonlyArray<string>, scores: ReadonlyArray<number>) =>
    texts
      .map((t) => t.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "<time>"))
      .flatMap((t) => [
        ...scores.filter((s) => t.includes(String(s))).map((s) => `score ${s}`),
        ...(t.includes(secretComment) ? ["comment"] : [])
      ])

  it.each([1, 2, 3, 5])("with %i peer(s): no individual answer or comment in any endpoint", async (n) => {
    const subject = nip(n === 5 ? 16 : 12 + n)
    expect((await rate(atasan, subject, "atasan", 4)).status).toBe(201)
    for (let i = 0; i < n; i++)
      expect((await rate(raters[i] as never, subject, "rekan-kerja", peerScores[i] as number)).status).toBe(201)
    // A duplicate and a bad rating answer with problems that echo nothing.
    const duplicate = await rate(raters[0] as never, subject, "rekan-kerja", 3.99)
    expect(duplicate.status).toBe(409)
    const report = await admin.get(`/api/feedback/${subject}/${period}`)
    expect(report.status).toBe(200)
    if (n < 5) {
      // Below the policy's one group threshold (5, quorum and anonymity alike): insufficient with that one reason,
      // counts and no scores at all.
      expect(report.body.status).toBe("insufficient")
      expect(report.body.reasons).toEqual([{ reason: "below-quorum", group: "rekan-kerja", raters: n, minimum: 5 }])
      expect(report.body).not.toHaveProperty("overall")
      expect(report.body).not.toHaveProperty("values")
    } else {
      // Five peers: their group mean is shown, never one of them.
      expect(report.body.status).toBe("sufficient")
      const peers = report.body.groups.find((g: { group: string }) => g.group === "rekan-kerja")
      expect(peers).toMatchObject({ raters: 5, status: "disclosed" })
      expect(peers.overall.score.text).toBe("2.53")
    }
    expect(leaks(await everything(subject), [...peerScores.slice(0, n), 3.99])).toEqual([])
  })

  it("two reports cannot be differenced: a report releases the period and later ratings are refused", async () => {
    const subject = nip(4)
    const first = await admin.get(`/api/feedback/${subject}/${period}`)
    const late = await rate(raters[3] as never, subject, "rekan-kerja", 1.03)
    expect(late.status).toBe(409)
    expect(late.body.code).toBe("released")
    const second = await admin.get(`/api/feedback/${subject}/${period}`)
    expect(second.body).toEqual(first.body)
    expect(leaks(await everything(subject), [1.03])).toEqual([])
  })

  it("only the employee and officers of the region see a report", async () => {
    const other = client(server.url, await token({ nip: nip(9), roles: ["pegawai"] }))
    expect((await other.get(`/api/feedback/${nip(4)}/${period}`)).status).toBe(403)
    const elsewhere = client(server.url, await token({ nip: nip(30), region: "sawahlunto", roles: ["atasan"] }))
    expect((await elsewhere.get(`/api/feedback/${nip(4)}/${period}`)).status).toBe(403)
  })

  it("refuses a self rating in another group and a score off the scale, with paths", async () => {
    const self = client(server.url, await token({ nip: nip(10), roles: ["pegawai"] }))
    const r = await rate(self, nip(10), "rekan-kerja", 3)
    expect(r.status).toBe(422)
    expect(r.body.errors).toEqual([{ path: "payload.raterGroup", message: "rekan-kerja" }])
    const off = await rate(raters[0] as never, nip(11), "rekan-kerja", 9)
    expect(off.status).toBe(422)
    expect(off.body.errors.map((e: { path: string }) => e.path)).toContain("payload.ratings.berorientasi-pelayanan")
  })
})
