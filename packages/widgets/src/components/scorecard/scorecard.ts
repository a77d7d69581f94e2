import { Behaviour, type Feedback } from "@pembinaan/core"
import { html, nothing } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import { idToWords, legalList } from "../../internal/legal.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { catalogue } from "../../messages/catalogue.js"
import { load } from "../../messages/load.js"
import { predikat } from "../../messages/predikat.js"
import { scorecard } from "../../messages/scorecard.js"
import { terms } from "../../messages/terms.js"
import { words } from "../../messages/words.js"
import { competencyName } from "../competency-gap/competency-gap.controller.js"
import { checkScorecard, ScorecardController, type ScorecardData } from "./scorecard.controller.js"
import { styles } from "./scorecard.styles.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const widgetMessages = catalogue(load, words, scorecard, predikat, terms)

/**
 * @tagname asn-scorecard
 * @summary One employee's performance: predikat and score with the full explanation (an expandable trace with the
 * legal basis), indicators, work behaviour, an anonymous 360° summary, competency gaps, JP progress and decisions
 * (rewards, coaching and remediation plans with their status).
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): core's results for one
 * employee, see `checkScorecard`. The 360° part shows only what core's `Feedback.aggregate` discloses: a group below
 * the anonymity minimum is shown as suppressed, and no rater or individual answer is ever read from the data.
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Name, position and the export button.
 * @csspart title - The employee's name.
 * @csspart summary - Predikat, score and ratings.
 * @csspart predikat - The predikat box.
 * @csspart trace - The expandable explanation (`<details>`).
 * @csspart indicators - The indicator table.
 * @csspart behaviour - The BerAKHLAK section.
 * @csspart feedback - The 360° section.
 * @csspart competency - The competency section.
 * @csspart development - The JP section.
 * @csspart decisions - The decisions section.
 * @csspart legal-basis - A legal basis list.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - The predikat frame, buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Errors, overdue plans.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 */
export class AsnScorecard extends DisplayElement<ScorecardData> {
  protected override get t(): ReturnType<typeof widgetMessages> {
    return widgetMessages(this.i18n.locale)
  }

  static override styles = [tokens, reportStyles, styles]

  private readonly derive = new ScorecardController()

  protected read(input: unknown): Read<ScorecardData> {
    return checkScorecard(input)
  }

  protected csvName(): string {
    const e = this.value?.evaluation
    return e ? `kinerja-${e.employee}-${e.period}` : "kinerja"
  }

  toCsv(): string {
    const d = this.value
    if (!d) return ""
    const t = this.t
    const e = d.evaluation
    const hk = e.trace.hasilKerja
    const rows: Array<ReadonlyArray<string | number>> = [
      ["section", "item", "value", "detail"],
      ["employee", t.employee, e.employee, d.employee.name ?? ""],
      ["employee", t.period, e.period, ""],
      ["result", t.predikat, e.predikat, ""],
      ["result", t.score, e.score?.text ?? "", e.band ?? ""],
      ["result", t.hasilKerja, e.hasilKerja, ""],
      ["result", t.perilakuKerja, e.perilakuKerja, ""]
    ]
    if (hk.source === "indicators") {
      for (const i of hk.indicators)
        rows.push(["indicator", i.label, i.capaian.percent, `${t.weight} ${i.weight}; ${t.weighted} ${i.weighted}`])
    }
    const f = d.feedback
    if (f?.status === "sufficient") {
      rows.push(["feedback", t.feedbackOverall, f.overall.score.text, ""])
      for (const g of f.groups)
        rows.push([
          "feedback",
          g.group,
          g.status === "disclosed" ? g.overall.score.text : t.suppressedBelow(f.trace.minimumGroupSize),
          t.raters(g.raters)
        ])
    }
    for (const r of d.competency?.rows ?? [])
      rows.push(["competency", r.competency, r.individual ?? t.notAssessed, `${t.requiredLevel} ${r.required}`])
    if (d.development) rows.push(["development", t.jp, d.development.row.total.text, `${d.development.minimumJp}`])
    for (const o of this.derive.outcomes(d)) rows.push(["decision", t.outcomeKinds[o.kind], o.label, o.rules.join(" ")])
    for (const p of d.plans) rows.push(["plan", p.type, t.planStatus[p.status], p.deadline])
    return toCsv(rows)
  }

