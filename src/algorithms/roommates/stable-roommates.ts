/**
 * Stable roommates with an honest answer when no stable matching exists.
 *
 * Computes, for ranked preference lists (complete or incomplete, any n, a pair being
 * acceptable only when both rank each other): a stable matching when one exists
 * (Irving 1985); otherwise Tan's maximum stable matching — one person removed from each
 * odd party of a stable partition, everyone else matched so that no two matched people
 * block it — together with the exact list of blocking pairs of what is returned,
 * with respect to the whole instance.
 *
 * Numbering: people are `0..n-1`; in the string API ids are interned in sorted
 * (code-unit) order, so ties in the few deterministic choices (which person leaves an odd
 * party, how an even cycle is split, which stable matching Irving's phase 2 reaches) are
 * broken by that order, never by the order of the caller's keys.
 *
 * Complexity: O(n + L) time and memory, L = total list length (O(n²) for complete lists),
 * plus sorting: the ids in the string API, O(n log n), and the B blocking pairs, O(B log B).
 *
 * References: Irving, "An efficient algorithm for the stable roommates problem",
 * J. Algorithms 6 (1985) 577–595; Tan, "A necessary and sufficient condition for the
 * existence of a complete stable matching", J. Algorithms 12 (1991) 154–178; Tan,
 * "A maximum stable matching for the roommates problem", BIT 30 (1990);
 * Gusfield & Irving, "The Stable Marriage Problem: Structure and Algorithms", MIT Press
 * (1989), ch. 4.
 */
import { internPreferences, validateIndexedPreferences } from "./preference-lists.js";
import { buildMutualLists } from "./mutual-lists.js";
import { reduceTable } from "./reduce-table.js";
import { blockingPairsOfMatching, matchFromPartition } from "./stable-partition.js";

/**
 * The outcome of {@link stableRoommates}.
 *
 * @example
 * ```ts
 * const result: RoommatesResult = stableRoommates({ a: ["b"], b: ["a"] });
 * // { stable: true, pairs: [["a", "b"]], unmatched: [], blockingPairs: [] }
 * ```
 */
export interface RoommatesResult {
  /** Whether a stable matching exists (then `pairs` is one and `blockingPairs` is empty). */
  stable: boolean;
  /** Matched pairs, each in id order, sorted. */
  pairs: [string, string][];
  /** People left alone, sorted: those nobody acceptable would take, plus one per odd party. */
  unmatched: string[];
  /** Blocking pairs of `pairs` in the whole instance, each in id order, sorted. */
  blockingPairs: [string, string][];
}

/**
 * The outcome of {@link stableRoommatesIndexed}.
 *
 * @example
 * ```ts
 * const { stable, mate } = stableRoommatesIndexed(2, Int32Array.of(0, 1, 2), Int32Array.of(1, 0));
 * // stable === true, mate = Int32Array [1, 0]
 * ```
 */
export interface IndexedRoommatesResult {
  /** Whether a stable matching exists. */
  stable: boolean;
  /** mate[i]: i's partner, or -1 when i is left alone. */
  mate: Int32Array;
  /** Blocking pairs `[i, j]` of `mate` in the whole instance, i < j, sorted. */
  blockingPairs: [number, number][];
}

function solve(n: number, offsets: Int32Array, entries: Int32Array): IndexedRoommatesResult {
  const table = reduceTable(buildMutualLists(n, offsets, entries));
  const matching = matchFromPartition(table);
  return {
    stable: matching.oddParties === 0,
    mate: matching.mate,
    blockingPairs: blockingPairsOfMatching(table, matching),
  };
}

/**
 * Stable roommates on index-based lists: person `i` ranks
 * `entries[offsets[i]] .. entries[offsets[i + 1] - 1]`, most preferred first. An entry
 * `j` counts only if `j` also ranks `i`. Same semantics as {@link stableRoommates}:
 * a stable matching when one exists, else Tan's maximum stable matching (`mate[i] = -1`
 * for people left out) and its blocking pairs.
 *
 * @throws MatchInputError (`invalid_preferences`) for malformed offsets, an index out of
 * range, a person ranking themselves or ranking someone twice.
 *
 * @example
 * ```ts
 * // 0: [1, 2], 1: [2, 0], 2: [0, 1] — an odd party: no stable matching.
 * const result = stableRoommatesIndexed(3, Int32Array.of(0, 2, 4, 6), Int32Array.of(1, 2, 2, 0, 0, 1));
 * // result.stable === false; result.mate = [-1, 2, 1]; result.blockingPairs = [[0, 2]]
 * ```
 */
export function stableRoommatesIndexed(n: number, offsets: Int32Array, entries: Int32Array): IndexedRoommatesResult {
  validateIndexedPreferences("stableRoommatesIndexed", n, offsets, entries);
  return solve(n, offsets, entries);
}

/**
 * Stable roommates (Irving 1985) with Tan's maximum stable matching when no stable
 * matching exists. `preferences[id]` ranks other ids, most preferred first; lists may be
 * incomplete, and a pair is acceptable only when both list each other (an entry naming an
 * id that does not list you back is ignored).
 *
 * When no stable matching exists, the smallest id (code-unit order) of each odd party
 * is the one left out, and the result depends only on the lists and the ids, never on
 * the order of the keys. Which stable matching is returned when there are several, and
 * who leaves an odd party, can change when ids are renamed in a way that changes their
 * order; whether one exists and how many people are matched cannot.
 *
 * @throws MatchInputError (`invalid_preferences`, path `[id, position]`) for a list naming
 * an unknown id, naming its owner, naming someone twice, a non-array list or a non-string
 * entry; every issue is reported.
 *
 * @example
 * ```ts
 * stableRoommates({
 *   a: ["b", "c", "d"],
 *   b: ["c", "a", "d"],
 *   c: ["a", "b", "d"],
 *   d: ["a", "b", "c"],
 * });
 * // { stable: false, pairs: [["b", "c"]], unmatched: ["a", "d"],
 * //   blockingPairs: [["a", "c"], ["a", "d"]] }
 * ```
 */
export function stableRoommates(preferences: Readonly<Record<string, readonly string[]>>): RoommatesResult {
  const { n, ids, offsets, entries } = internPreferences("stableRoommates", preferences);
  const { stable, mate, blockingPairs } = solve(n, offsets, entries);
  const id = (i: number): string => ids[i]!;
  const pairs: [string, string][] = [];
  const unmatched: string[] = [];
  for (let i = 0; i < n; i++) {
    const j = mate[i]!;
    if (j === -1) unmatched.push(id(i));
    else if (i < j) pairs.push([id(i), id(j)]);
  }
  return {
    stable,
    pairs,
    unmatched,
    blockingPairs: blockingPairs.map(([i, j]): [string, string] => [id(i), id(j)]),
  };
}
