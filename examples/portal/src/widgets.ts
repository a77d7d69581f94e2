/**
 * Registers every widget (`all.js`). The portal still checks `customElements.get(tag)` before rendering an element
 * and shows its own table or form otherwise, so a page built against an older widgets package never leaves an
 * empty box.
 */
import "@pembinaan/widgets/all.js"

/** `true` when the element is registered. */
export const has = (tag: string): boolean => customElements.get(tag) !== undefined
