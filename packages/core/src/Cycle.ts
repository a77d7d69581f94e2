/**
 * The yearly SKP cycle of one employee (PermenPAN-RB 6/2022; PP 30/2019) as a pure state machine over events.
 *
 * ```
 * draft ─ProposePlan─▶ proposed ─AgreePlan (the other party)─▶ agreed ◀─AgreeChange/RejectChange─ change-proposed
 *                                                                │  └──────────ProposeChange──────────▲
 *      RecordRealisasi, GiveFeedback, EvaluatePeriod (while agreed or change-proposed)
 *                                                                │
 *                        EvaluateAnnual (pejabat penilai) ───────┴──▶ evaluated ─ApproveEvaluation─▶ approved
 *                        EvaluateAnnual (atasan, after the deadline: final) ───────────────────────▶ approved
 *                                    evaluated ─ReturnEvaluation─▶ agreed
 * approved ─Acknowledge─▶ acknowledged ─FileKeberatan (within the window)─▶ keberatan ─DecideKeberatan─▶ final
 * approved/acknowledged ─Finalise (after the keberatan window, or at once when the result is final)─▶ final
 * ```
 *
 * The **state is a fold of the events** ({@link replay}); nothing else is stored, so any past state can be rebuilt
 * and "who changed this and why" is always answerable ({@link record} also chains each event into an `AuditLog`).
 * The first event is `Open`, naming the three parties of the year: the pegawai, the pejabat penilai and the atasan
 * pejabat penilai (see `Employee.chain`). Every other event names who acts (`by`, a NIP) and the machine checks the
 * **party**: the plan is proposed by the pegawai or the pejabat penilai and agreed by the other; a change after
 * agreement needs both; the pejabat penilai evaluates; the atasan approves, returns, and decides a keberatan; the
 * pegawai acknowledges and files a keberatan. Dates never go back. `Acknowledge` records **receipt** of the
 * approved result (the tanda terima), not agreement: the keberatan window counts from it, and a result not
 * acknowledged becomes final once the acknowledgement and keberatan windows have both passed.
 *
 * Every transition carries a message in Indonesian and English; every refusal is a typed error with both.
 * Deadlines are **data** ({@link Deadlines}, with legal basis and `confirmed: false` where the regulation's value
 * could not be confirmed) and {@link due} lists what is due, by whom, by when, for any state.
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as AuditLog from "./AuditLog.js"
import * as Behaviour from "./Behaviour.js"
import * as Calendar from "./Calendar.js"
import * as Exact from "./Exact.js"
import * as Input from "./Input.js"
import { LegalBasis } from "./LegalBasis.js"
import * as Period from "./Period.js"
import type * as Permission from "./Permission.js"
import * as Quadrant from "./Quadrant.js"

// ---------------------------------------------------------------------------------------------------------------
// models: policy
// ---------------------------------------------------------------------------------------------------------------

/**
 * What a relative deadline counts from.
 *
 * @category models
 * @since 0.2.0
 */
export const Anchor = Schema.Literals([
  "year-start",
  "period-end",
  "year-end",
  "change-proposed",
  "evaluated",
  "approved",
  "acknowledged",
  "keberatan-filed"
])

/**
 * @category models
 * @since 0.2.0
 */
export type Anchor = typeof Anchor.Type

/**
 * A deadline: `days` calendar days after its anchor (inclusive: the last allowed day).
 *
 * @category models
 * @since 0.2.0
 */
export const Deadline = Schema.Struct({
  anchor: Anchor,
  days: Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type Deadline = typeof Deadline.Type

/**
 * The deadlines of the cycle.
 *
 * @category models
 * @since 0.2.0
 */
export const Deadlines = Schema.Struct({
  /** SKP agreed (from the start of the year). */
  plan: Deadline,
  /** The other party answers a proposed change. */
  change: Deadline,
  /** Realisasi of a period recorded (from the end of the period). */
  realisasi: Deadline,
  /** Periodic evaluation by the pejabat penilai (from the end of the period). */
  periodic: Deadline,
  /** Annual evaluation by the pejabat penilai (from 31 December); after it, the atasan evaluates and it is final. */
  annual: Deadline,
  /** Approval by the atasan pejabat penilai (from the evaluation). */
  approval: Deadline,
  /** The pegawai acknowledges receipt (from the approval). */
  acknowledgement: Deadline,
  /** The pegawai may file a keberatan (from the acknowledgement). */
  keberatan: Deadline,
  /** The atasan decides the keberatan (from its filing). */
  decision: Deadline
})

/**
 * @category models
 * @since 0.2.0
 */
export type Deadlines = typeof Deadlines.Type

/**
 * The cycle policy: the kuadran, the period policy (cadence and the explicit annual strategy) and the deadlines.
 *
 * @category models
 * @since 0.2.0
 */
export const Policy = Schema.Struct({
  name: Schema.NonEmptyString,
  quadrant: Quadrant.Matrix,
  period: Period.Policy,
  deadlines: Deadlines,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type Policy = typeof Policy.Type

const pm6 = (article: string, confirmed = true, note?: string): LegalBasis =>
  note === undefined
    ? [{ regulation: "PermenPAN-RB 6/2022", article, confirmed }]
    : [{ regulation: "PermenPAN-RB 6/2022", article, note, confirmed }]

/**
 * The national deadlines as best known. Confirmed: the annual evaluation by the end of January of the following year
 * (Lampiran p.90 item 8), the atasan evaluating with a final result when the pejabat penilai does not (p.90 item 11),
 * and the keberatan filed to the atasan pejabat penilai within 14 days of receiving the result (PP 30/2019 Pasal 59;
 * secondary source, and whether the days are calendar or working days is not confirmed). The other values are local
 * practice found in e-Kinerja deployments and are marked `confirmed: false`.
 *
 * @category presets
 * @since 0.2.0
 */
export const nationalDeadlines: Deadlines = {
  plan: {
    anchor: "year-start",
    days: 30,
    legalBasis: pm6("Pasal 7–13 (perencanaan kinerja)", false, "SKP ditetapkan paling lambat akhir Januari")
  },
  change: {
    anchor: "change-proposed",
    days: 14,
    legalBasis: pm6("Pasal 13 (perubahan SKP)", false, "jangka waktu tanggapan atas usul perubahan")
  },
  realisasi: {
    anchor: "period-end",
    days: 5,
    legalBasis: pm6("Pasal 16 (pendokumentasian kinerja)", false, "realisasi dicatat paling lambat 5 hari")
  },
  periodic: {
    anchor: "period-end",
    days: 10,
    legalBasis: pm6("Pasal 24 (evaluasi kinerja periodik)", false, "tenggat evaluasi periodik")
  },
  annual: { anchor: "year-end", days: 31, legalBasis: pm6("Pasal 25; Lampiran hlm. 90 butir 8 dan 11") },
  approval: {
    anchor: "evaluated",
    days: 7,
    legalBasis: pm6("Lampiran Bab IV (persetujuan atasan pejabat penilai)", false, "tenggat persetujuan")
  },
  acknowledgement: {
    anchor: "approved",
    days: 7,
    legalBasis: pm6("Lampiran Bab IV (penyampaian hasil evaluasi)", false, "tenggat tanda terima")
  },
  keberatan: {
    anchor: "acknowledged",
    days: 14,
    legalBasis: [
      {
        regulation: "PP 30/2019",
        article: "Pasal 59 ayat (1)",
        note: "14 hari sejak hasil diterima (sumber sekunder: LAN RI); hari kalender atau kerja belum dikonfirmasi",
        confirmed: false
      },
      { regulation: "PermenPAN-RB 6/2022", article: "Pasal 29", confirmed: true }
    ]
  },
  decision: {
    anchor: "keberatan-filed",
    days: 14,
    legalBasis: [
      {
        regulation: "PP 30/2019",
        article: "Pasal 59 ayat (3)–(4)",
        note: "atasan meminta penjelasan, dapat mengubah hasil, keputusannya final; tenggat keputusan belum dikonfirmasi",
        confirmed: false
      }
    ]
  }
}

// ---------------------------------------------------------------------------------------------------------------
// models: the plan
// ---------------------------------------------------------------------------------------------------------------

/**
 * An indicator of an RHK with its target.
 *
 * @category models
 * @since 0.2.0
 */
export const Indikator = Schema.Struct({
  id: Schema.NonEmptyString,
  text: Schema.NonEmptyString,
  target: Schema.NonEmptyString,
  satuan: Schema.optionalKey(Schema.String),
  aspek: Schema.optionalKey(Schema.Literals(["kuantitas", "kualitas", "waktu", "biaya"]))
})

/**
 * @category models
 * @since 0.2.0
 */
export type Indikator = typeof Indikator.Type

/**
 * A rencana hasil kerja (RHK): utama or tambahan, its indicators, and for a cascaded RHK the id of the superior's RHK
 * it intervenes (`intervensi`).
 *
 * @category models
 * @since 0.2.0
 */
export const Rhk = Schema.Struct({
  id: Schema.NonEmptyString,
  text: Schema.NonEmptyString,
  kind: Schema.Literals(["utama", "tambahan"]),
  intervensi: Schema.optionalKey(Schema.NonEmptyString),
  indicators: Schema.Array(Indikator).pipe(Schema.check(Schema.isMinLength(1)))
})

/**
 * @category models
 * @since 0.2.0
 */
export type Rhk = typeof Rhk.Type

/**
 * An ekspektasi khusus pimpinan for one BerAKHLAK value.
 *
 * @category models
 * @since 0.2.0
 */
export const Ekspektasi = Schema.Struct({ value: Behaviour.CoreValue, text: Schema.NonEmptyString })

/**
 * @category models
 * @since 0.2.0
 */
export type Ekspektasi = typeof Ekspektasi.Type

/**
 * The content of an SKP: RHK with indicators and targets, and the ekspektasi per BerAKHLAK value.
 *
 * @category models
 * @since 0.2.0
 */
export const Plan = Schema.Struct({
  rhk: Schema.Array(Rhk).pipe(Schema.check(Schema.isMinLength(1))),
  ekspektasi: Schema.Array(Ekspektasi)
})

/**
 * @category models
 * @since 0.2.0
 */
export type Plan = typeof Plan.Type

/**
 * Evidence of a realisasi: a link or a stored file (its storage key and content hash).
 *
 * @category models
 * @since 0.2.0
 */
export const Evidence = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("link"), url: Schema.NonEmptyString }),
  Schema.Struct({
    kind: Schema.Literal("file"),
    key: Schema.NonEmptyString,
    name: Schema.NonEmptyString,
    sha256: Schema.optionalKey(Schema.String)
  })
])

