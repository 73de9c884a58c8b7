import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCompatibility } from "../../src/compatibility/compatibility.js";
import { compatibilityGraph } from "../../src/compatibility/graph.js";
import { builtinFeatures } from "../../src/features/registry.js";
import type { MatchOptions } from "../../src/model/options-schema.js";
import { cohortArbitrary, optionsArbitrary } from "../support/fixtures/arbitraries.js";
import { withReferenceDate } from "../support/fixtures/scoring.js";
import { denseScores } from "../support/dense-scores.js";

type Profile = Record<string, unknown> & { communication?: Record<string, unknown> };

function build(people: readonly unknown[], options: MatchOptions = {}) {
  return buildCompatibility(people, withReferenceDate(options), "test");
}

/** Every way to take one piece of data out of a profile. */
const REMOVALS: Record<string, (p: Profile) => void> = {
  goals: (p) => delete p.goals,
  strengths: (p) => delete p.strengths,
  growthAreas: (p) => delete p.growthAreas,
  communication: (p) => delete p.communication,
  "communication.styles": (p) => delete p.communication?.styles,
  "communication.channels": (p) => delete p.communication?.channels,
  "communication.frequency": (p) => delete p.communication?.frequency,
  availability: (p) => delete p.availability,
  location: (p) => delete p.location,
  meetingMode: (p) => delete p.meetingMode,
  maxDistanceKm: (p) => delete p.maxDistanceKm,
  languages: (p) => delete p.languages,
  hoursPerMonth: (p) => delete p.hoursPerMonth,
  // careerStage stands in for experienceYears, so the evidence goes only with both.
  experience: (p) => {
    delete p.experienceYears;
    delete p.careerStage;
  },
  industry: (p) => delete p.industry,
  organization: (p) => delete p.organization,
};

const symmetricFeatures = () =>
  builtinFeatures()
    .filter((f) => !f.directional)
    .map((f) => f.name);

describe("compatibility laws", () => {
  it("every directional score is in [0, 1] or NaN (infeasible)", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, (people, options) => {
        const scores = denseScores(build(people, options));
        for (const s of scores) expect(Number.isNaN(s) || (s >= 0 && s <= 1)).toBe(true);
      }),
    );
  });

  it("symmetric features score the same both ways, directional ones swap", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, (people, options) => {
        const compatibility = build(people, options);
        for (let i = 0; i < compatibility.n; i++) {
          for (let j = i + 1; j < compatibility.n; j++) {
            const ij = compatibility.explain(i, j);
            const ji = compatibility.explain(j, i);
            for (const name of symmetricFeatures()) expect(ji.features[name]!.score).toBe(ij.features[name]!.score);
            const { aToB, bToA } = ij.features.complementarity!.detail.scores as { aToB: number; bToA: number };
            expect(ji.features.complementarity!.detail.scores).toEqual({ aToB: bToA, bToA: aToB });
          }
        }
      }),
    );
  });

  it("vetoes are symmetric", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, (people, options) => {
        const compatibility = build(people, options);
        const { n } = compatibility;
        const scores = denseScores(compatibility);
        for (let i = 0; i < n; i++) {
          for (let j = i + 1; j < n; j++) {
            const features = (a: number, b: number) =>
              compatibility
                .explain(a, b)
                .vetoes.map((v) => v.feature)
                .sort();
            expect(features(j, i)).toEqual(features(i, j));
            expect(Number.isNaN(scores[j * n + i]!)).toBe(Number.isNaN(scores[i * n + j]!));
          }
        }
      }),
    );
  });

  it("the graph is invariant under permutation of the input", () => {
    fc.assert(
      fc.property(
        cohortArbitrary.chain((people) =>
          fc.tuple(
            fc.constant(people),
            fc.shuffledSubarray(people, { minLength: people.length, maxLength: people.length }),
          ),
        ),
        optionsArbitrary,
        ([people, shuffled], options) => {
          expect(compatibilityGraph(shuffled, withReferenceDate(options))).toEqual(
            compatibilityGraph(people, withReferenceDate(options)),
          );
        },
      ),
    );
  });

  it("with missing: zero, removing data from a profile never raises its scores with anyone", () => {
    fc.assert(
      fc.property(
        cohortArbitrary,
        fc.nat(),
        fc.constantFrom(...Object.keys(REMOVALS)),
        optionsArbitrary.map(({ weights, reciprocity, industry, language }) => ({
          ...(weights ? { weights } : {}),
          ...(reciprocity ? { reciprocity } : {}),
          ...(industry ? { industry } : {}),
          ...(language ? { language } : {}),
        })),
        (people, pick, field, options) => {
          const target = people[pick % people.length]!;
          const sparser = people.map((p) => {
            const copy = structuredClone(p) as Profile;
            if (p === target) REMOVALS[field]!(copy);
            return copy;
          });
          const before = build(people, options);
          const after = build(sparser, options);
          const t = before.ids.indexOf(target.id);
          for (let q = 0; q < before.n; q++) {
            if (q === t) continue;
            const was = before.explain(t, q).scores;
            const now = after.explain(t, q).scores;
            expect(now.aToB).toBeLessThanOrEqual(was.aToB);
            expect(now.bToA).toBeLessThanOrEqual(was.bToA);
          }
        },
      ),
    );
  });

  it("explanations carry exactly the fast path's numbers, and add up to them", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, (people, options) => {
        const compatibility = build(people, options);
        const { n, participants } = compatibility;
        const scores = denseScores(compatibility);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            if (i === j) continue;
            const explanation = compatibility.explain(i, j);
            const stored = scores[i * n + j]!;
            expect(explanation.feasible).toBe(!Number.isNaN(stored));
            if (!explanation.feasible) continue;
            expect(explanation.scores).toEqual({ aToB: stored, bToA: scores[j * n + i] });
            expect(explanation.weight).toBe(compatibility.pairWeight(i, j));
            // s(a→b) = factor · Σ weight·importance_a·score(a→b) / Σ weight·importance_a
            let numerator = 0;
            let denominator = 0;
            for (const [name, feature] of Object.entries(explanation.features)) {
              if (name === "organization") continue;
              const importance = (feature.detail.importance as number[])[0]!;
              const directional = feature.detail.scores as { aToB: number } | undefined;
              numerator += feature.weight * importance * (directional ? directional.aToB : feature.score);
              denominator += feature.weight * importance;
            }
            const factor = explanation.features.organization?.score ?? 1;
            expect(explanation.scores.aToB).toBeCloseTo(denominator > 0 ? (factor * numerator) / denominator : 0, 6);
            expect(participants[i]!.id).toBe(compatibility.ids[i]);
          }
        }
      }),
    );
  });

  it("the veto census counts, per feature, exactly the explanations' vetoes, with the first candidate each rules out", () => {
    fc.assert(
      fc.property(cohortArbitrary, optionsArbitrary, (people, options) => {
        const compatibility = build(people, options);
        const { n } = compatibility;
        for (let i = 0; i < n; i++) {
          const others = Array.from({ length: n }, (_, j) => (i + 1 + j) % n).filter((j) => j !== i);
          const expected = new Map<string, { count: number; first: number }>();
          for (const j of others) {
            for (const feature of new Set(compatibility.explain(i, j).vetoes.map((veto) => veto.feature))) {
              const entry = expected.get(feature);
              if (entry === undefined) expected.set(feature, { count: 1, first: j });
              else entry.count++;
            }
          }
          const census = compatibility.vetoCensus(i, others);
          expect(new Map(census.map(({ feature, count, first }) => [feature, { count, first }]))).toEqual(expected);
        }
      }),
    );
  });
});
