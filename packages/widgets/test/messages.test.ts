import { describe, expect, it } from "vitest"
import { messages, sections } from "../src/messages.js"

// Component and internal sources, as text: which catalogue each one imports.
const sources = import.meta.glob(["../src/components/*/*.ts", "../src/internal/*.ts", "../src/number.ts"], {
  query: "?raw",
  import: "default",
  eager: true
}) as Record<string, string>

describe("message sections", () => {
  it("give every id once, so joining sections never overrides a text", () => {
    const ids = sections.flatMap((s) => Object.keys(s.id))
    expect(ids.length).toBeGreaterThan(250)
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.keys(messages("id")).sort()).toEqual([...ids].sort())
  })

  it("define every id in English too", () => {
    for (const s of sections) expect(Object.keys(s.en).sort()).toEqual(Object.keys(s.id).sort())
    expect(Object.keys(messages("en")).sort()).toEqual(Object.keys(messages("id")).sort())
  })

  it("are what messages(locale) returns for each locale", () => {
    expect(messages("id").submit).toBe("Kirim")
    expect(messages("en").submit).toBe("Submit")
    expect(messages("id").jp).toBe("JP")
  })

  it("are imported section by section: no widget source pulls in the whole catalogue", () => {
    const files = Object.entries(sources).filter(([path]) => !path.endsWith(".test.ts"))
    expect(files.length).toBeGreaterThan(20)
    const whole = files.filter(([, text]) => /^import (?!type )[^;]*from "(\.\.\/)+messages\.js"/m.test(text))
    expect(whole.map(([path]) => path)).toEqual([])
  })
})
