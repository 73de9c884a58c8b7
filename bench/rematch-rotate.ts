/**
 * Re-matching and rotation at programme scale: dissolving 10 pairs in a matched
 * 2,000-person cohort (keep: "all" re-scores only the freed people), and 10 rounds for
 * 1,000 people. Each result is checked for its basic promise before it counts.
 * Run: `npm run bench:rematch` (a plain script: under vitest bench the module transform
 * slows the scoring kernel several times over).
 */
import { generateCohort, matchPeers, rematch, rotate } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };
const RUNS = 3;

function medianSeconds(run: () => void): number {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const started = performance.now();
    run();
    times.push((performance.now() - started) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Number.NaN;
}

const cohort = generateCohort(2000, { seed: "bench-rematch" });
const previous = matchPeers(cohort, OPTIONS);
const dissolve = previous.pairs
  .filter((pair) => pair.members.length === 2)
  .slice(0, 10)
  .map((pair) => [pair.members[0] ?? "", pair.members[1] ?? ""] as const);
const check = rematch(previous, { dissolve }, cohort, OPTIONS);
if (check.diff.dissolved.length !== 10 || check.churn !== 0)
  throw new Error("rematch: expected 10 dissolved groups and no churn");
console.log(
  `rematch, 2,000 participants, 10 dissolved pairs (keep: all): ${medianSeconds(() => rematch(previous, { dissolve }, cohort, OPTIONS)).toFixed(3)} s (median of ${RUNS})`,
);

const circle = generateCohort(1000, { seed: "bench-rotate" });
const schedule = rotate(circle, { ...OPTIONS, rounds: 10 });
if (schedule.rounds.length !== 10) throw new Error("rotate: expected 10 rounds");
console.log(
  `rotate, 1,000 participants, 10 rounds: ${medianSeconds(() => rotate(circle, { ...OPTIONS, rounds: 10 })).toFixed(2)} s (median of ${RUNS})`,
);
