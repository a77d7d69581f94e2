/**
 * Registers every widget. For a portal without a build step: `<script type="module" src=".../all.js">`.
 *
 * @since 0.1.0
 */
import "./define/asn-feedback-form.js"
import "./define/asn-predikat.js"
import "./define/asn-rating-input.js"
import "./define/asn-survey-form.js"

export * from "./index.js"
