/**
 * Service tickets and other identities used to count a citizen once: the normal form that zero-width characters,
 * control characters, compatibility forms and look-alike letters cannot get around.
 *
 * A flood of survey answers or complaints under one ticket counts once only if every spelling of that ticket reads
 * the same. {@link normalise} folds a ticket to one form: Unicode NFKC, every control (`Cc`) and format (`Cf`:
 * zero-width space, zero-width joiner, word joiner, byte-order mark, soft hyphen…) character removed, Cyrillic and
 * Greek letters that look like Latin ones read as the Latin letter, lower case, spaces and the separators
 * `- _ . / ( ) : # ,` removed. A ticket that is empty after that is refused ({@link EmptyTicket}): an empty
 * ticket is no ticket, and must not make a submission look identified.
 *
 * @since 0.4.0
 */
import { Data, Result } from "effect"

// ---------------------------------------------------------------------------------------------------------------
// errors
// ---------------------------------------------------------------------------------------------------------------

/**
 * A ticket that is empty once normalised (`""`, spaces, zero-width characters, separators only).
 *
 * @category errors
 * @since 0.4.0
 */
export class EmptyTicket extends Data.TaggedError("EmptyTicket")<{
  readonly raw: string
}> {}

// ---------------------------------------------------------------------------------------------------------------
// normalisation
// ---------------------------------------------------------------------------------------------------------------

/** Cyrillic and Greek letters (lower case, after NFKC) that look like Latin ones. */
const lookAlikes: Readonly<Record<string, string>> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ϲ: "c",
  ℓ: "l"
}
const lookAlikePattern = new RegExp(`[${Object.keys(lookAlikes).join("")}]`, "gu")

/**
 * Folds text for comparison: NFKC, control and format characters removed, lower case, Cyrillic and Greek
 * look-alikes read as Latin letters. Spaces and punctuation are kept (see {@link normalise} for tickets).
 *
 * @example
 * ```ts
 * import { Ticket } from "@pembinaan/core"
 * Ticket.fold("Pеlayanan\u200b baik") // => "pelayanan baik" (a Cyrillic е and a zero-width space)
 * ```
 *
 * @category normalisation
 * @since 0.4.0
 */
export const fold = (raw: string): string =>
  raw
    .normalize("NFKC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .toLowerCase()
    .replace(lookAlikePattern, (c) => lookAlikes[c] ?? c)

/**
 * The normal form of a ticket, or {@link EmptyTicket} when nothing is left (see the module documentation).
 *
 * @example
 * ```ts
 * import { Ticket } from "@pembinaan/core"
 * Ticket.normalise("TKT/2024/001") // => Result.succeed("tkt2024001")
 * Ticket.normalise("TKT\u200b-2024-001") // => Result.succeed("tkt2024001")
 * Ticket.normalise("\u200b ") // => Result.fail(EmptyTicket)
 * ```
 *
 * @category normalisation
 * @since 0.4.0
 */
export const normalise = (raw: string): Result.Result<string, EmptyTicket> => {
  const s = fold(raw).replace(/[\s\-_./():#,]/gu, "")
  return s === "" ? Result.fail(new EmptyTicket({ raw })) : Result.succeed(s)
}
