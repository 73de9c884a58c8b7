/**
 * Seeded synthetic cohorts that look like a real peer-mentoring programme's
 * questionnaire export: most participants from the programme's home region and some
 * from anywhere, clustered around a few hubs in their time zones, popular and rare
 * goals (Zipf-skewed), evening and lunchtime availability,
 * some sparse profiles, a few conflicts of interest. Same size and seed → the same
 * cohort, on every JS runtime.
 */
import { seededStream } from "../internal/seeded-stream.js";
import { describeValue } from "../errors/describe-value.js";
import { IssueList, inputError } from "../errors/issues.js";
import type { Channel, Frequency, MeetingMode, Participant, Slot, Weekday } from "../model/types.js";
import {
  CAREER_STAGES,
  COMMUNICATION_STYLES,
  FIRST_NAMES,
  GOALS,
  HUBS,
  INDUSTRIES,
  SKILLS,
  SURNAME_INITIALS,
} from "./vocabulary.js";
import type { Hub } from "./vocabulary.js";

/** Options of {@link generateCohort}. */
export interface GenerateCohortOptions {
  /**
   * Seed of every random choice.
   * @defaultValue `"peermatch"`
   */
  readonly seed?: string;
  /**
   * Share of participants who answered only a few questions (id, name, goals).
   * @defaultValue `0.1`
   */
  readonly sparseShare?: number;
  /**
   * Share of participants who exclude one other participant (conflict of interest).
   * @defaultValue `0.05`
   */
  readonly excludeShare?: number;
}

type Random = () => number;

const WEEKDAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const CHANNELS: readonly Channel[] = ["video", "phone", "chat", "email", "in-person"];
const FREQUENCIES: readonly Frequency[] = ["weekly", "biweekly", "monthly"];
/** Share of a cohort from the programme's home region (the rest come from anywhere). */
const HOME_SHARE = 0.75;
/** Largest cohort generated: far above any programme, and a clear error instead of running out of memory. */
const MAX_COHORT_SIZE = 1_000_000;

/**
 * Generates a realistic, seeded synthetic cohort for demos, tests, benchmarks and research.
 *
 * @param size - number of participants (a non-negative integer)
 * @param options - seed and profile mix, see {@link GenerateCohortOptions}
 * @returns participants in the input format of `matchPeers` (plain JSON), ids `p001`, `p002`, …
 * @example
 * ```ts
 * const cohort = generateCohort(30, { seed: "spring-2026" });
 * const result = matchPeers(cohort, { availability: { referenceDate: "2026-03-02" } });
 * ```
 */
export function generateCohort(size: number, options: GenerateCohortOptions = {}): Participant[] {
  if (!Number.isInteger(size) || size < 0) {
    throw inputError(
      "generateCohort",
      "invalid_value",
      ["size"],
      `size must be a non-negative integer, got ${describeValue(size)}`,
    );
  }
  if (size > MAX_COHORT_SIZE) {
    throw inputError(
      "generateCohort",
      "out_of_range",
      ["size"],
      `size must be at most ${MAX_COHORT_SIZE}, got ${describeValue(size)}`,
    );
  }
  checkOptions(options);
  const random: Random = seededStream(options.seed ?? "peermatch");
  const sparseShare = options.sparseShare ?? 0.1;
  const excludeShare = options.excludeShare ?? 0.05;
  const width = Math.max(3, String(size).length);
  const ids = Array.from({ length: size }, (_, k) => `p${String(k + 1).padStart(width, "0")}`);
  const organizationCount = Math.max(2, Math.round(size / 8));
  const home = weightedPick(random, HUBS, (h) => h.weight).region;
  const homeHubs = HUBS.filter((h) => h.region === home);

  return ids
    .map((id) => {
      const name = `${pick(random, FIRST_NAMES)} ${pick(random, SURNAME_INITIALS)}.`;
      const goals = zipfSample(random, GOALS, 1 + Math.floor(random() * 3));
      if (random() < sparseShare) return { id, name, goals };

      const hub = weightedPick(random, random() < HOME_SHARE ? homeHubs : HUBS, (h) => h.weight);
      const stageIndex = Math.floor(random() * CAREER_STAGES.length);
      const stage = CAREER_STAGES[stageIndex]!;
      const strengths = zipfSample(random, SKILLS, 2 + Math.floor(random() * 3));
      const growthAreas = zipfSample(random, SKILLS, 1 + Math.floor(random() * 3)).filter(
        (s) => !strengths.includes(s),
      );
      const meetingMode: MeetingMode = random() < 0.08 ? "in-person" : random() < 0.5 ? "either" : "virtual";
      const participant: Participant = {
        id,
        name,
        careerStage: stage,
        ...(random() < 0.8 ? { experienceYears: experienceFor(random, stageIndex) } : {}),
        industry: zipfSample(random, INDUSTRIES, 1)[0]!,
        organization: `Organisation ${1 + Math.floor(random() ** 1.5 * organizationCount)}`,
        goals,
        strengths,
        growthAreas,
        communication: {
          styles: zipfSample(random, COMMUNICATION_STYLES, 1 + Math.floor(random() * 2)),
          channels: channelsFor(random, meetingMode),
          frequency: pick(random, FREQUENCIES),
        },
        availability: { timezone: hub.timezone, slots: weeklySlots(random) },
        location: {
          lat: round(clamp(hub.lat + gaussian(random) * 1.2, -89, 89), 4),
          lon: round(wrapLongitude(hub.lon + gaussian(random) * 1.5), 4),
          label: hub.city,
        },
        meetingMode,
        ...(meetingMode !== "virtual" ? { maxDistanceKm: pick(random, [50, 100, 250, 500]) } : {}),
        languages: random() < 0.9 ? ["English", ...hub.languages] : [...hub.languages],
        hoursPerMonth: pick(random, [1, 1.5, 2, 2, 3, 4]),
      };
      return participant;
    })
    .map((participant, _k, all) => withExclusion(random, participant, all, excludeShare));
}

