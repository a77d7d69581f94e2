/**
 * Runtime localisation for the widgets: Bahasa Indonesia is the source locale, English the second.
 *
 * A widget's locale is the nearest `lang` attribute (on itself, an ancestor or `<html>`), falling back to `id`.
 * Changing `lang` on `<html>` or calling {@link setLocale} re-renders every connected widget. Regulation terms
 * (predikat labels, rating names) stay Indonesian in both locales; English adds a gloss.
 *
 * @since 0.1.0
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/**
 * The supported locales.
 *
 * @since 0.1.0
 */
export type Locale = "id" | "en"

/**
 * The BCP 47 tag to give `Intl` for a locale (`id` → `id-ID`, `en` → `en`).
 *
 * @since 0.2.0
 */
export const intlLocale = (locale: Locale): string => (locale === "en" ? "en" : "id-ID")

/** @internal */
const LOCALE_EVENT = "asn-locale-change"

/**
 * Resolves the locale of an element from the nearest `lang` attribute.
 *
 * @since 0.1.0
 */
export const localeOf = (element: Element): Locale => {
  const lang = element.closest("[lang]")?.getAttribute("lang") ?? document.documentElement.lang ?? ""
  return lang.toLowerCase().startsWith("en") ? "en" : "id"
}

/**
 * Sets the page's locale (the `lang` of `<html>`) and re-renders every connected widget.
 *
 * @since 0.1.0
 */
export const setLocale = (locale: Locale): void => {
  document.documentElement.lang = locale
  window.dispatchEvent(new Event(LOCALE_EVENT))
}

let observer: MutationObserver | undefined
const hosts = new Set<ReactiveControllerHost>()

/**
 * A controller that re-renders its host when the page's language changes, and gives it the current locale.
 *
 * @since 0.1.0
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element
  private readonly onChange = () => this.host.requestUpdate()

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host
    host.addController(this)
  }

  /** The host's current locale. */
  get locale(): Locale {
    return localeOf(this.host)
  }

  hostConnected(): void {
    hosts.add(this.host)
    window.addEventListener(LOCALE_EVENT, this.onChange)
    if (!observer) {
      observer = new MutationObserver(() => {
        for (const h of hosts) h.requestUpdate()
      })
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] })
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host)
    window.removeEventListener(LOCALE_EVENT, this.onChange)
  }
}
