/**
 * Beranda, Evaluasi and Dasbor when the portal runs on `@pembinaan/server` and someone is signed in: everything shown
 * is the server's data for that person, no generated sample.
 *
 * - Beranda: who the signed-in person is (`GET /api/employees/:nip`), their SKP per year and what it stands at
 *   (`GET /api/cycles`), what waits for them, their stored results (`GET /api/employees/:nip/results`) and their
 *   development plan's JP (`GET /api/employees/:nip/development-plan`);
 * - Evaluasi: the evaluation queue (the cycles where the next step is theirs) and the evaluation records of every
 *   cycle they are a party to (periodic and annual evaluations, the year's result), each opened on the SKP page;
 * - Dasbor: the unit dashboard (`GET /api/widgets/unit-dashboard`) in `<asn-unit-dashboard>`, for the roles the
 *   server allows it (pejabat penilai, atasan, admin BKPSDM).
 */
import type { Locale } from "@pembinaan/widgets"
import { html, nothing, type TemplateResult } from "lit"
import type { CycleSummary, DemoUser, StoredResult } from "./api.js"
import { cycleTexts, developmentSummary, mainRole, type ServerHandlers, type ServerState } from "./cycle.js"
import { regions } from "./data/regions.js"
import { decimal } from "./i18n.js"
import { has } from "./widgets.js"

const id = {
  home: (name: string) => `Beranda: ${name}`,
  homeIntro:
    "Ringkasan Anda dari server pembinaan: data pegawai, SKP per tahun, tugas yang menunggu dan hasil kinerja.",
  profile: "Data pegawai",
  name: "Nama",
  nip: "NIP",
  jabatan: "Jabatan",
  unit: "Unit kerja",
  region: "Daerah",
  role: "Peran",
  mySkp: "SKP saya",
  noSkp: "Belum ada SKP atas nama Anda.",
  year: "Tahun",
  status: "Status",
  predikat: "Predikat",
  waiting: "Menunggu tindakan Anda",
  waitingCount: (n: number) => (n === 0 ? "Tidak ada yang menunggu." : `${n} SKP menunggu tindakan Anda.`),
  toQueue: "Lihat antrean evaluasi",
  results: "Hasil kinerja tersimpan",
  noResults: "Belum ada hasil kinerja tersimpan.",
  period: "Periode",
  score: "Nilai",
  development: "Rencana pengembangan saya",
  open: "Buka di halaman SKP",
  evaluation: "Evaluasi",
  evaluationIntro:
    "Antrean evaluasi dan rekam evaluasi dari server: SKP yang menunggu langkah Anda, lalu semua evaluasi periodik dan tahunan pada SKP yang melibatkan Anda.",
  queue: "Antrean evaluasi",
  queueEmpty: "Tidak ada SKP yang menunggu langkah Anda.",
  records: "Rekam evaluasi",
  recordsEmpty: "Belum ada SKP yang melibatkan Anda.",
  employee: "Pegawai",
  periodic: "Evaluasi periodik",
  annual: "Evaluasi tahunan",
  result: "Hasil tahunan",
  part: "Peran Anda",
  parts: {
    pegawai: "pegawai",
    "pejabat-penilai": "pejabat penilai",
    "atasan-pejabat-penilai": "atasan",
    admin: "admin BKPSDM"
  } as Record<string, string>,
  next: {
    "pegawai/draft": "ajukan rencana SKP",
    "pegawai/approved": "beri tanda terima hasil",
    "pejabat-penilai/proposed": "setujui rencana SKP",
    "pejabat-penilai/change-proposed": "tanggapi perubahan rencana",
    "pejabat-penilai/agreed": "evaluasi periodik atau tahunan",
    "atasan-pejabat-penilai/evaluated": "setujui atau kembalikan evaluasi",
    "atasan-pejabat-penilai/keberatan": "putuskan keberatan"
  } as Record<string, string>,
  nextStep: "Langkah berikutnya",
  none: "–",
  dashboards: "Dasbor",
  dashboardIntro: "Dasbor unit dari server: predikat setiap pegawai di daerah Anda per periode dan IKM unit layanan.",
  unitDashboard: "Dasbor unit",
  dashboardLoading: "Memuat dasbor unit dari server…",
  nineBoxTitle: (period: string) => `Peta talenta (9-box), periode ${period}`,
  nineBoxIntro: "Predikat kinerja periode ini dan nilai potensial dari tinjauan talenta, per pegawai.",
  competencyTitle: "Kesenjangan kompetensi",
  competencyIntro: "Hasil asesmen kompetensi terakhir setiap pegawai terhadap standar jabatannya (JPM).",
  dashboardRefused:
    "Dasbor unit hanya untuk pejabat penilai, atasan pejabat penilai dan admin BKPSDM. Hasil kinerja Anda sendiri ada di Beranda dan di halaman SKP.",
  table: "tabel"
}

