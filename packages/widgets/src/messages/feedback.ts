/**
 * Messages of `<asn-feedback-form>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const feedbackId = {
  feedbackTitle: "Umpan balik perilaku kerja (BerAKHLAK)",
  feedbackAnonymous:
    "Umpan balik ini anonim: identitas Anda tidak dikirim, dan pegawai yang dinilai hanya melihat ringkasan per kelompok penilai.",
  raterGroupIs: (group: string) => `Anda menilai sebagai: ${group}`,
  valueComment: (value: string) => `Komentar tentang ${value} (opsional)`,
  feedbackMisconfigured: (fields: string) => `Formulir belum lengkap dikonfigurasi: ${fields}.`
}

/** @internal */
export type FeedbackMessages = typeof feedbackId

/** @internal */
export const feedbackEn: FeedbackMessages = {
  feedbackTitle: "Work behaviour feedback (BerAKHLAK)",
  feedbackAnonymous:
    "This feedback is anonymous: your identity is not sent, and the employee only sees a summary per rater group.",
  raterGroupIs: (group) => `You are rating as: ${group}`,
  valueComment: (value) => `Comment on ${value} (optional)`,
  feedbackMisconfigured: (fields) => `The form is not fully configured: ${fields}.`
}

/** @internal */
export const feedback: Section<FeedbackMessages> = { id: feedbackId, en: feedbackEn }
