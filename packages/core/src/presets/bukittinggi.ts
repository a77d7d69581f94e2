/**
 * Bukittinggi: an **illustrative** quarterly indicator scorecard, built from public case texts about the city's
 * pembinaan ASN (seeds 000 and 003: quarterly indicator-based assessment of the quantity and quality of work,
 * discipline and interaction with citizens; good performers rewarded, weak ones coached). It is **not** the
 * Pemerintah Kota Bukittinggi's official regulation: the indicators, targets, weights and bands are examples that a
 * region would replace with its own Perwako. Data only.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Policy.js"
import * as distribution from "./distribution.js"
import * as national from "./national.js"

const illustrative = {
  regulation: "Ilustrasi (bukan Peraturan Wali Kota Bukittinggi)",
  note: {
    id: "nilai contoh yang disusun dari teks kasus publik (seed 000, 003); ganti dengan peraturan daerah sendiri",
    en: "example values built from public case texts (seeds 000, 003); replace with the region's own regulation"
  },
  confirmed: false
} as const

const periodic = {
  regulation: "PermenPAN-RB 6/2022",
  article: "Pasal 24 (evaluasi kinerja periodik triwulanan)",
  confirmed: true
} as const

/**
 * The illustrative Bukittinggi policy: four categories (kuantitas, kualitas, disiplin, interaksi-dengan-masyarakat),
 * capaian capped per indicator, a 0–120 score rounded once (2 places, half-up), a mapping to the national hasil kerja
 * rating (Diatas ≥ 110, Sesuai ≥ 90) and perilaku from the seven BerAKHLAK ratings (any Dibawah → Dibawah; four or
 * more Diatas → Diatas). The annual result is the mean of the four quarters (an explicit local choice).
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = {
  id: "bukittinggi-ilustrasi",
  region: "Kota Bukittinggi",
  version: "0.1.0",
  title: "Penilaian kinerja berbasis indikator triwulanan (ilustrasi)",
  illustrative: true,
  effectivePeriod: { from: "2026-01-01", to: "2026-12-31" },
  indicators: [
    {
      id: "dokumen-selesai",
      label: "Dokumen/layanan yang diselesaikan",
      category: "kuantitas",
      direction: "higher-is-better",
      unit: "dokumen",
      cap: 120
    },
    {
      id: "mutu-dokumen",
      label: "Dokumen tanpa revisi",
      category: "kualitas",
      direction: "higher-is-better",
      unit: "persen",
      cap: 120
    },
    {
      id: "kehadiran-tepat-waktu",
      label: "Hari kerja hadir tepat waktu",
      category: "disiplin",
      direction: "higher-is-better",
      unit: "hari",
      cap: 100
    },
    {
      id: "keluhan-masyarakat",
      label: "Keluhan masyarakat yang beralasan",
      category: "interaksi-dengan-masyarakat",
      direction: "lower-is-better",
      unit: "keluhan",
      cap: 120
    },
    {
      id: "dialog-publik",
      label: "Dialog publik / forum warga yang difasilitasi",
      category: "interaksi-dengan-masyarakat",
      direction: "range",
      unit: "kegiatan",
      cap: 120
    }
  ],
  scorecards: [
    {
      id: "pelaksana",
      label: "Jabatan pelaksana",
      weights: [
        { indicator: "dokumen-selesai", weight: 35 },
        { indicator: "mutu-dokumen", weight: 25 },
        { indicator: "kehadiran-tepat-waktu", weight: 20 },
        { indicator: "keluhan-masyarakat", weight: 20 }
      ]
    },
    {
      id: "struktural",
      label: "Jabatan administrator dan pengawas",
      weights: [
        { indicator: "dokumen-selesai", weight: 25 },
        { indicator: "mutu-dokumen", weight: 25 },
        { indicator: "kehadiran-tepat-waktu", weight: 15 },
        { indicator: "keluhan-masyarakat", weight: 15 },
        { indicator: "dialog-publik", weight: 20 }
      ]
    }
  ],
  hasilKerja: {
    source: "indicators",
    scale: { min: 0, max: 120, rounding: { scale: 2, mode: "half-up" } },
    scoring: { method: "capaian", legalBasis: [illustrative] },
    bands: {
      rounding: { scale: 2, mode: "half-up" },
      range: { min: 0, max: 120 },
      outOfRange: "reject",
      bands: [
        { label: "Sangat Kurang", lower: 0 },
        { label: "Kurang", lower: 60 },
        { label: "Cukup", lower: 80 },
        { label: "Baik", lower: 95 },
        { label: "Sangat Baik", lower: 110, upper: 120 }
      ],
      legalBasis: [illustrative]
    },
    mapping: {
      rounding: { scale: 2, mode: "half-up" },
      range: { min: 0, max: 120 },
      outOfRange: "reject",
      bands: [
        { label: "Dibawah Ekspektasi", lower: 0 },
        { label: "Sesuai Ekspektasi", lower: 90 },
        { label: "Diatas Ekspektasi", lower: 110, upper: 120 }
      ],
      legalBasis: [
        illustrative,
        {
          regulation: "PermenPAN-RB 6/2022",
          article: "Lampiran Bab IV, panduan rating hasil kerja (hlm. 97–98)",
          note: {
            id: "panduan peraturan bersifat kualitatif; batas angka adalah pilihan contoh ini",
            en: "the regulation's guidance is qualitative; the numeric edges are this example's"
          },
          confirmed: true
        }
      ]
    },
    legalBasis: [periodic, illustrative]
  },
  perilakuKerja: {
    source: "berakhlak",
    dibawahIfAtLeast: 1,
    diatasIfAtLeast: 4,
    legalBasis: [
      { regulation: "PermenPAN-RB 6/2022", article: "Lampiran hlm. 25, 98 (BerAKHLAK)", confirmed: true },
      illustrative
    ]
  },
  quadrant: national.quadrant,
  period: {
    cadence: "triwulanan",
    annual: { strategy: "mean", missing: "reject", minPeriods: 4 },
    legalBasis: [periodic, illustrative]
  },
  distribution: distribution.circular2023,
  legalBasis: [periodic, illustrative]
}
