import { describe, expect, it } from "vitest";
import { buildCompatibility } from "../../src/compatibility/compatibility.js";
import { MatchInputError } from "../../src/errors/match-input-error.js";
import { BUILTIN_FEATURES } from "../../src/model/features.js";
import type { MatchOptions } from "../../src/model/options-schema.js";
import { generateCohort } from "../../src/synthetic/generate-cohort.js";
import { withReferenceDate } from "../support/fixtures/scoring.js";
import { denseScores } from "../support/dense-scores.js";

/** Program weights: the given ones, every other built-in 0. */
function only(weights: Record<string, number>): Record<string, number> {
  return Object.fromEntries(BUILTIN_FEATURES.map((name) => [name, weights[name] ?? 0]));
}

function build(people: unknown[], options: MatchOptions = {}) {
  const compatibility = buildCompatibility(people, withReferenceDate(options), "test");
  const at = (id: string) => compatibility.ids.indexOf(id);
  const s = (a: string, b: string) => compatibility.score(at(a), at(b));
  return { compatibility, at, s };
}

const ana = {
  id: "ana",
  goals: ["x", "y"],
  growthAreas: ["p", "q"],
  strengths: ["r"],
  importance: { complementarity: 3 },
};
const bea = { id: "bea", goals: ["x"], strengths: ["p"], growthAreas: ["r", "s", "t"] };

describe("directional scores", () => {
  it("weigh each feature by program weight times the person's own importance", () => {
    const { s } = build([ana, bea], { weights: only({ goals: 2, complementarity: 1 }) });
    // goals 1/2 both ways; complementarity ana→bea 1/2, bea→ana 1/3.
    // s(ana→bea) = (2·1·½ + 1·3·½) / (2 + 3) = 1/2;  s(bea→ana) = (2·½ + 1·⅓) / 3 = 4/9.
    expect(s("ana", "bea")).toBe(Math.fround(1 / 2));
    expect(s("bea", "ana")).toBe(Math.fround(4 / 9));
  });

  it("never redistribute the weight of a feature with missing data", () => {
    const { s } = build(
      [
        { id: "a", goals: ["x"] },
        { id: "b", goals: ["x"] },
      ],
      {
        weights: only({ goals: 1, commitment: 3 }),
      },
    );
    // goals 1, commitment unknown → 0: (1·1 + 3·0) / 4
    expect(s("a", "b")).toBe(0.25);
  });

  it("count unknown features as 0.5 with missing: neutral", () => {
    const { s } = build([{ id: "a" }, { id: "b" }], { missing: "neutral" });
    expect(s("a", "b")).toBe(0.5);
    const zero = build([{ id: "a" }, { id: "b" }]);
    expect(zero.s("a", "b")).toBe(0);
  });

  it("are 0, not NaN, when every weight is 0", () => {
    const { s, compatibility } = build([ana, bea], { weights: only({}) });
    expect(s("ana", "bea")).toBe(0);
    expect(s("bea", "ana")).toBe(0);
    expect(compatibility.pairWeight(0, 1)).toBe(0);
  });

  it("are halved for colleagues under organization: avoid", () => {
    const people = [
      { id: "a", goals: ["x"], organization: "Acme" },
      { id: "b", goals: ["x"], organization: "acme" },
    ];
    expect(build(people, { weights: only({ goals: 1 }) }).s("a", "b")).toBe(1);
    expect(build(people, { weights: only({ goals: 1 }), organization: "avoid" }).s("a", "b")).toBe(0.5);
  });
});

describe("pair weights", () => {
  const sAB = Math.fround(1 / 2);
  const sBA = Math.fround(4 / 9);
  const options = { weights: only({ goals: 2, complementarity: 1 }) };

  it("default to the mean of both directions", () => {
    expect(build([ana, bea], options).compatibility.pairWeight(0, 1)).toBe((sAB + sBA) / 2);
  });

  it("follow reciprocity min and geometric", () => {
    expect(build([ana, bea], { ...options, reciprocity: "min" }).compatibility.pairWeight(1, 0)).toBe(sBA);
    expect(build([ana, bea], { ...options, reciprocity: "geometric" }).compatibility.pairWeight(0, 1)).toBe(
      Math.sqrt(sAB * sBA),
    );
  });

  it("below minScore are vetoes, on both directions", () => {
    const { compatibility } = build([ana, bea], { ...options, minScore: 0.48 });
    expect(denseScores(compatibility)[1]).toBeNaN();
    expect(denseScores(compatibility)[2]).toBeNaN();
    expect(compatibility.pairWeight(0, 1)).toBeNaN();
    const explanation = compatibility.explain(0, 1);
    expect(explanation.feasible).toBe(false);
    expect(explanation.vetoes.map((v) => v.feature)).toEqual(["minScore"]);
    expect(explanation.weight).toBe(0);
  });

  it("equal to minScore are not vetoed, although float32 storage rounds them down", () => {
    // goals 7, language 3: a shared goal and unknown languages give exactly 7/10 each way.
    const pair = [
      { id: "a", goals: ["x"] },
      { id: "b", goals: ["x"] },
    ];
    for (const [goals, language] of [
      [7, 3],
      [9, 1],
      [58, 42],
    ] as const) {
      const minScore = goals / (goals + language);
      const { compatibility } = build(pair, { weights: only({ goals, language }), minScore });
      expect(compatibility.pairWeight(0, 1)).toBeCloseTo(minScore, 6);
      expect(compatibility.explain(0, 1).feasible).toBe(true);
    }
  });
});

