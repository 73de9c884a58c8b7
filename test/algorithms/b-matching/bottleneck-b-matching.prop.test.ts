import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seedrandom from "seedrandom";
import { bottleneckBMatching, maxWeightBMatching } from "peermatch/algorithms";
import { residentAdjacency } from "../../../src/algorithms/b-matching/b-matching-instance.js";
import { maxCardinalityAtLeast } from "../../../src/algorithms/b-matching/max-cardinality-b-matching.js";
import { bruteForceBMatching, type SmallBipartite } from "../../support/oracles/b-matching-brute-force.js";
import { smallBipartite, toGraph, verifyBMatching } from "../../support/arbitraries/b-matching.js";

/** Keeps up to two feasible pins picked among the edges. */
const withPins = (instance: SmallBipartite) =>
  fc
    .uniqueArray(fc.nat({ max: Math.max(0, instance.edges.length - 1) }), { maxLength: 2 })
    .map((picks): SmallBipartite => {
      const pins: [number, number][] = [];
      for (const i of picks) {
        const edge = instance.edges[i];
        if (edge === undefined) continue;
        const [h, r] = edge;
        if (pins.some(([, pr]) => pr === r) || pins.filter(([ph]) => ph === h).length >= instance.capacity[h]!)
          continue;
        pins.push([h, r]);
      }
      return { ...instance, pins };
    });

describe("bottleneckBMatching laws", () => {
  it("is maximum cardinality with the brute-force largest smallest weight, then the largest total", () => {
    fc.assert(
      fc.property(smallBipartite(), (instance) => {
        const result = bottleneckBMatching(toGraph(instance));
        const found = verifyBMatching(instance, result.assignment);
        const best = bruteForceBMatching(instance)!;
        expect([found.cardinality, found.smallest, found.scaledWeight]).toEqual([
          best.cardinality,
          best.bottleneck,
          best.scaledWeightAtBottleneck,
        ]);
        expect(result.bottleneck === null ? Infinity : Math.round(result.bottleneck * 1e6)).toBe(best.bottleneck);
      }),
    );
  });

  it("keeps pins and is fair among the matchings that hold them", () => {
    fc.assert(
      fc.property(smallBipartite().chain(withPins), (instance) => {
        const result = bottleneckBMatching(toGraph(instance), { pins: instance.pins! });
        for (const [h, r] of instance.pins!) expect(result.assignment[r]).toBe(h);
        const found = verifyBMatching(instance, result.assignment);
        const best = bruteForceBMatching(instance)!;
        expect([found.cardinality, found.smallest, found.scaledWeight]).toEqual([
          best.cardinality,
          best.bottleneck,
          best.scaledWeightAtBottleneck,
        ]);
      }),
    );
  });
});

describe("maxCardinalityAtLeast laws", () => {
  it("equals the brute-force maximum cardinality on the edges at or above the threshold", () => {
    fc.assert(
      fc.property(smallBipartite(), fc.integer({ min: -2, max: 10 }), (instance, step) => {
        const threshold = step / 10;
        const kept = { ...instance, edges: instance.edges.filter(([, , w]) => w >= threshold) };
        const graph = toGraph(instance);
        const adjacency = residentAdjacency(
          graph.residents,
          graph.edgeResident,
          new Uint8Array(instance.edges.length).fill(1),
        );
        const size = maxCardinalityAtLeast(adjacency, graph.edgeHospital, graph.capacity, graph.edgeWeight, threshold);
        expect(size).toBe(bruteForceBMatching(kept)!.cardinality);
      }),
    );
  });
});

describe("maxCardinalityAtLeast on larger instances", () => {
  it("equals the min-cost-flow cardinality on the kept edges (random instances up to 40 × 80)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 10_000 }),
        (H, R, seed) => {
          const next = seedrandom(`hk-${seed}`);
          const capacity = Array.from({ length: H }, () => Math.floor(next() * 4));
          const edges: [number, number, number][] = [];
          for (let h = 0; h < H; h++)
            for (let r = 0; r < R; r++) if (next() < 0.15) edges.push([h, r, Math.floor(next() * 100) / 100]);
          const threshold = next();
          const graph = toGraph({ residents: R, capacity, edges });
          const adjacency = residentAdjacency(R, graph.edgeResident, new Uint8Array(edges.length).fill(1));
          const size = maxCardinalityAtLeast(
            adjacency,
            graph.edgeHospital,
            graph.capacity,
            graph.edgeWeight,
            threshold,
          );
          const kept = toGraph({ residents: R, capacity, edges: edges.filter(([, , w]) => w >= threshold) });
          expect(size).toBe(maxWeightBMatching(kept).cardinality);
        },
      ),
      { numRuns: 50 },
    );
  });
});
