/**
 * Registers `<asn-nine-box>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.3.0
 */
import { AsnNineBox } from "../components/nine-box/nine-box.js"
import { define } from "../define.js"

define("asn-nine-box", AsnNineBox)
