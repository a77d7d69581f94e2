/**
 * The organisation of a region: perangkat daerah (dinas, badan, kecamatan, …) and the unit kerja under them, as one
 * tree, with each unit's own indicators, its IKM and whether it is `remote` (far from the centre: development
 * suggestions prefer distance forms there).
 *
 * Rules checked by {@link problems}: ids are unique; a perangkat daerah has no parent; a unit kerja has a parent that
 * exists; the parent links form no cycle. Every problem has its path.
 *
 * @since 0.2.0
 */
import { Result, Schema } from "effect"
import * as Input from "./Input.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The two levels of the tree.
 *
 * @category models
 * @since 0.2.0
 */
export const Level = Schema.Literals(["perangkat-daerah", "unit-kerja"])

/**
 * @category models
 * @since 0.2.0
 */
export type Level = typeof Level.Type

/**
 * One of the unit's own performance indicators (for example an IKU of the Perjanjian Kinerja), with target and,
 * once known, realisasi.
 *
 * @category models
 * @since 0.2.0
 */
export const UnitIndicator = Schema.Struct({
  id: Schema.NonEmptyString,
  name: Schema.NonEmptyString,
  target: Schema.optionalKey(Schema.Finite),
  realisasi: Schema.optionalKey(Schema.Finite),
  satuan: Schema.optionalKey(Schema.String)
})

/**
 * @category models
 * @since 0.2.0
 */
export type UnitIndicator = typeof UnitIndicator.Type

/**
 * A unit of the tree.
 *
 * @category models
 * @since 0.2.0
 */
export const Unit = Schema.Struct({
  id: Schema.NonEmptyString,
  name: Schema.NonEmptyString,
  level: Level,
  parent: Schema.optionalKey(Schema.NonEmptyString),
  remote: Schema.Boolean,
  indicators: Schema.optionalKey(Schema.Array(UnitIndicator)),
  /** The unit's Indeks Kepuasan Masyarakat (0–100), when it serves the public and has measured it. */
  ikm: Schema.optionalKey(Schema.Finite.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 100 }))))
})

/**
 * @category models
 * @since 0.2.0
 */
export type Unit = typeof Unit.Type

/**
 * The organisation of one region (pemerintah kabupaten/kota or provinsi).
 *
 * @category models
 * @since 0.2.0
 */
export const Tree = Schema.Struct({
  region: Schema.NonEmptyString,
  units: Schema.Array(Unit)
})

/**
 * @category models
 * @since 0.2.0
 */
export type Tree = typeof Tree.Type

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every structural problem of a tree, with its path.
 *
 * @example
 * ```ts
 * import { Unit } from "@pembinaan/core"
 * Unit.problems({ region: "Kota X", units: [{ id: "u", name: "U", level: "unit-kerja", remote: false }] })
 * // => [{ path: ["units", 0, "parent"], code: "missing-parent", … }]
 * ```
 *
 * @category validation
 * @since 0.2.0
 */
export const problems = (tree: Tree): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const index = new Map<string, number>()
  tree.units.forEach((u, i) => {
    const before = index.get(u.id)
    if (before !== undefined) {
      out.push({
        path: ["units", i, "id"],
        code: "duplicate",
        message: `unit id "${u.id}" is already used at ${before}`
      })
    } else index.set(u.id, i)
  })
  tree.units.forEach((u, i) => {
    if (u.level === "perangkat-daerah" && u.parent !== undefined) {
      out.push({ path: ["units", i, "parent"], code: "root-with-parent", message: "a perangkat daerah has no parent" })
    }
    if (u.level === "unit-kerja") {
      if (u.parent === undefined) {
        out.push({ path: ["units", i, "parent"], code: "missing-parent", message: "a unit kerja needs its parent" })
      } else if (!index.has(u.parent)) {
        out.push({ path: ["units", i, "parent"], code: "unknown-parent", message: `no unit "${u.parent}"` })
      }
    }
  })
  if (out.length === 0) {
    tree.units.forEach((u, i) => {
      const seen = new Set<string>([u.id])
      let p = u.parent
      while (p !== undefined) {
        if (seen.has(p)) {
          out.push({ path: ["units", i, "parent"], code: "cycle", message: `"${u.id}" is its own ancestor` })
          break
        }
        seen.add(p)
        p = tree.units[index.get(p) ?? -1]?.parent
      }
    })
  }
  return out
}

/**
 * Decodes and checks a tree.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decode = (input: unknown): Result.Result<Tree, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Tree, "UnitTree")(input), (tree) => {
    const found = problems(tree)
    return found.length === 0
      ? Result.succeed(tree)
      : Result.fail(new Input.InvalidInput({ subject: "UnitTree", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// getters
// ---------------------------------------------------------------------------------------------------------------

/**
 * A unit by id.
 *
 * @category getters
 * @since 0.2.0
 */
export const get = (tree: Tree, id: string): Unit | undefined => tree.units.find((u) => u.id === id)

/**
 * The ids from a unit up to its perangkat daerah, the unit first. Unknown ids give `[]`; a cycle stops the walk.
 *
 * @example
 * ```ts
 * import { Unit } from "@pembinaan/core"
 * // Unit.path(tree, "seksi-1") // => ["seksi-1", "bidang-a", "dinas-x"]
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const path = (tree: Tree, id: string): ReadonlyArray<string> => {
  const out: Array<string> = []
  let u = get(tree, id)
  while (u && !out.includes(u.id)) {
    out.push(u.id)
    u = u.parent === undefined ? undefined : get(tree, u.parent)
  }
  return out
}

/**
 * The perangkat daerah a unit belongs to (itself when it is one), or `undefined` for an unknown unit.
 *
 * @category getters
 * @since 0.2.0
 */
export const perangkatDaerahOf = (tree: Tree, id: string): Unit | undefined => {
  const p = path(tree, id)
  const top = p[p.length - 1]
  const unit = top === undefined ? undefined : get(tree, top)
  return unit?.level === "perangkat-daerah" ? unit : undefined
}

/**
 * Whether `id` lies in the subtree of `ancestor` (a unit contains itself).
 *
 * @category getters
 * @since 0.2.0
 */
export const contains = (tree: Tree, ancestor: string, id: string): boolean => path(tree, id).includes(ancestor)

/**
 * The ids of a unit's subtree, the unit first (depth first, in tree order).
 *
 * @category getters
 * @since 0.2.0
 */
export const descendants = (tree: Tree, id: string): ReadonlyArray<string> => {
  if (!get(tree, id)) return []
  const out: Array<string> = []
  const visit = (u: string) => {
    if (out.includes(u)) return
    out.push(u)
    for (const c of tree.units) if (c.parent === u) visit(c.id)
  }
  visit(id)
  return out
}
