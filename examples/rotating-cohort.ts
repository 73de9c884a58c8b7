/**
 * A peer circle that meets someone new every month: six rounds, no one meets the same
 * person twice. Run: `npx tsx examples/rotating-cohort.ts`.
 */
import { generateCohort, rotate } from "peermatch";

const cohort = generateCohort(16, { seed: "circle", sparseShare: 0 });
const schedule = rotate(cohort, { rounds: 6, availability: { referenceDate: "2026-03-02" } });

console.log(`Schedule method: ${schedule.method}`);
schedule.rounds.forEach((round, k) => {
  const pairs = round.pairs.map((pair) => pair.members.join("+")).join("  ");
  console.log(`Month ${k + 1} (mean score ${round.stats.meanScore.toFixed(2)}): ${pairs}`);
  for (const person of round.unmatched) console.log(`  ${person.id} sits out: ${person.detail}`);
});
