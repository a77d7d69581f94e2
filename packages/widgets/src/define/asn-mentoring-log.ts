/**
 * Registers `<asn-mentoring-log>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.4.0
 */
import { AsnMentoringLog } from "../components/mentoring-log/mentoring-log.js"
import { define } from "../define.js"

define("asn-mentoring-log", AsnMentoringLog)
