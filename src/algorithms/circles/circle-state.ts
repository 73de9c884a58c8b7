/**
 * The working state of the circle local searches: R rounds (1 for a single partition),
 * each with K circle slots and a pool of units left out. Everything a move changes is
 * kept per slot (members, people, pair sum, shared window, broken rules, facilitators)
 * and per round (valid circles, facilitator counts), so a move or swap is scored in
 * O(s · (1 + S/32)) for circles of s units, without touching the rest.
 *
 * Numbering: slot c of round r is `r·K + c`; its units are
 * `members[(r·K + c)·cap .. + count]` in no particular order; `slotOf[r·m + u]` is u's
 * slot in round r or -1 (the pool), `position[r·m + u]` its index in the slot's members
 * or in the pool list. A slot with fewer than `minSize` people is not a circle yet: its
 * people count as left out and it has no value. A slot never holds more than `maxSize`.
 *
 * The search compares states lexicographically: people left out, then broken rules,
 * then repeated pairs (rotations), then the fairness deficit Σ max(0, t − score) below
 * a threshold t (`fair`), then the objective.
 *
 * Complexity: O(R · (m + K · maxSize)) memory, plus m² bytes of meeting counts for rotations.
 * References: none.
 */
import { invariant } from "../../internal/debug.js";
import type { PreparedCircles } from "./circle-instance.js";
import { circleScore, circleValue } from "./circle-instance.js";
import { circleViolations, facilitatorPenalty } from "./circle-rules.js";
import { hasSharedWindow } from "./shared-window.js";

/** The search state (see the numbering above). */
export interface CircleState {
  readonly prepared: PreparedCircles;
  readonly rounds: number;
  readonly slots: number;
  readonly cap: number;
  readonly words: number;
  readonly slotOf: Int32Array;
  readonly position: Int32Array;
  readonly members: Int32Array;
  readonly count: Int32Array;
  readonly people: Int32Array;
  readonly pairSum: Float64Array;
  readonly violations: Int32Array;
  readonly facilitators: Int32Array;
  readonly bits: Uint32Array;
  readonly pool: Int32Array;
  readonly poolCount: Int32Array;
  /**
   * good[(r·m + u)·K + c]: members of slot c in round r that unit u may share a circle
   * with (a feasible pair with a shared window), so `count − good` is how many block u.
   */
  readonly good: Uint8Array;
  /** meet[u·m + v]: rounds in which u and v share a slot (rotations only). */
  readonly meet: Uint8Array | null;
  /** Per round: valid circles, those without a facilitator, and Σ max(0, f − 1). */
  readonly valid: Int32Array;
  readonly withoutFacilitator: Int32Array;
  readonly extraFacilitators: Int32Array;
  /** Whether any noLone / maxShared rule exists (else violations are not computed). */
  readonly hasRules: boolean;
  /** The fairness threshold t (-Infinity: off). */
  threshold: number;
  unplaced: number;
  ruleViolations: number;
  repeats: number;
  deficit: number;
  objective: number;
}

/** The effect of one change, filled by `evaluate*`. */
export interface Delta {
  feasible: boolean;
  unplaced: number;
  violations: number;
  repeats: number;
  deficit: number;
  objective: number;
}

/** A fresh delta. */
export function newDelta(): Delta {
  return { feasible: false, unplaced: 0, violations: 0, repeats: 0, deficit: 0, objective: 0 };
}

