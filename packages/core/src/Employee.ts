/**
 * Employee master data: NIP, name, status (CPNS, PNS, PPPK), jabatan (struktural, fungsional or pelaksana, with
 * jenjang and kelas jabatan), and the placement history with dates; from it, the **atasan chain** as of a date.
 *
 * A placement runs from `from` to `until` (both inclusive; an open placement has no `until`). It names the unit and
 * the jabatan, and the employee's direct superior (`atasan`, by NIP), who is the **pejabat penilai kinerja**; the
 * atasan of that superior on the same date is the **atasan pejabat penilai** (PermenPAN-RB 6/2022; PP 30/2019).
 * Placements of one employee may not overlap. {@link chain} walks the superiors on a date and stops on a cycle.
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"
import * as Input from "./Input.js"
import * as Nip from "./Nip.js"

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * Employment status: calon PNS, PNS, or PPPK.
 *
 * @category models
 * @since 0.2.0
 */
export const Status = Schema.Literals(["CPNS", "PNS", "PPPK"])

/**
 * @category models
 * @since 0.2.0
 */
export type Status = typeof Status.Type

/**
 * The kind of jabatan: struktural (JPT and administrator/pengawas), fungsional, or pelaksana.
 *
 * @category models
 * @since 0.2.0
 */
export const JabatanKind = Schema.Literals(["struktural", "fungsional", "pelaksana"])

/**
 * @category models
 * @since 0.2.0
 */
export type JabatanKind = typeof JabatanKind.Type

/**
 * A jabatan: its kind and name, its jenjang (for example "Ahli Muda", "Pengawas", "JPT Pratama"; free text because
 * the ladders differ by kind) and its kelas jabatan (1–17), which sets the TPP ceiling.
 *
 * @category models
 * @since 0.2.0
 */
export const Jabatan = Schema.Struct({
  kind: JabatanKind,
  name: Schema.NonEmptyString,
  jenjang: Schema.optionalKey(Schema.String),
  kelas: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 17 })))
})

/**
 * @category models
 * @since 0.2.0
 */
export type Jabatan = typeof Jabatan.Type

/**
 * One placement: unit, jabatan and direct superior, from `from` to `until` (inclusive; open without `until`).
 *
 * @category models
 * @since 0.2.0
 */
export const Placement = Schema.Struct({
  from: Calendar.IsoDate,
  until: Schema.optionalKey(Calendar.IsoDate),
  unit: Schema.NonEmptyString,
  jabatan: Jabatan,
  /** The direct superior (pejabat penilai kinerja); absent at the top (kepala daerah, sekda). */
  atasan: Schema.optionalKey(Nip.Nip)
})

/**
 * @category models
 * @since 0.2.0
 */
export type Placement = typeof Placement.Type

/**
 * An employee's master data.
 *
 * @category models
 * @since 0.2.0
 */
export const Employee = Schema.Struct({
  nip: Nip.Nip,
  name: Schema.NonEmptyString,
  status: Status,
  placements: Schema.Array(Placement).pipe(Schema.check(Schema.isMinLength(1)))
})

/**
 * @category models
 * @since 0.2.0
 */
export type Employee = typeof Employee.Type

/**
 * The employees of a region.
 *
 * @category models
 * @since 0.2.0
 */
export const Directory = Schema.Array(Employee)

/**
 * @category models
 * @since 0.2.0
 */
export type Directory = typeof Directory.Type

/**
 * The atasan chain of an employee on a date.
 *
 * @category models
 * @since 0.2.0
 */
