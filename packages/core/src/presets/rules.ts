/**
 * The national baseline for rewards, remediation, discipline and long-service awards. Data only.
 *
 * - `national`: the rule set of PermenPAN-RB 6/2022 Pasal 20 and 31 and Lampiran Bab III, the below-target path
 *   (Peraturan BKN 3/2020 Pasal 32, UNCONFIRMED) and the talent-box actions (PermenPAN-RB 3/2020).
 * - `nationalPlans`: the remediation plan types with their deadlines and escalation path.
 * - `absenceLadder`: the PP 94/2021 unexcused-absence ladder.
 * - `satyalancana`: the Satyalancana Karya Satya classes.
 *
 * @since 0.1.0
 */

import type { SatyalancanaPolicy } from "../Award.js"
import type { Ladder } from "../Discipline.js"
import type { Citation } from "../LegalBasis.js"
import type { Policy as PlanPolicy } from "../Remediation.js"
import type { Condition, Outcome, Rule, RuleSet } from "../Rule.js"

const pasal20: Citation = { regulation: "PermenPAN-RB 6/2022", article: "Pasal 20", confirmed: true }
const pasal31: Citation = {
  regulation: "PermenPAN-RB 6/2022",
  article: "Pasal 31 ayat (1) huruf a dan b",
  note: {
    id: "Peraturan tidak mengaitkan prioritas dengan predikat; memberikannya untuk Sangat Baik adalah pilihan preset ini.",
    en: "The regulation does not tie the priority to a predikat; giving it for Sangat Baik is this preset's choice."
  },
  confirmed: true
}
const babIII: Citation = {
  regulation: "PermenPAN-RB 6/2022",
  article: "Pasal 20; Lampiran Bab III (hlm. 84–88)",
  note: {
    id: "Predikat mana yang berujung pada bimbingan atau konseling kinerja adalah pilihan preset ini.",
    en: "Which predikat leads to bimbingan or konseling kinerja is this preset's choice."
  },
  confirmed: true
}
const bkn32: Citation = {
  regulation: "Peraturan BKN 3/2020",
  article: "Pasal 32",
  note: {
    id: "Hanya dibaca dari ringkasan berita (kontan.co.id): 6 bulan untuk memperbaiki, uji kompetensi, penempatan paling lama 1 tahun, pemberhentian.",
    en: "Read only from a news summary (kontan.co.id): 6 months to improve, uji kompetensi, placement for at most 1 year, discharge."
  },
  confirmed: false
}
const talenta: Citation = {
  regulation: "PermenPAN-RB 3/2020",
  article: "Kotak manajemen talenta: rekomendasi per kotak",
  note: {
    id: "Tabel disalin dari salindia KemenPAN-RB dan empat penerapan publik; tabel peraturannya sendiri belum dibaca.",
    en: "The table is reproduced from a KemenPAN-RB slide and four public implementations; the regulation's own table was not read."
  },
  confirmed: false
}
const pp94: Citation = { regulation: "PP 94/2021", article: "Pasal 8", confirmed: true }
const preset: Citation = {
  regulation: "Pembinaan national baseline preset",
  note: {
    id: "Lama dan tanggal tindak lanjut bimbingan dan konseling tidak diatur peraturan; ini nilai bawaan preset.",
    en: "Durations and follow-up dates of bimbingan and konseling are not set by the regulation; these are the preset's defaults."
  },
  confirmed: false
}

const outcome = (
  id: string,
  kind: Outcome["kind"],
  label: string,
  severity: number,
  legalBasis: ReadonlyArray<Citation>,
  conflictsWith?: ReadonlyArray<string>
): Outcome => ({ id, kind, label, severity, legalBasis, ...(conflictsWith ? { conflictsWith } : {}) })

const rewards = [
  "apresiasi",
  "penugasan-baru",
  "prioritas-suksesi",
  "prioritas-pengembangan",
  "dipromosikan",
  "krs-nasional",
  "krs-instansi",
  "penghargaan",
  "tugas-belajar"
]

/**
 * The outcomes of the national baseline. Remediation severities: 1 guidance or adjustment, 2 counselling, 3 the legal
 * path (kesempatan perbaikan, proses sesuai ketentuan).
 *
 * @category presets
 * @since 0.1.0
 */
