import { spawn } from "node:child_process"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Result } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Demo from "../src/Demo.js"
import { client, tempDir } from "./helpers.js"

const root = fileURLToPath(new URL("../../..", import.meta.url))

// The widgets' own data guards (their sources; a variable path keeps them out of this project's type check).
type Reader = (input: unknown) => Result.Result<{ readonly [k: string]: unknown }, ReadonlyArray<string>>
const widget = (path: string) =>
  import(/* @vite-ignore */ new URL(`../../widgets/src/components/${path}`, import.meta.url).href)
const { readDashboard } = (await widget("unit-dashboard/unit-dashboard.model.ts")) as { readDashboard: Reader }
const { readIkmReport } = (await widget("ikm-report/ikm-report.controller.ts")) as { readIkmReport: Reader }
const { readPolicy } = (await widget("policy-view/policy-view.controller.ts")) as { readPolicy: Reader }

describe("pembinaan serve --demo on a fresh directory (embedded PostgreSQL, nothing installed)", () => {
  let url = ""
  let child: ReturnType<typeof spawn>
  let exited: Promise<number | null>

  beforeAll(async () => {
    const dataDir = join(tempDir("pembinaan-serve-"), "data")
    child = spawn(
      process.execPath,
      [
        "--conditions=@pembinaan/source",
        "--import",
        "tsx",
        "packages/cli/src/run.ts",
        "serve",
        "--demo",
        "--port",
        "0",
        "--data-dir",
        dataDir
      ],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PEMBINAAN_SECRET: "", DATABASE_URL: "" } }
    )
    exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
    let out = ""
    let err = ""
    child.stderr?.on("data", (d) => {
      err += String(d)
    })
    url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on("data", (d) => {
        out += String(d)
        const line = out.split("\n").find((l) => l.startsWith("{"))
        if (line) resolve(JSON.parse(line).url)
      })
      child.on("exit", () => reject(new Error(`serve exited: ${out} ${err}`)))
    })
  })
  afterAll(async () => {
    child?.kill("SIGTERM")
    await exited
  })

  const signIn = async (label: string) => {
    const user = Demo.users.find((u) => u.label.startsWith(label) && u.region === "bukittinggi")
    const r = await client(url).post("/api/demo/token", { nip: user?.nip })
    expect(r.status).toBe(200)
    return client(url, r.body.token)
  }

  it("answers health and lists the demo users of the three regions", async () => {
    expect((await client(url).get("/api/health")).body).toMatchObject({ status: "ok", database: "pglite" })
    const users = (await client(url).get("/api/demo/users")).body as ReadonlyArray<{
      region: string
      roles: ReadonlyArray<string>
    }>
    expect(new Set(users.map((u) => u.region))).toEqual(new Set(["bukittinggi", "muaratebo", "sawahlunto"]))
    expect(users.filter((u) => u.roles.includes("admin-bkpsdm"))).toHaveLength(3)
  })

  it("serves exactly the JSON <asn-unit-dashboard> reads", async () => {
    const admin = await signIn("Admin BKPSDM")
    const r = await admin.get("/api/widgets/unit-dashboard")
    expect(r.status).toBe(200)
    const read = readDashboard(r.body)
    expect(Result.isSuccess(read) ? [] : read.failure).toEqual([])
    if (Result.isSuccess(read)) {
      const data = read.success as {
        records: ReadonlyArray<unknown>
        units: ReadonlyArray<string>
        ikm: ReadonlyArray<unknown>
      }
      expect(data.records.length).toBe(r.body.records.length)
      expect(data.units).toEqual(["bkpsdm", "dinkes", "dpmptsp", "dukcapil"])
      expect(data.ikm.length).toBeGreaterThan(0)
      // lists the results do not carry are declared, not sent empty
      expect((read.success as { unavailable: ReadonlyArray<string> }).unavailable).toEqual(["rewards", "remediation"])
      // each record's JP is the one the person's development plan shows for that year
      const withJp = (
        r.body.records as ReadonlyArray<{ employee: string; period: string; jp?: { total: string } }>
      ).filter((x) => x.jp !== undefined)
      expect(withJp.length).toBe(r.body.records.length)
      const sample = [withJp[0], withJp.find((x) => x.jp?.total !== "0"), withJp[withJp.length - 1]]
      expect(sample[1]).toBeDefined()
      for (const x of sample) {
        if (x === undefined) continue
        const plan = await admin.get(`/api/employees/${x.employee}/development-plan?year=${x.period.slice(0, 4)}`)
        expect(plan.status).toBe(200)
        const own = plan.body.jp as { total: { text: string } | string; shortfall: string; meets: boolean }
        const total = typeof own.total === "string" ? own.total : own.total.text
        expect(x.jp).toEqual({ total, minimum: plan.body.minimumJp, meets: own.meets, shortfall: own.shortfall })
      }
    }
  })

  it("serves exactly the JSON <asn-ikm-report> reads, with a quarterly trend", async () => {
    const penilai = await signIn("Pejabat penilai")
    const r = await penilai.get("/api/widgets/ikm-report?unit=dukcapil&period=2026")
    expect(r.status).toBe(200)
    const read = readIkmReport(r.body)
    expect(Result.isSuccess(read) ? [] : read.failure).toEqual([])
    expect(r.body.score.respondents).toBe(30)
    expect(r.body.trend.map((t: { period: string }) => t.period)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
  })

  it("serves exactly the JSON <asn-policy-view> reads: the region's policy document as published", async () => {
    const pegawai = await signIn("Pegawai")
    const r = await pegawai.get("/api/widgets/policy-view?id=policy-bukittinggi")
    expect(r.status).toBe(200)
    const read = readPolicy(r.body)
    expect(Result.isSuccess(read) ? [] : read.failure).toEqual([])
  })

  it("the demo pegawai sees their own 360 report; a pegawai cannot read the dashboard", async () => {
    const pegawai = await signIn("Pegawai")
    const me = Demo.users.find((u) => u.label.startsWith("Pegawai") && u.region === "bukittinggi")
    const report = await pegawai.get(`/api/feedback/${me?.nip}/2026`)
    expect(report.status).toBe(200)
    expect(report.body.kind).toBe("feedback")
    expect((await pegawai.get("/api/widgets/unit-dashboard")).status).toBe(403)
  })

  it("stops on SIGTERM with exit code 0", async () => {
    child.kill("SIGTERM")
    expect(await exited).toBe(0)
  })
})
