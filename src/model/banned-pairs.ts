/**
 * Pairs that may never be matched, as a symmetric CSR adjacency list: `exclude` on
 * either side (reason 0) and, unless past partners are allowed, `pastPartners` on
 * either side (reason 1). A pair with both reasons keeps reason 0 (exclusion is the
 * stronger statement). Ids outside the cohort and self-references are ignored.
 *
 * Complexity: O(n + b log b) for b listed ids.
 */
import type { Participant } from "./types.js";
import { offsetsFromCounts } from "../internal/csr.js";

/**
 * `NormalisedCohort.bannedReason` code: one of the two excluded the other.
 *
 * @example
 * ```ts
 * const excluded = cohort.bannedReason[k] === BANNED_EXCLUDED;
 * ```
 */
export const BANNED_EXCLUDED = 0;
/**
 * `NormalisedCohort.bannedReason` code: the two were partners before.
 *
 * @example
 * ```ts
 * const reason = cohort.bannedReason[k] === BANNED_PAST_PARTNER ? "past partners" : "excluded";
 * ```
 */
export const BANNED_PAST_PARTNER = 1;

/** The banned-pair CSR of a cohort. */
export interface BannedPairs {
  readonly bannedOffsets: Int32Array;
  readonly bannedIndex: Int32Array;
  readonly bannedReason: Uint8Array;
}

/**
 * Builds the banned-pair lists for participants in index order, where `indexOf` maps an
 * id to its index.
 *
 * @example
 * ```ts
 * const people = [{ id: "a", exclude: ["b"] }, { id: "b" }];
 * bannedPairs(people, new Map([["a", 0], ["b", 1]]), false).bannedIndex; // Int32Array [1, 0]
 * ```
 */
export function bannedPairs(
  participants: readonly Participant[],
  indexOf: ReadonlyMap<string, number>,
  allowPastPartners: boolean,
): BannedPairs {
  const n = participants.length;
  // Candidate entries (i, j, reason), both directions.
  const lists: Map<number, number>[] = [];
  const add = (i: number, j: number, reason: number): void => {
    for (const [from, to] of [
      [i, j],
      [j, i],
    ] as const) {
      const list = lists[from] ?? new Map<number, number>();
      lists[from] = list;
      const previous = list.get(to);
      list.set(to, previous === undefined ? reason : Math.min(previous, reason));
    }
  };
  participants.forEach((participant, i) => {
    const reasons: [readonly string[] | undefined, number][] = [[participant.exclude, BANNED_EXCLUDED]];
    if (!allowPastPartners) reasons.push([participant.pastPartners, BANNED_PAST_PARTNER]);
    for (const [ids, reason] of reasons) {
      for (const id of ids ?? []) {
        const j = indexOf.get(id);
        if (j !== undefined && j !== i) add(i, j, reason);
      }
    }
  });
  // Someone with no banned partner has no list.
  const bannedOffsets = offsetsFromCounts(n, (i) => lists[i]?.size ?? 0);
  const total = bannedOffsets[n]!;
  const bannedIndex = new Int32Array(total);
  const bannedReason = new Uint8Array(total);
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (list === undefined) continue;
    let k = bannedOffsets[i]!;
    for (const j of [...list.keys()].sort((x, y) => x - y)) {
      bannedIndex[k] = j;
      bannedReason[k] = list.get(j) as number;
      k++;
    }
  }
  return { bannedOffsets, bannedIndex, bannedReason };
}
