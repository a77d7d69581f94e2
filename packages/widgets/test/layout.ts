import { page } from "vitest/browser"

/**
 * Layout checks for the browser tests: horizontal overflow, text too small to read, and text that overlaps other
 * text. They walk the light DOM and every open shadow root, the way a user's screen shows them.
 */

/** Every element under a root, through open shadow roots. */
export const deepElements = (root: Element | ShadowRoot | Document): ReadonlyArray<Element> => {
  const out: Element[] = []
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const child of node.children) {
      out.push(child)
      if (child.shadowRoot) walk(child.shadowRoot)
      walk(child)
    }
  }
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot)
  walk(root)
  return out
}

const describe = (e: Element): string => {
  const part = e.getAttribute("part")
  const id = e.id ? `#${e.id}` : ""
  const cls = typeof e.className === "string" && e.className ? `.${e.className.trim().split(/\s+/).join(".")}` : ""
  const host = (e.getRootNode() as ShadowRoot).host?.localName
  return `${host ? `${host} › ` : ""}${e.localName}${id}${cls}${part ? `[part=${part}]` : ""}`
}

/**
 * A declared scroll container: overflow-x auto or scroll, and either holding a table (a wide table scrolls inside
 * its own box) or marked `data-scroll`. A whole widget that scrolls as one block is not one.
 */
const scrolls = (e: Element): boolean => {
  const x = getComputedStyle(e).overflowX
  if (x !== "auto" && x !== "scroll") return false
  return e.hasAttribute("data-scroll") || e.querySelector(":scope > table, :scope > * > table") !== null
}

/** Hidden for assistive technology only (the usual 1 px clip), or not rendered at all. */
const invisible = (e: Element): boolean => {
  if (!e.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return true
  const r = e.getBoundingClientRect()
  return r.width <= 1 || r.height <= 1
}

/**
 * Elements wider than their box (`scrollWidth > clientWidth`) that are not declared scroll containers, inside a
 * declared scroll container's content excepted. The document itself counts.
 */
export const overflowing = (root: Element | Document): ReadonlyArray<string> => {
  const out: string[] = []
  const doc = document.documentElement
  if (doc.scrollWidth > doc.clientWidth + 1) out.push(`document ${doc.scrollWidth} > ${doc.clientWidth}`)
  for (const e of deepElements(root)) {
    if (e instanceof SVGElement && !(e instanceof SVGSVGElement)) continue
    if (e.clientWidth === 0 || invisible(e)) continue
    if (e.scrollWidth > e.clientWidth + 1 && !scrolls(e) && !insideScroller(e)) {
      out.push(`${describe(e)} ${e.scrollWidth} > ${e.clientWidth}`)
    }
  }
  return out
}

const insideScroller = (e: Element): boolean => {
  let node: Node | null = e.parentNode
  while (node) {
    if (node instanceof ShadowRoot) node = node.host
    else if (node instanceof Element) {
      if (scrolls(node)) return true
      node = node.parentNode
    } else return false
  }
  return false
}

/** The on-screen font size of a text's element: its CSS size, scaled when it sits in a scaled SVG. */
const screenFontSize = (e: Element): number => {
  const size = Number.parseFloat(getComputedStyle(e).fontSize)
  if (e instanceof SVGGraphicsElement) {
    const m = e.getScreenCTM()
    if (m) return size * Math.sqrt(m.a * m.a + m.b * m.b)
  }
  return size
}

/** Visible text rendered below `minimum` px (12 by default), with the text that is too small. */
export const smallText = (root: Element | Document, minimum = 12): ReadonlyArray<string> => {
  const out: string[] = []
  for (const e of deepElements(root)) {
    const own = [...e.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent?.trim() ?? "")
      .join(" ")
      .trim()
    if (!own || invisible(e)) continue
    const size = screenFontSize(e)
    if (size < minimum - 0.05) out.push(`${describe(e)} ${size.toFixed(1)}px "${own.slice(0, 40)}"`)
  }
  return out
}

const textRects = (root: Element): ReadonlyArray<{ text: string; rect: DOMRect; owner: Element }> => {
  const out: Array<{ text: string; rect: DOMRect; owner: Element }> = []
  for (const e of [root, ...deepElements(root)]) {
    if (invisible(e)) continue
    for (const n of e.childNodes) {
      if (n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim()) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      for (const rect of range.getClientRects()) {
        if (rect.width > 0 && rect.height > 0) out.push({ text: n.textContent.trim(), rect, owner: e })
      }
    }
  }
  return out
}

/** Pairs of text fragments whose boxes overlap (by more than a pixel), and text that leaves its box `within`. */
export const overlappingText = (root: Element, within: ReadonlyArray<Element> = []): ReadonlyArray<string> => {
  const out: string[] = []
  const rects = textRects(root)
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) {
      const a = rects[i]
      const b = rects[j]
      if (!a || !b) continue
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
      if (x > 1 && y > 2) out.push(`"${a.text.slice(0, 30)}" overlaps "${b.text.slice(0, 30)}"`)
    }
  }
  for (const box of within) {
    const r = box.getBoundingClientRect()
    for (const t of textRects(box)) {
      if (t.rect.left < r.left - 1 || t.rect.right > r.right + 1 || t.rect.bottom > r.bottom + 1) {
        out.push(`"${t.text.slice(0, 30)}" leaves ${describe(box)}`)
      }
    }
  }
  return out
}

/** The three widths of the issue: a phone, a tablet, a desktop. */
export const widths = [360, 768, 1280] as const

/**
 * Screenshots of the whole page, one screenful each (`<base>-1.png`, `-2.png`…; the runner paints only the visible
 * part of its test frame, so a page taller than the screen is taken in steps). Paths are relative to the test file.
 */
export const screenshots = async (base: string, max = 8): Promise<void> => {
  const screen = window.innerHeight
  const count = Math.min(max, Math.ceil(document.documentElement.scrollHeight / screen))
  for (let i = 0; i < count; i++) {
    window.scrollTo(0, i * screen)
    await new Promise((r) => requestAnimationFrame(r))
    await page.screenshot({ path: `${base}-${i + 1}.png` })
  }
  window.scrollTo(0, 0)
}

/** Chart text (SVG `<text>`) that leaves its drawing or overlaps other text of the same drawing. */
export const chartTextProblems = (root: Element | Document): ReadonlyArray<string> => {
  const out: string[] = []
  for (const svgEl of deepElements(root)) {
    if (!(svgEl instanceof SVGSVGElement) || invisible(svgEl) || svgEl.getAttribute("role") !== "img") continue
    const box = svgEl.getBoundingClientRect()
    const texts = [...svgEl.querySelectorAll("text")]
      .filter((t) => t.textContent?.trim())
      .map((t) => ({ text: t.textContent?.trim() ?? "", rect: t.getBoundingClientRect() }))
    for (const t of texts) {
      if (t.rect.left < box.left - 1 || t.rect.right > box.right + 1)
        out.push(`"${t.text.slice(0, 30)}" leaves its chart`)
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]
        const b = texts[j]
        if (!a || !b) continue
        const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left)
        const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top)
        if (x > 1 && y > 2) out.push(`"${a.text.slice(0, 30)}" overlaps "${b.text.slice(0, 30)}" in a chart`)
      }
    }
  }
  return out
}
