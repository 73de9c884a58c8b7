import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findBlockingPairsHR, hospitalsResidents, preferenceLists } from "peermatch/algorithms";
import { allStableMatchings, type SmallHR } from "../../support/oracles/stable-hr-brute-force.js";
import { smallHR } from "../../support/arbitraries/hospitals-residents.js";

const solve = (instance: SmallHR, optimal: "residents" | "hospitals") =>
  hospitalsResidents(
    preferenceLists(instance.residentLists),
    preferenceLists(instance.hospitalLists),
    Int32Array.from(instance.capacity),
    { optimal },
  );

/** Position of h in r's list; unassigned ranks last. */
const residentRank = (instance: SmallHR, r: number, h: number) =>
  h === -1 ? Infinity : instance.residentLists[r]!.indexOf(h);

/** h's residents in m, as h's ranks, best first. */
const hospitalRanks = (instance: SmallHR, m: ArrayLike<number>, h: number) =>
  Array.from(m)
    .map((x, r) => (x === h ? instance.hospitalLists[h]!.indexOf(r) : -1))
    .filter((rank) => rank >= 0)
    .sort((a, b) => a - b);

describe("hospitalsResidents laws", () => {
  it("has no blocking pair, by the independent checker", () => {
    fc.assert(
      fc.property(smallHR(), fc.constantFrom("residents" as const, "hospitals" as const), (instance, optimal) => {
        const { assignment } = solve(instance, optimal);
        const blocking = findBlockingPairsHR(
          preferenceLists(instance.residentLists),
          preferenceLists(instance.hospitalLists),
          Int32Array.from(instance.capacity),
          assignment,
        );
        expect(blocking).toEqual([]);
      }),
    );
  });

  it("is one of the brute-force stable matchings", () => {
    fc.assert(
      fc.property(smallHR(), fc.constantFrom("residents" as const, "hospitals" as const), (instance, optimal) => {
        const { assignment } = solve(instance, optimal);
        const stable = allStableMatchings(instance).map((m) => m.join(","));
        expect(stable).toContain(Array.from(assignment).join(","));
      }),
      { numRuns: 60 },
    );
  });

  it("gives every resident its best partner over all stable matchings (resident-optimal)", () => {
    fc.assert(
      fc.property(smallHR(), (instance) => {
        const { assignment } = solve(instance, "residents");
        for (const m of allStableMatchings(instance)) {
          for (let r = 0; r < m.length; r++) {
            expect(residentRank(instance, r, assignment[r]!)).toBeLessThanOrEqual(residentRank(instance, r, m[r]!));
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives every hospital its best residents over all stable matchings (hospital-optimal)", () => {
    fc.assert(
      fc.property(smallHR(), (instance) => {
        const { assignment } = solve(instance, "hospitals");
        for (const m of allStableMatchings(instance)) {
          for (let h = 0; h < instance.capacity.length; h++) {
            const mine = hospitalRanks(instance, assignment, h);
            const other = hospitalRanks(instance, m, h);
            // Rural hospitals theorem: same count in every stable matching; then elementwise no worse.
            expect(mine.length).toBe(other.length);
            for (const [i, rank] of mine.entries()) expect(rank).toBeLessThanOrEqual(other[i]!);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("assigns only mutually acceptable pairs within capacity, and load counts them", () => {
    fc.assert(
      fc.property(smallHR(), fc.constantFrom("residents" as const, "hospitals" as const), (instance, optimal) => {
        const { assignment, load } = solve(instance, optimal);
        const counted = instance.capacity.map(() => 0);
        assignment.forEach((h, r) => {
          if (h === -1) return;
          expect(instance.residentLists[r]).toContain(h);
          expect(instance.hospitalLists[h]).toContain(r);
          counted[h]!++;
        });
        for (const [h, c] of counted.entries()) expect(c).toBeLessThanOrEqual(instance.capacity[h]!);
        expect(Array.from(load)).toEqual(counted);
      }),
    );
  });
});
