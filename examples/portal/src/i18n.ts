/**
 * The portal's own texts (the widgets translate themselves). Bahasa Indonesia is the source locale, English the
 * second; messages with arguments are functions.
 */
import { formatDecimal, type Locale } from "@pembinaan/widgets"

const id = {
  skip: "Lewati ke konten utama",
  portal: "Portal Pembinaan ASN",
  tagline: (region: string) =>
    `Sistem pembinaan ASN ${region}: evaluasi kinerja triwulanan, survei kepuasan masyarakat, umpan balik 360° dan pengembangan kompetensi.`,
  demoNote:
    "Demo dengan data contoh yang dibangkitkan (fiktif). Kebijakan daerah ini ilustratif, bukan peraturan resmi.",
  region: "Daerah",
  language: "Bahasa",
  nav: "Navigasi utama",
  pages: {
    siklus: "SKP",
    program: "Program",
    beranda: "Beranda",
    evaluasi: "Evaluasi",
    survei: "Survei",
    dasbor: "Dasbor"
  },
  loading: "Memuat data…",
  storageUnavailable: "Penyimpanan browser (IndexedDB) tidak tersedia: isian tidak akan tersimpan.",
  // beranda
  overview: "Ikhtisar",
  asnCount: "Jumlah ASN",
  unitCount: "Perangkat daerah (OPD)",
  meanIkm: "Rata-rata IKM unit layanan",
  goodShare: (period: string) => `Predikat Baik dan Sangat Baik (${period})`,
  behindJp: "ASN belum mencapai 20 JP",
  predikatDistribution: (period: string) => `Sebaran predikat kinerja ${period}`,
  predikat: "Predikat",
  count: "Jumlah",
  percent: "Persen",
  warnings: "Catatan sebaran (SE MenPAN-RB 2023)",
  noWarnings: "Sebaran memenuhi pedoman untuk organisasi berpredikat Baik.",
  op: { "at-most": "maks.", "at-least": "min.", present: "ada" } as Record<string, string>,
  policy: "Kebijakan penilaian",
  policyVersion: (v: string) => `versi ${v}`,
  illustrative: "ilustratif",
  scorecards: "Kartu skor dan bobot indikator",
  indicator: "Indikator",
  category: "Kategori",
  weight: "Bobot",
  legalBasis: "Dasar hukum",
  unconfirmed: "belum terkonfirmasi",
  units: "Unit kerja",
  unit: "Unit",
  service: "Layanan",
  internalUnit: "unit internal",
  // evaluasi
  evaluation: "Evaluasi kinerja triwulanan",
  employee: "Pegawai",
  employeeHint: "Ketik nama atau nomor pegawai, lalu pilih dengan panah dan Enter.",
  employeeMatches: (n: number) => `${n} pegawai cocok.`,
  employeeNone: "Tidak ada pegawai yang cocok.",
  period: "Periode",
  jabatan: "Jabatan",
  measurements: "Capaian indikator",
  target: "Target",
  realisasi: "Realisasi",
  berakhlak: "Perilaku kerja (BerAKHLAK)",
  perilaku: "Rating perilaku kerja",
  preview: "Hasil menurut kebijakan",
  score: "Nilai",
  band: "Kategori nilai",
  bandNotPredikat: (band: string, predikat: string) =>
    `Kategori nilai ${band} hanya menggambarkan nilai hasil kerja. Predikat ${predikat} memadukan rating hasil kerja dan rating perilaku kerja (kuadran kinerja), sehingga keduanya bisa berbeda.`,
  hasilKerja: "Rating hasil kerja",
  perilakuKerja: "Rating perilaku kerja",
  save: "Simpan evaluasi",
  evaluationHint:
    "Formulir terisi dengan evaluasi periode ini yang tersimpan; ubah target, realisasi atau rating perilaku, pratinjau nilai dan predikat langsung dihitung ulang. Evaluasi yang disimpan menggantikan data periode ini.",
  saved: (name: string, period: string) => `Evaluasi ${name} untuk ${period} tersimpan.`,
  invalid: (n: number) => `${n} isian belum benar.`,
  edited: "diubah di browser ini",
  // annual result and consequences
  annualTitle: (year: number) => `Hasil tahunan ${year}`,
  annualStrategy: {
    "annual-only":
      "Predikat tahunan ditetapkan dari evaluasi tahunan tersendiri (aturan nasional); hasil triwulan tidak digabungkan menjadi nilai rata-rata.",
    last: "Predikat tahunan adalah predikat triwulan terakhir yang dinilai.",
    worst: "Predikat tahunan adalah predikat triwulan yang terburuk.",
    mean: "Nilai tahunan adalah rata-rata nilai triwulan; hasil kerja dari pita nilai, perilaku kerja yang terburuk dari triwulan yang dipakai, predikat dari kuadran.",
    trend:
      "Nilai tahunan adalah rata-rata berbobot triwulan (triwulan terakhir berbobot terbesar); predikat dari kuadran."
  } as Record<string, string>,
  annualMissingRule: (reject: boolean, n: number) =>
    reject ? `Semua ${n} triwulan wajib dinilai.` : `Paling sedikit ${n} triwulan harus dinilai.`,
  annualScore: "Nilai tahunan",
  annualPredikat: "Predikat tahunan",
  periodsUsed: "Triwulan yang dipakai",
  quartersMissing: "Triwulan yang belum dinilai",
  quartersLate: "Triwulan yang dinilai terlambat (tetap dipakai)",
  lateLine: (period: string, entered: string, due: string) => `${period}: dimasukkan ${entered}, tenggat ${due}`,
  none: "tidak ada",
  annualNeedsPeriods: (missing: string, n: number) =>
    `Predikat tahunan belum dapat ditetapkan: triwulan ${missing} belum dinilai, padahal kebijakan mensyaratkan ${n} triwulan.`,
  annualNeedsAnnual: (year: number) =>
    `Predikat tahunan belum dapat ditetapkan: kebijakan daerah ini memakai evaluasi tahunan tersendiri, dan evaluasi tahunan ${year} belum dimasukkan.`,
  annualFailed: "Predikat tahunan tidak dapat dihitung dari data triwulan ini.",
  consequencesTitle: (year: number) => `Tindak lanjut hasil kinerja ${year}`,
  consequencesIntro: (predikat: string, asOf: string) =>
    `Dihitung dari predikat triwulanan (terakhir: ${predikat}) per ${asOf} dengan aturan daerah.`,
  rewards: "Penghargaan",
  coaching: "Pembinaan",
  developmentTitle: "Pengembangan kompetensi",
  sanctions: "Sanksi dan pembatasan",
  noneGiven: "Tidak ada.",
  because: "Alasan",
  planLine: (label: string, deadline: string, followUp: string) =>
    `${label}: selesai paling lambat ${deadline}, tindak lanjut ${followUp}`,
  tpp: "Tambahan penghasilan (TPP)",
  tppLine: (percent: string, predikat: string) => `Komponen kinerja dibayar ${percent}% untuk predikat ${predikat}.`,
  tppPolicy: (name: string) => `Menurut contoh kebijakan TPP (${name}), bukan Perkada daerah ini.`,
  satyalancana: "Satyalancana Karya Satya",
  satyaEligible: (label: string, years: number, from: string) =>
    `Memenuhi syarat: ${label} (masa kerja ${years} tahun sejak ${from}).`,
  satyaNot: (years: number, minimum: number, from: string) =>
    `Belum memenuhi syarat: masa kerja ${years} tahun sejak ${from}, paling sedikit ${minimum} tahun.`,
  satyaDisqualified: "Tidak memenuhi syarat karena riwayat hukuman disiplin.",
  tmtNote: "TMT CPNS dalam data contoh bersifat ilustratif.",
  recommendations: "Rekomendasi pengembangan dari pemetaan kompetensi",
  gapWord: "kesenjangan",
  unknownRules: (n: number) => `${n} aturan tidak dapat dinilai karena datanya tidak ada di portal ini.`,
  stepSkipped: "Tidak dihitung",
  stepFailed: "Gagal dihitung dari data contoh.",
  history: "Riwayat 2026",
  trace: "Penjelasan perhitungan",
  weightedFormula: "Nilai hasil kerja = jumlah dari (bobot ÷ 100 × nilai indikator).",
  capaianHeading: "Capaian (%)",
  weightedHeading: "Tertimbang",
  cappedNote: "dibatasi",
  sumLine: (sum: string, rounded: string, scale: number, mode: string, band: string, rating: string) =>
    `Jumlah ${sum}, dibulatkan satu kali ke ${scale} desimal (${mode === "half-up" ? "angka 5 dibulatkan ke atas" : mode === "half-even" ? "angka 5 dibulatkan ke angka genap" : "aturan pembulatan kebijakan"}): ${rounded} → kategori ${band} → rating hasil kerja ${rating}.`,
  exactHeading: "Nilai pasti (pecahan)",
  exactLine: (label: string, value: string) => `${label}: ${value}`,
  feedback: "Umpan balik 360°",
  feedbackIntro:
    "Anonim: nama penilai tidak pernah ditampilkan; kelompok dengan penilai terlalu sedikit disembunyikan.",
  raterGroup: "Kelompok penilai",
  raterGroups: {
    atasan: "Atasan",
    "rekan-kerja": "Rekan kerja",
    bawahan: "Bawahan",
    "diri-sendiri": "Diri sendiri",
    "pihak-lain": "Pihak lain"
  } as Record<string, string>,
  feedbackSaved: "Umpan balik tersimpan. Terima kasih.",
  feedbackResult: (raters: number) => `Hasil 360° (${raters} penilai)`,
  feedbackInsufficient: "Belum cukup penilai untuk menampilkan hasil.",
  overall: "Keseluruhan",
  // survei
  survey: "Survei Kepuasan Masyarakat",
  surveyIntro:
    "Pilih unit layanan yang Anda nilai. Jawaban tersimpan di browser ini dan langsung menghitung ulang IKM unit.",
  serviceUnit: "Unit layanan",
  ikmOf: (unit: string) => `IKM ${unit}`,
  ikm: "IKM",
  nilai: "Nilai IKM",
  mutu: "Mutu pelayanan",
  kinerja: "Kinerja unit",
  respondents: "Responden",
  submittedHere: (n: number) => `${n} dari browser ini`,
  sample: (required: number, ok: boolean, shortfall: number) =>
    ok
      ? `Sampel cukup (minimal ${required}, Krejcie–Morgan)`
      : `Sampel kurang ${shortfall} dari minimal ${required} (Krejcie–Morgan)`,
  surveySaved: (nilai: string) => `Terima kasih. Jawaban Anda tersimpan; IKM unit sekarang ${nilai}.`,
  newSurvey: "Isi survei baru",
  // dasbor
  dashboards: "Dasbor",
  unitDashboard: "Kinerja per unit",
  meanScore: "Rata-rata nilai",
  ikmReport: "Laporan IKM per unit layanan",
  nineBox: "Peta talenta (9-box)",
  box: "Kotak",
  scorecard: "Kartu kinerja pegawai",
  competencyGap: "Kesenjangan kompetensi",
  competency: "Kompetensi",
  required: "Standar",
  actual: "Aktual",
  gap: "Selisih",
  notAssessed: "belum dinilai",
  jpm: "JPM",
  jp: "Jam pelajaran (JP) 2026",
  meetsJp: "memenuhi 20 JP",
  shortJp: (s: string) => `kurang ${s} JP`,
  policyView: "Kebijakan daerah",
  selectEmployee: "Pilih pegawai",
  reset: "Hapus isian di browser ini",
  resetDone: "Isian di browser ini untuk daerah ini telah dihapus.",
  footer:
    "Dibangun dengan @pembinaan/core dan @pembinaan/widgets. Data contoh fiktif, dibangkitkan secara deterministik.",
  footerServer:
    "Dibangun dengan @pembinaan/core dan @pembinaan/widgets. Data tersimpan di server pembinaan (mode demo: orang dan unit fiktif).",
  docs: "Dokumentasi"
}

