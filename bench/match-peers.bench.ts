/**
 * matchPeers end to end (validation, scoring, solving, explanations) on generated
 * cohorts, per solver. Each solver's result is checked for the basic invariant before
 * it is timed.
 */
import { bench, describe } from "vitest";
import { generateCohort, matchPeers } from "peermatch";

const OPTIONS = { availability: { referenceDate: "2026-03-02" } };

for (const size of [200, 2000]) {
  const cohort = generateCohort(size, { seed: `bench-${size}` });
  describe(`matchPeers, ${size} participants`, () => {
    for (const solver of ["greedy", "optimal", "stable", "fair"] as const) {
      if (solver === "fair" && size > 200) continue;
      const check = matchPeers(cohort, { ...OPTIONS, solver });
      const accounted = check.pairs.reduce((sum, pair) => sum + pair.members.length, 0) + check.unmatched.length;
      if (accounted !== size) throw new Error(`${solver}: ${accounted} of ${size} participants accounted for`);
      bench(solver, () => {
        matchPeers(cohort, { ...OPTIONS, solver });
      }, { iterations: size > 1000 ? 3 : 10, warmupIterations: 1 });
    }
  });
}
