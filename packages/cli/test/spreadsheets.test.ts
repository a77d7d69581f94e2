// Real spreadsheets in, usable numbers out (issue 13) and nothing lost (issue 19): each case of the issues, through
// the CLI (in process, and as a process where the operating system is involved) and through the library.
import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { fromCsvRow, type Io, main, Records } from "@pembinaan/cli"
import { Input, Presets } from "@pembinaan/core"
import { Result } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"

const dir = mkdtempSync(join(tmpdir(), "pembinaan-sheets-"))
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const run = async (argv: ReadonlyArray<string>, stdin: ReadonlyArray<string> = []) => {
  let stdout = ""
  let stderr = ""
  const io: Io = {
    stdout: (t) => {
      stdout += t
    },
    stderr: (t) => {
      stderr += t
    },
    stdin: Readable.from(stdin),
    env: { LANG: "C" }
  }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const ids = ["dokumen-selesai", "mutu-dokumen", "kehadiran-tepat-waktu", "keluhan-masyarakat"]
const header = [
  "employee",
  "nama",
  "period",
  "scorecard",
  ...ids.flatMap((i) => [`target:${i}`, `realisasi:${i}`]),
  ...values
]
const row = (employee: string, nama: string, target: string, realisasi: string, rating = "Sesuai Ekspektasi") => [
  employee,
  nama,
  "2026-Q2",
  "pelaksana",
  target,
  realisasi,
  "100",
  "100",
  "60",
  "60",
  "10",
  "10",
  ...values.map(() => rating)
]
const csv = (rows: ReadonlyArray<ReadonlyArray<string>>, delimiter = ";", eol = "\r\n") =>
  `${rows.map((r) => r.join(delimiter)).join(eol)}${eol}`

describe("numbers by an explicit locale (Input.readNumber)", () => {
  it.each([
    ["87,5", undefined, 87.5],
    ["1.250,5", "id", 1250.5],
    ["1.250,5", undefined, 1250.5],
    ["1,250.5", undefined, 1250.5],
    ["1.250", "id", 1250],
    ["1.250", "en", 1.25],
    ["1,250", "en", 1250],
    ["15.000", "id", 15000],
    ["0.250", undefined, 0.25],
    ["1.250.000", undefined, 1250000],
    ["-12,5", "id", -12.5],
    ["12.5", undefined, 12.5]
  ] as const)("%s under %s is %d", (text, locale, value) => {
    expect(Input.readNumber(text, { locale })).toEqual(Result.succeed(value))
  })

  it.each([
    ["1.250", undefined, "ambiguous"],
    ["1,250", undefined, "ambiguous"],
    ["15.000", undefined, "ambiguous"],
    ["0x10", undefined, "radix"],
    ["0b11", undefined, "radix"],
    ["0o7", "id", "radix"],
    ["1,98705E+17", undefined, "exponent"],
    ["1e3", "en", "exponent"],
    ["87,5", "en", "format"],
    ["1,250.5", "id", "format"],
    ["Infinity", undefined, "format"],
    ["", undefined, "empty"],
    ["12 apel", undefined, "format"]
  ] as const)("%s under %s is refused (%s)", (text, locale, reason) => {
    const r = Input.readNumber(text, { locale })
    expect(Result.isFailure(r) && r.failure.reason).toBe(reason)
    if (Result.isFailure(r)) expect(r.failure.messages.id).not.toBe(r.failure.messages.en)
  })

  it("names both readings of an ambiguous number", () => {
    const r = Input.readNumber("1.250")
    expect(Result.isFailure(r) && r.failure.readings).toEqual({ id: 1250, en: 1.25 })
  })

  it("property: a number written in a locale reads back as itself under that locale, never as another number", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("id" as const, "en" as const),
        fc.boolean(),
        (n, decimals, locale, grouped) => {
          const value = n / 10 ** decimals
          const text = value.toLocaleString(locale === "id" ? "id-ID" : "en-US", {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
            useGrouping: grouped
          })
          expect(Input.readNumber(text, { locale })).toEqual(Result.succeed(value))
          const bare = Input.readNumber(text)
          // without a locale: the same number, or refused as ambiguous; never a different number
          if (Result.isSuccess(bare)) expect(bare.success).toBe(value)
          else expect(bare.failure.reason).toBe("ambiguous")
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe("pembinaan score: numbers and cells of an Indonesian spreadsheet", () => {
  const target = file("target-1250.csv", csv([header, row("199001012020011001", "Rina", "1.250", "980")]))

  it("a target 1.250 without a locale is refused, naming the cell and both readings (exit 1, not 78400 %)", async () => {
    const r = await run(["score", target, "--policy", "bukittinggi"])
    expect(r.code).toBe(1)
    const problems = JSON.parse(r.stderr).problems
    expect(problems).toEqual([
      expect.objectContaining({
        path: [2, "target:dokumen-selesai"],
        code: "ambiguous",
        readings: { id: 1250, en: 1.25 }
      })
    ])
    expect(r.stdout).toBe("[]\n")
  })

  it("--locale id reads 1.250 as 1250 (capaian 78.4 %)", async () => {
    const r = await run(["score", target, "--policy", "bukittinggi", "--locale", "id"])
    expect(r.code).toBe(0)
    const [out] = JSON.parse(r.stdout)
    const item = JSON.stringify(out.trace.evaluation)
    expect(item).toContain("1250")
    expect(item).not.toContain("78400")
    const en = await run(["score", target, "--policy", "bukittinggi", "--locale", "en"])
    expect(JSON.parse(en.stdout)[0].score).not.toBe(out.score)
  })

  it("reads 87,5 as 87.5 without a locale; keeps the extra column nama", async () => {
    const r = await run([
      "score",
      file("decimal-comma.csv", csv([header, row("199001012020011001", "Rina", "100", "87,5")])),
      "--policy",
      "bukittinggi"
    ])
    expect(r.code).toBe(0)
    const [out] = JSON.parse(r.stdout)
    expect(JSON.stringify(out.trace.evaluation)).toContain("87.5")
    expect(out.columns).toEqual({ nama: "Rina" })
  })

  it("a BOM before a quoted header keeps the first column (Excel's CSV UTF-8)", async () => {
    const quoted = [header.map((h) => `"${h}"`), row("199001012020011001", "Rina", "100", "90")]
    const r = await run(["score", file("bom.csv", `\uFEFF${csv(quoted)}`), "--policy", "bukittinggi"])
    expect([r.code, r.stderr]).toEqual([0, ""])
    expect(JSON.parse(r.stdout)[0].employee).toBe("199001012020011001")
  })

  it("a ; file whose header holds a comma (Saran, Masukan) is still read as ;-separated", async () => {
    const h = [...header, "Saran, Masukan"]
    const r = await run([
      "score",
      file("comma-header.csv", csv([h, [...row("199001012020011001", "Rina", "100", "90"), "lebih cepat, ramah"]])),
      "--policy",
      "bukittinggi"
    ])
    expect([r.code, r.stderr]).toEqual([0, ""])
    expect(JSON.parse(r.stdout)[0].columns).toEqual({ nama: "Rina", "Saran, Masukan": "lebih cepat, ramah" })
    const explicit = await run([
      "score",
      file("comma-header2.csv", csv([h, [...row("199001012020011001", "Rina", "100", "90"), "x"]], ",")),
      "--policy",
      "bukittinggi",
      "--delimiter",
      ","
    ])
    expect(explicit.code).toBe(1) // the header's unquoted comma splits "Saran, Masukan" into two columns
  })

  it("trailing ;;;; rows and CRLF are ignored", async () => {
    const text = `${csv([header, row("199001012020011001", "Rina", "100", "90")])};;;;;;;\r\n;;\r\n\r\n`
    const r = await run(["score", file("trailing.csv", text), "--policy", "bukittinggi", "--format", "ndjson"])
    expect([r.code, r.stdout.trim().split("\n").length]).toEqual([0, 1])
  })

  it("Windows-1252 bytes are an error naming the line unless --encoding windows-1252", async () => {
    const bytes = Buffer.from(csv([header, row("199001012020011001", "Jos\u00e9", "100", "90")], ","), "latin1")
    const path = file("cp1252.csv", bytes)
    const bad = await run(["score", path, "--policy", "bukittinggi"])
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stderr).problems[0]).toMatchObject({ path: [2], code: "syntax" })
    expect(JSON.parse(bad.stderr).problems[0].message).toMatch(/UTF-8 tidak valid di baris 2/)
    const good = await run(["score", path, "--policy", "bukittinggi", "--encoding", "windows-1252"])
    expect(good.code).toBe(0)
    expect(JSON.parse(good.stdout)[0].columns.nama).toBe("José")
  })

  it("an NIP changed by Excel (1,98705E+17; lost digits) is refused with the reason", async () => {
    for (const nip of ['"1,98705E+17"', "199001012020011000"]) {
      const r = await run([
        "score",
        file("nip.csv", csv([header, row(nip, "Rina", "100", "90")])),
        "--policy",
        "bukittinggi"
      ])
      expect(r.code).toBe(1)
      const [p] = JSON.parse(r.stderr).problems
      expect(p).toMatchObject({ path: [2, "employee"], code: "excel-mangled" })
      expect(p.message).toMatch(/Excel/)
    }
  })

  it("ids that are not NIPs (a 6-digit staff number, BKT-0001) are taken as they are", async () => {
    for (const id of ["100234", "BKT-0001"]) {
      const r = await run([
        "score",
        file("staff.csv", csv([header, row(id, "Rina", "100", "90")])),
        "--policy",
        "bukittinggi"
      ])
      expect([r.code, JSON.parse(r.stdout)[0].employee]).toEqual([0, id])
    }
  })

  it("NUL and control characters in CSV ids are refused; invalid UTF-8 in an id too", async () => {
    const nul = await run([
      "score",
      file("nul.csv", csv([header, row("BKT\u00000001", "Rina", "100", "90")])),
      "--policy",
      "bukittinggi"
    ])
    expect(nul.code).toBe(1)
    expect(JSON.parse(nul.stderr).problems[0]).toMatchObject({ path: [2, "employee"], code: "control" })
    const bytes = Buffer.concat([
      Buffer.from(`${header.join(";")}\n`),
      Buffer.from([0x42, 0x4b, 0xff, 0x54]),
      Buffer.from(
        `${row("x", "Rina", "100", "90")
          .slice(1)
          .map((c) => `;${c}`)
          .join("")}\n`
      )
    ])
    const utf = await run(["score", file("bad-utf8-id.csv", bytes), "--policy", "bukittinggi"])
    expect([utf.code, JSON.parse(utf.stderr).problems[0].path]).toEqual([1, [2]])
  })

  it("a duplicate column (U1 twice, employee twice) is refused", async () => {
    const r = await run(["ikm", file("dup.csv", "U1,U2,U1\n4,4,1\n")])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/kolom \\"U1\\" muncul dua kali/)
    expect((await run(["ikm", file("dup.csv", "U1,U2,U1\n4,4,1\n"), "--lang", "en"])).stderr).toMatch(/appears twice/)
    const s = await run([
      "score",
      file(
        "dup2.csv",
        csv([
          [...header, "employee"],
          [...row("199001012020011001", "R", "1", "1"), "X"]
        ])
      ),
      "--policy",
      "bukittinggi"
    ])
    expect(s.code).toBe(1)
  })
})

describe("pembinaan sample-size and --population read numbers like every cell", () => {
  it.each([
    [["15.000"], 1, undefined],
    [["15.000", "--locale", "id"], 0, 375],
    [["15,000", "--locale", "en"], 0, 375],
    [["0x10"], 1, undefined],
    [["0b11"], 1, undefined],
    [["1e3"], 1, undefined]
  ] as const)("sample-size %j → exit %i", async (argv, code, sample) => {
    const r = await run(["sample-size", ...argv])
    expect(r.code).toBe(code)
    if (sample !== undefined) expect(JSON.parse(r.stdout).sampleSize).toBe(sample)
    else expect(JSON.parse(r.stderr).problems[0].path).toEqual(["population"])
  })

  it("--population 1.000 is refused without a locale and read as 1000 with --locale id", async () => {
    const answers = file("answers.csv", `U1,U2,U3,U4,U5,U6,U7,U8,U9\n${"4,4,4,4,4,4,4,4,4\n".repeat(3)}`)
    expect((await run(["ikm", answers, "--population", "1.000"])).code).toBe(2)
    const r = await run(["ikm", answers, "--population", "1.000", "--locale", "id"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).sample.population).toBe(1000)
  })
})

describe("nothing lost, nothing claimed (issue 19)", () => {
  it("a line longer than --max-line is an error naming the line; the other lines are scored", async () => {
    const ok = JSON.stringify({ employee: "A-1", period: "2026-Q2", scorecard: "x" })
    const text = `${ok}\n{"employee":"${"x".repeat(5000)}"}\n${ok}\n`
    const one = await run(["score", "-", "--policy", "bukittinggi", "--max-line", "1000", "--workers", "1"], [text])
    expect(one.code).toBe(1)
    const problems = JSON.parse(one.stderr).problems
    expect(problems.filter((p: { code: string }) => p.code === "syntax")).toEqual([
      expect.objectContaining({ path: [2], message: expect.stringMatching(/lebih panjang dari 1000/) })
    ])
  })

  it("a 20 MB line (over the default 8 Mi limit) is an error naming its line, on one and on two workers", async () => {
    const good = JSON.stringify({ employee: "A-1", period: "2026-Q2", scorecard: "x" })
    const path = file("long-line.ndjson", `${good}\n{"employee":"${"x".repeat(20_000_000)}"}\n${good}\n`)
    const one = await run(["score", path, "--policy", "bukittinggi", "--workers", "1"])
    const two = await run(["score", path, "--policy", "bukittinggi", "--workers", "2"])
    expect(two).toEqual(one)
    const problems = JSON.parse(one.stderr).problems
    expect(problems.filter((p: { path: number[] }) => p.path[0] === 2)).toEqual([
      expect.objectContaining({ code: "syntax", message: expect.stringMatching(/lebih panjang dari 8388608/) })
    ])
    const csvPath = file("long-line.csv", `${header.join(";")}\n"${"x".repeat(20_000_000)}";1\n`)
    const csvRun = await run(["score", csvPath, "--policy", "bukittinggi"])
    expect([csvRun.code, JSON.parse(csvRun.stderr).problems[0].path]).toEqual([1, [2]])
  })

  it("--out writes a temporary file and renames it only on success", async () => {
    const out = join(dir, "scored.json")
    const ok = await run(["score", target(), "--policy", "bukittinggi", "--locale", "id", "--out", out])
    expect([ok.code, ok.stdout]).toEqual([0, ""])
    expect(JSON.parse(readFileSync(out, "utf8"))).toHaveLength(1)
    const failed = join(dir, "failed.json")
    const bad = await run(["score", target(), "--policy", "bukittinggi", "--out", failed])
    expect(bad.code).toBe(1)
    expect(existsSync(failed)).toBe(false)
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([])
  })

  it("policy docs writes its handbook through a temporary file", async () => {
    const out = join(dir, "docs")
    const r = await run(["policy", "docs", "bukittinggi", "--out", out])
    expect(r.code).toBe(0)
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([])
    expect(readdirSync(out).length).toBe(1)
  })

  it.each([
    ["ENAMETOOLONG", () => join(dir, `${"n".repeat(300)}.json`)],
    ["ENOENT", () => join(dir, "no", "such", "dir.json")],
    ["ENOTDIR", () => join(target(), "x.json")]
  ])("%s on --out: a message and exit 1, no stack trace", async (code, path) => {
    const r = await run(["score", target(), "--policy", "bukittinggi", "--locale", "id", "--out", path()])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stderr)).toMatchObject({ error: "OutputUnwritable", code })
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })

  it("--out /dev/full: written directly (the device is never replaced), ENOSPC is a message and exit 1", async () => {
    const r = await run(["policy", "export", "bukittinggi", "--out", "/dev/full"])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stderr)).toMatchObject({ error: "OutputUnwritable", code: "ENOSPC" })
    expect(readdirSync("/dev").filter((f) => f.endsWith(".tmp"))).toEqual([])
  })

  it.each(["EPERM", "ENOSPC", "EACCES"])(
    "%s while writing: a message in the user's language and exit 1",
    async (code) => {
      let stderr = ""
      const io: Io = {
        stdout: () => {
          throw Object.assign(new Error(`${code}: write`), { code })
        },
        stderr: (t) => {
          stderr += t
        },
        stdin: Readable.from([]),
        env: { LANG: "C" }
      }
      expect(await main(["policy", "export", "bukittinggi"], io)).toBe(1)
      const error = JSON.parse(stderr)
      expect(error).toMatchObject({ error: "FileError", code })
      expect(error.message).not.toMatch(/\n\s+at /)
      expect(error.message).toBe(
        { EPERM: "izin ditolak", EACCES: "izin ditolak", ENOSPC: "ruang disk habis" }[
          code as "EPERM" | "EACCES" | "ENOSPC"
        ]
      )
    }
  )

  it("/dev/full on stdout: a message and exit 1, no stack trace (a real process)", async () => {
    const root = fileURLToPath(new URL("../../..", import.meta.url))
    const full = openSync("/dev/full", "w")
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(
        `${root}node_modules/.bin/tsx`,
        [
          "--conditions=@pembinaan/source",
          `${root}packages/cli/src/run.ts`,
          "predikat",
          "--hasil",
          "Diatas Ekspektasi",
          "--perilaku",
          "Diatas Ekspektasi"
        ],
        { cwd: root, env: { ...process.env, LANG: "C" }, stdio: ["ignore", full, "pipe"] }
      )
      let stderr = ""
      child.stderr?.setEncoding("utf8").on("data", (d: string) => {
        stderr += d
      })
      child.on("error", reject)
      child.on("close", (code) => resolve({ code, stderr }))
    })
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stderr)).toMatchObject({ error: "OutputUnwritable", code: "ENOSPC" })
  })
})

