/**
 * Messages of `<asn-ikm-report>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const ikmId = {
  ikmTitle: "Indeks Kepuasan Masyarakat (IKM)",
  unitKinerja: "Kinerja unit pelayanan",
  element: "Unsur pelayanan",
  nrr: "NRR",
  nrrWeighted: "NRR tertimbang",
  converted: "Nilai unsur (×25)",
  nrrChartDesc: "Nilai setiap unsur pelayanan pada skala 25 sampai 100.",
  sampleOk: (respondents: number, required: number) =>
    `Sampel mencukupi: ${respondents} responden (minimal ${required}).`,
  sampleShort: (respondents: number, required: number, shortfall: number) =>
    `Sampel belum mencukupi: ${respondents} responden dari minimal ${required} (kurang ${shortfall}).`,
  ikmTrend: "Tren nilai IKM",
  ikmTrendDesc: "Nilai IKM per periode pada skala 25 sampai 100.",
  groupsHeading: "Rincian per kelompok",
  exactValues: "Nilai pasti (pecahan)",
  exactFraction: "pecahan",
  group: "Kelompok"
}

/** @internal */
export type IkmMessages = typeof ikmId

/** @internal */
export const ikmEn: IkmMessages = {
  ikmTitle: "Public satisfaction index (IKM)",
  unitKinerja: "Service unit performance",
  element: "Service element",
  nrr: "NRR",
  nrrWeighted: "Weighted NRR",
  converted: "Element score (×25)",
  nrrChartDesc: "The score of each service element on the 25 to 100 scale.",
  sampleOk: (respondents, required) => `Sample sufficient: ${respondents} respondents (at least ${required}).`,
  sampleShort: (respondents, required, shortfall) =>
    `Sample not yet sufficient: ${respondents} of at least ${required} respondents (${shortfall} short).`,
  ikmTrend: "IKM trend",
  ikmTrendDesc: "The IKM score per period on the 25 to 100 scale.",
  groupsHeading: "Breakdown by group",
  exactValues: "Exact values (fractions)",
  exactFraction: "fraction",
  group: "Group"
}

/** @internal */
export const ikm: Section<IkmMessages> = { id: ikmId, en: ikmEn }
