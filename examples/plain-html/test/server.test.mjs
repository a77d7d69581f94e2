import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { MAX_BODY, parseForm, splitName, start } from "../server.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const fakeBundle = join(here, "fixtures", "bundle.js")

/** @type {import("node:http").Server} */
let server
let base = ""

beforeAll(async () => {
  const started = await start(0, { bundle: fakeBundle })
  server = started.server
  base = started.url
})
afterAll(() => new Promise((r) => server.close(() => r(undefined))))

const post = (body, headers = {}) =>
  fetch(new URL("/submit", base), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json", ...headers },
    body
  })

describe("parseForm: bracketed names the way PHP reads them", () => {
  it("nests answers[U1] and keeps values as strings", () => {
    expect(parseForm("templateId=skm&answers%5BU1%5D=4&answers%5BU2%5D=3")).toEqual({
      templateId: "skm",
      answers: { U1: "4", U2: "3" }
    })
  })

  it("reads deeper nesting, [] lists, + as space and percent-encoding", () => {
    expect(parseForm("a[b][c]=1&tags[]=x&tags[]=y&comment=Antrean+cepat%21&identity[name]=Siti%20A")).toEqual({
      a: { b: { c: "1" } },
      tags: ["x", "y"],
      comment: "Antrean cepat!",
      identity: { name: "Siti A" }
    })
  })

  it("keeps the last of a repeated plain name and drops prototype keys", () => {
    const parsed = parseForm("x=1&x=2&__proto__[polluted]=1&a[constructor][prototype]=1&ok=1")
    expect(parsed).toEqual({ x: "2", ok: "1" })
    expect(/** @type {any} */ ({}).polluted).toBeUndefined()
  })

  it("splitName", () => {
    expect(splitName("answers[U1]")).toEqual(["answers", "U1"])
    expect(splitName("ratings[berorientasi-pelayanan]")).toEqual(["ratings", "berorientasi-pelayanan"])
    expect(splitName("tags[]")).toEqual(["tags", ""])
    expect(splitName("plain")).toEqual(["plain"])
    expect(splitName("[odd]")).toEqual(["[odd]"])
  })
})

describe("server: the page, the bundle and the post", () => {
  it("listens on 127.0.0.1 only", () => {
    const address = server.address()
    expect(typeof address === "object" && address?.address).toBe("127.0.0.1")
  })

  it("serves the page: one module script for the bundle, plain post forms holding the survey and the feedback form", async () => {
    const res = await fetch(base)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toContain("text/html")
    const html = await res.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts).toEqual(['<script type="module" src="/pembinaan-widgets.js">'])
    const forms = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)]
    expect(forms).toHaveLength(2)
    for (const f of forms) expect(f[0]).toMatch(/^<form id="[^"]+" method="post" action="\/submit">/)
    expect(forms[0]?.[1]).toContain("<asn-survey-form")
    expect(forms[1]?.[1]).toContain('<asn-feedback-form subject-id="BKT-0007"')
    expect(html).toBe(readFileSync(join(here, "..", "index.html"), "utf8"))
  })

  it("serves the bundle as JavaScript", async () => {
    const res = await fetch(new URL("/pembinaan-widgets.js", base))
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toContain("text/javascript")
    expect(await res.text()).toBe(readFileSync(fakeBundle, "utf8"))
  })

  it("explains a missing bundle", async () => {
    const other = await start(0, { bundle: join(here, "missing.js") })
    try {
      const res = await fetch(new URL("/pembinaan-widgets.js", other.url))
      expect(res.status).toBe(404)
      expect(await res.text()).toContain("pnpm --filter @pembinaan/widgets build")
    } finally {
      await new Promise((r) => other.server.close(() => r(undefined)))
    }
  })

  it("receives a survey post as the widget sends it and echoes the parsed fields (JSON)", async () => {
    const body = new URLSearchParams([
      ["_token", "contoh-token-csrf"],
      ["form", "skm"],
      ["layanan", "ktp-el"],
      ["templateId", "skm-permenpan-rb-14-2017"],
      ["templateVersion", "2017"],
      ...Array.from({ length: 9 }, (_, i) => [`answers[U${i + 1}]`, String((i % 4) + 1)]),
      ["comment", "Antrean cepat & ramah"]
    ])
    const res = await post(body.toString())
    expect(res.status).toBe(200)
    const { received } = await res.json()
    expect(received).toEqual({
      _token: "contoh-token-csrf",
      form: "skm",
      layanan: "ktp-el",
      templateId: "skm-permenpan-rb-14-2017",
      templateVersion: "2017",
      answers: { U1: "1", U2: "2", U3: "3", U4: "4", U5: "1", U6: "2", U7: "3", U8: "4", U9: "1" },
      comment: "Antrean cepat & ramah"
    })
  })

  it("receives a 360 feedback post (no rater in it) and echoes an HTML page when the browser asks for HTML", async () => {
    const body =
      "form=umpan-balik&subjectId=BKT-0007&raterGroup=rekan-kerja&period=2026-Q4" +
      "&ratings%5Bberorientasi-pelayanan%5D=5&ratings%5Bakuntabel%5D=4&comments%5Bakuntabel%5D=%3Cb%3Etepat%3C%2Fb%3E"
    const res = await post(body, { accept: "text/html" })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain("&quot;subjectId&quot;: &quot;BKT-0007&quot;")
    expect(html).toContain("&quot;berorientasi-pelayanan&quot;: &quot;5&quot;")
    // what the user typed is escaped, never injected into the page
    expect(html).toContain("&lt;b&gt;tepat&lt;/b&gt;")
    expect(html).not.toContain("<b>tepat</b>")
  })

  it("refuses other methods, other content types, too large bodies and unknown paths", async () => {
    expect((await fetch(new URL("/submit", base))).status).toBe(405)
    expect((await post("{}", { "content-type": "application/json" })).status).toBe(415)
    expect((await post(`x=${"a".repeat(MAX_BODY + 1)}`)).status).toBe(413)
    expect((await fetch(new URL("/../server.mjs", base))).status).toBe(404)
  })
})
