import type { Behaviour, Quadrant } from "@pembinaan/core"
import type { ReactiveController, ReactiveControllerHost } from "lit"

/**
 * The rater groups of a 360° feedback, as stable ids.
 *
 * @since 0.2.0
 */
export const raterGroups = ["atasan", "rekan-kerja", "bawahan", "diri-sendiri", "pihak-lain"] as const

/**
 * @since 0.2.0
 */
export type RaterGroup = (typeof raterGroups)[number]

/**
 * The scales of `<asn-feedback-form>`: `1-5` (default) or the three PermenPAN-RB 6/2022 ratings.
 *
 * @since 0.2.0
 */
export type FeedbackScale = "1-5" | "ekspektasi"

/**
 * One rating: 1..5, or a PermenPAN-RB 6/2022 rating name.
 *
 * @since 0.2.0
 */
export type FeedbackRating = 1 | 2 | 3 | 4 | 5 | Quadrant.Rating

/**
 * What `<asn-feedback-form>` submits. Anonymous by construction: it holds the subject, the rater's group and the
 * period, never who the rater is.
 *
 * @since 0.2.0
 */
export interface FeedbackSubmission {
  readonly subjectId: string
  readonly raterGroup: RaterGroup
  readonly period: string
  readonly ratings: Readonly<Record<Behaviour.CoreValue, FeedbackRating>>
  readonly comments: Readonly<Partial<Record<Behaviour.CoreValue, string>>>
}

/** The attributes a feedback form needs, as the element holds them. */
export interface FeedbackConfig {
  readonly subjectId: string
  readonly raterGroup: string
  readonly period: string
  readonly scale: string
}

// Core's BerAKHLAK values, labels and ratings, written out here so that the feedback form does not import core's
// schemas (a value import of `Behaviour` or `Quadrant` adds about 25 kB gzip of effect Schema). Checked against core
// by type and by `feedback-form.test.ts`.
const coreValues = [
  "berorientasi-pelayanan",
  "akuntabel",
  "kompeten",
  "harmonis",
  "loyal",
  "adaptif",
  "kolaboratif"
] as const satisfies ReadonlyArray<Behaviour.CoreValue>
const valueLabels: typeof Behaviour.labels = {
  "berorientasi-pelayanan": { id: "Berorientasi Pelayanan", en: "Service-oriented" },
  akuntabel: { id: "Akuntabel", en: "Accountable" },
  kompeten: { id: "Kompeten", en: "Competent" },
  harmonis: { id: "Harmonis", en: "Harmonious" },
  loyal: { id: "Loyal", en: "Loyal" },
  adaptif: { id: "Adaptif", en: "Adaptive" },
  kolaboratif: { id: "Kolaboratif", en: "Collaborative" }
}
const ekspektasi: ReadonlyArray<string> = [
  "Dibawah Ekspektasi",
  "Sesuai Ekspektasi",
  "Diatas Ekspektasi"
] satisfies ReadonlyArray<Quadrant.Rating>
const isRating = (u: string): u is Quadrant.Rating => ekspektasi.includes(u)

const fivePoint: Readonly<Record<string, FeedbackRating>> = { "1": 1, "2": 2, "3": 3, "4": 4, "5": 5 }

/** Whether a string is a rater group id. */
export const isRaterGroup = (u: string): u is RaterGroup => (raterGroups as ReadonlyArray<string>).includes(u)

/**
 * The feedback's state: ratings and comments per BerAKHLAK value, configuration problems, the submission and its
 * form entries. The element renders it and forwards the rater's intent.
 *
 * @since 0.2.0
 */
export class FeedbackController implements ReactiveController {
  /** Increases whenever ratings are cleared, so the element can recreate its inputs. */
  generation = 0
  private ratings = new Map<Behaviour.CoreValue, FeedbackRating>()
  private comments = new Map<Behaviour.CoreValue, string>()
  private readonly host: ReactiveControllerHost

  constructor(host: ReactiveControllerHost) {
    this.host = host
    host.addController(this)
  }

  hostConnected(): void {}

  /** The values in regulation order. */
  get values(): ReadonlyArray<Behaviour.CoreValue> {
    return coreValues
  }

