/**
 * Pins in matchPeers against brute force (n <= 10): optimal and fair return the best
 * matching that contains the pins; stable (strict) returns a matching that contains the
 * pins and has no blocking pair exactly when the brute force finds such a stable
 * matching, and otherwise lists conflicting pins.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compatibilityGraph, generateCohort, matchPeers } from "peermatch";
import type { CompatibilityGraph, MatchOptions, MatchResult } from "peermatch";
import { bruteForcePeerMatching } from "../../support/oracles/brute-force-peer-matching.js";
import { bruteForceRoommates } from "../../support/oracles/roommates-brute-force.js";
import { expectEveryoneAccountedFor, weightLookup } from "../../support/match-peers-helpers.js";

const REFERENCE_DATE = "2026-03-02";

const instance = fc.record({
  size: fc.integer({ min: 2, max: 10 }),
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  minScore: fc.option(fc.double({ min: 0, max: 0.4, noNaN: true }), { nil: undefined }),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
});

/** Disjoint feasible pairs of the graph chosen by `picks` (ids), at most two. */
function pinsFrom(graph: CompatibilityGraph, picks: readonly number[]): [string, string][] {
  const used = new Set<number>();
  const pins: [string, string][] = [];
  for (const pick of picks) {
    if (graph.edges.length === 0 || pins.length === 2) break;
    const [i, j] = graph.edges[pick % graph.edges.length]!;
    if (used.has(i) || used.has(j)) continue;
    used.add(i).add(j);
    pins.push([graph.ids[j]!, graph.ids[i]!]);
  }
  return pins;
}

function containsPins(result: MatchResult, pins: readonly (readonly string[])[]): boolean {
  const keys = new Set(result.pairs.map((pair) => pair.members.join("\u0000")));
  return pins.every((pin) => keys.has([...pin].sort().join("\u0000")));
}

function setup(size: number, seed: string, minScore: number | undefined, extra: MatchOptions) {
  const cohort = generateCohort(size, { seed });
  const base: MatchOptions = {
    availability: { referenceDate: REFERENCE_DATE },
    oddHandling: "unmatched",
    ...(minScore === undefined ? {} : { minScore }),
  };
  const graph = compatibilityGraph(cohort, base);
  return { cohort, graph, options: { ...base, ...extra } };
}

/** Edges (integer weights) among people not pinned and not set aside. */
function restEdges(graph: CompatibilityGraph, out: ReadonlySet<string>) {
  return graph.edges
    .filter(([i, j]) => !out.has(graph.ids[i]!) && !out.has(graph.ids[j]!))
    .map(([i, j, w]) => [i, j, Math.round(w * 1e6)] as const);
}

describe("matchPeers with pins", () => {
  it("optimal: contains the pins, and the rest is the brute-force best (cardinality, then total)", () => {
    fc.assert(
      fc.property(instance, ({ size, seed, minScore, picks }) => {
        const { cohort, graph, options } = setup(size, seed, minScore, {});
        const pins = pinsFrom(graph, picks);
        fc.pre(pins.length > 0);
        const result = matchPeers(cohort, { ...options, pins });
        expectEveryoneAccountedFor(
          result,
          cohort.map((p) => p.id),
        );
        expect(containsPins(result, pins)).toBe(true);
        const out = new Set([
          ...pins.flat(),
          ...result.unmatched.filter((u) => u.reason === "odd-one-out").map((u) => u.id),
        ]);
        const expected = bruteForcePeerMatching(graph.ids.length, restEdges(graph, out));
        const weight = weightLookup(graph);
        const rest = result.pairs.filter((pair) => !pair.members.some((m) => out.has(m)));
        expect(rest.length).toBe(expected.cardinality);
        const total = rest.reduce((sum, { members: [a, b] }) => sum + Math.round(weight(a!, b!) * 1e6), 0);
        expect(total).toBe(expected.cardinality === 0 ? 0 : expected.bestTotal);
        expect(result.stats.pinConflicts).toEqual([]);
      }),
    );
  });

  it("fair: contains the pins; smallest weight then total are the brute-force best among matchings with the pins", () => {
    fc.assert(
      fc.property(instance, ({ size, seed, minScore, picks }) => {
        const { cohort, graph, options } = setup(size, seed, minScore, { solver: "fair" });
        const pins = pinsFrom(graph, picks);
        fc.pre(pins.length > 0);
        const result = matchPeers(cohort, { ...options, pins });
        expect(containsPins(result, pins)).toBe(true);
        const weight = weightLookup(graph);
        const scaled = (a: string, b: string) => Math.round(weight(a, b) * 1e6);
        const pinMin = Math.min(...pins.map(([a, b]) => scaled(a, b)));
        const out = new Set([
          ...pins.flat(),
          ...result.unmatched.filter((u) => u.reason === "odd-one-out").map((u) => u.id),
        ]);
        const edges = restEdges(graph, out);
        const free = bruteForcePeerMatching(graph.ids.length, edges);
        // The best smallest weight overall, then the best total of the rest subject to it.
        const bottleneck = free.cardinality === 0 ? pinMin : Math.min(pinMin, free.bestBottleneck);
        const above = bruteForcePeerMatching(
          graph.ids.length,
          edges.filter(([, , w]) => w >= bottleneck),
        );
        const rest = result.pairs.filter((pair) => !pair.members.some((m) => out.has(m)));
        expect(rest.length).toBe(free.cardinality);
        const weights = result.pairs.map(({ members: [a, b] }) => scaled(a!, b!));
        expect(Math.min(...weights)).toBe(bottleneck);
        const restTotal = rest.reduce((sum, { members: [a, b] }) => sum + scaled(a!, b!), 0);
        expect(restTotal).toBe(free.cardinality === 0 ? 0 : above.bestTotal);
      }),
    );
  });

  it("stable (strict): contains the pins, and is stable exactly when a stable matching with the pins exists", () => {
    fc.assert(
      fc.property(instance, ({ size, seed, minScore, picks }) => {
        const { cohort, graph, options } = setup(size, seed, minScore, { solver: "stable", strictStable: true });
        const pins = pinsFrom(graph, picks);
        fc.pre(pins.length > 0);
        // Preference lists by s, best first; instances with exact ties are left out (the seed breaks those).
        const n = graph.ids.length;
        const lists: [number, number][][] = Array.from({ length: n }, () => []);
        for (const [i, j, , sij, sji] of graph.edges) {
          lists[i]!.push([j, sij]);
          lists[j]!.push([i, sji]);
        }
        fc.pre(lists.every((list) => new Set(list.map(([, s]) => s)).size === list.length));
        const ranked = lists.map((list) => list.sort((x, y) => y[1] - x[1]).map(([j]) => j));
        const index = new Map(graph.ids.map((id, i) => [id, i]));
        const forced = pins.map(([a, b]) => [index.get(a)!, index.get(b)!] as const);
        const brute = bruteForceRoommates(ranked);
        const exists = [...brute.stableMatchings].some((key) => {
          const mate = key.split(",").map(Number);
          return forced.every(([a, b]) => mate[a] === b);
        });
        const result = matchPeers(cohort, { ...options, pins });
        expect(containsPins(result, pins)).toBe(true);
        // Trios never form under "unmatched", so stability is the roommates notion.
        if (exists) {
          expect(result.stats.stable).toBe(true);
          expect(result.stats.pinConflicts).toEqual([]);
        } else {
          expect(result.stats.stable).toBe(false);
          if (brute.stableMatchings.size > 0) expect(result.stats.pinConflicts?.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
