import fc from "fast-check";
import type { ParticipantInput } from "../../../src/model/participant-schema.js";
import type { Slot, Weekday } from "../../../src/model/types.js";

export const ZONES = [
  "UTC",
  "Europe/Amsterdam",
  "Europe/London",
  "America/New_York",
  "America/St_Johns",
  "America/Sao_Paulo",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tokyo",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
] as const;

const DAYS: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** A valid slot: start 00:00–23:59, end 00:01–24:00, never equal. */
export const slotArb: fc.Arbitrary<Slot> = fc
  .record({
    day: fc.constantFrom(...DAYS),
    start: fc.integer({ min: 0, max: 1439 }),
    end: fc.integer({ min: 1, max: 1440 }),
  })
  .filter(({ start, end }) => start !== end)
  .map(({ day, start, end }) => ({ day, start: clock(start), end: clock(end) }));

export const availabilityArb = fc.record({
  timezone: fc.constantFrom(...ZONES),
  slots: fc.array(slotArb, { maxLength: 6 }),
});

/** A real calendar date between 2000 and 2040 as YYYY-MM-DD. */
export const referenceDateArb = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const TAGS = ["Leadership", "leadership ", " SQL", "design", "Negotiation", "public speaking", "Design"];
const tagsArb = fc.array(fc.constantFrom(...TAGS), { maxLength: 4 });
const idArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 5 }),
  fc.constantFrom("__proto__", "constructor", "toString", "a", "B"),
);

/** A valid participant with a random subset of fields; `exclude`/`pastPartners` name ids from `ids`. */
function participantArb(id: string, ids: readonly string[]): fc.Arbitrary<ParticipantInput> {
  const others = ids.length > 0 ? fc.array(fc.constantFrom(...ids), { maxLength: 3 }) : fc.constant([]);
  return fc
    .record(
      {
        careerStage: fc.constantFrom("early", "mid", "senior", "executive"),
        experienceYears: fc.integer({ min: 0, max: 70 }),
        industry: fc.constantFrom("Finance", "finance ", "Health", "Tech"),
        organization: fc.constantFrom("Acme", "acme", "Globex"),
        goals: tagsArb,
        strengths: tagsArb,
        growthAreas: tagsArb,
        communication: fc.record(
          {
            styles: tagsArb,
            channels: fc.array(fc.constantFrom("video", "phone", "chat", "email", "in-person"), { maxLength: 3 }),
            frequency: fc.constantFrom("weekly", "biweekly", "monthly"),
          },
          { requiredKeys: [] },
        ),
        availability: availabilityArb,
        location: fc.record({
          lat: fc.double({ min: -90, max: 90, noNaN: true }),
          lon: fc.double({ min: -180, max: 180, noNaN: true }),
        }),
        meetingMode: fc.constantFrom("in-person", "virtual", "either"),
        maxDistanceKm: fc.integer({ min: 1, max: 500 }),
        languages: fc.array(fc.constantFrom("en", "EN", "nl", "fr"), { maxLength: 3 }),
        hoursPerMonth: fc.integer({ min: 1, max: 20 }),
        capacity: fc.integer({ min: 0, max: 3 }),
        importance: fc.dictionary(fc.constantFrom("goals", "availability", "language"), fc.integer({ min: 0, max: 3 })),
        exclude: others,
        pastPartners: others,
      },
      { requiredKeys: [] },
    )
    .map((fields) => ({ id, ...fields }) as ParticipantInput);
}

/** A valid cohort of 0–12 participants with distinct ids. */
export const cohortArb: fc.Arbitrary<ParticipantInput[]> = fc
  .uniqueArray(idArb, { maxLength: 12 })
  .chain((ids) => (ids.length === 0 ? fc.constant([]) : fc.tuple(...ids.map((id) => participantArb(id, ids)))));

const FIELDS = [
  "id",
  "name",
  "careerStage",
  "experienceYears",
  "industry",
  "goals",
  "communication",
  "availability",
  "location",
  "maxDistanceKm",
  "languages",
  "capacity",
  "importance",
  "exclude",
  "attributes",
  "languges",
  "__proto__",
];

const garbageValue = fc.anything({
  withBoxedValues: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBigInt: true,
  withDate: true,
  maxDepth: 3,
});

/** Near-valid garbage: real field names (and typos) with random values, or nested half-valid structures. */
const garbageParticipantArb = fc.oneof(
  garbageValue,
  fc.dictionary(fc.constantFrom(...FIELDS), garbageValue, { maxKeys: 5 }),
  fc.record({
    id: fc.oneof(idArb, garbageValue),
    availability: fc.oneof(
      availabilityArb,
      fc.record({
        timezone: fc.oneof(fc.constantFrom(...ZONES, "Mars/Base", ""), garbageValue),
        slots: fc.array(fc.oneof(slotArb, garbageValue)),
      }),
    ),
  }),
);

export const garbageParticipantsArb = fc.oneof(
  garbageValue,
  fc.array(garbageParticipantArb, { maxLength: 6 }),
  fc.sparseArray(garbageParticipantArb, { maxLength: 6 }),
  cohortArb,
);

export const garbageOptionsArb = fc.oneof(
  fc.constant(undefined),
  garbageValue,
  fc.record(
    {
      solver: fc.oneof(fc.constantFrom("optimal", "fair", "fastest"), garbageValue),
      weights: fc.dictionary(fc.constantFrom("goals", "language", "goal"), fc.oneof(fc.double(), garbageValue)),
      availability: fc.record(
        { referenceDate: fc.oneof(referenceDateArb, fc.string(), garbageValue) },
        { requiredKeys: [] },
      ),
      custom: fc.array(
        fc.record({
          name: fc.oneof(fc.string(), garbageValue),
          weight: fc.double(),
          score: fc.oneof(
            fc.constant(() => 1),
            garbageValue,
          ),
        }),
      ),
      minScore: fc.double(),
    },
    { requiredKeys: [] },
  ),
);
