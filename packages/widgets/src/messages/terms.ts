/**
 * Messages of terms that several widgets show (competency gaps, plans, indicator and IKM terms), Indonesian (source)
 * and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const termsId = {
  competencyTitle: "Kesenjangan kompetensi",
  direction: { below: "Di bawah standar", meets: "Memenuhi standar", above: "Di atas standar" } as {
    readonly [K in "below" | "meets" | "above"]: string
  },
  gap: "Selisih",
  jpmIncomplete: (list: string) => `JPM belum dapat dihitung: belum dinilai ${list}.`,
  jpmTotal: (value: string, category: string) => `JPM ${value}% (${category})`,
  notAssessed: "Belum dinilai",
  requiredLevel: "Standar",
  jp: "JP",
  raterGroups: {
    atasan: "Atasan",
    "rekan-kerja": "Rekan kerja",
    bawahan: "Bawahan",
    "diri-sendiri": "Diri sendiri",
    "pihak-lain": "Pihak lain"
  } as { readonly [K in "atasan" | "rekan-kerja" | "bawahan" | "diri-sendiri" | "pihak-lain"]: string },
  bandNotPredikat: (band: string, predikat: string) =>
    `Kategori nilai ${band} hanya menggambarkan nilai hasil kerja. Predikat ${predikat} memadukan rating hasil kerja dan rating perilaku kerja (kuadran kinerja), sehingga keduanya bisa berbeda.`,
  legalBasisHeading: "Dasar hukum",
  plan: "Rencana",
  deadline: "Batas waktu",
  planStatus: {
    assigned: "Ditetapkan",
    "in-progress": "Berjalan",
    "re-evaluated": "Sudah dievaluasi ulang",
    closed: "Selesai",
    escalated: "Ditingkatkan"
  } as { readonly [K in "assigned" | "in-progress" | "re-evaluated" | "closed" | "escalated"]: string },
  band: "Kategori",
  hasilRatedDirectly: "Dinilai langsung oleh Pejabat Penilai Kinerja",
  indicator: "Indikator",
  weight: "Bobot (%)",
  guidelineRule: (op: string, predikat: string, percent: string) =>
    op === "at-most"
      ? `${predikat} paling banyak ${percent}%`
      : op === "at-least"
        ? `${predikat} paling sedikit ${percent}%`
        : `${predikat} harus ada`
}

/** @internal */
export type TermsMessages = typeof termsId

/** @internal */
export const termsEn: TermsMessages = {
  competencyTitle: "Competency gaps",
  direction: { below: "Below the standard", meets: "Meets the standard", above: "Above the standard" },
  gap: "Gap",
  jpmIncomplete: (list) => `The JPM cannot be computed yet: not assessed ${list}.`,
  jpmTotal: (value, category) => `JPM ${value}% (${category})`,
  notAssessed: "Not assessed",
  requiredLevel: "Required",
  jp: "JP",
  raterGroups: {
    atasan: "Atasan (supervisor)",
    "rekan-kerja": "Rekan kerja (peer)",
    bawahan: "Bawahan (subordinate)",
    "diri-sendiri": "Diri sendiri (self)",
    "pihak-lain": "Pihak lain (other party)"
  },
  bandNotPredikat: (band, predikat) =>
    `The score band ${band} describes the work result score only. The predikat ${predikat} combines the work result and work behaviour ratings (the performance quadrant), so the two can differ.`,
  legalBasisHeading: "Legal basis",
  plan: "Plan",
  deadline: "Deadline",
  planStatus: {
    assigned: "Assigned",
    "in-progress": "In progress",
    "re-evaluated": "Re-evaluated",
    closed: "Closed",
    escalated: "Escalated"
  },
  band: "Band",
  hasilRatedDirectly: "Rated directly by the Pejabat Penilai Kinerja (appraising official)",
  indicator: "Indicator",
  weight: "Weight (%)",
  guidelineRule: (op, predikat, percent) =>
    op === "at-most"
      ? `${predikat} at most ${percent}%`
      : op === "at-least"
        ? `${predikat} at least ${percent}%`
        : `${predikat} must be present`
}

/** @internal */
export const terms: Section<TermsMessages> = { id: termsId, en: termsEn }

/** @internal */
export const ikmTermsId = {
  ikmValue: "Nilai IKM",
  mutu: "Mutu pelayanan"
}

/** @internal */
export type IkmTermsMessages = typeof ikmTermsId

/**
 * IKM terms the IKM report and the dashboard both show, a section of their own so that the IKM report carries none
 * of the other terms.
 *
 * @internal
 */
export const ikmTerms: Section<IkmTermsMessages> = {
  id: ikmTermsId,
  en: { ikmValue: "IKM score", mutu: "Service quality (mutu)" }
}
