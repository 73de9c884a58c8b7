/**
 * Validation + normalisation cost of `normaliseCohort` on seeded cohorts of 2,000 and
 * 10,000 full profiles (eight time zones, four slots each). Timed: zod parsing, every
 * check, and building all typed arrays.
 */
import seedrandom from "seedrandom";
import { bench, describe } from "vitest";
import { normaliseCohort } from "../../src/model/normalise-cohort.js";

const ZONES = [
  "Europe/Amsterdam",
  "Europe/London",
  "America/New_York",
  "America/St_Johns",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Australia/Sydney",
];
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

function cohort(n: number): unknown[] {
  const random = seedrandom(`normalise-${n}`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const topics = Array.from({ length: 60 }, (_, k) => `topic ${k}`);
  const hour = (from: number, span: number) => `${String(from + Math.floor(random() * span)).padStart(2, "0")}:00`;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    goals: [pick(topics), pick(topics), pick(topics)],
    strengths: [pick(topics), pick(topics)],
    growthAreas: [pick(topics), pick(topics)],
    languages: ["en", pick(["nl", "fr", "de"])],
    communication: { styles: [pick(["direct", "reflective"])], channels: ["video"], frequency: "monthly" },
    availability: {
      timezone: pick(ZONES),
      slots: Array.from({ length: 4 }, () => ({ day: pick(DAYS), start: hour(7, 10), end: hour(18, 6) })),
    },
    location: { lat: random() * 120 - 60, lon: random() * 360 - 180 },
    experienceYears: Math.floor(random() * 30),
    industry: pick(["Finance", "Health", "Tech"]),
    exclude: [`p${Math.floor(random() * n)}`],
  }));
}

const options = { availability: { referenceDate: "2026-03-15" } };

describe("normaliseCohort", () => {
  const small = cohort(2000);
  const large = cohort(10_000);
  bench("2,000 participants", () => {
    normaliseCohort(small, options, "bench");
  });
  bench(
    "10,000 participants",
    () => {
      normaliseCohort(large, options, "bench");
    },
    { iterations: 5 },
  );
});
