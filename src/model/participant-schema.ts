/**
 * `ParticipantSchema`: one participant's questionnaire answers, exactly the fields of
 * the design contract. Strict: an unknown key (a typo such as `languges`) is an issue,
 * never silently dropped. Tags are trimmed; they are compared case-insensitively later.
 */
import { z } from "zod";
import { SLOT_END_PATTERN, SLOT_START_PATTERN } from "./clock.js";
import { isRegionalZoneName, isTimeZone } from "./availability/time-zone.js";
import { idSchema, ownRecordSchema, tagListSchema } from "./schema-parts.js";

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
    start: z.string().regex(SLOT_START_PATTERN, { message: 'is not a time "HH:MM" between 00:00 and 23:59' }),
    end: z.string().regex(SLOT_END_PATTERN, { message: 'is not a time "HH:MM" between 00:00 and 24:00' }),
  })
  .superRefine((slot, ctx) => {
    if (slot.start === slot.end) {
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: "equals start: a slot needs a length",
        params: { code: "invalid_slot" },
        input: slot.end,
      });
    }
  });

/**
 * An IANA time zone name known to `Intl`, in its `Area/Location` form, or UTC / GMT.
 * `Intl` also accepts ICU's legacy abbreviations and aliases without a slash, and reads
 * them in surprising ways ("BST" as Asia/Dhaka, "EST" as a fixed UTC−5 with no daylight
 * saving, "IST" as India), so those are refused with the reason.
 */
const TimeZoneSchema = z.string().superRefine((timeZone, ctx) => {
  const problem = !isTimeZone(timeZone)
    ? "is not an IANA time zone"
    : isRegionalZoneName(timeZone)
      ? undefined
      : 'is an abbreviation or legacy alias, not an IANA time zone: write the region\'s zone, such as "Europe/London" or "America/New_York" (or "UTC")';
  if (problem !== undefined) {
    ctx.addIssue({ code: "custom", message: problem, params: { code: "unknown_timezone" }, input: timeZone });
  }
});

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
export const ParticipantSchema = z.strictObject({
  id: idSchema(),
  name: z.string().exactOptional(),
  careerStage: z.enum(["early", "mid", "senior", "executive"]).exactOptional(),
  experienceYears: z.number().min(0).max(70).exactOptional(),
  industry: z.string().trim().min(1).max(200).exactOptional(),
  organization: z.string().trim().min(1).max(200).exactOptional(),
  goals: tagListSchema().exactOptional(),
  strengths: tagListSchema().exactOptional(),
  growthAreas: tagListSchema().exactOptional(),
  communication: z
    .strictObject({
      styles: tagListSchema().exactOptional(),
      channels: z.array(z.enum(["video", "phone", "chat", "email", "in-person"])).exactOptional(),
      frequency: z.enum(["weekly", "biweekly", "monthly"]).exactOptional(),
    })
    .exactOptional(),
  availability: z
    .strictObject({
      timezone: TimeZoneSchema,
      slots: z.array(SlotSchema),
    })
    .exactOptional(),
  location: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      label: z.string().exactOptional(),
    })
    .exactOptional(),
  meetingMode: z.enum(["in-person", "virtual", "either"]).exactOptional(),
  maxDistanceKm: z.number().positive().exactOptional(),
  languages: tagListSchema().exactOptional(),
  hoursPerMonth: z.number().positive().exactOptional(),
  capacity: z.number().int().min(0).exactOptional(),
  importance: ownRecordSchema(z.number().min(0)).exactOptional(),
  exclude: z.array(idSchema()).exactOptional(),
  pastPartners: z.array(idSchema()).exactOptional(),
  attributes: ownRecordSchema(z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).exactOptional(),
});

/**
 * What a caller may pass as a participant (before trimming).
 *
 * @example
 * ```ts
 * const bob: ParticipantInput = { id: "bob", languages: ["en", "nl"] };
 * ```
 */
export type ParticipantInput = z.input<typeof ParticipantSchema>;

/**
 * A participant after `ParticipantSchema` (assignable to `Participant`).
 *
 * @example
 * ```ts
 * const parsed: ParsedParticipant = ParticipantSchema.parse({ id: "bob" });
 * ```
 */
export type ParsedParticipant = z.output<typeof ParticipantSchema>;
