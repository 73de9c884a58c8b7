/**
 * Small zod building blocks shared by the participant and options schemas. Issues that
 * zod has no code for carry `params.code`, one of `MatchInputIssueCode`, which the
 * issue mapper (`issues.ts`) passes through.
 */
import { z } from "zod";
import { ISO_DATE_PATTERN, isCalendarDate } from "./clock.js";

/** Most entries a tag list may hold (a questionnaire never asks for more). */
export const MAX_TAGS = 1000;

/** A tag: trimmed, 1–200 characters after trimming. */
export function tagSchema() {
  return z.string().trim().min(1).max(200);
}

/** A list of tags (goals, strengths, growth areas, styles, languages). */
export function tagListSchema() {
  return z.array(tagSchema()).max(MAX_TAGS);
}

/** A participant id: any string of 1–200 characters, `__proto__` included. */
export function idSchema() {
  return z.string().min(1).max(200);
}

/**
 * A string-keyed record that reports a `__proto__` key instead of dropping it (zod's
 * record skips that key, which would silently lose data).
 */
export function ownRecordSchema<T extends z.ZodType>(value: T) {
  // The parameter type is what callers may pass (the schema's input type); at run time
  // it is whatever arrived, hence the checks.
  return z.preprocess(
    (input: Record<string, z.input<T>>, ctx) => {
      const raw: unknown = input;
      if (raw !== null && typeof raw === "object" && Object.hasOwn(raw, "__proto__")) {
        ctx.addIssue({
          code: "custom",
          path: ["__proto__"],
          message: "is a reserved key and cannot be used",
          params: { code: "unrecognized_key" },
        });
      }
      return input;
    },
    z.record(z.string(), value),
  );
}

/**
 * An ISO `YYYY-MM-DD` date that exists on the calendar, from the year 1000 on (time
 * zone offsets are read through `Intl`, whose year formatting changes before that).
 */
export function isoDateSchema() {
  return z
    .string()
    .regex(ISO_DATE_PATTERN, { message: "is not an ISO date YYYY-MM-DD", abort: true })
    .refine(isCalendarDate, { message: "is not a real calendar date", params: { code: "invalid_date" }, abort: true })
    .refine((date) => !date.startsWith("0"), { message: "is before the year 1000", params: { code: "invalid_date" } });
}
