/**
 * `rematch` gives the same JSON for a seed whatever the order of its input: participants,
 * the stored groups and their members, the unmatched entries, the history lists (pairs
 * reversed, listed twice), and the change's lists — under every keep policy and solver,
 * over chains of changes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { KeepPolicy, MatchOptions, MatchResult, Participant } from "peermatch";
import { generateCohort, matchPeers, rematch } from "peermatch";

function permuted<T>(items: readonly T[], salt: number): T[] {
  return items
    .map((item, k) => ({ item, key: (k * 7919 + salt * 104729 + 13) % 1000003 }))
    .sort((x, y) => x.key - y.key)
    .map(({ item }) => item);
}

function scrambled(result: MatchResult, salt: number): MatchResult {
  const flip = (pair: [string, string]): [string, string] => [pair[1], pair[0]];
  return {
    ...result,
    pairs: permuted(result.pairs, salt).map((p) => ({ ...p, members: permuted(p.members, salt + 1) })),
    unmatched: permuted(result.unmatched, salt + 2),
    history: {
      dissolved: permuted([...result.history.dissolved, ...result.history.dissolved.map(flip)], salt + 3),
      formed: permuted([...result.history.formed.map(flip), ...result.history.formed], salt + 4),
    },
  };
}

describe("rematch and input order", () => {
  it("gives the same JSON whatever the order of participants, stored groups, history and change", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 12 }),
        fc.string({ maxLength: 3 }),
        fc.constantFrom("optimal" as const, "fair" as const, "stable" as const, "greedy" as const),
        fc.constantFrom("trio" as const, "unmatched" as const),
        fc.array(
          fc.record({
            pick: fc.nat(),
            two: fc.boolean(),
            leave: fc.boolean(),
            keep: fc.constantFrom<KeepPolicy>("fewest-broken", "all", "none", { churnPenalty: 0.02 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (size, seed, solver, oddHandling, steps) => {
          let people = generateCohort(size, { seed, sparseShare: 0.2 }) as Participant[];
          const options: MatchOptions = { solver, oddHandling, seed, availability: { referenceDate: "2026-03-02" } };
          let previous: MatchResult = matchPeers(people, options);
          steps.forEach(({ pick, two, leave, keep: rawKeep }, k) => {
            const keep = typeof rawKeep === "object" && solver !== "optimal" ? "fewest-broken" : rawKeep;
            const dissolve: [string, string][] = [];
            for (const g of two ? [pick, pick + 1] : [pick]) {
              if (previous.pairs.length === 0) break;
              const m = previous.pairs[g % previous.pairs.length]!.members;
              if (!dissolve.some(([a, b]) => a === m[0] && b === m[1])) dissolve.push([m[0]!, m[1]!]);
            }
            const change: { dissolve: [string, string][]; leave?: string[] } = { dissolve };
            if (leave && people.length > 4) {
              const id = people[(pick * 31) % people.length]!.id;
              if (!dissolve.flat().includes(id)) {
                change.leave = [id];
                people = people.filter((p) => p.id !== id);
              }
            }
            const next = rematch(previous, change, people, { keep });
            const again = rematch(
              scrambled(previous, k),
              { ...change, dissolve: permuted(dissolve, k).map(([a, b]) => [b, a]) },
              permuted(people, k + 5),
              { keep },
            );
            expect(JSON.stringify(again)).toBe(JSON.stringify(next));
            previous = next;
          });
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 15) },
    );
  });
});
