/**
 * The optimal face of a maximum-cardinality, maximum-weight matching problem, described
 * by small integer weights: from the blossom solver's dual certificate, the edges that
 * some optimal matching may use (the tight ones) and face weights w̃ on them such that
 * the maximum-cardinality matchings of greatest w̃ on the tight edges are exactly the
 * optimal matchings of the original problem.
 *
 * Why it holds (doubled integer units, as the core keeps them). The core returns a
 * matching M* and duals y, z with y(u) + y(v) + Σ{z(B) : u, v ∈ B} ≥ 2w(uv), equality
 * on M*, z(B) > 0 only for blossoms full in M*, and every single vertex at the smallest
 * y, c = min y. With y′ = y − c ≥ 0, (y′, z) is an optimal dual of the matching-polytope
 * LP (Edmonds 1965) for the weights w − c/2 per edge, and M* is optimal for them; among
 * matchings of M*'s size, "optimal for w − c/2" and "optimal for w" coincide. By
 * complementary slackness, the optimal matchings are those that use only tight edges,
 * fill every blossom with z(B) > 0 and match every vertex with y′(v) > 0. The 0/1 duals
 * ỹ(v) = [y′(v) > 0], z̃(B) = [z(B) > 0] have the same supports, are feasible and tight
 * on every tight edge for w̃(uv) = ỹ(u) + ỹ(v) + Σ{z̃(B) : u, v ∈ B}, so the same
 * conditions describe the matchings of greatest w̃ on the tight edges. Hence
 * w̃(e) ≤ 2 + (nesting depth of positive blossoms) ≤ 2 + ⌊(n − 1)/2⌋.
 *
 * Complexity: O(n + m·d + Σ_B |B| log) for d the nesting depth of positive blossoms.
 *
 * References: Edmonds 1965 (the matching polytope and its dual); Schrijver 2003,
 * "Combinatorial Optimization", ch. 25–26 (complementary slackness for matchings).
 */
import type { BlossomSolution } from "../general-matching/solve.js";
import { groupByKey } from "../../internal/csr.js";

/** The tight edges (indices into the solved edge list) and their face weights w̃. */
export interface OptimalFace {
  /** Indices, in increasing order, of the edges with zero slack. */
  readonly edges: Int32Array;
  /** w̃ of each edge of `edges`, a small non-negative integer. */
  readonly weight: Float64Array;
}

/**
 * The optimal face of a maximum-cardinality solve of the edges `from`/`to` with doubled
 * integer weights `weight2` (see the file comment).
 */
export function optimalFace(
  n: number,
  from: Int32Array,
  to: Int32Array,
  weight2: Float64Array,
  solution: BlossomSolution,
): OptimalFace {
  const { vertexDual } = solution;
  let lowest = Number.POSITIVE_INFINITY;
  for (let v = 0; v < n; v++) lowest = Math.min(lowest, vertexDual[v]!);
  const chains = blossomChains(n, solution);
  const edges: number[] = [];
  const weight: number[] = [];
  for (let e = 0; e < from.length; e++) {
    const u = from[e]!;
    const v = to[e]!;
    // The positive blossoms holding both ends: the common prefix of their chains (laminar, outermost first).
    let shared = 0;
    let sharedDual = 0;
    const startU = chains.offsets[u]!;
    const startV = chains.offsets[v]!;
    const length = Math.min(chains.offsets[u + 1]! - startU, chains.offsets[v + 1]! - startV);
    while (shared < length && chains.blossom[startU + shared] === chains.blossom[startV + shared]) {
      sharedDual += chains.dual[chains.blossom[startU + shared]!]!;
      shared++;
    }
    const slack = vertexDual[u]! + vertexDual[v]! + sharedDual - weight2[e]!;
    if (slack !== 0) continue;
    edges.push(e);
    weight.push((vertexDual[u]! > lowest ? 1 : 0) + (vertexDual[v]! > lowest ? 1 : 0) + shared);
  }
  return { edges: Int32Array.from(edges), weight: Float64Array.from(weight) };
}

/**
 * For each vertex, the blossoms with a positive dual that contain it, outermost first
 * (CSR: `blossom[offsets[v]] .. blossom[offsets[v + 1] - 1]`, indices into `dual`).
 */
function blossomChains(
  n: number,
  solution: BlossomSolution,
): { offsets: Int32Array; blossom: Int32Array; dual: Float64Array } {
  const positive = solution.blossoms.filter((b) => b.dual > 0);
  // Larger blossoms first: in a laminar family a blossom contains only smaller ones.
  positive.sort((a, b) => b.vertices.length - a.vertices.length);
  const dual = Float64Array.from(positive, (b) => b.dual);
  let size = 0;
  for (const b of positive) size += b.vertices.length;
  const key = new Int32Array(size);
  const value = new Int32Array(size);
  let k = 0;
  positive.forEach((b, index) => {
    for (const v of b.vertices) {
      key[k] = v;
      value[k] = index;
      k++;
    }
  });
  // groupByKey keeps entry order within a vertex: outermost blossom first.
  const { offsets, entries } = groupByKey(n, key);
  const blossom = Int32Array.from(entries, (entry) => value[entry]!);
  return { offsets, blossom, dual };
}
