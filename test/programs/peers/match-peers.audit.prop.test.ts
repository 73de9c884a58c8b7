import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchPeers } from "peermatch";
import type { CustomFeature, MatchOptions, MatchResult } from "peermatch";

// Adversarial cohorts from outside the repository's fixtures: ids that are Object.prototype
// names, whitespace or non-ASCII; tags and languages differing only by case; one-sided
// exclusions; a custom feature that vetoes one direction only. The oracle below decides
// feasibility from the DESIGN contract alone (exclude, pastPartners, shared language, a
// custom null), never from the library's scores.

const REFERENCE_DATE = "2026-03-29";
const SOLVERS = ["optimal", "fair", "stable", "greedy"] as const;
const IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", " a b ", "ä✓", "Z", "z", "x "];

interface Person {
  id: string;
  goals?: string[];
  languages?: string[];
  exclude?: string[];
  pastPartners?: string[];
  attributes?: { team: string };
}

const cohortArb = fc
  .shuffledSubarray(IDS, { minLength: 0, maxLength: 9 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(
        fc.record(
          {
            goals: fc.subarray(["Lead", "lead", "CODE", "code", "sing"]),
            languages: fc.subarray(["English", "english", "fr", "DE"]),
            exclude: fc.subarray(ids),
            pastPartners: fc.subarray(ids),
            team: fc.constantFrom("red", "blue"),
          },
          { requiredKeys: [] },
        ),
        { minLength: ids.length, maxLength: ids.length },
      ),
    ),
  )
  .map(([ids, profiles]): Person[] =>
    ids.map((id, k) => {
      const { team, ...rest } = profiles[k] ?? {};
      return { id, ...rest, ...(team !== undefined ? { attributes: { team } } : {}) };
    }),
  );

/** Vetoes "red" looking at "blue" (one direction only); scores the rest. */
const oneWayVeto: CustomFeature = {
  name: "team",
  weight: 1,
  score: (a, b) =>
    a.attributes?.team === "red" && b.attributes?.team === "blue"
      ? null
      : a.attributes?.team === b.attributes?.team
        ? 1
        : 0,
};

const optionsArb = fc.record({
  solver: fc.constantFrom(...SOLVERS),
  oddHandling: fc.constantFrom("trio" as const, "unmatched" as const),
  reciprocity: fc.constantFrom("mean" as const, "min" as const, "geometric" as const),
  missing: fc.constantFrom("zero" as const, "neutral" as const),
  allowPastPartners: fc.boolean(),
  custom: fc.boolean(),
});

function optionsOf(o: { custom: boolean } & Omit<MatchOptions, "custom">): MatchOptions {
  const { custom, ...rest } = o;
  return { ...rest, ...(custom ? { custom: [oneWayVeto] } : {}), availability: { referenceDate: REFERENCE_DATE } };
}

function feasible(a: Person, b: Person, options: MatchOptions): boolean {
  if (a.exclude?.includes(b.id) || b.exclude?.includes(a.id)) return false;
  if (options.allowPastPartners !== true && (a.pastPartners?.includes(b.id) || b.pastPartners?.includes(a.id)))
    return false;
  if (a.languages?.length && b.languages?.length) {
    const spoken = new Set(a.languages.map((l) => l.toLowerCase()));
    if (!b.languages.some((l) => spoken.has(l.toLowerCase()))) return false;
  }
  if (options.custom !== undefined) {
    const red = (p: Person) => p.attributes?.team === "red";
    const blue = (p: Person) => p.attributes?.team === "blue";
    if ((red(a) && blue(b)) || (red(b) && blue(a))) return false;
  }
  return true;
}

function groupsOf(result: MatchResult): string[][] {
  return result.pairs.map((pair) => pair.members);
}

describe("matchPeers on adversarial cohorts", () => {
  it("puts every participant exactly once in a group or in unmatched, prototype-named ids included", () => {
    fc.assert(
      fc.property(cohortArb, optionsArb, (people, o) => {
        const result = matchPeers(people, optionsOf(o));
        const placed = [...groupsOf(result).flat(), ...result.unmatched.map((u) => u.id)];
        expect(placed.sort()).toEqual(people.map((p) => p.id).sort());
      }),
      { numRuns: 60 },
    );
  });

  it("never groups two people the contract rules out, not even inside a trio", () => {
    fc.assert(
      fc.property(cohortArb, optionsArb, (people, o) => {
        const options = optionsOf(o);
        const byId = new Map(people.map((p) => [p.id, p]));
        for (const members of groupsOf(matchPeers(people, options))) {
          for (const a of members)
            for (const b of members)
              if (a < b) expect(feasible(byId.get(a)!, byId.get(b)!, options), `${a} & ${b}`).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives identical JSON whatever the input order", () => {
    fc.assert(
      fc.property(cohortArb, optionsArb, (people, o) => {
        const options = optionsOf(o);
        expect(JSON.stringify(matchPeers([...people].reverse(), options))).toBe(
          JSON.stringify(matchPeers(people, options)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("reports stats that add up from its own groups", () => {
    fc.assert(
      fc.property(cohortArb, optionsArb, (people, o) => {
        const { pairs, stats } = matchPeers(people, optionsOf(o));
        const scores = pairs.map((pair) => pair.score);
        expect(stats.participants).toBe(people.length);
        expect(stats.matched).toBe(pairs.reduce((sum, pair) => sum + pair.members.length, 0));
        expect(stats.pairs + stats.trios).toBe(pairs.length);
        expect(stats.trios).toBe(pairs.filter((pair) => pair.members.length === 3).length);
        expect(stats.totalScore).toBeCloseTo(
          scores.reduce((sum, s) => sum + s, 0),
          3,
        );
        expect(stats.minScore).toBeCloseTo(scores.length > 0 ? Math.min(...scores) : 0, 6);
        for (const s of scores) expect(s >= 0 && s <= 1).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("leaves out as no-feasible-partner exactly the people the contract rules out with everyone", () => {
    fc.assert(
      fc.property(cohortArb, optionsArb, (people, o) => {
        const options = optionsOf(o);
        const alone = people.filter((p) => people.every((q) => q === p || !feasible(p, q, options))).map((p) => p.id);
        const reported = matchPeers(people, options)
          .unmatched.filter((u) => u.reason === "no-feasible-partner")
          .map((u) => u.id);
        expect(reported.sort()).toEqual(alone.sort());
      }),
      { numRuns: 60 },
    );
  });
});
