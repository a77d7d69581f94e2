/**
 * The server-backed part of the portal: the demo sign-in (pick a demo user of a region) and the SKP cycle page,
 * where each role sees its own view through `@pembinaan/server`:
 *
 * - the pegawai: their own cycles (propose the plan, record realisasi, acknowledge the result, file a keberatan,
 *   see the year's result, its consequences and their development plan);
 * - the pejabat penilai: the cycles of their staff (agree the plan, give feedback, the annual evaluation form);
 * - the atasan pejabat penilai: the approval queue (approve or return; decide a keberatan);
 * - the BKPSDM admin: the unit dashboard and every cycle of the region.
 *
 * Every action is an event posted with the version it was made against; a 409 shows the cycle as it is now. The only
 * thing kept in the browser is the unsent draft of a form (IndexedDB, see `store.ts`).
 */
import { Behaviour } from "@pembinaan/core"
import { type FeedbackSubmitEvent, type Locale, messages, type SurveySubmitEvent } from "@pembinaan/widgets"
import { html, nothing, type TemplateResult } from "lit"
import { keyed } from "lit/directives/keyed.js"
import type {
  ApiProblem,
  CycleState,
  CycleSummary,
  DemoUser,
  Plan,
  Ratings,
  Role,
  ServerEmployee,
  ServerUnit,
  StoredResult,
  YearResult
} from "./api.js"
import { type RegionId, regionIds, regions } from "./data/regions.js"
import { decimal } from "./i18n.js"
import { has } from "./widgets.js"

/** What the signed-in part of the portal shows. */
export interface ServerState {
  /** The demo users of the chosen region (`undefined` while loading or when the server is down). */
  users: ReadonlyArray<DemoUser> | undefined
  loginRegion: RegionId
  cycles: ReadonlyArray<CycleSummary>
  /** The open cycle (its id). */
  selected: string | undefined
  result: YearResult | undefined
  consequences: Consequences | undefined
  developmentPlan: unknown
  dashboard: unknown
  /** The nine-box of the dashboard's latest period and the region's competency gaps (what the server has). */
  nineBox: unknown
  nineBoxPeriod: string | undefined
  competencyGap: unknown
  /** Unsent drafts of the open cycle's forms, by form name (from IndexedDB). */
  drafts: { readonly [form: string]: { readonly [field: string]: string } }
  busy: boolean
  notice: { readonly kind: "success" | "error"; readonly text: string } | undefined
  problem: ApiProblem | undefined
  /** The units of the region (the survey page). */
  units: ReadonlyArray<ServerUnit>
  surveyUnit: string
  /** Bumped to show a fresh survey form. */
  surveyRound: number
  /** The IKM report of the chosen unit for the year (`<asn-ikm-report>`'s JSON). */
  ikmReport: unknown
  surveyNotice: { readonly kind: "success" | "error"; readonly text: string } | undefined
  surveyProblem: ApiProblem | undefined
  /** The open cycle's 360 report, once asked for (asking closes the year's 360 ratings). */
  feedbackReport: FeedbackReport | undefined
  feedbackNotice: { readonly kind: "success" | "error"; readonly text: string } | undefined
  feedbackRound: number
  /** The signed-in person as the server knows them (Beranda). */
  me: ServerEmployee | undefined
  /** The signed-in person's stored results, quarterly and yearly (Beranda, Evaluasi). */
  myResults: ReadonlyArray<StoredResult> | undefined
  /** The signed-in person's own development plan (Beranda). */
  myPlan: unknown
  /** Whether the server refused the unit dashboard to this user (a pegawai only). */
  dashboardRefused: boolean
}

/** The parts of core's 360 aggregate shown to the pegawai (aggregates only; the server never sends an answer). */
export interface FeedbackReport {
  readonly status: string
  readonly overall?: { readonly score?: { readonly text?: string } } | null
  readonly values?: { readonly [value: string]: { readonly score?: { readonly text?: string } } | null }
  /** Each rater group with its size; a group is `disclosed` with its average or `suppressed`. */
  readonly groups?: ReadonlyArray<{
    readonly group: string
    readonly raters: number
    readonly status?: "disclosed" | "suppressed"
    readonly overall?: { readonly score?: { readonly text?: string } } | null
  }>
  /** The policy's one group threshold (`anonymity.minimumGroupSize`), as the aggregate's trace names it. */
  readonly trace?: { readonly minimumGroupSize?: number }
}

/** The parts of core's `Consequence.Consequences` shown here. */
export interface Consequences {
  readonly predikat: string | null
  readonly asOf: string
  readonly rewards: ReadonlyArray<Given>
  readonly development: ReadonlyArray<Given>
  readonly sanctions: ReadonlyArray<Given>
  readonly remediation: {
    readonly outcomes: ReadonlyArray<Given>
    readonly plans: ReadonlyArray<{ readonly type: string; readonly deadline: string; readonly followUpOn?: string }>
  }
}

interface Given {
  readonly id: string
  readonly label: string
}

/** The handlers of the signed-in part. */
export interface ServerHandlers {
  readonly loginRegion: (region: string) => void
  readonly signIn: (nip: string) => Promise<void>
  readonly signOut: () => void
  readonly open: (id: string | undefined) => Promise<void>
  /** Goes to the SKP page with this cycle open (from Beranda and Evaluasi). */
  readonly openOnCyclePage: (id: string) => Promise<void>
  readonly act: (form: string, event: Record<string, unknown>) => Promise<void>
  readonly keepDraft: (form: string, fields: Record<string, string>) => void
  readonly refresh: () => Promise<void>
  readonly surveyUnit: (unit: string) => Promise<void>
  readonly submitSurvey: (event: SurveySubmitEvent) => Promise<void>
  readonly submitFeedback: (event: FeedbackSubmitEvent) => Promise<void>
  readonly showFeedbackReport: () => Promise<void>
}

/** A fresh {@link ServerState}. */
export const initialServerState = (region: RegionId): ServerState => ({
  users: undefined,
  loginRegion: region,
  cycles: [],
  selected: undefined,
  result: undefined,
  consequences: undefined,
  developmentPlan: undefined,
  dashboard: undefined,
  nineBox: undefined,
  nineBoxPeriod: undefined,
  competencyGap: undefined,
  drafts: {},
  busy: false,
  notice: undefined,
  problem: undefined,
  units: [],
  surveyUnit: "",
  surveyRound: 0,
  ikmReport: undefined,
  surveyNotice: undefined,
  surveyProblem: undefined,
  feedbackReport: undefined,
  feedbackNotice: undefined,
  feedbackRound: 0,
  me: undefined,
  myResults: undefined,
  myPlan: undefined,
  dashboardRefused: false
})

