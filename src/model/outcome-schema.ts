/**
 * `OutcomeSchema`: what happened to one past pair, the data `fitWeights` learns from.
 * Strict like the participant schema: an unknown key (a typo such as `ratting`) is an
 * issue with a did-you-mean, never silently dropped. Whether the member ids belong to
 * the cohort is checked by the function that reads the outcomes, not here.
 */
import { z } from "zod";
import { idSchema } from "./schema-parts.js";

/** Lowest and highest rating an outcome may carry. */
export const RATING_MIN = 1;
/** Highest rating an outcome may carry. */
export const RATING_MAX = 5;

/**
 * One past pair and how it went. Only `members` is required; an outcome without the
 * value a fit needs (`rating` or `continued`) is counted as skipped by that fit.
 *
 * - `members`: the two participant ids (different ids);
 * - `rating`: how the pair rated the match, 1 (worst) to 5 (best); whole numbers for a
 *   questionnaire scale, any number in between for an average over meetings;
 * - `continued`: whether the pair kept meeting (or asked to stay together);
 * - `meetings`: how many times they met (a whole number ≥ 0), for the record.
 *
 * @example
 * ```ts
 * OutcomeSchema.parse({ members: ["ana", "bea"], rating: 4, continued: true, meetings: 6 });
 * ```
 */
export const OutcomeSchema = z.strictObject({
  members: z.tuple([idSchema(), idSchema()]).superRefine((members, ctx) => {
    if (members[0] === members[1]) {
      ctx.addIssue({
        code: "custom",
        path: [1],
        message: "is the same id as the first member: a pair needs two people",
        params: { code: "invalid_value" },
        input: members[1],
      });
    }
  }),
  rating: z.number().min(RATING_MIN).max(RATING_MAX).exactOptional(),
  continued: z.boolean().exactOptional(),
  meetings: z.number().int().min(0).exactOptional(),
});

/**
 * A list of outcomes (the content of an outcomes file).
 *
 * @example
 * ```ts
 * const outcomes = OutcomesSchema.parse(JSON.parse(readFileSync("outcomes.json", "utf8")));
 * ```
 */
export const OutcomesSchema = z.array(OutcomeSchema);

/**
 * One past pair and how it went (see {@link OutcomeSchema}).
 *
 * @example
 * ```ts
 * const outcome: Outcome = { members: ["ana", "bea"], rating: 4 };
 * ```
 */
export type Outcome = z.output<typeof OutcomeSchema>;
