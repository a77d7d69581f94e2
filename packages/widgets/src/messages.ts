/**
 * Message catalogues. Indonesian is the source; English must define every id (checked by the type).
 * Messages with arguments are functions.
 *
 * @since 0.1.0
 */
import type { Locale } from "./locale.js"

const id = {
  predikatLabel: "Predikat kinerja",
  hasilKerja: "Hasil kerja",
  perilakuKerja: "Perilaku kerja",
  legalBasis: "Dasar hukum",
  unknownRating: (field: string, value: string) =>
    `${field === "hasilKerja" ? "Rating hasil kerja" : "Rating perilaku kerja"} "${value}" tidak dikenal. Gunakan Dibawah Ekspektasi, Sesuai Ekspektasi, atau Diatas Ekspektasi.`,
  missingRatings: "Isi rating hasil kerja dan perilaku kerja untuk melihat predikat."
}

/**
 * The message catalogue type: every locale defines every id.
 *
 * @since 0.1.0
 */
export type Messages = typeof id

const en: Messages = {
  predikatLabel: "Performance rating (predikat)",
  hasilKerja: "Work results (hasil kerja)",
  perilakuKerja: "Work behaviour (perilaku kerja)",
  legalBasis: "Legal basis",
  unknownRating: (field, value) =>
    `Unknown ${field === "hasilKerja" ? "hasil kerja" : "perilaku kerja"} rating "${value}". Use Dibawah Ekspektasi, Sesuai Ekspektasi or Diatas Ekspektasi.`,
  missingRatings: "Enter both the hasil kerja and perilaku kerja ratings to see the predikat."
}

/**
 * The catalogue for a locale.
 *
 * @since 0.1.0
 */
export const messages = (locale: Locale): Messages => (locale === "en" ? en : id)