// -------------------------------------------------------------------------------------------------------------
// texts
// -------------------------------------------------------------------------------------------------------------

const statusId: Record<string, string> = {
  draft: "Rencana SKP belum diajukan",
  proposed: "Rencana SKP diajukan, menunggu persetujuan",
  agreed: "Rencana disepakati: pemantauan berjalan",
  "change-proposed": "Perubahan rencana diajukan",
  evaluated: "Sudah dievaluasi, menunggu persetujuan atasan",
  approved: "Disetujui atasan, menunggu tanda terima pegawai",
  acknowledged: "Hasil sudah diterima pegawai",
  keberatan: "Keberatan diajukan, menunggu keputusan atasan",
  final: "Final"
}
const statusEn: Record<string, string> = {
  draft: "SKP plan not yet proposed",
  proposed: "SKP plan proposed, awaiting agreement",
  agreed: "Plan agreed: monitoring under way",
  "change-proposed": "A plan change is proposed",
  evaluated: "Evaluated, awaiting the atasan's approval",
  approved: "Approved by the atasan, awaiting the pegawai's acknowledgement",
  acknowledged: "Result received by the pegawai",
  keberatan: "Keberatan filed, awaiting the atasan's decision",
  final: "Final"
}

const id = {
  signInTitle: "Masuk ke portal demo",
  signInIntro:
    "Pilih daerah, lalu pilih pengguna demo. Portal meminta token dari server pembinaan (mode demo) dan setiap isian dikirim ke server itu.",
  region: "Daerah",
  users: "Pengguna demo",
  table: "tabel",
  loadingUsers: "Memuat pengguna demo dari server…",
  role: {
    pegawai: "Pegawai",
    "pejabat-penilai": "Pejabat penilai",
    atasan: "Atasan pejabat penilai",
    "admin-bkpsdm": "Admin BKPSDM"
  } satisfies Record<Role, string>,
  signedInAs: (name: string, role: string) => `${name} (${role})`,
  /** The role in the header, short. */
  roleShort: {
    pegawai: "Pegawai",
    "pejabat-penilai": "Pejabat penilai",
    atasan: "Atasan",
    "admin-bkpsdm": "Admin BKPSDM"
  } satisfies Record<Role, string>,
  signOut: "Keluar",
  cycleTitle: "Siklus SKP",
  cycleIntro:
    "Rencana, pemantauan, evaluasi, persetujuan, tanda terima, keberatan, hasil tahunan, konsekuensi dan rencana pengembangan: semua tersimpan di server.",
  mine: "SKP saya",
  staff: "Pegawai yang saya nilai",
  queue: "Menunggu persetujuan atau keputusan saya",
  regionAll: "Semua siklus di daerah ini",
  dashboard: "Dasbor unit",
  none: "Tidak ada siklus.",
  open: "Buka",
  back: "Kembali ke daftar",
  refresh: "Muat ulang",
  year: (y: number) => `Tahun ${y}`,
  nip: "NIP",
  status: "Status",
  steps: "Tahapan siklus",
  stepNames: [
    "Rencana",
    "Pemantauan",
    "Evaluasi",
    "Persetujuan",
    "Tanda terima",
    "Keberatan",
    "Hasil tahunan",
    "Konsekuensi",
    "Rencana pengembangan"
  ],
  stepDone: "selesai",
  stepNow: "sekarang",
  plan: "Rencana SKP",
  noPlan: "Belum ada rencana yang disepakati.",
  proposal: (by: string) => `Usulan rencana dari ${by}`,
  rhk: "Rencana hasil kerja",
  indicator: "Indikator",
  target: "Target",
  realisasi: "Realisasi",
  noRealisasi: "Belum ada realisasi.",
  feedback: "Umpan balik",
  periodic: "Evaluasi periodik",
  annual: "Evaluasi tahunan",
  period: "Periode",
  value: "Nilai",
  date: "Tanggal",
  party: {
    pegawai: "pegawai",
    "pejabat-penilai": "pejabat penilai",
    "atasan-pejabat-penilai": "atasan",
    lain: "BKPSDM"
  },
  // forms
  proposePlan: "Ajukan rencana SKP",
  rhkText: "Rencana hasil kerja (RHK utama)",
  indicatorText: (n: number) => `Indikator ${n}`,
  targetOf: (n: number) => `Target indikator ${n}`,
  agreePlan: "Setujui rencana",
  recordRealisasi: "Catat realisasi",
  giveFeedback: "Kirim umpan balik",
  feedbackText: "Umpan balik untuk pegawai",
  evaluate: "Evaluasi tahunan",
  evaluatePeriod: "Evaluasi periodik (triwulan)",
  sendPeriodic: "Kirim evaluasi periodik",
  hasilKerja: "Rating hasil kerja",
  perilakuKerja: "Rating perilaku kerja",
  sendEvaluation: "Kirim evaluasi tahunan",
  approve: "Setujui evaluasi",
  returnEvaluation: "Kembalikan ke pejabat penilai",
  returnReason: "Alasan pengembalian",
  acknowledge: "Saya sudah menerima hasil (tanda terima)",
  fileKeberatan: "Ajukan keberatan",
  keberatanReason: "Alasan keberatan",
  decide: "Putuskan keberatan",
  outcome: "Keputusan",
  ditolak: "Ditolak (hasil tetap)",
  diubah: "Diubah",
  decisionReason: "Alasan keputusan",
  finalise: "Tetapkan hasil final",
  draftKept: "Draf belum terkirim disimpan di browser ini.",
  sent: (text: string) => `Terkirim. ${text}`,
  conflict:
    "Siklus ini sudah diubah pengguna lain; yang tampil sekarang adalah versi terbaru. Periksa lalu kirim lagi.",
  // results
  result: "Hasil tahunan",
  resultPending: "Hasil tahunan belum ada.",
  resultStatus: { final: "final", provisional: "sementara (belum final)", pending: "belum ada" } as Record<
    string,
    string
  >,
  predikat: "Predikat kinerja",
  source: "Sumber",
  consequences: "Konsekuensi hasil",
  rewards: "Penghargaan",
  coaching: "Rencana pembinaan",
  development: "Pengembangan",
  sanctions: "Sanksi dan pembatasan",
  noneGiven: "Tidak ada.",
  planLine: (type: string, deadline: string) => `${type}: selesai paling lambat ${deadline}`,
  developmentPlan: "Rencana pengembangan",
  jpMinimum: (year: number) => `Minimal JP tahun ${year}`,
  jpReached: "JP tercapai",
  jpShortfall: "Kekurangan JP",
  enrolments: "Pelatihan terdaftar",
  statusOf: statusId,
  keberatan: "Keberatan",
  decision: "Keputusan atasan",
  working: "Mengirim…",
  // survey
  surveyTitle: "Survei kepuasan masyarakat",
  surveyIntro:
    "Setiap isian memakai tiket sekali pakai dari server (diterbitkan untuk petugas layanan: pejabat penilai, atasan atau admin BKPSDM) dan langsung masuk ke IKM unit di server.",
  serviceUnit: "Unit layanan",
  surveySent: "Terima kasih, isian terkirim ke server dan masuk ke IKM unit.",
  newSurvey: "Isi survei baru",
  ikmTitle: (year: number) => `IKM unit tahun ${year} (dari server)`,
  ikmNone: "Belum ada isian untuk unit ini tahun ini.",
  // 360
  feedback360: (year: number) => `Umpan balik 360 tahun ${year}`,
  feedback360Intro:
    "Penilaian Anda tersimpan di server dan tidak pernah ditampilkan satu per satu; pegawai hanya melihat rata-rata kelompok yang memenuhi kuorum.",
  feedbackSent: "Terima kasih, penilaian 360 terkirim ke server.",
  showReport: "Tampilkan laporan 360 saya",
  showReportNote: "Setelah laporan dibuka, penilaian 360 baru untuk tahun ini tidak diterima lagi.",
  reportStatus: { sufficient: "cukup penilai", insufficient: "penilai belum cukup (kuorum)" } as Record<string, string>,
  overall: "Rata-rata keseluruhan",
  value360: "Nilai BerAKHLAK",
  score: "Skor",
  raterGroup: {
    atasan: "Atasan",
    "rekan-kerja": "Rekan kerja",
    bawahan: "Bawahan",
    "diri-sendiri": "Diri sendiri",
    "pihak-lain": "Pihak lain"
  } as Record<string, string>,
  raters: (n: number) => `${n} penilai`
}

