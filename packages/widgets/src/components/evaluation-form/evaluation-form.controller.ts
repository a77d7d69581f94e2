import {
  Behaviour,
  Evaluation,
  type Exact,
  Indicator,
  type Input,
  type Policy,
  Presets,
  Quadrant
} from "@pembinaan/core"
import { Result } from "effect"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import { type DraftSave, SharedDraftStore } from "../../internal/draft.js"
import { decodeEvaluationInput } from "../../internal/evaluation-guard.js"
import { decodePolicy } from "../../internal/policy-guard.js"
import { formatNumber, type NumberParseError, parseNumber } from "../../number.js"

/**
 * The policies `<asn-evaluation-form preset="…">` knows by name: the national baseline (`nasional`, also `national`)
 * and the illustrative regional presets of core.
 *
 * @since 0.3.0
 */
export const evaluationPresets: Readonly<Record<string, Policy.Policy>> = {
  nasional: Presets.nationalPolicy.policy,
  national: Presets.nationalPolicy.policy,
  bukittinggi: Presets.bukittinggi.policy,
  muaratebo: Presets.muaratebo.policy,
  sawahlunto: Presets.sawahlunto.policy
}

/**
 * The prefix of the `localStorage` keys of evaluation drafts. A draft is stored under
 * `pembinaan.evaluation.draft:<policy id>:<employee id>:<period>` (see {@link evaluationDraftKey}).
 *
 * @since 0.3.0
 */
export const EVALUATION_DRAFT_PREFIX = "pembinaan.evaluation.draft"

/**
 * The `localStorage` key of the draft of one employee and period under one policy.
 *
 * @example
 * ```ts
 * evaluationDraftKey("bukittinggi-ilustrasi", "198705122010011001", "2026-Q1")
 * // => "pembinaan.evaluation.draft:bukittinggi-ilustrasi:198705122010011001:2026-Q1"
 * ```
 *
 * @since 0.3.0
 */
export const evaluationDraftKey = (policyId: string, employeeId: string, period: string): string =>
  `${EVALUATION_DRAFT_PREFIX}:${policyId}:${employeeId}:${period}`

/**
 * The evaluation as core scored it, serialised (the trace and the score are plain data).
 *
 * @since 0.3.0
 */
export interface EvaluationResult {
  readonly employee: string
  readonly period: string
  readonly score?: Exact.Rounded
  readonly band?: string
  readonly hasilKerja: Quadrant.Rating
  readonly perilakuKerja: Quadrant.Rating
  readonly predikat: Quadrant.Predikat
  readonly trace: Evaluation.Trace
}

/**
 * What `<asn-evaluation-form>` submits: the policy it was scored under, the input as core decoded it, the evidence
 * links per indicator (http or https only) and core's result with its trace.
 *
 * @since 0.3.0
 */
export interface EvaluationSubmission {
  readonly policy: { readonly id: string; readonly version: string }
  readonly input: Evaluation.EvaluationInput
  readonly evidence: Readonly<Record<string, string>>
  readonly result: EvaluationResult
}

/**
 * Why a field is not valid. `Problem` carries one of core's `InvalidInput` problems (localised by its `code`).
 *
 * @since 0.3.0
 */
export type FieldError =
  | { readonly _tag: "Required" }
  | { readonly _tag: "Number"; readonly error: NumberParseError }
  | { readonly _tag: "Url" }
  | { readonly _tag: "Problem"; readonly problem: Input.Problem }

/**
 * One indicator row of the scorecard.
 *
 * @since 0.3.0
 */
export interface IndicatorRow {
  readonly id: string
  readonly label: string
  readonly unit: string | undefined
  readonly direction: Indicator.Direction
  /** The weight in percent, as the policy states it. */
  readonly weight: number
  /** The field keys of the row: one target (two for a range), realisasi, evidence. */
  readonly fields: ReadonlyArray<string>
}

/**
 * The live preview: nothing yet, core's result, or core's refusal to score.
 *
 * @since 0.3.0
 */
export type Preview =
  | { readonly _tag: "Incomplete" }
  | { readonly _tag: "Evaluated"; readonly result: EvaluationResult }
  | { readonly _tag: "OutOfRange"; readonly score: string; readonly min: number; readonly max: number }

