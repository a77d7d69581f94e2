/**
 * The portal's views: a pure function of the state (lit-html templates). Without a server every number shown comes
 * from the model, which got it from `@pembinaan/core`; signed in on the server, the pages show the server's data.
 */
import {
  Behaviour,
  type Consequence,
  type Evaluation,
  type Feedback,
  type LegalBasis,
  Presets,
  Quadrant,
  type Rule,
  type Talent
} from "@pembinaan/core"
import { exactFraction, type Locale, messages, roundDecimal, toRecord } from "@pembinaan/widgets"
import { Result } from "effect"
import { html, nothing, type TemplateResult } from "lit"
import { keyed } from "lit/directives/keyed.js"
import type { Handlers } from "./app.js"
import "./combobox.js"
import "./programmes.js"
import type { Session } from "./api.js"
import type { PortalCombobox } from "./combobox.js"
import {
  cycleTexts,
  cycleView,
  mainRole,
  type ServerHandlers,
  type ServerState,
  signInView,
  surveyView
} from "./cycle.js"
import { quarters } from "./data/generate.js"
import { consequencePolicies, type EmployeeView, feedbackPolicy, type Model, type UnitView } from "./data/model.js"
import { type RegionId, regionIds, regions } from "./data/regions.js"
import { dashboardView, evaluationView, homeView } from "./home.js"
import { decimal, num, type Texts, texts } from "./i18n.js"
import { has } from "./widgets.js"

/**
 * The pages of both modes: on the sample data without a server; signed in on the server, on the server's data
 * (`cycle.ts` for Survei, `home.ts` for Beranda, Evaluasi and Dasbor).
 */
export const pages = ["beranda", "evaluasi", "survei", "dasbor"] as const

/** The pages that need the server (shown once signed in). */
export const serverPages = ["siklus", "program"] as const

/** A page. */
export type Page = (typeof pages)[number] | (typeof serverPages)[number]

/** An evaluation being edited, scored live. */
export interface Draft {
  readonly input: Evaluation.EvaluationInput
  readonly result: Result.Result<Evaluation.Evaluated, Evaluation.EvaluationError>
}

/** A status line (success or error) shown after an action. */
export interface Status {
  readonly kind: "success" | "error"
  readonly text: string
}

/** The portal's state. */
export interface ViewState {
  region: RegionId
  page: Page
  locale: Locale
  model: Model
  employee: string
  period: string
  surveyUnit: string
  surveyRound: number
  raterGroup: Feedback.RaterGroup
  feedbackRound: number
  draft: Draft | undefined
  status: { readonly [area: string]: Status }
  storage: boolean
  focusMain: boolean
  /** The server part (sign-in and the cycle page), when the portal runs with a server. */
  server: ServerState | undefined
  /** The signed-in demo user. */
  session: Session | undefined
}

type Ctx = { readonly s: ViewState; readonly h: Handlers; readonly t: Texts; readonly d: (text: string) => string }

/** A data id in words (`interaksi-dengan-masyarakat` → `Interaksi dengan masyarakat`). */
const words = (id: string): string => {
  const w = id.replace(/[-_]+/g, " ").trim()
  return w.charAt(0).toUpperCase() + w.slice(1)
}

const predikatClass = (p: string): string =>
  ({
    "Sangat Baik": "p-sangat-baik",
    Baik: "p-baik",
    "Butuh Perbaikan": "p-butuh",
    "Kurang/Misconduct": "p-kurang",
    "Sangat Kurang": "p-sangat-kurang"
  })[p] ?? ""

const status = (s: Status | undefined, id: string) =>
  html`<p id=${id} class="status ${s?.kind ?? ""}" role="status" aria-live="polite">${s?.text ?? ""}</p>`

/** A table that scrolls sideways in its own box: a named region, named apart from the section around it. */
const scroll = (label: string, content: TemplateResult) =>
  html`<div class="table-scroll" role="region" aria-label=${`${label} (${tableWord()})`} tabindex="0">${content}</div>`

let tableLocale: Locale = "id"
const tableWord = (): string => (tableLocale === "en" ? "table" : "tabel")

/** A citation's note in the page's language (`{ id, en }`); a plain-string note is English, never shown in Indonesian. */
const legalNote = (b: LegalBasis.Citation, locale: Locale): string | undefined =>
  typeof b.note === "string" ? (locale === "en" ? b.note : undefined) : b.note?.[locale]

const legal = (t: Texts, basis: LegalBasis.LegalBasis, locale: Locale) =>
  html`<ul class="legal">
    ${basis.map((b) => {
      const note = legalNote(b, locale)
      return html`<li>
        <strong>${b.regulation}</strong>${b.article ? html`, ${b.article}` : nothing}
        ${b.confirmed ? nothing : html`<span class="badge muted">${t.unconfirmed}</span>`}
        ${note ? html`<br /><small>${note}</small>` : nothing}
      </li>`
    })}
  </ul>`

// -------------------------------------------------------------------------------------------------------------
// shell
// -------------------------------------------------------------------------------------------------------------

