/**
 * Irving's reduction of the roommates preference table, stopped where Tan's stable
 * partition can be read off.
 *
 * Phase 1 (Irving 1985): everyone proposes down their list; whoever receives a
 * proposal holds the best one and deletes everyone ranked below that proposer. Phase 2
 * (Irving 1985): while some list has three or more entries, expose a rotation
 * (x_0, y_0) … (x_{r-1}, y_{r-1}) — y_i = first(x_i), y_{i+1} = second(x_i),
 * x_{i+1} = last(y_{i+1}) — and eliminate it: every y_{i+1} deletes everyone it ranks
 * below x_i.
 *
 * Representation. The only deletion either phase ever makes is "person a deletes every
 * entry it ranks below some position", so a list is a prefix: `tail[a]` is the last
 * position a has not cut off. Deletion is symmetric, hence position p of x's list
 * (naming z) is still present iff `p <= tail[x] && twin[p] <= tail[z]`. Nothing else is
 * stored; `head`, `second` and `tail` are only moved past entries that are gone, which
 * never come back, so every scan is amortised over the total list length.
 *
 * Invariants after phase 1 and after each elimination (the "stable table" of Irving):
 * (T1) first(x) = y iff last(y) = x, for every x with a non-empty list;
 * (T2) every deleted mutually acceptable pair {a, b} has a "causer", say a, whose list
 *      is non-empty and who ranks every entry still on it above b.
 * When every list has at most two entries, (T1) and (T2) make the permutation
 * Π(x) = first(x) (Π(x) = x for an empty list) a stable partition in Tan's sense:
 * no mutually acceptable a, b where each ranks the other strictly above its
 * predecessor Π⁻¹ (Tan 1991, Definition of a stable partition).
 *
 * Complexity: O(n + total list length) time, O(n + total list length) memory.
 *
 * References: Irving 1985 (phases 1 and 2, rotations); Gusfield & Irving 1989, ch. 4
 * (stable tables, reuse of the rotation search path); Tan 1991 (stable partitions).
 */
import { debugChecks, invariant } from "../../internal/debug.js";
import type { MutualLists } from "./mutual-lists.js";

/** The reduced table: person x's list is what survives within `start[x] .. tail[x]`. */
export interface ReducedTable {
  readonly lists: MutualLists;
  /** tail[x]: last position x has not cut off (start[x] - 1 when x's list is empty). */
  readonly tail: Int32Array;
  /** head[x] <= position of first(x); moved forward only past absent entries. */
  readonly head: Int32Array;
  /** second[x] <= position of second(x); moved forward only past absent entries. */
  readonly second: Int32Array;
}

/** Whether position p (in the list of `owner`) is still present. */
function present(table: ReducedTable, owner: number, p: number): boolean {
  const { target, twin } = table.lists;
  return p <= table.tail[owner]! && twin[p]! <= table.tail[target[p]!]!;
}

/** Position of x's most preferred remaining entry, or -1 when x's list is empty. */
export function firstPosition(table: ReducedTable, x: number): number {
  const { head, tail } = table;
  let p = head[x]!;
  const last = tail[x]!;
  while (p <= last && !present(table, x, p)) p++;
  head[x] = p;
  return p <= last ? p : -1;
}

/** Position of x's second remaining entry, or -1 when x has fewer than two. */
export function secondPosition(table: ReducedTable, x: number): number {
  const first = firstPosition(table, x);
  if (first === -1) return -1;
  const { second, tail } = table;
  let p = Math.max(second[x]!, first + 1);
  const last = tail[x]!;
  while (p <= last && !present(table, x, p)) p++;
  second[x] = p;
  return p <= last ? p : -1;
}

/** Position of x's least preferred remaining entry, or -1 when x's list is empty. */
export function lastPosition(table: ReducedTable, x: number): number {
  const { head, tail } = table;
  const first = head[x]!;
  let p = tail[x]!;
  while (p >= first && !present(table, x, p)) p--;
  tail[x] = Math.max(p, table.lists.start[x]! - 1);
  return p >= first ? p : -1;
}

/** Phase 1: proposals with list reduction. Leaves a table satisfying (T1) and (T2). */
function runPhase1(table: ReducedTable): void {
  const { n, target, twin } = table.lists;
  const { tail } = table;
  // holder[y]: the person whose proposal y currently holds, or -1.
  const holder = new Int32Array(n).fill(-1);
  const free = new Int32Array(n);
  let freeCount = 0;
  for (let x = n - 1; x >= 0; x--) free[freeCount++] = x;
  while (freeCount > 0) {
    const x = free[--freeCount]!;
    const p = firstPosition(table, x);
    if (p === -1) continue; // x's list is empty: x stays alone.
    const y = target[p]!;
    // x is present on y's list, so y prefers x to whoever it holds: y deletes everyone
    // below x, which rejects the previous holder.
    tail[y] = twin[p]!;
    const previous = holder[y]!;
    holder[y] = x;
    if (previous !== -1) free[freeCount++] = previous;
  }
}

/** Whether x's list has at least three entries. */
function hasThreeOrMore(table: ReducedTable, x: number): boolean {
  const second = secondPosition(table, x);
  return second !== -1 && second < lastPosition(table, x);
}

