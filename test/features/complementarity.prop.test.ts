/**
 * Complementarity is directional with a fixed meaning: s(a→b) counts what a receives,
 * the share of a's growth areas that b's strengths cover (docs/scoring.md). A swap of the
 * two directions keeps every symmetry law, so the direction is checked against that
 * meaning, through the public `explainPair`, as well as the swap law itself.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPair } from "peermatch";

const TAGS = ["coding", "design", "finance", "writing"];
const tags = fc.subarray(TAGS, { minLength: 1 });
const ONLY_COMPLEMENTARITY = {
  availability: { referenceDate: "2026-03-02" },
  weights: {
    goals: 0,
    complementarity: 1,
    communication: 0,
    availability: 0,
    geography: 0,
    experience: 0,
    industry: 0,
    language: 0,
    commitment: 0,
  },
};

/** |Growth_x ∩ Strengths_y| / |Growth_x|. */
const covers = (growth: readonly string[], strengths: readonly string[]): number =>
  growth.filter((tag) => strengths.includes(tag)).length / growth.length;

describe("complementarity: directions", () => {
  it("s(a→b) is the share of a's growth areas b's strengths cover; swapping the people swaps the scores", () => {
    fc.assert(
      fc.property(tags, tags, tags, tags, (growthA, strengthsA, growthB, strengthsB) => {
        const a = { id: "a", growthAreas: growthA, strengths: strengthsA };
        const b = { id: "b", growthAreas: growthB, strengths: strengthsB };
        const ab = explainPair(a, b, ONLY_COMPLEMENTARITY);
        const ba = explainPair(b, a, ONLY_COMPLEMENTARITY);
        expect(ab.scores.aToB).toBeCloseTo(covers(growthA, strengthsB), 6);
        expect(ab.scores.bToA).toBeCloseTo(covers(growthB, strengthsA), 6);
        expect(ba.scores).toEqual({ aToB: ab.scores.bToA, bToA: ab.scores.aToB });
        expect(ba.features.complementarity!.detail.scores).toEqual({
          aToB: (ab.features.complementarity!.detail.scores as { bToA: number }).bToA,
          bToA: (ab.features.complementarity!.detail.scores as { aToB: number }).aToB,
        });
      }),
    );
  });
});
