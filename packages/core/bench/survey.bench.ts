import { Presets, Survey } from "@pembinaan/core"
import { Result } from "effect"
import { bench, describe } from "vitest"

// 1,000,000 questionnaires of the national nine-element template, generated deterministically.
const N = 1_000_000
const template = Presets.skm.national2017
const ids = template.elements.map((e) => e.id)
const ref = { id: template.id, version: template.version }
const responses: ReadonlyArray<Survey.Response> = Array.from({ length: N }, (_, i) => ({
  template: ref,
  answers: Object.fromEntries(ids.map((id, e) => [id, 1 + ((i * 7 + e * 3) % 4)]))
}))

// The plain baseline: a float loop with no validation, no exact arithmetic and no trace.
const plain = (): number => {
  let sum = 0
  for (const r of responses) for (const id of ids) sum += r.answers[id] as number
  return (sum / (responses.length * ids.length)) * 25
}

describe(`survey: IKM for ${N.toLocaleString("en")} responses`, () => {
  bench(
    "plain baseline (float loop)",
    () => {
      if (!(plain() > 0)) throw new Error("unreachable")
    },
    { iterations: 5 }
  )
  bench(
    "Survey.score (validated, exact, with trace)",
    () => {
      const r = Survey.score(Presets.skm.policy, { template, responses })
      if (Result.isFailure(r)) throw new Error("unexpected failure")
    },
    { iterations: 5 }
  )
})
