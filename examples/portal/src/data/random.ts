/**
 * A small seeded pseudo-random generator (mulberry32) so the sample data is the same on every machine and every
 * reload. Not for anything security-related.
 */

/** A deterministic random source. */
export interface Random {
  /** A float in [0, 1). */
  readonly next: () => number
  /** An integer in [min, max], both inclusive. */
  readonly int: (min: number, max: number) => number
  /** One element of a non-empty list. */
  readonly pick: <A>(items: ReadonlyArray<A>) => A
  /** An approximately normal value (sum of uniforms) with the given mean and spread. */
  readonly normal: (mean: number, sd: number) => number
  /** `true` with probability `p`. */
  readonly chance: (p: number) => boolean
}

/** Hashes a text to a 32-bit seed (FNV-1a), so seeds can be named: `seeded("bukittinggi")`. */
export const hash = (text: string): number => {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A mulberry32 generator from a numeric or textual seed. */
export const seeded = (seed: number | string): Random => {
  let state = typeof seed === "string" ? hash(seed) : seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <A>(items: ReadonlyArray<A>): A => {
    if (items.length === 0) throw new RangeError("pick from an empty list")
    return items[int(0, items.length - 1)] as A
  }
  const normal = (mean: number, sd: number): number => {
    // Irwin–Hall with 6 uniforms: mean 3, variance 0.5
    let s = 0
    for (let i = 0; i < 6; i++) s += next()
    return mean + ((s - 3) / Math.SQRT1_2) * sd
  }
  const chance = (p: number): boolean => next() < p
  return { next, int, pick, normal, chance }
}
