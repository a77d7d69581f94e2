/**
 * The handbook's chapter on the yearly SKP cycle: who does what, by when, on which legal basis, for a policy's
 * cadence and annual strategy, with the deadlines of `Cycle.nationalDeadlines` (or the ones given).
 *
 * @since 0.2.0
 */
import { Calendar, Cycle, type LegalBasis, type Policy } from "@pembinaan/core"
import type { Lang } from "./io.js"

type Citation = LegalBasis.Citation

/** The day and month `days` after 1 January (of a common year). */
const dayMonth = (days: number, lang: Lang): string => {
  const [, m = "1", d = "1"] = Calendar.addPeriod("2001-01-01", { months: 0, days }).split("-")
  return `${Number(d)} ${Calendar.monthName(Number(m), lang)}`
}

const anchorText: Record<Lang, Record<Cycle.Anchor, (days: number) => string>> = {
  id: {
    "year-start": (d) => `${d} hari setelah 1 Januari (${dayMonth(d, "id")})`,
    "period-end": (d) => `${d} hari setelah akhir setiap periode`,
    "year-end": (d) => `${d} hari setelah 31 Desember${d === 31 ? " (31 Januari tahun berikutnya)" : ""}`,
    "change-proposed": (d) => `${d} hari sejak usul perubahan`,
    evaluated: (d) => `${d} hari sejak evaluasi`,
    approved: (d) => `${d} hari sejak persetujuan`,
    acknowledged: (d) => `${d} hari sejak hasil diterima`,
    "keberatan-filed": (d) => `${d} hari sejak keberatan diajukan`
  },
  en: {
    "year-start": (d) => `${d} days after 1 January (${dayMonth(d, "en")})`,
    "period-end": (d) => `${d} days after the end of each period`,
    "year-end": (d) => `${d} days after 31 December${d === 31 ? " (31 January of the next year)" : ""}`,
    "change-proposed": (d) => `${d} days from the proposed change`,
    evaluated: (d) => `${d} days from the evaluation`,
    approved: (d) => `${d} days from the approval`,
    acknowledged: (d) => `${d} days from receipt of the result`,
    "keberatan-filed": (d) => `${d} days from the filing`
  }
}

