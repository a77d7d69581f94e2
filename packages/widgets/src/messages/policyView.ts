/**
 * Messages of `<asn-policy-view>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Section } from "./catalogue.js"
import { modeEn, modeId } from "./rounding.js"

/** @internal */
export const policyViewId = {
  policyTitle: "Kebijakan penilaian kinerja",
  region: "Wilayah",
  version: "Versi",
  effective: "Berlaku",
  effectiveRange: (from: string, to: string | null) => (to === null ? `sejak ${from}` : `${from} sampai ${to}`),
  illustrative: "Ilustrasi: dokumen ini bukan peraturan resmi.",
  category: "Kategori",
  directionHeading: "Arah penilaian",
  directionLabel: {
    "higher-is-better": "Makin tinggi makin baik",
    "lower-is-better": "Makin rendah makin baik",
    range: "Dalam rentang"
  } as { readonly [K in "higher-is-better" | "lower-is-better" | "range"]: string },
  cap: "Batas capaian (%)",
  scorecardsHeading: "Kartu skor dan bobot",
  hasilHeading: "Hasil kerja",
  hasilIndicators: (min: number, max: number, scale: number, mode: string) =>
    `Dihitung dari indikator, skala ${min}–${max}, dibulatkan satu kali ke ${scale} desimal (${modeId(mode)}).`,
  scoring: (method: string): string =>
    method === "capaian" ? "Nilai indikator = capaian." : "Nilai indikator = nilai IKI (PermenPAN-RB 8/2021).",
  bandsHeading: "Kategori nilai",
  mappingHeading: "Dari nilai ke rating hasil kerja",
  lowerEdge: "Batas bawah (≥)",
  upperEdge: "Batas atas",
  perilakuHeading: "Perilaku kerja",
  perilakuBerakhlak: (dibawah: number, diatas: number) =>
    `Dari tujuh nilai BerAKHLAK: Dibawah Ekspektasi bila paling sedikit ${dibawah} Dibawah; Diatas Ekspektasi bila paling sedikit ${diatas} Diatas; selain itu Sesuai Ekspektasi.`,
  quadrantHeading: "Matriks kuadran (predikat)",
  periodHeading: "Periode penilaian",
  cadence: (cadence: string): string =>
    cadence === "bulanan" ? "Penilaian periodik bulanan." : "Penilaian periodik triwulanan.",
  annual: (strategy: string) =>
    strategy === "annual-only"
      ? "Predikat tahunan dari rating tahunan."
      : strategy === "mean"
        ? "Nilai tahunan = rata-rata periode."
        : `Nilai tahunan: ${strategy}.`,
  distributionPolicyHeading: "Panduan kurva distribusi",
  minimumUnit: (n: number) => `Berlaku untuk unit dengan paling sedikit ${n} pegawai.`,
  policyInvalid: "Dokumen kebijakan tidak valid."
}

/** @internal */
export type PolicyViewMessages = typeof policyViewId

/** @internal */
export const policyViewEn: PolicyViewMessages = {
  policyTitle: "Performance evaluation policy",
  region: "Region",
  version: "Version",
  effective: "In force",
  effectiveRange: (from, to) => (to === null ? `since ${from}` : `${from} to ${to}`),
  illustrative: "Illustration: this document is not an official regulation.",
  category: "Category",
  directionHeading: "Direction",
  directionLabel: {
    "higher-is-better": "Higher is better",
    "lower-is-better": "Lower is better",
    range: "Within a range"
  },
  cap: "Attainment cap (%)",
  scorecardsHeading: "Scorecards and weights",
  hasilHeading: "Work results (hasil kerja)",
  hasilIndicators: (min, max, scale, mode) =>
    `Computed from indicators, scale ${min}–${max}, rounded once to ${scale} decimals (${modeEn(mode)}).`,
  scoring: (method) =>
    method === "capaian" ? "Indicator value = attainment." : "Indicator value = IKI value (PermenPAN-RB 8/2021).",
  bandsHeading: "Score bands",
  mappingHeading: "From score to hasil kerja rating",
  lowerEdge: "Lower edge (≥)",
  upperEdge: "Upper edge",
  perilakuHeading: "Work behaviour (perilaku kerja)",
  perilakuBerakhlak: (dibawah, diatas) =>
    `From the seven BerAKHLAK values: Dibawah Ekspektasi when at least ${dibawah} are Dibawah; Diatas Ekspektasi when at least ${diatas} are Diatas; otherwise Sesuai Ekspektasi.`,
  quadrantHeading: "Quadrant matrix (predikat)",
  periodHeading: "Evaluation periods",
  cadence: (cadence) => (cadence === "bulanan" ? "Monthly periodic evaluation." : "Quarterly periodic evaluation."),
  annual: (strategy) =>
    strategy === "annual-only"
      ? "The annual predikat comes from the annual ratings."
      : strategy === "mean"
        ? "Annual score = mean of the periods."
        : `Annual score: ${strategy}.`,
  distributionPolicyHeading: "Distribution curve guidance",
  minimumUnit: (n) => `Applies to units of at least ${n} employees.`,
  policyInvalid: "The policy document is not valid."
}

/** @internal */
export const policyView: Section<PolicyViewMessages> = { id: policyViewId, en: policyViewEn }
