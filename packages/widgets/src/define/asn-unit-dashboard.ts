/**
 * Registers `<asn-unit-dashboard>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.3.0
 */
import { AsnUnitDashboard } from "../components/unit-dashboard/unit-dashboard.js"
import { define } from "../define.js"

define("asn-unit-dashboard", AsnUnitDashboard)
