/**
 * fast-check generators of small weighted graphs for the matching laws: random graphs
 * of every density, unions of odd cycles with chords (blossom-heavy), and disjoint
 * unions (disconnected graphs). Weights come from a narrow range (many ties, zeros and
 * negatives) or a wide one.
 */
import fc from "fast-check";
import seedrandom from "seedrandom";

export type Edge = readonly [number, number, number];
export interface SmallGraph {
  readonly n: number;
  readonly edges: readonly Edge[];
}

const narrowWeight = fc.integer({ min: -3, max: 6 });
const wideWeight = fc.integer({ min: -1000, max: 100_000 });

/** Any simple graph on `n` vertices, each pair present or not. */
function randomGraph(n: number): fc.Arbitrary<SmallGraph> {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()).chain(([density, wide]) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 99 }), wide ? wideWeight : narrowWeight), {
        minLength: pairs.length,
        maxLength: pairs.length,
      })
      .map((draws) => {
        const edges: Edge[] = [];
        draws.forEach(([roll, w], i) => {
          const pair = pairs[i]!;
          if (roll < density) edges.push([pair[0], pair[1], w]);
        });
        return { n, edges };
      }),
  );
}

/** Disjoint odd cycles (lengths 3, 5, 7) on `n` vertices, plus random chords and bridges. */
function oddCycles(n: number): fc.Arbitrary<SmallGraph> {
  return fc
    .tuple(
      fc.array(fc.constantFrom(3, 5, 7), { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), narrowWeight), { maxLength: n }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n }),
    )
    .map(([lengths, extra, cycleWeights]) => {
      const edges = new Map<string, Edge>();
      const add = (u: number, v: number, w: number): void => {
        if (u === v) return;
        const key = u < v ? `${u},${v}` : `${v},${u}`;
        if (!edges.has(key)) edges.set(key, [u, v, w]);
      };
      let start = 0;
      for (const length of lengths) {
        if (start + length > n) break;
        for (let i = 0; i < length; i++) add(start + i, start + ((i + 1) % length), cycleWeights[start + i]!);
        start += length;
      }
      for (const [u, v, w] of extra) add(u, v, w);
      return { n, edges: [...edges.values()] };
    });
}

/** Two random graphs side by side (vertex ids of the second shifted): disconnected. */
function disjointUnion(n: number): fc.Arbitrary<SmallGraph> {
  const left = Math.floor(n / 2);
  return fc.tuple(randomGraph(left), randomGraph(n - left)).map(([a, b]) => ({
    n,
    edges: [...a.edges, ...b.edges.map(([u, v, w]): Edge => [u + left, v + left, w])],
  }));
}

/** Small graphs of every kind above, on 1..maxN vertices. */
export function smallGraph(maxN: number): fc.Arbitrary<SmallGraph> {
  return fc
    .integer({ min: 1, max: maxN })
    .chain((n) => (n < 7 ? randomGraph(n) : fc.oneof(randomGraph(n), oddCycles(n), disjointUnion(n))));
}

/** Larger random graphs: n vertices, about `degree` neighbours each, integer weights. */
export function largeGraph(minN: number, maxN: number): fc.Arbitrary<SmallGraph> {
  return fc
    .tuple(
      fc.integer({ min: minN, max: maxN }),
      fc.integer({ min: 2, max: 12 }),
      fc.constantFrom(5, 1000, 1_000_000),
      fc.integer(),
    )
    .map(([n, degree, range, seed]) => {
      // Drawing hundreds of edges from one seeded stream keeps shrinking cheap.
      const next = seedrandom(`graph-${seed}`);
      const seen = new Set<number>();
      const edges: Edge[] = [];
      const m = Math.floor((n * degree) / 2);
      for (let e = 0; e < m; e++) {
        const u = Math.floor(next() * n);
        const v = Math.floor(next() * n);
        const key = Math.min(u, v) * n + Math.max(u, v);
        if (u === v || seen.has(key)) continue;
        seen.add(key);
        edges.push([u, v, Math.floor(next() * range) - Math.floor(range / 5)]);
      }
      return { n, edges };
    });
}
