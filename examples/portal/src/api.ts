/**
 * The portal's client of `@pembinaan/server`: a typed `fetch` wrapper over the same-origin `/api` (the vite dev
 * server proxies it to the server at 127.0.0.1:8787). Every call answers a `Result`: the decoded body, or an
 * {@link ApiProblem} read from the server's problem JSON (RFC 9457) in the portal's language (the request carries
 * `Accept-Language`), with field paths. A 409 (someone else changed the cycle first) carries the cycle as it is now
 * (`current`), so the page can show it instead of the stale one. A network failure is a problem too (status 0).
 *
 * The demo sign-in (`/api/demo/users`, `/api/demo/token`) exists only when the server runs with `--demo`.
 */
import type { Locale } from "@pembinaan/widgets"
import { Data, Result } from "effect"

/** The roles a demo user can have (the server's `Auth.roles`). */
export type Role = "pegawai" | "pejabat-penilai" | "atasan" | "admin-bkpsdm"

/** A demo user as `/api/demo/users` lists them. */
export interface DemoUser {
  readonly nip: string
  readonly name: string
  readonly region: string
  readonly roles: ReadonlyArray<Role>
  readonly label: string
}

/** A signed-in user: the token the server issued and who it names. */
export interface Session {
  readonly token: string
  readonly user: DemoUser
}

/** A field error of a problem. */
export interface FieldError {
  readonly path: string
  readonly message: string
}

/** A cycle as the server returns it (its state is core's `Cycle.State`, plain JSON). */
export interface CycleView<S = CycleState> {
  readonly id: string
  readonly version: number
  readonly state: S
}

/** A cycle in the list of `GET /api/cycles`, with the signed-in user's part in it. */
export interface CycleSummary extends CycleView {
  readonly year: number
  readonly nip: string
  readonly name: string
  readonly unit: string
  readonly status: string
  readonly as: "pegawai" | "pejabat-penilai" | "atasan-pejabat-penilai" | "admin"
}

/** The ratings of an evaluation. */
export interface Ratings {
  readonly hasilKerja: string
  readonly perilakuKerja: string
}

/** The parts of core's `Cycle.State` the portal reads. */
export interface CycleState {
  readonly id: string
  readonly year: number
  readonly status: string
  readonly parties: { readonly pegawai: string; readonly pejabatPenilai: string; readonly atasanPejabatPenilai: string }
  readonly proposal: { readonly plan: Plan; readonly by: string; readonly at: string } | null
  readonly versions: ReadonlyArray<{ readonly version: number; readonly plan: Plan; readonly agreedAt: string }>
  readonly realisasi: ReadonlyArray<{
    readonly period: string
    readonly indicator: string
    readonly value: string
    readonly at: string
  }>
  readonly feedback: ReadonlyArray<{ readonly indicator: string | null; readonly text: string; readonly at: string }>
  readonly periodic: ReadonlyArray<{ readonly period: string; readonly predikat: string; readonly ratings: Ratings }>
  readonly annual: { readonly ratings: Ratings; readonly predikat: string; readonly at: string } | null
  readonly approval: { readonly at: string } | null
  readonly acknowledgement: { readonly at: string } | null
  readonly keberatan: {
    readonly filedAt: string
    readonly reason: string
    readonly decision: { readonly outcome: string; readonly predikat: string; readonly reason: string } | null
  } | null
  readonly result: { readonly predikat: string; readonly ratings: Ratings; readonly source: string } | null
  readonly log: ReadonlyArray<{ readonly at: string; readonly event: string; readonly party: string }>
}

/** An SKP plan: RHK with indicators and targets, and the ekspektasi. */
export interface Plan {
  readonly rhk: ReadonlyArray<{
    readonly id: string
    readonly text: string
    readonly kind: "utama" | "tambahan"
    readonly intervensi?: string
    readonly indicators: ReadonlyArray<{
      readonly id: string
      readonly text: string
      readonly target: string
      readonly satuan?: string
      readonly aspek?: "kuantitas" | "kualitas" | "waktu" | "biaya"
    }>
  }>
  readonly ekspektasi: ReadonlyArray<{ readonly value: string; readonly text: string }>
}

/** What an action answers: the new cycle and what happened, in both languages. */
export interface Acted extends CycleView {
  readonly messages: { readonly id: string; readonly en: string }
}

/**
 * A failed call: the HTTP status (0 when the server could not be reached), the problem's code, its `detail` in the
 * request's language and its field errors; for a 409 on a cycle, the cycle as it is now.
 */
