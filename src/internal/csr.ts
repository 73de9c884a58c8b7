/**
 * Compressed sparse rows (CSR): the layout every adjacency and bucket list in peermatch
 * uses. Groups `0..groups-1` share one `entries` array; group g owns
 * `entries[offsets[g] .. offsets[g+1]-1]`, so `offsets` has `groups + 1` entries,
 * `offsets[0] = 0` and `offsets[groups] = entries.length`.
 *
 * Built in one counting pass, one prefix sum and one fill pass (a counting sort), so the
 * entries of a group keep the order in which their items were placed. This is the one
 * place that loop is written.
 *
 * Complexity: O(groups + items) time and memory.
 * References: Knuth, The Art of Computer Programming vol. 3, §5.2 (distribution counting).
 */
import { debugChecks, invariant } from "./debug.js";

/**
 * Rows of a CSR layout: group g's entries are `entries[offsets[g] .. offsets[g+1]-1]`.
 *
 * @example
 * ```ts
 * const { offsets, entries } = groupByKey(2, Int32Array.from([1, 0, 1]));
 * entries.subarray(offsets[1]!, offsets[2]!); // Int32Array [0, 2]
 * ```
 */
export interface Csr {
  /** `offsets[g]` is where group g starts in `entries`; `offsets[groups]` is the total. */
  readonly offsets: Int32Array;
  /** The entries of all groups, group by group. */
  readonly entries: Int32Array;
}

/**
 * Offsets of groups whose sizes are known: `offsets[g + 1] = offsets[g] + countOf(g)`.
 * `countOf` must return an integer ≥ 0; the caller fills the entries (for example by
 * copying each group's list to `offsets[g]`).
 *
 * @example
 * ```ts
 * const lists = [[4, 2], [], [7]];
 * offsetsFromCounts(lists.length, (g) => lists[g]!.length); // Int32Array [0, 2, 2, 3]
 * ```
 */
export function offsetsFromCounts(groups: number, countOf: (group: number) => number): Int32Array {
  const offsets = new Int32Array(groups + 1);
  let total = 0;
  for (let g = 0; g < groups; g++) {
    const count = countOf(g);
    if (debugChecks.enabled) {
      invariant(Number.isInteger(count) && count >= 0, () => `offsetsFromCounts: group ${g} has count ${count}`);
    }
    total += count;
    offsets[g + 1] = total;
  }
  return offsets;
}

/** Options of {@link groupByKey}. */
export interface GroupByKeyOptions {
  /**
   * The item ids to place, in this order (`keys` and `values` are still indexed by item
   * id). Default: `0..keys.length-1` in increasing order.
   */
  readonly items?: Int32Array;
  /** What to store for item i: `values[i]` instead of i itself. */
  readonly values?: Int32Array;
  /**
   * The `offsets` of an earlier call with the same keys and items, to skip the counting
   * pass (for a second payload over the same grouping); returned as they are.
   */
  readonly offsets?: Int32Array;
}

/**
 * Groups items by a key (a stable counting sort): item i goes to group `keys[i]`, and
 * each group lists its items in the order they are placed. Items with a negative key
 * are left out (a way to filter without copying). Keys must be below `groups`.
 *
 * With `items`, sorting an already ordered sequence by a second key keeps the first
 * order within equal keys, as a radix sort does. With `values`, each group lists a
 * value per item (say, the other end of each edge) rather than the item's id.
 *
 * @example
 * ```ts
 * // edges 0..3 grouped by their first end
 * const from = Int32Array.from([2, 0, 2, 1]);
 * const { offsets, entries } = groupByKey(3, from);
 * // offsets: [0, 1, 2, 4]; entries: [1, 3, 0, 2]
 * groupByKey(3, from, { values: Int32Array.from([5, 6, 7, 8]) }).entries; // [6, 8, 5, 7]
 * ```
 */
export function groupByKey(groups: number, keys: Int32Array, options: GroupByKeyOptions = {}): Csr {
  const { items, values } = options;
  const count = items === undefined ? keys.length : items.length;
  if (debugChecks.enabled) {
    for (let i = 0; i < count; i++) {
      const key = keys[items === undefined ? i : items[i]!]!;
      invariant(key < groups, () => `groupByKey: item ${i} has key ${key} outside 0..${groups - 1}`);
    }
  }
  const offsets = options.offsets ?? countOffsets(groups, keys, items);
  // Fill: cursor[g] = the next free slot of group g.
  const entries = new Int32Array(offsets[groups]!);
  const cursor = offsets.slice(0, groups);
  if (items === undefined && values === undefined) {
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      if (key < 0) continue;
      const slot = cursor[key]!;
      entries[slot] = i;
      cursor[key] = slot + 1;
    }
  } else {
    for (let i = 0; i < count; i++) {
      const item = items === undefined ? i : items[i]!;
      const key = keys[item]!;
      if (key < 0) continue;
      const slot = cursor[key]!;
      entries[slot] = values === undefined ? item : values[item]!;
      cursor[key] = slot + 1;
    }
  }
  return { offsets, entries };
}

/** Counts each group's items into `offsets[key + 1]`, then prefix-sums. */
function countOffsets(groups: number, keys: Int32Array, items: Int32Array | undefined): Int32Array {
  const offsets = new Int32Array(groups + 1);
  if (items === undefined) {
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key >= 0) offsets[key + 1] = offsets[key + 1]! + 1;
    }
  } else {
    for (let i = 0; i < items.length; i++) {
      const key = keys[items[i]!]!;
      if (key >= 0) offsets[key + 1] = offsets[key + 1]! + 1;
    }
  }
  for (let g = 0; g < groups; g++) offsets[g + 1] = offsets[g + 1]! + offsets[g]!;
  return offsets;
}

/**
 * The inverse of a CSR's offsets: `groupOf[i]` is the group whose range holds entry i,
 * for every entry `0..offsets[groups]-1` (the offsets must be non-decreasing from 0).
 *
 * @example
 * ```ts
 * groupOfEntries(Int32Array.from([0, 2, 2, 3])); // Int32Array [0, 0, 2]
 * ```
 */
export function groupOfEntries(offsets: Int32Array): Int32Array {
  const groups = offsets.length - 1;
  const groupOf = new Int32Array(offsets[groups]!);
  for (let g = 0; g < groups; g++) groupOf.fill(g, offsets[g]!, offsets[g + 1]!);
  return groupOf;
}
