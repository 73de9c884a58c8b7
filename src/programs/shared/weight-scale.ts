/**
 * The integer scale of pair weights for the exact solvers (peers and mentors alike).
 */

/**
 * Pair weights in [0, 1] are scaled by this factor and rounded, so the blossom and flow
 * solvers work on exact integers. "Optimal" is therefore exact for weights rounded to 1e-6.
 */
export const WEIGHT_SCALE = 1_000_000;
