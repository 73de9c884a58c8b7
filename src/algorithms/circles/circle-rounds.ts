/**
 * Circle rotation: R rounds of circles in which no two people share a circle twice
 * (the social golfer problem), with the same constraints and objective as one circle
 * partition in every round. Rounds are compared lexicographically: people left out,
 * broken rules, repeated pairs (people pairs meeting again, counted once per extra
 * meeting), then the objective summed over rounds.
 *
 * Each round is built greedily, avoiding earlier circle-mates, and repaired. A tabu
 * search on conflicts then removes repeats: each step samples a few units that meet
 * someone again, tries every move and swap of them within their round, and makes the
 * best one that is not tabu (even a worse one); the swap it made stays tabu in that
 * round for a random number of steps, and after a long stall a round is perturbed with
 * random swaps. Simulated
 * annealing over all rounds then improves the objective without adding repeats.
 *
 * Complexity: O(iterations · m · s) for the tabu search, plus the annealing.
 * References: Dotú & Van Hentenryck 2005, "Scheduling social golfers locally"
 * (conflict-directed swaps with tabu and perturbation); Harvey, the social golfer problem
 * (CSPLib prob010); Glover 1989 (tabu search).
 */
import { seededRandom } from "../../internal/random.js";
import type { Random } from "../../internal/random.js";
import { annealCircles } from "./anneal-circles.js";
import type { CircleInstance } from "./circle-instance.js";
import { circleScore, prepareCircles } from "./circle-instance.js";
import { circlesOf } from "./circle-partition.js";
import type { CircleState, Delta } from "./circle-state.js";
import {
  applyChange,
  checkTotals,
  cloneState,
  copyState,
  createState,
  evaluateChange,
  newDelta,
  resyncTotals,
  swapRepeats,
} from "./circle-state.js";
import { constructRound, lexBetter } from "./construct-circles.js";
import { repairPlacement } from "./repair-circles.js";

/**
 * Options of {@link circleRounds}.
 *
 * @example
 * ```ts
 * const options: CircleRoundsOptions = { rounds: 5, seed: 1 };
 * ```
 */
export interface CircleRoundsOptions {
  /** Number of rounds (≥ 1). */
  readonly rounds: number;
  /**
   * Seed of the searches.
   * @defaultValue 0
   */
  readonly seed?: number;
  /**
   * Multiplies the searches' steps.
   * @defaultValue 1
   */
  readonly effort?: number;
}

/**
 * A rotation of circles.
 *
 * @example
 * ```ts
 * const { rounds, repeats } = circleRounds(instance, { rounds: 5 });
 * ```
 */
export interface CircleRounds {
  /** Per round, the people of each circle (ascending; circles ordered by first person). */
  readonly rounds: readonly (readonly Int32Array[])[];
  /** Per round, each person's circle number in that round or -1. */
  readonly circle: readonly Int32Array[];
  /** Every pair of people who share a circle in more than one round, with those rounds. */
  readonly repeats: readonly { readonly pair: readonly [number, number]; readonly rounds: readonly number[] }[];
  /** People left out, summed over rounds. */
  readonly unplaced: number;
  /** Broken composition rules, summed over rounds. */
  readonly violations: number;
  /** Σ over rounds of Σ size × score. */
  readonly objective: number;
}

/** Tabu steps per unit and round at effort 1. */
const TABU_STEPS_PER_UNIT = 400;
/** Steps without a better state before a perturbation. */
const STALL_STEPS = 200;
/** Conflicted (round, unit) pairs whose moves one step tries. */
const CONFLICT_SAMPLE = 8;
/** A swap stays tabu (in its round) for TENURE_MIN + a random 0..TENURE_SPREAD − 1 steps. */
const TENURE_MIN = 4;
const TENURE_SPREAD = 40;
/** Annealing proposals per unit and round at effort 1. */
const PROPOSALS_PER_UNIT = 300;

/**
 * Schedules `options.rounds` rounds of circles over `instance` (see the file header).
 * Throws `MatchInputError` for a malformed instance or a bad round count.
 *
 * @example
 * ```ts
 * const n = 16;
 * const weight = new Float64Array(n * n).fill(1);
 * const schedule = circleRounds({ n, weight, minSize: 4, maxSize: 4 }, { rounds: 5 });
 * schedule.repeats.length; // 0: an affine plane of order 4
 * ```
 */
