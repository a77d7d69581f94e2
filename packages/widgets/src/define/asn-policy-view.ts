/**
 * Registers `<asn-policy-view>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.3.0
 */
import { AsnPolicyView } from "../components/policy-view/policy-view.js"
import { define } from "../define.js"

define("asn-policy-view", AsnPolicyView)
