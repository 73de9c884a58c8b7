/**
 * JSON Schema (draft 2020-12) of the input formats, generated from the zod schemas so
 * the two can never drift apart, with a description on every field (editor tooltips). For platforms that validate input in other languages.
 * Checks that need code (time zones known to `Intl`, slots with a length, unique ids,
 * importance keys) are not expressible there; the library still applies them.
 */
import * as z from "zod/mini";
import { HistorySchema, MatchOptionsSchema, ParticipantSchema, SlotSchema } from "../model/index.js";
import { looseObject } from "../model/schema-parts.js";
import { CircleOptionsSchema } from "../model/circle-options-schema.js";
import { MentorOptionsSchema } from "../model/mentor-options-schema.js";
import { OutcomesSchema } from "../model/outcome-schema.js";
import { RecommendOptionsSchema } from "../model/recommend-options-schema.js";
import {
  CIRCLE_OPTIONS_DESCRIPTIONS,
  describedRegistry,
  MENTOR_OPTIONS_DESCRIPTIONS,
  OPTIONS_DESCRIPTIONS,
  OUTCOME_DESCRIPTIONS,
  PARTICIPANT_DESCRIPTIONS,
  RECOMMEND_OPTIONS_DESCRIPTIONS,
  SCORE_INPUT_DESCRIPTIONS,
  SLOT_DESCRIPTIONS,
} from "./descriptions.js";

/**
 * The JSON Schema of one participant (input form).
 *
 * @example
 * ```ts
 * writeFileSync("participant.schema.json", JSON.stringify(participantJsonSchema(), null, 2));
 * ```
 */
export function participantJsonSchema(): Record<string, unknown> {
  return {
    title: "peermatch participant",
    ...z.toJSONSchema(ParticipantSchema, {
      io: "input",
      unrepresentable: "any",
      metadata: describedRegistry([ParticipantSchema, PARTICIPANT_DESCRIPTIONS], [SlotSchema, SLOT_DESCRIPTIONS]),
    }),
  };
}

/**
 * The JSON Schema of match options (input form). Custom features hold functions, so
 * they cannot come from JSON; their `score` is left unconstrained here.
 *
 * @example
 * ```ts
 * const schema = optionsJsonSchema();
 * console.log(Object.keys(schema.properties as object)); // solver, weights, availability, …
 * ```
 */
export function optionsJsonSchema(): Record<string, unknown> {
  return {
    title: "peermatch match options",
    ...z.toJSONSchema(MatchOptionsSchema, {
      io: "input",
      unrepresentable: "any",
      metadata: describedRegistry([MatchOptionsSchema, OPTIONS_DESCRIPTIONS]),
    }),
  };
}

/**
 * The JSON Schema of `matchMentors` options (input form): the scoring options of
 * `optionsJsonSchema` without `oddHandling`, plus `stableSide`, `pins` and `limits`.
 *
 * @example
 * ```ts
 * const schema = mentorOptionsJsonSchema();
 * console.log(Object.keys(schema.properties as object).includes("pins")); // true
 * ```
 */
export function mentorOptionsJsonSchema(): Record<string, unknown> {
  return {
    title: "peermatch mentor options",
    ...z.toJSONSchema(MentorOptionsSchema, {
      io: "input",
      unrepresentable: "any",
      metadata: describedRegistry([MentorOptionsSchema, MENTOR_OPTIONS_DESCRIPTIONS]),
    }),
  };
}

/**
 * The JSON Schema of an outcomes file (input form): an array of past pairs, each
 * `{ members: [id, id], rating?: 1–5, continued?: boolean, meetings?: integer ≥ 0 }`
 * with no other keys. That the two members differ and belong to the cohort is checked by
 * `fitWeights`, not expressible here.
 *
 * @example
 * ```ts
 * writeFileSync("outcomes.schema.json", JSON.stringify(outcomesJsonSchema(), null, 2));
 * ```
 */
