/**
 * The exact circle partition of a small instance, by dynamic programming over subsets of
 * units. best[S] is the best arrangement of the units in S: its lowest unit (in the
 * seeded bit order) is either left out, or in a circle C ⊆ S that contains it, and
 * best[S] = best over those choices of best[S \ C] plus what C adds. Arrangements are
 * compared lexicographically: fewest people left out, then fewest broken rules, then
 * the largest objective Σ v(C).
 *
 * Circles inside S that hold the lowest unit are found by a clique search on adjacency
 * bitmasks, and looked up in a table of every circle indexed by its unit mask.
 * Facilitator rules depend on the number of circles, so with facilitators the state
 * also counts circles. `fair` maximises the smallest circle score first: a binary
 * search for the largest threshold t such that circles scoring at least t still place
 * as many people with as few broken rules.
 *
 * Complexity: O(2^m · K · c) time for c circles through the lowest unit of a subset and
 * K possible circle counts (1 without facilitators), O(2^m · K) memory; `fair` repeats
 * it O(log circles) times. Practical up to m ≈ 16–18.
 * References: Held & Karp 1962 (dynamic programming over subsets); Bellman 1957.
 */
import type { PreparedCircles } from "./circle-instance.js";
import { circleScore, circleValue } from "./circle-instance.js";
import type { CandidateCircles } from "./enumerate-circles.js";

/** The largest number of units the exact solver accepts. */
export const EXACT_MAX_UNITS = 20;

/** An exact answer: the chosen candidate circles and the lexicographic value. */
export interface ExactPartition {
  /** Indices into the candidate list. */
  readonly chosen: readonly number[];
  readonly unplaced: number;
  readonly violations: number;
  readonly objective: number;
  readonly minScore: number;
  /** The largest objective among arrangements that place as many people and break as few rules (the `sum` optimum). */
  readonly bestObjective: number;
}

const EPSILON = 1e-9;

interface Tables {
  readonly m: number;
  /** Unit at each bit position. */
  readonly unitAt: Int32Array;
  /** Adjacency bitmask per bit position (bits of units that may share a circle with it). */
  readonly adjacent: Int32Array;
  /** Candidate index per unit mask, -1 when the mask is no circle. */
  readonly circleAt: Int32Array;
  readonly sizeAt: Int32Array;
}

function buildTables(prepared: PreparedCircles, candidates: CandidateCircles, order: Int32Array): Tables {
  const { m, unitWeight, unitSize } = prepared;
  const bitOf = new Int32Array(m);
  const unitAt = new Int32Array(m);
  order.forEach((u, position) => {
    bitOf[u] = position;
    unitAt[position] = u;
  });
  const adjacent = new Int32Array(m);
  for (let u = 0; u < m; u++) {
    for (let v = 0; v < m; v++) {
      if (u !== v && !Number.isNaN(unitWeight[u * m + v]!))
        adjacent[bitOf[u]!] = adjacent[bitOf[u]!]! | (1 << bitOf[v]!);
    }
  }
  const circleAt = new Int32Array(1 << m).fill(-1);
  for (let c = 0; c < candidates.count; c++) {
    let mask = 0;
    for (let k = candidates.offsets[c]!; k < candidates.offsets[c + 1]!; k++) mask |= 1 << bitOf[candidates.units[k]!]!;
    circleAt[mask] = c;
  }
  const sizeAt = Int32Array.from(unitAt, (u) => unitSize[u]!);
  return { m, unitAt, adjacent, circleAt, sizeAt };
}

/** One run of the dynamic programme with a per-circle facilitator penalty form. */
interface Run {
  readonly unplaced: Int32Array;
  readonly violations: Int32Array;
  readonly objective: Float64Array;
  readonly minScore: Float64Array;
  readonly choice: Int32Array;
}

/**
 * The DP over subsets. `allowed[c]` filters candidates; `penalty[c]` is circle c's
 * broken rules (noLone, maxShared and this run's facilitator form); with `layers` > 1
 * state (S, k) counts circles.
 */
