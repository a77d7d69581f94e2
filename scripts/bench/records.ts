/**
 * The national benchmark's records (shared by `national.ts` and the tests that check the generator): one
 * deterministic quarterly evaluation per index under the Bukittinggi preset, 4 indicators and 7 BerAKHLAK ratings.
 */
const values = ["berorientasi-pelayanan", "akuntabel", "kompeten", "harmonis", "loyal", "adaptif", "kolaboratif"]
const ratings = ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"]
/**
 * A distinct, valid 18-digit NIP per record, built as text (a number above 2^53 cannot count by one: ~32 records
 * shared one id) from a mixed-radix reading of `i`: sequence 001–999, gender 1–2, TMT CPNS month 2000-01 … 2024-12,
 * then the birth date counting days from 1970-01-01. Every part passes `Nip.decode` (the CLI refuses NIPs with a
 * month 00 or a sequence 000, which the earlier `19000101200` + 7 digits produced for 88 % of the records).
 */
export const nipOf = (i: number): string => {
  const sequence = (i % 999) + 1
  const rest = Math.floor(i / 999)
  const gender = (rest % 2) + 1
  const month = Math.floor(rest / 2) % 300
  const day = Math.floor(rest / 600)
  const birth = new Date(Date.UTC(1970, 0, 1 + day)).toISOString().slice(0, 10).replaceAll("-", "")
  const tmt = `${2000 + Math.floor(month / 12)}${String((month % 12) + 1).padStart(2, "0")}`
  return `${birth}${tmt}${gender}${String(sequence).padStart(3, "0")}`
}

/** The NDJSON line (without its line break) of record `i`. */
export const record = (i: number): string =>
  JSON.stringify({
    employee: nipOf(i),
    period: "2026-Q4",
    scorecard: "pelaksana",
    measurements: [
      { indicator: "dokumen-selesai", target: 100, realisasi: 60 + ((i * 7) % 70) },
      { indicator: "mutu-dokumen", target: 100, realisasi: 60 + ((i * 13) % 70) },
      { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 40 + (i % 21) },
      { indicator: "keluhan-masyarakat", target: 5, realisasi: i % 9 }
    ],
    berakhlak: Object.fromEntries(values.map((v, k) => [v, ratings[(i + k) % 11 === 0 ? 0 : ((i >> k) & 1) + 1]]))
  })
