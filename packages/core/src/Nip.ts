/**
 * NIP (Nomor Induk Pegawai): the 18-digit number every ASN carries, decoded and validated.
 *
 * Layout (BKN; the same for PNS and PPPK): `yyyymmdd` date of birth, `yyyymm` TMT CPNS (the month the appointment
 * took effect), one gender digit (`1` laki-laki, `2` perempuan) and a three-digit sequence (`001`–`999`):
 *
 * ```text
 * 19900101 202001 1 001
 * └birth── └TMT── │ └sequence
 *                  └gender
 * ```
 *
 * Steps of {@link decode}: accept a string (a number cannot hold 18 digits exactly and is refused); drop spaces, dots
 * between groups are **not** accepted; refuse scientific notation (`1.99001E+17`), a decimal tail (`…001.0`) and a
 * sequence of `000` as the marks of a spreadsheet that stored the NIP as a number (the reason says to format the
 * column as Text); then check length, digits, the birth date (must exist), the TMT CPNS month (must exist and fall
 * after the birth month), the gender digit and the sequence. The first failing check is the error; every error is an
 * {@link InvalidNip} with a stable `reason` code and messages in Indonesian and English.
 *
 * @since 0.2.0
 */
import { Data, Result, Schema } from "effect"
import * as Calendar from "./Calendar.js"

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * Why a NIP was refused, as a stable code for translation and tests.
 *
 * - `not-text`: the value is not a string (a number has already lost digits).
 * - `excel-mangled`: scientific notation, a decimal tail or a `000` sequence: a spreadsheet stored the NIP as a number.
 * - `empty`, `wrong-length`, `not-digits`: the shape.
 * - `birth-date`, `tmt-cpns`, `tmt-before-birth`, `gender`: the parts.
 *
 * @category errors
 * @since 0.2.0
 */
export const reasons = [
  "not-text",
  "excel-mangled",
  "empty",
  "wrong-length",
  "not-digits",
  "birth-date",
  "tmt-cpns",
  "tmt-before-birth",
  "gender"
] as const

/**
 * @category errors
 * @since 0.2.0
 */
export const Reason = Schema.Literals(reasons)

/**
 * @category errors
 * @since 0.2.0
 */
export type Reason = typeof Reason.Type

/**
 * A NIP that does not decode: the input (as text), the `reason` code and the message in Indonesian (`messages.id`,
 * the default) and English (`messages.en`).
 *
 * @example
 * ```ts
 * import { Nip } from "@pembinaan/core"
 * const r = Nip.decode("1.99001E+17")
 * // r.failure.reason => "excel-mangled"
 * // r.failure.messages.en => "… looks like Excel changed the NIP; format the column as Text"
 * ```
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidNip extends Data.TaggedError("InvalidNip")<{
  readonly input: string
  readonly reason: typeof Reason.Type
  readonly messages: { readonly id: string; readonly en: string }
}> {}

const EXCEL_ID = "NIP tampaknya diubah oleh Excel; format kolomnya sebagai Teks"
const EXCEL_EN = "looks like Excel changed the NIP; format the column as Text"

const fail = (input: string, reason: Reason, id: string, en: string): Result.Result<never, InvalidNip> =>
  Result.fail(new InvalidNip({ input, reason, messages: { id, en } }))

// ---------------------------------------------------------------------------------------------------------------
// models
// ---------------------------------------------------------------------------------------------------------------

/**
 * The gender digit's meaning.
 *
 * @category models
 * @since 0.2.0
 */
export const Gender = Schema.Literals(["laki-laki", "perempuan"])

/**
 * @category models
 * @since 0.2.0
 */
export type Gender = typeof Gender.Type

/**
 * The parts of a valid NIP.
 *
 * @category models
 * @since 0.2.0
 */
export interface Parts {
  /** The canonical 18 digits. */
  readonly nip: Nip
  /** Date of birth, ISO `YYYY-MM-DD`. */
  readonly birthDate: string
  /** TMT CPNS (or TMT PPPK), ISO month `YYYY-MM`. */
  readonly tmtCpns: string
  readonly gender: Gender
  /** The sequence number, 1–999. */
  readonly sequence: number
}

const DIGITS18 = /^\d{18}$/
const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?e[+-]?\d+$/i
const DECIMAL_TAIL = /^\d+[.,]\d+$/