/** A state with every unit in the pool of every round, and `slots` empty slots per round. */
export function createState(prepared: PreparedCircles, rounds: number, slots: number): CircleState {
  const { m, maxSize, space, instance } = prepared;
  const words = space?.words ?? 0;
  const cap = maxSize;
  const pool = new Int32Array(rounds * m);
  const position = new Int32Array(rounds * m);
  for (let r = 0; r < rounds; r++) {
    for (let u = 0; u < m; u++) {
      pool[r * m + u] = u;
      position[r * m + u] = u;
    }
  }
  let total = 0;
  for (let u = 0; u < m; u++) total += prepared.unitSize[u]!;
  const bits = new Uint32Array(rounds * slots * words).fill(-1 >>> 0);
  return {
    prepared,
    rounds,
    slots,
    cap,
    words,
    slotOf: new Int32Array(rounds * m).fill(-1),
    position,
    members: new Int32Array(rounds * slots * cap),
    count: new Int32Array(rounds * slots),
    people: new Int32Array(rounds * slots),
    pairSum: new Float64Array(rounds * slots),
    violations: new Int32Array(rounds * slots),
    facilitators: new Int32Array(rounds * slots),
    bits,
    pool,
    poolCount: new Int32Array(rounds).fill(m),
    good: new Uint8Array(rounds * m * slots),
    meet: rounds > 1 ? new Uint8Array(m * m) : null,
    valid: new Int32Array(rounds),
    withoutFacilitator: new Int32Array(rounds),
    extraFacilitators: new Int32Array(rounds),
    hasRules: (instance.noLone?.length ?? 0) + (instance.maxShared?.length ?? 0) > 0,
    threshold: Number.NEGATIVE_INFINITY,
    unplaced: total * rounds,
    ruleViolations: 0,
    repeats: 0,
    deficit: 0,
    objective: 0,
  };
}

/** Scratch for one side of a change. */
interface Side {
  people: number;
  pairSum: number;
  violations: number;
  facilitators: number;
}

const sideA: Side = { people: 0, pairSum: 0, violations: 0, facilitators: 0 };
const sideB: Side = { people: 0, pairSum: 0, violations: 0, facilitators: 0 };
let unitScratch = new Int32Array(64);
let bitScratch = new Uint32Array(8);

/**
 * Slot `slot` of round r after removing unit `out` and adding unit `into` (-1: none),
 * into `side`. False when the result would break a hard constraint (size, a pair that
 * may not meet, no shared window).
 */
function computeSide(state: CircleState, r: number, slot: number, out: number, into: number, side: Side): boolean {
  const { prepared, cap, words } = state;
  const { m, unitSize, unitWeight, innerWeight, space, unitBits } = prepared;
  const index = r * state.slots + slot;
  const base = index * cap;
  const count = state.count[index]!;
  let people = state.people[index]!;
  let pairSum = state.pairSum[index]!;
  if (out >= 0) {
    people -= unitSize[out]!;
    let sum = innerWeight[out]!;
    for (let k = 0; k < count; k++) {
      const x = state.members[base + k]!;
      if (x !== out) sum += unitWeight[out * m + x]!;
    }
    pairSum -= sum;
  }
  if (into >= 0) {
    people += unitSize[into]!;
    if (people > prepared.maxSize) return false;
    let sum = innerWeight[into]!;
    for (let k = 0; k < count; k++) {
      const x = state.members[base + k]!;
      if (x !== out) sum += unitWeight[into * m + x]!;
    }
    if (Number.isNaN(sum)) return false;
    pairSum += sum;
    if (space !== null) {
      if (bitScratch.length < words) bitScratch = new Uint32Array(words);
      if (out < 0) {
        for (let w = 0; w < words; w++) bitScratch[w] = state.bits[index * words + w]! & unitBits[into * words + w]!;
      } else {
        for (let w = 0; w < words; w++) bitScratch[w] = unitBits[into * words + w]!;
        for (let k = 0; k < count; k++) {
          const x = state.members[base + k]!;
          if (x === out) continue;
          for (let w = 0; w < words; w++) bitScratch[w] = bitScratch[w]! & unitBits[x * words + w]!;
        }
      }
      if (!hasSharedWindow(space, bitScratch, 0, space.minLength)) return false;
    }
  }
  side.people = people;
  side.pairSum = pairSum;
  side.facilitators =
    state.facilitators[index]! -
    (out >= 0 ? prepared.unitFacilitators[out]! : 0) +
    (into >= 0 ? prepared.unitFacilitators[into]! : 0);
  side.violations = 0;
  if (state.hasRules) {
    if (unitScratch.length < count + 1) unitScratch = new Int32Array(2 * count + 2);
    let size = 0;
    for (let k = 0; k < count; k++) {
      const x = state.members[base + k]!;
      if (x !== out) unitScratch[size++] = x;
    }
    if (into >= 0) unitScratch[size++] = into;
    side.violations = circleViolations(prepared, unitScratch, size);
  }
  return true;
}

