/**
 * Legal basis lists: citations deduplicated by regulation and article, unconfirmed ones marked in words.
 *
 * @internal
 */
import type { LegalBasis } from "@pembinaan/core"
import { html, nothing } from "lit"

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

export const legalList = (
  citations: ReadonlyArray<LegalBasis.Citation>,
  unconfirmed: string,
  lang: "id" | "en" = "id"
) =>
  citations.length === 0
    ? nothing
    : html`<ul part="legal-basis" class="legal">
        ${citations.map((c) => {
          // the same reading as LegalBasis.noteText, without importing core's runtime into the bundle
          const note = typeof c.note === "string" ? c.note : c.note?.[lang]
          return html`<li>
            ${citationText(c, unconfirmed)}${note ? html`<br /><span class="muted">${note}</span>` : nothing}
          </li>`
        })}
      </ul>`
