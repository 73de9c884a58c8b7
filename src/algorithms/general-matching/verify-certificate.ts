/**
 * Checks a linear-programming certificate that a matching has maximum weight, written
 * independently of the solver (it only reads the graph, the matching and the duals).
 *
 * For the matching-polytope LP (Edmonds 1965), a matching M is optimal when there are
 * vertex duals y and odd-set duals z with:
 * 1. feasibility: for every edge uv, y(u) + y(v) + Σ{z(B) : u, v ∈ B} ≥ w(uv), z ≥ 0;
 * 2. complementary slackness: equality on every matched edge; every B with z(B) > 0
 *    has |B| odd, ≥ 3, and holds (|B| − 1)/2 matched edges;
 * 3. y ≥ 0 and y(v) = 0 for every single vertex (maximum weight), or, for
 *    maximum-cardinality matching, every single vertex has the same y, the smallest of
 *    all (then M has maximum weight among matchings of its size), plus a Tutte–Berge
 *    barrier U with odd(G − U) − |U| = number of single vertices (no larger matching).
 * Any family of odd sets gives a valid LP bound, so no laminarity check is needed.
 *
 * Complexity: O(n + m + Σ_B Σ_{v ∈ B} deg(v)).
 *
 * References: Edmonds 1965; Tutte 1947 and Berge 1958 (the barrier); van Rantwijk,
 * mwmatching.py `verifyOptimum` (the same checks).
 */
import { inputError } from "../../errors/issues.js";
import { groupByKey } from "../../internal/csr.js";

/**
 * An odd set B of vertices with its dual z(B) ≥ 0 (in a blossom solver: a blossom).
 *
 * @example
 * ```ts
 * const triangle: OddSetDual = { vertices: Int32Array.of(0, 1, 2), dual: 4 };
 * ```
 */
export interface OddSetDual {
  /** The vertices of B (an odd number, at least 3). */
  readonly vertices: Int32Array;
  /** z(B), at least 0. */
  readonly dual: number;
}

/**
 * Everything needed to check an optimality certificate. All numbers must be exact
 * (integers, or any values whose sums are exact in doubles).
 *
 * @example
 * ```ts
 * const certificate: MatchingCertificate = {
 *   n: 2, from: Int32Array.of(0), to: Int32Array.of(1), weight: Float64Array.of(4),
 *   mate: Int32Array.of(1, 0), vertexDual: Float64Array.of(2, 2), blossoms: [],
 *   maxCardinality: false, barrier: new Int32Array(0),
 * };
 * ```
 */
export interface MatchingCertificate {
  /** Number of vertices. */
  readonly n: number;
  /** First endpoint of each edge. */
  readonly from: Int32Array;
  /** Second endpoint of each edge. */
  readonly to: Int32Array;
  /** Weight of each edge. */
  readonly weight: Float64Array;
  /** `mate[v]`: v's partner or -1. */
  readonly mate: Int32Array;
  /** y(v) for each vertex. */
  readonly vertexDual: Float64Array;
  /** Odd sets with their duals z(B). */
  readonly blossoms: readonly OddSetDual[];
  /** Whether the claim is "maximum weight among maximum-cardinality matchings". */
  readonly maxCardinality: boolean;
  /** Tutte–Berge barrier (with `maxCardinality`; may be empty when ≤ 1 vertex is single). */
  readonly barrier: Int32Array;
}

/**
 * Outcome of {@link verifyMatchingCertificate}: valid with the matching's total weight,
 * or invalid with the first failed condition.
 *
 * @example
 * ```ts
 * const check: CertificateCheck = { valid: false, reason: "edge 3 (1, 4) has negative slack -2" };
 * ```
 */
export type CertificateCheck = CertificateAccepted | CertificateRejected;

/**
 * A certificate that holds.
 *
 * @example
 * ```ts
 * const accepted: CertificateAccepted = { valid: true, totalWeight: 12 };
 * ```
 */
export interface CertificateAccepted {
  /** Always true. */
  readonly valid: true;
  /** Total weight of the matching, in the certificate's weight units. */
  readonly totalWeight: number;
}

/**
 * A certificate that fails.
 *
 * @example
 * ```ts
 * const rejected: CertificateRejected = { valid: false, reason: "single vertices have dual 2, not 0" };
 * ```
 */
export interface CertificateRejected {
  /** Always false. */
  readonly valid: false;
  /** The first condition found violated. */
  readonly reason: string;
}

/**
 * Verifies that `certificate` proves its matching optimal (see the conditions above).
 *
 * @example
 * ```ts
 * const check = verifyMatchingCertificate({
 *   n: 2, from: Int32Array.of(0), to: Int32Array.of(1), weight: Float64Array.of(4),
 *   mate: Int32Array.of(1, 0), vertexDual: Float64Array.of(2, 2), blossoms: [],
 *   maxCardinality: false, barrier: new Int32Array(0),
 * });
 * // { valid: true, totalWeight: 4 }
 * ```
 */
