/**
 * `ParticipantSchema`: one participant's questionnaire answers, exactly the fields of
 * the design contract. Strict: an unknown key (a typo such as `languges`) is an issue,
 * never silently dropped. Tags are trimmed; they are compared case-insensitively later.
 */
import * as z from "zod/mini";
import { SLOT_END_PATTERN, SLOT_START_PATTERN } from "./clock.js";
import { isRegionalZoneName, isTimeZone } from "./availability/time-zone.js";
import type { Participant } from "./types.js";
import { idSchema, MAX_TAGS, ownRecordSchema, strictObject, tagListSchema } from "./schema-parts.js";

/**
 * One local weekly slot. `end` earlier than `start` crosses midnight; `"24:00"` ends at
 * midnight; `start` equal to `end` is an issue (a slot needs a length).
 *
 * @example
 * ```ts
 * SlotSchema.parse({ day: "mon", start: "18:00", end: "20:00" });
 * ```
 */
export const SlotSchema = z
  .strictObject({
    day: z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]),
    start: z.string().check(z.regex(SLOT_START_PATTERN, { message: 'is not a time "HH:MM" between 00:00 and 23:59' })),
    end: z.string().check(z.regex(SLOT_END_PATTERN, { message: 'is not a time "HH:MM" between 00:00 and 24:00' })),
  })
  .check(
    z.superRefine((slot, ctx) => {
      if (slot.start === slot.end) {
        ctx.addIssue({
          code: "custom",
          path: ["end"],
          message: "equals start: a slot needs a length",
          params: { code: "invalid_slot" },
          input: slot.end,
        });
      }
    }),
  );

/**
 * An IANA time zone name known to `Intl`, in its `Area/Location` form, or UTC / GMT.
 * `Intl` also accepts ICU's legacy abbreviations and aliases without a slash, and reads
 * them in surprising ways ("BST" as Asia/Dhaka, "EST" as a fixed UTC−5 with no daylight
 * saving, "IST" as India), so those are refused with the reason.
 */
const TimeZoneSchema = z.string().check(
  z.superRefine((timeZone, ctx) => {
    const problem = !isTimeZone(timeZone)
      ? "is not an IANA time zone"
      : isRegionalZoneName(timeZone)
        ? undefined
        : 'is an abbreviation or legacy alias, not an IANA time zone: write the region\'s zone, such as "Europe/London" or "America/New_York" (or "UTC")';
    if (problem !== undefined) {
      ctx.addIssue({ code: "custom", message: problem, params: { code: "unknown_timezone" }, input: timeZone });
    }
  }),
);

/**
 * A participant as given by the caller. Only `id` is required.
 *
 * @example
 * ```ts
 * const alice = ParticipantSchema.parse({
 *   id: "alice",
 *   goals: ["leadership", " Public speaking "], // trimmed to "Public speaking"
 *   availability: { timezone: "Europe/Amsterdam", slots: [{ day: "mon", start: "18:00", end: "20:00" }] },
 * });
 * ```
 */
export const ParticipantSchema = strictObject({
  id: idSchema(),
  name: z.exactOptional(z.string()),
  careerStage: z.exactOptional(z.enum(["early", "mid", "senior", "executive"])),
  experienceYears: z.exactOptional(z.number().check(z.gte(0), z.lte(70))),
  industry: z.exactOptional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  organization: z.exactOptional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  goals: z.exactOptional(tagListSchema()),
  strengths: z.exactOptional(tagListSchema()),
  growthAreas: z.exactOptional(tagListSchema()),
  communication: z.exactOptional(
    strictObject({
      styles: z.exactOptional(tagListSchema()),
      channels: z.exactOptional(z.array(z.enum(["video", "phone", "chat", "email", "in-person"]))),
      frequency: z.exactOptional(z.enum(["weekly", "biweekly", "monthly"])),
    }),
  ),
  availability: z.exactOptional(
    strictObject({
      timezone: TimeZoneSchema,
      slots: z.array(SlotSchema),
    }),
  ),
  location: z.exactOptional(
    strictObject({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
      label: z.exactOptional(z.string()),
    }),
  ),
  meetingMode: z.exactOptional(z.enum(["in-person", "virtual", "either"])),
  maxDistanceKm: z.exactOptional(z.number().check(z.positive())),
  languages: z.exactOptional(tagListSchema()),
  hoursPerMonth: z.exactOptional(z.number().check(z.positive())),
  capacity: z.exactOptional(z.int().check(z.gte(0))),
  importance: z.exactOptional(ownRecordSchema(z.number().check(z.gte(0)))),
  exclude: z.exactOptional(z.array(idSchema())),
  pastPartners: z.exactOptional(z.array(idSchema())),
  wishes: z.exactOptional(z.array(idSchema()).check(z.maxLength(MAX_TAGS))),
  attributes: z.exactOptional(ownRecordSchema(z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))),
});

/**
 * What a caller may pass as a participant: the fields of {@link Participant}, each
 * documented there (strings may still carry spaces that validation trims). Only `id` is
 * required; an unknown field is a compile error here and a `MatchInputError` at run time.
 * For JSON of unknown shape, validate with `parseParticipants` first.
 *
 * @example
 * ```ts
 * const bob: ParticipantInput = { id: "bob", languages: ["en", "nl"] };
 * ```
 */
export interface ParticipantInput extends Participant {}

/**
 * A participant after `ParticipantSchema` (assignable to `Participant`).
 *
 * @example
 * ```ts
 * const parsed: ParsedParticipant = ParticipantSchema.parse({ id: "bob" });
 * ```
 */
export type ParsedParticipant = z.output<typeof ParticipantSchema>;
