/**
 * Registers `<asn-remediation-plan>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.4.0
 */
import { AsnRemediationPlan } from "../components/remediation-plan/remediation-plan.js"
import { define } from "../define.js"

define("asn-remediation-plan", AsnRemediationPlan)