const target = () => join(dir, "target-1250.csv")

describe("Records.csv: the one CSV reader", () => {
  const collect = async (chunks: ReadonlyArray<string | Uint8Array>, options: Records.ReadOptions = {}) => {
    const out: Array<Records.Item> = []
    for await (const item of Records.read("csv", Readable.from(chunks), options)) out.push(item)
    return out
  }

  it("detects the delimiter from the header outside quotes", () => {
    expect(Records.detectDelimiter("U1;U2;Saran, Masukan")).toBe(";")
    expect(Records.detectDelimiter('"a;b",c,d')).toBe(",")
    expect(Records.detectDelimiter("a\tb\tc")).toBe("\t")
    expect(Records.detectDelimiter("single")).toBe(",")
  })

  it('keeps a stray quote in an unquoted cell as text (O"Brien) and reads the rest', async () => {
    const items = await collect(['nama,n\nO"Brien,1\nSiti,2\n'])
    expect(items).toEqual([
      { _tag: "Record", at: 2, value: { nama: 'O"Brien', n: "1" } },
      { _tag: "Record", at: 3, value: { nama: "Siti", n: "2" } }
    ])
  })

  it("a UTF-8 character cut across chunks is decoded whole", async () => {
    const bytes = Buffer.from("nama\nJosé\n")
    const items = await collect([bytes.subarray(0, 9), bytes.subarray(9)])
    expect(items).toEqual([{ _tag: "Record", at: 2, value: { nama: "José" } }])
  })

  it("property: any table written as CSV reads back as the same records, or a problem naming the line", async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('O"Brien', "a;b", "a,b", "x\ny", "x\r\ny", "  spaced  ", "José", "🙂", '""')
    )
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z0-9:_-]{0,8}$/), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        fc.constantFrom(",", ";"),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (columns, cells, delimiter, eol, bom, cuts) => {
          const rows = cells.map((r) => Object.fromEntries(columns.map((c, k) => [c, r[k] ?? ""])))
          const quote = (s: string) => (/[",;\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s)
          const text = `${bom ? "\uFEFF" : ""}${[columns, ...rows.map((r) => columns.map((c) => r[c] ?? ""))]
            .map((r) => r.map(quote).join(delimiter))
            .join(eol)}${eol}`
          const bytes = Buffer.from(text)
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
          const chunks = [0, ...at].map((c, i) => bytes.subarray(c, at[i] ?? bytes.length))
          const items = await collect(chunks)
          const expected = rows.filter((r) => Object.values(r).some((v) => v.trim() !== ""))
          const problems = items.filter((i) => i._tag === "SyntaxProblem")
          if (problems.length > 0) {
            for (const p of problems) expect(p.at).toBeGreaterThan(0)
            return
          }
          expect(items.map((i) => (i._tag === "Record" ? i.value : undefined))).toEqual(
            // cells are trimmed only in the header; a row of blank cells is skipped
            expected
          )
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe("one and N workers give byte-identical output on any input (issue 19)", () => {
  const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"]
  const line = fc.oneof(
    // a good record
    fc
      .record({ i: fc.nat({ max: 998 }), r: fc.nat({ max: 2 }), f: fc.integer({ min: 5, max: 15 }) })
      .map(({ i, r, f }) => ({
        ndjson: JSON.stringify({
          employee: `1990010120200110${String(i + 1).padStart(2, "0")}`.slice(0, 15) + String(i + 1).padStart(3, "0"),
          period: "2026-Q2",
          scorecard: "pelaksana",
          measurements: [
            { indicator: "dokumen-selesai", target: 100, realisasi: f * 10 },
            { indicator: "mutu-dokumen", target: 100, realisasi: 100 },
            { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
            { indicator: "keluhan-masyarakat", target: 10, realisasi: 10 }
          ],
          berakhlak: Object.fromEntries(values.map((v) => [v, ratings[r]]))
        }),
        csv: row(
          `199001012020011${String(i + 1).padStart(3, "0")}`,
          `O"Brien ${i}`,
          "100",
          String(f * 10),
          ratings[r]
        ).join(";")
      })),
    // stray quotes, a long line, a bad row
    fc.constantFrom(
      { ndjson: '{"employee":"O"Brien"}', csv: 'O"Brien;x' },
      { ndjson: `{"employee":"${"x".repeat(3000)}"}`, csv: `"${"x".repeat(3000)}";1` },
      { ndjson: "{bad", csv: ";;;;" },
      { ndjson: "", csv: "" },
      { ndjson: '"just a string"', csv: "a;b;c" }
    )
  )

  it("property over generated NDJSON and CSV with quotes, long lines and bad rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 60 }),
        fc.constantFrom("ndjson", "csv"),
        async (lines, input) => {
          const text =
            input === "csv"
              ? `${header.join(";")}\n${lines.map((l) => l.csv).join("\n")}\n`
              : `${lines.map((l) => l.ndjson).join("\n")}\n`
          const path = file(`workers.${input}`, text)
          const argv = ["score", path, "--policy", "bukittinggi", "--format", "ndjson", "--max-line", "2000"]
          const one = await run([...argv, "--workers", "1"])
          const two = await run([...argv, "--workers", "2"])
          expect(two).toEqual(one)
        }
      ),
      { numRuns: 4 }
    )
  })
})

describe("one CSV convention: the CLI reads the project's own example file", () => {
  it("pembinaan score examples/node/data/evaluations.csv: every row scored, nama kept", async () => {
    const sample = fileURLToPath(new URL("../../../examples/node/data/evaluations.csv", import.meta.url))
    const r = await run(["score", sample, "--policy", "bukittinggi", "--trace", "none"])
    expect([r.code, r.stderr]).toEqual([0, ""])
    const out = JSON.parse(r.stdout)
    expect(out).toHaveLength(16)
    expect(out[0]).toMatchObject({
      employee: "BKT-0001",
      score: 105.75,
      band: "Baik",
      columns: { nama: "Rina Chaniago" }
    })
    const csvOut = await run(["score", sample, "--policy", "bukittinggi", "--format", "csv"])
    expect(csvOut.stdout.split("\n")[0]).toBe(
      "employee,period,score,band,hasilKerja,perilakuKerja,predikat,decisions,nama"
    )
    expect(csvOut.stdout.split("\n")[1]).toMatch(/^BKT-0001,2026-Q1,105\.75,Baik,.*,Rina Chaniago$/)
    // plain decimal numbers a spreadsheet can use: never "13500/127 ≈ 106.299213"
    const scores = csvOut.stdout
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(",")[2])
    expect(scores).toHaveLength(16)
    for (const cell of scores) expect(cell).toMatch(/^\d+(\.\d+)?$/)
  })
})

