/**
 * Core's rounding modes in words (a policy team reads "half-up" as jargon).
 *
 * @internal
 */
const modesId: Record<string, string> = {
  "half-up": "angka 5 dibulatkan ke atas",
  "half-even": "angka 5 dibulatkan ke angka genap",
  "half-down": "angka 5 dibulatkan ke bawah",
  up: "selalu dibulatkan menjauhi nol",
  down: "selalu dibulatkan menuju nol",
  ceiling: "selalu dibulatkan ke atas",
  floor: "selalu dibulatkan ke bawah"
}
const modesEn: Record<string, string> = {
  "half-up": "halves round up",
  "half-even": "halves round to even",
  "half-down": "halves round down",
  up: "always away from zero",
  down: "always towards zero",
  ceiling: "always up",
  floor: "always down"
}

/** @internal */
export const modeId = (mode: string): string => modesId[mode] ?? mode
/** @internal */
export const modeEn = (mode: string): string => modesEn[mode] ?? mode