/** Rejects a seed that is not a string and shares outside [0, 1]. */
function checkOptions(options: GenerateCohortOptions): void {
  if (typeof options !== "object" || options === null) {
    throw inputError("generateCohort", "invalid_type", ["options"], "options must be an object");
  }
  const issues = new IssueList("generateCohort");
  if (options.seed !== undefined && typeof options.seed !== "string") {
    issues.add("invalid_type", ["options", "seed"], `seed must be a string, got ${describeValue(options.seed)}`);
  }
  for (const key of ["sparseShare", "excludeShare"] as const) {
    const share = options[key];
    if (share !== undefined && !(typeof share === "number" && share >= 0 && share <= 1)) {
      issues.add("out_of_range", ["options", key], `${key} must be a number from 0 to 1, got ${describeValue(share)}`);
    }
  }
  issues.throwIfAny();
}

function withExclusion(
  random: Random,
  participant: Participant,
  all: readonly Participant[],
  share: number,
): Participant {
  if (all.length < 2 || random() >= share) return participant;
  let other = all[Math.floor(random() * all.length)];
  if (other === undefined || other.id === participant.id) other = all.find((p) => p.id !== participant.id);
  return other === undefined ? participant : { ...participant, exclude: [other.id] };
}

function experienceFor(random: Random, stageIndex: number): number {
  const base = [1, 6, 13, 21][stageIndex]!;
  return Math.max(0, Math.round(base + random() * 6 - 2));
}

function channelsFor(random: Random, mode: MeetingMode): Channel[] {
  const channels = CHANNELS.filter((c) => c !== "in-person" && random() < (c === "video" ? 0.85 : 0.35));
  if (mode !== "virtual") channels.push("in-person");
  return channels.length > 0 ? channels : ["video"];
}

/** Two to five local slots: weekday evenings, lunchtimes, or weekend mornings. */
function weeklySlots(random: Random): Slot[] {
  const count = 2 + Math.floor(random() * 4);
  const slots: Slot[] = [];
  const used = new Set<string>();
  for (let k = 0; k < count; k++) {
    const kind = random();
    const weekend = kind > 0.85;
    const day = weekend ? pick(random, WEEKDAYS.slice(5)) : pick(random, WEEKDAYS.slice(0, 5));
    const startMinutes = weekend
      ? 9 * 60 + 30 * Math.floor(random() * 6)
      : kind < 0.3
        ? 12 * 60 + 30 * Math.floor(random() * 2)
        : 17 * 60 + 30 * Math.floor(random() * 7);
    const length = 60 + 30 * Math.floor(random() * 4);
    const key = `${day}@${startMinutes}`;
    if (used.has(key)) continue;
    used.add(key);
    slots.push({ day, start: clock(startMinutes), end: clock(Math.min(startMinutes + length, 24 * 60)) });
  }
  return slots;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("generateCohort: empty vocabulary");
  return item;
}

function weightedPick(random: Random, items: readonly Hub[], weight: (item: Hub) => number): Hub {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let target = random() * total;
  for (const item of items) {
    target -= weight(item);
    if (target < 0) return item;
  }
  return pick(random, items);
}

/** `count` distinct items, the k-th item drawn with probability ∝ 1/(k+1) (Zipf, s = 1). */
function zipfSample(random: Random, items: readonly string[], count: number): string[] {
  const chosen: string[] = [];
  const harmonic = items.reduce((sum, _item, k) => sum + 1 / (k + 1), 0);
  for (let attempt = 0; chosen.length < Math.min(count, items.length) && attempt < 50; attempt++) {
    let target = random() * harmonic;
    let k = 0;
    // Walk the harmonic weights 1, 1/2, 1/3, … until the target falls inside one.
    target -= 1;
    while (k < items.length - 1 && target >= 0) {
      k++;
      target -= 1 / (k + 1);
    }
    const item = items[k];
    if (item !== undefined && !chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

/** Standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}

function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function round(x: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(x * factor) / factor;
}
