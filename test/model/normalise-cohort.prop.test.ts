import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MatchInputError } from "../../src/errors/match-input-error.js";
import { normaliseCohort } from "../../src/model/normalise-cohort.js";
import {
  cohortArb,
  garbageOptionsArb,
  garbageParticipantsArb,
  referenceDateArb,
} from "../support/arbitraries/model.js";

describe("normaliseCohort laws", () => {
  it("any input either normalises or throws a MatchInputError whose issues name the caller and a path", () => {
    fc.assert(
      fc.property(garbageParticipantsArb, garbageOptionsArb, (participants, options) => {
        try {
          normaliseCohort(participants, options, "law");
        } catch (error) {
          if (!(error instanceof MatchInputError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          for (const issue of error.issues) {
            expect(issue.message.startsWith("law: ")).toBe(true);
            const head = issue.path[0];
            expect(head === undefined || typeof head === "number" || head === "options").toBe(true);
          }
        }
      }),
    );
  });

  it("valid cohorts always normalise", () => {
    fc.assert(
      fc.property(cohortArb, referenceDateArb, (participants, referenceDate) => {
        const cohort = normaliseCohort(participants, { availability: { referenceDate } }, "law");
        expect(cohort.n).toBe(participants.length);
      }),
    );
  });

  it("the cohort does not depend on the input order", () => {
    fc.assert(
      fc.property(
        cohortArb.chain((participants) =>
          fc.tuple(fc.constant(participants), fc.shuffledSubarray(participants, { minLength: participants.length })),
        ),
        referenceDateArb,
        ([participants, shuffled], referenceDate) => {
          const options = { availability: { referenceDate } };
          expect(normaliseCohort(shuffled, options, "law")).toEqual(normaliseCohort(participants, options, "law"));
        },
      ),
    );
  });

  it("ids are interned in code-unit order", () => {
    fc.assert(
      fc.property(cohortArb, (participants) => {
        const { ids } = normaliseCohort(participants, { availability: { referenceDate: "2026-01-01" } }, "law");
        for (let i = 1; i < ids.length; i++) expect(ids[i - 1]! < ids[i]!).toBe(true);
      }),
    );
  });
});
