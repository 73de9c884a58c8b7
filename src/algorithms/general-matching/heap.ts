/**
 * A monotone radix heap of (key, value) pairs on typed arrays: the solver's one queue
 * of future events. Keys are non-negative integers below 2^53 and never smaller than the
 * last key taken out (the solver's dual total only grows, and every event lies in its
 * future), which is what a radix heap needs.
 *
 * Bucket 0 holds keys equal to `last` (the current minimum); bucket i ≥ 1 holds keys
 * whose highest bit differing from `last` is bit i−1. Finding the minimum empties the
 * lowest non-empty bucket into lower ones, so each entry moves at most 53 times and
 * usually far fewer.
 *
 * Entries are never deleted in place: the solver checks the top entry against its state
 * and pops it if it went stale ("lazy deletion").
 *
 * Complexity: `push` O(1); `peekKey`/`peekValue`/`pop` O(1) amortised plus O(53) per
 * bucket refill, amortised O(log C) per entry for key range C.
 *
 * References: Ahuja, Mehlhorn, Orlin & Tarjan 1990, "Faster algorithms for the shortest
 * path problem" (radix heaps).
 */
const BUCKETS = 54;
const TWO_32 = 4294967296;

export class RadixHeap {
  // Buckets start as one shared empty array and get storage on their first entry, so a
  // solve on a small graph allocates only the few buckets it uses.
  private readonly keys: Float64Array[] = new Array<Float64Array>(BUCKETS).fill(new Float64Array(0));
  private readonly values: Int32Array[] = new Array<Int32Array>(BUCKETS).fill(new Int32Array(0));
  private readonly counts = new Int32Array(BUCKETS);
  /** The smallest key taken out or found so far; every stored key is ≥ last. */
  private last = 0;
  /** Number of entries. */
  size = 0;

  private bucketOf(key: number): number {
    const last = this.last;
    if (key === last) return 0;
    const high = Math.floor(key / TWO_32) ^ Math.floor(last / TWO_32);
    if (high !== 0) return 64 - Math.clz32(high);
    return 32 - Math.clz32((key >>> 0) ^ (last >>> 0));
  }

  private append(bucket: number, key: number, value: number): void {
    const count = this.counts[bucket]!;
    let keys = this.keys[bucket]!;
    let values = this.values[bucket]!;
    if (count === keys.length) {
      const grownKeys = new Float64Array(Math.max(64, count * 2));
      grownKeys.set(keys);
      const grownValues = new Int32Array(Math.max(64, count * 2));
      grownValues.set(values);
      this.keys[bucket] = keys = grownKeys;
      this.values[bucket] = values = grownValues;
    }
    keys[count] = key;
    values[count] = value;
    this.counts[bucket] = count + 1;
  }

  /** Adds an entry; `key` must be an integer ≥ the last minimum returned. */
  push(key: number, value: number): void {
    this.append(this.bucketOf(key), key, value);
    this.size++;
  }

  /** Moves the minimum entries into bucket 0; false when the heap is empty. */
  private settle(): boolean {
    const counts = this.counts;
    if (counts[0]! > 0) return true;
    let b = 1;
    while (b < BUCKETS && counts[b] === 0) b++;
    if (b === BUCKETS) return false;
    const keys = this.keys[b]!;
    const values = this.values[b]!;
    const count = counts[b]!;
    let min = keys[0]!;
    for (let i = 1; i < count; i++) if (keys[i]! < min) min = keys[i]!;
    this.last = min;
    counts[b] = 0;
    // Relative to the new minimum every entry of bucket b falls into a lower bucket.
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      this.append(this.bucketOf(key), key, values[i]!);
    }
    return true;
  }

  /** Smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.settle() ? this.last : Infinity;
  }

  /** Value of an entry with the smallest key; call only after `peekKey` returned a finite key. */
  peekValue(): number {
    return this.values[0]![this.counts[0]! - 1]!;
  }

  /** Removes the entry `peekValue` returned. */
  pop(): void {
    this.counts[0] = this.counts[0]! - 1;
    this.size--;
  }
}
