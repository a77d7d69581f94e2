/**
 * The development programmes page (issue 17) on `@pembinaan/server`: what the signed-in user's role may see of the
 * region's programme records, through the programme widgets where one fits and plain tables otherwise.
 *
 * - everyone: the region's programme policy (where it came from), their own development plan (JP year, enrolments,
 *   e-learning, `<asn-development-plan>`), the next programme their recorded post-training score leads to, and the
 *   region's rules on their quarterly results (reward or coaching each quarter, with the unit's IKM when the role
 *   may read it); their own mentoring pair and coaching plans;
 * - a mentor: their pairs in `<asn-mentoring-log editable>`, a session added there is sent as a `RecordSession`
 *   event (the server's version, a 409 reloads);
 * - officials: the effectiveness report (`<asn-programme-report>` with the IKM as the success indicator), forums and
 *   their follow-up (`<asn-forum-minutes>`), coaching plans (`<asn-remediation-plan>`), activity reports, LAPOR!
 *   complaints per unit; BKPSDM also the e-learning completions imported from Moodle.
 *
 * `<portal-programmes>` renders into the light DOM (the portal's styles apply) and reads the API itself with the
 * session's token.
 */
import { Presets, Rule } from "@pembinaan/core"
import type { Locale } from "@pembinaan/widgets"
import type { MentoringSessionEvent } from "@pembinaan/widgets/programmes.js"
import { Result } from "effect"
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit"
import "@pembinaan/widgets/define/asn-development-plan.js"
import "@pembinaan/widgets/define/asn-forum-minutes.js"
import "@pembinaan/widgets/define/asn-mentoring-log.js"
import "@pembinaan/widgets/define/asn-programme-report.js"
import "@pembinaan/widgets/define/asn-remediation-plan.js"
import type { Session } from "./api.js"
import { decimal } from "./i18n.js"

const id = {
  title: "Program pengembangan",
  loading: "Memuat program…",
  failed: (detail: string) => `Data program tidak dapat dimuat: ${detail}`,
  policy: (region: string, source: string, version: number) =>
    `Kebijakan program daerah ${region} (${source === "published" ? `diterbitkan, versi ${version}` : source === "preset" ? "contoh bawaan daerah" : "bawaan"})`,
  thresholds: "Ambang program berikutnya",
  thresholdLine: (op: string, value: number, label: string) =>
    `${op === "below" ? "di bawah" : "paling sedikit"} ${value} → ${label}`,
  noThresholds: "Daerah ini tidak menetapkan ambang nilai pascapelatihan.",
  plan: "Rencana pengembangan saya",
  next: "Program berikutnya setelah pelatihan",
  nextScore: (score: string, course: string) => `Nilai pascapelatihan ${score} (kursus ${course})`,
  nextNone: "Tidak ada program lanjutan menurut ambang daerah.",
  noScore: "Belum ada nilai pascapelatihan.",
  quarters: "Penghargaan dan pembinaan per triwulan",
  quarter: "Triwulan",
  predikat: "Predikat",
  ikm: "IKM unit",
  followUp: "Tindak lanjut menurut aturan daerah",
  none: "Tidak ada",
  noResults: "Belum ada hasil triwulan.",
  mentoring: "Mentoring ASN baru",
  noMentoring: "Tidak ada pasangan mentoring.",
  sessionSaved: "Sesi mentoring tersimpan di server.",
  plans: "Rencana pembinaan dan konseling",
  effectiveness: "Efektivitas program dan mitra",
  forums: "Forum warga dan dialog publik",
  activity: "Laporan kegiatan",
  period: "Periode",
  indicator: "Indikator",
  activityName: "Kegiatan",
  realisasi: "Realisasi",
  evidence: "Bukti",
  status: "Status",
  reportStatus: {
    submitted: "Menunggu telaah",
    accepted: "Diterima",
    returned: "Dikembalikan",
    rejected: "Ditolak"
  } as Readonly<Record<string, string>>,
  complaints: "Pengaduan SP4N-LAPOR! per unit",
  unit: "Unit",
  count: "Pengaduan",
  rated: "Dinilai pelapor",
  resolved: "Selesai",
  channel: "Nilai kanal pengaduan",
  elearning: "E-learning unit terpencil (impor Moodle)",
  employee: "Pegawai",
  course: "Kursus",
  date: "Tanggal",
  minutes: "Menit",
  noneYet: "Belum ada.",
  courses: "Pelatihan, seminar, workshop dan magang",
  dates: "Tanggal",
  provider: "Penyelenggara",
  internal: "BKPSDM",
  enrolled: "Peserta",
  completed: "Selesai",
  partners: "Mitra",
  partnerKinds: { universitas: "universitas", ngo: "LSM", "lan-bpsdm": "LAN/BPSDM", lainnya: "lainnya" } as Readonly<
    Record<string, string>
  >,
  nextAll: "Nilai pascapelatihan → program berikutnya",
  roles: {
    "admin-bkpsdm": "BKPSDM",
    atasan: "atasan",
    "pejabat-penilai": "pejabat penilai",
    pegawai: "pegawai",
    mentor: "mentor",
    konselor: "konselor"
  } as Readonly<Record<string, string>>
}

