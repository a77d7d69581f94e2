/**
 * Building a widget's catalogue from message sections, so a widget's bundle carries only the sections it shows.
 *
 * @internal
 */
import type { Locale } from "../locale.js"

/**
 * One section of messages in both locales; English defines every Indonesian id (checked by the type).
 *
 * @internal
 */
export interface Section<T> {
  readonly id: T
  readonly en: T
}

/** The messages of every section in a list, as one type. @internal */
export type Merged<S> = S extends readonly [Section<infer T>, ...infer R] ? T & Merged<R> : unknown

/**
 * A locale's catalogue made of the given sections. Ids are unique across sections (test/messages.test.ts), so no
 * section overrides another.
 *
 * @internal
 */
export const catalogue = <const S extends ReadonlyArray<Section<object>>>(
  ...sections: S
): ((locale: Locale) => Merged<S>) => {
  const id = Object.assign({}, ...sections.map((s) => s.id)) as Merged<S>
  const en = Object.assign({}, ...sections.map((s) => s.en)) as Merged<S>
  return (locale) => (locale === "en" ? en : id)
}
