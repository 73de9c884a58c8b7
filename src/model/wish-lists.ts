/**
 * Ranked wishes as a CSR list per participant: the first `max` distinct ids of each
 * person's `wishes` that name someone else in the cohort, best first. Ids outside the
 * cohort never get here (validation reports them); self-references are skipped.
 *
 * Complexity: O(n + total wishes).
 */
import { offsetsFromCounts } from "../internal/csr.js";
import type { Participant } from "./types.js";

/**
 * Builds the wish lists for participants in index order, where `indexOf` maps an id to
 * its index.
 *
 * @example
 * ```ts
 * const people = [{ id: "a", wishes: ["c", "b", "c"] }, { id: "b" }, { id: "c" }];
 * wishLists(people, new Map([["a", 0], ["b", 1], ["c", 2]]), 5).wishIndex; // Int32Array [2, 1]
 * ```
 */
export function wishLists(
  participants: readonly Participant[],
  indexOf: ReadonlyMap<string, number>,
  max: number,
): { wishOffsets: Int32Array; wishIndex: Int32Array } {
  const lists = participants.map((participant, i) => {
    const list: number[] = [];
    for (const id of participant.wishes ?? []) {
      const j = indexOf.get(id);
      if (j === undefined || j === i || list.includes(j)) continue;
      list.push(j);
      if (list.length === max) break;
    }
    return list;
  });
  const wishOffsets = offsetsFromCounts(lists.length, (i) => lists[i]!.length);
  const wishIndex = new Int32Array(wishOffsets[lists.length]!);
  lists.forEach((list, i) => {
    wishIndex.set(list, wishOffsets[i]!);
  });
  return { wishOffsets, wishIndex };
}
