/**
 * Registers `<asn-ikm-report>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.3.0
 */
import { AsnIkmReport } from "../components/ikm-report/ikm-report.js"
import { define } from "../define.js"

define("asn-ikm-report", AsnIkmReport)