/**
 * @category models
 * @since 0.2.0
 */
export type Evidence = typeof Evidence.Type

// ---------------------------------------------------------------------------------------------------------------
// models: events
// ---------------------------------------------------------------------------------------------------------------

const base = {
  by: Schema.NonEmptyString,
  at: Calendar.IsoDate,
  reason: Schema.optionalKey(Schema.String)
}

/**
 * An event of the cycle.
 *
 * @category models
 * @since 0.2.0
 */
export const Event = Schema.Union([
  Schema.Struct({
    _tag: Schema.Literal("Open"),
    ...base,
    id: Schema.NonEmptyString,
    year: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 2000, maximum: 2200 }))),
    pegawai: Schema.NonEmptyString,
    pejabatPenilai: Schema.NonEmptyString,
    atasanPejabatPenilai: Schema.NonEmptyString
  }),
  Schema.Struct({ _tag: Schema.Literal("ProposePlan"), ...base, plan: Plan }),
  Schema.Struct({ _tag: Schema.Literal("AgreePlan"), ...base }),
  Schema.Struct({ _tag: Schema.Literal("ProposeChange"), ...base, plan: Plan, reason: Schema.NonEmptyString }),
  Schema.Struct({ _tag: Schema.Literal("AgreeChange"), ...base }),
  Schema.Struct({ _tag: Schema.Literal("RejectChange"), ...base }),
  Schema.Struct({
    _tag: Schema.Literal("RecordRealisasi"),
    ...base,
    period: Schema.NonEmptyString,
    indicator: Schema.NonEmptyString,
    value: Schema.NonEmptyString,
    evidence: Schema.Array(Evidence)
  }),
  Schema.Struct({
    _tag: Schema.Literal("GiveFeedback"),
    ...base,
    indicator: Schema.optionalKey(Schema.NonEmptyString),
    text: Schema.NonEmptyString
  }),
  Schema.Struct({
    _tag: Schema.Literal("EvaluatePeriod"),
    ...base,
    period: Schema.NonEmptyString,
    ratings: Quadrant.Ratings,
    score: Schema.optionalKey(Schema.Finite)
  }),
  Schema.Struct({
    _tag: Schema.Literal("EvaluateAnnual"),
    ...base,
    ratings: Quadrant.Ratings,
    score: Schema.optionalKey(Schema.Finite)
  }),
  Schema.Struct({ _tag: Schema.Literal("ReturnEvaluation"), ...base, reason: Schema.NonEmptyString }),
  Schema.Struct({ _tag: Schema.Literal("ApproveEvaluation"), ...base }),
  Schema.Struct({ _tag: Schema.Literal("Acknowledge"), ...base }),
  Schema.Struct({ _tag: Schema.Literal("FileKeberatan"), ...base, reason: Schema.NonEmptyString }),
  Schema.Struct({
    _tag: Schema.Literal("DecideKeberatan"),
    ...base,
    outcome: Schema.Literals(["ditolak", "diubah"]),
    ratings: Schema.optionalKey(Quadrant.Ratings),
    reason: Schema.NonEmptyString
  }),
  Schema.Struct({ _tag: Schema.Literal("Finalise"), ...base })
])

/**
 * @category models
 * @since 0.2.0
 */
export type Event = typeof Event.Type

/**
 * The event names, in the order of a year.
 *
 * @category models
 * @since 0.2.0
 */
export const eventTags = [
  "Open",
  "ProposePlan",
  "AgreePlan",
  "ProposeChange",
  "AgreeChange",
  "RejectChange",
  "RecordRealisasi",
  "GiveFeedback",
  "EvaluatePeriod",
  "EvaluateAnnual",
  "ReturnEvaluation",
  "ApproveEvaluation",
  "Acknowledge",
  "FileKeberatan",
  "DecideKeberatan",
  "Finalise"
] as const satisfies ReadonlyArray<Event["_tag"]>

/**
 * @category models
 * @since 0.2.0
 */
export type EventTag = (typeof eventTags)[number]

/**
 * The permission-table action each event needs (`Permission.check`), so a server can check the role table as well as
 * the cycle's own party rule. `Open` and `Finalise` are administrative (`cycle.read` scope is not enough; a server
 * runs them as the system).
 *
 * @example
 * ```ts
 * import { Cycle } from "@pembinaan/core"
 * Cycle.permissionFor.FileKeberatan // => "keberatan.file"
 * ```
 *
 * @category models
 * @since 0.2.0
 */
export const permissionFor: { readonly [T in EventTag]: Permission.Action | undefined } = {
  Open: undefined,
  ProposePlan: "skp.propose",
  AgreePlan: "skp.agree",
  ProposeChange: "skp.change",
  AgreeChange: "skp.change",
  RejectChange: "skp.change",
  RecordRealisasi: "realisasi.record",
  GiveFeedback: "feedback.give",
  EvaluatePeriod: "evaluation.periodic",
  EvaluateAnnual: "evaluation.annual",
  ReturnEvaluation: "evaluation.approve",
  ApproveEvaluation: "evaluation.approve",
  Acknowledge: "evaluation.acknowledge",
  FileKeberatan: "keberatan.file",
  DecideKeberatan: "keberatan.decide",
  Finalise: undefined
}

// ---------------------------------------------------------------------------------------------------------------
// models: state
// ---------------------------------------------------------------------------------------------------------------

/**
 * The statuses; `final` is the only final one.
 *
 * @category models
 * @since 0.2.0
 */
export const statuses = [
  "draft",
  "proposed",
  "agreed",
  "change-proposed",
  "evaluated",
  "approved",
  "acknowledged",
  "keberatan",
  "final"
] as const

/**
 * @category models
 * @since 0.2.0
 */
export const Status = Schema.Literals(statuses)

/**
 * @category models
 * @since 0.2.0
 */