/** The whole portal. */
export const view = (s: ViewState, h: Handlers): TemplateResult => {
  const t = texts(s.locale)
  tableLocale = s.locale
  const c: Ctx = { s, h, t, d: (x) => decimal(x, s.locale) }
  const region = s.model.region
  return html`
    <a class="skip" href="#main" @click=${(e: Event) => skip(e)}>${t.skip}</a>
    <header class="site-header">
      <div class="brand">
        <span class="logo" aria-hidden="true">ASN</span>
        <div>
          <p class="portal-name">${t.portal}</p>
          <p class="region-name" id="region-name">${region.name} · ${region.province}</p>
        </div>
      </div>
      <div class="switches">
        ${
          s.server === undefined
            ? html`<label
                >${t.region}
                <select id="region" @change=${(e: Event) => h.region((e.target as HTMLSelectElement).value)}>
                  ${regionIds.map((id) => html`<option value=${id} ?selected=${id === s.region}>${regions[id].name}</option>`)}
                </select>
              </label>`
            : s.session
              ? html`<p class="signed-in" id="signed-in" data-nip=${s.session.user.nip}>
                  ${cycleTexts(s.locale).signedInAs(
                    s.session.user.name,
                    cycleTexts(s.locale).roleShort[mainRole(s.session.user)]
                  )}
                  <button type="button" id="sign-out" @click=${() => h.server.signOut()}>
                    ${cycleTexts(s.locale).signOut}
                  </button>
                </p>`
              : nothing
        }
        <label
          >${t.language}
          <select id="lang" @change=${(e: Event) => h.language((e.target as HTMLSelectElement).value)}>
            <option value="id" ?selected=${s.locale === "id"}>Bahasa Indonesia</option>
            <option value="en" ?selected=${s.locale === "en"}>English</option>
          </select>
        </label>
      </div>
      ${
        s.server !== undefined && s.session === undefined
          ? nothing
          : html`<nav aria-label=${t.nav} class=${s.server ? "with-server" : ""}>
        <ul ?data-scroll=${s.server !== undefined}>
          ${[...(s.server ? serverPages : []), ...pages].map(
            (p) =>
              html`<li>
                <a
                  href="#/${p}"
                  data-page=${p}
                  aria-current=${s.page === p ? "page" : "false"}
                  @click=${(e: Event) => {
                    e.preventDefault()
                    h.go(p)
                  }}
                  >${t.pages[p]}</a
                >
              </li>`
          )}
        </ul>
      </nav>`
      }
    </header>
    ${s.storage ? nothing : html`<p class="banner error" role="alert">${t.storageUnavailable}</p>`}
    <main id="main" tabindex="-1">
      ${
        s.server !== undefined && s.session === undefined
          ? signInView(s.locale, s.server, h.server)
          : s.page === "siklus" && s.server !== undefined && s.session !== undefined
            ? cycleView(s.locale, s.session.user, s.server, h.server)
            : s.page === "program" && s.session !== undefined
              ? html`<portal-programmes .session=${s.session} .locale=${s.locale}></portal-programmes>`
              : s.server !== undefined && s.session !== undefined
                ? signedInPage(s, s.server, s.session, h.server)
                : s.page === "beranda"
                  ? beranda(c)
                  : s.page === "evaluasi"
                    ? evaluasi(c)
                    : s.page === "survei"
                      ? survei(c)
                      : dasbor(c)
      }
    </main>
    <footer class="site-footer">
      <p>${s.server === undefined ? t.footer : t.footerServer}</p>
      <p><a href="/docs/index.html">${t.docs}</a></p>
      ${
        // The reset clears the sample pages' entries: only the portal without a server has them.
        s.server === undefined
          ? html`<p>
              <button type="button" class="link" @click=${() => void h.reset()}>${t.reset}</button>
              ${status(s.status.reset, "reset-status")}
            </p>`
          : nothing
      }
    </footer>
  `
}

/** A page of the signed-in portal: the server's data, no sample. */
const signedInPage = (s: ViewState, sv: ServerState, session: Session, h: ServerHandlers): TemplateResult =>
  s.page === "survei"
    ? surveyView(s.locale, sv, h)
    : s.page === "evaluasi"
      ? evaluationView(s.locale, sv, h)
      : s.page === "dasbor"
        ? dashboardView(s.locale, session.user, sv)
        : homeView(s.locale, session.user, sv, h)

const skip = (e: Event) => {
  e.preventDefault()
  const root = (e.target as HTMLElement).getRootNode() as Document | ShadowRoot
  root.querySelector<HTMLElement>("#main")?.focus()
}

const pageTitle = (text: string) => html`<h1 id="page-title" tabindex="-1">${text}</h1>`

// -------------------------------------------------------------------------------------------------------------
// Beranda
// -------------------------------------------------------------------------------------------------------------

const beranda = (c: Ctx) => {
  const { s, t, d } = c
  const m = s.model
  const serviceUnits = m.units.filter((u) => u.ikm !== undefined)
  const meanIkm =
    serviceUnits.length === 0
      ? "-"
      : num(serviceUnits.reduce((a, u) => a + (u.ikm?.nilai.value ?? 0), 0) / serviceUnits.length, s.locale, 2)
  const good = m.distribution.counts["Sangat Baik"] + m.distribution.counts.Baik
  const behind = m.jpReport?.behind.length ?? 0
  return html`
    ${pageTitle(`${t.pages.beranda}: ${m.region.name}`)}
    <p class="lead">${t.tagline(m.region.name)}</p>
    <p class="note">${t.demoNote}</p>
    <section aria-labelledby="kpi-title">
      <h2 id="kpi-title">${t.overview}</h2>
      <ul class="kpis">
        <li><span class="kpi-value" id="kpi-asn">${num(m.employees.length, s.locale)}</span><span>${t.asnCount}</span></li>
        <li><span class="kpi-value">${num(m.units.length, s.locale)}</span><span>${t.unitCount}</span></li>
        <li><span class="kpi-value" id="kpi-ikm">${meanIkm}</span><span>${t.meanIkm}</span></li>
        <li>
          <span class="kpi-value">${num((good * 100) / Math.max(1, m.distribution.total), s.locale, 1)}%</span
          ><span>${t.goodShare(m.latestPeriod)}</span>
        </li>
        <li><span class="kpi-value">${num(behind, s.locale)}</span><span>${t.behindJp}</span></li>
      </ul>
    </section>
    <div class="columns">
      <section aria-labelledby="dist-title">
        <h2 id="dist-title">${t.predikatDistribution(m.latestPeriod)}</h2>
        ${distributionTable(c, m.distribution)}
        <h3>${t.warnings}</h3>
        ${
          m.distribution.warnings.length === 0
            ? html`<p>${t.noWarnings}</p>`
            : html`<ul>
                ${m.distribution.warnings.map(
                  (w) =>
                    html`<li>
                      ${w.guideline.predikat.join(", ")}: ${d(w.actualPercent)}% (${t.op[w.guideline.op] ?? w.guideline.op}
                      ${num(w.guideline.percent, s.locale)}%)
                    </li>`
                )}
              </ul>`
        }
      </section>
      <section aria-labelledby="units-title">
        <h2 id="units-title">${t.units}</h2>
        <ul class="unit-list">
          ${m.units.map(
            (u) =>
              html`<li>
                <strong>${u.unit.name}</strong>
                <span>${num(u.employees, s.locale)} ASN · ${u.unit.service ?? t.internalUnit}</span>
                ${u.ikm ? html`<span class="badge">${t.ikm} ${d(u.ikm.nilai.text)} (${u.ikm.mutu.label})</span>` : nothing}
              </li>`
          )}
        </ul>
      </section>
    </div>
    ${policySection(c)}
  `
}

