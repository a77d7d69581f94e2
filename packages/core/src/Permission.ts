/**
 * Who may do what to whom: roles, actions and scopes, and a permission table that is **policy data**, checked by one
 * function ({@link check}).
 *
 * Roles are of two kinds. **Institutional** roles are held by appointment: `pegawai` (every employee),
 * `admin-bkpsdm`, `tim-kebijakan` (the policy team), `auditor`. **Relational** roles are held towards one subject on
 * one date and are derived from the atasan chain, never stated: the actor is the subject's `pejabat-penilai` when
 * they are the subject's direct superior, and the `atasan-pejabat-penilai` when they are the superior's superior.
 *
 * A grant allows one action to one role within one scope of subjects:
 * - `self`: the subject is the actor;
 * - `direct-subordinates`: the actor holds the grant's relational role towards the subject (for an institutional
 *   role: the actor is the subject's direct superior);
 * - `unit`: someone else in the actor's perangkat daerah;
 * - `region`: anyone in the region.
 *
 * {@link check} allows when some grant matches; the decision names the grant (or, on refusal, says why in Indonesian
 * and English) with the table's legal basis.
 *
 * @since 0.2.0
 */
import { Result, Schema } from "effect"
import * as Employee from "./Employee.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Unit from "./Unit.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The roles, institutional first.
 *
 * @category models
 * @since 0.2.0
 */
export const roles = [
  "pegawai",
  "admin-bkpsdm",
  "tim-kebijakan",
  "auditor",
  "pejabat-penilai",
  "atasan-pejabat-penilai"
] as const

/**
 * @category models
 * @since 0.2.0
 */
export const Role = Schema.Literals(roles)

/**
 * @category models
 * @since 0.2.0
 */
export type Role = typeof Role.Type

/**
 * The roles that follow from the atasan chain and are never stated by the caller.
 *
 * @category models
 * @since 0.2.0
 */
export const relationalRoles: ReadonlyArray<Role> = ["pejabat-penilai", "atasan-pejabat-penilai"]

/**
 * The actions the table speaks of: the steps of the SKP cycle, the master data, the policy and the audit trail.
 *
 * @category models
 * @since 0.2.0
 */
export const actions = [
  "skp.propose",
  "skp.agree",
  "skp.change",
  "realisasi.record",
  "feedback.give",
  "evaluation.periodic",
  "evaluation.annual",
  "evaluation.approve",
  "evaluation.acknowledge",
  "keberatan.file",
  "keberatan.decide",
  "konselor.designate",
  "employee.edit",
  "unit.edit",
  "policy.edit",
  "cycle.read",
  "audit.read",
  "document.print"
] as const

/**
 * @category models
 * @since 0.2.0
 */
export const Action = Schema.Literals(actions)

/**
 * @category models
 * @since 0.2.0
 */
export type Action = typeof Action.Type

/**
 * The scopes, narrowest first.
 *
 * @category models
 * @since 0.2.0
 */
export const scopes = ["self", "direct-subordinates", "unit", "region"] as const

/**
 * @category models
 * @since 0.2.0
 */
export const Scope = Schema.Literals(scopes)

/**
 * @category models
 * @since 0.2.0
 */
export type Scope = typeof Scope.Type

/**
 * One cell of the table: `role` may do `action` on subjects within `scope`.
 *
 * @category models
 * @since 0.2.0
 */
export const Grant = Schema.Struct({ action: Action, role: Role, scope: Scope })

/**
 * @category models
 * @since 0.2.0
 */
export type Grant = typeof Grant.Type

/**
 * A region's permission table.
 *
 * @category models
 * @since 0.2.0
 */
