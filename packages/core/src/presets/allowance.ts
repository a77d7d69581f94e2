/**
 * Two regional-style TPP (Tambahan Penghasilan Pegawai) policies, as examples. Data only. Neither is a region's
 * Perkada: they reproduce the deduction tables read from two public codebases (REFERENCE.md §8.2) and fill the rest
 * with illustrative values marked as such. A region copies one and replaces the values with its own Perkada.
 *
 * @since 0.1.0
 */
import type { Policy, TimeRule } from "../Allowance.js"
import type { Citation } from "../LegalBasis.js"

const frame: Citation = {
  regulation: "PP 12/2019",
  article: "Pasal 58; Kepmendagri 900-4700/2020",
  note: {
    id: "Kerangka nasional menurut ringkasan sumber sekunder (scribd 693945637).",
    en: "National frame as summarised by a secondary source (scribd 693945637)."
  },
  confirmed: false
}
const split6040: Citation = {
  regulation: "Perkada (various regions)",
  note: {
    id: "Pembagian 60% kinerja / 40% disiplin lazim dalam Perkada; tidak ditemukan teks nasional yang mewajibkannya.",
    en: "The 60% kinerja / 40% disiplin split is common in Perkada; no national text mandating it was found."
  },
  confirmed: false
}

const notPaid = [
  ["tanpa-jabatan", "Tidak memiliki jabatan"],
  ["diberhentikan-sementara", "Diberhentikan sementara"],
  ["uang-tunggu", "Menerima uang tunggu"],
  ["mpp", "Masa persiapan pensiun"],
  ["cltn", "Cuti di luar tanggungan negara"],
  ["cuti-besar", "Cuti besar"],
  ["penugasan-luar-pemda", "Ditugaskan di luar pemerintah daerah"],
  ["pidana-inkracht", "Menjalani pidana penjara berdasarkan putusan berkekuatan hukum tetap"],
  ["tunjangan-profesi-guru", "Guru penerima tunjangan profesi"]
].map(([code, label]) => ({ code: code as string, label: label as string, legalBasis: [frame] }))

const deferred = [
  ["lhkpn-terlambat", "LHKPN terlambat dilaporkan"],
  ["lhkasn-terlambat", "LHKASN terlambat dilaporkan"],
  ["spt-terlambat", "SPT tahunan terlambat dilaporkan"]
].map(([code, label]) => ({ code: code as string, label: label as string, legalBasis: [frame] }))

const manadoCode: Citation = {
  regulation: "BKPSDM Kota Manado application (public code AndantioKorah/bkpsdmaio)",
  article: "application/config/constants.php; TPP model getTppPegawai / getAbsensiPegawai",
  note: { id: "Dibaca dari kode publik, bukan dari Perwako.", en: "Read from public code, not from a Perwako." },
  confirmed: false
}

const manadoBlocks = (graceSeconds: number): TimeRule => ({
  graceSeconds,
  table: {
    rounding: { scale: 0, mode: "ceiling" },
    range: { min: 0, max: 1440 },
    outOfRange: "clamp",
    bands: [
      { label: "tepat waktu", lower: 0 },
      { label: "blok 1 (0–30 menit]", lower: 1, upper: 30 },
      { label: "blok 2 (30–60 menit]", lower: 31, upper: 60 },
      { label: "blok 3 (> 60 menit)", lower: 61, upper: 1440 }
    ],
    legalBasis: [manadoCode]
  },
  percent: { "tepat waktu": 0, "blok 1 (0–30 menit]": 1, "blok 2 (30–60 menit]": 2, "blok 3 (> 60 menit)": 3 }
})

/**
 * Manado-style TPP: 60/40; the kinerja part by a capaian percent (SKP plus activity components, computed by the
 * caller); per day: absent without a document 10 %, lateness in 30-minute blocks (0, 30] → 1 %, (30, 60] → 2 %,
 * > 60 → 3 % after a 59-second grace (exact minutes rounded up to whole minutes), early leave in the same blocks
 * (no grace: an illustrative choice), no clock-out 3 %, no clock-in 3 % (illustrative: treated like the top block),
 * missed apel 0 % (not in the source), approved documents 0 %. Whole rupiah, rounded down.
 *
 * @category presets
 * @since 0.1.0
 */
