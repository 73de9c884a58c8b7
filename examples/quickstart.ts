/**
 * Quick start: validate a small cohort, match it, and print each pair with the
 * reasons behind it. Run: `npx tsx examples/quickstart.ts`.
 */
import { matchPeers, MatchInputError } from "peermatch";
import type { ParticipantInput } from "peermatch";

const evenings = (timezone: string, day: "mon" | "tue" | "wed" | "thu", start: string, end: string) => ({
  timezone,
  slots: [{ day, start, end }],
});

const participants: ParticipantInput[] = [
  {
    id: "ana",
    name: "Ana",
    careerStage: "mid",
    goals: ["leadership", "negotiation"],
    strengths: ["public speaking"],
    growthAreas: ["negotiation"],
    languages: ["English", "Spanish"],
    availability: evenings("Europe/Madrid", "mon", "18:00", "21:00"),
  },
  {
    id: "bea",
    name: "Bea",
    careerStage: "mid",
    goals: ["leadership"],
    strengths: ["negotiation"],
    growthAreas: ["public speaking"],
    languages: ["English"],
    availability: evenings("Europe/London", "mon", "17:00", "19:30"),
  },
  {
    id: "chi",
    name: "Chiara",
    careerStage: "senior",
    goals: ["career change"],
    strengths: ["strategy"],
    growthAreas: ["data analysis"],
    languages: ["English", "Italian"],
    availability: evenings("Europe/Rome", "tue", "12:00", "14:00"),
  },
  {
    id: "dee",
    name: "Deepa",
    careerStage: "senior",
    goals: ["career change", "networking"],
    strengths: ["data analysis"],
    growthAreas: ["strategy"],
    languages: ["English"],
    availability: evenings("Asia/Kolkata", "tue", "15:30", "18:00"),
  },
];

try {
  const result = matchPeers(participants, { availability: { referenceDate: "2026-03-02" } });
  for (const pair of result.pairs) {
    console.log(`${pair.members.join(" & ")} (score ${pair.score.toFixed(2)})`);
    for (const reason of pair.reasons) console.log(`  - ${reason}`);
  }
  for (const person of result.unmatched) console.log(`${person.id} is not matched: ${person.detail}`);
} catch (error) {
  if (!(error instanceof MatchInputError)) throw error;
  for (const issue of error.issues) console.error(`${issue.participantId ?? "input"}: ${issue.message}`);
  process.exitCode = 1;
}