function runDp(
  tables: Tables,
  candidates: CandidateCircles,
  allowed: Uint8Array,
  penalty: Int32Array,
  layers: number,
  maxSize: number,
): Run {
  const { m, adjacent, circleAt, sizeAt } = tables;
  const states = (1 << m) * layers;
  const unplaced = new Int32Array(states).fill(2 ** 30);
  const violations = new Int32Array(states);
  const objective = new Float64Array(states);
  const minScore = new Float64Array(states).fill(Number.POSITIVE_INFINITY);
  const choice = new Int32Array(states).fill(-2);
  unplaced[0] = 0; // state (∅, 0 circles)
  const value = Float64Array.from(candidates.pairSum, (sum, c) => circleValue(sum, candidates.people[c]!));
  const score = Float64Array.from(candidates.pairSum, (sum, c) => circleScore(sum, candidates.people[c]!));

  const better = (u: number, v: number, o: number, into: number): boolean =>
    u < unplaced[into]! ||
    (u === unplaced[into]! && (v < violations[into]! || (v === violations[into]! && o > objective[into]! + EPSILON)));

  const consider = (mask: number, circleMask: number, c: number): void => {
    const rest = mask ^ circleMask;
    for (let k = layers === 1 ? 0 : 1; k < layers; k++) {
      const from = rest * layers + (layers === 1 ? 0 : k - 1);
      if (unplaced[from]! >= 2 ** 30) continue;
      const u = unplaced[from]!;
      const v = violations[from]! + penalty[c]!;
      const o = objective[from]! + value[c]!;
      const into = mask * layers + k;
      if (better(u, v, o, into)) {
        unplaced[into] = u;
        violations[into] = v;
        objective[into] = o;
        minScore[into] = Math.min(minScore[from]!, score[c]!);
        choice[into] = circleMask;
      }
    }
  };

  // Clique search inside `mask` through the lowest bit `low`.
  const stackCandidates = new Int32Array(maxSize + 1);
  const stackMask = new Int32Array(maxSize + 1);
  const stackPeople = new Int32Array(maxSize + 1);
  for (let mask = 1; mask < 1 << m; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    const lowBit = 1 << low;
    // Option 1: the lowest unit is left out.
    const rest = mask ^ lowBit;
    for (let k = 0; k < layers; k++) {
      const from = rest * layers + k;
      if (unplaced[from]! >= 2 ** 30) continue;
      const into = mask * layers + k;
      const u = unplaced[from]! + sizeAt[low]!;
      if (better(u, violations[from]!, objective[from]!, into)) {
        unplaced[into] = u;
        violations[into] = violations[from]!;
        objective[into] = objective[from]!;
        minScore[into] = minScore[from]!;
        choice[into] = -1;
      }
    }
    // Option 2: a circle through the lowest unit.
    let depth = 0;
    stackMask[0] = lowBit;
    stackCandidates[0] = mask & adjacent[low]! & ~(lowBit - 1) & ~lowBit;
    stackPeople[0] = sizeAt[low]!;
    const first = circleAt[lowBit]!;
    if (first >= 0 && allowed[first] === 1) consider(mask, lowBit, first);
    while (depth >= 0) {
      const candidates_ = stackCandidates[depth]!;
      if (candidates_ === 0) {
        depth--;
        continue;
      }
      const bit = candidates_ & -candidates_;
      stackCandidates[depth] = candidates_ ^ bit;
      const position = 31 - Math.clz32(bit);
      const people = stackPeople[depth]! + sizeAt[position]!;
      if (people > maxSize) continue;
      const circleMask = stackMask[depth]! | bit;
      const c = circleAt[circleMask]!;
      if (c >= 0 && allowed[c] === 1) consider(mask, circleMask, c);
      depth++;
      stackMask[depth] = circleMask;
      stackPeople[depth] = people;
      // Later candidates that may also meet this unit; higher bits only, so each set is seen once.
      stackCandidates[depth] = stackCandidates[depth - 1]! & adjacent[position]! & ~((bit << 1) - 1);
    }
  }
  return { unplaced, violations, objective, minScore, choice };
}

