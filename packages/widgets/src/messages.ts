/**
 * Message catalogues. Indonesian is the source; English must define every id (checked by the type).
 * Messages with arguments are functions.
 *
 * @since 0.1.0
 */
import type { Locale } from "./locale.js"

type Four = readonly [string, string, string, string]
type Five = readonly [string, string, string, string, string]
type Three = readonly [string, string, string]

const id = {
  predikatLabel: "Predikat kinerja",
  hasilKerja: "Hasil kerja",
  perilakuKerja: "Perilaku kerja",
  legalBasis: "Dasar hukum",
  unknownRating: (field: string, value: string) =>
    `${field === "hasilKerja" ? "Rating hasil kerja" : "Rating perilaku kerja"} "${value}" tidak dikenal. Gunakan Dibawah Ekspektasi, Sesuai Ekspektasi, atau Diatas Ekspektasi.`,
  missingRatings: "Isi rating hasil kerja dan perilaku kerja untuk melihat predikat.",

  // <asn-rating-input>
  /** Labels of the SKM answers 1..4 (PermenPAN-RB 14/2017). */
  skmLabels: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] as Four,
  /** Labels of a 1..5 scale. */
  fiveLabels: ["Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik"] as Five,
  /** Labels of the three PermenPAN-RB 6/2022 ratings: the regulation's own terms. */
  ekspektasiLabels: ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"] as Three,
  ratingRequired: "Pilih salah satu jawaban.",
  required: "wajib",

  // <asn-survey-form>
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
  submit: "Kirim",
  unanswered: (count: number) => `${count} pertanyaan belum dijawab.`,
  surveyIncomplete: (count: number) => `Jawab semua pertanyaan (${count} belum dijawab).`,
  ticketUsed: (ticket: string) =>
    `Tiket layanan ${ticket} sudah dinilai dari perangkat ini. Terima kasih, satu tiket hanya dapat dinilai sekali.`,
  thanks: "Terima kasih, jawaban Anda sudah terkirim.",
  invalidTemplate: "Templat survei tidak valid.",

  // <asn-feedback-form>
  feedbackTitle: "Umpan balik perilaku kerja (BerAKHLAK)",
  feedbackAnonymous:
    "Umpan balik ini anonim: identitas Anda tidak dikirim, dan pegawai yang dinilai hanya melihat ringkasan per kelompok penilai.",
  raterGroupIs: (group: string) => `Anda menilai sebagai: ${group}`,
  raterGroups: {
    atasan: "Atasan",
    "rekan-kerja": "Rekan kerja",
    bawahan: "Bawahan",
    "diri-sendiri": "Diri sendiri",
    "pihak-lain": "Pihak lain"
  } as { readonly [K in "atasan" | "rekan-kerja" | "bawahan" | "diri-sendiri" | "pihak-lain"]: string },
  valueComment: (value: string) => `Komentar tentang ${value} (opsional)`,
  feedbackMisconfigured: (fields: string) => `Formulir belum lengkap dikonfigurasi: ${fields}.`,

  // Numbers (src/number.ts)
  numberEmpty: "Isi sebuah angka.",
  numberMalformed: (input: string) => `"${input}" bukan angka. Contoh penulisan: 1.234,5`,
  numberAmbiguous: (input: string) =>
    `"${input}" bisa dibaca dua cara. Tulis ribuan dengan titik dan desimal dengan koma, misalnya 1.234,5.`,
  numberOutOfRange: (input: string) => `"${input}" terlalu besar.`
}

/**
 * The message catalogue type: every locale defines every id.
 *
 * @since 0.1.0
 */
export type Messages = typeof id

const en: Messages = {
  predikatLabel: "Performance rating (predikat)",
  hasilKerja: "Work results (hasil kerja)",
  perilakuKerja: "Work behaviour (perilaku kerja)",
  legalBasis: "Legal basis",
  unknownRating: (field, value) =>
    `Unknown ${field === "hasilKerja" ? "hasil kerja" : "perilaku kerja"} rating "${value}". Use Dibawah Ekspektasi, Sesuai Ekspektasi or Diatas Ekspektasi.`,
  missingRatings: "Enter both the hasil kerja and perilaku kerja ratings to see the predikat.",

  skmLabels: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  fiveLabels: ["Very poor", "Poor", "Fair", "Good", "Very good"],
  ekspektasiLabels: [
    "Dibawah Ekspektasi (below expectations)",
    "Sesuai Ekspektasi (meets expectations)",
    "Diatas Ekspektasi (above expectations)"
  ],
  ratingRequired: "Please choose one answer.",
  required: "required",

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
  submit: "Submit",
  unanswered: (count) => `${count} ${count === 1 ? "question is" : "questions are"} not answered yet.`,
  surveyIncomplete: (count) => `Answer every question (${count} left).`,
  ticketUsed: (ticket) => `Service ticket ${ticket} was already rated from this device. Each ticket can be rated once.`,
  thanks: "Thank you, your answers have been sent.",
  invalidTemplate: "The survey template is not valid.",

  feedbackTitle: "Work behaviour feedback (BerAKHLAK)",
  feedbackAnonymous:
    "This feedback is anonymous: your identity is not sent, and the employee only sees a summary per rater group.",
  raterGroupIs: (group) => `You are rating as: ${group}`,
  raterGroups: {
    atasan: "Atasan (supervisor)",
    "rekan-kerja": "Rekan kerja (peer)",
    bawahan: "Bawahan (subordinate)",
    "diri-sendiri": "Diri sendiri (self)",
    "pihak-lain": "Pihak lain (other party)"
  },
  valueComment: (value) => `Comment on ${value} (optional)`,
  feedbackMisconfigured: (fields) => `The form is not fully configured: ${fields}.`,

  numberEmpty: "Enter a number.",
  numberMalformed: (input) => `"${input}" is not a number. Indonesian format, for example: 1.234,5`,
  numberAmbiguous: (input) =>
    `"${input}" can be read two ways. Use dots for thousands and a comma for decimals, for example 1.234,5.`,
  numberOutOfRange: (input) => `"${input}" is too large.`
}

/**
 * The catalogue for a locale.
 *
 * @since 0.1.0
 */
export const messages = (locale: Locale): Messages => (locale === "en" ? en : id)
