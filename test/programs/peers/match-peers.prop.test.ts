import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compatibilityGraph, generateCohort, matchPeers } from "peermatch";
import type { CompatibilityGraph, MatchOptions, MatchResult } from "peermatch";
import { bruteForcePeerMatching } from "../../support/oracles/brute-force-peer-matching.js";
import {
  expectEveryoneAccountedFor,
  expectOnlyFeasiblePairs,
  weightLookup,
} from "../../support/match-peers-helpers.js";

const REFERENCE_DATE = "2026-03-02";
const SOLVERS = ["optimal", "fair", "stable", "greedy"] as const;

/** Small seeded cohorts with a random minimum score, so some pairs are vetoed. */
const smallCohort = fc.record({
  size: fc.integer({ min: 1, max: 10 }),
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  minScore: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: undefined }),
});

function optionsFor(minScore: number | undefined, extra: MatchOptions = {}): MatchOptions {
  return { availability: { referenceDate: REFERENCE_DATE }, ...(minScore !== undefined ? { minScore } : {}), ...extra };
}

/** Blocking pairs recomputed from the graph's directional scores, independently of the solvers. */
function independentBlockingPairs(result: MatchResult, graph: CompatibilityGraph): number {
  const value = new Map<string, number>();
  const groupOf = new Map<string, number>();
  const s = new Map<string, number>();
  for (const [i, j, , sij, sji] of graph.edges) {
    s.set(`${graph.ids[i]}>${graph.ids[j]}`, sij).set(`${graph.ids[j]}>${graph.ids[i]}`, sji);
  }
  result.pairs.forEach(({ members }, g) => {
    for (const m of members) {
      groupOf.set(m, g);
      const others = members.filter((o) => o !== m);
      value.set(m, others.reduce((sum, o) => sum + (s.get(`${m}>${o}`) ?? 0), 0) / others.length);
    }
  });
  let count = 0;
  for (const [i, j, , sij, sji] of graph.edges) {
    const a = graph.ids[i] ?? "";
    const b = graph.ids[j] ?? "";
    if (groupOf.has(a) && groupOf.get(a) === groupOf.get(b)) continue;
    if (sij > (value.get(a) ?? -Infinity) && sji > (value.get(b) ?? -Infinity)) count++;
  }
  return count;
}

