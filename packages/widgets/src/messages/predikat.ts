/**
 * Messages of `<asn-predikat>` and the predikat terms other widgets show, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const predikatId = {
  predikatLabel: "Predikat kinerja",
  hasilKerja: "Hasil kerja",
  perilakuKerja: "Perilaku kerja",
  legalBasis: "Dasar hukum",
  unknownRating: (field: string, value: string) =>
    `${field === "hasilKerja" ? "Rating hasil kerja" : "Rating perilaku kerja"} "${value}" tidak dikenal. Gunakan Dibawah Ekspektasi, Sesuai Ekspektasi, atau Diatas Ekspektasi.`,
  missingRatings: "Isi rating hasil kerja dan perilaku kerja untuk melihat predikat."
}

/** @internal */
export type PredikatMessages = typeof predikatId

/** @internal */
export const predikatEn: PredikatMessages = {
  predikatLabel: "Performance rating (predikat)",
  hasilKerja: "Work results (hasil kerja)",
  perilakuKerja: "Work behaviour (perilaku kerja)",
  legalBasis: "Legal basis",
  unknownRating: (field, value) =>
    `Unknown ${field === "hasilKerja" ? "hasil kerja" : "perilaku kerja"} rating "${value}". Use Dibawah Ekspektasi, Sesuai Ekspektasi or Diatas Ekspektasi.`,
  missingRatings: "Enter both the hasil kerja and perilaku kerja ratings to see the predikat."
}

/** @internal */
export const predikat: Section<PredikatMessages> = { id: predikatId, en: predikatEn }
