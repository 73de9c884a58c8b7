/**
 * Maximum-weight bipartite b-matching with capacities by min-cost flow: among the
 * matchings of residents to hospitals within capacities, one with the most residents
 * matched and, among those, the largest total weight (or only the largest total weight
 * with `maxCardinality: false`). Exact on the integer weights `round(w · scale)`.
 *
 * Network: source S → hospital h (capacity `capacity[h]`, cost 0), h → resident r
 * (capacity 1, cost −w), r → sink T (capacity 1, cost 0). A group limit of hospital h
 * becomes a node g between them: h → g (capacity `max`, cost 0), and the edges of h to
 * the group's residents leave from g instead of h. That is a network only when the
 * groups of one hospital are disjoint (overlapping groups need the LP). Successive shortest paths:
 * each round finds a cheapest S–T path in the residual network by Dijkstra on costs made
 * non-negative by node potentials, and augments one unit along it. After k rounds the
 * flow is a maximum-weight matching of size k, so rounds stop when no path is left
 * (maximum cardinality, through the lifted weights of `b-matching-instance.ts`) or when
 * the best path no longer gains weight.
 *
 * Numbering: hospitals are nodes `0..H-1`, group g is node `H + g`, resident r is node
 * `H + G + r`, the sink is `H + G + R`; the source is implicit (potential 0). The owner
 * of an edge is its group node if it has one, else its hospital node.
 *
 * Hospitals with a free place are never scanned: they (and their groups with room) sit
 * at distance 0 from S, so each resident keeps its heaviest edge to such an owner,
 * refreshed only when that hospital or group fills up or the resident moves (hospitals
 * and groups of a hospital with a free place never empty). Only the other owners are
 * scanned, and Dijkstra stops at the sink.
 *
 * Complexity: O(ν · (E + V) log V) for ν matched residents, E edges, V = H + R nodes in
 * the worst case; rounds are usually much cheaper (see above). Memory O(E + V).
 *
 * References: Edmonds & Karp 1972 and Tomizawa 1971 (successive shortest paths with
 * potentials); Ahuja, Magnanti & Orlin 1993, Network Flows, §9.7.
 */
import { MatchInputError } from "../../errors/match-input-error.js";
import {
  bMatchingResult,
  prepareBMatching,
  residentAdjacency,
  type GroupLimit,
  type BMatchingOptions,
  type BMatchingResult,
  type BipartiteGraph,
  type PreparedBMatching,
} from "./b-matching-instance.js";
import { debugChecks, invariant } from "../../internal/debug.js";
import { clearHeap, createHeap, popMin, pushOrDecrease } from "../../internal/indexed-min-heap.js";

/**
 * Maximum-weight b-matching (maximum cardinality first by default) by successive
 * shortest paths. Fast on large cohorts. Supports pins, and group limits as long as the
 * groups of each hospital are disjoint (use `maxWeightBMatchingLp` from
 * `peermatch/algorithms/lp` for overlapping groups).
 *
 * @throws {@link MatchInputError} for malformed graphs (codes `invalid_type`,
 *   `invalid_edge`, `out_of_range`), impossible pins or group limits (`invalid_edge`,
 *   `invalid_value`, `out_of_range`), or overlapping groups at one hospital (`invalid_value`)
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
  const edgeGroup = disjointEdgeGroups("maxWeightBMatching", graph, prepared, options.groupLimits ?? []);
  return bMatchingResult(graph, prepared, successiveShortestPaths(graph, prepared, edgeGroup));
}

/**
 * The group of each active edge under disjoint group limits (-1 when none).
 * @throws MatchInputError when two groups of one hospital share a resident.
 */