export const nationalOutcomes: ReadonlyArray<Outcome> = [
  outcome("apresiasi", "reward", "Apresiasi", 0, [pasal20]),
  outcome("penugasan-baru", "development", "Penugasan baru", 0, [pasal20]),
  outcome("prioritas-suksesi", "reward", "Prioritas kelompok rencana suksesi", 0, [pasal31]),
  outcome("prioritas-pengembangan", "development", "Prioritas pengembangan kompetensi", 0, [pasal31]),
  outcome("dipromosikan", "reward", "Dipromosikan", 0, [talenta]),
  outcome("dipertahankan", "reward", "Dipertahankan", 0, [talenta]),
  outcome("krs-nasional", "reward", "Masuk KRS instansi/nasional", 0, [talenta]),
  outcome("krs-instansi", "reward", "Masuk KRS instansi", 0, [talenta]),
  outcome("penghargaan", "reward", "Penghargaan", 0, [talenta]),
  outcome("rotasi", "development", "Rotasi", 0, [talenta]),
  outcome("perluasan-jabatan", "development", "Perluasan jabatan", 0, [talenta]),
  outcome("pengayaan-jabatan", "development", "Pengayaan jabatan", 0, [talenta]),
  outcome("pengembangan-kompetensi", "development", "Pengembangan kompetensi", 0, [talenta]),
  outcome("tugas-belajar", "development", "Tugas belajar", 0, [talenta]),
  outcome("penyesuaian-ekspektasi", "remediation", "Penyesuaian ekspektasi dan dukungan sumber daya", 1, [pasal20]),
  outcome("bimbingan-kinerja", "remediation", "Bimbingan kinerja", 1, [babIII]),
  outcome("penempatan-sesuai", "remediation", "Penempatan yang sesuai", 1, [talenta]),
  outcome("konseling-kinerja", "remediation", "Konseling kinerja", 2, [babIII]),
  outcome("kesempatan-perbaikan", "remediation", "Kesempatan perbaikan kinerja 6 bulan", 3, [bkn32]),
  outcome("proses-sesuai-ketentuan", "remediation", "Diproses sesuai ketentuan peraturan perundang-undangan", 3, [
    talenta
  ]),
  outcome(
    "tunda-penghargaan",
    "restriction",
    "Penghargaan tidak diberikan selama hukuman disiplin sedang/berat berjalan",
    0,
    [
      pp94,
      {
        ...preset,
        note: {
          id: "Menangguhkan penghargaan selama hukuman disiplin sedang/berat berjalan adalah pilihan preset ini.",
          en: "Suspending rewards while a sedang/berat sanction runs is this preset's choice."
        }
      }
    ],
    rewards
  )
]

const below: Condition = { kind: "predikat", in: ["Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"] }
const poor: Condition = { kind: "predikat", in: ["Kurang/Misconduct", "Sangat Kurang"] }

const box = (n: number, group: string, outcomes: ReadonlyArray<string>, description: string): Rule => ({
  id: `talenta-${n}${group === "penghargaan" ? "-penghargaan" : ""}`,
  description,
  group,
  priority: 30,
  exclusive: false,
  when: { kind: "talent-box", in: [n] },
  give: outcomes,
  legalBasis: [talenta]
})

/**
 * The national baseline rules.
 *
 * - group `penghargaan`: a running hukuman disiplin sedang/berat (exclusive, priority 100) suspends every reward below
 *   it; Sangat Baik → priority for succession and development (Pasal 31); progress (score up over the last two
 *   periods, at least Baik) → apresiasi and penugasan baru (Pasal 20); the reward part of boxes 9, 8 and 7.
 * - group `kinerja`: Butuh Perbaikan or worse → bimbingan kinerja; Kurang/Misconduct or Sangat Kurang → konseling
 *   kinerja and the 6-month improvement chance (start of the BKN 3/2020 path); below Baik without progress →
 *   adjust expectations and resources (Pasal 20).
 * - group `talenta`: the other actions of each box.
 *
 * @category presets
 * @since 0.1.0
 */
