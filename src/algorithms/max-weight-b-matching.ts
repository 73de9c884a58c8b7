/**
 * Maximum-weight bipartite b-matching with capacities by min-cost flow: among the
 * matchings of residents to hospitals within capacities, one with the most residents
 * matched and, among those, the largest total weight (or only the largest total weight
 * with `maxCardinality: false`). Exact on the integer weights `round(w · scale)`.
 *
 * Network: source S → hospital h (capacity `capacity[h]`, cost 0), h → resident r
 * (capacity 1, cost −w), r → sink T (capacity 1, cost 0). Successive shortest paths:
 * each round finds a cheapest S–T path in the residual network by Dijkstra on costs made
 * non-negative by node potentials, and augments one unit along it. After k rounds the
 * flow is a maximum-weight matching of size k, so rounds stop when no path is left
 * (maximum cardinality, through the lifted weights of `b-matching-instance.ts`) or when
 * the best path no longer gains weight.
 *
 * Numbering: hospitals are nodes `0..H-1`, resident r is node `H + r`, the sink is
 * `H + R`; the source is implicit (potential 0).
 *
 * Hospitals with a free place are never scanned: they sit at distance 0 from S, so each
 * resident keeps its heaviest edge to such a hospital, refreshed only when that hospital
 * fills up or the resident moves. Only full hospitals are scanned, and Dijkstra stops at
 * the sink.
 *
 * Complexity: O(ν · (E + V) log V) for ν matched residents, E edges, V = H + R nodes in
 * the worst case; rounds are usually much cheaper (see above). Memory O(E + V).
 *
 * References: Edmonds & Karp 1972 and Tomizawa 1971 (successive shortest paths with
 * potentials); Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7.
 */
import { bMatchingResult, prepareBMatching, residentAdjacency, type BMatchingOptions, type BMatchingResult, type BipartiteGraph, type PreparedBMatching } from "./b-matching-instance.js";
import { invariant } from "./debug.js";
import { clearHeap, createHeap, popMin, pushOrDecrease } from "./indexed-min-heap.js";

/**
 * Maximum-weight b-matching (maximum cardinality first by default) by successive
 * shortest paths. Fast on large cohorts; no side constraints besides `pins` (use
 * `maxWeightBMatchingLp` from `peermatch/algorithms/lp` for group limits).
 *
 * @throws {@link MatchInputError} for malformed graphs (codes `invalid_type`,
 *   `invalid_edge`, `out_of_range`) or impossible pins (`invalid_edge`, `invalid_value`,
 *   `out_of_range`)
 *
 * @example
 * ```ts
 * const graph = {
 *   residents: 3,
 *   capacity: Int32Array.from([2, 1]),
 *   edgeHospital: Int32Array.from([0, 0, 1, 1]),
 *   edgeResident: Int32Array.from([0, 1, 1, 2]),
 *   edgeWeight: Float64Array.from([0.9, 0.4, 0.8, 0.3]),
 * };
 * const { assignment, totalWeight } = maxWeightBMatching(graph);
 * // assignment: Int32Array [0, 0, 1]; totalWeight ≈ 1.6 (all three matched)
 * ```
 */
export function maxWeightBMatching(graph: BipartiteGraph, options: BMatchingOptions = {}): BMatchingResult {
  const prepared = prepareBMatching("maxWeightBMatching", graph, options);
  return bMatchingResult(graph, prepared, successiveShortestPaths(graph, prepared));
}

