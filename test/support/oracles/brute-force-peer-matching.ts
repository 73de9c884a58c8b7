/**
 * Brute force over every matching of a small weighted graph (n ≤ 10), written
 * independently of the solvers: the best total among maximum-cardinality matchings,
 * and the best bottleneck (largest smallest edge) among them with its best total.
 */
export interface BruteForceSummary {
  /** Pairs in a maximum-cardinality matching. */
  readonly cardinality: number;
  /** Largest total weight among maximum-cardinality matchings. */
  readonly bestTotal: number;
  /** Largest smallest edge weight among maximum-cardinality matchings (-Infinity if none). */
  readonly bestBottleneck: number;
  /** Largest total among maximum-cardinality matchings whose smallest edge is `bestBottleneck`. */
  readonly bestTotalAtBottleneck: number;
}

export function bruteForcePeerMatching(
  n: number,
  edges: readonly (readonly [number, number, number])[],
): BruteForceSummary {
  const weight = new Map<number, number>();
  for (const [u, v, w] of edges) weight.set(u * n + v, w).set(v * n + u, w);
  let cardinality = 0;
  let bestTotal = -Infinity;
  let bestBottleneck = -Infinity;
  let bestTotalAtBottleneck = -Infinity;
  const used = new Array<boolean>(n).fill(false);
  const visit = (start: number, pairs: number, total: number, bottleneck: number): void => {
    let v = start;
    while (v < n && used[v]) v++;
    if (v >= n) {
      if (pairs > cardinality) {
        cardinality = pairs;
        bestTotal = -Infinity;
        bestBottleneck = -Infinity;
        bestTotalAtBottleneck = -Infinity;
      }
      if (pairs === cardinality) {
        bestTotal = Math.max(bestTotal, total);
        if (bottleneck > bestBottleneck) {
          bestBottleneck = bottleneck;
          bestTotalAtBottleneck = total;
        } else if (bottleneck === bestBottleneck) {
          bestTotalAtBottleneck = Math.max(bestTotalAtBottleneck, total);
        }
      }
      return;
    }
    used[v] = true;
    visit(v + 1, pairs, total, bottleneck); // v stays single
    for (let u = v + 1; u < n; u++) {
      const w = weight.get(v * n + u);
      if (used[u] || w === undefined) continue;
      used[u] = true;
      visit(v + 1, pairs + 1, total + w, Math.min(bottleneck, w));
      used[u] = false;
    }
    used[v] = false;
  };
  visit(0, 0, 0, Infinity);
  return {
    cardinality,
    bestTotal,
    bestBottleneck: cardinality === 0 ? -Infinity : bestBottleneck,
    bestTotalAtBottleneck,
  };
}