describe("history and unit context in batch scoring: the same decisions from CSV as from JSON", () => {
  const evaluation = (employee: string, period: string, factor: number, rating: string) => ({
    employee,
    period,
    scorecard: "pelaksana",
    measurements: [
      { indicator: "dokumen-selesai", target: 100, realisasi: 100 * factor },
      { indicator: "mutu-dokumen", target: 100, realisasi: 100 * factor },
      { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: Math.min(60, 60 * factor) },
      { indicator: "keluhan-masyarakat", target: 10, realisasi: 10 * (2 - factor) }
    ],
    berakhlak: Object.fromEntries(values.map((v) => [v, rating]))
  })
  const weakQ1 = evaluation("199001012020011001", "2026-Q1", 0.6, "Sesuai Ekspektasi")
  const weakQ2 = evaluation("199001012020011001", "2026-Q2", 0.6, "Sesuai Ekspektasi")
  const star = evaluation("199001012020011002", "2026-Q2", 1.2, "Diatas Ekspektasi")
  const csvHeader = [
    "employee",
    "unit",
    "period",
    "scorecard",
    ...ids.flatMap((i) => [`target:${i}`, `realisasi:${i}`]),
    ...values
  ]
  const csvRow = (e: ReturnType<typeof evaluation>, unit: string) =>
    [
      e.employee,
      unit,
      e.period,
      e.scorecard,
      ...e.measurements.flatMap((m) => [String(m.target), String(m.realisasi).replace(".", ",")]),
      ...values.map((v) => e.berakhlak[v] as string)
    ].join(";")
  const decisions = (stdout: string) =>
    Object.fromEntries(
      (JSON.parse(stdout) as Array<{ employee: string; period: string; decisions: Array<{ id: string }> }>).map((r) => [
        `${r.employee} ${r.period}`,
        r.decisions.map((d) => d.id).sort()
      ])
    )

  it("long-format CSV (unsorted) + --context fires pembinaan-khusus and the quarterly reward exactly as JSON does", async () => {
    // unsorted: Q2 before Q1
    const csvFile = file(
      "long.csv",
      [csvHeader.join(";"), csvRow(weakQ2, "DISDIK"), csvRow(star, "DISDIK"), csvRow(weakQ1, "DISDIK")].join("\n")
    )
    const context = file("units.csv", "unit;ikm;mutu\nDISDIK;80,5;B\n")
    const fromCsv = await run(["score", csvFile, "--policy", "bukittinggi", "--history", "--context", context])
    expect([fromCsv.code, fromCsv.stderr]).toEqual([0, ""])
    const unit = { unit: { ikm: 80.5, mutu: "B" } }
    const q1 = await run(
      ["score", "-", "--policy", "bukittinggi", "--input", "ndjson"],
      [`${JSON.stringify(weakQ1)}\n`]
    )
    const q1Result = JSON.parse(q1.stdout)[0]
    const json = [
      { ...weakQ2, history: [{ period: "2026-Q1", predikat: q1Result.predikat, score: q1Result.score }], facts: unit },
      { ...star, facts: unit },
      { ...weakQ1, facts: unit }
    ]
    const fromJson = await run(["score", file("long.json", JSON.stringify(json)), "--policy", "bukittinggi"])
    expect(fromJson.code).toBe(0)
    expect(decisions(fromCsv.stdout)).toEqual(decisions(fromJson.stdout))
    const d = decisions(fromCsv.stdout)
    expect(d["199001012020011001 2026-Q2"]).toContain("pembinaan-khusus")
    expect(d["199001012020011001 2026-Q1"]).not.toContain("pembinaan-khusus")
    expect(d["199001012020011002 2026-Q2"]).toContain("penghargaan-triwulanan")
    // without history and context the same CSV decides neither
    const plain = await run(["score", csvFile, "--policy", "bukittinggi"])
    const p = decisions(plain.stdout)
    expect(p["199001012020011001 2026-Q2"]).not.toContain("pembinaan-khusus")
    expect(p["199001012020011002 2026-Q2"]).not.toContain("penghargaan-triwulanan")
    // long-format NDJSON with --history gives the same as CSV
    const ndjson = [weakQ2, star, weakQ1].map((e) => JSON.stringify({ ...e, facts: unit })).join("\n")
    const fromNdjson = await run(["score", file("long.ndjson", ndjson), "--policy", "bukittinggi", "--history"])
    expect(decisions(fromNdjson.stdout)).toEqual(d)
  })

  it("a unit missing from the context file and a period given twice are problems", async () => {
    const csvFile = file(
      "long2.csv",
      [csvHeader.join(";"), csvRow(weakQ1, "DINKES"), csvRow(weakQ1, "DISDIK"), csvRow(weakQ1, "DISDIK")].join("\n")
    )
    const context = file("units2.csv", "unit;ikm\nDISDIK;80\n")
    const r = await run(["score", csvFile, "--policy", "bukittinggi", "--history", "--context", context])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stderr).problems.map((p: { code: string }) => p.code)).toEqual(["unknown-unit", "duplicate"])
  })
})

