import { Presets, Quadrant, Talent } from "@pembinaan/core"
import { Result } from "effect"
import { isObject } from "../../internal/data.controller.js"
import { check, lines } from "../../internal/guard.js"
import { talentCandidate, talentPlacement, talentPolicy } from "../../internal/guards.js"
import * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * One person on the talent map: who (a pseudonymous id, optionally a name and unit) and core's placement.
 *
 * @since 0.3.0
 */
export interface NineBoxPerson {
  readonly employee: string
  readonly name: string | undefined
  readonly unit: string | undefined
  readonly placement: Talent.Placement
}

/**
 * The data of `<asn-nine-box>`, as checked: the talent policy (the preset when none was given), the placed people
 * and how many entries could not be placed.
 *
 * @since 0.3.0
 */
export interface NineBoxData {
  readonly policy: Talent.Policy
  readonly people: ReadonlyArray<NineBoxPerson>
  readonly notPlaced: number
}

/**
 * One cell of the grid.
 *
 * @since 0.3.0
 */
export interface NineBoxCell {
  readonly box: Talent.BoxNumber
  readonly kinerja: Talent.KinerjaLevel
  readonly potensial: Talent.PotensialLevel
  readonly people: ReadonlyArray<NineBoxPerson>
  readonly actions: ReadonlyArray<string>
}

const text = (u: unknown): string | undefined => (typeof u === "string" && u !== "" ? u : undefined)

const isPlacement = (u: unknown): u is Talent.Placement => check(talentPlacement, u).ok

/**
 * Checks the JSON of `<asn-nine-box>`: `{ policy?, people: [{ employee, name?, unit?, placement }] }`, where a
 * person carries either core's `placement` (from `Talent.place`) or `predikat` and `potensial`, which are placed here
 * with `Talent.evaluate`.
 *
 * @since 0.3.0
 */
export const readNineBox = (input: unknown): Result.Result<NineBoxData, ReadonlyArray<string>> =>
  toResult(checkNineBox(input))

/**
 * `readNineBox` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkNineBox = (input: unknown): Read.Read<NineBoxData> => {
  if (!isObject(input) || !Array.isArray(input.people)) return Read.fail(["people: expected an array"])
  let policy = Presets.talent.policy
  if (input.policy !== undefined) {
    // checked with the browser guard and core's `policyProblems`: what `Talent.decodePolicy` does, without Schema
    const shape = check(talentPolicy, input.policy, ["policy"])
    if (!shape.ok) return Read.fail(lines(shape.problems))
    const found = Talent.policyProblems(shape.value)
    if (found.length > 0) return Read.fail(found.map((p) => `policy.${p.path.join(".")}: ${p.message}`))
    policy = shape.value
  }
  const people: Array<NineBoxPerson> = []
  const problems: Array<string> = []
  let notPlaced = 0
  input.people.forEach((p: unknown, i) => {
    const employee = isObject(p) ? text(p.employee) : undefined
    if (!isObject(p) || employee === undefined) {
      problems.push(`people.${i}.employee: expected a text`)
      return
    }
    const name = text(p.name)
    const unit = text(p.unit)
    if (isPlacement(p.placement)) {
      people.push({ employee, name, unit, placement: p.placement })
      return
    }
    if (p.placement !== undefined) {
      const r = check(talentPlacement, p.placement, ["people", i, "placement"])
      if (!r.ok) problems.push(...lines(r.problems))
      return
    }
    if (!Quadrant.predikats.includes(p.predikat as Quadrant.Predikat)) {
      problems.push(`people.${i}: expected a placement, or a predikat and a potensial`)
      return
    }
    const candidate = check(talentCandidate, { employee, predikat: p.predikat, potensial: p.potensial })
    const placed = candidate.ok ? Talent.place(policy, candidate.value) : undefined
    if (placed && Result.isSuccess(placed)) people.push({ employee, name, unit, placement: placed.success })
    else notPlaced++
  })
  return problems.length > 0 ? Read.fail(problems) : Read.succeed({ policy, people, notPlaced })
}

/** Potensial from high (top row) to low; kinerja from low (left) to high. */
export const rows: ReadonlyArray<Talent.PotensialLevel> = [...Talent.potensialLevels].reverse()
export const columns: ReadonlyArray<Talent.KinerjaLevel> = Talent.kinerjaLevels

const byName = (a: NineBoxPerson, b: NineBoxPerson): number => {
  const x = a.name ?? a.employee
  const y = b.name ?? b.employee
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * The grid: rows of cells (potensial high to low, kinerja low to high), each with its people sorted by name.
 *
 * @since 0.3.0
 */
export const grid = (data: NineBoxData): ReadonlyArray<ReadonlyArray<NineBoxCell>> => {
  const byBox = new Map<number, Array<NineBoxPerson>>()
  for (const p of data.people) {
    const list = byBox.get(p.placement.box)
    if (list) list.push(p)
    else byBox.set(p.placement.box, [p])
  }
  return rows.map((potensial) =>
    columns.map((kinerja) => {
      const box = Talent.boxOf(data.policy, kinerja, potensial)
      return {
        box,
        kinerja,
        potensial,
        people: (byBox.get(box) ?? []).sort(byName),
        actions: data.policy.actions.find((a) => a.box === box)?.actions ?? []
      }
    })
  )
}

/**
 * The cells in box order (1..9), for the chart and the CSV.
 *
 * @since 0.3.0
 */
export const cellsByBox = (g: ReadonlyArray<ReadonlyArray<NineBoxCell>>): ReadonlyArray<NineBoxCell> =>
  g.flat().sort((a, b) => a.box - b.box)

/**
 * Derives the grid of `<asn-nine-box>` once per data value.
 *
 * @since 0.3.0
 */
export class NineBoxController {
  private last: NineBoxData | undefined
  private cached: ReadonlyArray<ReadonlyArray<NineBoxCell>> = []

  grid(data: NineBoxData): ReadonlyArray<ReadonlyArray<NineBoxCell>> {
    if (data !== this.last) {
      this.last = data
      this.cached = grid(data)
    }
    return this.cached
  }

  /** One row per person: employee, name, unit, box, kinerja, potensial level and score, predikat. */
  csvRows(data: NineBoxData): ReadonlyArray<ReadonlyArray<string | number>> {
    return cellsByBox(this.grid(data)).flatMap((cell) =>
      cell.people.map((p) => [
        p.employee,
        p.name ?? "",
        p.unit ?? "",
        cell.box,
        cell.kinerja,
        cell.potensial,
        p.placement.potensial.classification.score.text,
        p.placement.trace.inputs.predikat
      ])
    )
  }
}
