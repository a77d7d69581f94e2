/**
 * Import profiles for `pembinaan import --profile NAME FILE`. The profiles themselves (the exports people have:
 * e-Kinerja / SIASN, Excel in an Indonesian locale, Moodle) live in core's `ImportProfile`, shared with the server's
 * import endpoint; this module applies them with the CLI's evaluation CSV convention reader (`fromCsvRow`) and its
 * reading options. See docs/handbook/input-formats.md.
 *
 * @since 0.2.0
 */
import { ImportProfile, type Input } from "@pembinaan/core"
import type * as Records from "./records.js"
import { fromCsvRow, type RecordProblem } from "./score.js"

/**
 * How a cell is read (core's `ImportProfile.CellKind`).
 *
 * @since 0.2.0
 */
export type CellKind = ImportProfile.CellKind

/**
 * One column of a profile (core's `ImportProfile.Column`).
 *
 * @since 0.2.0
 */
export type ProfileColumn = ImportProfile.Column

/**
 * An import profile (core's `ImportProfile.Profile`).
 *
 * @since 0.2.0
 */
export type Profile = ImportProfile.Profile

/**
 * The profiles `pembinaan import --profile` knows (core's `ImportProfile.profiles`).
 *
 * @since 0.2.0
 */
export const profiles: Readonly<Record<string, Profile>> = ImportProfile.profiles

/**
 * Reads a date as exports write it (core's `ImportProfile.readDate`).
 *
 * @since 0.2.0
 */
export const readDate = ImportProfile.readDate

/**
 * Maps one CSV row through a profile: the output record and the problems (paths `[column]`). Columns the profile
 * does not know are kept under `columns`; `excel-id` rows are read by the evaluation CSV convention (`fromCsvRow`).
 *
 * @since 0.2.0
 */
export const applyProfile = (
  profile: Profile,
  row: Readonly<Record<string, string>>,
  options: { readonly lang?: "id" | "en"; readonly course?: string; readonly locale?: Input.NumberLocale } = {}
): { readonly record: Record<string, unknown>; readonly problems: ReadonlyArray<RecordProblem> } =>
  ImportProfile.apply(profile, row, { ...options, convention: fromCsvRow })

/**
 * The record an `evaluation` profile gives, without the kept columns and the recorded predikat: what
 * `pembinaan score` reads (as NDJSON).
 *
 * @since 0.2.0
 */
export const forScoring = ImportProfile.forScoring

/** The reading options a profile implies. */
export const readOptionsOf = (profile: Profile, base: Records.ReadOptions): Records.ReadOptions => ({
  ...base,
  delimiter: base.delimiter ?? profile.delimiter
})
