/**
 * `pembinaan serve`: starts the server. Without `DATABASE_URL` it uses the embedded PGlite in `--data-dir`
 * (default `.pembinaan/data`), so nothing needs to be installed. `PEMBINAAN_SECRET` is the token secret shared with
 * the portal; `PEMBINAAN_OIDC_ISSUER`, `PEMBINAAN_OIDC_JWKS_URL` and `PEMBINAAN_OIDC_AUDIENCE` (and optionally
 * `PEMBINAAN_OIDC_NIP_CLAIM`, `…_REGION_CLAIM`, `…_ROLES_CLAIM`) accept an OpenID Connect provider's tokens too; with `--demo` (seeded demo data for three regions and a demo sign-in) a development secret is used
 * when none is set.
 *
 * @since 0.4.0
 */
import { randomBytes } from "node:crypto"
import { start } from "./Server.js"

/**
 * Output streams of the command.
 *
 * @since 0.4.0
 */
export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * Runs `serve` until the process receives SIGINT or SIGTERM; resolves with the exit code.
 *
 * @since 0.4.0
 */
export const serve = async (
  options: {
    readonly port?: string | undefined
    readonly host?: string | undefined
    readonly dataDir?: string | undefined
    readonly evidenceDir?: string | undefined
    readonly demo?: boolean | undefined
  },
  io: Io,
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<number> => {
  const values = {
    port: options.port ?? env.PORT ?? "8787",
    host: options.host ?? "127.0.0.1",
    "data-dir": options.dataDir ?? ".pembinaan/data",
    "evidence-dir": options.evidenceDir,
    demo: options.demo === true
  }
  const demo = values.demo === true
  let secret = env.PEMBINAAN_SECRET ?? ""
  if (secret.length < 32) {
    if (!demo) {
      io.stderr("PEMBINAAN_SECRET must be set to a secret of at least 32 characters (shared with the portal).\n")
      return 2
    }
    secret = secret || `demo-only-${randomBytes(24).toString("hex")}`
    io.stderr("demo mode: using a development token secret; set PEMBINAAN_SECRET for a portal.\n")
  }
  const dataDir = values["data-dir"] as string
  const running = await start({
    secret,
    port: Number(values.port),
    host: values.host as string,
    dataDir,
    demo,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.PEMBINAAN_OIDC_ISSUER && env.PEMBINAAN_OIDC_JWKS_URL && env.PEMBINAAN_OIDC_AUDIENCE
      ? {
          oidc: {
            issuer: env.PEMBINAAN_OIDC_ISSUER,
            jwksUrl: env.PEMBINAAN_OIDC_JWKS_URL,
            audience: env.PEMBINAAN_OIDC_AUDIENCE,
            ...(env.PEMBINAAN_OIDC_NIP_CLAIM ? { nipClaim: env.PEMBINAAN_OIDC_NIP_CLAIM } : {}),
            ...(env.PEMBINAAN_OIDC_REGION_CLAIM ? { regionClaim: env.PEMBINAAN_OIDC_REGION_CLAIM } : {}),
            ...(env.PEMBINAAN_OIDC_ROLES_CLAIM ? { rolesClaim: env.PEMBINAAN_OIDC_ROLES_CLAIM } : {})
          }
        }
      : {}),
    ...(values["evidence-dir"]
      ? { evidenceDir: values["evidence-dir"] as string }
      : { evidenceDir: `${dataDir}-evidence` })
  })
  io.stdout(
    `${JSON.stringify({ url: running.url, docs: `${running.url}/api/docs`, database: env.DATABASE_URL ? "postgresql" : `pglite:${dataDir}`, demo })}\n`
  )
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve)
    process.once("SIGTERM", resolve)
  })
  await running.close()
  return 0
}
