/**
 * `@pembinaan/widgets`: Lit web components for sistem pembinaan ASN. This entry exports the classes without
 * registering them; import `@pembinaan/widgets/all.js` or `@pembinaan/widgets/define/<tag>.js` to register.
 *
 * @packageDocumentation
 */

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
export { AsnFeedbackForm, FeedbackSubmitEvent } from "./components/feedback-form/feedback-form.js"
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
export {
  isSurveyTemplate,
  nationalSurveyTemplate,
  SURVEY_TICKETS_KEY,
  type SurveyAnswer,
  SurveyController,
  type SurveyInput,
  type SurveySubmission,
  type SurveyTemplate,
  toSurveyTemplate
} from "./components/survey-form/survey-form.controller.js"
export { AsnSurveyForm, SurveySubmitEvent } from "./components/survey-form/survey-form.js"
export { define } from "./define.js"
export { intlLocale, type Locale, LocaleController, localeOf, setLocale } from "./locale.js"
export { type Messages, messages } from "./messages.js"
export {
  formatNumber,
  type NumberParseError,
  numberErrorMessage,
  type ParseNumberOptions,
  parseNumber
} from "./number.js"
