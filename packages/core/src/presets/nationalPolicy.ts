/**
 * The national policy documents as data: the PermenPAN-RB 6/2022 regime as a full {@link Policy.Policy}, and the
 * numeric schemes still found in regional systems (PermenPAN-RB 8/2021 IKI values, PP 30/2019 Pasal 41 and the
 * legacy PP 46/2011). Values the domain reference lists as UNCONFIRMED carry `confirmed: false`.
 *
 * @since 0.1.0
 */
import type { Policy } from "../Policy.js"
import type { IkiScheme, Pp30Scheme, Pp46Scheme } from "../Skp.js"
import { fromDocument } from "./document.js"
import document from "./policies/national.json" with { type: "json" }

const pp30Basis = [
  { regulation: "PP 30/2019", article: "Pasal 41 ayat (2)–(5) huruf a–c", confirmed: true },
  {
    regulation: "PP 30/2019",
    article: "Pasal 41 ayat (5) huruf d–e",
    note: {
      id: "Kurang 50 ≤ x < 70 dan Sangat Kurang x < 50 banyak dikutip, tetapi teks yang dibaca terpotong: BELUM TERKONFIRMASI",
      en: "Kurang 50 ≤ x < 70 and Sangat Kurang x < 50 are widely quoted but the text read was truncated: UNCONFIRMED"
    },
    confirmed: false
  }
] as const

/**
 * The PermenPAN-RB 8/2021 IKI value scheme (Lampiran, flipbook pp.99, 101, 110, 363). Kategori: Sangat Baik ≥ 101%,
 * Baik 100%, Cukup 80–99%, Kurang 60–79%, Sangat Kurang 0–59%. The printed bands leave gaps for non-integer capaian
 * (99.5%); this preset rounds the capaian half-up to 2 decimals and uses half-open bands with inclusive lower
 * edges, so 99.5% is Cukup and 99.995% is 100.00%, Baik. The regulation was revoked by PermenPAN-RB 6/2022 Pasal 40.
 *
 * **Rounds before banding** (the printed bands leave the gap open, so the reference states no literal reading):
 * 99.995% becomes 100.00%, Baik, nilai 109 instead of about 89 in Cukup. The evaluation trace says so in an `edge`
 * note whenever it happens.
 *
 * @category presets
 * @since 0.1.0
 */
export const iki: IkiScheme = {
  kategori: {
    rounding: { scale: 2, mode: "half-up" },
    range: { min: 0, max: 1000 },
    outOfRange: "clamp",
    bands: [
      { label: "Sangat Kurang", lower: 0, description: "printed 0%–59%" },
      { label: "Kurang", lower: 60, description: "printed 60%–79%" },
      { label: "Cukup", lower: 80, description: "printed 80%–99%" },
      { label: "Baik", lower: 100, description: "printed 100%" },
      { label: "Sangat Baik", lower: 101, description: "printed ≥ 101%" }
    ],
    legalBasis: [
      {
        regulation: "PermenPAN-RB 8/2021",
        article: "Lampiran, kategori capaian IKI",
        note: {
          id: "dicabut oleh PermenPAN-RB 6/2022 Pasal 40; pita setengah terbuka pada 2 desimal adalah tafsiran preset ini",
          en: "revoked by PermenPAN-RB 6/2022 Pasal 40; half-open bands at 2 decimals are this preset's reading"
        },
        confirmed: true
      }
    ]
  },
  segments: {
    "Sangat Kurang": { from: { capaian: 0, nilai: 0 }, to: { capaian: 59, nilai: 49 } },
    Kurang: { from: { capaian: 60, nilai: 50 }, to: { capaian: 79, nilai: 69 } },
    Cukup: { from: { capaian: 80, nilai: 70 }, to: { capaian: 99, nilai: 89 } },
    Baik: { from: { capaian: 100, nilai: 109 }, to: { capaian: 100, nilai: 109 } },
    "Sangat Baik": { from: { capaian: 101, nilai: 110 }, to: { capaian: 110, nilai: 120 } }
  },
  maxNilai: 120,
  targetMaksimal: { capaian: 100, nilai: 120 },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 8/2021",
      article: "Lampiran, nilai capaian IKI (hlm. 99, 101, 110, 363)",
      note: {
        id: "dicabut oleh PermenPAN-RB 6/2022 Pasal 40; masih dipakai e-SKP lama",
        en: "revoked by PermenPAN-RB 6/2022 Pasal 40; still used by legacy e-SKP"
      },
      confirmed: true
    }
  ]
}

