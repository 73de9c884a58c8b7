/**
 * A greedy first partition for the local search, hardest units first: the unit with
 * the fewest feasible partners still in the pool seeds a circle, which grows by the
 * partner that adds the most weight per person (and, in rotations, has met the circle
 * least) until it reaches `minSize`; a seed that cannot reach it stays in the pool.
 * Left-over units then join the circle where they fit best.
 *
 * Complexity: O(m · d · s) for d partners per unit and circles of s units.
 * References: none (the usual "most constrained first" rule of greedy construction).
 */
import type { CircleState, Delta } from "./circle-state.js";
import { applyChange, evaluateChange, newDelta } from "./circle-state.js";
import { hasSharedWindow } from "./shared-window.js";

/** Weight of one earlier meeting against a candidate, per pair of people (rotations). */
const MET_PENALTY = 100;

/**
 * Forms circles greedily from the units of round r's pool, in empty slots, then inserts
 * what is left. `rank[u]` breaks ties (lower first).
 */
export function constructRound(state: CircleState, r: number, rank: Int32Array): void {
  const { prepared } = state;
  const { m, partnerOffsets, partners, unitSize, unitWeight, minSize, maxSize, space, unitBits } = prepared;
  const words = space?.words ?? 0;
  const inPool = (u: number): boolean => state.slotOf[r * m + u] === -1;
  const openPartners = new Int32Array(m);
  for (let u = 0; u < m; u++) openPartners[u] = partnerOffsets[u + 1]! - partnerOffsets[u]!;
  const order = Array.from({ length: m }, (_, u) => u).sort(
    (a, b) => openPartners[a]! - openPartners[b]! || rank[a]! - rank[b]!,
  );
  const delta = newDelta();
  const chosen: number[] = [];
  const shared = new Uint32Array(words);
  const candidateShared = new Uint32Array(words);
  let nextSlot = 0;
  const skipFull = (): void => {
    while (nextSlot < state.slots && state.count[r * state.slots + nextSlot]! > 0) nextSlot++;
  };
  skipFull();

  for (const seed of order) {
    if (!inPool(seed) || nextSlot >= state.slots) continue;
    chosen.length = 0;
    chosen.push(seed);
    let people = unitSize[seed]!;
    for (let w = 0; w < words; w++) shared[w] = unitBits[seed * words + w]!;
    while (people < minSize) {
      let best = -1;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let k = partnerOffsets[seed]!; k < partnerOffsets[seed + 1]!; k++) {
        const x = partners[k]!;
        if (!inPool(x) || chosen.includes(x) || people + unitSize[x]! > maxSize) continue;
        let gain = 0;
        for (const y of chosen) {
          gain += unitWeight[x * m + y]!;
          if (state.meet !== null) gain -= MET_PENALTY * state.meet[x * m + y]! * unitSize[x]! * unitSize[y]!;
        }
        if (Number.isNaN(gain)) continue;
        gain /= unitSize[x]!;
        if (best >= 0 && (gain < bestGain || (gain === bestGain && rank[x]! > rank[best]!))) continue;
        if (space !== null) {
          for (let w = 0; w < words; w++) candidateShared[w] = shared[w]! & unitBits[x * words + w]!;
          if (!hasWindow(state, candidateShared)) continue;
        }
        best = x;
        bestGain = gain;
      }
      if (best < 0) break;
      chosen.push(best);
      people += unitSize[best]!;
      for (let w = 0; w < words; w++) shared[w] = shared[w]! & unitBits[best * words + w]!;
    }
    if (people < minSize) continue;
    const slot = nextSlot;
    for (const u of chosen) {
      evaluateChange(state, r, -1, u, -1, slot, -1, u, delta);
      if (delta.feasible) applyChange(state, r, -1, u, -1, slot, -1, u, delta);
    }
    skipFull();
  }
  insertLeftovers(state, r, delta);
}

function hasWindow(state: CircleState, bits: Uint32Array): boolean {
  const space = state.prepared.space;
  return space === null || hasSharedWindow(space, bits, 0, space.minLength);
}

/**
 * Moves each unit of round r's pool into the slot with people where it fits best (fewest
 * left out, then rules, repeats and objective), while any such move improves.
 */
export function insertLeftovers(state: CircleState, r: number, delta: Delta = newDelta()): void {
  const { m } = state.prepared;
  let improved = true;
  while (improved) {
    improved = false;
    for (let k = 0; k < state.poolCount[r]!; k++) {
      const u = state.pool[r * m + k]!;
      let bestSlot = -1;
      let best: Delta | null = null;
      for (let c = 0; c < state.slots; c++) {
        if (state.count[r * state.slots + c] === 0) continue;
        evaluateChange(state, r, -1, u, -1, c, -1, u, delta);
        if (!delta.feasible || !lexBetter(delta, best)) continue;
        best = { ...delta };
        bestSlot = c;
      }
      if (best !== null && best.unplaced < 0) {
        applyChange(state, r, -1, u, -1, bestSlot, -1, u, best);
        improved = true;
        k--;
      }
    }
  }
}

/** True when `delta` is lexicographically better than `best` (null: anything is). */
export function lexBetter(delta: Delta, best: Delta | null): boolean {
  if (best === null) return true;
  if (delta.unplaced !== best.unplaced) return delta.unplaced < best.unplaced;
  if (delta.violations !== best.violations) return delta.violations < best.violations;
  if (delta.repeats !== best.repeats) return delta.repeats < best.repeats;
  if (delta.deficit !== best.deficit) return delta.deficit < best.deficit;
  return delta.objective > best.objective;
}
