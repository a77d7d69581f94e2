/**
 * Talent-management (9-box) presets of PermenPAN-RB 3/2020. Data only.
 *
 * @since 0.1.0
 */
import type { Axis, Policy } from "../Talent.js"

const unconfirmedAxis = [
  {
    regulation: "PermenPAN-RB 3/2020",
    note: {
      id: "Tidak ditemukan batas potensial nasional; instansi menetapkan sendiri. Nilai contoh dari praktik",
      en: "No national potensial cut-offs were found; instansi set their own. Example values seen in practice"
    },
    confirmed: false
  }
] as const

/**
 * A potensial axis on 0–100 with cut-offs 60 (Menengah) and 80 (Tinggi), lower-inclusive (`x ≥ 80` is Tinggi),
 * rounded half-up to 2 decimals. An example seen in practice; unconfirmed as national.
 *
 * @category presets
 * @since 0.1.0
 */
export const axis8060: Axis = {
  rounding: { scale: 2, mode: "half-up" },
  range: { min: 0, max: 100 },
  outOfRange: "reject",
  cutoffs: { menengah: 60, tinggi: 80 },
  inclusive: "lower",
  legalBasis: unconfirmedAxis
}

/**
 * A potensial axis on 0–100 with cut-offs 78 (Menengah) and 90 (Tinggi), lower-inclusive (the JPM-style 90/78
 * edges), rounded half-up to 2 decimals. An example seen in practice; unconfirmed as national.
 *
 * @category presets
 * @since 0.1.0
 */
export const axis9078: Axis = {
  rounding: { scale: 2, mode: "half-up" },
  range: { min: 0, max: 100 },
  outOfRange: "reject",
  cutoffs: { menengah: 78, tinggi: 90 },
  inclusive: "lower",
  legalBasis: unconfirmedAxis
}

/**
 * The 9-box of PermenPAN-RB 3/2020: box numbering "4 7 9 / 2 5 8 / 1 3 6" (not row-major), the recommended action
 * per box, the usual predikat → kinerja mapping (Sangat Baik → Di Atas, Baik → Sesuai, lower → Di Bawah; a local
 * convention, unconfirmed as national) and the 80/60 potensial axis.
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = {
  kinerja: {
    mapping: {
      "Sangat Baik": "Di Atas Ekspektasi",
      Baik: "Sesuai Ekspektasi",
      "Butuh Perbaikan": "Di Bawah Ekspektasi",
      "Kurang/Misconduct": "Di Bawah Ekspektasi",
      "Sangat Kurang": "Di Bawah Ekspektasi"
    },
    legalBasis: [
      {
        regulation: "PermenPAN-RB 3/2020",
        note: {
          id: "Predikat → sumbu kinerja adalah kebiasaan lokal, belum terkonfirmasi sebagai aturan nasional",
          en: "Predikat → kinerja axis is a local convention, unconfirmed as national"
        },
        confirmed: false
      }
    ]
  },
  potensial: axis8060,
  boxes: {
    "Di Atas Ekspektasi": { Rendah: 4, Menengah: 7, Tinggi: 9 },
    "Sesuai Ekspektasi": { Rendah: 2, Menengah: 5, Tinggi: 8 },
    "Di Bawah Ekspektasi": { Rendah: 1, Menengah: 3, Tinggi: 6 }
  },
  actions: [
    {
      box: 9,
      actions: [
        "Dipromosikan dan dipertahankan",
        "Masuk Kelompok Rencana Suksesi (KRS) Instansi/Nasional",
        "Penghargaan"
      ]
    },
    {
      box: 8,
      actions: ["Dipertahankan", "Masuk KRS Instansi", "Rotasi/perluasan jabatan", "Bimbingan kinerja"]
    },
    {
      box: 7,
      actions: [
        "Dipertahankan",
        "Masuk KRS Instansi",
        "Rotasi/pengayaan jabatan",
        "Pengembangan kompetensi",
        "Tugas belajar"
      ]
    },
    { box: 6, actions: ["Penempatan yang sesuai", "Bimbingan kinerja", "Konseling kinerja"] },
    { box: 5, actions: ["Penempatan yang sesuai", "Bimbingan kinerja", "Pengembangan kompetensi"] },
    { box: 4, actions: ["Rotasi", "Pengembangan kompetensi"] },
    {
      box: 3,
      actions: ["Bimbingan kinerja", "Konseling kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"]
    },
    { box: 2, actions: ["Bimbingan kinerja", "Pengembangan kompetensi", "Penempatan yang sesuai"] },
    { box: 1, actions: ["Diproses sesuai ketentuan peraturan perundang-undangan"] }
  ],
  legalBasis: [
    {
      regulation: "PermenPAN-RB 3/2020",
      article: "Lampiran, kotak manajemen talenta",
      note: {
        id: "Penomoran kotak dari salindia KemenPAN-RB dan empat implementasi kode",
        en: "Box numbering from a KemenPAN-RB slide and four code implementations"
      },
      confirmed: true
    }
  ]
}
