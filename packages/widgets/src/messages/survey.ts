/**
 * Messages of `<asn-survey-form>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const surveyId = {
  surveyTitle: "Survei Kepuasan Masyarakat",
  surveyIntro: "Jawaban Anda membantu kami memperbaiki pelayanan. Survei ini tidak mengumpulkan data pribadi.",
  surveyIntroIdentity: "Jawaban Anda membantu kami memperbaiki pelayanan. Nama dan nomor telepon boleh dikosongkan.",
  questionOf: (current: number, total: number) => `Pertanyaan ${current} dari ${total}`,
  comment: "Saran atau komentar (opsional)",
  identityLegend: "Identitas (opsional)",
  identityName: "Nama (opsional)",
  identityPhone: "Nomor telepon (opsional)",
  ticketLabel: "Nomor tiket layanan",
  back: "Sebelumnya",
  next: "Berikutnya",
  surveyIncomplete: (count: number) => `Jawab semua pertanyaan (${count} belum dijawab).`,
  ticketUsed: (ticket: string) =>
    `Tiket layanan ${ticket} sudah dinilai dari perangkat ini. Terima kasih, satu tiket hanya dapat dinilai sekali.`,
  invalidTemplate: "Templat survei tidak valid.",
  checkingTemplate: "Memuat pertanyaan survei…",
  checkFailed: "Pertanyaan survei tidak dapat dimuat. Muat ulang halaman."
}

/** @internal */
export type SurveyMessages = typeof surveyId

/** @internal */
export const surveyEn: SurveyMessages = {
  surveyTitle: "Public satisfaction survey (SKM)",
  surveyIntro: "Your answers help us improve the service. This survey collects no personal data.",
  surveyIntroIdentity: "Your answers help us improve the service. Name and phone number may be left empty.",
  questionOf: (current, total) => `Question ${current} of ${total}`,
  comment: "Suggestions or comments (optional)",
  identityLegend: "About you (optional)",
  identityName: "Name (optional)",
  identityPhone: "Phone number (optional)",
  ticketLabel: "Service ticket number",
  back: "Back",
  next: "Next",
  surveyIncomplete: (count) => `Answer every question (${count} left).`,
  ticketUsed: (ticket) => `Service ticket ${ticket} was already rated from this device. Each ticket can be rated once.`,
  invalidTemplate: "The survey template is not valid.",
  checkingTemplate: "Loading the survey questions…",
  checkFailed: "The survey questions could not be loaded. Reload the page."
}

/** @internal */
export const survey: Section<SurveyMessages> = { id: surveyId, en: surveyEn }
