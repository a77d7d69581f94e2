/**
 * Messages of `<asn-forum-minutes>`, Indonesian (source) and English.
 *
 * @internal
 */
import type { Locale } from "../../locale.js"

const id = {
  title: "Notulen forum warga",
  kinds: {
    "forum-konsultasi-publik": "Forum konsultasi publik",
    "dialog-publik": "Dialog publik",
    "forum-diskusi": "Forum diskusi"
  } as { readonly [K in "forum-konsultasi-publik" | "dialog-publik" | "forum-diskusi"]: string },
  date: "Tanggal",
  place: "Tempat",
  participantsHeading: (n: number) => `Peserta (${n})`,
  issuesHeading: "Masukan dan komitmen",
  issue: "Masukan",
  commitment: "Komitmen",
  owner: "Penanggung jawab",
  due: "Tenggat",
  statuses: {
    open: "Belum ditindaklanjuti",
    "in-progress": "Sedang ditindaklanjuti",
    done: "Selesai",
    dropped: "Dibatalkan"
  } as {
    readonly [K in "open" | "in-progress" | "done" | "dropped"]: string
  },
  overdue: "lewat tenggat",
  noCommitment: "Tanpa komitmen",
  followUp: (done: number, considered: number, percent: string, asOf: string) =>
    `Masukan ditindaklanjuti per ${asOf}: ${done} dari ${considered} komitmen yang jatuh tempo (${percent}%).`,
  followUpNone: (asOf: string) => `Per ${asOf} belum ada komitmen yang jatuh tempo.`
}

/** @internal */
export type ForumMinutesMessages = typeof id

const en: ForumMinutesMessages = {
  title: "Citizen forum minutes",
  kinds: {
    "forum-konsultasi-publik": "Public consultation forum",
    "dialog-publik": "Public dialogue",
    "forum-diskusi": "Discussion forum"
  },
  date: "Date",
  place: "Place",
  participantsHeading: (n) => `Participants (${n})`,
  issuesHeading: "Issues and commitments",
  issue: "Issue",
  commitment: "Commitment",
  owner: "Owner",
  due: "Due",
  statuses: { open: "Not followed up", "in-progress": "In progress", done: "Done", dropped: "Dropped" },
  overdue: "overdue",
  noCommitment: "No commitment",
  followUp: (done, considered, percent, asOf) =>
    `Input followed up as of ${asOf}: ${done} of ${considered} commitments due (${percent}%).`,
  followUpNone: (asOf) => `As of ${asOf} no commitment is due yet.`
}

/** @internal */
export const forumMinutesMessages = (locale: Locale): ForumMinutesMessages => (locale === "en" ? en : id)
