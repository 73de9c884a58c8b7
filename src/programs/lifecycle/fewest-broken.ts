/**
 * `keep: "fewest-broken"`: which intact pairs to break so that the people freed by a
 * change get partners. Among all matchings of the current cohort it finds one with, in
 * order: the most pairs; the most priority people matched (people left out last time);
 * the most intact pairs kept; the largest total weight. Members of intact trios stay
 * where they are (a leftover may still split a trio afterwards, see rematch.ts).
 *
 * Let M0 be the intact pairs and F the free people (everyone else, all single in M0).
 * The best matching M differs from M0 by vertex-disjoint alternating paths: augmenting
 * paths between two free people through k ≥ 0 intact pairs (one more pair, k broken)
 * and, for a priority person, even paths through k ≥ 1 intact pairs that leave one
 * member of the last one alone (a priority person matched, k broken). Cycles and other
 * even paths only break pairs.
 *
 * Two ways to find it:
 * - full: one exact lexicographic solve (lexicographic-matching.ts) on every feasible
 *   pair of the cohort. O(n²) pair scorings.
 * - local, for large cohorts: score the free people against everyone (|F|·n pair
 *   scorings, nothing else), keep for each two free people not compatible with each
 *   other the t best intact pairs to route through (u–x, y–v for intact x–y; gain
 *   w(u,x) + w(y,v) − w(x,y)), and for each priority person the t best intact pairs to
 *   enter, t = ⌊|F'|/2⌋ + 1, and solve exactly on those people only. This finds the best
 *   matching among those whose paths break at most one pair each. It is proven optimal
 *   when it reaches three bounds that hold for every matching: at most ⌊|F'|/2⌋ more
 *   pairs (F' = free people with a possible partner), all priority people in F' matched,
 *   and at least K_lb pairs broken, where K_lb is computed as if any two free people
 *   could be joined by breaking one pair (exact small solves on F'). Reaching them,
 *   every optimal matching consists of paths that break at most one pair each, and the
 *   t kept routes per pair of free people contain an optimal choice (the other paths
 *   use at most t − 1 intact pairs). Otherwise the full solve runs, for cohorts up to
 *   FULL_LIMIT people; above that the local answer stands (`exact: false`). With more
 *   than PAIR_ROUTES_LIMIT free people the routes are kept per free person instead, and
 *   the answer is not claimed to be proven.
 * - none, when the local way itself would be quadratic: above FULL_LIMIT people, when
 *   the freed people times the cohort exceed SCORING_LIMIT scorings (a change that frees
 *   that many people is a new match rather than a re-match), every intact pair is kept
 *   and only the freed people are matched (`exact: false`). Without this a change freeing
 *   60,000 of 100,000 people asked for a 6·10⁹-entry table.
 *
 * Complexity: local O(|F|·n) scorings + O(#intact pairs · |F'|²) + one blossom solve on
 * O(|F|³) vertices; full O(n²) scorings + one blossom solve on the feasible graph.
 * References: Berge 1957 (augmenting paths); Edmonds 1965.
 */
import { maxWeightMatchingArrays } from "../../algorithms/index.js";
import type { SeededOrder } from "../shared/seeded-order.js";
import { lexicographicMatching } from "./lexicographic-matching.js";
import type { PairScorer } from "./pair-scorer.js";
import { scaledWeight } from "./pair-scorer.js";

/** Cohorts up to this size are solved in full directly. */
export const SMALL_LIMIT = 250;
/** Cohorts up to this size fall back to the full solve when the local one is not proven optimal. */
export const FULL_LIMIT = 1500;
/**
 * Above this many free people, routes are kept per free person (the best intact pairs to
 * enter), not per two free people: the local answer then still meets the bounds in most
 * cases (most matched, priority, fewest broken) but is not proven best in weight.
 */
const PAIR_ROUTES_LIMIT = 100;
/** Most freed-person × cohort scorings the local way may do (2^24: about a second, 64 MB). */
export const SCORING_LIMIT = 2 ** 24;

