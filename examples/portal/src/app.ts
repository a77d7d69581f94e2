/**
 * The demo portal. On `@pembinaan/server` (`server` option): the demo sign-in, then every page on the server's
 * data for the signed-in person (SKP, Program, Beranda, Evaluasi, Survei, Dasbor). Without a server: a region
 * switcher (Bukittinggi, Muaratebo, Sawahlunto) and four pages (Beranda, Evaluasi, Survei, Dasbor) on a sample
 * generated deterministically, scored with `@pembinaan/core`, whose entries are kept in IndexedDB and join the
 * numbers at once. Both have an Indonesian/English switch.
 *
 * `mountPortal(element)` renders the portal into an element; `main.ts` mounts it on the page and the end-to-end
 * tests mount it in Chromium.
 */
import { Behaviour, Evaluation, type Feedback, type Quadrant } from "@pembinaan/core"
import {
  type EvaluationSubmitEvent,
  type FeedbackSubmitEvent,
  type Locale,
  type SurveySubmitEvent,
  setLocale
} from "@pembinaan/widgets"
import { Result } from "effect"
import { render } from "lit"
import { type Client, type CycleSummary, makeClient, type Reply, savedSession, saveSession } from "./api.js"
import { type Consequences, cycleTexts, type FeedbackReport, initialServerState, type ServerHandlers } from "./cycle.js"
import { type Dataset, generate, quarters } from "./data/generate.js"
import { buildModel, type Model } from "./data/model.js"
import { isRegionId, type RegionId } from "./data/regions.js"
import { decimal, texts } from "./i18n.js"
import { type Draft, type Page, pages, serverPages, type ViewState, view } from "./pages.js"
import { nothingStored, openStore, type Store, type Stored } from "./store.js"
import "./widgets.js"

/** Options of {@link mountPortal}. */
export interface PortalOptions {
  /** IndexedDB database name (tests use their own). */
  readonly dbName?: string
  /** Start in this region instead of the stored or default one. */
  readonly region?: RegionId
  /** Start on this page. */
  readonly page?: Page
  /** Follow and update `location.hash` (`#/survei`); default true. */
  readonly hash?: boolean
  /**
   * Run on `@pembinaan/server` (`true`, or where its API is): the portal then starts with the demo sign-in and the
   * SKP cycle page, and sends surveys and 360 feedback to the server. Without it (default) the portal shows only its
   * sample-data pages and keeps submissions in IndexedDB.
   */
  readonly server?: boolean | { readonly base: string }
}

/** A mounted portal. */
export interface Portal {
  readonly state: Readonly<ViewState>
  readonly store: Store | undefined
  /** The server client (when mounted with `server`). */
  readonly client: Client | undefined
  go(page: Page): void
  setRegion(region: RegionId): Promise<void>
  setLanguage(locale: Locale): Promise<void>
  /** Re-reads IndexedDB and re-renders. */
  reload(): Promise<void>
  unmount(): void
}

const HINT_KEY = "pembinaan.portal.settings"

const readHint = (): { region?: string; locale?: string } => {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(HINT_KEY) ?? "{}")
    return typeof parsed === "object" && parsed !== null ? (parsed as { region?: string; locale?: string }) : {}
  } catch {
    return {}
  }
}

const writeHint = (key: "region" | "locale", value: string): void => {
  try {
    localStorage.setItem(HINT_KEY, JSON.stringify({ ...readHint(), [key]: value }))
  } catch {
    // private mode or storage full: the hint is only an optimisation
  }
}

const isPage = (u: unknown): u is Page => pages.includes(u as never) || serverPages.includes(u as never)