/** Adds to `delta` what slot `index` changes from its current contents to `side`. */
function addSlotChange(state: CircleState, index: number, side: Side, delta: Delta, fac: FacilitatorChange): void {
  const min = state.prepared.minSize;
  const before = state.people[index]!;
  const after = side.people;
  const wasValid = before >= min;
  const isValid = after >= min;
  delta.unplaced += (after > 0 && !isValid ? after : 0) - (before > 0 && !wasValid ? before : 0);
  if (wasValid) {
    delta.violations -= state.violations[index]!;
    delta.objective -= circleValue(state.pairSum[index]!, before);
    delta.deficit -= deficitOf(state.threshold, state.pairSum[index]!, before);
  }
  if (isValid) {
    delta.violations += side.violations;
    delta.objective += circleValue(side.pairSum, after);
    delta.deficit += deficitOf(state.threshold, side.pairSum, after);
  }
  const fBefore = state.facilitators[index]!;
  if (wasValid) {
    fac.valid--;
    if (fBefore === 0) fac.without--;
    fac.extra -= Math.max(0, fBefore - 1);
  }
  if (isValid) {
    fac.valid++;
    if (side.facilitators === 0) fac.without++;
    fac.extra += Math.max(0, side.facilitators - 1);
  }
}

/** max(0, t − score) of a valid circle. */
function deficitOf(threshold: number, pairSum: number, people: number): number {
  if (threshold === Number.NEGATIVE_INFINITY) return 0;
  return Math.max(0, threshold - circleScore(pairSum, people));
}

interface FacilitatorChange {
  valid: number;
  without: number;
  extra: number;
}
const facChange: FacilitatorChange = { valid: 0, without: 0, extra: 0 };

/** Repeated pairs that `unit` adds (sign +1) or removes (-1) by joining or leaving slot `index`, skipping `skip`. */
function repeatChange(state: CircleState, index: number, unit: number, skip: number, joining: boolean): number {
  const meet = state.meet;
  if (meet === null) return 0;
  const { m, unitSize } = state.prepared;
  const base = index * state.cap;
  let change = 0;
  for (let k = 0; k < state.count[index]!; k++) {
    const x = state.members[base + k]!;
    if (x === unit || x === skip) continue;
    const met = meet[unit * m + x]!;
    if (joining ? met >= 1 : met >= 2) change += (joining ? 1 : -1) * unitSize[unit]! * unitSize[x]!;
  }
  return change;
}

/**
 * The change of repeated pairs alone when unit u (slot a, or the pool) and unit y (slot b)
 * trade places in round r (y = -1: u moves to b). O(s); a cheap filter before `evaluateChange`.
 */
export function swapRepeats(state: CircleState, r: number, a: number, u: number, b: number, y: number): number {
  const { slots } = state;
  let change = 0;
  if (a >= 0) {
    change += repeatChange(state, r * slots + a, u, -1, false);
    if (y >= 0) change += repeatChange(state, r * slots + a, y, u, true);
  }
  if (y >= 0) change += repeatChange(state, r * slots + b, y, -1, false);
  change += repeatChange(state, r * slots + b, u, y, true);
  return change;
}

/**
 * The effect of the change in round r: slot `a` loses `outA` and gains `inA`, slot `b`
 * loses `outB` and gains `inB` (-1 for none; slot -1 is the pool). Covers a move (u from
 * a to b) and a swap (u in a with y in b). `delta.feasible` is false for a change that
 * breaks a hard constraint.
 */
