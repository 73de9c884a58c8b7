/**
 * The acceptability structure the roommates solver works on: every person's ranked list
 * restricted to the people who list them back (a pair is acceptable only when both rank
 * each other), with a twin index that makes every preference comparison O(1) without a
 * dense n×n rank table.
 *
 * Complexity: O(n + total list length) time and memory.
 */

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

/**
 * Drops every entry that is not reciprocated and pairs each remaining entry with its
 * twin. Input must already be validated (indices in range, no self or repeated entries).
 */
export function buildMutualLists(n: number, offsets: Int32Array, entries: Int32Array): MutualLists {
  const total = entries.length;

  // Entries grouped by the person they name: incoming[inStart[z] .. inStart[z+1]-1] are
  // the positions that name z, and owner[p] is the person whose list holds position p.
  const inStart = new Int32Array(n + 1);
  for (let p = 0; p < total; p++) {
    const z = entries[p] as number;
    inStart[z + 1] = (inStart[z + 1] as number) + 1;
  }
  for (let z = 0; z < n; z++) inStart[z + 1] = (inStart[z + 1] as number) + (inStart[z] as number);
  const fill = inStart.slice(0, n);
  const incoming = new Int32Array(total);
  const owner = new Int32Array(total);
  for (let x = 0; x < n; x++) {
    const end = offsets[x + 1] as number;
    for (let p = offsets[x] as number; p < end; p++) {
      owner[p] = x;
      const z = entries[p] as number;
      incoming[fill[z] as number] = p;
      fill[z] = (fill[z] as number) + 1;
    }
  }

  // rawTwin[p] = position of x in z's list (for p in x's list naming z), or -1 when z
  // does not rank x. slotOf[x] / slotOwner[x]: where x sits in the list being scanned.
  const rawTwin = new Int32Array(total).fill(-1);
  const slotOf = new Int32Array(n);
  const slotOwner = new Int32Array(n).fill(-1);
  for (let z = 0; z < n; z++) {
    const end = offsets[z + 1] as number;
    for (let q = offsets[z] as number; q < end; q++) {
      const x = entries[q] as number;
      slotOf[x] = q;
      slotOwner[x] = z;
    }
    const inEnd = inStart[z + 1] as number;
    for (let k = inStart[z] as number; k < inEnd; k++) {
      const p = incoming[k] as number;
      const x = owner[p] as number;
      if (slotOwner[x] === z) rawTwin[p] = slotOf[x] as number;
    }
  }

  // Compact to reciprocated entries only, keeping each list's order.
  const start = new Int32Array(n + 1);
  const newPosition = owner; // reused: owner is no longer needed
  let kept = 0;
  for (let x = 0; x < n; x++) {
    start[x] = kept;
    const end = offsets[x + 1] as number;
    for (let p = offsets[x] as number; p < end; p++) {
      newPosition[p] = rawTwin[p] === -1 ? -1 : kept++;
    }
  }
  start[n] = kept;
  const target = new Int32Array(kept);
  const twin = new Int32Array(kept);
  for (let p = 0; p < total; p++) {
    const q = newPosition[p] as number;
    if (q === -1) continue;
    target[q] = entries[p] as number;
    twin[q] = newPosition[rawTwin[p] as number] as number;
  }
  return { n, start, target, twin };
}
