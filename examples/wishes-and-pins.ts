/**
 * Steering the match: a coordinator pins one pair by hand, participants name the people
 * they would like to meet (ranked wishes, as a bonus in the score or rank-maximal: the
 * most first choices first), and a misspelt exclusion is caught instead of being
 * ignored. Run: `npx tsx examples/wishes-and-pins.ts`.
 */
import { isMatchInputError, matchPeers } from "peermatch";

const participants = [
  { id: "ana", name: "Ana", goals: ["leadership"], wishes: ["bea", "cy"] },
  { id: "bea", name: "Bea", goals: ["data"], wishes: ["ana"] },
  { id: "cy", name: "Cy", goals: ["data"], exclude: ["p-old-07"] },
  { id: "dee", name: "Dee", goals: ["leadership"] },
  { id: "eli", name: "Eli", goals: ["writing"] },
  { id: "fay", name: "Fay", goals: ["writing"] },
];

const result = matchPeers(participants, {
  seed: "spring-2026",
  availability: { referenceDate: "2026-03-02" },
  pins: [["eli", "dee"]],
  wishes: { mode: "bonus", weight: 4 },
});
for (const pair of result.pairs) console.log(pair.members.join(" & "), pair.score, "-", pair.reasons[0]);
console.log("wishes granted (1st, 2nd, ...):", result.stats.wishesGranted);
// "p-old-07" left the programme last year: allowed, but listed so nobody is surprised.
for (const warning of result.warnings) console.log("warning:", warning.message);

// Rank-maximal: Cy asks for Fay (then Dee), Fay asks for Dee. The scores alone grant no
// wish; rank-maximal grants three first choices (Cy's and Fay's cannot both be granted).
const ranked = [
  ...participants.slice(0, 2),
  { id: "cy", name: "Cy", goals: ["data"], wishes: ["fay", "dee"] },
  participants[3]!,
  participants[4]!,
  { id: "fay", name: "Fay", goals: ["writing"], wishes: ["dee"] },
];
const byScore = matchPeers(ranked, { availability: { referenceDate: "2026-03-02" }, wishes: { weight: 0 } });
const byWishes = matchPeers(ranked, {
  availability: { referenceDate: "2026-03-02" },
  wishes: { mode: "rank-maximal" },
});
console.log(
  "by score:    ",
  byScore.pairs.map((pair) => pair.members.join(" & ")).join(", "),
  byScore.stats.wishesGranted,
);
console.log(
  "rank-maximal:",
  byWishes.pairs.map((pair) => pair.members.join(" & ")).join(", "),
  byWishes.stats.wishesGranted,
);

try {
  // "Bea " (trailing space, capital B) is almost certainly "bea": refused with a did-you-mean.
  matchPeers([...participants.slice(1), { id: "ana", exclude: ["Bea "] }]);
} catch (error) {
  if (isMatchInputError(error)) console.log("refused:", error.issues[0]?.message);
  else throw error;
}