export function evaluateChange(
  state: CircleState,
  r: number,
  a: number,
  outA: number,
  inA: number,
  b: number,
  outB: number,
  inB: number,
  delta: Delta,
): Delta {
  delta.feasible = false;
  delta.unplaced = 0;
  delta.violations = 0;
  delta.repeats = 0;
  delta.deficit = 0;
  delta.objective = 0;
  const { prepared, slots } = state;
  const { unitSize } = prepared;
  facChange.valid = state.valid[r]!;
  facChange.without = state.withoutFacilitator[r]!;
  facChange.extra = state.extraFacilitators[r]!;
  const penaltyBefore = facilitatorPenalty(prepared.facilitators, facChange.valid, facChange.without, facChange.extra);
  if (a >= 0) {
    if (!computeSide(state, r, a, outA, inA, sideA)) return delta;
    addSlotChange(state, r * slots + a, sideA, delta, facChange);
    if (outA >= 0) delta.repeats += repeatChange(state, r * slots + a, outA, -1, false);
    if (inA >= 0) delta.repeats += repeatChange(state, r * slots + a, inA, outA, true);
  } else {
    delta.unplaced += (inA >= 0 ? unitSize[inA]! : 0) - (outA >= 0 ? unitSize[outA]! : 0);
  }
  if (b >= 0) {
    if (!computeSide(state, r, b, outB, inB, sideB)) return delta;
    addSlotChange(state, r * slots + b, sideB, delta, facChange);
    if (outB >= 0) delta.repeats += repeatChange(state, r * slots + b, outB, -1, false);
    if (inB >= 0) delta.repeats += repeatChange(state, r * slots + b, inB, outB, true);
  } else {
    delta.unplaced += (inB >= 0 ? unitSize[inB]! : 0) - (outB >= 0 ? unitSize[outB]! : 0);
  }
  delta.violations +=
    facilitatorPenalty(prepared.facilitators, facChange.valid, facChange.without, facChange.extra) - penaltyBefore;
  delta.feasible = true;
  return delta;
}

/** Removes unit u from its slot (or the pool) in round r, without updating sums. */
function detach(state: CircleState, r: number, u: number): void {
  const { m } = state.prepared;
  const slot = state.slotOf[r * m + u]!;
  const at = state.position[r * m + u]!;
  if (slot < 0) {
    const last = --state.poolCount[r]!;
    const moved = state.pool[r * m + last]!;
    state.pool[r * m + at] = moved;
    state.position[r * m + moved] = at;
  } else {
    const index = r * state.slots + slot;
    const base = index * state.cap;
    countPartners(state, r, u, slot, -1);
    const last = --state.count[index]!;
    const moved = state.members[base + last]!;
    state.members[base + at] = moved;
    state.position[r * m + moved] = at;
    if (state.meet !== null) {
      for (let k = 0; k < last; k++) {
        const x = state.members[base + k]!;
        state.meet[u * m + x] = state.meet[u * m + x]! - 1;
        state.meet[x * m + u] = state.meet[x * m + u]! - 1;
      }
    }
  }
}

/** Adds `sign` to `good` of u's partners at slot `slot` of round r. O(partners). */
function countPartners(state: CircleState, r: number, u: number, slot: number, sign: number): void {
  const { m, partnerOffsets, partners } = state.prepared;
  const K = state.slots;
  const good = state.good;
  for (let k = partnerOffsets[u]!; k < partnerOffsets[u + 1]!; k++) {
    const at = (r * m + partners[k]!) * K + slot;
    good[at] = good[at]! + sign;
  }
}

/** How many members of slot `slot` in round r may not share a circle with unit u (u itself excluded). */
export function blockers(state: CircleState, r: number, u: number, slot: number): number {
  const { m } = state.prepared;
  const inside = state.slotOf[r * m + u] === slot ? 1 : 0;
  return state.count[r * state.slots + slot]! - inside - state.good[(r * m + u) * state.slots + slot]!;
}

/** Adds unit u to slot `slot` (or the pool, -1) in round r, without updating sums. */
function attach(state: CircleState, r: number, u: number, slot: number): void {
  const { m } = state.prepared;
  state.slotOf[r * m + u] = slot;
  if (slot < 0) {
    const at = state.poolCount[r]!++;
    state.pool[r * m + at] = u;
    state.position[r * m + u] = at;
  } else {
    const index = r * state.slots + slot;
    const base = index * state.cap;
    countPartners(state, r, u, slot, 1);
    const at = state.count[index]!++;
    if (state.meet !== null) {
      for (let k = 0; k < at; k++) {
        const x = state.members[base + k]!;
        state.meet[u * m + x] = state.meet[u * m + x]! + 1;
        state.meet[x * m + u] = state.meet[x * m + u]! + 1;
      }
    }
    state.members[base + at] = u;
    state.position[r * m + u] = at;
  }
}

