import { Employee } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { CAMAT, directory, KABID, KADIS, STAFF } from "./fixtures-org.js"

const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}

describe("Employee.decodeDirectory", () => {
  it("accepts the fixture", () => {
    expect(ok(Employee.decodeDirectory(directory)).length).toBe(5)
  })

  it("refuses a bad NIP, status and kelas with paths", () => {
    const bad = [{ ...directory[0], nip: "1.97501E+17", status: "honorer" }]
    const r = Employee.decodeDirectory(bad)
    const paths = Result.isFailure(r) ? r.failure.problems.map((p) => p.path.join(".")) : []
    expect(paths).toEqual(expect.arrayContaining(["0.nip", "0.status"]))
    const k = Employee.decodeDirectory([
      {
        ...directory[0],
        placements: [{ ...directory[0]?.placements[0], jabatan: { kind: "struktural", name: "X", kelas: 18 } }]
      }
    ])
    expect(Result.isFailure(k) && k.failure.problems[0]?.path).toEqual([0, "placements", 0, "jabatan", "kelas"])
  })

  it.each([
    ["duplicate NIP", [directory[0], directory[0]], ["1.nip", "duplicate"]],
    [
      "placement ending before it starts",
      [{ ...directory[0], placements: [{ ...directory[0]?.placements[0], until: "2019-01-01" }] }],
      ["0.placements.0.until", "empty-range"]
    ],
    [
      "own atasan",
      [{ ...directory[0], placements: [{ ...directory[0]?.placements[0], atasan: KADIS }] }],
      ["0.placements.0.atasan", "self"]
    ],
    [
      "unknown atasan",
      [{ ...directory[0], placements: [{ ...directory[0]?.placements[0], atasan: CAMAT }] }],
      ["0.placements.0.atasan", "unknown"]
    ],
    [
      "overlapping placements",
      [
        {
          ...directory[0],
          placements: [
            { ...directory[0]?.placements[0], until: "2022-06-30" },
            { ...directory[0]?.placements[0], from: "2022-06-30" }
          ]
        }
      ],
      ["0.placements.1.from", "overlap"]
    ]
  ])("refuses %s", (_, input, expected) => {
    const r = Employee.decodeDirectory(input)
    expect(Result.isFailure(r) && r.failure.problems.map((p) => [p.path.join("."), p.code])).toEqual([expected])
  })
})

describe("Employee.chain: the atasan chain as of a date", () => {
  it("follows the placement in force on each side of a move", () => {
    const before = ok(Employee.chain(directory, STAFF, "2025-12-31"))
    expect(before.placement.unit).toBe("kec-utara")
    expect(before.pejabatPenilai?.nip).toBe(CAMAT)
    expect(before.atasanPejabatPenilai).toBeUndefined()
    const after = ok(Employee.chain(directory, STAFF, "2026-01-01"))
    expect(after.pejabatPenilai?.nip).toBe(KABID)
    expect(after.atasanPejabatPenilai?.nip).toBe(KADIS)
    expect(after.superiors).toEqual([KABID, KADIS])
  })

  it("fails for an unknown NIP, a date without placement, and a loop", () => {
    expect(Result.isFailure(Employee.chain(directory, "199901012020011009", "2026-01-01"))).toBe(true)
    const r = Employee.chain(directory, STAFF, "2019-06-30")
    expect(Result.isFailure(r) && r.failure._tag).toBe("NotPlaced")
    const loop = directory.map((e) =>
      e.nip === KADIS ? { ...e, placements: [{ ...e.placements[0], atasan: STAFF }] } : e
    ) as unknown as Employee.Directory
    const c = Employee.chain(loop, STAFF, "2026-03-01")
    expect(Result.isFailure(c) && c.failure._tag).toBe("AtasanCycle")
  })

  it("lists direct subordinates on a date", () => {
    expect(Employee.subordinates(directory, KABID, "2026-06-01").map((e) => e.name)).toEqual([
      "Budi Pegawai",
      "Rekan Sejawat"
    ])
    expect(Employee.subordinates(directory, KABID, "2025-06-01").map((e) => e.name)).toEqual(["Rekan Sejawat"])
  })
})
