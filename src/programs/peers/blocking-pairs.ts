/**
 * Blocking pairs of a grouping, by directional scores: two people who could be paired
 * (no veto), are not in the same group, and each strictly prefers the other to their
 * current group (a trio member values the trio by the mean of her two scores) or is
 * unmatched. O(n²) over the score matrix.
 */
import type { Compatibility } from "../../compatibility/compatibility.js";

export function blockingPairsOf(
  compatibility: Compatibility,
  groups: readonly (readonly number[])[],
): [number, number][] {
  const { n, scores } = compatibility;
  const current = new Float64Array(n).fill(-Infinity);
  const groupOf = new Int32Array(n).fill(-1);
  groups.forEach((group, g) => {
    for (const member of group) {
      groupOf[member] = g;
      let sum = 0;
      for (const other of group) if (other !== member) sum += scores[member * n + other]!;
      current[member] = sum / (group.length - 1);
    }
  });
  const blocking: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const valueI = current[i]!;
    for (let j = i + 1; j < n; j++) {
      const sij = scores[i * n + j]!;
      if (!(sij > valueI)) continue; // also skips infeasible (NaN) pairs
      if (groupOf[i] !== -1 && groupOf[i] === groupOf[j]) continue;
      if (scores[j * n + i]! > current[j]!) blocking.push([i, j]);
    }
  }
  return blocking;
}
