/**
 * Helpers for the display widgets' tests: mounting with each data source, waiting for data, reading the CSV.
 */
import { expect, vi } from "vitest"
import type { DisplayElement } from "../src/internal/display.js"

export type Source = "property" | "src" | "inline"

/** A URL that serves JSON (a Blob URL: fetched like any other URL). */
export const jsonUrl = (value: unknown): string =>
  URL.createObjectURL(new Blob([JSON.stringify(value)], { type: "application/json" }))

/** Mounts a display widget with its data from the given source and waits until it is rendered. */
export const mount = async <E extends DisplayElement<unknown>>(
  tag: string,
  data: unknown,
  source: Source = "property",
  attrs: Record<string, string> = {}
): Promise<E> => {
  const el = document.createElement(tag) as E
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v)
  if (source === "property") el.data = data
  if (source === "src") el.setAttribute("src", jsonUrl(data))
  if (source === "inline") {
    const script = document.createElement("script")
    script.type = "application/json"
    script.textContent = JSON.stringify(data)
    el.append(script)
  }
  document.body.append(el)
  await ready(el)
  return el
}

/** Waits until the widget has data (or a final error) and has rendered it. */
export const ready = async (el: DisplayElement<unknown>): Promise<void> => {
  await vi.waitFor(
    () => {
      const tag = (el as unknown as { loader: { state: { _tag: string } } }).loader.state._tag
      if (tag === "Loading" || tag === "Empty") throw new Error(`still ${tag}`)
    },
    { timeout: 3000, interval: 10 }
  )
  await el.updateComplete
}

export const part = (el: Element, name: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null
export const parts = (el: Element, name: string) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])
]
export const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, " ") ?? ""

/** Clicks the export button and returns the CSV from the cancelled `asn-export` event. */
export const exportedCsv = (el: HTMLElement): { filename: string; csv: string } => {
  let detail: { filename: string; csv: string } | undefined
  const listener = (e: Event) => {
    detail = (e as CustomEvent).detail
    e.preventDefault()
  }
  el.addEventListener("asn-export", listener)
  part(el, "export")?.click()
  el.removeEventListener("asn-export", listener)
  expect(detail).toBeDefined()
  return detail as { filename: string; csv: string }
}

/** Parses the CSV we produce (RFC 4180) into rows. */
export const parseCsv = (csv: string): ReadonlyArray<ReadonlyArray<string>> => {
  const rows: Array<Array<string>> = []
  let row: Array<string> = []
  let field = ""
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\r" && csv[i + 1] === "\n") {
      row.push(field)
      rows.push(row)
      row = []
      field = ""
      i++
    } else field += c
  }
  return rows
}