/** The re-matching problem over a whole cohort (cohort indices). */
export interface KeepProblem {
  readonly scorer: PairScorer;
  readonly seeded: SeededOrder;
  /** People in no intact group. */
  readonly free: readonly number[];
  /** The intact pairs (previous pairs untouched by the change and still feasible). */
  readonly pairs: readonly (readonly [number, number])[];
  /** fixed[i] = 1 for members of intact trios: not part of the problem. */
  readonly fixed: Uint8Array;
  /** priority[i] = 1 for people left out last time. */
  readonly priority: Uint8Array;
}

/** The answer: a matching of the whole cohort and the intact pairs it breaks. */
export interface KeepPlan {
  /** mate[i] over cohort indices, -1 when single (fixed people are -1). */
  readonly mate: Int32Array;
  /** Indices into `problem.pairs` of the pairs broken. */
  readonly broken: readonly number[];
  /** False only for the documented large-cohort case where optimality was not proven. */
  readonly exact: boolean;
}

/** How to solve: `"auto"` as described above; `"full"` and `"local"` force one way (tests). */
export type KeepStrategy = "auto" | "full" | "local";

export function planFewestBroken(
  problem: KeepProblem,
  strategy: KeepStrategy = "auto",
  scoringLimit = SCORING_LIMIT,
): KeepPlan {
  const n = problem.scorer.cohort.n;
  if (strategy === "full" || (strategy === "auto" && n <= SMALL_LIMIT)) return solveFull(problem);
  if (problem.free.length * n > scoringLimit) return keepEveryPair(problem, n);
  const local = solveLocal(problem);
  if (local.exact || strategy === "local" || n > FULL_LIMIT) return local;
  return solveFull(problem);
}

/** partnerOf[i] = i's intact partner, or -1. */
function intactPartners(problem: KeepProblem, n: number): Int32Array {
  const partner = new Int32Array(n).fill(-1);
  for (const [x, y] of problem.pairs) {
    partner[x] = y;
    partner[y] = x;
  }
  return partner;
}

/** The plan that breaks nothing: the intact pairs, everyone else single. */
function keepEveryPair(problem: KeepProblem, n: number): KeepPlan {
  return { mate: intactPartners(problem, n), broken: [], exact: false };
}

/** The broken pair indices of a cohort-wide mate array. */
function brokenPairs(problem: KeepProblem, mate: Int32Array): number[] {
  const broken: number[] = [];
  problem.pairs.forEach(([x, y], q) => {
    if (mate[x] !== y) broken.push(q);
  });
  return broken;
}

/** Vertices in seeded order: local id → cohort index, and back. */
function localNumbering(vertices: readonly number[], seeded: SeededOrder, n: number) {
  const order = [...vertices].sort((a, b) => seeded.position[a]! - seeded.position[b]!);
  const local = new Int32Array(n).fill(-1);
  order.forEach((i, v) => {
    local[i] = v;
  });
  return { order, local };
}

/** Growable edge arrays. */
class EdgeList {
  from: number[] = [];
  to: number[] = [];
  weight: number[] = [];
  keep: number[] = [];
  add(u: number, v: number, w: number, keep: boolean): void {
    this.from.push(Math.min(u, v));
    this.to.push(Math.max(u, v));
    this.weight.push(w);
    this.keep.push(keep ? 1 : 0);
  }
  solve(n: number, priority: Uint8Array): Int32Array {
    return lexicographicMatching(
      {
        n,
        m: this.from.length,
        from: Int32Array.from(this.from),
        to: Int32Array.from(this.to),
        weight: Float64Array.from(this.weight),
      },
      { priority, keep: Uint8Array.from(this.keep) },
    );
  }
}

function solveFull(problem: KeepProblem): KeepPlan {
  const { scorer, seeded, fixed } = problem;
  const n = scorer.cohort.n;
  const partner = intactPartners(problem, n);
  const vertices: number[] = [];
  for (let i = 0; i < n; i++) if (fixed[i] !== 1) vertices.push(i);
  const { order } = localNumbering(vertices, seeded, n);
  const edges = new EdgeList();
  for (let a = 0; a < order.length; a++) {
    const i = order[a]!;
    for (let b = a + 1; b < order.length; b++) {
      const j = order[b]!;
      const w = scorer.weight(i, j);
      if (!Number.isNaN(w)) edges.add(a, b, scaledWeight(w), partner[i] === j);
    }
  }
  scorer.throwIfInvalid();
  const priority = Uint8Array.from(order, (i) => problem.priority[i]!);
  const localMate = edges.solve(order.length, priority);
  const mate = new Int32Array(n).fill(-1);
  order.forEach((i, a) => {
    const b = localMate[a]!;
    if (b >= 0) mate[i] = order[b]!;
  });
  return { mate, broken: brokenPairs(problem, mate), exact: true };
}