const distributionTable = (c: Ctx, report: Model["distribution"]) => {
  const { s, t, d } = c
  return scroll(
    t.predikatDistribution(s.model.latestPeriod),
    html`<table class="dist">
      <thead>
        <tr>
          <th scope="col">${t.predikat}</th>
          <th scope="col" class="num">${t.count}</th>
          <th scope="col">${t.percent}</th>
        </tr>
      </thead>
      <tbody>
        ${Quadrant.predikats.map(
          (p) =>
            html`<tr>
              <th scope="row"><span class="dot ${predikatClass(p)}" aria-hidden="true"></span>${p}</th>
              <td class="num">${num(report.counts[p], s.locale)}</td>
              <td>
                <span class="bar"><span class=${predikatClass(p)} style="width:${report.percents[p]}%"></span></span>
                ${d(report.percents[p])}%
              </td>
            </tr>`
        )}
      </tbody>
    </table>`
  )
}

const policySection = (c: Ctx) => {
  const { s, t } = c
  const policy = s.model.region.policy
  const label = (id: string) => policy.indicators.find((i) => i.id === id)
  return html`<section aria-labelledby="policy-title" class="policy">
    <h2 id="policy-title" data-policy-id=${policy.id}>${t.policy}: ${policy.title}</h2>
    <p>
      <span class="badge">${policy.region}</span> <span class="badge">${t.policyVersion(policy.version)}</span>
      ${policy.illustrative ? html`<span class="badge warn">${t.illustrative}</span>` : nothing}
    </p>
    <h3>${t.scorecards}</h3>
    <div class="columns">
      ${policy.scorecards.map((card) =>
        scroll(
          card.label,
          html`<table>
            <caption>
              ${card.label}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.indicator}</th>
                <th scope="col">${t.category}</th>
                <th scope="col" class="num">${t.weight}</th>
              </tr>
            </thead>
            <tbody>
              ${card.weights.map(
                (w) =>
                  html`<tr>
                    <th scope="row">${label(w.indicator)?.label ?? w.indicator}</th>
                    <td>${words(label(w.indicator)?.category ?? "")}</td>
                    <td class="num">${num(w.weight, s.locale)}%</td>
                  </tr>`
              )}
            </tbody>
          </table>`
        )
      )}
    </div>
    ${
      policy.hasilKerja.source === "indicators"
        ? html`<h3>${t.hasilKerja}</h3>
            <p>
              ${policy.hasilKerja.mapping.bands.map(
                (b) => html`<span class="badge">${b.label} ≥ ${num(b.lower, s.locale)}</span> `
              )}
            </p>`
        : nothing
    }
    <details>
      <summary>${t.legalBasis}</summary>
      ${legal(t, policy.legalBasis, s.locale)}
    </details>
  </section>`
}

// -------------------------------------------------------------------------------------------------------------
// Evaluasi
// -------------------------------------------------------------------------------------------------------------

/** Picking one of many employees: a searchable combobox (by name or number), numbers shown where names collide. */
const employeeSelect = (c: Ctx, id: string, onChange: (value: string) => void) => {
  const { s, t } = c
  const units = new Map(s.model.units.map((u) => [u.unit.id, u.unit.name]))
  return html`<portal-combobox
    id=${id}
    .options=${s.model.employees.map((v) => ({
      value: v.employee.id,
      name: v.employee.name,
      number: v.employee.id,
      detail: `${v.employee.jabatan} · ${units.get(v.employee.unit) ?? ""}`
    }))}
    .value=${s.employee}
    .texts=${{ label: t.employee, hint: t.employeeHint, matches: t.employeeMatches, none: t.employeeNone }}
    @change=${(e: Event) => onChange((e.currentTarget as PortalCombobox).value)}
  ></portal-combobox>`
}

const current = (s: ViewState): EmployeeView | undefined => s.model.employees.find((e) => e.employee.id === s.employee)

const evaluasi = (c: Ctx) => {
  const { s, h, t } = c
  const v = current(s)
  return html`
    ${pageTitle(t.evaluation)}
    <div class="toolbar">
      ${employeeSelect(c, "employee", h.employee)}
      <label
        >${t.period}
        <select id="period" @change=${(e: Event) => h.period((e.target as HTMLSelectElement).value)}>
          ${quarters.map((q) => html`<option value=${q} ?selected=${q === s.period}>${q}</option>`)}
        </select>
      </label>
    </div>
    ${v ? (has("asn-evaluation-form") ? evaluationWidget(c, v) : evaluationForm(c, v)) : nothing}
    ${v ? history(c, v) : nothing} ${v ? annualSection(c, v) : nothing} ${v ? consequencesSection(c, v) : nothing}
    ${v ? feedbackSection(c, v) : nothing}
  `
}

/** `<asn-evaluation-form>`: the employee's period under the region's policy; a submission replaces that period. */
const evaluationWidget = (c: Ctx, v: EmployeeView) => {
  const { s, h, t } = c
  return html`<section aria-labelledby="eval-form-title">
    <h2 id="eval-form-title">${v.employee.name} · ${s.period}</h2>
    <p>
      ${t.jabatan}: ${v.employee.jabatan}
      ${v.edited.includes(s.period) ? html`<span class="badge warn">${t.edited}</span>` : nothing}
    </p>
    <p class="note">${t.evaluationHint}</p>
    ${keyed(
      `${s.region}|${s.employee}|${s.period}|${v.edited.join()}`,
      html`<asn-evaluation-form
        id="evaluation-widget"
        .policy=${s.model.region.policy}
        .value=${v.inputs[s.period]}
        employee-id=${v.employee.id}
        period=${s.period}
        scorecard=${v.employee.scorecard}
        @asn-evaluation-submit=${(e: EvaluationEvent) => void h.submitEvaluation(e)}
      ></asn-evaluation-form>`
    )}
    ${status(s.status.evaluation, "evaluation-status")}
  </section>`
}

type EvaluationEvent = Parameters<Handlers["submitEvaluation"]>[0]

