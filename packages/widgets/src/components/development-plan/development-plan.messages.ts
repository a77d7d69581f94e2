/**
 * Messages of `<asn-development-plan>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Locale } from "../../locale.js"

const id = {
  title: "Rencana pengembangan kompetensi",
  jpHeading: (year: number) => `Jam pelajaran (JP) tahun ${year}`,
  jpProgress: (total: string, minimum: string) => `${total} dari ${minimum} JP`,
  jpMet: "Target JP tahun ini terpenuhi.",
  jpShort: (shortfall: string) => `Kurang ${shortfall} JP.`,
  gapsHeading: "Kesenjangan dan rekomendasi",
  noGaps: "Tidak ada kompetensi di bawah standar.",
  competency: "Kompetensi",
  gap: "Selisih",
  recommended: "Rekomendasi",
  online: "daring",
  remoteNote: "Unit kerja terpencil: program daring diutamakan.",
  enrolmentsHeading: "Pelatihan yang diikuti",
  noEnrolments: "Belum ada pendaftaran pelatihan.",
  course: "Pelatihan",
  dates: "Tanggal",
  mode: "Cara",
  onsite: "tatap muka",
  jp: "JP",
  statuses: {
    enrolled: "Terdaftar",
    withdrawn: "Mengundurkan diri",
    completed: "Selesai",
    "not-completed": "Tidak selesai"
  } as { readonly [K in "enrolled" | "withdrawn" | "completed" | "not-completed"]: string }
}

/** @internal */
export type DevelopmentPlanMessages = typeof id

const en: DevelopmentPlanMessages = {
  title: "Competency development plan",
  jpHeading: (year) => `Learning hours (JP) in ${year}`,
  jpProgress: (total, minimum) => `${total} of ${minimum} JP`,
  jpMet: "This year's JP target is met.",
  jpShort: (shortfall) => `${shortfall} JP short.`,
  gapsHeading: "Gaps and recommendations",
  noGaps: "No competency is below the standard.",
  competency: "Competency",
  gap: "Gap",
  recommended: "Recommended",
  online: "online",
  remoteNote: "Remote unit: online programmes come first.",
  enrolmentsHeading: "Training enrolments",
  noEnrolments: "No training enrolments yet.",
  course: "Training",
  dates: "Dates",
  mode: "Mode",
  onsite: "on site",
  jp: "JP",
  statuses: { enrolled: "Enrolled", withdrawn: "Withdrawn", completed: "Completed", "not-completed": "Not completed" }
}

/** @internal */
export const developmentPlanMessages = (locale: Locale): DevelopmentPlanMessages => (locale === "en" ? en : id)
