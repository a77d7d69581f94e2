/**
 * Every widget with the fullest data its tests use (display widgets through `data`, forms through attributes), for
 * the tests that look at all of them: layout at three widths, and the Indonesian texts.
 */
import { Policy, Presets } from "@pembinaan/core"
import { ready } from "./display.js"
import {
  berakhlak,
  dashboardRecords,
  decisions,
  evaluated,
  feedback,
  ikm,
  jpm,
  jpYear,
  placement,
  plan,
  rawRatings
} from "./fixtures.js"

const evaluation = evaluated()
const ikmScore = ikm(120)

/** Each widget with the fullest data its tests use: display widgets through `data`, forms through attributes. */
export const widgets: ReadonlyArray<{
  readonly tag: string
  readonly data?: unknown
  readonly attrs?: Record<string, string>
  readonly text?: string
  /** The `value` property (a form's earlier answers). */
  readonly value?: unknown
}> = [
  {
    tag: "asn-unit-dashboard",
    data: {
      title: "Kota Contoh",
      organisation: "Baik",
      records: dashboardRecords(60),
      ikm: [
        { unit: "Disdukcapil", period: "2026-Q3", score: ikm(40) },
        { unit: "Dinas Kesehatan", period: "2026-Q3", score: ikm(3, 1) }
      ]
    }
  },
  {
    tag: "asn-nine-box",
    data: {
      people: [
        { employee: "emp-1", name: "Ani", unit: "Dinas A", placement: placement("emp-1", "Sangat Baik", 85) },
        { employee: "emp-2", name: "Budi", unit: "Dinas A", placement: placement("emp-2", "Sangat Baik", 92.5) },
        { employee: "emp-3", name: "Citra", unit: "Dinas B", placement: placement("emp-3", "Baik", 70) },
        { employee: "emp-4", name: "Dedi", unit: "Dinas B", predikat: "Butuh Perbaikan", potensial: 40 },
        { employee: "emp-5", name: "Eka", unit: "Dinas B", placement: placement("emp-5", "Baik", 50) },
        { employee: "emp-6", name: "Fajar", unit: "Dinas C", placement: placement("emp-6", "Butuh Perbaikan", 90) }
      ]
    }
  },
  {
    tag: "asn-ikm-report",
    data: {
      unit: "DPMPTSP",
      period: "2026-S1",
      score: ikmScore,
      population: 5000,
      trend: [
        { period: "2025-S1", score: ikm(60, 1) },
        { period: "2025-S2", score: ikm(80, 2) },
        { period: "2026-S1", score: ikmScore }
      ],
      groups: [
        { label: "Perizinan usaha", score: ikm(40) },
        { label: "Perizinan bangunan", score: ikm(30, 1) },
        { label: "Layanan malam", score: ikm(3, 2) }
      ]
    }
  },
  { tag: "asn-competency-gap", data: { match: jpm([1, 3, 4, 1.5]) } },
  { tag: "asn-policy-view", data: Policy.encode(Presets.bukittinggi.policy) },
  { tag: "asn-policy-view", data: Policy.encode(Presets.nationalPolicy.policy) },
  {
    tag: "asn-scorecard",
    data: {
      employee: { name: "Siti Rahma", jabatan: "Pengelola Layanan", unit: "Disdukcapil" },
      policy: { title: Presets.bukittinggi.policy.title },
      evaluation,
      feedback: feedback(),
      competency: jpm([1, 3, "not-assessed", 2]),
      development: jpYear([evaluation.employee, "other"], (i) => (i === 0 ? 540 : 1200)),
      decisions: decisions([
        { period: "2026-Q3", predikat: "Baik", score: 95 },
        { period: "2026-Q4", predikat: "Butuh Perbaikan", score: 80 }
      ]),
      plans: [plan(evaluation.employee)],
      asOf: "2026-12-31",
      raters: rawRatings
    }
  },
  {
    tag: "asn-evaluation-form",
    attrs: { preset: "bukittinggi", "employee-id": "198705122010011001", period: "2026-Q1", scorecard: "pelaksana" }
  },
  { tag: "asn-evaluation-form", attrs: { preset: "nasional", "employee-id": "198705122010011001", period: "2026" } },
  {
    // filled in: the preview, the capaian (135 / 127 × 100 = 106,30 %) and the explanation
    tag: "asn-evaluation-form",
    attrs: { preset: "bukittinggi", "employee-id": "198705122010011002", period: "2026-Q2", scorecard: "pelaksana" },
    value: {
      measurements: [
        { indicator: "dokumen-selesai", target: 127, realisasi: 135 },
        { indicator: "mutu-dokumen", target: 90, realisasi: 88.5 },
        { indicator: "kehadiran-tepat-waktu", target: 60, realisasi: 60 },
        { indicator: "keluhan-masyarakat", target: 4, realisasi: 3 }
      ],
      berakhlak: berakhlak(2, 1)
    }
  },
  { tag: "asn-feedback-form", attrs: { "subject-id": "emp-042", "rater-group": "rekan-kerja", period: "2026-S2" } },
  { tag: "asn-survey-form", attrs: { "with-comment": "" } },
  { tag: "asn-survey-form", attrs: { mode: "one-at-a-time" } },
  { tag: "asn-predikat", attrs: { "hasil-kerja": "Diatas Ekspektasi", "perilaku-kerja": "Sesuai Ekspektasi" } },
  { tag: "asn-rating-input", attrs: { label: "Rating hasil kerja", value: "Sesuai Ekspektasi" } },
  { tag: "asn-rating-input", attrs: { label: "Persyaratan", scale: "skm", value: "3" } }
]

export type Rendered = HTMLElement & { updateComplete: Promise<boolean> }

export const render = async (w: (typeof widgets)[number]): Promise<Rendered> => {
  const el = document.createElement(w.tag) as Rendered & { data?: unknown }
  for (const [k, v] of Object.entries(w.attrs ?? {})) el.setAttribute(k, v)
  if (w.text) el.textContent = w.text
  if (w.data !== undefined) el.data = w.data
  if (w.value !== undefined) (el as { value?: unknown }).value = w.value
  document.body.append(el)
  if (w.data !== undefined) await ready(el as never)
  await el.updateComplete
  // nested elements (rating inputs inside forms) and the charts' measured widths settle over a few frames
  for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r))
  await el.updateComplete
  return el
}
