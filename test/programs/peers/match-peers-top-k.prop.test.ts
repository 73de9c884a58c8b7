import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compatibilityGraph, generateCohort, matchPeers, MatchInputError } from "peermatch";
import { expectEveryoneAccountedFor, expectOnlyFeasiblePairs } from "../../support/match-peers-helpers.js";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };
const SOLVERS = ["optimal", "fair", "stable", "greedy"] as const;

/** For each id, the weights of her feasible partners, best first. */
function rankedWeights(graph: ReturnType<typeof compatibilityGraph>): Map<string, number[]> {
  const ranked = new Map<string, number[]>(graph.ids.map((id) => [id, []]));
  for (const [i, j, w] of graph.edges) {
    ranked.get(graph.ids[i] ?? "")?.push(w);
    ranked.get(graph.ids[j] ?? "")?.push(w);
  }
  for (const list of ranked.values()) list.sort((x, y) => y - x);
  return ranked;
}

describe("matchPeers with topK", () => {
  it("gives the same result as the full graph when topK reaches everyone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }),
        fc.string({ maxLength: 5 }),
        fc.constantFrom(...SOLVERS),
        (size, seed, solver) => {
          const cohort = generateCohort(size, { seed });
          const sparse = matchPeers(cohort, { ...OPTIONS, solver, topK: size });
          const dense = matchPeers(cohort, { ...OPTIONS, solver });
          expect(sparse.stats.graph).toBe("candidates");
          expect(dense.stats.graph).toBe(size < 1500 ? "dense" : "candidates");
          // Only the graph and the recorded options may differ: they say topK was set.
          expect(sparse.meta.options.topK).toBe(size);
          const { topK: _, ...recorded } = sparse.meta.options;
          expect(
            JSON.stringify({
              ...sparse,
              stats: { ...sparse.stats, graph: "dense" },
              meta: { ...sparse.meta, options: recorded },
            }),
          ).toBe(JSON.stringify(dense));
        },
      ),
      { numRuns: 40 },
    );
  });

  // The stable solver re-solves the people Tan's matching leaves out among themselves, so
  // this law is stated for the single-solve solvers. A pair outside both lists can only
  // come from the maximality repair, which pairs people whose lists are full.
  it("forms only pairs in which one member is among the other's topK best partners, or both have topK partners", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 30 }),
        fc.string({ maxLength: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom("optimal" as const, "fair" as const, "greedy" as const),
        (size, seed, topK, solver) => {
          const cohort = generateCohort(size, { seed });
          const result = matchPeers(cohort, { ...OPTIONS, solver, topK, oddHandling: "unmatched" });
          const graph = compatibilityGraph(cohort, OPTIONS);
          expectEveryoneAccountedFor(
            result,
            cohort.map((p) => p.id),
          );
          expectOnlyFeasiblePairs(result, graph);
          const ranked = rankedWeights(graph);
          const weight = new Map(graph.edges.map(([i, j, w]) => [[graph.ids[i], graph.ids[j]].sort().join("&"), w]));
          for (const {
            members: [a = "", b = ""],
          } of result.pairs) {
            const w = weight.get([a, b].sort().join("&")) ?? Number.NaN;
            const cutA = ranked.get(a)?.[topK - 1] ?? -Infinity;
            const cutB = ranked.get(b)?.[topK - 1] ?? -Infinity;
            const bothFull = (ranked.get(a)?.length ?? 0) > topK && (ranked.get(b)?.length ?? 0) > topK;
            expect(w >= cutA || w >= cutB || bothFull, `${a}–${b} (${w}) is in neither top-${topK}`).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("never leaves two compatible people both alone, whatever the solver and topK", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 30 }),
        fc.string({ maxLength: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(...SOLVERS),
        fc.constantFrom("trio" as const, "unmatched" as const),
        (size, seed, topK, solver, oddHandling) => {
          const cohort = generateCohort(size, { seed, sparseShare: 0 });
          const result = matchPeers(cohort, { ...OPTIONS, solver, topK, oddHandling });
          const graph = compatibilityGraph(cohort, OPTIONS);
          const alone = new Set(result.unmatched.map((u) => u.id));
          for (const [i, j] of graph.edges) {
            expect(
              alone.has(graph.ids[i]!) && alone.has(graph.ids[j]!),
              `${graph.ids[i]} and ${graph.ids[j]} are compatible and both alone`,
            ).toBe(false);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("rejects a topK that is not a positive integer", () => {
    for (const topK of [0, 1.5, -3])
      expect(() => matchPeers(generateCohort(4), { ...OPTIONS, topK })).toThrow(MatchInputError);
  });
});
