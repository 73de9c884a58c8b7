/**
 * lexicographicMatching against brute force on small graphs (blossom-heavy ones
 * included): the matching it returns is a matching, and its key (pairs, Σ level₀,
 * Σ level₁, …) is the largest over all matchings, enumerated one by one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMatching } from "peermatch/algorithms";
import { lexicographicMatching } from "../../../src/algorithms/lexicographic-matching/lexicographic-matching.js";
import { smallGraph } from "../../support/arbitraries/general-matching.js";
import { compareKeys } from "../../support/oracles/rank-maximal-brute-force.js";

/** Key of the pairs: [pairs, Σ level₀, …]. */
function keyOf(pairs: readonly number[], levels: readonly number[][]): number[] {
  return [pairs.length, ...levels.map((level) => pairs.reduce((sum, e) => sum + level[e]!, 0))];
}

/** The best key over all matchings (edge index lists), by enumeration. */
function bruteForce(n: number, from: readonly number[], to: readonly number[], levels: readonly number[][]): number[] {
  let best: number[] | undefined;
  const used = new Array<boolean>(n).fill(false);
  const chosen: number[] = [];
  const visit = (e: number): void => {
    if (e === from.length) {
      const key = keyOf(chosen, levels);
      if (best === undefined || compareKeys(key, best) > 0) best = key;
      return;
    }
    visit(e + 1);
    if (used[from[e]!] || used[to[e]!]) return;
    used[from[e]!] = used[to[e]!] = true;
    chosen.push(e);
    visit(e + 1);
    chosen.pop();
    used[from[e]!] = used[to[e]!] = false;
  };
  visit(0);
  return best!;
}

const instance = fc.record({
  graph: smallGraph(10),
  levelCount: fc.integer({ min: 0, max: 3 }),
  range: fc.integer({ min: 1, max: 5 }),
  salt: fc.nat({ max: 1000 }),
});

describe("lexicographicMatching", () => {
  it("returns a matching whose (pairs, level sums) key is the brute-force best", () => {
    fc.assert(
      fc.property(instance, ({ graph, levelCount, range, salt }) => {
        // Canonical edges (from < to, sorted), non-negative integer levels drawn from the weights.
        const edges = graph.edges
          .map(([u, v, w]) => [Math.min(u, v), Math.max(u, v), Math.abs(w)] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const from = edges.map(([u]) => u);
        const to = edges.map(([, v]) => v);
        const levels = Array.from({ length: levelCount }, (_, k) =>
          edges.map(([u, v, w]) => (w * (k + 7) + u * 31 + v * 17 + salt) % (range + 1)),
        );
        const solved = lexicographicMatching(
          "test",
          graph.n,
          Int32Array.from(from),
          Int32Array.from(to),
          levels.map((l) => Float64Array.from(l)),
        );
        expect(
          isMatching(
            edges.map(([u, v]) => [u, v, 0] as const),
            solved.mate,
          ),
        ).toBe(true);
        const pairs: number[] = [];
        edges.forEach(([u, v], e) => {
          if (solved.mate[u] === v) pairs.push(e);
        });
        expect(keyOf(pairs, levels)).toEqual(bruteForce(graph.n, from, to, levels));
      }),
    );
  });

  it("refuses weights beyond the exact range with too_large instead of rounding", () => {
    const huge = Float64Array.of(2 ** 53, 0);
    expect(() => lexicographicMatching("test", 3, Int32Array.of(0, 1), Int32Array.of(1, 2), [huge])).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ code: "too_large" })] }),
    );
  });
});
