/**
 * What the demo portal keeps in the browser's IndexedDB (no dependency). Signed in to the server, only the unsent
 * drafts of its forms (`drafts`) and small settings (region, language) are kept here; everything sent lives on the
 * server. Without a server (the sample-data pages, and the tests that mount them alone) SKM survey responses,
 * evaluations and 360° feedback are kept here too. Every record carries its region, so switching region never
 * mixes data.
 */
import type { Evaluation, Feedback, Survey } from "@pembinaan/core"

/** An SKM response submitted for a service unit. */
export interface SurveyRecord {
  readonly region: string
  readonly unit: string
  readonly response: Survey.Response
  readonly submittedAt: string
}

/** An evaluation entered for an employee and a period; it replaces the sample's input for that period. */
export interface EvaluationRecord {
  readonly region: string
  readonly employee: string
  readonly period: string
  readonly input: Evaluation.EvaluationInput
  readonly submittedAt: string
}

/** A 360° rating submitted for an employee (the rater is an opaque id, never shown). */
export interface FeedbackRecord {
  readonly region: string
  readonly subject: string
  readonly period: string
  readonly rating: Feedback.Rating
  readonly submittedAt: string
}

/** Everything stored for one region. */
export interface Stored {
  readonly surveys: ReadonlyArray<SurveyRecord>
  readonly evaluations: ReadonlyArray<EvaluationRecord>
  readonly feedback: ReadonlyArray<FeedbackRecord>
}

/** An empty {@link Stored}. */
export const nothingStored: Stored = { surveys: [], evaluations: [], feedback: [] }

/** The store's API. */
export interface Store {
  readonly name: string
  addSurvey(record: SurveyRecord): Promise<void>
  /** Adds or replaces the evaluation of `record.employee` for `record.period` in `record.region`. */
  putEvaluation(record: EvaluationRecord): Promise<void>
  addFeedback(record: FeedbackRecord): Promise<void>
  /** Everything stored for a region, in submission order. */
  load(region: string): Promise<Stored>
  getSetting(key: string): Promise<string | undefined>
  setSetting(key: string, value: string): Promise<void>
  /** Keeps the unsent draft of a form (`fields`), or removes it (`undefined`). */
  putDraft(key: string, fields: Readonly<Record<string, string>> | undefined): Promise<void>
  /** The unsent drafts whose key starts with `prefix`, by key. */
  drafts(prefix: string): Promise<Readonly<Record<string, Readonly<Record<string, string>>>>>
  /** Removes the submissions of one region (or of every region), keeping settings. */
  clear(region?: string): Promise<void>
  close(): void
}

/** The default database name of the portal. */
export const DEFAULT_DB = "pembinaan-portal"

const VERSION = 2

const request = <A>(r: IDBRequest<A>): Promise<A> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error("transaction aborted"))
  })

const upgrade = (db: IDBDatabase): void => {
  if (!db.objectStoreNames.contains("surveys")) {
    db.createObjectStore("surveys", { autoIncrement: true }).createIndex("region", "region")
  }
  if (!db.objectStoreNames.contains("evaluations")) {
    db.createObjectStore("evaluations", { keyPath: ["region", "employee", "period"] }).createIndex("region", "region")
  }
  if (!db.objectStoreNames.contains("feedback")) {
    db.createObjectStore("feedback", { autoIncrement: true }).createIndex("region", "region")
  }
  if (!db.objectStoreNames.contains("settings")) db.createObjectStore("settings")
  if (!db.objectStoreNames.contains("drafts")) db.createObjectStore("drafts")
}

const submissions = ["surveys", "evaluations", "feedback"] as const

/** Opens (and creates or upgrades) the portal's database. Rejects when IndexedDB is unavailable. */
export const openStore = async (name: string = DEFAULT_DB): Promise<Store> => {
  if (typeof indexedDB === "undefined") throw new Error("IndexedDB is not available")
  const open = indexedDB.open(name, VERSION)
  open.onupgradeneeded = () => upgrade(open.result)
  const db = await request(open)

  const write = async (storeName: string, value: unknown, key?: IDBValidKey): Promise<void> => {
    const tx = db.transaction(storeName, "readwrite")
    tx.objectStore(storeName).put(value, key)
    await done(tx)
  }
  const byRegion = async <A>(storeName: string, region: string): Promise<Array<A>> => {
    const tx = db.transaction(storeName, "readonly")
    return request(tx.objectStore(storeName).index("region").getAll(region) as IDBRequest<Array<A>>)
  }
  const byTime = <A extends { readonly submittedAt: string }>(xs: Array<A>): Array<A> =>
    xs.sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0))

  return {
    name,
    addSurvey: (record) => write("surveys", record),
    putEvaluation: (record) => write("evaluations", record),
    addFeedback: (record) => write("feedback", record),
    load: async (region) => {
      const [surveys, evaluations, feedback] = await Promise.all([
        byRegion<SurveyRecord>("surveys", region),
        byRegion<EvaluationRecord>("evaluations", region),
        byRegion<FeedbackRecord>("feedback", region)
      ])
      return { surveys, evaluations: byTime(evaluations), feedback }
    },
    getSetting: async (key) => {
      const tx = db.transaction("settings", "readonly")
      const value = await request(tx.objectStore("settings").get(key))
      return typeof value === "string" ? value : undefined
    },
    setSetting: (key, value) => write("settings", value, key),
    putDraft: async (key, fields) => {
      const tx = db.transaction("drafts", "readwrite")
      if (fields === undefined) tx.objectStore("drafts").delete(key)
      else tx.objectStore("drafts").put({ ...fields }, key)
      await done(tx)
    },
    drafts: async (prefix) => {
      const tx = db.transaction("drafts", "readonly")
      const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`)
      const store = tx.objectStore("drafts")
      const [keys, values] = await Promise.all([
        request(store.getAllKeys(range)),
        request(store.getAll(range) as IDBRequest<Array<Record<string, string>>>)
      ])
      return Object.fromEntries(keys.map((k, i) => [String(k), values[i] ?? {}]))
    },
    clear: async (region) => {
      const tx = db.transaction([...submissions], "readwrite")
      for (const s of submissions) {
        const store = tx.objectStore(s)
        if (region === undefined) {
          store.clear()
          continue
        }
        const cursor = store.index("region").openKeyCursor(IDBKeyRange.only(region))
        cursor.onsuccess = () => {
          const c = cursor.result
          if (!c) return
          store.delete(c.primaryKey)
          c.continue()
        }
      }
      await done(tx)
    },
    close: () => db.close()
  }
}

/** Deletes a whole database (for tests and the portal's "reset" button). */
export const deleteStore = (name: string = DEFAULT_DB): Promise<void> =>
  new Promise((resolve, reject) => {
    const r = indexedDB.deleteDatabase(name)
    r.onsuccess = () => resolve()
    r.onerror = () => reject(r.error)
    r.onblocked = () => resolve()
  })