const check = (raw: string): Result.Result<Parts, InvalidNip> => {
  const input = raw
  const s = raw.replace(/\s+/g, "")
  if (s === "") return fail(input, "empty", "NIP kosong", "the NIP is empty")
  if (SCIENTIFIC.test(s) || DECIMAL_TAIL.test(s)) {
    return fail(input, "excel-mangled", `"${input}": ${EXCEL_ID}`, `"${input}" ${EXCEL_EN}`)
  }
  if (!/^\d+$/.test(s)) {
    return fail(
      input,
      "not-digits",
      `"${input}": NIP hanya boleh berisi angka`,
      `"${input}": a NIP contains digits only`
    )
  }
  if (!DIGITS18.test(s)) {
    return fail(
      input,
      "wrong-length",
      `"${input}": NIP harus 18 digit, bukan ${s.length}`,
      `"${input}": a NIP has 18 digits, not ${s.length}`
    )
  }
  if (s.endsWith("000")) {
    return fail(
      input,
      "excel-mangled",
      `"${input}": nomor urut 000 tidak ada; ${EXCEL_ID}`,
      `"${input}": sequence 000 does not exist; it ${EXCEL_EN}`
    )
  }
  const birthDate = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`
  const birthDay = Calendar.dayNumber(birthDate)
  if (birthDay === undefined || s.slice(0, 4) < "1900") {
    return fail(
      input,
      "birth-date",
      `"${input}": tanggal lahir ${s.slice(0, 8)} (digit 1–8) tidak valid`,
      `"${input}": the birth date ${s.slice(0, 8)} (digits 1–8) is not a valid date`
    )
  }
  const tmtCpns = `${s.slice(8, 12)}-${s.slice(12, 14)}`
  const tmt = Calendar.monthNumber(tmtCpns)
  if (tmt === undefined) {
    return fail(
      input,
      "tmt-cpns",
      `"${input}": TMT CPNS ${s.slice(8, 14)} (digit 9–14) bukan bulan yang valid`,
      `"${input}": the TMT CPNS ${s.slice(8, 14)} (digits 9–14) is not a valid month`
    )
  }
  if (tmt <= (Calendar.monthNumber(birthDate.slice(0, 7)) ?? 0)) {
    return fail(
      input,
      "tmt-before-birth",
      `"${input}": TMT CPNS ${tmtCpns} tidak boleh sebelum atau pada bulan lahir ${birthDate.slice(0, 7)}`,
      `"${input}": the TMT CPNS ${tmtCpns} cannot be on or before the birth month ${birthDate.slice(0, 7)}`
    )
  }
  const g = s[14]
  if (g !== "1" && g !== "2") {
    return fail(
      input,
      "gender",
      `"${input}": digit ke-15 (jenis kelamin) harus 1 atau 2, bukan ${g}`,
      `"${input}": digit 15 (gender) must be 1 or 2, not ${g}`
    )
  }
  return Result.succeed({
    nip: s as Nip,
    birthDate,
    tmtCpns,
    gender: g === "1" ? "laki-laki" : "perempuan",
    sequence: Number(s.slice(15))
  })
}

/**
 * A valid NIP: exactly 18 digits whose parts check (no spaces; use {@link decode} to read a NIP as people write it).
 * Branded, so a plain string cannot be passed where a checked NIP is expected.
 *
 * @example
 * ```ts
 * import { Nip } from "@pembinaan/core"
 * import { Schema } from "effect"
 * Schema.is(Nip.Nip)("199001012020011001") // => true
 * Schema.is(Nip.Nip)("199001012020011000") // => false
 * ```
 *
 * @category models
 * @since 0.2.0
 */
export const Nip = Schema.String.pipe(
  Schema.check(
    Schema.makeFilter((s: string) => {
      if (!DIGITS18.test(s)) return "expected a NIP of 18 digits"
      const r = check(s)
      return Result.isSuccess(r) || r.failure.messages.en
    })
  ),
  Schema.brand("Nip")
)

/**
 * @category models
 * @since 0.2.0
 */
export type Nip = typeof Nip.Type

// ---------------------------------------------------------------------------------------------------------------
// decoding
// ---------------------------------------------------------------------------------------------------------------

/**
 * Reads a NIP as people write it (spaces between groups allowed) and returns its parts, or an {@link InvalidNip}
 * naming the reason. A number is refused (`not-text`) because 18 digits do not fit a JavaScript number exactly.
 *
 * @example
 * ```ts
 * import { Nip } from "@pembinaan/core"
 * Nip.decode("19900101 202001 1 001")
 * // => Result.succeed({ nip: "199001012020011001", birthDate: "1990-01-01", tmtCpns: "2020-01",
 * //                      gender: "laki-laki", sequence: 1 })
 * Nip.decode("1.99001E+17") // => Result.fail(InvalidNip { reason: "excel-mangled" })
 * Nip.decode(199001012020011001) // => Result.fail(InvalidNip { reason: "not-text" })
 * ```
 *
 * @category decoding
 * @since 0.2.0
 */
export const decode = (input: unknown): Result.Result<Parts, InvalidNip> => {
  if (typeof input === "string") return check(input)
  const shown = typeof input === "number" || typeof input === "bigint" ? String(input) : typeof input
  return typeof input === "number"
    ? fail(
        shown,
        "not-text",
        `${shown}: NIP dibaca sebagai angka dan digitnya bisa hilang; ${EXCEL_ID}`,
        `${shown}: the NIP was read as a number and may have lost digits; it ${EXCEL_EN}`
      )
    : fail(shown, "not-text", `NIP harus berupa teks, bukan ${shown}`, `a NIP must be text, not ${shown}`)
}

/**
 * Whether a value is a valid canonical NIP (18 digits, no spaces).
 *
 * @example
 * ```ts
 * import { Nip } from "@pembinaan/core"
 * Nip.is("199001012020011001") // => true
 * Nip.is("19900101 202001 1 001") // => false (not canonical)
 * ```
 *
 * @category guards
 * @since 0.2.0
 */
export const is = (input: unknown): input is Nip =>
  typeof input === "string" && DIGITS18.test(input) && Result.isSuccess(check(input))

// ---------------------------------------------------------------------------------------------------------------
// getters
// ---------------------------------------------------------------------------------------------------------------

/**
 * The parts of a NIP already known to be valid (the brand guarantees it; no check is repeated).
 *
 * @example
 * ```ts
 * import { Nip } from "@pembinaan/core"
 * Nip.parts("199203152019032002" as Nip.Nip).gender // => "perempuan"
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const parts = (nip: Nip): Parts => ({
  nip,
  birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
  tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
  gender: nip[14] === "1" ? "laki-laki" : "perempuan",
  sequence: Number(nip.slice(15))
})

/**
 * The NIP written in its four groups, as printed on documents.
 *
 * @example
 * ```ts
 * import { Nip } from "@pembinaan/core"
 * Nip.format("199001012020011001" as Nip.Nip) // => "19900101 202001 1 001"
 * ```
 *
 * @category getters
 * @since 0.2.0
 */
export const format = (nip: Nip): string =>
  `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
