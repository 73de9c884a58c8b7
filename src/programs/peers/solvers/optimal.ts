/**
 * `solver: "optimal"`: among the matchings of maximum cardinality on the feasible
 * graph, one of maximum total weight (exact, Edmonds' blossom on integer weights).
 * Also the cardinality helpers the other solvers share.
 */
import { maxWeightMatchingArrays } from "../../../algorithms/index.js";
import type { CardinalityMatching } from "../../../algorithms/cardinality-matching/max-cardinality-matching.js";
import { maxCardinalityMatching } from "../../../algorithms/cardinality-matching/max-cardinality-matching.js";
import { buildCoreGraph } from "../../../algorithms/general-matching/graph.js";
import { scaleWeights } from "../../../algorithms/general-matching/scale.js";
import { solveBlossom } from "../../../algorithms/general-matching/solve.js";
import { adjacencyOf } from "../../../internal/adjacency.js";
import type { PeerGraph } from "../peer-graph.js";

/** Mate array over solver positions. */
export function solveOptimal(graph: PeerGraph): Int32Array {
  return maxWeightMatchingArrays(graph.n, graph.from, graph.to, graph.weight, { maxCardinality: true });
}

/**
 * A maximum-cardinality matching of `graph` (weights ignored, greedy start in edge
 * order) with the Gallai–Edmonds set: who some maximum matching leaves single.
 */
export function cardinalityMatching(graph: PeerGraph): CardinalityMatching {
  const { offsets, neighbour } = adjacencyOf(graph.n, graph.from, graph.to, graph.m);
  return maxCardinalityMatching(graph.n, offsets, neighbour, graph.from, graph.to);
}

/** The number of pairs in a maximum-cardinality matching of `graph`. */
export function maximumCardinality(graph: PeerGraph): number {
  return cardinalityMatching(graph).size;
}

export function countPairs(mate: Int32Array): number {
  let matched = 0;
  for (let v = 0; v < mate.length; v++) if (mate[v]! > v) matched++;
  return matched;
}

/** An optimal matching with a proven upper bound on the full graph's optimum. */
export interface BoundedSolution {
  /** Mate array over solver positions. */
  readonly mate: Int32Array;
  /**
   * Upper bound on the total (unscaled) pair weight of any matching that leaves single at
   * most as many of the graph's non-isolated vertices as this one does, in the graph
   * plus every pair {u, v} left out of it with weight ≤ min(cap[u], cap[v]).
   */
  readonly upperBound: number;
  /** What one more single vertex may add to `upperBound` (max(0, −min y), unscaled). */
  readonly singleCost: number;
}

/**
 * Prices the pairs left out of a graph against a dual solution: given ŷ per solver
 * position (pair-weight units, ŷ(u) + ŷ(v) ≥ w(u, v) on the graph's edges outside
 * blossoms), returns per position a raise r ≥ 0 with ŷ(u) + r(u) + ŷ(v) + r(v) ≥ w(u, v)
 * for every feasible pair {u, v} left out of the graph.
 */
export type PriceLeftOut = (dual: Float64Array) => Float64Array;

/**
 * `solveOptimal` that also proves how far its matching can be from the optimum of a
 * larger graph: `graph` plus pairs left out of it, each of integer weight at most
 * min(cap[u], cap[v]) (`cap[v]` = -Infinity: v has no pair left out). The proof is the
 * blossom's dual solution y, z (feasible on the graph's edges), made feasible for the
 * pairs left out, and weak LP duality: any matching M has
 * w(M) ≤ Σ_{v ∈ M} y(v) + Σ_B z(B)·⌊|B|/2⌋; with `maxCardinality` some y can be
 * negative, so the vertices M leaves single add at most their number times
 * max(0, −min y). Two repairs, the smaller total kept: raising y(v) to cap[v]
 * (then y(u) + y(v) ≥ cap[u] + cap[v] ≥ 2·min in the doubled units), and, with
 * `price`, raising y by what pricing the pairs left out against y finds they need.
 * Integer weights are `WEIGHT_SCALE` times the pair weights rounded, so the bound adds
 * 0.5 / WEIGHT_SCALE per possible pair.
 */
export function solveOptimalBounded(
  graph: PeerGraph,
  cap: Float64Array,
  scaleOfWeights: number,
  price?: PriceLeftOut,
): BoundedSolution {
  const { weight2, scale } = scaleWeights(graph.weight, graph.n);
  const solution = solveBlossom(buildCoreGraph(graph.n, graph.from, graph.to, weight2), true);
  const { mate, vertexDual } = solution;
  // weight2 = 2 · scale · integer weight: y / unit is in pair-weight units.
  const unit = 2 * scale * scaleOfWeights;
  const degree = new Int32Array(graph.n);
  for (let e = 0; e < graph.m; e++) {
    degree[graph.from[e]!]!++;
    degree[graph.to[e]!]!++;
  }
  const raise = price?.(Float64Array.from(vertexDual, (y) => y / unit));
  let blossomTotal = 0;
  for (const blossom of solution.blossoms) blossomTotal += blossom.dual * Math.floor(blossom.vertices.length / 2);
  let capped = blossomTotal;
  let priced = blossomTotal;
  let lowestCapped = 0;
  let lowestPriced = 0;
  let active = 0;
  let matched = 0;
  for (let v = 0; v < graph.n; v++) {
    if (degree[v] === 0 && cap[v] === Number.NEGATIVE_INFINITY) continue;
    active++;
    if (mate[v] !== -1) matched++;
    const y = vertexDual[v]!;
    const yCapped = Math.max(y, cap[v] === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : cap[v]! * scale);
    capped += yCapped;
    lowestCapped = Math.min(lowestCapped, yCapped);
    if (raise !== undefined) {
      const yPriced = y + raise[v]! * unit;
      priced += yPriced;
      lowestPriced = Math.min(lowestPriced, yPriced);
    }
  }
  capped += (active - matched) * -lowestCapped;
  priced += (active - matched) * -lowestPriced;
  const usePriced = raise !== undefined && priced < capped;
  const total = usePriced ? priced : capped;
  const lowest = usePriced ? lowestPriced : lowestCapped;
  // Each integer weight is at most 0.5 below the scaled pair weight.
  const upperBound = total / unit + (active / 2) * (0.5 / scaleOfWeights);
  return { mate, upperBound, singleCost: -lowest / unit };
}
