import { describe, expect, it } from "vitest";
import { compatibilityGraph, explainPair } from "../../src/compatibility/graph.js";
import { buildCompatibility } from "../../src/compatibility/compatibility.js";
import type { ParticipantInput } from "../../src/model/index.js";
import { withReferenceDate } from "../support/fixtures/scoring.js";
import { denseScores } from "../support/dense-scores.js";

const ana: ParticipantInput = {
  id: "ana",
  name: "Ana",
  goals: ["negotiation", "leadership"],
  strengths: ["public speaking"],
  growthAreas: ["negotiation"],
  languages: ["en", "nl"],
  availability: { timezone: "Europe/Amsterdam", slots: [{ day: "mon", start: "18:00", end: "20:00" }] },
  hoursPerMonth: 4,
};
const bea: ParticipantInput = {
  id: "bea",
  name: "Bea",
  goals: ["Negotiation"],
  strengths: ["negotiation"],
  growthAreas: ["public speaking"],
  languages: ["EN"],
  availability: { timezone: "Europe/London", slots: [{ day: "mon", start: "16:00", end: "22:00" }] },
  hoursPerMonth: 4,
};
const cy: ParticipantInput = { id: "cy", name: "Cy", languages: ["fr"] };

describe("explanations", () => {
  it("are plain JSON with the fast path's scores, weights and the weekly overlap", () => {
    const compatibility = buildCompatibility([ana, bea, cy], withReferenceDate(), "test");
    const explanation = compatibility.explain(0, 1);
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
    expect(explanation.feasible).toBe(true);
    expect(explanation.scores).toEqual({ aToB: denseScores(compatibility)[1], bToA: denseScores(compatibility)[3] });
    expect(explanation.weight).toBe(compatibility.pairWeight(0, 1));
    expect(explanation.features.availability!.detail.overlapMinutes).toBe(120);
    expect(explanation.features.goals).toEqual({
      score: 1 / 2,
      weight: 3,
      detail: { known: true, shared: ["negotiation"], counts: [2, 1], importance: [1, 1] },
    });
    expect(explanation.features.commitment!.detail.known).toBe(true);
    expect(explanation.features.geography!.detail.known).toBe(false);
  });

  it("check no ids: an exclude of someone whose id differs only in case from the other person may name a third person", () => {
    const ana = { id: "ana", exclude: ["bea"] };
    const upperBea = { id: "Bea" };
    expect(explainPair(ana, upperBea, withReferenceDate()).feasible).toBe(true);
    expect(explainPair({ id: "ana", exclude: ["be\u0301a"] }, { id: "b\u00e9a" }, withReferenceDate()).feasible).toBe(
      true,
    );
  });

  it("list the most contributing reasons first", () => {
    const explanation = buildCompatibility([ana, bea], withReferenceDate(), "test").explain(0, 1);
    // Default weights: complementarity (3, 1 both ways) outweighs goals (3, ½), then
    // availability (2, ⅔), then language and commitment (1 each, score 1).
    expect(explanation.reasons).toEqual([
      "Bea's strength in negotiation covers Ana's growth area; Ana's strength in public speaking covers Bea's growth area",
      "Shared goal: negotiation",
      "Monday 18:00–20:00 Amsterdam time overlaps 2 h",
      "Both speak en",
    ]);
  });

  it("of an infeasible pair give weight 0 and the vetoes' reasons first", () => {
    const explanation = explainPair(ana, cy, withReferenceDate());
    expect(explanation.feasible).toBe(false);
    expect(explanation.weight).toBe(0);
    expect(explanation.vetoes).toEqual([{ feature: "language", reason: "No shared language" }]);
    expect(explanation.reasons[0]).toBe("No shared language");
    expect(JSON.parse(JSON.stringify(explanation))).toEqual(explanation);
  });

  it("show the organisation rule as a factor, or as a veto under forbid", () => {
    const colleagues = [
      { ...ana, organization: "Acme" },
      { ...bea, organization: "acme" },
    ] as const;
    const avoid = explainPair(colleagues[0], colleagues[1], withReferenceDate({ organization: "avoid" }));
    expect(avoid.features.organization).toEqual({
      score: 0.5,
      weight: 0,
      detail: { known: true, policy: "avoid", same: true },
    });
    expect(avoid.reasons[0]).toBe("Both work at Acme; the program keeps colleagues apart (scores × 0.5)");
    const allow = explainPair(colleagues[0], colleagues[1], withReferenceDate());
    expect(allow.features.organization).toBeUndefined();
    expect(avoid.scores.aToB).toBe(Math.fround(allow.scores.aToB / 2));
    const forbid = explainPair(colleagues[0], colleagues[1], withReferenceDate({ organization: "forbid" }));
    expect(forbid.vetoes).toEqual([
      { feature: "organization", reason: "Both work at Acme; the program keeps colleagues apart" },
    ]);
  });

  it("from explainPair keep a as the first argument whatever the id order", () => {
    const forward = explainPair(ana, bea, withReferenceDate());
    const backward = explainPair(bea, ana, withReferenceDate());
    expect(backward.scores).toEqual({ aToB: forward.scores.bToA, bToA: forward.scores.aToB });
    expect(backward.weight).toBe(forward.weight);
  });

  it("scale with the ratio of weights even when weight × importance overflows a double", () => {
    const a = { id: "a", goals: ["x"], importance: { goals: 1e308 } };
    const b = { id: "b", goals: ["x"] };
    // s(a→b): goals dwarfs every other feature, so it is the goals score, 1.
    // s(b→a): goals and language weigh 1e308 each, goals scores 1 and language is unknown.
    const huge = explainPair(a, b, withReferenceDate({ weights: { goals: 1e308, language: 1e308 } }));
    expect(huge.scores.aToB).toBeCloseTo(1, 9);
    expect(huge.scores.bToA).toBeCloseTo(0.5, 9);
    expect(huge.weight).toBeCloseTo(0.75, 9);
  });
});

describe("compatibilityGraph", () => {
  it("lists only feasible pairs, i < j, with the solvers' weights", () => {
    const people = [cy, bea, ana];
    const graph = compatibilityGraph(people, withReferenceDate());
    const compatibility = buildCompatibility(people, withReferenceDate(), "test");
    expect(graph.ids).toEqual(["ana", "bea", "cy"]);
    // cy shares no language with either
    expect(graph.edges).toEqual([
      [0, 1, compatibility.pairWeight(0, 1), denseScores(compatibility)[1], denseScores(compatibility)[3]],
    ]);
  });

  it("of an empty or one-person cohort has no edges", () => {
    expect(compatibilityGraph([])).toEqual({ ids: [], edges: [] });
    expect(compatibilityGraph([ana], withReferenceDate())).toEqual({ ids: ["ana"], edges: [] });
  });
});
