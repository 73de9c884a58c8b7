/**
 * A proven upper bound on the objective of every circle partition, by Lagrangian
 * relaxation of "each person in at most one circle".
 *
 * For any multipliers λ (one per person) and any partition P,
 *
 *   Σ_{C∈P} v(C) = Σ_{C∈P} Σ_{i∈C} [λ_i + (v(C) − λ(C)) / |C|]  ≤  Σ_i max(0, u_i(λ)),
 *   u_i(λ) = max over circles C ∋ i of  λ_i + (v(C) − λ(C)) / |C|,
 *
 * since the bracket sums to v(C) over C's members, each member's bracket is at most
 * u_i, and people left out add nothing. So UB(λ) = Σ_i max(0, u_i(λ)) bounds the
 * objective for every λ; minimised over λ it is at least as strong as the linear
 * relaxation of the set-partitioning model over all circles (at an optimal dual λ,
 * every reduced cost v(C) − λ(C) ≤ 0, so UB ≤ Σ λ). Together groups and composition
 * rules are relaxed (dropped), which only raises the bound.
 *
 * u_i(λ) is a pricing problem over the circles through i: for size s, with
 * c = 2 / (s − 1), a_j = c·w(i, j) − λ_j and M the other s − 1 members,
 *
 *   s · [λ_i + (v(C) − λ(C)) / s] = (s − 1)·λ_i + Σ_{j∈M} a_j + c·Σ_{j<k∈M} w(j, k),
 *
 * solved by branch and bound over cliques of i's feasible partners (with the shared
 * window), pruned by "chosen so far + the best remaining candidates, each with its links
 * to the chosen and half its largest weight per further member". Each person gets a
 * node budget; when it runs out, the largest bound left open is used instead, so the
 * answer stays a proof. λ is improved by subgradient steps (Polyak's rule against the
 * objective of the solution found), each step pricing every person.
 *
 * Complexity: O(iterations · Σ_i nodes_i · d_i) for d_i partners of person i.
 * References: Geoffrion 1974 (Lagrangian relaxation); Held, Wolfe & Crowder 1974
 * (subgradient optimisation); Barnhart et al. 1998 (set partitioning, pricing).
 */
import type { PreparedCircles } from "./circle-instance.js";
import { circleValue } from "./circle-instance.js";
import { hasSharedWindow } from "./shared-window.js";

/** Budget of the bound. */
export interface BoundBudget {
  /** Pricing rounds (each prices every person exactly, then improves λ on the pool). */
  readonly rounds: number;
  /** Branch-and-bound nodes per person, size and round. */
  readonly nodes: number;
}

/**
 * The default budget: a few pricing rounds for programme-sized cohorts, fewer for large
 * ones (each round costs about n · (partners per person) · (nodes per search)).
 */
export function boundBudget(n: number): BoundBudget {
  return { rounds: n <= 600 ? 4 : n <= 1200 ? 3 : 2, nodes: 4000 };
}

/** Polyak steps aim this share of the way from the best pool bound to the objective. */
const TARGET_SHARE = 0.3;
/** Circles kept per person in the first pricing round (to fill the pool). */
const FIRST_ROUND_KEEP = 30;
/** Subgradient steps on the pool between pricing rounds. */
const DESCENT_STEPS = 200;
/** Relative margin added to the bound for floating-point rounding. */
const ROUNDING_MARGIN = 1e-12;
/** Stop when a round lowers the bound by less than this share. */
const STOP_GAIN = 2e-4;

/** The feasibility graph at the people level, with per-person candidate data. */
interface PeopleGraph {
  readonly n: number;
  readonly weight: Float64Array;
  /** Feasible partners of each person (finite weight and a shared window). */
  readonly offsets: Int32Array;
  readonly partners: Int32Array;
  /**
   * `topSum[offsets[i]·T + k·T + t − 1]` (T = maxSize − 2): for the k-th partner q of i, the
   * sum of q's t largest weights to other partners of i (an upper bound on what q's
   * pairs with t further circle-mates of i can weigh).
   */
  readonly topSum: Float64Array;
  readonly depth: number;
}