function disjointEdgeGroups(
  fn: string,
  graph: BipartiteGraph,
  prepared: PreparedBMatching,
  limits: readonly GroupLimit[],
): Int32Array {
  const edgeGroup = new Int32Array(prepared.active.length).fill(-1);
  if (limits.length === 0) return edgeGroup;
  // Groups are visited hospital by hospital; mark[r] = the last group that listed r.
  const mark = new Int32Array(graph.residents).fill(-1);
  const byHospital = new Map<number, number[]>();
  limits.forEach((limit, g) => {
    byHospital.set(limit.hospital, [...(byHospital.get(limit.hospital) ?? []), g]);
  });
  const { start, edges } = residentAdjacency(graph.residents, graph.edgeResident, prepared.active);
  for (const [h, groups] of byHospital) {
    for (const g of groups) {
      const members = limits[g]!.residents;
      for (let i = 0; i < members.length; i++) {
        const r = members[i]!;
        const other = mark[r]!;
        if (other !== -1 && other !== g && limits[other]!.hospital === h) {
          throw new MatchInputError([
            {
              code: "invalid_value",
              path: ["groupLimits", g],
              message: `${fn}: group limits ${other} and ${g} of hospital ${h} share resident ${r}; overlapping groups need maxWeightBMatchingLp`,
            },
          ]);
        }
        mark[r] = g;
        for (let k = start[r]!; k < start[r + 1]!; k++) {
          const e = edges[k]!;
          if (graph.edgeHospital[e] === h) edgeGroup[e] = g;
        }
      }
    }
  }
  return edgeGroup;
}

/**
 * Resident → chosen active edge (or -1) of a maximum `coreWeight` b-matching, with the
 * group of each edge given by `edgeGroup` (-1 for none; groups of one hospital disjoint).
 */
