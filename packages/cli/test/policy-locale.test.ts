import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { type Io, main } from "@pembinaan/cli"
import { Policy, Presets } from "@pembinaan/core"
import { describe, expect, it } from "vitest"

const dir = mkdtempSync(join(tmpdir(), "pembinaan-policy-locale-"))
const file = (name: string, content: string) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const run = async (argv: ReadonlyArray<string>) => {
  let stdout = ""
  let stderr = ""
  const io: Io = {
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    stdin: Readable.from([]),
    env: { LANG: "C" }
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const ids = ["dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat"]
const header = ["employee", "period", "scorecard", ...ids.flatMap((i) => [`target:${i}`, `realisasi:${i}`]), ...values]
const cells = ["199001012020011001", "2026-Q2", "pelaksana", "1.250", "980", "100", "100", "60", "60", "10", "10"]
// a ;-separated CSV (Excel in an Indonesian locale) with a target written 1.250 (one thousand two hundred and fifty)
const target = file(
  "target-1250.csv",
  `${header.join(";")}\r\n${[...cells, ...values.map(() => "Sesuai Ekspektasi")].join(";")}\r\n`
)
const doc = Policy.encode(Presets.bukittinggi.policy)
const plain = file("policy.json", JSON.stringify(doc))
const indonesian = file("policy-id.json", JSON.stringify({ ...doc, locale: "id" }))

const capaian = (stdout: string): string => JSON.stringify(JSON.parse(stdout)[0].trace.evaluation)

describe("pembinaan score: the policy names the file's number locale", () => {
  it("1.250 is refused under a policy without a locale, naming both readings", async () => {
    const r = await run(["score", target, "--policy", plain])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stderr).problems[0]).toMatchObject({
      path: [2, "target:dokumen-selesai"],
      code: "ambiguous",
      readings: { id: 1250, en: 1.25 }
    })
  })

  it("1.250 is read as 1250 under a policy with locale id (capaian 78.4 %, not 78400 %), with no warning", async () => {
    const r = await run(["score", target, "--policy", indonesian])
    expect([r.code, r.stderr]).toEqual([0, ""])
    expect(capaian(r.stdout)).toContain("1250")
    expect(capaian(r.stdout)).not.toContain("78400")
    const explicit = await run(["score", target, "--policy", plain, "--locale", "id"])
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(explicit.stdout))
  })

  it("an explicit --locale that disagrees wins, with one warning in the language asked", async () => {
    const r = await run(["score", target, "--policy", indonesian, "--locale", "en"])
    expect(r.code).toBe(0)
    const lines = r.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0] as string)).toMatchObject({
      warning: "LocaleOverridesPolicy",
      locale: "en",
      policyLocale: "id"
    })
    expect(capaian(r.stdout)).not.toContain("1250")
    const en = await run(["score", target, "--policy", indonesian, "--locale", "en", "--lang", "en"])
    expect(JSON.parse(en.stderr).message).toContain("policy's locale id")
    expect(JSON.parse(r.stderr).message).toContain("locale kebijakan id")
    // an explicit --locale that agrees: no warning
    expect((await run(["score", target, "--policy", indonesian, "--locale", "id"])).stderr).toBe("")
  })

  it("policy validate accepts locale id|en and refuses another value at its path", async () => {
    expect((await run(["policy", "validate", indonesian])).code).toBe(0)
    const bad = await run(["policy", "validate", file("policy-de.json", JSON.stringify({ ...doc, locale: "de" }))])
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stderr).problems.map((p: { path: unknown }) => p.path)).toEqual([["locale"]])
  })
})
