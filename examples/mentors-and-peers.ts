/**
 * A mixed programme, as most women's programmes run: senior participants mentor one to
 * three mentees each, and everyone else is also paired with a peer at a similar stage.
 * Run: `npx tsx examples/mentors-and-peers.ts`.
 */
import { generateCohort, matchMentors, matchPeers } from "peermatch";

const options = { availability: { referenceDate: "2026-03-02" } };
const cohort = generateCohort(60, { seed: "mixed-programme", sparseShare: 0 });

// Seniors and executives mentor (capacity 1–3); early- and mid-career people are mentees.
const mentors = cohort
  .filter((p) => p.careerStage === "senior" || p.careerStage === "executive")
  .map((p, k) => ({ ...p, capacity: 1 + (k % 3) }));
const mentees = cohort.filter((p) => p.careerStage === "early" || p.careerStage === "mid");

const mentoring = matchMentors(mentors, mentees, { ...options, experience: { minGapYears: 5 } });
console.log(
  `Mentoring: ${mentoring.stats.matchedMentees} of ${mentees.length} mentees placed with ${mentors.length} mentors\n`,
);
for (const { mentor, mentees: assigned } of mentoring.assignments) {
  if (assigned.length === 0) continue;
  console.log(`${mentor} mentors ${assigned.map((m) => `${m.id} (${m.score.toFixed(2)})`).join(", ")}`);
  const first = assigned[0];
  if (first !== undefined) console.log(`  - ${first.reasons[0] ?? ""}`);
}
for (const person of mentoring.unmatched) console.log(`Not placed: ${person.id} (${person.side}). ${person.detail}`);

// Mentees also get a peer at a similar career stage, using the fair solver.
const peers = matchPeers(mentees, { ...options, solver: "fair" });
console.log(`\nPeer pairs among mentees (fair solver, lowest pair score ${peers.stats.minScore.toFixed(2)}):`);
for (const pair of peers.pairs)
  console.log(`  ${pair.members.join(" & ")}  ${pair.score.toFixed(2)}  ${pair.reasons[0] ?? ""}`);