export function successiveShortestPaths(
  graph: BipartiteGraph,
  prepared: PreparedBMatching,
  edgeGroup: Int32Array,
): Int32Array {
  const { hospitals: H, residents: R, capacity, active, coreWeight: weight, groupLeft } = prepared;
  const { edgeHospital, edgeResident } = graph;
  const G = groupLeft.length;
  const O = H + G; // owners: hospitals, then groups
  const T = O + R;
  const n = T + 1;
  const { groupHospital } = prepared;
  const ownerOf = (e: number): number => (edgeGroup[e]! >= 0 ? H + edgeGroup[e]! : edgeHospital[e]!);
  // Active edges grouped by owner: adjEdge[adjStart[o]..adjStart[o+1]-1].
  const adjStart = new Int32Array(O + 1);
  for (let e = 0; e < active.length; e++) {
    if (active[e] === 1) adjStart[ownerOf(e) + 1] = adjStart[ownerOf(e) + 1]! + 1;
  }
  for (let o = 0; o < O; o++) adjStart[o + 1] = adjStart[o + 1]! + adjStart[o]!;
  const adjEdge = new Int32Array(adjStart[O]!);
  const adjNode = new Int32Array(adjStart[O]!);
  const adjWeight = new Float64Array(adjStart[O]!);
  const fill = adjStart.slice(0, O);
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) continue;
    const o = ownerOf(e);
    const i = fill[o]!;
    adjEdge[i] = e;
    adjNode[i] = O + edgeResident[e]!;
    adjWeight[i] = weight[e]!;
    fill[o] = i + 1;
  }
  // Groups of each hospital: groupList[groupStart[h]..groupStart[h+1]-1].
  const groupStart = new Int32Array(H + 1);
  for (let g = 0; g < G; g++) groupStart[groupHospital[g]! + 1] = groupStart[groupHospital[g]! + 1]! + 1;
  for (let h = 0; h < H; h++) groupStart[h + 1] = groupStart[h + 1]! + groupStart[h]!;
  const groupList = new Int32Array(G);
  const groupFill = groupStart.slice(0, H);
  for (let g = 0; g < G; g++) {
    const h = groupHospital[g]!;
    groupList[groupFill[h]!] = g;
    groupFill[h] = groupFill[h]! + 1;
  }

  // Potentials make every residual arc's reduced cost (cost + pot[u] − pot[v]) non-negative.
  // Initially: pot[owner] = 0, pot[r] = −(best weight at r), pot[T] = min over residents.
  const pot = new Float64Array(n);
  pot.fill(Infinity, O, T);
  for (let i = 0; i < adjNode.length; i++) {
    const v = adjNode[i]!;
    pot[v] = Math.min(pot[v]!, -adjWeight[i]!);
  }
  let potT = 0;
  for (let v = O; v < T; v++) {
    if (pot[v] === Infinity) pot[v] = 0;
    else potT = Math.min(potT, pot[v]!);
  }
  pot[T] = potT;

  // mateEdge[r] = edge matching r or -1; load[h] = residents matched to h; groupLoad[g]
  // = residents matched to g's hospital within g.
  const mateEdge = new Int32Array(R).fill(-1);
  const load = new Int32Array(H);
  const groupLoad = new Int32Array(G);
  // bestFree[r]: r's heaviest edge whose hospital (and group) has room, other than its own.
  const { start: rStart, edges: rEdges } = residentAdjacency(R, edgeResident, active);
  const bestFree = new Int32Array(R).fill(-1);
  const refreshBestFree = (r: number): void => {
    let best = -1;
    let bestWeight = -Infinity;
    for (let i = rStart[r]!; i < rStart[r + 1]!; i++) {
      const e = rEdges[i]!;
      if (e === mateEdge[r] || weight[e]! <= bestWeight) continue;
      const h = edgeHospital[e]!;
      const g = edgeGroup[e]!;
      if (load[h]! >= capacity[h]! || (g >= 0 && groupLoad[g]! >= groupLeft[g]!)) continue;
      best = e;
      bestWeight = weight[e]!;
    }
    bestFree[r] = best;
  };
  for (let r = 0; r < R; r++) refreshBestFree(r);
  const refreshOwner = (o: number): void => {
    for (let x = 0; x < R; x++) {
      const b = bestFree[x]!;
      if (b !== -1 && (o < H ? edgeHospital[b] === o : edgeGroup[b] === o - H)) refreshBestFree(x);
    }
  };
  // Per round: dist[v] valid when reached[v] === round; done[v] === round once settled.
  // pred[v] = the node v was reached from (-1: from S), except for a resident, where it
  // is the edge into it; pred[T] = the free resident node before T.
  const dist = new Float64Array(n);
  const pred = new Int32Array(n);
  const reached = new Int32Array(n).fill(-1);
  const done = new Int32Array(n).fill(-1);
  const heap = createHeap(n);

  for (let round = 0; ; round++) {
    const relax = (v: number, d: number, from: number): void => {
      if (reached[v] !== round || d < dist[v]!) {
        reached[v] = round;
        dist[v] = d;
        pred[v] = from;
        pushOrDecrease(heap, v, d);
      }
    };
    const settleAtOnce = (v: number, d: number, from: number): void => {
      reached[v] = round;
      done[v] = round;
      dist[v] = d;
      pred[v] = from;
    };
    // Hospitals with a free place, and their groups with room, are settled straight from S.
    for (let h = 0; h < H; h++) {
      if (load[h]! >= capacity[h]!) continue;
      settleAtOnce(h, -pot[h]!, -1);
      for (let k = groupStart[h]!; k < groupStart[h + 1]!; k++) {
        const g = groupList[k]!;
        if (groupLoad[g]! < groupLeft[g]!) settleAtOnce(H + g, -pot[H + g]!, h);
      }
    }
    for (let r = 0; r < R; r++) {
      const e = bestFree[r]!;
      if (e !== -1) relax(O + r, -weight[e]! - pot[O + r]!, e);
    }
    while (heap.size > 0) {
      const u = popMin(heap);
      done[u] = round;
      if (u === T) break;
      const du = dist[u]!;
      if (u < O) {
        const base = du + pot[u]!;
        for (let i = adjStart[u]!; i < adjStart[u + 1]!; i++) {
          const v = adjNode[i]!;
          const e = adjEdge[i]!;
          if (done[v] === round || mateEdge[v - O] === e) continue;
          const d = base - adjWeight[i]! - pot[v]!;
          if (reached[v] !== round || d < dist[v]!) {
            reached[v] = round;
            dist[v] = d;
            pred[v] = e;
            pushOrDecrease(heap, v, d);
          }
        }
        if (u < H) {
          // h → g while g has room.
          for (let k = groupStart[u]!; k < groupStart[u + 1]!; k++) {
            const g = groupList[k]!;
            if (done[H + g] !== round && groupLoad[g]! < groupLeft[g]!) relax(H + g, base - pot[H + g]!, u);
          }
        } else {
          // g → h while g holds someone.
          const h = groupHospital[u - H]!;
          if (done[h] !== round && groupLoad[u - H]! > 0) relax(h, base - pot[h]!, u);
        }
      } else {
        const e = mateEdge[u - O]!;
        if (e === -1) {
          relax(T, du + pot[u]! - (pot[T] as number), u);
        } else {
          const o = ownerOf(e);
          if (done[o] !== round) relax(o, du + weight[e]! + pot[u]! - pot[o]!, u);
        }
      }
    }
    clearHeap(heap);
    if (done[T] !== round) break; // no augmenting path: the matching is maximum
    const dT = dist[T]!;
    const pathCost = dT + (pot[T] as number); // real cost of the path (pot[S] = 0)
    if (pathCost >= 0) break; // the best path no longer adds weight
    for (let v = 0; v < n; v++) pot[v] = pot[v]! + (reached[v] === round ? Math.min(dist[v]!, dT) : dT);
    // Augment, walking the path back from T: a resident takes its path edge; from that
    // edge's owner, climb through group and hospital arcs (h → g adds one to g, g → h takes
    // one away) until S (the hospital gains a resident) or a resident who hands its place
    // on and takes its own path edge in turn.
    let r = pred[T]! - O;
    for (let moving = true; moving; ) {
      const e = pred[O + r]!;
      mateEdge[r] = e;
      refreshBestFree(r);
      let x = ownerOf(e);
      for (;;) {
        const from = pred[x]!;
        if (from === -1) {
          load[x] = load[x]! + 1;
          if (load[x] === capacity[x]) refreshOwner(x);
          moving = false;
          break;
        }
        if (from >= O) {
          r = from - O;
          break;
        }
        if (x >= H) {
          const g = x - H;
          groupLoad[g] = groupLoad[g]! + 1;
          if (groupLoad[g] === groupLeft[g]) refreshOwner(x);
        } else {
          groupLoad[from - H] = groupLoad[from - H]! - 1;
        }
        x = from;
      }
    }
  }
  invariant(
    !debugChecks.enabled || reducedCostsOptimal(prepared, graph, edgeGroup, mateEdge, load, groupLoad, pot),
    () => "maxWeightBMatching: final potentials are not an optimality certificate",
  );
  return mateEdge;
}