const evaluationForm = (c: Ctx, v: EmployeeView) => {
  const { s, h, t, d } = c
  const base = v.inputs[s.period]
  if (!base) return nothing
  const policy = s.model.region.policy
  const result = s.draft ? s.draft.result : Result.succeed(v.evaluations[s.period] as Evaluation.Evaluated)
  const values = s.draft?.input ?? base
  const def = (id: string) => policy.indicators.find((i) => i.id === id)
  const problems = Result.isFailure(result) && result.failure._tag === "InvalidInput" ? result.failure.problems : []
  const problemAt = (indicatorIndex: number) =>
    problems.find((p) => p.path[0] === "measurements" && p.path[1] === indicatorIndex)
  const evaluated = Result.isSuccess(result) ? result.success : undefined
  return html`<section aria-labelledby="eval-form-title">
    <h2 id="eval-form-title">${v.employee.name} · ${s.period}</h2>
    <p>
      ${t.jabatan}: ${v.employee.jabatan} ·
      ${policy.scorecards.find((sc) => sc.id === v.employee.scorecard)?.label ?? v.employee.scorecard}
      ${v.edited.includes(s.period) ? html`<span class="badge warn">${t.edited}</span>` : nothing}
    </p>
    ${keyed(
      `${s.region}|${s.employee}|${s.period}|${v.edited.join()}`,
      html`<form
        id="evaluation-form"
        class="evaluation"
        novalidate
        @input=${(e: Event) => h.draft(e.currentTarget as HTMLFormElement)}
        @change=${(e: Event) => h.draft(e.currentTarget as HTMLFormElement)}
        @submit=${(e: Event) => {
          e.preventDefault()
          void h.saveEvaluation(e.currentTarget as HTMLFormElement)
        }}
      >
        <fieldset>
          <legend>${t.measurements}</legend>
          <div class="measurements">
            ${(values.measurements ?? []).map((m, i) => {
              const info = def(m.indicator)
              const target =
                typeof m.target === "number"
                  ? num(m.target, s.locale)
                  : `${num(m.target.lower, s.locale)}–${num(m.target.upper, s.locale)}`
              const problem = problemAt(i)
              const fieldId = `realisasi-${m.indicator}`
              return html`<div class="field">
                <label for=${fieldId}>${info?.label ?? m.indicator}</label>
                <small id="${fieldId}-hint">${t.target}: ${target} ${info?.unit ?? ""} · ${info?.direction ?? ""}</small>
                <input
                  id=${fieldId}
                  name=${fieldId}
                  type="text"
                  inputmode="decimal"
                  autocomplete="off"
                  .value=${String(base.measurements?.[i]?.realisasi ?? "")}
                  aria-invalid=${problem ? "true" : "false"}
                  aria-describedby="${fieldId}-hint ${problem ? `${fieldId}-error` : ""}"
                />
                ${problem ? html`<small class="error" id="${fieldId}-error">${problem.message}</small>` : nothing}
              </div>`
            })}
          </div>
        </fieldset>
        ${
          base.berakhlak
            ? html`<fieldset>
                <legend>${t.berakhlak}</legend>
                <div class="ratings">
                  ${Behaviour.coreValues.map(
                    (value) =>
                      html`<asn-rating-input
                        name="berakhlak-${value}"
                        scale="ekspektasi"
                        label=${Behaviour.labels[value][s.locale]}
                        value=${base.berakhlak?.[value] ?? "Sesuai Ekspektasi"}
                      ></asn-rating-input>`
                  )}
                </div>
              </fieldset>`
            : html`<fieldset>
                <legend>${t.perilaku}</legend>
                <asn-rating-input
                  name="perilakuKerja"
                  scale="ekspektasi"
                  label=${t.perilakuKerja}
                  value=${base.perilakuKerja ?? "Sesuai Ekspektasi"}
                ></asn-rating-input>
              </fieldset>`
        }
        <div class="preview" aria-live="polite">
          <h3>${t.preview}</h3>
          ${
            evaluated
              ? html`<dl class="facts">
                    <div><dt>${t.score}</dt><dd id="eval-score">${evaluated.score ? d(evaluated.score.text) : "-"}</dd></div>
                    <div><dt>${t.band}</dt><dd>${evaluated.band ?? "-"}</dd></div>
                    <div><dt>${t.hasilKerja}</dt><dd>${evaluated.hasilKerja}</dd></div>
                    <div><dt>${t.perilakuKerja}</dt><dd>${evaluated.perilakuKerja}</dd></div>
                  </dl>
                  ${
                    evaluated.band && evaluated.band !== evaluated.predikat
                      ? html`<p class="note" id="band-note">${t.bandNotPredikat(evaluated.band, evaluated.predikat)}</p>`
                      : nothing
                  }
                  <asn-predikat
                    hasil-kerja=${evaluated.hasilKerja}
                    perilaku-kerja=${evaluated.perilakuKerja}
                  ></asn-predikat>`
              : html`<p class="error" role="alert">
                  ${Result.isFailure(result) ? t.invalid(problems.length || 1) : ""}
                </p>`
          }
        </div>
        <button type="submit" class="primary">${t.save}</button>
        ${status(s.status.evaluation, "evaluation-status")}
      </form>`
    )}
  </section>`
}

const history = (c: Ctx, v: EmployeeView) => {
  const { s, t, d } = c
  const selected = v.evaluations[s.period]
  const hk = selected?.trace.hasilKerja
  // exact fractions are shown rounded as the policy rounds; the fractions themselves sit in a nested detail
  const r = (text: string) =>
    exactFraction(text) && hk?.source === "indicators" ? roundDecimal(text, hk.rounding, s.locale) : d(text)
  return html`<section aria-labelledby="history-title">
    <h2 id="history-title">${t.history}</h2>
    ${scroll(
      t.history,
      html`<table id="history">
        <thead>
          <tr>
            <th scope="col">${t.period}</th>
            <th scope="col" class="num">${t.score}</th>
            <th scope="col">${t.band}</th>
            <th scope="col">${t.hasilKerja}</th>
            <th scope="col">${t.perilakuKerja}</th>
            <th scope="col">${t.predikat}</th>
          </tr>
        </thead>
        <tbody>
          ${quarters.map((q) => {
            const e = v.evaluations[q]
            return html`<tr aria-current=${q === s.period ? "true" : "false"}>
              <th scope="row">${q}${v.edited.includes(q) ? html` <span class="badge warn">${t.edited}</span>` : nothing}</th>
              <td class="num">${e?.score ? d(e.score.text) : "-"}</td>
              <td>${e?.band ?? "-"}</td>
              <td>${e?.hasilKerja ?? "-"}</td>
              <td>${e?.perilakuKerja ?? "-"}</td>
              <td><span class="badge ${predikatClass(e?.predikat ?? "")}">${e?.predikat ?? "-"}</span></td>
            </tr>`
          })}
        </tbody>
      </table>`
    )}
    ${
      hk && hk.source === "indicators"
        ? html`<details class="trace">
            <summary>${t.trace} (${s.period})</summary>
            <p>${t.weightedFormula}</p>
            ${scroll(
              t.trace,
              html`<table>
                <thead>
                  <tr>
                    <th scope="col">${t.indicator}</th>
                    <th scope="col" class="num">${t.weight}</th>
                    <th scope="col" class="num">${t.capaianHeading}</th>
                    <th scope="col" class="num">${t.score}</th>
                    <th scope="col" class="num">${t.weightedHeading}</th>
                  </tr>
                </thead>
                <tbody>
                  ${hk.indicators.map(
                    (i) =>
                      html`<tr>
                        <th scope="row">${i.label}</th>
                        <td class="num">${d(i.weight)}%</td>
                        <td class="num">${r(i.capaian.raw)}${i.capaian.capped ? ` (${t.cappedNote})` : ""}</td>
                        <td class="num">${r(i.value)}</td>
                        <td class="num">${r(i.weighted)}</td>
                      </tr>`
                  )}
                </tbody>
              </table>`
            )}
            <p>
              ${t.sumLine(
                exactFraction(hk.score)
                  ? `≈ ${roundDecimal(hk.score, { scale: hk.rounding.scale + 2, mode: "half-even" }, s.locale)}`
                  : d(hk.score),
                d(hk.rounded.text),
                hk.rounding.scale,
                hk.rounding.mode,
                hk.band.label,
                hk.rating
              )}
            </p>
            ${
              exactFraction(hk.score)
                ? html`<details class="exact">
                    <summary>${t.exactHeading}</summary>
                    <ul>
                      ${hk.indicators.map((i) => html`<li>${t.exactLine(i.label, exactFraction(i.value) ?? d(i.value))}</li>`)}
                      <li>${t.exactLine("Σ", exactFraction(hk.score) ?? d(hk.score))}</li>
                    </ul>
                  </details>`
                : nothing
            }
            ${legal(t, hk.legalBasis, s.locale)}
          </details>`
        : nothing
    }
  </section>`
}

