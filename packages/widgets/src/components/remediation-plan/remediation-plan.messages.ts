/**
 * Messages of `<asn-remediation-plan>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Locale } from "../../locale.js"

const id = {
  title: "Rencana pembinaan",
  employee: "Pegawai",
  type: "Jenis",
  konselor: "Konselor (ditunjuk BKPSDM)",
  assignedOn: "Ditetapkan",
  deadline: "Batas waktu",
  followUpOn: "Evaluasi lanjutan",
  overdue: "Melewati batas waktu",
  steps: ["Ditetapkan", "Berjalan", "Dievaluasi ulang", "Selesai"] as readonly [string, string, string, string],
  statuses: {
    assigned: "Ditetapkan",
    "in-progress": "Berjalan",
    "re-evaluated": "Dievaluasi ulang",
    closed: "Selesai",
    escalated: "Dieskalasi"
  } as { readonly [K in "assigned" | "in-progress" | "re-evaluated" | "closed" | "escalated"]: string },
  progress: "Tahapan",
  evidenceHeading: "Bukti",
  evidenceRequired: "Bukti yang diperlukan untuk menutup rencana",
  evidenceMissing: "belum ada",
  evidenceHave: "ada",
  noEvidence: "Belum ada bukti.",
  reEvaluation: (result: "improved" | "not-improved", on: string) =>
    `Evaluasi ulang ${on}: ${result === "improved" ? "membaik" : "belum membaik"}`,
  escalatedTo: (id: string) => `Dieskalasi ke rencana ${id}`,
  logHeading: "Riwayat",
  date: "Tanggal",
  step: "Langkah",
  by: "Oleh",
  kind: "Jenis bukti",
  reference: "Rujukan"
}

/** @internal */
export type RemediationPlanMessages = typeof id

const en: RemediationPlanMessages = {
  title: "Coaching plan (rencana pembinaan)",
  employee: "Employee",
  type: "Type",
  konselor: "Konselor (designated by BKPSDM)",
  assignedOn: "Assigned",
  deadline: "Deadline",
  followUpOn: "Follow-up evaluation",
  overdue: "Past the deadline",
  steps: ["Assigned", "In progress", "Re-evaluated", "Closed"],
  statuses: {
    assigned: "Assigned",
    "in-progress": "In progress",
    "re-evaluated": "Re-evaluated",
    closed: "Closed",
    escalated: "Escalated"
  },
  progress: "Stages",
  evidenceHeading: "Evidence",
  evidenceRequired: "Evidence required to close the plan",
  evidenceMissing: "missing",
  evidenceHave: "present",
  noEvidence: "No evidence yet.",
  reEvaluation: (result, on) => `Re-evaluated ${on}: ${result === "improved" ? "improved" : "not improved"}`,
  escalatedTo: (id) => `Escalated to plan ${id}`,
  logHeading: "History",
  date: "Date",
  step: "Step",
  by: "By",
  kind: "Evidence kind",
  reference: "Reference"
}

/** @internal */
export const remediationPlanMessages = (locale: Locale): RemediationPlanMessages => (locale === "en" ? en : id)
