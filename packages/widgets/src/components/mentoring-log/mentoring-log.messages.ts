/**
 * Messages of `<asn-mentoring-log>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Locale } from "../../locale.js"

const id = {
  title: "Catatan mentoring ASN baru",
  mentee: "Mentee",
  mentor: "Mentor",
  period: "Masa mentoring",
  menteeStatus: { cpns: "CPNS (masa percobaan)", "pns-tahun-pertama": "PNS tahun pertama" } as {
    readonly [K in "cpns" | "pns-tahun-pertama"]: string
  },
  statuses: { active: "Berjalan", completed: "Selesai", cancelled: "Dibatalkan" } as {
    readonly [K in "active" | "completed" | "cancelled"]: string
  },
  sessionsHeading: "Sesi mentoring",
  sessionsCount: (n: number, min: number | null) => (min === null ? `${n} sesi` : `${n} dari minimal ${min} sesi`),
  noSessions: "Belum ada sesi.",
  date: "Tanggal",
  topic: "Topik",
  outcome: "Hasil",
  minutes: "Menit",
  assessmentHeading: "Penilaian akhir mentoring",
  noAssessment: "Belum dinilai.",
  assessment: (score: string, passed: boolean) => `Nilai ${score}: ${passed ? "lulus" : "belum lulus"}`,
  mentorChanged: (names: string) => `Pergantian mentor: ${names}`,
  addHeading: "Tambah sesi mentoring",
  add: "Simpan sesi",
  saved: "Sesi disimpan.",
  problems: {
    on: "Isi tanggal sesi.",
    topic: "Isi topik sesi.",
    outcome: "Isi hasil sesi.",
    period: "Tanggal sesi harus di dalam masa mentoring.",
    minutes: "Menit harus bilangan bulat positif.",
    required: "Tambahkan satu sesi mentoring."
  }
}

/** @internal */
export type MentoringLogMessages = typeof id

const en: MentoringLogMessages = {
  title: "New ASN mentoring log",
  mentee: "Mentee",
  mentor: "Mentor",
  period: "Mentoring period",
  menteeStatus: { cpns: "CPNS (probation)", "pns-tahun-pertama": "PNS, first year" },
  statuses: { active: "Active", completed: "Completed", cancelled: "Cancelled" },
  sessionsHeading: "Mentoring sessions",
  sessionsCount: (n, min) => (min === null ? `${n} sessions` : `${n} of at least ${min} sessions`),
  noSessions: "No sessions yet.",
  date: "Date",
  topic: "Topic",
  outcome: "Outcome",
  minutes: "Minutes",
  assessmentHeading: "End-of-mentoring assessment",
  noAssessment: "Not assessed yet.",
  assessment: (score, passed) => `Score ${score}: ${passed ? "passed" : "not passed"}`,
  mentorChanged: (names) => `Mentor changes: ${names}`,
  addHeading: "Add a mentoring session",
  add: "Save session",
  saved: "Session saved.",
  problems: {
    on: "Enter the session date.",
    topic: "Enter the session topic.",
    outcome: "Enter the session outcome.",
    period: "The session date must be within the mentoring period.",
    minutes: "Minutes must be a positive whole number.",
    required: "Add a mentoring session."
  }
}

/** @internal */
export const mentoringLogMessages = (locale: Locale): MentoringLogMessages => (locale === "en" ? en : id)