/** The year's result: `Period.annual` under the region's explicit strategy, with unscored quarters named. */
const annualSection = (c: Ctx, v: EmployeeView) => {
  const { s, t } = c
  const a = v.annual
  const year = s.model.data.year
  const r = a.result
  const strategy = a.strategy
  return html`<section aria-labelledby="annual-title" id="annual">
    <h2 id="annual-title">${t.annualTitle(year)}</h2>
    <p class="note">
      ${t.annualStrategy[strategy.strategy] ?? ""}
      ${strategy.strategy === "annual-only" ? nothing : t.annualMissingRule(strategy.missing === "reject", strategy.missing === "reject" ? quarters.length : strategy.minPeriods)}
    </p>
    ${
      r.status === "ok"
        ? html`<p class="annual-predikat">
              ${t.annualPredikat}
              <span class="badge ${predikatClass(r.evaluation.predikat)}" id="annual-predikat">${r.evaluation.predikat}</span>
            </p>
            <dl class="facts">
              ${
                r.evaluation.rounded !== undefined
                  ? html`<div><dt>${t.annualScore}</dt><dd id="annual-score">${num(r.evaluation.rounded, s.locale, 2)}</dd></div>`
                  : nothing
              }
              ${r.evaluation.band ? html`<div><dt>${t.band}</dt><dd>${r.evaluation.band}</dd></div>` : nothing}
              ${r.evaluation.hasilKerja ? html`<div><dt>${t.hasilKerja}</dt><dd>${r.evaluation.hasilKerja}</dd></div>` : nothing}
              ${r.evaluation.perilakuKerja ? html`<div><dt>${t.perilakuKerja}</dt><dd>${r.evaluation.perilakuKerja}</dd></div>` : nothing}
              <div><dt>${t.periodsUsed}</dt><dd>${r.evaluation.trace.periodsUsed.join(", ") || t.none}</dd></div>
              <div><dt>${t.quartersMissing}</dt><dd id="annual-missing">${a.missing.join(", ") || t.none}</dd></div>
              ${lateFact(c, a)}
            </dl>
            <details>
              <summary>${t.legalBasis}</summary>
              ${legal(t, r.evaluation.trace.legalBasis, s.locale)}
            </details>`
        : html`<p class="warn" id="annual-unavailable">
              ${
                r.status === "missing-periods"
                  ? t.annualNeedsPeriods(a.missing.join(", "), r.required)
                  : r.status === "annual-evaluation-missing"
                    ? t.annualNeedsAnnual(year)
                    : t.annualFailed
              }
            </p>
            <dl class="facts">
              <div><dt>${t.quartersMissing}</dt><dd id="annual-missing">${a.missing.join(", ") || t.none}</dd></div>
              ${lateFact(c, a)}
            </dl>`
    }
  </section>`
}

/** The quarters evaluated after their deadline, each with the day it was entered and the deadline. */
const lateFact = (c: Ctx, a: EmployeeView["annual"]) =>
  html`<div>
    <dt>${c.t.quartersLate}</dt>
    <dd id="annual-late">
      ${a.late.length === 0 ? c.t.none : a.late.map((l) => c.t.lateLine(l.period, l.entered, l.due)).join("; ")}
    </dd>
  </div>`

/** Why an outcome was given: the descriptions of the rules that fired for it. */
const why = (c: Ctx, cons: Consequence.Consequences, g: Rule.Given) => {
  const reasons = g.rules.map((id) => cons.trace.evaluation.decisions.find((d) => d.rule === id)?.description ?? "")
  const text = plainIds(reasons.filter((x) => x !== "").join(" "))
  return text ? html`<br /><small>${c.t.because}: ${text}</small>` : nothing
}

const givenList = (c: Ctx, cons: Consequence.Consequences, list: ReadonlyArray<Rule.Given>, id: string) =>
  list.length === 0
    ? html`<p id=${id}>${c.t.noneGiven}</p>`
    : html`<ul id=${id} class="given">
        ${list.map((g) => html`<li data-outcome=${g.id}><strong>${g.label}</strong>${why(c, cons, g)}</li>`)}
      </ul>`

