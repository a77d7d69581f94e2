/**
 * Messages of `<asn-evaluation-form>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"
import { modeEn, modeId } from "./rounding.js"

/** @internal */
export const evaluationId = {
  // a draft changed in another tab (only this form offers the choice)
  draftConflict: "Draf ini sudah diubah di tab lain. Pilih draf mana yang dipakai.",
  draftUseOther: "Pakai draf dari tab lain",
  draftKeepMine: "Pakai isian di tab ini",
  evalTitle: "Penilaian kinerja pegawai (SKP)",
  evalSubject: (employee: string, period: string) => `Pegawai ${employee}, periode ${period}`,
  evalPolicy: (title: string, version: string, region: string) => `Kebijakan: ${title} (${region}, versi ${version})`,
  evalIllustrative: "Ilustrasi: kebijakan ini bukan peraturan resmi.",
  evalHasilHeading: "Hasil kerja",
  evalPerilakuHeading: "Perilaku kerja (BerAKHLAK)",
  evalWeight: (weight: string) => `bobot ${weight}%`,
  evalUnit: (unit: string) => `satuan: ${unit}`,
  evalTarget: "Target",
  evalTargetLower: "Target batas bawah",
  evalTargetUpper: "Target batas atas",
  evalRealisasi: "Realisasi",
  evalEvidence: "Tautan bukti dukung (opsional)",
  evalEvidenceOpen: (indicator: string) => `Buka bukti dukung ${indicator}`,
  evalCapaian: (percent: string) => `Capaian ${percent} %`,
  evalFormulaRatio: (realisasi: string, target: string) => `= ${realisasi} / ${target} × 100`,
  evalFormulaInverse: (realisasi: string, target: string) => `= (2 − ${realisasi} / ${target}) × 100`,
  evalFormulaWithin: "= 100 (realisasi dalam rentang target)",
  evalExact: "Nilai pasti (pecahan)",
  evalExactValue: (label: string, value: string, weighted: string) =>
    `${label}: nilai ${value}, tertimbang ${weighted}`,
  evalExactSum: (sum: string) => `Jumlah ${sum}`,
  evalCapped: (cap: string) => ` (dibatasi ${cap} %)`,
  evalHasilRating: "Rating hasil kerja",
  evalPerilakuRating: "Rating perilaku kerja",
  evalPreviewTitle: "Pratinjau hasil",
  evalIncomplete: "Lengkapi isian untuk melihat nilai dan predikat.",
  evalScore: (score: string, band: string) => `Nilai ${score} (${band})`,
  evalRatings: (hasil: string, perilaku: string) => `Hasil kerja ${hasil}; perilaku kerja ${perilaku}`,
  evalPredikat: (predikat: string) => `Predikat: ${predikat}`,
  evalExplanation: "Penjelasan perhitungan",
  evalWeighted: (label: string, weight: string, value: string, weighted: string) =>
    `${label}: ${weight}% × ${value} = ${weighted}`,
  evalRounding: (before: string, scale: number, mode: string, text: string) =>
    `Jumlah ${before}, dibulatkan satu kali ke ${scale} desimal (${modeId(mode)}): ${text}`,
  evalBand: (label: string, lower: string) => `Kategori ${label} (nilai ≥ ${lower})`,
  evalMapping: (rating: string, lower: string) => `Rating hasil kerja ${rating} (nilai ≥ ${lower})`,
  evalHasilDirect: (rating: string) => `Rating hasil kerja ${rating}, diberikan langsung oleh Pejabat Penilai Kinerja`,
  evalPerilakuDirect: (rating: string) => `Rating perilaku kerja ${rating}, diberikan langsung`,
  evalBerakhlak: (diatas: number, sesuai: number, dibawah: number, rating: string) =>
    `BerAKHLAK: ${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi → perilaku kerja ${rating}`,
  evalBerakhlakRule: (fired: string, dibawah: number, diatas: number) =>
    fired === "dibawah-count"
      ? `aturan: Dibawah Ekspektasi bila paling sedikit ${dibawah} nilai Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `aturan: Diatas Ekspektasi bila paling sedikit ${diatas} nilai Diatas Ekspektasi`
        : "aturan: selain itu Sesuai Ekspektasi",
  evalQuadrant: (hasil: string, perilaku: string, predikat: string) =>
    `Kuadran kinerja: hasil kerja ${hasil} × perilaku kerja ${perilaku} → ${predikat}`,
  evalLegalBasis: "Dasar hukum",
  evalCitation: (regulation: string, article: string | undefined, confirmed: boolean) =>
    `${regulation}${article ? `, ${article}` : ""}${confirmed ? "" : " (belum terkonfirmasi)"}`,
  evalOutOfRange: (score: string, min: number, max: number) =>
    `Nilai ${score} berada di luar skala kebijakan (${min}–${max}); periksa target dan realisasi.`,
  evalDraftNote: "Isian disimpan sebagai draf di perangkat ini sampai penilaian dikirim.",
  evalDraftRestored: "Draf yang tersimpan di perangkat ini dipulihkan.",
  evalSubmit: "Kirim penilaian",
  evalSubmitted: "Penilaian sudah dikirim.",
  evalFieldsInvalid: (count: number) => `${count} isian belum lengkap atau belum benar.`,
  evalRequired: "Wajib diisi.",
  evalUrl: "Tautan harus berupa alamat http:// atau https://.",
  evalNoPolicy: "Kebijakan penilaian belum ditentukan (atribut preset, properti policy, atau skrip JSON).",
  evalPolicyInvalid: (count: number) => `Dokumen kebijakan tidak valid (${count} masalah).`,
  evalConfig: (attribute: string, message: string) => `Atribut ${attribute}: ${message}`,
  evalProblem: (code: string, path: string): string =>
    code === "missing"
      ? "Wajib diisi."
      : code === "negative"
        ? "Realisasi tidak boleh negatif."
        : code === "not-positive"
          ? "Target harus lebih besar dari nol."
          : code === "range-inverted"
            ? "Batas bawah target tidak boleh lebih besar dari batas atas."
            : code === "range-expected"
              ? "Indikator ini memerlukan target berupa rentang."
              : code === "number-expected"
                ? "Indikator ini memerlukan satu angka target."
                : code === "period-format"
                  ? "Format periode tidak sesuai dengan kebijakan (contoh: 2026-Q1, 2026-03 atau 2026)."
                  : code === "unknown-scorecard"
                    ? "Kartu skor ini tidak ada dalam kebijakan."
                    : code === "duplicate"
                      ? "Indikator diisi dua kali."
                      : code === "not-in-scorecard"
                        ? "Indikator tidak ada pada kartu skor."
                        : code === "unexpected"
                          ? "Isian ini tidak dipakai oleh kebijakan."
                          : `Isian tidak valid${path ? ` (${path})` : ""}.`
}

/** @internal */
export type EvaluationMessages = typeof evaluationId

/** @internal */
export const evaluationEn: EvaluationMessages = {
  draftConflict: "This draft was changed in another tab. Choose which draft to keep.",
  draftUseOther: "Use the other tab's draft",
  draftKeepMine: "Keep what is in this tab",
  evalTitle: "Employee performance evaluation (SKP)",
  evalSubject: (employee, period) => `Employee ${employee}, period ${period}`,
  evalPolicy: (title, version, region) => `Policy: ${title} (${region}, version ${version})`,
  evalIllustrative: "Illustrative: this policy is not an official regulation.",
  evalHasilHeading: "Work results (hasil kerja)",
  evalPerilakuHeading: "Work behaviour (BerAKHLAK)",
  evalWeight: (weight) => `weight ${weight}%`,
  evalUnit: (unit) => `unit: ${unit}`,
  evalTarget: "Target",
  evalTargetLower: "Target, lower bound",
  evalTargetUpper: "Target, upper bound",
  evalRealisasi: "Actual (realisasi)",
  evalEvidence: "Evidence link (optional)",
  evalEvidenceOpen: (indicator) => `Open the evidence for ${indicator}`,
  evalCapaian: (percent) => `Achievement ${percent} %`,
  evalFormulaRatio: (realisasi, target) => `= ${realisasi} / ${target} × 100`,
  evalFormulaInverse: (realisasi, target) => `= (2 − ${realisasi} / ${target}) × 100`,
  evalFormulaWithin: "= 100 (realisasi within the target range)",
  evalExact: "Exact values (fractions)",
  evalExactValue: (label, value, weighted) => `${label}: value ${value}, weighted ${weighted}`,
  evalExactSum: (sum) => `Sum ${sum}`,
  evalCapped: (cap) => ` (capped at ${cap} %)`,
  evalHasilRating: "Work results rating (hasil kerja)",
  evalPerilakuRating: "Work behaviour rating (perilaku kerja)",
  evalPreviewTitle: "Preview",
  evalIncomplete: "Complete the fields to see the score and the predikat.",
  evalScore: (score, band) => `Score ${score} (${band})`,
  evalRatings: (hasil, perilaku) => `Hasil kerja ${hasil}; perilaku kerja ${perilaku}`,
  evalPredikat: (predikat) => `Predikat: ${predikat}`,
  evalExplanation: "How this was calculated",
  evalWeighted: (label, weight, value, weighted) => `${label}: ${weight}% × ${value} = ${weighted}`,
  evalRounding: (before, scale, mode, text) =>
    `Sum ${before}, rounded once to ${scale} decimals (${modeEn(mode)}): ${text}`,
  evalBand: (label, lower) => `Band ${label} (score ≥ ${lower})`,
  evalMapping: (rating, lower) => `Hasil kerja rating ${rating} (score ≥ ${lower})`,
  evalHasilDirect: (rating) => `Hasil kerja rating ${rating}, given directly by the rating official`,
  evalPerilakuDirect: (rating) => `Perilaku kerja rating ${rating}, given directly`,
  evalBerakhlak: (diatas, sesuai, dibawah, rating) =>
    `BerAKHLAK: ${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi → perilaku kerja ${rating}`,
  evalBerakhlakRule: (fired, dibawah, diatas) =>
    fired === "dibawah-count"
      ? `rule: Dibawah Ekspektasi when at least ${dibawah} values are Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `rule: Diatas Ekspektasi when at least ${diatas} values are Diatas Ekspektasi`
        : "rule: otherwise Sesuai Ekspektasi",
  evalQuadrant: (hasil, perilaku, predikat) =>
    `Performance quadrant: hasil kerja ${hasil} × perilaku kerja ${perilaku} → ${predikat}`,
  evalLegalBasis: "Legal basis",
  evalCitation: (regulation, article, confirmed) =>
    `${regulation}${article ? `, ${article}` : ""}${confirmed ? "" : " (unconfirmed)"}`,
  evalOutOfRange: (score, min, max) =>
    `The score ${score} is outside the policy's scale (${min}–${max}); check the targets and actuals.`,
  evalDraftNote: "Your entries are kept as a draft on this device until the evaluation is submitted.",
  evalDraftRestored: "The draft saved on this device was restored.",
  evalSubmit: "Submit evaluation",
  evalSubmitted: "The evaluation was submitted.",
  evalFieldsInvalid: (count) => `${count} ${count === 1 ? "field is" : "fields are"} incomplete or not valid.`,
  evalRequired: "Required.",
  evalUrl: "The link must be an http:// or https:// address.",
  evalNoPolicy: "No evaluation policy is set (preset attribute, policy property or JSON script).",
  evalPolicyInvalid: (count) => `The policy document is not valid (${count} ${count === 1 ? "problem" : "problems"}).`,
  evalConfig: (attribute, message) => `Attribute ${attribute}: ${message}`,
  evalProblem: (code, path) =>
    code === "missing"
      ? "Required."
      : code === "negative"
        ? "The actual must not be negative."
        : code === "not-positive"
          ? "The target must be greater than zero."
          : code === "range-inverted"
            ? "The lower bound must not exceed the upper bound."
            : code === "range-expected"
              ? "This indicator needs a target range."
              : code === "number-expected"
                ? "This indicator needs one target number."
                : code === "period-format"
                  ? "The period does not match the policy (for example 2026-Q1, 2026-03 or 2026)."
                  : code === "unknown-scorecard"
                    ? "This scorecard is not in the policy."
                    : code === "duplicate"
                      ? "The indicator is given twice."
                      : code === "not-in-scorecard"
                        ? "The indicator is not on the scorecard."
                        : code === "unexpected"
                          ? "The policy does not use this field."
                          : `Not valid${path ? ` (${path})` : ""}.`
}

/** @internal */
export const evaluation: Section<EvaluationMessages> = { id: evaluationId, en: evaluationEn }
