/**
 * Simulated annealing over circle partitions. A proposal picks a unit u and one of its
 * feasible partners v (biased towards u's best partners), then either moves u into v's
 * circle or swaps u with another member of it (or, when v is left out, brings v into
 * u's circle). A proposal is accepted when it improves the lexicographic levels (people
 * left out, broken rules, repeated pairs), rejected when it worsens them, and otherwise
 * accepted by the Metropolis rule on the objective minus the weighted fairness deficit.
 * The temperature falls geometrically; the number of proposals, not the clock, bounds
 * the run, so a seed always gives the same answer.
 *
 * Complexity: O(iterations · s · (1 + S/32)) for circles of s units.
 * References: Kirkpatrick, Gelatt & Vecchi 1983 (simulated annealing); for grouping
 * problems with moves and swaps, e.g. Falkenauer 1998, "Genetic Algorithms and Grouping Problems".
 */
import type { Random } from "../../internal/random.js";
import type { CircleState, Delta } from "./circle-state.js";
import { applyChange, blockers, compareLevels, evaluateChange, newDelta } from "./circle-state.js";

/** Weight of the fairness deficit against the objective. */
export const DEFICIT_WEIGHT = 100;

/**
 * The start temperature is this multiple of the mean loss of a worsening proposal (tuned on
 * generated cohorts of 300: hotter starts reached better optima at the same budget).
 */
const START_FACTOR = 2;
/** The temperature falls by this factor over a run. */
const COOLING_RANGE = 100;
/** Draws per counted proposal at most. */
const DRAW_CAP = 50;

/** One proposal, as the arguments of `evaluateChange`. */
interface Proposal {
  r: number;
  a: number;
  outA: number;
  inA: number;
  b: number;
  outB: number;
  inB: number;
}

/**
 * Fills `p` with a random proposal; false when the draw gives nothing worth evaluating.
 * The blocker counts of the state rule out most infeasible draws in O(1): a unit joins a
 * circle where nobody blocks it, or swaps with the one member who does.
 */
function propose(state: CircleState, rng: Random, p: Proposal): boolean {
  const { prepared, rounds } = state;
  const { m, partnerOffsets, partners, maxSize, unitSize, unitWeight } = prepared;
  const r = rounds === 1 ? 0 : rng.below(rounds);
  const u = rng.below(m);
  const first = partnerOffsets[u]!;
  const degree = partnerOffsets[u + 1]! - first;
  if (degree === 0) return false;
  const x = rng.next();
  const v = partners[first + Math.floor(degree * x * x)]!;
  let mover = u;
  let anchor = v;
  let from = state.slotOf[r * m + u]!;
  let to = state.slotOf[r * m + v]!;
  if (to < 0) {
    // v is left out: bring v to u instead.
    if (from < 0) return false;
    mover = v;
    anchor = u;
    [from, to] = [to, from];
  }
  if (from === to) return false;
  const blocking = blockers(state, r, mover, to);
  if (blocking > 1) return false;
  const index = r * state.slots + to;
  const count = state.count[index]!;
  const base = index * state.cap;
  let other = -1;
  if (blocking === 1) {
    for (let k = 0; k < count; k++) {
      const y = state.members[base + k]!;
      if (Number.isNaN(unitWeight[mover * m + y]!)) {
        other = y;
        break;
      }
    }
    if (other === anchor) return false;
  } else {
    const roomy = state.people[index]! + unitSize[mover]! <= maxSize;
    if (roomy && (count < 2 || rng.next() < 0.5)) {
      p.r = r;
      p.a = from;
      p.b = to;
      p.outA = mover;
      p.inA = -1;
      p.outB = -1;
      p.inB = mover;
      return true;
    }
    if (count < 2) return false;
    let k = rng.below(count - 1);
    if (state.members[base + k] === anchor) k = count - 1;
    other = state.members[base + k]!;
  }
  // The one leaving `to` takes the mover's place.
  if (from >= 0) {
    const blocked = blockers(state, r, other, from) - (Number.isNaN(unitWeight[other * m + mover]!) ? 1 : 0);
    if (blocked > 0) return false;
  }
  p.r = r;
  p.a = from;
  p.b = to;
  p.outA = mover;
  p.inA = other;
  p.outB = other;
  p.inB = mover;
  return true;
}

/** The objective part of a delta that annealing trades off. */
function gainOf(delta: Delta): number {
  return delta.objective - DEFICIT_WEIGHT * delta.deficit;
}

/**
 * Anneals `state` for `iterations` proposals. The start temperature is set from the
 * proposals' own gains, so the schedule adapts to the weight scale.
 */
export function annealCircles(state: CircleState, rng: Random, iterations: number): void {
  const delta = newDelta();
  const p: Proposal = { r: 0, a: -1, outA: -1, inA: -1, b: -1, outB: -1, inB: -1 };
  // Calibrate: the mean loss of worsening proposals at the start.
  let lossSum = 0;
  let losses = 0;
  for (let t = 0; t < 400; t++) {
    if (!propose(state, rng, p)) continue;
    evaluateChange(state, p.r, p.a, p.outA, p.inA, p.b, p.outB, p.inB, delta);
    if (!delta.feasible || compareLevels(delta) !== 0) continue;
    const gain = gainOf(delta);
    if (gain < 0) {
      lossSum -= gain;
      losses++;
    }
  }
  const start = losses > 0 ? (lossSum / losses) * START_FACTOR : 0.01;
  const end = start / COOLING_RANGE;
  const cooling = iterations > 1 ? (end / start) ** (1 / iterations) : 1;
  let temperature = start;
  // Count evaluated proposals; draws that the blocker counts rule out cost O(1) and are
  // not counted, up to a cap that ends a run where nothing can be proposed.
  for (let t = 0, draws = 0; t < iterations && draws < DRAW_CAP * iterations; draws++) {
    if (!propose(state, rng, p)) continue;
    t++;
    temperature *= cooling;
    evaluateChange(state, p.r, p.a, p.outA, p.inA, p.b, p.outB, p.inB, delta);
    if (!delta.feasible) continue;
    const level = compareLevels(delta);
    if (level > 0) continue;
    if (level === 0) {
      const gain = gainOf(delta);
      if (gain < 0 && rng.next() >= Math.exp(gain / temperature)) continue;
    }
    applyChange(state, p.r, p.a, p.outA, p.inA, p.b, p.outB, p.inB, delta);
  }
}