/** Recomputes slot `index`'s sums, window and rules from its members. O(s² + s · S/32). */
function refreshSlot(state: CircleState, index: number): void {
  const { prepared, cap, words } = state;
  const { m, unitSize, unitWeight, innerWeight, unitBits } = prepared;
  const base = index * cap;
  const count = state.count[index]!;
  let people = 0;
  let pairSum = 0;
  let facilitators = 0;
  for (let k = 0; k < count; k++) {
    const u = state.members[base + k]!;
    people += unitSize[u]!;
    pairSum += innerWeight[u]!;
    facilitators += prepared.unitFacilitators[u]!;
    for (let q = 0; q < k; q++) pairSum += unitWeight[u * m + state.members[base + q]!]!;
  }
  state.people[index] = people;
  state.pairSum[index] = pairSum;
  state.facilitators[index] = facilitators;
  state.violations[index] = state.hasRules
    ? circleViolations(prepared, state.members.subarray(base, base + count), count)
    : 0;
  for (let w = 0; w < words; w++) {
    let word = -1 >>> 0;
    for (let k = 0; k < count; k++) word &= unitBits[state.members[base + k]! * words + w]!;
    state.bits[index * words + w] = word >>> 0;
  }
}

/** Applies a change that `evaluateChange` found feasible, with its delta. */
export function applyChange(
  state: CircleState,
  r: number,
  a: number,
  outA: number,
  inA: number,
  b: number,
  outB: number,
  inB: number,
  delta: Delta,
): void {
  const { slots } = state;
  // Round aggregates: take the slots out, change them, put them back.
  for (const slot of a === b ? [a] : [a, b]) if (slot >= 0) countSlot(state, r, r * slots + slot, -1);
  if (outA >= 0) detach(state, r, outA);
  if (outB >= 0) detach(state, r, outB);
  if (inA >= 0) attach(state, r, inA, a);
  if (inB >= 0) attach(state, r, inB, b);
  for (const slot of a === b ? [a] : [a, b]) {
    if (slot < 0) continue;
    refreshSlot(state, r * slots + slot);
    countSlot(state, r, r * slots + slot, 1);
  }
  state.unplaced += delta.unplaced;
  state.ruleViolations += delta.violations;
  state.repeats += delta.repeats;
  state.deficit += delta.deficit;
  state.objective += delta.objective;
}

/** Adds (sign 1) or removes (-1) slot `index`'s share of round r's facilitator counts. */
function countSlot(state: CircleState, r: number, index: number, sign: number): void {
  if (state.people[index]! < state.prepared.minSize) return;
  const f = state.facilitators[index]!;
  state.valid[r] = state.valid[r]! + sign;
  if (f === 0) state.withoutFacilitator[r] = state.withoutFacilitator[r]! + sign;
  state.extraFacilitators[r] = state.extraFacilitators[r]! + sign * Math.max(0, f - 1);
}

