/**
 * The demo behind `npm run demo`: match a seeded synthetic cohort of 30 peers and
 * print each pair with its score and the top reasons, as a programme coordinator
 * would review it before publishing.
 */
import { generateCohort, matchPeers } from "peermatch";

const cohort = generateCohort(30, { seed: "demo-cohort" });
const result = matchPeers(cohort, { availability: { referenceDate: "2026-03-02" } });
const nameOf = new Map(cohort.map((p) => [p.id, p.name ?? p.id]));
const label = (id: string) => `${nameOf.get(id) ?? id} (${id})`;

console.log(`peermatch demo — ${result.stats.participants} participants, solver "${result.stats.solver}"\n`);
result.pairs.forEach((pair, k) => {
  const kind = pair.members.length === 3 ? "trio" : "pair";
  console.log(
    `${String(k + 1).padStart(2)}. ${pair.members.map(label).join(" & ")}  — ${kind} score ${pair.score.toFixed(2)}`,
  );
  for (const reason of pair.reasons.slice(0, 3)) console.log(`      · ${reason}`);
});
if (result.unmatched.length > 0) {
  console.log("\nNot matched:");
  for (const entry of result.unmatched) console.log(`  ${label(entry.id)}: ${entry.detail}`);
}
const { matched, meanScore, minScore, blockingPairs } = result.stats;
console.log(
  `\n${matched} of ${result.stats.participants} matched · mean score ${meanScore.toFixed(2)} · lowest ${minScore.toFixed(2)} · ${blockingPairs} blocking pairs`,
);
