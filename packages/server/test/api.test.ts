import { createServer, type Server } from "node:http"
import { Presets } from "@pembinaan/core"
import * as jose from "jose"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { backends, client, nip, org, serve, token } from "./helpers.js"

const template = Presets.skm.national2017
const answersForm = (value: string) => Object.fromEntries(template.elements.map((e) => [`answers[${e.id}]`, value]))

describe.each(backends)("the API on %s", (backend) => {
  let server: Awaited<ReturnType<typeof serve>>
  let admin: ReturnType<typeof client>
  let adminId: ReturnType<typeof client>
  let pegawai: ReturnType<typeof client>
  let anonymous: ReturnType<typeof client>
  const adminNip = nip(1)
  const employeeNip = nip(2)

  // An OpenID Connect provider: its signing key published as a JWKS on a local port.
  let jwks: Server
  let signOidc: (claims: Record<string, unknown>, options?: { issuer?: string }) => Promise<string>
  let foreignKey: CryptoKey

  beforeAll(async () => {
    const { privateKey, publicKey } = await jose.generateKeyPair("ES256", { extractable: true })
    foreignKey = (await jose.generateKeyPair("ES256")).privateKey
    const jwk = { ...(await jose.exportJWK(publicKey)), kid: "k1", alg: "ES256", use: "sig" }
    jwks = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" })
      res.end(JSON.stringify({ keys: [jwk] }))
    })
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve))
    const address = jwks.address() as { port: number }
    signOidc = (claims, options = {}) =>
      new jose.SignJWT(claims)
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setIssuer(options.issuer ?? "https://sso.example.go.id")
        .setAudience("pembinaan")
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey)
    server = await serve(backend, {
      deviceLimit: 1000,
      oidc: {
        issuer: "https://sso.example.go.id",
        jwksUrl: `http://127.0.0.1:${address.port}/jwks`,
        audience: "pembinaan",
        nipClaim: "nip",
        rolesClaim: "pembinaan_roles"
      }
    })
    const adminToken = await token({ nip: adminNip, roles: ["admin-bkpsdm"] })
    admin = client(server.url, adminToken)
    adminId = client(server.url, adminToken, "id")
    pegawai = client(server.url, await token({ nip: employeeNip, roles: ["pegawai"] }))
    anonymous = client(server.url)
    const imported = await admin.post("/api/import", org())
    expect(imported.status).toBe(200)
  })
  afterAll(async () => {
    await server?.close()
    jwks?.close()
  })

  describe("errors are problems", () => {
    it("answers an unknown address with a 404 problem in the asked language", async () => {
      const en = await anonymous.get("/api/nothing-here")
      expect(en.status).toBe(404)
      expect(en.type).toContain("application/problem+json")
      expect(en.body).toMatchObject({ status: 404, code: "route", detail: "Unknown address." })
      const id = await client(server.url, undefined, "id").get("/api/nothing-here")
      expect(id.body.detail).toBe("Alamat tidak dikenal.")
    })

    it("refuses unknown fields with their path, in Indonesian by default", async () => {
      const r = await adminId.post("/api/import", { ...org(), extra: 1 })
      expect(r.status).toBe(400)
      expect(r.body.errors).toContainEqual({ path: "payload.extra", message: "kolom tidak dikenal" })
      const en = await admin.post("/api/import", { region: "bukittinggi", units: [{ id: "x" }], employees: [] })
      expect(en.status).toBe(400)
      expect(en.body.errors).toContainEqual({ path: "payload.units.0.name", message: "is required" })
    })

    it("never sends a stack trace, even for a body that is not JSON", async () => {
      const r = await admin.raw("/api/import", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{not json"
      })
      expect(r.status).toBeGreaterThanOrEqual(400)
      expect(r.status).toBeLessThan(500)
      expect(r.type).toContain("problem+json")
      expect(r.text).not.toMatch(/at .*\.(ts|js):\d+/)
    })

    it("refuses bodies over the limit with 413 and unknown content types with 415", async () => {
      const big = await admin.raw("/api/import", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ region: "x".repeat(2_000_000) })
      })
      expect(big.status).toBe(413)
      expect(big.type).toContain("problem+json")
      const xml = await admin.raw("/api/import", {
        method: "POST",
        headers: { "content-type": "application/xml" },
        body: "<a/>"
      })
      expect(xml.status).toBe(415)
    })
  })

  describe("sign-in", () => {
    it("refuses a request without a token, with a bad signature, expired or too old", async () => {
      expect((await anonymous.get("/api/units")).status).toBe(401)
      const forged = await token(
        { nip: adminNip, roles: ["admin-bkpsdm"] },
        { secret: "another-secret-another-secret-0000" }
      )
      expect((await client(server.url, forged).get("/api/units")).status).toBe(401)
      const expired = await token({ nip: adminNip, roles: ["admin-bkpsdm"] }, { expiresIn: "-1m" })
      expect((await client(server.url, expired).get("/api/units")).status).toBe(401)
      const old = await token(
        { nip: adminNip, roles: ["admin-bkpsdm"] },
        { issuedAt: Math.floor(Date.now() / 1000) - 7200, expiresIn: "3h" }
      )
      expect((await client(server.url, old).get("/api/units")).status).toBe(401)
    })

    it("accepts an OpenID Connect provider's token with the configured claims, and no other issuer or key", async () => {
      const claims = { sub: "sso-user-42", nip: adminNip, region: "bukittinggi", pembinaan_roles: ["admin-bkpsdm"] }
      const ok = await client(server.url, await signOidc(claims)).get("/api/audit/verify")
      expect(ok.status).toBe(200)
      const otherIssuer = await client(server.url, await signOidc(claims, { issuer: "https://evil.example" })).get(
        "/api/units"
      )
      expect(otherIssuer.status).toBe(401)
      const otherKey = await new jose.SignJWT(claims)
        .setProtectedHeader({ alg: "ES256", kid: "k1" })
        .setIssuer("https://sso.example.go.id")
        .setAudience("pembinaan")
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(foreignKey)
      expect((await client(server.url, otherKey).get("/api/units")).status).toBe(401)
      const noNip = await client(server.url, await signOidc({ ...claims, nip: undefined })).get("/api/units")
      expect(noNip.status).toBe(401)
    })

    it("checks the permission table: a pegawai cannot import or read the audit log", async () => {
      const r = await pegawai.post("/api/import", org())
      expect(r.status).toBe(403)
      expect(r.body.code).toBe("forbidden")
      expect((await pegawai.get("/api/audit")).status).toBe(403)
      expect((await pegawai.get("/api/units")).status).toBe(200)
    })

    it("a cookie session needs the CSRF token on writes", async () => {
      const t = await token({ nip: adminNip, roles: ["admin-bkpsdm"] })
      const session = await anonymous.post("/api/session", { token: t })
      expect(session.status).toBe(200)
      const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0] as string
      expect(cookie).toMatch(/^pembinaan_session=/)
      expect(session.headers.get("set-cookie")).toMatch(/HttpOnly/i)
      const read = await anonymous.raw("/api/units", { headers: { cookie } })
      expect(read.status).toBe(200)
      const body = JSON.stringify({
        unit: "dpmptsp",
        count: 1,
        templateId: template.id,
        templateVersion: template.version
      })
      const noCsrf = await anonymous.raw("/api/surveys/tickets", {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body
      })
      expect(noCsrf.status).toBe(403)
      expect(noCsrf.body.code).toBe("csrf")
      const withCsrf = await anonymous.raw("/api/surveys/tickets", {
        method: "POST",
        headers: { cookie, "content-type": "application/json", "x-csrf-token": session.body.csrf },
        body
      })
      expect(withCsrf.status).toBe(200)
    })
  })

  describe("employees and units", () => {
    it("lists units with their head counts and a unit's employees", async () => {
      const units = await admin.get("/api/units")
      expect(units.body.map((u: { id: string; employees: number }) => [u.id, u.employees])).toEqual([
        ["dpmptsp", 3],
        ["setda", 3]
      ])
      const staff = await admin.get("/api/units/dpmptsp/employees")
      expect(staff.body).toHaveLength(3)
      expect((await admin.get(`/api/employees/${nip(1)}`)).body.name).toBe("Pegawai 1")
      expect((await admin.get("/api/employees/199001012020129999")).status).toBe(404)
    })

    it("an import with one bad row writes nothing (422 with the row's path)", async () => {
      const bad = org("bukittinggi", 3)
      const r = await admin.post("/api/import", {
        ...bad,
        employees: [...bad.employees, { nip: nip(50), name: "X", unit: "nowhere", jabatan: "Analis" }]
      })
      expect(r.status).toBe(422)
      expect(r.body.errors).toContainEqual({ path: "payload.employees.3.unit", message: "unknown unit" })
      expect((await admin.get(`/api/employees/${nip(50)}`)).status).toBe(404)
    })

    it("an import for another region is refused", async () => {
      expect((await admin.post("/api/import", org("sawahlunto"))).status).toBe(403)
    })
  })

  describe("surveys", () => {
    const issue = async (count: number) => {
      const r = await admin.post("/api/surveys/tickets", {
        unit: "dpmptsp",
        count,
        templateId: template.id,
        templateVersion: template.version
      })
      expect(r.status).toBe(200)
      return r.body.tickets as Array<string>
    }
    const submit = (ticket: string, value = "4", extra: Record<string, string> = {}) =>
      anonymous.form(
        "/api/surveys/responses",
        { templateId: template.id, templateVersion: template.version, ticket, ...answersForm(value) },
        extra
      )

    it("takes the survey form's bracketed names, once per ticket", async () => {
      const [t] = await issue(1)
      const first = await submit(t as string)
      expect(first.status).toBe(201)
      const second = await submit(t as string)
      expect(second.status).toBe(409)
      expect(second.body.code).toBe("ticketUsed")
    })

    it("refuses unknown tickets, answers out of 1–4 (with the path) and unknown fields", async () => {
      expect((await submit("made-up")).status).toBe(404)
      const [t] = await issue(1)
      const r = await submit(t as string, "5")
      expect(r.status).toBe(400)
      expect(r.body.errors.map((e: { path: string }) => e.path)).toContain("payload.answers.U1")
      const extra = await anonymous.form("/api/surveys/responses", {
        templateId: template.id,
        templateVersion: template.version,
        ticket: t as string,
        ...answersForm("3"),
        "identity[nik]": "1234"
      })
      expect(extra.status).toBe(400)
      expect(extra.body.errors.map((e: { path: string }) => e.path)).toContain("payload.identity.nik")
    })

    it("limits attempts per ticket", async () => {
      const [t] = await issue(1)
      expect((await submit(t as string)).status).toBe(201)
      for (let i = 0; i < 4; i++) expect((await submit(t as string)).status).toBe(409)
      const locked = await submit(t as string, "4")
      expect(locked.status).toBe(429)
      expect(locked.body.code).toBe("ticketAttempts")
    })

    it("computes IKM with core for the unit's widget", async () => {
      const ikm = await admin.get(`/api/widgets/ikm-report?unit=dpmptsp&period=${new Date().getUTCFullYear()}`)
      expect(ikm.status).toBe(200)
      expect(ikm.body.score).toMatchObject({ kind: "ikm", status: "sufficient", respondents: 2 })
      expect(ikm.body.score.nilai.text).toBe("100.00")
      expect(ikm.body.population).toBe(12000)
    })
  })

  describe("floods", () => {
    it("limits submissions per device and per address, server side", async () => {
      const limited = await serve(backend, { deviceLimit: 3 })
      try {
        const a = client(limited.url, await token({ nip: adminNip, roles: ["admin-bkpsdm"] }))
        expect((await a.post("/api/import", org())).status).toBe(200)
        const tickets = (
          await a.post("/api/surveys/tickets", {
            unit: "setda",
            count: 6,
            templateId: template.id,
            templateVersion: template.version
          })
        ).body.tickets as Array<string>
        const post = (ticket: string, device: string) =>
          client(limited.url).form(
            "/api/surveys/responses",
            { templateId: template.id, templateVersion: template.version, ticket, ...answersForm("3") },
            { "x-device-id": device }
          )
        const statuses = []
        // A new device id on every request does not get around the per-address bound.
        for (const [i, t] of tickets.entries()) statuses.push((await post(t, `device-${i}`)).status)
        expect(statuses).toEqual([201, 201, 201, 429, 429, 429])
      } finally {
        await limited.close()
      }
    })
  })

  describe("policy versions", () => {
    it("publishes versions, diffs them, and leaves stored results alone", async () => {
      const v1 = await admin.post("/api/policies/skp-2026/versions", { document: { threshold: 80, bands: ["A", "B"] } })
      expect(v1.status).toBe(201)
      expect(v1.body.version).toBe(1)
      const v2 = await admin.post("/api/policies/skp-2026/versions", { document: { threshold: 85, bands: ["A", "B"] } })
      expect(v2.body.version).toBe(2)
      const diff = await admin.get("/api/policies/skp-2026/diff?from=1&to=2")
      expect(diff.body.changes).toEqual([{ op: "replace", path: "/threshold", value: 85 }])
      expect((await admin.get("/api/policies/skp-2026/versions/1")).body.document).toEqual({
        threshold: 80,
        bands: ["A", "B"]
      })
      expect((await admin.get("/api/policies/skp-2026/versions/3")).status).toBe(404)
      // Not a policy core would apply: <asn-policy-view> gets a 422 with paths, not a document it cannot show.
      const view = await admin.get("/api/widgets/policy-view?id=skp-2026")
      expect(view.status).toBe(422)
      expect(view.body.errors.length).toBeGreaterThan(0)
      expect((await pegawai.post("/api/policies/skp-2026/versions", { document: {} })).status).toBe(403)
    })
  })

  describe("evidence", () => {
    it("accepts a real PDF, refuses a PDF label on other bytes and other types", async () => {
      const pdf = new TextEncoder().encode("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")
      const ok = await pegawai.raw(`/api/employees/${employeeNip}/evidence`, {
        method: "POST",
        headers: { "content-type": "application/pdf" },
        body: pdf
      })
      expect(ok.status).toBe(201)
      expect(ok.body).toMatchObject({ contentType: "application/pdf", bytes: pdf.length })
      const fake = await pegawai.raw(`/api/employees/${employeeNip}/evidence`, {
        method: "POST",
        headers: { "content-type": "application/pdf" },
        body: new TextEncoder().encode("<html><script>alert(1)</script>")
      })
      expect(fake.status).toBe(415)
      expect(fake.body.code).toBe("magic")
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
      const other = await pegawai.raw(`/api/employees/${nip(3)}/evidence`, {
        method: "POST",
        headers: { "content-type": "image/png" },
        body: png
      })
      expect(other.status).toBe(403)
    })
  })

  describe("the audit log", () => {
    it("records every write in a chain that verifies", async () => {
      const log = await admin.get("/api/audit")
      expect(log.status).toBe(200)
      const actions = log.body.map((e: { action: string }) => e.action)
      expect(actions).toContain("org.import")
      expect(actions).toContain("policy.publish")
      for (let i = 1; i < log.body.length; i++) expect(log.body[i].prev).toBe(log.body[i - 1].hash)
      expect((await admin.get("/api/audit/verify")).body).toMatchObject({ valid: true, brokenAt: null })
    })
  })

  describe("the OpenAPI document", () => {
    it("is OpenAPI 3 with every endpoint, and every $ref resolves", async () => {
      const doc = (await anonymous.get("/api/openapi.json")).body
      expect(doc.openapi).toMatch(/^3\./)
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          "/api/import",
          "/api/surveys/responses",
          "/api/feedback/{nip}/{period}",
          "/api/audit/verify"
        ])
      )
      const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? []
      for (const ref of refs) {
        const path = ref.slice(8, -1).replace(/^#\//, "").split("/")
        let node: unknown = doc
        for (const p of path)
          node = (node as Record<string, unknown> | undefined)?.[p.replace(/~1/g, "/").replace(/~0/g, "~")]
        expect(node, ref).toBeDefined()
      }
      const reference = await anonymous.get("/api/docs")
      expect(reference.status).toBe(200)
      expect(reference.type).toContain("text/html")
    })
  })
})
