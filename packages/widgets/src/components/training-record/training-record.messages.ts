/**
 * Messages of `<asn-training-record>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Locale } from "../../locale.js"

const id = {
  title: "Kehadiran dan hasil pelatihan",
  session: "Sesi (tanggal)",
  noSession: "Tanpa pencatatan kehadiran",
  attended: "Hadir",
  postTest: "Nilai tes akhir (0–100, opsional)",
  outcome: "Hasil",
  outcomes: { "": "Belum ditentukan", passed: "Lulus", failed: "Tidak lulus" } as {
    readonly [K in "" | "passed" | "failed"]: string
  },
  completedOn: "Tanggal selesai",
  submit: "Simpan catatan",
  saved: "Catatan pelatihan tersimpan.",
  badScore: (name: string) => `Nilai tes akhir ${name} harus angka 0 sampai 100.`,
  needCompletedOn: "Isi tanggal selesai untuk peserta yang diberi hasil.",
  misconfigured: "Data pelatihan tidak valid.",
  participants: (n: number) => `${n} peserta`,
  enrolmentStatus: {
    enrolled: "terdaftar",
    withdrawn: "mengundurkan diri",
    completed: "selesai",
    "not-completed": "tidak selesai"
  } as { readonly [K in "enrolled" | "withdrawn" | "completed" | "not-completed"]: string }
}

/** @internal */
export type TrainingRecordMessages = typeof id

const en: TrainingRecordMessages = {
  title: "Training attendance and results",
  session: "Session (date)",
  noSession: "No attendance taken",
  attended: "Present",
  postTest: "Post-test score (0–100, optional)",
  outcome: "Result",
  outcomes: { "": "Not decided", passed: "Passed", failed: "Not passed" },
  completedOn: "Completion date",
  submit: "Save record",
  saved: "Training record saved.",
  badScore: (name) => `${name}'s post-test score must be a number from 0 to 100.`,
  needCompletedOn: "Give the completion date for participants with a result.",
  misconfigured: "The training data is not valid.",
  participants: (n) => `${n} ${n === 1 ? "participant" : "participants"}`,
  enrolmentStatus: {
    enrolled: "enrolled",
    withdrawn: "withdrawn",
    completed: "completed",
    "not-completed": "not completed"
  }
}

/** @internal */
export const trainingRecordMessages = (locale: Locale): TrainingRecordMessages => (locale === "en" ? en : id)