describe("matchPeers laws", () => {
  it("accounts for every participant exactly once, whatever the solver", () => {
    fc.assert(
      fc.property(
        smallCohort,
        fc.constantFrom(...SOLVERS),
        fc.constantFrom("trio" as const, "unmatched" as const),
        ({ size, seed, minScore }, solver, oddHandling) => {
          const cohort = generateCohort(size, { seed });
          const result = matchPeers(cohort, optionsFor(minScore, { solver, oddHandling }));
          expectEveryoneAccountedFor(
            result,
            cohort.map((p) => p.id),
          );
        },
      ),
    );
  });

  it("never pairs people a hard constraint keeps apart", () => {
    fc.assert(
      fc.property(smallCohort, fc.constantFrom(...SOLVERS), ({ size, seed, minScore }, solver) => {
        const cohort = generateCohort(size, { seed, excludeShare: 0.3 });
        const options = optionsFor(minScore, { solver });
        expectOnlyFeasiblePairs(matchPeers(cohort, options), compatibilityGraph(cohort, options));
      }),
    );
  });

  it("optimal: maximum cardinality, then the brute-force maximum total weight", () => {
    fc.assert(
      fc.property(smallCohort, ({ size, seed, minScore }) => {
        const cohort = generateCohort(size, { seed });
        const options = optionsFor(minScore, { oddHandling: "unmatched" });
        const result = matchPeers(cohort, options);
        const graph = compatibilityGraph(cohort, options);
        const setAside = result.unmatched.find((u) => u.reason === "odd-one-out")?.id;
        const edges = graph.edges
          .filter(([i, j]) => graph.ids[i] !== setAside && graph.ids[j] !== setAside)
          .map(([i, j, w]) => [i, j, Math.round(w * 1e6)] as const);
        const expected = bruteForcePeerMatching(graph.ids.length, edges);
        const full = bruteForcePeerMatching(
          graph.ids.length,
          graph.edges.map(([i, j, w]) => [i, j, w] as const),
        );
        expect(result.pairs.length).toBe(full.cardinality);
        const weight = weightLookup(graph);
        const total = result.pairs.reduce(
          (sum, { members: [a, b] }) => sum + Math.round(weight(a ?? "", b ?? "") * 1e6),
          0,
        );
        expect(total).toBe(expected.bestTotal);
      }),
    );
  });

  it("fair: its smallest pair weight is the brute-force bottleneck optimum, then the best total", () => {
    fc.assert(
      fc.property(
        smallCohort.filter(({ size }) => size % 2 === 0),
        ({ size, seed, minScore }) => {
          const cohort = generateCohort(size, { seed, sparseShare: 0 });
          const options = optionsFor(minScore, { solver: "fair", oddHandling: "unmatched" });
          const result = matchPeers(cohort, options);
          const graph = compatibilityGraph(cohort, options);
          fc.pre(!result.unmatched.some((u) => u.reason === "odd-one-out"));
          const expected = bruteForcePeerMatching(
            size,
            graph.edges.map(([i, j, w]) => [i, j, Math.round(w * 1e6)] as const),
          );
          expect(result.pairs.length).toBe(expected.cardinality);
          if (expected.cardinality === 0) return;
          const weight = weightLookup(graph);
          const scaled = result.pairs.map(({ members: [a, b] }) => Math.round(weight(a ?? "", b ?? "") * 1e6));
          expect(Math.min(...scaled)).toBe(expected.bestBottleneck);
          expect(scaled.reduce((x, y) => x + y, 0)).toBe(expected.bestTotalAtBottleneck);
        },
      ),
    );
  });

  it("counts exactly the blocking pairs an independent check finds, for every solver", () => {
    fc.assert(
      fc.property(smallCohort, fc.constantFrom(...SOLVERS), ({ size, seed, minScore }, solver) => {
        const cohort = generateCohort(size, { seed });
        const options = optionsFor(minScore, { solver });
        const result = matchPeers(cohort, options);
        const blocking = independentBlockingPairs(result, compatibilityGraph(cohort, options));
        expect(result.stats.blockingPairs).toBe(blocking);
        expect(result.blockingPairs.length).toBe(blocking);
      }),
    );
  });

  it("stable: when a stable matching exists and nobody is left over, the result has no blocking pair", () => {
    fc.assert(
      fc.property(smallCohort, ({ size, seed, minScore }) => {
        const cohort = generateCohort(size, { seed });
        const result = matchPeers(cohort, optionsFor(minScore, { solver: "stable", oddHandling: "unmatched" }));
        fc.pre(result.stats.stable === true && result.unmatched.every((u) => u.reason === "no-feasible-partner"));
        expect(result.stats.blockingPairs).toBe(0);
      }),
    );
  });

  it("greedy: the result is maximal (no two unmatched people could be paired)", () => {
    fc.assert(
      fc.property(smallCohort, ({ size, seed, minScore }) => {
        const cohort = generateCohort(size, { seed });
        const options = optionsFor(minScore, { solver: "greedy", oddHandling: "unmatched" });
        const result = matchPeers(cohort, options);
        const single = new Set(result.unmatched.filter((u) => u.reason !== "odd-one-out").map((u) => u.id));
        const graph = compatibilityGraph(cohort, options);
        for (const [i, j] of graph.edges)
          expect(single.has(graph.ids[i] ?? "") && single.has(graph.ids[j] ?? "")).toBe(false);
        expect(result.stats.solver).toBe("greedy");
      }),
    );
  });

  it("gives identical JSON for any input order (same options and seed)", () => {
    fc.assert(
      fc.property(
        smallCohort,
        fc.constantFrom(...SOLVERS),
        fc.integer(),
        ({ size, seed, minScore }, solver, shuffleSeed) => {
          const cohort = generateCohort(size, { seed });
          const shuffled =
            fc.sample(fc.shuffledSubarray(cohort, { minLength: size, maxLength: size }), {
              seed: shuffleSeed,
              numRuns: 1,
            })[0] ?? cohort;
          const options = optionsFor(minScore, { solver });
          expect(JSON.stringify(matchPeers(shuffled, options))).toBe(JSON.stringify(matchPeers(cohort, options)));
        },
      ),
    );
  });
});