describe("pembinaan score --annual", () => {
  const sample = fileURLToPath(new URL("../../../examples/node/data/evaluations.csv", import.meta.url))

  it("gives each employee's annual result with its predikat under the policy's annual strategy", async () => {
    const r = await run(["score", sample, "--policy", "bukittinggi", "--annual", "--trace", "none"])
    expect([r.code, r.stderr]).toEqual([0, ""])
    const out = JSON.parse(r.stdout)
    expect(out).toHaveLength(4)
    expect(out[0]).toEqual({
      employee: "BKT-0001",
      year: 2026,
      score: 106.38,
      exact: "42551/400",
      band: "Baik",
      hasilKerja: "Sesuai Ekspektasi",
      perilakuKerja: "Sesuai Ekspektasi",
      predikat: "Baik",
      strategy: "mean"
    })
    const csvOut = await run(["score", sample, "--policy", "bukittinggi", "--annual", "--format", "csv"])
    expect(csvOut.stdout.split("\n").slice(0, 2)).toEqual([
      "employee,year,score,exact,band,hasilKerja,perilakuKerja,predikat,strategy",
      "BKT-0001,2026,106.38,42551/400,Baik,Sesuai Ekspektasi,Sesuai Ekspektasi,Baik,mean"
    ])
  })

  it("a year with a missing quarter is a problem, not a silent annual result", async () => {
    const lines = readFileSync(sample, "utf8").trim().split("\n")
    const r = await run([
      "score",
      file("three.csv", lines.slice(0, 4).join("\n")),
      "--policy",
      "bukittinggi",
      "--annual"
    ])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stderr).problems[0]).toMatchObject({ code: "MissingPeriods" })
  })
})