type CycleTexts = typeof id

const en: CycleTexts = {
  signInTitle: "Sign in to the demo portal",
  signInIntro:
    "Choose a region, then a demo user. The portal asks the pembinaan server (demo mode) for a token and every entry is sent to that server.",
  region: "Region",
  users: "Demo users",
  table: "table",
  loadingUsers: "Loading the demo users from the server…",
  role: {
    pegawai: "Employee (pegawai)",
    "pejabat-penilai": "Pejabat penilai (appraiser)",
    atasan: "Atasan pejabat penilai (approver)",
    "admin-bkpsdm": "BKPSDM admin"
  },
  signedInAs: (name, role) => `${name} (${role})`,
  roleShort: {
    pegawai: "Employee",
    "pejabat-penilai": "Appraiser",
    atasan: "Approver",
    "admin-bkpsdm": "BKPSDM admin"
  },
  signOut: "Sign out",
  cycleTitle: "SKP cycle",
  cycleIntro:
    "Plan, monitoring, evaluation, approval, acknowledgement, keberatan, the year's result, consequences and the development plan: all kept on the server.",
  mine: "My SKP",
  staff: "Staff I evaluate",
  queue: "Awaiting my approval or decision",
  regionAll: "Every cycle in this region",
  dashboard: "Unit dashboard",
  none: "No cycles.",
  open: "Open",
  back: "Back to the list",
  refresh: "Reload",
  year: (y) => `Year ${y}`,
  nip: "NIP",
  status: "Status",
  steps: "Stages of the cycle",
  stepNames: [
    "Plan",
    "Monitoring",
    "Evaluation",
    "Approval",
    "Acknowledgement",
    "Keberatan",
    "Year's result",
    "Consequences",
    "Development plan"
  ],
  stepDone: "done",
  stepNow: "now",
  plan: "SKP plan",
  noPlan: "No agreed plan yet.",
  proposal: (by) => `Plan proposed by the ${by}`,
  rhk: "Work result plan (RHK)",
  indicator: "Indicator",
  target: "Target",
  realisasi: "Realisasi",
  noRealisasi: "No realisasi yet.",
  feedback: "Feedback",
  periodic: "Periodic evaluations",
  annual: "Annual evaluation",
  period: "Period",
  value: "Value",
  date: "Date",
  party: {
    pegawai: "pegawai",
    "pejabat-penilai": "pejabat penilai",
    "atasan-pejabat-penilai": "atasan",
    lain: "BKPSDM"
  },
  proposePlan: "Propose the SKP plan",
  rhkText: "Work result plan (main RHK)",
  indicatorText: (n) => `Indicator ${n}`,
  targetOf: (n) => `Target of indicator ${n}`,
  agreePlan: "Agree the plan",
  recordRealisasi: "Record realisasi",
  giveFeedback: "Send feedback",
  feedbackText: "Feedback for the employee",
  evaluate: "Annual evaluation",
  evaluatePeriod: "Periodic (quarterly) evaluation",
  sendPeriodic: "Send the periodic evaluation",
  hasilKerja: "Work results rating",
  perilakuKerja: "Work behaviour rating",
  sendEvaluation: "Send the annual evaluation",
  approve: "Approve the evaluation",
  returnEvaluation: "Return to the pejabat penilai",
  returnReason: "Why it is returned",
  acknowledge: "I have received the result (acknowledgement)",
  fileKeberatan: "File a keberatan",
  keberatanReason: "Reason for the keberatan",
  decide: "Decide the keberatan",
  outcome: "Decision",
  ditolak: "Rejected (result unchanged)",
  diubah: "Changed",
  decisionReason: "Reason for the decision",
  finalise: "Make the result final",
  draftKept: "The unsent draft is kept in this browser.",
  sent: (text) => `Sent. ${text}`,
  conflict: "Someone else changed this cycle first; what you see now is the latest version. Check it and send again.",
  result: "Year's result",
  resultPending: "No result for the year yet.",
  resultStatus: { final: "final", provisional: "provisional (not final yet)", pending: "none yet" },
  predikat: "Performance predikat",
  source: "Source",
  consequences: "Consequences of the result",
  rewards: "Rewards",
  coaching: "Coaching plans",
  development: "Development",
  sanctions: "Sanctions and restrictions",
  noneGiven: "None.",
  planLine: (type, deadline) => `${type}: complete by ${deadline}`,
  developmentPlan: "Development plan",
  jpMinimum: (year) => `Minimum JP in ${year}`,
  jpReached: "JP reached",
  jpShortfall: "JP short",
  enrolments: "Trainings enrolled",
  statusOf: statusEn,
  keberatan: "Keberatan",
  decision: "The atasan's decision",
  working: "Sending…",
  surveyTitle: "Public satisfaction survey",
  surveyIntro:
    "Every response uses a single-use ticket from the server (issued to the service officer: a pejabat penilai, an atasan or the BKPSDM admin) and goes straight into the unit's IKM on the server.",
  serviceUnit: "Service unit",
  surveySent: "Thank you, the response was sent to the server and counts in the unit's IKM.",
  newSurvey: "Fill in a new survey",
  ikmTitle: (year) => `The unit's IKM for ${year} (from the server)`,
  ikmNone: "No responses for this unit this year yet.",
  feedback360: (year) => `360 feedback for ${year}`,
  feedback360Intro:
    "Your rating is kept on the server and never shown on its own; the employee sees only the averages of groups that meet the quorum.",
  feedbackSent: "Thank you, the 360 rating was sent to the server.",
  showReport: "Show my 360 report",
  showReportNote: "Once the report is opened, no new 360 ratings are accepted for this year.",
  reportStatus: { sufficient: "enough raters", insufficient: "not enough raters yet (quorum)" },
  overall: "Overall average",
  value360: "BerAKHLAK value",
  score: "Score",
  raterGroup: {
    atasan: "Superior",
    "rekan-kerja": "Peers",
    bawahan: "Subordinates",
    "diri-sendiri": "Self",
    "pihak-lain": "Others"
  },
  raters: (n) => `${n} ${n === 1 ? "rater" : "raters"}`
}

