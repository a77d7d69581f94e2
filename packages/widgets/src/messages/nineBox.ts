/**
 * Messages of `<asn-nine-box>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const nineBoxId = {
  nineBoxTitle: "Peta talenta (9-box)",
  kinerjaAxis: "Kinerja",
  potensialAxis: "Potensial",
  box: (n: number) => `Kotak ${n}`,
  drillTitle: (n: number, description: string) => `Kotak ${n}: ${description}`,
  recommendedActions: "Rekomendasi tindakan",
  close: "Tutup",
  potensialScore: "Nilai potensial",
  boxChart: "Jumlah pegawai per kotak",
  boxChartDesc: (total: number) => `Sebaran ${total} pegawai pada sembilan kotak peta talenta.`,
  notPlaced: (n: number) => `${n} pegawai tidak dapat ditempatkan (data potensial di luar rentang).`
}

/** @internal */
export type NineBoxMessages = typeof nineBoxId

/** @internal */
export const nineBoxEn: NineBoxMessages = {
  nineBoxTitle: "Talent map (9-box)",
  kinerjaAxis: "Performance (kinerja)",
  potensialAxis: "Potential (potensial)",
  box: (n) => `Box ${n}`,
  drillTitle: (n, description) => `Box ${n}: ${description}`,
  recommendedActions: "Recommended actions",
  close: "Close",
  potensialScore: "Potential score",
  boxChart: "Employees per box",
  boxChartDesc: (total) => `How ${total} employees are spread over the nine boxes of the talent map.`,
  notPlaced: (n) => `${n} ${n === 1 ? "employee" : "employees"} could not be placed (potential score out of range).`
}

/** @internal */
export const nineBox: Section<NineBoxMessages> = { id: nineBoxId, en: nineBoxEn }
