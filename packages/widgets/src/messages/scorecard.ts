/**
 * Messages of `<asn-scorecard>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"
import { modeEn, modeId } from "./rounding.js"

/** @internal */
export const scorecardId = {
  scorecardTitle: "Kartu kinerja pegawai",
  explanation: "Penjelasan perhitungan",
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian (%)",
  indicatorValue: "Nilai",
  weighted: "Tertimbang",
  formula: "Rumus",
  rounding: (scale: number, mode: string) => `Dibulatkan satu kali: ${scale} desimal (${modeId(mode)})`,
  /** Core's formula of the weighted indicator score, in words. */
  weightedFormula: "Jumlah dari (bobot ÷ 100 × nilai indikator)",
  capped: "dibatasi",
  quadrantCell: (hasil: string, perilaku: string) => `Kuadran: hasil kerja ${hasil} × perilaku kerja ${perilaku}`,
  policyUsed: (title: string, version: string) => `Kebijakan: ${title} (versi ${version})`,
  behaviourHeading: "Perilaku kerja (BerAKHLAK)",
  berakhlakCounts: (diatas: number, sesuai: number, dibawah: number) =>
    `${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi`,
  berakhlakRule: (fired: string, dibawah: number, diatas: number) =>
    fired === "dibawah-count"
      ? `Dibawah Ekspektasi karena paling sedikit ${dibawah} nilai Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `Diatas Ekspektasi karena paling sedikit ${diatas} nilai Diatas Ekspektasi`
        : "Sesuai Ekspektasi (tidak ada aturan lain yang berlaku)",
  feedbackHeading: "Umpan balik 360° (ringkasan anonim)",
  feedbackOverall: "Nilai keseluruhan",
  feedbackInsufficient: "Umpan balik belum cukup untuk ditampilkan.",
  anonymousRaters: "Penilai anonim",
  feedbackReasonOther: (reason: string, group: string) =>
    reason === "required-group-missing" ? `${group} belum menilai` : "Belum ada kelompok penilai",
  value: "Nilai",
  developmentHeading: "Pengembangan kompetensi",
  jpProgress: (total: string, minimum: string) => `${total} dari ${minimum} JP`,
  jpMet: "Target JP tahun ini terpenuhi.",
  jpShort: (shortfall: string) => `Kurang ${shortfall} JP.`,
  decisionsHeading: "Keputusan",
  outcomeKinds: {
    reward: "Penghargaan",
    development: "Pengembangan",
    remediation: "Pembinaan",
    sanction: "Sanksi",
    restriction: "Pembatasan"
  } as { readonly [K in "reward" | "development" | "remediation" | "sanction" | "restriction"]: string },
  noDecisions: "Tidak ada keputusan untuk periode ini.",
  plansHeading: "Rencana pembinaan",
  overdue: "lewat batas waktu"
}

/** @internal */
export type ScorecardMessages = typeof scorecardId

/** @internal */
export const scorecardEn: ScorecardMessages = {
  scorecardTitle: "Employee performance scorecard",
  explanation: "How this was computed",
  target: "Target",
  realisasi: "Achieved (realisasi)",
  capaian: "Attainment (%)",
  indicatorValue: "Value",
  weighted: "Weighted",
  formula: "Formula",
  rounding: (scale, mode) => `Rounded once: ${scale} decimals (${modeEn(mode)})`,
  weightedFormula: "Sum of (weight ÷ 100 × indicator value)",
  capped: "capped",
  quadrantCell: (hasil, perilaku) => `Quadrant: hasil kerja ${hasil} × perilaku kerja ${perilaku}`,
  policyUsed: (title, version) => `Policy: ${title} (version ${version})`,
  behaviourHeading: "Work behaviour (BerAKHLAK)",
  berakhlakCounts: (diatas, sesuai, dibawah) => `${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi`,
  berakhlakRule: (fired, dibawah, diatas) =>
    fired === "dibawah-count"
      ? `Dibawah Ekspektasi because at least ${dibawah} values are Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `Diatas Ekspektasi because at least ${diatas} values are Diatas Ekspektasi`
        : "Sesuai Ekspektasi (no other rule applies)",
  feedbackHeading: "360° feedback (anonymous summary)",
  feedbackOverall: "Overall score",
  feedbackInsufficient: "Not enough feedback to show yet.",
  anonymousRaters: "Anonymous raters",
  feedbackReasonOther: (reason, group) =>
    reason === "required-group-missing" ? `${group} has not rated yet` : "No rater group yet",
  value: "Score",
  developmentHeading: "Competency development",
  jpProgress: (total, minimum) => `${total} of ${minimum} JP (learning hours)`,
  jpMet: "This year's JP target is met.",
  jpShort: (shortfall) => `${shortfall} JP short.`,
  decisionsHeading: "Decisions",
  outcomeKinds: {
    reward: "Reward",
    development: "Development",
    remediation: "Coaching (pembinaan)",
    sanction: "Sanction",
    restriction: "Restriction"
  },
  noDecisions: "No decisions for this period.",
  plansHeading: "Remediation plans",
  overdue: "overdue"
}

/** @internal */
export const scorecard: Section<ScorecardMessages> = { id: scorecardId, en: scorecardEn }
