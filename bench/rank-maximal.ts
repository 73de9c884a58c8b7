/**
 * Rank-maximal wishes (`wishes: { mode: "rank-maximal" }`) against the plain optimal
 * solve on generated cohorts of 100 to 1,000 people (the mode's limit), each person with
 * 5 ranked wishes drawn with a popularity skew (a few people are wished for by many, as
 * in real programmes). Before timing, each result is checked for its promise: as many
 * pairs as the optimal solve, and granted choices at least as good in lexicographic order.
 * Run: `npm run bench:rank-maximal` (sizes: `RANK_MAXIMAL_SIZES=100,500`).
 */
import { loadavg } from "node:os";
import seedrandom from "seedrandom";
import { generateCohort, matchPeers } from "peermatch";
import type { MatchOptions, MatchResult, ParticipantInput } from "peermatch";

const SIZES = (process.env.RANK_MAXIMAL_SIZES ?? "100,250,500,1000").split(",").map(Number);
const RUNS = 3;
const WISHES = 5;
const BASE: MatchOptions = { availability: { referenceDate: "2026-03-02" } };

/** Each person wishes for WISHES others; person k is drawn with weight 1 / (k + 1) (popularity skew). */
function withWishes(cohort: readonly ParticipantInput[], seed: string): ParticipantInput[] {
  const random = seedrandom(seed);
  const n = cohort.length;
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < n; k++) {
    total += 1 / (k + 1);
    cumulative.push(total);
  }
  const draw = (): number => {
    const x = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return cohort.map((person, i) => {
    const wishes = new Set<string>();
    while (wishes.size < Math.min(WISHES, n - 1)) {
      const k = draw();
      if (k !== i) wishes.add(cohort[k]!.id);
    }
    return { ...person, wishes: [...wishes] };
  });
}

/** Median wall and CPU seconds of RUNS runs, and the last result. */
function measure(run: () => MatchResult): { text: string; result: MatchResult } {
  const wall: number[] = [];
  const cpu: number[] = [];
  let result: MatchResult | undefined;
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    result = run();
    const used = process.cpuUsage(usage);
    wall.push((performance.now() - started) / 1000);
    cpu.push((used.user + used.system) / 1e6);
  }
  const mid = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
  return { text: `${mid(wall).toFixed(2)} s wall / ${mid(cpu).toFixed(2)} s CPU`, result: result! };
}

function lexicographicallyAtLeast(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! > b[k]!;
  return true;
}

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}; median of ${RUNS} runs`,
);
console.log("| people | optimal | rank-maximal | granted (optimal) | granted (rank-maximal) |");
console.log("|---:|---:|---:|---|---|");
for (const size of SIZES) {
  const cohort = withWishes(generateCohort(size, { seed: `bench-rank-maximal-${size}` }), `wishes-${size}`);
  // "bonus" with weight 0: the plain optimal solve, still counting the wishes it grants.
  const optimal = measure(() => matchPeers(cohort, { ...BASE, wishes: { weight: 0 } }));
  const rankMaximal = measure(() => matchPeers(cohort, { ...BASE, wishes: { mode: "rank-maximal" } }));
  const matched = (r: MatchResult) => r.stats.matched;
  if (matched(rankMaximal.result) !== matched(optimal.result)) throw new Error(`${size}: fewer people matched`);
  const a = rankMaximal.result.stats.wishesGranted ?? [];
  const b = optimal.result.stats.wishesGranted ?? [];
  if (!lexicographicallyAtLeast(a, b)) throw new Error(`${size}: fewer choices granted than the optimal solve`);
  console.log(
    `| ${size.toLocaleString("en")} | ${optimal.text} | ${rankMaximal.text} | ${b.join(", ")} | ${a.join(", ")} |`,
  );
}
