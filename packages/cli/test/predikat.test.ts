import { describe, expect, it } from "vitest"
import { pembinaan } from "./run.js"

describe("pembinaan predikat (as a process)", () => {
  it("prints the predikat and exits 0", async () => {
    const r = await pembinaan(["predikat", "--hasil", "Diatas Ekspektasi", "--perilaku", "Dibawah Ekspektasi"])
    expect([r.code, JSON.parse(r.stdout)]).toEqual([0, { predikat: "Kurang/Misconduct" }])
  })

  it("exits 1 with a typed error for an unknown rating", async () => {
    const r = await pembinaan(["predikat", "--hasil", "Istimewa", "--perilaku", "Sesuai Ekspektasi"])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stderr)).toMatchObject({ error: "UnknownRating", field: "hasilKerja", value: "Istimewa" })
    expect(r.stdout).toBe("")
  })

  it("exits 2 when an option is missing or unknown", async () => {
    expect((await pembinaan(["predikat", "--hasil", "Diatas Ekspektasi"])).code).toBe(2)
    expect((await pembinaan(["predikat", "--bogus", "x"])).code).toBe(2)
    expect((await pembinaan(["frobnicate"])).code).toBe(2)
  })

  it("has help in Indonesian and English", async () => {
    const id = await pembinaan(["predikat", "--help"])
    const en = await pembinaan(["predikat", "--help", "--lang", "en"])
    expect([id.code, en.code]).toEqual([0, 0])
    expect(id.stdout).toContain("Pemakaian: pembinaan predikat")
    expect(en.stdout).toContain("Usage: pembinaan predikat")
    const top = await pembinaan(["--help"], undefined, { LANG: "en_US.UTF-8" })
    expect(top.stdout).toContain("Commands:")
  })
})