  private valueLabel(v: Behaviour.CoreValue): string {
    const l = Behaviour.labels[v]
    return this.i18n.locale === "en" ? `${l.id} (${l.en.toLowerCase()})` : l.id
  }

  private trace(d: ScorecardData) {
    const t = this.t
    const tr = d.evaluation.trace
    const hk = tr.hasilKerja
    const berakhlak = this.derive.berakhlak(d)
    return html`<details part="trace" ?open=${this.printing}>
      <summary>${t.explanation}</summary>
      <div class="trace-body">
        <p>${t.policyUsed(d.policy?.title ?? tr.policy.id, tr.policy.version)} · ${tr.policy.region}</p>
        <h3>${t.hasilKerja}</h3>
        ${
          hk.source === "rating"
            ? html`<p>${t.hasilRatedDirectly}: <strong>${hk.rating}</strong></p>`
            : html`<div class="table-wrap" tabindex="0">
                  <table>
                    <caption>${t.indicator}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${t.indicator}</th>
                        <th scope="col" class="num">${t.weight}</th>
                        <th scope="col" class="num">${t.capaian}</th>
                        <th scope="col" class="num">${t.indicatorValue}</th>
                        <th scope="col" class="num">${t.weighted}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${hk.indicators.map(
                        (i) => html`<tr>
                          <th scope="row">${i.label}</th>
                          <td class="num">${this.dec(i.weight)}</td>
                          <td class="num">
                            ${this.dec(i.capaian.raw)}${i.capaian.capped ? html` → ${this.dec(i.capaian.percent)} (${t.capped})` : nothing}
                          </td>
                          <td class="num">${this.dec(i.value)}</td>
                          <td class="num">${this.dec(i.weighted)}</td>
                        </tr>`
                      )}
                    </tbody>
                  </table>
                </div>
                <dl>
                  <dt>${t.formula}</dt>
                  <dd>${hk.formula === "Σ weight / 100 × value" ? t.weightedFormula : html`<code>${hk.formula}</code>`}</dd>
                  <dt>${t.score}</dt>
                  <dd>${this.dec(hk.score)} → ${this.dec(hk.rounded.text)} (${t.rounding(hk.rounding.scale, hk.rounding.mode)})</dd>
                  <dt>${t.band}</dt>
                  <dd>${hk.band.label} (≥ ${this.dec(String(hk.band.trace.lower))})</dd>
                  <dt>${t.hasilKerja}</dt>
                  <dd>${hk.rating} (≥ ${this.dec(String(hk.mapping.trace.lower))})</dd>
                </dl>`
        }
        <h3>${t.perilakuKerja}</h3>
        ${
          berakhlak
            ? html`<p>
                ${t.berakhlakCounts(
                  berakhlak.counts["Diatas Ekspektasi"],
                  berakhlak.counts["Sesuai Ekspektasi"],
                  berakhlak.counts["Dibawah Ekspektasi"]
                )}.
                ${t.berakhlakRule(berakhlak.fired, berakhlak.thresholds.dibawahIfAtLeast, berakhlak.thresholds.diatasIfAtLeast)}.
              </p>`
            : html`<p>${t.hasilRatedDirectly}: <strong>${d.evaluation.perilakuKerja}</strong></p>`
        }
        <p>${t.quadrantCell(tr.quadrant.cell[0], tr.quadrant.cell[1])} → <strong>${tr.predikat}</strong></p>
        <h3>${t.legalBasisHeading}</h3>
        ${legalList(this.derive.legalBasis(d), t.unconfirmed, this.i18n.locale)}
      </div>
    </details>`
  }