describe("hard constraints", () => {
  it("veto an exclusion from either side, and past partners unless allowed", () => {
    const people = [
      { id: "a", name: "Ana", exclude: ["b"] },
      { id: "b", name: "Bea" },
      { id: "c", pastPartners: ["a"] },
    ];
    const { compatibility, at } = build(people);
    expect(compatibility.pairWeight(at("b"), at("a"))).toBeNaN();
    expect(compatibility.explain(at("b"), at("a")).vetoes).toEqual([
      { feature: "exclude", reason: "Ana asked not to be paired with Bea" },
    ]);
    expect(compatibility.pairWeight(at("a"), at("c"))).toBeNaN();
    expect(compatibility.explain(at("a"), at("c")).reasons[0]).toBe("Were partners before");
    expect(compatibility.pairWeight(at("b"), at("c"))).toBe(0);
    const allowed = build(people, { allowPastPartners: true });
    expect(allowed.compatibility.pairWeight(allowed.at("a"), allowed.at("c"))).toBe(0);
  });

  it("leave the diagonal NaN and NaN-ness symmetric", () => {
    const { compatibility } = build([
      { id: "a", languages: ["en"] },
      { id: "b", languages: ["nl"] },
      { id: "c", languages: ["en", "nl"] },
    ]);
    const { n } = compatibility;
    const scores = denseScores(compatibility);
    for (let i = 0; i < n; i++) {
      expect(scores[i * n + i]).toBeNaN();
      for (let j = 0; j < n; j++) expect(Number.isNaN(scores[i * n + j]!)).toBe(Number.isNaN(scores[j * n + i]!));
    }
    expect(scores[0 * n + 1]).toBeNaN();
    expect(scores[0 * n + 2]).not.toBeNaN();
  });
});

describe("custom features", () => {
  const people = [
    { id: "a", attributes: { city: "Utrecht", level: 0.25 } },
    { id: "b", attributes: { city: "Utrecht", level: 0.75 } },
    { id: "c", attributes: { city: "Leiden", level: 0.5 } },
  ];
  const level = {
    name: "level",
    weight: 1,
    score: (_a: unknown, b: { attributes?: Record<string, unknown> }) => b.attributes?.level as number,
  };

  it("score directionally as score(a, b) for a→b", () => {
    const { s } = build(people, { weights: only({}), custom: [level] });
    expect(s("a", "b")).toBe(0.75);
    expect(s("b", "a")).toBe(0.25);
  });

  it("veto a pair by returning null, named in the explanation", () => {
    const sameCity = {
      name: "sameCity",
      weight: 1,
      score: (a: { attributes?: Record<string, unknown> }, b: { attributes?: Record<string, unknown> }) =>
        a.attributes?.city === b.attributes?.city ? 1 : null,
    };
    const { compatibility, at, s } = build(people, { weights: only({}), custom: [sameCity] });
    expect(s("a", "b")).toBe(1);
    expect(s("a", "c")).toBeNaN();
    expect(compatibility.explain(at("a"), at("c")).vetoes).toEqual([
      { feature: "sameCity", reason: "Ruled out by sameCity" },
    ]);
  });

  it.each([
    ["above 1", 1.5],
    ["below 0", -0.1],
    ["NaN", Number.NaN],
    ["not a number", "0.5"],
  ])("reject a score %s with MatchInputError naming the feature and the pair", (_, bad) => {
    const broken = { name: "broken", weight: 1, score: () => bad as number };
    let error: unknown;
    try {
      build(people.slice(0, 2), { custom: [broken] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MatchInputError);
    const issue = (error as MatchInputError).issues[0]!;
    expect(issue.code).toBe("invalid_value");
    expect(issue.path).toEqual(["custom", 0, "score"]);
    expect(issue.message).toContain('"broken"');
    expect(issue.message).toContain('"a" → "b"');
  });

  it("turn an exception thrown by score into MatchInputError naming the feature and the pair", () => {
    const boom = {
      name: "boom",
      weight: 1,
      score: () => {
        throw new TypeError("attributes is undefined");
      },
    };
    expect(() => build(people.slice(0, 2), { custom: [boom] })).toThrow(MatchInputError);
    try {
      build(people.slice(0, 2), { custom: [boom] });
    } catch (error) {
      const issue = (error as MatchInputError).issues[0]!;
      expect(issue.code).toBe("invalid_value");
      expect(issue.message).toContain('"boom" threw for ("a" → "b"): attributes is undefined');
    }
  });

  it("may be named like an Object.prototype key", () => {
    const proto = { name: "__proto__", weight: 1, score: () => 0.5 };
    const { compatibility } = build(people.slice(0, 2), { weights: only({}), custom: [proto] });
    const explanation = compatibility.explain(0, 1);
    expect(Object.keys(explanation.features)).toContain("__proto__");
    // biome-ignore lint/suspicious/noProto: the id "__proto__" must stay an ordinary key through JSON
    expect(JSON.parse(JSON.stringify(explanation)).features.__proto__.score).toBe(0.5);
    expect(explanation.scores.aToB).toBe(0.5);
  });
});

describe("the bulk pass", () => {
  it("agrees with per-pair explanations across tile boundaries", () => {
    const people = generateCohort(150, { seed: "tiles" });
    const { compatibility } = build(people);
    const { n } = compatibility;
    const scores = denseScores(compatibility);
    for (const i of [0, 1, 63, 64, 65, 127, 128, 149]) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const explanation = compatibility.explain(i, j);
        const stored = scores[i * n + j]!;
        expect(explanation.feasible).toBe(!Number.isNaN(stored));
        if (explanation.feasible)
          expect([explanation.scores.aToB, explanation.scores.bToA]).toEqual([stored, scores[j * n + i]]);
      }
    }
  });
});
