/**
 * What a display widget's reader returns inside the widgets: the checked data, or readable problems.
 *
 * It has the shape of effect's `Result` (`_tag`, `success`, `failure`) without its prototype: effect's `Result` brings
 * structural equality, hashing and its formatter (about 3 kB gzip) into every display widget that only needs to
 * branch on the outcome. The public readers (`readDashboard`, `readScorecard`, …) still return effect's `Result`,
 * through `toResult` (`read-result.ts`), which only they import.
 *
 * @internal
 */
export type Read<T> =
  | { readonly _tag: "Success"; readonly success: T }
  | { readonly _tag: "Failure"; readonly failure: ReadonlyArray<string> }

/** The checked data. */
export const succeed = <T>(success: T): Read<T> => ({ _tag: "Success", success })

/** The problems, one readable line each. */
export const fail = <T = never>(failure: ReadonlyArray<string>): Read<T> => ({ _tag: "Failure", failure })

/** Whether the data passed. */
export const isSuccess = <T>(r: Read<T>): r is { readonly _tag: "Success"; readonly success: T } => r._tag === "Success"

/** Whether the data failed. */
export const isFailure = <T>(r: Read<T>): r is { readonly _tag: "Failure"; readonly failure: ReadonlyArray<string> } =>
  r._tag === "Failure"
