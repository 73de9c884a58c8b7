/**
 * Can `fitWeights` learn weights back from ratings? A 400-person generated cohort, hidden
 * weights 1..K (a seeded permutation, so every replicate plants a different order) on the
 * features that vary, ratings drawn by `simulateOutcomes` (noise 0.1, whole ratings 1–5)
 * for n pairs sampled uniformly among the feasible pairs, then the default fit (ordinal,
 * lambda 0.1, 200 bootstrap resamples). Per n, over the replicates:
 *
 * - Spearman correlation between the planted and the fitted weights;
 * - the true quality (total pair weight under the planted weights, `evaluate`) of the
 *   matching `matchPeers` makes with the fitted weights, as a share of the matching it
 *   makes with the planted weights (the true optimum); the default weights as a baseline;
 * - how often a planted weight (normalised) falls inside its 95% bootstrap interval.
 *
 * Run: `npm run bench:research` (or `npx tsx bench/fit-weights.ts --replicates 5 --sizes 100,250,500,1000`).
 * Prints a Markdown table (the one in docs/research.md) and the machine load.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import seedrandom from "seedrandom";
import { compatibilityGraph, DEFAULT_WEIGHTS, explainPair, generateCohort, matchPeers } from "peermatch";
import { evaluate, fitWeights, simulateOutcomes } from "peermatch/research";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,250,500,1000" },
    replicates: { type: "string", default: "5" },
    cohort: { type: "string", default: "400" },
    lambda: { type: "string" },
    ratings: { type: "string", default: "whole" },
    model: { type: "string" },
  },
});
const sizes = (values.sizes ?? "").split(",").map(Number);
const replicates = Math.max(1, Number(values.replicates) || 5);
const cohortSize = Number(values.cohort) || 400;
// Variants for studying the fit (the table in docs/research.md uses the defaults).
const ratings = values.ratings === "continuous" ? "continuous" : "whole";
const fitOptions = {
  ...(values.lambda !== undefined ? { lambda: Number(values.lambda) } : {}),
  ...(values.model === "linear" ? { model: "linear" as const } : {}),
};

// industry: "same" lets the industry weight count (under the default "any" it is switched off).
const scoring = { availability: { referenceDate: "2026-03-02" }, industry: "same" } as const;
const cohort = generateCohort(cohortSize, { seed: "bench-fit-weights" });
const byId = new Map(cohort.map((p) => [p.id, p]));
const graph = compatibilityGraph(cohort, scoring);
const feasible = graph.edges.map(([i, j]) => [graph.ids[i]!, graph.ids[j]!] as [string, string]);
const features = Object.keys(DEFAULT_WEIGHTS) as (keyof typeof DEFAULT_WEIGHTS)[];

/** Features whose score varies over a sample of feasible pairs (the others cannot be learnt). */
const varying = features.filter((name) => {
  const seen = new Set<number>();
  for (const [a, b] of feasible.slice(0, 300))
    seen.add(explainPair(byId.get(a), byId.get(b), scoring).features[name]!.score);
  return seen.size > 1;
});

function shuffled<T>(items: readonly T[], seed: string): T[] {
  const random = seedrandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function spearman(a: readonly number[], b: readonly number[]): number {
  const rank = (v: readonly number[]) => {
    const order = v.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(v.length);
    for (let s = 0; s < order.length; ) {
      let e = s + 1;
      while (e < order.length && order[e]![0] === order[s]![0]) e++;
      for (let k = s; k < e; k++) r[order[k]![1]] = (s + e + 1) / 2;
      s = e;
    }
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let k = 0; k < ra.length; k++) {
    cov += (ra[k]! - ma) * (rb[k]! - mb);
    va += (ra[k]! - ma) ** 2;
    vb += (rb[k]! - mb) ** 2;
  }
  return cov / Math.sqrt(va * vb);
}

type Row = { spearman: number[]; share: number[]; coverage: number[]; seconds: number[] };
const rows = new Map<number, Row>(sizes.map((n) => [n, { spearman: [], share: [], coverage: [], seconds: [] }]));
const baseline: number[] = [];

for (let r = 0; r < replicates; r++) {
  const planted = shuffled(
    varying.map((_, k) => k + 1),
    `weights-${r}`,
  );
  const trueWeights = Object.fromEntries(features.map((name) => [name, 0]));
  varying.forEach((name, k) => {
    trueWeights[name] = planted[k]!;
  });
  const underTruth = { ...scoring, weights: trueWeights };
  const optimum = matchPeers(cohort, underTruth);
  const optimumQuality = evaluate(optimum, cohort, underTruth).totalScore;
  if (Math.abs(optimumQuality - optimum.stats.totalScore) > 1e-3)
    throw new Error("evaluate under the planted weights disagrees with the solver's own total");
  baseline.push(evaluate(matchPeers(cohort, scoring), cohort, underTruth).totalScore / optimumQuality);

  const sample = shuffled(feasible, `pairs-${r}`);
  for (const n of sizes) {
    const outcomes = simulateOutcomes(cohort, sample.slice(0, n), {
      ...scoring,
      trueWeights,
      ratings,
      seed: `ratings-${r}`,
    });
    const started = performance.now();
    const fit = fitWeights(cohort, outcomes, { ...scoring, ...fitOptions, seed: `fit-${r}` });
    const seconds = (performance.now() - started) / 1000;
    const fitted = matchPeers(cohort, { ...scoring, weights: fit.weights });
    const total = varying.reduce((sum, name) => sum + trueWeights[name]!, 0);
    const inside = varying.filter((name) => {
      const [low, high] = fit.intervals?.[name] ?? [Number.NaN, Number.NaN];
      const truth = trueWeights[name]! / total;
      return truth >= low && truth <= high;
    }).length;
    const row = rows.get(n)!;
    row.spearman.push(
      spearman(
        varying.map((name) => trueWeights[name]!),
        varying.map((name) => fit.weights[name]!),
      ),
    );
    row.share.push(evaluate(fitted, cohort, underTruth).totalScore / optimumQuality);
    row.coverage.push(inside / varying.length);
    row.seconds.push(seconds);
    console.error(
      `replicate ${r}, ${n} pairs: spearman ${row.spearman.at(-1)!.toFixed(3)}, share ${(100 * row.share.at(-1)!).toFixed(2)}%, ${seconds.toFixed(2)} s`,
    );
  }
}

const mean = (v: number[]) => v.reduce((x, y) => x + y, 0) / v.length;
const median = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)]!;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `${cohortSize} people, ${feasible.length} feasible pairs, ${varying.length} features vary (${varying.join(", ")}); ${replicates} replicates; ratings ${ratings}; fit options ${JSON.stringify(fitOptions)}.\n`,
);
console.log(
  "| rated pairs | Spearman, mean | Spearman, lowest | quality share, mean | quality share, lowest | planted weight inside 95% interval | fit time (median) |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const n of sizes) {
  const row = rows.get(n)!;
  console.log(
    `| ${n} | ${mean(row.spearman).toFixed(3)} | ${Math.min(...row.spearman).toFixed(3)} | ${pct(mean(row.share))} | ${pct(Math.min(...row.share))} | ${pct(mean(row.coverage))} | ${median(row.seconds).toFixed(2)} s |`,
  );
}
console.log(
  `\nBaseline: the default weights reach ${pct(mean(baseline))} of the optimum on average (lowest ${pct(Math.min(...baseline))}).`,
);
console.log(
  `Load average during the run (1, 5, 15 min): ${loadavg()
    .map((x) => x.toFixed(2))
    .join(", ")}`,
);
