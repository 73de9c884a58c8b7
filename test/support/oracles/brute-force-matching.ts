/**
 * Brute-force oracle for maximum-weight matching on small graphs (n ≤ ~20): dynamic
 * programming over vertex subsets, independent of any blossom code. The lowest vertex of
 * each remaining subset is either left single or paired with one of its neighbours.
 *
 * Complexity: O(2^n · n).
 */

/** Optimum of the brute force: total weight and number of pairs of a best matching. */
export interface BruteForceOptimum {
  readonly weight: number;
  readonly size: number;
}

/**
 * The maximum total weight of a matching (with `maxCardinality`: the maximum weight
 * among matchings with the most pairs), and that matching's size.
 */
export function bruteForceMaxWeightMatching(
  n: number,
  edges: readonly (readonly [number, number, number])[],
  options: { readonly maxCardinality?: boolean } = {},
): BruteForceOptimum {
  if (n > 22) throw new Error(`bruteForceMaxWeightMatching: n = ${n} is too large`);
  const maxCardinality = options.maxCardinality === true;
  const w = new Float64Array(n * n).fill(NaN);
  for (const [u, v, weight] of edges) {
    w[u * n + v] = weight;
    w[v * n + u] = weight;
  }
  const full = (1 << n) - 1;
  const bestWeight = new Float64Array(full + 1);
  const bestSize = new Int32Array(full + 1);
  const better = (size: number, weight: number, mask: number): boolean => {
    const oldSize = bestSize[mask]!;
    const oldWeight = bestWeight[mask]!;
    if (maxCardinality && size !== oldSize) return size > oldSize;
    return weight > oldWeight || (weight === oldWeight && size > oldSize);
  };
  for (let mask = 1; mask <= full; mask++) {
    let low = 0;
    while (((mask >> low) & 1) === 0) low++;
    const rest = mask & ~(1 << low);
    bestWeight[mask] = bestWeight[rest]!;
    bestSize[mask] = bestSize[rest]!;
    for (let j = low + 1; j < n; j++) {
      if (((rest >> j) & 1) === 0) continue;
      const weight = w[low * n + j]!;
      if (Number.isNaN(weight)) continue;
      const sub = rest & ~(1 << j);
      const size = bestSize[sub]! + 1;
      const total = bestWeight[sub]! + weight;
      if (better(size, total, mask)) {
        bestWeight[mask] = total;
        bestSize[mask] = size;
      }
    }
  }
  return { weight: bestWeight[full]!, size: bestSize[full]! };
}
