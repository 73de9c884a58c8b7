/**
 * Mentor–mentee matching: 8 senior people mentor 30 others from a seeded synthetic
 * cohort. Prints each mentor's mentees with the top reason, who is left out and why,
 * and how the stable and optimal solvers compare on the same programme.
 */
import { generateCohort, matchMentors } from "peermatch";

const people = generateCohort(38, { seed: "mentor-demo" });
const mentors = people.slice(0, 8).map((person, k) => ({ ...person, capacity: 1 + (k % 4) }));
const mentees = people.slice(8);
const options = {
  availability: { referenceDate: "2026-03-02", minOverlapMinutes: 30 },
  limits: [{ field: "organization", max: 1 }],
};
const nameOf = new Map(people.map((p) => [p.id, p.name ?? p.id]));

const result = matchMentors(mentors, mentees, options);
console.log(
  `${result.stats.matchedMentees} of ${result.stats.mentees} mentees matched to ${result.stats.matchedMentors} mentors (${result.stats.places} places)\n`,
);
for (const { mentor, capacity, mentees: theirs } of result.assignments) {
  console.log(`${nameOf.get(mentor)} (${theirs.length}/${capacity})`);
  for (const mentee of theirs)
    console.log(`   ${mentee.score.toFixed(2)}  ${nameOf.get(mentee.id)} — ${mentee.reasons[0] ?? ""}`);
}
console.log("\nNot matched:");
for (const entry of result.unmatched.slice(0, 6))
  console.log(`  ${entry.side} ${nameOf.get(entry.id)}: ${entry.detail}`);

const stable = matchMentors(mentors, mentees, { availability: options.availability, solver: "stable" });
console.log(
  `\noptimal: total ${result.stats.totalScore}, ${result.stats.blockingPairs} blocking pairs · ` +
    `stable (${stable.stats.stableSide}-optimal): total ${stable.stats.totalScore}, ${stable.stats.blockingPairs} blocking pairs`,
);
