import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers, MatchInputError } from "peermatch";
import type { MatchOptions } from "peermatch";
import { expectEveryoneAccountedFor } from "../../support/match-peers-helpers.js";

const REFERENCE_DATE = "2026-03-02";

/** A complete, mutually compatible profile: same goals, languages and evenings (UTC). */
function peer(id: string, languages: string[] = ["English"]): Record<string, unknown> {
  return {
    id,
    name: `Person ${id}`,
    goals: ["leadership", "negotiation"],
    strengths: ["coaching"],
    growthAreas: ["coaching"],
    languages,
    availability: { timezone: "UTC", slots: [{ day: "mon", start: "18:00", end: "20:00" }] },
  };
}

/** Only a custom feature counts: `table[a][b]` is s(a→b); a missing entry vetoes the pair. */
function customOnly(table: Record<string, Record<string, number>>, extra: MatchOptions = {}): MatchOptions {
  const builtIns = [
    "goals",
    "complementarity",
    "communication",
    "availability",
    "geography",
    "experience",
    "industry",
    "language",
    "commitment",
  ];
  return {
    availability: { referenceDate: REFERENCE_DATE },
    weights: Object.fromEntries(builtIns.map((name) => [name, 0])),
    custom: [{ name: "preference", weight: 1, score: (a, b) => table[a.id]?.[b.id] ?? null }],
    ...extra,
  };
}

