/**
 * Message catalogues. Indonesian is the source; English must define every id (checked by the type).
 * Messages with arguments are functions.
 *
 * @since 0.1.0
 */
import type { Locale } from "./locale.js"

type Four = readonly [string, string, string, string]
type Five = readonly [string, string, string, string, string]
type Three = readonly [string, string, string]

/** Core's rounding modes in words (a policy team reads "half-up" as jargon). */
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
const modeId = (mode: string): string => modesId[mode] ?? mode
const modeEn = (mode: string): string => modesEn[mode] ?? mode

const id = {
  predikatLabel: "Predikat kinerja",
  hasilKerja: "Hasil kerja",
  perilakuKerja: "Perilaku kerja",
  legalBasis: "Dasar hukum",
  unknownRating: (field: string, value: string) =>
    `${field === "hasilKerja" ? "Rating hasil kerja" : "Rating perilaku kerja"} "${value}" tidak dikenal. Gunakan Dibawah Ekspektasi, Sesuai Ekspektasi, atau Diatas Ekspektasi.`,
  missingRatings: "Isi rating hasil kerja dan perilaku kerja untuk melihat predikat.",

  // <asn-rating-input>
  /** Labels of the SKM answers 1..4 (PermenPAN-RB 14/2017). */
  skmLabels: ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"] as Four,
  /** Labels of a 1..5 scale. */
  fiveLabels: ["Sangat kurang", "Kurang", "Cukup", "Baik", "Sangat baik"] as Five,
  /** Labels of the three PermenPAN-RB 6/2022 ratings: the regulation's own terms. */
  ekspektasiLabels: ["Dibawah Ekspektasi", "Sesuai Ekspektasi", "Diatas Ekspektasi"] as Three,
  ratingRequired: "Pilih salah satu jawaban.",
  required: "wajib",

  // <asn-survey-form>
  surveyTitle: "Survei Kepuasan Masyarakat",
  surveyIntro: "Jawaban Anda membantu kami memperbaiki pelayanan. Survei ini tidak mengumpulkan data pribadi.",
  surveyIntroIdentity: "Jawaban Anda membantu kami memperbaiki pelayanan. Nama dan nomor telepon boleh dikosongkan.",
  questionOf: (current: number, total: number) => `Pertanyaan ${current} dari ${total}`,
  comment: "Saran atau komentar (opsional)",
  identityLegend: "Identitas (opsional)",
  identityName: "Nama (opsional)",
  identityPhone: "Nomor telepon (opsional)",
  ticketLabel: "Nomor tiket layanan",
  back: "Sebelumnya",
  next: "Berikutnya",
  submit: "Kirim",
  unanswered: (count: number) => `${count} pertanyaan belum dijawab.`,
  surveyIncomplete: (count: number) => `Jawab semua pertanyaan (${count} belum dijawab).`,
  ticketUsed: (ticket: string) =>
    `Tiket layanan ${ticket} sudah dinilai dari perangkat ini. Terima kasih, satu tiket hanya dapat dinilai sekali.`,
  thanks: "Terima kasih, jawaban Anda sudah terkirim.",
  invalidTemplate: "Templat survei tidak valid.",

  // <asn-feedback-form>
  feedbackTitle: "Umpan balik perilaku kerja (BerAKHLAK)",
  feedbackAnonymous:
    "Umpan balik ini anonim: identitas Anda tidak dikirim, dan pegawai yang dinilai hanya melihat ringkasan per kelompok penilai.",
  raterGroupIs: (group: string) => `Anda menilai sebagai: ${group}`,
  raterGroups: {
    atasan: "Atasan",
    "rekan-kerja": "Rekan kerja",
    bawahan: "Bawahan",
    "diri-sendiri": "Diri sendiri",
    "pihak-lain": "Pihak lain"
  } as { readonly [K in "atasan" | "rekan-kerja" | "bawahan" | "diri-sendiri" | "pihak-lain"]: string },
  valueComment: (value: string) => `Komentar tentang ${value} (opsional)`,
  feedbackMisconfigured: (fields: string) => `Formulir belum lengkap dikonfigurasi: ${fields}.`,

  // Numbers (src/number.ts)
  numberEmpty: "Isi sebuah angka.",
  numberMalformed: (input: string) => `"${input}" bukan angka. Contoh penulisan: 1.234,5`,
  numberAmbiguous: (input: string) =>
    `"${input}" bisa dibaca dua cara. Tulis ribuan dengan titik dan desimal dengan koma, misalnya 1.234,5.`,
  numberOutOfRange: (input: string) => `"${input}" terlalu besar.`,

  // Display widgets (shared)
  loading: "Memuat data…",
  noData: "Belum ada data.",
  loadHttp: (status: number) => `Data tidak dapat dimuat (HTTP ${status}).`,
  loadNetwork: "Data tidak dapat dimuat. Periksa koneksi lalu muat ulang halaman.",
  loadJson: "Data bukan JSON yang valid.",
  loadShape: (count: number) => `Data tidak sesuai format (${count} masalah).`,
  loadTimeout: (seconds: number) =>
    `Data tidak dimuat dalam ${seconds} detik. Periksa koneksi lalu muat ulang halaman.`,
  loadTooLarge: (megabytes: number) => `Data terlalu besar untuk ditampilkan (batasnya ${megabytes} MB).`,
  loadRender: "Data tidak dapat ditampilkan: ada nilai yang tidak dikenal.",
  // Submitting and drafts (internal/ack.ts, internal/draft.ts)
  sending: "Mengirim…",
  sendFailed: (detail: string) =>
    `Jawaban belum tersimpan${detail ? ` (${detail})` : ""}. Isian Anda masih ada; silakan kirim lagi.`,
  draftFailed: "Draf tidak dapat disimpan di perangkat ini. Isian tetap ada selama halaman ini terbuka.",
  draftConflict: "Draf ini sudah diubah di tab lain. Pilih draf mana yang dipakai.",
  draftUseOther: "Pakai draf dari tab lain",
  draftKeepMine: "Pakai isian di tab ini",
  exportCsv: "Unduh CSV",
  showTable: "Tampilkan tabel",
  showChart: "Tampilkan grafik",
  noValue: "—",
  employee: "Pegawai",
  employeeName: "Nama",
  unit: "Unit kerja",
  jabatan: "Jabatan",
  period: "Periode",
  score: "Nilai",
  predikat: "Predikat",
  count: "Jumlah",
  percent: "Persentase",
  status: "Status",
  unconfirmed: "belum terkonfirmasi",
  employees: (n: number) => `${n} pegawai`,
  respondents: (n: number) => `${n} responden`,
  respondentsLabel: "Responden",
  raters: (n: number) => `${n} penilai`,
  suppressedBelow: (min: number) => `Disembunyikan: kurang dari ${min} orang`,
  complementary: "Disembunyikan agar kelompok kecil lain tidak dapat dihitung",

  // <asn-nine-box>
  nineBoxTitle: "Peta talenta (9-box)",
  kinerjaAxis: "Kinerja",
  potensialAxis: "Potensial",
  box: (n: number) => `Kotak ${n}`,
  drillTitle: (n: number, description: string) => `Kotak ${n}: ${description}`,
  recommendedActions: "Rekomendasi tindakan",
  close: "Tutup",
  potensialScore: "Nilai potensial",
  boxChart: "Jumlah pegawai per kotak",
  boxChartDesc: (total: number) => `Sebaran ${total} pegawai pada sembilan kotak peta talenta.`,
  notPlaced: (n: number) => `${n} pegawai tidak dapat ditempatkan (data potensial di luar rentang).`,

  // <asn-competency-gap>
  competencyTitle: "Kesenjangan kompetensi",
  competency: "Kompetensi",
  requiredLevel: "Standar",
  actualLevel: "Individu",
  meanLevel: "Rata-rata individu",
  gap: "Selisih",
  jpm: "JPM",
  direction: { below: "Di bawah standar", meets: "Memenuhi standar", above: "Di atas standar" } as {
    readonly [K in "below" | "meets" | "above"]: string
  },
  notAssessed: "Belum dinilai",
  jpmTotal: (value: string, category: string) => `JPM ${value}% (${category})`,
  jpmBelowCue: (n: number) =>
    `JPM dihitung dari jumlah semua kompetensi, sehingga kelebihan pada satu kompetensi menutupi kekurangan pada yang lain: ${n} kompetensi masih di bawah standar (lihat baris bertanda Selisih negatif).`,
  jpmIncomplete: (list: string) => `JPM belum dapat dihitung: belum dinilai ${list}.`,
  jpmPartial: (list: string) => `Tanpa kompetensi yang belum dinilai: ${list}.`,
  groupOf: (n: number) => `Kelompok ${n} pegawai`,
  gapChartDesc: "Level standar dan level individu per kompetensi; level 1 sampai 5.",
  peopleBelow: "Di bawah standar",
  jpmCategories: "Kategori JPM",

  // <asn-ikm-report>
  ikmTitle: "Indeks Kepuasan Masyarakat (IKM)",
  ikmValue: "Nilai IKM",
  mutu: "Mutu pelayanan",
  unitKinerja: "Kinerja unit pelayanan",
  element: "Unsur pelayanan",
  nrr: "NRR",
  nrrWeighted: "NRR tertimbang",
  converted: "Nilai unsur (×25)",
  nrrChartDesc: "Nilai setiap unsur pelayanan pada skala 25 sampai 100.",
  sampleOk: (respondents: number, required: number) =>
    `Sampel mencukupi: ${respondents} responden (minimal ${required}).`,
  sampleShort: (respondents: number, required: number, shortfall: number) =>
    `Sampel belum mencukupi: ${respondents} responden dari minimal ${required} (kurang ${shortfall}).`,
  ikmTrend: "Tren nilai IKM",
  ikmTrendDesc: "Nilai IKM per periode pada skala 25 sampai 100.",
  groupsHeading: "Rincian per kelompok",
  exactValues: "Nilai pasti (pecahan)",
  exactFraction: "pecahan",
  group: "Kelompok",

  // <asn-scorecard>
  scorecardTitle: "Kartu kinerja pegawai",
  explanation: "Penjelasan perhitungan",
  indicator: "Indikator",
  weight: "Bobot (%)",
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian (%)",
  indicatorValue: "Nilai",
  weighted: "Tertimbang",
  band: "Kategori",
  formula: "Rumus",
  rounding: (scale: number, mode: string) => `Dibulatkan satu kali: ${scale} desimal (${modeId(mode)})`,
  /** Core's formula of the weighted indicator score, in words. */
  weightedFormula: "Jumlah dari (bobot ÷ 100 × nilai indikator)",
  capped: "dibatasi",
  hasilRatedDirectly: "Dinilai langsung oleh Pejabat Penilai Kinerja",
  quadrantCell: (hasil: string, perilaku: string) => `Kuadran: hasil kerja ${hasil} × perilaku kerja ${perilaku}`,
  policyUsed: (title: string, version: string) => `Kebijakan: ${title} (versi ${version})`,
  behaviourHeading: "Perilaku kerja (BerAKHLAK)",
  berakhlakCounts: (diatas: number, sesuai: number, dibawah: number) =>
    `${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi`,
  berakhlakRule: (fired: string, dibawah: number, diatas: number) =>
    fired === "dibawah-count"
      ? `Dibawah Ekspektasi karena paling sedikit ${dibawah} nilai Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `Diatas Ekspektasi karena paling sedikit ${diatas} nilai Diatas Ekspektasi`
        : "Sesuai Ekspektasi (tidak ada aturan lain yang berlaku)",
  feedbackHeading: "Umpan balik 360° (ringkasan anonim)",
  feedbackOverall: "Nilai keseluruhan",
  feedbackInsufficient: "Umpan balik belum cukup untuk ditampilkan.",
  feedbackReason: (reason: string, group: string, n: number, min: number) =>
    reason === "below-quorum"
      ? `${group}: ${n} penilai, minimal ${min}`
      : reason === "required-group-missing"
        ? `${group} belum menilai`
        : reason === "anonymity"
          ? `Penilai anonim terlalu sedikit (${n}, minimal ${min})`
          : "Belum ada kelompok penilai",
  value: "Nilai",
  developmentHeading: "Pengembangan kompetensi",
  jpProgress: (total: string, minimum: string) => `${total} dari ${minimum} JP`,
  jpMet: "Target JP tahun ini terpenuhi.",
  jpShort: (shortfall: string) => `Kurang ${shortfall} JP.`,
  decisionsHeading: "Keputusan",
  outcomeKinds: {
    reward: "Penghargaan",
    development: "Pengembangan",
    remediation: "Pembinaan",
    sanction: "Sanksi",
    restriction: "Pembatasan"
  } as { readonly [K in "reward" | "development" | "remediation" | "sanction" | "restriction"]: string },
  noDecisions: "Tidak ada keputusan untuk periode ini.",
  plansHeading: "Rencana pembinaan",
  planStatus: {
    assigned: "Ditetapkan",
    "in-progress": "Berjalan",
    "re-evaluated": "Sudah dievaluasi ulang",
    closed: "Selesai",
    escalated: "Ditingkatkan"
  } as { readonly [K in "assigned" | "in-progress" | "re-evaluated" | "closed" | "escalated"]: string },
  deadline: "Batas waktu",
  overdue: "lewat batas waktu",
  plan: "Rencana",

  // <asn-unit-dashboard>
  dashboardTitle: "Dasbor kinerja unit",
  filters: "Saring data",
  allUnits: "Semua unit",
  allJabatan: "Semua jabatan",
  distributionHeading: "Sebaran predikat",
  distributionDesc: (total: number) => `Jumlah pegawai per predikat kinerja, dari ${total} pegawai.`,
  organisation: (predikat: string) => `Predikat organisasi: ${predikat}`,
  kurvaOk: "Sebaran sesuai panduan kurva.",
  kurvaTooSmall: (min: number) => `Unit terlalu kecil untuk dibandingkan dengan kurva (kurang dari ${min} pegawai).`,
  guideline: (op: string, predikat: string, percent: string, actual: string) =>
    op === "at-most"
      ? `${predikat}: paling banyak ${percent}%, saat ini ${actual}%.`
      : op === "at-least"
        ? `${predikat}: paling sedikit ${percent}%, saat ini ${actual}%.`
        : `${predikat}: harus ada, saat ini tidak ada.`,
  guidelineRule: (op: string, predikat: string, percent: string) =>
    op === "at-most"
      ? `${predikat} paling banyak ${percent}%`
      : op === "at-least"
        ? `${predikat} paling sedikit ${percent}%`
        : `${predikat} harus ada`,
  trendHeading: "Tren predikat per periode (%)",
  trendDesc: "Persentase pegawai per predikat pada setiap periode.",
  employeesHeading: "Daftar pegawai",
  matching: (n: number) => `${n} pegawai sesuai saringan.`,
  rewardsHeading: "Penghargaan",
  remediationHeading: "Pembinaan",
  trainingHeading: "Kepatuhan pengembangan kompetensi",
  trainingSummary: (meets: number, total: number) => `${meets} dari ${total} pegawai memenuhi target JP.`,
  jp: "JP",
  ikmUnitsHeading: "IKM unit pelayanan",

  // <asn-policy-view>
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
  legalBasisHeading: "Dasar hukum",
  policyInvalid: "Dokumen kebijakan tidak valid.",

  // <asn-evaluation-form>
  evalTitle: "Penilaian kinerja pegawai (SKP)",
  evalSubject: (employee: string, period: string) => `Pegawai ${employee}, periode ${period}`,
  evalPolicy: (title: string, version: string, region: string) => `Kebijakan: ${title} (${region}, versi ${version})`,
  evalIllustrative: "Ilustrasi: kebijakan ini bukan peraturan resmi.",
  evalHasilHeading: "Hasil kerja",
  evalPerilakuHeading: "Perilaku kerja (BerAKHLAK)",
  evalWeight: (weight: string) => `bobot ${weight}%`,
  evalUnit: (unit: string) => `satuan: ${unit}`,
  evalTarget: "Target",
  evalTargetLower: "Target batas bawah",
  evalTargetUpper: "Target batas atas",
  evalRealisasi: "Realisasi",
  evalEvidence: "Tautan bukti dukung (opsional)",
  evalEvidenceOpen: (indicator: string) => `Buka bukti dukung ${indicator}`,
  evalCapaian: (percent: string) => `Capaian ${percent} %`,
  evalFormulaRatio: (realisasi: string, target: string) => `= ${realisasi} / ${target} × 100`,
  evalFormulaInverse: (realisasi: string, target: string) => `= (2 − ${realisasi} / ${target}) × 100`,
  evalFormulaWithin: "= 100 (realisasi dalam rentang target)",
  evalExact: "Nilai pasti (pecahan)",
  evalExactValue: (label: string, value: string, weighted: string) =>
    `${label}: nilai ${value}, tertimbang ${weighted}`,
  evalExactSum: (sum: string) => `Jumlah ${sum}`,
  evalCapped: (cap: string) => ` (dibatasi ${cap} %)`,
  evalHasilRating: "Rating hasil kerja",
  evalPerilakuRating: "Rating perilaku kerja",
  evalPreviewTitle: "Pratinjau hasil",
  evalIncomplete: "Lengkapi isian untuk melihat nilai dan predikat.",
  evalScore: (score: string, band: string) => `Nilai ${score} (${band})`,
  bandNotPredikat: (band: string, predikat: string) =>
    `Kategori nilai ${band} hanya menggambarkan nilai hasil kerja. Predikat ${predikat} memadukan rating hasil kerja dan rating perilaku kerja (kuadran kinerja), sehingga keduanya bisa berbeda.`,
  evalRatings: (hasil: string, perilaku: string) => `Hasil kerja ${hasil}; perilaku kerja ${perilaku}`,
  evalPredikat: (predikat: string) => `Predikat: ${predikat}`,
  evalExplanation: "Penjelasan perhitungan",
  evalWeighted: (label: string, weight: string, value: string, weighted: string) =>
    `${label}: ${weight}% × ${value} = ${weighted}`,
  evalRounding: (before: string, scale: number, mode: string, text: string) =>
    `Jumlah ${before}, dibulatkan satu kali ke ${scale} desimal (${modeId(mode)}): ${text}`,
  evalBand: (label: string, lower: string) => `Kategori ${label} (nilai ≥ ${lower})`,
  evalMapping: (rating: string, lower: string) => `Rating hasil kerja ${rating} (nilai ≥ ${lower})`,
  evalHasilDirect: (rating: string) => `Rating hasil kerja ${rating}, diberikan langsung oleh Pejabat Penilai Kinerja`,
  evalPerilakuDirect: (rating: string) => `Rating perilaku kerja ${rating}, diberikan langsung`,
  evalBerakhlak: (diatas: number, sesuai: number, dibawah: number, rating: string) =>
    `BerAKHLAK: ${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi → perilaku kerja ${rating}`,
  evalBerakhlakRule: (fired: string, dibawah: number, diatas: number) =>
    fired === "dibawah-count"
      ? `aturan: Dibawah Ekspektasi bila paling sedikit ${dibawah} nilai Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `aturan: Diatas Ekspektasi bila paling sedikit ${diatas} nilai Diatas Ekspektasi`
        : "aturan: selain itu Sesuai Ekspektasi",
  evalQuadrant: (hasil: string, perilaku: string, predikat: string) =>
    `Kuadran kinerja: hasil kerja ${hasil} × perilaku kerja ${perilaku} → ${predikat}`,
  evalLegalBasis: "Dasar hukum",
  evalCitation: (regulation: string, article: string | undefined, confirmed: boolean) =>
    `${regulation}${article ? `, ${article}` : ""}${confirmed ? "" : " (belum terkonfirmasi)"}`,
  evalOutOfRange: (score: string, min: number, max: number) =>
    `Nilai ${score} berada di luar skala kebijakan (${min}–${max}); periksa target dan realisasi.`,
  evalDraftNote: "Isian disimpan sebagai draf di perangkat ini sampai penilaian dikirim.",
  evalDraftRestored: "Draf yang tersimpan di perangkat ini dipulihkan.",
  evalSubmit: "Kirim penilaian",
  evalSubmitted: "Penilaian sudah dikirim.",
  evalFieldsInvalid: (count: number) => `${count} isian belum lengkap atau belum benar.`,
  evalRequired: "Wajib diisi.",
  evalUrl: "Tautan harus berupa alamat http:// atau https://.",
  evalNoPolicy: "Kebijakan penilaian belum ditentukan (atribut preset, properti policy, atau skrip JSON).",
  evalPolicyInvalid: (count: number) => `Dokumen kebijakan tidak valid (${count} masalah).`,
  evalConfig: (attribute: string, message: string) => `Atribut ${attribute}: ${message}`,
  evalProblem: (code: string, path: string): string =>
    code === "missing"
      ? "Wajib diisi."
      : code === "negative"
        ? "Realisasi tidak boleh negatif."
        : code === "not-positive"
          ? "Target harus lebih besar dari nol."
          : code === "range-inverted"
            ? "Batas bawah target tidak boleh lebih besar dari batas atas."
            : code === "range-expected"
              ? "Indikator ini memerlukan target berupa rentang."
              : code === "number-expected"
                ? "Indikator ini memerlukan satu angka target."
                : code === "period-format"
                  ? "Format periode tidak sesuai dengan kebijakan (contoh: 2026-Q1, 2026-03 atau 2026)."
                  : code === "unknown-scorecard"
                    ? "Kartu skor ini tidak ada dalam kebijakan."
                    : code === "duplicate"
                      ? "Indikator diisi dua kali."
                      : code === "not-in-scorecard"
                        ? "Indikator tidak ada pada kartu skor."
                        : code === "unexpected"
                          ? "Isian ini tidak dipakai oleh kebijakan."
                          : `Isian tidak valid${path ? ` (${path})` : ""}.`
}

/**
 * The message catalogue type: every locale defines every id.
 *
 * @since 0.1.0
 */
export type Messages = typeof id

const en: Messages = {
  predikatLabel: "Performance rating (predikat)",
  hasilKerja: "Work results (hasil kerja)",
  perilakuKerja: "Work behaviour (perilaku kerja)",
  legalBasis: "Legal basis",
  unknownRating: (field, value) =>
    `Unknown ${field === "hasilKerja" ? "hasil kerja" : "perilaku kerja"} rating "${value}". Use Dibawah Ekspektasi, Sesuai Ekspektasi or Diatas Ekspektasi.`,
  missingRatings: "Enter both the hasil kerja and perilaku kerja ratings to see the predikat.",

  skmLabels: ["Not suitable", "Less suitable", "Suitable", "Very suitable"],
  fiveLabels: ["Very poor", "Poor", "Fair", "Good", "Very good"],
  ekspektasiLabels: [
    "Dibawah Ekspektasi (below expectations)",
    "Sesuai Ekspektasi (meets expectations)",
    "Diatas Ekspektasi (above expectations)"
  ],
  ratingRequired: "Please choose one answer.",
  required: "required",

  surveyTitle: "Public satisfaction survey (SKM)",
  surveyIntro: "Your answers help us improve the service. This survey collects no personal data.",
  surveyIntroIdentity: "Your answers help us improve the service. Name and phone number may be left empty.",
  questionOf: (current, total) => `Question ${current} of ${total}`,
  comment: "Suggestions or comments (optional)",
  identityLegend: "About you (optional)",
  identityName: "Name (optional)",
  identityPhone: "Phone number (optional)",
  ticketLabel: "Service ticket number",
  back: "Back",
  next: "Next",
  submit: "Submit",
  unanswered: (count) => `${count} ${count === 1 ? "question is" : "questions are"} not answered yet.`,
  surveyIncomplete: (count) => `Answer every question (${count} left).`,
  ticketUsed: (ticket) => `Service ticket ${ticket} was already rated from this device. Each ticket can be rated once.`,
  thanks: "Thank you, your answers have been sent.",
  invalidTemplate: "The survey template is not valid.",

  feedbackTitle: "Work behaviour feedback (BerAKHLAK)",
  feedbackAnonymous:
    "This feedback is anonymous: your identity is not sent, and the employee only sees a summary per rater group.",
  raterGroupIs: (group) => `You are rating as: ${group}`,
  raterGroups: {
    atasan: "Atasan (supervisor)",
    "rekan-kerja": "Rekan kerja (peer)",
    bawahan: "Bawahan (subordinate)",
    "diri-sendiri": "Diri sendiri (self)",
    "pihak-lain": "Pihak lain (other party)"
  },
  valueComment: (value) => `Comment on ${value} (optional)`,
  feedbackMisconfigured: (fields) => `The form is not fully configured: ${fields}.`,

  numberEmpty: "Enter a number.",
  numberMalformed: (input) => `"${input}" is not a number. Indonesian format, for example: 1.234,5`,
  numberAmbiguous: (input) =>
    `"${input}" can be read two ways. Use dots for thousands and a comma for decimals, for example 1.234,5.`,
  numberOutOfRange: (input) => `"${input}" is too large.`,

  loading: "Loading data…",
  noData: "No data yet.",
  loadHttp: (status) => `The data could not be loaded (HTTP ${status}).`,
  loadNetwork: "The data could not be loaded. Check the connection and reload the page.",
  loadJson: "The data is not valid JSON.",
  loadShape: (count) =>
    `The data does not have the expected format (${count} ${count === 1 ? "problem" : "problems"}).`,
  loadTimeout: (seconds) =>
    `The data did not load within ${seconds} seconds. Check the connection and reload the page.`,
  loadTooLarge: (megabytes) => `The data is too large to show (the limit is ${megabytes} MB).`,
  loadRender: "The data cannot be shown: it holds a value this widget does not know.",
  sending: "Sending…",
  sendFailed: (detail) =>
    `Your answers were not saved${detail ? ` (${detail})` : ""}. They are still here; please send again.`,
  draftFailed: "The draft cannot be saved on this device. What you entered stays while this page is open.",
  draftConflict: "This draft was changed in another tab. Choose which draft to keep.",
  draftUseOther: "Use the other tab's draft",
  draftKeepMine: "Keep what is in this tab",
  exportCsv: "Download CSV",
  showTable: "Show as table",
  showChart: "Show as chart",
  noValue: "—",
  employee: "Employee",
  employeeName: "Name",
  unit: "Unit",
  jabatan: "Position (jabatan)",
  period: "Period",
  score: "Score",
  predikat: "Predikat",
  count: "Count",
  percent: "Percentage",
  status: "Status",
  unconfirmed: "unconfirmed",
  employees: (n) => `${n} ${n === 1 ? "employee" : "employees"}`,
  respondents: (n) => `${n} ${n === 1 ? "respondent" : "respondents"}`,
  respondentsLabel: "Respondents",
  raters: (n) => `${n} ${n === 1 ? "rater" : "raters"}`,
  suppressedBelow: (min) => `Suppressed: fewer than ${min} people`,
  complementary: "Suppressed so that other small groups cannot be derived",

  nineBoxTitle: "Talent map (9-box)",
  kinerjaAxis: "Performance (kinerja)",
  potensialAxis: "Potential (potensial)",
  box: (n) => `Box ${n}`,
  drillTitle: (n, description) => `Box ${n}: ${description}`,
  recommendedActions: "Recommended actions",
  close: "Close",
  potensialScore: "Potential score",
  boxChart: "Employees per box",
  boxChartDesc: (total) => `How ${total} employees are spread over the nine boxes of the talent map.`,
  notPlaced: (n) => `${n} ${n === 1 ? "employee" : "employees"} could not be placed (potential score out of range).`,

  competencyTitle: "Competency gaps",
  competency: "Competency",
  requiredLevel: "Required",
  actualLevel: "Actual",
  meanLevel: "Mean actual",
  gap: "Gap",
  jpm: "JPM",
  direction: { below: "Below the standard", meets: "Meets the standard", above: "Above the standard" },
  notAssessed: "Not assessed",
  jpmTotal: (value, category) => `JPM ${value}% (${category})`,
  jpmBelowCue: (n) =>
    `JPM is computed from the sum of all competencies, so a surplus in one hides a shortfall in another: ${n} ${n === 1 ? "competency is" : "competencies are"} still below the standard (see the rows with a negative difference).`,
  jpmIncomplete: (list) => `The JPM cannot be computed yet: not assessed ${list}.`,
  jpmPartial: (list) => `Without the competencies not assessed: ${list}.`,
  groupOf: (n) => `Group of ${n} ${n === 1 ? "employee" : "employees"}`,
  gapChartDesc: "Required and actual level per competency, on levels 1 to 5.",
  peopleBelow: "Below the standard",
  jpmCategories: "JPM categories",

  ikmTitle: "Public satisfaction index (IKM)",
  ikmValue: "IKM score",
  mutu: "Service quality (mutu)",
  unitKinerja: "Service unit performance",
  element: "Service element",
  nrr: "NRR",
  nrrWeighted: "Weighted NRR",
  converted: "Element score (×25)",
  nrrChartDesc: "The score of each service element on the 25 to 100 scale.",
  sampleOk: (respondents, required) => `Sample sufficient: ${respondents} respondents (at least ${required}).`,
  sampleShort: (respondents, required, shortfall) =>
    `Sample not yet sufficient: ${respondents} of at least ${required} respondents (${shortfall} short).`,
  ikmTrend: "IKM trend",
  ikmTrendDesc: "The IKM score per period on the 25 to 100 scale.",
  groupsHeading: "Breakdown by group",
  exactValues: "Exact values (fractions)",
  exactFraction: "fraction",
  group: "Group",

  scorecardTitle: "Employee performance scorecard",
  explanation: "How this was computed",
  indicator: "Indicator",
  weight: "Weight (%)",
  target: "Target",
  realisasi: "Achieved (realisasi)",
  capaian: "Attainment (%)",
  indicatorValue: "Value",
  weighted: "Weighted",
  band: "Band",
  formula: "Formula",
  rounding: (scale, mode) => `Rounded once: ${scale} decimals (${modeEn(mode)})`,
  weightedFormula: "Sum of (weight ÷ 100 × indicator value)",
  capped: "capped",
  hasilRatedDirectly: "Rated directly by the Pejabat Penilai Kinerja (appraising official)",
  quadrantCell: (hasil, perilaku) => `Quadrant: hasil kerja ${hasil} × perilaku kerja ${perilaku}`,
  policyUsed: (title, version) => `Policy: ${title} (version ${version})`,
  behaviourHeading: "Work behaviour (BerAKHLAK)",
  berakhlakCounts: (diatas, sesuai, dibawah) => `${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi`,
  berakhlakRule: (fired, dibawah, diatas) =>
    fired === "dibawah-count"
      ? `Dibawah Ekspektasi because at least ${dibawah} values are Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `Diatas Ekspektasi because at least ${diatas} values are Diatas Ekspektasi`
        : "Sesuai Ekspektasi (no other rule applies)",
  feedbackHeading: "360° feedback (anonymous summary)",
  feedbackOverall: "Overall score",
  feedbackInsufficient: "Not enough feedback to show yet.",
  feedbackReason: (reason, group, n, min) =>
    reason === "below-quorum"
      ? `${group}: ${n} raters, at least ${min} needed`
      : reason === "required-group-missing"
        ? `${group} has not rated yet`
        : reason === "anonymity"
          ? `Too few anonymous raters (${n}, at least ${min})`
          : "No rater group yet",
  value: "Score",
  developmentHeading: "Competency development",
  jpProgress: (total, minimum) => `${total} of ${minimum} JP (learning hours)`,
  jpMet: "This year's JP target is met.",
  jpShort: (shortfall) => `${shortfall} JP short.`,
  decisionsHeading: "Decisions",
  outcomeKinds: {
    reward: "Reward",
    development: "Development",
    remediation: "Coaching (pembinaan)",
    sanction: "Sanction",
    restriction: "Restriction"
  },
  noDecisions: "No decisions for this period.",
  plansHeading: "Remediation plans",
  planStatus: {
    assigned: "Assigned",
    "in-progress": "In progress",
    "re-evaluated": "Re-evaluated",
    closed: "Closed",
    escalated: "Escalated"
  },
  deadline: "Deadline",
  overdue: "overdue",
  plan: "Plan",

  dashboardTitle: "Unit performance dashboard",
  filters: "Filter data",
  allUnits: "All units",
  allJabatan: "All positions",
  distributionHeading: "Predikat distribution",
  distributionDesc: (total) => `Employees per predikat, out of ${total}.`,
  organisation: (predikat) => `Organisation predikat: ${predikat}`,
  kurvaOk: "The distribution meets the curve guidance.",
  kurvaTooSmall: (min) => `The unit is too small to compare with the curve (fewer than ${min} employees).`,
  guideline: (op, predikat, percent, actual) =>
    op === "at-most"
      ? `${predikat}: at most ${percent}%, now ${actual}%.`
      : op === "at-least"
        ? `${predikat}: at least ${percent}%, now ${actual}%.`
        : `${predikat}: must be present, none now.`,
  guidelineRule: (op, predikat, percent) =>
    op === "at-most"
      ? `${predikat} at most ${percent}%`
      : op === "at-least"
        ? `${predikat} at least ${percent}%`
        : `${predikat} must be present`,
  trendHeading: "Predikat trend per period (%)",
  trendDesc: "Share of employees per predikat in each period.",
  employeesHeading: "Employees",
  matching: (n) => `${n} ${n === 1 ? "employee matches" : "employees match"} the filters.`,
  rewardsHeading: "Rewards",
  remediationHeading: "Coaching (pembinaan)",
  trainingHeading: "Competency development compliance",
  trainingSummary: (meets, total) => `${meets} of ${total} employees meet the JP target.`,
  jp: "JP",
  ikmUnitsHeading: "IKM of service units",

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
  legalBasisHeading: "Legal basis",
  policyInvalid: "The policy document is not valid.",

  evalTitle: "Employee performance evaluation (SKP)",
  evalSubject: (employee, period) => `Employee ${employee}, period ${period}`,
  evalPolicy: (title, version, region) => `Policy: ${title} (${region}, version ${version})`,
  evalIllustrative: "Illustrative: this policy is not an official regulation.",
  evalHasilHeading: "Work results (hasil kerja)",
  evalPerilakuHeading: "Work behaviour (BerAKHLAK)",
  evalWeight: (weight) => `weight ${weight}%`,
  evalUnit: (unit) => `unit: ${unit}`,
  evalTarget: "Target",
  evalTargetLower: "Target, lower bound",
  evalTargetUpper: "Target, upper bound",
  evalRealisasi: "Actual (realisasi)",
  evalEvidence: "Evidence link (optional)",
  evalEvidenceOpen: (indicator) => `Open the evidence for ${indicator}`,
  evalCapaian: (percent) => `Achievement ${percent} %`,
  evalFormulaRatio: (realisasi, target) => `= ${realisasi} / ${target} × 100`,
  evalFormulaInverse: (realisasi, target) => `= (2 − ${realisasi} / ${target}) × 100`,
  evalFormulaWithin: "= 100 (realisasi within the target range)",
  evalExact: "Exact values (fractions)",
  evalExactValue: (label, value, weighted) => `${label}: value ${value}, weighted ${weighted}`,
  evalExactSum: (sum) => `Sum ${sum}`,
  evalCapped: (cap) => ` (capped at ${cap} %)`,
  evalHasilRating: "Work results rating (hasil kerja)",
  evalPerilakuRating: "Work behaviour rating (perilaku kerja)",
  evalPreviewTitle: "Preview",
  evalIncomplete: "Complete the fields to see the score and the predikat.",
  evalScore: (score, band) => `Score ${score} (${band})`,
  bandNotPredikat: (band, predikat) =>
    `The score band ${band} describes the work result score only. The predikat ${predikat} combines the work result and work behaviour ratings (the performance quadrant), so the two can differ.`,
  evalRatings: (hasil, perilaku) => `Hasil kerja ${hasil}; perilaku kerja ${perilaku}`,
  evalPredikat: (predikat) => `Predikat: ${predikat}`,
  evalExplanation: "How this was calculated",
  evalWeighted: (label, weight, value, weighted) => `${label}: ${weight}% × ${value} = ${weighted}`,
  evalRounding: (before, scale, mode, text) =>
    `Sum ${before}, rounded once to ${scale} decimals (${modeEn(mode)}): ${text}`,
  evalBand: (label, lower) => `Band ${label} (score ≥ ${lower})`,
  evalMapping: (rating, lower) => `Hasil kerja rating ${rating} (score ≥ ${lower})`,
  evalHasilDirect: (rating) => `Hasil kerja rating ${rating}, given directly by the rating official`,
  evalPerilakuDirect: (rating) => `Perilaku kerja rating ${rating}, given directly`,
  evalBerakhlak: (diatas, sesuai, dibawah, rating) =>
    `BerAKHLAK: ${diatas} Diatas, ${sesuai} Sesuai, ${dibawah} Dibawah Ekspektasi → perilaku kerja ${rating}`,
  evalBerakhlakRule: (fired, dibawah, diatas) =>
    fired === "dibawah-count"
      ? `rule: Dibawah Ekspektasi when at least ${dibawah} values are Dibawah Ekspektasi`
      : fired === "diatas-count"
        ? `rule: Diatas Ekspektasi when at least ${diatas} values are Diatas Ekspektasi`
        : "rule: otherwise Sesuai Ekspektasi",
  evalQuadrant: (hasil, perilaku, predikat) =>
    `Performance quadrant: hasil kerja ${hasil} × perilaku kerja ${perilaku} → ${predikat}`,
  evalLegalBasis: "Legal basis",
  evalCitation: (regulation, article, confirmed) =>
    `${regulation}${article ? `, ${article}` : ""}${confirmed ? "" : " (unconfirmed)"}`,
  evalOutOfRange: (score, min, max) =>
    `The score ${score} is outside the policy's scale (${min}–${max}); check the targets and actuals.`,
  evalDraftNote: "Your entries are kept as a draft on this device until the evaluation is submitted.",
  evalDraftRestored: "The draft saved on this device was restored.",
  evalSubmit: "Submit evaluation",
  evalSubmitted: "The evaluation was submitted.",
  evalFieldsInvalid: (count) => `${count} ${count === 1 ? "field is" : "fields are"} incomplete or not valid.`,
  evalRequired: "Required.",
  evalUrl: "The link must be an http:// or https:// address.",
  evalNoPolicy: "No evaluation policy is set (preset attribute, policy property or JSON script).",
  evalPolicyInvalid: (count) => `The policy document is not valid (${count} ${count === 1 ? "problem" : "problems"}).`,
  evalConfig: (attribute, message) => `Attribute ${attribute}: ${message}`,
  evalProblem: (code, path) =>
    code === "missing"
      ? "Required."
      : code === "negative"
        ? "The actual must not be negative."
        : code === "not-positive"
          ? "The target must be greater than zero."
          : code === "range-inverted"
            ? "The lower bound must not exceed the upper bound."
            : code === "range-expected"
              ? "This indicator needs a target range."
              : code === "number-expected"
                ? "This indicator needs one target number."
                : code === "period-format"
                  ? "The period does not match the policy (for example 2026-Q1, 2026-03 or 2026)."
                  : code === "unknown-scorecard"
                    ? "This scorecard is not in the policy."
                    : code === "duplicate"
                      ? "The indicator is given twice."
                      : code === "not-in-scorecard"
                        ? "The indicator is not on the scorecard."
                        : code === "unexpected"
                          ? "The policy does not use this field."
                          : `Not valid${path ? ` (${path})` : ""}.`
}

/**
 * The catalogue for a locale.
 *
 * @since 0.1.0
 */
export const messages = (locale: Locale): Messages => (locale === "en" ? en : id)
