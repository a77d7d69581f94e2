/**
 * Sawahlunto: an **illustrative** quarterly indicator scorecard, built from a public case text about structured
 * pembinaan ASN in Sawahlunto (seed 002: time-management and communication training, citizens' input through
 * periodic forums, objective periodic assessment; good performers rewarded, others given direction and support).
 * The domain reference found **no** Sawahlunto rule, so this is **not** the Pemerintah Kota Sawahlunto's regulation;
 * every value is an example. Data only: the
 * policy is the document `policies/sawahlunto.json`; a region copies that file, edits it, checks it with
 * `pembinaan policy validate` and scores with it.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Policy.js"
import { fromDocument } from "./document.js"
import document from "./policies/sawahlunto.json" with { type: "json" }

/**
 * The illustrative Sawahlunto policy: kuantitas, waktu and `interaksi-dengan-masyarakat` (communication quality and
 * follow-up of citizens' input), capaian capped at 110 or 100, a 0–110 score rounded once (2 places, half-up), a
 * mapping to the national rating (Diatas ≥ 105, Sesuai ≥ 85) and perilaku rated directly by the Pejabat Penilai. The
 * annual predikat comes from the annual evaluation alone, as the national rule does.
 *
 * Loaded from `policies/sawahlunto.json`, a document `Policy.decode` accepts unchanged (checked by the presets tests).
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = fromDocument("sawahlunto", document)
