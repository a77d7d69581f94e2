/**
 * Citations of the regulation behind a rule, carried by every policy table and every result's trace.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * A citation: the regulation (for example `"PermenPAN-RB 6/2022"`), optionally the article and a note.
 * `confirmed: false` marks values that the domain reference lists as UNCONFIRMED; docs show them as such.
 *
 * @category models
 * @since 0.1.0
 */
export const Citation = Schema.Struct({
  regulation: Schema.NonEmptyString,
  article: Schema.optionalKey(Schema.String),
  note: Schema.optionalKey(Schema.String),
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