  /** The display name of a value: the regulation's term, with an English gloss in English. */
  label(value: Behaviour.CoreValue, locale: "id" | "en"): string {
    const l = valueLabels[value]
    return locale === "en" ? `${l.id} (${l.en.toLowerCase()})` : l.id
  }

  /** The attributes that are missing or invalid (`subject-id`, `rater-group`, `period`). */
  problems(config: FeedbackConfig): ReadonlyArray<string> {
    return [
      ...(config.subjectId.trim() === "" ? ["subject-id"] : []),
      ...(isRaterGroup(config.raterGroup) ? [] : ["rater-group"]),
      ...(config.period.trim() === "" ? ["period"] : [])
    ]
  }

  /** Records a rating from an input's value for the scale (`""` or an unknown value removes it). */
  rate(value: Behaviour.CoreValue, raw: string, scale: string): void {
    const rating = scale === "ekspektasi" ? (isRating(raw) ? raw : undefined) : fivePoint[raw]
    if (rating === undefined) this.ratings.delete(value)
    else this.ratings.set(value, rating)
    this.host.requestUpdate()
  }

  /** Records a comment (blank removes it). */
  comment(value: Behaviour.CoreValue, text: string): void {
    if (text.trim() === "") this.comments.delete(value)
    else this.comments.set(value, text)
    this.host.requestUpdate()
  }

  /** The rating of a value as the input's value, or `""`. */
  ratingOf(value: Behaviour.CoreValue): string {
    const r = this.ratings.get(value)
    return r === undefined ? "" : String(r)
  }

  /** The comment of a value, or `""`. */
  commentOf(value: Behaviour.CoreValue): string {
    return this.comments.get(value) ?? ""
  }

  /** Values still without a rating, in regulation order. */
  get missing(): ReadonlyArray<Behaviour.CoreValue> {
    return coreValues.filter((v) => !this.ratings.has(v))
  }

  clear(): void {
    this.ratings = new Map()
    this.comments = new Map()
    this.generation += 1
    this.host.requestUpdate()
  }

  snapshot(): string {
    return JSON.stringify({ ratings: Object.fromEntries(this.ratings), comments: Object.fromEntries(this.comments) })
  }

  restore(state: string, scale: string): void {
    try {
      const parsed = JSON.parse(state) as { ratings?: Record<string, unknown>; comments?: Record<string, unknown> }
      this.clear()
      for (const v of coreValues) {
        const r = parsed.ratings?.[v]
        const c = parsed.comments?.[v]
        if (r !== undefined) this.rate(v, String(r), scale)
        if (typeof c === "string") this.comment(v, c)
      }
    } catch {
      // A state from another version of the widget: start afresh.
    }
  }

  /**
   * Builds the submission from the configuration and the ratings only (an allow-list: nothing else the page put on
   * the element can reach it); `undefined` while incomplete or misconfigured.
   */
  submission(config: FeedbackConfig): FeedbackSubmission | undefined {
    const raterGroup = config.raterGroup
    if (this.problems(config).length > 0 || !isRaterGroup(raterGroup) || this.missing.length > 0) return undefined
    const ratings = {} as Record<Behaviour.CoreValue, FeedbackRating>
    const comments: Partial<Record<Behaviour.CoreValue, string>> = {}
    for (const v of coreValues) {
      const r = this.ratings.get(v)
      if (r !== undefined) ratings[v] = r
      const c = this.comments.get(v)?.trim()
      if (c) comments[v] = c
    }
    return { subjectId: config.subjectId.trim(), raterGroup, period: config.period.trim(), ratings, comments }
  }

  /** The entries posted with a form: `subjectId`, `raterGroup`, `period`, `ratings[<value>]`, `comments[<value>]`. */
  formData(config: FeedbackConfig): FormData {
    const data = new FormData()
    data.append("subjectId", config.subjectId.trim())
    data.append("raterGroup", config.raterGroup)
    data.append("period", config.period.trim())
    for (const v of coreValues) {
      const r = this.ratingOf(v)
      if (r !== "") data.append(`ratings[${v}]`, r)
      const c = this.commentOf(v).trim()
      if (c) data.append(`comments[${v}]`, c)
    }
    return data
  }
}
