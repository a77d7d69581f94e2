/**
 * Messages of `<asn-competency-gap>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const competencyGapId = {
  competency: "Kompetensi",
  actualLevel: "Individu",
  meanLevel: "Rata-rata individu",
  jpm: "JPM",
  jpmBelowCue: (n: number) =>
    `JPM dihitung dari jumlah semua kompetensi, sehingga kelebihan pada satu kompetensi menutupi kekurangan pada yang lain: ${n} kompetensi masih di bawah standar (lihat baris bertanda Selisih negatif).`,
  jpmPartial: (list: string) => `Tanpa kompetensi yang belum dinilai: ${list}.`,
  groupOf: (n: number) => `Kelompok ${n} pegawai`,
  gapChartDesc: "Level standar dan level individu per kompetensi; level 1 sampai 5.",
  peopleBelow: "Di bawah standar",
  jpmCategories: "Kategori JPM",
  levelChartTitle: "Level standar dan level individu per kompetensi",
  levelChartTitleGroup: "Level standar dan rata-rata individu per kompetensi",
  perCompetency: "Jumlah pegawai per kompetensi",
  gapPerCompetency: "Selisih per kompetensi"
}

/** @internal */
export type CompetencyGapMessages = typeof competencyGapId

/** @internal */
export const competencyGapEn: CompetencyGapMessages = {
  competency: "Competency",
  actualLevel: "Actual",
  meanLevel: "Mean actual",
  jpm: "JPM",
  jpmBelowCue: (n) =>
    `JPM is computed from the sum of all competencies, so a surplus in one hides a shortfall in another: ${n} ${n === 1 ? "competency is" : "competencies are"} still below the standard (see the rows with a negative difference).`,
  jpmPartial: (list) => `Without the competencies not assessed: ${list}.`,
  groupOf: (n) => `Group of ${n} ${n === 1 ? "employee" : "employees"}`,
  gapChartDesc: "Required and actual level per competency, on levels 1 to 5.",
  peopleBelow: "Below the standard",
  jpmCategories: "JPM categories",
  levelChartTitle: "Required and actual level per competency",
  levelChartTitleGroup: "Required level and mean actual level per competency",
  perCompetency: "Employees per competency",
  gapPerCompetency: "Difference per competency"
}

/** @internal */
export const competencyGap: Section<CompetencyGapMessages> = { id: competencyGapId, en: competencyGapEn }