  private feedback(f: Feedback.Result360) {
    const t = this.t
    const groupName = (g: Feedback.RaterGroup) => t.raterGroups[g]
    if (f.status === "insufficient")
      return html`<p>${t.feedbackInsufficient}</p>
        <ul>
          ${f.reasons.map(
            (r) =>
              html`<li data-reason=${r.reason}>
                ${
                  // one rule, one text: a group below the quorum and too few anonymous raters name the same threshold
                  r.reason === "below-quorum"
                    ? t.belowMinimum(groupName(r.group), r.raters, r.minimum)
                    : r.reason === "anonymity"
                      ? t.belowMinimum(t.anonymousRaters, r.anonymousRaters, r.minimum)
                      : t.feedbackReasonOther(r.reason, "group" in r ? groupName(r.group) : "")
                }
              </li>`
          )}
        </ul>`
    return html`<p>${t.feedbackOverall}: <strong>${this.dec(f.overall.score.text)}</strong> (${f.scale.min}–${f.scale.max})</p>
      <div class="table-wrap" tabindex="0">
        <table>
          <caption>${t.behaviourHeading}</caption>
          <thead><tr><th scope="col">BerAKHLAK</th><th scope="col" class="num">${t.value}</th></tr></thead>
          <tbody>
            ${Behaviour.coreValues.map(
              (v) => html`<tr>
                <th scope="row">${this.valueLabel(v)}</th>
                <td class="num">${this.dec(f.values[v].score.text)}</td>
              </tr>`
            )}
          </tbody>
        </table>
      </div>
      <ul class="plain" data-groups>
        ${f.groups.map(
          (g) => html`<li data-group=${g.group} data-status=${g.status}>
            <strong>${groupName(g.group)}</strong> (${t.raters(g.raters)}):
            ${
              g.status === "disclosed"
                ? this.dec(g.overall.score.text)
                : // one text whether below the minimum or hidden so that a smaller group cannot be derived
                  t.suppressedBelow(f.trace.minimumGroupSize)
            }
          </li>`
        )}
      </ul>`
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const d = this.value as ScorecardData
    const t = this.t
    const e = d.evaluation
    const hk = e.trace.hasilKerja
    const berakhlak = this.derive.berakhlak(d)
    const outcomes = this.derive.outcomes(d)
    return html`<article part="base" aria-labelledby="title">
      <div part="header" class="header">
        <div>
          <h2 part="title" id="title">${this.label || d.employee.name || t.scorecardTitle}</h2>
          <p part="subtitle">${[d.employee.jabatan, d.employee.unit, e.period].filter(Boolean).join(" · ")}</p>
        </div>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <div part="summary">
        <div part="predikat">
          <span>${t.predikatLabel}</span>
          <strong>${e.predikat}</strong>
          ${e.score ? html`<span>${t.score}: ${this.dec(e.score.text)}${e.band ? ` (${e.band})` : ""}</span>` : nothing}
          ${e.band && e.band !== e.predikat ? html`<p part="band-note" class="muted">${t.bandNotPredikat(e.band, e.predikat)}</p>` : nothing}
        </div>
        <dl>
          <dt>${t.hasilKerja}</dt>
          <dd>${e.hasilKerja}</dd>
          <dt>${t.perilakuKerja}</dt>
          <dd>${e.perilakuKerja}</dd>
        </dl>
      </div>
      ${this.trace(d)}
      ${
        hk.source === "indicators"
          ? html`<section>
              <h3 id="ind-h">${t.indicator}</h3>
              <div class="table-wrap" tabindex="0">
                <table part="indicators">
                  <thead>
                    <tr>
                      <th scope="col">${t.indicator}</th>
                      <th scope="col" class="num">${t.target}</th>
                      <th scope="col" class="num">${t.realisasi}</th>
                      <th scope="col" class="num">${t.capaian}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${hk.indicators.map(
                      (i) => html`<tr data-indicator=${i.indicator}>
                        <th scope="row">${i.label}</th>
                        <td class="num">${this.dec(i.capaian.target)}</td>
                        <td class="num">${this.dec(i.capaian.realisasi)}</td>
                        <td class="num">${this.dec(i.capaian.percent)}</td>
                      </tr>`
                    )}
                  </tbody>
                </table>
              </div>
            </section>`
          : nothing
      }
      ${
        berakhlak
          ? html`<section part="behaviour">
              <h3 id="beh-h">${t.behaviourHeading}</h3>
              <ul class="plain">
                ${Behaviour.coreValues.map(
                  (v) => html`<li>${this.valueLabel(v)}: <strong>${berakhlak.ratings[v]}</strong></li>`
                )}
              </ul>
            </section>`
          : nothing
      }
      ${
        d.feedback
          ? html`<section part="feedback">
              <h3 id="fb-h">${t.feedbackHeading}</h3>
              ${this.feedback(d.feedback)}
            </section>`
          : nothing
      }
      ${
        d.competency
          ? html`<section part="competency">
              <h3 id="comp-h">${t.competencyTitle}</h3>
              <p>
                ${
                  d.competency.total.status === "incomplete"
                    ? t.jpmIncomplete(d.competency.total.notAssessed.map(competencyName).join(", "))
                    : t.jpmTotal(this.dec(d.competency.total.category.score.text), d.competency.total.category.label)
                }
              </p>
              <ul class="plain">
                ${d.competency.rows
                  .filter((r) => r.direction === "below" || r.status === "not-assessed")
                  .map(
                    (r) => html`<li>
                      ${competencyName(r.competency)}: ${r.direction === "below" ? html`${t.direction.below} (${t.gap} ${this.dec(r.gap ?? "")})` : t.notAssessed}
                    </li>`
                  )}
              </ul>
            </section>`
          : nothing
      }
      ${
        d.development
          ? html`<section part="development">
              <h3 id="dev-h">${t.developmentHeading}</h3>
              <label>
                ${t.jpProgress(this.dec(d.development.row.total.text), String(d.development.minimumJp))}
                <meter min="0" max=${d.development.minimumJp} low=${d.development.minimumJp} value=${d.development.row.total.value}></meter>
              </label>
              <p>${d.development.row.meets ? t.jpMet : t.jpShort(this.dec(d.development.row.shortfall))}</p>
            </section>`
          : nothing
      }
      ${
        d.decisions || d.plans.length > 0
          ? html`<section part="decisions">
              <h3 id="dec-h">${t.decisionsHeading}</h3>
              ${
                outcomes.length === 0
                  ? html`<p>${t.noDecisions}</p>`
                  : html`<ul class="plain">
                      ${outcomes.map(
                        (o) =>
                          html`<li data-kind=${o.kind}><span class="badge">${t.outcomeKinds[o.kind]}</span> ${o.label}</li>`
                      )}
                    </ul>`
              }
              ${
                d.plans.length > 0
                  ? html`<div class="table-wrap" tabindex="0">
                      <table>
                        <caption>${t.plansHeading}</caption>
                        <thead>
                          <tr><th scope="col">${t.plan}</th><th scope="col">${t.status}</th><th scope="col">${t.deadline}</th></tr>
                        </thead>
                        <tbody>
                          ${d.plans.map(
                            (p) => html`<tr data-plan=${p.id}>
                              <th scope="row">${idToWords(p.type)}</th>
                              <td>${t.planStatus[p.status]}</td>
                              <td>${p.deadline}${this.derive.overdue(d, p) ? html` <strong class="warning">(${t.overdue})</strong>` : nothing}</td>
                            </tr>`
                          )}
                        </tbody>
                      </table>
                    </div>`
                  : nothing
              }
            </section>`
          : nothing
      }
    </article>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-scorecard": AsnScorecard
  }
}
