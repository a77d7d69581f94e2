/**
 * Registers `<asn-development-plan>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.4.0
 */
import { AsnDevelopmentPlan } from "../components/development-plan/development-plan.js"
import { define } from "../define.js"

define("asn-development-plan", AsnDevelopmentPlan)
