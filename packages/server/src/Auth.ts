/**
 * Sign-in for portals that have their own: the portal signs a short-lived JWT (HS256 with a secret it shares with
 * this server) naming the NIP (`sub`), the region and the roles; the server checks the signature, the expiry and the
 * maximum age on every request, then the permission table ({@link Permission}) for the action. The token comes as
 * `Authorization: Bearer …`, or from the session cookie set by `POST /api/session`; with the cookie, every unsafe
 * request must repeat the CSRF token in `X-CSRF-Token` (double submit).
 *
 * @since 0.4.0
 */
import { Context, Schema } from "effect"
import { HttpApiMiddleware, HttpApiSecurity } from "effect/http-api"
import * as jose from "jose"
import { Forbidden, Unauthorized } from "./Problem.js"

/**
 * The roles of the cycle.
 *
 * @since 0.4.0
 */
export const roles = ["pegawai", "pejabat-penilai", "atasan", "admin-bkpsdm"] as const

/**
 * @since 0.4.0
 */
export const Role = Schema.Literals(roles)

/**
 * @since 0.4.0
 */
export type Role = typeof Role.Type

/**
 * The signed-in user of a request.
 *
 * @since 0.4.0
 */
export const User = Schema.Struct({
  nip: Schema.String,
  region: Schema.String,
  roles: Schema.Array(Role),
  name: Schema.optionalKey(Schema.String)
})

/**
 * @since 0.4.0
 */
export type User = typeof User.Type

/**
 * The current user, provided by {@link Authentication}.
 *
 * @since 0.4.0
 */
export class CurrentUser extends Context.Service<CurrentUser, User>()("@pembinaan/server/CurrentUser") {}

/**
 * The authentication middleware of every protected group.
 *
 * @since 0.4.0
 */
export class Authentication extends HttpApiMiddleware.Service<Authentication, { provides: CurrentUser }>()(
  "@pembinaan/server/Authentication",
  { security: { bearer: HttpApiSecurity.bearer }, error: [Unauthorized, Forbidden] }
) {}

/** The session cookie (holds the token) and the CSRF cookie. */
export const sessionCookie = "pembinaan_session"
export const csrfCookie = "pembinaan_csrf"

/**
 * Signs a token (what a portal does; used by the demo login and the tests).
 *
 * @since 0.4.0
 */
export const sign = (
  secret: string,
  user: User,
  options: { readonly expiresIn?: string; readonly issuedAt?: number } = {}
): Promise<string> => {
  const jwt = new jose.SignJWT({
    region: user.region,
    roles: [...user.roles],
    ...(user.name ? { name: user.name } : {})
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(user.nip)
    .setExpirationTime(options.expiresIn ?? "15m")
  return (options.issuedAt === undefined ? jwt.setIssuedAt() : jwt.setIssuedAt(options.issuedAt)).sign(
    new TextEncoder().encode(secret)
  )
}

/**
 * Verifies a token: HS256 only, not expired, issued at most `maxAge` ago, with a NIP, a region and known roles.
 *
 * @since 0.4.0
 */
export const verify = async (secret: string, token: string, maxAge = "1h"): Promise<User | undefined> => {
  try {
    const { payload } = await jose.jwtVerify(token, new TextEncoder().encode(secret), {
      algorithms: ["HS256"],
      maxTokenAge: maxAge,
      requiredClaims: ["sub", "exp", "iat"]
    })
    const decoded = Schema.decodeUnknownOption(User)({
      nip: payload.sub,
      region: payload.region,
      roles: payload.roles,
      ...(typeof payload.name === "string" ? { name: payload.name } : {})
    })
    return decoded._tag === "Some" ? decoded.value : undefined
  } catch {
    return undefined
  }
}
