import { Result } from "effect"
import type { Read } from "./read.js"

/**
 * The public form of a reader's outcome: effect's `Result`. Only the exported readers (`readDashboard`, …) import
 * this module, so a page that only shows widgets does not load effect's `Result`.
 *
 * @internal
 */
export const toResult = <T>(r: Read<T>): Result.Result<T, ReadonlyArray<string>> =>
  r._tag === "Success" ? Result.succeed(r.success) : Result.fail(r.failure)
