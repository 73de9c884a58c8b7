/**
 * A binary min-heap of (key, value) pairs on growable typed arrays, used for the three
 * event queues of the blossom solver. Entries are never deleted in place: the solver
 * checks an entry against the current state when it reaches the top and drops it if it
 * went stale ("lazy deletion"), so `push` and `pop` are the only updates.
 *
 * Complexity: `push` and `pop` are O(log size); `peekKey`/`peekValue` are O(1).
 */
export class LazyMinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  /** Number of entries; the heap occupies indices `0..size-1`. */
  size = 0;

  constructor(capacity: number) {
    const initial = Math.max(16, capacity);
    this.keys = new Float64Array(initial);
    this.values = new Int32Array(initial);
  }

  /** Smallest key; only meaningful when `size > 0`. */
  peekKey(): number {
    return this.keys[0] as number;
  }

  /** Value stored with the smallest key; only meaningful when `size > 0`. */
  peekValue(): number {
    return this.values[0] as number;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const values = this.values;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentKey = keys[parent] as number;
      if (parentKey <= key) break;
      keys[i] = parentKey;
      values[i] = values[parent] as number;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the smallest entry. */
  pop(): void {
    const last = --this.size;
    if (last <= 0) return;
    const keys = this.keys;
    const values = this.values;
    const key = keys[last] as number;
    const value = values[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      const right = child + 1;
      if (right < last && (keys[right] as number) < (keys[child] as number)) child = right;
      const childKey = keys[child] as number;
      if (childKey >= key) break;
      keys[i] = childKey;
      values[i] = values[child] as number;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  clear(): void {
    this.size = 0;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
