import { describe, expect, it } from "vitest";
import { generateCohort, matchPeers } from "peermatch";
import { fitWeights, simulateOutcomes } from "peermatch/research";
import { MatchInputError } from "../../../src/errors/match-input-error.js";
import { BUILTIN_FEATURES } from "../../../src/model/features.js";
import { issuesOf } from "../../support/issues-of.js";

const scoring = { availability: { referenceDate: "2026-03-02" }, industry: "same" } as const;
const people = generateCohort(80, { seed: "fit-weights" });
const ids = people.map((p) => p.id);
/** Every pair of the first 40 people: enough rows for a stable fit, independent of the solver. */
const pairs = ids.slice(0, 40).flatMap((a, x) => ids.slice(x + 1, 40).map((b) => [a, b] as [string, string]));
const trueWeights = { goals: 4, complementarity: 3, availability: 2, language: 1 };
const ratings = simulateOutcomes(people, pairs, { ...scoring, trueWeights, seed: "truth" });

describe("fitWeights", () => {
  it("returns one non-negative weight per feature, in scoring order, summing to 1", () => {
    const fit = fitWeights(people, ratings, { ...scoring, bootstrap: 20 });
    expect(Object.keys(fit.weights)).toEqual([...BUILTIN_FEATURES]);
    for (const w of Object.values(fit.weights)) expect(w).toBeGreaterThanOrEqual(0);
    expect(Object.values(fit.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(fit).toMatchObject({ target: "rating", model: "ordinal", converged: true });
    expect(fit.outcomes).toEqual({ used: pairs.length, skipped: 0 });
    expect(fit.scale).toBeGreaterThan(0);
  });

  it("puts the largest weights on the planted features", () => {
    const fit = fitWeights(people, ratings, { ...scoring, bootstrap: 0 });
    const ranked = Object.entries(fit.weights).sort((a, b) => b[1] - a[1]);
    expect(ranked.slice(0, 2).map(([name]) => name)).toEqual(
      expect.arrayContaining(["goals", "complementarity"].filter((name) => !fit.unlearnable.includes(name))),
    );
    expect(fit.cv.spearman).toBeGreaterThan(0.5);
    expect(fit.cv.logLoss).toBeLessThan(fit.cv.baselineLogLoss!);
  });

  it("gives bootstrap intervals with low ≤ high inside [0, 1], [0, 0] for unlearnable features, null without resamples", () => {
    const fit = fitWeights(people, ratings, { ...scoring, bootstrap: 30 });
    expect(fit.bootstrap).toMatchObject({ replicates: 30, level: 0.95 });
    for (const [name, [low, high]] of Object.entries(fit.intervals!)) {
      expect(low).toBeLessThanOrEqual(high);
      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(1);
      if (fit.unlearnable.includes(name)) expect([low, high]).toEqual([0, 0]);
    }
    expect(fitWeights(people, ratings, { ...scoring, bootstrap: 0 }).intervals).toBeNull();
  });

  it("lists features that do not vary, and industry under industry: 'any', as unlearnable with weight 0", () => {
    // Only the topic fields (JSON drops the ones a sparse profile leaves undefined).
    const plain = people
      .slice(0, 12)
      .map(({ id, goals, strengths, growthAreas }) =>
        JSON.parse(JSON.stringify({ id, goals, strengths, growthAreas })),
      );
    const outcomes = plain.slice(1).map((p, k) => ({ members: [plain[0]!.id, p.id], rating: 1 + (k % 5) }));
    const fit = fitWeights(plain, outcomes, { availability: { referenceDate: "2026-03-02" }, bootstrap: 0 });
    expect(fit.unlearnable).toEqual(
      expect.arrayContaining(["availability", "geography", "language", "commitment", "industry"]),
    );
    for (const name of fit.unlearnable) expect(fit.weights[name]).toBe(0);
    const anyIndustry = fitWeights(people, ratings, { availability: scoring.availability, bootstrap: 0 });
    expect(anyIndustry.unlearnable).toContain("industry");
  });

  it("fits `continued` with logistic regression, and skips outcomes without the target", () => {
    const continued = simulateOutcomes(people, pairs, { ...scoring, trueWeights, seed: "truth", continuedAbove: 0.25 });
    const mixed = [
      ...continued.map(({ members, continued: c }) => ({ members, continued: c! })),
      { members: [ids[0]!, ids[50]!], rating: 3 },
    ];
    const fit = fitWeights(people, mixed, { ...scoring, target: "continued", bootstrap: 0 });
    expect(fit.model).toBe("logistic");
    expect(fit.outcomes).toEqual({ used: continued.length, skipped: 1 });
    expect(fit.cv.auc).toBeGreaterThan(0.7);
    expect(fit.cv.rmse).toBeNull();
  });

  it("fits a linear model on ratings when asked, with RMSE against the mean-only baseline", () => {
    const fit = fitWeights(people, ratings, { ...scoring, model: "linear", bootstrap: 0 });
    expect(fit.cv.rmse).toBeLessThan(fit.cv.baselineRmse!);
    expect(fit.cv.logLoss).toBeNull();
  });

  it("returns all-zero weights and scale 0 when outcomes fall as every feature rises", () => {
    const reversed = ratings.map(({ members, rating }) => ({ members, rating: 6 - rating! }));
    const fit = fitWeights(people, reversed, { ...scoring, bootstrap: 5 });
    expect(fit.scale).toBe(0);
    expect(Object.values(fit.weights).every((w) => w === 0)).toBe(true);
    expect(fit.bootstrap.degenerate).toBeGreaterThan(0);
  });

  it("gives the same result for the same seed whatever the order of participants and outcomes", () => {
    const options = { ...scoring, bootstrap: 15, seed: "order" };
    const a = fitWeights(people, ratings, options);
    const b = fitWeights([...people].reverse(), [...ratings].reverse(), options);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("fitted weights plug into matchPeers", () => {
    const fit = fitWeights(people, ratings, { ...scoring, bootstrap: 0 });
    expect(matchPeers(people, { ...scoring, weights: fit.weights }).stats.matched).toBeGreaterThan(0);
  });
});

describe("fitWeights input errors", () => {
  it("reports every bad outcome: unknown ids with a suggestion, typos, ranges, a pair of one", () => {
    const issues = issuesOf(() =>
      fitWeights(people, [
        { members: ["p001", "p0002"], rating: 3 },
        { members: ["p001", "p002"], ratting: 3 },
        { members: ["p001", "p002"], rating: 6 },
        { members: ["p001", "p001"], rating: 2 },
        "not an outcome",
      ]),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unknown_id", ["outcomes", 0, "members", 1]],
      ["unrecognized_key", ["outcomes", 1, "ratting"]],
      ["out_of_range", ["outcomes", 2, "rating"]],
      ["invalid_value", ["outcomes", 3, "members", 1]],
      ["invalid_type", ["outcomes", 4]],
    ]);
    expect(issues[0]!.message).toContain('did you mean "p002"');
    expect(issues[1]!.message).toContain('did you mean "rating"');
    for (const issue of issues) expect(issue.message.startsWith("fitWeights: ")).toBe(true);
  });

  it("reports option and participant problems together with outcome problems", () => {
    const issues = issuesOf(() =>
      fitWeights(
        [{ id: "a" }, { id: "a" }],
        [{ members: ["a", "zz"] }],
        // @ts-expect-error a misspelt key and an unknown model on purpose
        { lamda: 2, target: "rating", model: "logistic" },
      ),
    );
    const codes = issues.map((issue) => [issue.code, issue.path.join(".")]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["unrecognized_key", "options.lamda"],
        ["invalid_value", "options.model"],
        ["duplicate_id", "1.id"],
      ]),
    );
    expect(issues.find((issue) => issue.path.join(".") === "options.lamda")?.message).toContain(
      'did you mean "lambda"',
    );
  });

  it("does not take weights (they are what it fits)", () => {
    // @ts-expect-error weights are not an option of fitWeights: passed on purpose
    const issues = issuesOf(() => fitWeights(people, ratings, { weights: { goals: 1 } }));
    expect(issues.map((issue) => issue.code)).toEqual(["unrecognized_key"]);
  });

  it("needs at least 2 outcomes with the target", () => {
    const issues = issuesOf(() => fitWeights(people, ratings.slice(0, 5), { target: "continued" }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "invalid_value", path: ["outcomes"] });
    // @ts-expect-error outcomes that are not a list, on purpose
    expect(() => fitWeights(people, "nope")).toThrow(MatchInputError);
  });
});
