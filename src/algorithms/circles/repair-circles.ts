/**
 * Placing left-out units after the greedy construction: insert a unit where it fits;
 * otherwise let it take the seat of a member who fits into another circle (an ejection
 * chain of depth two); otherwise form new circles from the pool. Repeated while any of
 * them places someone. Every step keeps the partition valid and never leaves out more
 * people.
 *
 * Complexity: O(p · K · s · K) per pass for p left-out units and K circles (each
 * ejection tries every seat, and each seat every other circle).
 * References: Glover 1996, "Ejection chains, reference structures and alternating path methods".
 */
import type { CircleState } from "./circle-state.js";
import { applyChange, evaluateChange, newDelta } from "./circle-state.js";
import { constructRound, insertLeftovers, lexBetter } from "./construct-circles.js";

/** Places as many of round r's left-out units as the three repairs can. */
export function repairPlacement(state: CircleState, r: number, rank: Int32Array): void {
  const { m } = state.prepared;
  for (let pass = 0; pass < 8 && state.poolCount[r]! > 0; pass++) {
    const before = state.unplaced;
    insertLeftovers(state, r);
    const pool = Array.from(state.pool.subarray(r * m, r * m + state.poolCount[r]!)).sort(
      (a, b) => rank[a]! - rank[b]!,
    );
    for (const u of pool) if (state.slotOf[r * m + u] === -1) eject(state, r, u);
    constructRound(state, r, rank);
    if (state.unplaced >= before) break;
  }
}

/** Tries to seat left-out unit u in place of a member who then joins another circle. */
function eject(state: CircleState, r: number, u: number): boolean {
  const { slots, cap } = state;
  const delta = newDelta();
  const insert = newDelta();
  for (let b = 0; b < slots; b++) {
    const index = r * slots + b;
    if (state.people[index]! < state.prepared.minSize) continue;
    for (let k = 0; k < state.count[index]!; k++) {
      const y = state.members[index * cap + k]!;
      evaluateChange(state, r, -1, u, y, b, y, u, delta);
      if (!delta.feasible || delta.violations > 0) continue;
      // Where could y go?
      let target = -1;
      let best = null as typeof insert | null;
      for (let c = 0; c < slots; c++) {
        if (c === b || state.people[r * slots + c]! < state.prepared.minSize) continue;
        evaluateChange(state, r, -1, y, -1, c, -1, y, insert);
        if (!insert.feasible || insert.violations > 0) continue;
        if (lexBetter(insert, best)) {
          best = { ...insert };
          target = c;
        }
      }
      if (target < 0) continue;
      applyChange(state, r, -1, u, y, b, y, u, delta);
      evaluateChange(state, r, -1, y, -1, target, -1, y, insert);
      if (insert.feasible) {
        applyChange(state, r, -1, y, -1, target, -1, y, insert);
        return true;
      }
      // y no longer fits (the swap changed nothing it needs, so this does not happen): undo.
      evaluateChange(state, r, -1, y, u, b, u, y, delta);
      applyChange(state, r, -1, y, u, b, u, y, delta);
    }
  }
  return false;
}
