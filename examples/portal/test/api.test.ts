/**
 * The portal's server client with a stand-in `fetch`: what it sends (language, token, body), and how it reads every
 * kind of answer into a `Result` (success, problem JSON with field paths, 409 with the current cycle, a proxy's HTML
 * page, no server at all), and the one retry after a 401 with a renewed token.
 */
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { type ApiProblem, makeClient, problemOf } from "../src/api.js"

interface Sent {
  readonly url: string
  readonly method: string
  readonly headers: Record<string, string>
  readonly body: unknown
}

/** A `fetch` answering from a list, recording what was sent. */
const fake = (answers: Array<() => Response>) => {
  const sent: Array<Sent> = []
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({
      url: String(input),
      method: init?.method ?? "GET",
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined
    })
    const next = answers.shift()
    if (!next) throw new TypeError("Failed to fetch")
    return next()
  }) as typeof fetch
  return { f, sent }
}

const json = (status: number, body: unknown, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": type } })

const failure = <A>(r: Result.Result<A, ApiProblem>): ApiProblem => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}

describe("the portal's API client", () => {
  it("sends the language, the token and JSON; answers the decoded body", async () => {
    const { f, sent } = fake([
      () => json(200, { id: "skp-2025-1", version: 4, state: {}, messages: { id: "a", en: "b" } })
    ])
    const client = makeClient({ locale: () => "en", token: () => "tok", fetch: f })
    const r = await client.act("skp-2025-1", 3, { _tag: "AgreePlan" })
    expect(Result.isSuccess(r) && r.success.version).toBe(4)
    expect(sent[0]).toMatchObject({
      url: "/api/cycles/skp-2025-1/events",
      method: "POST",
      body: { version: 3, event: { _tag: "AgreePlan" } }
    })
    expect(sent[0]?.headers["accept-language"]).toMatch(/^en/)
    expect(sent[0]?.headers.authorization).toBe("Bearer tok")
    expect(sent[0]?.headers["content-type"]).toBe("application/json")
  })

  it("reads a problem with its detail and field paths; a 409 carries the cycle as it is now", async () => {
    const current = { id: "skp-2025-1", version: 7, state: { status: "evaluated" } }
    const { f } = fake([
      () =>
        json(
          422,
          {
            status: 422,
            code: "InvalidContent",
            detail: "Isi tidak valid",
            errors: [{ path: "payload.event.plan", message: "x" }]
          },
          "application/problem+json"
        ),
      () => json(409, { status: 409, code: "stale", detail: "Data sudah diubah orang lain (versi 7)", current })
    ])
    const client = makeClient({ locale: () => "id", token: () => "tok", fetch: f })
    const invalid = failure(await client.act("skp-2025-1", 3, { _tag: "ProposePlan" }))
    expect(invalid).toMatchObject({ status: 422, code: "InvalidContent", detail: "Isi tidak valid" })
    expect(invalid.errors).toEqual([{ path: "payload.event.plan", message: "x" }])
    expect(invalid.current).toBeUndefined()
    const stale = failure(await client.act("skp-2025-1", 3, { _tag: "Acknowledge" }))
    expect(stale.status).toBe(409)
    expect(stale.current).toEqual(current)
  })

  it("says in the page's language when the server cannot be reached or a proxy answers HTML", async () => {
    const { f } = fake([() => new Response("<html>Bad Gateway</html>", { status: 502 })])
    const id = makeClient({ locale: () => "id", token: () => undefined, fetch: f })
    const proxied = failure(await id.demoUsers())
    expect(proxied).toMatchObject({ status: 0, code: "network" })
    expect(proxied.detail).toContain("tidak dapat dihubungi")
    const down = failure(await makeClient({ locale: () => "en", token: () => undefined, fetch: f }).demoUsers())
    expect(down).toMatchObject({ status: 0, code: "network" })
    expect(down.detail).toContain("cannot be reached")
  })

  it("after a 401 renews the token once and repeats the call; a second 401 is the answer", async () => {
    const { f, sent } = fake([
      () => json(401, { code: "unauthorized", detail: "Token kedaluwarsa" }),
      () => json(200, []),
      () => json(401, { code: "unauthorized", detail: "Token kedaluwarsa" }),
      () => json(401, { code: "unauthorized", detail: "Token ditolak" })
    ])
    let token = "old"
    let renewals = 0
    const client = makeClient({
      locale: () => "id",
      token: () => token,
      fetch: f,
      renew: async () => {
        renewals++
        token = `new-${renewals}`
        return token
      }
    })
    expect(Result.isSuccess(await client.cycles())).toBe(true)
    expect(sent.map((s) => s.headers.authorization)).toEqual(["Bearer old", "Bearer new-1"])
    expect(failure(await client.cycles(2025))).toMatchObject({ status: 401, detail: "Token ditolak" })
    expect(sent[3]?.url).toBe("/api/cycles?year=2025")
    expect(renewals).toBe(2)
  })

  it("reads anything else as a problem with a fallback detail", () => {
    expect(problemOf(500, "oops", "id")).toMatchObject({ status: 500, code: "unreadable" })
    expect(problemOf(418, { detail: "" }, "en")).toMatchObject({
      code: "418",
      detail: "The server answered with error 418."
    })
    expect(problemOf(409, { current: { id: "x" } }, "id").current).toBeUndefined()
  })
})
