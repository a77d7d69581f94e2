/**
 * The questionnaire wording of the Survei Kepuasan Masyarakat: for each element (unsur) of a template, the question
 * put to the respondent and the four answer labels (1..4), in Indonesian and English. Data only, keyed by template id
 * and element id, so a survey form asks "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan
 * pelayanan?" with "Tidak cepat … Sangat cepat" instead of the element's name with "Tidak sesuai … Sangat sesuai".
 *
 * @since 0.4.0
 */
import type { Citation } from "../LegalBasis.js"

/**
 * One element's question and its four answer labels, from the worst (1) to the best (4), per language.
 *
 * @category models
 * @since 0.4.0
 */
export interface Question {
  readonly question: { readonly id: string; readonly en: string }
  readonly answers: {
    readonly id: readonly [string, string, string, string]
    readonly en: readonly [string, string, string, string]
  }
}

/**
 * The questions of one template: by element id, with the citation of the wording.
 *
 * @category models
 * @since 0.4.0
 */
export interface Questionnaire {
  /** The template id the element ids belong to. */
  readonly template: string
  readonly questions: { readonly [element: string]: Question }
  readonly legalBasis: ReadonlyArray<Citation>
}

const wording: Citation = {
  regulation: "PermenPAN-RB 14/2017",
  article: "Lampiran, contoh kuesioner Survei Kepuasan Masyarakat",
  note: {
    id: "Kalimat pertanyaan dan jawaban sebagaimana dimuat dalam formulir SKM yang diterbitkan unit layanan; kalimat dalam lampiran peraturannya sendiri belum diperiksa baris demi baris.",
    en: "Question and answer wording as reproduced by the units' published SKM forms; the wording in the regulation's own annex was not checked line by line."
  },
  confirmed: false
}

const q = (
  id: string,
  en: string,
  answersId: readonly [string, string, string, string],
  answersEn: readonly [string, string, string, string]
): Question => ({ question: { id, en }, answers: { id: answersId, en: answersEn } })

// The questions apart from their citation, so that `questionFor` (all a survey form needs) does not carry the
// citation's notes into a browser bundle.
const national2017Questions: Questionnaire["questions"] = {
  U1: q(
    "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
    "How well do the service requirements fit the kind of service?",
    ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ["Not appropriate", "Less appropriate", "Appropriate", "Very appropriate"]
  ),
  U2: q(
    "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
    "How easy was the service procedure at this unit?",
    ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"],
    ["Not easy", "Less easy", "Easy", "Very easy"]
  ),
  U3: q(
    "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
    "How fast was the service delivered?",
    ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"],
    ["Not fast", "Less fast", "Fast", "Very fast"]
  ),
  U4: q(
    "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
    "How reasonable was the cost or fee of the service?",
    ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"],
    ["Very expensive", "Fairly expensive", "Cheap", "Free"]
  ),
  U5: q(
    "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
    "How well did what you received match the service product in the service standard?",
    ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"],
    ["Not appropriate", "Less appropriate", "Appropriate", "Very appropriate"]
  ),
  U6: q(
    "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
    "How competent were the staff in serving you?",
    ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"],
    ["Not competent", "Less competent", "Competent", "Very competent"]
  ),
  U7: q(
    "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
    "How polite and friendly were the staff?",
    ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"],
    ["Not polite and friendly", "Less polite and friendly", "Polite and friendly", "Very polite and friendly"]
  ),
  U8: q(
    "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
    "How are complaints from service users handled?",
    ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"],
    ["None", "Exists but does not work", "Works, but not fully", "Well managed"]
  ),
  U9: q(
    "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
    "How good are the facilities and infrastructure?",
    ["Buruk", "Cukup", "Baik", "Sangat baik"],
    ["Poor", "Fair", "Good", "Very good"]
  )
}

/**
 * The nine questions of the national template (`skm-permenpan-rb-14-2017`, elements U1 … U9).
 *
 * @category presets
 * @since 0.4.0
 */
export const national2017: Questionnaire = {
  template: "skm-permenpan-rb-14-2017",
  questions: national2017Questions,
  legalBasis: [wording]
}

/**
 * Every questionnaire, by template id.
 *
 * @category presets
 * @since 0.4.0
 */
export const byTemplate: { readonly [template: string]: Questionnaire } = {
  [national2017.template]: national2017
}

/**
 * The question of an element of a template, if the template's questionnaire has one.
 *
 * @example
 * ```ts
 * import { Presets } from "@pembinaan/core"
 *
 * Presets.skmQuestions.questionFor("skm-permenpan-rb-14-2017", "U4")?.answers.id
 * // => ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]
 * ```
 *
 * @category presets
 * @since 0.4.0
 */
export const questionFor = (template: string, element: string): Question | undefined =>
  questionsByTemplate[template]?.[element]

// `byTemplate` without the citations (see `national2017Questions`); the presets test checks both list the same.
const questionsByTemplate: { readonly [template: string]: Questionnaire["questions"] } = {
  "skm-permenpan-rb-14-2017": national2017Questions
}
