/**
 * Registers `<asn-survey-form>` (and the `<asn-rating-input>` it renders). Importing this module is a side
 * effect; importing it twice is harmless.
 *
 * @since 0.2.0
 */
import "./asn-rating-input.js"
import { AsnSurveyForm } from "../components/survey-form/survey-form.js"
import { define } from "../define.js"

define("asn-survey-form", AsnSurveyForm)
