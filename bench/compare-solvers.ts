/**
 * Compares the peer solvers on the same generated cohorts: total and smallest pair
 * score, blocking pairs, people matched, and time. Run: `npm run bench:compare [sizes…]`.
 */
import { generateCohort, matchPeers } from "peermatch";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 1);
const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

console.log(
  "| n | solver | matched | total score | mean | smallest pair | blocking pairs | stable exists | time (s) |",
);
console.log("|---:|---|---:|---:|---:|---:|---:|---|---:|");
for (const size of sizes.length > 0 ? sizes : [200, 2000]) {
  const cohort = generateCohort(size, { seed: `compare-${size}` });
  for (const solver of ["greedy", "optimal", "fair", "stable"] as const) {
    const started = performance.now();
    const { stats } = matchPeers(cohort, { ...OPTIONS, solver });
    const seconds = (performance.now() - started) / 1000;
    const cells = [
      size,
      solver,
      stats.matched,
      stats.totalScore.toFixed(2),
      stats.meanScore.toFixed(3),
      stats.minScore.toFixed(3),
      stats.blockingPairs,
      stats.stable ?? "–",
      seconds.toFixed(2),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}
