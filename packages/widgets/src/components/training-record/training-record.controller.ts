import { Result } from "effect"
import { array, check, object, oneOf } from "../../internal/programme-guards.js"
import type * as Read from "../../internal/read.js"
import { toResult } from "../../internal/read-result.js"
import { parseNumber } from "../../number.js"

/**
 * The configuration of `<asn-training-record>`: the course (its session dates) and its participants with their
 * enrolment status, as the `Training` record holds them.
 *
 * @since 0.4.0
 */
export interface TrainingRecordConfig {
  readonly course: { readonly id: string; readonly title: string; readonly sessions: ReadonlyArray<string> }
  readonly participants: ReadonlyArray<{
    readonly nip: string
    readonly name: string
    readonly status: "enrolled" | "withdrawn" | "completed" | "not-completed"
  }>
}

/**
 * Checks the configuration with plain guards.
 *
 * @since 0.4.0
 */
export const readTrainingRecord = (input: unknown): Result.Result<TrainingRecordConfig, ReadonlyArray<string>> =>
  toResult(checkTrainingRecord(input))

/**
 * `readTrainingRecord` with the widgets' light outcome (no effect `Result`), for the element itself.
 *
 * @internal
 */
export const checkTrainingRecord = (input: unknown): Read.Read<TrainingRecordConfig> =>
  check<TrainingRecordConfig>(input, {
    course: object({ id: "string", title: "string", sessions: array("date") }),
    participants: array(
      object({
        nip: "string",
        name: "string",
        status: oneOf(["enrolled", "withdrawn", "completed", "not-completed"])
      })
    )
  })

/**
 * A command for core's `Training` fold (the server wraps each in an event envelope with who and when).
 *
 * @since 0.4.0
 */
export type TrainingCommand =
  | { readonly _tag: "Attend"; readonly course: string; readonly employee: string; readonly on: string }
  | {
      readonly _tag: "RecordTest"
      readonly course: string
      readonly employee: string
      readonly phase: "post"
      readonly score: number
    }
  | {
      readonly _tag: "Complete"
      readonly course: string
      readonly employee: string
      readonly on: string
      readonly passed: boolean
    }

/** One participant's entries. */
interface Entry {
  readonly attended: boolean
  readonly score: string
  readonly outcome: "" | "passed" | "failed"
}

/**
 * A problem with the entries, by kind (translated by the element).
 *
 * @since 0.4.0
 */
export type EntryProblem =
  | { readonly _tag: "BadScore"; readonly nip: string }
  | { readonly _tag: "NeedCompletedOn"; readonly nip: string }

/**
 * The entries of the form and what they mean: the `Training` commands, the form entries and the problems.
 * Only open enrolments (`enrolled`) can be edited.
 *
 * @since 0.4.0
 */
export class TrainingRecordModel {
  session = ""
  completedOn = ""
  private entries = new Map<string, Entry>()

  entry(nip: string): Entry {
    return this.entries.get(nip) ?? { attended: false, score: "", outcome: "" }
  }

  set(nip: string, patch: Partial<Entry>): void {
    this.entries.set(nip, { ...this.entry(nip), ...patch })
  }

  clear(): void {
    this.entries.clear()
    this.session = ""
    this.completedOn = ""
  }

  snapshot(): string {
    return JSON.stringify({ session: this.session, completedOn: this.completedOn, entries: [...this.entries] })
  }

  restore(state: string): void {
    try {
      const parsed = JSON.parse(state) as {
        session?: unknown
        completedOn?: unknown
        entries?: ReadonlyArray<[string, Entry]>
      }
      this.session = typeof parsed.session === "string" ? parsed.session : ""
      this.completedOn = typeof parsed.completedOn === "string" ? parsed.completedOn : ""
      this.entries = new Map(Array.isArray(parsed.entries) ? parsed.entries : [])
    } catch {
      this.clear()
    }
  }

  private open(config: TrainingRecordConfig) {
    return config.participants.filter((p) => p.status === "enrolled")
  }

  problems(config: TrainingRecordConfig): ReadonlyArray<EntryProblem> {
    const out: Array<EntryProblem> = []
    for (const p of this.open(config)) {
      const e = this.entry(p.nip)
      if (e.score.trim() !== "") {
        const n = parseNumber(e.score, { ambiguous: "id" })
        if (Result.isFailure(n) || n.success < 0 || n.success > 100) out.push({ _tag: "BadScore", nip: p.nip })
      }
      if (e.outcome !== "" && this.completedOn === "") out.push({ _tag: "NeedCompletedOn", nip: p.nip })
    }
    return out
  }

  commands(config: TrainingRecordConfig): ReadonlyArray<TrainingCommand> | undefined {
    if (this.problems(config).length > 0) return undefined
    const course = config.course.id
    const out: Array<TrainingCommand> = []
    for (const p of this.open(config)) {
      const e = this.entry(p.nip)
      if (e.attended && this.session !== "") out.push({ _tag: "Attend", course, employee: p.nip, on: this.session })
      if (e.score.trim() !== "") {
        const score = Result.getOrElse(parseNumber(e.score, { ambiguous: "id" }), () => 0)
        out.push({ _tag: "RecordTest", course, employee: p.nip, phase: "post", score })
      }
      if (e.outcome !== "") {
        out.push({ _tag: "Complete", course, employee: p.nip, on: this.completedOn, passed: e.outcome === "passed" })
      }
    }
    return out
  }

  formData(config: TrainingRecordConfig, name: string): FormData {
    const data = new FormData()
    const commands = this.commands(config)
    if (commands === undefined) return data
    const prefix = name === "" ? "" : `${name}.`
    data.append(`${prefix}course`, config.course.id)
    data.append(`${prefix}commands`, JSON.stringify(commands))
    return data
  }
}