type ProgrammeTexts = typeof id

const en: ProgrammeTexts = {
  title: "Development programmes",
  loading: "Loading the programmes…",
  failed: (detail) => `The programme data could not be loaded: ${detail}`,
  policy: (region, source, version) =>
    `The programme policy of ${region} (${source === "published" ? `published, version ${version}` : source === "preset" ? "the region's example" : "default"})`,
  thresholds: "Next-programme thresholds",
  thresholdLine: (op, value, label) => `${op === "below" ? "below" : "at least"} ${value} → ${label}`,
  noThresholds: "This region sets no post-training score thresholds.",
  plan: "My development plan",
  next: "Next programme after training",
  nextScore: (score, course) => `Post-training score ${score} (course ${course})`,
  nextNone: "No follow-up programme by the region's thresholds.",
  noScore: "No post-training score yet.",
  quarters: "Reward and coaching per quarter",
  quarter: "Quarter",
  predikat: "Predikat",
  ikm: "Unit IKM",
  followUp: "Follow-up by the region's rules",
  none: "None",
  noResults: "No quarterly results yet.",
  mentoring: "New ASN mentoring",
  noMentoring: "No mentoring pair.",
  sessionSaved: "The mentoring session is stored on the server.",
  plans: "Coaching and counselling plans",
  effectiveness: "Programme and partner effectiveness",
  forums: "Citizen forums and public dialogue",
  activity: "Activity reports",
  period: "Period",
  indicator: "Indicator",
  activityName: "Activity",
  realisasi: "Realisasi",
  evidence: "Evidence",
  status: "Status",
  reportStatus: { submitted: "Awaiting review", accepted: "Accepted", returned: "Returned", rejected: "Rejected" },
  complaints: "SP4N-LAPOR! complaints per unit",
  unit: "Unit",
  count: "Complaints",
  rated: "Rated by the reporter",
  resolved: "Resolved",
  channel: "Complaint channel score",
  elearning: "Remote units' e-learning (Moodle import)",
  employee: "Employee",
  course: "Course",
  date: "Date",
  minutes: "Minutes",
  noneYet: "None yet.",
  courses: "Training, seminars, workshops and internships",
  dates: "Dates",
  provider: "Provider",
  internal: "BKPSDM",
  enrolled: "Participants",
  completed: "Completed",
  partners: "Partners",
  partnerKinds: { universitas: "university", ngo: "NGO", "lan-bpsdm": "LAN/BPSDM", lainnya: "other" },
  nextAll: "Post-training score → next programme",
  roles: {
    "admin-bkpsdm": "BKPSDM",
    atasan: "superior",
    "pejabat-penilai": "rating official",
    pegawai: "employee",
    mentor: "mentor",
    konselor: "counsellor"
  }
}

/** The page's texts in a language. */
export const programmeTexts = (locale: Locale): ProgrammeTexts => (locale === "en" ? en : id)

// biome-ignore lint/suspicious/noExplicitAny: the page reads the server's JSON as it comes
type Json = any

