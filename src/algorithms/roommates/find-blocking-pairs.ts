/**
 * The blocking-pair checker: given ranked preference lists and any matching, lists every
 * blocking pair. Written apart from the stable roommates solver (it shares only input
 * validation with it) so that each can check the other.
 *
 * A blocking pair is two people who find each other acceptable (both list each other),
 * are not paired together, and each strictly prefers the other to their partner, or is
 * unmatched (anyone acceptable beats being alone).
 *
 * Method: for each person x, the "better set" is the prefix of x's list ranked above
 * mate[x] (the whole list when x is alone). {x, z} blocks iff z is in x's better set and
 * x is in z's better set. Better-set entries are bucketed by the person they name; then,
 * for each z, z's own better set is stamped and the bucket of z is scanned against it.
 *
 * Complexity: O(n + L + B log B) time (L = total list length, B = number of blocking
 * pairs, sorted for the output), O(n + L) memory.
 *
 * References: Gale & Shapley 1962 (blocking pairs); Irving 1985; Gusfield & Irving 1989.
 */
import { inputError, IssueList } from "../../errors/issues.js";
import { internPreferences, validateIndexedPreferences } from "./preference-lists.js";
import { groupByKey } from "../../internal/csr.js";

/**
 * For each person, the end of their better set: the position of their partner in their
 * own list, or the end of the list when alone. `notListed` names the people whose
 * partner is not on their list (their end is then meaningless).
 */
function betterSetEnds(
  n: number,
  offsets: Int32Array,
  entries: Int32Array,
  mate: Int32Array,
): { ends: Int32Array; notListed: number[] } {
  const ends = new Int32Array(n);
  const notListed: number[] = [];
  for (let x = 0; x < n; x++) {
    const partner = mate[x]!;
    const listEnd = offsets[x + 1]!;
    let p = offsets[x]!;
    if (partner !== -1) {
      while (p < listEnd && entries[p] !== partner) p++;
      if (p === listEnd) notListed.push(x);
    } else {
      p = listEnd;
    }
    ends[x] = p;
  }
  return { ends, notListed };
}