export function circleRounds(instance: CircleInstance, options: CircleRoundsOptions): CircleRounds {
  const prepared = prepareCircles("circleRounds", instance);
  const rounds = options.rounds;
  const rng = seededRandom(options.seed ?? 0);
  const effort = options.effort ?? 1;
  const { m } = prepared;
  const rank = new Int32Array(m);
  const order = Int32Array.from({ length: m }, (_, u) => u);
  for (let k = m - 1; k > 0; k--) {
    const j = rng.below(k + 1);
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  order.forEach((u, position) => {
    rank[u] = position;
  });
  const slots = Math.max(1, Math.floor(prepared.n / prepared.minSize));
  const state = createState(prepared, Math.max(1, rounds), slots);
  for (let r = 0; r < rounds; r++) {
    // A fresh tie-break order per round spreads the seeds of the greedy circles.
    const roundRank = Int32Array.from(rank, (position, u) => (position + r * 7919 + u * r) % m);
    constructRound(state, r, roundRank);
    repairPlacement(state, r, roundRank);
  }
  resyncTotals(state);
  if (rounds > 1 && state.repeats > 0) tabuSearch(state, rng, Math.round(effort * TABU_STEPS_PER_UNIT * m * rounds));
  annealCircles(state, rng, Math.round(effort * PROPOSALS_PER_UNIT * m * rounds));
  resyncTotals(state);
  checkTotals(state);
  return describe(state);
}

/** The tabu search on repeats (see the file header); leaves the best state found. */
function tabuSearch(state: CircleState, rng: Random, steps: number): void {
  const { prepared, slots, cap } = state;
  const { m, unitSize } = prepared;
  // Where only repeats can change (no rules), a swap already worse in repeats than the
  // best candidate is not evaluated in full.
  const repeatsOnly = !state.hasRules && prepared.facilitators === 0;
  const tabu = new Map<number, number>();
  const swapKey = (r: number, u: number, y: number): number =>
    (r * m + Math.min(u, y < 0 ? u : y)) * (m + 1) + Math.max(u, y) + 1;
  let best = cloneState(state);
  let sinceBest = 0;
  const delta = newDelta();
  const conflicted: number[] = [];
  for (let step = 1; step <= steps && state.repeats > 0; step++) {
    conflictedUnits(state, conflicted);
    if (conflicted.length === 0) break;
    // A random sample of the conflicted (round, unit) pairs.
    const sample = Math.min(CONFLICT_SAMPLE, conflicted.length);
    for (let x = 0; x < sample; x++) {
      const j = x + rng.below(conflicted.length - x);
      [conflicted[x], conflicted[j]] = [conflicted[j]!, conflicted[x]!];
    }
    let chosen: Delta | null = null;
    let move = { r: -1, u: -1, from: -1, b: -1, y: -1 };
    let ties = 0;
    for (let x = 0; x < sample; x++) {
      const pick = conflicted[x]!;
      const r = Math.floor(pick / m);
      const u = pick % m;
      const from = state.slotOf[r * m + u]!;
      for (let b = 0; b < slots; b++) {
        if (b === from) continue;
        const index = r * slots + b;
        const count = state.count[index]!;
        if (count === 0) continue;
        // Swap with each member of b, or move into b.
        for (let k = -1; k < count; k++) {
          const y = k < 0 ? -1 : state.members[index * cap + k]!;
          if (repeatsOnly && chosen !== null && (y < 0 || unitSize[y] === unitSize[u])) {
            if (swapRepeats(state, r, from, u, b, y) > chosen.repeats) continue;
          }
          if (y >= 0) evaluateChange(state, r, from, u, y, b, y, u, delta);
          else evaluateChange(state, r, from, u, -1, b, -1, u, delta);
          if (!delta.feasible) continue;
          const isTabu = (tabu.get(swapKey(r, u, y)) ?? 0) > step;
          const aspiration =
            state.unplaced + delta.unplaced <= best.unplaced && state.repeats + delta.repeats < best.repeats;
          if (isTabu && !aspiration) continue;
          // The best move; among equal ones, a uniformly random one (reservoir sampling).
          if (chosen === null || lexBetter(delta, chosen)) {
            chosen = { ...delta };
            move = { r, u, from, b, y };
            ties = 1;
          } else if (!lexBetter(chosen, delta) && rng.below(++ties) === 0) {
            chosen = { ...delta };
            move = { r, u, from, b, y };
          }
        }
      }
    }
    if (chosen === null) continue;
    const { r, u, from, b, y } = move;
    applyChange(state, r, from, u, y, b, y, u, chosen);
    tabu.set(swapKey(r, u, y), step + TENURE_MIN + rng.below(TENURE_SPREAD));
    if (betterState(state, best)) {
      best = cloneState(state);
      sinceBest = 0;
    } else if (++sinceBest >= STALL_STEPS) {
      perturb(state, rng);
      sinceBest = 0;
    }
  }
  if (betterState(best, state)) copyState(best, state);
  resyncTotals(state);
}

/** Whether `a` is lexicographically better than `b` (left out, rules, repeats, objective). */
function betterState(a: CircleState, b: CircleState): boolean {
  if (a.unplaced !== b.unplaced) return a.unplaced < b.unplaced;
  if (a.ruleViolations !== b.ruleViolations) return a.ruleViolations < b.ruleViolations;
  if (a.repeats !== b.repeats) return a.repeats < b.repeats;
  return a.objective > b.objective + 1e-9;
}

/** Every (round, unit) in a slot with someone it meets in another round too, as r·m + u. */
function conflictedUnits(state: CircleState, out: number[]): void {
  out.length = 0;
  const { prepared, rounds, slots, cap } = state;
  const { m } = prepared;
  const meet = state.meet;
  if (meet === null) return;
  for (let r = 0; r < rounds; r++) {
    for (let c = 0; c < slots; c++) {
      const index = r * slots + c;
      const count = state.count[index]!;
      for (let a = 0; a < count; a++) {
        const u = state.members[index * cap + a]!;
        for (let b = 0; b < count; b++) {
          if (b !== a && meet[u * m + state.members[index * cap + b]!]! > 1) {
            out.push(r * m + u);
            break;
          }
        }
      }
    }
  }
}

/** A few random feasible swaps in one random round that keep people placed. */
function perturb(state: CircleState, rng: Random): void {
  const { prepared, rounds, slots, cap } = state;
  const { m } = prepared;
  const r = rng.below(rounds);
  const delta = newDelta();
  const swaps = 1 + rng.below(Math.max(1, Math.floor(m / 8)));
  for (let t = 0, tries = 0; t < swaps && tries < 50 * swaps; tries++) {
    const u = rng.below(m);
    const v = rng.below(m);
    const a = state.slotOf[r * m + u]!;
    const b = state.slotOf[r * m + v]!;
    if (a < 0 || b < 0 || a === b) continue;
    evaluateChange(state, r, a, u, v, b, v, u, delta);
    if (!delta.feasible || delta.unplaced > 0 || delta.violations > 0) continue;
    applyChange(state, r, a, u, v, b, v, u, delta);
    t++;
  }
  void cap;
  void slots;
}

/** The rounds, assignments and repeated pairs of the final state. */
function describe(state: CircleState): CircleRounds {
  const { prepared, rounds } = state;
  const { n, m, unitOffsets, unitPeople, unitWeight, innerWeight, unitSize } = prepared;
  const perRound: Int32Array[][] = [];
  const assignment: Int32Array[] = [];
  let objective = 0;
  for (let r = 0; r < rounds; r++) {
    const unitCircles = circlesOf(state, r);
    const circles = unitCircles
      .map((units) => {
        const people: number[] = [];
        for (const u of units) for (let p = unitOffsets[u]!; p < unitOffsets[u + 1]!; p++) people.push(unitPeople[p]!);
        return Int32Array.from(people).sort();
      })
      .sort((a, b) => a[0]! - b[0]!);
    for (const units of unitCircles) {
      let sum = 0;
      let people = 0;
      for (let a = 0; a < units.length; a++) {
        sum += innerWeight[units[a]!]!;
        people += unitSize[units[a]!]!;
        for (let b = 0; b < a; b++) sum += unitWeight[units[a]! * m + units[b]!]!;
      }
      objective += people * circleScore(sum, people);
    }
    const circle = new Int32Array(n).fill(-1);
    circles.forEach((people, c) => {
      for (const p of people) circle[p] = c;
    });
    perRound.push(circles);
    assignment.push(circle);
  }
  const together = new Int32Array(n).fill(-1);
  for (let u = 0; u < m; u++) for (let p = unitOffsets[u]!; p < unitOffsets[u + 1]!; p++) together[unitPeople[p]!] = u;
  const meetings = new Map<number, number[]>();
  perRound.forEach((circles, r) => {
    for (const people of circles) {
      for (let a = 0; a < people.length; a++) {
        for (let b = a + 1; b < people.length; b++) {
          // People of one together group meet every round by design: not a repeat.
          if (together[people[a]!] === together[people[b]!]) continue;
          const key = people[a]! * n + people[b]!;
          const list = meetings.get(key);
          if (list === undefined) meetings.set(key, [r]);
          else list.push(r);
        }
      }
    }
  });
  const repeats = [...meetings.entries()]
    .filter(([, list]) => list.length > 1)
    .sort((x, y) => x[0] - y[0])
    .map(([key, list]) => ({ pair: [Math.floor(key / n), key % n] as const, rounds: list }));
  let unplaced = 0;
  for (const circle of assignment) for (let i = 0; i < n; i++) if (circle[i] === -1) unplaced++;
  return { rounds: perRound, circle: assignment, repeats, unplaced, violations: state.ruleViolations, objective };
}
