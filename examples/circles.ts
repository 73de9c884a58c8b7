/**
 * Peer mentoring circles: forty generated participants in circles of 4–5, with no lone
 * member of a gender and at most two members from one organisation; a month later one
 * leaves and a pair asks to part (rematchCircles); then a five-round
 * rotation of sixteen people in circles of four in which no two meet twice.
 * Run: `npx tsx examples/circles.ts`.
 */
import { formCircles, generateCohort, rematchCircles, rotateCircles } from "peermatch";

const cohort = generateCohort(40, { seed: "circles-example" }).map((person, k) => ({
  ...person,
  attributes: { ...person.attributes, gender: k % 3 === 0 ? "woman" : "man" },
}));

const result = formCircles(cohort, {
  size: { min: 4, max: 5 },
  noLoneMember: [{ field: "attributes.gender", value: "woman" }],
  maxShared: [{ field: "organization", max: 2 }],
  availability: { referenceDate: "2026-03-02" },
});

for (const circle of result.circles) {
  const when =
    circle.meeting === null ? "any time" : `${circle.meeting.day} ${circle.meeting.start}–${circle.meeting.end} UTC`;
  console.log(`${circle.members.join(", ")} (score ${circle.score}, meets ${when})`);
  for (const reason of circle.reasons.slice(0, 2)) console.log(`  - ${reason}`);
}
for (const { id, detail } of result.unmatched) console.log(`not placed: ${id}: ${detail}`);
const { objective, upperBound, gap, unmetRules } = result.stats;
console.log(
  `objective ${objective}, proven bound ${upperBound} (gap ${(gap * 100).toFixed(1)}%), unmet rules: ${unmetRules.length}`,
);

// A month later: one person left, and two members of the first circle asked to part.
const [leaver] = result.circles[1]?.members ?? [];
const [a, b] = result.circles[0]?.members ?? [];
if (leaver !== undefined && a !== undefined && b !== undefined) {
  const next = rematchCircles(
    result,
    { leave: [leaver], dissolve: [[a, b]] },
    cohort.filter((person) => person.id !== leaver),
  );
  console.log(
    `after the change: ${next.diff.kept.length} circles kept as they were, ${next.diff.formed.length} new; ${a} and ${b} are never placed together again`,
  );
}

const people = Array.from({ length: 16 }, (_, k) => ({ id: `p${k + 1}` }));
const schedule = rotateCircles(people, { rounds: 5, size: { min: 4, max: 4 } });
schedule.rounds.forEach(({ round, circles }) => {
  console.log(`round ${round + 1}: ${circles.map((circle) => circle.members.join("+")).join("  ")}`);
});
console.log(`repeated pairs: ${schedule.repeats.length}`);
