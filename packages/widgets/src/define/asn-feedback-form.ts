/**
 * Registers `<asn-feedback-form>` (and the `<asn-rating-input>` it renders). Importing this module is a side
 * effect; importing it twice is harmless.
 *
 * @since 0.2.0
 */
import "./asn-rating-input.js"
import { AsnFeedbackForm } from "../components/feedback-form/feedback-form.js"
import { define } from "../define.js"

define("asn-feedback-form", AsnFeedbackForm)