/**
 * Where the policy came from, in order of precedence: the `policy` property, a child JSON script, a preset name.
 *
 * @since 0.3.0
 */
export interface PolicySource {
  readonly property: unknown
  readonly json: string | undefined
  readonly preset: string
}

/**
 * The element's configuration (its attributes).
 *
 * @since 0.3.0
 */
/**
 * An earlier evaluation to start from: any part of core's evaluation input (ratings may cover only some values).
 *
 * @since 0.1.0
 */
export type EvaluationValue = Omit<Partial<Evaluation.EvaluationInput>, "berakhlak"> & {
  readonly berakhlak?: Partial<Evaluation.Berakhlak>
}

export interface EvaluationConfig {
  readonly employeeId: string
  readonly period: string
  readonly scorecard: string
  /** An earlier evaluation to start from when this device has no draft (the `value` property). */
  readonly initial?: EvaluationValue | undefined
}

/** The state of the policy: none given, not valid, or a policy. */
export type PolicyState =
  | { readonly _tag: "None" }
  | { readonly _tag: "Invalid"; readonly problems: ReadonlyArray<Input.Problem> }
  | { readonly _tag: "Ready"; readonly policy: Policy.Policy }

/** A problem of the configuration: which attribute and core's problem. */
export interface ConfigProblem {
  readonly attribute: "employee-id" | "period" | "scorecard"
  readonly problem: Input.Problem
}

interface Draft {
  readonly text: Record<string, string>
  readonly ratings: Record<string, string>
}

