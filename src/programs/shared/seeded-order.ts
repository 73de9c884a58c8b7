/**
 * Seeded tie-breaking. Solvers run on participants in a seeded order, so when two
 * answers are equally good the seed, not the input order, decides between them.
 */

/** A 32-bit hash of a string (FNV-1a followed by a murmur3-style finaliser for avalanche). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) {
    h ^= text.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
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

export function seededOrder(ids: readonly string[], seed: string): SeededOrder {
  const n = ids.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = hashString(`${seed}\u0000${ids[i]!}`);
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[order[p]!] = p;
  return { order, position };
}
