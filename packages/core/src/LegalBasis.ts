/**
 * Citations of the regulation behind a rule, carried by every policy table and every result's trace.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * A note in both languages: Indonesian (`id`, the source language) first, then English (`en`).
 *
 * @category models
 * @since 0.4.0
 */
export const Note = Schema.Struct({ id: Schema.NonEmptyString, en: Schema.NonEmptyString })

/**
 * @category models
 * @since 0.4.0
 */
export type Note = typeof Note.Type

/**
 * A citation: the regulation (for example `"PermenPAN-RB 6/2022"`), optionally the article and a note.
 * `confirmed: false` marks values that the domain reference lists as UNCONFIRMED; docs show them as such.
 *
 * The note is bilingual data, `{ id, en }` (since 0.4.0); a plain string (one language, as before) is still read,
 * and {@link noteText} shows either in the wanted language.
 *
 * @category models
 * @since 0.1.0
 */
export const Citation = Schema.Struct({
  regulation: Schema.NonEmptyString,
  article: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Schema.Union([Note, Schema.String])),
  confirmed: Schema.Boolean
})

/**
 * @category models
 * @since 0.1.0
 */
export type Citation = typeof Citation.Type

/**
 * One or more citations.
 *
 * @category models
 * @since 0.1.0
 */
export const LegalBasis = Schema.Array(Citation).pipe(Schema.check(Schema.isMinLength(1)))

/**
 * @category models
 * @since 0.1.0
 */
export type LegalBasis = typeof LegalBasis.Type

/**
 * A citation's note in a language: the `id` or `en` text of a bilingual note, a plain string note as it is, or
 * `undefined` without a note.
 *
 * @example
 * ```ts
 * import { LegalBasis } from "@pembinaan/core"
 * LegalBasis.noteText({ regulation: "PP 30/2019", note: { id: "dicabut", en: "revoked" }, confirmed: true }, "en")
 * // => "revoked"
 * ```
 *
 * @category getters
 * @since 0.4.0
 */
export const noteText = (citation: Citation, lang: "id" | "en"): string | undefined => {
  const note = citation.note
  if (note === undefined) return undefined
  return typeof note === "string" ? note : note[lang]
}
