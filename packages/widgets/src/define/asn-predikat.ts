/**
 * Registers `<asn-predikat>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.1.0
 */
import { AsnPredikat } from "../components/predikat/predikat.js"
import { define } from "../define.js"

define("asn-predikat", AsnPredikat)