/** The texts of the signed-in part in a language. */
export const cycleTexts = (locale: Locale): CycleTexts => (locale === "en" ? en : id)

// -------------------------------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------------------------------

/** The main role of a demo user (the one its view is about). */
export const mainRole = (user: DemoUser): Role => user.roles.find((r) => r !== "pegawai") ?? user.roles[0] ?? "pegawai"

const stageIndex: Record<string, number> = {
  draft: 0,
  proposed: 0,
  agreed: 1,
  "change-proposed": 1,
  evaluated: 3,
  approved: 4,
  acknowledged: 5,
  keberatan: 5,
  final: 9
}

const planInForce = (s: CycleState): Plan | undefined => s.versions[s.versions.length - 1]?.plan

/** A form's fields; a rating control's value is read from the control (it reaches FormData one update later). */
const fieldsOf = (form: HTMLFormElement): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [k, v] of new FormData(form)) if (typeof v === "string") out[k] = v
  for (const r of form.querySelectorAll<HTMLElement & { name?: string; value?: string }>("asn-rating-input")) {
    const name = r.getAttribute("name")
    if (name && typeof r.value === "string" && r.value !== "") out[name] = r.value
  }
  return out
}

const statusLine = (notice: ServerState["notice"], elementId: string) =>
  html`<p id=${elementId} class="status ${notice?.kind ?? ""}" role="status" aria-live="polite">${notice?.text ?? ""}</p>`

const problemBox = (p: ApiProblem | undefined) =>
  p === undefined
    ? nothing
    : html`<div class="banner error" role="alert" id="problem" data-status=${p.status}>
        <p>${p.detail}</p>
        ${
          p.errors.length > 0
            ? html`<ul>
                ${p.errors.map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}
              </ul>`
            : nothing
        }
      </div>`

// -------------------------------------------------------------------------------------------------------------
// sign-in
// -------------------------------------------------------------------------------------------------------------

/** The sign-in screen: a region, then the demo users of that region (from the server). */
export const signInView = (locale: Locale, s: ServerState, h: ServerHandlers): TemplateResult => {
  const t = cycleTexts(locale)
  const users = (s.users ?? []).filter((u) => u.region === s.loginRegion)
  return html`<div class="page-body" id="sign-in">
    <h1 id="page-title" tabindex="-1">${t.signInTitle}</h1>
    <p class="lead">${t.signInIntro}</p>
    <div class="card">
      <label class="field"
        >${t.region}
        <select id="login-region" @change=${(e: Event) => h.loginRegion((e.target as HTMLSelectElement).value)}>
          ${regionIds.map((r) => html`<option value=${r} ?selected=${r === s.loginRegion}>${regions[r].name}</option>`)}
        </select>
      </label>
      <h2 id="users-title">${t.users}</h2>
      ${
        s.users === undefined && s.problem === undefined
          ? html`<p role="status">${t.loadingUsers}</p>`
          : html`<ul class="user-list" aria-labelledby="users-title">
              ${users.map(
                (u) => html`<li>
                  <button
                    type="button"
                    class="user"
                    data-nip=${u.nip}
                    data-role=${mainRole(u)}
                    ?disabled=${s.busy}
                    @click=${() => void h.signIn(u.nip)}
                  >
                    <strong>${t.role[mainRole(u)]}</strong>
                    <span>${u.name}</span>
                    <small>${t.nip} ${u.nip}</small>
                  </button>
                </li>`
              )}
            </ul>`
      }
      ${problemBox(s.problem)}
    </div>
  </div>`
}

// -------------------------------------------------------------------------------------------------------------
// the cycle page
// -------------------------------------------------------------------------------------------------------------

/** The SKP cycle page of the signed-in user. */
export const cycleView = (locale: Locale, user: DemoUser, s: ServerState, h: ServerHandlers): TemplateResult => {
  const t = cycleTexts(locale)
  const selected = s.cycles.find((c) => c.id === s.selected)
  return html`<div class="page-body" id="cycle-page">
    <h1 id="page-title" tabindex="-1">${t.cycleTitle}</h1>
    <p class="lead">${t.cycleIntro}</p>
    ${problemBox(s.problem)} ${statusLine(s.notice, "cycle-status")}
    ${selected ? detail(locale, selected, s, h) : lists(locale, user, s, h)}
  </div>`
}

const lists = (locale: Locale, user: DemoUser, s: ServerState, h: ServerHandlers) => {
  const t = cycleTexts(locale)
  const mine = s.cycles.filter((c) => c.as === "pegawai")
  const staff = s.cycles.filter((c) => c.as === "pejabat-penilai")
  const queue = s.cycles.filter((c) => c.as === "atasan-pejabat-penilai")
  const admin = user.roles.includes("admin-bkpsdm")
  const all = admin ? s.cycles.filter((c) => c.as === "admin") : []
  return html`
    ${admin ? dashboardSection(locale, s) : nothing}
    ${user.roles.includes("pejabat-penilai") || staff.length > 0 ? cycleList(t, "staff", t.staff, staff, h) : nothing}
    ${user.roles.includes("atasan") || queue.length > 0 ? cycleList(t, "queue", t.queue, queue, h) : nothing}
    ${admin ? cycleList(t, "region-cycles", t.regionAll, all, h) : nothing} ${cycleList(t, "mine", t.mine, mine, h)}
    <p><button type="button" id="refresh" @click=${() => void h.refresh()}>${t.refresh}</button></p>
  `
}