type HomeTexts = typeof id

const en: HomeTexts = {
  home: (name) => `Home: ${name}`,
  homeIntro: "Your summary from the pembinaan server: your record, your SKP per year, what waits for you and results.",
  profile: "Employee record",
  name: "Name",
  nip: "NIP",
  jabatan: "Position (jabatan)",
  unit: "Unit",
  region: "Region",
  role: "Role",
  mySkp: "My SKP",
  noSkp: "No SKP in your name yet.",
  year: "Year",
  status: "Status",
  predikat: "Predikat",
  waiting: "Waiting for you",
  waitingCount: (n) => (n === 0 ? "Nothing is waiting." : `${n} SKP ${n === 1 ? "waits" : "wait"} for you.`),
  toQueue: "See the evaluation queue",
  results: "Stored performance results",
  noResults: "No stored results yet.",
  period: "Period",
  score: "Score",
  development: "My development plan",
  open: "Open on the SKP page",
  evaluation: "Evaluation",
  evaluationIntro:
    "The evaluation queue and records from the server: the SKP waiting for your step, then every periodic and annual evaluation of the SKP you are a party to.",
  queue: "Evaluation queue",
  queueEmpty: "No SKP is waiting for your step.",
  records: "Evaluation records",
  recordsEmpty: "No SKP you are a party to yet.",
  employee: "Employee",
  periodic: "Periodic evaluations",
  annual: "Annual evaluation",
  result: "Year's result",
  part: "Your part",
  parts: {
    pegawai: "employee",
    "pejabat-penilai": "pejabat penilai",
    "atasan-pejabat-penilai": "atasan",
    admin: "BKPSDM admin"
  },
  next: {
    "pegawai/draft": "propose the SKP plan",
    "pegawai/approved": "acknowledge the result",
    "pejabat-penilai/proposed": "agree the SKP plan",
    "pejabat-penilai/change-proposed": "answer the plan change",
    "pejabat-penilai/agreed": "periodic or annual evaluation",
    "atasan-pejabat-penilai/evaluated": "approve or return the evaluation",
    "atasan-pejabat-penilai/keberatan": "decide the keberatan"
  },
  nextStep: "Next step",
  none: "–",
  dashboards: "Dashboards",
  dashboardIntro:
    "The unit dashboard from the server: every employee's predikat in your region per period and the IKM.",
  unitDashboard: "Unit dashboard",
  dashboardLoading: "Loading the unit dashboard from the server…",
  nineBoxTitle: (period) => `Talent matrix (9-box), period ${period}`,
  nineBoxIntro: "Each employee's predikat of this period and potensial score from the talent review.",
  competencyTitle: "Competency gaps",
  competencyIntro: "Each employee's latest competency assessment against the standard of the position (JPM).",
  dashboardRefused:
    "The unit dashboard is for pejabat penilai, atasan and BKPSDM admins. Your own results are on Home and the SKP page.",
  table: "table"
}

