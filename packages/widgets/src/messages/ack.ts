/**
 * Messages of submitting and drafts (internal/ack.ts, internal/draft.ts), Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const ackId = {
  sending: "Mengirim…",
  sendFailed: (detail: string) =>
    `Jawaban belum tersimpan${detail ? ` (${detail})` : ""}. Isian Anda masih ada; silakan kirim lagi.`,
  draftFailed: "Draf tidak dapat disimpan di perangkat ini. Isian tetap ada selama halaman ini terbuka.",
  submit: "Kirim",
  unanswered: (count: number) => `${count} pertanyaan belum dijawab.`,
  thanks: "Terima kasih, jawaban Anda sudah terkirim."
}

/** @internal */
export type AckMessages = typeof ackId

/** @internal */
export const ackEn: AckMessages = {
  sending: "Sending…",
  sendFailed: (detail) =>
    `Your answers were not saved${detail ? ` (${detail})` : ""}. They are still here; please send again.`,
  draftFailed: "The draft cannot be saved on this device. What you entered stays while this page is open.",
  submit: "Submit",
  unanswered: (count) => `${count} ${count === 1 ? "question is" : "questions are"} not answered yet.`,
  thanks: "Thank you, your answers have been sent."
}

/** @internal */
export const ack: Section<AckMessages> = { id: ackId, en: ackEn }