const cycleList = (
  t: CycleTexts,
  listId: string,
  title: string,
  cycles: ReadonlyArray<CycleSummary>,
  h: ServerHandlers
) =>
  html`<section class="card" aria-labelledby=${`${listId}-title`} id=${listId}>
    <h2 id=${`${listId}-title`}>${title}</h2>
    ${
      cycles.length === 0
        ? html`<p>${t.none}</p>`
        : html`<ul class="cycle-list">
            ${cycles.map(
              (c) => html`<li data-cycle=${c.id} data-status=${c.status}>
                <div>
                  <strong>${c.name}</strong> · ${t.year(c.year)}<br />
                  <small>${t.nip} ${c.nip}</small><br />
                  <span class="badge">${t.statusOf[c.status] ?? c.status}</span>
                </div>
                <button
                  type="button"
                  class="primary"
                  data-open=${c.id}
                  aria-label=${`${t.open}: ${c.name}, ${t.year(c.year)}`}
                  @click=${() => void h.open(c.id)}
                >
                  ${t.open}
                </button>
              </li>`
            )}
          </ul>`
    }
  </section>`

const dashboardSection = (locale: Locale, s: ServerState) => {
  const t = cycleTexts(locale)
  return html`<section class="card" aria-labelledby="dashboard-title" id="admin-dashboard">
    <h2 id="dashboard-title">${t.dashboard}</h2>
    ${
      s.dashboard !== undefined && has("asn-unit-dashboard")
        ? html`<asn-unit-dashboard .data=${s.dashboard}></asn-unit-dashboard>`
        : html`<p role="status">${t.loadingUsers.replace(/pengguna demo|demo users/, t.dashboard)}</p>`
    }
  </section>`
}

const stepper = (t: CycleTexts, state: CycleState) => {
  const now = stageIndex[state.status] ?? 0
  return html`<ol class="stepper" aria-label=${t.steps}>
    ${t.stepNames.map((name, i) => {
      const done = i < now || state.status === "final"
      const current = i === now
      return html`<li class=${done ? "done" : current ? "current" : ""} aria-current=${current ? "step" : "false"}>
        ${name}${done ? html` <span class="step-state">(${t.stepDone})</span>` : current ? html` <span class="step-state">(${t.stepNow})</span>` : nothing}
      </li>`
    })}
  </ol>`
}

const planTable = (t: CycleTexts, plan: Plan, state: CycleState) =>
  html`<div class="table-scroll" role="region" aria-label=${`${t.plan} (${t.table})`} tabindex="0">
    <table class="plan-table">
      <thead>
        <tr>
          <th scope="col">${t.indicator}</th>
          <th scope="col">${t.target}</th>
          <th scope="col">${t.realisasi}</th>
        </tr>
      </thead>
      <tbody>
        ${plan.rhk.flatMap((r) => [
          html`<tr class="rhk-row">
            <th scope="colgroup" colspan="3">${t.rhk}: ${r.text}</th>
          </tr>`,
          ...r.indicators.map(
            (ind) => html`<tr>
              <td>${ind.text}</td>
              <td class="num">${ind.target}${ind.satuan ? ` ${ind.satuan}` : ""}</td>
              <td class="realisasi">
                ${(() => {
                  const rows = state.realisasi.filter((x) => x.indicator === ind.id)
                  return rows.length === 0
                    ? "–"
                    : rows.map(
                        (x, i) =>
                          html`${i > 0 ? html`<br />` : nothing}<span class="nowrap">${x.period}: ${x.value}</span>`
                      )
                })()}
              </td>
            </tr>`
          )
        ])}
      </tbody>
    </table>
  </div>`

const detail = (locale: Locale, c: CycleSummary, s: ServerState, h: ServerHandlers) => {
  const t = cycleTexts(locale)
  const state = c.state
  const plan = planInForce(state)
  return html`<article class="cycle-detail" id="cycle-detail" data-cycle=${c.id} data-status=${state.status}>
    <p><button type="button" id="back" class="link" @click=${() => void h.open(undefined)}>← ${t.back}</button></p>
    <h2 id="cycle-title">${c.name} · ${t.year(c.year)}</h2>
    <p>
      ${t.nip} ${c.nip} · ${t.status}:
      <strong id="cycle-status-text" data-status=${state.status}>${t.statusOf[state.status] ?? state.status}</strong>
    </p>
    ${stepper(t, state)}
    <section class="card" aria-labelledby="plan-title">
      <h3 id="plan-title">${t.plan}</h3>
      ${plan ? planTable(t, plan, state) : html`<p>${t.noPlan}</p>`}
      ${
        state.proposal
          ? html`<h4>${t.proposal(t.party[state.proposal.by as keyof CycleTexts["party"]] ?? state.proposal.by)}</h4>
              ${planTable(t, state.proposal.plan, state)}`
          : nothing
      }
      ${
        state.feedback.length > 0
          ? html`<h4>${t.feedback}</h4>
              <ul>
                ${state.feedback.map((f) => html`<li>${f.at}: ${f.text}</li>`)}
              </ul>`
          : nothing
      }
      ${
        state.periodic.length > 0
          ? html`<h4>${t.periodic}</h4>
              <ul>
                ${state.periodic.map((p) => html`<li>${p.period}: ${p.predikat}</li>`)}
              </ul>`
          : nothing
      }
    </section>
    ${actions(locale, c, s, h)} ${resultSection(locale, c, s)} ${feedbackSection(locale, c, s, h)}
  </article>`
}

