#!/usr/bin/env node
// A tiny local server for the plain-HTML example, standing in for a PHP or Laravel back end: it serves the page and
// the widgets' standalone bundle, and receives the form posts (application/x-www-form-urlencoded with bracketed
// names such as answers[U1], read the way PHP fills $_POST) and echoes what it received. node:http only, no
// dependencies, bound to 127.0.0.1. Not a production server: no CSRF check, no persistence.
import { existsSync, readFileSync } from "node:fs"
import { createServer } from "node:http"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))

/** Where `pnpm --filter @pembinaan/widgets build` puts the standalone bundle. */
export const defaultBundle = resolve(here, "../../packages/widgets/dist/standalone/pembinaan-widgets.js")

/** The largest body accepted (1 MiB); a larger one gets 413. */
export const MAX_BODY = 1024 * 1024

const forbidden = new Set(["__proto__", "prototype", "constructor"])

/**
 * Splits `answers[U1]` into `["answers", "U1"]` and `tags[]` into `["tags", ""]` (PHP's reading of bracketed names).
 * A name that does not start with a plain segment is kept whole.
 *
 * @param {string} name
 * @returns {string[]}
 */
export const splitName = (name) => {
  const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name)
  if (!m) return [name]
  const rest = [...(m[2] ?? "").matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1] ?? "")
  return [m[1] ?? name, ...rest]
}

/**
 * Parses an application/x-www-form-urlencoded body into nested objects the way PHP fills `$_POST`:
 * `answers[U1]=4&answers[U2]=3` → `{ answers: { U1: "4", U2: "3" } }`, `tags[]=a&tags[]=b` → `{ tags: ["a", "b"] }`,
 * a repeated plain name keeps the last value. Values stay strings. `__proto__`, `prototype` and `constructor`
 * segments are dropped, so a post cannot reach an object's prototype.
 *
 * @param {string} body
 * @returns {Record<string, unknown>}
 */
export const parseForm = (body) => {
  /** @type {Record<string, unknown>} */
  const out = {}
  for (const [name, value] of new URLSearchParams(body)) {
    const path = splitName(name)
    if (path.some((p) => forbidden.has(p))) continue
    /** @type {any} */
    let node = out
    for (let i = 0; i < path.length; i++) {
      const key = path[i] ?? ""
      const last = i === path.length - 1
      if (Array.isArray(node) && key === "") {
        if (last) node.push(value)
        else {
          const child = path[i + 1] === "" ? [] : {}
          node.push(child)
          node = child
        }
        continue
      }
      const k = key === "" ? String(Object.keys(node).length) : key
      if (last) {
        node[k] = value
        break
      }
      const wantsArray = path[i + 1] === ""
      const existing = node[k]
      if (existing === undefined || typeof existing !== "object") node[k] = wantsArray ? [] : {}
      node = node[k]
    }
  }
  return out
}

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])

/** Reads the body; past {@link MAX_BODY} it keeps draining (so the client can read the answer) and rejects with 413. */
const readBody = (req) =>
  new Promise((resolveBody, reject) => {
    let size = 0
    /** @type {Buffer[]} */
    const chunks = []
    req.on("data", (chunk) => {
      size += chunk.length
      if (size <= MAX_BODY) chunks.push(chunk)
    })
    req.on("end", () => {
      if (size > MAX_BODY) reject(Object.assign(new Error("body too large"), { status: 413 }))
      else resolveBody(Buffer.concat(chunks).toString("utf8"))
    })
    req.on("error", reject)
  })

/**
 * Creates the example's HTTP server (not yet listening).
 *
 * @param {{ bundle?: string, page?: string, log?: (line: string) => void }} [options]
 */
export const createExampleServer = (options = {}) => {
  const bundle = options.bundle ?? defaultBundle
  const page = options.page ?? join(here, "index.html")
  const log = options.log ?? (() => {})
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1")
    const send = (status, type, body) => {
      res.writeHead(status, {
        "content-type": type,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff"
      })
      res.end(body)
    }
    try {
      if (req.method === "GET" && (url.pathname === "/" || url.pathname === "/index.html")) {
        return send(200, "text/html; charset=utf-8", readFileSync(page))
      }
      if (req.method === "GET" && url.pathname === "/pembinaan-widgets.js") {
        if (!existsSync(bundle)) {
          return send(
            404,
            "text/plain; charset=utf-8",
            "The widgets bundle is not built yet: run `pnpm --filter @pembinaan/widgets build` in the repository.\n"
          )
        }
        return send(200, "text/javascript; charset=utf-8", readFileSync(bundle))
      }
      if (url.pathname === "/submit") {
        if (req.method !== "POST") {
          res.setHeader("allow", "POST")
          return send(405, "text/plain; charset=utf-8", "POST only\n")
        }
        const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase()
        if (type !== "application/x-www-form-urlencoded") {
          return send(415, "text/plain; charset=utf-8", "expected application/x-www-form-urlencoded\n")
        }
        const body = await readBody(req)
        const received = parseForm(body)
        log(`POST /submit ${JSON.stringify(received)}`)
        if ((req.headers.accept ?? "").includes("application/json")) {
          return send(200, "application/json; charset=utf-8", `${JSON.stringify({ received }, null, 2)}\n`)
        }
        return send(
          200,
          "text/html; charset=utf-8",
          `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
            `<title>Data diterima</title></head><body><main><h1>Data diterima server</h1>` +
            `<p>Seperti <code>$request->all()</code> di Laravel:</p><pre id="received">${escapeHtml(JSON.stringify(received, null, 2))}</pre>` +
            `<p><a href="/">Kembali</a></p></main></body></html>`
        )
      }
      return send(404, "text/plain; charset=utf-8", "not found\n")
    } catch (e) {
      const status = typeof e === "object" && e !== null && "status" in e ? Number(e.status) : 500
      if (!res.headersSent)
        send(status, "text/plain; charset=utf-8", `${status === 413 ? "body too large" : "error"}\n`)
    }
  })
}

/**
 * Starts the server on 127.0.0.1 (port 0 picks a free one) and resolves with it and its URL.
 *
 * @param {number} [port]
 * @param {Parameters<typeof createExampleServer>[0]} [options]
 * @returns {Promise<{ server: import("node:http").Server, url: string }>}
 */
export const start = (port = 8080, options = {}) =>
  new Promise((resolveStart, reject) => {
    const server = createExampleServer(options)
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => {
      const address = server.address()
      const actual = typeof address === "object" && address ? address.port : port
      resolveStart({ server, url: `http://127.0.0.1:${actual}/` })
    })
  })

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080)
  const { url } = await start(port, { log: (line) => console.log(line) })
  console.log(`plain-html example on ${url} (Ctrl+C to stop)`)
  if (!existsSync(defaultBundle)) console.log("note: build the widgets first: pnpm --filter @pembinaan/widgets build")
}
