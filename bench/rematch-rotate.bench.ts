/**
 * Re-matching and rotation at programme scale: dissolving 10 pairs in a matched
 * 2,000-person cohort (keep: "all" re-scores only the freed people), and 10 rounds for
 * 1,000 people. Results are checked for their basic promise before timing.
 */
import { bench, describe } from "vitest";
import { generateCohort, matchPeers, rematch, rotate } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

describe("rematch, 2,000 participants, 10 dissolved pairs", () => {
  const cohort = generateCohort(2000, { seed: "bench-rematch" });
  const previous = matchPeers(cohort, OPTIONS);
  const dissolve = previous.pairs
    .filter((pair) => pair.members.length === 2)
    .slice(0, 10)
    .map((pair) => [pair.members[0] ?? "", pair.members[1] ?? ""] as const);
  const check = rematch(previous, { dissolve }, cohort, OPTIONS);
  if (check.diff.dissolved.length !== 10 || check.churn !== 0) throw new Error("rematch: expected 10 dissolved groups and no churn");
  bench("keep: all", () => {
    rematch(previous, { dissolve }, cohort, OPTIONS);
  }, { iterations: 5, warmupIterations: 1 });
});

describe("rotate, 1,000 participants", () => {
  const cohort = generateCohort(1000, { seed: "bench-rotate" });
  bench("10 rounds", () => {
    const schedule = rotate(cohort, { ...OPTIONS, rounds: 10 });
    if (schedule.rounds.length !== 10) throw new Error("rotate: expected 10 rounds");
  }, { iterations: 2, warmupIterations: 0 });
});