export const national: RuleSet = {
  name: "Nasional: PermenPAN-RB 6/2022, Peraturan BKN 3/2020, PermenPAN-RB 3/2020",
  vocabulary: { jpmCategories: ["Optimal", "Cukup Optimal", "Kurang Optimal"], flags: [], measures: [] },
  outcomes: nationalOutcomes,
  rules: [
    {
      id: "hukdis-menunda-penghargaan",
      description: "Hukuman disiplin sedang atau berat yang sedang berjalan menunda semua penghargaan.",
      group: "penghargaan",
      priority: 100,
      exclusive: true,
      when: { kind: "discipline", levels: ["sedang", "berat"], scope: "active", present: true },
      give: ["tunda-penghargaan"],
      legalBasis: [pp94]
    },
    {
      id: "pasal-31-sangat-baik",
      description: "Predikat Sangat Baik: prioritas kelompok rencana suksesi dan pengembangan kompetensi.",
      group: "penghargaan",
      priority: 50,
      exclusive: false,
      when: { kind: "predikat", in: ["Sangat Baik"] },
      give: ["prioritas-suksesi", "prioritas-pengembangan"],
      legalBasis: [pasal31]
    },
    {
      id: "pasal-20-kemajuan",
      description:
        "Kemajuan (nilai naik dari periode lalu) dengan predikat minimal Baik: apresiasi dan penugasan baru.",
      group: "penghargaan",
      priority: 40,
      exclusive: false,
      when: {
        kind: "all",
        of: [
          { kind: "predikat", in: ["Sangat Baik", "Baik"] },
          { kind: "trend", last: 2, measure: "change", op: "above", value: 0 }
        ]
      },
      give: ["apresiasi", "penugasan-baru"],
      legalBasis: [pasal20]
    },
    box(9, "penghargaan", ["dipromosikan", "krs-nasional", "penghargaan"], "Kotak 9: promosi, KRS, penghargaan."),
    box(8, "penghargaan", ["krs-instansi"], "Kotak 8: masuk KRS instansi."),
    box(7, "penghargaan", ["krs-instansi", "tugas-belajar"], "Kotak 7: masuk KRS instansi, tugas belajar."),
    {
      id: "bimbingan-kinerja",
      description: "Predikat Butuh Perbaikan atau lebih rendah: bimbingan kinerja.",
      group: "kinerja",
      priority: 10,
      exclusive: false,
      when: below,
      give: ["bimbingan-kinerja"],
      legalBasis: [babIII]
    },
    {
      id: "pasal-20-tanpa-kemajuan",
      description: "Di bawah Baik tanpa kemajuan nilai: penyesuaian ekspektasi dan dukungan sumber daya.",
      group: "kinerja",
      priority: 5,
      exclusive: false,
      when: { kind: "all", of: [below, { kind: "trend", last: 2, measure: "change", op: "at-most", value: 0 }] },
      give: ["penyesuaian-ekspektasi"],
      legalBasis: [pasal20]
    },
    {
      id: "konseling-kinerja",
      description: "Predikat Kurang/Misconduct atau Sangat Kurang: konseling kinerja.",
      group: "kinerja",
      priority: 20,
      exclusive: false,
      when: poor,
      give: ["konseling-kinerja"],
      legalBasis: [babIII]
    },
    {
      id: "jalur-di-bawah-target",
      description:
        "Tidak mencapai target (Kurang/Misconduct atau Sangat Kurang): kesempatan perbaikan 6 bulan, awal jalur uji kompetensi, penempatan, pemberhentian.",
      group: "kinerja",
      priority: 30,
      exclusive: false,
      when: poor,
      give: ["kesempatan-perbaikan"],
      legalBasis: [bkn32]
    },
    box(9, "talenta", ["dipertahankan"], "Kotak 9: dipertahankan."),
    box(8, "talenta", ["dipertahankan", "rotasi", "perluasan-jabatan", "bimbingan-kinerja"], "Kotak 8."),
    box(7, "talenta", ["dipertahankan", "rotasi", "pengayaan-jabatan", "pengembangan-kompetensi"], "Kotak 7."),
    box(6, "talenta", ["penempatan-sesuai", "bimbingan-kinerja", "konseling-kinerja"], "Kotak 6."),
    box(5, "talenta", ["penempatan-sesuai", "bimbingan-kinerja", "pengembangan-kompetensi"], "Kotak 5."),
    box(4, "talenta", ["rotasi", "pengembangan-kompetensi"], "Kotak 4."),
    box(
      3,
      "talenta",
      ["bimbingan-kinerja", "konseling-kinerja", "pengembangan-kompetensi", "penempatan-sesuai"],
      "Kotak 3."
    ),
    box(2, "talenta", ["bimbingan-kinerja", "pengembangan-kompetensi", "penempatan-sesuai"], "Kotak 2."),
    box(1, "talenta", ["proses-sesuai-ketentuan"], "Kotak 1: diproses sesuai ketentuan peraturan perundang-undangan.")
  ],
  legalBasis: [
    { regulation: "PermenPAN-RB 6/2022", article: "Pasal 20, 31; Lampiran Bab III", confirmed: true },
    bkn32,
    talenta
  ]
}

/**
 * The remediation plan types of the national baseline. The below-target path is `kesempatan-perbaikan` (6 months) →
 * `uji-kompetensi` → `penempatan` (at most 12 months) → `pemberhentian` (Peraturan BKN 3/2020 Pasal 32,
 * UNCONFIRMED). Bimbingan (3 months, escalating to konseling) and konseling (3 months, escalating to the path) use
 * this preset's durations; the regulation sets none.
 *
 * @category presets
 * @since 0.1.0
 */
