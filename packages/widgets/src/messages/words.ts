/**
 * Messages of words shared by the display widgets (tables, counts, suppression), Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const wordsId = {
  exportCsv: "Unduh CSV",
  showTable: "Tampilkan tabel",
  showChart: "Tampilkan grafik",
  noValue: "—",
  employee: "Pegawai",
  employeeName: "Nama",
  unit: "Unit kerja",
  jabatan: "Jabatan",
  period: "Periode",
  score: "Nilai",
  predikat: "Predikat",
  count: "Jumlah",
  percent: "Persentase",
  status: "Status",
  unconfirmed: "belum terkonfirmasi",
  employees: (n: number) => `${n} pegawai`,
  emptyList: "Tidak ada pegawai dalam daftar ini.",
  respondents: (n: number) => `${n} responden`,
  respondentsLabel: "Responden",
  raters: (n: number) => `${n} penilai`,
  /** The one text for every hidden group, whether below the minimum itself or hidden so a smaller one cannot be derived. */
  suppressedBelow: (min: number) => `Disembunyikan (aturan minimal ${min} orang per kelompok)`,
  /** The one reason for too few people: who, how many, the one threshold. */
  belowMinimum: (who: string, n: number, min: number) => `${who}: ${n} orang, aturan minimal ${min} orang per kelompok`
}

/** @internal */
export type WordsMessages = typeof wordsId

/** @internal */
export const wordsEn: WordsMessages = {
  exportCsv: "Download CSV",
  showTable: "Show as table",
  showChart: "Show as chart",
  noValue: "—",
  employee: "Employee",
  employeeName: "Name",
  unit: "Unit",
  jabatan: "Position (jabatan)",
  period: "Period",
  score: "Score",
  predikat: "Predikat",
  count: "Count",
  percent: "Percentage",
  status: "Status",
  unconfirmed: "unconfirmed",
  employees: (n) => `${n} ${n === 1 ? "employee" : "employees"}`,
  emptyList: "No employees in this list.",
  respondents: (n) => `${n} ${n === 1 ? "respondent" : "respondents"}`,
  respondentsLabel: "Respondents",
  raters: (n) => `${n} ${n === 1 ? "rater" : "raters"}`,
  suppressedBelow: (min) => `Hidden (rule: at least ${min} people per group)`,
  belowMinimum: (who, n, min) => `${who}: ${n} ${n === 1 ? "person" : "people"}, rule: at least ${min} people per group`
}

/** @internal */
export const words: Section<WordsMessages> = { id: wordsId, en: wordsEn }
