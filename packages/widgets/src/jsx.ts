/**
 * JSX typings for every element and its events, for frameworks that render custom elements directly (React 19,
 * Preact, Solid, Vue's TSX). `PembinaanElements` maps each tag to its properties (camelCase, as JS properties) and
 * `PembinaanEvents` to its events. React 19 users get them through `@pembinaan/widgets/react` (which also augments
 * React's `JSX.IntrinsicElements`, with events as `onasn-load`, `onasn-survey-submit`, …: React 19 listens to the
 * event named after `on`). Other frameworks augment their own JSX namespace with these interfaces; see
 * docs/widgets/frameworks.md.
 *
 * @packageDocumentation
 */
import type { AsnCompetencyGap } from "./components/competency-gap/competency-gap.js"
import type { AsnEvaluationForm, EvaluationSubmitEvent } from "./components/evaluation-form/evaluation-form.js"
import type { AsnFeedbackForm, FeedbackSubmitEvent } from "./components/feedback-form/feedback-form.js"
import type { AsnIkmReport } from "./components/ikm-report/ikm-report.js"
import type { AsnNineBox, DrillDownEvent } from "./components/nine-box/nine-box.js"
import type { AsnPolicyView } from "./components/policy-view/policy-view.js"
import type { AsnPredikat } from "./components/predikat/predikat.js"
import type { AsnRatingInput } from "./components/rating-input/rating-input.js"
import type { AsnScorecard } from "./components/scorecard/scorecard.js"
import type { AsnSurveyForm, SurveySubmitEvent } from "./components/survey-form/survey-form.js"
import type { AsnUnitDashboard, FilterChangeEvent } from "./components/unit-dashboard/unit-dashboard.js"
import type { DataErrorEvent, DataLoadEvent } from "./internal/data.controller.js"
import type { CsvExportEvent } from "./internal/display.js"

/**
 * The events of a display widget.
 *
 * @since 0.4.0
 */
export interface DisplayEvents {
  readonly "asn-load": DataLoadEvent
  readonly "asn-load-error": DataErrorEvent
  readonly "asn-export": CsvExportEvent
}

/**
 * The events of a form control.
 *
 * @since 0.4.0
 */
export interface ControlEvents {
  readonly change: Event
  readonly input: Event
}

/**
 * Every element's events by tag.
 *
 * @since 0.4.0
 */
export interface PembinaanEvents {
  readonly "asn-competency-gap": DisplayEvents
  readonly "asn-ikm-report": DisplayEvents
  readonly "asn-nine-box": DisplayEvents & { readonly "asn-drill-down": DrillDownEvent }
  readonly "asn-policy-view": DisplayEvents
  readonly "asn-scorecard": DisplayEvents
  readonly "asn-unit-dashboard": DisplayEvents & { readonly "asn-filter-change": FilterChangeEvent }
  readonly "asn-predikat": Record<never, never>
  readonly "asn-rating-input": ControlEvents
  readonly "asn-survey-form": ControlEvents & { readonly "asn-survey-submit": SurveySubmitEvent }
  readonly "asn-feedback-form": ControlEvents & { readonly "asn-feedback-submit": FeedbackSubmitEvent }
  readonly "asn-evaluation-form": ControlEvents & { readonly "asn-evaluation-submit": EvaluationSubmitEvent }
}

type DisplayProps = "data" | "src" | "label" | "timeout" | "preset"

/**
 * Every element's properties by tag (all optional).
 *
 * @since 0.4.0
 */
export interface PembinaanElements {
  readonly "asn-competency-gap": Partial<Pick<AsnCompetencyGap, DisplayProps>>
  readonly "asn-ikm-report": Partial<Pick<AsnIkmReport, DisplayProps>>
  readonly "asn-nine-box": Partial<Pick<AsnNineBox, DisplayProps>>
  readonly "asn-policy-view": Partial<Pick<AsnPolicyView, DisplayProps>>
  readonly "asn-scorecard": Partial<Pick<AsnScorecard, DisplayProps>>
  readonly "asn-unit-dashboard": Partial<Pick<AsnUnitDashboard, DisplayProps | "unit" | "jabatan" | "period">>
  readonly "asn-predikat": Partial<Pick<AsnPredikat, "hasilKerja" | "perilakuKerja" | "matrix">>
  readonly "asn-rating-input": Partial<
    Pick<AsnRatingInput, "name" | "label" | "labels" | "required" | "scale" | "value" | "disabled">
  >
  readonly "asn-survey-form": Partial<
    Pick<
      AsnSurveyForm,
      "name" | "action" | "askIdentity" | "label" | "mode" | "target" | "template" | "ticket" | "withComment"
    >
  >
  readonly "asn-feedback-form": Partial<
    Pick<AsnFeedbackForm, "name" | "action" | "label" | "period" | "raterGroup" | "scale" | "subjectId" | "target">
  >
  readonly "asn-evaluation-form": Partial<
    Pick<
      AsnEvaluationForm,
      "name" | "action" | "employeeId" | "label" | "period" | "policy" | "preset" | "scorecard" | "target" | "value"
    >
  >
}

/**
 * Event props in React 19's form: `onasn-load`, `onasn-survey-submit`, `onchange`, …
 *
 * @since 0.4.0
 */
export type EventProps<E> = { readonly [K in keyof E as `on${K & string}`]?: (event: E[K]) => void }

/**
 * The JSX props of one tag: its properties, its events (React 19 form), and `children`, `class`, `id`, `slot`,
 * `lang` and `key`.
 *
 * @since 0.4.0
 */
export type JsxProps<T extends keyof PembinaanElements> = PembinaanElements[T] &
  EventProps<PembinaanEvents[T]> & {
    readonly children?: unknown
    readonly class?: string
    readonly className?: string
    readonly id?: string
    readonly slot?: string
    readonly lang?: string
    readonly key?: string | number
  }

/**
 * All tags with their JSX props: `interface IntrinsicElements extends PembinaanIntrinsicElements {}` in a framework's
 * JSX namespace.
 *
 * @since 0.4.0
 */
export type PembinaanIntrinsicElements = { readonly [T in keyof PembinaanElements]: JsxProps<T> }