function peopleGraph(prepared: PreparedCircles): PeopleGraph {
  const { n, weight } = prepared.instance;
  const space = prepared.space;
  const window = prepared.instance.window;
  const words = space?.words ?? 0;
  const scratch = new Uint32Array(words);
  const offsets = new Int32Array(n + 1);
  const lists: number[][] = [];
  for (let i = 0; i < n; i++) {
    const list: number[] = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const w = weight[i * n + j]!;
      if (Number.isNaN(w)) continue;
      if (space !== null && window !== undefined) {
        for (let k = 0; k < words; k++) scratch[k] = window.bits[i * words + k]! & window.bits[j * words + k]!;
        if (!hasSharedWindow(space, scratch, 0, space.minLength)) continue;
      }
      list.push(j);
    }
    lists.push(list);
    offsets[i + 1] = offsets[i]! + list.length;
  }
  const partners = Int32Array.from(lists.flat());
  const depth = Math.max(1, prepared.maxSize - 2);
  const topSum = new Float64Array(partners.length * depth);
  const buffer = new Float64Array(depth);
  for (let i = 0; i < n; i++) {
    const from = offsets[i]!;
    const to = offsets[i + 1]!;
    for (let k = from; k < to; k++) {
      const q = partners[k]!;
      buffer.fill(0);
      // Largest weights of q to i's other partners (negative weights count as 0: an upper bound).
      for (let x = from; x < to; x++) {
        const w = weight[q * n + partners[x]!]!;
        if (!(w > buffer[depth - 1]!)) continue;
        let y = depth - 1;
        while (y > 0 && buffer[y - 1]! < w) {
          buffer[y] = buffer[y - 1]!;
          y--;
        }
        buffer[y] = w;
      }
      let sum = 0;
      for (let t = 0; t < depth; t++) {
        sum += buffer[t]!;
        topSum[k * depth + t] = sum;
      }
    }
  }
  return { n, weight, offsets, partners, topSum, depth };
}

/** Result of pricing one person: the bound u_i and the best circle found (people). */
interface Priced {
  bound: number;
  circle: number[];
  /** The last few improving circles the search met (people), for the pool. */
  found: number[][];
}

/** Scratch arrays of the pricing search, allocated once per bound. */
interface PricingScratch {
  readonly a: Float64Array;
  readonly link: Float64Array;
  /** Potentials aligned with `lists` (same positions). */
  readonly potential: Float64Array;
  readonly bits: Uint32Array;
  /** Candidate lists per depth: depth d uses `lists[d · n ..]`. */
  readonly lists: Int32Array;
  readonly best: Float64Array;
  /** slot[q]: q's index among the partners of the person being priced. */
  readonly slot: Int32Array;
}

function pricingScratch(n: number, maxSize: number, words: number): PricingScratch {
  return {
    a: new Float64Array(n),
    link: new Float64Array(n),
    potential: new Float64Array((maxSize + 1) * n),
    bits: new Uint32Array((maxSize + 1) * words),
    lists: new Int32Array((maxSize + 1) * n),
    best: new Float64Array(maxSize + 1),
    slot: new Int32Array(n),
  };
}

/**
 * Branch and bound for u_i(λ) (see the file header). Returns an upper bound on u_i (the
 * exact value when the budget suffices) and the best circle found.
 *
 * At a node with r members still to choose, each candidate q gets the potential
 * a_q + c·(its weights to the chosen) + (c/2)·(r − 1)·(its largest weight): the most it
 * can add, counting half of each pair it forms with the other new members. A child that
 * takes q is bounded by the chosen so far, q's potential and the r − 1 best potentials
 * of the other candidates; the node itself by the r best.
 */
