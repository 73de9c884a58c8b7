/**
 * Preference lists in compressed form (one flat array of entries, one array of offsets),
 * as the two-sided algorithms take them, plus their shared validation.
 *
 * The list of agent `a` is `entries[offsets[a]] … entries[offsets[a + 1] - 1]`, most
 * preferred first. Entries are ids of the other side, `0..otherCount-1`.
 *
 * Complexity: building and validating are linear in the total list length.
 * References: Gusfield & Irving 1989 (preference lists, incomplete lists).
 */
import { inputError, IssueList } from "../../errors/issues.js";
import { describeValue } from "../../errors/describe-value.js";
import { groupByKey, groupOfEntries, offsetsFromCounts } from "../../internal/csr.js";

/**
 * Preference lists of one side, in compressed sparse row form.
 *
 * @example
 * ```ts
 * // agent 0 prefers 2 then 0; agent 1 prefers 1 only
 * const lists: PreferenceLists = {
 *   offsets: Int32Array.from([0, 2, 3]),
 *   entries: Int32Array.from([2, 0, 1]),
 * };
 * ```
 */
export interface PreferenceLists {
  /** `offsets[a]..offsets[a + 1]` is agent `a`'s slice of `entries`; length = agents + 1, `offsets[0] = 0`. */
  readonly offsets: Int32Array;
  /** Ids of the other side, each list most preferred first, no repeats within a list. */
  readonly entries: Int32Array;
}

/**
 * Packs plain arrays of preferences (most preferred first) into {@link PreferenceLists}.
 *
 * @example
 * ```ts
 * const lists = preferenceLists([[2, 0], [1]]);
 * lists.offsets; // Int32Array [0, 2, 3]
 * lists.entries; // Int32Array [2, 0, 1]
 * ```
 */
export function preferenceLists(lists: readonly (readonly number[])[]): PreferenceLists {
  const fn = "preferenceLists";
  if (!Array.isArray(lists)) {
    throw inputError(fn, "invalid_preferences", [], "lists must be an array of arrays of ids");
  }
  const issues = new IssueList(fn);
  // Int32Array would silently truncate 0.5 to 0, wrap 2^32 to 0 and turn a hole of a
  // sparse array into 0: check every index before packing (forEach would skip holes).
  for (let a = 0; a < lists.length; a++) {
    const list: unknown = lists[a];
    if (!Array.isArray(list)) {
      issues.add("invalid_preferences", [a], `list ${a} is not an array`);
      continue;
    }
    for (let k = 0; k < list.length; k++) {
      const other: unknown = list[k];
      if (!Number.isInteger(other) || (other as number) < 0 || (other as number) > 0x7fffffff) {
        issues.add(
          "invalid_preferences",
          [a, k],
          `list ${a} entry ${k} is ${describeValue(other)}, not an id (a non-negative integer)`,
        );
      }
    }
  }
  issues.throwIfAny();
  const offsets = offsetsFromCounts(lists.length, (a) => lists[a]!.length);
  const entries = new Int32Array(offsets[lists.length]!);
  for (let a = 0; a < lists.length; a++) entries.set(lists[a]!, offsets[a]!);
  return { offsets, entries };
}

/** Number of agents described by `lists` (0 for malformed offsets). */
export function agentCount(lists: PreferenceLists): number {
  return typeof lists === "object" && lists !== null && lists.offsets instanceof Int32Array
    ? Math.max(0, lists.offsets.length - 1)
    : 0;
}

/**
 * Adds to `issues` every structural problem of `lists` (the argument called `name`):
 * malformed offsets, entries out of `0..otherCount-1`, and repeats within one list.
 */
export function checkPreferenceLists(
  issues: IssueList,
  name: string,
  lists: PreferenceLists,
  otherCount: number,
): void {
  if (
    typeof lists !== "object" ||
    lists === null ||
    !(lists.offsets instanceof Int32Array) ||
    !(lists.entries instanceof Int32Array)
  ) {
    issues.add("invalid_type", [name], `${name} must hold Int32Array offsets and entries`);
    return;
  }
  const { offsets, entries } = lists;
  const n = offsets.length - 1;
  if (n < 0 || offsets[0] !== 0 || offsets[n] !== entries.length) {
    issues.add(
      "invalid_value",
      [name, "offsets"],
      `${name}.offsets must start at 0 and end at entries.length (${entries.length})`,
    );
    return;
  }
  for (let a = 0; a < n; a++) {
    if (offsets[a + 1]! < offsets[a]!) {
      issues.add("invalid_value", [name, "offsets", a + 1], `${name}.offsets decreases at agent ${a}`);
      return;
    }
  }
  const seen = new Int32Array(otherCount).fill(-1);
  for (let a = 0; a < n; a++) {
    for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
      const other = entries[k]!;
      if (other < 0 || other >= otherCount) {
        issues.add(
          "invalid_preferences",
          [name, "entries", k],
          `${name} agent ${a} ranks unknown id ${other} (valid ids are 0..${otherCount - 1})`,
        );
      } else if (seen[other] === a) {
        issues.add("invalid_preferences", [name, "entries", k], `${name} agent ${a} ranks ${other} twice`);
      } else {
        seen[other] = a;
      }
    }
  }
}

/**
 * Cross ranks between two validated sides A and B. For each entry `k` of A's lists
 * (agent a lists b = A.entries[k]), `rankInB[k]` is the index into `B.entries` where b lists
 * a, or -1 when b does not list a; symmetrically `rankInA` for B's entries. Positions are
 * absolute, so within one agent's list a smaller position means more preferred.
 * Linear time: A's entries are bucketed by the agent of B they name.
 */
export function crossRanks(a: PreferenceLists, b: PreferenceLists): { rankInB: Int32Array; rankInA: Int32Array } {
  const aCount = agentCount(a);
  const bCount = agentCount(b);
  const ownerA = groupOfEntries(a.offsets);
  // A's entry indices bucketed by the B agent they name.
  const { offsets: bucketStart, entries: bucket } = groupByKey(bCount, a.entries);
  const rankInB = new Int32Array(a.entries.length).fill(-1);
  const rankInA = new Int32Array(b.entries.length).fill(-1);
  // posInB[x] = where the current B agent lists x; posInA[x] = where x lists the current B agent.
  const posInB = new Int32Array(aCount);
  const posInA = new Int32Array(aCount);
  const stamp = new Int32Array(aCount).fill(-1);
  const stampA = new Int32Array(aCount).fill(-1);
  for (let y = 0; y < bCount; y++) {
    for (let p = b.offsets[y]!; p < b.offsets[y + 1]!; p++) {
      const x = b.entries[p]!;
      posInB[x] = p;
      stamp[x] = y;
    }
    for (let i = bucketStart[y]!; i < bucketStart[y + 1]!; i++) {
      const k = bucket[i]!;
      const x = ownerA[k]!;
      posInA[x] = k;
      stampA[x] = y;
      if (stamp[x] === y) rankInB[k] = posInB[x]!;
    }
    for (let p = b.offsets[y]!; p < b.offsets[y + 1]!; p++) {
      const x = b.entries[p]!;
      if (stampA[x] === y) rankInA[p] = posInA[x]!;
    }
  }
  return { rankInB, rankInA };
}