/** The forms the signed-in user may send for this cycle now (the server checks again). */
const actions = (locale: Locale, c: CycleSummary, s: ServerState, h: ServerHandlers) => {
  const t = cycleTexts(locale)
  const state = c.state
  const as = c.as
  const forms: Array<unknown> = []
  const draft = (form: string) => s.drafts[form] ?? {}
  const keep = (form: string) => (e: Event) => h.keepDraft(form, fieldsOf(e.currentTarget as HTMLFormElement))
  const submit = (form: string, event: (fields: Record<string, string>) => Record<string, unknown>) => (e: Event) => {
    e.preventDefault()
    const el = e.currentTarget as HTMLFormElement
    if (!el.reportValidity()) return
    void h.act(form, event(fieldsOf(el)))
  }
  const button = (formId: string, label: string, event: Record<string, unknown>, cls = "primary") =>
    html`<button
      type="button"
      class=${cls}
      id=${formId}
      ?disabled=${s.busy}
      @click=${() => void h.act(formId, event)}
    >
      ${label}
    </button>`
  const mine = as === "pegawai"
  const penilai = as === "pejabat-penilai"
  const atasan = as === "atasan-pejabat-penilai"
  const proposedByOther =
    state.proposal !== null &&
    ((mine && state.proposal.by === "pejabat-penilai") || (penilai && state.proposal.by === "pegawai"))

  if (mine && state.status === "draft") {
    const d = draft("propose-plan")
    forms.push(html`<form id="propose-plan" class="card" @input=${keep("propose-plan")}
      @submit=${submit("propose-plan", (f) => ({
        _tag: "ProposePlan",
        plan: {
          rhk: [
            {
              id: "rhk-1",
              text: f.rhk ?? "",
              kind: "utama",
              intervensi: "rhk-kepala-1",
              indicators: [
                { id: "ind-1", text: f.ind1 ?? "", target: f.target1 ?? "", aspek: "kuantitas" },
                { id: "ind-2", text: f.ind2 ?? "", target: f.target2 ?? "", satuan: "%", aspek: "waktu" }
              ]
            }
          ],
          ekspektasi: [{ value: "berorientasi-pelayanan", text: "Menanggapi pemohon pada hari yang sama" }]
        }
      }))}>
      <h3>${t.proposePlan}</h3>
      <label class="field">${t.rhkText}
        <textarea name="rhk" required rows="2">${d.rhk ?? `Terlaksananya pelayanan ${c.unit} tepat waktu`}</textarea></label>
      <label class="field">${t.indicatorText(1)}
        <input name="ind1" required .value=${d.ind1 ?? "Berkas yang diselesaikan"} /></label>
      <label class="field">${t.targetOf(1)}
        <input name="target1" required inputmode="numeric" .value=${d.target1 ?? "400"} /></label>
      <label class="field">${t.indicatorText(2)}
        <input name="ind2" required .value=${d.ind2 ?? "Berkas selesai tepat waktu"} /></label>
      <label class="field">${t.targetOf(2)}
        <input name="target2" required inputmode="numeric" .value=${d.target2 ?? "90"} /></label>
      <button class="primary" ?disabled=${s.busy}>${t.proposePlan}</button>
    </form>`)
  }
  if (proposedByOther)
    forms.push(html`<div class="card">${button("agree-plan", t.agreePlan, { _tag: "AgreePlan" })}</div>`)
  const plan = planInForce(state)
  const monitoring = state.status === "agreed" || state.status === "change-proposed"
  if (mine && monitoring && plan) {
    const d = draft("record-realisasi")
    const indicators = plan.rhk.flatMap((r) => r.indicators)
    forms.push(html`<form id="record-realisasi" class="card" @input=${keep("record-realisasi")}
      @submit=${submit("record-realisasi", (f) => ({
        _tag: "RecordRealisasi",
        period: f.period,
        indicator: f.indicator,
        value: f.value,
        evidence: []
      }))}>
      <h3>${t.recordRealisasi}</h3>
      <label class="field">${t.period}
        <select name="period">
          ${[1, 2, 3, 4].map((q) => {
            const p = `${c.year}-Q${q}`
            return html`<option value=${p} ?selected=${d.period === p}>${p}</option>`
          })}
        </select></label>
      <label class="field">${t.indicator}
        <select name="indicator">
          ${indicators.map((i) => html`<option value=${i.id} ?selected=${d.indicator === i.id}>${i.text}</option>`)}
        </select></label>
      <label class="field">${t.value}
        <input name="value" required inputmode="decimal" .value=${d.value ?? ""} /></label>
      <button class="primary" ?disabled=${s.busy}>${t.recordRealisasi}</button>
    </form>`)
  }
  if (penilai && monitoring) {
    const d = draft("give-feedback")
    forms.push(html`<form id="give-feedback" class="card" @input=${keep("give-feedback")}
      @submit=${submit("give-feedback", (f) => ({ _tag: "GiveFeedback", text: f.text }))}>
      <h3>${t.giveFeedback}</h3>
      <label class="field">${t.feedbackText}
        <textarea name="text" required rows="2">${d.text ?? ""}</textarea></label>
      <button ?disabled=${s.busy}>${t.giveFeedback}</button>
    </form>`)
    const open = [1, 2, 3, 4].map((q) => `${c.year}-Q${q}`).filter((p) => !state.periodic.some((x) => x.period === p))
    if (open.length > 0) {
      const dp = draft("evaluate-period")
      forms.push(
        evaluationForm(
          t,
          "evaluate-period",
          t.evaluatePeriod,
          t.sendPeriodic,
          dp,
          s,
          h,
          (r, f) => ({ _tag: "EvaluatePeriod", period: f.period ?? open[0], ratings: r }),
          html`<label class="field"
            >${t.period}
            <select name="period">
              ${open.map((p) => html`<option value=${p} ?selected=${dp.period === p}>${p}</option>`)}
            </select></label
          >`
        )
      )
    }
    forms.push(
      evaluationForm(t, "evaluate-annual", t.evaluate, t.sendEvaluation, draft("evaluate-annual"), s, h, (r) => ({
        _tag: "EvaluateAnnual",
        ratings: r
      }))
    )
  }
  if (atasan && state.status === "evaluated") {
    const d = draft("return-evaluation")
    forms.push(html`<div class="card" id="approval">
      <h3>${t.annual}: ${state.annual?.predikat ?? ""}</h3>
      ${state.annual ? predikatDisplay(state.annual.ratings) : nothing}
      ${button("approve", t.approve, { _tag: "ApproveEvaluation" })}
      <form id="return-evaluation" @input=${keep("return-evaluation")}
        @submit=${submit("return-evaluation", (f) => ({ _tag: "ReturnEvaluation", reason: f.reason }))}>
        <label class="field">${t.returnReason}
          <textarea name="reason" required rows="2">${d.reason ?? ""}</textarea></label>
        <button ?disabled=${s.busy}>${t.returnEvaluation}</button>
      </form>
    </div>`)
  }
  if (mine && state.status === "approved")
    forms.push(html`<div class="card">${button("acknowledge", t.acknowledge, { _tag: "Acknowledge" })}</div>`)
  if (mine && (state.status === "approved" || state.status === "acknowledged")) {
    const d = draft("file-keberatan")
    forms.push(html`<form id="file-keberatan" class="card" @input=${keep("file-keberatan")}
      @submit=${submit("file-keberatan", (f) => ({ _tag: "FileKeberatan", reason: f.reason }))}>
      <h3>${t.fileKeberatan}</h3>
      <label class="field">${t.keberatanReason}
        <textarea name="reason" required rows="3">${d.reason ?? ""}</textarea></label>
      <button ?disabled=${s.busy}>${t.fileKeberatan}</button>
    </form>`)
  }
  if (atasan && state.status === "keberatan" && state.keberatan) {
    const d = draft("decide-keberatan")
    forms.push(html`<div class="card" id="keberatan">
      <h3>${t.keberatan}</h3>
      <p>${state.keberatan.reason}</p>
      ${evaluationForm(
        t,
        "decide-keberatan",
        t.decide,
        t.decide,
        d,
        s,
        h,
        (r, f) => ({
          _tag: "DecideKeberatan",
          outcome: f.outcome === "diubah" ? "diubah" : "ditolak",
          ...(f.outcome === "diubah" ? { ratings: r } : {}),
          reason: f.reason
        }),
        html`<label class="field">${t.outcome}
          <select name="outcome">
            <option value="ditolak" ?selected=${d.outcome !== "diubah"}>${t.ditolak}</option>
            <option value="diubah" ?selected=${d.outcome === "diubah"}>${t.diubah}</option>
          </select></label>
        <label class="field">${t.decisionReason}
          <textarea name="reason" required rows="2">${d.reason ?? ""}</textarea></label>`,
        // A rejected keberatan keeps the evaluation's ratings: only a changed result needs new ones.
        d.outcome === "diubah"
      )}
    </div>`)
  }
  if ((atasan || mine) && (state.status === "approved" || state.status === "acknowledged"))
    forms.push(html`<div class="card">${button("finalise", t.finalise, { _tag: "Finalise" }, "")}</div>`)
  return forms.length === 0 ? nothing : html`<div class="actions">${forms}</div>`
}