/** The circles chosen at state (mask, k), as candidate indices. */
function backtrack(tables: Tables, run: Run, layers: number, mask: number, k: number): number[] {
  const chosen: number[] = [];
  let state = mask;
  let layer = k;
  while (state !== 0) {
    const pick = run.choice[state * layers + layer]!;
    if (pick === -1) {
      state ^= state & -state;
      continue;
    }
    chosen.push(tables.circleAt[pick]!);
    state ^= pick;
    if (layers > 1) layer--;
  }
  return chosen;
}

interface Best {
  readonly unplaced: number;
  readonly violations: number;
  readonly objective: number;
  readonly minScore: number;
  readonly chosen: number[];
}

/** The best arrangement of all units with circles limited to `allowed`. */
function solveAll(prepared: PreparedCircles, tables: Tables, candidates: CandidateCircles, allowed: Uint8Array): Best {
  const full = (1 << tables.m) - 1;
  const F = prepared.facilitators;
  if (F === 0) {
    const run = runDp(tables, candidates, allowed, candidates.violations, 1, prepared.maxSize);
    return {
      unplaced: run.unplaced[full]!,
      violations: run.violations[full]!,
      objective: run.objective[full]!,
      minScore: run.minScore[full]!,
      chosen: backtrack(tables, run, 1, full, 0),
    };
  }
  // Two forms of the facilitator penalty, each valid for the circle counts on its side of F.
  const layers = Math.floor(prepared.n / prepared.minSize) + 1;
  let best: Best | null = null;
  for (const form of ["missing", "extra"] as const) {
    const penalty = Int32Array.from(candidates.violations, (v, c) => {
      const f = candidates.facilitators[c]!;
      return v + (form === "missing" ? (f === 0 ? 1 : 0) : Math.max(0, f - 1));
    });
    const run = runDp(tables, candidates, allowed, penalty, layers, prepared.maxSize);
    for (let k = 0; k < layers; k++) {
      if ((form === "missing") !== F >= k) continue;
      const state = full * layers + k;
      if (run.unplaced[state]! >= 2 ** 30) continue;
      const u = run.unplaced[state]!;
      const v = run.violations[state]!;
      const o = run.objective[state]!;
      if (
        best === null ||
        u < best.unplaced ||
        (u === best.unplaced && (v < best.violations || (v === best.violations && o > best.objective + EPSILON)))
      ) {
        best = {
          unplaced: u,
          violations: v,
          objective: o,
          minScore: run.minScore[state]!,
          chosen: backtrack(tables, run, layers, full, k),
        };
      }
    }
  }
  // k = 0 circles is always reachable, so a best exists.
  return best!;
}

/**
 * The exact partition of a prepared instance with at most {@link EXACT_MAX_UNITS} units.
 * `order` lists the units in tie-breaking order (earlier units take the lower bits).
 */
export function exactCirclePartition(
  prepared: PreparedCircles,
  candidates: CandidateCircles,
  order: Int32Array,
  objective: "sum" | "fair",
): ExactPartition {
  const tables = buildTables(prepared, candidates, order);
  const everything = new Uint8Array(candidates.count).fill(1);
  const best = solveAll(prepared, tables, candidates, everything);
  if (objective === "sum" || best.chosen.length === 0) {
    return { ...best, minScore: best.chosen.length === 0 ? 0 : best.minScore, bestObjective: best.objective };
  }
  const scores = Float64Array.from(candidates.pairSum, (sum, c) => circleScore(sum, candidates.people[c]!));
  const thresholds = [...new Set(scores)].sort((a, b) => a - b);
  // Largest threshold index whose restricted optimum keeps the placement and the rules.
  let lo = 0;
  let hi = thresholds.length - 1;
  let fair = best;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = thresholds[mid]!;
    const allowed = Uint8Array.from(scores, (s) => (s >= t ? 1 : 0));
    const restricted = solveAll(prepared, tables, candidates, allowed);
    if (restricted.unplaced === best.unplaced && restricted.violations === best.violations) {
      fair = restricted;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return { ...fair, bestObjective: best.objective };
}
