/**
 * Shortlists for a self-matching platform: every person sees up to 3 suggested partners,
 * and nobody appears on more than 3 lists, so requests do not all go to the same few
 * people. A coordinator pins one pair, two participants wish for each other, and one
 * person looks up her own best partners with recommendFor.
 * Run: `npx tsx examples/self-match-shortlists.ts`.
 */
import { generateCohort, recommend, recommendFor } from "peermatch";

const REF = { availability: { referenceDate: "2026-03-02" } };
const cohort = generateCohort(24, { seed: "self-match" });
// Two people who fit each other wish for each other; a coordinator pins two others.
const ana = cohort[0]!.id;
const bea = recommendFor(cohort, ana, { ...REF, k: 1 }).suggestions[0]!.id;
const cy = cohort.find((person) => person.id !== ana && person.id !== bea)!.id;
const dee = recommendFor(cohort, cy, { ...REF, k: 3 }).suggestions.find((s) => s.id !== ana && s.id !== bea)!.id;
const participants = cohort.map((person) => {
  if (person.id === ana) return { ...person, wishes: [bea] };
  if (person.id === bea) return { ...person, wishes: [ana] };
  return person;
});

const result = recommend(participants, {
  k: 3,
  maxExposure: 3,
  ...REF,
  seed: "spring-2026",
  pins: [[cy, dee]],
});

for (const list of result.shortlists.slice(0, 6)) {
  const names = list.suggestions.map(
    (s) => `${s.id} ${s.score.toFixed(2)}${s.source === "match" ? "" : ` (${s.source})`}`,
  );
  console.log(`${list.id} sees: ${names.join(", ") || "nobody"}  | shown to ${list.shownTo}`);
}
const { stats } = result;
console.log(
  `${stats.entries} suggestions for ${stats.participants} people (${stats.fullShortlists} full lists), ` +
    `total score ${stats.totalScore}, ${stats.neverShown} never shown, exact: ${stats.exact}`,
);
const top = result.shortlists[0]!.suggestions[0];
if (top !== undefined)
  console.log(`Why ${top.id} for ${result.shortlists[0]!.id}: ${top.reasons.slice(0, 2).join("; ")}`);

// One person's own ranking: no exposure limit, only her row is scored.
const mine = recommendFor(participants, ana, { ...REF, k: 5 });
console.log(`${mine.id}'s best partners: ${mine.suggestions.map((s) => `${s.id} ${s.score.toFixed(2)}`).join(", ")}`);
