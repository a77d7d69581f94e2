/**
 * Messages of `<asn-programme-report>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Locale } from "../../locale.js"

const id = {
  title: "Efektivitas program pengembangan",
  byProgramme: "Per program",
  byPartner: "Per mitra",
  programme: "Program",
  partner: "Mitra",
  participants: "Peserta",
  levels: ["Reaksi", "Pembelajaran", "Perilaku", "Hasil"] as readonly [string, string, string, string],
  mean: (value: string, n: number) => `${value} (n = ${n})`,
  change: (before: string, after: string, change: string, n: number) => `${before} → ${after} (${change}; n = ${n})`,
  direction: { improved: "naik", declined: "turun", unchanged: "tetap" } as {
    readonly [K in "improved" | "declined" | "unchanged"]: string
  },
  inconclusive: "belum dapat disimpulkan",
  noMeasure: "tidak diukur",
  caveat: (min: number) =>
    `Catatan ukuran sampel: level dengan kurang dari ${min} peserta terukur ditandai "belum dapat disimpulkan"; angkanya ditampilkan tetapi bukan bukti efektivitas.`,
  none: "Belum ada program yang dievaluasi.",
  ikmHeading: "Indikator keberhasilan: IKM",
  ikm: (value: string, mutu: string) => `IKM ${value}${mutu ? ` (mutu ${mutu})` : ""}`,
  partnerKinds: { universitas: "Universitas", ngo: "LSM/NGO", "lan-bpsdm": "LAN/BPSDM", lainnya: "Lainnya" } as {
    readonly [K in "universitas" | "ngo" | "lan-bpsdm" | "lainnya"]: string
  }
}

/** @internal */
export type ProgrammeReportMessages = typeof id

const en: ProgrammeReportMessages = {
  title: "Development programme effectiveness",
  byProgramme: "By programme",
  byPartner: "By partner",
  programme: "Programme",
  partner: "Partner",
  participants: "Participants",
  levels: ["Reaction", "Learning", "Behaviour", "Results"],
  mean: (value, n) => `${value} (n = ${n})`,
  change: (before, after, change, n) => `${before} → ${after} (${change}; n = ${n})`,
  direction: { improved: "up", declined: "down", unchanged: "unchanged" },
  inconclusive: "not conclusive",
  noMeasure: "not measured",
  caveat: (min) =>
    `Sample-size caveat: a level with fewer than ${min} measured participants is marked "not conclusive"; its numbers are shown but are no evidence of effectiveness.`,
  none: "No programme has been evaluated yet.",
  ikmHeading: "Success indicator: IKM",
  ikm: (value, mutu) => `IKM ${value}${mutu ? ` (mutu ${mutu})` : ""}`,
  partnerKinds: { universitas: "University", ngo: "NGO", "lan-bpsdm": "LAN/BPSDM", lainnya: "Other" }
}

/** @internal */
export const programmeReportMessages = (locale: Locale): ProgrammeReportMessages => (locale === "en" ? en : id)
