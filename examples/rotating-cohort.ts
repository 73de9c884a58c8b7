/**
 * A peer circle over six months: each month the rotation pairs as many people as it can
 * with someone they have not met, so no one meets the same person twice. Hard constraints (meeting in person,
 * shared weekly time, language) limit who can meet whom, so some people sit out some
 * months; the example prints why, then how many months each person was matched.
 * Run: `npx tsx examples/rotating-cohort.ts`.
 */
import { generateCohort, rotate } from "peermatch";

const cohort = generateCohort(16, { seed: "circle", sparseShare: 0 });
const schedule = rotate(cohort, { rounds: 6, availability: { referenceDate: "2026-03-02" } });

console.log(`Schedule method: ${schedule.method}`);
const months = new Map(cohort.map((person) => [person.id, 0]));
schedule.rounds.forEach((round, k) => {
  const pairs = round.pairs.map((pair) => pair.members.join("+")).join("  ");
  console.log(`Month ${k + 1} (mean score ${round.stats.meanScore.toFixed(2)}): ${pairs}`);
  for (const pair of round.pairs) for (const id of pair.members) months.set(id, (months.get(id) ?? 0) + 1);
  for (const person of round.unmatched) console.log(`  ${person.id} sits out: ${person.detail}`);
});
console.log("\nMonths matched (each time with someone new):");
for (const [id, count] of months) console.log(`  ${id}: ${count} of ${schedule.rounds.length}`);
