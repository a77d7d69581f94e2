import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { handbook, presets } from "@pembinaan/cli"
import { describe, expect, it } from "vitest"

const docs = fileURLToPath(new URL("../../../docs/handbook/presets/", import.meta.url))

// The committed handbooks are what `pnpm run docs` generates from the policy data: a changed policy without
// regenerated docs fails here.
describe("committed preset handbooks", () => {
  it.each(Object.keys(presets).flatMap((name) => (["id", "en"] as const).map((lang) => [name, lang] as const)))(
    "%s.%s.md is up to date",
    (name, lang) => {
      const preset = presets[name]
      if (!preset) throw new Error(name)
      expect(readFileSync(`${docs}${name}.${lang}.md`, "utf8")).toBe(
        handbook(preset.policy, { lang, rules: preset.rules })
      )
    }
  )
})
