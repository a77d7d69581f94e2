/**
 * Test helpers: the two databases (embedded PGlite and the real PostgreSQL started by `postgres.setup.ts`), a
 * running server on each, signed tokens for demo users, and fetch shorthands.
 */
import { execFileSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, inject } from "vitest"
import { type Role, sign } from "../src/Auth.js"
import { type Options, type Running, start } from "../src/Server.js"

export const secret = "test-secret-that-is-long-enough-0123456789"

const created: Array<string> = []

/** A temporary directory, removed after the test file. */
export const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** The backends the storage tests run on. */
export type Backend = "pglite" | "postgres"

const postgresUrl = inject("postgresUrl")
const postgresBin = inject("postgresBin")

/** The backends available here (PostgreSQL only when the global setup started it). */
export const backends: ReadonlyArray<Backend> = postgresUrl ? ["pglite", "postgres"] : ["pglite"]

/** A fresh, empty database on a backend: a URL (PostgreSQL) or a PGlite data directory. */
export const freshDatabase = (backend: Backend): Pick<Options, "databaseUrl" | "dataDir"> => {
  if (backend === "pglite") return { dataDir: join(tempDir("pembinaan-lite-"), "data") }
  const name = `t_${randomBytes(6).toString("hex")}`
  execFileSync(join(postgresBin, "psql"), [postgresUrl, "-q", "-c", `CREATE DATABASE ${name}`], { stdio: "ignore" })
  return { databaseUrl: postgresUrl.replace(/\/postgres$/, `/${name}`) }
}

export const psqlBin = postgresBin

/** Starts a server on a fresh database. */
export const serve = async (
  backend: Backend,
  options: Partial<Options> = {}
): Promise<Running & { db: Pick<Options, "databaseUrl" | "dataDir"> }> => {
  const db = freshDatabase(backend)
  const running = await start({ secret, ...db, evidenceDir: tempDir("pembinaan-ev-"), ...options })
  return { ...running, db }
}

let nipCounter = 0
/** A valid-looking 18-digit NIP. */
export const nip = (n = ++nipCounter): string => `19900101202012${String(1000 + n).padStart(4, "0")}`

/** A signed token. */
export const token = (
  user: { nip: string; region?: string; roles: ReadonlyArray<Role> },
  options: { expiresIn?: string; issuedAt?: number; secret?: string } = {}
) =>
  sign(
    options.secret ?? secret,
    { nip: user.nip, region: user.region ?? "bukittinggi", roles: [...user.roles] },
    options
  )

/** A client bound to a server and a token. */
export const client = (url: string, bearer?: string, lang: "id" | "en" = "en") => {
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    "accept-language": lang,
    ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    ...extra
  })
  const read = async (r: Response) => {
    const text = await r.text()
    // biome-ignore lint/suspicious/noExplicitAny: test assertions read any JSON shape
    let body: any
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
    return { status: r.status, type: r.headers.get("content-type") ?? "", body, text, headers: r.headers }
  }
  return {
    get: async (path: string) => read(await fetch(`${url}${path}`, { headers: headers() })),
    post: async (path: string, body: unknown) =>
      read(
        await fetch(`${url}${path}`, {
          method: "POST",
          headers: headers({ "content-type": "application/json" }),
          body: JSON.stringify(body)
        })
      ),
    form: async (path: string, entries: Record<string, string>, extra: Record<string, string> = {}) =>
      read(
        await fetch(`${url}${path}`, { method: "POST", headers: headers(extra), body: new URLSearchParams(entries) })
      ),
    raw: async (path: string, init: RequestInit) =>
      read(
        await fetch(`${url}${path}`, {
          ...init,
          headers: { ...headers(), ...(init.headers as Record<string, string>) }
        })
      )
  }
}

/** A small organisation: two units and `n` employees. */
export const org = (region = "bukittinggi", n = 6) => ({
  region,
  units: [
    { id: "setda", name: "Sekretariat Daerah" },
    { id: "dpmptsp", name: "Dinas Penanaman Modal dan PTSP", parent: "setda", service: "perizinan", population: 12000 }
  ],
  employees: Array.from({ length: n }, (_, i) => ({
    nip: nip(i + 1),
    name: `Pegawai ${i + 1}`,
    unit: i % 2 === 0 ? "setda" : "dpmptsp",
    jabatan: i === 0 ? "Kepala" : "Analis"
  }))
})

/** An evaluation with both ratings "Sesuai Ekspektasi" (national policy: predikat Baik). */
export const good = { hasilKerja: "Sesuai Ekspektasi", perilakuKerja: "Sesuai Ekspektasi" }

/** A small SKP plan: one additional RHK with one indicator, and one ekspektasi. */
export const plan = {
  rhk: [
    {
      id: "rhk-1",
      text: "Terlaksananya pelayanan perizinan tepat waktu",
      kind: "tambahan",
      indicators: [{ id: "ind-1", text: "Izin terbit ≤ 3 hari", target: "90", satuan: "%", aspek: "waktu" }]
    }
  ],
  ekspektasi: [{ value: "berorientasi-pelayanan", text: "Menanggapi pemohon pada hari yang sama" }]
}
