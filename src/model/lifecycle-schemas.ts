/**
 * Schemas of the programme lifecycle's input: the change a re-match applies (strict: an
 * unknown key is an issue, with the closest field suggested), the structure of a stored
 * result read back as `previous` (loose: results carry `diff`, `churn`, `blockingPairs`
 * and the caller's own fields), the rotation calendar, and meeting feedback.
 */
import { z } from "zod";
import { idSchema, isoDateSchema } from "./schema-parts.js";

/**
 * What happened since the previous match (`rematch`'s `change`). Strict.
 *
 * @example
 * ```ts
 * RematchChangeSchema.parse({ dissolve: [["ana", "bea"]], leave: ["cleo"], join: ["dev"] });
 * ```
 */
export const RematchChangeSchema = z.strictObject({
  dissolve: z.array(z.tuple([idSchema(), idSchema()])).exactOptional(),
  leave: z.array(idSchema()).exactOptional(),
  join: z.array(idSchema()).exactOptional(),
});

/**
 * `rematch`'s change as a caller writes it.
 *
 * @example
 * ```ts
 * const change: RematchChangeInput = { dissolve: [["ana", "bea"]] };
 * ```
 */
export type RematchChangeInput = z.input<typeof RematchChangeSchema>;

const idPairSchema = () => z.tuple([idSchema(), idSchema()]);

/**
 * The history a result carries (`result.history`).
 *
 * @example
 * ```ts
 * HistorySchema.parse({ dissolved: [["ana", "bea"]], formed: [["ana", "bea"], ["cleo", "dev"]] });
 * ```
 */
export const HistorySchema = z.looseObject({
  dissolved: z.array(idPairSchema()),
  formed: z.array(idPairSchema()),
});

/**
 * The structure a stored result must have to be read back as `previous`: groups of two
 * or three ids with a numeric score, unmatched entries with an id, and, from format 1
 * on, `history` and `meta.options`. Other keys are allowed. Cross-entry rules (an id in
 * one place only) are checked by the reader; a kept group's stored `scores`, `breakdown`
 * and `reasons` are reused only when they are well formed and still true, else the
 * group is described afresh.
 *
 * @example
 * ```ts
 * PreviousResultSchema.parse({ pairs: [{ members: ["a", "b"], score: 0.5 }], unmatched: [] });
 * ```
 */
export const PreviousResultSchema = z.looseObject({
  pairs: z.array(
    z.looseObject({
      members: z.array(idSchema()).min(2).max(3),
      score: z.number().min(0).max(1),
    }),
  ),
  unmatched: z.array(z.looseObject({ id: idSchema() })),
  history: HistorySchema.exactOptional(),
  meta: z
    .looseObject({
      format: z.literal(1).exactOptional(),
      referenceDate: isoDateSchema().exactOptional(),
      options: z.unknown().exactOptional(),
    })
    .exactOptional(),
});

/**
 * A stored result after `PreviousResultSchema`.
 *
 * @example
 * ```ts
 * const data: PreviousResultData = PreviousResultSchema.parse(JSON.parse(stored));
 * ```
 */
export type PreviousResultData = z.output<typeof PreviousResultSchema>;

/**
 * The calendar fields of `rotate`'s options. `cadence`: how far apart rounds are
 * (`monthly` keeps the start date's day of the month, clamped to the month's end).
 *
 * @example
 * ```ts
 * RotationCalendarSchema.parse({ rounds: 6, startDate: "2026-01-31", cadence: "monthly" });
 * ```
 */
export const RotationCalendarSchema = z.object({
  rounds: z.number().int().min(1),
  startDate: isoDateSchema().exactOptional(),
  cadence: z.enum(["weekly", "biweekly", "monthly"]).exactOptional(),
});

/**
 * How often rotation rounds (or check-ins) happen.
 *
 * @example
 * ```ts
 * const cadence: Cadence = "biweekly";
 * ```
 */
export type Cadence = "weekly" | "biweekly" | "monthly";

/**
 * One meeting's feedback: who met, when, and each member's rating from 1 (bad) to 5.
 *
 * @example
 * ```ts
 * MeetingFeedbackSchema.parse({ members: ["ana", "bea"], date: "2026-04-02", ratings: { ana: 2, bea: 4 } });
 * ```
 */
export const MeetingFeedbackSchema = z.strictObject({
  members: z.array(idSchema()).min(2).max(3),
  date: isoDateSchema(),
  ratings: z.record(z.string(), z.number().int().min(1).max(5)),
});

/**
 * Meeting feedback as a caller writes it.
 *
 * @example
 * ```ts
 * const meeting: MeetingFeedback = { members: ["ana", "bea"], date: "2026-04-02", ratings: { ana: 1 } };
 * ```
 */
export type MeetingFeedback = z.input<typeof MeetingFeedbackSchema>;

/**
 * The rule that turns meeting feedback into proposed dissolutions.
 *
 * @example
 * ```ts
 * FeedbackRuleSchema.parse({ lowRating: 2, lowMeetings: 2 });
 * ```
 */
export const FeedbackRuleSchema = z.strictObject({
  lowRating: z.number().int().min(1).max(5).exactOptional(),
  lowMeetings: z.number().int().min(1).exactOptional(),
  since: isoDateSchema().exactOptional(),
});

/**
 * Options of the feedback rule: a meeting is low when a member rated it at most
 * `lowRating` (default 2); a group with at least `lowMeetings` low meetings (default 2)
 * on or after `since` (default: all) is proposed for dissolving.
 *
 * @example
 * ```ts
 * const rule: FeedbackRule = { lowRating: 1, lowMeetings: 3 };
 * ```
 */
export type FeedbackRule = z.input<typeof FeedbackRuleSchema>;