/**
 * Debug certificate: every residual arc has a non-negative reduced cost under `pot`,
 * which proves the flow cheapest among flows of its value (Ahuja et al. Thm 9.3).
 */
function reducedCostsOptimal(
  prepared: PreparedBMatching,
  graph: BipartiteGraph,
  edgeGroup: Int32Array,
  mateEdge: Int32Array,
  load: Int32Array,
  groupLoad: Int32Array,
  pot: Float64Array,
): boolean {
  const { hospitals: H, capacity, active, coreWeight, groupLeft, groupHospital } = prepared;
  const O = H + groupLeft.length;
  const T = O + prepared.residents;
  for (let h = 0; h < H; h++) {
    // S→h is residual while h has a free place, h→S once it holds someone.
    if (load[h]! < capacity[h]! && pot[h]! > 0) return false;
    if (load[h]! > 0 && pot[h]! < 0) return false;
  }
  for (let g = 0; g < groupLeft.length; g++) {
    // h→g is residual while g has room, g→h once it holds someone.
    const reduced = pot[groupHospital[g]!]! - pot[H + g]!;
    if (groupLoad[g]! < groupLeft[g]! && reduced < 0) return false;
    if (groupLoad[g]! > 0 && reduced > 0) return false;
  }
  for (let e = 0; e < active.length; e++) {
    if (active[e] !== 1) continue;
    const o = edgeGroup[e]! >= 0 ? H + edgeGroup[e]! : graph.edgeHospital[e]!;
    const v = O + graph.edgeResident[e]!;
    const reduced = -coreWeight[e]! + pot[o]! - pot[v]!;
    if (mateEdge[v - O] === e ? reduced > 0 : reduced < 0) return false;
  }
  for (let r = 0; r < prepared.residents; r++) {
    // r→T is residual while r is free, T→r once it is matched.
    if (mateEdge[r] === -1 ? pot[O + r]! < pot[T]! : pot[O + r]! > pot[T]!) return false;
  }
  return true;
}
