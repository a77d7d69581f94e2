/**
 * The acknowledgement protocol of the forms' submit events (`asn-survey-submit`, `asn-feedback-submit`,
 * `asn-evaluation-submit`). A page that saves the answer itself calls, while the event is dispatched:
 *
 * ```js
 * form.addEventListener("asn-survey-submit", (event) => {
 *   event.preventDefault() // no native post
 *   event.respondWith(saveSomewhere(event.detail)) // a promise: resolved = saved, rejected = not saved
 * })
 * ```
 *
 * The form then shows "sending" (its submit button disabled), and only when the promise resolves does it thank the
 * user, forget the draft and remember a survey's ticket. When the promise rejects (or does not settle within
 * `timeout`, 30 s), the form shows a visible, retryable error (`role="alert"`), keeps every answer and the draft,
 * and submitting again fires a new event. A rejection's `message` (an `Error`'s or a string) is shown after the
 * form's own text, so a host can say why (for example "server busy").
 *
 * Without `respondWith`, a cancelled event keeps the behaviour of earlier versions (the form says it is sent at once)
 * and an uncancelled one posts natively (the server's response page is the confirmation).
 *
 * @since 0.4.0
 */
export class AcknowledgeableEvent<T> extends Event {
  /** The submitted data. */
  readonly detail: T
  private ack: Promise<unknown> | undefined

  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true, cancelable: true })
    this.detail = detail
  }

  /**
   * Tells the form that the page is saving the submission: success is shown only when `promise` resolves; a
   * rejection shows a retryable error. Call it during dispatch (synchronously in the listener), at most once.
   */
  respondWith(promise: PromiseLike<unknown>): void {
    if (this.ack) throw new DOMException("respondWith was already called", "InvalidStateError")
    this.ack = Promise.resolve(promise)
  }

  /** The promise given to {@link respondWith}, if any. */
  get acknowledgement(): Promise<unknown> | undefined {
    return this.ack
  }
}

/**
 * How long a form waits for an acknowledgement before it shows the retryable error (30 s).
 *
 * @since 0.4.0
 */
export const ACK_TIMEOUT_MS = 30_000

/** The outcome of waiting for an acknowledgement: saved, or not (with the host's reason when it gave one). */
export type Acknowledged = { readonly ok: true } | { readonly ok: false; readonly reason: string }

/** Waits for an acknowledgement, with a time limit. */
export const acknowledged = async (ack: Promise<unknown>, timeout = ACK_TIMEOUT_MS): Promise<Acknowledged> => {
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    await Promise.race([
      ack,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("")), timeout)
      })
    ])
    return { ok: true }
  } catch (e) {
    const reason = e instanceof Error ? e.message : typeof e === "string" ? e : ""
    return { ok: false, reason }
  } finally {
    clearTimeout(timer)
  }
}
