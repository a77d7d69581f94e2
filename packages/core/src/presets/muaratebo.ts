/**
 * Muaratebo (Kabupaten Tebo): an **illustrative** quarterly indicator scorecard, built from a public case text about
 * sustainable pembinaan ASN in Muaratebo (seed 001: periodic evaluation of performance after training, competency
 * development, service to citizens). It is **not** the Pemerintah Kabupaten Tebo's official regulation; the
 * indicators, targets, weights and bands are examples. It shows the PermenPAN-RB 8/2021 IKI nilai (0–120) as the
 * per-indicator value, as legacy e-SKP systems still compute it. Data only: the
 * policy is the document `policies/muaratebo.json`; a region copies that file, edits it, checks it with
 * `pembinaan policy validate` and scores with it.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Policy.js"
import { fromDocument } from "./document.js"
import document from "./policies/muaratebo.json" with { type: "json" }

/**
 * The illustrative Muaratebo policy: kuantitas, kualitas, waktu and a local `pengembangan-kompetensi` category, each
 * indicator valued by the 8/2021 IKI formula, weighted to a 0–120 score rounded once (2 places, half-up), banded like
 * PP 30/2019 and mapped to the national rating (Diatas ≥ 110, Sesuai ≥ 90). The annual result is the last quarter's
 * (an explicit local choice).
 *
 * Loaded from `policies/muaratebo.json`, a document `Policy.decode` accepts unchanged (checked by the presets tests).
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = fromDocument("muaratebo", document)
