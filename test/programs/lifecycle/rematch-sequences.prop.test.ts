/**
 * A programme over many months: random sequences of 1–20 changes (dissolve, leave, join,
 * profile edits), each re-matched under a random keep policy, chained result to result.
 * Laws: nobody lost or duplicated; no dissolved pair ever together again in any later
 * result; no group violates a current hard constraint; the first call's settings are
 * used unless overridden; the same JSON whatever the input order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPair, generateCohort, matchPeers, rematch } from "peermatch";
import type { KeepPolicy, MatchOptions, MatchResult, Participant, RematchChange } from "peermatch";

type Step =
  | { kind: "dissolve"; pick: number }
  | { kind: "leave"; pick: number }
  | { kind: "join"; seed: string }
  | { kind: "edit"; pick: number; other: number; how: "exclude" | "language" | "goals" };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant("dissolve" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("leave" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("join" as const), seed: fc.string({ maxLength: 4 }) }),
  fc.record({
    kind: fc.constant("edit" as const),
    pick: fc.nat(),
    other: fc.nat(),
    how: fc.constantFrom("exclude" as const, "language" as const, "goals" as const),
  }),
);

const keepPolicy: fc.Arbitrary<KeepPolicy> = fc.constantFrom<KeepPolicy>("fewest-broken", "all", "none", {
  churnPenalty: 0.05,
});

const programme = fc.record({
  size: fc.integer({ min: 4, max: 14 }),
  seed: fc.string({ maxLength: 5 }),
  solver: fc.constantFrom("optimal" as const, "fair" as const, "stable" as const, "greedy" as const),
  oddHandling: fc.constantFrom("trio" as const, "unmatched" as const),
  steps: fc.array(
    fc.record({ change: step, keep: keepPolicy, reseed: fc.option(fc.string({ maxLength: 3 }), { freq: 6 }) }),
    {
      minLength: 1,
      maxLength: 20,
    },
  ),
});

function shuffled<T>(items: readonly T[], salt: number): T[] {
  return items
    .map((item, k) => ({ item, key: (k * 7919 + salt * 104729) % 1000003 }))
    .sort((x, y) => x.key - y.key)
    .map(({ item }) => item);
}

describe("rematch over random programmes", () => {
  it("keeps its promises over a chain of changes, under every keep policy", () => {
    fc.assert(
      fc.property(programme, ({ size, seed, solver, oddHandling, steps }) => {
        let people = generateCohort(size, { seed, sparseShare: 0.1 }) as Participant[];
        const firstOptions: MatchOptions = {
          solver,
          oddHandling,
          seed: `first-${seed}`,
          availability: { referenceDate: "2026-03-02" },
        };
        let previous: MatchResult = matchPeers(people, firstOptions);
        let expectedOptions = previous.meta.options;
        const dissolved = new Set<string>();
        steps.forEach(({ change: s, keep: rawKeep, reseed }, k) => {
          const keep = typeof rawKeep === "object" && expectedOptions.solver !== "optimal" ? "none" : rawKeep;
          const change: { dissolve?: [string, string][]; leave?: string[]; join?: string[] } = {};
          if (s.kind === "dissolve" && previous.pairs.length > 0) {
            const group = previous.pairs[s.pick % previous.pairs.length]!.members;
            change.dissolve = [[group[0]!, group[1]!]];
          } else if (s.kind === "leave" && people.length > 2) {
            const id = people[s.pick % people.length]!.id;
            change.leave = [id];
            people = people.filter((p) => p.id !== id);
          } else if (s.kind === "join") {
            const id = `join-${k}`;
            change.join = [id];
            people = [...people, { ...(generateCohort(1, { seed: `${seed}-${s.seed}` })[0] as Participant), id }];
          } else if (s.kind === "edit" && people.length > 1) {
            const who = people[s.pick % people.length]!;
            const other = people[(s.pick + 1 + (s.other % (people.length - 1))) % people.length]!;
            const edited: Participant =
              s.how === "exclude"
                ? { ...who, exclude: [...(who.exclude ?? []), other.id] }
                : s.how === "language"
                  ? { ...who, languages: ["Klingon"] }
                  : { ...who, goals: ["something else"] };
            people = people.map((p) => (p.id === who.id ? edited : p));
          }
          const options = { keep, ...(reseed === null ? {} : { seed: reseed }) };
          const next = rematch(previous, change as RematchChange, people, options);

          // Nobody lost or duplicated.
          const placed = [...next.pairs.flatMap((pair) => pair.members), ...next.unmatched.map((u) => u.id)].sort();
          expect(placed).toEqual(people.map((p) => p.id).sort());
          // No dissolved pair ever together again.
          for (const [a, b] of change.dissolve ?? []) dissolved.add([a, b].sort().join("&"));
          expect(next.history.dissolved.map((pair) => pair.join("&")).sort()).toEqual([...dissolved].sort());
          for (const { members } of next.pairs) {
            for (let x = 0; x < members.length; x++)
              for (let y = x + 1; y < members.length; y++)
                expect(dissolved.has([members[x], members[y]].sort().join("&"))).toBe(false);
          }
          // No group violates a current hard constraint.
          const byId = new Map(people.map((p) => [p.id, p]));
          const { custom: _, ...recorded } = next.meta.options;
          for (const { members } of next.pairs) {
            for (let x = 0; x < members.length; x++)
              for (let y = x + 1; y < members.length; y++)
                expect(
                  explainPair(byId.get(members[x]!), byId.get(members[y]!), recorded as MatchOptions).feasible,
                ).toBe(true);
          }
          // The first call's settings, unless overridden.
          if (reseed !== null) expectedOptions = { ...expectedOptions, seed: reseed };
          expect(next.meta.options).toEqual(expectedOptions);
          // The same JSON whatever the input order.
          if (k % 4 === 0) {
            const reordered = {
              ...previous,
              pairs: shuffled(previous.pairs, k).map((p) => ({ ...p, members: [...p.members].reverse() })),
            };
            expect(JSON.stringify(rematch(reordered, change as RematchChange, shuffled(people, k + 1), options))).toBe(
              JSON.stringify(next),
            );
          }
          previous = next;
        });
      }),
      { numRuns: 25 },
    );
  });
});
