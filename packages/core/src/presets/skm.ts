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

/**
 * The national nine unsur plus one added by a region (`U10`, "Unsur tambahan"), weighted exactly 1/10. PermenPAN-RB
 * 14/2017 lets a unit add unsur as long as the weights sum to 1; name the added unsur in your own template file when
 * you can (`pembinaan ikm --template FILE`).
 *
 * @category presets
 * @since 0.2.0
 */
export const tenElements: Template = {
  ...national2017,
  id: "skm-permenpan-rb-14-2017-10-unsur",
  title: { id: "Survei Kepuasan Masyarakat (10 unsur)", en: "Community Satisfaction Survey (10 elements)" },
  elements: [...national2017.elements, { id: "U10", label: { id: "Unsur tambahan", en: "Added element" } }],
  legalBasis: [
    {
      ...permenpan14,
      note: "A unit may add unsur when the weights sum to 1 (secondary source: BPPP Tegal). The tenth unsur's name is the region's."
    }
  ]
}

/**
 * The fourteen unsur of the earlier IKM (KepMenPAN 25/2004, replaced by PermenPAN-RB 16/2014 and then 14/2017), for
 * old survey files; weighted exactly 1/14. The unsur names are as commonly reproduced; they are UNCONFIRMED against
 * the decree's text, and the decree's own interval table differs from 2017's (scores here use the 2017 table).
 *
 * @category presets
 * @since 0.2.0
 */
export const kepmenpan2004: Template = {
  id: "ikm-kepmenpan-25-2004",
  version: "2004",
  title: { id: "Indeks Kepuasan Masyarakat (14 unsur)", en: "Community Satisfaction Index (14 elements)" },
  elements: [
    ["Prosedur Pelayanan", "Service procedure"],
    ["Persyaratan Pelayanan", "Service requirements"],
    ["Kejelasan Petugas Pelayanan", "Clarity of service staff"],
    ["Kedisiplinan Petugas Pelayanan", "Discipline of service staff"],
    ["Tanggung Jawab Petugas Pelayanan", "Responsibility of service staff"],
    ["Kemampuan Petugas Pelayanan", "Ability of service staff"],
    ["Kecepatan Pelayanan", "Speed of service"],
    ["Keadilan Mendapatkan Pelayanan", "Fairness of service"],
    ["Kesopanan dan Keramahan Petugas", "Courtesy and friendliness of staff"],
    ["Kewajaran Biaya Pelayanan", "Reasonableness of cost"],
    ["Kepastian Biaya Pelayanan", "Certainty of cost"],
    ["Kepastian Jadwal Pelayanan", "Certainty of schedule"],
    ["Kenyamanan Lingkungan", "Comfort of the environment"],
    ["Keamanan Pelayanan", "Security of service"]
  ].map(([id, en], i) => ({ id: `U${i + 1}`, label: { id: id as string, en: en as string } })),
  answerLabels: {
    id: ["Tidak baik", "Kurang baik", "Baik", "Sangat baik"],
    en: ["Not good", "Less good", "Good", "Very good"]
  },
  weighting: "exact",
  legalBasis: [
    {
      regulation: "KepMenPAN 25/M.PAN/2/2004",
      article: "Lampiran (Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat)",
      note: "Fourteen unsur; names UNCONFIRMED against the decree's text. Superseded by PermenPAN-RB 14/2017.",
      confirmed: false
    }
  ]
}

/**
 * The templates `pembinaan ikm --template` names: `9` (national, 2017), `10` (national plus one added unsur), `14`
 * (KepMenPAN 25/2004).
 *
 * @category presets
 * @since 0.2.0
 */
export const templates: Readonly<Record<"9" | "10" | "14", Template>> = {
  "9": national2017,
  "10": tenElements,
  "14": kepmenpan2004
}
