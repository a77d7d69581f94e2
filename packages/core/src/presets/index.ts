/**
 * Ready-made policy data. Presets are data only; no core function imports them.
 *
 * @since 0.1.0
 */

export * as allowance from "./allowance.js"
export * as bukittinggi from "./bukittinggi.js"
export * as competency from "./competency.js"
export * as distribution from "./distribution.js"
export * as feedback from "./feedback.js"
export * as muaratebo from "./muaratebo.js"
export * as national from "./national.js"
export * as nationalPolicy from "./nationalPolicy.js"
export * as programmes from "./programmes.js"
export * as regionRules from "./regionRules.js"
export * as rules from "./rules.js"
export * as sawahlunto from "./sawahlunto.js"
export * as skm from "./skm.js"
export * as skmQuestions from "./skmQuestions.js"
export * as talent from "./talent.js"