/** The two ratings (`<asn-rating-input>`), a live `<asn-predikat>`, and whatever else the form needs. */
const evaluationForm = (
  t: CycleTexts,
  formId: string,
  title: string,
  label: string,
  d: { readonly [field: string]: string },
  s: ServerState,
  h: ServerHandlers,
  event: (ratings: Ratings, fields: Record<string, string>) => Record<string, unknown>,
  extra: TemplateResult | typeof nothing = nothing,
  ratingsRequired = true
) =>
  keyed(
    `${s.selected}-${formId}`,
    html`<form
      id=${formId}
      class="card evaluation"
      @input=${(e: Event) => h.keepDraft(formId, fieldsOf(e.currentTarget as HTMLFormElement))}
      @change=${(e: Event) => h.keepDraft(formId, fieldsOf(e.currentTarget as HTMLFormElement))}
      @submit=${(e: Event) => {
        e.preventDefault()
        const el = e.currentTarget as HTMLFormElement
        if (!el.reportValidity()) return
        const f = fieldsOf(el)
        void h.act(formId, event({ hasilKerja: f.hasilKerja ?? "", perilakuKerja: f.perilakuKerja ?? "" }, f))
      }}
    >
      <h3>${title}</h3>
      ${extra}
      <asn-rating-input
        name="hasilKerja"
        scale="ekspektasi"
        label=${t.hasilKerja}
        ?required=${ratingsRequired}
        value=${d.hasilKerja ?? ""}
      ></asn-rating-input>
      <asn-rating-input
        name="perilakuKerja"
        scale="ekspektasi"
        label=${t.perilakuKerja}
        ?required=${ratingsRequired}
        value=${d.perilakuKerja ?? ""}
      ></asn-rating-input>
      ${
        d.hasilKerja && d.perilakuKerja
          ? predikatDisplay({ hasilKerja: d.hasilKerja, perilakuKerja: d.perilakuKerja })
          : nothing
      }
      <button class="primary" ?disabled=${s.busy}>${label}</button>
    </form>`
  )

const predikatDisplay = (r: Ratings) =>
  has("asn-predikat")
    ? html`<asn-predikat hasil-kerja=${r.hasilKerja} perilaku-kerja=${r.perilakuKerja}></asn-predikat>`
    : html`<p>${r.hasilKerja} · ${r.perilakuKerja}</p>`

const resultSection = (locale: Locale, c: CycleSummary, s: ServerState) => {
  const t = cycleTexts(locale)
  const r = s.result
  const cons = s.consequences
  return html`<section class="card" aria-labelledby="result-title" id="year-result">
      <h3 id="result-title">${t.result}</h3>
      ${
        r === undefined || r.predikat === null || r.ratings === null
          ? html`<p id="result-pending">${t.resultPending}</p>`
          : html`<p>
                ${t.predikat}: <strong id="result-predikat" data-predikat=${r.predikat}>${r.predikat}</strong>
                (<span id="result-state" data-status=${r.status}>${t.resultStatus[r.status] ?? r.status}</span>)
              </p>
              ${predikatDisplay(r.ratings)}`
      }
      ${
        c.state.keberatan
          ? html`<p>${t.keberatan}: ${c.state.keberatan.reason}</p>
              ${
                c.state.keberatan.decision
                  ? html`<p>${t.decision}: ${c.state.keberatan.decision.outcome} (${c.state.keberatan.decision.predikat})</p>`
                  : nothing
              }`
          : nothing
      }
    </section>
    ${
      cons && r?.predikat
        ? html`<section class="card" aria-labelledby="consequences-title" id="cycle-consequences">
            <h3 id="consequences-title">${t.consequences}</h3>
            <h4>${t.rewards} (${cons.rewards.length})</h4>
            ${givenList(t, cons.rewards, "cycle-rewards")}
            <h4>${t.coaching} (${cons.remediation.plans.length})</h4>
            ${
              cons.remediation.plans.length === 0
                ? html`<p>${t.noneGiven}</p>`
                : html`<ul id="cycle-coaching">
                    ${cons.remediation.plans.map(
                      (p) =>
                        html`<li data-plan=${p.type}>
                          ${t.planLine(cons.remediation.outcomes.find((o) => o.id === p.type)?.label ?? p.type, p.deadline)}
                        </li>`
                    )}
                  </ul>`
            }
            <h4>${t.development} (${cons.development.length})</h4>
            ${givenList(t, cons.development, "cycle-development")}
            ${
              cons.sanctions.length > 0
                ? html`<h4>${t.sanctions}</h4>
                    ${givenList(t, cons.sanctions, "cycle-sanctions")}`
                : nothing
            }
          </section>`
        : nothing
    }
    <section class="card" aria-labelledby="devplan-title" id="cycle-development-plan">
      <h3 id="devplan-title">${t.developmentPlan}</h3>
      ${developmentSummary(locale, s.developmentPlan)}
    </section>`
}

/**
 * The development plan's JP summary from `GET /api/employees/:nip/development-plan` (minimum JP of the year, JP
 * reached, shortfall). That endpoint's JSON is not the shape `<asn-development-plan>` reads, so the page shows the
 * figures itself.
 */
