// Shared setup of the Training and TrainingEvaluation tests: the fixture policy, people and event builders.
import { readFileSync } from "node:fs"
import { Presets, Training } from "@pembinaan/core"
import { Result } from "effect"

export const rawPolicy: unknown = JSON.parse(
  readFileSync(new URL("./fixtures/training-policy.json", import.meta.url), "utf8")
)
export const policy = Result.getOrThrow(Training.decodePolicy(rawPolicy))
export const context: Training.Context = { development: Presets.competency.development, policy }
export const admin = { nip: "198001012005011001", role: "admin-bkpsdm" }
export const atasan = { nip: "197501012000031002", role: "atasan" }
export const A = "199001012015031001"
export const B = "199202022019032002"

let n = 0
export const ev = (command: unknown, by = admin, reason?: string) => ({
  id: `e${++n}`,
  at: "2026-01-05T08:00:00+07:00",
  by,
  ...(reason === undefined ? {} : { reason }),
  command
})

export const catalogue = [
  ev({
    _tag: "AddItem",
    item: {
      id: "seminar-pelayanan",
      title: "Seminar pelayanan publik yang efisien",
      type: "seminar",
      form: "seminar",
      competencies: ["pelayanan-publik", "komunikasi"],
      online: false
    }
  }),
  ev({
    _tag: "AddItem",
    item: {
      id: "workshop-manajemen",
      title: "Workshop manajemen publik",
      type: "workshop",
      form: "workshop",
      competencies: ["orientasi-pada-hasil"],
      online: false
    }
  }),
  ev({
    _tag: "AddPartner",
    partner: {
      id: "unja",
      name: "Universitas Jambi",
      kind: "universitas",
      agreement: { from: "2026-01-01", to: "2026-12-31", reference: "PKS 01/2026" }
    }
  }),
  ev({
    _tag: "ScheduleCourse",
    course: {
      id: "sem-1",
      item: "seminar-pelayanan",
      start: "2026-03-02",
      end: "2026-03-03",
      delivery: { mode: "onsite", place: "Balai Kota Bukittinggi" },
      provider: { kind: "internal" },
      minutes: 540,
      sessions: 2
    }
  }),
  ev({
    _tag: "ScheduleCourse",
    course: {
      id: "ws-1",
      item: "workshop-manajemen",
      start: "2026-04-06",
      end: "2026-04-08",
      delivery: { mode: "onsite", place: "Muara Tebo" },
      provider: { kind: "partner", partner: "unja" },
      minutes: 720,
      sessions: 3
    }
  })
]

export const ok = <A>(r: Result.Result<A, unknown>): A => {
  if (Result.isFailure(r)) throw new Error(JSON.stringify(r.failure))
  return r.success
}
export const fail = (r: Result.Result<unknown, { readonly _tag: string }>) => {
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return r.failure
}
export const base = ok(Training.fold(context, catalogue))
export const run = (...events: ReadonlyArray<unknown>) => Training.fold(context, events, base)
