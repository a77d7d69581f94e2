/**
 * Sawahlunto: an **illustrative** quarterly indicator scorecard, built from a public case text about structured
 * pembinaan ASN in Sawahlunto (seed 002: time-management and communication training, citizens' input through
 * periodic forums, objective periodic assessment; good performers rewarded, others given direction and support).
 * The domain reference found **no** Sawahlunto rule, so this is **not** the Pemerintah Kota Sawahlunto's regulation;
 * every value is an example. Data only.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Policy.js"
import * as distribution from "./distribution.js"
import * as national from "./national.js"

const illustrative = {
  regulation: "Ilustrasi (bukan Peraturan Wali Kota Sawahlunto)",
  note: {
    id: "nilai contoh yang disusun dari teks kasus publik (seed 002); tidak ditemukan aturan Sawahlunto (BELUM TERKONFIRMASI)",
    en: "example values built from a public case text (seed 002); no Sawahlunto rule was found (UNCONFIRMED)"
  },
  confirmed: false
} as const

const periodic = {
  regulation: "PermenPAN-RB 6/2022",
  article: "Pasal 24 (evaluasi kinerja periodik triwulanan)",
  confirmed: true
} as const

/**
 * The illustrative Sawahlunto policy: kuantitas, waktu and `interaksi-dengan-masyarakat` (communication quality and
 * follow-up of citizens' input), capaian capped at 110 or 100, a 0–110 score rounded once (2 places, half-up), a
 * mapping to the national rating (Diatas ≥ 105, Sesuai ≥ 85) and perilaku rated directly by the Pejabat Penilai. The
 * annual predikat comes from the annual evaluation alone, as the national rule does.
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = {
  id: "sawahlunto-ilustrasi",
  region: "Kota Sawahlunto",
  version: "0.1.0",
  title: "Penilaian kinerja terstruktur triwulanan (ilustrasi)",
  illustrative: true,
  effectivePeriod: { from: "2026-01-01", to: null },
  indicators: [
    {
      id: "layanan-diselesaikan",
      label: "Layanan yang diselesaikan",
      category: "kuantitas",
      direction: "higher-is-better",
      unit: "layanan",
      cap: 110
    },
    {
      id: "rata-rata-waktu-layanan",
      label: "Rata-rata hari penyelesaian layanan",
      category: "waktu",
      direction: "lower-is-better",
      unit: "hari",
      cap: 110
    },
    {
      id: "nilai-komunikasi",
      label: "Nilai komunikasi dari survei pengguna layanan",
      category: "interaksi-dengan-masyarakat",
      direction: "higher-is-better",
      unit: "nilai",
      cap: 110
    },
    {
      id: "masukan-ditindaklanjuti",
      label: "Masukan forum warga yang ditindaklanjuti",
      category: "interaksi-dengan-masyarakat",
      direction: "higher-is-better",
      unit: "masukan",
      cap: 100
    }
  ],
  scorecards: [
    {
      id: "pelayanan",
      label: "Jabatan pelayanan publik",
      weights: [
        { indicator: "layanan-diselesaikan", weight: 30 },
        { indicator: "rata-rata-waktu-layanan", weight: 25 },
        { indicator: "nilai-komunikasi", weight: 25 },
        { indicator: "masukan-ditindaklanjuti", weight: 20 }
      ]
    }
  ],
  hasilKerja: {
    source: "indicators",
    scale: { min: 0, max: 110, rounding: { scale: 2, mode: "half-up" } },
    scoring: { method: "capaian", legalBasis: [illustrative] },
    bands: {
      rounding: { scale: 2, mode: "half-up" },
      range: { min: 0, max: 110 },
      outOfRange: "reject",
      bands: [
        { label: "Perlu Pembinaan", lower: 0 },
        { label: "Cukup", lower: 85 },
        { label: "Baik", lower: 95 },
        { label: "Layak Penghargaan", lower: 105, upper: 110 }
      ],
      legalBasis: [illustrative]
    },
    mapping: {
      rounding: { scale: 2, mode: "half-up" },
      range: { min: 0, max: 110 },
      outOfRange: "reject",
      bands: [
        { label: "Dibawah Ekspektasi", lower: 0 },
        { label: "Sesuai Ekspektasi", lower: 85 },
        { label: "Diatas Ekspektasi", lower: 105, upper: 110 }
      ],
      legalBasis: [illustrative]
    },
    legalBasis: [periodic, illustrative]
  },
  perilakuKerja: {
    source: "rating",
    legalBasis: [{ regulation: "PermenPAN-RB 6/2022", article: "Lampiran hlm. 98, 101", confirmed: true }]
  },
  quadrant: national.quadrant,
  period: {
    cadence: "triwulanan",
    annual: { strategy: "annual-only" },
    legalBasis: [periodic, illustrative]
  },
  distribution: distribution.circular2023,
  legalBasis: [periodic, illustrative]
}
