import { describe, expect, it } from "vitest";
import { explainPair, generateCohort, MENTOR_DEFAULT_WEIGHTS } from "peermatch";
import type { MentorOptions } from "peermatch";
import { scoreMentorPairs } from "../../src/compatibility/two-sided.js";
import { readMentorInput } from "../../src/programs/mentors/input.js";

const OPTIONS = {
  availability: { referenceDate: "2026-03-02" },
  experience: { minGapYears: 3 },
  organization: "avoid",
} satisfies MentorOptions;

describe("two-sided scores", () => {
  const people = generateCohort(40, { seed: "two-sided" });
  const mentors = people.slice(0, 10).map((p) => ({ ...p, importance: { complementarity: 2 } }));
  const mentees = people.slice(10);
  const program = readMentorInput(mentors, mentees, OPTIONS, "test");
  const scored = scoreMentorPairs(program.cohort, program.mentors, program.mentees, "test");
  const N = program.mentees.length;
  const person = (i: number) => program.cohort.participants[i]!;
  const { experience: _minGap, ...peerOptions } = OPTIONS;

  it("scores only mentor × mentee pairs, as a mentors-by-mentees rectangle", () => {
    expect(scored.weight.length).toBe(10 * 30);
    expect(Array.from(scored.mentors, (i) => program.cohort.ids[i]).sort()).toEqual(mentors.map((p) => p.id).sort());
  });

  it("the mentee's view is the peer formula; the mentor's view counts how well the mentor covers the mentee's growth areas", () => {
    let feasible = 0;
    for (let a = 0; a < program.mentors.length; a++) {
      for (let b = 0; b < N; b++) {
        const mentor = person(program.mentors[a]!);
        const mentee = person(program.mentees[b]!);
        const peer = explainPair(mentor, mentee, { ...peerOptions, weights: MENTOR_DEFAULT_WEIGHTS });
        const years = peer.features.experience!.detail.years as (number | null)[];
        const gapVeto = years[0] !== null && years[1] !== null && years[0]! - years[1]! < 3;
        const w = scored.weight[a * N + b]!;
        expect(!Number.isNaN(w), `${mentor.id}–${mentee.id}`).toBe(peer.feasible && !gapVeto);
        if (Number.isNaN(w)) continue;
        feasible++;
        expect(scored.menteeScore[a * N + b]).toBe(peer.scores.bToA);
        let numerator = 0;
        let denominator = 0;
        for (const [name, feature] of Object.entries(peer.features)) {
          if (name === "organization") continue;
          const importance = (feature.detail.importance as number[])[0]!;
          const directional = feature.detail.scores as { aToB: number; bToA: number } | undefined;
          const value =
            name === "complementarity"
              ? directional!.bToA
              : directional !== undefined
                ? directional.aToB
                : feature.score;
          numerator += feature.weight * importance * value;
          denominator += feature.weight * importance;
        }
        const factor = peer.features.organization?.score ?? 1;
        expect(scored.mentorScore[a * N + b]).toBeCloseTo((factor * numerator) / denominator, 6);
        expect(w).toBe((scored.mentorScore[a * N + b]! + scored.menteeScore[a * N + b]!) / 2);
      }
    }
    expect(feasible).toBeGreaterThan(20);
  });

  it("explains a pair with the bulk pass's numbers and the minGapYears veto", () => {
    for (let a = 0; a < program.mentors.length; a++) {
      for (let b = 0; b < N; b++) {
        const explanation = scored.explain(a, b);
        const w = scored.weight[a * N + b]!;
        expect(explanation.feasible).toBe(!Number.isNaN(w));
        if (explanation.feasible) {
          expect(explanation.weight).toBe(w);
          expect(explanation.scores).toEqual({
            aToB: scored.mentorScore[a * N + b],
            bToA: scored.menteeScore[a * N + b],
          });
        } else {
          expect(explanation.reasons.slice(0, explanation.vetoes.length)).toEqual(
            explanation.vetoes.map((v) => v.reason),
          );
        }
      }
    }
  });
});