export function verifyMatchingCertificate(certificate: MatchingCertificate): CertificateCheck {
  if (typeof certificate !== "object" || certificate === null) {
    throw inputError("verifyMatchingCertificate", "invalid_type", [], "expects a certificate object");
  }
  const { n, from, to, weight, mate, vertexDual, blossoms, maxCardinality } = certificate;
  const m = from.length;
  const fail = (reason: string): CertificateCheck => ({ valid: false, reason });
  if (mate.length !== n || vertexDual.length !== n) return fail("mate or vertexDual has the wrong length");
  // Adjacency, to find the edges inside each odd set.
  // Ends 2k and 2k+1 of edge k grouped by vertex, then named by their edge (p >> 1).
  const ends = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    ends[2 * k] = from[k]!;
    ends[2 * k + 1] = to[k]!;
  }
  const { offsets: start, entries: incident } = groupByKey(n, ends);
  for (let i = 0; i < incident.length; i++) incident[i] = incident[i]! >> 1;
  // zSum[k]: total dual of the odd sets containing both ends of edge k.
  const zSum = new Float64Array(m);
  const inSet = new Int32Array(n).fill(-1);
  for (let i = 0; i < blossoms.length; i++) {
    const { vertices, dual } = blossoms[i]!;
    if (!(dual >= 0)) return fail(`odd set ${i} has negative dual ${dual}`);
    if (vertices.length % 2 !== 1 || vertices.length < 3) return fail(`odd set ${i} has ${vertices.length} vertices`);
    for (const v of vertices) {
      if (inSet[v] === i) return fail(`odd set ${i} lists vertex ${v} twice`);
      inSet[v] = i;
    }
    let matchedInside = 0;
    for (const v of vertices) {
      for (let a = start[v]!; a < start[v + 1]!; a++) {
        const k = incident[a]!;
        const u = from[k]! === v ? to[k]! : from[k]!;
        // Count each edge once, from its smaller end.
        if (inSet[u] !== i || u < v) continue;
        zSum[k] = zSum[k]! + dual;
        if (mate[v] === u) matchedInside++;
      }
    }
    if (dual > 0 && matchedInside !== (vertices.length - 1) / 2)
      return fail(`odd set ${i} has dual ${dual} but is not full`);
  }
  let total = 0;
  let matchedEdges = 0;
  for (let k = 0; k < m; k++) {
    const u = from[k]!;
    const v = to[k]!;
    const slack = vertexDual[u]! + vertexDual[v]! + zSum[k]! - weight[k]!;
    if (slack < 0) return fail(`edge ${k} (${u}, ${v}) has negative slack ${slack}`);
    if (mate[u] === v) {
      if (slack !== 0) return fail(`matched edge ${k} (${u}, ${v}) has slack ${slack}`);
      total += weight[k]!;
      matchedEdges++;
    }
  }
  let single = 0;
  let minDual = Infinity;
  let singleDual = NaN;
  for (let v = 0; v < n; v++) {
    const y = vertexDual[v]!;
    const u = mate[v]!;
    minDual = Math.min(minDual, y);
    if (u === -1) {
      single++;
      if (single === 1) singleDual = y;
      else if (y !== singleDual) return fail(`single vertices ${v} and others have different duals`);
    } else if (u < 0 || u >= n || mate[u] !== v) return fail(`mate is not symmetric at vertex ${v}`);
  }
  if (2 * matchedEdges !== n - single) return fail("a matched pair is not an edge of the graph");
  if (!maxCardinality) {
    if (minDual < 0) return fail(`a vertex dual is negative (${minDual})`);
    if (single > 0 && singleDual !== 0) return fail(`single vertices have dual ${singleDual}, not 0`);
    return { valid: true, totalWeight: total };
  }
  if (single > 0 && singleDual !== minDual)
    return fail(`single vertices have dual ${singleDual}, above the minimum ${minDual}`);
  const deficiency = tutteBergeDeficiency(n, from, to, certificate.barrier);
  if (deficiency < single) return fail(`barrier proves deficiency ${deficiency}, but ${single} vertices are single`);
  return { valid: true, totalWeight: total };
}

/** odd(G − U) − |U| for barrier U: a lower bound on the number of single vertices of any matching. */
function tutteBergeDeficiency(n: number, from: Int32Array, to: Int32Array, barrier: Int32Array): number {
  const removed = new Uint8Array(n);
  for (const v of barrier) removed[v] = 1;
  const root = new Int32Array(n);
  for (let v = 0; v < n; v++) root[v] = v;
  const find = (v: number): number => {
    let r = v;
    while (root[r] !== r) r = root[r]!;
    while (root[v] !== r) {
      const next = root[v]!;
      root[v] = r;
      v = next;
    }
    return r;
  };
  for (let k = 0; k < from.length; k++) {
    const u = from[k]!;
    const v = to[k]!;
    if (removed[u] === 1 || removed[v] === 1) continue;
    root[find(u)] = find(v);
  }
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) if (removed[v] === 0) size[find(v)] = size[find(v)]! + 1;
  let odd = 0;
  for (let v = 0; v < n; v++) if (size[v]! % 2 === 1) odd++;
  let barrierSize = 0;
  for (let v = 0; v < n; v++) barrierSize += removed[v]!;
  return odd - barrierSize;
}
