/**
 * Brute-force oracle for degree-constrained subgraphs on small instances: tries every
 * subset of the edges (m ≤ 14) and keeps the one with the most edges, then the largest
 * total of round(w · scale). Written without reference to the solver; its limit check
 * (`degreeLimitsHold`) is the one the shortlist tests use too.
 */

export interface SmallDegreeInstance {
  readonly outCapacity: number[];
  readonly inCapacity: number[];
  /** [tail, head, weight], at most one edge per (tail, head). */
  readonly edges: [number, number, number][];
}

/** Whether the edges flagged in `chosen` respect every out- and in-capacity. */
export function degreeLimitsHold(instance: SmallDegreeInstance, chosen: ArrayLike<number>): boolean {
  const out = instance.outCapacity.map(() => 0);
  const into = instance.inCapacity.map(() => 0);
  instance.edges.forEach(([u, v], e) => {
    if (chosen[e] !== 1) return;
    out[u] = out[u]! + 1;
    into[v] = into[v]! + 1;
  });
  return out.every((d, u) => d <= instance.outCapacity[u]!) && into.every((d, v) => d <= instance.inCapacity[v]!);
}

/** The best (edges, then scaled weight) over every subset of the edges. */
export function bruteForceDegreeSubgraph(
  instance: SmallDegreeInstance,
  scale = 1e6,
): { cardinality: number; scaledWeight: number } {
  const m = instance.edges.length;
  if (m > 14) throw new Error("bruteForceDegreeSubgraph: too many edges");
  let best = { cardinality: 0, scaledWeight: 0 };
  const chosen = new Array<number>(m).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    let cardinality = 0;
    let scaledWeight = 0;
    for (let e = 0; e < m; e++) {
      chosen[e] = (mask >> e) & 1;
      if (chosen[e] === 1) {
        cardinality++;
        scaledWeight += Math.round(instance.edges[e]![2] * scale);
      }
    }
    if (!degreeLimitsHold(instance, chosen)) continue;
    if (cardinality > best.cardinality || (cardinality === best.cardinality && scaledWeight > best.scaledWeight)) {
      best = { cardinality, scaledWeight };
    }
  }
  return best;
}
