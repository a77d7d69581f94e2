/**
 * The server: the API's routes, the OpenAPI document at `/api/openapi.json`, the reference page at `/api/docs`,
 * request guards (body size, content type, problem JSON for every failure, no stack traces), the database with its
 * migrations, served on Node's `http` through `@effect/platform-node`.
 *
 * @since 0.4.0
 */
import { createServer, type Server } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { NodeHttpServer } from "@effect/platform-node"
import { Cause, Effect, Layer, ManagedRuntime, Option, SchemaIssue } from "effect"
import { HttpRouter, HttpServerRequest, HttpServerResponse } from "effect/http"
import { HttpApiBuilder, HttpApiMiddleware, HttpApiScalar, OpenApi } from "effect/http-api"
import type { SqlClient } from "effect/sql"
import { Api, Validation } from "./Api.js"
import { sign } from "./Auth.js"
import * as Database from "./Database.js"
import * as Demo from "./Demo.js"
import { AuthenticationLive, HandlersLive } from "./Handlers.js"
import * as Migrations from "./Migrations.js"
import * as Problem from "./Problem.js"
import { Settings, type SettingsShape } from "./Settings.js"

const pathOf = (segments: ReadonlyArray<unknown>): string =>
  segments
    .map((s) => (typeof s === "object" && s !== null && "key" in s ? String((s as { key: unknown }).key) : String(s)))
    .join(".")

const ValidationLive = HttpApiMiddleware.layerSchemaErrorTransform(Validation, (error) =>
  Effect.gen(function* () {
    const lang = yield* Problem.lang
    if (process.env.PEMBINAAN_DEBUG) console.error(error.kind, String(error.cause))
    if (error.kind === "Body" || error.kind === "ResponseHeaders")
      return yield* Effect.fail(new Problem.Internal(Problem.body(lang, "internal")))
    const slot = error.kind.toLowerCase()
    const issues = collect(error.cause.issue).map((i) => ({
      path: pathOf([slot, ...i.path]),
      message: Problem.issueMessage(lang, i.message)
    }))
    return yield* Effect.fail(new Problem.BadRequest(Problem.body(lang, "invalidRequest", {}, issues.slice(0, 50))))
  })
)

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()
const collect = (issue: SchemaIssue.Issue): ReadonlyArray<{ path: ReadonlyArray<unknown>; message: string }> =>
  formatter(issue).issues.map((i) => ({ path: i.path ?? [], message: i.message }))

const problemResponse = (
  status: number,
  lang: Problem.Lang,
  code: Problem.Code,
  params: Record<string, string | number> = {}
) =>
  HttpServerResponse.jsonUnsafe(
    {
      type: `https://pembinaan.github.io/problems/${status === 404 ? "not-found" : status === 413 ? "too-large" : status === 415 ? "unsupported-media-type" : status >= 500 ? "internal" : "bad-request"}`,
      status,
      title:
        {
          400: "Bad Request",
          404: "Not Found",
          405: "Method Not Allowed",
          413: "Content Too Large",
          415: "Unsupported Media Type"
        }[status] ?? (status >= 500 ? "Internal Server Error" : "Error"),
      detail: Problem.text(lang, code, params),
      code
    },
    { status, contentType: "application/problem+json" }
  )

const accepted = new Set([
  "application/json",
  "text/csv",
  "application/x-www-form-urlencoded",
  "application/pdf",
  "image/jpeg",
  "image/png"
])

/**
 * The global guard: refuses bodies over the limit (413) and content types the API does not read (415) before any
 * handler runs; answers every failure (an unknown route, a defect) as a problem with no stack trace; adds
 * `nosniff` and `no-store`.
 *
 * @since 0.4.0
 */
export const guard = (settings: SettingsShape) =>
  HttpRouter.middleware(
    // The guard handles every failure (it answers them as problems), which the middleware type cannot express.
    ((httpEffect: Effect.Effect<HttpServerResponse.HttpServerResponse, unknown, never>) =>
      Effect.gen(function* () {
        const request = yield* HttpServerRequest.HttpServerRequest
        const lang = Problem.langOf(request.headers["accept-language"])
        const upload = request.url.includes("/evidence")
        const limit = upload ? settings.maxUploadBytes : settings.maxBodyBytes
        const length = Number(request.headers["content-length"] ?? "0")
        if (Number.isFinite(length) && length > limit) return problemResponse(413, lang, "tooLarge", { limit })
        if (request.headers["transfer-encoding"] !== undefined && request.headers["content-length"] === undefined)
          return problemResponse(413, lang, "tooLarge", { limit })
        const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? ""
        if (!["GET", "HEAD", "OPTIONS", "DELETE"].includes(request.method) && length > 0 && !accepted.has(type))
          return problemResponse(415, lang, "unsupported", { type: type || "-" })
        const response = yield* httpEffect.pipe(
          Effect.catchCause((cause) => {
            const failure = Cause.findErrorOption(cause)
            const value = Option.isSome(failure)
              ? (failure.value as { _tag?: string; reason?: { _tag?: string } })
              : undefined
            const tag = value?.reason?._tag ?? value?._tag
            if (tag === "RouteNotFound") return Effect.succeed(problemResponse(404, lang, "route"))
            if (tag === "RequestParseError") return Effect.succeed(problemResponse(400, lang, "invalidRequest"))
            if (process.env.PEMBINAAN_DEBUG) console.error(Cause.pretty(cause))
            return Effect.succeed(problemResponse(500, lang, "internal"))
          })
        )
        const contentType = response.headers["content-type"] ?? ""
        const fixed =
          response.status >= 400 && !contentType.includes("problem+json")
            ? problemResponse(
                response.status,
                lang,
                response.status === 404 ? "route" : response.status >= 500 ? "internal" : "invalidRequest"
              )
            : response
        // `no-store` unless the handler chose (the unit dashboard: `private, no-cache` with an ETag).
        return fixed.pipe(
          HttpServerResponse.setHeader("x-content-type-options", "nosniff"),
          HttpServerResponse.setHeader("cache-control", fixed.headers["cache-control"] ?? "no-store")
        )
      })) as never,
    { global: true }
  ) as Layer.Layer<never, never, HttpRouter.HttpRouter>