interface Loaded {
  readonly policy: Json
  readonly plan: Json
  /** `<asn-development-plan>`'s data, exactly as the server's widget endpoint returns it. */
  readonly planWidget: Json
  readonly next: Json
  readonly quarters: ReadonlyArray<{
    readonly period: string
    readonly predikat: string
    readonly ikm: string | null
    readonly outcomes: ReadonlyArray<{ readonly id: string; readonly label: string }>
  }>
  readonly mentoring: Json | undefined
  readonly effectiveness: Json | undefined
  readonly forum: Json | undefined
  readonly followUp: Json | undefined
  readonly activity: Json | undefined
  readonly complaints: Json | undefined
  readonly elearning: Json | undefined
  readonly training: Json | undefined
  /** The next programme of every participant with a completed course (officials). */
  readonly nextAll: ReadonlyArray<Json>
  /** The IKM of the participants' unit, the programmes' success indicator (officials). */
  readonly ikm:
    | { readonly value: string; readonly mutu: string; readonly unit: string; readonly period: string }
    | undefined
  readonly names: Readonly<Record<string, string>>
  /** Unit names by id. */
  readonly units: Readonly<Record<string, string>>
}

const ruleSets: Readonly<Record<string, Rule.RuleSet>> = {
  bukittinggi: Presets.regionRules.bukittinggi,
  muaratebo: Presets.regionRules.muaratebo,
  sawahlunto: Presets.regionRules.sawahlunto
}

/** A data id in words (`daftar-hadir-pembinaan` → `Daftar hadir pembinaan`). */
const words = (id: string): string => {
  const w = id.replace(/[-_]+/g, " ").trim()
  return w.charAt(0).toUpperCase() + w.slice(1)
}

const quarterEnd = (period: string): string => {
  const [year, q] = period.split("-Q")
  return `${year}-${["03-31", "06-30", "09-30", "12-31"][Number(q) - 1] ?? "12-31"}`
}

/**
 * `<portal-programmes>`: the development programmes page. Set `session` (the signed-in user) and `locale`.
 */
export class PortalProgrammes extends LitElement {
  static override properties = {
    session: { attribute: false },
    locale: {},
    data: { state: true },
    problem: { state: true },
    note: { state: true }
  }

  declare session: Session | undefined
  declare locale: Locale
  declare data: Loaded | undefined
  declare problem: string | undefined
  declare note: string | undefined

  constructor() {
    super()
    this.locale = "id"
  }

  protected override createRenderRoot(): HTMLElement {
    return this
  }

  private async get(path: string): Promise<Json> {
    const response = await fetch(`/api${path}`, {
      headers: {
        accept: "application/json, application/problem+json",
        "accept-language": this.locale === "en" ? "en" : "id",
        authorization: `Bearer ${this.session?.token ?? ""}`
      }
    })
    const body = await response.json()
    if (!response.ok) throw new Error(String(body?.detail ?? response.status))
    return body
  }

  private async maybe(path: string): Promise<Json | undefined> {
    try {
      return await this.get(path)
    } catch {
      return undefined
    }
  }

  /** Reads everything the page shows (officials' parts only for officials). */
  async load(): Promise<void> {
    const session = this.session
    if (!session) return
    const me = session.user
    const nip = encodeURIComponent(me.nip)
    const official = me.roles.some((r) => r !== "pegawai")
    try {
      const [policy, plan, planWidget, next, results, employee, unitList] = await Promise.all([
        this.get("/programme-policy"),
        this.get(`/employees/${nip}/development-plan?year=2026`),
        this.get(`/widgets/development-plan?nip=${nip}&year=2026`),
        this.get(`/employees/${nip}/next-programme`),
        this.get(`/employees/${nip}/results`),
        this.get(`/employees/${nip}`),
        this.maybe("/units")
      ])
      const [mentoring, effectiveness, forum, followUp, activity, complaints, elearning, staff] = await Promise.all(
        official
          ? [
              this.maybe("/programmes/mentoring"),
              this.maybe("/training/effectiveness"),
              this.maybe("/programmes/forum"),
              this.maybe("/forum/follow-up"),
              this.maybe("/programmes/activity-report"),
              this.maybe("/citizen/complaints"),
              me.roles.includes("admin-bkpsdm") ? this.maybe("/elearning/completions") : undefined,
              this.maybe(`/units/${encodeURIComponent(employee.unit)}/employees`)
            ]
          : [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]
      )
      const quarters = await this.quarters(me.region, employee.unit, results)
      const training = official ? await this.maybe("/programmes/training") : undefined
      const participants = [
        ...new Set(
          Object.values(training?.state?.enrolments ?? {})
            .filter((en: Json) => en.status === "completed")
            .map((en: Json) => en.employee as string)
        )
      ].sort()
      const nextAll = (
        await Promise.all(participants.map((p) => this.maybe(`/employees/${encodeURIComponent(p)}/next-programme`)))
      ).filter((x) => x?.status === "decided")
      const first = participants[0] === undefined ? undefined : await this.maybe(`/employees/${participants[0]}`)
      const ikmBody =
        first === undefined
          ? undefined
          : await this.maybe(`/surveys/ikm?unit=${encodeURIComponent(first.unit)}&period=2026-Q4`)
      const ikm =
        ikmBody?.mutu?.score?.text === undefined
          ? undefined
          : { value: ikmBody.mutu.score.text, mutu: ikmBody.mutu.label, unit: first.unit, period: "2026-Q4" }
      const names: Record<string, string> = { [me.nip]: me.name }
      for (const e of (staff as ReadonlyArray<{ nip: string; name: string }> | undefined) ?? []) names[e.nip] = e.name
      this.data = {
        policy,
        plan,
        planWidget,
        next,
        quarters,
        mentoring,
        effectiveness,
        forum,
        followUp,
        activity,
        complaints,
        elearning,
        training,
        nextAll,
        ikm,
        names,
        units: Object.fromEntries(
          ((unitList as ReadonlyArray<{ id: string; name: string }> | undefined) ?? []).map((u) => [u.id, u.name])
        )
      }
      this.problem = undefined
    } catch (error) {
      this.problem = programmeTexts(this.locale).failed(String((error as Error).message))
    }
  }

