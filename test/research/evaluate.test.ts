import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers } from "peermatch";
import { evaluate } from "peermatch/research";
import { gini } from "../../src/research/evaluate.js";
import { issuesOf } from "../support/issues-of.js";

const scoring = { availability: { referenceDate: "2026-03-02" } } as const;

describe("evaluate", () => {
  const people = generateCohort(40, { seed: "evaluate" });

  it("agrees with the result's own stats when measured under its options", () => {
    const result = matchPeers(people, scoring);
    const measures = evaluate(result, people);
    expect(measures).toMatchObject({
      participants: result.stats.participants,
      matched: result.stats.matched,
      groups: result.pairs.length,
      totalScore: result.stats.totalScore,
      meanScore: result.stats.meanScore,
      minScore: result.stats.minScore,
      blockingPairs: result.stats.blockingPairs,
      infeasible: [],
    });
    expect(evaluate(result, people, scoring)).toEqual(measures);
  });

  it("measures the same matching under other weights", () => {
    const result = matchPeers(people, scoring);
    const weights = {
      goals: 1,
      complementarity: 0,
      communication: 0,
      availability: 0,
      geography: 0,
      experience: 0,
      industry: 0,
      language: 0,
      commitment: 0,
    };
    const underGoals = evaluate(result, people, { ...scoring, weights });
    const goalsOnly = result.pairs.reduce((sum, pair) => sum + pair.breakdown.goals!, 0);
    expect(underGoals.totalScore).toBeCloseTo(goalsOnly, 2);
  });

  it("defaults to the options the result records in meta.options", () => {
    const options = { ...scoring, solver: "fair" as const, weights: { goals: 10 }, reciprocity: "min" as const };
    const result = matchPeers(people, options);
    const measures = evaluate(result, people);
    expect(measures).toMatchObject({
      totalScore: result.stats.totalScore,
      minScore: result.stats.minScore,
      blockingPairs: result.stats.blockingPairs,
    });
    expect(evaluate(result, people, options)).toEqual(measures);
  });

  it("asks for the options when a result without recorded options is not reproduced by the default scoring", () => {
    const { options: _recorded, ...meta } = matchPeers(people, { ...scoring, weights: { goals: 10 } }).meta;
    const stored = { ...matchPeers(people, { ...scoring, weights: { goals: 10 } }), meta }; // as peermatch 0.1.0 stored it
    const issues = issuesOf(() => evaluate(stored, people));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "invalid_value", path: ["options"] });
    expect(() => evaluate(stored, people, { ...scoring, weights: { goals: 10 } })).not.toThrow();
    const tampered = matchPeers(people, scoring);
    tampered.pairs[0]!.score += 0.1;
    expect(issuesOf(() => evaluate(tampered, people))).toMatchObject([{ code: "invalid_value", path: ["options"] }]);
  });

  it("asks for the options when the recorded ones name custom features or are not valid", () => {
    const city = { name: "city", weight: 1, score: () => 0.5 };
    const result = matchPeers(people, { ...scoring, custom: [city] });
    expect(issuesOf(() => evaluate(result, people))).toMatchObject([{ code: "invalid_value", path: ["options"] }]);
    expect(() => evaluate(result, people, { ...scoring, custom: [city] })).not.toThrow();
    const broken = {
      ...result,
      meta: { ...result.meta, options: { ...result.meta.options, custom: [], solver: "best" } },
    };
    const issues = issuesOf(() => evaluate(broken, people));
    expect(issues[0]!.path.slice(0, 3)).toEqual(["result", "meta", "options"]);
  });

  it("scores a group that the options rule out as 0 and lists it", () => {
    const pair = [
      { id: "a", languages: ["en"], organization: "Acme" },
      { id: "b", languages: ["nl"], organization: "Globex" },
    ];
    const measures = evaluate({ pairs: [{ members: ["a", "b"] }] }, pair, scoring);
    expect(measures).toMatchObject({
      totalScore: 0,
      infeasible: [["a", "b"]],
      crossOrganization: { share: 1, cross: 1, known: 1 },
    });
  });

  it("counts first choices and any wish granted among the people who made wishes", () => {
    const people = [
      { id: "a", wishes: ["b", "c"] }, // first choice granted
      { id: "b", wishes: ["c"] }, // not granted
      { id: "c" }, // no wishes: not counted
      { id: "d", wishes: ["b", "c", "d"] }, // second choice granted (naming herself is ignored)
    ];
    const measures = evaluate({ pairs: [{ members: ["a", "b"] }, { members: ["c", "d"] }] }, people, {
      ...scoring,
      wishes: { weight: 0 },
    });
    expect(measures.firstChoice).toEqual({ share: 0.3333, granted: 1, withWishes: 3 });
    expect(measures.anyWish).toEqual({ share: 0.6667, granted: 2, withWishes: 3 });
  });

  it("reports shares as null when nothing can be counted, and zeros without groups", () => {
    const measures = evaluate({ pairs: [] }, [{ id: "a" }, { id: "b" }], scoring);
    expect(measures).toMatchObject({
      groups: 0,
      totalScore: 0,
      meanScore: 0,
      minScore: 0,
      gini: 0,
      growthAreasCovered: { share: null, covered: 0, total: 0 },
      crossOrganization: { share: null, cross: 0, known: 0 },
      firstChoice: { share: null, granted: 0, withWishes: 0 },
      anyWish: { share: null, granted: 0, withWishes: 0 },
    });
  });

  it("rejects unknown ids (with a suggestion), someone in two groups, and malformed groups", () => {
    const cohort = [{ id: "ana" }, { id: "bea" }, { id: "cy" }];
    const issues = issuesOf(() =>
      evaluate(
        {
          pairs: [
            { members: ["ana", "bae"] },
            { members: ["ana", "cy"] },
            { members: ["bea", "cy"] },
            { members: ["bea"] },
          ],
        },
        cohort,
        scoring,
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["unknown_id", "result.pairs.0.members.1"],
      ["out_of_range", "result.pairs.3.members"],
      ["invalid_value", "result.pairs.2.members"],
    ]);
    expect(issues[0]!.message).toContain('did you mean "bea"');
    // @ts-expect-error a result without pairs, on purpose
    expect(issuesOf(() => evaluate({}, cohort))[0]).toMatchObject({
      code: "invalid_type",
      path: ["result", "pairs"],
    });
  });
});

describe("gini", () => {
  it("is 0 for equal scores and (n − 1) / n when one group holds everything", () => {
    expect(gini([0.4, 0.4, 0.4])).toBe(0);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(3 / 4, 12);
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    // |1 − 3| · 2 / (2 · 4 · 2) = 0.25
    expect(gini([1, 3])).toBeCloseTo(0.25, 12);
  });
});
