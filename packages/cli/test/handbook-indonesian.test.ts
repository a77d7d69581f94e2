// The Indonesian policy handbook (`pembinaan handbook --lang id`) of every preset policy, as a policy team reads it:
// no English word that leaked in and no number with a decimal point, checked with the same word list as the widgets'
// and the portal's Indonesian texts (packages/widgets/test/indonesian.ts). Code, inline code and addresses are left
// out: they are data and ids, not prose.
import { Presets } from "@pembinaan/core"
import { describe, expect, it } from "vitest"
import { handbook } from "../src/handbook.js"

// loaded by path: the cli's TypeScript project does not reach into the widgets' tests
const shared = new URL("../../widgets/test/indonesian.ts", import.meta.url).href
const { englishWords } = (await import(/* @vite-ignore */ shared)) as { englishWords: ReadonlyArray<string> }

const prose = (markdown: string): string => markdown.replace(/```[\s\S]*?```|`[^`\n]*`|\S*:\/\/\S*/g, "")
const words = new RegExp(`(?<![\\p{L}\\d-])(${englishWords.join("|")})(?![\\p{L}\\d-])`, "giu")
const decimalPoint = /(?<![\d.\p{L}])\d+\.(?:\d{1,2}|\d{4,})(?![\d.\p{L}])/gu
const problems = (text: string): ReadonlyArray<string> =>
  [...text.matchAll(words), ...text.matchAll(decimalPoint)].map(
    (m) => `"${m[0]}" in "${text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 40).replace(/\s+/g, " ")}"`
  )

describe("the Indonesian handbook of every preset", () => {
  it.each([
    ["national", Presets.nationalPolicy.policy],
    ["bukittinggi", Presets.bukittinggi.policy],
    ["muaratebo", Presets.muaratebo.policy],
    ["sawahlunto", Presets.sawahlunto.policy]
  ] as const)("%s: no English word and no decimal point", (_, policy) => {
    expect(problems(prose(handbook(policy, { lang: "id" })))).toEqual([])
  })

  it("the check finds what it looks for", () => {
    expect(problems("Nilai 40.25 dibulatkan half-up; the value")).toHaveLength(4)
    expect(problems(prose("Nilai `0.5` dan https://a.go.id/1.25 di `half-up`"))).toEqual([])
  })
})
