import type { Result } from "effect"
import { array, check, type Kind, nullable, object, oneOf, optional } from "../../internal/programme-guards.js"
import type * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"

/**
 * One Kirkpatrick level as core's `Programme.effectiveness` gives it (rounded values as `{ text }`).
 *
 * @since 0.4.0
 */
export interface LevelView {
  readonly level: 1 | 2 | 3 | 4
  readonly n: number
  readonly mean: { readonly text: string } | null
  readonly before: { readonly text: string } | null
  readonly after: { readonly text: string } | null
  readonly change: { readonly text: string } | null
  readonly direction: "improved" | "declined" | "unchanged" | null
  readonly conclusive: boolean
}

/**
 * One evaluated programme or partner: core's `Programme.Effectiveness`, with the catalogue item's title or the
 * partner's name and kind as `TrainingEvaluation.effectivenessReport` adds them.
 *
 * @since 0.4.0
 */
export interface EffectivenessView {
  readonly programme: string
  readonly item?: { readonly title: string }
  readonly partner?: { readonly name: string; readonly kind: "universitas" | "ngo" | "lan-bpsdm" | "lainnya" }
  readonly overall: { readonly participants: number; readonly levels: ReadonlyArray<LevelView> }
  readonly trace: { readonly minParticipants: number }
}

/**
 * The data of `<asn-programme-report>`: `TrainingEvaluation.effectivenessReport`'s result, optionally with the unit's IKM
 * as the programme's success indicator.
 *
 * @since 0.4.0
 */
export interface ProgrammeReportData {
  readonly programmes: ReadonlyArray<EffectivenessView>
  readonly partners: ReadonlyArray<EffectivenessView>
  readonly ikm?: { readonly value: string; readonly mutu?: string; readonly unit?: string; readonly period?: string }
}

const rounded: Kind = nullable(object({ text: "decimal" }))
const effectiveness: Kind = object({
  programme: "string",
  item: optional(object({ title: "string" })),
  partner: optional(object({ name: "string", kind: oneOf(["universitas", "ngo", "lan-bpsdm", "lainnya"]) })),
  overall: object({
    participants: "number",
    levels: array(
      object({
        level: "number",
        n: "number",
        mean: rounded,
        before: rounded,
        after: rounded,
        change: rounded,
        direction: nullable(oneOf(["improved", "declined", "unchanged"])),
        conclusive: "boolean"
      })
    )
  }),
  trace: object({ minParticipants: "number" })
})

/**
 * Checks the JSON of `<asn-programme-report>` with plain guards.
 *
 * @since 0.4.0
 */
export const readProgrammeReport = (input: unknown): Result.Result<ProgrammeReportData, ReadonlyArray<string>> =>
  toResult(checkProgrammeReport(input))

/**
 * `readProgrammeReport` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkProgrammeReport = (input: unknown): Read.Read<ProgrammeReportData> =>
  check<ProgrammeReportData>(input, {
    programmes: array(effectiveness),
    partners: array(effectiveness),
    ikm: optional(
      object({ value: "decimal", mutu: optional("string"), unit: optional("string"), period: optional("string") })
    )
  })

/**
 * The smallest `minParticipants` of the report (the caveat's threshold), or `null` when nothing is evaluated.
 *
 * @since 0.4.0
 */
export const minParticipants = (data: ProgrammeReportData): number | null => {
  const all = [...data.programmes, ...data.partners].map((e) => e.trace.minParticipants)
  return all.length === 0 ? null : Math.min(...all)
}
