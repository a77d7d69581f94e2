/**
 * Messages of typed numbers (src/number.ts), Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"

/** @internal */
export const numberId = {
  numberEmpty: "Isi sebuah angka.",
  numberMalformed: (input: string) => `"${input}" bukan angka. Contoh penulisan: 1.234,5`,
  numberAmbiguous: (input: string) =>
    `"${input}" bisa dibaca dua cara. Tulis ribuan dengan titik dan desimal dengan koma, misalnya 1.234,5.`,
  numberOutOfRange: (input: string) => `"${input}" terlalu besar.`
}

/** @internal */
export type NumberMessages = typeof numberId

/** @internal */
export const numberEn: NumberMessages = {
  numberEmpty: "Enter a number.",
  numberMalformed: (input) => `"${input}" is not a number. Indonesian format, for example: 1.234,5`,
  numberAmbiguous: (input) =>
    `"${input}" can be read two ways. Use dots for thousands and a comma for decimals, for example 1.234,5.`,
  numberOutOfRange: (input) => `"${input}" is too large.`
}

/** @internal */
export const number: Section<NumberMessages> = { id: numberId, en: numberEn }