/** Resident → chosen active edge (or -1) of a maximum `coreWeight` b-matching. */
export function successiveShortestPaths(graph: BipartiteGraph, prepared: PreparedBMatching): Int32Array {
  const { hospitals: H, residents: R, capacity, active, coreWeight: weight } = prepared;
  const { edgeHospital, edgeResident } = graph;
  const T = H + R;
  const n = T + 1;
  // Active edges grouped by hospital: adjEdge[adjStart[h]..adjStart[h+1]-1].
  const adjStart = new Int32Array(H + 1);
  for (let e = 0; e < active.length; e++) {
    if (active[e] === 1) adjStart[(edgeHospital[e] as number) + 1] = (adjStart[(edgeHospital[e] as number) + 1] as number) + 1;
  }
  for (let h = 0; h < H; h++) adjStart[h + 1] = (adjStart[h + 1] as number) + (adjStart[h] as number);
  const adjEdge = new Int32Array(adjStart[H] as number);
  const adjNode = new Int32Array(adjStart[H] as number);
  const adjWeight = new Float64Array(adjStart[H] as number);
  const fill = adjStart.slice(0, H);
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) continue;
    const h = edgeHospital[e] as number;
    const i = fill[h] as number;
    adjEdge[i] = e;
    adjNode[i] = H + (edgeResident[e] as number);
    adjWeight[i] = weight[e] as number;
    fill[h] = i + 1;
  }

  // Potentials make every residual arc's reduced cost (cost + pot[u] − pot[v]) non-negative.
  // Initially: pot[h] = 0, pot[r] = −(best weight at r), pot[T] = min over residents.
  const pot = new Float64Array(n);
  pot.fill(Infinity, H, T);
  for (let i = 0; i < adjNode.length; i++) {
    const v = adjNode[i] as number;
    pot[v] = Math.min(pot[v] as number, -(adjWeight[i] as number));
  }
  let potT = 0;
  for (let v = H; v < T; v++) {
    if (pot[v] === Infinity) pot[v] = 0;
    else potT = Math.min(potT, pot[v] as number);
  }
  pot[T] = potT;

  // mateEdge[r] = edge matching r or -1; load[h] = residents matched to h.
  const mateEdge = new Int32Array(R).fill(-1);
  const load = new Int32Array(H);
  // A hospital with a free place sits at distance 0 from S (its potential stays 0), so
  // instead of scanning its edges every round, each resident keeps bestFree[r]: its
  // heaviest edge to a hospital with a free place, other than its own edge, or -1.
  // Hospitals only ever fill up, so bestFree changes when a hospital becomes full or
  // when r changes hospital.
  const { start: rStart, edges: rEdges } = residentAdjacency(R, edgeResident, active);
  const bestFree = new Int32Array(R).fill(-1);
  const refreshBestFree = (r: number): void => {
    let best = -1;
    let bestWeight = -Infinity;
    for (let i = rStart[r] as number; i < (rStart[r + 1] as number); i++) {
      const e = rEdges[i] as number;
      const h = edgeHospital[e] as number;
      if ((load[h] as number) >= (capacity[h] as number) || e === mateEdge[r] || (weight[e] as number) <= bestWeight) continue;
      best = e;
      bestWeight = weight[e] as number;
    }
    bestFree[r] = best;
  };
  for (let r = 0; r < R; r++) refreshBestFree(r);
  // Per round: dist[v] valid when reached[v] === round; done[v] === round once settled.
  // pred[r-node] = edge into r; pred[h] = resident node h was reached from, or -1 from S;
  // pred[T] = the free resident node before T.
  const dist = new Float64Array(n);
  const pred = new Int32Array(n);
  const reached = new Int32Array(n).fill(-1);
  const done = new Int32Array(n).fill(-1);
  const heap = createHeap(n);

  for (let round = 0; ; round++) {
    const relax = (v: number, d: number, from: number): void => {
      if (reached[v] !== round || d < (dist[v] as number)) {
        reached[v] = round;
        dist[v] = d;
        pred[v] = from;
        pushOrDecrease(heap, v, d);
      }
    };
    // Hospitals with a free place are settled at once, straight from S.
    for (let h = 0; h < H; h++) {
      if ((load[h] as number) >= (capacity[h] as number)) continue;
      reached[h] = round;
      done[h] = round;
      dist[h] = -(pot[h] as number);
      pred[h] = -1;
    }
    for (let r = 0; r < R; r++) {
      const e = bestFree[r] as number;
      if (e !== -1) relax(H + r, -(weight[e] as number) - (pot[H + r] as number), e);
    }
    while (heap.size > 0) {
      const u = popMin(heap);
      done[u] = round;
      if (u === T) break;
      const du = dist[u] as number;
      if (u < H) {
        const base = du + (pot[u] as number);
        for (let i = adjStart[u] as number; i < (adjStart[u + 1] as number); i++) {
          const v = adjNode[i] as number;
          const e = adjEdge[i] as number;
          if (done[v] === round || mateEdge[v - H] === e) continue;
          const d = base - (adjWeight[i] as number) - (pot[v] as number);
          if (reached[v] !== round || d < (dist[v] as number)) {
            reached[v] = round;
            dist[v] = d;
            pred[v] = e;
            pushOrDecrease(heap, v, d);
          }
        }
      } else {
        const e = mateEdge[u - H] as number;
        if (e === -1) {
          relax(T, du + (pot[u] as number) - (pot[T] as number), u);
        } else {
          const h = edgeHospital[e] as number;
          if (done[h] !== round) relax(h, du + (weight[e] as number) + (pot[u] as number) - (pot[h] as number), u);
        }
      }
    }
    clearHeap(heap);
    if (done[T] !== round) break; // no augmenting path: the matching is maximum
    const dT = dist[T] as number;
    const pathCost = dT + (pot[T] as number); // real cost of the path (pot[S] = 0)
    if (pathCost >= 0) break; // the best path no longer adds weight
    for (let v = 0; v < n; v++) pot[v] = (pot[v] as number) + (done[v] === round ? (dist[v] as number) : dT);
    // Augment: the free resident before T takes its path edge; each hospital on the way
    // hands its previous resident on, back to the hospital reached from S.
    let r = (pred[T] as number) - H;
    for (;;) {
      const e = pred[H + r] as number;
      mateEdge[r] = e;
      refreshBestFree(r);
      const h = edgeHospital[e] as number;
      const from = pred[h] as number;
      if (from === -1) {
        load[h] = (load[h] as number) + 1;
        if (load[h] === capacity[h]) {
          for (let x = 0; x < R; x++) {
            const b = bestFree[x] as number;
            if (b !== -1 && edgeHospital[b] === h) refreshBestFree(x);
          }
        }
        break;
      }
      r = from - H;
    }
  }
  invariant(reducedCostsOptimal(prepared, graph, mateEdge, load, pot), () => "maxWeightBMatching: final potentials are not an optimality certificate");
  return mateEdge;
}

