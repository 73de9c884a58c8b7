import fc from "fast-check";
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { maxWeightBMatching } from "peermatch/algorithms";
import { maxWeightBMatchingLp } from "../../../src/algorithms/lp.js";
import { bruteForceBMatching, type SmallBipartite } from "../../support/oracles/b-matching-brute-force.js";
import { smallBipartite, toGraph, verifyBMatching } from "../../support/arbitraries/b-matching.js";

/** Adds up to three random group limits and up to two pins (kept only when feasible). */
const withSideConstraints = (instance: SmallBipartite) =>
  fc
    .record({
      groups: fc.array(
        fc.record({
          hospital: fc.nat({ max: instance.capacity.length - 1 }),
          residents: fc.uniqueArray(fc.nat({ max: instance.residents - 1 }), { maxLength: instance.residents }),
          max: fc.nat({ max: 2 }),
        }),
        { maxLength: 3 },
      ),
      pinPicks: fc.uniqueArray(fc.nat({ max: Math.max(0, instance.edges.length - 1) }), { maxLength: 2 }),
    })
    .map(({ groups, pinPicks }): SmallBipartite => {
      const pins: [number, number][] = [];
      const load = instance.capacity.map(() => 0);
      for (const i of pinPicks) {
        const edge = instance.edges[i];
        if (edge === undefined) continue;
        const [h, r] = edge;
        const inGroup = groups.filter((g) => g.hospital === h && g.residents.includes(r));
        const groupFull = inGroup.some(
          (g) => pins.filter(([ph, pr]) => ph === h && g.residents.includes(pr)).length >= g.max,
        );
        if (pins.some(([, pr]) => pr === r) || load[h]! >= instance.capacity[h]! || groupFull) continue;
        load[h]!++;
        pins.push([h, r]);
      }
      return { ...instance, groups, pins };
    });

describe("maxWeightBMatchingLp laws", () => {
  it("matches the brute-force maximum cardinality, then maximum weight", () => {
    fc.assert(
      fc.property(smallBipartite(), (instance) => {
        const result = maxWeightBMatchingLp(toGraph(instance));
        const found = verifyBMatching(instance, result.assignment);
        const best = bruteForceBMatching(instance)!;
        expect([found.cardinality, found.scaledWeight]).toEqual([best.cardinality, best.scaledWeight]);
        expect(result.integral).toBe(true); // total unimodularity without side constraints
      }),
      { numRuns: 60 },
    );
  });

  it("matches the brute force under pins and group limits", () => {
    fc.assert(
      fc.property(smallBipartite(5, 7).chain(withSideConstraints), (instance) => {
        const result = maxWeightBMatchingLp(toGraph(instance), { groupLimits: instance.groups!, pins: instance.pins! });
        const found = verifyBMatching(instance, result.assignment);
        for (const [h, r] of instance.pins!) expect(result.assignment[r]).toBe(h);
        for (const g of instance.groups!)
          expect(g.residents.filter((r) => result.assignment[r] === g.hospital).length).toBeLessThanOrEqual(g.max);
        const best = bruteForceBMatching(instance)!;
        expect([found.cardinality, found.scaledWeight]).toEqual([best.cardinality, best.scaledWeight]);
      }),
      { numRuns: 60 },
    );
  });

  it("agrees with the min-cost-flow solver on the optimum (random instances up to 40 × 80)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.boolean(),
        (H, R, seed, maxCardinality) => {
          const instance = randomInstance(H, R, seed);
          const lp = maxWeightBMatchingLp(toGraph(instance), { maxCardinality });
          const flow = maxWeightBMatching(toGraph(instance), { maxCardinality });
          const a = verifyBMatching(instance, lp.assignment);
          const b = verifyBMatching(instance, flow.assignment);
          expect([a.cardinality, a.scaledWeight]).toEqual([b.cardinality, b.scaledWeight]);
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 12) },
    );
  });

  it("agrees with the min-cost-flow solver under disjoint group limits (random instances up to 30 × 60)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 1000 }),
        (H, R, seed) => {
          const instance = randomInstance(H, R, seed);
          const next = seedrandom(`groups-${seed}`);
          // Two disjoint groups per hospital (for example "same organisation" and "same city").
          const groupLimits = Array.from({ length: H }, (_, h) => {
            const label = Array.from({ length: R }, () => Math.floor(next() * 3));
            return [0, 1].map((l) => ({
              hospital: h,
              residents: label.flatMap((x, r) => (x === l ? [r] : [])),
              max: Math.floor(next() * 3),
            }));
          }).flat();
          const lp = maxWeightBMatchingLp(toGraph(instance), { groupLimits });
          const flow = maxWeightBMatching(toGraph(instance), { groupLimits });
          const a = verifyBMatching(instance, lp.assignment);
          const b = verifyBMatching(instance, flow.assignment);
          for (const g of groupLimits)
            expect(g.residents.filter((r) => flow.assignment[r] === g.hospital).length).toBeLessThanOrEqual(g.max);
          expect([a.cardinality, a.scaledWeight]).toEqual([b.cardinality, b.scaledWeight]);
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 10) },
    );
  });
});

/** A dense-ish random instance (edge probability 0.6, weights in [0, 1) at 1e-3 steps). */
function randomInstance(H: number, R: number, seed: number): SmallBipartite {
  const next = seedrandom(`lp-flow-${seed}`);
  const capacity = Array.from({ length: H }, () => Math.floor(next() * 6));
  const edges: [number, number, number][] = [];
  for (let h = 0; h < H; h++)
    for (let r = 0; r < R; r++) if (next() < 0.6) edges.push([h, r, Math.floor(next() * 1000) / 1000]);
  return { residents: R, capacity, edges };
}