export class ApiProblem extends Data.TaggedError("ApiProblem")<{
  readonly status: number
  readonly code: string
  readonly detail: string
  readonly errors: ReadonlyArray<FieldError>
  readonly current?: CycleView | undefined
}> {}

/** What every call answers. */
export type Reply<A> = Result.Result<A, ApiProblem>

const fallback = {
  id: {
    network: "Server pembinaan tidak dapat dihubungi. Jalankan `bash scripts/ready.sh demo` lalu coba lagi.",
    status: (status: number) => `Server menjawab dengan galat ${status}.`,
    unreadable: "Jawaban server tidak dapat dibaca."
  },
  en: {
    network: "The pembinaan server cannot be reached. Run `bash scripts/ready.sh demo` and try again.",
    status: (status: number) => `The server answered with error ${status}.`,
    unreadable: "The server's answer could not be read."
  }
} as const

/** Options of {@link makeClient}. */
export interface ClientOptions {
  /** Where the API is (default `/api`, same origin). */
  readonly base?: string
  /** The portal's language, sent as `Accept-Language`. */
  readonly locale: () => Locale
  /** The current token, if signed in. */
  readonly token: () => string | undefined
  /** Called on a 401 with a token: may sign in again and answer the new token (the call is then repeated once). */
  readonly renew?: () => Promise<string | undefined>
  /** The `fetch` to use (tests). */
  readonly fetch?: typeof fetch
}

/** The calls the portal makes. */
export interface Client {
  readonly demoUsers: () => Promise<Reply<ReadonlyArray<DemoUser>>>
  readonly demoToken: (nip: string) => Promise<Reply<Session>>
  readonly cycles: (year?: number) => Promise<Reply<ReadonlyArray<CycleSummary>>>
  readonly cycle: (id: string) => Promise<Reply<CycleView>>
  readonly act: (id: string, version: number, event: Record<string, unknown>) => Promise<Reply<Acted>>
  readonly result: (id: string) => Promise<Reply<YearResult>>
  readonly consequences: (id: string) => Promise<Reply<unknown>>
  readonly developmentPlan: (nip: string) => Promise<Reply<unknown>>
  readonly unitDashboard: () => Promise<Reply<unknown>>
  readonly nineBox: (period: string) => Promise<Reply<unknown>>
  readonly competencyGap: () => Promise<Reply<unknown>>
  readonly feedbackReport: (nip: string, period: string) => Promise<Reply<unknown>>
  readonly units: () => Promise<Reply<ReadonlyArray<ServerUnit>>>
  readonly employee: (nip: string) => Promise<Reply<ServerEmployee>>
  readonly employeeResults: (nip: string) => Promise<Reply<ReadonlyArray<StoredResult>>>
  readonly ikmReport: (unit: string, period: string) => Promise<Reply<unknown>>
  readonly submitFeedback: (body: Record<string, unknown>) => Promise<Reply<{ readonly accepted: true }>>
  readonly surveyTicket: (unit: string, templateId: string, templateVersion: string) => Promise<Reply<string>>
  readonly submitSurvey: (body: Record<string, unknown>, device: string) => Promise<Reply<{ readonly accepted: true }>>
}

/** A unit of the signed-in user's region (`GET /api/units`); `service` names its public service, if any. */
export interface ServerUnit {
  readonly id: string
  readonly name: string
  readonly service?: string | null
}

/** An employee as `GET /api/employees/:nip` answers. */
export interface ServerEmployee {
  readonly nip: string
  readonly region: string
  readonly name: string
  readonly unit: string
  readonly jabatan: string
}

/** A stored result of a period (`GET /api/employees/:nip/results`): quarterly results and final years. */
export interface StoredResult {
  readonly period: string
  readonly predikat: string
  readonly score: string | null
  readonly policyId: string
  readonly policyVersion: number
}

/** The year's result of a cycle (`GET /api/cycles/:id/result`, core's `Cycle.yearResult`). */
export interface YearResult {
  readonly status: "final" | "provisional" | "pending"
  readonly predikat: string | null
  readonly ratings: Ratings | null
  readonly disputed: boolean
  readonly source: string | null
}

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

/** Reads a problem body (or anything else the server or a proxy answered) into an {@link ApiProblem}. */
export const problemOf = (status: number, body: unknown, locale: Locale): ApiProblem => {
  const t = fallback[locale]
  if (!isRecord(body)) return new ApiProblem({ status, code: "unreadable", detail: t.status(status), errors: [] })
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).map((e) => ({ path: String(e.path ?? ""), message: String(e.message ?? "") }))
    : []
  const current =
    isRecord(body.current) && typeof body.current.id === "string" && typeof body.current.version === "number"
      ? (body.current as unknown as CycleView)
      : undefined
  return new ApiProblem({
    status,
    code: typeof body.code === "string" ? body.code : String(status),
    detail: typeof body.detail === "string" && body.detail !== "" ? body.detail : t.status(status),
    errors,
    current
  })
}

