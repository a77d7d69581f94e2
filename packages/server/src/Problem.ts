/**
 * Every error the server answers is an RFC 9457 problem (`application/problem+json`): a fixed `type` and `title`
 * per kind, a `detail` and field `errors` (`path`, `message`) in Indonesian or English by `Accept-Language`
 * (Indonesian by default), and never a stack trace.
 *
 * @since 0.4.0
 */
import { Effect, Schema } from "effect"
import { HttpServerRequest } from "effect/http"
import { HttpApiError } from "effect/http-api"

/**
 * The two languages of messages.
 *
 * @since 0.4.0
 */
export type Lang = "id" | "en"

/**
 * Reads the preferred language from an `Accept-Language` header: English when `en` comes before `id`, else
 * Indonesian.
 *
 * @since 0.4.0
 */
export const langOf = (header: string | undefined): Lang => {
  if (!header) return "id"
  const tags = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";")
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      return { tag: tag.split("-")[0] ?? "", q: q ? Number(q.slice(2)) : 1 }
    })
    .filter((t) => t.tag === "id" || t.tag === "en")
    .sort((a, b) => b.q - a.q)
  return tags[0]?.tag === "en" ? "en" : "id"
}

/**
 * The language of the current request.
 *
 * @since 0.4.0
 */
export const lang: Effect.Effect<Lang, never, HttpServerRequest.HttpServerRequest> = Effect.map(
  HttpServerRequest.HttpServerRequest,
  (request) => langOf(request.headers["accept-language"])
)

/**
 * One field error: a dotted path into the request (`payload.answers.U1`) and a message.
 *
 * @since 0.4.0
 */
export const Issue = Schema.Struct({ path: Schema.String, message: Schema.String })

/**
 * @since 0.4.0
 */
export type Issue = typeof Issue.Type

const fields = { code: Schema.String, errors: Schema.optionalKey(Schema.Array(Issue)) }
const base = "https://pembinaan.github.io/problems/"

/**
 * 400: the request does not match the schema (with field errors).
 *
 * @since 0.4.0
 */
export class BadRequest extends HttpApiError.Problem<BadRequest>()(
  "BadRequest",
  { type: `${base}bad-request`, status: 400, title: "Bad Request" },
  fields
) {}

/**
 * 401: no token, or a token that is invalid or expired.
 *
 * @since 0.4.0
 */
export class Unauthorized extends HttpApiError.Problem<Unauthorized>()(
  "Unauthorized",
  { type: `${base}unauthorized`, status: 401, title: "Unauthorized" },
  fields
) {}

/**
 * 403: the permission table does not allow this action to this user.
 *
 * @since 0.4.0
 */
export class Forbidden extends HttpApiError.Problem<Forbidden>()(
  "Forbidden",
  { type: `${base}forbidden`, status: 403, title: "Forbidden" },
  fields
) {}

/**
 * 404: no such record.
 *
 * @since 0.4.0
 */
export class NotFound extends HttpApiError.Problem<NotFound>()(
  "NotFound",
  { type: `${base}not-found`, status: 404, title: "Not Found" },
  fields
) {}

/**
 * 409: a conflict (a used ticket, a stale version); `current` carries the current state when there is one.
 *
 * @since 0.4.0
 */
export class Conflict extends HttpApiError.Problem<Conflict>()(
  "Conflict",
  { type: `${base}conflict`, status: 409, title: "Conflict" },
  { ...fields, current: Schema.optionalKey(Schema.Unknown) }
) {}

/**
 * 413: the body is larger than the limit.
 *
 * @since 0.4.0
 */
export class TooLarge extends HttpApiError.Problem<TooLarge>()(
  "TooLarge",
  { type: `${base}too-large`, status: 413, title: "Content Too Large" },
  fields
) {}

/**
 * 415: a content type that is not accepted (or whose bytes are not what it claims).
 *
 * @since 0.4.0
 */
export class Unsupported extends HttpApiError.Problem<Unsupported>()(
  "Unsupported",
  { type: `${base}unsupported-media-type`, status: 415, title: "Unsupported Media Type" },
  fields
) {}

/**
 * 422: well-formed but refused by the rules (core's typed errors, with their paths).
 *
 * @since 0.4.0
 */
export class Unprocessable extends HttpApiError.Problem<Unprocessable>()(
  "Unprocessable",
  { type: `${base}unprocessable`, status: 422, title: "Unprocessable Content" },
  fields
) {}

/**
 * 429: too many requests (per ticket or per device).
 *
 * @since 0.4.0
 */
export class TooMany extends HttpApiError.Problem<TooMany>()(
  "TooMany",
  { type: `${base}too-many-requests`, status: 429, title: "Too Many Requests" },
  fields
) {}

/**
 * 500: the server failed; the body says only that.
 *
 * @since 0.4.0
 */
export class Internal extends HttpApiError.Problem<Internal>()(
  "Internal",
  { type: `${base}internal`, status: 500, title: "Internal Server Error" },
  fields
) {}

/**
 * The messages by code, in both languages. `{x}` is replaced by the parameter `x`.
 *
 * @since 0.4.0
 */