describe("pembinaan ikm: templates, headers, blanks, messages", () => {
  const u = (n: number) => Array.from({ length: n }, (_, i) => `U${i + 1}`)
  const labels = [
    "Persyaratan",
    "Sistem, Mekanisme, dan Prosedur",
    "Waktu Penyelesaian",
    "Biaya/Tarif",
    "Produk Spesifikasi Jenis Pelayanan",
    "Kompetensi Pelaksana",
    "Perilaku Pelaksana",
    "Penanganan Pengaduan, Saran dan Masukan",
    "Sarana dan Prasarana"
  ]

  it("a BOM before a quoted header keeps U1", async () => {
    const text = `\uFEFF${u(9)
      .map((h) => `"${h}"`)
      .join(";")}\r\n${"4;".repeat(8)}4\r\n`
    const r = await run(["ikm", file("bom-ikm.csv", text)])
    expect([r.code, JSON.parse(r.stdout).respondents]).toEqual([0, 1])
  })

  it("a 10th unsur column is an error by default, 92.50 with --template 10, ignored with one warning with --ignore-extra", async () => {
    const path = file("ten.csv", `${u(10).join(",")}\n4,4,4,4,4,4,4,4,4,1\n4,4,4,4,4,4,4,4,4,1\n`)
    const plain = await run(["ikm", path])
    expect(plain.code).toBe(1)
    expect(JSON.parse(plain.stderr).problems).toEqual([
      expect.objectContaining({ path: [2, "U10"], code: "unknown-column" })
    ])
    const ten = await run(["ikm", path, "--template", "10"])
    expect([ten.code, JSON.parse(ten.stdout).nilai, JSON.parse(ten.stdout).mutu]).toEqual([0, 92.5, "A"])
    const ignored = await run(["ikm", path, "--ignore-extra"])
    expect([ignored.code, JSON.parse(ignored.stdout).nilai]).toEqual([0, 100])
    expect(ignored.stderr.trim().split("\n")).toHaveLength(1)
    expect(JSON.parse(ignored.stderr)).toMatchObject({ warning: "IgnoredColumns", columns: ["U10"] })
  })

  it("a template file and the 14-unsur template are named with --template", async () => {
    const fourteen = await run([
      "ikm",
      file("fourteen.csv", `${u(14).join(",")}\n${"3,".repeat(13)}3\n`),
      "--template",
      "14"
    ])
    expect([fourteen.code, JSON.parse(fourteen.stdout).nilai]).toEqual([0, 75])
    const template = file("template.json", JSON.stringify({ ...Presets.skm.tenElements, id: "mine", version: "1" }))
    const mine = await run([
      "ikm",
      file("ten2.csv", `${u(10).join(",")}\n${"4,".repeat(9)}1\n`),
      "--template",
      template
    ])
    expect([mine.code, JSON.parse(mine.stdout).template.id]).toEqual([0, "mine"])
  })

  it("Indonesian unsur names and lowercase u1 are headers; a wrong header is 'no column U2' once, not per row", async () => {
    const answers = `${"4;".repeat(8)}3\n`.repeat(5)
    const byName = await run(["ikm", file("names.csv", `${labels.join(";")}\n${answers}`)])
    const byId = await run(["ikm", file("ids.csv", `${u(9).join(";").toLowerCase()}\n${answers}`)])
    expect([byName.code, byId.code]).toEqual([0, 0])
    expect(JSON.parse(byName.stdout)).toEqual(JSON.parse(byId.stdout))
    const wrong = await run([
      "ikm",
      file("wrong.csv", `Persyaratan;Prosedur;Waktu\n${"4;4;4\n".repeat(20)}`),
      "--ignore-extra"
    ])
    expect(wrong.code).toBe(1)
    const problems = JSON.parse(wrong.stderr.trim().split("\n").at(-1) as string).problems
    expect(problems.map((p: { code: string }) => p.code)).toEqual(Array(8).fill("no-column"))
    expect(problems[0].message).toBe("tidak ada kolom U2 (Sistem, Mekanisme, dan Prosedur) dalam berkas")
    const english = await run(["ikm", file("wrong.csv", "Persyaratan\n4\n"), "--lang", "en"])
    expect(JSON.parse(english.stderr).problems[0].message).toBe(
      "no column U2 (Sistem, Mekanisme, dan Prosedur) in the file"
    )
  })

  it("blank answers count per unsur (the literal reading), trailing ;;;;; rows are ignored; --blank refuse refuses", async () => {
    const text = `${u(9).join(";")}\n4;4;4;4;4;4;4;4;4\n;2;2;2;2;2;2;2;2\n;;;;;;;;\n;;;;;;;;\n`
    const r = await run(["ikm", file("blanks.csv", text)])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect([out.respondents, out.nrr.U1, out.answered.U1, out.nrr.U2, out.blanks]).toEqual([2, 4, 1, 3, "per-unsur"])
    const refused = await run(["ikm", file("blanks.csv", text), "--blank", "refuse"])
    expect([refused.code, JSON.parse(refused.stderr).problems[0].path]).toEqual([1, [3, "U1"]])
  })

  it("--weighting printed: nilai is ikm × 25 (24.75 beside ikm 0.99), the clamped value the mutu table read shown apart", async () => {
    const r = await run(["ikm", file("ones.csv", `${u(9).join(",")}\n${"1,".repeat(8)}1\n`), "--weighting", "printed"])
    const out = JSON.parse(r.stdout)
    expect([out.ikm, out.nilai, out.clampedTo, out.mutu]).toEqual([0.99, 24.75, 25, "D"])
    expect(out.nilai).toBeCloseTo(out.ikm * 25, 10)
  })

  it("--format widget gives { unit, period, score, sample } as <asn-ikm-report> takes", async () => {
    const path = file("w.csv", `${u(9).join(",")}\n${"4,".repeat(8)}3\n`)
    const r = await run([
      "ikm",
      path,
      "--format",
      "widget",
      "--unit",
      "DISDIK",
      "--period",
      "2026-Q2",
      "--population",
      "10"
    ])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(Object.keys(out)).toEqual(["unit", "period", "score", "sample"])
    expect(out.score).toMatchObject({ kind: "ikm", respondents: 1 })
  })
})

