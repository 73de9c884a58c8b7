/**
 * Turns finite edge weights into the integers the blossom core computes with exactly.
 *
 * The core doubles the integer weights and keeps every dual as an integer in a double.
 * Vertex duals start at R = max|w| and every stored value is a sum of a few duals and
 * the dual total `delta`; with R ≤ 2^49 / (n+2) and `delta` ≤ 2^50 every intermediate
 * value stays below 2^53, where doubles hold integers exactly. (Without
 * `maxCardinality`, `delta` never exceeds R; with it, `delta` grows by at most about
 * n·R. The solver checks the limit on `delta` at every step and throws rather than
 * lose exactness.)
 *
 * Weights that are all integers inside that range are used as they are. Otherwise
 * (fractions, or integers too large) every weight is multiplied by one power of two
 * 2^e, the largest keeping max|w|·2^e inside the range, and rounded to the nearest
 * integer: the matching is then exactly optimal for the rounded weights, and its
 * original total is within n·2^(−e−1) of the true optimum.
 *
 * Complexity: O(m).
 *
 * References: van Rantwijk, mwmatching.py (integer weights keep the algorithm exact).
 */

/** Largest integer |weight| the core handles exactly for a graph of n vertices. */
export function safeWeightBound(n: number): number {
  return Math.floor(2 ** 49 / (n + 2));
}

/** Doubled integer weights (2·round(w·2^e)) and the factor 2^e that was applied. */
export interface ScaledWeights {
  readonly weight2: Float64Array;
  readonly scale: number;
}

/** Scales finite weights to doubled integers as described above. */
export function scaleWeights(weight: Float64Array, n: number): ScaledWeights {
  const bound = safeWeightBound(n);
  const maxAbs = largestMagnitude(weight);
  const integral = maxAbs <= bound && allIntegers(weight);
  let scale = 1;
  if (!integral) {
    const exponent = maxAbs === 0 ? 0 : Math.floor(Math.log2(bound / maxAbs));
    scale = 2 ** exponent;
    // log2 may round up across a power of two; step down until the bound holds.
    while (maxAbs * scale > bound) scale /= 2;
  }
  const weight2 = new Float64Array(weight.length);
  // Integers in range: doubling is all that rounding would do.
  if (integral) doubleInto(weight, weight2);
  else scaleInto(weight, scale, weight2);
  return { weight2, scale };
}

// One loop per function, nothing after it (see graph.ts).

function largestMagnitude(weight: Float64Array): number {
  let maxAbs = 0;
  for (let k = 0; k < weight.length; k++) maxAbs = Math.max(maxAbs, Math.abs(weight[k]!));
  return maxAbs;
}

function allIntegers(weight: Float64Array): boolean {
  for (let k = 0; k < weight.length; k++) if (!Number.isInteger(weight[k]!)) return false;
  return true;
}

function doubleInto(weight: Float64Array, weight2: Float64Array): void {
  for (let k = 0; k < weight.length; k++) weight2[k] = 2 * weight[k]!;
}

function scaleInto(weight: Float64Array, scale: number, weight2: Float64Array): void {
  for (let k = 0; k < weight.length; k++) {
    // Math.round(-x) differs from -Math.round(x) at halves; round magnitudes so that
    // negating every weight negates the scaled weights.
    const w = weight[k]! * scale;
    weight2[k] = 2 * Math.sign(w) * Math.round(Math.abs(w));
  }
}
