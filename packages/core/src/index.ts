/**
 * `@pembinaan/core`: the domain of sistem pembinaan ASN as typed pure functions.
 *
 * @packageDocumentation
 */
export * as Input from "./Input.js"
export * as LegalBasis from "./LegalBasis.js"
export * as Presets from "./presets/index.js"
export * as Quadrant from "./Quadrant.js"
