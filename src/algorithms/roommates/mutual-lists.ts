/**
 * The acceptability structure the roommates solver works on: every person's ranked list
 * restricted to the people who list them back (a pair is acceptable only when both rank
 * each other), with a twin index that makes every preference comparison O(1) without a
 * dense n×n rank table.
 *
 * Complexity: O(n + L) time and memory, L = total list length (the dense variant below
 * is O(n²) and is only used when n² <= 4L).
 */
import { groupByKey, groupOfEntries } from "../../internal/csr.js";

/**
 * Mutually acceptable ranked lists in CSR form.
 *
 * Positions are global: person `x`'s list occupies positions `start[x] .. start[x+1]-1`,
 * most preferred first, and position `p` names the person `target[p]`. For every
 * position `p` of `x`'s list naming `z`, `twin[p]` is the position of `x` in `z`'s list,
 * so `twin[twin[p]] === p`, and "z prefers x to w" is just `twin[p] < (position of w)`.
 */
export interface MutualLists {
  readonly n: number;
  readonly start: Int32Array;
  readonly target: Int32Array;
  readonly twin: Int32Array;
}

/** Which twin computation to use; see {@link buildMutualLists}. */
export type TwinStrategy = "auto" | "dense" | "sparse";

/**
 * Drops every entry that is not reciprocated and pairs each remaining entry with its
 * twin. Input must already be validated (indices in range, no self or repeated entries).
 * When every entry is reciprocated the caller's `offsets` and `entries` are used as they
 * are (never written to).
 *
 * Twins are found in one of two ways with the same result: "dense" (lists fill at least a
 * quarter of the n×n table and n <= 4096) builds the n×n position table and reads it in
 * cache-sized tiles, O(n²); "sparse" groups the entries by the person they name, O(n + L)
 * time and memory. "auto" picks by that rule.
 */
export function buildMutualLists(
  n: number,
  offsets: Int32Array,
  entries: Int32Array,
  strategy: TwinStrategy = "auto",
): MutualLists {
  const total = entries.length;
  const dense = strategy === "dense" || (strategy === "auto" && n <= 4096 && 4 * total >= n * n);
  const rawTwin = dense ? denseTwins(n, offsets, entries) : sparseTwins(n, offsets, entries);
  let reciprocated = 0;
  for (let p = 0; p < total; p++) if (rawTwin[p] !== -1) reciprocated++;
  // Every entry reciprocated (complete lists, symmetric graphs): nothing to compact.
  if (reciprocated === total) return { n, start: offsets, target: entries, twin: rawTwin };

  // Compact to reciprocated entries only, keeping each list's order.
  const start = new Int32Array(n + 1);
  const newPosition = new Int32Array(total);
  let kept = 0;
  for (let x = 0; x < n; x++) {
    start[x] = kept;
    const end = offsets[x + 1]!;
    for (let p = offsets[x]!; p < end; p++) {
      newPosition[p] = rawTwin[p] === -1 ? -1 : kept++;
    }
  }
  start[n] = kept;
  const target = new Int32Array(kept);
  const twin = new Int32Array(kept);
  for (let p = 0; p < total; p++) {
    const q = newPosition[p]!;
    if (q === -1) continue;
    target[q] = entries[p]!;
    twin[q] = newPosition[rawTwin[p]!]!;
  }
  return { n, start, target, twin };
}

/**
 * rawTwin[p] = position of x in z's list (for p in x's list naming z), or -1 when z does
 * not rank x; through the n×n table position[x·n + z] (-1 when x does not rank z), read
 * tile by tile so that both (x, z) and (z, x) stay in cache.
 */
function denseTwins(n: number, offsets: Int32Array, entries: Int32Array): Int32Array {
  const position = new Int32Array(n * n).fill(-1);
  for (let x = 0; x < n; x++) {
    const end = offsets[x + 1]!;
    for (let p = offsets[x]!; p < end; p++) position[x * n + entries[p]!] = p;
  }
  const rawTwin = new Int32Array(entries.length).fill(-1);
  const tile = 64;
  for (let xb = 0; xb < n; xb += tile) {
    const xEnd = Math.min(n, xb + tile);
    for (let zb = 0; zb < n; zb += tile) {
      const zEnd = Math.min(n, zb + tile);
      for (let x = xb; x < xEnd; x++) {
        for (let z = zb; z < zEnd; z++) {
          const p = position[x * n + z]!;
          if (p !== -1) rawTwin[p] = position[z * n + x]!;
        }
      }
    }
  }
  return rawTwin;
}

/** rawTwin as in {@link denseTwins}, by grouping entries by the person they name. */
function sparseTwins(n: number, offsets: Int32Array, entries: Int32Array): Int32Array {
  const total = entries.length;
  // Entries grouped by the person they name: incoming[inStart[z] .. inStart[z+1]-1] are
  // the positions that name z, and incomingOwner[k] is the person whose list holds
  // incoming[k]. Both are written while grouping and kept side by side, so the scan below
  // reads them sequentially (looking the owner up by position there is 2x slower).
  const { offsets: inStart, entries: incoming } = groupByKey(n, entries);
  const ownerOf = groupOfEntries(offsets);
  const incomingOwner = groupByKey(n, entries, { values: ownerOf, offsets: inStart }).entries;

  // rawTwin[p] = position of x in z's list (for p in x's list naming z), or -1 when z
  // does not rank x. slotOf[x] / slotOwner[x]: where x sits in the list being scanned.
  const rawTwin = new Int32Array(total).fill(-1);
  const slotOf = new Int32Array(n);
  const slotOwner = new Int32Array(n).fill(-1);
  for (let z = 0; z < n; z++) {
    const end = offsets[z + 1]!;
    for (let q = offsets[z]!; q < end; q++) {
      const x = entries[q]!;
      slotOf[x] = q;
      slotOwner[x] = z;
    }
    const inEnd = inStart[z + 1]!;
    for (let k = inStart[z]!; k < inEnd; k++) {
      const x = incomingOwner[k]!;
      if (slotOwner[x] === z) rawTwin[incoming[k]!] = slotOf[x]!;
    }
  }
  return rawTwin;
}
