/**
 * Seeded tie-breaking. Solvers run on participants in a seeded order, so when two
 * answers are equally good the seed, not the input order, decides between them.
 *
 * Complexity: O(seed length + total id length + n log n). The seed is hashed once: the
 * FNV-1a state after `seed + "\0"` is the starting state for every id, so each id costs
 * only its own length (hashing `seed + "\0" + id` afresh for every id made a long seed
 * cost n times its length).
 * References: Fowler–Noll–Vo hash (FNV-1a); the murmur3 finaliser (Appleby).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state after `text`, continuing from `state`. */
function fnv1a(state: number, text: string): number {
  let h = state;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** The murmur3-style finaliser: every input bit affects every output bit. */
function finalise(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string (FNV-1a followed by a murmur3-style finaliser for avalanche). */
export function hashString(text: string): number {
  return finalise(fnv1a(FNV_OFFSET, text));
}

/**
 * The seeded solver order of participants `0..n-1` (interned in sorted id order):
 * `order[position]` is a participant index, `position[index]` its inverse. Sorted by a
 * hash of seed and id; the id decides when two hashes collide.
 */
export interface SeededOrder {
  readonly order: Int32Array;
  readonly position: Int32Array;
}

/** Sorts `ids` by `hashString(seed + "\0" + id)`, ties by index; the seed is hashed once. */
export function seededOrder(ids: readonly string[], seed: string): SeededOrder {
  const n = ids.length;
  const prefix = fnv1a(FNV_OFFSET, `${seed}\u0000`);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = finalise(fnv1a(prefix, ids[i]!));
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p]!] = p;
  return { order, position };
}
