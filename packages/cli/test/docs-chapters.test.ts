// The policy-team chapters exist in Indonesian and English, link to each other, are linked from the Indonesian front
// page, and the Indonesian text is written for a policy team: decimal comma, "BELUM DIKONFIRMASI", and no code
// module names outside the marked developer box at the end.
import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const docs = fileURLToPath(new URL("../../../docs/", import.meta.url))
const read = (path: string) => readFileSync(`${docs}${path}`, "utf8")

/** Each chapter as [Indonesian, English]: `x.id.md` beside `x.md`. */
const chapters: ReadonlyArray<readonly [string, string]> = [
  ...[
    "getting-started/policy-team",
    "glossary",
    "handbook/performance-scoring",
    "handbook/citizen-and-360-feedback",
    "handbook/competency-development-talent",
    "handbook/rewards-remediation",
    "handbook/cycle",
    "handbook/input-formats",
    "handbook/programmes"
  ].map((c) => [`${c}.id.md`, `${c}.md`] as const)
]

/** One chapter per programme type, linked from the programmes overview rather than from the front page. */
const programmeChapters: ReadonlyArray<readonly [string, string]> = [
  "training",
  "evaluation",
  "elearning",
  "mentoring",
  "coaching",
  "forums",
  "activity-reports"
].map((c) => [`handbook/programme-${c}.id.md`, `handbook/programme-${c}.md`] as const)

// loaded by path: the cli's TypeScript project does not reach into the widgets' tests
const shared = new URL("../../widgets/test/indonesian.ts", import.meta.url).href
const { englishWords } = (await import(/* @vite-ignore */ shared)) as { englishWords: ReadonlyArray<string> }
const english = new RegExp(`(?<![\\p{L}\\d-])(${englishWords.join("|")})(?![\\p{L}\\d-])`, "giu")

const base = (path: string) => path.slice(path.lastIndexOf("/") + 1)
const modules = [
  ...readFileSync(new URL("../../core/src/index.ts", import.meta.url), "utf8").matchAll(/export \* as (\w+)/g)
]
  .map((m) => m[1])
  .concat("Presets")
/** The Indonesian prose a policy team reads: without code, addresses, section numbers and the developer box. */
const prose = (md: string) =>
  md
    .replace(/\n> \*\*Rujukan pengembang[\s\S]*$/, "")
    .replace(/```[\s\S]*?```/g, "")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/\S*:\/\/\S*|\b[\w.-]+\.(?:com|go\.id)\/\S*/g, "")
    .replace(/^#+ [\d.]+/gm, "")
    .replace(/§[\d.]+/g, "")

describe("policy-team chapters in both languages", () => {
  it.each([...chapters, ...programmeChapters])("%s and %s exist and link to each other", (id, en) => {
    expect(existsSync(`${docs}${id}`)).toBe(true)
    expect(existsSync(`${docs}${en}`)).toBe(true)
    expect(read(id)).toContain(`](${base(en)})`)
    expect(read(en)).toContain(`](${base(id)})`)
  })

  it.each(chapters)("the front page links %s", (id) => {
    expect(read("index.md")).toContain(`](${id})`)
  })

  it.each(programmeChapters)("the programmes overview links %s and %s", (id, en) => {
    expect(read("handbook/programmes.id.md")).toContain(`](${base(id)})`)
    expect(read("handbook/programmes.md")).toContain(`](${base(en)})`)
  })

  it.each(programmeChapters)("%s has no English word of the Indonesian-text check", (id) => {
    const words = prose(read(id)).replace(/`[^`\n]*`/g, "")
    expect([...words.matchAll(english)].map((m) => m[0])).toEqual([])
  })

  it.each([...chapters, ...programmeChapters])("%s is written for a policy team", (id, en) => {
    const md = read(id)
    const text = prose(md)
    const inline = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? "")
    // no module name (`Policy`, `Survey.score`, `Presets.skm`) or package name outside the developer box
    expect(inline.filter((code) => modules.includes(/^([A-Za-z]+)(?:$|[.(])/.exec(code)?.[1] ?? ""))).toEqual([])
    expect(text).not.toContain("@pembinaan/")
    // regulation wording in Indonesian (data values in code, such as "unconfirmed-formula", stay as they are)
    const words = text.replace(/`[^`\n]*`/g, "")
    expect(words).not.toMatch(/UNCONFIRMED|half-up|rounded|\bwarning/i)
    if (read(en).includes("UNCONFIRMED")) expect(words).toContain("BELUM DIKONFIRMASI")
    // decimal comma: no "40.25" outside code (thousands groups such as 10.000 and versions such as 0.4.0 are fine)
    expect(words.match(/(?<![\d.])\d+\.\d+(?![\d]|\.\d)/g)?.filter((n) => !/^\d{1,3}\.\d{3}$/.test(n)) ?? []).toEqual(
      []
    )
  })
})
