/**
 * Brute-force oracle for bipartite b-matching on small instances given as plain arrays:
 * tries every assignment of residents to hospitals within capacities. Written without
 * reference to the solvers.
 */

export interface SmallBipartite {
  readonly residents: number;
  readonly capacity: number[];
  /** [hospital, resident, weight] */
  readonly edges: [number, number, number][];
  /** Optional: per-hospital limits on how many of `residents` it takes. */
  readonly groups?: { hospital: number; residents: number[]; max: number }[];
  /** Optional: pairs that must be matched. */
  readonly pins?: [number, number][];
}

export interface BruteForceOptimum {
  /** Largest number of matched residents. */
  readonly cardinality: number;
  /** Largest total of round(w · scale) among matchings of that size. */
  readonly scaledWeight: number;
  /** Largest smallest round(w · scale) among matchings of that size (Infinity when empty). */
  readonly bottleneck: number;
  /** Largest total of round(w · scale) among those reaching the bottleneck. */
  readonly scaledWeightAtBottleneck: number;
  /** Largest total of round(w · scale) over all matchings, any size. */
  readonly maxScaledWeight: number;
}

export function bruteForceBMatching(instance: SmallBipartite, scale = 1e6): BruteForceOptimum | null {
  const { residents, capacity, edges } = instance;
  const options: { h: number; w: number }[][] = Array.from({ length: residents }, () => []);
  for (const [h, r, w] of edges) options[r]!.push({ h, w: Math.round(w * scale) });
  const pinned = new Map((instance.pins ?? []).map(([h, r]) => [r, h]));
  const load = capacity.map(() => 0);
  const chosen: number[] = new Array<number>(residents).fill(-1);
  let best: BruteForceOptimum | null = null;
  let maxScaledWeight = -Infinity;
  const groupsOk = () =>
    (instance.groups ?? []).every((g) => g.residents.filter((r) => chosen[r] === g.hospital).length <= g.max);
  const go = (r: number, count: number, total: number, smallest: number): void => {
    if (r === residents) {
      if (!groupsOk()) return;
      maxScaledWeight = Math.max(maxScaledWeight, total);
      if (best === null || count > best.cardinality) {
        best = {
          cardinality: count,
          scaledWeight: total,
          bottleneck: smallest,
          scaledWeightAtBottleneck: total,
          maxScaledWeight,
        };
        return;
      }
      if (count < best.cardinality) return;
      const scaledWeight = Math.max(best.scaledWeight, total);
      if (smallest > best.bottleneck)
        best = { ...best, scaledWeight, bottleneck: smallest, scaledWeightAtBottleneck: total };
      else if (smallest === best.bottleneck)
        best = { ...best, scaledWeight, scaledWeightAtBottleneck: Math.max(best.scaledWeightAtBottleneck, total) };
      else best = { ...best, scaledWeight };
      return;
    }
    const pin = pinned.get(r);
    if (pin === undefined) go(r + 1, count, total, smallest);
    for (const { h, w } of options[r]!) {
      if (load[h]! >= capacity[h]! || (pin !== undefined && pin !== h)) continue;
      load[h]!++;
      chosen[r] = h;
      go(r + 1, count + 1, total + w, Math.min(smallest, w));
      chosen[r] = -1;
      load[h]!--;
    }
  };
  go(0, 0, 0, Infinity);
  return best === null ? null : { ...(best as BruteForceOptimum), maxScaledWeight };
}