/** Everything that follows from the year's quarterly results, in one call to core (`Consequence.follow`). */
const consequencesSection = (c: Ctx, v: EmployeeView) => {
  const { s, t } = c
  const cons = v.consequences
  if (!cons) return nothing
  const policies = consequencePolicies[s.region]
  const planLabel = (type: string) => policies.plans.plans.find((p) => p.type === type)?.label ?? words(type)
  const planned = new Set(cons.remediation.plans.map((p) => p.type))
  const unplanned = cons.remediation.outcomes.filter((o) => !planned.has(o.id))
  const skippedText = (x: { readonly status: "skipped" | "failed" } & object) =>
    "reason" in x ? (x.reason as { id: string; en: string })[s.locale] : t.stepFailed
  const minimum = Math.min(...(policies.satyalancana?.classes.map((k) => k.years) ?? [10]))
  return html`<section aria-labelledby="consequences-title" id="consequences">
    <h2 id="consequences-title">${t.consequencesTitle(s.model.data.year)}</h2>
    <p class="note">${t.consequencesIntro(cons.predikat ?? "-", cons.asOf)}</p>
    <div class="columns consequences">
      <div class="card" id="cons-rewards">
        <h3>${t.rewards} (${cons.rewards.length})</h3>
        ${givenList(c, cons, cons.rewards, "rewards-list")}
      </div>
      <div class="card" id="cons-coaching">
        <h3>${t.coaching} (${cons.remediation.outcomes.length})</h3>
        ${
          cons.remediation.outcomes.length === 0
            ? html`<p>${t.noneGiven}</p>`
            : html`<ul class="given" id="coaching-list">
                ${cons.remediation.plans.map((p) => {
                  const g = cons.remediation.outcomes.find((o) => o.id === p.type)
                  return html`<li data-plan=${p.type}>
                    <strong>${t.planLine(planLabel(p.type), p.deadline, p.followUpOn)}</strong>${g ? why(c, cons, g) : nothing}
                  </li>`
                })}
                ${unplanned.map((g) => html`<li data-outcome=${g.id}><strong>${g.label}</strong>${why(c, cons, g)}</li>`)}
              </ul>`
        }
      </div>
      <div class="card" id="cons-tpp">
        <h3>${t.tpp}</h3>
        ${
          cons.tpp.status === "computed"
            ? html`<p>
                  ${
                    cons.tpp.kinerjaPercent !== undefined && cons.predikat
                      ? t.tppLine(num(cons.tpp.kinerjaPercent, s.locale), cons.predikat)
                      : t.stepSkipped
                  }
                </p>
                <p class="note">${t.tppPolicy(policies.allowance?.name ?? "")}</p>`
            : html`<p>${skippedText(cons.tpp)}</p>`
        }
      </div>
      <div class="card" id="cons-satyalancana">
        <h3>${t.satyalancana}</h3>
        ${
          cons.satyalancana.status === "computed"
            ? html`<p>
                  ${
                    cons.satyalancana.result.eligible
                      ? t.satyaEligible(
                          satyaLabel(policies, cons.satyalancana.result.class),
                          cons.satyalancana.result.trace.continuousYears,
                          cons.satyalancana.result.trace.countedFrom
                        )
                      : cons.satyalancana.result.trace.disqualifiedBy.length > 0
                        ? t.satyaDisqualified
                        : t.satyaNot(
                            cons.satyalancana.result.trace.continuousYears,
                            minimum,
                            cons.satyalancana.result.trace.countedFrom
                          )
                  }
                </p>
                <p class="note">${t.tmtNote}</p>`
            : html`<p>${skippedText(cons.satyalancana)}</p>`
        }
      </div>
      <div class="card" id="cons-development">
        <h3>${t.developmentTitle} (${cons.development.length})</h3>
        ${givenList(c, cons, cons.development, "development-list")}
        <h4>${t.recommendations}</h4>
        ${
          cons.recommendations.status === "computed"
            ? cons.recommendations.result.items.length === 0
              ? html`<p>${t.noneGiven}</p>`
              : html`<ul class="given" id="recommendations-list">
                  ${cons.recommendations.result.items.map(
                    (item) => html`<li>
                      <strong>${competencyNames()[item.competency] ?? words(item.competency)}</strong>
                      (${t.gapWord} ${c.d(item.gap)}):
                      ${item.suggestions.map((x) => x.name).join(", ")}
                      ${item.suggestions[0]?.reasons.length ? html`<br /><small>${t.because}: ${item.suggestions[0].reasons.map(plainIds).join("; ")}</small>` : nothing}
                    </li>`
                  )}
                </ul>`
            : html`<p>${skippedText(cons.recommendations)}</p>`
        }
      </div>
      ${
        cons.sanctions.length + cons.restrictions.length > 0
          ? html`<div class="card" id="cons-sanctions">
              <h3>${t.sanctions}</h3>
              ${givenList(c, cons, [...cons.sanctions, ...cons.restrictions], "sanctions-list")}
            </div>`
          : nothing
      }
    </div>
    ${cons.trace.missing.length > 0 ? html`<p class="note">${t.unknownRules(cons.trace.missing.length)}</p>` : nothing}
    <details>
      <summary>${t.legalBasis}</summary>
      ${legal(t, cons.trace.evaluation.trace.legalBasis, s.locale)}
    </details>
  </section>`
}

/** Data ids inside a sentence from core (`kompetensi sosial-kultural`) as words; reduplication stays as it is. */
const plainIds = (text: string): string =>
  text.replace(/(?<![\p{L}\d/.-])[a-z]{2,}(?:-[a-z]{2,})+(?![\p{L}\d/-])/gu, (id) => {
    const parts = id.split("-")
    return parts.length === 2 && parts[0] === parts[1] ? id : parts.join(" ")
  })

const satyaLabel = (policies: Consequence.Policies, cls: string | undefined): string =>
  policies.satyalancana?.classes.find((k) => k.class === cls)?.label ?? cls ?? ""

const competencyNames = (): Record<string, string> =>
  Object.fromEntries(Presets.competency.national.competencies.map((k) => [k.id, k.name]))

const feedbackSection = (c: Ctx, v: EmployeeView) => {
  const { s, h, t, d } = c
  const r = v.feedback
  return html`<section aria-labelledby="feedback-title">
    <h2 id="feedback-title">${t.feedback}</h2>
    <p>${t.feedbackIntro}</p>
    <div class="columns">
      <div>
        <label
          >${t.raterGroup}
          <select id="rater-group" @change=${(e: Event) => h.raterGroup((e.target as HTMLSelectElement).value)}>
            ${(["atasan", "rekan-kerja", "bawahan", "diri-sendiri", "pihak-lain"] as const).map(
              (g) => html`<option value=${g} ?selected=${g === s.raterGroup}>${t.raterGroups[g]}</option>`
            )}
          </select>
        </label>
        ${keyed(
          `${s.employee}|${s.feedbackRound}`,
          html`<asn-feedback-form
            subject-id=${v.employee.id}
            rater-group=${s.raterGroup}
            period=${quarters[3]}
            @asn-feedback-submit=${(e: Feedback360Event) => void h.submitFeedback(e)}
          ></asn-feedback-form>`
        )}
        ${status(s.status.feedback, "feedback-status")}
      </div>
      <div>
        <h3>${t.feedbackResult(v.feedbackRaters)}</h3>
        ${
          r?.status === "sufficient"
            ? html`<p class="big" id="feedback-overall">${d(r.overall.score.text)} / ${r.scale.max}</p>
                ${scroll(
                  t.feedback,
                  html`<table>
                    <tbody>
                      ${Behaviour.coreValues.map(
                        (value) =>
                          html`<tr>
                            <th scope="row">${Behaviour.labels[value][s.locale]}</th>
                            <td class="num">${d(r.values[value].score.text)}</td>
                          </tr>`
                      )}
                    </tbody>
                  </table>`
                )}
                <ul>
                  ${r.groups.map(
                    (g) =>
                      html`<li>
                        ${t.raterGroups[g.group]}: ${g.raters}
                        ${g.status === "disclosed" ? html`· ${d(g.overall.score.text)}` : html`· ${messages(s.locale).suppressedBelow(feedbackPolicy.anonymity.minimumGroupSize)}`}
                      </li>`
                  )}
                </ul>`
            : html`<p>${t.feedbackInsufficient}</p>`
        }
      </div>
    </div>
  </section>`
}

