/**
 * The seeded stream of the synthetic cohorts and the research simulations: seedrandom's
 * ARC4-based generator, so the same seed string gives the same numbers on every JS runtime
 * (and the same cohorts and simulations as before this module existed). Not for cryptography.
 *
 * Why a module of its own: seedrandom is CommonJS without `sideEffects: false`, so a bundler
 * keeps it wherever a file that imports it is kept. Imported here, and only here, it ends up
 * in a shared chunk of the build that a bundle drops unless it draws from the stream (a
 * `matchPeers`-only bundle does not). It is imported from its own file, not from the package
 * index, which also loads five generators peermatch never uses.
 *
 * Complexity: O(length of the seed) to start, O(1) per draw.
 * References: seedrandom 3 (D. Bau), ARC4 keystream (RC4).
 */
import seedrandom from "seedrandom/seedrandom.js";

/** A stream of floats in [0, 1). */
export type SeededStream = () => number;

/** The stream for `seed`: identical to `seedrandom(seed)`. */
export function seededStream(seed: string): SeededStream {
  return seedrandom(seed);
}