/** A bounded list of the best routes, best first (equal gains keep the earlier one). */
class TopRoutes {
  readonly gains: number[] = [];
  readonly pairs: number[] = [];
  constructor(private readonly size: number) {}
  offer(gain: number, pair: number): void {
    const { gains, pairs } = this;
    if (gains.length === this.size && gain <= gains[gains.length - 1]!) return;
    let k = gains.length;
    while (k > 0 && gains[k - 1]! < gain) k--;
    gains.splice(k, 0, gain);
    pairs.splice(k, 0, pair);
    if (gains.length > this.size) {
      gains.pop();
      pairs.pop();
    }
  }
}

function solveLocal(problem: KeepProblem): KeepPlan {
  const { scorer, seeded, fixed, pairs } = problem;
  const n = scorer.cohort.n;
  // Weights of every free person against everyone (scaled; -1 when infeasible).
  const free = [...problem.free].sort((a, b) => seeded.position[a]! - seeded.position[b]!);
  const rows = new Int32Array(free.length * n).fill(-1);
  const reach: number[] = [];
  free.forEach((u, k) => {
    let any = false;
    for (let j = 0; j < n; j++) {
      if (j === u || fixed[j] === 1) continue;
      const w = scorer.weight(u, j);
      if (Number.isNaN(w)) continue;
      rows[k * n + j] = scaledWeight(w);
      any = true;
    }
    if (any) reach.push(k);
  });
  scorer.throwIfInvalid();
  const f = reach.length; // |F'|, as positions into `free`
  const freeAt = (r: number): number => free[reach[r]!]!;
  const row = (r: number, j: number): number => rows[reach[r]! * n + j]!;
  const direct = (r: number, s: number): boolean => row(r, freeAt(s)) >= 0;
  const isPriority = (r: number): boolean => problem.priority[freeAt(r)] === 1;
  const extraPairs = Math.floor(f / 2);
  const manyFree = f > PAIR_ROUTES_LIMIT;
  const width = manyFree ? 8 : extraPairs + 1;

  // Routes through one intact pair, for each two free people who cannot pair directly
  // (slot r·f + s, r < s) and for each priority person (slot f·f + r).
  const routes = new Map<number, TopRoutes>();
  const offer = (slot: number, gain: number, pair: number): void => {
    let top = routes.get(slot);
    if (top === undefined) {
      top = new TopRoutes(width);
      routes.set(slot, top);
    }
    top.offer(gain, pair);
  };
  const pairWeight = pairs.map(([x, y]) => scaledWeight(scorer.weight(x, y)));
  const toX = new Int32Array(f);
  const toY = new Int32Array(f);
  const near: number[] = [];
  pairs.forEach(([x, y], q) => {
    near.length = 0;
    for (let r = 0; r < f; r++) {
      toX[r] = row(r, x);
      toY[r] = row(r, y);
      if (toX[r]! >= 0 || toY[r]! >= 0) near.push(r);
    }
    const wxy = pairWeight[q]!;
    for (let a = 0; a < near.length; a++) {
      const r = near[a]!;
      if (manyFree || isPriority(r)) offer(f * f + r, Math.max(toX[r]!, toY[r]!) - wxy, q);
      if (manyFree) continue;
      for (let b = a + 1; b < near.length; b++) {
        const s = near[b]!;
        if (direct(r, s)) continue;
        const viaXY = toX[r]! >= 0 && toY[s]! >= 0 ? toX[r]! + toY[s]! : -1;
        const viaYX = toY[r]! >= 0 && toX[s]! >= 0 ? toY[r]! + toX[s]! : -1;
        const best = Math.max(viaXY, viaYX);
        if (best >= 0) offer(Math.min(r, s) * f + Math.max(r, s), best - wxy, q);
      }
    }
  });

  // The local problem: the reachable free people and the members of the routed pairs.
  const chosen = new Set<number>();
  for (const top of routes.values()) for (const q of top.pairs) chosen.add(q);
  const routed = [...chosen].sort((a, b) => a - b);
  const vertices = [...reach.map((_, r) => freeAt(r))];
  for (const q of routed) vertices.push(pairs[q]![0], pairs[q]![1]);
  const { order, local } = localNumbering(vertices, seeded, n);
  const edges = new EdgeList();
  for (let r = 0; r < f; r++) {
    const u = freeAt(r);
    for (let s = r + 1; s < f; s++) {
      const v = freeAt(s);
      if (direct(r, s)) edges.add(local[u]!, local[v]!, row(r, v), false);
    }
    for (const q of routed) {
      for (const x of pairs[q]!) if (row(r, x) >= 0) edges.add(local[u]!, local[x]!, row(r, x), false);
    }
  }
  for (const q of routed) edges.add(local[pairs[q]![0]]!, local[pairs[q]![1]]!, pairWeight[q]!, true);
  const priority = Uint8Array.from(order, (i) => problem.priority[i]!);
  const localMate = edges.solve(order.length, priority);

  const mate = new Int32Array(n).fill(-1);
  for (const [x, y] of pairs) {
    mate[x] = y;
    mate[y] = x;
  }
  for (const q of routed) {
    const [x, y] = pairs[q]!;
    mate[x] = -1;
    mate[y] = -1;
  }
  order.forEach((i, a) => {
    const b = localMate[a]!;
    if (b >= 0) mate[i] = order[b]!;
  });
  const broken = brokenPairs(problem, mate);

  // The three bounds. `added` = |M| − |M0|: a pair of free people adds one, a route
  // u–x, y–v adds two and breaks one, an even route adds one and breaks one.
  const added = countPairs(mate) - pairs.length;
  let priorityMatched = 0;
  let priorityReachable = 0;
  for (let r = 0; r < f; r++) {
    if (!isPriority(r)) continue;
    priorityReachable++;
    if (mate[freeAt(r)] !== -1) priorityMatched++;
  }
  const exact =
    !manyFree &&
    added === extraPairs &&
    priorityMatched === priorityReachable &&
    broken.length === fewestBrokenBound(f, direct, isPriority);
  return { mate, broken, exact };
}

