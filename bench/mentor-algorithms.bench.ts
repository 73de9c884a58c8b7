/**
 * Two-sided algorithms on seeded dense random instances: stable (hospitals/residents),
 * optimal (min-cost flow and LP) and fair b-matching. Each scenario checks its result
 * against an independent baseline before it is timed.
 */
import seedrandom from "seedrandom";
import { bench, describe } from "vitest";
import {
  bottleneckBMatching,
  findBlockingPairsHR,
  hospitalsResidents,
  maxWeightBMatching,
  preferenceLists,
  type BipartiteGraph,
} from "peermatch/algorithms";
import { maxWeightBMatchingLp } from "../src/algorithms/lp.js";

/** Every hospital–resident pair an edge, weight uniform in [0, 1), capacities 1–5. */
function denseGraph(hospitals: number, residents: number, seed: string): BipartiteGraph {
  const rng = seedrandom(seed);
  const capacity = Int32Array.from({ length: hospitals }, () => 1 + Math.floor(rng() * 5));
  const m = hospitals * residents;
  const edgeHospital = new Int32Array(m);
  const edgeResident = new Int32Array(m);
  const edgeWeight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    edgeHospital[e] = Math.floor(e / residents);
    edgeResident[e] = e % residents;
    edgeWeight[e] = rng();
  }
  return { residents, capacity, edgeHospital, edgeResident, edgeWeight };
}

/** Complete preference lists, each side ranking by the pair weight plus its own noise. */
function preferencesOf(graph: BipartiteGraph, seed: string) {
  const rng = seedrandom(seed);
  const H = graph.capacity.length;
  const R = graph.residents;
  const byResident = Array.from({ length: R }, () => [] as [number, number][]);
  const byHospital = Array.from({ length: H }, () => [] as [number, number][]);
  for (let e = 0; e < graph.edgeWeight.length; e++) {
    const w = graph.edgeWeight[e]!;
    byResident[graph.edgeResident[e]!]!.push([graph.edgeHospital[e]!, w + 0.2 * rng()]);
    byHospital[graph.edgeHospital[e]!]!.push([graph.edgeResident[e]!, w + 0.2 * rng()]);
  }
  const order = (list: [number, number][]) => list.sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { residents: preferenceLists(byResident.map(order)), hospitals: preferenceLists(byHospital.map(order)) };
}

const once = { iterations: 5, warmupIterations: 1, time: 0 };

describe("200 hospitals (capacity 1–5) × 1,000 residents, dense", () => {
  const graph = denseGraph(200, 1000, "bench-200x1000");
  const prefs = preferencesOf(graph, "bench-200x1000-prefs");
  for (const optimal of ["residents", "hospitals"] as const) {
    const { assignment } = hospitalsResidents(prefs.residents, prefs.hospitals, graph.capacity, { optimal });
    if (findBlockingPairsHR(prefs.residents, prefs.hospitals, graph.capacity, assignment).length > 0)
      throw new Error("unstable result");
  }
  const flow = maxWeightBMatching(graph);
  const fair = bottleneckBMatching(graph);
  if (fair.cardinality !== flow.cardinality || fair.totalWeight > flow.totalWeight + 1e-9)
    throw new Error("fair disagrees with optimal");

  bench(
    "stable, resident-optimal",
    () => {
      hospitalsResidents(prefs.residents, prefs.hospitals, graph.capacity);
    },
    once,
  );
  bench(
    "stable, hospital-optimal",
    () => {
      hospitalsResidents(prefs.residents, prefs.hospitals, graph.capacity, { optimal: "hospitals" });
    },
    once,
  );
  bench(
    "optimal, min-cost flow",
    () => {
      maxWeightBMatching(graph);
    },
    once,
  );
  // "At most one mentee from the mentor's own organisation", ten organisations.
  const rng = seedrandom("bench-200x1000-orgs");
  const organisation = Array.from({ length: graph.residents }, () => Math.floor(rng() * 10));
  const groupLimits = Array.from(graph.capacity, (_, h) => {
    const own = Math.floor(rng() * 10);
    return { hospital: h, residents: organisation.flatMap((o, r) => (o === own ? [r] : [])), max: 1 };
  });
  const limited = maxWeightBMatching(graph, { groupLimits });
  if (limited.cardinality > flow.cardinality || limited.totalWeight > flow.totalWeight + 1e-9)
    throw new Error("a limit cannot improve the optimum");
  bench(
    "optimal, min-cost flow, one-per-organisation limits",
    () => {
      maxWeightBMatching(graph, { groupLimits });
    },
    once,
  );
  bench(
    "fair (bottleneck)",
    () => {
      bottleneckBMatching(graph);
    },
    once,
  );
});

for (const [H, R] of [
  [5, 25],
  [20, 100],
  [40, 200],
] as const) {
  describe(`LP against min-cost flow: ${H} × ${R}, dense`, () => {
    const graph = denseGraph(H, R, `bench-${H}x${R}`);
    const flow = maxWeightBMatching(graph);
    const lp = maxWeightBMatchingLp(graph);
    if (lp.cardinality !== flow.cardinality || Math.abs(lp.totalWeight - flow.totalWeight) > 1e-6)
      throw new Error("LP and flow disagree");
    bench(
      "optimal, min-cost flow",
      () => {
        maxWeightBMatching(graph);
      },
      once,
    );
    bench(
      "optimal, LP",
      () => {
        maxWeightBMatchingLp(graph);
      },
      { iterations: 2, warmupIterations: 0, time: 0 },
    );
  });
}
