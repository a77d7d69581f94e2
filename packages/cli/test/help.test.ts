import { Readable } from "node:stream"
import { commands, type Io, main } from "@pembinaan/cli"
import { describe, expect, it } from "vitest"

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

const usage = { id: "Pemakaian", en: "Usage" } as const

describe("--help for every command, in Indonesian and English", () => {
  it.each(["id", "en"] as const)("pembinaan --help (%s) lists every command with its summary", async (lang) => {
    const r = await run(["--help", "--lang", lang])
    expect(r.code).toBe(0)
    for (const c of commands) {
      expect(r.stdout).toContain(`  ${c.usage}`)
      expect(r.stdout).toContain(c.summary[lang])
    }
    for (const name of ["document", "import", "policy export", "policy sql", "serve"]) {
      expect(commands.map((c) => c.path.join(" "))).toContain(name)
    }
  })

  const cases = commands.flatMap((c) => (["id", "en"] as const).map((lang) => [c.path.join(" "), lang] as const))
  it.each(cases)("pembinaan %s --help (%s): exit 0, its usage line, every option it accepts", async (name, lang) => {
    const command = commands.find((c) => c.path.join(" ") === name)
    if (!command) throw new Error(name)
    const r = await run([...command.path, "--help", "--lang", lang])
    expect([r.code, r.stderr]).toEqual([0, ""])
    expect(r.stdout.trim()).not.toBe("")
    expect(r.stdout.startsWith(`${usage[lang]}: pembinaan ${name}`)).toBe(true)
    const other = command.help[lang === "id" ? "en" : "id"]
    expect(r.stdout).not.toBe(other)
    const missing = Object.keys(command.options).filter((o) => !r.stdout.includes(`--${o}`))
    expect(missing).toEqual([])
  })
})
