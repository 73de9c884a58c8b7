/**
 * Stable roommates with forced pairs: a stable matching (of the whole instance) that
 * contains every given pair, when one exists.
 *
 * Reduction. Let {a, b} be forced. In a stable matching M that contains it:
 * - a is with b, so no pair {a, x} with x ≠ b is in M; a pair {a, x} that a ranks
 *   below b can never block M either;
 * - every c that a prefers to b must hold someone she prefers to a (else {a, c} would
 *   block), so c's pairs with a and with everyone c ranks below a can be deleted.
 * The same holds with a and b swapped. Deleting these pairs (for all forced pairs at
 * once) keeps exactly the stable matchings that contain the forced pairs; they are the
 * stable matchings of the reduced instance in which every person whose list was cut
 * ("c" above) is matched. Since all stable matchings of an instance match the same
 * people (Gusfield & Irving 1989, 4.5.2), one run of Irving's algorithm on the reduced
 * instance decides it: the answer is its stable matching when it has one, the forced
 * pairs are matched together, and every cut person is matched; otherwise no stable
 * matching contains all the forced pairs.
 *
 * Complexity: O(n + L) for L = total list length, plus O(deg) per forced pair member.
 * References: Dias, da Fonseca, de Figueiredo & Szwarcfiter, "The stable marriage
 * problem with restricted pairs", TCS 306 (2003); Fleiner, Irving & Manlove,
 * "Efficient algorithms for generalized stable marriage and roommates problems", TCS 381
 * (2007); Irving 1985; Gusfield & Irving 1989, ch. 4.
 */
import { stableRoommatesIndexed } from "./stable-roommates.js";

/**
 * The outcome of {@link stableRoommatesForced}.
 *
 * @example
 * ```ts
 * const result: ForcedRoommatesResult = stableRoommatesForced(2, Int32Array.of(0, 1, 2), Int32Array.of(1, 0), [[0, 1]]);
 * // { exists: true, mate: Int32Array [1, 0] }
 * ```
 */
export interface ForcedRoommatesResult {
  /** Whether a stable matching containing every forced pair exists (`mate` is then one). */
  readonly exists: boolean;
  /** When `exists`: the stable matching; otherwise the reduced instance's (best effort, may miss pairs). */
  readonly mate: Int32Array;
}

/**
 * A stable matching that contains every pair of `forced` (disjoint, mutually
 * acceptable pairs), on index-based lists as {@link stableRoommatesIndexed} takes them.
 * See the file comment for the method.
 *
 * @example
 * ```ts
 * // 0: [1, 2], 1: [0, 2], 2: [0, 1] with {0, 2} forced: 0 prefers 1, so 1 must hold someone
 * // better than 0 — there is no one, so no stable matching contains {0, 2}.
 * stableRoommatesForced(3, Int32Array.of(0, 2, 4, 6), Int32Array.of(1, 2, 0, 2, 0, 1), [[0, 2]]).exists; // false
 * ```
 */
export function stableRoommatesForced(
  n: number,
  offsets: Int32Array,
  entries: Int32Array,
  forced: readonly (readonly [number, number])[],
): ForcedRoommatesResult {
  const deleted = new Set<number>();
  const remove = (p: number, q: number): void => {
    deleted.add(p * n + q);
    deleted.add(q * n + p);
  };
  const cut = new Uint8Array(n);
  const listOf = (p: number): Int32Array => entries.subarray(offsets[p]!, offsets[p + 1]!);
  for (const [x, y] of forced) {
    for (const [a, b] of [
      [x, y],
      [y, x],
    ] as const) {
      const list = listOf(a);
      let before = true;
      for (const c of list) {
        if (c === b) {
          before = false;
          continue;
        }
        remove(a, c);
        const other = listOf(c);
        const at = other.indexOf(a);
        if (!before || at === -1) continue;
        // a prefers c to b (and c lists a): c must end with someone she prefers to a.
        cut[c] = 1;
        for (let k = at; k < other.length; k++) remove(c, other[k]!);
      }
    }
  }
  const reducedOffsets = new Int32Array(n + 1);
  const kept: number[] = [];
  for (let p = 0; p < n; p++) {
    for (const q of listOf(p)) if (!deleted.has(p * n + q)) kept.push(q);
    reducedOffsets[p + 1] = kept.length;
  }
  const { stable, mate } = stableRoommatesIndexed(n, reducedOffsets, Int32Array.from(kept));
  let exists = stable && forced.every(([a, b]) => mate[a] === b);
  for (let p = 0; p < n && exists; p++) if (cut[p] === 1 && mate[p] === -1) exists = false;
  return { exists, mate };
}

/**
 * Which forced pairs cannot join the others: the pairs are tried in the given order,
 * each kept when a stable matching still contains it with every pair kept before it.
 * Returns the positions (in `forced`) of the pairs that could not be kept; empty when
 * a stable matching contains them all, and every position when the instance has no
 * stable matching at all.
 *
 * Complexity: one {@link stableRoommatesForced} run per forced pair.
 *
 * @example
 * ```ts
 * forcedPairConflicts(3, Int32Array.of(0, 2, 4, 6), Int32Array.of(1, 2, 0, 2, 0, 1), [[0, 2]]); // [0]
 * ```
 */
export function forcedPairConflicts(
  n: number,
  offsets: Int32Array,
  entries: Int32Array,
  forced: readonly (readonly [number, number])[],
): number[] {
  const kept: (readonly [number, number])[] = [];
  const conflicts: number[] = [];
  forced.forEach((pair, k) => {
    if (stableRoommatesForced(n, offsets, entries, [...kept, pair]).exists) kept.push(pair);
    else conflicts.push(k);
  });
  return conflicts;
}