/** The portal's messages. */
export type Texts = typeof id

const en: Texts = {
  skip: "Skip to main content",
  portal: "Civil Servant Development Portal",
  tagline: (region) =>
    `ASN development system of ${region}: quarterly performance evaluation, citizen satisfaction surveys, 360° feedback and competency development.`,
  demoNote:
    "Demo with generated (fictional) sample data. This region's policy is illustrative, not an official regulation.",
  region: "Region",
  language: "Language",
  nav: "Main navigation",
  pages: {
    siklus: "SKP",
    program: "Programmes",
    beranda: "Home",
    evaluasi: "Evaluation",
    survei: "Survey",
    dasbor: "Dashboards"
  },
  loading: "Loading data…",
  storageUnavailable: "Browser storage (IndexedDB) is unavailable: entries will not be saved.",
  overview: "Overview",
  asnCount: "Civil servants",
  unitCount: "Agencies (OPD)",
  meanIkm: "Mean IKM of service units",
  goodShare: (period) => `Rated Baik or Sangat Baik (${period})`,
  behindJp: "Below 20 training hours (JP)",
  predikatDistribution: (period) => `Performance ratings ${period}`,
  predikat: "Predikat",
  count: "Count",
  percent: "Percent",
  warnings: "Distribution notes (MenPAN-RB circular 2023)",
  noWarnings: "The distribution meets the guideline for an organisation rated Baik.",
  op: { "at-most": "at most", "at-least": "at least", present: "present" },
  policy: "Evaluation policy",
  policyVersion: (v) => `version ${v}`,
  illustrative: "illustrative",
  scorecards: "Scorecards and indicator weights",
  indicator: "Indicator",
  category: "Category",
  weight: "Weight",
  legalBasis: "Legal basis",
  unconfirmed: "unconfirmed",
  units: "Units",
  unit: "Unit",
  service: "Service",
  internalUnit: "internal unit",
  evaluation: "Quarterly performance evaluation",
  employee: "Employee",
  employeeHint: "Type a name or an employee number, then choose with the arrow keys and Enter.",
  employeeMatches: (n) => `${n} matching ${n === 1 ? "employee" : "employees"}.`,
  employeeNone: "No employee matches.",
  period: "Period",
  jabatan: "Position level",
  measurements: "Indicator results",
  target: "Target",
  realisasi: "Actual",
  berakhlak: "Work behaviour (BerAKHLAK)",
  perilaku: "Work behaviour rating",
  preview: "Result under the policy",
  score: "Score",
  band: "Score band",
  bandNotPredikat: (band, predikat) =>
    `The score band ${band} describes the work result score only. The predikat ${predikat} combines the work result and work behaviour ratings (the performance quadrant), so the two can differ.`,
  hasilKerja: "Work results rating",
  perilakuKerja: "Work behaviour rating",
  save: "Save evaluation",
  evaluationHint:
    "The form starts from this period's stored evaluation; change targets, actual values or behaviour ratings and the score and predikat preview update at once. A saved evaluation replaces this period's data.",
  saved: (name, period) => `Evaluation of ${name} for ${period} saved.`,
  invalid: (n) => `${n} field(s) need attention.`,
  edited: "edited in this browser",
  // annual result and consequences
  annualTitle: (year: number) => `Annual result ${year}`,
  annualStrategy: {
    "annual-only":
      "The annual predikat comes from a separate annual evaluation (national rule); quarterly results are not averaged.",
    last: "The annual predikat is the predikat of the last evaluated quarter.",
    worst: "The annual predikat is the predikat of the worst quarter.",
    mean: "The annual score is the mean of the quarterly scores; hasil kerja from the score bands, perilaku kerja the worst of the quarters used, predikat from the quadrant.",
    trend:
      "The annual score is a weighted mean of the quarters (the last quarter weighs most); predikat from the quadrant."
  } as Record<string, string>,
  annualMissingRule: (reject: boolean, n: number) =>
    reject ? `All ${n} quarters must be evaluated.` : `At least ${n} quarters must be evaluated.`,
  annualScore: "Annual score",
  annualPredikat: "Annual predikat",
  periodsUsed: "Quarters used",
  quartersMissing: "Quarters not evaluated",
  quartersLate: "Quarters evaluated late (still used)",
  lateLine: (period: string, entered: string, due: string) => `${period}: entered ${entered}, due ${due}`,
  none: "none",
  annualNeedsPeriods: (missing: string, n: number) =>
    `The annual predikat cannot be set yet: quarter ${missing} has not been evaluated, and the policy requires ${n} quarters.`,
  annualNeedsAnnual: (year: number) =>
    `The annual predikat cannot be set yet: this region's policy uses a separate annual evaluation, and the ${year} annual evaluation has not been entered.`,
  annualFailed: "The annual predikat cannot be computed from these quarterly data.",
  consequencesTitle: (year: number) => `What follows from the ${year} results`,
  consequencesIntro: (predikat: string, asOf: string) =>
    `Computed from the quarterly predikat (latest: ${predikat}) as of ${asOf} with the region's rules.`,
  rewards: "Rewards",
  coaching: "Coaching",
  developmentTitle: "Competency development",
  sanctions: "Sanctions and restrictions",
  noneGiven: "None.",
  because: "Why",
  planLine: (label: string, deadline: string, followUp: string) =>
    `${label}: due by ${deadline}, follow-up on ${followUp}`,
  tpp: "Performance allowance (TPP)",
  tppLine: (percent: string, predikat: string) => `The kinerja part is paid at ${percent}% for predikat ${predikat}.`,
  tppPolicy: (name: string) => `Under an example TPP policy (${name}), not this region's Perkada.`,
  satyalancana: "Satyalancana Karya Satya",
  satyaEligible: (label: string, years: number, from: string) =>
    `Eligible: ${label} (${years} years of service since ${from}).`,
  satyaNot: (years: number, minimum: number, from: string) =>
    `Not yet eligible: ${years} years of service since ${from}, at least ${minimum} years needed.`,
  satyaDisqualified: "Not eligible because of a disciplinary record.",
  tmtNote: "The TMT CPNS in the sample data is illustrative.",
  recommendations: "Development recommendations from the competency mapping",
  gapWord: "gap",
  unknownRules: (n: number) => `${n} rules could not be decided because their data is not in this portal.`,
  stepSkipped: "Not computed",
  stepFailed: "Could not be computed from the sample data.",
  history: "2026 history",
  trace: "How it was computed",
  weightedFormula: "Work result score = sum of (weight ÷ 100 × indicator value).",
  capaianHeading: "Achievement (%)",
  weightedHeading: "Weighted",
  cappedNote: "capped",
  sumLine: (sum, rounded, scale, mode, band, rating) =>
    `Sum ${sum}, rounded once to ${scale} decimals (${mode === "half-up" ? "halves round up" : mode === "half-even" ? "halves round to even" : "the policy's rounding"}): ${rounded} → band ${band} → work result rating ${rating}.`,
  exactHeading: "Exact values (fractions)",
  exactLine: (label, value) => `${label}: ${value}`,
  feedback: "360° feedback",
  feedbackIntro: "Anonymous: raters are never shown; groups with too few raters are hidden.",
  raterGroup: "Rater group",
  raterGroups: {
    atasan: "Supervisor",
    "rekan-kerja": "Peer",
    bawahan: "Subordinate",
    "diri-sendiri": "Self",
    "pihak-lain": "Other"
  },
  feedbackSaved: "Feedback saved. Thank you.",
  feedbackResult: (raters) => `360° result (${raters} raters)`,
  feedbackInsufficient: "Not enough raters to show a result yet.",
  overall: "Overall",
  survey: "Citizen Satisfaction Survey",
  surveyIntro:
    "Choose the service unit you are rating. Answers are stored in this browser and recompute the unit's IKM at once.",
  serviceUnit: "Service unit",
  ikmOf: (unit) => `IKM of ${unit}`,
  ikm: "IKM",
  nilai: "IKM score",
  mutu: "Service quality",
  kinerja: "Unit performance",
  respondents: "Respondents",
  submittedHere: (n) => `${n} from this browser`,
  sample: (required, ok, shortfall) =>
    ok
      ? `Sample sufficient (at least ${required}, Krejcie–Morgan)`
      : `Sample short by ${shortfall} of ${required} (Krejcie–Morgan)`,
  surveySaved: (nilai) => `Thank you. Your answers are saved; the unit's IKM is now ${nilai}.`,
  newSurvey: "Fill in a new survey",
  dashboards: "Dashboards",
  unitDashboard: "Performance by unit",
  meanScore: "Mean score",
  ikmReport: "IKM report by service unit",
  nineBox: "Talent map (9-box)",
  box: "Box",
  scorecard: "Employee scorecard",
  competencyGap: "Competency gap",
  competency: "Competency",
  required: "Standard",
  actual: "Actual",
  gap: "Gap",
  notAssessed: "not assessed",
  jpm: "JPM",
  jp: "Training hours (JP) 2026",
  meetsJp: "meets 20 JP",
  shortJp: (s) => `${s} JP short`,
  policyView: "Regional policy",
  selectEmployee: "Choose an employee",
  reset: "Clear entries in this browser",
  resetDone: "Entries in this browser for this region were cleared.",
  footer: "Built with @pembinaan/core and @pembinaan/widgets. Fictional sample data, generated deterministically.",
  footerServer:
    "Built with @pembinaan/core and @pembinaan/widgets. Data kept on the pembinaan server (demo mode: fictional people and units).",
  docs: "Documentation"
}

/** The texts of a locale. */
export const texts = (locale: Locale): Texts => (locale === "en" ? en : id)

/** A decimal from core (`"105.75"`) in the locale: `105,75` in Indonesian. */
export const decimal = (text: string, locale: Locale): string => formatDecimal(text, locale)

/** A number in the locale. */
export const num = (value: number, locale: Locale, digits = 0): string =>
  new Intl.NumberFormat(locale === "en" ? "en" : "id-ID", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  }).format(value)
