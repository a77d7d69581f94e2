/**
 * Muaratebo (Kabupaten Tebo): an **illustrative** quarterly indicator scorecard, built from a public case text about
 * sustainable pembinaan ASN in Muaratebo (seed 001: periodic evaluation of performance after training, competency
 * development, service to citizens). It is **not** the Pemerintah Kabupaten Tebo's official regulation; the
 * indicators, targets, weights and bands are examples. It shows the PermenPAN-RB 8/2021 IKI nilai (0–120) as the
 * per-indicator value, as legacy e-SKP systems still compute it. Data only.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Policy.js"
import * as distribution from "./distribution.js"
import * as national from "./national.js"
import { iki } from "./nationalPolicy.js"

const illustrative = {
  regulation: "Ilustrasi (bukan Peraturan Bupati Tebo)",
  note: {
    id: "nilai contoh yang disusun dari teks kasus publik (seed 001); ganti dengan peraturan daerah sendiri",
    en: "example values built from a public case text (seed 001); replace with the region's own regulation"
  },
  confirmed: false
} as const

const periodic = {
  regulation: "PermenPAN-RB 6/2022",
  article: "Pasal 24 (evaluasi kinerja periodik triwulanan)",
  confirmed: true
} as const

/**
 * The illustrative Muaratebo policy: kuantitas, kualitas, waktu and a local `pengembangan-kompetensi` category, each
 * indicator valued by the 8/2021 IKI formula, weighted to a 0–120 score rounded once (2 places, half-up), banded like
 * PP 30/2019 and mapped to the national rating (Diatas ≥ 110, Sesuai ≥ 90). The annual result is the last quarter's
 * (an explicit local choice).
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = {
  id: "muaratebo-ilustrasi",
  region: "Kabupaten Tebo (Muaratebo)",
  version: "0.1.0",
  title: "Penilaian kinerja triwulanan dengan nilai IKI (ilustrasi)",
  illustrative: true,
  effectivePeriod: { from: "2026-01-01", to: "2026-12-31" },
  indicators: [
    {
      id: "kegiatan-terlaksana",
      label: "Kegiatan sesuai rencana aksi yang terlaksana",
      category: "kuantitas",
      direction: "higher-is-better",
      unit: "kegiatan"
    },
    {
      id: "kualitas-layanan",
      label: "Nilai mutu layanan dari atasan",
      category: "kualitas",
      direction: "higher-is-better",
      unit: "nilai"
    },
    {
      id: "waktu-laporan",
      label: "Hari penyelesaian laporan triwulanan",
      category: "waktu",
      direction: "lower-is-better",
      unit: "hari"
    },
    {
      id: "penerapan-hasil-pelatihan",
      label: "Rencana tindak lanjut pelatihan yang diterapkan",
      category: "pengembangan-kompetensi",
      direction: "higher-is-better",
      unit: "rencana"
    }
  ],
  scorecards: [
    {
      id: "umum",
      label: "Semua jabatan",
      weights: [
        { indicator: "kegiatan-terlaksana", weight: 40 },
        { indicator: "kualitas-layanan", weight: 30 },
        { indicator: "waktu-laporan", weight: 15 },
        { indicator: "penerapan-hasil-pelatihan", weight: 15 }
      ]
    }
  ],
  hasilKerja: {
    source: "indicators",
    scale: { min: 0, max: 120, rounding: { scale: 2, mode: "half-up" } },
    scoring: {
      method: "iki-8-2021",
      iki,
      legalBasis: [
        {
          regulation: "PermenPAN-RB 8/2021",
          article: "Lampiran, nilai capaian IKI",
          note: {
            id: "dicabut oleh PermenPAN-RB 6/2022; dipakai di sini sebagai pilihan penilaian lokal",
            en: "revoked by PermenPAN-RB 6/2022; used here as a local scoring choice"
          },
          confirmed: true
        },
        illustrative
      ]
    },
    bands: {
      rounding: { scale: 2, mode: "half-up" },
      range: { min: 0, max: 120 },
      outOfRange: "reject",
      bands: [
        { label: "Sangat Kurang", lower: 0 },
        { label: "Kurang", lower: 50 },
        { label: "Cukup", lower: 70 },
        { label: "Baik", lower: 90 },
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
      legalBasis: [illustrative]
    },
    legalBasis: [periodic, illustrative]
  },
  perilakuKerja: {
    source: "berakhlak",
    dibawahIfAtLeast: 2,
    diatasIfAtLeast: 5,
    legalBasis: [
      { regulation: "PermenPAN-RB 6/2022", article: "Lampiran hlm. 25, 98 (BerAKHLAK)", confirmed: true },
      illustrative
    ]
  },
  quadrant: national.quadrant,
  period: {
    cadence: "triwulanan",
    annual: { strategy: "last", missing: "reject", minPeriods: 4 },
    legalBasis: [periodic, illustrative]
  },
  distribution: distribution.circular2023,
  legalBasis: [periodic, illustrative]
}
