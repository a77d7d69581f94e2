/**
 * Registers every widget. For a portal without a build step: `<script type="module" src=".../all.js">`.
 *
 * @since 0.1.0
 */
import "./define/asn-predikat.js"

export * from "./index.js"
