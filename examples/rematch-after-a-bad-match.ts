/**
 * A pair did not work out after two meetings, one person left and a newcomer joined:
 * re-match with minimal disruption and show what changed.
 * Run: `npx tsx examples/rematch-after-a-bad-match.ts`.
 */
import { generateCohort, matchPeers, rematch } from "peermatch";

const options = { availability: { referenceDate: "2026-03-02" } };
const cohort = generateCohort(24, { seed: "spring-cohort" });
const first = matchPeers(cohort, options);

const [badPair, leaverPair] = first.pairs.filter((pair) => pair.members.length === 2);
if (badPair === undefined || leaverPair === undefined) throw new Error("the example cohort needs two pairs");
const [a, b] = badPair.members as [string, string];
const leaver = leaverPair.members[0]!;
const newcomer = { ...generateCohort(1, { seed: "late-joiner" })[0], id: "new-1", name: "Late Joiner" };

const participants = [...cohort.filter((p) => p.id !== leaver), newcomer];
const next = rematch(first, { dissolve: [[a, b]], leave: [leaver], join: ["new-1"] }, participants, options);

console.log(`Dissolved ${a} & ${b}; ${leaver} left; new-1 joined.\n`);
console.log(`Kept ${next.diff.kept.length} groups untouched; churn ${next.churn}.`);
for (const group of next.diff.formed) {
  const pair = next.pairs.find((p) => p.members.join() === group.join());
  console.log(`New: ${group.join(" & ")}`);
  for (const reason of pair?.reasons.slice(0, 3) ?? []) console.log(`  - ${reason}`);
}
for (const person of next.unmatched) console.log(`Not matched: ${person.id} — ${person.detail}`);