/** The totals recomputed from scratch (for invariants and the final answer). */
export function recount(state: CircleState): {
  unplaced: number;
  violations: number;
  repeats: number;
  deficit: number;
  objective: number;
} {
  const { prepared, rounds, slots } = state;
  const { m, unitSize, minSize } = prepared;
  let unplaced = 0;
  let violations = 0;
  let deficit = 0;
  let objective = 0;
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < state.poolCount[r]!; k++) unplaced += unitSize[state.pool[r * m + k]!]!;
    let valid = 0;
    let without = 0;
    let extra = 0;
    for (let c = 0; c < slots; c++) {
      const index = r * slots + c;
      const people = state.people[index]!;
      if (people === 0) continue;
      if (people < minSize) {
        unplaced += people;
        continue;
      }
      valid++;
      violations += state.violations[index]!;
      objective += circleValue(state.pairSum[index]!, people);
      deficit += deficitOf(state.threshold, state.pairSum[index]!, people);
      const f = state.facilitators[index]!;
      if (f === 0) without++;
      extra += Math.max(0, f - 1);
    }
    violations += facilitatorPenalty(prepared.facilitators, valid, without, extra);
  }
  let repeats = 0;
  if (state.meet !== null) {
    for (let u = 0; u < m; u++) {
      for (let v = u + 1; v < m; v++) {
        const met = state.meet[u * m + v]!;
        if (met > 1) repeats += (met - 1) * unitSize[u]! * unitSize[v]!;
      }
    }
  }
  return { unplaced, violations, repeats, deficit, objective };
}

/** Debug check: the running totals agree with a recount. */
export function checkTotals(state: CircleState): void {
  const fresh = recount(state);
  invariant(
    fresh.unplaced === state.unplaced &&
      fresh.violations === state.ruleViolations &&
      fresh.repeats === state.repeats &&
      Math.abs(fresh.objective - state.objective) < 1e-6 &&
      Math.abs(fresh.deficit - state.deficit) < 1e-6,
    () =>
      `circle search totals drifted: ${JSON.stringify(fresh)} vs ${JSON.stringify({ u: state.unplaced, v: state.ruleViolations, r: state.repeats, o: state.objective, d: state.deficit })}`,
  );
}

/** Resets the running totals to a recount (clears floating-point drift). */
export function resyncTotals(state: CircleState): void {
  const fresh = recount(state);
  state.unplaced = fresh.unplaced;
  state.ruleViolations = fresh.violations;
  state.repeats = fresh.repeats;
  state.deficit = fresh.deficit;
  state.objective = fresh.objective;
}

/** -1, 0 or 1: how a change with `delta` compares lexicographically (negative = better), ignoring the objective. */
export function compareLevels(delta: Delta): number {
  if (delta.unplaced !== 0) return Math.sign(delta.unplaced);
  if (delta.violations !== 0) return Math.sign(delta.violations);
  if (delta.repeats !== 0) return Math.sign(delta.repeats);
  return 0;
}

/** The slot of unit u in round r (-1: the pool). */
export function slotOfUnit(state: CircleState, r: number, u: number): number {
  return state.slotOf[r * state.prepared.m + u]!;
}

/** The i-th unit of slot `slot` in round r. */
export function memberAt(state: CircleState, r: number, slot: number, i: number): number {
  return state.members[(r * state.slots + slot) * state.cap + i]!;
}

/** Units in slot `slot` of round r. */
export function unitsIn(state: CircleState, r: number, slot: number): number {
  return state.count[r * state.slots + slot]!;
}

/** Copies `from` into `to` (same prepared instance, rounds and slots). */
export function copyState(from: CircleState, to: CircleState): void {
  to.slotOf.set(from.slotOf);
  to.position.set(from.position);
  to.members.set(from.members);
  to.count.set(from.count);
  to.people.set(from.people);
  to.pairSum.set(from.pairSum);
  to.violations.set(from.violations);
  to.facilitators.set(from.facilitators);
  to.bits.set(from.bits);
  to.pool.set(from.pool);
  to.poolCount.set(from.poolCount);
  to.good.set(from.good);
  to.valid.set(from.valid);
  to.withoutFacilitator.set(from.withoutFacilitator);
  to.extraFacilitators.set(from.extraFacilitators);
  if (from.meet !== null && to.meet !== null) to.meet.set(from.meet);
  to.threshold = from.threshold;
  to.unplaced = from.unplaced;
  to.ruleViolations = from.ruleViolations;
  to.repeats = from.repeats;
  to.deficit = from.deficit;
  to.objective = from.objective;
}

/** A copy of `state` (for keeping the best state of a search). */
export function cloneState(state: CircleState): CircleState {
  const copy = createState(state.prepared, state.rounds, state.slots);
  copyState(state, copy);
  return copy;
}
