import type { Band, Policy } from "@pembinaan/core"
import { Quadrant } from "@pembinaan/core"
import { html, nothing } from "lit"
import { toCsv } from "../../internal/csv.js"
import { DisplayElement } from "../../internal/display.js"
import { idToWords, legalList } from "../../internal/legal.js"
import { policyPreset } from "../../internal/presets.js"
import type { Read } from "../../internal/read.js"
import { reportStyles } from "../../internal/report.styles.js"
import { tokens } from "../../internal/shared.styles.js"
import { catalogue } from "../../messages/catalogue.js"
import { load } from "../../messages/load.js"
import { policyView } from "../../messages/policyView.js"
import { predikat } from "../../messages/predikat.js"
import { terms } from "../../messages/terms.js"
import { words } from "../../messages/words.js"
import { checkPolicy, PolicyViewController } from "./policy-view.controller.js"

/** The sections this widget shows (its bundle carries no other widget's texts). */
const widgetMessages = catalogue(load, words, policyView, predikat, terms)

/**
 * @tagname asn-policy-view
 * @summary A readable rendering of a region's performance-evaluation policy document (core's `Policy`) for a
 * portal's transparency page: indicators, scorecards and weights, how hasil kerja and perilaku kerja are rated, the
 * quadrant, periods, the kurva guidance, and every legal basis with unconfirmed ones marked.
 *
 * Data (property `data`, a JSON `src` URL, or a child `<script type="application/json">`): a policy document, checked
 * with core's `Policy.decode`; an invalid document is reported with its problems, never shown as if it applied. Without
 * data, `preset` names a built-in policy: `<asn-policy-view preset="bukittinggi">` (`nasional`, `bukittinggi`,
 * `muaratebo`, `sawahlunto`; an unknown name is a load error at `preset`).
 *
 * @event asn-load - The data is ready.
 * @event asn-load-error - The data could not be loaded (`detail` is the typed error).
 * @event asn-export - {@link CsvExportEvent} before the CSV download (cancelable).
 * @csspart base - The frame.
 * @csspart header - Title row with the export button.
 * @csspart title - The policy's title.
 * @csspart meta - Region, version, period in force.
 * @csspart illustrative - The note on an illustrative policy.
 * @csspart indicators - The indicator table.
 * @csspart scorecards - The scorecards.
 * @csspart quadrant - The quadrant matrix.
 * @csspart legal-basis - The legal basis list.
 * @csspart problems - The problems of an invalid document.
 * @csspart export - The CSV button.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --asn-color-accent - Buttons.
 * @cssproperty --asn-color-text - Text colour.
 * @cssproperty --asn-color-muted - Secondary text.
 * @cssproperty --asn-color-surface - Background.
 * @cssproperty --asn-color-border - Borders.
 * @cssproperty --asn-color-danger - Errors and the illustrative note.
 * @cssproperty --asn-color-focus - Focus ring.
 * @cssproperty --asn-radius - Corner radius.
 * @cssproperty --asn-space - Base spacing.
 * @cssproperty --asn-font - Font shorthand.
 */
export class AsnPolicyView extends DisplayElement<Policy.Policy> {
  protected override get t(): ReturnType<typeof widgetMessages> {
    return widgetMessages(this.i18n.locale)
  }

  static override styles = [tokens, reportStyles]

  private readonly derive = new PolicyViewController()

  /** `preset`: a built-in policy, `nasional`, `bukittinggi`, `muaratebo` or `sawahlunto`. */
  protected override presetValue(name: string): unknown {
    return policyPreset(name)
  }

  protected read(input: unknown): Read<Policy.Policy> {
    return checkPolicy(input)
  }

  protected csvName(): string {
    const p = this.value
    return p ? `kebijakan-${p.id}-${p.version}` : "kebijakan"
  }

  toCsv(): string {
    const p = this.value
    if (!p) return ""
    const rows: Array<ReadonlyArray<string | number>> = [
      ["section", "id", "label", "value", "detail"],
      ["policy", p.id, p.title, p.version, `${p.effectivePeriod.from}..${p.effectivePeriod.to ?? ""}`]
    ]
    for (const d of p.indicators) rows.push(["indicator", d.id, d.label, d.category, d.direction])
    for (const c of p.scorecards)
      for (const w of c.weights)
        rows.push(["weight", c.id, this.derive.indicatorLabel(p, w.indicator), w.weight, w.indicator])
    if (p.hasilKerja.source === "indicators") {
      for (const b of p.hasilKerja.bands.bands) rows.push(["band", "", b.label, b.lower, b.upper ?? ""])
      for (const b of p.hasilKerja.mapping.bands) rows.push(["mapping", "", b.label, b.lower, b.upper ?? ""])
    }
    for (const r of this.derive.quadrant(p))
      Quadrant.ratings.forEach((pk, i) => {
        rows.push(["quadrant", r.hasil, pk, r.cells[i] ?? "", ""])
      })
    return toCsv(rows)
  }

  private bands(table: Band.Table | Policy.RatingTable, caption: string) {
    const t = this.t
    return html`<div class="table-wrap" tabindex="0">
      <table>
        <caption>${caption}</caption>
        <thead>
          <tr><th scope="col">${t.band}</th><th scope="col" class="num">${t.lowerEdge}</th></tr>
        </thead>
        <tbody>
          ${table.bands.map((b) => html`<tr><th scope="row">${b.label}</th><td class="num">${this.dec(String(b.lower))}</td></tr>`)}
        </tbody>
      </table>
    </div>`
  }

