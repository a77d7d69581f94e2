/**
 * Data loading shared by the display widgets. A widget's data comes from, in order of precedence:
 *
 * 1. the `data` JS property;
 * 2. the `src` attribute: a JSON URL fetched with `fetch` (same-origin credentials), re-fetched when `src` changes;
 * 3. a child `<script type="application/json">`: inline JSON, so a server-rendered page needs no JavaScript of its
 *    own (re-read when the script's text changes);
 * 4. the `preset` attribute, for widgets that show policy data: a built-in policy by name (an unknown name is a
 *    `Shape` problem at `preset`), loaded on first use (`Loading` until it is there).
 *
 * The value is checked by the widget's `read` function (Schema-free guards, see `guards.ts`); the state is `Empty`,
 * `Loading`, `Ready` or `Failed` with a typed error that the widget translates by `_tag`.
 *
 * A `src` request that has not delivered its whole body after `timeout` milliseconds (default
 * {@link DEFAULT_TIMEOUT_MS}, 15 s) is aborted and fails with `Timeout`. A response larger than `maxBytes` (default
 * {@link DEFAULT_MAX_BYTES}, 10 MiB; by its `Content-Length`, or counted while it streams) is aborted and fails
 * with `TooLarge` instead of freezing the page while a huge text is parsed; the body is read in chunks, so input
 * stays responsive while it arrives.
 *
 * @internal
 */

import type { ReactiveController, ReactiveControllerHost } from "lit"
import * as Read from "./read.js"

/** Why data could not be loaded. */
export type LoadError =
  | { readonly _tag: "Http"; readonly status: number }
  | { readonly _tag: "Network" }
  | { readonly _tag: "Json" }
  | { readonly _tag: "Shape"; readonly problems: ReadonlyArray<string> }
  | { readonly _tag: "Timeout"; readonly ms: number }
  | { readonly _tag: "TooLarge"; readonly limit: number }
  | { readonly _tag: "Render"; readonly message: string }

/**
 * How long a `src` request may take, body included, before it fails with `Timeout` (15 s).
 *
 * @since 0.4.0
 */
export const DEFAULT_TIMEOUT_MS = 15_000

/**
 * The largest `src` response read (10 MiB); a larger one fails with `TooLarge`.
 *
 * @since 0.4.0
 */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** The loading state. */
export type LoadState<T> =
  | { readonly _tag: "Empty" }
  | { readonly _tag: "Loading" }
  | { readonly _tag: "Ready"; readonly value: T }
  | { readonly _tag: "Failed"; readonly error: LoadError }

/** Checks an unknown value: the typed value, or readable problems. */
export type Reader<T> = (input: unknown) => Read.Read<T>

/**
 * Fired by a display widget when its data is ready (from any source).
 *
 * @since 0.3.0
 */
export class DataLoadEvent extends Event {
  constructor() {
    super("asn-load", { bubbles: true, composed: true })
  }
}

/**
 * Fired by a display widget when its data cannot be loaded; `detail` is the typed error.
 *
 * @since 0.3.0
 */
export class DataErrorEvent extends Event {
  readonly detail: LoadError
  constructor(detail: LoadError) {
    super("asn-load-error", { bubbles: true, composed: true })
    this.detail = detail
  }
}

type Host = ReactiveControllerHost & HTMLElement

/** Loads, checks and holds a widget's data. */
export class DataController<T> implements ReactiveController {
  state: LoadState<T> = { _tag: "Empty" }
  private readonly host: Host
  private readonly read: Reader<T>
  private observer: MutationObserver | undefined
  private abort: AbortController | undefined
  private key: unknown = Symbol("none")
  private property: unknown
  private src = ""
  private preset: { readonly name: string; readonly value: unknown } | undefined
  private synced = false
  /** The `src` timeout in milliseconds. */
  timeout = DEFAULT_TIMEOUT_MS
  /** The largest `src` response in bytes. */
  maxBytes = DEFAULT_MAX_BYTES

