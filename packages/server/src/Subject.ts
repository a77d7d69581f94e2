/**
 * The employee a request is about: their region, after checking that they exist (404) and that the user may see
 * their data (403, naming the action). Shared by every handler that takes a NIP.
 *
 * @since 0.4.0
 */
import { Effect } from "effect"
import { SqlClient } from "effect/sql"
import type { User } from "./Auth.js"
import * as Permission from "./Permission.js"
import * as Problem from "./Problem.js"

/**
 * The region of employee `nip`: `NotFound` when there is none, `Forbidden` (with `action`) when the user may not see
 * this employee's data.
 *
 * @since 0.4.0
 */
export const visibleRegion = (user: User, nip: string, action: Permission.Action) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const rows = yield* Effect.orDie(sql<{ readonly region: string }>`SELECT region FROM employees WHERE nip = ${nip}`)
    const region = rows[0]?.region
    if (region === undefined) return yield* Problem.fail(Problem.NotFound, "notFound", { what: `NIP ${nip}` })
    if (!Permission.canSee(user, nip, region)) return yield* Problem.fail(Problem.Forbidden, "forbidden", { action })
    return region
  })