const homeTexts = (locale: Locale): HomeTexts => (locale === "en" ? en : id)

/** The cycles whose next step is the signed-in user's (by their part in it and the cycle's status). */
export const queueOf = (cycles: ReadonlyArray<CycleSummary>): ReadonlyArray<CycleSummary> =>
  cycles.filter((c) => `${c.as}/${c.status}` in id.next)

const title = (text: string) => html`<h1 id="page-title" tabindex="-1">${text}</h1>`

const scroll = (label: string, locale: Locale, content: TemplateResult) =>
  html`<div class="table-scroll" role="region" aria-label=${`${label} (${homeTexts(locale).table})`} tabindex="0">
    ${content}
  </div>`

const openButton = (t: HomeTexts, c: CycleSummary, h: ServerHandlers) =>
  html`<button
    type="button"
    data-open=${c.id}
    aria-label=${`${t.open}: ${c.name}, ${t.year} ${c.year}`}
    @click=${() => void h.openOnCyclePage(c.id)}
  >
    ${t.open}
  </button>`

/** The year's predikat of a cycle: the result once there is one, else the annual evaluation's. */
const yearPredikat = (c: CycleSummary): string | undefined => c.state.result?.predikat ?? c.state.annual?.predikat

// -------------------------------------------------------------------------------------------------------------
// Beranda
// -------------------------------------------------------------------------------------------------------------

/** Beranda of the signed-in person. */
export const homeView = (locale: Locale, user: DemoUser, s: ServerState, h: ServerHandlers): TemplateResult => {
  const t = homeTexts(locale)
  const c = cycleTexts(locale)
  const mine = s.cycles.filter((x) => x.as === "pegawai")
  const waiting = queueOf(s.cycles)
  const regionName = user.region in regions ? regions[user.region as keyof typeof regions].name : user.region
  return html`<div class="page-body" id="home-page">
    ${title(t.home(user.name))}
    <p class="lead">${t.homeIntro}</p>
    <div class="columns">
      <section class="card" aria-labelledby="profile-title" id="home-profile">
        <h2 id="profile-title">${t.profile}</h2>
        <dl class="facts profile">
          <div><dt>${t.name}</dt><dd>${s.me?.name ?? user.name}</dd></div>
          <div><dt>${t.nip}</dt><dd>${user.nip}</dd></div>
          ${s.me ? html`<div><dt>${t.jabatan}</dt><dd>${s.me.jabatan}</dd></div>` : nothing}
          ${s.me ? html`<div><dt>${t.unit}</dt><dd>${unitName(s, s.me.unit)}</dd></div>` : nothing}
          <div><dt>${t.region}</dt><dd>${regionName}</dd></div>
          <div><dt>${t.role}</dt><dd>${c.role[mainRole(user)]}</dd></div>
        </dl>
      </section>
      <section class="card" aria-labelledby="waiting-title" id="home-waiting">
        <h2 id="waiting-title">${t.waiting}</h2>
        <p id="waiting-count" data-count=${waiting.length}>${t.waitingCount(waiting.length)}</p>
        ${waiting.length > 0 ? html`<p><a href="#/evaluasi" id="to-queue">${t.toQueue}</a></p>` : nothing}
      </section>
    </div>
    <section class="card" aria-labelledby="my-skp-title" id="home-skp">
      <h2 id="my-skp-title">${t.mySkp}</h2>
      ${
        mine.length === 0
          ? html`<p>${t.noSkp}</p>`
          : html`<ul class="cycle-list">
              ${mine.map(
                (x) => html`<li data-cycle=${x.id} data-status=${x.status}>
                  <div>
                    <strong>${t.year} ${x.year}</strong><br />
                    <span class="badge">${c.statusOf[x.status] ?? x.status}</span>
                    ${yearPredikat(x) ? html`<br /><small>${t.predikat}: ${yearPredikat(x)}</small>` : nothing}
                  </div>
                  ${openButton(t, x, h)}
                </li>`
              )}
            </ul>`
      }
    </section>
    <section class="card" aria-labelledby="results-title" id="home-results">
      <h2 id="results-title">${t.results}</h2>
      ${resultsTable(locale, s.myResults)}
    </section>
    <section class="card" aria-labelledby="home-dev-title" id="home-development">
      <h2 id="home-dev-title">${t.development}</h2>
      ${developmentSummary(locale, s.myPlan, "home-jp")}
    </section>
  </div>`
}

