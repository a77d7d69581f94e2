/**
 * Distribution guidance (kurva) as data.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Distribution.js"

const circular = [
  {
    regulation: "Surat Edaran MenPAN-RB 2023 (nomor dan tanggal belum terkonfirmasi)",
    note: {
      id: "Batas angka dikutip dari sumber sekunder; teks peraturannya sendiri (PermenPAN-RB 6/2022 Lampiran hlm. 94–97) bersifat kualitatif.",
      en: "Numeric caps quoted by secondary sources; the regulation's own text (PermenPAN-RB 6/2022 Lampiran pp.94–97) is qualitative."
    },
    confirmed: false
  }
] as const

/**
 * The numeric caps attributed to a 2023 MenPAN-RB circular (UNCONFIRMED), for each organisation predikat.
 * Judged for units of at least 10 employees (a policy choice of this preset).
 *
 * @category presets
 * @since 0.1.0
 */
export const circular2023: Policy = {
  minimumUnitSize: 10,
  guidelines: {
    Istimewa: [{ predikat: ["Sangat Baik"], op: "at-most", percent: 70, legalBasis: circular }],
    Baik: [
      { predikat: ["Baik"], op: "at-most", percent: 70, legalBasis: circular },
      { predikat: ["Butuh Perbaikan", "Kurang/Misconduct"], op: "present", percent: 0, legalBasis: circular }
    ],
    "Butuh Perbaikan": [
      { predikat: ["Butuh Perbaikan"], op: "at-least", percent: 60, legalBasis: circular },
      { predikat: ["Sangat Baik"], op: "at-most", percent: 10, legalBasis: circular }
    ],
    Kurang: [
      { predikat: ["Kurang/Misconduct"], op: "at-least", percent: 60, legalBasis: circular },
      { predikat: ["Butuh Perbaikan"], op: "at-least", percent: 10, legalBasis: circular },
      { predikat: ["Sangat Baik"], op: "at-most", percent: 10, legalBasis: circular }
    ],
    "Sangat Kurang": [
      { predikat: ["Sangat Kurang"], op: "at-least", percent: 60, legalBasis: circular },
      { predikat: ["Kurang/Misconduct", "Butuh Perbaikan"], op: "at-least", percent: 10, legalBasis: circular },
      { predikat: ["Sangat Baik"], op: "at-most", percent: 0, legalBasis: circular }
    ]
  }
}