type Feedback360Event = Parameters<Handlers["submitFeedback"]>[0]
type SurveyEvent = Parameters<Handlers["submitSurvey"]>[0]

// -------------------------------------------------------------------------------------------------------------
// Survei
// -------------------------------------------------------------------------------------------------------------

const survei = (c: Ctx) => {
  const { s, h, t } = c
  const services = s.model.units.filter((u) => u.unit.service !== null)
  const unit = services.find((u) => u.unit.id === s.surveyUnit) ?? services[0]
  return html`
    ${pageTitle(t.survey)}
    <p class="lead">${t.surveyIntro}</p>
    <div class="toolbar">
      <label
        >${t.serviceUnit}
        <select id="survey-unit" @change=${(e: Event) => h.surveyUnit((e.target as HTMLSelectElement).value)}>
          ${services.map(
            (u) =>
              html`<option value=${u.unit.id} ?selected=${u.unit.id === unit?.unit.id}>
                ${u.unit.service} (${u.unit.name})
              </option>`
          )}
        </select>
      </label>
    </div>
    <div class="columns survey">
      <div>
        ${keyed(
          `${s.region}|${unit?.unit.id}|${s.surveyRound}`,
          html`<asn-survey-form
            label=${unit?.unit.service ?? t.survey}
            @asn-survey-submit=${(e: SurveyEvent) => void h.submitSurvey(e)}
          ></asn-survey-form>`
        )}
        ${status(s.status.survey, "survey-status")}
        ${
          s.status.survey
            ? html`<button type="button" id="new-survey" @click=${() => h.newSurvey()}>${t.newSurvey}</button>`
            : nothing
        }
      </div>
      ${unit ? ikmCard(c, unit) : nothing}
    </div>
  `
}

const ikmCard = (c: Ctx, u: UnitView) => {
  const { s, t, d } = c
  const ikm = u.ikm
  return html`<aside class="card ikm" id="ikm-card" aria-labelledby="ikm-title">
    <h2 id="ikm-title">${t.ikmOf(u.unit.service ?? u.unit.name)}</h2>
    <div aria-live="polite" aria-atomic="true">
      <p class="big"><span id="ikm-nilai" data-nilai=${ikm?.nilai.text ?? ""}>${ikm ? d(ikm.nilai.text) : "-"}</span></p>
      <dl class="facts">
        <div><dt>${t.mutu}</dt><dd id="ikm-mutu">${ikm?.mutu.label ?? "-"}</dd></div>
        <div><dt>${t.kinerja}</dt><dd>${ikm?.kinerja.label ?? "-"}</dd></div>
        <div>
          <dt>${t.respondents}</dt>
          <dd id="ikm-respondents" data-count=${u.respondents}>
            ${num(u.respondents, s.locale)}${u.submitted > 0 ? html` (${t.submittedHere(u.submitted)})` : nothing}
          </dd>
        </div>
      </dl>
      ${u.sample ? html`<p class=${u.sample.sufficient ? "ok" : "warn"}>${t.sample(u.sample.required, u.sample.sufficient, u.sample.shortfall)}</p>` : nothing}
    </div>
    ${ikm ? legal(t, ikm.trace.legalBasis, s.locale) : nothing}
  </aside>`
}

// -------------------------------------------------------------------------------------------------------------
// Dasbor
// -------------------------------------------------------------------------------------------------------------

const dasbor = (c: Ctx) => {
  const { s, h, t } = c
  const v = current(s)
  const services = s.model.units.filter((u) => u.ikm !== undefined)
  const unit = services.find((u) => u.unit.id === s.surveyUnit) ?? services[0]
  return html`
    ${pageTitle(t.dashboards)}
    <section aria-labelledby="unit-dash-title">
      <h2 id="unit-dash-title">${t.unitDashboard}</h2>
      ${unitDashboard(c)}
    </section>
    <section aria-labelledby="ikm-report-title">
      <h2 id="ikm-report-title">${t.ikmReport}</h2>
      <div class="toolbar">
        <label
          >${t.serviceUnit}
          <select id="report-unit" @change=${(e: Event) => h.surveyUnit((e.target as HTMLSelectElement).value)}>
            ${services.map(
              (u) => html`<option value=${u.unit.id} ?selected=${u.unit.id === unit?.unit.id}>${u.unit.name}</option>`
            )}
          </select>
        </label>
      </div>
      ${unit ? ikmReport(c, unit) : nothing}
    </section>
    <section aria-labelledby="nine-box-title">
      <h2 id="nine-box-title">${t.nineBox}</h2>
      ${nineBox(c)}
    </section>
    <section aria-labelledby="scorecard-title">
      <h2 id="scorecard-title">${t.scorecard}</h2>
      <div class="toolbar">${employeeSelect(c, "dash-employee", h.employee)}</div>
      ${v ? scorecard(c, v) : nothing}
      <h3>${t.competencyGap}</h3>
      ${v ? competencyGap(c, v) : nothing}
    </section>
    <section aria-labelledby="policy-view-title">
      <h2 id="policy-view-title">${t.policyView}</h2>
      ${
        has("asn-policy-view")
          ? html`<asn-policy-view .data=${s.model.region.policy}></asn-policy-view>`
          : policySection(c)
      }
    </section>
  `
}