const unitName = (s: ServerState, unit: string): string => s.units.find((u) => u.id === unit)?.name ?? unit

const resultsTable = (locale: Locale, results: ReadonlyArray<StoredResult> | undefined) => {
  const t = homeTexts(locale)
  if (results === undefined || results.length === 0) return html`<p>${t.noResults}</p>`
  return scroll(
    t.results,
    locale,
    html`<table id="results-table">
      <thead>
        <tr>
          <th scope="col">${t.period}</th>
          <th scope="col">${t.predikat}</th>
          <th scope="col" class="num">${t.score}</th>
        </tr>
      </thead>
      <tbody>
        ${results.map(
          (r) => html`<tr data-period=${r.period}>
            <th scope="row">${r.period}</th>
            <td>${r.predikat}</td>
            <td class="num">${r.score === null ? t.none : decimal(r.score, locale)}</td>
          </tr>`
        )}
      </tbody>
    </table>`
  )
}

// -------------------------------------------------------------------------------------------------------------
// Evaluasi
// -------------------------------------------------------------------------------------------------------------

/** The signed-in user's evaluation queue and records. */
export const evaluationView = (locale: Locale, s: ServerState, h: ServerHandlers): TemplateResult => {
  const t = homeTexts(locale)
  const c = cycleTexts(locale)
  const queue = queueOf(s.cycles)
  return html`<div class="page-body" id="evaluation-page">
    ${title(t.evaluation)}
    <p class="lead">${t.evaluationIntro}</p>
    <section class="card" aria-labelledby="queue-title" id="evaluation-queue">
      <h2 id="queue-title">${t.queue}</h2>
      ${
        queue.length === 0
          ? html`<p>${t.queueEmpty}</p>`
          : html`<ul class="cycle-list">
              ${queue.map(
                (x) => html`<li data-cycle=${x.id} data-status=${x.status} data-as=${x.as}>
                  <div>
                    <strong>${x.name}</strong> · ${t.year} ${x.year}<br />
                    <small>${t.nip} ${x.nip} · ${t.part}: ${t.parts[x.as] ?? x.as}</small><br />
                    <span class="badge">${t.nextStep}: ${t.next[`${x.as}/${x.status}`]}</span>
                  </div>
                  ${openButton(t, x, h)}
                </li>`
              )}
            </ul>`
      }
    </section>
    <section class="card" aria-labelledby="records-title" id="evaluation-records">
      <h2 id="records-title">${t.records}</h2>
      ${
        s.cycles.length === 0
          ? html`<p>${t.recordsEmpty}</p>`
          : scroll(
              t.records,
              locale,
              html`<table id="records-table">
                <thead>
                  <tr>
                    <th scope="col">${t.employee}</th>
                    <th scope="col">${t.year}</th>
                    <th scope="col">${t.periodic}</th>
                    <th scope="col">${t.annual}</th>
                    <th scope="col">${t.result}</th>
                    <th scope="col">${t.status}</th>
                  </tr>
                </thead>
                <tbody>
                  ${s.cycles.map(
                    (x) => html`<tr data-cycle=${x.id}>
                      <th scope="row">
                        ${x.name}<br /><small>${t.part}: ${t.parts[x.as] ?? x.as}</small>
                      </th>
                      <td>${x.year}</td>
                      <td>
                        ${
                          x.state.periodic.length === 0
                            ? t.none
                            : x.state.periodic.map(
                                (p, i) =>
                                  html`${i > 0 ? html`<br />` : nothing}<span class="nowrap">${p.period}: ${p.predikat}</span>`
                              )
                        }
                      </td>
                      <td>${x.state.annual?.predikat ?? t.none}</td>
                      <td>${x.state.result?.predikat ?? t.none}</td>
                      <td>${c.statusOf[x.status] ?? x.status}</td>
                    </tr>`
                  )}
                </tbody>
              </table>`
            )
      }
    </section>
  </div>`
}

