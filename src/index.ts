/**
 * peermatch: explainable, exact matching for mentoring programs.
 *
 * @module
 */
export * from "./algorithms/index.js";
export { generateCohort } from "./synthetic/generate-cohort.js";
export type { GenerateCohortOptions } from "./synthetic/generate-cohort.js";
export { ParticipantSchema, MatchOptionsSchema, DEFAULT_WEIGHTS } from "./model/index.js";
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
export { compatibilityGraph, explainPair } from "./compatibility/graph.js";
export type { CompatibilityGraph } from "./compatibility/graph.js";
export type { PairExplanation } from "./compatibility/explanation.js";
