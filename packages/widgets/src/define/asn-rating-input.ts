/**
 * Registers `<asn-rating-input>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.2.0
 */
import { AsnRatingInput } from "../components/rating-input/rating-input.js"
import { define } from "../define.js"

define("asn-rating-input", AsnRatingInput)
