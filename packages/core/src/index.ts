/**
 * `@pembinaan/core`: the domain of sistem pembinaan ASN as typed pure functions.
 *
 * @packageDocumentation
 */

export * as Allowance from "./Allowance.js"
export * as Award from "./Award.js"
export * as Band from "./Band.js"
export * as Behaviour from "./Behaviour.js"
export * as Calendar from "./Calendar.js"
export * as Citizen from "./Citizen.js"
export * as Competency from "./Competency.js"
export * as Development from "./Development.js"
export * as Discipline from "./Discipline.js"
export * as Distribution from "./Distribution.js"
export * as Evaluation from "./Evaluation.js"
export * as Exact from "./Exact.js"
export * as Feedback from "./Feedback.js"
export * as Indicator from "./Indicator.js"
export * as Input from "./Input.js"
export * as Jpm from "./Jpm.js"
export * as LegalBasis from "./LegalBasis.js"
export * as Period from "./Period.js"
export * as Policy from "./Policy.js"
export * as ProfessionalismIndex from "./ProfessionalismIndex.js"
export * as Presets from "./presets/index.js"
export * as Quadrant from "./Quadrant.js"
export * as Remediation from "./Remediation.js"
export * as Rule from "./Rule.js"
export * as SampleSize from "./SampleSize.js"
export * as Skp from "./Skp.js"
export * as Survey from "./Survey.js"
export * as Talent from "./Talent.js"
