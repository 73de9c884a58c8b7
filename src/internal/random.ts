/**
 * A small seeded pseudo-random generator for the local searches: the same seed gives
 * the same sequence on every JS runtime. Not for cryptography.
 *
 * Complexity: O(1) per draw.
 * References: Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"
 * (SplitMix; the 32-bit mixing constants follow Mulberry32).
 */

/** A stream of pseudo-random numbers. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in 0..k-1 (k ≥ 1). */
  below(k: number): number;
}

/** The stream for a 32-bit `seed` (any number; it is truncated to 32 bits). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, below: (k) => Math.floor(next() * k) };
}
