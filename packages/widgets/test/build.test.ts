/**
 * The source transforms of the browser bundles (build/browser.mjs): they may only drop what nothing uses and
 * whitespace, never change a value or a CSS rule.
 */
import { describe, expect, it } from "vitest"
// @ts-expect-error: a plain ES module of the build, without type declarations
import { minifyCssTemplate, pureLiterals } from "../build/browser.mjs"

const minify = minifyCssTemplate as (css: string) => string
const wrap = pureLiterals as (code: string) => string

describe("minifyCssTemplate", () => {
  it("drops comments and whitespace, keeps strings, descendant selectors and spaces CSS reads", () => {
    const css = `
      :host {
        display: block; /* a note */
        font: 14px/1.4 system-ui, sans-serif;
      }
      a :hover, b > c { width: calc(100% - 2px); content: "a  b"; }
      @media (max-width: 480px) { .x { color: red } }
    `
    expect(minify(css)).toBe(
      ' :host{display:block;font:14px/1.4 system-ui,sans-serif;}a :hover,b > c{width:calc(100% - 2px);content:"a  b";}@media (max-width:480px){.x{color:red}}'
    )
  })
})

describe("pureLiterals", () => {
  const source = [
    "const base = {",
    "  a: 1",
    "}",
    "export const spread = {",
    "  ...base,",
    "  b: [1, 2].map((x) => x * 2)",
    "}",
    "export const list = [",
    "  1,",
    "  2",
    "] as const",
    "export const mapped = [",
    "  1",
    "].map((x) => x + 1)"
  ].join("\n")

  it("wraps each top-level literal in a pure call, and leaves a literal closed by something else alone", () => {
    const out = wrap(source)
    expect(out).toContain("const base = /*#__PURE__*/ (() => ({\n  a: 1\n}))()")
    expect(out).toContain("export const list = /*#__PURE__*/ (() => ([\n  1,\n  2\n] as const))()")
    expect(out).toContain("export const mapped = [\n  1\n].map((x) => x + 1)")
  })

  it("gives the same values", () => {
    const run = (code: string) =>
      new Function(`${code.replace(/export /g, "").replace(/ as const/g, "")}; return { base, spread, list, mapped }`)()
    expect(run(wrap(source))).toEqual(run(source))
  })
})
