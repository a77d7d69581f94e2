/**
 * Defines a custom element once: a second import of a registration module (two bundles on one portal page)
 * is harmless instead of a `NotSupportedError`.
 *
 * @since 0.1.0
 */
export const define = (name: string, element: CustomElementConstructor): void => {
  if (!customElements.get(name)) customElements.define(name, element)
}