function pricePerson(
  graph: PeopleGraph,
  prepared: PreparedCircles,
  lambda: Float64Array,
  i: number,
  nodeBudget: number,
  scratch: PricingScratch,
  keep: number,
  floor: number,
  sizeFrom: number,
  sizeTo: number,
): Priced {
  const { n, weight, offsets, partners, topSum, depth: T } = graph;
  const { minSize, space } = prepared;
  const window = prepared.instance.window;
  const words = space?.words ?? 0;
  const degree = offsets[i + 1]! - offsets[i]!;
  // A circle of the pool already reaches `floor`: only better ones need to be found.
  const result: Priced = { bound: floor, circle: [], found: [] };
  const kept: number[][] = [];
  const keptG: number[] = [];
  let cut = keep === 1 ? floor : Number.NEGATIVE_INFINITY;
  if (degree < minSize - 1) return result;
  const { a, link, potential, bits, lists, best, slot } = scratch;
  for (let k = offsets[i]!; k < offsets[i + 1]!; k++) slot[partners[k]!] = k;
  let nodes = 0;
  let openMax = Number.NEGATIVE_INFINITY;
  const chosen: number[] = [];
  if (window !== undefined) for (let k = 0; k < words; k++) bits[k] = window.bits[i * words + k]!;

  for (let s = sizeFrom; s <= Math.min(sizeTo, degree + 1); s++) {
    const c = 2 / (s - 1);
    const need = s - 1;
    const root = Array.from(partners.subarray(offsets[i]!, offsets[i + 1]!));
    for (const j of root) {
      a[j] = c * weight[i * n + j]! - lambda[j]!;
      link[j] = 0;
    }
    root.sort((x, y) => a[y]! - a[x]! || x - y);
    lists.set(root, 0);
    const base = (s - 1) * lambda[i]!;

    const search = (length: number, current: number, depth: number): void => {
      const r = need - depth;
      if (r === 0) {
        const g = (base + current) / s;
        if (g > cut) {
          const circle = [i, ...chosen];
          if (g > result.bound) {
            result.bound = g;
            result.circle = circle;
          }
          // Keep the `keep` best circles, best first; prune against the worst kept once full.
          let at = kept.length;
          while (at > 0 && keptG[at - 1]! < g) at--;
          kept.splice(at, 0, circle);
          keptG.splice(at, 0, g);
          if (kept.length > keep) {
            kept.pop();
            keptG.pop();
          }
          if (kept.length === keep) cut = keptG[keep - 1]!;
        }
        return;
      }
      if (length < r) return;
      const at = depth * n;
      const half = c / 2;
      const pairs = r - 2; // topSum index of r − 1 further mates
      // The r best potentials, best[0] ≥ … ≥ best[r − 1].
      best.fill(Number.NEGATIVE_INFINITY, 0, r);
      for (let k = 0; k < length; k++) {
        const q = lists[at + k]!;
        const value = a[q]! + c * link[q]! + (r > 1 ? half * topSum[slot[q]! * T + pairs]! : 0);
        potential[at + k] = value;
        if (value <= best[r - 1]!) continue;
        let x = r - 1;
        while (x > 0 && best[x - 1]! < value) {
          best[x] = best[x - 1]!;
          x--;
        }
        best[x] = value;
      }
      let sumBest = 0;
      for (let k = 0; k < r; k++) sumBest += best[k]!;
      const nodeLimit = (base + current + sumBest) / s;
      if (nodeLimit <= cut) return;
      if (++nodes > nodeBudget) {
        openMax = Math.max(openMax, nodeLimit);
        return;
      }
      // Try candidates by decreasing potential, each with the later ones only: the k-th
      // child is bounded by its potential and the next r − 1, and the bounds only fall.
      // Positions 0 .. k + r − 1 are put in order lazily (selection), as children are tried.
      let ordered = 0;
      const selectNext = (): void => {
        let pick = at + ordered;
        let top = potential[pick]!;
        for (let x = pick + 1; x < at + length; x++) {
          const value = potential[x]!;
          if (value > top) {
            top = value;
            pick = x;
          }
        }
        const t = lists[at + ordered]!;
        lists[at + ordered] = lists[pick]!;
        lists[pick] = t;
        potential[pick] = potential[at + ordered]!;
        potential[at + ordered] = top;
        ordered++;
      };
      while (ordered < r) selectNext();
      let ahead = 0;
      for (let x = 1; x < r; x++) ahead += potential[at + x]!;
      for (let k = 0; k + r <= length; k++) {
        if (k > 0) {
          if (ordered < k + r) selectNext();
          ahead += potential[at + k + r - 1]! - potential[at + k]!;
        }
        const q = lists[at + k]!;
        const pq = potential[at + k]!;
        if ((base + current + pq + ahead) / s <= cut) break;
        if (space !== null && window !== undefined) {
          for (let w = 0; w < words; w++)
            bits[(depth + 1) * words + w] = bits[depth * words + w]! & window.bits[q * words + w]!;
          if (!hasSharedWindow(space, bits, (depth + 1) * words, space.minLength)) continue;
        }
        const gain = a[q]! + c * link[q]!;
        const into = (depth + 1) * n;
        let size = 0;
        for (let x = k + 1; x < length; x++) {
          const y = lists[at + x]!;
          const w = weight[q * n + y]!;
          if (Number.isNaN(w)) continue;
          lists[into + size++] = y;
          link[y] = link[y]! + w;
        }
        chosen.push(q);
        search(size, current + gain, depth + 1);
        chosen.pop();
        for (let x = 0; x < size; x++) {
          const y = lists[into + x]!;
          link[y] = link[y]! - weight[q * n + y]!;
        }
      }
    };
    search(root.length, 0, 0);
  }
  result.bound = Math.max(result.bound, openMax);
  result.found = kept;
  return result;
}