/**
 * PP 30/2019 Pasal 41: 70% SKP + 30% perilaku (60/40 when the instansi uses input from rekan kerja setingkat and
 * bawahan langsung; set `uses360`), banded 0–120: Sangat Baik 110–120 with a new idea, Baik 90–120,
 * Cukup 70 ≤ x < 90, and the UNCONFIRMED Kurang 50 ≤ x < 70 and Sangat Kurang x < 50.
 *
 * **Does not round before banding.** The regulation compares the score itself ("70 ≤ x < 90"), so this preset
 * follows the literal text: the table rounds by `floor` at 2 decimals, which bands exactly as the unrounded value
 * does (every edge is a whole number). 89.995 is Cukup and is shown as 89.99; before 0.4.0 it was rounded half-up to
 * 90.00 and banded Baik.
 *
 * @category presets
 * @since 0.1.0
 */
export const pp30: Pp30Scheme = {
  uses360: false,
  weights: { tanpa360: { skp: 70, perilaku: 30 }, dengan360: { skp: 60, perilaku: 40 } },
  table: {
    rounding: { scale: 2, mode: "floor" },
    range: { min: 0, max: 120 },
    outOfRange: "reject",
    bands: [
      { label: "Sangat Kurang", lower: 0, description: "x < 50 (UNCONFIRMED)" },
      { label: "Kurang", lower: 50, description: "50 ≤ x < 70 (UNCONFIRMED)" },
      { label: "Cukup", lower: 70, description: "70 ≤ x < 90" },
      { label: "Baik", lower: 90, upper: 120, description: "90 ≤ x ≤ 120" }
    ],
    legalBasis: pp30Basis
  },
  sangatBaik: {
    label: "Sangat Baik",
    lower: 110,
    within: "Baik",
    legalBasis: [
      {
        regulation: "PP 30/2019",
        article: "Pasal 41 ayat (5) huruf a",
        note: {
          id: "110 ≤ x ≤ 120 dan menciptakan ide baru dan/atau cara baru dalam peningkatan kinerja",
          en: "110 ≤ x ≤ 120 and menciptakan ide baru dan/atau cara baru dalam peningkatan kinerja"
        },
        confirmed: true
      }
    ]
  },
  legalBasis: pp30Basis
}

/**
 * The legacy PP 46/2011 scheme (revoked by PP 30/2019): prestasi kerja = 60% SKP + 40% perilaku, banded 0–100 at 2
 * decimals half-up with the printed integer bands read as lower-inclusive thresholds (Sangat Baik ≥ 91, Baik ≥ 76,
 * Cukup ≥ 61, Kurang ≥ 51, Buruk below), so 90.5 is Baik. The efficiency > 24% formula is UNCONFIRMED and rejected.
 *
 * @category presets
 * @since 0.1.0
 */
export const pp46: Pp46Scheme = {
  weights: { skp: 60, perilaku: 40 },
  efisiensiAbove24: "reject",
  table: {
    rounding: { scale: 2, mode: "half-up" },
    range: { min: 0, max: 100 },
    outOfRange: "reject",
    bands: [
      { label: "Buruk", lower: 0, description: "printed ≤ 50" },
      { label: "Kurang", lower: 51, description: "printed 51–60" },
      { label: "Cukup", lower: 61, description: "printed 61–75" },
      { label: "Baik", lower: 76, description: "printed 76–90" },
      { label: "Sangat Baik", lower: 91, upper: 100, description: "printed 91–100" }
    ],
    legalBasis: [
      {
        regulation: "PP 46/2011",
        article: "Penilaian Prestasi Kerja PNS (revoked by PP 30/2019)",
        note: {
          id: "sumber sekunder; nilai pecahan memakai batas bawah tercetak sebagai ambang inklusif",
          en: "secondary sources; fractional scores use the printed lower edges as inclusive thresholds"
        },
        confirmed: true
      }
    ]
  },
  legalBasis: [
    {
      regulation: "PP 46/2011",
      article: "Pasal 5 (SKP 60%, perilaku kerja 40%)",
      note: {
        id: "dicabut oleh PP 30/2019; rumus efisiensi > 24% untuk waktu/biaya BELUM TERKONFIRMASI",
        en: "revoked by PP 30/2019; the efisiensi > 24% formula for waktu/biaya is UNCONFIRMED"
      },
      confirmed: true
    }
  ]
}

/**
 * The national regime of PermenPAN-RB 6/2022 as a full policy document: the Pejabat Penilai rates hasil kerja and
 * perilaku kerja directly (Dibawah / Sesuai / Diatas Ekspektasi), the kuadran gives the predikat, the periodic
 * evaluation is quarterly here (an instansi may choose monthly, Pasal 24(2)–(3)) and the annual predikat stands on its
 * own annual ratings (`annual-only`: the regulation prescribes no averaging of periods). The distribution guidance is
 * the UNCONFIRMED 2023 circular's caps, as warnings.
 *
 * Loaded from `policies/national.json` (the format `pembinaan policy validate` reads), a document `Policy.decode`
 * accepts unchanged (checked by the presets tests).
 *
 * @category presets
 * @since 0.1.0
 */
export const policy: Policy = fromDocument("national", document)