/** Makes the client. */
export const makeClient = (options: ClientOptions): Client => {
  const base = options.base ?? "/api"
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))

  const call = async <A>(
    method: "GET" | "POST",
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    retried = false
  ): Promise<Reply<A>> => {
    const locale = options.locale()
    const token = options.token()
    let response: Response
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers: {
          accept: "application/json, application/problem+json",
          "accept-language": locale === "en" ? "en, id;q=0.5" : "id, en;q=0.5",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...headers
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
      })
    } catch {
      return Result.fail(new ApiProblem({ status: 0, code: "network", detail: fallback[locale].network, errors: [] }))
    }
    if (response.status === 401 && token && !retried && options.renew) {
      const renewed = await options.renew()
      if (renewed) return call(method, path, body, headers, true)
    }
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = text === "" ? undefined : JSON.parse(text)
    } catch {
      // A proxy's HTML page when the server is down (vite answers 500 or 502 then).
      return Result.fail(
        response.status >= 500
          ? new ApiProblem({ status: 0, code: "network", detail: fallback[locale].network, errors: [] })
          : new ApiProblem({
              status: response.status,
              code: "unreadable",
              detail: fallback[locale].unreadable,
              errors: []
            })
      )
    }
    if (!response.ok) return Result.fail(problemOf(response.status, parsed, locale))
    return Result.succeed(parsed as A)
  }

  return {
    demoUsers: () => call("GET", "/demo/users"),
    demoToken: (nip) => call("POST", "/demo/token", { nip }),
    cycles: (year) => call("GET", year === undefined ? "/cycles" : `/cycles?year=${year}`),
    cycle: (id) => call("GET", `/cycles/${encodeURIComponent(id)}`),
    act: (id, version, event) => call("POST", `/cycles/${encodeURIComponent(id)}/events`, { version, event }),
    result: (id) => call("GET", `/cycles/${encodeURIComponent(id)}/result`),
    consequences: (id) => call("GET", `/cycles/${encodeURIComponent(id)}/consequences`),
    developmentPlan: (nip) => call("GET", `/employees/${encodeURIComponent(nip)}/development-plan`),
    unitDashboard: () => call("GET", "/widgets/unit-dashboard"),
    nineBox: (period) => call("GET", `/widgets/nine-box?period=${encodeURIComponent(period)}`),
    competencyGap: () => call("GET", "/widgets/competency-gap"),
    feedbackReport: (nip, period) => call("GET", `/feedback/${encodeURIComponent(nip)}/${encodeURIComponent(period)}`),
    submitFeedback: (body) => call("POST", "/feedback", body),
    units: () => call("GET", "/units"),
    employee: (nip) => call("GET", `/employees/${encodeURIComponent(nip)}`),
    employeeResults: (nip) => call("GET", `/employees/${encodeURIComponent(nip)}/results`),
    ikmReport: (unit, period) =>
      call("GET", `/widgets/ikm-report?unit=${encodeURIComponent(unit)}&period=${encodeURIComponent(period)}`),
    surveyTicket: async (unit, templateId, templateVersion) => {
      const r = await call<{ readonly tickets: ReadonlyArray<string> }>("POST", "/surveys/tickets", {
        unit,
        count: 1,
        templateId,
        templateVersion
      })
      return Result.map(r, (x) => x.tickets[0] ?? "")
    },
    submitSurvey: (body, device) => call("POST", "/surveys/responses", body, { "x-device-id": device })
  }
}

const SESSION_KEY = "pembinaan.portal.session"

/** The session of this tab (sessionStorage: two tabs can be two users; closing the tab signs out). */
export const savedSession = (): Session | undefined => {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? "null")
    return isRecord(parsed) && typeof parsed.token === "string" && isRecord(parsed.user)
      ? (parsed as unknown as Session)
      : undefined
  } catch {
    return undefined
  }
}

/** Keeps (or, with `undefined`, forgets) the session of this tab. */
export const saveSession = (session: Session | undefined): void => {
  try {
    if (session === undefined) sessionStorage.removeItem(SESSION_KEY)
    else sessionStorage.setItem(SESSION_KEY, JSON.stringify(session))
  } catch {
    // private mode: the session lives only as long as the page
  }
}
