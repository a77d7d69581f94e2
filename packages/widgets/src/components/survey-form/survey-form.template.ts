/**
 * Reading survey templates from untrusted input (the public form of the survey form's template check).
 *
 * @since 0.2.0
 */
import { nationalSurveyTemplate, type SurveyTemplate } from "./survey-form.controller.js"
import { readSurveyTemplate } from "./survey-form.guard.js"

/**
 * Reads a template from untrusted input (for example the JSON of a `<script type="application/json">`) with the
 * shape of core's `Survey.Template`. `answerLabels` may be omitted (the national labels are used); element ids must
 * be unique. Returns `undefined` when the input is not a template.
 *
 * @since 0.2.0
 */
export const toSurveyTemplate = (u: unknown): SurveyTemplate | undefined =>
  readSurveyTemplate(u, nationalSurveyTemplate.answerLabels)

/**
 * Whether an unknown value is a complete {@link SurveyTemplate} with unique element ids.
 *
 * @since 0.2.0
 */
export const isSurveyTemplate = (u: unknown): u is SurveyTemplate => toSurveyTemplate(u) !== undefined
