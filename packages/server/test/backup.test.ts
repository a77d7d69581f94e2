import { execFileSync } from "node:child_process"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { start } from "../src/Server.js"
import { backends, client, freshDatabase, nip, org, psqlBin, secret, tempDir, token } from "./helpers.js"

// The documented backup (docs/getting-started/portal.md): pg_dump, pg_restore into an empty database, start on it.
describe.runIf(backends.includes("postgres"))("backup and restore on a real PostgreSQL", () => {
  it("a pg_dump restored into a new database serves the same data with a valid audit chain", async () => {
    const source = freshDatabase("postgres")
    const first = await start({ secret, ...source })
    const admin = client(first.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
    expect((await admin.post("/api/import", org())).status).toBe(200)
    expect((await admin.post("/api/policies/skp-2026/versions", { document: { threshold: 80 } })).status).toBe(201)
    const before = (await admin.get("/api/units")).body
    await first.close()

    const dump = join(tempDir("pembinaan-dump-"), "backup.dump")
    execFileSync(join(psqlBin, "pg_dump"), [
      "--format=custom",
      "--no-owner",
      `--file=${dump}`,
      source.databaseUrl as string
    ])
    const target = freshDatabase("postgres")
    execFileSync(join(psqlBin, "pg_restore"), ["--no-owner", `--dbname=${target.databaseUrl}`, dump])

    const restored = await start({ secret, ...target })
    try {
      const again = client(restored.url, await token({ nip: nip(1), roles: ["admin-bkpsdm"] }))
      expect((await again.get("/api/units")).body).toEqual(before)
      expect((await again.get("/api/policies/skp-2026/versions/1")).body.document).toEqual({ threshold: 80 })
      expect((await again.get("/api/audit/verify")).body).toMatchObject({ valid: true, entries: 2 })
      // The restored database keeps its sequences: new writes continue the chain.
      expect((await again.post("/api/policies/skp-2026/versions", { document: { threshold: 85 } })).body.version).toBe(
        2
      )
      expect((await again.get("/api/audit/verify")).body).toMatchObject({ valid: true, entries: 3 })
    } finally {
      await restored.close()
    }
  })
})
