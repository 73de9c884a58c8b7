/**
 * Rank-maximal wishes in matchPeers against brute force (n <= 10, random wishes): the
 * result's pairs reach the best (pairs, first choices, second choices, …, total weight)
 * over all matchings, computed by an oracle that enumerates matchings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compatibilityGraph, generateCohort, matchPeers } from "peermatch";
import type { MatchOptions } from "peermatch";
import { bruteForceRankMaximal, rankMaximalKey } from "../../support/oracles/rank-maximal-brute-force.js";
import { expectEveryoneAccountedFor } from "../../support/match-peers-helpers.js";

const REFERENCE_DATE = "2026-03-02";

const instance = fc.record({
  size: fc.integer({ min: 2, max: 10 }),
  seed: fc.string({ minLength: 1, maxLength: 8 }),
  max: fc.integer({ min: 1, max: 4 }),
  minScore: fc.option(fc.double({ min: 0, max: 0.4, noNaN: true }), { nil: undefined }),
  // Wish lists as indices into the cohort (self and repeats included: they must be skipped).
  wishes: fc.array(fc.array(fc.nat({ max: 9 }), { maxLength: 6 }), { minLength: 10, maxLength: 10 }),
  pick: fc.option(fc.nat(), { nil: undefined }),
});

function setup(size: number, seed: string, wishes: readonly (readonly number[])[], extra: MatchOptions) {
  const base = generateCohort(size, { seed });
  const ids = base.map((p) => p.id);
  const cohort = base.map((p, i) => ({ ...p, wishes: wishes[i]!.filter((k) => k < size).map((k) => ids[k]!) }));
  const options: MatchOptions = {
    availability: { referenceDate: REFERENCE_DATE },
    oddHandling: "unmatched",
    ...extra,
  };
  return { cohort, options, graph: compatibilityGraph(cohort, options) };
}

/** rank(i, j): j's place among the first `max` distinct wishes of i naming someone else, or -1. */
function ranksOf(ids: readonly string[], cohort: readonly { id: string; wishes: string[] }[], max: number) {
  const lists = new Map<string, string[]>();
  for (const person of cohort) {
    const list: string[] = [];
    for (const id of person.wishes) if (id !== person.id && !list.includes(id) && list.length < max) list.push(id);
    lists.set(person.id, list);
  }
  return (i: number, j: number) => lists.get(ids[i]!)!.indexOf(ids[j]!);
}

describe("matchPeers with rank-maximal wishes", () => {
  it("reaches the brute-force best (pairs, grants per rank, total weight)", () => {
    fc.assert(
      fc.property(instance, ({ size, seed, max, minScore, wishes }) => {
        const extra: MatchOptions = {
          wishes: { mode: "rank-maximal", max },
          ...(minScore === undefined ? {} : { minScore }),
        };
        const { cohort, options, graph } = setup(size, seed, wishes, extra);
        const result = matchPeers(cohort, options);
        expectEveryoneAccountedFor(
          result,
          cohort.map((p) => p.id),
        );
        const index = new Map(graph.ids.map((id, i) => [id, i]));
        const edges = graph.edges.map(([i, j, w]) => [i, j, Math.round(w * 1e6)] as const);
        const weights = new Map(edges.map(([i, j, w]) => [`${i},${j}`, w]));
        const weight = (a: number, b: number) => weights.get(`${Math.min(a, b)},${Math.max(a, b)}`)!;
        const rankOf = ranksOf(graph.ids, cohort, max);
        const pairs = result.pairs.map(({ members }) => {
          expect(members).toHaveLength(2);
          return [index.get(members[0]!)!, index.get(members[1]!)!] as const;
        });
        const got = rankMaximalKey(pairs, rankOf, max, weight);
        expect(got).toEqual(bruteForceRankMaximal(graph.ids.length, edges, rankOf, max));
        // stats.wishesGranted is the grants part of the key (present when someone made wishes).
        const anyWish = cohort.some((p) => p.wishes.some((id) => id !== p.id));
        expect(result.stats.wishesGranted).toEqual(anyWish ? got.slice(1, 1 + max) : undefined);
      }),
    );
  });

  it("with a pin: the pin is kept and the others reach the brute-force best among themselves", () => {
    fc.assert(
      fc.property(instance, ({ size, seed, max, wishes, pick }) => {
        const { cohort, options, graph } = setup(size, seed, wishes, { wishes: { mode: "rank-maximal", max } });
        fc.pre(pick !== undefined && graph.edges.length > 0);
        const [pi, pj] = graph.edges[pick! % graph.edges.length]!;
        const pin: [string, string] = [graph.ids[pi]!, graph.ids[pj]!];
        const result = matchPeers(cohort, { ...options, pins: [pin] });
        expect(result.pairs.some(({ members }) => members.join() === [...pin].sort().join())).toBe(true);
        const index = new Map(graph.ids.map((id, i) => [id, i]));
        const edges = graph.edges
          .filter(([i, j]) => i !== pi && i !== pj && j !== pi && j !== pj)
          .map(([i, j, w]) => [i, j, Math.round(w * 1e6)] as const);
        const weights = new Map(edges.map(([i, j, w]) => [`${i},${j}`, w]));
        const weight = (a: number, b: number) => weights.get(`${Math.min(a, b)},${Math.max(a, b)}`)!;
        const rankOf = ranksOf(graph.ids, cohort, max);
        const rest = result.pairs
          .map(({ members }) => [index.get(members[0]!)!, index.get(members[1]!)!] as const)
          .filter(([a]) => a !== pi && a !== pj);
        expect(rankMaximalKey(rest, rankOf, max, weight)).toEqual(
          bruteForceRankMaximal(graph.ids.length, edges, rankOf, max),
        );
      }),
    );
  });
});
