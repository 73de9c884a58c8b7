/**
 * A peer-mentoring programme over a year, as a coordinator runs it: a first match in
 * January, monthly check-ins whose feedback flags two pairs that do not work, a
 * re-match, a leaver, two joiners, and a peer circle of eight that rotates monthly.
 * Every step feeds the previous result to the next, so settings and history carry over.
 * Run: `npx tsx examples/programme-over-a-year.ts`.
 */
import { generateCohort, matchPeers, proposeDissolutions, rematch, rotate } from "peermatch";
import type { MatchResult, MeetingFeedback, Participant, RematchResult } from "peermatch";

// Everyone meets online, so distance never rules a pair out.
const people: Participant[] = generateCohort(24, { seed: "programme-2026", sparseShare: 0, excludeShare: 0 }).map(
  (p) => ({ ...p, meetingMode: "virtual" }),
);
const name = (id: string): string => people.find((p) => p.id === id)?.name ?? id;
const group = (members: readonly string[]): string => members.map(name).join(" & ");

function heading(text: string): void {
  console.log(`\n== ${text} ${"=".repeat(Math.max(0, 70 - text.length))}`);
}

function showChanges(result: RematchResult): void {
  for (const members of result.diff.formed) {
    const pair = result.pairs.find((p) => p.members.join() === members.join());
    console.log(`  new: ${group(members)} (score ${pair?.score.toFixed(2)})`);
    for (const reason of pair?.reasons.slice(0, 2) ?? []) console.log(`       - ${reason}`);
  }
  for (const entry of result.unmatched) console.log(`  not matched: ${name(entry.id)} - ${entry.detail}`);
  console.log(
    `  kept ${result.diff.kept.length} groups as they were; ${result.churn} other ${result.churn === 1 ? "person" : "people"} moved to make room`,
  );
}

// January: the first match. Its settings (seed, reference date, solver) are recorded in
// meta.options and used by every later step.
heading("January: first match");
const january = matchPeers(people, { seed: "programme-2026", availability: { referenceDate: "2026-01-15" } });
console.log(
  `${january.stats.pairs} pairs and ${january.stats.trios} trios for ${january.stats.participants} people, mean score ${january.stats.meanScore.toFixed(2)}`,
);

// February and March: monthly check-ins. Each member rates each meeting 1-5. In this
// illustration the two weakest pairs rate their meetings low; everyone else is happy.
const weakest = [...january.pairs]
  .filter((pair) => pair.members.length === 2)
  .sort((x, y) => x.score - y.score)
  .slice(0, 2)
  .map((pair) => pair.members);
const checkIns: MeetingFeedback[] = ["2026-02-12", "2026-03-12"].flatMap((date) =>
  january.pairs.map(({ members }) => {
    const unhappy = weakest.some((weak) => weak.join() === members.join());
    return { members, date, ratings: Object.fromEntries(members.map((id, k) => [id, unhappy ? 1 + k : 4 + (k % 2)])) };
  }),
);
heading("March: check-ins");
const { dissolve, proposals } = proposeDissolutions(checkIns);
for (const proposal of proposals) console.log(`  ${group(proposal.members)}: ${proposal.reason}`);

heading("March: re-match the two pairs that did not work");
const march = rematch(january, { dissolve }, people);
showChanges(march);

// April: someone leaves; their partner is re-matched.
heading("April: a leaver");
const leaver = march.pairs.find(
  (pair) => pair.members.length === 2 && !pair.members.some((id) => dissolve.flat().includes(id)),
)!.members[0]!;
console.log(`  ${name(leaver)} leaves the programme`);
const april = rematch(
  march,
  { leave: [leaver] },
  people.filter((p) => p.id !== leaver),
);
showChanges(april);

// May: two people join.
heading("May: two joiners");
const joiners = generateCohort(2, { seed: "may-joiners", sparseShare: 0, excludeShare: 0 }).map((p, k) => ({
  ...p,
  meetingMode: "virtual" as const,
  id: `join-${k + 1}`,
  name: ["Noor Haddad", "Tomás Ribeiro"][k]!,
}));
people.push(...joiners);
const may = rematch(
  april,
  { join: joiners.map((p) => p.id) },
  people.filter((p) => p.id !== leaver),
);
showChanges(may);
console.log(
  `  history so far: ${may.history.dissolved.length} pairs dissolved for good, ${may.history.formed.length} pairs formed`,
);

// June to September: eight people also join a peer circle that meets someone new each
// month, at the circle's own fixed time (so weekly availability does not rule pairs
// out: an explicit option, on top of the settings carried over). The schedule continues
// from May's result, so nobody meets a current or past partner again, and the pairs
// dissolved in March stay apart.
heading("June-September: a rotating peer circle of eight");
// One member of each of eight pairs, so nobody shares the circle with a current partner.
const circle = may.pairs
  .filter((pair) => pair.members.length === 2)
  .slice(0, 8)
  .map((pair) => people.find((p) => p.id === pair.members[0])!);
const schedule = rotate(circle, {
  rounds: 4,
  previous: may as MatchResult,
  startDate: "2026-06-18",
  cadence: "monthly",
  availability: { minOverlapMinutes: 0 },
});
for (const round of schedule.rounds) {
  const pairs = round.pairs.map((pair) => group(pair.members)).join("; ");
  console.log(`  round ${round.round} on ${round.date}: ${pairs}`);
  for (const entry of round.unmatched) console.log(`    sits out: ${name(entry.id)} - ${entry.detail}`);
}
console.log(`\nSettings used all year: seed "${schedule.meta.seed}", solver ${schedule.meta.options.solver}.`);
