/**
 * The demo regions' **illustrative** development-programme policies (`ProgrammePolicy.Document`), one JSON document
 * per region in `programmes/`: training (JP credit, attendance, post-training evaluation), the yearly JP target,
 * mentoring (length, sessions, assessment), the next-programme thresholds (Muaratebo: below 70 → follow-up
 * programme, 85 or more → internship with a partner university) and the SP4N-LAPOR! import configuration. None is
 * a region's regulation: every value no regulation fixes is marked `confirmed: false`. Data only.
 *
 * @since 0.5.0
 */
import { Result } from "effect"
import * as ProgrammePolicy from "../ProgrammePolicy.js"
import bukittinggiDocument from "./programmes/bukittinggi.json" with { type: "json" }
import muarateboDocument from "./programmes/muaratebo.json" with { type: "json" }
import sawahluntoDocument from "./programmes/sawahlunto.json" with { type: "json" }

const load = (name: string, document: unknown): ProgrammePolicy.Document => {
  const decoded = ProgrammePolicy.decode(document)
  if (Result.isFailure(decoded))
    throw new Error(`preset programmes/${name}.json is not valid: ${JSON.stringify(decoded.failure.problems)}`)
  return decoded.success
}

/**
 * Kota Bukittinggi (illustrative; seeds 000 and 003): 20 JP, mentoring over 12 months with at least 3 sessions,
 * no post-training thresholds.
 *
 * @category presets
 * @since 0.5.0
 */
export const bukittinggi: ProgrammePolicy.Document = load("bukittinggi", bukittinggiDocument)

/**
 * Muaratebo, Kabupaten Tebo (illustrative; seed 001): 20 JP; post-training score below 70 → `program-lanjutan`,
 * 85 or more → `magang-universitas`.
 *
 * @category presets
 * @since 0.5.0
 */
export const muaratebo: ProgrammePolicy.Document = load("muaratebo", muarateboDocument)

/**
 * Kota Sawahlunto (illustrative; seed 002): 20 JP, mentoring over 12 months with at least 4 sessions.
 *
 * @category presets
 * @since 0.5.0
 */
export const sawahlunto: ProgrammePolicy.Document = load("sawahlunto", sawahluntoDocument)

/**
 * The presets by demo region id.
 *
 * @category presets
 * @since 0.5.0
 */
export const byRegion: Readonly<Record<string, ProgrammePolicy.Document>> = { bukittinggi, muaratebo, sawahlunto }
