/**
 * `@pembinaan/widgets`: Lit web components for sistem pembinaan ASN. This entry exports the classes without
 * registering them; import `@pembinaan/widgets/all.js` or `@pembinaan/widgets/define/<tag>.js` to register.
 *
 * @packageDocumentation
 */

export { PredikatController, type PredikatState } from "./components/predikat/predikat.controller.js"
export { AsnPredikat } from "./components/predikat/predikat.js"
export { define } from "./define.js"
export { type Locale, LocaleController, localeOf, setLocale } from "./locale.js"
export { type Messages, messages } from "./messages.js"
