/**
 * peermatch: explainable, exact matching for mentoring programs.
 *
 * @module
 */
export * from "./algorithms/index.js";
export { ParticipantSchema, MatchOptionsSchema, DEFAULT_WEIGHTS, participantJsonSchema } from "./model/index.js";
export type {
  CareerStage,
  Channel,
  CustomFeature,
  CustomScore,
  FeatureName,
  Frequency,
  MatchOptions,
  MeetingMode,
  Participant,
  ParticipantInput,
  Reciprocity,
  Slot,
  Solver,
  Weekday,
} from "./model/index.js";
