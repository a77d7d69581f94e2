import { Cycle, Presets } from "@pembinaan/core"
import { KABID, KADIS, STAFF } from "./fixtures-org.js"

export const policy: Cycle.Policy = {
  name: "Siklus SKP nasional (uji)",
  quadrant: Presets.national.quadrant,
  period: Presets.nationalPolicy.policy.period,
  deadlines: Cycle.nationalDeadlines,
  legalBasis: [{ regulation: "PermenPAN-RB 6/2022", confirmed: true }]
}

export const plan: Cycle.Plan = {
  rhk: [
    {
      id: "rhk-1",
      text: "Terlaksananya pelayanan rujukan pasien yang tepat waktu",
      kind: "utama",
      intervensi: "kabid-rhk-2",
      indicators: [
        { id: "ind-1", text: "Persentase rujukan diproses ≤ 1 jam", target: "90", satuan: "%", aspek: "waktu" },
        { id: "ind-2", text: "Jumlah laporan rujukan bulanan", target: "12", satuan: "laporan", aspek: "kuantitas" }
      ]
    },
    {
      id: "rhk-2",
      text: "Terselenggaranya edukasi kesehatan di puskesmas mitra",
      kind: "tambahan",
      indicators: [{ id: "ind-3", text: "Sesi edukasi", target: "4", satuan: "sesi" }]
    }
  ],
  ekspektasi: [
    { value: "berorientasi-pelayanan", text: "Menanggapi permintaan rujukan pada hari yang sama" },
    { value: "kolaboratif", text: "Berbagi data rujukan dengan puskesmas mitra" }
  ]
}

export const changed: Cycle.Plan = {
  ...plan,
  rhk: [
    plan.rhk[0] as Cycle.Rhk,
    { ...(plan.rhk[1] as Cycle.Rhk), indicators: [{ id: "ind-3", text: "Sesi edukasi", target: "6", satuan: "sesi" }] }
  ]
}

const good = { hasilKerja: "Sesuai Ekspektasi", perilakuKerja: "Sesuai Ekspektasi" } as const

// One employee's whole year, with a change of plan, quarterly evaluations (Q2 late), and a keberatan.
export const year: ReadonlyArray<Cycle.Event> = [
  {
    _tag: "Open",
    by: "system",
    at: "2026-01-02",
    id: "skp-2026-199001012020011001",
    year: 2026,
    pegawai: STAFF,
    pejabatPenilai: KABID,
    atasanPejabatPenilai: KADIS
  },
  { _tag: "ProposePlan", by: STAFF, at: "2026-01-10", plan },
  { _tag: "AgreePlan", by: KABID, at: "2026-01-15" },
  {
    _tag: "RecordRealisasi",
    by: STAFF,
    at: "2026-04-02",
    period: "2026-Q1",
    indicator: "ind-1",
    value: "88",
    evidence: [{ kind: "link", url: "https://simpeg.example.go.id/rujukan/2026-q1" }]
  },
  { _tag: "GiveFeedback", by: KABID, at: "2026-04-03", indicator: "ind-1", text: "Catat waktu respons per pasien." },
  { _tag: "EvaluatePeriod", by: KABID, at: "2026-04-08", period: "2026-Q1", ratings: good, score: 95 },
  {
    _tag: "ProposeChange",
    by: KABID,
    at: "2026-05-04",
    plan: changed,
    reason: "Tambahan puskesmas mitra sejak Mei"
  },
  { _tag: "AgreeChange", by: STAFF, at: "2026-05-06" },
  {
    _tag: "EvaluatePeriod",
    by: KABID,
    at: "2026-07-20",
    period: "2026-Q2",
    ratings: { hasilKerja: "Dibawah Ekspektasi", perilakuKerja: "Sesuai Ekspektasi" },
    score: 78
  },
  { _tag: "EvaluatePeriod", by: KABID, at: "2026-10-05", period: "2026-Q3", ratings: good, score: 100 },
  { _tag: "EvaluatePeriod", by: KABID, at: "2027-01-05", period: "2026-Q4", ratings: good, score: 104 },
  {
    _tag: "EvaluateAnnual",
    by: KABID,
    at: "2027-01-08",
    ratings: { hasilKerja: "Dibawah Ekspektasi", perilakuKerja: "Sesuai Ekspektasi" }
  },
  { _tag: "ApproveEvaluation", by: KADIS, at: "2027-01-12" },
  { _tag: "Acknowledge", by: STAFF, at: "2027-01-13" },
  {
    _tag: "FileKeberatan",
    by: STAFF,
    at: "2027-01-20",
    reason: "Capaian Q3 dan Q4 di atas target; kendala Q2 karena alat rusak (berita acara terlampir)."
  },
  {
    _tag: "DecideKeberatan",
    by: KADIS,
    at: "2027-01-27",
    outcome: "diubah",
    ratings: good,
    reason: "Kendala Q2 di luar kendali pegawai; tiga triwulan lain sesuai ekspektasi."
  }
]