const pageFromHash = (): Page | undefined => {
  const name = location.hash.replace(/^#\/?/, "")
  return isPage(name) ? name : undefined
}

/**
 * Wraps a submit handler so the form learns the outcome (`event.respondWith`): it thanks the user only once the
 * answer is stored, and shows a retryable error, keeping the answer, when storing fails.
 */
const acknowledge =
  <E extends Event & { respondWith(promise: PromiseLike<unknown>): void }>(handler: (event: E) => Promise<void>) =>
  (event: E): Promise<void> => {
    const saving = handler(event)
    event.respondWith(saving)
    // The form shows a failure; the caller needs no rejection of its own.
    return saving.catch(() => undefined)
  }

/** A random id for this browser, kept in localStorage: the device the server rate-limits survey responses by. */
const deviceId = (): string => {
  try {
    const known = localStorage.getItem("pembinaan.portal.device")
    if (known) return known
    const id = newId()
    localStorage.setItem("pembinaan.portal.device", id)
    return id
  } catch {
    return newId()
  }
}

const newId = (): string =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** Renders the portal into `root` and returns its handle once the first region is loaded. */
export const mountPortal = async (root: HTMLElement, options: PortalOptions = {}): Promise<Portal> => {
  const useHash = options.hash ?? true
  // The first paint uses the last choices mirrored in localStorage (synchronous), so the page shows the sample at
  // once; IndexedDB (asynchronous) is then read and is the authority.
  const hint = readHint()
  const region: RegionId = options.region ?? (isRegionId(hint.region) ? hint.region : "bukittinggi")
  const locale: Locale = hint.locale === "en" ? "en" : "id"
  setLocale(locale)
  let store: Store | undefined

  const datasets = new Map<RegionId, Dataset>()
  const dataset = (id: RegionId): Dataset => {
    let d = datasets.get(id)
    if (!d) {
      d = generate(id)
      datasets.set(id, d)
    }
    return d
  }

  let stored: Stored = nothingStored
  const firstModel = buildModel(dataset(region), stored)
  const state: ViewState = {
    region,
    page: options.page ?? (useHash ? pageFromHash() : undefined) ?? "beranda",
    locale,
    model: firstModel,
    employee: firstModel.employees[0]?.employee.id ?? "",
    period: quarters[quarters.length - 1] as string,
    surveyUnit: firstModel.units.find((u) => u.unit.service !== null)?.unit.id ?? "",
    surveyRound: 0,
    raterGroup: "rekan-kerja",
    feedbackRound: 0,
    draft: undefined,
    status: {},
    storage: true,
    focusMain: false,
    server: options.server ? initialServerState(region) : undefined,
    session: options.server ? savedSession() : undefined
  }
  if (state.session && isRegionId(state.session.user.region)) state.region = state.session.user.region
  if (state.session && options.page === undefined && !(useHash && pageFromHash())) state.page = "siklus"

  const rebuild = () => {
    state.model = buildModel(dataset(state.region), stored)
  }

  // The sample-data pages exist only without a server (signed in, every page shows the server's data), and then
  // IndexedDB keeps what is entered on them; with a server IndexedDB holds only the unsent drafts of its forms.
  const sampleStore = (): Store | undefined => (state.server ? undefined : store)

  const load = async () => {
    if (state.server) {
      const here = <A extends { readonly region: string }>(xs: ReadonlyArray<A>) =>
        xs.filter((x) => x.region === state.region)
      stored = { surveys: here(stored.surveys), evaluations: here(stored.evaluations), feedback: here(stored.feedback) }
    } else stored = store ? await store.load(state.region) : nothingStored
    rebuild()
  }

  // On a phone the signed-in tabs scroll sideways as one bar: keep the current page's tab in view (after a page
  // change, and when the width changes), without scrolling the page itself.
  let shownTab: string | undefined
  const showCurrentTab = (force = false) => {
    const tab = root.querySelector<HTMLElement>('nav ul[data-scroll] a[aria-current="page"]')
    const bar = tab?.closest("ul")
    if (!tab || !bar || (!force && shownTab === state.page)) return
    shownTab = state.page
    const t = tab.getBoundingClientRect()
    const b = bar.getBoundingClientRect()
    if (t.left < b.left || t.right > b.right) bar.scrollLeft += t.left - b.left - (b.width - t.width) / 2
  }
  const onResize = () => showCurrentTab(true)
  window.addEventListener("resize", onResize)

  // A render can remove a focused field, whose blur/change event asks for another render: never re-enter, queue.
  let rendering = false
  let again = false
  const update = () => {
    if (rendering) {
      again = true
      return
    }
    rendering = true
    try {
      render(view(state, handlers), root)
    } finally {
      rendering = false
    }
    if (again) {
      again = false
      queueMicrotask(update)
    }
    if (state.focusMain) {
      state.focusMain = false
      root.querySelector<HTMLElement>("#page-title")?.focus()
    }
    showCurrentTab()
  }

  const go = (page: Page) => {
    if (state.page === page) return
    state.page = page
    state.focusMain = true
    update()
    // Signed in, Beranda and Dasbor show the server's data as it is now.
    if (state.session && (page === "beranda" || page === "dasbor")) void loadHome().then(update)
  }

  const onHash = () => {
    const page = pageFromHash()
    if (page) go(page)
  }

  const setRegion = async (id: RegionId) => {
    state.region = id
    state.draft = undefined
    state.status = {}
    writeHint("region", id)
    await store?.setSetting("region", id)
    await load()
    state.employee = state.model.employees[0]?.employee.id ?? ""
    state.surveyUnit = state.model.units.find((u) => u.unit.service !== null)?.unit.id ?? ""
    update()
  }

  const setLanguage = async (l: Locale) => {
    state.locale = l
    setLocale(l)
    writeHint("locale", l)
    await store?.setSetting("locale", l)
    update()
  }

  const currentInput = (): Evaluation.EvaluationInput | undefined =>
    state.model.employees.find((e) => e.employee.id === state.employee)?.inputs[state.period]

  // ---------------------------------------------------------------------------------------------------------------
  // the server part: sign-in, the cycle page
  // ---------------------------------------------------------------------------------------------------------------
  const client: Client | undefined = options.server
    ? makeClient({
        ...(typeof options.server === "object" ? { base: options.server.base } : {}),
        locale: () => state.locale,
        token: () => state.session?.token,
        // The demo token is short-lived: sign the same demo user in again once.
        renew: async () => {
          const user = state.session?.user
          if (!user || !client) return undefined
          const r = await client.demoToken(user.nip)
          if (Result.isFailure(r)) return undefined
          state.session = r.success
          saveSession(r.success)
          return r.success.token
        }
      })
    : undefined
  const server = () => state.server as NonNullable<ViewState["server"]>

  const loadUsers = async () => {
    if (!client) return
    const r = await client.demoUsers()
    server().users = Result.isSuccess(r) ? r.success : []
    server().problem = Result.isFailure(r) ? r.failure : undefined
  }

  const draftPrefix = () => `${state.session?.user.nip ?? ""}:${server().selected ?? ""}:`

  /** Reads the cycles, and for the open one its result, consequences and development plan, and its drafts. */
  const loadCycles = async () => {
    if (!client || !state.session) return
    const sv = server()
    const r = await client.cycles()
    if (Result.isFailure(r)) {
      sv.problem = r.failure
      return
    }
    sv.cycles = r.success
    if (sv.units.length === 0) {
      const units = await client.units()
      if (Result.isSuccess(units)) {
        sv.units = units.success
        sv.surveyUnit = units.success.find((u) => u.service)?.id ?? ""
        await loadIkm()
      }
    }
    await loadHome()
    await loadSelected()
  }

  /**
   * What Beranda and Dasbor show of the signed-in person: their employee record, stored results and development
   * plan, and the unit dashboard (the server refuses it to a pegawai; that is said on the page).
   */
  const loadHome = async () => {
    if (!client || !state.session) return
    const sv = server()
    const nip = state.session.user.nip
    const [me, results, plan, dashboard] = await Promise.all([
      client.employee(nip),
      client.employeeResults(nip),
      client.developmentPlan(nip),
      client.unitDashboard()
    ])
    sv.me = Result.isSuccess(me) ? me.success : undefined
    sv.myResults = Result.isSuccess(results) ? results.success : []
    sv.myPlan = Result.isSuccess(plan) ? plan.success : undefined
    sv.dashboard = Result.isSuccess(dashboard) ? dashboard.success : undefined
    sv.dashboardRefused = Result.isFailure(dashboard) && dashboard.failure.status === 403
    // The nine-box of the dashboard's latest period and the competency gaps, for those who may read the dashboard.
    const periods = ((sv.dashboard as { records?: ReadonlyArray<{ period?: string }> } | undefined)?.records ?? [])
      .map((r) => r.period ?? "")
      .sort()
    const latest = periods[periods.length - 1]
    const [nineBox, gaps] = await Promise.all([
      latest === undefined ? undefined : client.nineBox(latest),
      sv.dashboard === undefined ? undefined : client.competencyGap()
    ])
    sv.nineBox = nineBox !== undefined && Result.isSuccess(nineBox) ? nineBox.success : undefined
    sv.nineBoxPeriod = latest
    sv.competencyGap = gaps !== undefined && Result.isSuccess(gaps) ? gaps.success : undefined
  }

  /** The IKM of the chosen unit for this year, from the server (none yet, or not allowed: nothing shown). */
  const loadIkm = async () => {
    const sv = server()
    if (!client || sv.surveyUnit === "") return
    const r = await client.ikmReport(sv.surveyUnit, String(new Date().getFullYear()))
    sv.ikmReport = Result.isSuccess(r) ? r.success : undefined
  }

  const loadSelected = async () => {
    if (!client) return
    const sv = server()
    const c = sv.cycles.find((x) => x.id === sv.selected)
    if (!c) {
      sv.result = undefined
      sv.consequences = undefined
      sv.developmentPlan = undefined
      sv.drafts = {}
      sv.feedbackReport = undefined
      return
    }
    const [result, consequences, plan, drafts] = await Promise.all([
      client.result(c.id),
      client.consequences(c.id),
      client.developmentPlan(c.nip),
      store?.drafts(draftPrefix()) ?? Promise.resolve({})
    ])
    sv.result = Result.isSuccess(result) ? result.success : undefined
    sv.consequences = Result.isSuccess(consequences) ? (consequences.success as Consequences) : undefined
    sv.developmentPlan = Result.isSuccess(plan) ? plan.success : undefined
    const prefix = draftPrefix()
    sv.drafts = Object.fromEntries(
      Object.entries(drafts as Readonly<Record<string, Readonly<Record<string, string>>>>).map(([k, v]) => [
        k.slice(prefix.length),
        v
      ])
    )
  }

  const serverHandlers: ServerHandlers = {
    loginRegion: (id) => {
      if (!isRegionId(id)) return
      server().loginRegion = id
      void setRegion(id)
    },
    signIn: async (nip) => {
      if (!client) return
      const sv = server()
      sv.busy = true
      update()
      const r = await client.demoToken(nip)
      sv.busy = false
      if (Result.isFailure(r)) {
        sv.problem = r.failure
        update()
        return
      }
      sv.problem = undefined
      state.session = r.success
      saveSession(r.success)
      if (isRegionId(r.success.user.region) && r.success.user.region !== state.region)
        await setRegion(r.success.user.region)
      await loadCycles()
      state.page = "siklus"
      if (useHash) location.hash = "#/siklus"
      state.focusMain = true
      update()
    },
    signOut: () => {
      saveSession(undefined)
      state.session = undefined
      state.server = initialServerState(state.region)
      state.focusMain = true
      update()
      void loadUsers().then(update)
    },
    open: async (id) => {
      const sv = server()
      sv.selected = id
      sv.notice = undefined
      sv.problem = undefined
      await loadSelected()
      state.focusMain = true
      update()
    },
    openOnCyclePage: async (id) => {
      const sv = server()
      sv.selected = id
      sv.notice = undefined
      sv.problem = undefined
      await loadSelected()
      state.page = "siklus"
      if (useHash) location.hash = "#/siklus"
      state.focusMain = true
      update()
    },
    act: async (form, event) => {
      const sv = server()
      const c = sv.cycles.find((x) => x.id === sv.selected)
      if (!client || !c) return
      sv.busy = true
      sv.notice = undefined
      sv.problem = undefined
      update()
      const r = await client.act(c.id, c.version, event)
      sv.busy = false
      const replace = (next: { readonly id: string; readonly version: number; readonly state: unknown }) => {
        sv.cycles = sv.cycles.map((x) =>
          x.id === next.id
            ? ({
                ...x,
                version: next.version,
                state: next.state,
                status: (next.state as CycleSummary["state"]).status
              } as CycleSummary)
            : x
        )
      }
      if (Result.isFailure(r)) {
        sv.problem = r.failure
        // 409: show the cycle as it is now (someone else acted first); the draft stays.
        if (r.failure.status === 409 && r.failure.current) {
          replace(r.failure.current)
          sv.notice = { kind: "error", text: cycleTexts(state.locale).conflict }
          await loadSelected()
        }
        update()
        return
      }
      replace(r.success)
      await store?.putDraft(`${draftPrefix()}${form}`, undefined)
      await loadSelected()
      sv.notice = { kind: "success", text: cycleTexts(state.locale).sent(r.success.messages[state.locale]) }
      update()
    },
    keepDraft: (form, fields) => {
      const sv = server()
      sv.drafts = { ...sv.drafts, [form]: fields }
      void store?.putDraft(`${draftPrefix()}${form}`, fields)
      update()
    },
    refresh: async () => {
      server().notice = undefined
      server().problem = undefined
      await loadCycles()
      update()
    },
    surveyUnit: async (unit) => {
      const sv = server()
      sv.surveyUnit = unit
      sv.surveyRound++
      sv.surveyNotice = undefined
      sv.surveyProblem = undefined
      await loadIkm()
      update()
    },
    // A ticket from the server, then the response with it; the form learns the outcome (and keeps the answers on
    // a failure).
    submitSurvey: acknowledge(async (event: SurveySubmitEvent) => {
      event.preventDefault()
      const sv = server()
      if (!client) return
      const d = event.detail
      sv.surveyProblem = undefined
      const ticket = await client.surveyTicket(sv.surveyUnit, d.templateId, d.templateVersion)
      const sent: Reply<unknown> = Result.isFailure(ticket)
        ? Result.fail(ticket.failure)
        : await client.submitSurvey(
            {
              templateId: d.templateId,
              templateVersion: d.templateVersion,
              answers: { ...d.answers },
              ticket: ticket.success
            },
            deviceId()
          )
      if (Result.isFailure(sent)) {
        sv.surveyProblem = sent.failure
        update()
        throw sent.failure
      }
      sv.surveyNotice = { kind: "success", text: cycleTexts(state.locale).surveySent }
      await loadIkm()
      update()
    }),
    submitFeedback: acknowledge(async (event: FeedbackSubmitEvent) => {
      event.preventDefault()
      const sv = server()
      if (!client) return
      const d = event.detail
      const sent = await client.submitFeedback({
        subjectId: d.subjectId,
        raterGroup: d.raterGroup,
        period: d.period,
        ratings: Object.fromEntries(Behaviour.coreValues.map((v) => [v, Number(d.ratings[v])]))
      })
      if (Result.isFailure(sent)) {
        sv.feedbackNotice = { kind: "error", text: sent.failure.detail }
        update()
        throw sent.failure
      }
      sv.feedbackNotice = { kind: "success", text: cycleTexts(state.locale).feedbackSent }
      update()
    }),
    showFeedbackReport: async () => {
      const sv = server()
      const c = sv.cycles.find((x) => x.id === sv.selected)
      if (!client || !c) return
      const r = await client.feedbackReport(c.nip, String(c.year))
      if (Result.isFailure(r)) sv.problem = r.failure
      else sv.feedbackReport = r.success as FeedbackReport
      update()
    }
  }

  const handlers = {
    server: serverHandlers,
    go: (page: Page) => {
      if (useHash) location.hash = `#/${page}`
      else go(page)
    },
    region: (id: string) => {
      if (isRegionId(id)) void setRegion(id)
    },
    language: (l: string) => void setLanguage(l === "en" ? "en" : "id"),
    employee: (id: string) => {
      state.employee = id
      state.draft = undefined
      state.status = {}
      state.feedbackRound++
      update()
    },
    period: (p: string) => {
      state.period = p
      state.draft = undefined
      state.status = {}
      update()
    },
    surveyUnit: (id: string) => {
      state.surveyUnit = id
      state.surveyRound++
      state.status = {}
      update()
    },
    newSurvey: () => {
      state.surveyRound++
      state.status = {}
      update()
    },
    raterGroup: (g: string) => {
      state.raterGroup = g as Feedback.RaterGroup
      state.feedbackRound++
      update()
    },
    /** Reads the evaluation form into a draft and previews it with core. */
    draft: (form: HTMLFormElement) => {
      const base = currentInput()
      if (!base) return
      state.draft = readDraft(form, base, state.model)
      update()
    },
    saveEvaluation: async (form: HTMLFormElement) => {
      const base = currentInput()
      if (!base) return
      const draft = readDraft(form, base, state.model)
      state.draft = draft
      const t = texts(state.locale)
      if (Result.isFailure(draft.result)) {
        const n = problemCount(draft.result.failure)
        state.status = { evaluation: { kind: "error", text: t.invalid(n) } }
        update()
        return
      }
      const name = state.model.employees.find((e) => e.employee.id === state.employee)?.employee.name ?? ""
      await sampleStore()?.putEvaluation({
        region: state.region,
        employee: state.employee,
        period: state.period,
        input: draft.input,
        submittedAt: new Date().toISOString()
      })
      if (sampleStore()) await load()
      else {
        stored = {
          ...stored,
          evaluations: [
            ...stored.evaluations,
            {
              region: state.region,
              employee: state.employee,
              period: state.period,
              input: draft.input,
              submittedAt: new Date().toISOString()
            }
          ]
        }
        rebuild()
      }
      state.draft = undefined
      state.status = { evaluation: { kind: "success", text: t.saved(name, state.period) } }
      update()
    },
    submitEvaluation: acknowledge(async (event: EvaluationSubmitEvent) => {
      event.preventDefault()
      const input = event.detail.input
      const record = {
        region: state.region,
        employee: input.employee,
        period: input.period,
        input,
        submittedAt: new Date().toISOString()
      }
      if (sampleStore()) {
        await sampleStore()?.putEvaluation(record)
        await load()
      } else {
        stored = { ...stored, evaluations: [...stored.evaluations, record] }
        rebuild()
      }
      ;(event.target as { clearDraft?: () => void } | null)?.clearDraft?.()
      const name = state.model.employees.find((e) => e.employee.id === input.employee)?.employee.name ?? ""
      state.status = { evaluation: { kind: "success", text: texts(state.locale).saved(name, input.period) } }
      update()
    }),
    submitSurvey: acknowledge(async (event: SurveySubmitEvent) => {
      event.preventDefault()
      const d = event.detail
      const record = {
        region: state.region,
        unit: state.surveyUnit,
        response: {
          template: { id: d.templateId, version: d.templateVersion },
          answers: { ...d.answers },
          submittedAt: new Date().toISOString()
        },
        submittedAt: new Date().toISOString()
      }
      if (sampleStore()) {
        await sampleStore()?.addSurvey(record)
        await load()
      } else {
        stored = { ...stored, surveys: [...stored.surveys, record] }
        rebuild()
      }
      const unit = state.model.units.find((u) => u.unit.id === state.surveyUnit)
      const t = texts(state.locale)
      state.status = {
        survey: { kind: "success", text: t.surveySaved(unit?.ikm ? decimal(unit.ikm.nilai.text, state.locale) : "-") }
      }
      update()
    }),
    submitFeedback: acknowledge(async (event: FeedbackSubmitEvent) => {
      event.preventDefault()
      const d = event.detail
      const scores = Object.fromEntries(
        Behaviour.coreValues.map((v) => [v, Number(d.ratings[v])])
      ) as Feedback.Rating["scores"]
      const record = {
        region: state.region,
        subject: d.subjectId,
        period: d.period,
        rating: { rater: `portal-${newId()}`, group: d.raterGroup, scores },
        submittedAt: new Date().toISOString()
      }
      if (sampleStore()) {
        await sampleStore()?.addFeedback(record)
        await load()
      } else {
        stored = { ...stored, feedback: [...stored.feedback, record] }
        rebuild()
      }
      state.feedbackRound++
      state.status = { feedback: { kind: "success", text: texts(state.locale).feedbackSaved } }
      update()
    }),
    reset: async () => {
      await store?.clear(state.region)
      stored = nothingStored
      await load()
      state.draft = undefined
      state.surveyRound++
      state.feedbackRound++
      state.status = { reset: { kind: "success", text: texts(state.locale).resetDone } }
      update()
    }
  }

  if (useHash) window.addEventListener("hashchange", onHash)
  root.replaceChildren() // the static "loading" text of index.html
  update()
  try {
    store = await openStore(options.dbName)
  } catch {
    store = undefined
    state.storage = false
  }
  const storedRegion = await store?.getSetting("region")
  const storedLocale = await store?.getSetting("locale")
  if (options.region === undefined && isRegionId(storedRegion) && storedRegion !== state.region) {
    state.region = storedRegion
    state.employee = ""
  }
  if ((storedLocale === "en" || storedLocale === "id") && storedLocale !== state.locale) {
    state.locale = storedLocale
    setLocale(storedLocale)
  }
  if (state.session && isRegionId(state.session.user.region)) state.region = state.session.user.region
  await load()
  if (!state.model.employees.some((e) => e.employee.id === state.employee)) {
    state.employee = state.model.employees[0]?.employee.id ?? ""
    state.surveyUnit = state.model.units.find((u) => u.unit.service !== null)?.unit.id ?? ""
  }
  if (state.server) {
    state.server.loginRegion = state.region
    if (state.session) await loadCycles()
    else await loadUsers()
  }
  update()

  return {
    state,
    get store() {
      return store
    },
    client,
    go,
    setRegion,
    setLanguage,
    reload: async () => {
      await load()
      update()
    },
    unmount: () => {
      if (useHash) window.removeEventListener("hashchange", onHash)
      window.removeEventListener("resize", onResize)
      render(null, root)
      store?.close()
    }
  }
}

/** The handlers the views call. */
export type Handlers = {
  readonly server: ServerHandlers
  readonly go: (page: Page) => void
  readonly region: (id: string) => void
  readonly language: (locale: string) => void
  readonly employee: (id: string) => void
  readonly period: (period: string) => void
  readonly surveyUnit: (id: string) => void
  readonly newSurvey: () => void
  readonly raterGroup: (group: string) => void
  readonly draft: (form: HTMLFormElement) => void
  readonly saveEvaluation: (form: HTMLFormElement) => Promise<void>
  readonly submitEvaluation: (event: EvaluationSubmitEvent) => Promise<void>
  readonly submitSurvey: (event: SurveySubmitEvent) => Promise<void>
  readonly submitFeedback: (event: FeedbackSubmitEvent) => Promise<void>
  readonly reset: () => Promise<void>
}

const problemCount = (e: Evaluation.EvaluationError): number => (e._tag === "InvalidInput" ? e.problems.length : 1)

const ratings: ReadonlyArray<string> = [
  "Dibawah Ekspektasi",
  "Sesuai Ekspektasi",
  "Diatas Ekspektasi"
] satisfies ReadonlyArray<Quadrant.Rating>

/**
 * Reads the evaluation form and scores it with the region's policy: realisasi per indicator (an empty or malformed
 * field stays as text, so core reports it with its path), the BerAKHLAK ratings or the perilaku rating. Targets
 * come from the employee's plan and are not editable here.
 */
const readDraft = (form: HTMLFormElement, base: Evaluation.EvaluationInput, model: Model): Draft => {
  const data = new FormData(form)
  const measurements = (base.measurements ?? []).map((m) => {
    const raw = String(data.get(`realisasi-${m.indicator}`) ?? "")
      .trim()
      .replace(",", ".")
    const n = raw === "" ? Number.NaN : Number(raw)
    return { ...m, realisasi: Number.isFinite(n) ? n : raw }
  })
  const rating = (name: string, fallback: string | undefined): string => {
    const v = String(data.get(name) ?? "")
    return ratings.includes(v) ? v : (fallback ?? "")
  }
  const raw: Record<string, unknown> = { ...base, measurements }
  if (base.berakhlak) {
    raw.berakhlak = Object.fromEntries(
      Behaviour.coreValues.map((v) => [v, rating(`berakhlak-${v}`, base.berakhlak?.[v])])
    )
  }
  if (base.perilakuKerja) raw.perilakuKerja = rating("perilakuKerja", base.perilakuKerja)
  return { input: raw as Evaluation.EvaluationInput, result: Evaluation.evaluate(model.region.policy, raw) }
}
