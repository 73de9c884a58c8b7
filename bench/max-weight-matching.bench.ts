/**
 * Benchmarks of maxWeightMatchingArrays on seeded synthetic graphs: a dense random graph
 * and a sparse geometric k-nearest-neighbour graph (the shapes of the peers harness,
 * smaller). Before timing, each result is checked against the optimality certificate
 * and against a greedy baseline (the optimum can never weigh less than greedy).
 * Run with `npm run bench`; `npm run bench:peers` compares with LEMON and edmonds-blossom.
 */
import seedrandom from "seedrandom";
import { bench, describe } from "vitest";
import { maxWeightMatchingArrays, verifyMatchingCertificate } from "peermatch/algorithms";
import { debugChecks } from "../src/internal/debug.js";
import { certifiedSolve } from "../test/support/certified-solve.js";

// The test setup turns the solver's internal invariant checks on; time the real thing.
debugChecks.enabled = false;

interface Graph {
  readonly n: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly weight: Float64Array;
}

function denseGraph(n: number, seed: string): Graph {
  const random = seedrandom(seed);
  const m = (n * (n - 1)) / 2;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const weight = new Float64Array(m);
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      from[k] = i;
      to[k] = j;
      weight[k++] = Math.floor(random() * 1001);
    }
  }
  return { n, from, to, weight };
}

/** n random points in the unit square, each joined to its k nearest (symmetrised); heavier when closer. */
function knnGraph(n: number, k: number, seed: string): Graph {
  const random = seedrandom(seed);
  const x = Float64Array.from({ length: n }, () => random());
  const y = Float64Array.from({ length: n }, () => random());
  const keys = new Set<number>();
  const distances = new Float64Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      distances[j] = Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);
      order[j] = j;
    }
    order.sort((a, b) => distances[a]! - distances[b]!);
    for (let r = 1; r <= k; r++) {
      const j = order[r]!;
      keys.add(Math.min(i, j) * n + Math.max(i, j));
    }
  }
  const list = [...keys];
  const from = Int32Array.from(list, (key) => Math.floor(key / n));
  const to = Int32Array.from(list, (key) => key % n);
  const weight = Float64Array.from(list, (_, e) =>
    Math.round(1000 * (1 - Math.hypot(x[from[e]!]! - x[to[e]!]!, y[from[e]!]! - y[to[e]!]!) / Math.SQRT2)),
  );
  return { n, from, to, weight };
}

function greedyWeight({ n, from, to, weight }: Graph): number {
  const order = Array.from(weight.keys()).sort((a, b) => weight[b]! - weight[a]!);
  const used = new Uint8Array(n);
  let total = 0;
  for (const e of order) {
    const u = from[e]!;
    const v = to[e]!;
    if (weight[e]! <= 0 || used[u] === 1 || used[v] === 1) continue;
    used[u] = used[v] = 1;
    total += weight[e]!;
  }
  return total;
}

/** Throws unless the solver's result is certified optimal and at least as heavy as greedy. */
function checkAgainstBaseline(name: string, graph: Graph, maxCardinality: boolean): void {
  const edges = Array.from(graph.from, (u, e): [number, number, number] => [u, graph.to[e]!, graph.weight[e]!]);
  const check = verifyMatchingCertificate(certifiedSolve(edges, maxCardinality).certificate);
  if (!check.valid) throw new Error(`${name}: certificate rejected: ${check.reason}`);
  const mate = maxWeightMatchingArrays(graph.n, graph.from, graph.to, graph.weight, { maxCardinality });
  let total = 0;
  graph.from.forEach((u, e) => {
    if (mate[u] === graph.to[e]) total += graph.weight[e]!;
  });
  if (total * 2 !== check.totalWeight) throw new Error(`${name}: array entry disagrees with the certified result`);
  if (!maxCardinality && total < greedyWeight(graph)) throw new Error(`${name}: lighter than greedy`);
}

const scenarios: [string, Graph][] = [
  ["dense K_300, weights 0..1000", denseGraph(300, "bench-dense-300")],
  ["knn n=3000 k=10, weights 0..1000", knnGraph(3000, 10, "bench-knn-3000")],
];

for (const [name, graph] of scenarios) {
  describe(name, () => {
    for (const maxCardinality of [false, true]) {
      checkAgainstBaseline(name, graph, maxCardinality);
      bench(
        `maxWeightMatchingArrays${maxCardinality ? " (maxCardinality)" : ""}`,
        () => {
          maxWeightMatchingArrays(graph.n, graph.from, graph.to, graph.weight, { maxCardinality });
        },
        { time: 2000 },
      );
    }
  });
}
