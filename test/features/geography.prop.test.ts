/**
 * The distance limit is the smaller `maxDistanceKm` of the two people, whoever of them set
 * it and whoever wants to meet in person (docs/scoring.md, docs/constraints.md).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainPair } from "peermatch";

// One degree of latitude along a meridian: 6371.0088 km · π / 180.
const ONE_DEGREE_KM = (6371.0088 * Math.PI) / 180;

describe("geography: the distance limit", () => {
  it("vetoes a pair exactly when the distance is above the smaller maxDistanceKm, in either order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom("a" as const, "b" as const),
        (limitA, limitB, distanceKm, inPerson) => {
          // Whole-kilometre limits and distances off by half a kilometre: never on the boundary.
          const d = distanceKm - 0.5;
          const a = {
            id: "a",
            meetingMode: inPerson === "a" ? "in-person" : "either",
            location: { lat: 0, lon: 0 },
            maxDistanceKm: limitA,
          };
          const b = {
            id: "b",
            meetingMode: inPerson === "b" ? "in-person" : "either",
            location: { lat: d / ONE_DEGREE_KM, lon: 0 },
            maxDistanceKm: limitB,
          };
          const options = { availability: { referenceDate: "2026-03-02" } };
          const vetoed = d > Math.min(limitA, limitB);
          for (const [x, y] of [
            [a, b],
            [b, a],
          ] as const) {
            const explanation = explainPair(x, y, options);
            expect(explanation.vetoes.some((veto) => veto.feature === "geography")).toBe(vetoed);
          }
        },
      ),
    );
  });
});
