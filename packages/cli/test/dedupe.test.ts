import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { describe, expect, it } from "vitest"
import type { Io } from "../src/io.js"
import { main } from "../src/main.js"

const inProcess = async (argv: ReadonlyArray<string>) => {
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

const ids = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
const dir = mkdtempSync(join(tmpdir(), "pembinaan-dedupe-"))
const row = (answer: number, ticket: string) => [...ids.map(() => String(answer)), ticket].join(";")
// 10 honest respondents (5 × all 3, 5 × all 4: 87.50, B), then 10,000 answers "1" under one ticket, spelt with
// zero-width spaces, full-width forms, Cyrillic look-alikes and separators
const spellings = ["TKT-9", "TKT\u200b-9", "ＴＫＴ－９", "ТКТ-9", "tkt 9"]
const honest = Array.from({ length: 10 }, (_, i) => row(i < 5 ? 3 : 4, `H-${i}`))
const flood = Array.from({ length: 10_000 }, (_, i) => row(1, spellings[i % spellings.length] as string))
const file = (name: string, header: string, lines: ReadonlyArray<string>) => {
  const path = join(dir, name)
  writeFileSync(path, `${header}\n${lines.join("\n")}\n`)
  return path
}
const flooded = file("flooded.csv", [...ids, "Tiket"].join(";"), [...honest, ...flood])

describe("pembinaan ikm --dedupe ticket", () => {
  it("10,000 answers under one ticket: D without the option, 81.82 (one more respondent) with it", async () => {
    const naive = await inProcess(["ikm", flooded, "--ignore-extra"])
    expect([naive.code, JSON.parse(naive.stdout).mutu]).toEqual([0, "D"])
    const r = await inProcess(["ikm", flooded, "--dedupe", "ticket"])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect([out.respondents, out.nilai, out.mutu]).toEqual([11, 81.82, "B"])
    expect(out.dedupe).toEqual({
      by: "ticket",
      column: "Tiket",
      answers: 10_010,
      merged: 9_999,
      tickets: 11,
      ticketless: 0
    })
    const notice = JSON.parse(r.stderr)
    expect([notice.notice, notice.merged]).toEqual(["MergedByTicket", 9_999])
    expect(notice.message).toContain("9999 jawaban digabung")
    const en = await inProcess(["ikm", flooded, "--dedupe", "ticket", "--lang", "en"])
    expect(JSON.parse(en.stderr).message).toContain("9999 answers merged")
    expect(JSON.parse(en.stdout)).toEqual(out)
  })

  it("the same answers as NDJSON give the same result; answers without a ticket all count", async () => {
    const records = [...honest, ...flood.slice(0, 50)].map((line) => {
      const cells = line.split(";")
      return JSON.stringify({ ...Object.fromEntries(ids.map((id, k) => [id, Number(cells[k])])), ticket: cells[9] })
    })
    const ticketless = Array.from({ length: 3 }, () => JSON.stringify(Object.fromEntries(ids.map((id) => [id, 2]))))
    const path = join(dir, "answers.ndjson")
    writeFileSync(
      path,
      [...records, ...ticketless, JSON.stringify({ ...JSON.parse(ticketless[0] as string), ticket: "" })].join("\n")
    )
    const r = await inProcess(["ikm", path, "--dedupe", "ticket"])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    // 10 honest + 1 flood ticket + 4 without a ticket (a blank ticket is no ticket)
    expect(out.respondents).toBe(15)
    expect(out.dedupe).toMatchObject({ merged: 49, tickets: 11, ticketless: 4 })
  })

  it("--ticket-column names another column (any case); the default matches ticket or tiket in any case", async () => {
    const custom = file("custom.csv", [...ids, "No. Layanan"].join(";"), [...honest, ...flood.slice(0, 20)])
    const r = await inProcess(["ikm", custom, "--dedupe", "ticket", "--ticket-column", "no. layanan"])
    expect([r.code, JSON.parse(r.stdout).respondents]).toEqual([0, 11])
    const upper = file("upper.csv", [...ids, "TICKET"].join(";"), [...honest, ...flood.slice(0, 20)])
    expect(JSON.parse((await inProcess(["ikm", upper, "--dedupe", "ticket"])).stdout).dedupe.merged).toBe(19)
  })

  it("a ticket of zero-width characters only is refused with its column; a missing ticket column is an error", async () => {
    const empty = file("empty.csv", [...ids, "tiket"].join(";"), [...honest, row(1, "\u200b\u200b")])
    const r = await inProcess(["ikm", empty, "--dedupe", "ticket"])
    expect(r.code).toBe(1)
    const problem = JSON.parse(r.stderr).problems[0]
    expect([problem.path[1], problem.code]).toEqual(["tiket", "empty-ticket"])
    const none = file(
      "none.csv",
      ids.join(";"),
      honest.map((l) => l.split(";").slice(0, 9).join(";"))
    )
    const missing = await inProcess(["ikm", none, "--dedupe", "ticket", "--lang", "en"])
    expect(missing.code).toBe(1)
    expect(JSON.parse(missing.stderr).problems[0]).toMatchObject({ code: "no-ticket-column" })
  })

  it("wrong usage exits 2: another dedupe, or --ticket-column without --dedupe", async () => {
    expect((await inProcess(["ikm", flooded, "--dedupe", "respondent"])).code).toBe(2)
    expect((await inProcess(["ikm", flooded, "--ticket-column", "Tiket"])).code).toBe(2)
  })
})
