/**
 * The seed regions' rule sets: the national baseline extended with each region's own practice. Data only.
 *
 * **Illustrative.** The regional rules are derived from the case texts about Bukittinggi, Sawahlunto and Muaratebo
 * (quarterly assessment with rewards and special coaching; rewards and directed support after periodic objective
 * assessment; evaluation after training feeding the next programme), not from a Perwako or Perbup, whose contents
 * were not read. Every regional citation is `confirmed: false`; thresholds are examples a region replaces with its own.
 *
 * @since 0.1.0
 */
import type { NominationPolicy } from "../Award.js"
import type { Citation } from "../LegalBasis.js"
import type { Policy as PlanPolicy } from "../Remediation.js"
import type { Outcome, RuleSet } from "../Rule.js"
import { national, nationalPlans } from "./rules.js"

const illustrative = (region: string, practice: string): Citation => ({
  regulation: `Praktik ${region} (ilustrasi)`,
  note: {
    id: `Ilustrasi, diturunkan dari teks kasus: ${practice}. Bukan Perkada; ambang adalah contoh.`,
    en: `Illustrative, derived from the case text: ${practice}. Not a Perkada; thresholds are examples.`
  },
  confirmed: false
})
const periodik: Citation = {
  regulation: "PermenPAN-RB 6/2022",
  article: "Pasal 23–24 (evaluasi periodik)",
  confirmed: true
}

const bukittinggiBasis = illustrative(
  "Pemerintah Kota Bukittinggi",
  "penilaian rutin setiap triwulan; ASN berkinerja baik diberi penghargaan, yang kurang mengikuti program pembinaan khusus"
)

const extend = (
  name: string,
  outcomes: ReadonlyArray<Outcome>,
  rules: RuleSet["rules"],
  legalBasis: ReadonlyArray<Citation>,
  vocabulary: Partial<RuleSet["vocabulary"]> = {}
): RuleSet => ({
  name,
  vocabulary: {
    jpmCategories: vocabulary.jpmCategories ?? national.vocabulary.jpmCategories,
    flags: vocabulary.flags ?? national.vocabulary.flags,
    measures: vocabulary.measures ?? national.vocabulary.measures
  },
  outcomes: [
    ...national.outcomes.map((o) =>
      o.id === "tunda-penghargaan"
        ? {
            ...o,
            conflictsWith: [...(o.conflictsWith ?? []), ...outcomes.filter((x) => x.kind === "reward").map((x) => x.id)]
          }
        : o
    ),
    ...outcomes
  ],
  rules: [...national.rules, ...rules],
  legalBasis: [...national.legalBasis, ...legalBasis]
})

/**
 * Kota Bukittinggi (illustrative): quarterly evaluation; Sangat Baik in the quarter with a unit IKM of at least 76.61
 * (mutu B or better) earns a quarterly reward; Butuh Perbaikan or worse in two consecutive quarters, or Kurang/Sangat
 * Kurang in one, opens special coaching (pembinaan khusus, one quarter).
 *
 * @category presets
 * @since 0.1.0
 */
export const bukittinggi: RuleSet = extend(
  "Kota Bukittinggi (ilustrasi)",
  [
    {
      id: "penghargaan-triwulanan",
      kind: "reward",
      label: "Penghargaan kinerja triwulanan",
      severity: 0,
      legalBasis: [bukittinggiBasis]
    },
    {
      id: "pembinaan-khusus",
      kind: "remediation",
      label: "Program pembinaan khusus",
      severity: 2,
      legalBasis: [bukittinggiBasis]
    }
  ],
  [
    {
      id: "bukittinggi-penghargaan-triwulanan",
      description: "Sangat Baik pada triwulan ini dan IKM unit ≥ 76,61: penghargaan triwulanan.",
      group: "penghargaan",
      priority: 45,
      exclusive: false,
      when: {
        kind: "all",
        of: [
          { kind: "predikat", in: ["Sangat Baik"] },
          { kind: "unit-ikm", op: "at-least", value: 76.61 }
        ]
      },
      give: ["penghargaan-triwulanan"],
      legalBasis: [bukittinggiBasis, periodik]
    },
    {
      id: "bukittinggi-pembinaan-khusus",
      description:
        "Butuh Perbaikan atau lebih rendah dua triwulan berturut-turut, atau Kurang/Sangat Kurang: pembinaan khusus.",
      group: "kinerja",
      priority: 15,
      exclusive: false,
      when: {
        kind: "any",
        of: [
          { kind: "consecutive", in: ["Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"], atLeast: 2 },
          { kind: "predikat", in: ["Kurang/Misconduct", "Sangat Kurang"] }
        ]
      },
      give: ["pembinaan-khusus"],
      legalBasis: [bukittinggiBasis, periodik]
    }
  ],
  [bukittinggiBasis]
)

