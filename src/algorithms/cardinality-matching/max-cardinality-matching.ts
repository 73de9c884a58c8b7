/**
 * Maximum-cardinality matching on a general graph (Edmonds' blossom algorithm, no
 * weights), and with it the Gallai–Edmonds set D(G): the vertices that some maximum
 * matching leaves single ("inessential" vertices; removing one keeps the maximum size).
 *
 * Vertices 0..n-1, neighbour lists in CSR (`offsets`, `neighbour`). The matching starts
 * from a greedy pass over the edges in the order given (so callers can put heavy edges
 * first), then each single vertex r roots one alternating-tree search (breadth first,
 * odd cycles shrunk into blossoms on the fly):
 * - the search reaches a single vertex: augment along the path, r is matched;
 * - the tree is frustrated (no edge leaves it from an even vertex): no maximum matching
 *   covers r, and the tree's vertices are removed from the graph for the rest of the run
 *   (Edmonds' cardinality algorithm: M restricted to the tree plus a maximum matching of
 *   G − V(T) is maximum). Its even vertices, blossoms included, are exactly the
 *   vertices of D(G) the tree holds, so D(G) comes out of the same run.
 *
 * State per search, for the vertices it touched only (reset afterwards):
 * `label[v]` is EVEN (reached by an even alternating path from r, or inside a blossom),
 * ODD, or UNLABELLED; `parent[v]` is, for an odd vertex, the even vertex it was reached
 * from (inside a shrunk blossom the pointers are rewired so that walking them still
 * yields an alternating path); `base[v]` is the base of v's outermost blossom.
 *
 * Complexity: O(n + m) memory. Time: each vertex joins at most one frustrated tree, so
 * failed searches cost O(m) in all; a successful search costs its tree's size times the
 * blossoms it shrinks (O(n·m) in the worst case overall, near-linear when the greedy
 * start leaves few single vertices, as on the peer graphs).
 * References: Edmonds 1965, "Paths, trees, and flowers"; Gallai 1964 and Edmonds 1965
 * (the Gallai–Edmonds decomposition); Cook, Cunningham, Pulleyblank & Schrijver,
 * "Combinatorial Optimization" (1998), §5.3 (frustrated trees).
 */

const UNLABELLED = 0;
const EVEN = 1;
const ODD = 2;

/** A maximum matching and the vertices some maximum matching leaves single. */
export interface CardinalityMatching {
  /** `mate[v]`: v's partner or -1. */
  readonly mate: Int32Array;
  /** `inessential[v]` = 1 when some maximum matching leaves v single (v ∈ D(G)), else 0. */
  readonly inessential: Uint8Array;
  /** Number of matched pairs. */
  readonly size: number;
}

/**
 * A maximum matching of the graph with neighbour lists `offsets`/`neighbour` (each edge
 * in both rows), starting from a greedy matching over the edges `from[e]`–`to[e]` in
 * the order given (pass empty arrays for no greedy start).
 *
 * @example
 * ```ts
 * // A path 0 – 1 – 2: one pair; 0 and 2 can each be the one left single.
 * const result = maxCardinalityMatching(3, Int32Array.of(0, 1, 3, 4), Int32Array.of(1, 0, 2, 1), Int32Array.of(0, 1), Int32Array.of(1, 2));
 * result.size; // 1
 * Array.from(result.inessential); // [1, 0, 1]
 * ```
 */
export function maxCardinalityMatching(
  n: number,
  offsets: Int32Array,
  neighbour: Int32Array,
  from: Int32Array,
  to: Int32Array,
): CardinalityMatching {
  const mate = new Int32Array(n).fill(-1);
  for (let e = 0; e < from.length; e++) {
    const u = from[e]!;
    const v = to[e]!;
    if (u !== v && mate[u] === -1 && mate[v] === -1) {
      mate[u] = v;
      mate[v] = u;
    }
  }
  const search = new TreeSearch(n, offsets, neighbour, mate);
  for (let r = 0; r < n; r++) {
    if (mate[r] !== -1 || search.alive[r] === 0) continue;
    const end = search.grow(r);
    if (end >= 0) search.augment(end);
    else search.removeFrustrated();
    search.reset();
  }
  let size = 0;
  for (let v = 0; v < n; v++) if (mate[v]! > v) size++;
  return { mate, inessential: search.inessential, size };
}

