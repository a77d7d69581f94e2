/**
 * Registers `<asn-competency-gap>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.3.0
 */
import { AsnCompetencyGap } from "../components/competency-gap/competency-gap.js"
import { define } from "../define.js"

define("asn-competency-gap", AsnCompetencyGap)
