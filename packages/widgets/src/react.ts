/**
 * `@pembinaan/widgets/react`: React components for every widget, made with `@lit/react`. Importing this module
 * registers the elements. Properties (`data`, `policy`, `template`, `value`, …) are set as element properties, and
 * the widgets' events are props:
 *
 * ```tsx
 * import { AsnScorecard, AsnSurveyForm } from "@pembinaan/widgets/react"
 *
 * <AsnScorecard data={scorecard} onAsnLoadError={(e) => console.warn(e.detail)} />
 * <AsnSurveyForm
 *   ticket="PBG-1"
 *   onSurveySubmit={(e) => {
 *     e.preventDefault()
 *     e.respondWith(fetch("/skm", { method: "POST", body: JSON.stringify(e.detail) }).then((r) => {
 *       if (!r.ok) throw new Error(`HTTP ${r.status}`)
 *     }))
 *   }}
 * />
 * ```
 *
 * React (17, 18 or 19) is a peer dependency; the other entries do not need it.
 *
 * @packageDocumentation
 */
import { createComponent, type EventName } from "@lit/react"
import * as React from "react"
import { AsnCompetencyGap as CompetencyGapElement } from "./components/competency-gap/competency-gap.js"
import {
  AsnEvaluationForm as EvaluationFormElement,
  type EvaluationSubmitEvent
} from "./components/evaluation-form/evaluation-form.js"
import {
  AsnFeedbackForm as FeedbackFormElement,
  type FeedbackSubmitEvent
} from "./components/feedback-form/feedback-form.js"
import { AsnIkmReport as IkmReportElement } from "./components/ikm-report/ikm-report.js"
import { type DrillDownEvent, AsnNineBox as NineBoxElement } from "./components/nine-box/nine-box.js"
import { AsnPolicyView as PolicyViewElement } from "./components/policy-view/policy-view.js"
import { AsnPredikat as PredikatElement } from "./components/predikat/predikat.js"
import { AsnRatingInput as RatingInputElement } from "./components/rating-input/rating-input.js"
import { AsnScorecard as ScorecardElement } from "./components/scorecard/scorecard.js"
import { AsnSurveyForm as SurveyFormElement, type SurveySubmitEvent } from "./components/survey-form/survey-form.js"
import {
  type FilterChangeEvent,
  AsnUnitDashboard as UnitDashboardElement
} from "./components/unit-dashboard/unit-dashboard.js"
import { define } from "./define.js"
import type { DataErrorEvent, DataLoadEvent } from "./internal/data.controller.js"
import type { CsvExportEvent } from "./internal/display.js"
import type { PembinaanIntrinsicElements } from "./jsx.js"

define("asn-competency-gap", CompetencyGapElement)
define("asn-evaluation-form", EvaluationFormElement)
define("asn-feedback-form", FeedbackFormElement)
define("asn-ikm-report", IkmReportElement)
define("asn-nine-box", NineBoxElement)
define("asn-policy-view", PolicyViewElement)
define("asn-predikat", PredikatElement)
define("asn-rating-input", RatingInputElement)
define("asn-scorecard", ScorecardElement)
define("asn-survey-form", SurveyFormElement)
define("asn-unit-dashboard", UnitDashboardElement)

/** The events of every display widget. */
const display = {
  onAsnLoad: "asn-load" as EventName<DataLoadEvent>,
  onAsnLoadError: "asn-load-error" as EventName<DataErrorEvent>,
  onAsnExport: "asn-export" as EventName<CsvExportEvent>
}

/** The events of the form controls. */
const control = {
  onChange: "change" as EventName<Event>,
  onInput: "input" as EventName<Event>
}

/**
 * `<asn-competency-gap>` for React.
 *
 * @since 0.4.0
 */
export const AsnCompetencyGap = createComponent({
  tagName: "asn-competency-gap",
  elementClass: CompetencyGapElement,
  react: React,
  events: display
})

/**
 * `<asn-ikm-report>` for React.
 *
 * @since 0.4.0
 */
export const AsnIkmReport = createComponent({
  tagName: "asn-ikm-report",
  elementClass: IkmReportElement,
  react: React,
  events: display
})

/**
 * `<asn-nine-box>` for React; `onDrillDown` when a cell is opened.
 *
 * @since 0.4.0
 */
export const AsnNineBox = createComponent({
  tagName: "asn-nine-box",
  elementClass: NineBoxElement,
  react: React,
  events: { ...display, onDrillDown: "asn-drill-down" as EventName<DrillDownEvent> }
})

/**
 * `<asn-policy-view>` for React.
 *
 * @since 0.4.0
 */
export const AsnPolicyView = createComponent({
  tagName: "asn-policy-view",
  elementClass: PolicyViewElement,
  react: React,
  events: display
})

/**
 * `<asn-scorecard>` for React.
 *
 * @since 0.4.0
 */
export const AsnScorecard = createComponent({
  tagName: "asn-scorecard",
  elementClass: ScorecardElement,
  react: React,
  events: display
})

/**
 * `<asn-unit-dashboard>` for React; `onFilterChange` when the user changes a filter.
 *
 * @since 0.4.0
 */
export const AsnUnitDashboard = createComponent({
  tagName: "asn-unit-dashboard",
  elementClass: UnitDashboardElement,
  react: React,
  events: { ...display, onFilterChange: "asn-filter-change" as EventName<FilterChangeEvent> }
})

/**
 * `<asn-predikat>` for React.
 *
 * @since 0.4.0
 */
export const AsnPredikat = createComponent({
  tagName: "asn-predikat",
  elementClass: PredikatElement,
  react: React
})

/**
 * `<asn-rating-input>` for React.
 *
 * @since 0.4.0
 */
export const AsnRatingInput = createComponent({
  tagName: "asn-rating-input",
  elementClass: RatingInputElement,
  react: React,
  events: control
})

/**
 * `<asn-survey-form>` for React; `onSurveySubmit` receives the submit event (call `respondWith` to confirm).
 *
 * @since 0.4.0
 */
export const AsnSurveyForm = createComponent({
  tagName: "asn-survey-form",
  elementClass: SurveyFormElement,
  react: React,
  events: { ...control, onSurveySubmit: "asn-survey-submit" as EventName<SurveySubmitEvent> }
})

/**
 * `<asn-feedback-form>` for React; `onFeedbackSubmit` receives the submit event (call `respondWith` to confirm).
 *
 * @since 0.4.0
 */
export const AsnFeedbackForm = createComponent({
  tagName: "asn-feedback-form",
  elementClass: FeedbackFormElement,
  react: React,
  events: { ...control, onFeedbackSubmit: "asn-feedback-submit" as EventName<FeedbackSubmitEvent> }
})

/**
 * `<asn-evaluation-form>` for React; `onEvaluationSubmit` receives the submit event (call `respondWith` to confirm).
 *
 * @since 0.4.0
 */
export const AsnEvaluationForm = createComponent({
  tagName: "asn-evaluation-form",
  elementClass: EvaluationFormElement,
  react: React,
  events: { ...control, onEvaluationSubmit: "asn-evaluation-submit" as EventName<EvaluationSubmitEvent> }
})

declare module "react" {
  namespace JSX {
    /** The elements themselves in React 19's JSX (`<asn-scorecard data={…} onasn-load-error={…} />`). */
    interface IntrinsicElements extends PembinaanIntrinsicElements {}
  }
}
