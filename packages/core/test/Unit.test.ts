import { Unit } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { tree } from "./fixtures-org.js"

const codes = (t: unknown) => {
  const r = Unit.decode(t)
  return Result.isFailure(r) ? r.failure.problems.map((p) => [p.path.join("."), p.code]) : []
}

describe("Unit", () => {
  it("decodes a valid tree", () => {
    expect(Result.isSuccess(Unit.decode(tree))).toBe(true)
  })

  it("walks up to the perangkat daerah", () => {
    expect(Unit.path(tree, "dinkes-yankes-rujukan")).toEqual(["dinkes-yankes-rujukan", "dinkes-yankes", "dinkes"])
    expect(Unit.perangkatDaerahOf(tree, "dinkes-yankes-rujukan")?.id).toBe("dinkes")
    expect(Unit.perangkatDaerahOf(tree, "kec-utara")?.remote).toBe(true)
    expect(Unit.perangkatDaerahOf(tree, "nope")).toBeUndefined()
    expect(Unit.contains(tree, "dinkes", "dinkes-yankes-rujukan")).toBe(true)
    expect(Unit.contains(tree, "kec-utara", "dinkes-yankes")).toBe(false)
    expect(Unit.descendants(tree, "dinkes")).toEqual(["dinkes", "dinkes-yankes", "dinkes-yankes-rujukan"])
    expect(Unit.descendants(tree, "nope")).toEqual([])
  })

  it.each([
    ["duplicate id", [...tree.units, tree.units[0]], [["units.4.id", "duplicate"]]],
    [
      "a perangkat daerah with a parent",
      [{ ...tree.units[0], parent: "kec-utara" }, ...tree.units.slice(1)],
      [["units.0.parent", "root-with-parent"]]
    ],
    [
      "a unit kerja without parent",
      [{ id: "x", name: "X", level: "unit-kerja", remote: false }],
      [["units.0.parent", "missing-parent"]]
    ],
    [
      "an unknown parent",
      [{ id: "x", name: "X", level: "unit-kerja", parent: "y", remote: false }],
      [["units.0.parent", "unknown-parent"]]
    ],
    [
      "a cycle",
      [
        { id: "a", name: "A", level: "unit-kerja", parent: "b", remote: false },
        { id: "b", name: "B", level: "unit-kerja", parent: "a", remote: false }
      ],
      [
        ["units.0.parent", "cycle"],
        ["units.1.parent", "cycle"]
      ]
    ]
  ])("refuses %s", (_, units, expected) => {
    expect(codes({ region: "R", units })).toEqual(expected)
  })

  it("refuses an IKM above 100 with its path", () => {
    const r = Unit.decode({ region: "R", units: [{ ...tree.units[0], ikm: 101 }] })
    expect(Result.isFailure(r) && r.failure.problems[0]?.path).toEqual(["units", 0, "ikm"])
  })
})
