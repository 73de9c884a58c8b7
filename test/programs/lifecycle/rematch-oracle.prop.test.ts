/**
 * `rematch` against an independent brute-force oracle on cohorts of at most 10, over
 * chains of changes: under the default keep policy the result matches as many pairs as
 * any matching can, then as many of last time's unmatched people, then breaks as few
 * intact pairs (test/support/oracles/rematch-oracle.ts); under every policy, no banned
 * pair is ever together and every group is feasible today.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MatchOptions, MatchResult, Participant, RematchChange } from "peermatch";
import { explainPair, generateCohort, matchPeers, rematch } from "peermatch";
import { bestRematch } from "../../support/oracles/rematch-oracle.js";

const key = (a: string, b: string): string => JSON.stringify([a, b].sort());

type Step = { kind: "dissolve" | "leave" | "join" | "exclude"; pick: number; other: number };

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(
    "dissolve" as const,
    "dissolve" as const,
    "leave" as const,
    "join" as const,
    "exclude" as const,
  ),
  pick: fc.nat(),
  other: fc.nat(),
});

describe("rematch against a brute-force oracle", () => {
  it("keep fewest-broken: most pairs, then priority, then fewest intact pairs broken (n ≤ 10)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 9 }),
        fc.string({ maxLength: 4 }),
        fc.constantFrom("optimal" as const, "fair" as const, "stable" as const, "greedy" as const),
        fc.array(stepArb, { minLength: 1, maxLength: 6 }),
        (size, seed, solver, steps) => {
          let people = generateCohort(size, { seed, sparseShare: 0.3 }) as Participant[];
          const options: MatchOptions = {
            solver,
            oddHandling: "unmatched",
            seed,
            availability: { referenceDate: "2026-03-02" },
          };
          let previous: MatchResult = matchPeers(people, options);
          let joined = 0;
          for (const s of steps) {
            const change: { dissolve?: [string, string][]; leave?: string[]; join?: string[] } = {};
            if (s.kind === "dissolve" && previous.pairs.length > 0) {
              const m = previous.pairs[s.pick % previous.pairs.length]!.members;
              change.dissolve = [[m[0]!, m[1]!]];
            } else if (s.kind === "leave" && people.length > 3) {
              const id = people[s.pick % people.length]!.id;
              change.leave = [id];
              people = people.filter((p) => p.id !== id);
            } else if (s.kind === "join" && people.length < 10) {
              const id = `new-${joined++}`;
              change.join = [id];
              people = [...people, { ...generateCohort(1, { seed: `${seed}/${s.pick % 7}` })[0]!, id }];
            } else if (s.kind === "exclude" && people.length > 1) {
              const who = people[s.pick % people.length]!;
              const other = people[(s.pick + 1 + (s.other % (people.length - 1))) % people.length]!;
              people = people.map((p) => (p.id === who.id ? { ...p, exclude: [...(p.exclude ?? []), other.id] } : p));
            }
            const next = rematch(previous, change as RematchChange, people);
            const banned = next.history.dissolved;
            const bannedKeys = new Set(banned.map(([a, b]) => key(a, b)));
            const leaving = new Set(change.leave ?? []);
            const dissolvedNow = new Set((change.dissolve ?? []).map(([a, b]) => key(a, b)));
            const byId = new Map(people.map((p) => [p.id, p]));
            const intact = previous.pairs
              .map((p) => p.members)
              .filter((m) => m.length === 2 && !m.some((id) => leaving.has(id)) && !dissolvedNow.has(key(m[0]!, m[1]!)))
              .filter(
                ([a, b]) =>
                  !bannedKeys.has(key(a!, b!)) &&
                  explainPair(byId.get(a!), byId.get(b!), next.meta.options as MatchOptions).feasible,
              ) as [string, string][];
            const priority = previous.unmatched.map((u) => u.id).filter((id) => !leaving.has(id));
            const best = bestRematch(people, next.meta.options as MatchOptions, banned, intact, priority);

            const groups = next.pairs.map((p) => p.members);
            for (const m of groups) {
              expect(m).toHaveLength(2);
              expect(bannedKeys.has(key(m[0]!, m[1]!))).toBe(false);
            }
            const matched = new Set(groups.flat());
            const formedKeys = new Set(groups.map((m) => key(m[0]!, m[1]!)));
            const got = {
              pairs: groups.length,
              priorityMatched: priority.filter((id) => matched.has(id)).length,
              broken: intact.filter(([a, b]) => !formedKeys.has(key(a, b))).length,
            };
            expect(got).toEqual(best);
            previous = next;
          }
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 12) },
    );
  });
});

describe("the stable solver against a brute-force oracle", () => {
  it("matches as many pairs as any matching can, and reports stability truthfully (n ≤ 10)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.string({ maxLength: 4 }), (size, seed) => {
        const people = generateCohort(size, { seed, sparseShare: 0.4 }) as Participant[];
        const options: MatchOptions = {
          solver: "stable",
          oddHandling: "unmatched",
          seed,
          availability: { referenceDate: "2026-03-02" },
        };
        const result = matchPeers(people, options);
        expect(result.pairs.length).toBe(bestRematch(people, options, [], [], []).pairs);
        expect(result.stats.stable).toBe(result.stats.blockingPairs === 0);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 30) },
    );
  });
});
