import { describe, expect, it } from "vitest";
import { explainPair, generateCohort, matchPeers } from "peermatch";
import { OutcomesSchema, simulateOutcomes } from "peermatch/research";
import { BUILTIN_FEATURES } from "../../src/model/features.js";
import { issuesOf } from "../support/issues-of.js";

const scoring = { availability: { referenceDate: "2026-03-02" } } as const;
const people = generateCohort(40, { seed: "simulate" });
const byId = new Map(people.map((p) => [p.id, p]));
const result = matchPeers(people, { ...scoring, oddHandling: "trio" });
const groups = result.pairs.map((pair) => pair.members);
const trueWeights = { goals: 3, complementarity: 2, availability: 1, language: 1 };
/** The same weights for matchPeers, which fills features left out with the defaults. */
const allWeights = { ...Object.fromEntries(BUILTIN_FEATURES.map((name) => [name, 0])), ...trueWeights };

describe("simulateOutcomes", () => {
  it("without noise, a continuous rating is 1 + 4 × the pair weight under the true weights", () => {
    const outcomes = simulateOutcomes(people, groups, { ...scoring, trueWeights, noise: 0, ratings: "continuous" });
    for (const { members, rating } of outcomes) {
      const [a, b] = members;
      // Generated cohorts set no importance and organization is "allow": quality = pair weight.
      const weight = explainPair(byId.get(a)!, byId.get(b)!, { ...scoring, weights: allWeights }).weight;
      expect(rating).toBeCloseTo(1 + 4 * weight, 6);
    }
  });

  it("rates every pair of a trio, members sorted, in group order", () => {
    const outcomes = simulateOutcomes(people, groups, { ...scoring, trueWeights });
    const expected = groups.flatMap((g) =>
      g.length === 2
        ? [g]
        : [
            [g[0], g[1]],
            [g[0], g[2]],
            [g[1], g[2]],
          ],
    );
    expect(outcomes.map((o) => o.members)).toEqual(expected);
    expect(OutcomesSchema.parse(outcomes)).toEqual(outcomes);
  });

  it("draws whole ratings 1–5 around the quality, spread by the noise", () => {
    const pairs = people.flatMap((a, x) => people.slice(x + 1).map((b) => [a.id, b.id]));
    const quiet = simulateOutcomes(people, pairs, { ...scoring, trueWeights, noise: 0 });
    const noisy = simulateOutcomes(people, pairs, { ...scoring, trueWeights, noise: 0.3, seed: "loud" });
    for (const { rating } of noisy) expect([1, 2, 3, 4, 5]).toContain(rating);
    const changed = noisy.filter((o, k) => o.rating !== quiet[k]!.rating).length;
    expect(changed).toBeGreaterThan(pairs.length / 4);
    const exact = simulateOutcomes(people, pairs, { ...scoring, trueWeights, noise: 0, ratings: "continuous" });
    expect(quiet.map((o) => o.rating)).toEqual(exact.map((o) => Math.round(o.rating!)));
  });

  it("says whether the noisy quality reached continuedAbove", () => {
    const outcomes = simulateOutcomes(people, groups, {
      ...scoring,
      trueWeights,
      noise: 0,
      ratings: "continuous",
      continuedAbove: 0.3,
    });
    for (const { rating, continued } of outcomes) expect(continued).toBe((rating! - 1) / 4 >= 0.3);
  });

  it("draws each pair's noise from its own stream: the same pair rates the same in any company and order", () => {
    const options = { ...scoring, trueWeights, noise: 0.5, ratings: "continuous" as const, seed: "streams" };
    const all = simulateOutcomes(people, groups, options);
    const one = simulateOutcomes(people, [groups[3]!], options);
    expect(one[0]).toEqual(all.find((o) => o.members.join() === one[0]!.members.join()));
    const twice = simulateOutcomes(people, [groups[3]!, groups[3]!], options);
    expect(twice[1]!.rating).not.toBe(twice[0]!.rating);
    const other = simulateOutcomes(people, [groups[3]!], { ...options, seed: "another" });
    expect(other[0]!.rating).not.toBe(one[0]!.rating);
  });

  it("reports unknown features (with a suggestion), no positive weight, industry switched off, bad groups", () => {
    const issues = issuesOf(() =>
      simulateOutcomes(people, [["p001", "p001"], ["p001"], ["p001", "p999"]], {
        ...scoring,
        trueWeights: { gaols: 1, industry: 2 },
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_value", "groups.0"],
      ["out_of_range", "groups.1"],
      ["unknown_id", "groups.2.1"],
      ["unrecognized_key", "options.trueWeights.gaols"],
      ["invalid_value", "options.trueWeights.industry"],
    ]);
    expect(issues[3]!.message).toContain('did you mean "goals"');
    const none = issuesOf(() => simulateOutcomes(people, groups, { ...scoring, trueWeights: { goals: 0 } }));
    expect(none.map((issue) => issue.path.join("."))).toEqual(["options.trueWeights"]);
    // @ts-expect-error trueWeights left out on purpose
    const missing = issuesOf(() => simulateOutcomes(people, groups, { ...scoring }));
    expect(missing[0]).toMatchObject({ code: "invalid_type", path: ["options", "trueWeights"] });
  });
});