  /** The region's rules on each quarter's result (history up to that quarter, with the unit's IKM when readable). */
  private async quarters(region: string, unit: string, results: ReadonlyArray<Json>): Promise<Loaded["quarters"]> {
    const rules = ruleSets[region]
    const out: Array<Loaded["quarters"][number]> = []
    const sorted = [...results].sort((a, b) => (a.period < b.period ? -1 : 1))
    for (const [i, r] of sorted.entries()) {
      const ikm = await this.maybe(
        `/surveys/ikm?unit=${encodeURIComponent(unit)}&period=${encodeURIComponent(r.period)}`
      )
      const score = ikm?.mutu?.score as { text: string; value: number } | undefined
      const facts: Rule.Facts = {
        asOf: quarterEnd(r.period),
        history: sorted.slice(0, i + 1).map((x) => ({ period: x.period, predikat: x.predikat })),
        ...(score === undefined ? {} : { unit: { ikm: score.value, mutu: ikm.mutu.label } })
      }
      const decided = rules === undefined ? undefined : Rule.decide(rules, facts)
      out.push({
        period: r.period,
        predikat: r.predikat,
        ikm: score?.text ?? null,
        outcomes:
          decided !== undefined && Result.isSuccess(decided)
            ? decided.success.outcomes
                .filter((o) => o.kind === "reward" || o.kind === "remediation")
                .map((o) => ({ id: o.id, label: o.label }))
            : []
      })
    }
    return out
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("session")) void this.load()
  }

  /** Sends a session the mentor added, against the record's version; reloads either way. */
  private readonly onSession = async (e: MentoringSessionEvent): Promise<void> => {
    e.preventDefault()
    const version = this.data?.mentoring?.version ?? 0
    const response = await fetch("/api/programmes/mentoring/events", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": this.locale === "en" ? "en" : "id",
        authorization: `Bearer ${this.session?.token ?? ""}`
      },
      body: JSON.stringify({ version, event: { command: e.detail.command } })
    })
    const body = await response.json()
    this.note = response.ok ? programmeTexts(this.locale).sessionSaved : String(body?.detail ?? response.status)
    await this.load()
  }

  protected override render(): TemplateResult {
    const t = programmeTexts(this.locale)
    const d = this.data
    if (this.problem) return html`<p class="status error" role="alert" id="programmes-problem">${this.problem}</p>`
    if (!d) return html`<p id="programmes-loading">${t.loading}</p>`
    const me = this.session?.user
    const official = me?.roles.some((r) => r !== "pegawai") ?? false
    const pairs: ReadonlyArray<Json> = official
      ? Object.values(d.mentoring?.state?.pairs ?? {}).filter(
          (p: Json) => p.mentor === me?.nip || p.mentee === me?.nip || me?.roles.includes("admin-bkpsdm")
        )
      : (d.plan.mentoring ?? [])
    const plans: ReadonlyArray<Json> = official ? Object.values(d.mentoring?.state?.plans ?? {}) : (d.plan.plans ?? [])
    return html`<div class="programmes" id="programmes" data-region=${me?.region ?? ""}>
      ${this.policyCard(t, d)} ${this.planCard(t, d)} ${this.quartersCard(t, d)}
      <section class="card" aria-labelledby="prog-mentoring-title" id="prog-mentoring">
        <h2 id="prog-mentoring-title">${t.mentoring}</h2>
        ${
          pairs.length === 0
            ? html`<p>${t.noMentoring}</p>`
            : pairs.map(
                (pair) =>
                  html`<asn-mentoring-log
                    data-pair=${pair.id}
                    name="sesi"
                    ?editable=${pair.mentor === me?.nip && pair.status === "active"}
                    .data=${{ pair, names: d.names, minSessions: d.policy.document.mentoring.minSessions }}
                    @asn-mentoring-session=${this.onSession}
                  ></asn-mentoring-log>`
              )
        }
        <p class="status success" role="status" id="prog-mentoring-note">${this.note ?? ""}</p>
      </section>
      ${
        plans.length === 0
          ? nothing
          : html`<section class="card" aria-labelledby="prog-plans-title" id="prog-plans">
              <h2 id="prog-plans-title">${t.plans}</h2>
              ${plans.map((p) => {
                const type = Presets.regionRules.bukittinggiPlans.plans.find((x) => x.type === p.plan.type)
                // Evidence kinds and roles in words: the widget shows them as given.
                const plan = { ...p.plan, evidence: p.plan.evidence.map((e: Json) => ({ ...e, kind: words(e.kind) })) }
                return html`<asn-remediation-plan
                  data-plan=${p.plan.id}
                  .data=${{
                    plan,
                    konselor: p.konselor,
                    steps: p.steps.map((x: Json) => ({ ...x, role: t.roles[x.role] ?? x.role })),
                    names: d.names,
                    ...(type ? { label: type.label, requiredEvidence: type.evidence.map(words) } : {})
                  }}
                ></asn-remediation-plan>`
              })}
            </section>`
      }
      ${official ? this.officialCards(t, d) : nothing}
    </div>`
  }

  private policyCard(t: ProgrammeTexts, d: Loaded) {
    const thresholds: ReadonlyArray<Json> = d.policy.document.nextProgramme
    return html`<section class="card" aria-labelledby="prog-policy-title" id="prog-policy" data-source=${d.policy.source}>
      <h2 id="prog-policy-title">${t.title}</h2>
      <p>${t.policy(d.policy.document.region, d.policy.source, d.policy.version)}</p>
      <h3>${t.thresholds}</h3>
      ${
        thresholds.length === 0
          ? html`<p>${t.noThresholds}</p>`
          : html`<ul id="prog-thresholds">
              ${thresholds.map((x) => html`<li data-outcome=${x.outcome}>${t.thresholdLine(x.op, x.value, x.label)}</li>`)}
            </ul>`
      }
    </section>`
  }

  private planCard(t: ProgrammeTexts, d: Loaded) {
    const p = d.plan
    const widget = d.planWidget
    const outcomes: ReadonlyArray<Json> = d.next.outcomes ?? []
    return html`<section class="card" aria-labelledby="prog-plan-title" id="prog-plan">
        <h2 id="prog-plan-title">${t.plan}</h2>
        <asn-development-plan id="prog-development-plan" data-jp=${widget.jp.total} .data=${widget}></asn-development-plan>
        ${
          (p.elearning ?? []).length === 0
            ? nothing
            : html`<p id="prog-plan-elearning">${t.elearning}: ${p.elearning.length}</p>`
        }
      </section>
      <section class="card" aria-labelledby="prog-next-title" id="prog-next" data-status=${d.next.status}
        data-outcomes=${outcomes.map((o) => o.id).join(" ")}>
        <h2 id="prog-next-title">${t.next}</h2>
        ${
          d.next.status !== "decided"
            ? html`<p>${t.noScore}</p>`
            : html`<p>${t.nextScore(decimal(d.next.score, this.locale), d.next.course)}</p>
                ${
                  outcomes.length === 0
                    ? html`<p>${t.nextNone}</p>`
                    : html`<ul>
                        ${outcomes.map((o) => html`<li data-outcome=${o.id}><strong>${o.label}</strong></li>`)}
                      </ul>`
                }`
        }
      </section>`
  }

  private quartersCard(t: ProgrammeTexts, d: Loaded) {
    return html`<section class="card" aria-labelledby="prog-quarters-title" id="prog-quarters">
      <h2 id="prog-quarters-title">${t.quarters}</h2>
      ${
        d.quarters.length === 0
          ? html`<p>${t.noResults}</p>`
          : html`<ul class="quarters">
              ${d.quarters.map(
                (q) => html`<li data-period=${q.period} data-outcomes=${q.outcomes.map((o) => o.id).join(" ")}>
                  <strong>${q.period}</strong>: ${q.predikat}${q.ikm === null ? "" : ` · ${t.ikm} ${decimal(q.ikm, this.locale)}`}
                  <br />${t.followUp}: ${q.outcomes.length === 0 ? t.none : q.outcomes.map((o) => o.label).join("; ")}
                </li>`
              )}
            </ul>`
      }
    </section>`
  }

  private officialCards(t: ProgrammeTexts, d: Loaded) {
    const me = this.session?.user
    const forums: ReadonlyArray<Json> = Object.values(d.forum?.state?.forums ?? {})
    const commitments: ReadonlyArray<Json> = Object.values(d.forum?.state?.commitments ?? {})
    const reports: ReadonlyArray<Json> = Object.values(d.activity?.state?.reports ?? {}).filter(
      (r: Json) => me?.roles.includes("admin-bkpsdm") || r.employee === me?.nip || r.superior === me?.nip
    )
    const units: ReadonlyArray<[string, Json]> = Object.entries(d.complaints?.byUnit ?? {})
    const report =
      d.effectiveness === undefined
        ? undefined
        : {
            programmes: d.effectiveness.programmes,
            partners: d.effectiveness.partners,
            ...(d.ikm === undefined ? {} : { ikm: d.ikm })
          }
    const partners: ReadonlyArray<Json> = Object.values(d.training?.state?.partners ?? {})
    const courses: ReadonlyArray<Json> = Object.values(d.training?.state?.courses ?? {})
    const enrolments: ReadonlyArray<Json> = Object.values(d.training?.state?.enrolments ?? {})
    const items = d.training?.state?.items ?? {}
    return html`${
      courses.length === 0
        ? nothing
        : html`<section class="card" aria-labelledby="prog-courses-title" id="prog-courses">
            <h2 id="prog-courses-title">${t.courses}</h2>
            <div class="table-scroll" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.course}</th>
                    <th scope="col">${t.dates}</th>
                    <th scope="col">${t.provider}</th>
                    <th scope="col">${t.enrolled}</th>
                    <th scope="col">${t.completed}</th>
                  </tr>
                </thead>
                <tbody>
                  ${courses.map((c) => {
                    const mine = enrolments.filter((en) => en.course === c.id)
                    const partner =
                      c.provider?.kind === "partner" ? d.training.state.partners[c.provider.partner] : undefined
                    return html`<tr data-course=${c.id} data-enrolled=${mine.length}>
                      <th scope="row">${items[c.item]?.title ?? c.item}</th>
                      <td>${c.start} – ${c.end}</td>
                      <td>${partner?.name ?? t.internal}</td>
                      <td>${mine.length}</td>
                      <td>${mine.filter((en) => en.status === "completed").length}</td>
                    </tr>`
                  })}
                </tbody>
              </table>
            </div>
            ${
              partners.length === 0
                ? nothing
                : html`<h3>${t.partners}</h3>
                    <ul id="prog-partners">
                      ${partners.map(
                        (x) =>
                          html`<li data-partner=${x.id} data-kind=${x.kind}>
                            ${x.name} (${t.partnerKinds[x.kind] ?? x.kind}; ${x.agreement.from} – ${x.agreement.to})
                          </li>`
                      )}
                    </ul>`
            }
          </section>`
    }
    ${
      report === undefined || report.programmes.length === 0
        ? nothing
        : html`<section class="card" aria-labelledby="prog-effect-title" id="prog-effectiveness">
            <h2 id="prog-effect-title">${t.effectiveness}</h2>
            <asn-programme-report .data=${report}></asn-programme-report>
            ${
              d.nextAll.length === 0
                ? nothing
                : html`<h3>${t.nextAll}</h3>
                    <ul id="prog-next-all">
                      ${d.nextAll.map(
                        (n) =>
                          html`<li data-employee=${n.employee} data-outcomes=${n.outcomes.map((o: Json) => o.id).join(" ")}>
                            ${d.names[n.employee] ?? n.employee}: ${decimal(n.score, this.locale)} →
                            ${n.outcomes.length === 0 ? t.none : n.outcomes.map((o: Json) => o.label).join("; ")}
                          </li>`
                      )}
                    </ul>`
            }
          </section>`
    }
    ${
      forums.length === 0
        ? nothing
        : html`<section class="card" aria-labelledby="prog-forums-title" id="prog-forums">
            <h2 id="prog-forums-title">${t.forums}</h2>
            ${forums.map(
              (f) =>
                html`<asn-forum-minutes
                  data-forum=${f.id}
                  .data=${{
                    minutes: { ...f, unit: d.units[f.unit] ?? f.unit },
                    commitments: commitments.filter((c) => c.forum === f.id),
                    ...(d.followUp?.followUp
                      ? {
                          followUp: {
                            asOf: d.followUp.followUp.asOf,
                            considered: d.followUp.followUp.considered,
                            done: d.followUp.followUp.done,
                            percent: d.followUp.followUp.percent
                          }
                        }
                      : {}),
                    names: d.names
                  }}
                ></asn-forum-minutes>`
            )}
          </section>`
    }
    ${
      reports.length === 0
        ? nothing
        : html`<section class="card" aria-labelledby="prog-activity-title" id="prog-activity">
            <h2 id="prog-activity-title">${t.activity}</h2>
            <div class="table-scroll" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.period}</th>
                    <th scope="col">${t.indicator}</th>
                    <th scope="col">${t.activityName}</th>
                    <th scope="col">${t.realisasi}</th>
                    <th scope="col">${t.evidence}</th>
                    <th scope="col">${t.status}</th>
                  </tr>
                </thead>
                <tbody>
                  ${reports.map(
                    (r) => html`<tr data-report=${r.id} data-status=${r.status}>
                      <th scope="row">${r.period}</th>
                      <td>${r.indicator}</td>
                      <td>${r.activity}</td>
                      <td>${decimal(String(r.corrected ?? r.realisasi), this.locale)}</td>
                      <td>${(r.evidence ?? []).length}</td>
                      <td>${t.reportStatus[r.status] ?? r.status}</td>
                    </tr>`
                  )}
                </tbody>
              </table>
            </div>
          </section>`
    }
    ${
      units.length === 0
        ? nothing
        : html`<section class="card" aria-labelledby="prog-complaints-title" id="prog-complaints">
            <h2 id="prog-complaints-title">${t.complaints}</h2>
            <div class="table-scroll" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.unit}</th>
                    <th scope="col">${t.count}</th>
                    <th scope="col">${t.rated}</th>
                    <th scope="col">${t.resolved}</th>
                    <th scope="col">${t.channel}</th>
                  </tr>
                </thead>
                <tbody>
                  ${units.map(
                    ([unit, u]) => html`<tr data-unit=${unit}>
                      <th scope="row">${d.units[unit] ?? unit}</th>
                      <td>${u.count}</td>
                      <td>${u.rated}</td>
                      <td>${u.resolved.percent === null ? "—" : `${decimal(u.resolved.percent, this.locale)} %`}</td>
                      <td>${u.result?.status === "sufficient" ? decimal(u.result.score.text, this.locale) : "—"}</td>
                    </tr>`
                  )}
                </tbody>
              </table>
            </div>
          </section>`
    }
    ${
      d.elearning === undefined || d.elearning.completions.length === 0
        ? nothing
        : html`<section class="card" aria-labelledby="prog-elearning-title" id="prog-elearning">
            <h2 id="prog-elearning-title">${t.elearning}</h2>
            <div class="table-scroll" tabindex="0">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.employee}</th>
                    <th scope="col">${t.course}</th>
                    <th scope="col">${t.date}</th>
                    <th scope="col">${t.minutes}</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.elearning.completions.map(
                    (c: Json) => html`<tr data-employee=${c.employee}>
                      <th scope="row">${c.employee}</th>
                      <td>${d.elearning.courses[c.course]?.title ?? c.course}</td>
                      <td>${c.on}</td>
                      <td>${c.minutes ?? "—"}</td>
                    </tr>`
                  )}
                </tbody>
              </table>
            </div>
          </section>`
    }`
  }
}

if (!customElements.get("portal-programmes")) customElements.define("portal-programmes", PortalProgrammes)

declare global {
  interface HTMLElementTagNameMap {
    "portal-programmes": PortalProgrammes
  }
}