/**
 * Debug certificate: every residual arc has a non-negative reduced cost under `pot`,
 * which proves the flow cheapest among flows of its value (Ahuja et al. Thm 9.3).
 */
function reducedCostsOptimal(prepared: PreparedBMatching, graph: BipartiteGraph, mateEdge: Int32Array, load: Int32Array, pot: Float64Array): boolean {
  const { hospitals: H, capacity, active, coreWeight } = prepared;
  const T = H + prepared.residents;
  for (let h = 0; h < H; h++) {
    // S→h is residual while h has a free place, h→S once it holds someone.
    if ((load[h] as number) < (capacity[h] as number) && (pot[h] as number) > 0) return false;
    if ((load[h] as number) > 0 && (pot[h] as number) < 0) return false;
  }
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) continue;
    const h = graph.edgeHospital[e] as number;
    const v = H + (graph.edgeResident[e] as number);
    const reduced = -(coreWeight[e] as number) + (pot[h] as number) - (pot[v] as number);
    if (mateEdge[v - H] === e ? reduced > 0 : reduced < 0) return false;
  }
  for (let r = 0; r < prepared.residents; r++) {
    // r→T is residual while r is free, T→r once it is matched.
    if (mateEdge[r] === -1 ? (pot[H + r] as number) < (pot[T] as number) : (pot[H + r] as number) > (pot[T] as number)) return false;
  }
  return true;
}