/**
 * Bukittinggi's plan types: the national ones plus `pembinaan-khusus` (one quarter, follow-up at the next quarterly
 * evaluation 14 days later, escalating to konseling kinerja).
 *
 * @category presets
 * @since 0.1.0
 */
export const bukittinggiPlans: PlanPolicy = {
  name: "Kota Bukittinggi (ilustrasi): rencana pembinaan",
  plans: [
    ...nationalPlans.plans,
    {
      type: "pembinaan-khusus",
      label: "Program pembinaan khusus",
      duration: { months: 3, days: 0 },
      followUpDays: 14,
      evidence: ["daftar-hadir-pembinaan", "hasil-evaluasi-triwulan"],
      escalatesTo: "konseling-kinerja",
      legalBasis: [bukittinggiBasis]
    }
  ],
  legalBasis: [...nationalPlans.legalBasis, bukittinggiBasis]
}

/**
 * Bukittinggi's "ASN teladan" nomination (illustrative): Sangat Baik in the last 4 quarters, citizen feedback of at
 * least 88.31 (mutu A on the 25–100 scale) from at least 30 responses, never a sedang or berat sanction; one slot.
 *
 * @category presets
 * @since 0.1.0
 */
export const bukittinggiAward: NominationPolicy = {
  name: "ASN Teladan Kota Bukittinggi (ilustrasi)",
  predikat: ["Sangat Baik"],
  periods: 4,
  citizen: { minimumScore: 88.31, minimumResponses: 30 },
  discipline: { levels: ["sedang", "berat"], scope: "ever" },
  slots: 1,
  legalBasis: [
    illustrative("Pemerintah Kota Bukittinggi", "masyarakat memberi umpan balik melalui forum atau survei"),
    {
      regulation: "Perkada/SK kepala daerah",
      note: {
        id: "Kriteria ASN teladan ditetapkan secara lokal (REFERENCE.md §9).",
        en: "ASN teladan criteria are set locally (REFERENCE.md §9)."
      },
      confirmed: false
    }
  ]
}

const sawahluntoBasis = illustrative(
  "Pemerintah Kota Sawahlunto",
  "penilaian objektif berkala; ASN berkinerja baik mendapat penghargaan, yang perlu perbaikan diberi arahan dan dukungan"
)

/**
 * Kota Sawahlunto (illustrative): after the periodic objective assessment, at least Baik in the last two periods earns
 * a reward; Butuh Perbaikan or worse gets directed support (arahan dan dukungan); a unit with mutu C or D gets the
 * communication training the city runs.
 *
 * @category presets
 * @since 0.1.0
 */
export const sawahlunto: RuleSet = extend(
  "Kota Sawahlunto (ilustrasi)",
  [
    {
      id: "penghargaan-kinerja",
      kind: "reward",
      label: "Penghargaan kinerja",
      severity: 0,
      legalBasis: [sawahluntoBasis]
    },
    {
      id: "arahan-dan-dukungan",
      kind: "remediation",
      label: "Arahan dan dukungan lebih lanjut",
      severity: 1,
      legalBasis: [sawahluntoBasis]
    },
    {
      id: "pelatihan-komunikasi",
      kind: "development",
      label: "Pelatihan komunikasi efektif dan manajemen waktu",
      severity: 0,
      legalBasis: [sawahluntoBasis]
    }
  ],
  [
    {
      id: "sawahlunto-penghargaan",
      description: "Minimal Baik dua periode terakhir: penghargaan kinerja.",
      group: "penghargaan",
      priority: 45,
      exclusive: false,
      when: { kind: "predikat-last", last: 2, in: ["Sangat Baik", "Baik"] },
      give: ["penghargaan-kinerja"],
      legalBasis: [sawahluntoBasis, periodik]
    },
    {
      id: "sawahlunto-arahan",
      description: "Butuh Perbaikan atau lebih rendah: arahan dan dukungan lebih lanjut.",
      group: "kinerja",
      priority: 12,
      exclusive: false,
      when: { kind: "predikat", in: ["Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"] },
      give: ["arahan-dan-dukungan"],
      legalBasis: [sawahluntoBasis]
    },
    {
      id: "sawahlunto-pelatihan-unit",
      description: "Mutu pelayanan unit C atau D: pelatihan komunikasi efektif.",
      group: "pengembangan",
      priority: 10,
      exclusive: false,
      when: { kind: "unit-mutu", in: ["C", "D"] },
      give: ["pelatihan-komunikasi"],
      legalBasis: [sawahluntoBasis]
    }
  ],
  [sawahluntoBasis]
)