/**
 * Options of {@link layer} and {@link start}.
 *
 * @since 0.4.0
 */
export interface Options extends Partial<SettingsShape> {
  readonly port?: number
  readonly host?: string
  /** A PostgreSQL URL; without it the embedded PGlite at `dataDir`. */
  readonly databaseUrl?: string
  /** The PGlite data directory (`memory` for none). */
  readonly dataDir?: string
  /** Seed the demo data on an empty database and offer the demo sign-in (`/api/demo/*`). Never in production. */
  readonly demo?: boolean
}

/**
 * The settings from options, with defaults.
 *
 * @since 0.4.0
 */
export const settingsOf = (options: Options): SettingsShape => ({
  secret: options.secret ?? "",
  tokenMaxAge: options.tokenMaxAge ?? "1h",
  maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
  maxUploadBytes: options.maxUploadBytes ?? 10 * 1_048_576,
  // Next to the data directory (never inside a web root: the server serves no files from it).
  evidenceDir:
    options.evidenceDir ??
    (options.dataDir && options.dataDir !== "memory"
      ? join(options.dataDir, "..", "evidence")
      : join(tmpdir(), "pembinaan-evidence")),
  deviceLimit: options.deviceLimit ?? 30,
  ticketAttempts: options.ticketAttempts ?? 5,
  database: options.databaseUrl ? "postgresql" : "pglite",
  ...(options.oidc ? { oidc: options.oidc } : {})
})

/**
 * The demo sign-in (only with `demo: true`): the demo users, and a token for one of them.
 *
 * @since 0.4.0
 */
export const demoRoutes = (settings: SettingsShape) =>
  Layer.mergeAll(
    HttpRouter.add("GET", "/api/demo/users", HttpServerResponse.jsonUnsafe(Demo.users)),
    HttpRouter.add("POST", "/api/demo/token", (request) =>
      Effect.gen(function* () {
        const lang = Problem.langOf(request.headers["accept-language"])
        const body = yield* Effect.orElseSucceed(request.json, () => ({}))
        const nip = (body as { nip?: unknown }).nip
        const user = Demo.users.find((u) => u.nip === nip)
        if (user === undefined) return problemResponse(404, lang, "notFound", { what: `NIP ${String(nip)}` })
        const token = yield* Effect.promise(() => sign(settings.secret, user))
        return HttpServerResponse.jsonUnsafe({ token, user })
      })
    )
  )

/**
 * The routes (API, OpenAPI document, reference page) with their handlers, settings and database.
 *
 * @since 0.4.0
 */
export const routes = (settings: SettingsShape, demo = false) =>
  Layer.mergeAll(
    demo ? demoRoutes(settings) : Layer.empty,
    HttpApiBuilder.layer(Api, { openapiPath: "/api/openapi.json" }).pipe(
      Layer.provide(HandlersLive),
      Layer.provide(AuthenticationLive),
      Layer.provide(ValidationLive)
    ),
    HttpApiScalar.layer(Api, { path: "/api/docs" }),
    guard(settings)
  )

/**
 * The database layer with migrations applied (a newer schema fails the layer).
 *
 * @since 0.4.0
 */
export const database = (options: Options) =>
  Layer.effectDiscard(options.demo ? Effect.andThen(Migrations.run, Demo.seed) : Effect.asVoid(Migrations.run)).pipe(
    Layer.provideMerge(
      Database.layer(
        options.databaseUrl
          ? { _tag: "Postgres", url: options.databaseUrl }
          : { _tag: "Embedded", dataDir: options.dataDir ?? "memory" }
      )
    )
  )

/**
 * The whole server as a layer.
 *
 * @since 0.4.0
 */
export const layer = (options: Options, server: Server = createServer()) => {
  const settings = settingsOf(options)
  if (settings.secret.length < 32) throw new Error("the token secret must be at least 32 characters")
  return HttpRouter.serve(routes(settings, options.demo === true), {
    disableLogger: true,
    disableListenLog: true
  }).pipe(
    Layer.provide(Layer.succeed(Settings, settings)),
    Layer.provideMerge(database(options)),
    Layer.provideMerge(
      NodeHttpServer.layer(() => server, { port: options.port ?? 0, host: options.host ?? "127.0.0.1" })
    )
  )
}

/**
 * The OpenAPI document of the API.
 *
 * @since 0.4.0
 */
export const openApi = () => OpenApi.fromApi(Api)

/**
 * A running server.
 *
 * @since 0.4.0
 */
export interface Running {
  readonly url: string
  readonly close: () => Promise<void>
  /** Runs SQL on the server's own database connection (for seeding and benchmarks; PGlite has only one). */
  readonly sql: <A, E>(effect: Effect.Effect<A, E, SqlClient.SqlClient>) => Promise<A>
}

/**
 * Starts the server; resolves once it listens (and the migrations ran).
 *
 * @since 0.4.0
 */
export const start = async (options: Options): Promise<Running> => {
  const server = createServer()
  const runtime = ManagedRuntime.make(layer(options, server))
  await runtime.runPromise(Effect.void)
  const address = server.address()
  const url =
    typeof address === "object" && address !== null ? `http://${address.address}:${address.port}` : String(address)
  return { url, close: () => runtime.dispose(), sql: (effect) => runtime.runPromise(effect) }
}