export const Table = Schema.Struct({
  name: Schema.NonEmptyString,
  grants: Schema.Array(Grant),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type Table = typeof Table.Type

/**
 * How the actor stands towards the subject on the date of the action (see {@link relation}).
 *
 * @category models
 * @since 0.2.0
 */
export interface Relation {
  readonly self: boolean
  /** The actor is the subject's direct superior (pejabat penilai). */
  readonly pejabatPenilai: boolean
  /** The actor is the superior of the subject's direct superior (atasan pejabat penilai). */
  readonly atasanPejabatPenilai: boolean
  /** Both are placed in the same perangkat daerah. */
  readonly sameUnit: boolean
  /** Both belong to the region. */
  readonly sameRegion: boolean
}

/**
 * A request to act.
 *
 * @category models
 * @since 0.2.0
 */
export interface Request {
  readonly action: Action
  /** The actor's institutional roles (relational roles are derived from `relation` and ignored here). */
  readonly roles: ReadonlyArray<Role>
  readonly relation: Relation
}

/**
 * The answer, with the grant that allowed it or the reason it was refused.
 *
 * @category models
 * @since 0.2.0
 */
export interface Decision {
  readonly allowed: boolean
  readonly action: Action
  /** The roles the actor holds towards this subject (institutional and derived). */
  readonly roles: ReadonlyArray<Role>
  readonly grant: Grant | undefined
  readonly messages: { readonly id: string; readonly en: string }
  readonly legalBasis: LegalBasis
}

// ---------------------------------------------------------------------------------------------------------------
// the national default table
// ---------------------------------------------------------------------------------------------------------------

const g = (action: Action, role: Role, scope: Scope): Grant => ({ action, role, scope })

/**
 * The default table, from the roles PermenPAN-RB 6/2022 and PP 30/2019 give in the SKP cycle: the pegawai and the
 * pejabat penilai plan together; the pejabat penilai gives feedback and evaluates; the atasan pejabat penilai
 * approves, decides a keberatan and evaluates when the pejabat penilai does not; colleagues in the unit may give
 * feedback (Pasal 18(2)). The BKPSDM, policy-team and auditor cells are local practice (`confirmed: false`).
 *
 * @category presets
 * @since 0.2.0
 */
export const national: Table = {
  name: "Tabel hak akses nasional (bawaan)",
  grants: [
    ...(["skp.propose", "skp.agree", "skp.change"] as const).flatMap((a) => [
      g(a, "pegawai", "self"),
      g(a, "pejabat-penilai", "direct-subordinates")
    ]),
    g("realisasi.record", "pegawai", "self"),
    g("feedback.give", "pejabat-penilai", "direct-subordinates"),
    g("feedback.give", "pegawai", "unit"),
    g("evaluation.periodic", "pejabat-penilai", "direct-subordinates"),
    g("evaluation.annual", "pejabat-penilai", "direct-subordinates"),
    g("evaluation.annual", "atasan-pejabat-penilai", "direct-subordinates"),
    g("evaluation.approve", "atasan-pejabat-penilai", "direct-subordinates"),
    g("evaluation.acknowledge", "pegawai", "self"),
    g("keberatan.file", "pegawai", "self"),
    g("keberatan.decide", "atasan-pejabat-penilai", "direct-subordinates"),
    g("konselor.designate", "admin-bkpsdm", "region"),
    g("employee.edit", "admin-bkpsdm", "region"),
    g("unit.edit", "admin-bkpsdm", "region"),
    g("policy.edit", "tim-kebijakan", "region"),
    g("cycle.read", "pegawai", "self"),
    g("cycle.read", "pejabat-penilai", "direct-subordinates"),
    g("cycle.read", "atasan-pejabat-penilai", "direct-subordinates"),
    g("cycle.read", "admin-bkpsdm", "region"),
    g("cycle.read", "auditor", "region"),
    g("audit.read", "auditor", "region"),
    g("audit.read", "admin-bkpsdm", "region"),
    g("document.print", "pegawai", "self"),
    g("document.print", "pejabat-penilai", "direct-subordinates"),
    g("document.print", "atasan-pejabat-penilai", "direct-subordinates"),
    g("document.print", "admin-bkpsdm", "region")
  ],
  legalBasis: [
    { regulation: "PermenPAN-RB 6/2022", article: "Pasal 5–29 dan Lampiran", confirmed: true },
    { regulation: "PP 30/2019", article: "Pasal 59 (keberatan kepada atasan pejabat penilai)", confirmed: true },
    {
      regulation: "Praktik daerah",
      note: "Hak BKPSDM, tim kebijakan dan auditor adalah pilihan daerah, bukan ketentuan nasional.",
      confirmed: false
    }
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Problems of a table: a grant listed twice, and a relational role granted `unit` or `region` (those roles exist
 * only towards a subject, so a wider scope would give them powers nobody appointed).
 *
 * @category validation
 * @since 0.2.0
 */
export const problems = (table: Table): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const seen = new Set<string>()
  table.grants.forEach((grant, i) => {
    const key = `${grant.action}|${grant.role}|${grant.scope}`
    if (seen.has(key)) out.push({ path: ["grants", i], code: "duplicate", message: `${key} is listed twice` })
    seen.add(key)
    if (relationalRoles.includes(grant.role) && grant.scope !== "direct-subordinates") {
      out.push({
        path: ["grants", i, "scope"],
        code: "relational-scope",
        message: `${grant.role} exists only towards a subordinate; use scope "direct-subordinates"`
      })
    }
  })
  return out
}

/**
 * Decodes and checks a permission table.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodeTable = (input: unknown): Result.Result<Table, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Table, "PermissionTable")(input), (table) => {
    const found = problems(table)
    return found.length === 0
      ? Result.succeed(table)
      : Result.fail(new Input.InvalidInput({ subject: "PermissionTable", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// combinators
// ---------------------------------------------------------------------------------------------------------------

/**
 * How an actor stands towards a subject on a date, from the directory and the unit tree. An actor or subject who is
 * unknown or not placed on the date stands in no relation except `self` (when the NIPs are equal) and `sameRegion`
 * (when both are in the directory).
 *
 * @category combinators
 * @since 0.2.0
 */
export const relation = (
  directory: Employee.Directory,
  tree: Unit.Tree,
  actor: string,
  subject: string,
  on: string
): Relation => {
  const chain = Employee.chain(directory, subject, on)
  const superiors = Result.isSuccess(chain) ? chain.success.superiors : []
  const a = Employee.find(directory, actor)
  const s = Employee.find(directory, subject)
  const au = a && Employee.placementOn(a, on)?.unit
  const su = s && Employee.placementOn(s, on)?.unit
  const pa = au === undefined ? undefined : Unit.perangkatDaerahOf(tree, au)?.id
  const ps = su === undefined ? undefined : Unit.perangkatDaerahOf(tree, su)?.id
  return {
    self: actor === subject,
    pejabatPenilai: superiors[0] === actor,
    atasanPejabatPenilai: superiors[1] === actor,
    sameUnit: pa !== undefined && pa === ps,
    sameRegion: a !== undefined && s !== undefined
  }
}

const within = (grant: Grant, r: Relation): boolean => {
  switch (grant.scope) {
    case "self":
      return r.self
    case "direct-subordinates":
      return grant.role === "atasan-pejabat-penilai" ? r.atasanPejabatPenilai : r.pejabatPenilai
    case "unit":
      return r.sameUnit && !r.self
    case "region":
      return r.sameRegion
  }
}

const ACTION_ID: { readonly [A in Action]: string } = {
  "skp.propose": "mengusulkan SKP",
  "skp.agree": "menyetujui SKP",
  "skp.change": "mengubah SKP yang telah disepakati",
  "realisasi.record": "mencatat realisasi",
  "feedback.give": "memberi umpan balik",
  "evaluation.periodic": "melakukan evaluasi kinerja periodik",
  "evaluation.annual": "melakukan evaluasi kinerja tahunan",
  "evaluation.approve": "menyetujui hasil evaluasi",
  "evaluation.acknowledge": "menerima hasil evaluasi",
  "keberatan.file": "mengajukan keberatan",
  "keberatan.decide": "memutus keberatan",
  "konselor.designate": "menunjuk konselor",
  "employee.edit": "mengubah data pegawai",
  "unit.edit": "mengubah data unit",
  "policy.edit": "mengubah kebijakan",
  "cycle.read": "melihat siklus SKP",
  "audit.read": "melihat jejak audit",
  "document.print": "mencetak dokumen"
}

/**
 * Whether a request is allowed by the table. The actor's roles are the stated institutional ones plus the relational
 * ones derived from `relation`; the first grant (in table order) for the action whose role the actor holds and whose
 * scope contains the subject allows. Otherwise the decision is a refusal with the reason in Indonesian and English.
 *
 * @example
 * ```ts
 * import { Permission } from "@pembinaan/core"
 * const relation = { self: false, pejabatPenilai: true, atasanPejabatPenilai: false, sameUnit: true, sameRegion: true }
 * Permission.check(Permission.national, { action: "evaluation.annual", roles: ["pegawai"], relation }).allowed
 * // => true (as pejabat penilai)
 * Permission.check(Permission.national, { action: "evaluation.approve", roles: ["pegawai"], relation }).allowed
 * // => false
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const check = (table: Table, request: Request): Decision => {
  const r = request.relation
  const held: Array<Role> = request.roles.filter((role) => !relationalRoles.includes(role))
  if (r.pejabatPenilai) held.push("pejabat-penilai")
  if (r.atasanPejabatPenilai) held.push("atasan-pejabat-penilai")
  const grant = table.grants.find((x) => x.action === request.action && held.includes(x.role) && within(x, r))
  const what = ACTION_ID[request.action]
  return {
    allowed: grant !== undefined,
    action: request.action,
    roles: held,
    grant,
    messages: grant
      ? {
          id: `Diizinkan ${what} sebagai ${grant.role} (cakupan ${grant.scope}).`,
          en: `Allowed: ${request.action} as ${grant.role} (scope ${grant.scope}).`
        }
      : {
          id: `Tidak diizinkan ${what}: peran ${held.join(", ") || "-"} tidak mencakup pegawai ini.`,
          en: `Not allowed: ${request.action}; the roles ${held.join(", ") || "-"} do not reach this employee.`
        },
    legalBasis: table.legalBasis
  }
}