// -------------------------------------------------------------------------------------------------------------
// Dasbor
// -------------------------------------------------------------------------------------------------------------

/** The unit dashboard from the server. */
export const dashboardView = (locale: Locale, user: DemoUser, s: ServerState): TemplateResult => {
  const t = homeTexts(locale)
  const regionName = user.region in regions ? regions[user.region as keyof typeof regions].name : user.region
  const data = s.dashboard as
    | {
        readonly records?: ReadonlyArray<{ readonly unit?: string }>
        readonly ikm?: ReadonlyArray<{ readonly unit?: string }>
      }
    | undefined
  // The server names units by id; the page shows their names (from `GET /api/units`).
  const named = <A extends { readonly unit?: string }>(xs: ReadonlyArray<A> | undefined) =>
    (xs ?? []).map((x) => (x.unit === undefined ? x : { ...x, unit: unitName(s, x.unit) }))
  return html`<div class="page-body" id="dashboard-page">
    ${title(t.dashboards)}
    <p class="lead">${t.dashboardIntro}</p>
    <section class="card" aria-labelledby="unit-dash-title" id="server-dashboard">
      <h2 id="unit-dash-title">${t.unitDashboard}: ${regionName}</h2>
      ${
        s.dashboardRefused
          ? html`<p id="dashboard-refused">${t.dashboardRefused}</p>`
          : data !== undefined && has("asn-unit-dashboard")
            ? html`<asn-unit-dashboard
                id="unit-dashboard"
                data-records=${data.records?.length ?? 0}
                .data=${{ ...data, title: regionName, records: named(data.records), ikm: named(data.ikm) }}
              ></asn-unit-dashboard>`
            : html`<p role="status">${t.dashboardLoading}</p>`
      }
    </section>
    ${talentSections(t, s)}
  </div>`
}

/** The nine-box and the competency gaps from the server, when it has them for this user. */
const talentSections = (t: HomeTexts, s: ServerState): TemplateResult => {
  const box = s.nineBox as { readonly people?: ReadonlyArray<{ readonly unit?: string }> } | undefined
  const gaps = s.competencyGap as { readonly matches?: ReadonlyArray<unknown> } | undefined
  // The widgets carry their own titles (the nine-box's with the period); the cards add only a sentence.
  return html`${
    box?.people && box.people.length > 0 && has("asn-nine-box")
      ? html`<section class="card" aria-label=${t.nineBoxTitle(s.nineBoxPeriod ?? "")} id="server-nine-box">
          <p class="lead">${t.nineBoxIntro}</p>
          <asn-nine-box
            label=${t.nineBoxTitle(s.nineBoxPeriod ?? "")}
            .data=${{ ...box, people: box.people.map((p) => (p.unit === undefined ? p : { ...p, unit: unitName(s, p.unit) })) }}
          ></asn-nine-box>
        </section>`
      : nothing
  }
  ${
    gaps?.matches && gaps.matches.length > 0 && has("asn-competency-gap")
      ? html`<section class="card" aria-label=${t.competencyTitle} id="server-competency-gap">
          <p class="lead">${t.competencyIntro}</p>
          <asn-competency-gap .data=${gaps}></asn-competency-gap>
        </section>`
      : nothing
  }`
}
