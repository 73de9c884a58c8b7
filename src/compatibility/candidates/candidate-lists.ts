/**
 * Each person's k best partners found so far, as fixed-size heaps on typed arrays:
 * the worst kept partner sits at the root, so an offer is compared with it in O(1)
 * and replaces it in O(log k). Order: higher pair weight first, then the partner
 * earlier in `rank` (the seeded order), so the lists never depend on the order in
 * which pairs are offered.
 *
 * State: person i's heap occupies slots i·k .. i·k + size[i] − 1; for every slot s
 * below the root, the entry at s is not better than its children (a min-heap by
 * "better"). Memory: 20 bytes per slot, n·k slots.
 * References: Williams 1964 (binary heaps).
 */

/** The candidate lists of n people, k slots each. */
export class CandidateLists {
  readonly n: number;
  readonly k: number;
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
    this.size = new Int32Array(n);
    this.partner = new Int32Array(n * k);
    this.weight = new Float64Array(n * k);
    this.scoreOut = new Float32Array(n * k);
    this.scoreIn = new Float32Array(n * k);
    this.#rank = rank;
  }

  /** The weight a new partner of i must reach to be kept: the worst kept weight once the list is full, else -Infinity. */
  threshold(i: number): number {
    return this.size[i]! === this.k ? this.weight[i * this.k]! : Number.NEGATIVE_INFINITY;
  }

  /** True when slot a holds a worse entry than partner j with weight w (lower weight, or equal and later in rank). */
  #worse(a: number, w: number, j: number): boolean {
    const wa = this.weight[a]!;
    return wa < w || (wa === w && this.#rank[this.partner[a]!]! > this.#rank[j]!);
  }

  /** Offers partner j (pair weight w, scores s(i→j) = out, s(j→i) = back) to i's list. */
  offer(i: number, j: number, w: number, out: number, back: number): void {
    const k = this.k;
    const base = i * k;
    const size = this.size[i]!;
    if (size < k) {
      // Sift up from the new last slot while the parent is better than the newcomer.
      let s = size;
      while (s > 0) {
        const parent = (s - 1) >> 1;
        if (this.#worse(base + parent, w, j)) break;
        this.#move(base + parent, base + s);
        s = parent;
      }
      this.#put(base + s, j, w, out, back);
      this.size[i] = size + 1;
      return;
    }
    if (!this.#worse(base, w, j)) return;
    // Replace the root and sift down.
    let s = 0;
    for (;;) {
      let child = 2 * s + 1;
      if (child >= k) break;
      if (child + 1 < k && this.#worseSlot(base + child + 1, base + child)) child++;
      if (!this.#worse(base + child, w, j)) break;
      this.#move(base + child, base + s);
      s = child;
    }
    this.#put(base + s, j, w, out, back);
  }

  /** True when slot a's entry is worse than slot b's. */
  #worseSlot(a: number, b: number): boolean {
    return this.#worse(a, this.weight[b]!, this.partner[b]!);
  }

  #move(from: number, to: number): void {
    this.partner[to] = this.partner[from]!;
    this.weight[to] = this.weight[from]!;
    this.scoreOut[to] = this.scoreOut[from]!;
    this.scoreIn[to] = this.scoreIn[from]!;
  }

  #put(slot: number, j: number, w: number, out: number, back: number): void {
    this.partner[slot] = j;
    this.weight[slot] = w;
    this.scoreOut[slot] = out;
    this.scoreIn[slot] = back;
  }
}
