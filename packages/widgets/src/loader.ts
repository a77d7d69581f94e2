/**
 * The lazy loader: the one script a portal includes (`dist/cdn/pembinaan-widgets.js`). It knows every tag and loads a
 * widget's code the first time its tag appears in the page, from the folder the loader itself was loaded from
 * (`<tag>.js` beside it), so a page pays only for the widgets it shows. Elements added later (by a framework, by
 * `innerHTML`, inside a shadow root that calls {@link scan}) load the same way. Until its code has arrived, an
 * element is an undefined custom element: its light DOM (inline `<script type="application/json">` data, a
 * `<noscript>` fallback) stays as the server wrote it.
 *
 * ```html
 * <script type="module" src="/assets/pembinaan/pembinaan-widgets.js"></script>
 * <asn-scorecard src="/api/scorecard/198001012006041001"></asn-scorecard>
 * ```
 *
 * A failed load (a missing file, a network error) fires `asn-load-error` on each element of that tag, with
 * `detail: { _tag: "Module", tag }`, and is retried the next time such an element is added.
 *
 * @since 0.4.0
 */

/**
 * Every tag the loader knows.
 *
 * @since 0.4.0
 */
export const tags = [
  "asn-competency-gap",
  "asn-development-plan",
  "asn-evaluation-form",
  "asn-feedback-form",
  "asn-forum-minutes",
  "asn-ikm-report",
  "asn-mentoring-log",
  "asn-nine-box",
  "asn-policy-view",
  "asn-predikat",
  "asn-programme-report",
  "asn-rating-input",
  "asn-remediation-plan",
  "asn-scorecard",
  "asn-survey-form",
  "asn-training-record",
  "asn-unit-dashboard"
] as const

/**
 * A tag the loader knows.
 *
 * @since 0.4.0
 */
export type Tag = (typeof tags)[number]

const known: ReadonlySet<string> = new Set(tags)
const pending = new Map<string, Promise<void>>()
const self = import.meta.url
let base = new URL(".", self)

/**
 * Where the widgets' files are (a folder URL ending in `/`); by default the loader's own folder.
 *
 * @since 0.4.0
 */
export const setBase = (url: string | URL): void => {
  base = new URL(url, document.baseURI)
}

/**
 * Loads the code of one tag (once; a failed load may be retried). Resolves when the element is defined.
 *
 * @since 0.4.0
 */
export const load = (tag: Tag): Promise<void> => {
  if (customElements.get(tag)) return Promise.resolve()
  let p = pending.get(tag)
  if (!p) {
    const url = new URL(`${tag}.js`, base).href
    p = import(/* @vite-ignore */ url).then(
      () => undefined,
      (cause: unknown) => {
        pending.delete(tag)
        for (const el of document.querySelectorAll(tag)) {
          el.dispatchEvent(
            new CustomEvent("asn-load-error", { bubbles: true, composed: true, detail: { _tag: "Module", tag } })
          )
        }
        throw cause
      }
    )
    pending.set(tag, p)
  }
  return p
}

/**
 * Loads every known tag used under `root` (the document, an element or a shadow root).
 *
 * @since 0.4.0
 */
export const scan = (root: ParentNode): void => {
  for (const tag of tags) {
    if (!customElements.get(tag) && !pending.has(tag) && root.querySelector(tag)) void load(tag).catch(() => undefined)
  }
}

const onAdded = (records: ReadonlyArray<MutationRecord>): void => {
  for (const r of records) {
    for (const node of r.addedNodes) {
      if (node.nodeType !== 1) continue
      const el = node as Element
      const name = el.localName
      if (known.has(name)) void load(name as Tag).catch(() => undefined)
      if (el.firstElementChild) scan(el)
    }
  }
}

if (typeof document !== "undefined") {
  scan(document)
  new MutationObserver(onAdded).observe(document, { childList: true, subtree: true })
}
