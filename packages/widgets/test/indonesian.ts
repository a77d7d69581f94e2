/**
 * What an Indonesian text must not contain: English words that leaked in (a rounding mode, a rule kind, an
 * untranslated note or error), and numbers written with a decimal point. Shared by the widget and portal tests.
 */

/**
 * English words seen in the Indonesian UI, and common English function words that no Indonesian sentence uses.
 * Regulation terms that stay as they are (`Misconduct` in "Kurang/Misconduct", `rating`, `BerAKHLAK`) are not here.
 */
export const englishWords = [
  "half-up",
  "half-even",
  "half-down",
  "unconfirmed",
  "whether",
  "replaced",
  "example",
  "value",
  "values",
  "built",
  "public",
  "weight",
  "reward",
  "development",
  "remediation",
  "sanction",
  "restriction",
  "error",
  "invalid",
  "expected",
  "required",
  "missing",
  "rounding",
  "score",
  "the",
  "and",
  "of",
  "is",
  "are",
  "not",
  "with",
  "from",
  "gap"
] as const

const wordPattern = new RegExp(`(?<![\\p{L}\\d-])(${englishWords.join("|")})(?![\\p{L}\\d-])`, "giu")

/**
 * A number with a decimal point: digits, a point, then one or two digits or four and more (three digits after a
 * point are the Indonesian thousands separator, `1.234`). Version numbers (`1.0.0`) and dotted ids are not numbers.
 */
const decimalPoint = /(?<![\d.\p{L}])\d+\.(?:\d{1,2}|\d{4,})(?![\d.\p{L}])/gu

/** A data id shown as text (`bimbingan-kinerja`, `bukittinggi-ilustrasi`): lowercase words joined by hyphens. */
const rawId = /(?<![\p{L}\d/.-])[a-z]{2,}(?:-[a-z]{2,})+(?![\p{L}\d/-])/gu

/** The problems of one Indonesian text: each English word and each decimal point found, with its context. */
export const indonesianProblems = (text: string): ReadonlyArray<string> => {
  const out: string[] = []
  for (const m of text.matchAll(wordPattern)) {
    out.push(`English "${m[0]}" in "${context(text, m.index ?? 0)}"`)
  }
  for (const m of text.matchAll(decimalPoint)) {
    out.push(`decimal point "${m[0]}" in "${context(text, m.index ?? 0)}"`)
  }
  for (const m of text.matchAll(rawId)) {
    const parts = m[0].split("-")
    // reduplication ("rata-rata", "masing-masing") is Indonesian, not an id
    if (parts.length === 2 && parts[0] === parts[1]) continue
    out.push(`raw id "${m[0]}" in "${context(text, m.index ?? 0)}"`)
  }
  return out
}

const context = (text: string, at: number): string =>
  text
    .slice(Math.max(0, at - 30), at + 40)
    .replace(/\s+/g, " ")
    .trim()

/** The visible text and the texts for assistive technology (labels, titles) under a root, through shadow roots. */
export const shownTexts = (root: Element | ShadowRoot): ReadonlyArray<string> => {
  const out: string[] = []
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement
      if (parent && (parent.localName === "style" || parent.localName === "script")) return
      const t = node.textContent?.trim()
      if (t) out.push(t)
      return
    }
    if (node instanceof Element) {
      for (const a of ["aria-label", "title", "placeholder", "alt", "aria-description"]) {
        const v = node.getAttribute(a)
        if (v?.trim()) out.push(v.trim())
      }
      if (node.shadowRoot) walk(node.shadowRoot)
    }
    for (const child of node.childNodes) walk(child)
  }
  walk(root)
  return out
}
