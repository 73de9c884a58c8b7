/**
 * The stable solver against independent checks on small cohorts with strict preferences:
 * it matches as many people as `optimal`; it keeps as many pairs of Irving's (or Tan's)
 * matching as any maximum matching can (brute force); `stats.stable` is "no blocking
 * pair"; and `strictStable` returns Irving's (or Tan's) matching itself.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchPeers, stableRoommatesIndexed } from "peermatch";
import type { MatchOptions } from "peermatch";
import { seededOrder } from "../../../../src/programs/shared/seeded-order.js";

const BUILT_INS = [
  "goals",
  "complementarity",
  "communication",
  "availability",
  "geography",
  "experience",
  "industry",
  "language",
  "commitment",
] as const;

/** s(a→b) = table[a][b] (null: a veto), every score distinct (k/128 is exact in float32). */
const instance = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc
    .tuple(
      fc.shuffledSubarray(
        Array.from({ length: 127 }, (_, k) => (k + 1) / 128),
        { minLength: n * n, maxLength: n * n },
      ),
      fc.array(fc.boolean(), { minLength: n * n, maxLength: n * n }),
      fc.string({ maxLength: 4 }),
    )
    .map(([scores, vetoed, seed]) => {
      const ids = Array.from({ length: n }, (_, k) => String.fromCharCode(97 + k));
      const table: Record<string, Record<string, number | null>> = {};
      ids.forEach((a, i) => {
        table[a] = {};
        ids.forEach((b, j) => {
          const [lo, hi] = i < j ? [i, j] : [j, i];
          table[a]![b] = vetoed[lo * n + hi] ? null : scores[i * n + j]!;
        });
      });
      return { ids, table, seed };
    }),
);

function options(table: Record<string, Record<string, number | null>>, extra: MatchOptions): MatchOptions {
  return {
    availability: { referenceDate: "2026-03-02" },
    weights: Object.fromEntries(BUILT_INS.map((name) => [name, 0])),
    custom: [{ name: "preference", weight: 1, score: (a, b) => table[a.id]?.[b.id] ?? null }],
    oddHandling: "unmatched",
    ...extra,
  };
}

/** Irving's (or Tan's) matching as the solver computes it: lists by s, positions in seeded order. */
function stableBase(ids: readonly string[], table: Record<string, Record<string, number | null>>, seed: string) {
  const { order, position } = seededOrder(ids, seed);
  const n = ids.length;
  const offsets = new Int32Array(n + 1);
  const entries: number[] = [];
  for (let p = 0; p < n; p++) {
    const a = ids[order[p]!]!;
    const partners = ids
      .filter((b) => b !== a && table[a]![b] !== null && table[b]![a] !== null)
      .sort((x, y) => table[a]![y]! - table[a]![x]!);
    for (const b of partners) entries.push(position[ids.indexOf(b)]!);
    offsets[p + 1] = entries.length;
  }
  const { mate, stable } = stableRoommatesIndexed(n, offsets, Int32Array.from(entries));
  const pairs = new Set<string>();
  for (let p = 0; p < n; p++) if (mate[p]! > p) pairs.add([ids[order[p]!]!, ids[order[mate[p]!]!]!].sort().join("&"));
  return { pairs, stable };
}

/** The most pairs of `base` any maximum-cardinality matching keeps (brute force). */
function mostKept(
  ids: readonly string[],
  table: Record<string, Record<string, number | null>>,
  base: ReadonlySet<string>,
) {
  const n = ids.length;
  let best = { size: -1, kept: -1 };
  const used = new Array<boolean>(n).fill(false);
  const visit = (v: number, size: number, kept: number): void => {
    while (v < n && used[v]) v++;
    if (v >= n) {
      if (size > best.size || (size === best.size && kept > best.kept)) best = { size, kept };
      return;
    }
    used[v] = true;
    visit(v + 1, size, kept);
    for (let u = v + 1; u < n; u++) {
      const a = ids[v]!;
      const b = ids[u]!;
      if (used[u] || table[a]![b] === null || table[b]![a] === null) continue;
      used[u] = true;
      visit(v + 1, size + 1, kept + (base.has([a, b].sort().join("&")) ? 1 : 0));
      used[u] = false;
    }
    used[v] = false;
  };
  visit(0, 0, 0);
  return best;
}

const keys = (pairs: readonly { members: string[] }[]) => new Set(pairs.map((pair) => pair.members.join("&")));

describe("stable solver", () => {
  it("matches as many as optimal, keeping the most pairs of the stable (or maximum stable) matching", () => {
    fc.assert(
      fc.property(instance, ({ ids, table, seed }) => {
        const people = ids.map((id) => ({ id }));
        const stable = matchPeers(people, options(table, { solver: "stable", seed }));
        const optimal = matchPeers(people, options(table, { solver: "optimal", seed }));
        expect(stable.stats.matched).toBe(optimal.stats.matched);
        const base = stableBase(ids, table, seed);
        const kept = [...keys(stable.pairs)].filter((key) => base.pairs.has(key)).length;
        expect(kept).toBe(mostKept(ids, table, base.pairs).kept);
        expect(stable.stats.stable).toBe(stable.stats.blockingPairs === 0);
        if (base.stable) expect(stable.stats.stableMatchingExists).toBe(true);
        else expect(stable.stats.stableMatchingExists).toBe(stable.stats.blockingPairs === 0);
      }),
      { numRuns: 150 },
    );
  });

  it("strictStable returns Irving's (or Tan's) matching itself", () => {
    fc.assert(
      fc.property(instance, ({ ids, table, seed }) => {
        const result = matchPeers(
          ids.map((id) => ({ id })),
          options(table, { solver: "stable", seed, strictStable: true }),
        );
        const base = stableBase(ids, table, seed);
        // oddHandling "unmatched" only labels the people the matching leaves out.
        expect(keys(result.pairs)).toEqual(base.pairs);
        if (base.stable) expect(result.stats.blockingPairs).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
