/**
 * Registers every widget. For a portal without a build step: `<script type="module" src=".../all.js">`.
 *
 * @since 0.1.0
 */
import "./define/asn-competency-gap.js"
import "./define/asn-evaluation-form.js"
import "./define/asn-feedback-form.js"
import "./define/asn-ikm-report.js"
import "./define/asn-nine-box.js"
import "./define/asn-policy-view.js"
import "./define/asn-predikat.js"
import "./define/asn-rating-input.js"
import "./define/asn-scorecard.js"
import "./define/asn-survey-form.js"
import "./define/asn-unit-dashboard.js"

export * from "./index.js"
