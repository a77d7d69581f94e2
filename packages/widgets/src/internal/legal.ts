/**
 * Legal basis lists: citations deduplicated by regulation and article, unconfirmed ones marked in words.
 *
 * @internal
 */
import type { LegalBasis } from "@pembinaan/core"
import { html, nothing } from "lit"
import type { Locale } from "../locale.js"

/**
 * A citation's note in the page's language, or `undefined`: the `{ id, en }` variant of the page's language (the same
 * reading as core's `LegalBasis.noteText`, without core's runtime in the bundle). A plain-string note is English (the
 * older form), so an Indonesian page shows only an Indonesian note, never English.
 */
export const legalNote = (c: LegalBasis.Citation, locale: Locale): string | undefined =>
  typeof c.note === "string" ? (locale === "en" ? c.note : undefined) : c.note?.[locale]

export const uniqueCitations = (
  lists: ReadonlyArray<ReadonlyArray<LegalBasis.Citation> | undefined>
): ReadonlyArray<LegalBasis.Citation> => {
  const seen = new Map<string, LegalBasis.Citation>()
  for (const list of lists) {
    for (const c of list ?? []) {
      const key = `${c.regulation}\u0000${c.article ?? ""}`
      if (!seen.has(key)) seen.set(key, c)
    }
  }
  return [...seen.values()]
}

export const citationText = (c: LegalBasis.Citation, unconfirmed: string): string =>
  `${c.regulation}${c.article ? `, ${c.article}` : ""}${c.confirmed ? "" : ` (${unconfirmed})`}`

export const legalList = (citations: ReadonlyArray<LegalBasis.Citation>, unconfirmed: string, locale: Locale) =>
  citations.length === 0
    ? nothing
    : html`<ul part="legal-basis" class="legal">
        ${citations.map((c) => {
          const note = legalNote(c, locale)
          return html`<li>
            ${citationText(c, unconfirmed)}${note ? html`<br /><span class="muted">${note}</span>` : nothing}
          </li>`
        })}
      </ul>`

/**
 * A readable name for an id that has no label in the data (`"bimbingan-kinerja"` → `"Bimbingan kinerja"`): what a
 * remediation plan carries is its type id, whose preset label is the same words.
 */
export const idToWords = (id: string): string => {
  const words = id.replace(/[-_]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
