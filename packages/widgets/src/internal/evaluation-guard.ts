/**
 * The browser guard of an evaluation input (core's `Evaluation.EvaluationInput` Schema): `<asn-evaluation-form>`
 * decodes what was typed with it, then runs core's Schema-free `Evaluation.problems` for the semantic checks, as
 * `Evaluation.decodeInput` does, without effect's Schema runtime (about 18 kB gzip). Property-tested against core
 * (`test/evaluation-guard.test.ts`): same values accepted, same refused, problems at the same paths with the same
 * codes, in the same order.
 *
 * @internal
 */
import { Behaviour, Evaluation, type Input, type Policy, Quadrant } from "@pembinaan/core"
import {
  boolean,
  finite,
  type Guard,
  isRecord,
  literals,
  optional,
  type Problem,
  refine,
  string,
  struct
} from "./guard.js"

const rating = /* @__PURE__ */ literals(Quadrant.ratings)

/** Indicator.RangeTarget. */
const rangeTarget = /* @__PURE__ */ struct({ lower: finite, upper: finite })

/**
 * Indicator.Measurement's `target`, `Schema.Union([Schema.Finite, RangeTarget])` as Schema reports it: a number is
 * checked as a finite number; an object as a range target (its problems at their keys); anything else is one
 * problem at the target itself.
 */
const target: Guard<unknown> = ((u: unknown, p: ReadonlyArray<string | number>, o: Array<Problem>) => {
  if (typeof u === "number") return finite(u, p, o)
  if (isRecord(u)) return rangeTarget(u, p, o)
  o.push({ path: p, message: "Expected number | object" })
  return false
}) as Guard<unknown>

/** Indicator.Measurement. */
const measurement = /* @__PURE__ */ struct({
  indicator: string,
  target,
  realisasi: finite,
  targetMaksimal: /* @__PURE__ */ optional(boolean)
})

/** An array of `g`: every element checked, every problem kept (Schema.Array). */
const array = <T>(g: Guard<T>): Guard<ReadonlyArray<T>> =>
  ((u: unknown, p: ReadonlyArray<string | number>, o: Array<Problem>) => {
    if (!Array.isArray(u)) {
      o.push({ path: p, message: "Expected array" })
      return false
    }
    let ok = true
    for (let i = 0; i < u.length; i++) ok = g(u[i], [...p, i], o) && ok
    return ok
  }) as Guard<ReadonlyArray<T>>

/** Evaluation.EvaluationInput (its shape; core's `Evaluation.problems` checks the rest). */
export const evaluationInput = /* @__PURE__ */ struct({
  employee: /* @__PURE__ */ refine(string, (s) => s.length > 0, "Expected a value with a length of at least 1"),
  period: string,
  scorecard: /* @__PURE__ */ optional(string),
  measurements: /* @__PURE__ */ optional(/* @__PURE__ */ array(measurement)),
  hasilKerja: /* @__PURE__ */ optional(rating),
  perilakuKerja: /* @__PURE__ */ optional(rating),
  berakhlak: /* @__PURE__ */ optional(
    /* @__PURE__ */ struct(Object.fromEntries(Behaviour.coreValues.map((v) => [v, rating])))
  )
})

/**
 * A guard problem as core's `Input.problemsOf` reports Schema's: a missing key has the code `missing`; every other
 * shape problem, an unknown key included ("Expected no excess property"), has the code `type`.
 */
const toProblem = (p: Problem): Input.Problem =>
  p.message === "Missing key"
    ? { path: p.path, message: p.message, code: "missing" }
    : {
        path: p.path,
        message: p.message === "Unexpected key" ? "Expected no excess property" : p.message,
        code: "type"
      }

/** A copy of an accepted input with core's key order, as Schema's decoding returns it. */
const copy = (u: Record<string, unknown>): Evaluation.EvaluationInput => {
  const out: Record<string, unknown> = {}
  for (const k of ["employee", "period", "scorecard", "measurements", "hasilKerja", "perilakuKerja", "berakhlak"]) {
    if (!Object.hasOwn(u, k)) continue
    const v = u[k]
    out[k] =
      k === "measurements"
        ? (v as ReadonlyArray<Record<string, unknown>>).map((m) => {
            const t = m.target as number | { lower: number; upper: number }
            const c: Record<string, unknown> = {
              indicator: m.indicator,
              target: typeof t === "number" ? t : { lower: t.lower, upper: t.upper },
              realisasi: m.realisasi
            }
            if (Object.hasOwn(m, "targetMaksimal")) c.targetMaksimal = m.targetMaksimal
            return c
          })
        : k === "berakhlak"
          ? Object.fromEntries(Behaviour.coreValues.map((c) => [c, (v as Record<string, unknown>)[c]]))
          : v
  }
  return out as unknown as Evaluation.EvaluationInput
}

/**
 * `Evaluation.decodeInput` without Schema: the {@link evaluationInput} guard, then core's `Evaluation.problems`.
 * Accepts and refuses what `Evaluation.decodeInput` does, with problems at the same paths and with the same codes.
 */
export const decodeEvaluationInput = (
  policy: Policy.Policy,
  input: unknown
):
  | { readonly ok: true; readonly input: Evaluation.EvaluationInput }
  | { readonly ok: false; readonly problems: ReadonlyArray<Input.Problem> } => {
  const shape: Array<Problem> = []
  if (!evaluationInput(input, [], shape)) {
    return { ok: false, problems: shape.map(toProblem) }
  }
  const value = copy(input as Record<string, unknown>)
  const found = Evaluation.problems(policy, value)
  return found.length === 0 ? { ok: true, input: value } : { ok: false, problems: found }
}