/**
 * A proven upper bound on the objective Σ v(C) of any circle partition of `prepared`
 * (see the file header). `circles` (unit lists) and `objective` are a solution found,
 * used to start λ and to steer the step sizes.
 */
export function circleUpperBound(
  prepared: PreparedCircles,
  circles: readonly Int32Array[],
  objective: number,
  budget: BoundBudget = boundBudget(prepared.n),
): number {
  const graph = peopleGraph(prepared);
  const { n } = graph;
  const { minSize, maxSize, unitOffsets, unitPeople } = prepared;
  const lambda = new Float64Array(n);
  const pool = new CirclePool(n);
  // Start: each person's share of her circle in the solution; its circles seed the pool.
  for (const units of circles) {
    const members: number[] = [];
    for (const u of units) for (let p = unitOffsets[u]!; p < unitOffsets[u + 1]!; p++) members.push(unitPeople[p]!);
    const value = circleValueOf(graph, members);
    pool.add(members, value);
    for (const i of members) lambda[i] = value / members.length;
  }
  let best = Number.POSITIVE_INFINITY;
  const scratch = pricingScratch(n, maxSize, prepared.space?.words ?? 0);
  const u = new Float64Array(n);
  for (let round = 0; round < budget.rounds; round++) {
    // Price everyone exactly: a valid bound at this λ, and new circles for the pool. The
    // pool's best circle through each person is a floor the search only has to beat; the
    // first round keeps several circles per person at the smallest size, to fill the pool.
    const floor = pool.best(lambda);
    const keep = round === 0 ? FIRST_ROUND_KEEP : 1;
    for (let i = 0; i < n; i++) {
      const priced = pricePerson(graph, prepared, lambda, i, budget.nodes, scratch, keep, floor[i]!, minSize, minSize);
      for (const circle of priced.found) pool.add(circle, circleValueOf(graph, circle));
      u[i] = priced.bound;
    }
    let bound = 0;
    for (let i = 0; i < n; i++) {
      for (let size = minSize + 1; size <= maxSize; size++) {
        const priced = pricePerson(graph, prepared, lambda, i, budget.nodes, scratch, 1, u[i]!, size, size);
        for (const circle of priced.found) pool.add(circle, circleValueOf(graph, circle));
        u[i] = Math.max(u[i]!, priced.bound);
      }
      if (u[i]! > 0) bound += u[i]!;
    }
    const previous = best;
    best = Math.min(best, bound);
    if (best - objective <= 1e-9 * Math.max(1, objective) || previous - best < STOP_GAIN * best) break;
    if (round + 1 < budget.rounds) pool.descend(lambda, objective, DESCENT_STEPS);
  }
  if (best === Number.POSITIVE_INFINITY) return objective;
  // Every term is a sum of a few products of weights and λ of moderate size; the margin
  // covers their rounding, so the returned value stays a bound.
  return best + ROUNDING_MARGIN * Math.max(1, best);
}