export type Status = typeof Status.Type

/**
 * The party an actor is in this cycle.
 *
 * @category models
 * @since 0.2.0
 */
export const Party = Schema.Literals(["pegawai", "pejabat-penilai", "atasan-pejabat-penilai", "lain"])

/**
 * @category models
 * @since 0.2.0
 */
export type Party = typeof Party.Type

/**
 * An agreed version of the plan.
 *
 * @category models
 * @since 0.2.0
 */
export const Version = Schema.Struct({
  version: Schema.Int,
  plan: Plan,
  proposedBy: Party,
  agreedBy: Party,
  agreedAt: Calendar.IsoDate,
  /** Why the plan changed (versions after the first). */
  reason: Schema.NullOr(Schema.String)
})

/**
 * @category models
 * @since 0.2.0
 */
export type Version = typeof Version.Type

/**
 * An evaluation with its kuadran result.
 *
 * @category models
 * @since 0.2.0
 */
export const Evaluated = Schema.Struct({
  ratings: Quadrant.Ratings,
  predikat: Quadrant.Predikat,
  score: Schema.NullOr(Schema.Finite),
  at: Calendar.IsoDate,
  by: Schema.String,
  party: Party
})

/**
 * @category models
 * @since 0.2.0
 */
export type Evaluated = typeof Evaluated.Type

/**
 * The state of a cycle: plain JSON, with its Schema so that a server can describe and check it (a state is always
 * rebuilt from events by {@link replay}; the Schema is for the API, not for storage).
 *
 * @category models
 * @since 0.2.0
 */
export const State = Schema.Struct({
  id: Schema.String,
  year: Schema.Int,
  parties: Schema.Struct({
    pegawai: Schema.String,
    pejabatPenilai: Schema.String,
    atasanPejabatPenilai: Schema.String
  }),
  status: Status,
  openedAt: Calendar.IsoDate,
  /** The pending proposal (status `proposed` or `change-proposed`). */
  proposal: Schema.NullOr(
    Schema.Struct({ plan: Plan, by: Party, at: Calendar.IsoDate, reason: Schema.optionalKey(Schema.String) })
  ),
  /** Agreed versions, oldest first; the last is in force. */
  versions: Schema.Array(Version),
  realisasi: Schema.Array(
    Schema.Struct({
      period: Schema.String,
      indicator: Schema.String,
      value: Schema.String,
      evidence: Schema.Array(Evidence),
      at: Calendar.IsoDate
    })
  ),
  feedback: Schema.Array(
    Schema.Struct({
      indicator: Schema.NullOr(Schema.String),
      text: Schema.String,
      by: Schema.String,
      party: Party,
      at: Calendar.IsoDate
    })
  ),
  periodic: Schema.Array(Schema.Struct({ ...Evaluated.fields, period: Schema.String })),
  annual: Schema.NullOr(Evaluated),
  approval: Schema.NullOr(Schema.Struct({ at: Calendar.IsoDate, by: Schema.String })),
  acknowledgement: Schema.NullOr(Schema.Struct({ at: Calendar.IsoDate })),
  keberatan: Schema.NullOr(
    Schema.Struct({
      filedAt: Calendar.IsoDate,
      reason: Schema.String,
      decision: Schema.NullOr(
        Schema.Struct({
          at: Calendar.IsoDate,
          outcome: Schema.Literals(["ditolak", "diubah"]),
          ratings: Quadrant.Ratings,
          predikat: Quadrant.Predikat,
          reason: Schema.String
        })
      )
    })
  ),
  /** The final result once `final`. */
  result: Schema.NullOr(
    Schema.Struct({
      ratings: Quadrant.Ratings,
      predikat: Quadrant.Predikat,
      source: Schema.Literals(["evaluasi-tahunan", "evaluasi-atasan", "keputusan-keberatan"]),
      at: Calendar.IsoDate
    })
  ),
  lastAt: Calendar.IsoDate,
  log: Schema.Array(
    Schema.Struct({
      at: Calendar.IsoDate,
      by: Schema.String,
      party: Party,
      event: Schema.Literals(eventTags),
      from: Schema.NullOr(Status),
      to: Status
    })
  )
})

/**
 * @category models
 * @since 0.2.0
 */
export type State = typeof State.Type

/**
 * The result of one event: the new state and what happened, in Indonesian and English.
 *
 * @category models
 * @since 0.2.0
 */
export interface Transition {
  readonly state: State
  readonly event: Event
  readonly party: Party
  readonly from: Status | null
  readonly to: Status
  readonly messages: { readonly id: string; readonly en: string }
}

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

const Messages = Schema.Struct({ id: Schema.String, en: Schema.String })

/**
 * The event is not allowed in the current status.
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidTransition extends Data.TaggedError("InvalidTransition")<{
  readonly from: string
  readonly event: string
  readonly allowed: ReadonlyArray<string>
  readonly messages: typeof Messages.Type
}> {}

/**
 * The actor is not the party who may do this.
 *
 * @category errors
 * @since 0.2.0
 */
export class WrongParty extends Data.TaggedError("WrongParty")<{
  readonly event: string
  readonly by: string
  readonly party: string
  readonly expected: ReadonlyArray<string>
  readonly messages: typeof Messages.Type
}> {}

/**
 * The event is dated before the last event, or outside its window (a keberatan after its deadline, an annual
 * evaluation before December, an atasan evaluation before the pejabat penilai's deadline).
 *
 * @category errors
 * @since 0.2.0
 */
export class OutOfTime extends Data.TaggedError("OutOfTime")<{
  readonly event: string
  readonly at: string
  readonly limit: string
  readonly messages: typeof Messages.Type
}> {}

/**
 * The event's content does not fit the cycle: an unknown indicator or period, a period evaluated twice, a plan with
 * duplicate ids or an RHK utama without intervensi, a changed decision without ratings.
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidContent extends Data.TaggedError("InvalidContent")<{
  readonly event: string
  readonly problems: ReadonlyArray<Input.Problem>
  readonly messages: typeof Messages.Type
}> {}

/**
 * Errors of this module.
 *
 * @category errors
 * @since 0.2.0
 */
export type CycleError = InvalidTransition | WrongParty | OutOfTime | InvalidContent | Input.InvalidInput

// ---------------------------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------------------------

const addDays = (iso: string, days: number): string => Calendar.addPeriod(iso, { months: 0, days })

const periodEnd = (cadence: Period.Cadence, period: string): string | undefined => {
  const p = Period.parse(cadence, period)
  if (!p) return undefined
  const lastMonth = cadence === "triwulanan" ? p.index * 3 : p.index
  return addDays(Calendar.addPeriod(`${p.year}-${String(lastMonth).padStart(2, "0")}-01`, { months: 1, days: 0 }), -1)
}

/**
 * The last allowed day of a deadline from its anchor date.
 *
 * @category getters
 * @since 0.2.0
 */
export const deadlineFrom = (deadline: Deadline, anchorDate: string): string => addDays(anchorDate, deadline.days)

const partyOf = (state: State, nip: string): Party =>
  nip === state.parties.pegawai
    ? "pegawai"
    : nip === state.parties.pejabatPenilai
      ? "pejabat-penilai"
      : nip === state.parties.atasanPejabatPenilai
        ? "atasan-pejabat-penilai"
        : "lain"

const PARTY_ID: Record<Party, string> = {
  pegawai: "pegawai",
  "pejabat-penilai": "pejabat penilai",
  "atasan-pejabat-penilai": "atasan pejabat penilai",
  lain: "pihak lain"
}
const PARTY_EN: Record<Party, string> = {
  pegawai: "the employee",
  "pejabat-penilai": "the pejabat penilai",
  "atasan-pejabat-penilai": "the atasan pejabat penilai",
  lain: "another party"
}

const STATUS_ID: Record<Status, string> = {
  draft: "draf",
  proposed: "SKP diusulkan",
  agreed: "SKP disepakati",
  "change-proposed": "perubahan SKP diusulkan",
  evaluated: "dievaluasi",
  approved: "disetujui atasan",
  acknowledged: "diterima pegawai",
  keberatan: "keberatan diajukan",
  final: "final"
}

