/**
 * `@pembinaan/widgets`: Lit web components for sistem pembinaan ASN. This entry exports the classes without
 * registering them; import `@pembinaan/widgets/all.js` or `@pembinaan/widgets/define/<tag>.js` to register.
 *
 * @packageDocumentation
 */

export {
  CompetencyGapController,
  type CompetencyGapData,
  categoryCounts,
  competencyName,
  type GroupRow,
  groupRows,
  readCompetencyGap
} from "./components/competency-gap/competency-gap.controller.js"
export { AsnCompetencyGap } from "./components/competency-gap/competency-gap.js"
export {
  type ConfigProblem,
  EVALUATION_DRAFT_PREFIX,
  type EvaluationConfig,
  EvaluationController,
  type EvaluationResult,
  type EvaluationSubmission,
  type EvaluationValue,
  evaluationDraftKey,
  evaluationPresets,
  type FieldError,
  type IndicatorRow,
  type PolicySource,
  type PolicyState,
  type Preview
} from "./components/evaluation-form/evaluation-form.controller.js"
export { AsnEvaluationForm, EvaluationSubmitEvent } from "./components/evaluation-form/evaluation-form.js"
export {
  type FeedbackConfig,
  FeedbackController,
  type FeedbackRating,
  type FeedbackScale,
  type FeedbackSubmission,
  isRaterGroup,
  type RaterGroup,
  raterGroups
} from "./components/feedback-form/feedback-form.controller.js"
export { AsnFeedbackForm, FeedbackSubmitEvent, feedbackDraftKey } from "./components/feedback-form/feedback-form.js"
export {
  DEFAULT_MINIMUM_GROUP_SIZE,
  type IkmGroup,
  IkmReportController,
  type IkmReportData,
  readIkmReport,
  type ShownGroup,
  suppress
} from "./components/ikm-report/ikm-report.controller.js"
export { AsnIkmReport } from "./components/ikm-report/ikm-report.js"
export {
  cellsByBox,
  grid,
  type NineBoxCell,
  NineBoxController,
  type NineBoxData,
  type NineBoxPerson,
  readNineBox
} from "./components/nine-box/nine-box.controller.js"
export { AsnNineBox, DrillDownEvent } from "./components/nine-box/nine-box.js"
export { PolicyViewController, readPolicy } from "./components/policy-view/policy-view.controller.js"
export { AsnPolicyView } from "./components/policy-view/policy-view.js"
export { PredikatController, type PredikatState } from "./components/predikat/predikat.controller.js"
export { AsnPredikat } from "./components/predikat/predikat.js"
export {
  isRatingScale,
  RatingController,
  type RatingOption,
  type RatingScale,
  ratingScales
} from "./components/rating-input/rating-input.controller.js"
export { AsnRatingInput } from "./components/rating-input/rating-input.js"
export { readScorecard, ScorecardController, type ScorecardData } from "./components/scorecard/scorecard.controller.js"
export { AsnScorecard } from "./components/scorecard/scorecard.js"
export {
  nationalSurveyTemplate,
  SURVEY_TICKETS_KEY,
  type SurveyAnswer,
  SurveyController,
  type SurveyInput,
  type SurveySubmission,
  type SurveyTemplate
} from "./components/survey-form/survey-form.controller.js"
export { AsnSurveyForm, SurveySubmitEvent, surveyDraftKey } from "./components/survey-form/survey-form.js"
export { isSurveyTemplate, toSurveyTemplate } from "./components/survey-form/survey-form.template.js"
export { AsnUnitDashboard, FilterChangeEvent } from "./components/unit-dashboard/unit-dashboard.js"
export {
  DashboardController,
  type DashboardData,
  type DashboardIkm,
  type DashboardList,
  type DashboardRecord,
  type DashboardView,
  derive,
  type Filters,
  normalise,
  readDashboard,
  toRecord
} from "./components/unit-dashboard/unit-dashboard.model.js"
export { define } from "./define.js"
export { ACK_TIMEOUT_MS, AcknowledgeableEvent } from "./internal/ack.js"
export {
  DataErrorEvent,
  DataLoadEvent,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type LoadError,
  type LoadState
} from "./internal/data.controller.js"
export { CsvExportEvent } from "./internal/display.js"
export { intlLocale, type Locale, LocaleController, localeOf, setLocale } from "./locale.js"
export { type Messages, messages } from "./messages.js"
export {
  type DisplayRounding,
  exactFraction,
  formatDecimal,
  formatNumber,
  type NumberParseError,
  numberErrorMessage,
  type ParseNumberOptions,
  parseNumber,
  roundDecimal
} from "./number.js"
