/**
 * `peermatch/schema`: JSON Schemas (draft 2020-12) of the input formats, generated from
 * the zod schemas, for platforms that validate input in other languages and for editor
 * tooltips. A subpath of its own because the generator is about a fifth of the root
 * entry's size and an application that matches people never needs it.
 *
 * @module
 */
export {
  circleOptionsJsonSchema,
  mentorOptionsJsonSchema,
  optionsJsonSchema,
  outcomesJsonSchema,
  participantJsonSchema,
  recommendOptionsJsonSchema,
  scoreInputJsonSchema,
} from "./json-schema.js";
