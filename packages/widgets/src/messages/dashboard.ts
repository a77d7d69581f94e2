/**
 * Messages of `<asn-unit-dashboard>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const dashboardId = {
  dashboardTitle: "Dasbor kinerja unit",
  filters: "Saring data",
  allUnits: "Semua unit",
  allJabatan: "Semua jabatan",
  distributionHeading: "Sebaran predikat",
  distributionDesc: (total: number) => `Jumlah pegawai per predikat kinerja, dari ${total} pegawai.`,
  organisation: (predikat: string) => `Predikat organisasi: ${predikat}`,
  kurvaOk: "Sebaran sesuai panduan kurva.",
  kurvaTooSmall: (min: number) => `Unit terlalu kecil untuk dibandingkan dengan kurva (kurang dari ${min} pegawai).`,
  guideline: (op: string, predikat: string, percent: string, actual: string) =>
    op === "at-most"
      ? `${predikat}: paling banyak ${percent}%, saat ini ${actual}%.`
      : op === "at-least"
        ? `${predikat}: paling sedikit ${percent}%, saat ini ${actual}%.`
        : `${predikat}: harus ada, saat ini tidak ada.`,
  trendHeading: "Tren predikat per periode (%)",
  trendDesc: "Persentase pegawai per predikat pada setiap periode.",
  employeesHeading: "Daftar pegawai",
  matching: (n: number) => `${n} pegawai sesuai saringan.`,
  rewardsHeading: "Penghargaan",
  listUnavailable: "Daftar ini tidak termasuk dalam data dasbor ini.",
  remediationHeading: "Pembinaan",
  trainingHeading: "Kepatuhan pengembangan kompetensi",
  trainingSummary: (meets: number, total: number) => `${meets} dari ${total} pegawai memenuhi target JP.`,
  ikmUnitsHeading: "IKM unit pelayanan"
}

/** @internal */
export type DashboardMessages = typeof dashboardId

/** @internal */
export const dashboardEn: DashboardMessages = {
  dashboardTitle: "Unit performance dashboard",
  filters: "Filter data",
  allUnits: "All units",
  allJabatan: "All positions",
  distributionHeading: "Predikat distribution",
  distributionDesc: (total) => `Employees per predikat, out of ${total}.`,
  organisation: (predikat) => `Organisation predikat: ${predikat}`,
  kurvaOk: "The distribution meets the curve guidance.",
  kurvaTooSmall: (min) => `The unit is too small to compare with the curve (fewer than ${min} employees).`,
  guideline: (op, predikat, percent, actual) =>
    op === "at-most"
      ? `${predikat}: at most ${percent}%, now ${actual}%.`
      : op === "at-least"
        ? `${predikat}: at least ${percent}%, now ${actual}%.`
        : `${predikat}: must be present, none now.`,
  trendHeading: "Predikat trend per period (%)",
  trendDesc: "Share of employees per predikat in each period.",
  employeesHeading: "Employees",
  matching: (n) => `${n} ${n === 1 ? "employee matches" : "employees match"} the filters.`,
  rewardsHeading: "Rewards",
  listUnavailable: "This list is not part of this dashboard's data.",
  remediationHeading: "Coaching (pembinaan)",
  trainingHeading: "Competency development compliance",
  trainingSummary: (meets, total) => `${meets} of ${total} employees meet the JP target.`,
  ikmUnitsHeading: "IKM of service units"
}

/** @internal */
export const dashboard: Section<DashboardMessages> = { id: dashboardId, en: dashboardEn }
