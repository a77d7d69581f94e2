/**
 * Registers `<asn-programme-report>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.4.0
 */
import { AsnProgrammeReport } from "../components/programme-report/programme-report.js"
import { define } from "../define.js"

define("asn-programme-report", AsnProgrammeReport)