describe("command groups", () => {
  it("pembinaan policy --help lists its subcommands (exit 0); pembinaan policy alone is a usage error", async () => {
    const help = await run(["policy", "--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("policy validate")
    expect(help.stdout).toContain("policy export")
    expect((await run(["policy"])).code).toBe(2)
    const sub = await run(["policy", "export", "--help"])
    expect([sub.code, sub.stdout]).toEqual([0, expect.stringContaining("<asn-policy-view>")])
  })
})

describe("property: evaluations written as CSV read back as the JSON they came from, or a problem naming the cell", () => {
  it("never a different number, under id, en or no locale", async () => {
    const amount = fc.integer({ min: 0, max: 99_999_999 }).chain((n) => fc.constantFrom(n, n / 10, n / 100, n / 1000))
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ target: amount, realisasi: amount }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("id" as const, "en" as const),
        fc.boolean(),
        fc.boolean(),
        async (rows, written, grouped, tellLocale) => {
          const format = (n: number) =>
            n.toLocaleString(written === "id" ? "id-ID" : "en-US", { useGrouping: grouped, maximumFractionDigits: 3 })
          const delimiter = written === "id" ? ";" : ","
          const quote = (s: string) => (s.includes(delimiter) ? `"${s}"` : s)
          const text = `employee${delimiter}period${delimiter}target:a${delimiter}realisasi:a\n${rows
            .map((r, i) => [`E-${i}`, "2026-Q1", format(r.target), format(r.realisasi)].map(quote).join(delimiter))
            .join("\n")}\n`
          const items: Array<Records.Item> = []
          for await (const item of Records.read("csv", Readable.from([text]))) items.push(item)
          expect(items.every((i) => i._tag === "Record")).toBe(true)
          items.forEach((item, i) => {
            const row = fromCsvRow((item as { value: Record<string, string> }).value, {
              locale: tellLocale ? written : undefined
            })
            const json = rows[i] as { target: number; realisasi: number }
            if (row.problems.length === 0) {
              expect(row.record.measurements).toEqual([
                { indicator: "a", target: json.target, realisasi: json.realisasi }
              ])
            } else {
              expect(tellLocale).toBe(false)
              for (const p of row.problems) {
                expect(p.code).toBe("ambiguous")
                expect(["target:a", "realisasi:a"]).toContain(p.path[0])
                expect(Object.values(p.readings ?? {})).toContain(
                  p.path[0] === "target:a" ? json.target : json.realisasi
                )
              }
            }
          })
        }
      ),
      { numRuns: 300 }
    )
  })
})
