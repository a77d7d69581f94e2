/**
 * Messages of `<asn-rating-input>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"
import type { Five, Four, Three } from "./tuples.js"

/** @internal */
export const ratingId = {
  /** Labels of the SKM answers 1..4 (PermenPAN-RB 14/2017). */
  skmLabels: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] as Four,
  /** Labels of a 1..5 scale. */
  fiveLabels: ["Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik"] as Five,
  /** Labels of the three PermenPAN-RB 6/2022 ratings: the regulation's own terms. */
  ekspektasiLabels: ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"] as Three,
  ratingRequired: "Pilih salah satu jawaban.",
  required: "wajib"
}

/** @internal */
export type RatingMessages = typeof ratingId

/** @internal */
export const ratingEn: RatingMessages = {
  skmLabels: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  fiveLabels: ["Very poor", "Poor", "Fair", "Good", "Very good"],
  ekspektasiLabels: [
    "Dibawah Ekspektasi (below expectations)",
    "Sesuai Ekspektasi (meets expectations)",
    "Diatas Ekspektasi (above expectations)"
  ],
  ratingRequired: "Please choose one answer.",
  required: "required"
}

/** @internal */
export const rating: Section<RatingMessages> = { id: ratingId, en: ratingEn }