describe("matchPeers", () => {
  it("puts the one left over from an odd cohort into a trio by default", () => {
    const cohort = ["a", "b", "c", "d", "e"].map((id) => peer(id));
    const result = matchPeers(cohort, { availability: { referenceDate: REFERENCE_DATE } });
    expectEveryoneAccountedFor(result, ["a", "b", "c", "d", "e"]);
    expect(result.unmatched).toEqual([]);
    expect(result.pairs.map((pair) => pair.members.length).sort()).toEqual([2, 3]);
    expect(result.stats).toMatchObject({ participants: 5, matched: 5, pairs: 1, trios: 1 });
  });

  it("with oddHandling 'unmatched', sets aside the person with the fewest possible partners", () => {
    const cohort = [peer("a", ["English", "French"]), peer("b"), peer("c"), peer("d"), peer("e", ["French"])];
    const result = matchPeers(cohort, { availability: { referenceDate: REFERENCE_DATE }, oddHandling: "unmatched" });
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]).toMatchObject({ id: "e", reason: "odd-one-out" });
    expect(result.pairs.every((pair) => pair.members.length === 2)).toBe(true);
  });

  it("explains why someone nobody can be paired with is unmatched", () => {
    const cohort = [peer("a"), peer("b"), peer("klingon", ["Klingon"])];
    const result = matchPeers(cohort, { availability: { referenceDate: REFERENCE_DATE } });
    expect(result.unmatched).toHaveLength(1);
    expect(result.unmatched[0]).toMatchObject({ id: "klingon", reason: "no-feasible-partner" });
    expect(result.unmatched[0]?.detail).toContain("language");
    expect(result.pairs).toHaveLength(1);
  });

  it("treats ids that are Object.prototype keys as ordinary ids", () => {
    const result = matchPeers([peer("__proto__"), peer("constructor")], {
      availability: { referenceDate: REFERENCE_DATE },
    });
    expect(result.pairs[0]?.members).toEqual(["__proto__", "constructor"]);
    expect(Object.keys(result.pairs[0]?.scores ?? {}).sort()).toEqual(["__proto__", "constructor"]);
    expect(JSON.parse(JSON.stringify(result)).pairs[0].scores).toHaveProperty("__proto__");
  });

  it("returns plain JSON with reasons, and records seed, reference date and version", () => {
    const cohort = generateCohort(30, { seed: "plain" });
    const result = matchPeers(cohort, { availability: { referenceDate: REFERENCE_DATE } });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    const version = (
      JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }
    ).version;
    expect(result.meta).toMatchObject({ seed: "peermatch", referenceDate: REFERENCE_DATE, version, format: 1 });
    expect(result.meta.options).toMatchObject({
      solver: "optimal",
      seed: "peermatch",
      availability: { referenceDate: REFERENCE_DATE, minOverlapMinutes: 60 },
      custom: [],
    });
    expect(result.history.dissolved).toEqual([]);
    expect(result.history.formed).toHaveLength(result.pairs.length);
    expect(result.pairs.every((pair) => pair.reasons.length > 0)).toBe(true);
    expect(typeof result.stats.timeMs).toBe("number");
    expect(JSON.stringify(result.stats)).not.toContain("timeMs");
  });

  it("reports the classic four-person instance with no stable matching, and still pairs everyone", () => {
    // a: b > c > d, b: c > a > d, c: a > b > d; d is everyone's last choice.
    const table = {
      a: { b: 0.9, c: 0.6, d: 0.1 },
      b: { c: 0.9, a: 0.6, d: 0.1 },
      c: { a: 0.9, b: 0.6, d: 0.1 },
      d: { a: 0.9, b: 0.6, c: 0.3 },
    };
    const result = matchPeers(
      ["a", "b", "c", "d"].map((id) => ({ id })),
      customOnly(table, { solver: "stable" }),
    );
    expect(result.stats.stable).toBe(false);
    expect(result.stats.stableMatchingExists).toBe(false);
    expect(result.unmatched).toEqual([]);
    expect(result.stats.pairs).toBe(2);
    expect(result.stats.blockingPairs).toBeGreaterThan(0);
  });

  it("never reports stable: false for a result that itself has no blocking pair, whatever the seed's tie-breaking", () => {
    // a is indifferent between b and c; b: c > a; c: a > b; d is everyone's last choice and indifferent.
    // Broken as a: b > c this is the classic instance with no stable matching, yet {a, c}, {b, d} has no blocking pair by s.
    const table = {
      a: { b: 0.8, c: 0.8, d: 0.1 },
      b: { c: 0.8, a: 0.5, d: 0.1 },
      c: { a: 0.8, b: 0.5, d: 0.1 },
      d: { a: 0.5, b: 0.5, c: 0.5 },
    };
    for (const seed of ["1", "2", "3", "4", "5", "6", "7", "8"]) {
      const result = matchPeers(
        ["a", "b", "c", "d"].map((id) => ({ id })),
        customOnly(table, { solver: "stable", seed }),
      );
      if (result.stats.blockingPairs === 0) expect(result.stats.stable, `seed ${seed}`).toBe(true);
    }
  });

  it("stable with oddHandling 'unmatched' sets aside someone its stable matching leaves out", () => {
    // a and b are each other's first choice; c (who excludes b) must be the one set aside,
    // although c has the fewest prospects only after the matching, not before it.
    const table = { a: { b: 1, c: 0.5 }, b: { a: 1, c: 0.5 }, c: { a: 1, b: 0.5 } };
    const people = [{ id: "a" }, { id: "b" }, { id: "c", exclude: ["b"] }];
    const result = matchPeers(people, customOnly(table, { solver: "stable", oddHandling: "unmatched" }));
    expect(result.pairs.map((pair) => pair.members)).toEqual([["a", "b"]]);
    expect(result.unmatched).toEqual([expect.objectContaining({ id: "c", reason: "odd-one-out" })]);
    expect(result.stats).toMatchObject({ stable: true, blockingPairs: 0 });
  });

  it("finds the stable matching when one exists", () => {
    // Mutual first choices: a–b and c–d.
    const table = {
      a: { b: 0.9, c: 0.5, d: 0.2 },
      b: { a: 0.9, c: 0.4, d: 0.3 },
      c: { d: 0.8, a: 0.7, b: 0.1 },
      d: { c: 0.8, a: 0.7, b: 0.6 },
    };
    const result = matchPeers(
      ["a", "b", "c", "d"].map((id) => ({ id })),
      customOnly(table, { solver: "stable" }),
    );
    expect(result.stats.stable).toBe(true);
    expect(result.stats.blockingPairs).toBe(0);
    expect(result.pairs.map((pair) => pair.members)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("stable never buys stability with loneliness: on the path a–b–c–d it pairs all four, and says what that costs", () => {
    // b and c are each other's favourites; a and d can only pair with b and c.
    const path = { a: { b: 0.5 }, b: { a: 0.5, c: 0.9 }, c: { b: 0.9, d: 0.5 }, d: { c: 0.5 } };
    const people = ["a", "b", "c", "d"].map((id) => ({ id }));
    const result = matchPeers(people, customOnly(path, { solver: "stable" }));
    expect(result.pairs.map((pair) => pair.members)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(result.stats).toMatchObject({ stable: false, stableMatchingExists: true, blockingPairs: 1 });
    expect(result.blockingPairs).toEqual([["b", "c"]]);
    const strict = matchPeers(people, customOnly(path, { solver: "stable", strictStable: true }));
    expect(strict.pairs.map((pair) => pair.members)).toEqual([["b", "c"]]);
    expect(strict.stats).toMatchObject({ stable: true, stableMatchingExists: true, blockingPairs: 0 });
  });

  it("stable pairs all six people of a cohort with no stable matching, where Tan's matching leaves two alone", () => {
    // Two triangles of cyclic first choices, weaker ties across them.
    const table = {
      a: { b: 0.9, c: 0.6, d: 0.2, e: 0.1, f: 0.15 },
      b: { c: 0.9, a: 0.6, d: 0.1, e: 0.2, f: 0.15 },
      c: { a: 0.9, b: 0.6, d: 0.15, e: 0.1, f: 0.2 },
      d: { e: 0.9, f: 0.6, a: 0.2, b: 0.1, c: 0.15 },
      e: { f: 0.9, d: 0.6, a: 0.1, b: 0.2, c: 0.15 },
      f: { d: 0.9, e: 0.6, a: 0.15, b: 0.1, c: 0.2 },
    };
    const people = Object.keys(table).map((id) => ({ id }));
    const options = customOnly(table, { solver: "stable", oddHandling: "unmatched" });
    const result = matchPeers(people, options);
    expect(result.stats).toMatchObject({ matched: 6, stableMatchingExists: false, stable: false });
    const strict = matchPeers(people, { ...options, strictStable: true });
    expect(strict.stats.matched).toBe(4);
    expect(strict.unmatched).toHaveLength(2);
  });

  it("fair trades total weight for a better worst pair", () => {
    // Optimal takes a–b (1.0) and c–d (0.2): total 1.2. Fair takes a–c and b–d (0.55 each).
    const w = { ab: 1, cd: 0.2, ac: 0.55, bd: 0.55, ad: 0, bc: 0 };
    const table: Record<string, Record<string, number>> = {
      a: { b: w.ab, c: w.ac, d: w.ad },
      b: { a: w.ab, c: w.bc, d: w.bd },
      c: { a: w.ac, b: w.bc, d: w.cd },
      d: { a: w.ad, b: w.bd, c: w.cd },
    };
    const people = ["a", "b", "c", "d"].map((id) => ({ id }));
    const optimal = matchPeers(people, customOnly(table));
    const fair = matchPeers(people, customOnly(table, { solver: "fair" }));
    expect(optimal.pairs.map((pair) => pair.members)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(fair.pairs.map((pair) => pair.members)).toEqual([
      ["a", "c"],
      ["b", "d"],
    ]);
    expect(fair.stats.minScore).toBeGreaterThan(optimal.stats.minScore);
    expect(fair.stats.totalScore).toBeLessThan(optimal.stats.totalScore);
  });

  it("rejects bad input with a MatchInputError naming the participant", () => {
    try {
      matchPeers([peer("a"), peer("a")]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(MatchInputError);
      expect(
        (error as MatchInputError).issues.some((issue) => issue.code === "duplicate_id" && issue.participantId === "a"),
      ).toBe(true);
    }
  });

  it("labels greedy results as greedy", () => {
    const result = matchPeers(generateCohort(20, { seed: "greedy" }), {
      solver: "greedy",
      availability: { referenceDate: REFERENCE_DATE },
    });
    expect(result.stats.solver).toBe("greedy");
    expect(result.stats.stable).toBeNull();
  });
});
