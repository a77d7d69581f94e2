/**
 * Drafts of the forms, versioned. A draft is stored as `{ "version": n, "tab": id, "value": snapshot }`. A form
 * (its tab) remembers the version it last read or wrote; when it saves and finds a newer version written by another tab, the
 * save is refused as a `Conflict` (never a silent overwrite): the form shows it and lets the user load the other
 * draft ({@link SharedDraftStore.adopt}) or keep theirs ({@link SharedDraftStore.overwrite}). A storage that is unavailable,
 * full or cleared mid-session gives `Failed` or an empty read, never an exception.
 *
 * The survey and 360 forms keep drafts in `sessionStorage` (one per tab, kept across a reload); the evaluation form
 * in `localStorage` (kept across browser restarts, shared between tabs, hence the versions).
 *
 * @internal
 */

/** The outcome of a save. */
export type DraftSave = "saved" | "conflict" | "failed"

interface Stored {
  readonly version: number
  readonly tab: string
  readonly value: string
}

const parse = (json: string | null): Stored | undefined => {
  if (json === null) return undefined
  try {
    const u: unknown = JSON.parse(json)
    if (typeof u === "object" && u !== null && typeof (u as Stored).value === "string") {
      const s = u as Stored
      return { version: Number.isSafeInteger(s.version) ? s.version : 0, tab: String(s.tab ?? ""), value: s.value }
    }
  } catch {
    // not a versioned record
  }
  // A draft of an earlier version of the widgets: the snapshot itself.
  return { version: 0, tab: "", value: json }
}

/** One draft key in one storage. */
export class DraftStore {
  private readonly storage: () => Storage
  private readonly key: string
  /** The version this tab last read or wrote; `undefined` before the first read. */
  protected version: number | undefined
  /** Who writes: one id per store (per form element), so two forms on one draft are told apart too. */
  private readonly writer = Math.random().toString(36).slice(2)

  constructor(storage: () => Storage, key: string) {
    this.storage = storage
    this.key = key
  }

  protected read(): Stored | undefined | "failed" {
    try {
      return parse(this.storage().getItem(this.key))
    } catch {
      return "failed"
    }
  }

  /** Reads the draft (and remembers its version); `undefined` when there is none or storage is unavailable. */
  load(): string | undefined {
    const s = this.read()
    if (s === "failed" || s === undefined) {
      this.version = 0
      return undefined
    }
    this.version = s.version
    return s.value
  }

  /** Saves unless another tab saved a newer version since this tab last read or wrote. */
  save(value: string): DraftSave {
    const s = this.read()
    if (s === "failed") return "failed"
    if (s !== undefined && this.version !== undefined && s.version > this.version && s.tab !== this.writer)
      return "conflict"
    return this.write(value, Math.max(s?.version ?? 0, this.version ?? 0) + 1)
  }

  /** Removes the draft. */
  clear(): void {
    try {
      this.storage().removeItem(this.key)
    } catch {
      // nothing to remove
    }
    this.version = 0
  }

  protected write(value: string, version: number): DraftSave {
    try {
      this.storage().setItem(this.key, JSON.stringify({ version, tab: this.writer, value }))
      this.version = version
      return "saved"
    } catch {
      return "failed"
    }
  }
}

/**
 * A draft that several tabs share (the evaluation form's, in `localStorage`): a conflict is resolved by the user,
 * who keeps theirs ({@link overwrite}) or takes the other tab's ({@link adopt}). The survey and 360 forms keep one
 * draft per tab and need neither.
 */
export class SharedDraftStore extends DraftStore {
  /** Whether a draft is stored. */
  exists(): boolean {
    const s = this.read()
    return s !== "failed" && s !== undefined
  }

  /** Saves even over another tab's newer draft (the user chose to keep theirs). */
  overwrite(value: string): DraftSave {
    const s = this.read()
    return this.write(value, (s === "failed" || s === undefined ? (this.version ?? 0) : s.version) + 1)
  }

  /** Takes the stored draft as this tab's (the user chose the other tab's). */
  adopt(): string | undefined {
    return this.load()
  }
}
