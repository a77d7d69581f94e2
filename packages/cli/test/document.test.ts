import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { type Io, main } from "@pembinaan/cli"
import { afterAll, describe, expect, it } from "vitest"
import { pembinaan } from "./run.js"

/** Runs `pembinaan` in-process (fast); the PDF test below runs it as a real process. */
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

const example = fileURLToPath(new URL("../../../docs/handbook/cycle-example.json", import.meta.url))
const out = mkdtempSync(join(tmpdir(), "pembinaan-document-"))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const has = (tool: string): boolean => {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}
const poppler = has("pdftoppm") && has("pdftotext") && has("pdffonts")
if (!poppler) {
  console.warn(
    "document.test: the PDF rendering test is skipped: pdftoppm/pdftotext/pdffonts (poppler-utils) are missing"
  )
}

/** The share of dark pixels in a binary PPM (P6) image. */
const inkShare = (ppm: Buffer): number => {
  const header = ppm.subarray(0, 64).toString("latin1")
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header)
  if (!m) throw new Error("not a P6 image")
  const [w, h] = [Number(m[1]), Number(m[2])]
  const data = ppm.subarray(ppm.length - w * h * 3)
  let dark = 0
  for (let i = 0; i < data.length; i += 3)
    if ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255) < 384) dark++
  return dark / (w * h)
}

describe("pembinaan document", () => {
  it("writes the evaluation document as HTML", async () => {
    const r = await inProcess(["document", example, "--kind", "evaluasi", "--format", "html", "--out", out])
    expect(r.code).toBe(0)
    const { written } = JSON.parse(r.stdout) as { written: string }
    expect(written).toBe(join(out, "evaluasi-2026-199001012020011001.html"))
    const html = readFileSync(written, "utf8")
    expect(html).toContain('<html lang="id">')
    expect(html).toContain("DOKUMEN EVALUASI KINERJA PEGAWAI")
    expect(html).toContain('<th scope="row">Predikat Kinerja Pegawai</th><td>Baik</td>')
  })

  it.skipIf(!poppler)(
    "writes PDFs with embedded fonts that render to pages with the text on them (needs poppler-utils)",
    async () => {
      for (const [kind, words] of [
        [
          "evaluasi",
          [
            "DOKUMEN EVALUASI KINERJA PEGAWAI",
            "Predikat Kinerja Pegawai",
            "Final (keputusan keberatan)",
            "Budi Pegawai"
          ]
        ],
        ["skp", ["SASARAN KINERJA PEGAWAI", "Rencana Hasil Kerja", "Berorientasi Pelayanan", "19900101 202001 1 001"]]
      ] as const) {
        const r = await pembinaan(["document", example, "--kind", kind, "--out", out])
        expect(r.code, r.stderr).toBe(0)
        const pdf = JSON.parse(r.stdout).written as string
        expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-")
        const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean)
        expect(fonts.length).toBeGreaterThan(0)
        for (const line of fonts) expect(line, line).toMatch(/\byes\s+yes\s+yes\b/) // emb sub uni
        const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" })
        for (const w of words) expect(text).toContain(w)
        const prefix = join(out, `${kind}-page`)
        execFileSync("pdftoppm", ["-r", "40", "-f", "1", "-l", "1", pdf, prefix])
        const page = [`${prefix}-1.ppm`, `${prefix}-01.ppm`].find((p) => existsSync(p))
        expect(page).toBeDefined()
        const ink = inkShare(readFileSync(page as string))
        expect(ink).toBeGreaterThan(0.01)
        expect(ink).toBeLessThan(0.5)
      }
    }
  )

  it("the committed example documents of docs/handbook/cycle.md are up to date", async () => {
    for (const kind of ["skp", "evaluasi"]) {
      const r = await inProcess(["document", example, "--kind", kind, "--format", "html", "--out", out])
      const { written } = JSON.parse(r.stdout) as { written: string }
      const committed = fileURLToPath(
        new URL(`../../../docs/handbook/cycle-example/${kind}-2026-199001012020011001.html`, import.meta.url)
      )
      expect(readFileSync(written, "utf8")).toBe(readFileSync(committed, "utf8"))
    }
  })

  it("names the refused event of a cycle file", async () => {
    const file = JSON.parse(readFileSync(example, "utf8")) as { events: Array<Record<string, unknown>> }
    file.events[2] = { ...file.events[2], by: file.events[1]?.by }
    const bad = join(out, "bad.json")
    writeFileSync(bad, JSON.stringify(file))
    const r = await inProcess(["document", bad, "--kind", "skp", "--out", out])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stderr)).toMatchObject({ error: "EventRefused", index: 2, refused: { _tag: "WrongParty" } })
  })

  it("exits 2 on wrong usage and has help in both languages", async () => {
    expect((await inProcess(["document", example, "--out", out])).code).toBe(2)
    expect((await inProcess(["document", example, "--kind", "skp", "--format", "docx", "--out", out])).code).toBe(2)
    expect((await inProcess(["document", "--help"])).stdout).toContain("Pemakaian: pembinaan document")
    expect((await inProcess(["document", "--help", "--lang", "en"])).stdout).toContain("Usage: pembinaan document")
    const missing = await inProcess(["document", join(out, "nope.json"), "--kind", "skp", "--out", out])
    expect([missing.code, JSON.parse(missing.stderr).error]).toEqual([1, "FileUnreadable"])
  })
})
