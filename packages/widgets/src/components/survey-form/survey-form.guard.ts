/**
 * The check of a survey template given by a page (a property or a child JSON script). The survey form loads this
 * module the first time a page gives it a template, so a page with the national template does not carry it; it
 * imports nothing at run time, so loading it loads nothing else.
 *
 * @internal
 */
import type { LegalBasis, Survey } from "@pembinaan/core"

type SurveyTemplate = Survey.Template

// A template is read with a guard written against core's `Survey.Template` schema instead of the schema itself: the
// survey needs nothing else of effect Schema, which would add about 25 kB gzip to the page. `survey-form.test.ts`
// checks that the guard accepts exactly what `Schema.decodeUnknownResult(Survey.Template)` accepts and returns the
// same value. Unknown keys are dropped, as the schema does.
type Plain = Readonly<Record<string, unknown>>
const isPlain = (u: unknown): u is Plain => typeof u === "object" && u !== null && !Array.isArray(u)
const isText = (u: unknown): u is string => typeof u === "string" && u.length > 0
const label = (u: unknown): Survey.Label | undefined =>
  isPlain(u) && isText(u.id) && isText(u.en) ? { id: u.id, en: u.en } : undefined
const four = (u: unknown): readonly [string, string, string, string] | undefined =>
  Array.isArray(u) && u.length === 4 && isText(u[0]) && isText(u[1]) && isText(u[2]) && isText(u[3])
    ? [u[0], u[1], u[2], u[3]]
    : undefined
const optional = <A>(u: Plain, key: string, read: (v: unknown) => A | undefined): { ok: boolean; value?: A } => {
  if (!(key in u)) return { ok: true }
  const value = read(u[key])
  return value === undefined ? { ok: false } : { ok: true, value }
}
const element = (u: unknown): Survey.Element | undefined => {
  if (!isPlain(u) || !isText(u.id)) return undefined
  const l = label(u.label)
  const w = optional(u, "weight", (v) =>
    (typeof v === "number" && Number.isFinite(v)) || typeof v === "string" ? v : undefined
  )
  if (!l || !w.ok) return undefined
  return w.value === undefined ? { id: u.id, label: l } : { id: u.id, label: l, weight: w.value }
}
const citation = (u: unknown): LegalBasis.Citation | undefined => {
  if (!isPlain(u) || !isText(u.regulation) || typeof u.confirmed !== "boolean") return undefined
  const article = optional(u, "article", (v) => (typeof v === "string" ? v : undefined))
  const note = optional(u, "note", (v) => (typeof v === "string" ? v : undefined))
  if (!article.ok || !note.ok) return undefined
  return {
    regulation: u.regulation,
    ...(article.value !== undefined && { article: article.value }),
    ...(note.value !== undefined && { note: note.value }),
    confirmed: u.confirmed
  }
}
const all = <A>(u: unknown, read: (v: unknown) => A | undefined): ReadonlyArray<A> | undefined => {
  if (!Array.isArray(u) || u.length === 0) return undefined
  const out: A[] = []
  for (let i = 0; i < u.length; i++) {
    const v = read(u[i])
    if (v === undefined) return undefined
    out.push(v)
  }
  return out
}
const weightings: ReadonlyArray<unknown> = ["exact", "printed", "custom"]
const readTemplate = (u: unknown): SurveyTemplate | undefined => {
  if (!isPlain(u) || !isText(u.id) || !isText(u.version)) return undefined
  const elements = all(u.elements, element)
  const labels = isPlain(u.answerLabels) ? { id: four(u.answerLabels.id), en: four(u.answerLabels.en) } : undefined
  const title = optional(u, "title", label)
  const weighting = optional(u, "weighting", (v) =>
    weightings.includes(v) ? (v as NonNullable<Survey.Template["weighting"]>) : undefined
  )
  const legalBasis = optional(u, "legalBasis", (v) => all(v, citation))
  if (!elements || !labels?.id || !labels.en || !title.ok || !weighting.ok || !legalBasis.ok) return undefined
  return {
    id: u.id,
    version: u.version,
    ...(title.value !== undefined && { title: title.value }),
    elements,
    answerLabels: { id: labels.id, en: labels.en },
    ...(weighting.value !== undefined && { weighting: weighting.value }),
    ...(legalBasis.value !== undefined && { legalBasis: legalBasis.value as LegalBasis.LegalBasis })
  }
}

/**
 * Reads a template from untrusted input with the shape of core's `Survey.Template`; a template without
 * `answerLabels` gets the given ones. Element ids must be unique. `undefined` when the input is not a template.
 *
 * @internal
 */
export const readSurveyTemplate = (
  u: unknown,
  answerLabels: SurveyTemplate["answerLabels"]
): SurveyTemplate | undefined => {
  const input = typeof u === "object" && u !== null && !("answerLabels" in u) ? { ...u, answerLabels } : u
  const decoded = readTemplate(input)
  if (decoded === undefined) return undefined
  const ids = new Set(decoded.elements.map((e) => e.id))
  return ids.size === decoded.elements.length ? decoded : undefined
}
