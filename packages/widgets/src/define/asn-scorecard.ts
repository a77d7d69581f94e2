/**
 * Registers `<asn-scorecard>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.3.0
 */
import { AsnScorecard } from "../components/scorecard/scorecard.js"
import { define } from "../define.js"

define("asn-scorecard", AsnScorecard)
