/**
 * Registers `<asn-evaluation-form>` (and the `<asn-rating-input>` it renders). Importing this module is a side
 * effect; importing it twice is harmless.
 *
 * @since 0.3.0
 */
import "./asn-rating-input.js"
import { AsnEvaluationForm } from "../components/evaluation-form/evaluation-form.js"
import { define } from "../define.js"

define("asn-evaluation-form", AsnEvaluationForm)
