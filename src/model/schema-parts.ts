/**
 * Small zod building blocks shared by the participant and options schemas. Issues that
 * zod has no code for carry `params.code`, one of `MatchInputIssueCode`, which the
 * issue mapper (`issues.ts`) passes through.
 */
import * as z from "zod/mini";
import { $constructor, $ZodObjectJIT, type $loose, type $strict, type $ZodLooseShape } from "zod/v4/core";
import { ISO_DATE_PATTERN, isCalendarDate } from "./clock.js";

/**
 * zod/mini's object checks its fields in a loop that hands a field's issues up with one
 * `push(...issues)`, which overflows the stack past about 100,000 issues (a list of
 * 200,000 bad ids). The object of full zod compiles its check into a loop that does not;
 * this is that object with zod/mini's API, so every issue is still reported. Where code
 * generation is not allowed (a strict Content-Security-Policy), zod falls back to the loop.
 */
const ObjectSchema = /*@__PURE__*/ $constructor<z.ZodMiniObject>("ZodMiniObject", (inst, def) => {
  $ZodObjectJIT.init(inst, def);
  const initMini: (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => void = z.ZodMiniType.init;
  initMini(inst, def);
  Object.defineProperty(inst, "shape", { get: () => def.shape });
});

/**
 * `z.strictObject` of zod/mini (an unknown key is an issue), safe with huge inputs: write
 * object schemas with this, not `z.strictObject`.
 */
export function strictObject<T extends $ZodLooseShape>(shape: T): z.ZodMiniObject<T, $strict> {
  return new ObjectSchema({ type: "object", shape, catchall: z.never() }) as unknown as z.ZodMiniObject<T, $strict>;
}

/** `z.looseObject` of zod/mini (unknown keys kept), safe with huge inputs like {@link strictObject}. */
export function looseObject<T extends $ZodLooseShape>(shape: T): z.ZodMiniObject<T, $loose> {
  return new ObjectSchema({ type: "object", shape, catchall: z.unknown() }) as unknown as z.ZodMiniObject<T, $loose>;
}

/** Most entries a tag list may hold (a questionnaire never asks for more). */
export const MAX_TAGS = 1000;

/** A tag: trimmed, 1–200 characters after trimming. */
export function tagSchema() {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
}

/** A list of tags (goals, strengths, growth areas, styles, languages). */
export function tagListSchema() {
  return z.array(tagSchema()).check(z.maxLength(MAX_TAGS));
}

/** A participant id: any string of 1–200 characters, `__proto__` included. */
export function idSchema() {
  return z.string().check(z.minLength(1), z.maxLength(200));
}

/**
 * A string-keyed record that reports a `__proto__` key instead of dropping it (zod's
 * record skips that key, which would silently lose data).
 */
export function ownRecordSchema<T extends z.ZodMiniType>(value: T) {
  const record = z.record(z.string(), value);
  type RecordInput = z.input<typeof record>;
  // A transform in front of the record sees the raw input, `__proto__` key included.
  const guard = z.transform((raw: unknown, payload) => {
    if (raw !== null && typeof raw === "object" && Object.hasOwn(raw, "__proto__")) {
      payload.issues.push({
        code: "custom",
        path: ["__proto__"],
        message: "is a reserved key and cannot be used",
        params: { code: "unrecognized_key" },
        input: undefined,
      });
    }
    return raw;
  });
  // Typed as what callers may pass in: the record's own input type.
  return z.pipe(guard, record) as unknown as z.ZodMiniPipe<z.ZodMiniTransform<RecordInput, RecordInput>, typeof record>;
}

/**
 * An ISO `YYYY-MM-DD` date that exists on the calendar, from the year 1000 on (time
 * zone offsets are read through `Intl`, whose year formatting changes before that).
 */
export function isoDateSchema() {
  return z.string().check(
    z.regex(ISO_DATE_PATTERN, { message: "is not an ISO date YYYY-MM-DD", abort: true }),
    z.refine(isCalendarDate, { message: "is not a real calendar date", params: { code: "invalid_date" }, abort: true }),
    z.refine((date: string) => !date.startsWith("0"), {
      message: "is before the year 1000",
      params: { code: "invalid_date" },
    }),
  );
}
