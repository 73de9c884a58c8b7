/**
 * Each person's best partners found so far: her k best by pair weight, plus partners
 * tied with the k-th (scores sit on a coarse grid, so ties at the cut are common, and
 * dropping them can cost the matching a lot), at most `capacity` = 2k in all. Sorted
 * lists on typed arrays: higher weight first, then the partner earlier in `rank` (the
 * seeded order), so the lists never depend on the order in which pairs are offered.
 *
 * State: person i's list occupies slots i·capacity .. i·capacity + size[i] − 1, sorted;
 * once it holds k entries, it holds exactly those with weight ≥ its k-th weight (the
 * threshold), the ties beyond `capacity` dropped by rank. Memory: 20 bytes per slot.
 * An offer costs O(capacity) in the worst case (offers are few once thresholds rise).
 * References: none.
 */

/** The candidate lists of n people. */
export class CandidateLists {
  readonly n: number;
  /** Best partners kept per person (ties aside). */
  readonly k: number;
  /** Slots per person: k plus room for ties. */
  readonly capacity: number;
  readonly size: Int32Array;
  readonly partner: Int32Array;
  readonly weight: Float64Array;
  /** s(owner → partner) and s(partner → owner), float32 as stored. */
  readonly scoreOut: Float32Array;
  readonly scoreIn: Float32Array;
  readonly #rank: Int32Array;

  constructor(n: number, k: number, rank: Int32Array) {
    this.n = n;
    this.k = k;
    this.capacity = 2 * k;
    this.size = new Int32Array(n);
    this.partner = new Int32Array(n * this.capacity);
    this.weight = new Float64Array(n * this.capacity);
    this.scoreOut = new Float32Array(n * this.capacity);
    this.scoreIn = new Float32Array(n * this.capacity);
    this.#rank = rank;
  }

  /**
   * The weight a new partner of i must reach to be kept: her k-th best weight once she
   * has k, else -Infinity. Every partner she keeps weighs at least this much.
   */
  threshold(i: number): number {
    return this.size[i]! >= this.k ? this.weight[i * this.capacity + this.k - 1]! : Number.NEGATIVE_INFINITY;
  }

  /** Offers partner j (pair weight w, scores s(i→j) = out, s(j→i) = back) to i's list. */
  offer(i: number, j: number, w: number, out: number, back: number): void {
    const base = i * this.capacity;
    let size = this.size[i]!;
    if (w < this.threshold(i)) return;
    // Position: after every entry that is better (higher weight, or equal and earlier in rank).
    const rank = this.#rank;
    let at = size;
    while (at > 0) {
      const before = base + at - 1;
      const wb = this.weight[before]!;
      if (wb > w || (wb === w && rank[this.partner[before]!]! < rank[j]!)) break;
      at--;
    }
    if (at >= this.capacity) return;
    const last = Math.min(size, this.capacity - 1);
    for (let s = last; s > at; s--) this.#move(base + s - 1, base + s);
    this.partner[base + at] = j;
    this.weight[base + at] = w;
    this.scoreOut[base + at] = out;
    this.scoreIn[base + at] = back;
    size = last + 1;
    // Keep the k best and their ties only.
    if (size > this.k) {
      const cut = this.weight[base + this.k - 1]!;
      while (size > this.k && this.weight[base + size - 1]! < cut) size--;
    }
    this.size[i] = size;
  }

  #move(from: number, to: number): void {
    this.partner[to] = this.partner[from]!;
    this.weight[to] = this.weight[from]!;
    this.scoreOut[to] = this.scoreOut[from]!;
    this.scoreIn[to] = this.scoreIn[from]!;
  }
}