export const developmentSummary = (locale: Locale, plan: unknown, elementId = "development-jp") => {
  const t = cycleTexts(locale)
  const p = plan as
    | {
        readonly year?: number
        readonly minimumJp?: number
        readonly jp?: { readonly total?: { readonly text?: string }; readonly shortfall?: string }
        readonly behind?: boolean
        readonly plans?: ReadonlyArray<unknown>
        readonly enrolments?: ReadonlyArray<unknown>
      }
    | undefined
  if (p === undefined || typeof p.minimumJp !== "number" || typeof p.jp?.total?.text !== "string")
    return html`<p>${t.noneGiven}</p>`
  return html`<dl class="facts" id=${elementId} data-behind=${String(p.behind === true)}>
    <div><dt>${t.jpMinimum(p.year ?? 0)}</dt><dd>${p.minimumJp} JP</dd></div>
    <div><dt>${t.jpReached}</dt><dd>${decimal(p.jp.total.text, locale)} JP</dd></div>
    <div><dt>${t.jpShortfall}</dt><dd>${decimal(p.jp.shortfall ?? "0", locale)} JP</dd></div>
    <div><dt>${t.enrolments}</dt><dd>${p.enrolments?.length ?? 0}</dd></div>
  </dl>`
}

const givenList = (t: CycleTexts, list: ReadonlyArray<Given>, listId: string) =>
  list.length === 0
    ? html`<p>${t.noneGiven}</p>`
    : html`<ul id=${listId}>
        ${list.map((g) => html`<li data-id=${g.id}>${g.label}</li>`)}
      </ul>`

// -------------------------------------------------------------------------------------------------------------
// 360 feedback (on the cycle page) and the SKM survey page
// -------------------------------------------------------------------------------------------------------------

const feedbackSection = (locale: Locale, c: CycleSummary, s: ServerState, h: ServerHandlers) => {
  const t = cycleTexts(locale)
  const period = String(c.year)
  const report = s.feedbackReport
  return html`<section class="card" aria-labelledby="f360-title" id="cycle-360">
    <h3 id="f360-title">${t.feedback360(c.year)}</h3>
    ${
      c.as === "pegawai"
        ? report === undefined
          ? html`<p class="note">${t.showReportNote}</p>
              <button type="button" id="show-360" @click=${() => void h.showFeedbackReport()}>${t.showReport}</button>`
          : html`<p id="report-360" data-status=${report.status}>
                ${t.reportStatus[report.status] ?? report.status}${
                  report.overall?.score?.text
                    ? html` · ${t.overall}: <strong>${decimal(report.overall.score.text, locale)}</strong>`
                    : nothing
                }
              </p>
              ${
                report.values && report.status === "sufficient"
                  ? html`<div class="table-scroll" role="region" aria-label=${`${t.value360} (${t.table})`} tabindex="0">
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">${t.value360}</th>
                            <th scope="col">${t.score}</th>
                          </tr>
                        </thead>
                        <tbody>
                          ${Object.entries(report.values).map(
                            ([v, x]) => html`<tr>
                              <td>${Behaviour.labels[v as Behaviour.CoreValue]?.[locale] ?? v}</td>
                              <td class="num">${x?.score?.text ? decimal(x.score.text, locale) : "–"}</td>
                            </tr>`
                          )}
                        </tbody>
                      </table>
                    </div>`
                  : nothing
              }
              ${groupList(locale, report)}`
        : html`<p class="note">${t.feedback360Intro}</p>
            ${keyed(
              `${c.id}|${s.feedbackRound}`,
              html`<asn-feedback-form
                subject-id=${c.nip}
                rater-group="atasan"
                period=${period}
                label=${c.name}
                @asn-feedback-submit=${(e: FeedbackSubmitEvent) => void h.submitFeedback(e)}
              ></asn-feedback-form>`
            )}
            ${statusLine(s.feedbackNotice, "feedback-status")}`
    }
  </section>`
}

/**
 * The rater groups of a 360 report: size and average, or the widgets' one wording for a hidden group with the
 * policy's threshold (`anonymity.minimumGroupSize`, carried by the aggregate's trace).
 */
const groupList = (locale: Locale, report: FeedbackReport) => {
  const t = cycleTexts(locale)
  const k = report.trace?.minimumGroupSize
  const groups = report.groups ?? []
  if (groups.length === 0 || k === undefined) return nothing
  return html`<ul id="groups-360">
    ${groups.map(
      (g) => html`<li data-group=${g.group} data-status=${g.status ?? "insufficient"}>
        ${t.raterGroup[g.group] ?? g.group}: ${t.raters(g.raters)}
        ${
          g.status === "suppressed"
            ? html`· ${messages(locale).suppressedBelow(k)}`
            : g.overall?.score?.text
              ? html`· ${decimal(g.overall.score.text, locale)}`
              : nothing
        }
      </li>`
    )}
  </ul>`
}

/** The SKM survey page on the server: the region's service units, a ticket per response, the unit's IKM. */
export const surveyView = (locale: Locale, s: ServerState, h: ServerHandlers): TemplateResult => {
  const t = cycleTexts(locale)
  const services = s.units.filter((u) => u.service)
  const unit = services.find((u) => u.id === s.surveyUnit) ?? services[0]
  const year = new Date().getFullYear()
  return html`<div class="page-body" id="survey-page">
    <h1 id="page-title" tabindex="-1">${t.surveyTitle}</h1>
    <p class="lead">${t.surveyIntro}</p>
    <div class="toolbar">
      <label
        >${t.serviceUnit}
        <select id="survey-unit" @change=${(e: Event) => void h.surveyUnit((e.target as HTMLSelectElement).value)}>
          ${services.map(
            (u) => html`<option value=${u.id} ?selected=${u.id === unit?.id}>${u.service} (${u.name})</option>`
          )}
        </select>
      </label>
    </div>
    <div class="columns survey">
      <div>
        ${keyed(
          `${unit?.id}|${s.surveyRound}`,
          html`<asn-survey-form
            label=${unit?.service ?? t.surveyTitle}
            @asn-survey-submit=${(e: SurveySubmitEvent) => void h.submitSurvey(e)}
          ></asn-survey-form>`
        )}
        ${problemBox(s.surveyProblem)} ${statusLine(s.surveyNotice, "survey-status")}
        ${
          s.surveyNotice
            ? html`<button
                type="button"
                id="new-survey"
                @click=${() => void h.surveyUnit(unit?.id ?? "")}
              >
                ${t.newSurvey}
              </button>`
            : nothing
        }
      </div>
      <section class="card" aria-labelledby="server-ikm-title" id="server-ikm">
        <h2 id="server-ikm-title">${t.ikmTitle(year)}</h2>
        ${
          s.ikmReport !== undefined && has("asn-ikm-report")
            ? html`<asn-ikm-report .data=${s.ikmReport}></asn-ikm-report>`
            : html`<p>${t.ikmNone}</p>`
        }
      </section>
    </div>
  </div>`
}
