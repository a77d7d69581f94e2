/**
 * Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): the national template, the interval table and the
 * Krejcie–Morgan parameters. Data only.
 *
 * @since 0.1.0
 */
import type { Table } from "../Band.js"
import type { Parameters } from "../SampleSize.js"
import type { Policy, Template } from "../Survey.js"

const permenpan14 = {
  regulation: "PermenPAN-RB 14/2017",
  article: "Lampiran (Pedoman Penyusunan Survei Kepuasan Masyarakat)",
  note: "Whether 14/2017 has since been replaced is UNCONFIRMED.",
  confirmed: true
} as const

/**
 * The national nine-element template of PermenPAN-RB 14/2017 (U1 Persyaratan … U9 Sarana dan Prasarana), answers
 * Tidak sesuai / Kurang sesuai / Sesuai / Sangat sesuai, weighted exactly 1/9. To reproduce a printed report that
 * used 0.11, score with `{ ...national2017, weighting: "printed" }`.
 *
 * @category presets
 * @since 0.1.0
 */
export const national2017: Template = {
  id: "skm-permenpan-rb-14-2017",
  version: "2017",
  title: { id: "Survei Kepuasan Masyarakat", en: "Community Satisfaction Survey" },
  elements: [
    { id: "U1", label: { id: "Persyaratan", en: "Requirements" } },
    { id: "U2", label: { id: "Sistem, Mekanisme, dan Prosedur", en: "Systems, mechanisms and procedures" } },
    { id: "U3", label: { id: "Waktu Penyelesaian", en: "Completion time" } },
    { id: "U4", label: { id: "Biaya/Tarif", en: "Cost/fee" } },
    { id: "U5", label: { id: "Produk Spesifikasi Jenis Pelayanan", en: "Service product specification" } },
    { id: "U6", label: { id: "Kompetensi Pelaksana", en: "Staff competence" } },
    { id: "U7", label: { id: "Perilaku Pelaksana", en: "Staff behaviour" } },
    {
      id: "U8",
      label: { id: "Penanganan Pengaduan, Saran dan Masukan", en: "Handling of complaints, suggestions and input" }
    },
    { id: "U9", label: { id: "Sarana dan Prasarana", en: "Facilities and infrastructure" } }
  ],
  answerLabels: {
    id: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    en: ["Not appropriate", "Less appropriate", "Appropriate", "Very appropriate"]
  },
  weighting: "exact",
  legalBasis: [permenpan14]
}

const interval = [
  {
    ...permenpan14,
    article: "Lampiran, tabel nilai persepsi, interval IKM, interval konversi IKM, mutu dan kinerja unit pelayanan",
    note: "Printed closed ranges 25.00–64.99, 65.00–76.60, 76.61–88.30, 88.31–100.00 read as half-open on the converted value (≥ next lower edge), rounded to 2 decimals half-up before banding; SECONDARY sources ×3 agree."
  }
] as const

const edges = [
  { lower: 25, upper: 64.99 },
  { lower: 65, upper: 76.6 },
  { lower: 76.61, upper: 88.3 },
  { lower: 88.31, upper: 100 }
] as const

/**
 * Mutu pelayanan on the converted scale (25–100): D, C, B, A. Rounded once to two decimals half-up; a value below
 * 25 (possible only with the printed 0.11 weights, whose minimum is 24.75) is clamped to 25.
 *
 * @category presets
 * @since 0.1.0
 */
export const mutu: Table = {
  rounding: { scale: 2, mode: "half-up" },
  range: { min: 25, max: 100 },
  outOfRange: "clamp",
  bands: (["D", "C", "B", "A"] as const).map((label, i) => ({ label, ...edges[i] }) as const) as Table["bands"],
  legalBasis: interval
}

/**
 * Kinerja unit pelayanan on the same edges: Tidak Baik, Kurang Baik, Baik, Sangat Baik.
 *
 * @category presets
 * @since 0.1.0
 */
export const kinerja: Table = {
  ...mutu,
  bands: (["Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"] as const).map(
    (label, i) => ({ label, ...edges[i] }) as const
  ) as Table["bands"]
}

/**
 * The scoring policy of PermenPAN-RB 14/2017: {@link mutu} and {@link kinerja}.
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = { mutu, kinerja }

/**
 * Krejcie & Morgan as used with PermenPAN-RB 14/2017: χ² = 3.841, P = 0.5, d = 0.05, rounded to the nearest
 * integer (ties up), which reproduces the published table.
 *
 * @category presets
 * @since 0.1.0
 */
export const krejcieMorgan: Parameters = {
  chiSquare: 3.841,
  proportion: 0.5,
  margin: 0.05,
  rounding: { scale: 0, mode: "half-up" },
  legalBasis: [
    {
      ...permenpan14,
      article: "Lampiran, penentuan besaran sampel (tabel Krejcie dan Morgan)",
      note: "Krejcie, R.V. & Morgan, D.W. (1970), Educational and Psychological Measurement 30, 607–610."
    }
  ]
}