/**
 * Phase 2: eliminate exposed rotations until every list has at most two entries,
 * setting aside the odd parties (rotations whose elimination would empty a list).
 *
 * The search path p_b, …, p_{d-1} (p_{k+1} = last(second(p_k))) is kept in
 * `path[bottom .. depth-1]`; when it closes a cycle, that cycle is the rotation. After
 * eliminating it the rest of the path stays valid (the reuse described by Gusfield &
 * Irving 1989), with one exception found by testing: a member that is some y_{i+1} whose first
 * entry is x_i is cut down to that single entry. A member p_j keeps its first and second
 * entries and its link unless that happens to it, and it cannot happen while its
 * predecessor's link is intact (p_j = last(second(p_{j-1})) keeps two entries). So the
 * members cut down to one entry form a prefix of the path, and they are dropped from its
 * bottom. The search stays linear: every push is paid for by an elimination, an odd
 * party, a drop from the bottom or a start.
 */
function runPhase2(table: ReducedTable): void {
  const { n, target, twin } = table.lists;
  const { tail } = table;
  const path = new Int32Array(n);
  // onPath[x] = 1 + index of x in path, or 0.
  const onPath = new Int32Array(n);
  const cutAt = new Int32Array(n);
  const cutter = new Int32Array(n);
  let bottom = 0;
  let depth = 0;
  let nextStart = 0;
  for (;;) {
    if (depth === bottom) {
      while (nextStart < n && !hasThreeOrMore(table, nextStart)) nextStart++;
      if (nextStart === n) return;
      path[0] = nextStart;
      onPath[nextStart] = 1;
      bottom = 0;
      depth = 1;
    }
    const top = path[depth - 1]!;
    const secondOfTop = secondPosition(table, top);
    // Checked always: continuing on a broken path could loop forever.
    if (secondOfTop === -1)
      throw new Error(
        `peermatch invariant broken: roommates phase 2: ${top} on the search path has fewer than two entries`,
      );
    const y = target[secondOfTop]!;
    const next = target[lastPosition(table, y)]!;
    if (onPath[next] === 0) {
      path[depth++] = next;
      onPath[next] = depth;
      continue;
    }

    // Rotation: x_i = path[from .. depth-1].
    const from = onPath[next]! - 1;
    if (isOddParty(table, path, bottom, from, depth, onPath)) {
      // Its members keep their two entries (first = Π, last = Π⁻¹) for good; nothing
      // outside can reach them, and the path is exactly the party.
      for (let i = bottom; i < depth; i++) onPath[path[i]!] = 0;
      depth = bottom;
      continue;
    }
    // Record every cut before making any: the cuts change other members' second entries.
    const size = depth - from;
    for (let i = 0; i < size; i++) {
      const x = path[from + i]!;
      const s = secondPosition(table, x);
      cutter[i] = target[s]!;
      cutAt[i] = twin[s]!;
    }
    for (let i = 0; i < size; i++) {
      const y1 = cutter[i]!;
      tail[y1] = Math.min(tail[y1]!, cutAt[i]!);
    }
    for (let i = from; i < depth; i++) onPath[path[i]!] = 0;
    depth = from;
    while (bottom < depth && secondPosition(table, path[bottom]!) === -1) {
      onPath[path[bottom]!] = 0;
      bottom++;
    }
  }
}

/**
 * Whether the rotation on path[from .. depth-1] is an odd party of Tan's stable
 * partition, recognised as the rotations whose elimination would empty a list: exactly
 * when some x_j has the two entries y_j, y_{j+1} and y_{j+1} is itself a member x_i
 * with first(x_i) = x_j (x_i and x_j would cut each other). In a stable table this
 * happens only when every member has exactly two entries, first = Π and last = Π⁻¹,
 * around a cycle of odd length; such a closed cycle cannot be entered by a search path
 * from outside, so it is the whole path (both facts are checked on every call).
 */
function isOddParty(
  table: ReducedTable,
  path: Int32Array,
  bottom: number,
  from: number,
  depth: number,
  onPath: Int32Array,
): boolean {
  let empties = false;
  let allTwo = true;
  for (let i = from; i < depth; i++) {
    const x = path[i]!;
    const s = secondPosition(table, x);
    const two = s === lastPosition(table, x);
    if (!two) allTwo = false;
    if (two && onPath[table.lists.target[s]!]! > from) empties = true;
  }
  // Checked always: dropping a path that does not start inside the odd party would loop.
  if (empties && !(allTwo && from === bottom && (depth - from) % 2 === 1)) {
    throw new Error(
      `peermatch invariant broken: roommates phase 2: a rotation at ${path[from]} would empty a list without being an odd party`,
    );
  }
  return empties;
}

/** Debug check of (T1): first(last(x)) = x for every x with a non-empty list. */
function checkFirstLast(table: ReducedTable, phase: string): void {
  const { n, target } = table.lists;
  for (let x = 0; x < n; x++) {
    const last = lastPosition(table, x);
    if (last === -1) continue;
    const y = target[last]!;
    invariant(
      target[firstPosition(table, y)] === x,
      () => `roommates ${phase}: last(${x}) = ${y} but first(${y}) is not ${x}`,
    );
  }
}

/**
 * Runs phases 1 and 2 on the mutually acceptable lists. On return every list has at
 * most two entries, (T1) and (T2) hold, and Π(x) = first(x) is a stable partition.
 */
export function reduceTable(lists: MutualLists): ReducedTable {
  const { n, start } = lists;
  const tail = new Int32Array(n);
  const head = new Int32Array(n);
  const second = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    head[x] = start[x]!;
    second[x] = start[x]! + 1;
    tail[x] = start[x + 1]! - 1;
  }
  const table: ReducedTable = { lists, tail, head, second };
  runPhase1(table);
  if (debugChecks.enabled) checkFirstLast(table, "phase 1");
  runPhase2(table);
  if (debugChecks.enabled) checkFirstLast(table, "phase 2");
  return table;
}
