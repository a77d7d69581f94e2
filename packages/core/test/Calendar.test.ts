import { describe, expect, it } from "vitest"
import { Calendar } from "../src/index.js"

describe("Calendar.longDate", () => {
  it("writes an ISO date out in Indonesian (default) or English, and leaves anything else unchanged", () => {
    expect(Calendar.longDate("2027-01-27")).toBe("27 Januari 2027")
    expect(Calendar.longDate("2026-12-02", "id")).toBe("2 Desember 2026")
    expect(Calendar.longDate("2026-12-02", "en")).toBe("2 December 2026")
    expect(Calendar.longDate("2028-02-29", "en")).toBe("29 February 2028")
    for (const bad of ["2026-02-30", "2026-13-01", "27-01-2027", "", "kemarin"])
      expect(Calendar.longDate(bad)).toBe(bad)
  })
})

describe("Calendar.monthName", () => {
  it("names months 1–12 in both languages and nothing else", () => {
    expect([1, 12].map((m) => Calendar.monthName(m))).toEqual(["Januari", "Desember"])
    expect(Calendar.monthName(8, "en")).toBe("August")
    for (const bad of [0, 13, 1.5, Number.NaN]) expect(Calendar.monthName(bad)).toBeUndefined()
  })
})