/**
 * The events allowed in each status (before the party and content checks).
 *
 * @category models
 * @since 0.2.0
 */
export const allowed: { readonly [S in Status]: ReadonlyArray<EventTag> } = {
  draft: ["ProposePlan"],
  proposed: ["ProposePlan", "AgreePlan"],
  agreed: ["ProposeChange", "RecordRealisasi", "GiveFeedback", "EvaluatePeriod", "EvaluateAnnual"],
  "change-proposed": ["AgreeChange", "RejectChange", "RecordRealisasi", "GiveFeedback", "EvaluatePeriod"],
  evaluated: ["ApproveEvaluation", "ReturnEvaluation"],
  approved: ["Acknowledge", "Finalise"],
  acknowledged: ["FileKeberatan", "Finalise"],
  keberatan: ["DecideKeberatan"],
  final: []
}

/** Messages of successful transitions. */
const said = (event: Event, party: Party, state: State): { id: string; en: string } => {
  const who = PARTY_ID[party]
  const whoEn = PARTY_EN[party]
  switch (event._tag) {
    case "Open":
      return {
        id: `Siklus SKP ${event.year} dibuka untuk pegawai ${event.pegawai}.`,
        en: `SKP cycle ${event.year} opened for employee ${event.pegawai}.`
      }
    case "ProposePlan":
      return { id: `SKP diusulkan oleh ${who}.`, en: `SKP proposed by ${whoEn}.` }
    case "AgreePlan":
      return { id: `SKP disepakati oleh ${who} (versi 1).`, en: `SKP agreed by ${whoEn} (version 1).` }
    case "ProposeChange":
      return { id: `Perubahan SKP diusulkan oleh ${who}.`, en: `A change to the SKP proposed by ${whoEn}.` }
    case "AgreeChange":
      return {
        id: `Perubahan SKP disepakati oleh ${who} (versi ${state.versions.length}).`,
        en: `The change to the SKP agreed by ${whoEn} (version ${state.versions.length}).`
      }
    case "RejectChange":
      return { id: `Usul perubahan SKP ditolak oleh ${who}.`, en: `The proposed change was rejected by ${whoEn}.` }
    case "RecordRealisasi":
      return {
        id: `Realisasi ${event.indicator} periode ${event.period} dicatat.`,
        en: `Realisasi of ${event.indicator} for ${event.period} recorded.`
      }
    case "GiveFeedback":
      return { id: `Umpan balik diberikan oleh ${who}.`, en: `Feedback given by ${whoEn}.` }
    case "EvaluatePeriod": {
      const p = state.periodic[state.periodic.length - 1]?.predikat
      return {
        id: `Evaluasi periodik ${event.period}: predikat ${p}.`,
        en: `Periodic evaluation ${event.period}: predikat ${p}.`
      }
    }
    case "EvaluateAnnual":
      return party === "atasan-pejabat-penilai"
        ? {
            id: `Evaluasi tahunan oleh atasan pejabat penilai karena tenggat terlewati: predikat ${state.annual?.predikat}, bersifat final.`,
            en: `Annual evaluation by the atasan pejabat penilai after the missed deadline: predikat ${state.annual?.predikat}, final.`
          }
        : {
            id: `Evaluasi tahunan oleh pejabat penilai: predikat ${state.annual?.predikat}.`,
            en: `Annual evaluation by the pejabat penilai: predikat ${state.annual?.predikat}.`
          }
    case "ReturnEvaluation":
      return {
        id: "Hasil evaluasi dikembalikan oleh atasan pejabat penilai untuk diperbaiki.",
        en: "The evaluation was returned by the atasan pejabat penilai for revision."
      }
    case "ApproveEvaluation":
      return {
        id: "Hasil evaluasi disetujui oleh atasan pejabat penilai.",
        en: "The evaluation was approved by the atasan pejabat penilai."
      }
    case "Acknowledge":
      return { id: "Hasil evaluasi diterima oleh pegawai.", en: "The employee acknowledged the evaluation." }
    case "FileKeberatan":
      return {
        id: "Keberatan diajukan kepada atasan pejabat penilai.",
        en: "A keberatan was filed with the atasan pejabat penilai."
      }
    case "DecideKeberatan":
      return event.outcome === "ditolak"
        ? {
            id: "Keberatan ditolak; hasil evaluasi tetap dan final.",
            en: "The keberatan was rejected; the evaluation stands and is final."
          }
        : {
            id: `Keberatan diterima; atasan menetapkan predikat ${state.result?.predikat}, final.`,
            en: `The keberatan was upheld; the atasan set predikat ${state.result?.predikat}, final.`
          }
    case "Finalise":
      return {
        id: `Hasil evaluasi ${state.year} final: ${state.result?.predikat}.`,
        en: `The ${state.year} evaluation is final: ${state.result?.predikat}.`
      }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// plan checks
// ---------------------------------------------------------------------------------------------------------------

/**
 * Problems of a plan: duplicate RHK or indicator ids, a BerAKHLAK value given twice, and an RHK utama without the
 * superior's RHK it intervenes (cascading: every RHK utama of a pegawai with a pejabat penilai names one).
 *
 * @category validation
 * @since 0.2.0
 */
export const planProblems = (plan: Plan, at: ReadonlyArray<string | number> = ["plan"]): Array<Input.Problem> => {
  const out: Array<Input.Problem> = []
  const rhkIds = new Set<string>()
  const indIds = new Set<string>()
  plan.rhk.forEach((r, i) => {
    if (rhkIds.has(r.id)) out.push({ path: [...at, "rhk", i, "id"], code: "duplicate", message: `RHK ${r.id} twice` })
    rhkIds.add(r.id)
    if (r.kind === "utama" && r.intervensi === undefined) {
      out.push({
        path: [...at, "rhk", i, "intervensi"],
        code: "missing-intervensi",
        message: "an RHK utama names the superior's RHK it intervenes"
      })
    }
    r.indicators.forEach((ind, j) => {
      if (indIds.has(ind.id)) {
        out.push({ path: [...at, "rhk", i, "indicators", j, "id"], code: "duplicate", message: `${ind.id} twice` })
      }
      indIds.add(ind.id)
    })
  })
  const values = new Set<string>()
  plan.ekspektasi.forEach((e, i) => {
    if (values.has(e.value)) {
      out.push({ path: [...at, "ekspektasi", i, "value"], code: "duplicate", message: `${e.value} twice` })
    }
    values.add(e.value)
  })
  return out
}

/**
 * Problems of cascading against the superior's plan: each `intervensi` must be an RHK id of the superior's plan.
 *
 * @example
 * ```ts
 * import { Cycle } from "@pembinaan/core"
 * // Cycle.cascadeProblems(staffPlan, kabidPlan) // => [] when every intervensi is one of kabid's RHK ids
 * ```
 *
 * @category validation
 * @since 0.2.0
 */
export const cascadeProblems = (plan: Plan, superior: Plan): ReadonlyArray<Input.Problem> => {
  const ids = new Set(superior.rhk.map((r) => r.id))
  return plan.rhk.flatMap((r, i) =>
    r.intervensi !== undefined && !ids.has(r.intervensi)
      ? [
          {
            path: ["rhk", i, "intervensi"],
            code: "unknown-superior-rhk",
            message: `the superior has no RHK ${r.intervensi}`
          }
        ]
      : []
  )
}

/**
 * The plan in force (the last agreed version), or `undefined` before agreement.
 *
 * @category getters
 * @since 0.2.0
 */
export const planInForce = (state: State): Plan | undefined => state.versions[state.versions.length - 1]?.plan

const indicatorIds = (plan: Plan | undefined): ReadonlyArray<string> =>
  plan ? plan.rhk.flatMap((r) => r.indicators.map((i) => i.id)) : []

// ---------------------------------------------------------------------------------------------------------------
// the machine
// ---------------------------------------------------------------------------------------------------------------

/**
 * Decodes an event.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodeEvent = Input.decode(Event, "CycleEvent")

/**
 * Decodes a cycle policy.
 *
 * @category decoding
 * @since 0.2.0
 */
export const decodePolicy = Input.decode(Policy, "CyclePolicy")

const content = (event: string, problems: ReadonlyArray<Input.Problem>) =>
  new InvalidContent({
    event,
    problems,
    messages: {
      id: `Isi ${event} tidak valid: ${problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ")}`,
      en: `${event} does not fit: ${problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ")}`
    }
  })

const opened = (event: Extract<Event, { _tag: "Open" }>): State => ({
  id: event.id,
  year: event.year,
  parties: {
    pegawai: event.pegawai,
    pejabatPenilai: event.pejabatPenilai,
    atasanPejabatPenilai: event.atasanPejabatPenilai
  },
  status: "draft",
  openedAt: event.at,
  proposal: null,
  versions: [],
  realisasi: [],
  feedback: [],
  periodic: [],
  annual: null,
  approval: null,
  acknowledgement: null,
  keberatan: null,
  result: null,
  lastAt: event.at,
  log: [{ at: event.at, by: event.by, party: "lain", event: "Open", from: null, to: "draft" }]
})

/**
 * Applies one event (untrusted: it is decoded) to a state; `undefined` is the state before `Open`. Checks, in order:
 * the event's shape; that it is allowed in the status; its date (never before the last event); the party; its
 * window and content. A refusal leaves nothing changed (the caller keeps the old state).
 *
 * @example
 * ```ts
 * import { Cycle } from "@pembinaan/core"
 * const t = Cycle.apply(policy, undefined, {
 *   _tag: "Open", by: "system", at: "2026-01-02", id: "skp-2026-1", year: 2026,
 *   pegawai: "199001012020011001", pejabatPenilai: "198003152005012002", atasanPejabatPenilai: "197501012000031001"
 * })
 * // t.success.to => "draft"; t.success.messages.id => "Siklus SKP 2026 dibuka …"
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const apply = (
  policy: Policy,
  state: State | undefined,
  input: unknown
): Result.Result<Transition, CycleError> => {
  const decoded = decodeEvent(input)
  if (Result.isFailure(decoded)) return Result.fail(decoded.failure)
  const event = decoded.success
  if (state === undefined) {
    if (event._tag !== "Open") {
      return Result.fail(
        new InvalidTransition({
          from: "none",
          event: event._tag,
          allowed: ["Open"],
          messages: { id: "Siklus belum dibuka.", en: "The cycle has not been opened." }
        })
      )
    }
    const people = [event.pegawai, event.pejabatPenilai, event.atasanPejabatPenilai]
    if (new Set(people).size !== people.length) {
      return Result.fail(
        content("Open", [
          {
            path: [],
            code: "same-person",
            message: "the pegawai, the pejabat penilai and the atasan pejabat penilai are three different people"
          }
        ])
      )
    }
    const s = opened(event)
    return Result.succeed({ state: s, event, party: "lain", from: null, to: "draft", messages: said(event, "lain", s) })
  }
  const ok = allowed[state.status]
  if (!ok.includes(event._tag as EventTag)) {
    return Result.fail(
      new InvalidTransition({
        from: state.status,
        event: event._tag,
        allowed: [...ok],
        messages: {
          id: `${event._tag} tidak dapat dilakukan saat status "${STATUS_ID[state.status]}"; yang dapat: ${ok.join(", ") || "tidak ada"}.`,
          en: `${event._tag} is not allowed while ${state.status}; allowed: ${ok.join(", ") || "nothing"}.`
        }
      })
    )
  }
  if (event.at < state.lastAt) {
    return Result.fail(
      new OutOfTime({
        event: event._tag,
        at: event.at,
        limit: state.lastAt,
        messages: {
          id: `Tanggal ${Calendar.longDate(event.at)} sebelum peristiwa terakhir (${Calendar.longDate(state.lastAt)}).`,
          en: `The date ${Calendar.longDate(event.at, "en")} is before the last event (${Calendar.longDate(state.lastAt, "en")}).`
        }
      })
    )
  }
  const party = partyOf(state, event.by)
  const need = (...parties: ReadonlyArray<Party>): Result.Result<never, WrongParty> | undefined =>
    parties.includes(party)
      ? undefined
      : Result.fail(
          new WrongParty({
            event: event._tag,
            by: event.by,
            party,
            expected: [...parties],
            messages: {
              id: `${event._tag} hanya dapat dilakukan oleh ${parties.map((p) => PARTY_ID[p]).join(" atau ")}, bukan ${PARTY_ID[party]}.`,
              en: `${event._tag} may be done only by ${parties.map((p) => PARTY_EN[p]).join(" or ")}, not ${PARTY_EN[party]}.`
            }
          })
        )
  const late = (limit: string, what: { id: string; en: string }) =>
    Result.fail(new OutOfTime({ event: event._tag, at: event.at, limit, messages: what }))
  const move = (to: Status, patch: Partial<State>): Result.Result<Transition, CycleError> => {
    const next: State = {
      ...state,
      ...patch,
      status: to,
      lastAt: event.at,
      log: [...state.log, { at: event.at, by: event.by, party, event: event._tag as EventTag, from: state.status, to }]
    }
    return Result.succeed({ state: next, event, party, from: state.status, to, messages: said(event, party, next) })
  }
  const d = policy.deadlines
  const evaluated = (ratings: Quadrant.Ratings, score: number | undefined): Evaluated => ({
    ratings,
    predikat: Quadrant.classify(policy.quadrant, ratings).predikat,
    score: score ?? null,
    at: event.at,
    by: event.by,
    party
  })
  switch (event._tag) {
    case "Open":
      return Result.fail(
        new InvalidTransition({
          from: state.status,
          event: "Open",
          allowed: [...ok],
          messages: { id: "Siklus sudah dibuka.", en: "The cycle is already open." }
        })
      )
    case "ProposePlan": {
      const wrong = need("pegawai", "pejabat-penilai")
      if (wrong) return wrong
      const found = planProblems(event.plan)
      if (found.length > 0) return Result.fail(content(event._tag, found))
      return move("proposed", { proposal: { plan: event.plan, by: party, at: event.at } })
    }
    case "AgreePlan":
    case "AgreeChange": {
      const proposal = state.proposal
      if (!proposal)
        return Result.fail(content(event._tag, [{ path: [], code: "no-proposal", message: "nothing to agree" }]))
      const wrong = need(proposal.by === "pegawai" ? "pejabat-penilai" : "pegawai")
      if (wrong) return wrong
      const version: Version = {
        version: state.versions.length + 1,
        plan: proposal.plan,
        proposedBy: proposal.by,
        agreedBy: party,
        agreedAt: event.at,
        reason: proposal.reason ?? null
      }
      return move("agreed", { proposal: null, versions: [...state.versions, version] })
    }
    case "ProposeChange": {
      const wrong = need("pegawai", "pejabat-penilai")
      if (wrong) return wrong
      const found = planProblems(event.plan)
      if (found.length > 0) return Result.fail(content(event._tag, found))
      return move("change-proposed", {
        proposal: { plan: event.plan, by: party, at: event.at, reason: event.reason }
      })
    }
    case "RejectChange": {
      const wrong = need("pegawai", "pejabat-penilai")
      if (wrong) return wrong
      return move("agreed", { proposal: null })
    }
    case "RecordRealisasi": {
      const wrong = need("pegawai")
      if (wrong) return wrong
      const found: Array<Input.Problem> = []
      if (!indicatorIds(planInForce(state)).includes(event.indicator)) {
        found.push({ path: ["indicator"], code: "unknown-indicator", message: `no indicator ${event.indicator}` })
      }
      const p = Period.parse(policy.period.cadence, event.period)
      if (!p || p.year !== state.year) {
        found.push({
          path: ["period"],
          code: "unknown-period",
          message: `${event.period} is not a period of ${state.year}`
        })
      }
      if (found.length > 0) return Result.fail(content(event._tag, found))
      const { period, indicator, value, evidence } = event
      return move(state.status, {
        realisasi: [...state.realisasi, { period, indicator, value, evidence, at: event.at }]
      })
    }
    case "GiveFeedback": {
      if (event.indicator !== undefined && !indicatorIds(planInForce(state)).includes(event.indicator)) {
        return Result.fail(
          content(event._tag, [{ path: ["indicator"], code: "unknown-indicator", message: `no ${event.indicator}` }])
        )
      }
      if (party === "pegawai") {
        return need("pejabat-penilai", "atasan-pejabat-penilai", "lain") ?? Result.fail(content(event._tag, []))
      }
      return move(state.status, {
        feedback: [
          ...state.feedback,
          { indicator: event.indicator ?? null, text: event.text, by: event.by, party, at: event.at }
        ]
      })
    }
    case "EvaluatePeriod": {
      const wrong = need("pejabat-penilai")
      if (wrong) return wrong
      const end = periodEnd(policy.period.cadence, event.period)
      const p = Period.parse(policy.period.cadence, event.period)
      if (end === undefined || p?.year !== state.year) {
        return Result.fail(
          content(event._tag, [
            { path: ["period"], code: "unknown-period", message: `${event.period} is not a period of ${state.year}` }
          ])
        )
      }
      if (state.periodic.some((x) => x.period === event.period)) {
        return Result.fail(
          content(event._tag, [
            { path: ["period"], code: "duplicate", message: `${event.period} is already evaluated` }
          ])
        )
      }
      if (event.at < end) {
        return late(end, {
          id: `Periode ${event.period} baru berakhir ${end}; evaluasi periodik belum dapat dilakukan.`,
          en: `Period ${event.period} ends ${end}; it cannot be evaluated before.`
        })
      }
      return move(state.status, {
        periodic: [...state.periodic, { ...evaluated(event.ratings, event.score), period: event.period }]
      })
    }
    case "EvaluateAnnual": {
      const wrong = need("pejabat-penilai", "atasan-pejabat-penilai")
      if (wrong) return wrong
      const opens = `${state.year}-12-01`
      if (event.at < opens) {
        return late(opens, {
          id: `Evaluasi tahunan ${state.year} baru dapat dilakukan mulai ${opens}.`,
          en: `The ${state.year} annual evaluation opens on ${opens}.`
        })
      }
      const limit = deadlineFrom(d.annual, `${state.year}-12-31`)
      const annual = evaluated(event.ratings, event.score)
      if (party === "atasan-pejabat-penilai") {
        if (event.at <= limit) {
          return late(limit, {
            id: `Atasan pejabat penilai mengevaluasi hanya setelah tenggat pejabat penilai (${Calendar.longDate(limit)}) terlewati.`,
            en: `The atasan pejabat penilai evaluates only after the pejabat penilai's deadline (${Calendar.longDate(limit, "en")}).`
          })
        }
        return move("approved", { annual, approval: { at: event.at, by: event.by } })
      }
      return move("evaluated", { annual })
    }
    case "ReturnEvaluation": {
      const wrong = need("atasan-pejabat-penilai")
      if (wrong) return wrong
      return move("agreed", { annual: null })
    }
    case "ApproveEvaluation": {
      const wrong = need("atasan-pejabat-penilai")
      if (wrong) return wrong
      return move("approved", { approval: { at: event.at, by: event.by } })
    }
    case "Acknowledge": {
      const wrong = need("pegawai")
      if (wrong) return wrong
      return move("acknowledged", { acknowledgement: { at: event.at } })
    }
    case "FileKeberatan": {
      const wrong = need("pegawai")
      if (wrong) return wrong
      if (state.annual?.party === "atasan-pejabat-penilai") {
        return Result.fail(
          content(event._tag, [
            {
              path: [],
              code: "final",
              message: "the atasan's evaluation after the missed deadline is final (Lampiran p.90 item 11)"
            }
          ])
        )
      }
      const limit = deadlineFrom(d.keberatan, state.acknowledgement?.at ?? state.lastAt)
      if (event.at > limit) {
        return late(limit, {
          id: `Batas pengajuan keberatan adalah ${Calendar.longDate(limit)}; keberatan tanggal ${Calendar.longDate(event.at)} terlambat.`,
          en: `Keberatan had to be filed by ${Calendar.longDate(limit, "en")}; ${Calendar.longDate(event.at, "en")} is late.`
        })
      }
      return move("keberatan", { keberatan: { filedAt: event.at, reason: event.reason, decision: null } })
    }
    case "DecideKeberatan": {
      const wrong = need("atasan-pejabat-penilai")
      if (wrong) return wrong
      const annual = state.annual
      const filed = state.keberatan
      if (!annual || !filed) return Result.fail(content(event._tag, [{ path: [], code: "no-keberatan", message: "" }]))
      if (event.outcome === "diubah" && event.ratings === undefined) {
        return Result.fail(
          content(event._tag, [{ path: ["ratings"], code: "missing", message: "a changed result needs its ratings" }])
        )
      }
      const ratings = event.outcome === "diubah" && event.ratings ? event.ratings : annual.ratings
      const predikat = Quadrant.classify(policy.quadrant, ratings).predikat
      return move("final", {
        keberatan: {
          ...filed,
          decision: { at: event.at, outcome: event.outcome, ratings, predikat, reason: event.reason }
        },
        result: { ratings, predikat, source: "keputusan-keberatan", at: event.at }
      })
    }
    case "Finalise": {
      const annual = state.annual
      if (!annual) return Result.fail(content(event._tag, [{ path: [], code: "no-evaluation", message: "" }]))
      const byAtasan = annual.party === "atasan-pejabat-penilai"
      if (!byAtasan) {
        const limit =
          state.status === "acknowledged"
            ? deadlineFrom(d.keberatan, state.acknowledgement?.at ?? state.lastAt)
            : deadlineFrom(d.keberatan, deadlineFrom(d.acknowledgement, state.approval?.at ?? state.lastAt))
        if (event.at <= limit) {
          return late(limit, {
            id: `Hasil baru final setelah batas keberatan (${Calendar.longDate(limit)}) lewat.`,
            en: `The result becomes final only after the keberatan window (${Calendar.longDate(limit, "en")}).`
          })
        }
      }
      return move("final", {
        result: {
          ratings: annual.ratings,
          predikat: annual.predikat,
          source: byAtasan ? "evaluasi-atasan" : "evaluasi-tahunan",
          at: event.at
        }
      })
    }
  }
}

/**
 * The state after a list of events: a left fold of {@link apply} from nothing. The first refused event stops the
 * fold and is named by its index.
 *
 * @example
 * ```ts
 * import { Cycle } from "@pembinaan/core"
 * // Cycle.replay(policy, events) // => Result.succeed(state) or Result.fail({ index, error })
 * ```
 *
 * @category combinators
 * @since 0.2.0
 */
export const replay = (
  policy: Policy,
  events: ReadonlyArray<unknown>
): Result.Result<State, { readonly index: number; readonly error: CycleError }> => {
  let state: State | undefined
  for (const [index, event] of events.entries()) {
    const t = apply(policy, state, event)
    if (Result.isFailure(t)) return Result.fail({ index, error: t.failure })
    state = t.success.state
  }
  if (state === undefined) {
    return Result.fail({
      index: 0,
      error: new InvalidTransition({
        from: "none",
        event: "none",
        allowed: ["Open"],
        messages: { id: "Tidak ada peristiwa.", en: "There are no events." }
      })
    })
  }
  return Result.succeed(state)
}

/**
 * Applies an event and appends it to an audit log in one step: the log entry records who (`by`), in which party,
 * when, the event, the status before and after with the event's content, and the reason.
 *
 * @category combinators
 * @since 0.2.0
 */
export const record = (
  policy: Policy,
  state: State | undefined,
  log: AuditLog.Log,
  input: unknown
): Result.Result<{ readonly transition: Transition; readonly log: AuditLog.Log }, CycleError | AuditLog.AuditError> =>
  Result.flatMap(apply(policy, state, input), (transition) =>
    Result.map(
      AuditLog.append(log, {
        at: transition.event.at,
        actor: transition.event.by,
        role: transition.party,
        action: `cycle.${transition.event._tag}`,
        subject: transition.state.id,
        before: { status: transition.from },
        after: { status: transition.to, event: transition.event },
        reason: transition.event.reason ?? ""
      }),
      (next) => ({ transition, log: next })
    )
  )

// ---------------------------------------------------------------------------------------------------------------
// invariants
// ---------------------------------------------------------------------------------------------------------------

/**
 * The states the machine forbids, as checks on a state: every broken invariant is named. A state built by
 * {@link apply} never has any (the property tests assert it for arbitrary event sequences).
 *
 * @category validation
 * @since 0.2.0
 */
export const violations = (state: State): ReadonlyArray<string> => {
  const out: Array<string> = []
  const s = state.status
  const after = (x: Status) => statuses.indexOf(s) >= statuses.indexOf(x)
  if ((s === "proposed" || s === "change-proposed") !== (state.proposal !== null)) out.push("proposal iff proposing")
  if (s === "proposed" && state.versions.length > 0) out.push("a first proposal after an agreement")
  if (after("agreed") && state.versions.length === 0) out.push("past planning without an agreed plan")
  for (const v of state.versions) {
    if (v.proposedBy === v.agreedBy) out.push(`version ${v.version} agreed by its proposer`)
    if (![v.proposedBy, v.agreedBy].every((p) => p === "pegawai" || p === "pejabat-penilai")) {
      out.push(`version ${v.version} not between the pegawai and the pejabat penilai`)
    }
  }
  if (after("evaluated") && state.annual === null) out.push("evaluated without an annual evaluation")
  if (!after("evaluated") && state.annual !== null) out.push("an annual evaluation before the evaluated status")
  if (after("approved") && state.approval === null) out.push("approved without approval")
  if (
    state.annual?.party === "pejabat-penilai" &&
    state.approval !== null &&
    state.approval.by !== state.parties.atasanPejabatPenilai
  ) {
    out.push("approved by someone other than the atasan")
  }
  if ((s === "acknowledged" || s === "keberatan") && state.acknowledgement === null) out.push("no acknowledgement")
  if (s === "keberatan" && (state.keberatan === null || state.keberatan.decision !== null)) out.push("keberatan state")
  if (state.keberatan !== null && state.annual?.party === "atasan-pejabat-penilai")
    out.push("keberatan on a final result")
  if ((s === "final") !== (state.result !== null)) out.push("result iff final")
  if (state.keberatan?.decision && s !== "final") out.push("a decided keberatan that is not final")
  for (const r of state.realisasi) {
    if (!state.versions.some((v) => indicatorIds(v.plan).includes(r.indicator))) out.push(`realisasi of ${r.indicator}`)
  }
  const periods = state.periodic.map((p) => p.period)
  if (new Set(periods).size !== periods.length) out.push("a period evaluated twice")
  state.log.forEach((e, i) => {
    const prev = state.log[i - 1]
    if (prev && e.at < prev.at) out.push(`log goes back in time at ${i}`)
    if (prev && e.from !== prev.to) out.push(`log breaks at ${i}`)
  })
  if (state.log[state.log.length - 1]?.to !== s) out.push("log does not end in the status")
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// deadlines and reminders
// ---------------------------------------------------------------------------------------------------------------

/**
 * Something due: what, from whom (party and NIP), by when, whether it is a duty or a right (`optional`: a keberatan
 * may be filed), whether it is overdue on the given date, and the legal basis of the deadline.
 *
 * @category models
 * @since 0.2.0
 */
export const Due = Schema.Struct({
  what: Schema.Literals([
    "plan",
    "agree-plan",
    "answer-change",
    "realisasi",
    "periodic",
    "annual",
    "approval",
    "acknowledgement",
    "keberatan",
    "decision"
  ]),
  party: Party,
  nip: Schema.String,
  by: Calendar.IsoDate,
  period: Schema.NullOr(Schema.String),
  optional: Schema.Boolean,
  overdue: Schema.Boolean,
  messages: Messages,
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type Due = typeof Due.Type

/**
 * What is due in a state as of a date: the data a server needs to remind people. `overdue` is `on > by`.
 *
 * - draft, proposed: the plan (proposal and agreement) by the plan deadline;
 * - change-proposed: the other party's answer;
 * - agreed: for every period that has ended, its realisasi (pegawai; each indicator without a realisasi) and its
 *   periodic evaluation (pejabat penilai), and the annual evaluation;
 * - evaluated: the atasan's approval; approved: the pegawai's acknowledgement; acknowledged: the keberatan window (a
 *   right); keberatan: the atasan's decision; final: nothing.
 *
 * @example
 * ```ts
 * import { Cycle } from "@pembinaan/core"
 * // Cycle.due(policy, state, "2026-02-05") // => [{ what: "plan", party: "pegawai", by: "2026-01-31", overdue: true, … }]
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const due = (policy: Policy, state: State, on: string): ReadonlyArray<Due> => {
  const d = policy.deadlines
  const out: Array<Due> = []
  const p = state.parties
  const nipOf = (party: Party) =>
    party === "pegawai" ? p.pegawai : party === "pejabat-penilai" ? p.pejabatPenilai : p.atasanPejabatPenilai
  const push = (
    what: Due["what"],
    party: Party,
    deadline: Deadline,
    anchor: string,
    messages: { id: string; en: string },
    period: string | null = null,
    optional = false
  ) => {
    const by = deadlineFrom(deadline, anchor)
    out.push({
      what,
      party,
      nip: nipOf(party),
      by,
      period,
      optional,
      overdue: on > by,
      messages: { id: `${messages.id} paling lambat ${by}.`, en: `${messages.en} by ${by}.` },
      legalBasis: deadline.legalBasis
    })
  }
  const yearStart = `${state.year}-01-01`
  switch (state.status) {
    case "draft":
      push("plan", "pegawai", d.plan, yearStart, { id: "Usulkan SKP", en: "Propose the SKP" })
      break
    case "proposed": {
      const other = state.proposal?.by === "pegawai" ? "pejabat-penilai" : "pegawai"
      push("agree-plan", other, d.plan, yearStart, { id: "Sepakati SKP yang diusulkan", en: "Agree the proposed SKP" })
      break
    }
    case "agreed":
    case "change-proposed": {
      if (state.status === "change-proposed") {
        const other = state.proposal?.by === "pegawai" ? "pejabat-penilai" : "pegawai"
        push("answer-change", other, d.change, state.proposal?.at ?? state.lastAt, {
          id: "Tanggapi usul perubahan SKP",
          en: "Answer the proposed change to the SKP"
        })
      }
      const ids = indicatorIds(planInForce(state))
      for (const period of Period.periodsOf(policy.period.cadence, state.year)) {
        const end = periodEnd(policy.period.cadence, period) ?? yearStart
        if (on <= end) continue
        const missing = ids.filter((id) => !state.realisasi.some((r) => r.period === period && r.indicator === id))
        if (missing.length > 0) {
          push(
            "realisasi",
            "pegawai",
            d.realisasi,
            end,
            {
              id: `Catat realisasi ${period} (${missing.join(", ")})`,
              en: `Record realisasi for ${period} (${missing.join(", ")})`
            },
            period
          )
        }
        if (!state.periodic.some((x) => x.period === period)) {
          push(
            "periodic",
            "pejabat-penilai",
            d.periodic,
            end,
            { id: `Lakukan evaluasi periodik ${period}`, en: `Carry out the periodic evaluation of ${period}` },
            period
          )
        }
      }
      push("annual", "pejabat-penilai", d.annual, `${state.year}-12-31`, {
        id: `Lakukan evaluasi kinerja tahunan ${state.year}`,
        en: `Carry out the ${state.year} annual evaluation`
      })
      break
    }
    case "evaluated":
      push("approval", "atasan-pejabat-penilai", d.approval, state.annual?.at ?? state.lastAt, {
        id: "Setujui atau kembalikan hasil evaluasi",
        en: "Approve or return the evaluation"
      })
      break
    case "approved":
      push("acknowledgement", "pegawai", d.acknowledgement, state.approval?.at ?? state.lastAt, {
        id: "Terima hasil evaluasi",
        en: "Acknowledge the evaluation"
      })
      break
    case "acknowledged":
      if (state.annual?.party !== "atasan-pejabat-penilai") {
        push(
          "keberatan",
          "pegawai",
          d.keberatan,
          state.acknowledgement?.at ?? state.lastAt,
          {
            id: "Keberatan dapat diajukan kepada atasan pejabat penilai",
            en: "A keberatan may be filed with the atasan"
          },
          undefined,
          true
        )
      }
      break
    case "keberatan":
      push("decision", "atasan-pejabat-penilai", d.decision, state.keberatan?.filedAt ?? state.lastAt, {
        id: "Putuskan keberatan",
        en: "Decide the keberatan"
      })
      break
    case "final":
      break
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// the year's result
// ---------------------------------------------------------------------------------------------------------------

/**
 * One period of the year as the result sees it.
 *
 * @category models
 * @since 0.2.0
 */
export const PeriodLine = Schema.Struct({
  period: Schema.String,
  /** `evaluated` on time, `late` (evaluated after its deadline), `missing` (deadline passed, no evaluation), or `open`. */
  state: Schema.Literals(["evaluated", "late", "missing", "open"]),
  predikat: Schema.NullOr(Quadrant.Predikat),
  score: Schema.NullOr(Schema.Finite),
  due: Calendar.IsoDate
})

/**
 * @category models
 * @since 0.2.0
 */
export type PeriodLine = typeof PeriodLine.Type

/**
 * The year's result, JSON-serialisable. `status` is `final` (nothing can change it), `provisional` (an annual
 * evaluation exists but the cycle is not final; `disputed` when a keberatan is pending) or `pending` (no annual
 * evaluation). `predikat` follows the policy's explicit annual strategy (see {@link yearResult}); `notes` say, in
 * Indonesian and English, everything that was not a plain case: late, missing or unscored periods, a failed
 * aggregation, a dispute.
 *
 * @category models
 * @since 0.2.0
 */
export const YearResult = Schema.Struct({
  id: Schema.String,
  year: Schema.Int,
  pegawai: Schema.String,
  status: Schema.Literals(["final", "provisional", "pending"]),
  disputed: Schema.Boolean,
  predikat: Schema.NullOr(Quadrant.Predikat),
  ratings: Schema.NullOr(Quadrant.Ratings),
  source: Schema.NullOr(
    Schema.Literals(["evaluasi-tahunan", "evaluasi-atasan", "keputusan-keberatan", "agregasi-periodik"])
  ),
  strategy: Schema.Literals(["annual-only", "last", "worst", "mean", "trend"]),
  aggregate: Schema.NullOr(
    Schema.Struct({
      score: Schema.NullOr(Schema.String),
      predikat: Schema.NullOr(Quadrant.Predikat),
      periodsUsed: Schema.Array(Schema.String)
    })
  ),
  periods: Schema.Array(PeriodLine),
  notes: Schema.Array(Messages),
  legalBasis: LegalBasis
})

/**
 * @category models
 * @since 0.2.0
 */
export type YearResult = typeof YearResult.Type

/**
 * The text of an aggregated score. Written against the score as a value, not its type, so that it reads both an
 * exact fraction and a JSON score object with a `text` field (the form `Period` results are moving to).
 */
const scoreText = (score: unknown): string | null => {
  if (score === undefined || score === null) return null
  if (typeof score === "object" && "text" in score) return String((score as { readonly text: unknown }).text)
  return Exact.format(score as Exact.Exact)
}

/**
 * The year's result of a cycle as of a date.
 *
 * Strategy (the policy's `period.annual`):
 * - `annual-only` (national): the predikat of the annual evaluation, or of the atasan's keberatan decision;
 * - `last` / `worst`: the predikat `Period.aggregate` picks from the scored periodic evaluations (periods evaluated
 *   without a score are listed as unscored in the notes and count as missing); a keberatan decision that changed the
 *   result overrides it;
 * - `mean` / `trend`: the aggregate **score** is reported for the policy's bands to classify; the predikat stays the
 *   annual evaluation's, and a note says so.
 * A failed aggregation (missing periods under `reject`) gives no predikat from it and a note with the missing periods;
 * nothing is filled in silently.
 *
 * @category combinators
 * @since 0.2.0
 */
export const yearResult = (policy: Policy, state: State, on: string): YearResult => {
  const notes: Array<{ id: string; en: string }> = []
  const periods: Array<PeriodLine> = Period.periodsOf(policy.period.cadence, state.year).map((period) => {
    const end = periodEnd(policy.period.cadence, period) ?? `${state.year}-12-31`
    const dueBy = deadlineFrom(policy.deadlines.periodic, end)
    const e = state.periodic.find((x) => x.period === period)
    const line: PeriodLine = e
      ? { period, state: e.at > dueBy ? "late" : "evaluated", predikat: e.predikat, score: e.score, due: dueBy }
      : { period, state: on > dueBy ? "missing" : "open", predikat: null, score: null, due: dueBy }
    if (line.state === "late") {
      notes.push({
        id: `Periode ${period} dievaluasi terlambat (${Calendar.longDate(e?.at ?? "")}; tenggat ${Calendar.longDate(dueBy)}); hasilnya tetap dipakai.`,
        en: `Period ${period} was evaluated late (${Calendar.longDate(e?.at ?? "", "en")}; due ${Calendar.longDate(dueBy, "en")}); its result is still used.`
      })
    }
    if (line.state === "missing") {
      notes.push({
        id: `Periode ${period} tidak dievaluasi (tenggat ${Calendar.longDate(dueBy)}).`,
        en: `Period ${period} was not evaluated (due ${Calendar.longDate(dueBy, "en")}).`
      })
    }
    return line
  })
  const strategy = policy.period.annual.strategy
  let aggregate: YearResult["aggregate"] = null
  if (strategy !== "annual-only") {
    const scored = state.periodic.flatMap((x) => (x.score === null ? [] : [{ ...x, score: x.score }]))
    const unscored = state.periodic.filter((x) => x.score === null).map((x) => x.period)
    if (unscored.length > 0) {
      notes.push({
        id: `Periode tanpa nilai tidak ikut agregasi: ${unscored.join(", ")}.`,
        en: `Periods without a score are left out of the aggregation: ${unscored.join(", ")}.`
      })
    }
    const r = Period.aggregate(policy.period, {
      year: state.year,
      periodic: scored.map((x) => ({ period: x.period, score: x.score, predikat: x.predikat }))
    })
    if (Result.isSuccess(r)) {
      aggregate = {
        score: scoreText(r.success.score),
        predikat: r.success.predikat ?? null,
        periodsUsed: r.success.trace.periodsUsed
      }
    } else {
      const f = r.failure
      const detail = f._tag === "MissingPeriods" ? f.missing.join(", ") : f._tag
      notes.push({
        id: `Agregasi periodik (${strategy}) gagal: ${detail}; tidak ada predikat dari agregasi.`,
        en: `The periodic aggregation (${strategy}) failed: ${detail}; no predikat comes from it.`
      })
    }
  }
  const decided = state.keberatan?.decision ?? null
  const annual = state.annual
  let predikat: Quadrant.Predikat | null = null
  let ratings: Quadrant.Ratings | null = null
  let source: YearResult["source"] = null
  if (decided && decided.outcome === "diubah") {
    predikat = decided.predikat
    ratings = decided.ratings
    source = "keputusan-keberatan"
  } else if ((strategy === "last" || strategy === "worst") && aggregate?.predikat) {
    predikat = aggregate.predikat
    source = "agregasi-periodik"
  } else if (annual) {
    predikat = annual.predikat
    ratings = annual.ratings
    source = decided
      ? "keputusan-keberatan"
      : annual.party === "atasan-pejabat-penilai"
        ? "evaluasi-atasan"
        : "evaluasi-tahunan"
    if (strategy === "mean" || strategy === "trend") {
      notes.push({
        id: `Strategi ${strategy} menghasilkan nilai ${aggregate?.score ?? "-"} untuk diklasifikasi dengan pita kebijakan; predikat di sini dari evaluasi tahunan.`,
        en: `Strategy ${strategy} gives the score ${aggregate?.score ?? "-"} for the policy's bands; the predikat here is the annual evaluation's.`
      })
    }
  }
  const disputed = state.status === "keberatan"
  if (disputed) {
    notes.push({
      id: "Keberatan sedang diproses; hasil belum final.",
      en: "A keberatan is pending; the result is not final."
    })
  }
  return {
    id: state.id,
    year: state.year,
    pegawai: state.parties.pegawai,
    status: state.status === "final" ? "final" : annual ? "provisional" : "pending",
    disputed,
    predikat,
    ratings,
    source,
    strategy,
    aggregate,
    periods,
    notes,
    legalBasis: [...policy.period.legalBasis, ...policy.quadrant.legalBasis]
  }
}