/** Every blocking pair [x, z], x < z, sorted; `ends` from {@link betterSetEnds}. */
function collectBlockingPairs(
  n: number,
  offsets: Int32Array,
  entries: Int32Array,
  ends: Int32Array,
): [number, number][] {
  // bucket[bucketStart[z] .. bucketStart[z+1]-1]: the people x with z in x's better set.
  // Better-set entry i names named[i] and lies in the list of owner[i].
  let size = 0;
  for (let x = 0; x < n; x++) size += ends[x]! - offsets[x]!;
  const named = new Int32Array(size);
  const owner = new Int32Array(size);
  for (let x = 0, i = 0; x < n; x++) {
    for (let p = offsets[x]!; p < ends[x]!; p++, i++) {
      named[i] = entries[p]!;
      owner[i] = x;
    }
  }
  const { offsets: bucketStart, entries: bucket } = groupByKey(n, named, { values: owner });

  const stamp = new Int32Array(n);
  const pairs: [number, number][] = [];
  for (let z = 0; z < n; z++) {
    for (let p = offsets[z]!; p < ends[z]!; p++) stamp[entries[p]!] = z + 1;
    for (let k = bucketStart[z]!; k < bucketStart[z + 1]!; k++) {
      const x = bucket[k]!;
      if (x < z && stamp[x] === z + 1) pairs.push([x, z]);
    }
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Blocking pairs of any matching on index-based lists (the layout of
 * `stableRoommatesIndexed`): person `i` ranks `entries[offsets[i]] .. entries[offsets[i+1]-1]`,
 * most preferred first; `mate[i]` is i's partner or -1. Use `.length` to count them.
 *
 * @throws MatchInputError (`invalid_preferences`) for malformed lists; (`invalid_value`,
 * path `["mate", i]`) when `mate` is not a symmetric matching of mutually acceptable people.
 *
 * @example
 * ```ts
 * // 0: [1, 2], 1: [2, 0], 2: [0, 1]; 1 and 2 paired, 0 alone: 2 prefers 0 to 1.
 * findBlockingPairsIndexed(3, Int32Array.of(0, 2, 4, 6), Int32Array.of(1, 2, 2, 0, 0, 1), Int32Array.of(-1, 2, 1));
 * // [[0, 2]]
 * ```
 */
export function findBlockingPairsIndexed(
  n: number,
  offsets: Int32Array,
  entries: Int32Array,
  mate: Int32Array,
): [number, number][] {
  const fn = "findBlockingPairsIndexed";
  validateIndexedPreferences(fn, n, offsets, entries);
  if (!(mate instanceof Int32Array) || mate.length !== n) {
    throw inputError(fn, "invalid_value", ["mate"], `mate must be an Int32Array of length n = ${n}`);
  }
  const issues = new IssueList(fn);
  for (let x = 0; x < n; x++) {
    const partner = mate[x]!;
    if (partner === -1) continue;
    if (partner < -1 || partner >= n || partner === x) {
      issues.add("invalid_value", ["mate", x], `mate[${x}] = ${partner} is not another person or -1`);
    } else if (mate[partner] !== x) {
      issues.add("invalid_value", ["mate", x], `mate[${x}] = ${partner} but mate[${partner}] = ${mate[partner]!}`);
    }
  }
  issues.throwIfAny();
  const { ends, notListed } = betterSetEnds(n, offsets, entries, mate);
  for (const x of notListed) {
    issues.add("invalid_value", ["mate", x], `${x} is paired with ${mate[x]!}, who is not on ${x}'s list`);
  }
  issues.throwIfAny();
  return collectBlockingPairs(n, offsets, entries, ends);
}

/**
 * Blocking pairs of a matching, for string-keyed ranked lists (as `stableRoommates`
 * takes them). A pair is acceptable only when both list each other. Each blocking pair is
 * in id order (code units); the list is sorted.
 *
 * @throws MatchInputError: `invalid_preferences` for malformed lists (as `stableRoommates`);
 * for `pairs` (path `["pairs", k, side]`): `invalid_type` for a pair that is not two
 * strings, `unknown_id`, and `invalid_value` for a self-pair, someone in two pairs, or a
 * pair that is not mutually acceptable.
 *
 * @example
 * ```ts
 * const preferences = { a: ["b", "c"], b: ["c", "a"], c: ["a", "b"] };
 * findBlockingPairs(preferences, [["b", "c"]]); // [["a", "c"]]
 * findBlockingPairs(preferences, [["a", "b"]]); // [["b", "c"]]
 * ```
 */
export function findBlockingPairs(
  preferences: Readonly<Record<string, readonly string[]>>,
  pairs: readonly (readonly [string, string])[],
): [string, string][] {
  const fn = "findBlockingPairs";
  const { n, ids, index, offsets, entries } = internPreferences(fn, preferences);
  const quote = (value: string): string => JSON.stringify(value);
  if (!Array.isArray(pairs)) {
    throw inputError(fn, "invalid_type", ["pairs"], "pairs must be an array of [id, id] pairs");
  }
  const mate = new Int32Array(n).fill(-1);
  const pairOf = new Int32Array(n).fill(-1);
  const issues = new IssueList(fn);
  pairs.forEach((pair: unknown, k) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string" || typeof pair[1] !== "string") {
      issues.add("invalid_type", ["pairs", k], `pair ${k} is not a pair of two id strings`);
      return;
    }
    const members = pair as unknown as readonly [string, string];
    if (members[0] === members[1]) {
      issues.add("invalid_value", ["pairs", k], `pair ${k} pairs ${quote(members[0])} with itself`, members[0]);
      return;
    }
    const ends: number[] = [];
    members.forEach((id, side) => {
      const x = index.get(id);
      if (x === undefined) {
        issues.add("unknown_id", ["pairs", k, side], `pair ${k} names unknown id ${quote(id)}`, id);
      } else if (pairOf[x] !== -1) {
        issues.add("invalid_value", ["pairs", k, side], `${quote(id)} is in pair ${pairOf[x]} and pair ${k}`, id);
      } else {
        ends.push(x);
      }
    });
    const [a, b] = ends;
    if (a === undefined || b === undefined) return;
    pairOf[a] = k;
    pairOf[b] = k;
    mate[a] = b;
    mate[b] = a;
  });
  // The pairs formed so far are consistent, so acceptability is checked even when other
  // issues were found, to report everything at once.
  const { ends, notListed } = betterSetEnds(n, offsets, entries, mate);
  const reported = new Set<number>();
  for (const x of notListed) {
    const k = pairOf[x]!;
    if (reported.has(k)) continue;
    reported.add(k);
    const [first, second] = pairs[k]!;
    issues.add(
      "invalid_value",
      ["pairs", k],
      `pair ${k} (${quote(first)}, ${quote(second)}) is not mutually acceptable`,
      ids[x]!,
    );
  }
  issues.throwIfAny();
  return collectBlockingPairs(n, offsets, entries, ends).map(([x, z]): [string, string] => [ids[x]!, ids[z]!]);
}
