import { conditionText, handbook, presets } from "@pembinaan/cli"
import { Quadrant } from "@pembinaan/core"
import { describe, expect, it } from "vitest"

// Every handbook is regenerated here and checked to contain every rule of its policy.
describe.each(Object.entries(presets))("handbook of preset %s", (_name, preset) => {
  it.each(["id", "en"] as const)("in %s contains every indicator, weight, band, cell, rule and citation", (lang) => {
    const text = handbook(preset.policy, { lang, rules: preset.rules })
    const { policy, rules } = preset
    for (const d of policy.indicators) expect(text).toContain(`\`${d.id}\``)
    for (const s of policy.scorecards) {
      expect(text).toContain(`(\`${s.id}\`)`)
      for (const w of s.weights) expect(text).toContain(`| ${w.weight} |`)
    }
    if (policy.hasilKerja.source === "indicators") {
      for (const b of policy.hasilKerja.bands.bands) expect(text).toContain(`| ${b.label} | ${b.lower} |`)
      for (const b of policy.hasilKerja.mapping.bands) expect(text).toContain(`| ${b.label} | ${b.lower} |`)
    }
    for (const h of Quadrant.ratings) {
      const row = Quadrant.ratings.map((p) => policy.quadrant.cells[h][p]).join(" | ")
      expect(text).toContain(`| ${h} | ${row} |`)
    }
    for (const r of rules.rules) {
      expect(text).toContain(`#### \`${r.id}\`: ${r.description}`)
      expect(text).toContain(conditionText(r.when, lang))
    }
    for (const o of rules.outcomes) expect(text).toContain(`\`${o.id}\``)
    for (const c of [...policy.legalBasis, ...rules.legalBasis]) expect(text).toContain(c.regulation)
    // each preset states whether it rounds before banding, with an example when it does
    if (policy.hasilKerja.source === "indicators") {
      const yes = lang === "id" ? "Pembulatan sebelum penentuan pita: ya." : "Rounds before banding: yes."
      const no = lang === "id" ? "Pembulatan sebelum penentuan pita: tidak." : "Rounds before banding: no."
      expect(text.includes(yes) !== text.includes(no)).toBe(true)
      if (text.includes(yes)) expect(text).toMatch(lang === "id" ? /\d+,\d+5 → \d+,\d+ → / : /\d+\.\d+5 → \d+\.\d+ → /)
    }
    // the worked examples were computed, not failed
    expect(text).not.toContain('"_tag":"InvalidInput"')
    expect(text.match(/\*\*(Sangat Baik|Baik|Butuh Perbaikan|Kurang\/Misconduct|Sangat Kurang)\*\*/g)?.length).toBe(3)
  })
})

describe("the handbook shows the preset's policy document file", () => {
  const dir = new URL("../../core/src/presets/policies/", import.meta.url)
  it.each(Object.keys(presets))("%s: the JSON block is policies/<name>.json", async (name) => {
    const { readFileSync } = await import("node:fs")
    const preset = presets[name]
    if (!preset) throw new Error(name)
    const file: unknown = JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8"))
    for (const lang of ["id", "en"] as const) {
      const text = handbook(preset.policy, { lang, rules: preset.rules })
      const block = text.split("```json\n")[1]?.split("\n```")[0] ?? ""
      expect(JSON.parse(block)).toEqual(file)
    }
  })
})
