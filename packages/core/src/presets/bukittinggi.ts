/**
 * Bukittinggi: an **illustrative** quarterly indicator scorecard, built from public case texts about the city's
 * pembinaan ASN (seeds 000 and 003: quarterly indicator-based assessment of the quantity and quality of work,
 * discipline and interaction with citizens; good performers rewarded, weak ones coached). It is **not** the
 * Pemerintah Kota Bukittinggi's official regulation: the indicators, targets, weights and bands are examples that a
 * region would replace with its own Perwako. Data only: the
 * policy is the document `policies/bukittinggi.json`; a region copies that file, edits it, checks it with
 * `pembinaan policy validate` and scores with it.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Policy.js"
import { fromDocument } from "./document.js"
import document from "./policies/bukittinggi.json" with { type: "json" }

/**
 * The illustrative Bukittinggi policy: four categories (kuantitas, kualitas, disiplin, interaksi-dengan-masyarakat),
 * capaian capped per indicator, a 0–120 score rounded once (2 places, half-up), a mapping to the national hasil kerja
 * rating (Diatas ≥ 110, Sesuai ≥ 90) and perilaku from the seven BerAKHLAK ratings (any Dibawah → Dibawah; four or
 * more Diatas → Diatas). The annual result is the mean of the four quarters (an explicit local choice).
 *
 * Loaded from `policies/bukittinggi.json`, a document `Policy.decode` accepts unchanged (checked by the presets tests).
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = fromDocument("bukittinggi", document)