const isUrl = (text: string): boolean => {
  try {
    const url = new URL(text)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

const readDraft = (json: string | null): Draft | undefined => {
  if (json === null) return undefined
  try {
    const parsed: unknown = JSON.parse(json)
    if (typeof parsed !== "object" || parsed === null) return undefined
    const pick = (u: unknown): Record<string, string> =>
      typeof u === "object" && u !== null
        ? Object.fromEntries(Object.entries(u).filter((e): e is [string, string] => typeof e[1] === "string"))
        : {}
    const p = parsed as { text?: unknown; ratings?: unknown }
    return { text: pick(p.text), ratings: pick(p.ratings) }
  } catch {
    return undefined
  }
}

/**
 * The evaluation's state and everything derived from it through core: the policy (decoded as `Policy.decode` does, by `decodePolicy`), the
 * scorecard's rows, numbers parsed in Indonesian format, the per-indicator capaian (`Indicator.capaian`), the input
 * decoded as `Evaluation.decodeInput` does (by `decodeEvaluationInput`, without Schema) with its problems mapped to fields, the score, band, ratings, predikat and
 * trace (`Evaluation.score`), the draft in `localStorage`, and the posted entries. The element renders it and forwards
 * the user's intent; it does no arithmetic.
 *
 * Field keys: `target:<indicator>`, `lower:<indicator>`, `upper:<indicator>` (range targets),
 * `realisasi:<indicator>`, `evidence:<indicator>`, `berakhlak:<value>`, `hasilKerja`, `perilakuKerja`.
 *
 * @since 0.3.0
 */
export class EvaluationController implements ReactiveController {
  policyState: PolicyState = { _tag: "None" }
  /** Increases whenever the values are replaced (reset, restore, another draft), so the element recreates inputs. */
  generation = 0
  rows: ReadonlyArray<IndicatorRow> = []
  /** The rating fields: the seven `berakhlak:<value>`, or `perilakuKerja`, plus `hasilKerja` under a rating policy. */
  ratingFields: ReadonlyArray<string> = []
  errors: ReadonlyMap<string, FieldError> = new Map()
  configProblems: ReadonlyArray<ConfigProblem> = []
  /** Problems core reported that belong to no field. */
  otherProblems: ReadonlyArray<Input.Problem> = []
  capaian: ReadonlyMap<string, Indicator.CapaianTrace> = new Map()
  preview: Preview = { _tag: "Incomplete" }
  submission: EvaluationSubmission | undefined
  /** Whether the values came from a saved draft. */
  restoredDraft = false

  private text = new Map<string, string>()
  private ratings = new Map<string, string>()
  private source: PolicySource | undefined
  private draftKey: string | undefined
  private store: SharedDraftStore | undefined
  private numbers = new Map<string, number>()
  private readonly host: ReactiveControllerHost

  constructor(host: ReactiveControllerHost) {
    this.host = host
    host.addController(this)
  }

  hostConnected(): void {}

  /** The policy in use, if any. */
  get policy(): Policy.Policy | undefined {
    return this.policyState._tag === "Ready" ? this.policyState.policy : undefined
  }

  /** Reads the policy from its source (decoded by core unless it is a preset); unchanged sources are not re-read. */
  setPolicySource(source: PolicySource): void {
    const s = this.source
    if (s && s.property === source.property && s.json === source.json && s.preset === source.preset) return
    this.source = source
    const decode = (u: unknown): PolicyState => {
      const r = decodePolicy(u)
      return r.ok ? { _tag: "Ready", policy: r.policy } : { _tag: "Invalid", problems: r.problems }
    }
    const preset = evaluationPresets[source.preset.trim().toLowerCase()]
    if (source.property !== undefined && source.property !== null) {
      const known = Object.values(evaluationPresets).includes(source.property as Policy.Policy)
      this.policyState = known ? { _tag: "Ready", policy: source.property as Policy.Policy } : decode(source.property)
    } else if (source.json !== undefined) {
      try {
        this.policyState = decode(JSON.parse(source.json))
      } catch {
        this.policyState = { _tag: "Invalid", problems: [{ path: [], code: "json", message: "not JSON" }] }
      }
    } else if (preset) this.policyState = { _tag: "Ready", policy: preset }
    else if (source.preset.trim() !== "") {
      this.policyState = { _tag: "Invalid", problems: [{ path: ["preset"], code: "unknown-preset", message: "" }] }
    } else this.policyState = { _tag: "None" }
  }

  /** The scorecard used: the `scorecard` attribute, or the policy's only scorecard. */
  scorecardOf(config: EvaluationConfig): string {
    const policy = this.policy
    if (config.scorecard.trim() !== "" || !policy) return config.scorecard.trim()
    return policy.scorecards.length === 1 ? (policy.scorecards[0]?.id ?? "") : ""
  }

  /** The text of a field (`""` when empty). */
  textOf(key: string): string {
    return this.text.get(key) ?? ""
  }

  /** The value of a rating field (`""` when none). */
  ratingOf(key: string): string {
    return this.ratings.get(key) ?? ""
  }

  /** Records the user's text in a field. */
  setText(key: string, value: string): void {
    if (value === "") this.text.delete(key)
    else this.text.set(key, value)
    this.host.requestUpdate()
  }

  /** Records a rating (`""` or an unknown rating removes it). */
  setRating(key: string, value: string): void {
    if (Quadrant.isRating(value)) this.ratings.set(key, value)
    else this.ratings.delete(key)
    this.host.requestUpdate()
  }

  /** The label of a BerAKHLAK value: the regulation's term, with an English gloss in English. */
  valueLabel(value: string, locale: "id" | "en"): string {
    const l = Behaviour.labels[value as Behaviour.CoreValue]
    if (!l) return value
    return locale === "en" ? `${l.id} (${l.en.toLowerCase()})` : l.id
  }

  /** The evidence link of an indicator when it is a valid http(s) URL, else `undefined`. */
  evidenceLink(indicator: string): string | undefined {
    const text = this.textOf(`evidence:${indicator}`).trim()
    return text !== "" && isUrl(text) ? text : undefined
  }

  /** Forgets every value and returns to an empty form. */
  clear(): void {
    this.text = new Map()
    this.ratings = new Map()
    this.restoredDraft = false
    this.generation += 1
    this.host.requestUpdate()
  }

  /** A serialisable snapshot of the values (for `formStateRestoreCallback` and the draft). */
  snapshot(): string {
    return JSON.stringify({ text: Object.fromEntries(this.text), ratings: Object.fromEntries(this.ratings) })
  }

  /** Restores a {@link snapshot}; anything unreadable is ignored. Returns whether something was restored. */
  restore(state: string | null): boolean {
    const draft = readDraft(state)
    if (!draft) return false
    this.clear()
    for (const [k, v] of Object.entries(draft.text)) if (v !== "") this.text.set(k, v)
    for (const [k, v] of Object.entries(draft.ratings)) if (Quadrant.isRating(v)) this.ratings.set(k, v)
    return this.text.size + this.ratings.size > 0
  }

  /** Saves the values as the draft of the current key, or removes the draft when every field is empty. */
  saveDraft(): DraftSave {
    if (!this.store) return "saved"
    if (this.text.size + this.ratings.size === 0) {
      this.store.clear()
      return "saved"
    }
    // Storage unavailable (private mode, quota, cleared): "failed", and the form still works without a draft.
    return this.store.save(this.snapshot())
  }

  /** Saves this tab's values over the draft another tab saved (the user chose to keep theirs). */
  keepDraft(): DraftSave {
    return this.store ? this.store.overwrite(this.snapshot()) : "saved"
  }

  /** Loads the draft another tab saved (the user chose it). */
  adoptDraft(): void {
    const stored = this.store?.adopt()
    if (stored !== undefined) this.restoredDraft = this.restore(stored)
  }

  /** Removes the draft of the current key. */
  clearDraft(): void {
    this.store?.clear()
  }

  /** The draft key for the configuration, once the policy, employee and period are known. */
  draftKeyOf(config: EvaluationConfig): string | undefined {
    const policy = this.policy
    if (!policy || config.employeeId.trim() === "" || config.period.trim() === "") return undefined
    return evaluationDraftKey(policy.id, config.employeeId.trim(), config.period.trim())
  }

  /** Follows the draft key: when it changes (first connection, another employee or period), loads that draft. */
  useDraft(config: EvaluationConfig): void {
    const key = this.draftKeyOf(config)
    if (key === this.draftKey) return
    const hadKey = this.draftKey !== undefined
    this.draftKey = key
    this.store = key === undefined ? undefined : new SharedDraftStore(() => localStorage, key)
    const stored = this.store?.load()
    if (stored !== undefined) this.restoredDraft = this.restore(stored)
    else if (config.initial) this.seed(config.initial)
    else if (hadKey) this.clear()
  }

  /**
   * Fills the fields from an earlier evaluation (targets, realisasi, ratings), in the Indonesian number format the
   * fields read back. A draft on this device takes precedence: it holds what the user typed last.
   */
  seed(initial: EvaluationValue): void {
    this.clear()
    const num = (n: number) => formatNumber(n, "id", { useGrouping: false, maximumFractionDigits: 20 })
    for (const m of initial.measurements ?? []) {
      if (typeof m.target === "number") this.text.set(`target:${m.indicator}`, num(m.target))
      else {
        this.text.set(`lower:${m.indicator}`, num(m.target.lower))
        this.text.set(`upper:${m.indicator}`, num(m.target.upper))
      }
      this.text.set(`realisasi:${m.indicator}`, num(m.realisasi))
    }
    for (const [v, r] of Object.entries(initial.berakhlak ?? {})) if (r) this.ratings.set(`berakhlak:${v}`, r)
    if (initial.hasilKerja) this.ratings.set("hasilKerja", initial.hasilKerja)
    if (initial.perilakuKerja) this.ratings.set("perilakuKerja", initial.perilakuKerja)
  }

  /** Whether this device holds a draft for the current key. */
  hasDraft(): boolean {
    return this.store?.exists() ?? false
  }

  /** Derives rows, errors, capaian, preview and submission from the values through core. */
  compute(config: EvaluationConfig): void {
    const policy = this.policy
    const errors = new Map<string, FieldError>()
    const capaian = new Map<string, Indicator.CapaianTrace>()
    this.numbers = new Map()
    this.configProblems = []
    this.otherProblems = []
    this.preview = { _tag: "Incomplete" }
    this.submission = undefined
    if (!policy) {
      this.rows = []
      this.ratingFields = []
      this.errors = errors
      this.capaian = capaian
      return
    }
    const scorecardId = this.scorecardOf(config)
    const card = policy.scorecards.find((c) => c.id === scorecardId)
    const byIndicators = policy.hasilKerja.source === "indicators"
    const definitions = new Map(policy.indicators.map((d) => [d.id, d]))
    this.rows = byIndicators
      ? (card?.weights ?? []).flatMap((w) => {
          const d = definitions.get(w.indicator)
          if (!d) return []
          const targets = d.direction === "range" ? [`lower:${d.id}`, `upper:${d.id}`] : [`target:${d.id}`]
          return [
            {
              id: d.id,
              label: d.label,
              unit: d.unit,
              direction: d.direction,
              weight: w.weight,
              fields: [...targets, `realisasi:${d.id}`, `evidence:${d.id}`]
            }
          ]
        })
      : []
    this.ratingFields = [
      ...(byIndicators ? [] : ["hasilKerja"]),
      ...(policy.perilakuKerja.source === "berakhlak"
        ? Behaviour.coreValues.map((v) => `berakhlak:${v}`)
        : ["perilakuKerja"])
    ]

    // 1. Parse each text field (Indonesian numbers, http(s) links); empty required fields are "Required".
    const number = (key: string): number | undefined => {
      const text = this.textOf(key)
      if (text.trim() === "") {
        errors.set(key, { _tag: "Required" })
        return undefined
      }
      const r = parseNumber(text)
      if (Result.isFailure(r)) {
        errors.set(key, { _tag: "Number", error: r.failure })
        return undefined
      }
      this.numbers.set(key, r.success)
      return r.success
    }
    const measurements: Array<Indicator.Measurement> = []
    for (const row of this.rows) {
      // In the order of the fields on screen, so that the first error is the first field to fix.
      let target: Indicator.Measurement["target"] | undefined
      if (row.direction === "range") {
        const lower = number(`lower:${row.id}`)
        const upper = number(`upper:${row.id}`)
        if (lower !== undefined && upper !== undefined) target = { lower, upper }
      } else target = number(`target:${row.id}`)
      const realisasi = number(`realisasi:${row.id}`)
      const evidence = this.textOf(`evidence:${row.id}`).trim()
      if (evidence !== "" && !isUrl(evidence)) errors.set(`evidence:${row.id}`, { _tag: "Url" })
      if (target === undefined || realisasi === undefined) continue
      const m = { indicator: row.id, target, realisasi }
      measurements.push(m)
      const d = definitions.get(row.id)
      const c = d ? Indicator.capaian(d, m) : undefined
      if (c && Result.isSuccess(c)) capaian.set(row.id, c.success.trace)
    }
    for (const key of this.ratingFields) if (!this.ratings.has(key)) errors.set(key, { _tag: "Required" })

    // 2. Let core decode what is there and report every problem with its path.
    const berakhlak = Object.fromEntries(
      Behaviour.coreValues.flatMap((v) => {
        const r = this.ratings.get(`berakhlak:${v}`)
        return r === undefined ? [] : [[v, r]]
      })
    )
    const raw: Record<string, unknown> = { employee: config.employeeId.trim(), period: config.period.trim() }
    if (byIndicators) {
      if (scorecardId !== "") raw.scorecard = scorecardId
      raw.measurements = measurements
    } else if (this.ratings.has("hasilKerja")) raw.hasilKerja = this.ratings.get("hasilKerja")
    if (policy.perilakuKerja.source === "berakhlak") {
      if (Object.keys(berakhlak).length === Behaviour.coreValues.length) raw.berakhlak = berakhlak
    } else if (this.ratings.has("perilakuKerja")) raw.perilakuKerja = this.ratings.get("perilakuKerja")
    // `Evaluation.decodeInput` without effect's Schema runtime (same problems, test/evaluation-guard.test.ts)
    const decoded = decodeEvaluationInput(policy, raw)
    if (!decoded.ok) {
      const config: Array<ConfigProblem> = []
      const other: Array<Input.Problem> = []
      for (const p of decoded.problems) {
        const key = this.fieldOf(p, measurements)
        if (key === "employee" || key === "period" || key === "scorecard") {
          config.push({ attribute: key === "employee" ? "employee-id" : key, problem: p })
        } else if (key === "") {
          // "missing" problems of fields already marked Required need no second message.
          if (p.code !== "missing" && p.code !== "missing-indicator") other.push(p)
        } else if (!errors.has(key)) errors.set(key, { _tag: "Problem", problem: p })
      }
      this.configProblems = config
      this.otherProblems = other
    }
    this.errors = errors
    this.capaian = capaian
    // an invalid optional evidence link blocks sending, not the preview of the numbers
    const blocking = [...errors.keys()].some((k) => !k.startsWith("evidence:"))
    if (!decoded.ok || blocking) return

    // 3. Score: the preview and the submission.
    const scored = Evaluation.score(policy, decoded.input)
    if (Result.isFailure(scored)) {
      const e = scored.failure
      this.preview = { _tag: "OutOfRange", score: e.score, min: e.min, max: e.max }
      return
    }
    const result = JSON.parse(JSON.stringify(scored.success)) as EvaluationResult
    this.preview = { _tag: "Evaluated", result }
    if (errors.size > 0) return
    const evidence: Record<string, string> = {}
    for (const row of this.rows) {
      const link = this.evidenceLink(row.id)
      if (link !== undefined) evidence[row.id] = link
    }
    this.submission = {
      policy: { id: policy.id, version: policy.version },
      input: decoded.input,
      evidence,
      result
    }
  }

  /** The field key a core problem belongs to; `employee`, `period`, `scorecard` for configuration; `""` for none. */
  private fieldOf(p: Input.Problem, measurements: ReadonlyArray<Indicator.Measurement>): string {
    const [head, index, leaf] = p.path
    if (head === "employee" || head === "period" || head === "scorecard") return head
    if (head === "hasilKerja" || head === "perilakuKerja") return head
    if (head === "berakhlak") return typeof index === "string" ? `berakhlak:${index}` : ""
    if (head === "measurements" && typeof index === "number") {
      const m = measurements[index]
      if (!m) return ""
      if (leaf === "realisasi") return `realisasi:${m.indicator}`
      if (leaf === "target") return typeof m.target === "number" ? `target:${m.indicator}` : `lower:${m.indicator}`
    }
    return ""
  }

  /**
   * The entries posted with a form (bracket names that PHP and Laravel read as arrays): `policy[id]`,
   * `policy[version]`, `employeeId`, `period`, `scorecard`, `measurements[<indicator>][target]` (or
   * `[target][lower]` and `[target][upper]`), `measurements[<indicator>][realisasi]`,
   * `measurements[<indicator>][evidence]`, `berakhlak[<value>]` or `perilakuKerja`, `hasilKerja`, and once scored
   * `result[score]`, `result[band]`, `result[hasilKerja]`, `result[perilakuKerja]`, `result[predikat]` (for
   * information: the server scores again). Numbers are posted as plain decimals (`1234.5`).
   */
  formData(config: EvaluationConfig): FormData {
    const data = new FormData()
    const policy = this.policy
    if (!policy) return data
    data.append("policy[id]", policy.id)
    data.append("policy[version]", policy.version)
    data.append("employeeId", config.employeeId.trim())
    data.append("period", config.period.trim())
    const scorecard = this.scorecardOf(config)
    if (policy.hasilKerja.source === "indicators" && scorecard !== "") data.append("scorecard", scorecard)
    const num = (name: string, key: string) => {
      const n = this.numbers.get(key)
      if (n !== undefined) data.append(name, String(n))
    }
    for (const row of this.rows) {
      const base = `measurements[${row.id}]`
      if (row.direction === "range") {
        num(`${base}[target][lower]`, `lower:${row.id}`)
        num(`${base}[target][upper]`, `upper:${row.id}`)
      } else num(`${base}[target]`, `target:${row.id}`)
      num(`${base}[realisasi]`, `realisasi:${row.id}`)
      const link = this.evidenceLink(row.id)
      if (link !== undefined) data.append(`${base}[evidence]`, link)
    }
    for (const key of this.ratingFields) {
      const r = this.ratings.get(key)
      if (r === undefined) continue
      data.append(key.startsWith("berakhlak:") ? `berakhlak[${key.slice("berakhlak:".length)}]` : key, r)
    }
    if (this.preview._tag === "Evaluated") {
      const r = this.preview.result
      if (r.score) data.append("result[score]", r.score.text)
      if (r.band !== undefined) data.append("result[band]", r.band)
      data.append("result[hasilKerja]", r.hasilKerja)
      data.append("result[perilakuKerja]", r.perilakuKerja)
      data.append("result[predikat]", r.predikat)
    }
    return data
  }
}
