/**
 * Seeded programme records for the programme widgets' tests, built with core (Training), so the widgets show what
 * core computes (seed 001: a Muaratebo workshop with a partner university, pre/post tests).
 */
import { Presets, Training } from "@pembinaan/core"
import { Result } from "effect"

export const trainingContext: Training.Context = {
  development: Presets.competency.development,
  policy: {
    creditOn: "completion",
    minAttendancePercent: 80,
    evaluation: {
      monthsAfter: 3,
      weights: { postTest: 50, superior: 50, participant: 0 },
      rounding: { scale: 2, mode: "half-up" },
      facts: { flag: "mengikutiPelatihan", measure: "evaluasiPascaPelatihan" }
    },
    legalBasis: [{ regulation: "Peraturan LAN 10/2018", confirmed: false }]
  }
}

const admin = { nip: "198001012005011001", role: "admin-bkpsdm" }
let n = 0
const ev = (command: unknown) => ({ id: `w${++n}`, at: "2026-01-05T08:00:00+07:00", by: admin, command })

/** A workshop by a partner university with `participants` people, each improving by `gain` points. */
export const workshopRecord = (participants: number, gain = 20): Training.State => {
  const events: Array<unknown> = [
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
        agreement: { from: "2026-01-01", to: "2026-12-31" }
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
        minutes: 720
      }
    })
  ]
  for (let i = 0; i < participants; i++) {
    const nip = `19900101201503${String(1000 + i)}`
    events.push(
      ev({ _tag: "Enrol", course: "ws-1", employee: nip }),
      ev({ _tag: "RecordTest", course: "ws-1", employee: nip, phase: "pre", score: 60 }),
      ev({ _tag: "RecordTest", course: "ws-1", employee: nip, phase: "post", score: 60 + gain }),
      ev({ _tag: "RecordReaction", course: "ws-1", employee: nip, score: 3 }),
      ev({ _tag: "Complete", course: "ws-1", employee: nip, on: "2026-04-08", passed: true })
    )
  }
  return Result.getOrThrow(Training.fold(trainingContext, events))
}
