/**
 * Each participant's own feature importance as a dense matrix `n × features.length`,
 * 1 where not set.
 */
import type { Participant } from "./types.js";

/**
 * `importance[i * features.length + f]` for participants in index order. Keys must be
 * names in `features` (checked during validation).
 *
 * @example
 * ```ts
 * importanceMatrix([{ id: "a", importance: { goals: 2 } }], ["goals", "language"]); // Float64Array [2, 1]
 * ```
 */
export function importanceMatrix(participants: readonly Participant[], features: readonly string[]): Float64Array {
  const width = features.length;
  const matrix = new Float64Array(participants.length * width).fill(1);
  participants.forEach((participant, i) => {
    const importance = participant.importance;
    if (importance === undefined) return;
    features.forEach((feature, f) => {
      if (Object.hasOwn(importance, feature)) matrix[i * width + f] = importance[feature]!;
    });
  });
  return matrix;
}
