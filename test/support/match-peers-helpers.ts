/** Shared checks for matchPeers tests: invariants every result must keep. */
import { expect } from "vitest";
import type { CompatibilityGraph, MatchResult } from "peermatch";

/** Every participant appears exactly once, in a group of 2–3 or in `unmatched`. */
export function expectEveryoneAccountedFor(result: MatchResult, ids: readonly string[]): void {
  const seen = [...result.pairs.flatMap((pair) => pair.members), ...result.unmatched.map((entry) => entry.id)];
  expect([...seen].sort()).toEqual([...ids].sort());
  for (const pair of result.pairs) expect(pair.members.length === 2 || pair.members.length === 3).toBe(true);
}

/** Every pair inside every group is a feasible edge of the compatibility graph. */
export function expectOnlyFeasiblePairs(result: MatchResult, graph: CompatibilityGraph): void {
  const feasible = new Set(graph.edges.map(([i, j]) => `${graph.ids[i]}\u0000${graph.ids[j]}`));
  for (const { members } of result.pairs) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = [members[x] ?? "", members[y] ?? ""].sort();
        expect(feasible.has(`${a}\u0000${b}`), `${a} & ${b} is vetoed`).toBe(true);
      }
    }
  }
}

/** Edge weight lookup of a compatibility graph by id pair. */
export function weightLookup(graph: CompatibilityGraph): (a: string, b: string) => number {
  const weights = new Map<string, number>();
  for (const [i, j, w] of graph.edges) {
    const [a, b] = [graph.ids[i] ?? "", graph.ids[j] ?? ""].sort();
    weights.set(`${a}\u0000${b}`, w);
  }
  return (a, b) => {
    const [x, y] = [a, b].sort();
    const w = weights.get(`${x}\u0000${y}`);
    if (w === undefined) throw new Error(`no edge ${a}–${b}`);
    return w;
  };
}