const words = {
  id: {
    title: "Siklus SKP tahunan: siapa, apa, kapan",
    intro: (cadence: string) =>
      `Setiap pegawai menjalani satu siklus SKP per tahun. Siklus dicatat sebagai rangkaian peristiwa yang tidak dapat diubah (jejak audit berantai hash); status siklus adalah hasil lipatan peristiwa itu. Evaluasi periodik kebijakan ini: ${cadence}.`,
    head: ["Tahap", "Siapa", "Apa", "Paling lambat", "Dasar hukum"],
    cadence: { bulanan: "bulanan", triwulanan: "triwulanan" },
    annual: {
      "annual-only":
        "Predikat tahunan ditetapkan pejabat penilai dari rating tahunan melalui kuadran; hasil periodik tidak dijumlahkan.",
      last: "Predikat tahunan mengikuti periode terakhir yang dinilai (strategi daerah).",
      worst: "Predikat tahunan mengikuti periode dengan predikat terburuk (strategi daerah).",
      mean: "Nilai tahunan adalah rata-rata tepat nilai periodik; predikat tetap dari evaluasi tahunan (strategi daerah).",
      trend: "Nilai tahunan adalah rata-rata berbobot kebaruan; predikat tetap dari evaluasi tahunan (strategi daerah)."
    },
    rows: {
      plan: [
        "Perencanaan",
        "Pegawai atau pejabat penilai mengusulkan; pihak lain menyepakati",
        "SKP: RHK (diintervensi dari RHK atasan), indikator, target; ekspektasi per nilai BerAKHLAK"
      ],
      change: [
        "Perubahan SKP",
        "Satu pihak mengusulkan, pihak lain menyepakati atau menolak",
        "Perubahan setelah disepakati, dengan alasan; versi lama tetap tercatat"
      ],
      realisasi: ["Pemantauan", "Pegawai", "Realisasi per indikator dengan bukti (tautan atau berkas)"],
      periodic: [
        "Evaluasi periodik",
        "Pejabat penilai",
        "Rating hasil kerja dan perilaku kerja, predikat dari kuadran; umpan balik berkelanjutan"
      ],
      annual: [
        "Evaluasi tahunan",
        "Pejabat penilai (bila lewat tenggat: atasan pejabat penilai, hasilnya final)",
        "Rating tahunan dan predikat dari kuadran"
      ],
      approval: ["Persetujuan", "Atasan pejabat penilai", "Menyetujui atau mengembalikan hasil evaluasi"],
      acknowledgement: ["Penerimaan", "Pegawai", "Menerima (menandatangani) hasil evaluasi"],
      keberatan: [
        "Keberatan",
        "Pegawai, kepada atasan pejabat penilai",
        "Keberatan dengan alasan (hak, bukan kewajiban)"
      ],
      decision: [
        "Keputusan keberatan",
        "Atasan pejabat penilai",
        "Meminta penjelasan; menolak atau mengubah dan menetapkan hasil; final"
      ]
    },
    after:
      "Setelah hasil final, `Consequence.follow` menurunkan penghargaan, rencana pembinaan, pengaruh TPP, kelayakan Satyalancana dan rekomendasi pengembangan. Dokumen SKP dan Dokumen Evaluasi Kinerja Pegawai dibuat dengan `pembinaan document`.",
    unconfirmed: "Tenggat bertanda * belum dikonfirmasi dari teks peraturan; ubah nilainya dalam data kebijakan siklus."
  },
  en: {
    title: "The yearly SKP cycle: who, what, by when",
    intro: (cadence: string) =>
      `Every employee goes through one SKP cycle a year. The cycle is recorded as a series of events that cannot be rewritten (a hash-chained audit trail); the cycle's status is the fold of those events. This policy's periodic evaluation: ${cadence}.`,
    head: ["Stage", "Who", "What", "At the latest", "Legal basis"],
    cadence: { bulanan: "monthly", triwulanan: "quarterly" },
    annual: {
      "annual-only":
        "The annual predikat is set by the pejabat penilai from the annual ratings through the kuadran; periodic results are not added up.",
      last: "The annual predikat follows the last evaluated period (a regional strategy).",
      worst: "The annual predikat follows the period with the worst predikat (a regional strategy).",
      mean: "The annual score is the exact mean of the periodic scores; the predikat stays the annual evaluation's (a regional strategy).",
      trend:
        "The annual score is a recency-weighted mean; the predikat stays the annual evaluation's (a regional strategy)."
    },
    rows: {
      plan: [
        "Planning",
        "The employee or the pejabat penilai proposes; the other agrees",
        "The SKP: RHK (cascaded from the superior's RHK), indicators, targets; expectations per BerAKHLAK value"
      ],
      change: [
        "Changing the SKP",
        "One party proposes, the other agrees or rejects",
        "A change after agreement, with its reason; the old version stays on record"
      ],
      realisasi: ["Monitoring", "The employee", "Realisasi per indicator with evidence (a link or a file)"],
      periodic: [
        "Periodic evaluation",
        "The pejabat penilai",
        "Ratings of results and behaviour, predikat from the kuadran; continuous feedback"
      ],
      annual: [
        "Annual evaluation",
        "The pejabat penilai (after the deadline: the atasan pejabat penilai, and the result is final)",
        "Annual ratings and predikat from the kuadran"
      ],
      approval: ["Approval", "The atasan pejabat penilai", "Approves or returns the evaluation"],
      acknowledgement: ["Acknowledgement", "The employee", "Acknowledges (signs) the evaluation"],
      keberatan: [
        "Keberatan",
        "The employee, to the atasan pejabat penilai",
        "An objection with reasons (a right, not a duty)"
      ],
      decision: [
        "Keberatan decision",
        "The atasan pejabat penilai",
        "Hears both sides; rejects, or changes and sets the result; final"
      ]
    },
    after:
      "Once final, `Consequence.follow` derives rewards, remediation plans, TPP effects, Satyalancana eligibility and development recommendations. The SKP and the Dokumen Evaluasi Kinerja Pegawai are produced with `pembinaan document`.",
    unconfirmed: "Deadlines marked * are not confirmed from a regulation's text; change them in the cycle policy data."
  }
} as const

const esc = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ")

/**
 * The chapter's Markdown lines. `cite` numbers citations the way the rest of the handbook does.
 *
 * @since 0.2.0
 */
export const cycleChapter = (
  policy: Policy.Policy,
  lang: Lang,
  cite: (lb: ReadonlyArray<Citation>) => string,
  deadlines: Cycle.Deadlines = Cycle.nationalDeadlines
): Array<string> => {
  const w = words[lang]
  const order = [
    "plan",
    "change",
    "realisasi",
    "periodic",
    "annual",
    "approval",
    "acknowledgement",
    "keberatan",
    "decision"
  ] as const
  const rows = order.map((key) => {
    const d = deadlines[key]
    const [stage, who, what] = w.rows[key]
    return `| ${[stage, who, what, anchorText[lang][d.anchor](d.days), cite(d.legalBasis)].map(esc).join(" | ")} |`
  })
  return [
    `## ${w.title}`,
    "",
    w.intro(w.cadence[policy.period.cadence]),
    "",
    `| ${w.head.join(" | ")} |`,
    `|${w.head.map(() => "---").join("|")}|`,
    ...rows,
    "",
    w.annual[policy.period.annual.strategy],
    "",
    w.after,
    "",
    w.unconfirmed,
    ""
  ]
}
