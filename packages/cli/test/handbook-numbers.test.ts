import { Presets } from "@pembinaan/core"
import { describe, expect, it } from "vitest"
import { handbook, indonesianNumbers } from "../src/handbook.js"

describe("Indonesian handbook numbers", () => {
  it("writes decimals with the decimal comma and leaves versions, code and addresses alone", () => {
    expect(indonesianNumbers("Nilai 40.25 dan 76.61; 13500/127 ≈ 106.299213.")).toBe(
      "Nilai 40,25 dan 76,61; 13500/127 ≈ 106,299213."
    )
    expect(indonesianNumbers("versi 1.0.0, `0.5`, https://example.go.id/a/1.2, 1. butir")).toBe(
      "versi 1.0.0, `0.5`, https://example.go.id/a/1.2, 1. butir"
    )
    expect(indonesianNumbers('```json\n{"x": 0.5}\n```\n0.5')).toBe('```json\n{"x": 0.5}\n```\n0,5')
  })

  it("has no decimal point in a number of any Indonesian preset handbook, and the English one keeps its points", () => {
    for (const policy of [Presets.bukittinggi.policy, Presets.nationalPolicy.policy]) {
      const id = handbook(policy, { lang: "id" })
      const prose = id.replace(/```[\s\S]*?```|`[^`\n]*`|\S*:\/\/\S*/g, "")
      expect(prose.match(/(?<![\d.])\d+\.\d+(?![\d]|\.\d)/g) ?? []).toEqual([])
    }
    const en = handbook(Presets.bukittinggi.policy, { lang: "en" })
    expect(en).toMatch(/\d\.\d/)
  })
})
