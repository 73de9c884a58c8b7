import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxCardinalityMatching } from "../../../src/algorithms/cardinality-matching/max-cardinality-matching.js";
import { adjacencyOf } from "../../../src/internal/adjacency.js";
import { largeGraph, smallGraph, type SmallGraph } from "../../support/arbitraries/general-matching.js";
import { bruteForceMaxWeightMatching } from "../../support/oracles/brute-force-matching.js";

function solve(graph: SmallGraph, greedy: "none" | "given" | "reversed") {
  const from = Int32Array.from(graph.edges, ([u]) => u);
  const to = Int32Array.from(graph.edges, ([, v]) => v);
  const { offsets, neighbour } = adjacencyOf(graph.n, from, to);
  const order = greedy === "reversed" ? [...graph.edges].reverse() : graph.edges;
  const start = greedy === "none" ? [] : order;
  return maxCardinalityMatching(
    graph.n,
    offsets,
    neighbour,
    Int32Array.from(start, ([u]) => u),
    Int32Array.from(start, ([, v]) => v),
  );
}

/** The number of pairs of a maximum matching, by brute force. */
function maximumSize(n: number, edges: SmallGraph["edges"]): number {
  return bruteForceMaxWeightMatching(
    n,
    edges.map(([u, v]) => [u, v, 1] as const),
    { maxCardinality: true },
  ).size;
}

const greedyStart = fc.constantFrom("none" as const, "given" as const, "reversed" as const);

describe("maxCardinalityMatching", () => {
  it("returns a matching on the graph's edges whose size is the brute-force maximum", () => {
    fc.assert(
      fc.property(smallGraph(12), greedyStart, (graph, greedy) => {
        const { mate, size } = solve(graph, greedy);
        const adjacent = new Set(graph.edges.map(([u, v]) => `${Math.min(u, v)},${Math.max(u, v)}`));
        let pairs = 0;
        for (let v = 0; v < graph.n; v++) {
          const u = mate[v]!;
          if (u === -1) continue;
          expect(mate[u]).toBe(v);
          expect(adjacent.has(`${Math.min(u, v)},${Math.max(u, v)}`)).toBe(true);
          if (u > v) pairs++;
        }
        expect(pairs).toBe(size);
        expect(size).toBe(maximumSize(graph.n, graph.edges));
      }),
    );
  });

  it("marks as inessential exactly the vertices whose removal keeps the maximum size (Gallai–Edmonds D(G))", () => {
    fc.assert(
      fc.property(smallGraph(11), greedyStart, (graph, greedy) => {
        const { inessential, size } = solve(graph, greedy);
        for (let v = 0; v < graph.n; v++) {
          const without = graph.edges.filter(([a, b]) => a !== v && b !== v);
          expect(inessential[v] === 1).toBe(maximumSize(graph.n, without) === size);
        }
      }),
    );
  });

  it("agrees with the brute force on larger, blossom-heavy graphs", () => {
    fc.assert(
      fc.property(largeGraph(14, 20), (graph) => {
        expect(solve(graph, "given").size).toBe(maximumSize(graph.n, graph.edges));
      }),
      { numRuns: 30 },
    );
  });
});
