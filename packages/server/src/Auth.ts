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
 * An OpenID Connect provider whose ID or access tokens are accepted besides the portal's HS256 tokens: its issuer,
 * the JWKS URL its signing keys are published at, the audience, and the claims that carry the NIP, the region and
 * the roles (a provider's `sub` is rarely a NIP).
 *
 * @since 0.4.0
 */
export interface Oidc {
  readonly issuer: string
  readonly jwksUrl: string
  readonly audience: string
  readonly nipClaim?: string
  readonly regionClaim?: string
  readonly rolesClaim?: string
}

const remoteSets = new Map<string, ReturnType<typeof jose.createRemoteJWKSet>>()

/**
 * Verifies a token from an OIDC provider (RS256/ES256/EdDSA through its JWKS): issuer, audience, expiry, then the
 * configured claims decoded as a {@link User}.
 *
 * @since 0.4.0
 */
export const verifyOidc = async (oidc: Oidc, token: string, maxAge = "1h"): Promise<User | undefined> => {
  try {
    let keys = remoteSets.get(oidc.jwksUrl)
    if (keys === undefined) {
      keys = jose.createRemoteJWKSet(new URL(oidc.jwksUrl))
      remoteSets.set(oidc.jwksUrl, keys)
    }
    const { payload } = await jose.jwtVerify(token, keys, {
      issuer: oidc.issuer,
      audience: oidc.audience,
      algorithms: ["RS256", "ES256", "EdDSA"],
      maxTokenAge: maxAge,
      requiredClaims: ["exp", "iat"]
    })
    const decoded = Schema.decodeUnknownOption(User)({
      nip: payload[oidc.nipClaim ?? "nip"],
      region: payload[oidc.regionClaim ?? "region"],
      roles: payload[oidc.rolesClaim ?? "roles"],
      ...(typeof payload.name === "string" ? { name: payload.name } : {})
    })
    return decoded._tag === "Some" ? decoded.value : undefined
  } catch {
    return undefined
  }
}

/**
 * Verifies a token: an HS256 token signed with the shared secret, or, when `oidc` is configured and the token is
 * not HS256, a token from that provider.
 *
 * @since 0.4.0
 */
export const verifyAny = (
  settings: { readonly secret: string; readonly tokenMaxAge: string; readonly oidc?: Oidc | undefined },
  token: string
): Promise<User | undefined> => {
  let alg: string | undefined
  try {
    alg = jose.decodeProtectedHeader(token).alg
  } catch {
    return Promise.resolve(undefined)
  }
  if (alg !== "HS256" && settings.oidc !== undefined) return verifyOidc(settings.oidc, token, settings.tokenMaxAge)
  return verify(settings.secret, token, settings.tokenMaxAge)
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