export const messages = {
  invalidRequest: { id: "Permintaan tidak sesuai skema.", en: "The request does not match the schema." },
  required: { id: "wajib diisi", en: "is required" },
  unknownField: { id: "kolom tidak dikenal", en: "unknown field" },
  invalidValue: { id: "nilai tidak sah: {detail}", en: "invalid value: {detail}" },
  noToken: { id: "Token masuk tidak ada.", en: "No sign-in token." },
  badToken: { id: "Token masuk tidak sah atau kedaluwarsa.", en: "The sign-in token is invalid or expired." },
  csrf: { id: "Token CSRF tidak cocok.", en: "The CSRF token does not match." },
  forbidden: {
    id: "Peran Anda tidak mengizinkan tindakan {action}.",
    en: "Your roles do not allow the action {action}."
  },
  notFound: { id: "{what} tidak ditemukan.", en: "{what} not found." },
  ticketUsed: { id: "Tiket sudah dipakai.", en: "The ticket was already used." },
  ticketUnknown: { id: "Tiket tidak dikenal.", en: "Unknown ticket." },
  ticketAttempts: {
    id: "Terlalu banyak percobaan untuk tiket ini.",
    en: "Too many attempts for this ticket."
  },
  deviceFlood: {
    id: "Terlalu banyak kiriman dari perangkat ini; coba lagi nanti.",
    en: "Too many submissions from this device; try again later."
  },
  templateMismatch: { id: "Tiket ini untuk template survei lain.", en: "This ticket is for another survey template." },
  tooLarge: { id: "Isi permintaan melebihi {limit} bita.", en: "The request body exceeds {limit} bytes." },
  unsupported: {
    id: "Jenis isi {type} tidak diterima.",
    en: "Content type {type} is not accepted."
  },
  magic: {
    id: "Isi berkas bukan {type} (tanda tangan bita tidak cocok).",
    en: "The file is not a {type} (its magic bytes do not match)."
  },
  stale: {
    id: "Data sudah diubah orang lain (versi {current}); muat ulang lalu coba lagi.",
    en: "Someone else changed this (version {current}); reload and try again."
  },
  rules: { id: "Ditolak oleh aturan: {detail}", en: "Refused by the rules: {detail}" },
  duplicateRater: {
    id: "Anda sudah memberi penilaian untuk pegawai ini pada periode ini.",
    en: "You already rated this employee for this period."
  },
  released: {
    id: "Laporan 360 periode ini sudah dirilis; penilaian baru tidak diterima lagi.",
    en: "This period's 360 report was released; no more ratings are accepted."
  },
  selfRating: {
    id: "Kelompok penilai tidak sesuai dengan hubungan Anda dengan pegawai ini.",
    en: "The rater group does not match your relation to this employee."
  },
  internal: { id: "Terjadi kesalahan di server.", en: "The server failed." },
  noRegionPolicy: {
    id: "Wilayah {region} belum menerbitkan kebijakan penilaian {policy}; terbitkan dulu lewat /api/policies/{policy}/versions.",
    en: "Region {region} has not published its evaluation policy {policy}; publish it first at /api/policies/{policy}/versions."
  },
  route: { id: "Alamat tidak dikenal.", en: "Unknown address." }
} as const satisfies Record<string, Record<Lang, string>>

/**
 * A message code.
 *
 * @since 0.4.0
 */
export type Code = keyof typeof messages

/**
 * A message in a language with its parameters filled in.
 *
 * @since 0.4.0
 */
export const text = (lang: Lang, code: Code, params: Record<string, string | number> = {}): string =>
  messages[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""))

/**
 * The constructor arguments of a problem in the request's language.
 *
 * @since 0.4.0
 */
export const body = (
  lang: Lang,
  code: Code,
  params: Record<string, string | number> = {},
  errors?: ReadonlyArray<Issue>
): { detail: string; code: string; errors?: ReadonlyArray<Issue> } =>
  errors === undefined ? { detail: text(lang, code, params), code } : { detail: text(lang, code, params), code, errors }

/**
 * Builds a problem of a kind in the current request's language.
 *
 * @since 0.4.0
 */
export const make = <P>(
  Kind: new (args: { detail: string; code: string; errors?: ReadonlyArray<Issue> }) => P,
  code: Code,
  params: Record<string, string | number> = {},
  errors?: ReadonlyArray<Issue>
): Effect.Effect<P, never, HttpServerRequest.HttpServerRequest> =>
  Effect.map(lang, (l) => new Kind(body(l, code, params, errors)))

/**
 * Fails with a problem of a kind in the current request's language.
 *
 * @since 0.4.0
 */
export const fail = <P>(
  Kind: new (args: { detail: string; code: string; errors?: ReadonlyArray<Issue> }) => P,
  code: Code,
  params: Record<string, string | number> = {},
  errors?: ReadonlyArray<Issue>
): Effect.Effect<never, P, HttpServerRequest.HttpServerRequest> =>
  Effect.flatMap(make(Kind, code, params, errors), Effect.fail)

/**
 * Localises one schema issue message: missing keys, unknown keys, anything else with effect's own wording.
 *
 * @since 0.4.0
 */
export const issueMessage = (lang: Lang, message: string): string =>
  /^Missing key/i.test(message)
    ? text(lang, "required")
    : /^(Unexpected key|Expected no excess property)/i.test(message)
      ? text(lang, "unknownField")
      : text(lang, "invalidValue", { detail: message })
