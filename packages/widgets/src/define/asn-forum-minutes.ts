/**
 * Registers `<asn-forum-minutes>`. Importing this module is a side effect; importing it twice is harmless.
 *
 * @since 0.4.0
 */
import { AsnForumMinutes } from "../components/forum-minutes/forum-minutes.js"
import { define } from "../define.js"

define("asn-forum-minutes", AsnForumMinutes)
