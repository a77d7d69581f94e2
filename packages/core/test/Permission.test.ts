import { Permission } from "@pembinaan/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { CAMAT, directory, KABID, KADIS, PEER, STAFF, tree } from "./fixtures-org.js"

type Situation = "self" | "pp" | "app" | "peer" | "other" | "outside"
const situations: Record<Situation, Permission.Relation> = {
  self: { self: true, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: true, sameRegion: true },
  pp: { self: false, pejabatPenilai: true, atasanPejabatPenilai: false, sameUnit: true, sameRegion: true },
  app: { self: false, pejabatPenilai: false, atasanPejabatPenilai: true, sameUnit: true, sameRegion: true },
  peer: { self: false, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: true, sameRegion: true },
  other: { self: false, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: false, sameRegion: true },
  outside: { self: false, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: false, sameRegion: false }
}
const institutional = ["pegawai", "admin-bkpsdm", "tim-kebijakan", "auditor"] as const
const REGION: ReadonlyArray<Situation> = ["self", "pp", "app", "peer", "other"]

// The national table written out as "who may, in which situation", independently of the grant list:
// `pp`/`app` apply to an actor of any institutional role standing in that relation.
const spec: Record<Permission.Action, { readonly [role: string]: ReadonlyArray<Situation> }> = {
  "skp.propose": { pegawai: ["self"], any: ["pp"] },
  "skp.agree": { pegawai: ["self"], any: ["pp"] },
  "skp.change": { pegawai: ["self"], any: ["pp"] },
  "realisasi.record": { pegawai: ["self"] },
  "feedback.give": { pegawai: ["pp", "app", "peer"], any: ["pp"] },
  "evaluation.periodic": { any: ["pp"] },
  "evaluation.annual": { any: ["pp", "app"] },
  "evaluation.approve": { any: ["app"] },
  "evaluation.acknowledge": { pegawai: ["self"] },
  "keberatan.file": { pegawai: ["self"] },
  "keberatan.decide": { any: ["app"] },
  "konselor.designate": { "admin-bkpsdm": REGION },
  "employee.edit": { "admin-bkpsdm": REGION },
  "unit.edit": { "admin-bkpsdm": REGION },
  "policy.edit": { "tim-kebijakan": REGION },
  "cycle.read": { pegawai: ["self"], any: ["pp", "app"], "admin-bkpsdm": REGION, auditor: REGION },
  "audit.read": { "admin-bkpsdm": REGION, auditor: REGION },
  "document.print": { pegawai: ["self"], any: ["pp", "app"], "admin-bkpsdm": REGION }
}

const cells = Permission.actions.flatMap((action) =>
  institutional.flatMap((role) =>
    (Object.keys(situations) as Array<Situation>).map((situation) => {
      const s = spec[action]
      const expected = (s.any ?? []).includes(situation) || (s[role] ?? []).includes(situation)
      return [action, role, situation, expected] as const
    })
  )
)

describe("Permission.check: every cell of the national table", () => {
  it.each(cells)("%s by %s (%s) → %s", (action, role, situation, expected) => {
    const d = Permission.check(Permission.national, { action, roles: [role], relation: situations[situation] })
    expect(d.allowed).toBe(expected)
    expect(d.grant === undefined).toBe(!expected)
    expect(d.messages.id.length > 0 && d.messages.en.length > 0).toBe(true)
  })

  it("covers every action × institutional role × situation", () => {
    expect(cells.length).toBe(Permission.actions.length * 4 * 6)
  })
})

describe("Permission.check: semantics", () => {
  it("derives relational roles and ignores stated ones", () => {
    const stated = Permission.check(Permission.national, {
      action: "evaluation.approve",
      roles: ["pegawai", "atasan-pejabat-penilai"],
      relation: situations.peer
    })
    expect(stated.allowed).toBe(false)
    expect(stated.roles).toEqual(["pegawai"])
    const derived = Permission.check(Permission.national, {
      action: "evaluation.approve",
      roles: ["pegawai"],
      relation: situations.app
    })
    expect(derived.allowed).toBe(true)
    expect(derived.roles).toEqual(["pegawai", "atasan-pejabat-penilai"])
    expect(derived.grant).toEqual({
      action: "evaluation.approve",
      role: "atasan-pejabat-penilai",
      scope: "direct-subordinates"
    })
  })

  it("explains a refusal in Indonesian and English", () => {
    const d = Permission.check(Permission.national, {
      action: "keberatan.decide",
      roles: ["pegawai"],
      relation: situations.self
    })
    expect(d.messages.id).toBe("Tidak diizinkan memutus keberatan: peran pegawai tidak mencakup pegawai ini.")
    expect(d.messages.en).toBe("Not allowed: keberatan.decide; the roles pegawai do not reach this employee.")
  })
})

describe("Permission.relation from the directory and the unit tree", () => {
  it.each([
    [STAFF, STAFF, "2026-03-01", { self: true, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: true }],
    [KABID, STAFF, "2026-03-01", { self: false, pejabatPenilai: true, atasanPejabatPenilai: false, sameUnit: true }],
    [KADIS, STAFF, "2026-03-01", { self: false, pejabatPenilai: false, atasanPejabatPenilai: true, sameUnit: true }],
    [PEER, STAFF, "2026-03-01", { self: false, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: true }],
    [CAMAT, STAFF, "2026-03-01", { self: false, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: false }],
    [CAMAT, STAFF, "2025-03-01", { self: false, pejabatPenilai: true, atasanPejabatPenilai: false, sameUnit: true }],
    [KABID, STAFF, "2025-03-01", { self: false, pejabatPenilai: false, atasanPejabatPenilai: false, sameUnit: false }]
  ])("%s towards %s on %s", (actor, subject, on, expected) => {
    expect(Permission.relation(directory, tree, actor, subject, on)).toEqual({ ...expected, sameRegion: true })
  })

  it("an outsider stands in no relation", () => {
    expect(Permission.relation(directory, tree, "199901012020011009", STAFF, "2026-03-01").sameRegion).toBe(false)
  })
})

describe("Permission.decodeTable", () => {
  it("accepts the national table", () => {
    expect(Result.isSuccess(Permission.decodeTable(Permission.national))).toBe(true)
  })

  it("refuses duplicates, relational roles with a wide scope, and unknown actions", () => {
    const r = Permission.decodeTable({
      ...Permission.national,
      grants: [
        { action: "skp.agree", role: "pegawai", scope: "self" },
        { action: "skp.agree", role: "pegawai", scope: "self" },
        { action: "evaluation.approve", role: "atasan-pejabat-penilai", scope: "region" }
      ]
    })
    expect(Result.isFailure(r) && r.failure.problems.map((p) => [p.path.join("."), p.code])).toEqual([
      ["grants.1", "duplicate"],
      ["grants.2.scope", "relational-scope"]
    ])
    const u = Permission.decodeTable({
      ...Permission.national,
      grants: [{ action: "skp.delete", role: "pegawai", scope: "self" }]
    })
    expect(Result.isFailure(u) && u.failure.problems[0]?.path).toEqual(["grants", 0, "action"])
  })
})