  protected override render() {
    const waiting = this.renderState()
    if (waiting) return waiting
    const p = this.value as Policy.Policy
    const t = this.t
    const hk = p.hasilKerja
    const pk = p.perilakuKerja
    return html`<article part="base" aria-labelledby="title">
      <div part="header" class="header">
        <h2 part="title" id="title">${this.label || p.title}</h2>
        <div class="actions">${this.exportButton()}</div>
      </div>
      <dl part="meta">
        <dt>${t.region}</dt>
        <dd>${p.region}</dd>
        <dt>${t.version}</dt>
        <dd>${p.version}</dd>
        <dt>${t.effective}</dt>
        <dd>${t.effectiveRange(p.effectivePeriod.from, p.effectivePeriod.to)}</dd>
      </dl>
      ${p.illustrative ? html`<p part="illustrative" class="warning">${t.illustrative}</p>` : nothing}
      ${
        p.indicators.length > 0
          ? html`<section>
              <h3>${t.indicator}</h3>
              <div class="table-wrap" tabindex="0">
                <table part="indicators">
                  <thead>
                    <tr>
                      <th scope="col">${t.indicator}</th>
                      <th scope="col">${t.category}</th>
                      <th scope="col">${t.directionHeading}</th>
                      <th scope="col" class="num">${t.cap}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${p.indicators.map(
                      (d) => html`<tr data-indicator=${d.id}>
                        <th scope="row">${d.label}${d.unit ? html` <span class="muted">(${d.unit})</span>` : nothing}</th>
                        <td>${idToWords(d.category)}</td>
                        <td>${t.directionLabel[d.direction]}</td>
                        <td class="num">${d.cap === undefined ? t.noValue : this.dec(String(d.cap))}</td>
                      </tr>`
                    )}
                  </tbody>
                </table>
              </div>
            </section>`
          : nothing
      }
      ${
        p.scorecards.length > 0
          ? html`<section part="scorecards">
              <h3>${t.scorecardsHeading}</h3>
              ${p.scorecards.map(
                (c) => html`<div class="table-wrap" tabindex="0">
                  <table data-scorecard=${c.id}>
                    <caption>${c.label}</caption>
                    <thead><tr><th scope="col">${t.indicator}</th><th scope="col" class="num">${t.weight}</th></tr></thead>
                    <tbody>
                      ${c.weights.map(
                        (w) =>
                          html`<tr><th scope="row">${this.derive.indicatorLabel(p, w.indicator)}</th><td class="num">${this.dec(String(w.weight))}</td></tr>`
                      )}
                    </tbody>
                  </table>
                </div>`
              )}
            </section>`
          : nothing
      }
      <section>
        <h3>${t.hasilHeading}</h3>
        ${
          hk.source === "rating"
            ? html`<p>${t.hasilRatedDirectly}.</p>`
            : html`<p>${t.hasilIndicators(hk.scale.min, hk.scale.max, hk.scale.rounding.scale, hk.scale.rounding.mode)}</p>
                <p>${t.scoring(hk.scoring.method)}</p>
                ${this.bands(hk.bands, t.bandsHeading)} ${this.bands(hk.mapping, t.mappingHeading)}`
        }
      </section>
      <section>
        <h3>${t.perilakuHeading}</h3>
        <p>${pk.source === "rating" ? `${t.hasilRatedDirectly}.` : t.perilakuBerakhlak(pk.dibawahIfAtLeast, pk.diatasIfAtLeast)}</p>
      </section>
      <section>
        <h3>${t.quadrantHeading}</h3>
        <div class="table-wrap" tabindex="0">
          <table part="quadrant">
            <thead>
              <tr>
                <td></td>
                ${Quadrant.ratings.map((r) => html`<th scope="col">${t.perilakuKerja}: ${r}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${this.derive.quadrant(p).map(
                (row) => html`<tr>
                  <th scope="row">${t.hasilKerja}: ${row.hasil}</th>
                  ${row.cells.map((c) => html`<td>${c}</td>`)}
                </tr>`
              )}
            </tbody>
          </table>
        </div>
      </section>
      <section>
        <h3>${t.periodHeading}</h3>
        <p>${t.cadence(p.period.cadence)} ${t.annual(p.period.annual.strategy)}</p>
      </section>
      <section>
        <h3>${t.distributionPolicyHeading}</h3>
        <p>${t.minimumUnit(p.distribution.minimumUnitSize)}</p>
        <dl>
          ${Object.entries(p.distribution.guidelines).map(
            ([org, gs]) => html`<dt>${org}</dt>
              <dd>${gs.map((g) => t.guidelineRule(g.op, g.predikat.join(" + "), this.dec(String(g.percent)))).join("; ") || t.noValue}</dd>`
          )}
        </dl>
      </section>
      <section>
        <h3>${t.legalBasisHeading}</h3>
        ${legalList(this.derive.legalBasis(p), t.unconfirmed, this.i18n.locale)}
      </section>
    </article>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "asn-policy-view": AsnPolicyView
  }
}
