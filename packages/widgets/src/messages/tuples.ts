/**
 * Fixed-length label lists.
 *
 * @internal
 */

/** @internal */
export type Four = readonly [string, string, string, string]
/** @internal */
export type Five = readonly [string, string, string, string, string]
/** @internal */
export type Three = readonly [string, string, string]
