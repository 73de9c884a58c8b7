/**
 * The composition rules of one circle, counted on its people: a "no lone member" rule
 * is broken once when exactly one member has the attribute; a "max shared" rule is
 * broken by every member beyond `max` who shares one value. Facilitators are counted
 * per circle and judged over the whole partition (`facilitatorPenalty`).
 *
 * Complexity: O(s · r) per circle of s people and r rules (O(s²) for a max-shared rule).
 * References: none.
 */
import type { PreparedCircles } from "./circle-instance.js";

/** Broken composition rules (noLone and maxShared) of the circle formed by `units[0 .. count)`. */
export function circleViolations(prepared: PreparedCircles, units: ArrayLike<number>, count: number): number {
  const { instance, unitLabels, unitOffsets, unitPeople } = prepared;
  let broken = 0;
  for (const labels of unitLabels) {
    let labelled = 0;
    for (let k = 0; k < count; k++) labelled += labels[units[k]!]!;
    if (labelled === 1) broken++;
  }
  for (const rule of instance.maxShared ?? []) {
    broken += excessOfShared(rule.category, rule.max, unitOffsets, unitPeople, units, count);
  }
  return broken;
}

/** Σ over values of max(0, members with that value − max). */
function excessOfShared(
  category: Int32Array,
  max: number,
  unitOffsets: Int32Array,
  unitPeople: Int32Array,
  units: ArrayLike<number>,
  count: number,
): number {
  const values: number[] = [];
  for (let k = 0; k < count; k++) {
    const u = units[k]!;
    for (let p = unitOffsets[u]!; p < unitOffsets[u + 1]!; p++) {
      const value = category[unitPeople[p]!]!;
      if (value >= 0) values.push(value);
    }
  }
  if (values.length <= max) return 0;
  values.sort((a, b) => a - b);
  let excess = 0;
  let run = 0;
  for (let k = 0; k < values.length; k++) {
    run = k > 0 && values[k] === values[k - 1] ? run + 1 : 1;
    if (run > max) excess++;
  }
  return excess;
}

/** Facilitators in the circle formed by `units[0 .. count)`. */
export function circleFacilitators(prepared: PreparedCircles, units: ArrayLike<number>, count: number): number {
  let f = 0;
  for (let k = 0; k < count; k++) f += prepared.unitFacilitators[units[k]!]!;
  return f;
}

/**
 * Broken facilitator rules of a partition with `circles` circles, `withoutFacilitator` of
 * them holding none and `extra` = Σ max(0, facilitators − 1) over circles, when the
 * cohort has `total` facilitators: with enough (total ≥ circles) each circle without one
 * counts; with too few, each facilitator beyond the first in a circle counts.
 */
export function facilitatorPenalty(total: number, circles: number, withoutFacilitator: number, extra: number): number {
  if (total === 0) return 0;
  return total >= circles ? withoutFacilitator : extra;
}