  constructor(host: Host, read: Reader<T>) {
    this.host = host
    this.read = read
    host.addController(this)
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => {
      if (this.synced) this.sync(this.property, this.src, this.preset)
    })
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true })
    if (this.synced) this.sync(this.property, this.src, this.preset)
  }

  hostDisconnected(): void {
    this.observer?.disconnect()
    this.abort?.abort()
    this.abort = undefined
    this.key = Symbol("none")
  }

  /**
   * Call from `willUpdate` with the host's `data` property and `src` attribute, and the widget's `preset` (a name
   * and its value, `undefined` for an unknown name) when it has one.
   */
  sync(data: unknown, src: string | undefined, preset?: { readonly name: string; readonly value: unknown }): void {
    this.synced = true
    this.property = data
    this.src = src ?? ""
    this.preset = preset
    const script = this.host.querySelector(':scope > script[type="application/json"]')
    const key =
      data !== undefined
        ? data
        : this.src !== ""
          ? `src:${this.src}`
          : script || !preset?.name
            ? `inline:${script?.textContent ?? ""}`
            : `preset:${preset.name}`
    if (key === this.key) return
    this.key = key
    this.abort?.abort()
    this.abort = undefined
    if (data !== undefined) this.accept(data)
    else if (this.src !== "") void this.fetch(this.src, key)
    else if (script) {
      const text = script.textContent ?? ""
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        this.fail({ _tag: "Json" })
        return
      }
      this.accept(parsed)
    } else if (preset?.name) {
      const value = preset.value
      if (value === undefined) this.fail({ _tag: "Shape", problems: [`preset: unknown preset "${preset.name}"`] })
      else if (value instanceof Promise) {
        // a preset loaded on first use (its own module): loading until it is there; a stale answer is dropped
        this.set({ _tag: "Loading" })
        value.then(
          (v: unknown) => {
            if (key === this.key) this.accept(v)
          },
          () => {
            if (key === this.key) this.fail({ _tag: "Network" })
          }
        )
      } else this.accept(value)
    } else this.set({ _tag: "Empty" })
  }

  private async fetch(url: string, key: unknown): Promise<void> {
    const abort = new AbortController()
    this.abort = abort
    this.set({ _tag: "Loading" })
    const ms = this.timeout
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      abort.abort()
    }, ms)
    // Another `sync` (new data or `src`) or a disconnect changes the key: a stale answer is dropped.
    const current = () => key === this.key
    try {
      const result = await this.request(url, abort)
      if (!current()) return
      if (timedOut) this.fail({ _tag: "Timeout", ms })
      else if (result._tag === "Ok") this.accept(result.value)
      else this.fail(result)
    } finally {
      clearTimeout(timer)
    }
  }

  /** Fetches and parses; a timed-out request reports whatever it got to, the caller turns it into `Timeout`. */
  private async request(
    url: string,
    abort: AbortController
  ): Promise<{ readonly _tag: "Ok"; readonly value: unknown } | LoadError> {
    let response: Response
    try {
      response = await fetch(url, {
        signal: abort.signal,
        credentials: "same-origin",
        headers: { accept: "application/json" }
      })
    } catch {
      return { _tag: "Network" }
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined)
      return { _tag: "Http", status: response.status }
    }
    const limit = this.maxBytes
    const declared = Number(response.headers.get("content-length") ?? Number.NaN)
    if (declared > limit) {
      abort.abort()
      return { _tag: "TooLarge", limit }
    }
    let text: string
    try {
      const body = response.body
      if (!body) text = await response.text()
      else {
        // Read in chunks (each `read` yields to the event loop) and stop at the limit.
        const reader = body.getReader()
        const decoder = new TextDecoder()
        const parts: Array<string> = []
        let size = 0
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          size += value.byteLength
          if (size > limit) {
            abort.abort()
            return { _tag: "TooLarge", limit }
          }
          parts.push(decoder.decode(value, { stream: true }))
        }
        parts.push(decoder.decode())
        text = parts.join("")
      }
    } catch {
      return { _tag: "Network" }
    }
    try {
      return { _tag: "Ok", value: JSON.parse(text) }
    } catch {
      return { _tag: "Json" }
    }
  }

  private accept(input: unknown): void {
    const r = this.read(input)
    if (Read.isSuccess(r)) {
      this.set({ _tag: "Ready", value: r.success })
      this.host.dispatchEvent(new DataLoadEvent())
    } else this.fail({ _tag: "Shape", problems: r.failure })
  }

  /** Marks the data as unusable after the widget failed to render it (a value its guard let through). */
  failRender(error: unknown): void {
    this.fail({ _tag: "Render", message: error instanceof Error ? error.message : String(error) })
  }

  private fail(error: LoadError): void {
    this.set({ _tag: "Failed", error })
    this.host.dispatchEvent(new DataErrorEvent(error))
  }

  private set(state: LoadState<T>): void {
    this.state = state
    this.host.requestUpdate()
  }
}

/** Shape checks for readers: small, fast and without Schema, for data that core already produced. */
export const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/** Turns core's `InvalidInput` problems (or any failure) into readable lines. */
export const problemsOf = (failure: unknown): ReadonlyArray<string> => {
  if (isObject(failure) && Array.isArray(failure.problems)) {
    return failure.problems.map((p: unknown) =>
      isObject(p) ? `${Array.isArray(p.path) ? p.path.join(".") : ""}: ${String(p.message ?? p.code ?? "")}` : String(p)
    )
  }
  if (isObject(failure) && typeof failure._tag === "string") return [failure._tag]
  return [String(failure)]
}