/** One alternating-tree search at a time, on typed arrays reset after each search. */
class TreeSearch {
  readonly alive: Uint8Array;
  readonly inessential: Uint8Array;
  readonly #label: Uint8Array;
  readonly #parent: Int32Array;
  readonly #base: Int32Array;
  readonly #inBlossom: Uint8Array;
  readonly #mark: Int32Array;
  #stamp = 0;
  /** Vertices labelled by the current search, in order. */
  readonly #touched: number[] = [];
  readonly #queue: number[] = [];

  constructor(
    n: number,
    private readonly offsets: Int32Array,
    private readonly neighbour: Int32Array,
    private readonly mate: Int32Array,
  ) {
    this.alive = new Uint8Array(n).fill(1);
    this.inessential = new Uint8Array(n);
    this.#label = new Uint8Array(n);
    this.#parent = new Int32Array(n).fill(-1);
    this.#base = Int32Array.from({ length: n }, (_, v) => v);
    this.#inBlossom = new Uint8Array(n);
    this.#mark = new Int32Array(n);
  }

  /** Grows the tree rooted at r; returns a single vertex it reached (then an augmenting path ends there), or -1. */
  grow(r: number): number {
    const label = this.#label;
    const parent = this.#parent;
    const base = this.#base;
    const { offsets, neighbour, mate, alive } = this;
    const queue = this.#queue;
    queue.length = 0;
    label[r] = EVEN;
    this.#touched.push(r);
    queue.push(r);
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let slot = offsets[v]!; slot < offsets[v + 1]!; slot++) {
        const w = neighbour[slot]!;
        if (alive[w] === 0 || base[v] === base[w] || mate[v] === w) continue;
        if (label[w] === EVEN) {
          this.#shrink(v, w);
        } else if (label[w] === UNLABELLED) {
          parent[w] = v;
          label[w] = ODD;
          this.#touched.push(w);
          const u = mate[w]!;
          if (u === -1) return w;
          label[u] = EVEN;
          this.#touched.push(u);
          queue.push(u);
        }
      }
    }
    return -1;
  }

  /** Shrinks the odd cycle closed by edge v–w (both even) into a blossom; its odd vertices become even. */
  #shrink(v: number, w: number): void {
    const base = this.#base;
    const label = this.#label;
    const inBlossom = this.#inBlossom;
    const top = this.#commonBase(v, w);
    for (const u of this.#touched) inBlossom[u] = 0;
    this.#markPath(v, top, w);
    this.#markPath(w, top, v);
    for (const u of this.#touched) {
      if (inBlossom[base[u]!] === 0) continue;
      base[u] = top;
      if (label[u] !== EVEN) {
        label[u] = EVEN;
        this.#queue.push(u);
      }
    }
  }

  /** The base where the tree paths from v and w meet. */
  #commonBase(v: number, w: number): number {
    const base = this.#base;
    const mark = this.#mark;
    const stamp = ++this.#stamp;
    let a = v;
    for (;;) {
      a = base[a]!;
      mark[a] = stamp;
      const m = this.mate[a]!;
      if (m === -1) break;
      a = this.#parent[m]!;
    }
    let b = w;
    for (;;) {
      b = base[b]!;
      if (mark[b] === stamp) return b;
      b = this.#parent[this.mate[b]!]!;
    }
  }

  /** Marks the blossom's vertices on the tree path from v down to base `top`, rewiring parents through `child`. */
  #markPath(v: number, top: number, child: number): void {
    const base = this.#base;
    const parent = this.#parent;
    const mate = this.mate;
    let x = v;
    let c = child;
    while (base[x] !== top) {
      const m = mate[x]!;
      this.#inBlossom[base[x]!] = 1;
      this.#inBlossom[base[m]!] = 1;
      parent[x] = c;
      c = m;
      x = parent[m]!;
    }
  }

  /** Flips the matching along the path from single vertex `end` back to the root. */
  augment(end: number): void {
    const mate = this.mate;
    let v = end;
    while (v !== -1) {
      const pv = this.#parent[v]!;
      const next = mate[pv]!;
      mate[v] = pv;
      mate[pv] = v;
      v = next;
    }
  }

  /** The tree just searched is frustrated: its even vertices are in D(G); all its vertices leave the graph. */
  removeFrustrated(): void {
    for (const u of this.#touched) {
      if (this.#label[u] === EVEN) this.inessential[u] = 1;
      this.alive[u] = 0;
    }
  }

  /** Clears the per-search state of the touched vertices. */
  reset(): void {
    for (const u of this.#touched) {
      this.#label[u] = UNLABELLED;
      this.#parent[u] = -1;
      this.#base[u] = u;
    }
    this.#touched.length = 0;
  }
}