function countPairs(mate: Int32Array): number {
  let count = 0;
  for (let i = 0; i < mate.length; i++) if (mate[i]! > i) count++;
  return count;
}

/**
 * K_lb: the fewest pairs broken by any matching that adds ⌊f/2⌋ pairs and matches every
 * priority person among the f reachable free people, if any two of them could be joined
 * by breaking one pair: the pairs not formed directly (at most ν of them, ν the largest
 * matching of direct pairs), plus one when the person left over must be a priority one.
 */
function fewestBrokenBound(
  f: number,
  direct: (r: number, s: number) => boolean,
  isPriority: (r: number) => boolean,
): number {
  const pairsNeeded = Math.floor(f / 2);
  const directMatching = (without: number): number => {
    const from: number[] = [];
    const to: number[] = [];
    for (let r = 0; r < f; r++) {
      if (r === without) continue;
      for (let s = r + 1; s < f; s++) {
        if (s === without || !direct(r, s)) continue;
        from.push(r);
        to.push(s);
      }
    }
    if (from.length === 0) return 0;
    const mate = maxWeightMatchingArrays(
      f,
      Int32Array.from(from),
      Int32Array.from(to),
      new Float64Array(from.length).fill(1),
      {
        maxCardinality: true,
      },
    );
    return countPairs(mate);
  };
  if (f % 2 === 0) return pairsNeeded - directMatching(-1);
  let best = Number.POSITIVE_INFINITY;
  for (let left = 0; left < f; left++) {
    best = Math.min(best, (isPriority(left) ? 1 : 0) + pairsNeeded - directMatching(left));
  }
  return best;
}
