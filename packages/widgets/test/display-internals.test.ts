import { describe, expect, it } from "vitest"
import { barLayout, type ChartSpec, lineLayout } from "../src/internal/chart.js"
import { BOM, csvBlob, csvField, fileName, neutralise, toCsv } from "../src/internal/csv.js"
import { windowOf } from "../src/internal/virtual-list.js"
import { formatDecimal } from "../src/number.js"

describe("CSV (RFC 4180, Excel, injection)", () => {
  it("quotes fields with commas, quotes and line breaks, doubling quotes; CRLF line ends", () => {
    expect(
      toCsv([
        ["a", "b,c", 'say "hi"', "x\ny"],
        [1, -2.5, null, undefined]
      ])
    ).toBe('a,"b,c","say ""hi""","x\ny"\r\n1,-2.5,,\r\n')
  })

  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["-2.5", "-2.5"],
    ["Baik", "Baik"]
  ])("neutralises %j", (input, out) => {
    expect(neutralise(input)).toBe(out)
  })

  it("quotes a neutralised field when needed", () => {
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"')
  })

  it("prefixes the UTF-8 byte-order mark for Excel", async () => {
    const bytes = new Uint8Array(await csvBlob("é\r\n").arrayBuffer())
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x0d, 0x0a])
    expect(BOM).toBe("\uFEFF")
  })

  it("makes safe file names", () => {
    expect(fileName("IKM Dinas/Kesehatan 2026-S1")).toBe("ikm-dinas-kesehatan-2026-s1.csv")
    expect(fileName("")).toBe("data.csv")
  })
})

describe("virtual window", () => {
  const base = { viewport: 400, rowHeight: 40, count: 10_000, overscan: 5 }
  it("covers the viewport plus overscan, with spacers for the rest", () => {
    expect(windowOf({ ...base, scrollTop: 0 })).toEqual({ start: 0, end: 16, before: 0, after: (10_000 - 16) * 40 })
    const w = windowOf({ ...base, scrollTop: 40 * 5000 })
    expect(w.start).toBe(4995)
    expect(w.end).toBe(5016)
    expect(w.before + (w.end - w.start) * 40 + w.after).toBe(10_000 * 40)
  })

  it("clamps at the end and for tiny lists", () => {
    expect(windowOf({ ...base, scrollTop: 10_000_000 }).end).toBe(10_000)
    expect(windowOf({ ...base, count: 3, scrollTop: 0 })).toEqual({ start: 0, end: 3, before: 0, after: 0 })
  })
})

describe("chart layout", () => {
  const spec: ChartSpec = {
    id: "c",
    kind: "bar",
    title: "t",
    description: "d",
    categoryLabel: "k",
    categories: ["a", "b"],
    series: [
      { label: "s1", values: [5, 10], texts: ["5", "10"] },
      { label: "s2", values: [null, 20], texts: ["", "20"] }
    ]
  }

  it("scales bars to the largest value and leaves out missing values", () => {
    const l = barLayout(spec)
    expect(l.bars).toHaveLength(3)
    const widths = l.bars.map((b) => b.width)
    expect(widths[2]).toBeGreaterThan(widths[1] ?? 0)
    expect((widths[1] ?? 0) / (widths[2] ?? 1)).toBeCloseTo(0.5)
    expect(l.bars.map((b) => b.text)).toEqual(["5", "10", "20"])
  })

  it("spreads line points over the periods, higher values higher up", () => {
    const l = lineLayout({ ...spec, kind: "line", min: 0, max: 20 })
    const [p0, p1] = l.points[0] ?? []
    expect(p0?.x).toBeLessThan(p1?.x ?? 0)
    expect(p1?.y).toBeLessThan(p0?.y ?? 0)
    expect(l.points[1]).toHaveLength(1)
  })
})

describe("formatDecimal", () => {
  it.each([
    ["1234.50", "id", "1.234,50"],
    ["1234.50", "en", "1,234.50"],
    ["-0.5", "id", "-0,5"],
    ["5.00", "id", "5,00"],
    ["4/3 ≈ 1.333333", "id", "4/3 ≈ 1,333333"],
    ["abc", "id", "abc"]
  ] as const)("%s (%s) → %s", (input, locale, out) => {
    expect(formatDecimal(input, locale)).toBe(out)
  })
})