/** v(C) of a circle given as people. */
function circleValueOf(graph: PeopleGraph, members: readonly number[]): number {
  let sum = 0;
  for (let x = 0; x < members.length; x++) {
    for (let y = 0; y < x; y++) sum += graph.weight[members[x]! * graph.n + members[y]!]!;
  }
  return circleValue(sum, members.length);
}

/**
 * Circles met so far (the solution's and the pricing's), on which λ is improved between
 * exact pricing rounds: the same bound restricted to these circles is cheap to evaluate,
 * and its subgradient steps move λ towards the optimum of the restricted master problem.
 */
class CirclePool {
  count = 0;
  private members: number[] = [];
  private offsets: number[] = [0];
  private values: number[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly n: number) {}

  add(members: readonly number[], value: number): void {
    const sorted = [...members].sort((a, b) => a - b);
    const key = sorted.join(",");
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.members.push(...sorted);
    this.offsets.push(this.members.length);
    this.values.push(value);
    this.count++;
  }

  /** Per person, the best λ_i + (v(C) − λ(C)) / |C| over the pool's circles through her (-Infinity: none). */
  best(lambda: Float64Array): Float64Array {
    const u = new Float64Array(this.n).fill(Number.NEGATIVE_INFINITY);
    for (let c = 0; c < this.count; c++) {
      const from = this.offsets[c]!;
      const to = this.offsets[c + 1]!;
      let reduced = this.values[c]!;
      for (let k = from; k < to; k++) reduced -= lambda[this.members[k]!]!;
      const share = reduced / (to - from);
      for (let k = from; k < to; k++) {
        const i = this.members[k]!;
        u[i] = Math.max(u[i]!, lambda[i]! + share);
      }
    }
    return u;
  }

  /**
   * `steps` subgradient steps on the pool-restricted bound, Polyak's rule against
   * `target` (the objective of the solution), halving the step after stalls. Leaves λ at
   * the best point found.
   */
  descend(lambda: Float64Array, target: number, steps: number): void {
    const { n, count } = this;
    const members = Int32Array.from(this.members);
    const offsets = Int32Array.from(this.offsets);
    const values = Float64Array.from(this.values);
    const u = new Float64Array(n);
    const arg = new Int32Array(n);
    const g = new Float64Array(n);
    const bestLambda = Float64Array.from(lambda);
    let best = Number.POSITIVE_INFINITY;
    let theta = 1;
    let stall = 0;
    for (let step = 0; step < steps; step++) {
      u.fill(Number.NEGATIVE_INFINITY);
      for (let c = 0; c < count; c++) {
        const from = offsets[c]!;
        const to = offsets[c + 1]!;
        let reduced = values[c]!;
        for (let k = from; k < to; k++) reduced -= lambda[members[k]!]!;
        const share = reduced / (to - from);
        for (let k = from; k < to; k++) {
          const i = members[k]!;
          const value = lambda[i]! + share;
          if (value > u[i]!) {
            u[i] = value;
            arg[i] = c;
          }
        }
      }
      let bound = 0;
      g.fill(0);
      for (let i = 0; i < n; i++) {
        if (!(u[i]! > 0)) continue;
        bound += u[i]!;
        g[i] = g[i]! + 1;
        const c = arg[i]!;
        const size = offsets[c + 1]! - offsets[c]!;
        for (let k = offsets[c]!; k < offsets[c + 1]!; k++) g[members[k]!] = g[members[k]!]! - 1 / size;
      }
      if (bound < best - 1e-9) {
        best = bound;
        bestLambda.set(lambda);
        stall = 0;
      } else if (++stall >= 10) {
        theta /= 2;
        stall = 0;
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += g[i]! * g[i]!;
      // A subgradient of (near) zero is an optimum of the pool bound; what is left of it is
      // rounding (1 − 3 · 1/3 ≠ 0), and dividing by it would throw λ far away.
      if (norm < 1e-12 || bound <= target) break;
      // Aim part of the way from the best value down to the solution's objective.
      const goal = best - TARGET_SHARE * (best - target);
      const size = (theta * Math.max(bound - goal, 1e-9)) / norm;
      for (let i = 0; i < n; i++) lambda[i] = lambda[i]! - size * g[i]!;
    }
    lambda.set(bestLambda);
  }
}