const muarateboBasis = illustrative(
  "Pemerintah Kabupaten Tebo (Muaratebo)",
  "evaluasi berkala kinerja ASN setelah mengikuti program pelatihan; kerja sama magang dengan universitas lokal"
)
const jp: Citation = {
  regulation: "Peraturan LAN 5/2018",
  note: {
    id: "Paling sedikit 20 JP setahun, dikutip sumber sekunder; pemenuhan JP minimum adalah fakta yang diberikan pemanggil.",
    en: "At least 20 JP a year, quoted by a secondary source; the JP minimum is a fact the caller supplies."
  },
  confirmed: false
}

/**
 * Muaratebo, Kab. Tebo (illustrative): the post-training evaluation (custom measure `evaluasiPascaPelatihan`, 0–100,
 * for employees with the flag `mengikutiPelatihan`) feeds the next programme: below 70 → a follow-up programme;
 * 85 or more → an internship with a partner university; JP below the required minimum → JP fulfilment; JPM Kurang
 * Optimal → competency development.
 *
 * @category presets
 * @since 0.1.0
 */
export const muaratebo: RuleSet = extend(
  "Muaratebo, Kabupaten Tebo (ilustrasi)",
  [
    {
      id: "program-lanjutan",
      kind: "development",
      label: "Program pelatihan lanjutan",
      severity: 0,
      legalBasis: [muarateboBasis]
    },
    {
      id: "magang-universitas",
      kind: "development",
      label: "Magang di universitas mitra",
      severity: 0,
      legalBasis: [muarateboBasis]
    },
    {
      id: "pemenuhan-jp",
      kind: "development",
      label: "Pemenuhan 20 JP pengembangan kompetensi",
      severity: 0,
      legalBasis: [jp]
    }
  ],
  [
    {
      id: "muaratebo-program-lanjutan",
      description: "Evaluasi pascapelatihan di bawah 70: program pelatihan lanjutan.",
      group: "pengembangan",
      priority: 20,
      exclusive: false,
      when: {
        kind: "all",
        of: [
          { kind: "flag", name: "mengikutiPelatihan", is: true },
          { kind: "measure", name: "evaluasiPascaPelatihan", op: "below", value: 70 }
        ]
      },
      give: ["program-lanjutan"],
      legalBasis: [muarateboBasis]
    },
    {
      id: "muaratebo-magang",
      description: "Evaluasi pascapelatihan 85 atau lebih: magang di universitas mitra.",
      group: "pengembangan",
      priority: 20,
      exclusive: false,
      when: {
        kind: "all",
        of: [
          { kind: "flag", name: "mengikutiPelatihan", is: true },
          { kind: "measure", name: "evaluasiPascaPelatihan", op: "at-least", value: 85 }
        ]
      },
      give: ["magang-universitas"],
      legalBasis: [muarateboBasis]
    },
    {
      id: "muaratebo-pemenuhan-jp",
      description: "JP tahun ini di bawah minimum: pemenuhan JP.",
      group: "pengembangan",
      priority: 10,
      exclusive: false,
      when: { kind: "jp", compliant: false },
      give: ["pemenuhan-jp"],
      legalBasis: [jp]
    },
    {
      id: "muaratebo-kesenjangan-kompetensi",
      description: "JPM Kurang Optimal: pengembangan kompetensi.",
      group: "pengembangan",
      priority: 10,
      exclusive: false,
      when: { kind: "jpm", in: ["Kurang Optimal"] },
      give: ["pengembangan-kompetensi"],
      legalBasis: [muarateboBasis]
    }
  ],
  [muarateboBasis, jp],
  { flags: ["mengikutiPelatihan"], measures: ["evaluasiPascaPelatihan"] }
)
