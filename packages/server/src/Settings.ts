/**
 * The server's settings: the token secret, limits and where uploaded evidence is kept.
 *
 * @since 0.4.0
 */
import { Context } from "effect"
import type { Oidc } from "./Auth.js"

/**
 * @since 0.4.0
 */
export interface SettingsShape {
  /** The HS256 secret shared with the portal. */
  readonly secret: string
  /** The oldest `iat` accepted (jose duration text, e.g. `1h`). */
  readonly tokenMaxAge: string
  /** The largest request body in bytes (evidence uploads use `maxUploadBytes`). */
  readonly maxBodyBytes: number
  /** The largest evidence upload in bytes. */
  readonly maxUploadBytes: number
  /** Evidence files are written here (outside any web root: the server serves no files from it). */
  readonly evidenceDir: string
  /** Survey submissions per device per minute. */
  readonly deviceLimit: number
  /** Submission attempts per ticket (used or not) before it is locked. */
  readonly ticketAttempts: number
  /** An OpenID Connect provider whose tokens are accepted too (optional). */
  readonly oidc?: Oidc | undefined
  /** The name of the database in `/api/health` (`pglite` or `postgresql`). */
  readonly database: string
}

/**
 * @since 0.4.0
 */
export class Settings extends Context.Service<Settings, SettingsShape>()("@pembinaan/server/Settings") {}