export const nationalPlans: PlanPolicy = {
  name: "Nasional: rencana pembinaan kinerja",
  plans: [
    {
      type: "bimbingan-kinerja",
      label: "Bimbingan kinerja",
      duration: { months: 3, days: 0 },
      followUpDays: 14,
      evidence: ["catatan-bimbingan", "evaluasi-kompetensi"],
      escalatesTo: "konseling-kinerja",
      legalBasis: [babIII, preset]
    },
    {
      type: "konseling-kinerja",
      label: "Konseling kinerja",
      duration: { months: 3, days: 0 },
      followUpDays: 14,
      evidence: ["laporan-konseling"],
      escalatesTo: "kesempatan-perbaikan",
      legalBasis: [babIII, preset]
    },
    {
      type: "kesempatan-perbaikan",
      label: "Kesempatan perbaikan kinerja 6 bulan",
      duration: { months: 6, days: 0 },
      followUpDays: 0,
      evidence: ["hasil-evaluasi-kinerja"],
      escalatesTo: "uji-kompetensi",
      legalBasis: [bkn32]
    },
    {
      type: "uji-kompetensi",
      label: "Uji kompetensi",
      duration: { months: 1, days: 0 },
      followUpDays: 0,
      evidence: ["hasil-uji-kompetensi"],
      escalatesTo: "penempatan",
      legalBasis: [bkn32]
    },
    {
      type: "penempatan",
      label: "Penempatan pada jabatan yang sesuai atau lebih rendah (paling lama 1 tahun)",
      duration: { months: 12, days: 0 },
      followUpDays: 0,
      evidence: ["sk-penempatan", "hasil-evaluasi-kinerja"],
      escalatesTo: "pemberhentian",
      legalBasis: [bkn32]
    },
    {
      type: "pemberhentian",
      label: "Pemberhentian dengan hormat",
      duration: { months: 0, days: 0 },
      followUpDays: 0,
      evidence: ["sk-pemberhentian"],
      legalBasis: [bkn32]
    }
  ],
  legalBasis: [bkn32, babIII]
}

/**
 * The PP 94/2021 unexcused-absence ladder: cumulative working days per calendar year (inclusive ranges) and the
 * independent 10-consecutive-days rule. 1–2 days carry no sanction. The press cites the article as Pasal 11; the exact
 * numbering is UNCONFIRMED.
 *
 * @category presets
 * @since 0.1.0
 */
export const absenceLadder: Ladder = {
  steps: [
    { from: 3, to: 3, sanction: "teguran-lisan" },
    { from: 4, to: 6, sanction: "teguran-tertulis" },
    { from: 7, to: 10, sanction: "pernyataan-tidak-puas" },
    { from: 11, to: 13, sanction: "potong-tunjangan-6-bulan" },
    { from: 14, to: 16, sanction: "potong-tunjangan-9-bulan" },
    { from: 17, to: 20, sanction: "potong-tunjangan-12-bulan" },
    { from: 21, to: 24, sanction: "penurunan-jabatan-12-bulan" },
    { from: 25, to: 27, sanction: "pembebasan-jabatan-12-bulan" },
    { from: 28, sanction: "pemberhentian-dengan-hormat" }
  ],
  consecutive: { days: 10, sanction: "pemberhentian-dengan-hormat" },
  legalBasis: [
    pp94,
    {
      regulation: "PP 94/2021",
      article: "Pasal 11 (as cited by the press)",
      note: {
        id: "Jenjang dikutip dari jpnn.com, kompas.tv dan gurune.net; penomoran pasal belum diverifikasi.",
        en: "Ladder quoted by jpnn.com, kompas.tv and gurune.net; exact article numbering not verified."
      },
      confirmed: false
    }
  ]
}

/**
 * The Satyalancana Karya Satya classes: X (10 years, perunggu), XX (20, perak), XXX (30, emas); CLTN restarts the
 * continuous service.
 *
 * @category presets
 * @since 0.1.0
 */
export const satyalancana: SatyalancanaPolicy = {
  classes: [
    { class: "X", years: 10, label: "Satyalancana Karya Satya X Tahun (perunggu)" },
    { class: "XX", years: 20, label: "Satyalancana Karya Satya XX Tahun (perak)" },
    { class: "XXX", years: 30, label: "Satyalancana Karya Satya XXX Tahun (emas)" }
  ],
  cltn: "restart",
  legalBasis: [
    {
      regulation: "UU 20/2009",
      note: { id: "Gelar, Tanda Jasa, dan Tanda Kehormatan", en: "Gelar, Tanda Jasa, dan Tanda Kehormatan" },
      confirmed: true
    },
    {
      regulation: "PP 35/2010",
      note: {
        id: "Syarat menurut ringkasan sumber BKD/BKPSDM daerah",
        en: "Conditions as summarised by regional BKD/BKPSDM sources"
      },
      confirmed: true
    },
    {
      regulation: "Perka BKN 44/2015",
      note: { id: "Juknis yang dikutip sumber daerah", en: "Juknis cited by regional sources" },
      confirmed: false
    }
  ]
}