const unitDashboard = (c: Ctx) => {
  const { s, t, d } = c
  const m = s.model
  if (has("asn-unit-dashboard")) {
    const unitName = new Map(m.units.map((u) => [u.unit.id, u.unit.name]))
    const records = m.employees.flatMap((e) =>
      Object.values(e.evaluations).map((evaluation) =>
        toRecord({
          evaluation,
          unit: unitName.get(e.employee.unit) ?? e.employee.unit,
          jabatan: e.employee.jabatan,
          name: e.employee.name,
          ...(m.jpReport ? { development: m.jpReport } : {}),
          ...consequenceOf(e, evaluation.period)
        })
      )
    )
    const ikm = m.units.flatMap((u) => (u.ikm ? [{ unit: u.unit.name, period: m.latestPeriod, score: u.ikm }] : []))
    return html`<asn-unit-dashboard
      id="unit-dashboard"
      .data=${{ title: m.region.name, organisation: "Baik", distribution: m.region.policy.distribution, records, ikm }}
    ></asn-unit-dashboard>`
  }
  return scroll(
    t.unitDashboard,
    html`<table id="unit-table">
      <caption>
        ${t.unitDashboard} · ${m.latestPeriod}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.unit}</th>
          <th scope="col" class="num">ASN</th>
          <th scope="col" class="num">${t.meanScore}</th>
          ${Quadrant.predikats.map((p) => html`<th scope="col" class="num">${p}</th>`)}
          <th scope="col" class="num">${t.ikm}</th>
        </tr>
      </thead>
      <tbody>
        ${m.units.map(
          (u) =>
            html`<tr>
              <th scope="row">${u.unit.name}</th>
              <td class="num">${num(u.employees, s.locale)}</td>
              <td class="num">${u.meanScore ? d(u.meanScore) : "-"}</td>
              ${Quadrant.predikats.map((p) => html`<td class="num">${num(u.distribution.counts[p], s.locale)}</td>`)}
              <td class="num">${u.ikm ? html`${d(u.ikm.nilai.text)} (${u.ikm.mutu.label})` : "-"}</td>
            </tr>`
        )}
      </tbody>
    </table>`
  )
}

/** The rule decisions and the first assigned plan of a quarter (`Consequence.follow`), for a dashboard record. */
const consequenceOf = (e: EmployeeView, period: string) => {
  const q = e.quarterly[period]
  if (!q) return {}
  const plan = q.remediation.plans[0]
  return { decisions: q.trace.evaluation, ...(plan ? { plan } : {}) }
}

const ikmReport = (c: Ctx, u: UnitView) => {
  const { s, t, d } = c
  if (has("asn-ikm-report") && u.ikm) {
    return html`<asn-ikm-report
      id="ikm-report"
      .data=${{
        unit: u.unit.service ?? u.unit.name,
        period: String(s.model.data.year),
        score: u.ikm,
        population: u.unit.population,
        ...(u.sample ? { sample: u.sample } : {})
      }}
    ></asn-ikm-report>`
  }
  return u.ikm
    ? scroll(
        t.ikmReport,
        html`<table>
          <caption>
            ${u.unit.name}: ${d(u.ikm.nilai.text)} (${u.ikm.mutu.label}, ${u.ikm.kinerja.label})
          </caption>
          <tbody>
            ${u.ikm.elements.map(
              (e) =>
                html`<tr>
                  <th scope="row">${e.id} ${e.label[s.locale]}</th>
                  <td class="num">${d(e.converted.text)}</td>
                </tr>`
            )}
          </tbody>
        </table>`
      )
    : nothing
}

const nineBox = (c: Ctx) => {
  const { s, t } = c
  const placed = s.model.employees.flatMap((e) =>
    e.placement
      ? [{ employee: e.employee.id, name: e.employee.name, unit: e.employee.unit, placement: e.placement }]
      : []
  )
  if (has("asn-nine-box")) {
    return html`<asn-nine-box .data=${{ policy: Presets.talent.policy, people: placed }}></asn-nine-box>`
  }
  const count = (box: Talent.BoxNumber) => placed.filter((p) => p.placement.box === box).length
  const rows: ReadonlyArray<ReadonlyArray<Talent.BoxNumber>> = [
    [4, 7, 9],
    [2, 5, 8],
    [1, 3, 6]
  ]
  return html`<table class="nine-box">
    <caption>
      ${t.nineBox}
    </caption>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            ${row.map((b) => html`<td>${t.box} ${b}: ${num(count(b), s.locale)}</td>`)}
          </tr>`
      )}
    </tbody>
  </table>`
}

const scorecard = (c: Ctx, v: EmployeeView) => {
  const { s, t, d } = c
  const unit = s.model.units.find((u) => u.unit.id === v.employee.unit)?.unit.name
  const e = v.latest
  if (!e) return nothing
  if (has("asn-scorecard")) {
    return html`<asn-scorecard
      id="scorecard"
      .data=${{
        employee: { name: v.employee.name, jabatan: v.employee.jabatan, ...(unit ? { unit } : {}) },
        policy: { title: s.model.region.policy.title },
        evaluation: e,
        ...(v.feedback ? { feedback: v.feedback } : {}),
        ...(v.jpm ? { competency: v.jpm } : {}),
        ...(s.model.jpReport ? { development: s.model.jpReport } : {}),
        ...(v.consequences
          ? { decisions: v.consequences.trace.evaluation, plans: v.consequences.remediation.plans }
          : {}),
        asOf: `${s.model.data.year}-12-31`
      }}
    ></asn-scorecard>`
  }
  return html`<dl class="facts" id="scorecard">
    <div><dt>${t.employee}</dt><dd>${v.employee.name}</dd></div>
    <div><dt>${t.predikat}</dt><dd>${e.predikat}</dd></div>
    <div><dt>${t.score}</dt><dd>${e.score ? d(e.score.text) : "-"}</dd></div>
    <div><dt>${t.jp}</dt><dd>${v.jp ? d(v.jp.total.text) : "-"}</dd></div>
  </dl>`
}

const competencyGap = (c: Ctx, v: EmployeeView) => {
  const { t, d } = c
  const m = v.jpm
  if (!m) return nothing
  const names = Object.fromEntries(Presets.competency.national.competencies.map((k) => [k.id, k.name]))
  if (has("asn-competency-gap")) {
    return html`<asn-competency-gap .data=${{ match: m, names }}></asn-competency-gap>`
  }
  return scroll(
    t.competencyGap,
    html`<table>
      <thead>
        <tr>
          <th scope="col">${t.competency}</th>
          <th scope="col" class="num">${t.required}</th>
          <th scope="col" class="num">${t.actual}</th>
          <th scope="col" class="num">${t.gap}</th>
        </tr>
      </thead>
      <tbody>
        ${m.rows.map(
          (r) =>
            html`<tr>
              <th scope="row">${names[r.competency] ?? r.competency}</th>
              <td class="num">${r.required}</td>
              <td class="num">${r.individual ?? t.notAssessed}</td>
              <td class="num">${r.gap !== null ? d(String(r.gap)) : "-"}</td>
            </tr>`
        )}
      </tbody>
    </table>`
  )
}