export const manado: Policy = {
  name: "Contoh gaya Kota Manado",
  rounding: { scale: 0, mode: "down" },
  split: { kinerja: 60, disiplin: 40, legalBasis: [split6040, manadoCode] },
  kinerja: { by: "capaian" },
  deductions: {
    lateness: manadoBlocks(59),
    earlyLeave: manadoBlocks(0),
    absent: 10,
    noClockIn: 3,
    noClockOut: 3,
    missedApel: 0,
    documented: { izin: 0, sakit: 0, cuti: 0, dinas: 0 },
    legalBasis: [manadoCode]
  },
  disciplineCut: "total",
  notPaid,
  deferred,
  legalBasis: [frame, manadoCode]
}

const tubaCode: Citation = {
  regulation: 'Diskominfo "Tuba" application (public code diskominfotuba/siaptuba-web)',
  article: "resources/views/components/_modal_rumus_tpp.blade.php",
  note: {
    id: 'Dibaca dari kode publik; daerahnya (kemungkinan Kab. Tulang Bawang) BELUM TERKONFIRMASI. "> 91 menit" membuat tepat 91 menit tidak masuk pita mana pun; nilai itu dimasukkan ke pita terakhir.',
    en: 'Read from public code; the region (probably Kab. Tulang Bawang) is UNCONFIRMED. "> 91 menit" leaves exactly 91 unassigned; it is put in the last band.'
  },
  confirmed: false
}

const tubaBands = (): TimeRule => ({
  graceSeconds: 0,
  table: {
    rounding: { scale: 0, mode: "floor" },
    range: { min: 0, max: 1440 },
    outOfRange: "clamp",
    bands: [
      { label: "tepat waktu", lower: 0 },
      { label: "1 s.d. < 31 menit", lower: 1 },
      { label: "31 s.d. < 61 menit", lower: 31 },
      { label: "61 s.d. < 91 menit", lower: 61 },
      { label: "≥ 91 menit", lower: 91 }
    ],
    legalBasis: [tubaCode]
  },
  percent: {
    "tepat waktu": 0,
    "1 s.d. < 31 menit": 0.5,
    "31 s.d. < 61 menit": 1,
    "61 s.d. < 91 menit": 1.25,
    "≥ 91 menit": 1.5
  }
})

/**
 * "Tuba"-style TPP: 60/40; the kinerja part by predikat (illustrative percents: Sangat Baik and Baik 100, Butuh
 * Perbaikan 80, Kurang/Misconduct 60, Sangat Kurang 40); lateness bands 1 to < 31 minutes → 0.5 %, 31 to < 61 → 1 %,
 * 61 to < 91 → 1.25 %, 91 and more → 1.5 % (exact minutes rounded down to whole minutes; exactly 91 in the last band);
 * no attendance record → 1.5 %; missed apel or upacara → 2 %; early leave in the same bands, no clock-out 1.5 % and
 * absence 3 % (illustrative); approved documents 0 %. Whole rupiah, rounded half-up.
 *
 * @category presets
 * @since 0.1.0
 */
export const tuba: Policy = {
  name: 'Contoh gaya "Tuba"',
  rounding: { scale: 0, mode: "half-up" },
  split: { kinerja: 60, disiplin: 40, legalBasis: [split6040] },
  kinerja: {
    by: "predikat",
    percent: { "Sangat Baik": 100, Baik: 100, "Butuh Perbaikan": 80, "Kurang/Misconduct": 60, "Sangat Kurang": 40 }
  },
  deductions: {
    lateness: tubaBands(),
    earlyLeave: tubaBands(),
    absent: 3,
    noClockIn: 1.5,
    noClockOut: 1.5,
    missedApel: 2,
    documented: { izin: 0, sakit: 0, cuti: 0, dinas: 0 },
    legalBasis: [tubaCode]
  },
  disciplineCut: "total",
  notPaid,
  deferred,
  legalBasis: [frame, tubaCode]
}