export function outcomesJsonSchema(): Record<string, unknown> {
  return {
    title: "peermatch outcomes",
    ...z.toJSONSchema(OutcomesSchema, {
      io: "input",
      unrepresentable: "any",
      metadata: describedRegistry([OutcomesSchema, OUTCOME_DESCRIPTIONS]),
    }),
  };
}

/**
 * The JSON Schema of `formCircles` options (input form): the scoring options of
 * `optionsJsonSchema` without the pair `solver`, `oddHandling`, `pins` and `wishes`, plus
 * the circle keys (`size`, `solver`, `together`, `apart`, `noLoneMember`, `maxShared`,
 * `facilitators`, `effort`) and `previous` (an earlier result, whose `history.dissolved`
 * pairs never share a circle). `rotateCircles` takes `rounds` besides. That
 * `size.min ≤ size.max` and that ids name participants are checked by `formCircles`.
 *
 * @example
 * ```ts
 * const schema = circleOptionsJsonSchema();
 * console.log(Object.keys(schema.properties as object).includes("noLoneMember")); // true
 * ```
 */
export function circleOptionsJsonSchema(): Record<string, unknown> {
  const schema = z.extend(z.omit(MatchOptionsSchema, { solver: true, oddHandling: true, pins: true, wishes: true }), {
    ...CircleOptionsSchema.shape,
    previous: z.exactOptional(looseObject({ history: z.exactOptional(HistorySchema) })),
  });
  return {
    title: "peermatch circle options",
    ...z.toJSONSchema(schema, {
      io: "input",
      unrepresentable: "any",
      metadata: describedRegistry([schema, CIRCLE_OPTIONS_DESCRIPTIONS]),
    }),
  };
}

/**
 * The JSON Schema of `recommend` options (input form): the scoring options of
 * `optionsJsonSchema` without `solver`, `oddHandling` and `strictStable` (they choose a
 * matching), plus `k` and `maxExposure`. `recommendFor` takes the same without
 * `maxExposure`. That pins fit within min(k, maxExposure) is checked by `recommend`.
 *
 * @example
 * ```ts
 * const schema = recommendOptionsJsonSchema();
 * console.log(Object.keys(schema.properties as object).includes("maxExposure")); // true
 * ```
 */
export function recommendOptionsJsonSchema(): Record<string, unknown> {
  const schema = z.extend(
    z.omit(MatchOptionsSchema, { solver: true, oddHandling: true, strictStable: true }),
    RecommendOptionsSchema.shape,
  );
  return {
    title: "peermatch recommend options",
    ...z.toJSONSchema(schema, {
      io: "input",
      unrepresentable: "any",
      metadata: describedRegistry([schema, RECOMMEND_OPTIONS_DESCRIPTIONS]),
    }),
  };
}

/** The input of `peermatch score` (and the arguments of `scoreMatching`) as one document. */
function scoreInputSchema() {
  const id = z.string().check(z.minLength(1), z.maxLength(200));
  return z.strictObject({
    participants: z.array(ParticipantSchema),
    groups: z.array(z.union([z.tuple([id, id]), z.tuple([id, id, id])])),
    options: z.exactOptional(MatchOptionsSchema),
  });
}

/**
 * The JSON Schema of a what-if input (`peermatch score`): `{ participants, groups,
 * options? }`, the arguments of `scoreMatching` in one document. That the ids of the
 * groups name participants, each at most once, is checked by `scoreMatching`.
 *
 * @example
 * ```ts
 * const schema = scoreInputJsonSchema();
 * console.log(Object.keys(schema.properties as object)); // participants, groups, options
 * ```
 */
export function scoreInputJsonSchema(): Record<string, unknown> {
  const schema = scoreInputSchema();
  return {
    title: "peermatch score input",
    ...z.toJSONSchema(schema, {
      io: "input",
      unrepresentable: "any",
      metadata: describedRegistry(
        [schema, SCORE_INPUT_DESCRIPTIONS],
        [ParticipantSchema, PARTICIPANT_DESCRIPTIONS],
        [SlotSchema, SLOT_DESCRIPTIONS],
        [MatchOptionsSchema, OPTIONS_DESCRIPTIONS],
      ),
    }),
  };
}
