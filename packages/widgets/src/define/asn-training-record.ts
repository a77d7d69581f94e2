/**
 * Registers `<asn-training-record>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.4.0
 */
import { AsnTrainingRecord } from "../components/training-record/training-record.js"
import { define } from "../define.js"

define("asn-training-record", AsnTrainingRecord)