export interface Chain {
  readonly on: string
  readonly employee: Employee
  readonly placement: Placement
  /** The pejabat penilai kinerja: the direct superior on that date. */
  readonly pejabatPenilai: Employee | undefined
  /** The atasan pejabat penilai: the pejabat penilai's own superior on that date. */
  readonly atasanPejabatPenilai: Employee | undefined
  /** Every superior upwards, nearest first (NIPs). */
  readonly superiors: ReadonlyArray<Nip.Nip>
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * No employee with this NIP in the directory.
 *
 * @category errors
 * @since 0.2.0
 */
export class UnknownEmployee extends Data.TaggedError("UnknownEmployee")<{
  readonly nip: string
}> {}

/**
 * The employee has no placement on the date (before the first, between two, or after the last).
 *
 * @category errors
 * @since 0.2.0
 */
export class NotPlaced extends Data.TaggedError("NotPlaced")<{
  readonly nip: string
  readonly on: string
}> {}

/**
 * The superiors loop back on a date (A's atasan is B, B's is A).
 *
 * @category errors
 * @since 0.2.0
 */
export class AtasanCycle extends Data.TaggedError("AtasanCycle")<{
  readonly on: string
  readonly nips: ReadonlyArray<string>
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.2.0
 */
export type EmployeeError = UnknownEmployee | NotPlaced | AtasanCycle | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// validation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Every problem of a directory, with its path: duplicate NIPs, a placement that ends before it starts, overlapping
 * placements of one employee, an employee who is their own atasan, an atasan who is not in the directory.
 *
 * @category validation
 * @since 0.2.0
 */
export const problems = (directory: Directory): ReadonlyArray<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const nips = new Map<string, number>()
  directory.forEach((e, i) => {
    const before = nips.get(e.nip)
    if (before !== undefined) {
      out.push({ path: [i, "nip"], code: "duplicate", message: `NIP ${e.nip} is already given at ${before}` })
    } else nips.set(e.nip, i)
  })
  directory.forEach((e, i) => {
    const sorted = e.placements.map((p, j) => ({ p, j })).sort((a, b) => (a.p.from < b.p.from ? -1 : 1))
    e.placements.forEach((p, j) => {
      if (p.until !== undefined && p.until < p.from) {
        out.push({ path: [i, "placements", j, "until"], code: "empty-range", message: `ends before ${p.from}` })
      }
      if (p.atasan === e.nip) {
        out.push({ path: [i, "placements", j, "atasan"], code: "self", message: "an employee is not their own atasan" })
      } else if (p.atasan !== undefined && !nips.has(p.atasan)) {
        out.push({ path: [i, "placements", j, "atasan"], code: "unknown", message: `no employee ${p.atasan}` })
      }
    })
    sorted.forEach(({ p }, k) => {
      const next = sorted[k + 1]
      if (next && (p.until === undefined || p.until >= next.p.from)) {
        out.push({
          path: [i, "placements", next.j, "from"],
          code: "overlap",
          message: `starts ${next.p.from}, while the placement from ${p.from} still runs`
        })
      }
    })
  })
  return out
}

/**
 * Decodes and checks a directory.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodeDirectory = (input: unknown): Result.Result<Directory, Input.InvalidInput> =>
  Result.flatMap(Input.decode(Directory, "Directory")(input), (directory) => {
    const found = problems(directory)
    return found.length === 0
      ? Result.succeed(directory)
      : Result.fail(new Input.InvalidInput({ subject: "Directory", problems: found }))
  })

// ---------------------------------------------------------------------------------------------------------------
// getters
// ---------------------------------------------------------------------------------------------------------------

/**
 * An employee by NIP.
 *
 * @category getters
 * @since 0.2.0
 */
export const find = (directory: Directory, nip: string): Employee | undefined => directory.find((e) => e.nip === nip)

/**
 * The placement in force on a date (`from ≤ on ≤ until`), or `undefined`.
 *
 * @example
 * ```ts
 * import { Employee } from "@pembinaan/core"
 * // placements 2020-01-01…2025-12-31 and 2026-01-01…: on "2025-12-31" the first, on "2026-01-01" the second
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const placementOn = (employee: Employee, on: string): Placement | undefined =>
  employee.placements.find((p) => p.from <= on && (p.until === undefined || on <= p.until))

/**
 * The atasan chain of an employee on a date: the pejabat penilai (direct superior), the atasan pejabat penilai (the
 * superior's superior) and every superior upwards. A superior who has no placement on the date ends the walk with
 * {@link NotPlaced} naming that superior; a loop is an {@link AtasanCycle}.
 *
 * @example
 * ```ts
 * import { Employee } from "@pembinaan/core"
 * // const c = Employee.chain(directory, "199001012020011001", "2026-06-30")
 * // c.success.pejabatPenilai?.name, c.success.atasanPejabatPenilai?.name
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const chain = (directory: Directory, nip: string, on: string): Result.Result<Chain, EmployeeError> => {
  const employee = find(directory, nip)
  if (!employee) return Result.fail(new UnknownEmployee({ nip }))
  const placement = placementOn(employee, on)
  if (!placement) return Result.fail(new NotPlaced({ nip, on }))
  const superiors: Array<Nip.Nip> = []
  const seen = new Set<string>([employee.nip])
  let next = placement.atasan
  while (next !== undefined) {
    if (seen.has(next)) return Result.fail(new AtasanCycle({ on, nips: [employee.nip, ...superiors, next] }))
    seen.add(next)
    superiors.push(next)
    const sup = find(directory, next)
    if (!sup) return Result.fail(new UnknownEmployee({ nip: next }))
    const p = placementOn(sup, on)
    if (!p) return Result.fail(new NotPlaced({ nip: next, on }))
    next = p.atasan
  }
  const [pp, app] = superiors
  return Result.succeed({
    on,
    employee,
    placement,
    pejabatPenilai: pp === undefined ? undefined : find(directory, pp),
    atasanPejabatPenilai: app === undefined ? undefined : find(directory, app),
    superiors
  })
}

/**
 * The employees whose direct superior on a date is `nip` (the pejabat penilai's direct subordinates).
 *
 * @category getters
 * @since 0.2.0
 */
export const subordinates = (directory: Directory, nip: string, on: string): ReadonlyArray<Employee> =>
  directory.filter((e) => placementOn(e, on)?.atasan === nip)
